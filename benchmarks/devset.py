"""Extraction quality on the dev set of unseen real articles, against hand-made gold.

    python benchmarks/devset.py [--devset DIR] [--gold DIR] [--verbose]

Runs `python -m build_dossier extract --seeds DEVSET --data <tmpdir> --quiet` (the articles are read
in place, never copied into the project), then scores the extracted data/*.yaml against
benchmarks/devset_gold/*.yaml with `build_dossier.evaluate` and prints the table. Not a test: the
numbers are a measurement, so nothing is asserted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from build_dossier.data import load_data
from build_dossier.evaluate import format_scores, load_gold, score

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--devset",
        default=str(ROOT.parent / "shared" / "devset" / "articles"),
        help="folder of dev-set articles (default: ../shared/devset/articles from the repo root)",
    )
    parser.add_argument("--gold", default=str(ROOT / "benchmarks" / "devset_gold"), help="gold folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    args = parser.parse_args()
    devset = Path(args.devset).resolve()
    if not devset.is_dir():
        print(f"{devset}: dev-set folder not found", file=sys.stderr)
        return 2
    gold = load_gold(Path(args.gold))
    with tempfile.TemporaryDirectory(prefix="devset-") as tmp:
        data = Path(tmp) / "data"
        command = [sys.executable, "-m", "build_dossier", "extract", "--seeds", str(devset)]
        command += ["--data", str(data), "--quiet"]
        # run from the temporary folder so no curation file of the project applies
        result = subprocess.run(command, cwd=tmp, capture_output=True, text=True)
        if result.returncode != 0:
            print(f"extract failed ({result.returncode}):\n{result.stderr}", file=sys.stderr)
            return result.returncode
        dossier = load_data(data)
    print(f"Dev set: {devset}")
    print(format_scores(score(gold, dossier), verbose=args.verbose), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
