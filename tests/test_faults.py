"""A crawl of a misbehaving server: every good page archived, every fault retried where sensible,
then logged with its URL and reason and counted in the run record; the run ends on its own."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, run_cli
from hostile_server import FAULTS, GOOD, LINKED_FAULTS, ODD, ODD_TITLES, HostileServer, article_title
from hostile_settings import HANGS

from newscrawler.middlewares.failures import failure_reason
from newscrawler.middlewares.redirect import same_site
from newscrawler.middlewares.retry import retry_after_seconds

CRAWL_SETTINGS = {  # the download timeouts: tests/hostile_settings.py
    "DOWNLOAD_MAXSIZE": str(1024 * 1024),
    "DOWNLOAD_WARNSIZE": str(512 * 1024),
    "RETRY_TIMES": "2",
    "RETRY_AFTER_MAX": "5",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
}
FAILED_LINE = re.compile(r"failed (\S+) \(([^)]*)\)")
GAVE_UP = re.compile(r"Gave up retrying <GET (\S+)> \(failed (\d+) times\)")


@dataclass
class HostileCrawl:
    server: HostileServer
    result: subprocess.CompletedProcess[str]
    archive: Path

    def posts(self) -> dict[str, dict[str, Any]]:
        db = sqlite3.connect(self.archive / "news.db")
        db.row_factory = sqlite3.Row
        rows = {row["url"].removeprefix(self.server.base_url): dict(row) for row in db.execute("SELECT * FROM posts")}
        db.close()
        return rows

    def failures(self) -> dict[str, str]:
        """URL path → reason, from the crawl's log."""
        return {
            url.removeprefix(self.server.base_url): reason for url, reason in FAILED_LINE.findall(self.result.stderr)
        }

    def run_record(self) -> dict[str, Any]:
        runs = run_cli("runs", "--json", "--archive", str(self.archive))
        assert runs.returncode == 0, runs.stderr
        return json.loads(runs.stdout)[0]


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    server = HostileServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def crawled(hostile: HostileServer, tmp_path_factory: pytest.TempPathFactory) -> HostileCrawl:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "sources.toml").write_text(hostile.sources(), "utf-8")
    overrides = [arg for name, value in CRAWL_SETTINGS.items() for arg in ("-s", f"{name}={value}")]
    pythonpath = os.pathsep.join(filter(None, [str(ROOT / "tests"), os.environ.get("PYTHONPATH")]))
    result = run_cli(
        "crawl", "--sources", str(folder / "sources.toml"), "--archive", str(folder / "archive"),
        "--log-level", "WARNING", *overrides,
        env={"SCRAPY_SETTINGS_MODULE": "hostile_settings", "PYTHONPATH": pythonpath},
    )  # fmt: skip
    return HostileCrawl(hostile, result, folder / "archive")


def test_the_crawl_finishes_and_says_it_met_errors(crawled: HostileCrawl) -> None:
    assert crawled.result.returncode == 0, crawled.result.stderr
    assert "Traceback" not in crawled.result.stderr
    record = crawled.run_record()
    assert record["status"] == "errors" and record["finish_reason"] == "finished"


def test_every_good_page_is_archived_despite_the_bad_ones(crawled: HostileCrawl) -> None:
    posts = crawled.posts()
    for path in GOOD:
        number = int(path.rsplit("/", 1)[1])
        assert path in posts, (path, crawled.failures().get(path))
        assert posts[path]["title"] == article_title(number)
    for path, title in ODD_TITLES.items():
        assert path in posts, (path, crawled.failures().get(path))
        assert posts[path]["title"] == title, path
        assert "\x00" not in posts[path]["body_text"]
    assert "관계자는 사업을 차질 없이" in posts["/odd/euc-kr-no-charset"]["body_text"]
    assert "옛 인코딩" not in posts["/odd/mixed-encodings"]["title"]


def test_no_fault_is_archived_and_each_is_logged_with_its_reason(crawled: HostileCrawl) -> None:
    posts = crawled.posts()
    failures = crawled.failures()
    wrong = {}
    for path in LINKED_FAULTS:
        assert path not in posts
        expected = FAULTS[path][1]
        if expected == "no body":
            continue  # a page cut short by its Content-Length: dropped by validation, counted below
        if failures.get(path) != expected:
            wrong[path] = (failures.get(path), expected)
    assert wrong == {}
    assert "Traceback" not in crawled.result.stderr


