"""Extraction speed in articles per second on one core (issue 3 target: >= 50).

    .venv/bin/python benchmarks/extract_speed.py [--seeds seeds] [--rounds 20]

Runs ingest + extract (the per-article stages) over every article in the seeds folder, single
process, several rounds, and prints the rate and its ratio to the target. Not a test: timings vary
with the machine, so nothing is asserted.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from build_dossier.curate import load_curation
from build_dossier.errors import Report
from build_dossier.extract import extract_article
from build_dossier.ingest import ingest_bytes

TARGET = 50.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", default="seeds", help="folder of articles (default: seeds)")
    parser.add_argument("--rounds", type=int, default=20, help="passes over the folder (default: 20)")
    args = parser.parse_args()
    seeds = Path(args.seeds)
    raw = [(p, p.read_bytes()) for p in sorted(seeds.glob("*.txt"))]
    knowledge = load_curation(seeds / "curation.yaml", Report()).knowledge
    chars = sum(len(b) for _, b in raw)
    for path, data in raw:  # warm-up: imports, regex compilation, caches
        extract_article(ingest_bytes(data, str(path), None, Report()), knowledge)
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for path, data in raw:
            extract_article(ingest_bytes(data, str(path), None, Report()), knowledge)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    n = len(raw) * args.rounds
    rate = n / cpu
    print(f"wall clock {elapsed:.2f} s (other load on the machine shows here, not in CPU time)")
    print(
        f"{n} articles ({chars * args.rounds / 1e6:.1f} MB) in {cpu:.2f} s of CPU on one core: "
        f"{rate:.1f} articles/s, {rate / TARGET:.1f}x the target of {TARGET:.0f}/s"
    )


if __name__ == "__main__":
    main()
