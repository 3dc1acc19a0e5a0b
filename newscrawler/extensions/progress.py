"""Progress of a running crawl: a live line on a terminal, plain periodic log lines otherwise.

``NEWSCRAWLER_PROGRESS``: ``live`` (a rich status line on standard error, gone
when the run ends: the summary table follows), ``log`` (an INFO line every
``NEWSCRAWLER_PROGRESS_INTERVAL`` seconds, for cron logs) or ``off``.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from newscrawler import counters

logger = logging.getLogger(__name__)
DEFAULT_MODE = "log"  # NEWSCRAWLER_PROGRESS: "live" (a status line), "log" (INFO lines), "off"


def progress_counts(stats: dict[str, Any]) -> dict[str, int]:
    posts = {key: int(stats.get(counters.posts(key), 0)) for key in ("new", "updated", "unchanged")}
    return {
        "pages": int(stats.get(counters.FETCHED, 0)),
        **posts,
        "skipped": sum(v for k, v in counters.under(stats, counters.SOURCE).items() if k.endswith("/skipped")),
        "errors": sum(counters.under(stats, counters.errors("")).values()),
        "dropped": sum(counters.under(stats, counters.dropped("")).values()),
    }


def progress_text(counts: dict[str, int], elapsed: float) -> str:
    rate = counts["pages"] / elapsed * 60 if elapsed > 0 else 0.0
    parts = [f"{counts['pages']} pages", f"{counts['new']} new", f"{counts['updated']} updated"]
    parts += [f"{counts[key]} {key}" for key in ("unchanged", "skipped", "dropped") if counts[key]]
    return " · ".join([*parts, f"{counts['errors']} errors", f"{rate:.0f} pages/min"])


class ProgressExtension:
    def __init__(self, crawler: Crawler, mode: str, interval: float) -> None:
        self.crawler = crawler
        self.mode = mode
        self.interval = interval
        self.started = 0.0
        self.loop: task.LoopingCall | None = None
        self.progress: Progress | None = None
        self.task_id: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        mode = str(crawler.settings.get("NEWSCRAWLER_PROGRESS", DEFAULT_MODE)).lower()
        if mode not in ("live", "log"):
            raise NotConfigured  # without a message: Scrapy would warn that it is disabled
        default = 0.25 if mode == "live" else 30.0
        interval = crawler.settings.getfloat("NEWSCRAWLER_PROGRESS_INTERVAL", default) or default
        extension = cls(crawler, mode, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        self.started = time.monotonic()
        if self.mode == "live":
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("[bold]crawling[/bold] {task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task_id = self.progress.add_task(progress_text(self._counts(), 0.0), total=None)
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.interval, now=False)

    def tick(self) -> None:
        text = progress_text(self._counts(), time.monotonic() - self.started)
        if self.progress is not None:
            self.progress.update(self.task_id, description=text)
        else:
            logger.info("progress: %s", text)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def _counts(self) -> dict[str, int]:
        return progress_counts(self.crawler.stats.get_stats())
