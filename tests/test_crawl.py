"""A real crawl of the sample site over HTTP on 127.0.0.1, as a user runs it, checked field by field."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import frontmatter
import lxml.html
import pytest
from conftest import SiteServer
from helpers import EXAMPLE_POST, crawl

from newscrawler.exporters.jekyll import jekyll_category

EXECUTABLE = re.compile(r"<script|<iframe|<style|\son\w+\s*=|javascript:", re.IGNORECASE)


class Crawled:
    def __init__(self, folder: Path, result: Any) -> None:
        self.folder = folder
        self.result = result
        self.db = sqlite3.connect(folder / "archive" / "news.db")
        self.db.row_factory = sqlite3.Row

    def posts(self) -> dict[str, dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM posts").fetchall()
        return {urlsplit(row["url"]).path: dict(row) for row in rows}

    def files(self) -> list[Path]:
        return sorted((self.folder / "archive" / "_posts").glob("*.md"))


@pytest.fixture(scope="module")
def crawled(site: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    folder = tmp_path_factory.mktemp("crawl")
    result = crawl(folder, site.base_url)
    assert result.returncode == 0, result.stderr
    return Crawled(folder, result)


def test_every_post_is_archived_once_and_nothing_else(crawled: Crawled, expected: dict) -> None:
    posts = crawled.posts()
    assert sorted(posts) == sorted(p["path"] for p in expected["posts"])
    count = crawled.db.execute("SELECT count(*), count(DISTINCT url) FROM posts").fetchone()
    assert tuple(count) == (len(expected["posts"]), len(expected["posts"]))


@pytest.mark.parametrize("field", ["source", "title", "category", "published", "author", "language", "excerpt"])
def test_fields_match_the_expected_values(crawled: Crawled, expected: dict, field: str, site: SiteServer) -> None:
    posts = crawled.posts()
    wrong = {
        p["path"]: (posts[p["path"]][field], p[field]) for p in expected["posts"] if posts[p["path"]][field] != p[field]
    }
    assert wrong == {}


def test_images_are_absolute_and_urls_canonical(crawled: Crawled, expected: dict, site: SiteServer) -> None:
    posts = crawled.posts()
    for post in expected["posts"]:
        row = posts[post["path"]]
        assert row["image"] == (site.base_url + post["image"] if post["image"] else ""), post["path"]
        assert row["url"] == site.base_url + post["path"]  # tracking parameters gone


def test_bodies_hold_the_article_and_nothing_else(crawled: Crawled, expected: dict) -> None:
    posts = crawled.posts()
    for post in expected["posts"]:
        row = posts[post["path"]]
        for sentence in post["body_contains"]:
            assert sentence in row["body_text"], (post["path"], sentence)
        for chrome in post["body_excludes"]:
            assert chrome not in row["body_text"], (post["path"], chrome)
        assert not EXECUTABLE.search(row["body_html"]), post["path"]
        assert "data-ke-size" not in row["body_html"] and "&nbsp;" not in row["body_html"]
        assert "\n\n\n" not in row["body_text"]
        assert row["content_hash"] and len(row["content_hash"]) == 64
        assert row["crawled_at"].endswith("+00:00")
        assert 0 < len(row["excerpt"]) <= 300


def test_the_run_is_recorded_with_drops_and_errors(crawled: Crawled, expected: dict) -> None:
    run = dict(crawled.db.execute("SELECT * FROM runs").fetchone())
    assert run["status"] == "errors"  # the feed links a page that is gone
    assert run["posts_new"] == len(expected["posts"])
    assert json.loads(run["dropped_reasons"]) == {"no body": 1}
    assert json.loads(run["error_reasons"]) == {"http 404": 1}
    per_source = json.loads(run["per_source"])
    assert per_source["rentn"]["new"] == 3
    assert "dropped: no body 1" in crawled.result.stderr
    assert "errors: http 404 1" in crawled.result.stderr


def test_robots_txt_is_obeyed(crawled: Crawled, expected: dict) -> None:
    assert not set(expected["robots_disallowed"]) & set(crawled.posts())


def test_one_markdown_file_per_post_matching_the_archive(crawled: Crawled) -> None:
    posts = {row["url"]: row for row in crawled.posts().values()}
    files = crawled.files()
    assert len(files) == len(posts)
    for path in files:
        post = frontmatter.load(path)
        row = posts[post["source_url"]]
        assert row["file"] == path.name
        assert path.name.startswith(row["published"][:10] + "-")
        assert post["title"] == row["title"]
        assert post["categories"] == [jekyll_category(row["category"])]  # IT/과학 as one URL segment: IT／과학
        assert post["excerpt"] == row["excerpt"] + "\n"
        assert post["feature_text"] == f"## rentn 실시간 뉴스 속보입니다.\n{row['excerpt']}\n"
        assert post["image"] == (row["image"] or "/assets/img/newspaper.png")
        assert "feature_image" not in post  # as in the example post, unless the site asks (JEKYLL_FEATURE_IMAGE)
        assert post["date"].replace(" ", "T", 1).replace(" +", "+")[:19] == row["published"][:19]
        assert post.content.strip() == row["body_html"]
        assert list(post.keys())[:7] == [
            "title", "categories", "excerpt", "feature_text", "image", "date", "source_url",
        ]  # fmt: skip


def test_the_example_post_round_trips(crawled: Crawled) -> None:
    example = frontmatter.loads(EXAMPLE_POST.read_text("utf-8"))
    (path,) = [p for p in crawled.files() if frontmatter.load(p)["source_url"].endswith("/blog/123")]
    ours = frontmatter.load(path)
    for key in ("title", "categories", "excerpt", "feature_text", "image"):
        assert ours[key] == example[key], key

    def blocks(html: str) -> list[tuple[str, str]]:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        return [
            (el.tag, " ".join(el.text_content().split()))
            for el in root.iter("p", "h2", "td")
            if el.text_content().strip("\xa0 \n")
        ]

    assert blocks(ours.content) == blocks(example.content)
    assert ours.content.count("<p") == example.content.count("<p") - example.content.count("&nbsp;")
    assert 'href="https://qoogle.tistory.com"' in ours.content
    assert "유용한 생활 정보가 필요하시다면" in ours.content


def test_search_finds_korean_inside_words_two_letter_words_and_english(crawled: Crawled) -> None:
    from helpers import run_cli

    archive = str(crawled.folder / "archive")
    for query, must_find in (("에너지", "/blog/123"), ("환경", None), ("정책", None), ("semiconductor", None)):
        result = run_cli("search", query, "--archive", archive, "--json", "--limit", "100")
        assert result.returncode == 0, result.stderr
        hits = json.loads(result.stdout)
        assert hits, query
        if must_find:
            assert any(h["url"].endswith(must_find) for h in hits)
        for hit in hits:
            text = crawled.db.execute(
                "SELECT title || ' ' || excerpt || ' ' || body_text FROM posts WHERE url = ?", [hit["url"]]
            ).fetchone()[0]
            assert query.casefold() in text.casefold(), (query, hit["url"])
    inside = run_cli("search", "에너지", "--archive", archive, "--json", "--limit", "100")
    bodies = [
        crawled.db.execute("SELECT body_text FROM posts WHERE url = ?", [h["url"]]).fetchone()[0]
        for h in json.loads(inside.stdout)
    ]
    assert any("무탄소에너지를" in body for body in bodies)


def test_a_second_crawl_adds_no_duplicates(crawled: Crawled, site: SiteServer, expected: dict) -> None:
    before = {p: r["content_hash"] for p, r in crawled.posts().items()}
    files_before = {p.name: p.stat().st_mtime_ns for p in crawled.files()}
    again = crawl(crawled.folder, site.base_url)
    assert again.returncode == 0, again.stderr
    assert {p: r["content_hash"] for p, r in crawled.posts().items()} == before
    assert {p.name: p.stat().st_mtime_ns for p in crawled.files()} == files_before  # nothing rewritten
    runs = crawled.db.execute("SELECT posts_new, posts_updated, pages FROM runs ORDER BY id").fetchall()
    assert [tuple(r) for r in runs][-1][:2] == (0, 0)
    assert [tuple(r) for r in runs][-1][2] < len(expected["posts"])  # incremental: known articles not fetched


def test_scrapy_crawl_works_inside_the_project(site: SiteServer, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from helpers import ROOT, demo_sources

    env = {
        **os.environ,
        "NEWSCRAWLER_SOURCES": str(demo_sources(tmp_path, site.base_url)),
        "NEWSCRAWLER_ARCHIVE": str(tmp_path / "archive"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "source=rentn", "-s", "AUTOTHROTTLE_START_DELAY=0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(tmp_path / "archive" / "news.db")
    assert db.execute("SELECT count(*), min(source), max(source) FROM posts").fetchone() == (3, "rentn", "rentn")
    assert len(list((tmp_path / "archive" / "_posts").glob("*.md"))) == 3


def test_an_article_is_asked_for_once_whatever_form_its_url_takes(tmp_path: Path) -> None:
    from scrapy.utils.test import get_crawler

    from newscrawler.sources import Source
    from newscrawler.spiders.news import NewsSpider

    crawler = get_crawler(NewsSpider)
    spider = NewsSpider()
    spider.crawler = crawler
    source = Source(name="s", feeds=["https://news.example/rss"])
    first = spider._article("https://news.example/a/1.html", source)
    assert first is not None
    for variant in (
        "https://www.news.example/a/1.html",
        "https://news.example/a/1.html/",
        "https://news.example/a/1.html?utm_source=x#top",
    ):
        assert spider._article(variant, source) is None, variant
    assert spider._article("https://news.example/a/2.html", source) is not None
    assert crawler.stats.get_value("newscrawler/skipped/same article") == 3
