"""Runs that leave a record, never overlap, survive kill -9, and flag a source that broke."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from changing_site import ChangingSite
from helpers import NEWSCRAWLER, ROOT, run_cli

from newscrawler.errors import EXIT_FLAGGED, EXIT_LOCKED
from newscrawler.runs.health import flag_sources
from newscrawler.runs.lock import ArchiveLock, ArchiveLockedError


@pytest.fixture
def site(tmp_path: Path) -> Iterator[ChangingSite]:
    site = ChangingSite(tmp_path / "site").start()
    for number in range(1, 7):
        site.add(f"story-{number}", f"Story number {number} about the harbour")
    yield site
    site.stop()


def crawl_args(folder: Path, sources: Path) -> list[str]:
    return [
        "crawl", "--sources", str(sources), "--archive", str(folder / "archive"),
        "--log-level", "WARNING", "-s", "AUTOTHROTTLE_START_DELAY=0",
    ]  # fmt: skip


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def posts(folder: Path) -> list[tuple[str, str]]:
    path = folder / "archive" / "news.db"
    if not path.exists():
        return []
    conn = sqlite3.connect(path, timeout=10)
    try:
        return [tuple(r) for r in conn.execute("SELECT url, coalesce(file, '') FROM posts")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def holder(folder: Path) -> subprocess.Popen[str]:
    """Another process holding the archive's lock until its stdin closes (or it is killed)."""
    code = (
        "import sys; from newscrawler.runs.lock import ArchiveLock; "
        f"lock = ArchiveLock({str(folder / 'archive')!r}).acquire(); print('held', flush=True); sys.stdin.read()"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


def test_a_second_run_exits_at_once_naming_the_run_that_holds_the_archive(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    reached, release = site.hold_at("story-3")
    first = subprocess.Popen(
        [*NEWSCRAWLER, *crawl_args(tmp_path, sources)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert reached.wait(60), "the first run never reached the held page"
        started = time.monotonic()
        second = run_cli(*crawl_args(tmp_path, sources))
        assert second.returncode == EXIT_LOCKED, second.stderr
        assert f"pid {first.pid}" in second.stderr and "another crawl holds the archive" in second.stderr
        assert time.monotonic() - started < 30
        assert run_cli("search", "harbour", "--archive", str(tmp_path / "archive")).returncode == 0  # readers
    finally:
        release.set()
        first.wait(timeout=120)
    assert first.returncode == 0
    assert len(posts(tmp_path)) == 6


def test_a_lock_left_by_a_killed_run_is_taken_over(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    process = holder(tmp_path)
    assert run_cli(*crawl_args(tmp_path, sources)).returncode == EXIT_LOCKED
    process.kill()  # SIGKILL: no chance to release anything
    process.wait(timeout=10)
    result = run_cli(*crawl_args(tmp_path, sources))
    assert result.returncode == 0, result.stderr
    assert f"took over the lock left by a run that ended without releasing it (pid {process.pid}" in result.stderr
    assert len(posts(tmp_path)) == 6


def test_the_lock_in_process(tmp_path: Path) -> None:
    with ArchiveLock(tmp_path) as lock:
        assert json.loads((tmp_path / ".newscrawler.lock").read_text())["pid"] == os.getpid()
        with pytest.raises(ArchiveLockedError, match=f"pid {os.getpid()}"):
            ArchiveLock(tmp_path).acquire()
        assert lock.stale == {}
    assert (tmp_path / ".newscrawler.lock").read_text() == ""  # released cleanly: nothing stale
    with ArchiveLock(tmp_path) as again:
        assert again.stale == {}


def test_a_run_killed_midway_resumes_without_duplicates_or_refetching(site: ChangingSite, tmp_path: Path) -> None:
    for number in range(7, 11):
        site.add(f"story-{number}", f"Story number {number} about the harbour")
    sources = site.sources_toml(tmp_path, concurrency=1, delay=0)
    reached, release = site.hold_at("story-6")
    first = subprocess.Popen(
        [*NEWSCRAWLER, *crawl_args(tmp_path, sources)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert reached.wait(60), "the first run never reached the held page"
        # posts reach their files after their batch commits: wait for files, so a victim below has one
        wait_for(lambda: len([f for _, f in posts(tmp_path) if f]) >= 3, "posts archived before the kill")
        first.kill()
        first.wait(timeout=10)
    finally:
        release.set()
    archived = {url for url, _ in posts(tmp_path)}
    assert 3 <= len(archived) < 10
    # the kill can fall between a post's commit and its file: the restart writes what is missing
    conn = sqlite3.connect(tmp_path / "archive" / "news.db")
    with conn:
        victim = conn.execute("SELECT url, file FROM posts WHERE file != '' LIMIT 1").fetchone()
        conn.execute("UPDATE posts SET file = '' WHERE url = ?", [victim[0]])
    (tmp_path / "archive" / "_posts" / victim[1]).unlink()
    conn.close()

    seen = len(site.requests())
    second = run_cli(*crawl_args(tmp_path, sources))
    assert second.returncode == 0, second.stderr
    after = posts(tmp_path)
    assert len(after) == len({url for url, _ in after}) == 10
    refetched = {site.base_url + r.path for r in site.article_requests(seen) if r.status == 200}
    assert refetched.isdisjoint(archived)
    files = sorted(p.name for p in (tmp_path / "archive" / "_posts").glob("*.md"))
    assert files == sorted(file for _, file in after)  # archive and _posts agree
    statuses = [r[0] for r in sqlite3.connect(tmp_path / "archive" / "news.db").execute("SELECT status FROM runs")]
    assert statuses == ["killed", "ok"]


def test_a_source_whose_pages_stop_yielding_posts_is_flagged(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path, recheck_after="0s")
    first = run_cli(*crawl_args(tmp_path, sources))
    assert first.returncode == 0, first.stderr
    site.break_layout()
    second = run_cli(*crawl_args(tmp_path, sources))
    assert second.returncode == EXIT_FLAGGED, second.stderr
    assert "flagged: source changing yielded no posts from 6 article pages" in second.stderr
    history = run_cli("runs", "--json", "--archive", str(tmp_path / "archive"))
    runs = json.loads(history.stdout)
    assert [r["status"] for r in runs] == ["flagged", "ok"]
    assert [r["exit_code"] for r in runs] == [EXIT_FLAGGED, 0]
    assert "changing" in runs[0]["flags"]
    assert runs[0]["per_source"]["changing"]["dropped_reasons"] == {"no body": 6}
    assert [r["per_source"]["changing"]["status"] for r in runs] == ["flagged", "ok"]
    assert "changing dropped: no body 6" in second.stderr
    assert len(posts(tmp_path)) == 6  # the earlier versions stay


def test_flag_rules() -> None:
    good = {"pages": 10, "new": 9, "dropped": 1, "discovered": 10}
    assert flag_sources({"a": {"pages": 0, "skipped": 10, "discovered": 10}}, [{"a": good}]) == {}
    assert flag_sources({"a": {"pages": 0, "not_modified": 2}}, [{"a": good}]) == {}
    assert "found no article links" in flag_sources({"a": {"pages": 0}}, [{"a": good}])["a"]
    down = {"pages": 0, "errors": 2, "error_reasons": {"timeout": 2}}
    assert flag_sources({"a": down}, [{"a": good}])["a"].endswith("where it found some before (timeout 2)")
    assert "lost 70%" in flag_sources({"a": {"pages": 10, "new": 3, "dropped": 7}}, [{"a": good}])["a"]
    assert flag_sources({"a": {"pages": 10, "new": 8, "dropped": 2}}, [{"a": good}]) == {}
    assert flag_sources({"a": {"pages": 4, "dropped": 4}}, []) == {}  # no history: nothing to compare with


def test_scrapy_crawl_takes_the_same_lock(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    process = holder(tmp_path)
    try:
        env = {**os.environ, "NEWSCRAWLER_SOURCES": str(sources), "NEWSCRAWLER_ARCHIVE": str(tmp_path / "archive")}
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "news"], cwd=ROOT, env=env, capture_output=True, text=True
        )
    finally:
        process.kill()
        process.wait(timeout=10)
    assert f"another crawl holds the archive {tmp_path / 'archive'}: pid {process.pid}" in result.stderr
    assert "'finish_reason': 'archive locked'" in result.stderr
    assert site.article_requests() == []
    assert posts(tmp_path) == []
