"""The run record: one row in ``runs`` per crawl, written as the crawl opens and closes."""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawler.store import Archive, ArchiveError

logger = logging.getLogger(__name__)

_PREFIX = "newscrawler/"


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
        return extension

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        with Archive(self.db_path) as archive:
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
                archive.finish_run(
                    self.run_id,
                    status=status,
                    finish_reason=reason,
                    duration_seconds=round(time.monotonic() - self.started, 3),
                    **record,
                )
        except (ArchiveError, sqlite3.Error) as exc:  # the archive stopped taking writes: already reported
            logger.debug("run %s not recorded: %s", self.run_id, exc)


def summarise(stats: dict[str, Any], sources: list[str]) -> dict[str, Any]:
    """The run's counts out of the crawl stats."""

    def under(prefix: str) -> dict[str, int]:
        return {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int)}

    dropped, errors = under(_PREFIX + "dropped/"), under(_PREFIX + "errors/")
    per_source = {}
    for name in sources:
        counts = under(f"{_PREFIX}source/{name}/")
        per_source[name] = {
            key: counts.get(key, 0)
            for key in ("pages", "new", "updated", "unchanged", "dropped", "errors", "feed_entries", "sitemap_entries")
        }
    posts = under(_PREFIX + "posts/")
    return {
        "pages": stats.get("response_received_count", 0),
        "posts_new": posts.get("new", 0),
        "posts_updated": posts.get("updated", 0),
        "posts_unchanged": posts.get("unchanged", 0),
        "dropped": sum(dropped.values()),
        "errors": sum(errors.values()),
        "dropped_reasons": dropped,
        "error_reasons": errors,
        "per_source": per_source,
    }
