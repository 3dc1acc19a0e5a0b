"""Scrapy extension: the crawl lock for `scrapy crawl news` and Scrapyd (`newscrawler crawl` takes it itself)."""

from __future__ import annotations

from scrapy import Spider
from scrapy.crawler import Crawler

from newscrawler.runs.lock import ArchiveLock, ArchiveLockedError


class ArchiveLockExtension:
    """The same lock for ``scrapy crawl news`` (and Scrapyd); ``newscrawler crawl`` takes it itself first."""

    def __init__(self, crawler: Crawler, lock: ArchiveLock) -> None:
        self.crawler = crawler
        self.lock = lock
        self.refused = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveLockExtension:
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        settings = crawler.settings
        if settings.getbool("NEWSCRAWLER_LOCK_HELD") or not settings.get("ARCHIVE_DIR"):
            raise NotConfigured  # the newscrawler command holds the lock (no message: Scrapy would warn)
        extension = cls(crawler, ArchiveLock(settings.get("ARCHIVE_DIR")))
        try:
            extension.lock.acquire()
        except ArchiveLockedError as exc:
            extension.refused = str(exc)
            crawler.newscrawler_lock_refused = extension.refused  # type: ignore[attr-defined]  # the run record stays out of it
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        if self.refused:
            from scrapy.utils.defer import deferred_from_coro

            spider.logger.error(self.refused)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive locked"))

    def engine_stopped(self) -> None:
        self.lock.release()
