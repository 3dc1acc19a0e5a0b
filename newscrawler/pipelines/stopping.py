"""Stopping a crawl cleanly when the archive cannot be written (disk full, read-only folder, I/O error).

Every post after the first failure would fail the same way, so the crawl stops at once:
one message (also kept in the stats as ``counters.FATAL`` for the command line to
report), the items still in flight dropped quietly, and nothing half-written: SQLite
rolls the failed transaction back and post files are only ever replaced whole.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from newscrawler import counters

logger = logging.getLogger(__name__)

CLOSE_REASON = "archive write failed"


def stop_crawl(crawler: Crawler, what: str, exc: BaseException) -> DropItem:
    """Stop the crawl because ``what`` failed; returns the exception that drops the item at hand."""
    if not crawler.stats.get_value(counters.FATAL):
        message = f"{what}: {exc} (is the disk full, or the archive folder read-only?)"
        crawler.stats.set_value(counters.FATAL, message)
        logger.error("crawl stopped: %s", message)
        deferred_from_coro(crawler.engine.close_spider_async(reason=CLOSE_REASON))
    return DropItem(f"not archived, the crawl is stopping: {exc}", log_level="DEBUG")


def stopping(crawler: Crawler) -> bool:
    return bool(crawler.stats.get_value(counters.FATAL))
