"""What a crawl writes to its log: one line per dropped page, Scrapy's own detail only when asked for.

A crawl run from cron is read when something is wrong, so by default ``newscrawler crawl`` leaves out Scrapy's
start-up report (versions, settings, component lists) and its closing stats dump, and reports each failed download
once, as the spider's one line with its reason, instead of Scrapy's lines and tracebacks for it. ``--verbose`` (or an
explicit ``--log-level``) brings Scrapy's log back whole.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from itemadapter import ItemAdapter
from scrapy.logformatter import LogFormatter, LogFormatterResult

# Scrapy's loggers that report a failed download the spider reports again as one line with its reason
DOWNLOAD_FAILURE_LOGGERS = ("scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt")


class OneLineLogFormatter(LogFormatter):
    """A post is logged as one line, not with its whole text: a dropped one as its reason and URL (``DropItem``'s
    message), an archived one (at DEBUG) as where it came from and its title (the archive holds the rest)."""

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> LogFormatterResult:
        return {"level": logging.INFO, "msg": "dropped %(exception)s", "args": {"exception": exception}}

    def scraped(self, item: Any, response: Any, spider: Any) -> LogFormatterResult:
        result = super().scraped(item, response, spider)
        title = ItemAdapter(item).get("title", "") if ItemAdapter.is_item(item) else ""
        return {**result, "msg": "Scraped from %(src)s: %(title)s", "args": {**result["args"], "title": title}}


_own_lines: logging.Handler | None = None


def crawl_logging(verbose: bool, level: str) -> dict[str, Any]:
    """Set up the log of a crawl run by ``newscrawler crawl``; returns the Scrapy settings that go with it.

    Quiet (the default): Scrapy's handler takes only warnings and errors, newscrawler's own lines at ``level`` go to
    stderr through a handler of their own, and Scrapy's lines about failed downloads are left out (the spider reports
    each as one line). Verbose: Scrapy's handler takes everything at ``level``, as ``scrapy crawl`` does.
    """
    global _own_lines
    own = logging.getLogger("newscrawler")
    if _own_lines is not None:
        own.removeHandler(_own_lines)
        _own_lines = None
    own.propagate = verbose
    if verbose:
        return {"LOG_LEVEL": level, "NEWSCRAWLER_QUIET_LOG": False}
    from scrapy.settings import default_settings

    _own_lines = logging.StreamHandler(sys.stderr)
    _own_lines.setLevel(level)
    _own_lines.setFormatter(logging.Formatter(default_settings.LOG_FORMAT, default_settings.LOG_DATEFORMAT))
    own.addHandler(_own_lines)
    return {"LOG_LEVEL": "WARNING", "NEWSCRAWLER_QUIET_LOG": True}


def leave_out_download_failures() -> None:
    """Scrapy's own lines about failed downloads left out. Called once Scrapy has configured logging, which resets
    the levels of its loggers."""
    for name in DOWNLOAD_FAILURE_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
