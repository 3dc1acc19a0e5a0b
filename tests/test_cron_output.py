"""What a crawl run from cron writes and says: a short summary when nothing changed, one line per failure,
flags only on real evidence, and a run history readable at 80 columns."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from changing_site import ChangingSite
from helpers import run_cli

from newscrawler.errors import EXIT_FLAGGED
from newscrawler.runs.health import FlagThresholds, flag_sources


@pytest.fixture
def site(tmp_path: Path) -> Iterator[ChangingSite]:
    site = ChangingSite(tmp_path / "site").start()
    for number in range(1, 7):
        site.add(f"story-{number}", f"Story number {number} about the harbour")
    yield site
    site.stop()


def cron_crawl(folder: Path, sources: Path, *extra: str) -> tuple[int, list[str]]:
    """``newscrawler crawl`` as cron runs it: no terminal, no options but the files; (exit code, output lines)."""
    done = run_cli(
        "crawl", "--sources", str(sources), "--archive", str(folder / "archive"), "-s", "AUTOTHROTTLE_START_DELAY=0",
        *extra,
    )  # fmt: skip
    return done.returncode, (done.stdout + done.stderr).splitlines()


def test_a_run_with_nothing_new_writes_a_few_lines(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    code, first = cron_crawl(tmp_path, sources)
    assert code == 0, first
    code, again = cron_crawl(tmp_path, sources)
    assert code == 0, again
    assert len(again) <= 4, again
    assert again[0].startswith("Run 2: ok (finished)"), again
    text = "\n".join(again)
    for noise in ("Scrapy", "Enabled", "Overridden", "Dumping", "Disabled", "Traceback", "┃"):
        assert noise not in text, (noise, again)


def test_verbose_brings_scrapy_s_detail_back(site: ChangingSite, tmp_path: Path) -> None:
    code, lines = cron_crawl(tmp_path, site.sources_toml(tmp_path), "--verbose")
    assert code == 0, lines
    text = "\n".join(lines)
    assert "Enabled item pipelines" in text and "Dumping Scrapy stats" in text


def test_a_site_that_is_down_gives_one_line_per_failure_and_no_traceback(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "down"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', "utf-8")
    code, lines = cron_crawl(tmp_path, sources, "-s", "RETRY_TIMES=0")
    assert code == 0, lines
    text = "\n".join(lines)
    assert "Traceback" not in text and "Gave up retrying" not in text, lines
    failures = [line for line in lines if "127.0.0.1:9/rss.xml" in line]
    assert len(failures) == 1 and "connection refused" in failures[0], lines
    assert "down errors: connection refused 1" in text


def test_a_dropped_page_is_one_line_with_its_reason_and_url(site: ChangingSite, tmp_path: Path) -> None:
    site.add("video-1", "")  # a video post: no headline the extraction can use
    code, lines = cron_crawl(tmp_path, site.sources_toml(tmp_path), "--verbose")
    assert code == 0, lines
    dropped = [line for line in lines if "video-1" in line and "dropped" in line.lower()]
    assert len(dropped) == 1, lines
    assert "no title" in dropped[0] and len(dropped[0]) < 300 and "body_html" not in dropped[0]


def test_an_archived_post_is_one_line_in_a_debug_log(site: ChangingSite, tmp_path: Path) -> None:
    code, lines = cron_crawl(tmp_path, site.sources_toml(tmp_path), "--verbose", "--log-level", "DEBUG")
    assert code == 0, lines
    scraped = [line for line in lines if "Scraped from" in line]
    assert len(scraped) == 6 and all("Story number" in line for line in scraped), scraped
    assert not [line for line in lines if "body_html" in line]  # not the whole post, its text and HTML


def test_one_new_page_without_a_title_does_not_flag_the_source(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    code, lines = cron_crawl(tmp_path, sources)
    assert code == 0, lines
    site.add("video-1", "")
    code, lines = cron_crawl(tmp_path, sources)
    assert code == 0, lines
    assert not any("flagged" in line for line in lines), lines
    assert any("changing dropped: no title 1" in line for line in lines), lines


def test_flag_thresholds_are_per_source(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path, flag_min_pages=1)
    code, lines = cron_crawl(tmp_path, sources)
    assert code == 0, lines
    site.add("video-1", "")
    code, lines = cron_crawl(tmp_path, sources)
    assert code == EXIT_FLAGGED, lines
    assert any("flagged: source changing yielded no posts from 1 article pages" in line for line in lines), lines


def test_flag_rules_need_enough_pages() -> None:
    good = {"pages": 10, "new": 9, "dropped": 1, "discovered": 10}
    assert flag_sources({"a": {"pages": 1, "dropped": 1}}, [{"a": good}]) == {}
    assert flag_sources({"a": {"pages": 4, "dropped": 4}}, [{"a": good}]) == {}
    assert "yielded no posts from 5" in flag_sources({"a": {"pages": 5, "dropped": 5}}, [{"a": good}])["a"]
    strict = {"a": FlagThresholds(min_pages=2)}
    assert "yielded no posts from 2" in flag_sources({"a": {"pages": 2, "dropped": 2}}, [{"a": good}], strict)["a"]
    lenient = {"a": FlagThresholds(lost_share=0.9)}
    assert flag_sources({"a": {"pages": 10, "new": 2, "dropped": 8}}, [{"a": good}], lenient) == {}
    assert "lost 80%" in flag_sources({"a": {"pages": 10, "new": 2, "dropped": 8}}, [{"a": good}])["a"]


def test_runs_fit_80_columns_and_agree_with_the_crawl_summary(site: ChangingSite, tmp_path: Path) -> None:
    sources = site.sources_toml(tmp_path)
    code, crawl_lines = cron_crawl(tmp_path, sources)
    assert code == 0, crawl_lines
    site.add("video-1", "")
    cron_crawl(tmp_path, sources)
    shown = run_cli("runs", "--archive", str(tmp_path / "archive"), env={"COLUMNS": "80"})
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), lines
    header = next(line for line in lines if "status" in line)
    for column in ("id", "started", "status", "fetched", "articles", "new", "skip", "304", "drop", "err"):
        assert column in header.split(), header
    assert "run 2 dropped: no title 1" in shown.stdout
    record = json.loads(run_cli("runs", "--json", "--archive", str(tmp_path / "archive")).stdout)[-1]
    summary = next(line for line in crawl_lines if line.startswith("Run 1:"))
    assert f"{record['pages']} fetched" in summary, summary
    articles = sum(s["pages"] for s in record["per_source"].values())
    assert f"{articles} articles" in summary, summary
    row = next(line.split() for line in lines if line.split()[:1] == ["1"])
    assert str(record["pages"]) in row and str(articles) in row, row


def test_runs_on_an_archive_without_runs_says_so(tmp_path: Path) -> None:
    from newscrawler.store.archive import Archive

    Archive(tmp_path / "archive" / "news.db").close()
    shown = run_cli("runs", "--archive", str(tmp_path / "archive"))
    assert shown.returncode == 0
    assert "no runs yet" in shown.stderr and not shown.stdout.strip()


@pytest.mark.parametrize("command", [["runs"], ["stats"], ["search", "x"], ["export", "SITE"], ["crawl"]])
@pytest.mark.parametrize("content", ["empty", "other tables"])
def test_commands_never_turn_a_sqlite_file_into_an_archive(tmp_path: Path, command: list[str], content: str) -> None:
    import sqlite3

    db = tmp_path / "archive" / "news.db"
    db.parent.mkdir()
    db.touch()
    if content == "other tables":
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE notes (x)")
    if command == ["crawl"] and content == "empty":
        pytest.skip("an empty file is where a crawl may start an archive")
    before = db.read_bytes()
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', "utf-8")
    args = [str(tmp_path / "site") if arg == "SITE" else arg for arg in command]
    extra = ["--sources", str(sources)] if command == ["crawl"] else []
    done = run_cli(*args, *extra, "--archive", str(db.parent))
    assert done.returncode == 1, done.stderr
    assert "not a newscrawler archive" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["news.db"]


@pytest.mark.parametrize("problem", ["no sources file", "unknown source"])
def test_scrapy_crawl_with_bad_sources_says_one_line(site: ChangingSite, tmp_path: Path, problem: str) -> None:
    import os
    import subprocess
    import sys

    from helpers import ROOT

    sources = tmp_path / "missing.toml" if problem == "no sources file" else site.sources_toml(tmp_path)
    env = {**os.environ, "NEWSCRAWLER_ARCHIVE": str(tmp_path / "archive"), "NEWSCRAWLER_SOURCES": str(sources)}
    args = ["-a", "source=nosuch"] if problem == "unknown source" else []
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    expected = "no such sources file" if problem == "no sources file" else "unknown source 'nosuch'"
    assert [line for line in done.stderr.splitlines() if expected in line and "ERROR" in line], done.stderr


def test_scrapy_crawl_says_what_an_incremental_feed_export_holds(site: ChangingSite, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from helpers import ROOT

    env = {
        **os.environ, "NEWSCRAWLER_ARCHIVE": str(tmp_path / "archive"),
        "NEWSCRAWLER_SOURCES": str(site.sources_toml(tmp_path)),
    }  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-O", str(tmp_path / "items.jsonl")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "an incremental run exports only the posts it fetches" in done.stderr, done.stderr
    assert len((tmp_path / "items.jsonl").read_text("utf-8").splitlines()) == 6
