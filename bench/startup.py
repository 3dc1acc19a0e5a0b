"""Start-up time of the newscrawler command beside sqlite-utils' in the same environment, one run.

    .venv/bin/python bench/startup.py            # median of 15 runs each

`--help` and the read commands (runs, query, stats, search) on the demo archive (made in bench/out/ when
missing) against `sqlite-utils --help` and `sqlite-utils query`: the target is 1.2 times sqlite-utils' start-up.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ARCHIVE = ROOT / "bench" / "out" / "startup-archive"


def timed(command: list[str], runs: int) -> float:
    """Median wall time of ``command`` in milliseconds (one untimed run first, to warm the file cache)."""
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not (ARCHIVE / "news.db").exists():
        subprocess.run([str(BIN / "newscrawler"), "demo", "--archive", str(ARCHIVE)], capture_output=True, check=True)
    db = str(ARCHIVE / "news.db")
    nc, su = str(BIN / "newscrawler"), str(BIN / "sqlite-utils")
    ceiling = timed([su, "--help"], args.runs)
    rows = [
        ("sqlite-utils --help", ceiling),
        ("sqlite-utils query (1 row)", timed([su, "query", db, "select count(*) from posts"], args.runs)),
        ("newscrawler --help", timed([nc, "--help"], args.runs)),
        ("newscrawler runs", timed([nc, "runs", "--archive", str(ARCHIVE)], args.runs)),
        (
            "newscrawler query (1 row)",
            timed([nc, "query", "select count(*) from posts", "--archive", str(ARCHIVE)], args.runs),
        ),
        ("newscrawler stats", timed([nc, "stats", "--archive", str(ARCHIVE)], args.runs)),
        ("newscrawler search 에너지", timed([nc, "search", "에너지", "--archive", str(ARCHIVE)], args.runs)),
    ]
    print(f"| command | median ms | × sqlite-utils --help ({ceiling:.0f} ms) |")
    print("|---|---|---|")
    for name, ms in rows:
        print(f"| `{name}` | {ms:.0f} | {ms / ceiling:.2f} |")


if __name__ == "__main__":
    main()
