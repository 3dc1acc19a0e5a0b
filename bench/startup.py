"""Start-up time of the newscrawler command beside sqlite-utils' in the same environment, one run.

    .venv/bin/python bench/startup.py            # median of 15 runs each

`--help` and the read commands (runs, query, stats, search) on the demo archive (made in bench/out/ when
missing) against `sqlite-utils --help` and `sqlite-utils query`: the target is 1.2 times sqlite-utils' start-up.

Both packages start from compiled bytecode, as installed: pip compiles sqlite-utils when it installs it, and
an editable install of ours writes its ``__pycache__`` on the first run, unless ``PYTHONDONTWRITEBYTECODE`` is
set (it is on some machines, where every run of ours would compile ~5,000 lines from source: +25-30 %).
So ours is compiled here first. The commands are timed in rounds, one run of each per round, so a change in
the machine's load falls on all of them alike.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ARCHIVE = ROOT / "bench" / "out" / "startup-archive"


def timed(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command in milliseconds, over ``runs`` rounds (after an untimed one)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
            if round_:
                times[name].append((time.perf_counter() - started) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not (ARCHIVE / "news.db").exists():
        subprocess.run([str(BIN / "newscrawler"), "demo", "--archive", str(ARCHIVE)], capture_output=True, check=True)
    db = str(ARCHIVE / "news.db")
    nc, su = str(BIN / "newscrawler"), str(BIN / "sqlite-utils")
    compileall.compile_dir(ROOT / "newscrawler", quiet=1)
    rows = timed(
        {
            "sqlite-utils --help": [su, "--help"],
            "sqlite-utils query (1 row)": [su, "query", db, "select count(*) from posts"],
            "newscrawler --help": [nc, "--help"],
            "newscrawler runs": [nc, "runs", "--archive", str(ARCHIVE)],
            "newscrawler query (1 row)": [nc, "query", "select count(*) from posts", "--archive", str(ARCHIVE)],
            "newscrawler stats": [nc, "stats", "--archive", str(ARCHIVE)],
            "newscrawler search 에너지": [nc, "search", "에너지", "--archive", str(ARCHIVE)],
        },
        args.runs,
    )
    ceiling = rows["sqlite-utils --help"]
    print(f"| command | median ms | × sqlite-utils --help ({ceiling:.0f} ms) |")
    print("|---|---|---|")
    for name, ms in rows.items():
        print(f"| `{name}` | {ms:.0f} | {ms / ceiling:.2f} |")


if __name__ == "__main__":
    main()
