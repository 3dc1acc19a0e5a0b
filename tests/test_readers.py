"""Readers during writes: `search` and `query` while a crawl writes the archive, never "database is locked"."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from conftest import SiteServer
from helpers import NEWSCRAWLER, ROOT, demo_sources, run_cli

from newscrawler.store.archive import Archive, ArchiveError, read_only_query


@pytest.mark.slow
def test_search_and_query_run_while_a_crawl_writes(site: SiteServer, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    Archive(archive / "news.db").close()  # the readers' file exists from the start
    crawl = subprocess.Popen(
        [
            *NEWSCRAWLER, "crawl", "--sources", str(demo_sources(tmp_path, site.base_url)), "--archive", str(archive),
            "--log-level", "WARNING", "-s", "AUTOTHROTTLE_ENABLED=False",
        ],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    done = threading.Event()
    errors: list[str] = []
    reads = {"search": 0, "query": 0, "cli": 0}
    counts: list[int] = []

    def read_loop() -> None:  # one thread: the command-line calls need the other core
        while not done.is_set():
            try:
                with Archive(archive / "news.db", create=False) as db:
                    db.search("에너지")
                    counts.append(db.count_posts())
                reads["search"] += 1
                read_only_query(archive / "news.db", "SELECT count(*) FROM posts JOIN posts_fts ON 1 LIMIT 1")
                reads["query"] += 1
            except ArchiveError as exc:
                errors.append(str(exc))

    reader = threading.Thread(target=read_loop)
    reader.start()
    try:
        while crawl.poll() is None:
            for args in (("search", "에너지"), ("query", "SELECT count(*) AS n FROM posts")):
                result = run_cli(*args, "--archive", str(archive), "--json")
                reads["cli"] += 1
                if result.returncode != 0 or "locked" in result.stderr:
                    errors.append(f"{args[0]} (command line): {result.stderr.strip()}")
    finally:
        done.set()
        reader.join(timeout=60)
    _, crawl_errors = crawl.communicate(timeout=120)
    assert crawl.returncode == 0, crawl_errors
    assert "locked" not in crawl_errors
    assert errors == []
    print(f"reads during the crawl: {reads}; posts seen growing from {counts[0]} to {max(counts)}")
    assert reads["search"] >= 20 and reads["query"] >= 20 and reads["cli"] >= 2, reads
    assert 0 in counts[:1] and max(counts) > 0  # the reads saw the archive grow
