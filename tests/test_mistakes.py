"""Mistakes a person makes on the command line get one line naming the option and the problem, and exit 2."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli

from newscrawler.errors import EXIT_USAGE


def test_extract_with_an_unknown_time_zone_names_the_option_and_the_zone(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><title>T</title><body><p>text</p></body></html>", "utf-8")
    done = run_cli("extract", "--timezone", "Asia/Soul", str(page))
    assert done.returncode == EXIT_USAGE
    assert "--timezone" in done.stderr and "unknown time zone 'Asia/Soul'" in done.stderr
    assert "pydantic" not in done.stderr and "Traceback" not in done.stderr


def test_extract_says_why_a_page_without_its_address_would_not_be_archived(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>A headline</title></head><body><article><p>"
        + "A paragraph long enough to be an article body. " * 5
        + "</p></article></body></html>",
        "utf-8",
    )
    done = run_cli("extract", str(page))
    assert '"invalid": "no url: a saved page is archived under its web address' in done.stdout
    assert "--url" in done.stdout


def test_schedule_with_an_interval_that_is_not_one_is_bad_usage(tmp_path: Path) -> None:
    done = run_cli("schedule", "--every", "banana", "--print", "--archive", str(tmp_path / "a"), cwd=tmp_path)
    assert done.returncode == EXIT_USAGE
    assert done.stderr.strip() == "error: --every: 'banana' is not a duration (use e.g. 90s, 30m, 6h, 7d, 1w or 1h30m)"


def test_a_broken_selector_stops_the_crawl_before_any_request(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[sources]]\nname = "x"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n[sources.selectors]\ntitle = "h1[["\n',
        "utf-8",
    )
    done = run_cli("crawl", "--sources", str(sources), "--archive", str(tmp_path / "archive"))
    assert done.returncode == EXIT_USAGE
    assert done.stderr.startswith("error: ") and len(done.stderr.strip().splitlines()) == 1
    assert "source 'x'" in done.stderr and "selectors.title" in done.stderr
    assert "not a valid CSS selector" in done.stderr
    assert not (tmp_path / "archive").exists()
