"""Archive: every post upserted into the SQLite archive, keyed by URL, in one transaction per batch of posts.

A post waits (asynchronously) until its batch is committed, at most ``ARCHIVE_BATCH_DELAY``
seconds or until ``ARCHIVE_BATCH_SIZE`` posts wait, and only then goes on to the Markdown
pipeline: a post file is never written for a post the archive does not hold. One transaction
per batch instead of per post lets the full-text index write one segment for many posts.

Before a batch is committed, the pages its posts were read from are appended to the run's
WARC file and synced (``extensions/warc.py``), so that no post points at a record that is not
on disk; where each page is (and which images each post has) is committed with the posts.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sqlite3
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawler import counters
from newscrawler.extensions.warc import WarcExtension, warc_of
from newscrawler.items import DiscoveryHint, Post
from newscrawler.pipelines.stopping import stop_crawl, stopping
from newscrawler.store.archive import Archive


def outcome_stats(post: Post, status: str) -> tuple[str, str]:
    """The crawl stats counting what the archive did with ``post`` ("new", "updated", "unchanged")."""
    return counters.posts(status), counters.of_source(post.source, status)


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
        self.warc: WarcExtension | None = None

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
        self.warc = warc_of(self.crawler)

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
        except (sqlite3.Error, OSError) as exc:
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
        posts = [post for post, _ in batch]
        try:
            captures = self._keep_pages(posts)
            with self.archive.transaction():
                statuses = self.archive.save_posts(posts)
                self.archive.save_captures([capture_row(post, capture) for post, capture in captures])
                for post in posts:
                    if post.media:
                        self.archive.save_media(post.url, post.media)
        except (sqlite3.Error, OSError) as exc:
            for _, committed in batch:
                if not committed.done():
                    committed.set_exception(exc)
            return
        for (post, committed), status in zip(batch, statuses, strict=True):
            post.fetched = None  # the response is in the WARC file now
            if not committed.done():
                committed.set_result(status)

    def _keep_pages(self, posts: list[Post]) -> list[tuple[Post, dict[str, Any]]]:
        """Each post's page appended to the WARC file, all of them on disk before the batch is committed."""
        if self.warc is None:
            return []
        kept = []
        for post in posts:
            response = post.fetched
            if response is None or not self.warc.keeps(post.source):
                continue
            capture = dataclasses.asdict(self.warc.write(response))
            hint = response.request.cb_kwargs.get("hint") if response.request is not None else None
            capture["page_url"] = response.url
            capture["hint"] = json.dumps(dataclasses.asdict(hint), ensure_ascii=False) if hint else ""
            kept.append((post, capture))
        self.warc.sync()
        return kept


def capture_row(post: Post, capture: dict[str, Any]) -> dict[str, Any]:
    """A ``captures`` row: the post's URL as the archive saved it, where its page is in the WARC files."""
    return {"url": post.url, "source": post.source, **capture}


def hint_of(row: dict[str, Any]) -> DiscoveryHint:
    """The discovery hint a ``captures`` row kept (empty when it kept none)."""
    try:
        data = json.loads(row.get("hint") or "{}")
        return DiscoveryHint(**{k: v for k, v in data.items() if k in DiscoveryHint.__dataclass_fields__})
    except (ValueError, TypeError):
        return DiscoveryHint()