def test_the_run_record_counts_every_reason(crawled: HostileCrawl) -> None:
    record = crawled.run_record()
    errors = record["error_reasons"]
    expected: dict[str, int] = {}
    for path in LINKED_FAULTS:
        reason = FAULTS[path][1]
        if reason != "no body":
            expected[reason] = expected.get(reason, 0) + 1
    for reason, count in expected.items():
        assert errors.get(reason, 0) >= count, (reason, errors)
    assert errors["damaged feed"] == 2 and errors["damaged sitemap"] == 2
    assert errors["xml entities refused"] == 2
    # The page cut short keeps no body, and no title unless the feed's entry reached the crawler before the
    # sitemap's or the listing's link to it (they race): either way validation drops it.
    dropped = record["dropped_reasons"]
    assert dropped.get("no body", 0) + dropped.get("no title", 0) >= 1, dropped
    assert record["per_source"]["hostile"]["errors"] == record["errors"]


def test_faults_are_retried_where_that_makes_sense(crawled: HostileCrawl) -> None:
    hits = crawled.server.hits
    answered = [path for path in LINKED_FAULTS if path not in HANGS]
    wrong = {path: (hits[path], FAULTS[path][2]) for path in answered if hits[path] != FAULTS[path][2]}
    assert wrong == {}
    # A hang's request is abandoned by the crawler after HANG_TIMEOUT; the server counts it only if it read it
    # first, which a loaded machine may not let it do in time. The crawler's own count is the one to check.
    attempts = {url.removeprefix(crawled.server.base_url): int(n) for url, n in GAVE_UP.findall(crawled.result.stderr)}
    assert {path: attempts.get(path) for path in HANGS} == {path: FAULTS[path][2] for path in HANGS}
    assert all(1 <= hits[path] <= FAULTS[path][2] for path in HANGS)
    assert hits["/odd/429-then-ok"] == 2 and hits["/odd/503-then-ok"] == 2


def test_retry_after_is_honoured_without_blocking_other_downloads(crawled: HostileCrawl) -> None:
    times = crawled.server.times
    for path in ("/odd/429-then-ok", "/odd/503-then-ok", "/fault/503-retry-after"):
        gaps = [later - earlier for earlier, later in zip(times[path], times[path][1:], strict=False)]
        assert gaps and all(gap >= 0.95 for gap in gaps), (path, gaps)
    for path in ("/fault/429", "/fault/503"):  # no Retry-After: 1 s, then 2 s (RETRY_BACKOFF doubled)
        first, second, third = times[path]
        assert second - first >= 0.95 and third - second >= 1.9, (path, times[path])
    # while a Retry-After wait ran, other requests were still being made: the wait blocks nothing
    for path in ("/odd/503-then-ok", "/fault/503-retry-after"):
        first, second = times[path][:2]
        during = [t for other, ts in times.items() if other != path for t in ts if first < t < second]
        assert during, path


def test_damaged_feeds_and_sitemaps_keep_what_they_could_read(crawled: HostileCrawl) -> None:
    posts = crawled.posts()
    assert {"/good/9", "/good/10"} <= set(posts)  # linked only from the damaged feeds
    assert {"/good/11", "/good/12"} <= set(posts)  # linked only from the damaged sitemaps
    failures = crawled.failures()
    assert failures["/bad/feed-bomb.xml"] == "xml entities refused"
    assert failures["/bad/sitemap-bomb.xml"] == "xml entities refused"
    assert "lollol" not in crawled.result.stderr
    assert failures["/bad/sitemap-gzip-bomb.xml.gz"] == "too large"


def test_markdown_files_match_the_archive(crawled: HostileCrawl) -> None:
    files = {p.name for p in (crawled.archive / "_posts").glob("*.md")}
    recorded = {row["file"] for row in crawled.posts().values()}
    assert files == recorded and len(files) == len(GOOD) + len(ODD)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("120", 120.0), (b"0", 0.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None), ("", None)],
)
def test_retry_after_values(value: str | bytes, seconds: float | None) -> None:
    assert retry_after_seconds(value) == seconds


def test_retry_after_as_a_date_in_the_future() -> None:
    from datetime import UTC, datetime

    now = datetime(2024, 6, 10, 9, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Mon, 10 Jun 2024 09:00:30 GMT", now) == 30.0


@pytest.mark.parametrize(
    ("host", "other", "same"),
    [
        ("example.com", "www.example.com", True),
        ("m.example.com", "www.example.com", True),
        ("news.example.com", "example.com", True),
        ("example.com", "evil.com", False),
        ("example.com.evil.com", "example.com", False),
        ("127.0.0.1", "127.0.0.2", False),
        ("127.0.0.1", "127.0.0.1", True),
    ],
)
def test_same_site(host: str, other: str, same: bool) -> None:
    assert same_site(host, other) is same


def test_failure_reason_of_an_unknown_exception_is_its_name() -> None:
    from twisted.python.failure import Failure

    assert failure_reason(Failure(KeyError("x"))) == "KeyError"
