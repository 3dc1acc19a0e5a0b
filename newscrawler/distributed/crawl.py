"""One crawler process of a distributed run (``newscrawler crawl --redis URL``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import redis

from newscrawler import counters
from newscrawler.distributed.keys import check_prefix
from newscrawler.distributed.run import connect
from newscrawler.errors import NewscrawlerError
from newscrawler.runs.start import run_news_spider


class DistributedCrawlError(NewscrawlerError):
    """The crawl cannot join a run; the message says why."""


def crawl_into_redis(
    url: str, prefix: str, sources_file: Path, names: Sequence[str], overrides: dict[str, Any]
) -> dict[str, Any]:
    """Crawl as one of the run's crawlers until the shared frontier stays empty; returns this crawler's counts."""
    check_prefix(prefix)
    try:
        connect(url).ping()
    except (redis.RedisError, ValueError) as exc:
        raise DistributedCrawlError(f"cannot reach Redis at {url}: {exc}") from None
    crawler = run_news_spider(
        {"NEWSCRAWLER_REDIS_URL": url, "NEWSCRAWLER_REDIS_PREFIX": prefix, **overrides}, sources_file, names
    )
    stats = crawler.stats.get_stats() if crawler.stats else {}

    return {
        "run": stats.get(counters.REDIS_RUN, ""),
        "finish_reason": stats.get("finish_reason", "did not start"),
        "pages": stats.get(counters.FETCHED, 0),
        "queued": stats.get(counters.QUEUED, 0),
        "dropped": counters.under(stats, counters.dropped("")),
        "errors": counters.under(stats, counters.errors("")),
    }
