"""The sources file: the documented shape loads; a broken file is refused naming the source and the key."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from newscrawler.sources import Source, SourcesError, load_sources, select_sources

GOOD = """
[[sources]]
name = "example"
feeds = ["https://example.com/rss.xml"]
sitemaps = ["https://example.com/sitemap.xml", "robots"]
start_urls = ["https://example.com/news/"]
follow = ["/news/\\\\d+"]
language = "ko"
timezone = "Asia/Seoul"
category = "뉴스"
category_map = { "Environment" = "환경" }
[sources.selectors]
title = "h1.headline"
body = "div#article"
category = ".section"
published = ".date"
drop = [".ad"]

[[sources]]
name = "blog"
feeds = ["https://blog.example.org/feed"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def refusal(tmp_path: Path, text: str) -> str:
    with pytest.raises(SourcesError) as info:
        load_sources(write(tmp_path, text))
    return str(info.value)


def test_the_documented_shape_loads(tmp_path: Path) -> None:
    example, blog = load_sources(write(tmp_path, GOOD))
    assert example.name == "example"
    assert example.selectors.drop == [".ad"]
    assert example.map_category("Environment") == "환경"
    assert example.map_category("Sports") == "Sports"
    assert str(example.zone) == "Asia/Seoul"
    assert example.site_roots() == ["https://example.com"]
    assert blog.timezone == "UTC" and blog.category == ""


def test_a_sources_hosts_are_those_of_all_its_urls_once_each() -> None:
    source = Source(
        name="s",
        feeds=["https://news.example.com/rss", "https://news.example.com/atom"],
        sitemaps=["robots", "https://cdn.example.net:8443/sitemap.xml"],
        start_urls=["http://www.example.com/news/"],
        follow=["/news/"],
    )
    assert source.hosts() == ["news.example.com", "www.example.com", "cdn.example.net"]
    assert source.site_roots() == ["https://news.example.com", "http://www.example.com", "https://cdn.example.net:8443"]


def test_select_by_name_keeps_file_order_and_refuses_unknown_names(tmp_path: Path) -> None:
    sources = load_sources(write(tmp_path, GOOD))
    assert [s.name for s in select_sources(sources, ["blog", "example"])] == ["example", "blog"]
    assert len(select_sources(sources, [])) == 2
    with pytest.raises(SourcesError, match=r"unknown source 'nope'.*configured: blog, example"):
        select_sources(sources, ["nope"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[[sources]]\nname = "a"\nfeeds = "https://x/rss"\n',
            "source 'a' (#1): key 'feeds': Input should be a valid list",
        ),
        (
            '[[sources]]\nname = "a"\nfeeds = ["ftp://x/rss"]\n',
            "source 'a' (#1): key 'feeds': 'ftp://x/rss' is not an http(s) URL",
        ),
        (
            '[[sources]]\nname = "a"\nfeeds = ["https://x/"]\ntimezone = "Mars/Olympus"\n',
            "source 'a' (#1): key 'timezone': unknown time zone 'Mars/Olympus'",
        ),
        (
            '[[sources]]\nname = "a"\nstart_urls = ["https://x/"]\nfollow = ["(unclosed"]\n',
            "source 'a' (#1): key 'follow': '(unclosed' is not a valid regular expression",
        ),
        (
            '[[sources]]\nname = "a"\nfeeds = ["https://x/"]\nfeed = ["https://y/"]\n',
            "source 'a' (#1): key 'feed': unknown key",
        ),
        (
            '[[sources]]\nname = "a"\nfeeds = ["https://x/"]\n[sources.selectors]\nbody = 3\n',
            "source 'a' (#1): key 'selectors.body': Input should be a valid string",
        ),
        ('[[sources]]\nfeeds = ["https://x/"]\n', "source #1: key 'name': is required"),
        ('[[sources]]\nname = "a"\n', "source 'a' (#1): needs at least one of 'feeds', 'sitemaps' or 'start_urls'"),
        ('[[sources]]\nname = "a"\nstart_urls = ["https://x/"]\n', "source 'a' (#1): 'start_urls' needs 'follow'"),
        (
            '[[sources]]\nname = "a"\nfeeds = ["https://x/"]\nlanguage = "korean!"\n',
            "key 'language': 'korean!' is not a BCP 47 language code",
        ),
        (
            '[[sources]]\nname = "a b"\nfeeds = ["https://x/"]\n',
            "source 'a b' (#1): key 'name': String should match pattern",
        ),
        (
            '[[sources]]\nname = "a"\nfeeds = ["https://x/"]\n[[sources]]\nname = "a"\nfeeds = ["https://y/"]\n',
            "source name 'a' is used twice",
        ),
        (
            '[[source]]\nname = "a"\n',
            "key 'source': Extra inputs are not permitted (the file holds [[sources]] tables)",
        ),
        ("sources = [\n", "not valid TOML"),
    ],
)
def test_broken_files_are_refused_with_the_source_and_the_key(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in refusal(tmp_path, text)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    message = refusal(
        tmp_path,
        '[[sources]]\nname = "ok"\nfeeds = ["https://x/"]\n'
        '[[sources]]\nname = "bad"\nfeeds = ["nope"]\ntimezone = "Nowhere"\n',
    )
    assert "source 'bad' (#2): key 'feeds'" in message
    assert "source 'bad' (#2): key 'timezone'" in message
    assert "'ok'" not in message


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="no such sources file"):
        load_sources(tmp_path / "absent.toml")
