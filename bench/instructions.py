"""Instructions per page, ours and trafilatura alone, counted by valgrind: a speed measure other jobs do not move.

    .venv/bin/python bench/instructions.py                          # readability's tuning part, two passes
    .venv/bin/python bench/instructions.py --set articles --part validation --passes 3

On a shared machine CPU time per page swings by a tenth between runs (``bench/extraction.py``), more than most
changes cost. The number of instructions a pass executes does not swing: each extractor runs under
``valgrind --tool=callgrind`` twice, once over the pages as a warm-up only (imports, one-time loads) and once
warming up and then making ``--passes`` passes, and the difference divided by the pages read is the
instructions a page costs. Needs valgrind (Debian's package ``valgrind``); a run of the default takes a few
minutes, the four counts two at a time. Instructions are not time (memory waits are not counted), so the
ratio here runs a little under ``bench/extraction.py``'s.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import extraction  # noqa: E402


def pages(set_name: str, part: str) -> list[extraction.Page]:
    return [page for page in extraction.LOADERS[set_name]() if part in ("all", page.part)]


def run_passes(set_name: str, part: str, extractor: str, passes: int) -> None:
    """What valgrind watches: a warm-up pass over the pages, then ``passes`` more."""
    chosen, run = pages(set_name, part), extraction.EXTRACTORS[extractor]
    for _ in range(1 + passes):
        for page in chosen:
            run(page)


def counted(set_name: str, part: str, extractor: str, passes: int) -> int:
    """The instructions one run of ``run_passes`` executes, as callgrind counts them."""
    command = [
        *("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"),
        *(sys.executable, __file__, "--child", extractor, "--set", set_name, "--part", part, "--passes", str(passes)),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    line = next(line for line in done.stderr.splitlines() if "Collected :" in line)
    return int(line.rsplit(":", 1)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="readability", choices=extraction.SETS)
    parser.add_argument("--part", default="tuning", choices=(*extraction.PARTS, "all"))
    parser.add_argument("--passes", type=int, default=2, help="passes counted after the warm-up (default: 2)")
    parser.add_argument("--child", choices=tuple(extraction.EXTRACTORS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_passes(args.set, args.part, args.child, args.passes)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: sudo apt-get install valgrind")
    runs = [(name, passes) for name in extraction.EXTRACTORS for passes in (0, args.passes)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(zip(runs, pool.map(lambda run: counted(args.set, args.part, *run), runs), strict=True))
    read = len(pages(args.set, args.part)) * args.passes
    per_page = {name: (counts[name, args.passes] - counts[name, 0]) / read for name in extraction.EXTRACTORS}
    print(f"{args.set}, {args.part}: {read // args.passes} pages, {args.passes} passes counted")
    for name, instructions in per_page.items():
        print(f"  {name:12} {instructions / 1e6:8.1f} M instructions a page")
    print(f"  ratio        {per_page['newscrawler'] / per_page['trafilatura']:8.3f}")


if __name__ == "__main__":
    main()
