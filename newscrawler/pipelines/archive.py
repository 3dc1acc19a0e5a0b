"""Archive: every post upserted into the SQLite archive, keyed by URL."""

from __future__ import annotations

import sqlite3
from typing import Any

from scrapy.exceptions import DropItem, NotConfigured

from newscrawler.items import Post
from newscrawler.pipelines.stopping import stop_crawl, stopping
from newscrawler.store import Archive


def outcome_stats(post: Post, status: str) -> tuple[str, str]:
    """The crawl stats counting what the archive did with ``post`` ("new", "updated", "unchanged")."""
    return f"newscrawler/posts/{status}", f"newscrawler/source/{post.source}/{status}"


class ArchivePipeline:
    def __init__(self, crawler: Any, path: str) -> None:
        self.crawler = crawler
        self.path = path
        self.archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        path = crawler.settings.get("ARCHIVE_DB")
        if not path:
            raise NotConfigured("ARCHIVE_DB is not set")
        return cls(crawler, path)

    def open_spider(self) -> None:
        self.archive = Archive(self.path)

    def close_spider(self) -> None:
        if self.archive:
            self.archive.close()

    def process_item(self, item: Post) -> Post:
        assert self.archive is not None
        if stopping(self.crawler):
            raise DropItem("not archived, the crawl is stopping", log_level="DEBUG")
        try:
            item.archive_status = self.archive.save_post(item)
        except sqlite3.Error as exc:
            raise stop_crawl(self.crawler, f"{self.path}: the archive could not be written", exc) from None
        for key in outcome_stats(item, item.archive_status):
            self.crawler.stats.inc_value(key)
        return item
