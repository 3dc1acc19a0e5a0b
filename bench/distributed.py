"""Throughput of a distributed crawl: 1, 2 and 3 crawler processes and one archive worker on a generated site.

    .venv/bin/python bench/distributed.py [--posts 500] [--crawlers 1 2 3] [--repeat 2] [--delay S] [--concurrency N]

Each trial gets a fresh redis-server and archive; the site is served by a separate process on 127.0.0.1. Reported:
wall time from starting the processes until all have exited, the run's own duration (first crawler joining to the
worker writing the runs row, in the runs row), posts per second over the wall time, and the machine's load average
after the trials (the figures are only comparable on an otherwise idle machine). ``--delay`` makes the site answer
each request that many seconds late, and ``--concurrency`` sets each process's CONCURRENT_REQUESTS: a polite crawl
of slow sites, where one process waits more than it computes. A local crawl
(``newscrawler crawl`` without --redis) is measured the same way as the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from redis_server import RedisServer  # noqa: E402

from newscrawler.demo.generated_site import write_site, write_sources  # noqa: E402

CLI = [sys.executable, "-m", "newscrawler.cli"]


def settings(concurrency: int) -> list[str]:
    return [
        "--log-level", "WARNING",
        "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
        "-s", f"CONCURRENT_REQUESTS={concurrency}", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
    ]  # fmt: skip


def serve(root: Path, delay: float) -> None:
    """The site on a free port, each answer ``delay`` seconds late; prints its base URL first."""
    from newscrawler.demo.server import SiteServer, _SiteHandler

    class SlowHandler(_SiteHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server names it
            time.sleep(delay)
            super().do_GET()

    server = SiteServer(root)
    server.RequestHandlerClass = SlowHandler
    print(server.base_url, flush=True)
    server.serve_forever()


def trial(folder: Path, sources: Path, crawlers: int, concurrency: int) -> dict[str, float]:
    SETTINGS = settings(concurrency)  # noqa: N806
    archive = folder / "archive"
    if crawlers == 0:
        started = time.monotonic()
        subprocess.run([*CLI, "crawl", "--sources", str(sources), "--archive", str(archive), *SETTINGS], check=True)
        wall = time.monotonic() - started
    else:
        server = RedisServer()
        try:
            redis = ["--redis", server.url, "--heartbeat", "5"]
            started = time.monotonic()
            processes = [subprocess.Popen([*CLI, "archive-worker", "--archive", str(archive), *redis, "--idle", "60"])]
            processes += [
                subprocess.Popen([*CLI, "crawl", "--sources", str(sources), *redis, "--idle", "1", *SETTINGS])
                for _ in range(crawlers)
            ]
            codes = [p.wait(timeout=600) for p in processes]
            wall = time.monotonic() - started
            if any(codes):
                raise SystemExit(f"a process failed: {codes}")
        finally:
            server.stop()
    db = sqlite3.connect(archive / "news.db")
    posts = db.execute("SELECT count(*) FROM posts").fetchone()[0]
    duration = db.execute("SELECT duration_seconds FROM runs ORDER BY id DESC").fetchone()[0]
    return {"posts": posts, "wall": wall, "run": duration, "posts_per_s": posts / wall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=500)
    parser.add_argument("--crawlers", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds the site takes to answer each request")
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS of each process")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.delay)
        return
    with tempfile.TemporaryDirectory(prefix="newscrawler-bench-") as name:
        folder = Path(name)
        write_site(folder / "site", args.posts)
        site = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(folder / "site"), "--delay", str(args.delay)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert site.stdout is not None
        base_url = site.stdout.readline().strip()
        sources = write_sources(folder / "sources.toml", base_url)
        results = {}
        try:
            for crawlers in [0, *args.crawlers]:
                trials = []
                for number in range(args.repeat):
                    run_folder = folder / f"c{crawlers}-{number}"
                    run_folder.mkdir()
                    trials.append(trial(run_folder, sources, crawlers, args.concurrency))
                label = "local crawl" if crawlers == 0 else f"{crawlers} crawler{'s' if crawlers > 1 else ''}"
                keys = ("posts", "wall", "run", "posts_per_s")
                results[label] = {key: round(statistics.median(t[key] for t in trials), 2) for key in keys}
                results[label]["load_average"] = round(os.getloadavg()[0], 1)  # other work on the machine
                print(label, json.dumps(results[label]), flush=True)
        finally:
            site.terminate()
            site.wait()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
