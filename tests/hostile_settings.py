"""Scrapy settings of the crawl of the hostile server (tests/test_faults.py): the project's, with a short download
timeout for the paths that hang and none that a loaded machine can hit for every other path.

With one DOWNLOAD_TIMEOUT of 2 s for the whole crawl, the suite under load saw extra requests: a crawler whose
reactor was busy (parsing the hostile pages on a 2-core machine running two suites) for longer than the timeout
found a finished response's timer expired before it read the response, and retried it (/fault/404 asked twice,
/odd/429-then-ok three times, reasons "timeout" instead of "http 404"). Only the hangs must time out.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from newscrawler.settings import *  # noqa: F403
from newscrawler.settings import DOWNLOADER_MIDDLEWARES as PROJECT_DOWNLOADER_MIDDLEWARES

HANGS = frozenset({"/fault/hang-before-headers", "/fault/hang-mid-body", "/fault/slow-drip"})
HANG_TIMEOUT = 2.0
DOWNLOAD_TIMEOUT = 180

# before Scrapy's DownloadTimeoutMiddleware (350), which keeps a download_timeout already set
DOWNLOADER_MIDDLEWARES = {**PROJECT_DOWNLOADER_MIDDLEWARES, "hostile_settings.HangsTimeOutSoon": 340}


class HangsTimeOutSoon:
    def process_request(self, request: Any, spider: Any = None) -> None:
        if urlsplit(request.url).path in HANGS:
            request.meta["download_timeout"] = HANG_TIMEOUT
