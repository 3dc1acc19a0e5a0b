"""Crash consistency: `kill -9` a real crawl at random moments; nothing archived is lost or half-written."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import SiteServer
from helpers import NEWSCRAWLER, ROOT, archive_consistency, demo_sources

SEED = 20240609
ARCHIVES = 4
TRIALS_PER_ARCHIVE = 5
LONGEST_KILL_DELAY = 1.2  # seconds after the spider opened; the sample site's crawl takes about 1.5 s more


def start_crawl(sources: Path, archive: Path) -> tuple[subprocess.Popen[str], threading.Event]:
    """The crawl as a user runs it; the event is set once the spider has opened (it is about to write)."""
    process = subprocess.Popen(
        [
            *NEWSCRAWLER, "crawl", "--sources", str(sources), "--archive", str(archive), "--log-level", "INFO",
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_FORMAT=%(message)s",
        ],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    opened = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:  # drained to the end so the crawl never blocks on a full pipe
            if "Spider opened" in line:
                opened.set()
        opened.set()

    threading.Thread(target=read, daemon=True).start()
    return process, opened


def crash_and_recover(sources: Path, archive: Path, seed: int, total: int) -> list[tuple[str, float, int]]:
    """Kill crawls into ``archive`` at random moments, checking after each; then one run to its end."""
    rng = random.Random(seed)
    trials = []
    seen: set[str] = set()
    for _ in range(TRIALS_PER_ARCHIVE):
        delay = rng.uniform(0.0, LONGEST_KILL_DELAY)
        process, opened = start_crawl(sources, archive)
        assert opened.wait(timeout=120)
        try:
            process.wait(timeout=delay)
            outcome = "finished"
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
            outcome = "killed"
        urls, _ = archive_consistency(archive)
        assert seen <= urls, f"posts lost: {sorted(seen - urls)}"
        seen = urls
        trials.append((outcome, delay, len(urls)))
    process, _ = start_crawl(sources, archive)  # the run after the crashes, to its end
    assert process.wait(timeout=120) == 0
    urls, _ = archive_consistency(archive)
    assert seen <= urls
    assert len(urls) == total
    assert archive_consistency(archive)[1] == urls
    assert list((archive / "_posts").glob(".nc-*")) == []
    return trials


def test_kill_9_at_random_moments_loses_nothing(site: SiteServer, tmp_path: Path, expected: dict) -> None:
    sources = demo_sources(tmp_path, site.base_url)
    total = len(expected["posts"])
    with ThreadPoolExecutor(max_workers=2) as pool:  # two archives at a time: one per core
        runs = [
            pool.submit(crash_and_recover, sources, tmp_path / f"archive-{n}", SEED + n, total) for n in range(ARCHIVES)
        ]
        results = [run.result() for run in runs]
    log = [
        f"archive {n} (seed {SEED + n}): {outcome} after {delay:.2f} s with {posts} posts"
        for n, trials in enumerate(results)
        for outcome, delay, posts in trials
    ]
    print("\n".join(log))  # the seeds and this log reproduce a failure
    assert sum(len(trials) for trials in results) >= 20
    killed_mid_crawl = [t for trials in results for t in trials if t[0] == "killed" and 0 < t[2] < total]
    assert len(killed_mid_crawl) >= 3, log


def test_a_post_and_its_index_entry_are_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure between writing the row and indexing it (a crash, a full disk) leaves neither."""
    from helpers import make_post

    from newscrawler.store.archive import Archive

    def fail(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with Archive(tmp_path / "news.db") as archive:
        archive.save_post(make_post("https://news.example/1", "첫 기사"))
        monkeypatch.setattr(archive, "_index", fail)
        with pytest.raises(sqlite3.OperationalError):
            archive.save_post(make_post("https://news.example/2", "둘째 기사"))
        assert [row[0] for row in archive.db.execute("SELECT url FROM posts")] == ["https://news.example/1"]
        assert archive.db.execute("SELECT count(*) FROM posts_fts").fetchone()[0] == 1
