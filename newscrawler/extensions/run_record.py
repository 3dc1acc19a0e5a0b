"""Scrapy extension: the run record, one row in ``runs`` per crawl, opened and closed with the crawl."""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawler.runs.health import flag_sources
from newscrawler.runs.record import HISTORY_RUNS, PREFIX, exit_code, summarise
from newscrawler.store.archive import Archive, ArchiveError

logger = logging.getLogger(__name__)


class RunRecordExtension:
    def __init__(self, crawler: Any, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.run_id: int | None = None
        self.started = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunRecordExtension:
        path = crawler.settings.get("ARCHIVE_DB")
        if not path:
            raise NotConfigured("ARCHIVE_DB is not set")
        extension = cls(crawler, path)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self, response: Any, request: Any, spider: Any) -> None:
        source = request.meta.get("source")
        if source and self.started:
            elapsed = time.monotonic() - self.started
            self.crawler.stats.set_value(f"{PREFIX}source/{source}/last_response_seconds", elapsed)

    def spider_opened(self, spider: Any) -> None:
        if getattr(self.crawler, "newscrawler_lock_refused", ""):
            return  # another run holds the archive
        self.started = time.monotonic()
        with Archive(self.db_path) as archive:
            archive.close_abandoned_runs()
            self.run_id = archive.start_run(list(getattr(spider, "sources", {})))
        self.crawler.stats.set_value("newscrawler/run_id", self.run_id)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.run_id is None:
            return
        record = summarise(self.crawler.stats.get_stats(), list(getattr(spider, "sources", {})))
        errors = record["errors"]
        status = "ok" if reason == "finished" and not errors else "errors" if reason == "finished" else "failed"
        try:
            with Archive(self.db_path) as archive:
                if reason == "finished":
                    history = [r["per_source"] for r in archive.runs(limit=HISTORY_RUNS + 1) if r["id"] != self.run_id]
                    record["flags"] = flag_sources(record["per_source"], [h for h in history if isinstance(h, dict)])
                    if record["flags"]:
                        status = "flagged"
                        for name, why in record["flags"].items():
                            logger.warning("source %s flagged: %s", name, why)
                for name, counts in record["per_source"].items():
                    if reason != "finished":
                        counts["status"] = "failed"
                    else:
                        counts["status"] = (
                            "flagged" if name in record.get("flags", {}) else "errors" if counts["errors"] else "ok"
                        )
                archive.finish_run(
                    self.run_id,
                    status=status,
                    exit_code=exit_code(status),
                    finish_reason=reason,
                    duration_seconds=round(time.monotonic() - self.started, 3),
                    **record,
                )
        except (ArchiveError, sqlite3.Error) as exc:  # the archive stopped taking writes: already reported
            logger.debug("run %s not recorded: %s", self.run_id, exc)
