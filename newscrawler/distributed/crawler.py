"""The crawler's side of a distributed run: joining the run, heart-beating, seeding start URLs once per run,
queueing posts for the archive worker, adding its counts to the run's, and stopping once the shared frontier
has stayed empty for ``MAX_IDLE_TIME_BEFORE_CLOSE`` seconds."""

from __future__ import annotations

import json
import logging
import time
import weakref
from collections.abc import AsyncIterator
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from newscrawler import counters
from newscrawler.distributed.keys import DEFAULT_HEARTBEAT, DEFAULT_IDLE, DEFAULT_PREFIX, Namespace, check_prefix
from newscrawler.distributed.run import REQUEUED, CrawlRun, connect, utc_iso
from newscrawler.items import Post
from newscrawler.pipelines.validate import drop

logger = logging.getLogger(__name__)

_RUNS: weakref.WeakKeyDictionary[Any, CrawlRun] = weakref.WeakKeyDictionary()
SHARED_STATS = (counters.PREFIX, counters.FETCHED)
PAGE_ATTRIBUTE = "_newscrawler_page"


def crawl_run_of(crawler: Any) -> CrawlRun:
    """This crawler's membership of the run, joined on first use (by whichever component comes first)."""
    if crawler not in _RUNS:
        settings = crawler.settings
        url = settings.get("NEWSCRAWLER_REDIS_URL")
        if not url:
            raise NotConfigured("NEWSCRAWLER_REDIS_URL is not set")
        namespace = Namespace(check_prefix(settings.get("NEWSCRAWLER_REDIS_PREFIX") or DEFAULT_PREFIX))
        heartbeat = settings.getfloat("NEWSCRAWLER_REDIS_HEARTBEAT", DEFAULT_HEARTBEAT)
        crawl_run = CrawlRun(connect(url), namespace, heartbeat)
        keys = crawl_run.join([])
        crawl_run.start_heartbeat()  # from now on: Scrapy's start-up can take longer than the heartbeat
        crawler.stats.set_value(counters.REDIS_RUN, keys.run_id)
        logger.info("Crawler %s joined run %s at %s", crawl_run.crawler_id, keys.run_id, url)
        _RUNS[crawler] = crawl_run
    return _RUNS[crawler]


class DistributedCrawl:
    """Extension: in-flight bookkeeping, shared counts, crawlers gone, the end of the crawl."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.crawl_run = crawl_run_of(crawler)
        self.max_idle = crawler.settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE", DEFAULT_IDLE)
        self.idle_since: float | None = None
        self.flushed: dict[str, int] = {}
        self.loop: task.LoopingCall | None = None
        self.requeued = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> DistributedCrawl:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        sources = list(getattr(spider, "sources", {}))
        if sources:
            self.crawl_run.server.sadd(self.crawl_run.run.sources, *sources)
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(min(1.0, self.crawl_run.heartbeat_seconds / 4), now=True)

    def tick(self) -> None:
        self.crawl_run.made_progress()  # the reactor runs (the heartbeat itself beats from a thread)
        try:
            self._release_finished()
            self.flush_counts()
            self._reap()
            self._wake_engine()
        except Exception:  # a Redis hiccup must not stop this loop for good
            logger.exception("Redis upkeep failed")

    def _reap(self) -> None:
        requeued = self.crawl_run.reap()
        if requeued:
            logger.info("%d %s", requeued, REQUEUED)
        self.requeued += requeued

    def _wake_engine(self) -> None:
        # Scrapy looks at an idle scheduler (and fires spider_idle) only every 5 s: other crawlers may have queued
        # work since, or the idle time may be up.
        slot = getattr(self.crawler.engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule()

    def _release_finished(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        release = getattr(getattr(slot, "scheduler", None), "release_finished", None)
        if release:
            release()

    def spider_idle(self, spider: Any) -> None:
        self._release_finished()
        self._reap()
        if self.crawl_run.frontier_size():
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.max_idle:
            raise DontCloseSpider
        logger.info("The run's frontier has been empty for %.0f s: this crawler stops", now - self.idle_since)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        heartbeat = self.crawl_run.heartbeat
        if heartbeat is not None and heartbeat.missed:
            self.crawler.stats.set_value(counters.HEARTBEAT_EXPIRED, heartbeat.missed)
        self.flush_counts()
        returned = self.crawl_run.leave()
        if returned:
            logger.info("%d requests this crawler had not handled went back into the frontier", returned)

    def flush_counts(self) -> None:
        """Add what this crawler counted since the last flush to the run's counters."""
        stats = self.crawler.stats.get_stats()
        delta = {}
        for key, value in stats.items():
            shared = isinstance(value, int) and not isinstance(value, bool) and key.startswith(SHARED_STATS)
            if shared and value != self.flushed.get(key, 0):
                delta[key] = value - self.flushed.get(key, 0)
                self.flushed[key] = value
        self.crawl_run.add_counts(delta)


class SeedOncePerRun:
    """Spider middleware: only the crawler that claims the run's seeding passes the spider's start requests on."""

    def __init__(self, crawler: Any) -> None:
        self.crawl_run = crawl_run_of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> SeedOncePerRun:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        if not self.crawl_run.claim_seeding():
            logger.info("Run %s: another crawler seeds the start URLs", self.crawl_run.run.run_id)
            return
        async for request_or_item in start:
            yield request_or_item
        self.crawl_run.seeding_done()


class TagPostsWithPage:
    """Spider middleware: each post remembers the page it was extracted from (see ``CrawlRun.queue_post``)."""

    async def process_spider_output(self, response: Any, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for request_or_item in result:
            if isinstance(request_or_item, Post):
                setattr(request_or_item, PAGE_ATTRIBUTE, response.url)
            yield request_or_item


class PostQueuePipeline:
    """Instead of the archive: the post, as JSON, into the run's Redis queue (once per URL and body in the run)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.crawl_run = crawl_run_of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> PostQueuePipeline:
        return cls(crawler)

    def process_item(self, item: Post) -> Post:
        data = json.dumps(
            {"post": item.as_dict(), "crawler": self.crawl_run.crawler_id, "queued_at": utc_iso()},
            ensure_ascii=False,
        )
        page = getattr(item, PAGE_ATTRIBUTE, item.url)
        outcome = self.crawl_run.queue_post(item.url, f"{item.source}\x00{item.content_hash}", data, page)
        if outcome == "redelivered":
            self.crawler.stats.inc_value(counters.REDELIVERED)
            return item
        if outcome != "queued":
            raise drop(self.crawler, item, outcome)
        self.crawler.stats.inc_value(counters.QUEUED)
        self.crawler.stats.inc_value(counters.of_source(item.source, "queued"))
        return item


__all__ = [
    "DEFAULT_HEARTBEAT", "DEFAULT_IDLE", "DistributedCrawl", "PostQueuePipeline", "SeedOncePerRun", "TagPostsWithPage",
]  # fmt: skip
