"""Incremental runs against a site that changes between runs: only new, edited or due articles are fetched."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import frontmatter
import pytest
from changing_site import ChangingSite
from helpers import run_cli

from newscrawler.items import DiscoveryHint
from newscrawler.runs.incremental import IncrementalPolicy, parse_time
from newscrawler.sources import Source
from newscrawler.util.urls import identity_key


@pytest.fixture
def site(tmp_path: Path) -> Iterator[ChangingSite]:
    site = ChangingSite(tmp_path / "site").start()
    for number in range(1, 6):
        site.add(f"story-{number}", f"Story number {number} about the harbour")
    yield site
    site.stop()


def crawl(folder: Path, sources: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "crawl", "--sources", str(sources), "--archive", str(folder / "archive"),
        "--log-level", "WARNING", "-s", "AUTOTHROTTLE_START_DELAY=0", *extra,
    )  # fmt: skip


def db(folder: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(folder / "archive" / "news.db")
    conn.row_factory = sqlite3.Row
    return conn


def last_run(folder: Path) -> dict:
    row = dict(db(folder).execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone())
    row["per_source"] = json.loads(row["per_source"])
    return row


def test_first_run_archives_all_then_a_no_change_run_fetches_nothing_and_edits_are_seen(
    site: ChangingSite, tmp_path: Path
) -> None:
    sources = site.sources_toml(tmp_path)

    first = crawl(tmp_path, sources)
    assert first.returncode == 0, first.stderr
    assert db(tmp_path).execute("SELECT count(*) FROM posts").fetchone()[0] == 5
    assert {r.path for r in site.article_requests()} == {site.path(f"story-{n}") for n in range(1, 6)}
    assert last_run(tmp_path)["posts_new"] == 5

    seen = len(site.requests())
    second = crawl(tmp_path, sources)
    assert second.returncode == 0, second.stderr
    again = site.requests()[seen:]
    assert [r for r in again if r.path.startswith("/news/") and not r.conditional] == []
    assert [r for r in again if r.path in ("/rss.xml", "/sitemap.xml") and not r.conditional] == []
    assert {r.status for r in again if r.path in ("/rss.xml", "/sitemap.xml")} == {304}
    run = last_run(tmp_path)
    assert (run["posts_new"], run["posts_updated"]) == (0, 0)
    assert run["per_source"]["changing"]["not_modified"] >= 2
    assert db(tmp_path).execute("SELECT count(*) FROM posts").fetchone()[0] == 5

    old_file = db(tmp_path).execute("SELECT file FROM posts WHERE url = ?", [site.url("story-2")]).fetchone()[0]
    site.edit("story-2", "Update: the council has now published the figures, which show a rise in visitors.")
    site.add("story-6", "Story number 6 about the ferry timetable")
    site.add("story-7", "Story number 7 about the lighthouse repairs")
    seen = len(site.requests())
    third = crawl(tmp_path, sources)
    assert third.returncode == 0, third.stderr
    fetched = {r.path for r in site.article_requests(seen) if r.status == 200}
    assert fetched == {site.path("story-2"), site.path("story-6"), site.path("story-7")}
    run = last_run(tmp_path)
    assert (run["posts_new"], run["posts_updated"]) == (2, 1)

    conn = db(tmp_path)
    assert conn.execute("SELECT count(*), count(DISTINCT url) FROM posts").fetchone()[:] == (7, 7)
    revisions = conn.execute("SELECT url, body_text FROM revisions").fetchall()
    assert [r["url"] for r in revisions] == [site.url("story-2")]
    assert "published the figures" not in revisions[0]["body_text"]
    current = conn.execute("SELECT body_text, file FROM posts WHERE url = ?", [site.url("story-2")]).fetchone()
    assert "published the figures" in current["body_text"]
    assert current["file"] == old_file
    post = frontmatter.load(tmp_path / "archive" / "_posts" / current["file"])
    assert "published the figures" in post.content


def test_an_unchanged_robots_txt_still_leads_to_its_changed_sitemap(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    assert crawl(tmp_path, sources).returncode == 0
    assert crawl(tmp_path, sources).returncode == 0  # validators of robots.txt, feed and sitemap stored
    site.add("story-8", "Story number 8, listed in the sitemap only", in_feed=False)
    seen = len(site.requests())
    result = crawl(tmp_path, sources)
    assert result.returncode == 0, result.stderr
    asked = {r.path: r for r in site.requests()[seen:] if r.conditional}
    assert asked["/robots.txt"].status == 304 and asked["/rss.xml"].status == 304
    assert asked["/sitemap.xml"].status == 200
    assert [r.path for r in site.article_requests(seen) if r.status == 200] == [site.path("story-8")]
    assert last_run(tmp_path)["posts_new"] == 1


def test_full_crawl_fetches_everything_again(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    assert crawl(tmp_path, sources).returncode == 0
    seen = len(site.requests())
    result = crawl(tmp_path, sources, "--full")
    assert result.returncode == 0, result.stderr
    again = site.article_requests(seen)
    assert len({r.path for r in again if r.status == 200 and not r.conditional}) == 5
    assert last_run(tmp_path)["posts_unchanged"] == 5


def test_a_known_article_is_rechecked_conditionally_once_due(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path, recheck_after="0s")
    assert crawl(tmp_path, sources).returncode == 0
    seen = len(site.requests())
    assert crawl(tmp_path, sources).returncode == 0
    rechecks = site.article_requests(seen)
    assert len(rechecks) == 5
    assert all(r.conditional and r.status == 304 for r in rechecks)
    run = last_run(tmp_path)
    assert run["posts_unchanged"] == 5
    assert run["per_source"]["changing"]["not_modified"] >= 5


# the policy alone


def source(**keys: object) -> Source:
    return Source(name="s", feeds=["https://example.com/rss"], **keys)  # type: ignore[arg-type]


def test_urls_differing_only_by_tracking_www_fragment_or_slash_are_one_article() -> None:
    key = identity_key("https://example.com/news/1")
    for url in (
        "https://www.example.com/news/1",
        "https://example.com/news/1/",
        "https://example.com/news/1?utm_source=rss&fbclid=x",
        "https://EXAMPLE.com/news/1#comments",
    ):
        assert identity_key(url) == key
    assert identity_key("https://example.com/news/1?id=2") != key


def test_policy_skips_known_articles_until_a_feed_date_or_their_age_says_otherwise() -> None:
    now = datetime(2026, 1, 10, 12, tzinfo=UTC)
    checked = now - timedelta(days=2)
    policy = IncrementalPolicy({identity_key("https://example.com/a"): checked}, timedelta(days=7), now=now)
    assert policy.decide("https://example.com/b", source(), None) == "new"
    assert policy.decide("https://www.example.com/a/?utm_medium=x", source(), None) == ""
    assert policy.decide("https://example.com/a", source(), DiscoveryHint(modified="2026-01-01T00:00:00Z")) == ""
    assert policy.decide("https://example.com/a", source(), DiscoveryHint(modified="2026-01-09T00:00:00Z")) == "changed"
    assert policy.decide("https://example.com/a", source(), DiscoveryHint(modified="Fri, 09 Jan 2026 10:00:00 +0000"))
    assert policy.decide("https://example.com/a", source(), DiscoveryHint(published="2026-01-08")) == "changed"
    assert policy.decide("https://example.com/a", source(recheck_after="1d"), None) == "due"
    assert policy.decide("https://example.com/a", source(recheck_after="3d"), None) == ""
    assert parse_time("not a date") is None
