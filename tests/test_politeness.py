"""Per-source politeness: concurrency and delay reach Scrapy's download slots for the source's hosts."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.crawler import Crawler
from scrapy.http import Request
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawler.middlewares.politeness import PolitenessMiddleware, download_slots
from newscrawler.sources import SourcesError, load_sources
from newscrawler.spiders.news import NewsSpider

SOURCES = """
[[sources]]
name = "slow"
feeds = ["https://slow.example.com/rss.xml"]
start_urls = ["https://www.slow.example.com/news/"]
follow = ["/news/"]
concurrency = 1
delay = 2.5
autothrottle = false
recheck_after = "1d"

[[sources]]
name = "default"
feeds = ["https://fast.example.org/rss.xml"]
"""


def test_source_concurrency_and_delay_reach_the_downloader(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES)
    settings = Settings({"ARCHIVE_DB": str(tmp_path / "news.db"), "NEWSCRAWLER_SOURCES": str(sources)})
    crawler = Crawler(NewsSpider, settings)  # as `scrapy crawl` and `newscrawler crawl` make it
    spider = crawler._create_spider()  # the spider reads the sources; settings freeze after this
    crawler.stats = MemoryStatsCollector(crawler)
    slots = crawler.settings.getdict("DOWNLOAD_SLOTS")
    assert slots == {
        "slow.example.com": {"concurrency": 1, "delay": 2.5},
        "www.slow.example.com": {"concurrency": 1, "delay": 2.5},
    }
    from scrapy.core.downloader import Downloader

    downloader = Downloader(crawler)
    assert downloader.per_slot_settings["slow.example.com"] == {"concurrency": 1, "delay": 2.5}
    key, slot = downloader._get_slot(Request("https://slow.example.com/news/1"))
    assert (key, slot.concurrency, slot.delay) == ("slow.example.com", 1, 2.5)

    crawler.spider = spider
    middleware = PolitenessMiddleware(crawler)
    slow, fast = Request("https://slow.example.com/a", meta={"source": "slow"}), Request("https://fast.example.org/a")
    middleware.process_request(slow)
    middleware.process_request(fast)
    assert slow.meta["autothrottle_dont_adjust_delay"] is True
    assert "autothrottle_dont_adjust_delay" not in fast.meta


def test_explicit_download_slots_win_over_sources(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES)
    slots = download_slots(load_sources(sources), {"slow.example.com": {"delay": 9}})
    assert slots["slow.example.com"] == {"concurrency": 1, "delay": 9}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("concurrency = 0", "key 'concurrency'"),
        ("delay = -1", "key 'delay'"),
        ('recheck_after = "often"', "key 'recheck_after': 'often' is not a duration"),
        ('autothrottle = "maybe"', "key 'autothrottle'"),
    ],
)
def test_bad_politeness_keys_are_refused_by_name(tmp_path: Path, line: str, message: str) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\nname = "x"\nfeeds = ["https://x.example/rss"]\n{line}\n')
    with pytest.raises(SourcesError, match=message):
        load_sources(sources)
