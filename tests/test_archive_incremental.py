"""The archive's tables for incremental runs: revisions, fetch_state, and an older archive brought up to date."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers import make_post

from newscrawler.store.archive import Archive


def test_an_edited_post_keeps_its_earlier_versions(tmp_path: Path) -> None:
    with Archive(tmp_path / "news.db") as archive:
        assert archive.save_post(make_post("https://e.com/a", "First title", "<p>첫 번째 본문이다.</p>")) == "new"
        edited = make_post(
            "https://e.com/a", "Second title", "<p>고친 본문이다.</p>", crawled_at="2024-05-11T00:00:00+00:00"
        )
        assert archive.save_post(edited) == "updated"
        assert archive.save_post(edited) == "unchanged"
        again = make_post(
            "https://e.com/a", "Third title", "<p>또 고친 본문.</p>", crawled_at="2024-05-12T00:00:00+00:00"
        )
        assert archive.save_post(again) == "updated"
        revisions = archive.revisions("https://e.com/a")
        assert [(r["title"], r["revised_at"]) for r in revisions] == [
            ("First title", "2024-05-11T00:00:00+00:00"),
            ("Second title", "2024-05-12T00:00:00+00:00"),
        ]
        assert revisions[0]["body_text"] == "첫 번째 본문이다."
        assert archive.get_post("https://e.com/a")["title"] == "Third title"  # type: ignore[index]
        assert archive.count_posts() == 1


def test_a_check_without_validators_keeps_the_ones_known(tmp_path: Path) -> None:
    row = {
        "key": "k",
        "url": "https://e.com/a",
        "kind": "article",
        "etag": '"v1"',
        "last_modified": "",
        "checked_at": "1",
    }
    with Archive(tmp_path / "news.db") as archive:
        archive.record_fetch([row])
        archive.record_fetch([{**row, "etag": "", "checked_at": "2"}])  # a 304: the check, no new validators
        state = archive.fetch_state("k")
        assert state is not None and (state["etag"], state["checked_at"]) == ('"v1"', "2")
        archive.record_fetch([{**row, "etag": '"v2"', "checked_at": "3"}])
        assert archive.fetch_states()["k"]["etag"] == '"v2"'


def test_an_archive_from_before_incremental_runs_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE posts (url TEXT PRIMARY KEY, source TEXT, title TEXT, category TEXT, tags TEXT, excerpt TEXT,
            body_html TEXT, body_text TEXT, author TEXT, published TEXT, modified TEXT, image TEXT, language TEXT,
            crawled_at TEXT, content_hash TEXT, first_seen TEXT, file TEXT);
        CREATE VIRTUAL TABLE posts_fts USING fts5(title, excerpt, body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, sources TEXT, status TEXT,
            finish_reason TEXT, pages INTEGER, posts_new INTEGER, posts_updated INTEGER, posts_unchanged INTEGER,
            dropped INTEGER, errors INTEGER, dropped_reasons TEXT, error_reasons TEXT, per_source TEXT,
            duration_seconds FLOAT);
        INSERT INTO runs (started_at, status) VALUES ('2024-01-01T00:00:00+00:00', 'running');
        PRAGMA user_version = 1;
        """
    )
    old.close()
    with Archive(path) as archive:
        assert archive.close_abandoned_runs() == 1
        run = archive.start_run(["s"])
        archive.finish_run(run, status="flagged", flags={"s": "why"}, exit_code=4)
        assert archive.runs()[0]["flags"] == {"s": "why"}
        assert archive.runs()[1]["status"] == "killed"
        archive.save_post(make_post("https://e.com/a", "A", "<p>본문 하나이다.</p>"))
        archive.save_post(make_post("https://e.com/a", "B", "<p>본문 둘이다.</p>"))
        assert len(archive.revisions("https://e.com/a")) == 1
    assert {"revisions", "fetch_state"} <= {
        r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")
    }


def test_a_post_under_a_variant_of_its_url_is_the_same_article(tmp_path: Path) -> None:
    with Archive(tmp_path / "news.db") as archive:
        archive.save_post(make_post("https://e.com/news/1", "One", "<p>같은 기사의 본문이다.</p>"))
        again = make_post("https://www.e.com/news/1/", "One", "<p>같은 기사의 본문이다.</p>")
        assert archive.save_post(again) == "unchanged"
        assert again.url == "https://e.com/news/1"  # the archived key, so its file is found too
        edited = make_post("https://e.com/news/1/", "One, edited", "<p>고친 기사의 본문이다.</p>")
        assert archive.save_post(edited) == "updated"
        assert archive.count_posts() == 1
        assert archive.save_post(make_post("https://e.com/news/2", "Two", "<p>다른 기사이다.</p>")) == "new"
