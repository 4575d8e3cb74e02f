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
    parser.add_argument("--rounds", type=int, default=10, help="passes over the folder per run (default: 10)")
    parser.add_argument("--repeats", type=int, default=7, help="timed runs (default: 7)")
    args = parser.parse_args()
    seeds = Path(args.seeds)
    raw = [(p, p.read_bytes()) for p in sorted(seeds.glob("*.txt"))]
    knowledge = load_curation(seeds / "curation.yaml", Report()).knowledge
    chars = sum(len(b) for _, b in raw)
    for path, data in raw:  # warm-up: imports, regex compilation, caches
        extract_article(ingest_bytes(data, str(path), None, Report()), knowledge)
    n = len(raw) * args.rounds
    rates = []
    for _ in range(args.repeats):
        cpu_start = time.process_time()
        for _ in range(args.rounds):
            for path, data in raw:
                extract_article(ingest_bytes(data, str(path), None, Report()), knowledge)
        rates.append(n / (time.process_time() - cpu_start))
    rates.sort()
    best, median = rates[-1], rates[len(rates) // 2]
    print(
        f"{args.repeats} runs of {n} articles ({chars * args.rounds / 1e6:.1f} MB) each, CPU time, one core:"
    )
    print(f"  median {median:.1f} articles/s ({median / TARGET:.2f}x the target of {TARGET:.0f}/s)")
    print(f"  best   {best:.1f} articles/s ({best / TARGET:.2f}x), worst {rates[0]:.1f} (VM noise)")


if __name__ == "__main__":
    main()
