"""Scrapy extension: the run record, one row in ``runs`` per crawl, opened and closed with the crawl."""

from __future__ import annotations

import logging
import sqlite3
import time

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from newscrawler import counters
from newscrawler.runs.record import finish_run, summarise
from newscrawler.store.archive import Archive, ArchiveError

logger = logging.getLogger(__name__)


class RunRecordExtension:
    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.run_id: int | None = None
        self.started = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecordExtension:
        path = crawler.settings.get("ARCHIVE_DB")
        if not path:
            raise NotConfigured("ARCHIVE_DB is not set")
        extension = cls(crawler, path)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        source = request.meta.get("source")
        if source and self.started:
            elapsed = time.monotonic() - self.started
            self.crawler.stats.set_value(counters.of_source(source, "last_response_seconds"), elapsed)

    def spider_opened(self, spider: Spider) -> None:
        if getattr(self.crawler, "newscrawler_lock_refused", ""):
            return  # another run holds the archive
        self.started = time.monotonic()
        with Archive(self.db_path) as archive:
            archive.close_abandoned_runs()
            self.run_id = archive.start_run(list(getattr(spider, "sources", {})))
        self.crawler.stats.set_value(counters.RUN_ID, self.run_id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.run_id is None:
            return
        record = summarise(self.crawler.stats.get_stats(), list(getattr(spider, "sources", {})))
        try:
            with Archive(self.db_path) as archive:
                finish_run(
                    archive, self.run_id, record, reason=reason, duration_seconds=time.monotonic() - self.started,
                    thresholds={name: s.flag_thresholds for name, s in getattr(spider, "sources", {}).items()},
                )  # fmt: skip
        except (ArchiveError, sqlite3.Error) as exc:  # the archive stopped taking writes: already reported
            logger.debug("run %s not recorded: %s", self.run_id, exc)
