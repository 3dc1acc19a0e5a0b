"""Starting a crawl in this process: the archive's lock, Scrapy's ``CrawlerProcess``, the run record it leaves.

``newscrawler crawl`` and ``demo`` call :func:`crawl_archive`; a distributed crawler (``crawl --redis``) calls
:func:`run_news_spider` directly, since it takes no archive lock and writes no archive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscrawler import counters
from newscrawler.errors import NewscrawlerError
from newscrawler.runs.lock import holding
from newscrawler.runs.logs import leave_out_download_failures
from newscrawler.store.archive import Archive

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class CrawlStoppedError(NewscrawlerError):
    """The crawl could not run to its end (the archive stopped taking writes)."""


def run_news_spider(overrides: dict[str, Any], sources_file: Path, names: Sequence[str]) -> Crawler:
    """Run the news spider over ``names`` from ``sources_file`` in this process until it closes."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from newscrawler.spiders.news import NewsSpider

    settings = get_project_settings()
    settings.setdict({"NEWSCRAWLER_SOURCES": str(sources_file), **overrides}, priority="cmdline")
    process = CrawlerProcess(settings)
    if settings.getbool("NEWSCRAWLER_QUIET_LOG"):
        leave_out_download_failures()
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, source=",".join(names), sources_file=str(sources_file))
    process.start()
    return crawler


def crawl_archive(
    archive_dir: Path,
    sources_file: Path,
    names: Sequence[str],
    overrides: dict[str, Any],
    on_stale_lock: Callable[[dict[str, Any]], None] = lambda holder: None,
) -> dict[str, Any]:
    """Crawl ``names`` into the archive at ``archive_dir`` holding its lock; returns the run record.

    Raises ``ArchiveLockedError`` when another crawl holds the archive, ``ArchiveError`` for an unusable archive
    (before anything is written) and :class:`CrawlStoppedError` when the crawl could not run to its end.
    """
    Archive(archive_dir / "news.db").close()
    with holding(archive_dir) as lock:
        if lock.stale:
            on_stale_lock(lock.stale)
        return _crawl_locked(archive_dir, sources_file, names, overrides)


def _crawl_locked(
    archive_dir: Path, sources_file: Path, names: Sequence[str], overrides: dict[str, Any]
) -> dict[str, Any]:

    crawler = run_news_spider(
        {
            "NEWSCRAWLER_LOCK_HELD": True,
            "ARCHIVE_DIR": str(archive_dir),
            "ARCHIVE_DB": str(archive_dir / "news.db"),
            "ARCHIVE_POSTS_DIR": str(archive_dir / "_posts"),
            **overrides,
        },
        sources_file,
        names,
    )
    stats = crawler.stats.get_stats() if crawler.stats else {}
    if stats.get(counters.FATAL):
        raise CrawlStoppedError(f"crawl stopped: {stats[counters.FATAL]}")
    run_id = stats.get(counters.RUN_ID)
    with Archive(archive_dir / "news.db") as archive:
        runs = [r for r in archive.runs(limit=5) if r["id"] == run_id]
    return runs[0] if runs else {"status": "failed", "finish_reason": "the crawl did not start"}
