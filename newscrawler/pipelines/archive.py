"""Archive: every post upserted into the SQLite archive, keyed by URL, in one transaction per batch of posts.

A post waits (asynchronously) until its batch is committed, at most ``ARCHIVE_BATCH_DELAY``
seconds or until ``ARCHIVE_BATCH_SIZE`` posts wait, and only then goes on to the Markdown
pipeline: a post file is never written for a post the archive does not hold. One transaction
per batch instead of per post lets the full-text index write one segment for many posts.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawler.items import Post
from newscrawler.pipelines.stopping import stop_crawl, stopping
from newscrawler.store.archive import Archive


def outcome_stats(post: Post, status: str) -> tuple[str, str]:
    """The crawl stats counting what the archive did with ``post`` ("new", "updated", "unchanged")."""
    return f"newscrawler/posts/{status}", f"newscrawler/source/{post.source}/{status}"


DEFAULT_BATCH_SIZE = 50  # ARCHIVE_BATCH_SIZE: posts committed at once, at most
DEFAULT_BATCH_DELAY = 0.2  # ARCHIVE_BATCH_DELAY: seconds a post waits for its batch, at most


class ArchivePipeline:
    def __init__(
        self, crawler: Any, path: str, batch_size: int = DEFAULT_BATCH_SIZE, batch_delay: float = DEFAULT_BATCH_DELAY
    ) -> None:
        self.crawler = crawler
        self.path = path
        self.batch_size = max(1, batch_size)
        self.batch_delay = batch_delay
        self.archive: Archive | None = None
        self.waiting: list[tuple[Post, asyncio.Future[str]]] = []
        self.timer: asyncio.TimerHandle | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        settings = crawler.settings
        path = settings.get("ARCHIVE_DB")
        if not path:
            raise NotConfigured("ARCHIVE_DB is not set")
        return cls(
            crawler,
            path,
            settings.getint("ARCHIVE_BATCH_SIZE", DEFAULT_BATCH_SIZE),
            settings.getfloat("ARCHIVE_BATCH_DELAY", DEFAULT_BATCH_DELAY),
        )

    def open_spider(self) -> None:
        self.archive = Archive(self.path)

    def close_spider(self) -> None:
        self._commit()
        if self.archive:
            self.archive.close()

    async def process_item(self, item: Post) -> Post:
        if stopping(self.crawler):
            raise DropItem("not archived, the crawl is stopping", log_level="DEBUG")
        loop = asyncio.get_running_loop()
        committed: asyncio.Future[str] = loop.create_future()
        self.waiting.append((item, committed))
        if len(self.waiting) >= self.batch_size:
            self._commit()
        elif self.timer is None:
            self.timer = loop.call_later(self.batch_delay, self._commit)
        try:
            item.archive_status = await committed
        except sqlite3.Error as exc:
            raise stop_crawl(self.crawler, f"{self.path}: the archive could not be written", exc) from None
        for key in outcome_stats(item, item.archive_status):
            self.crawler.stats.inc_value(key)
        return item

    def _commit(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        batch, self.waiting = self.waiting, []
        if not batch:
            return
        assert self.archive is not None
        try:
            statuses = self.archive.save_posts([post for post, _ in batch])
        except sqlite3.Error as exc:
            for _, committed in batch:
                if not committed.done():
                    committed.set_exception(exc)
            return
        for (_, committed), status in zip(batch, statuses, strict=True):
            if not committed.done():
                committed.set_result(status)
