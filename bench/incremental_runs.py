"""Incremental runs on the demo site: requests and wall time of a first run and of re-runs.

    .venv/bin/python bench/incremental_runs.py            # four crawls of the sample site, about 15 s

The runs: a first run into an empty archive; a re-run with no change (the
normal scheduled case); a re-run where every known article is due for its
re-check (``recheck_after`` 0: feeds read in full, every article asked
conditionally); a ``--full`` re-run (everything fetched, nothing conditional).

The sample site (newscrawler/demo/site) is served on 127.0.0.1 by the demo
server, which answers conditional requests (ETag, Last-Modified) and records
every request it gets. Each crawl is ``newscrawler crawl`` in its own process,
as cron runs it, into one fresh archive: "wall s" is the whole command,
start-up included, "crawl s" the run's own duration as ``runs`` records it
(spider open to close). Requests are counted on the server: robots.txt, discovery (feeds,
sitemaps, listing pages) and article pages, with how many were conditional and
how many were answered 304.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawler.demo.server import DEMO_SOURCES, serve_demo_site  # noqa: E402

ARTICLE_PREFIXES = ("/news/20", "/blog/1")


def kind(path: str) -> str:
    if path == "/robots.txt":
        return "robots"
    return "article" if path.startswith(ARTICLE_PREFIXES) else "discovery"


def crawl(archive: Path, sources: Path, *extra: str) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "newscrawler.cli", "crawl", "--sources", str(sources), "--archive", str(archive),
         "--progress", "off", "--log-level", "ERROR", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "DOWNLOAD_DELAY=0",
         *extra],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    return time.perf_counter() - started, result.returncode


def main() -> None:
    server = serve_demo_site(0)
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="newscrawler-bench-") as folder:
            sources = Path(folder) / "sources.toml"
            sources.write_text(DEMO_SOURCES.read_text("utf-8").replace("__BASE_URL__", server.base_url), "utf-8")
            archive = Path(folder) / "archive"
            runs = (
                ("first run", ()),
                ("no-change re-run", ()),
                ("all due re-run", ("-s", "NEWSCRAWLER_RECHECK_AFTER=0s")),
                ("--full re-run", ("--full",)),
            )
            for label, extra in runs:
                seen = len(server.requests)
                seconds, code = crawl(archive, sources, *extra)
                requests = server.requests[seen:]
                row: dict[str, object] = {"run": label, "exit": code, "seconds": round(seconds, 2)}
                with sqlite3.connect(archive / "news.db") as db:
                    row["crawl_seconds"] = db.execute("SELECT duration_seconds FROM runs ORDER BY id DESC").fetchone()[
                        0
                    ]
                row["requests"] = len(requests)
                for name in ("robots", "discovery", "article"):
                    mine = [r for r in requests if kind(r.path) == name]
                    row[name] = len(mine)
                    row[f"{name}_conditional"] = sum(r.conditional for r in mine)
                    row[f"{name}_304"] = sum(r.status == 304 for r in mine)
                rows.append(row)
    finally:
        server.shutdown()
        server.server_close()
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    columns = (
        ("wall s", 7),
        ("crawl s", 7),
        ("requests", 8),
        ("robots", 6),
        ("discovery (cond/304)", 21),
        ("articles (cond/304)", 20),
    )
    print(f"{'run':<18} " + " ".join(f"{name:>{width}}" for name, width in columns))
    for r in rows:
        discovery = f"{r['discovery']} ({r['discovery_conditional']}/{r['discovery_304']})"
        articles = f"{r['article']} ({r['article_conditional']}/{r['article_304']})"
        cells = (r["seconds"], r["crawl_seconds"], r["requests"], r["robots"], discovery, articles)
        print(f"{r['run']:<18} " + " ".join(f"{c:>{w}}" for c, (_, w) in zip(cells, columns, strict=True)))
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
