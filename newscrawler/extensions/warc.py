"""The run's WARC files (``store/warc.py``): the pages posts were read from, and their images.

Off for the whole crawl with ``NEWSCRAWLER_WARC=0`` (setting or environment),
for one source with ``keep_pages = false`` in sources.toml. Files rotate at
``NEWSCRAWLER_WARC_MAX_SIZE`` bytes. A distributed crawler keeps none (it has
no archive of its own).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newscrawler import counters
from newscrawler.store.warc import DEFAULT_MAX_SIZE, WARC_DIR, Capture, WarcFiles

FETCHED_AT = "newscrawler_fetched_at"  # response.meta: when the spider read the page (the record's WARC-Date)


class WarcExtension:
    def __init__(self, crawler: Any, folder: Path, max_size: int) -> None:
        self.crawler = crawler
        self.folder = folder
        self.max_size = max_size
        self.files: WarcFiles | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> WarcExtension:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWLER_WARC", True):
            raise NotConfigured("NEWSCRAWLER_WARC is off")
        if not settings.get("ARCHIVE_DIR") or settings.get("NEWSCRAWLER_REDIS_URL"):
            raise NotConfigured("no archive folder in this process")
        extension = cls(
            crawler,
            Path(settings.get("ARCHIVE_DIR")) / WARC_DIR,
            settings.getint("NEWSCRAWLER_WARC_MAX_SIZE", DEFAULT_MAX_SIZE),
        )
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def keeps(self, source_name: str) -> bool:
        """Whether the source's pages are kept (``keep_pages``, on unless the source says otherwise)."""
        source = getattr(self.crawler.spider, "sources", {}).get(source_name)
        return source is None or bool(source.keep_pages)

    def write(self, response: Response) -> Capture:
        """Append the response and the request that got it; flushed, not yet synced (see ``sync``)."""
        if self.files is None:
            run = self.crawler.stats.get_value(counters.RUN_ID) or 0
            self.files = WarcFiles(self.folder, str(run), self.max_size)
        request = response.request
        capture = self.files.write(
            response.url,
            response.status,
            _pairs(response.headers),
            response.body,
            method=request.method if request is not None else "GET",
            request_headers=_pairs(request.headers) if request is not None else (),
            protocol=response.protocol or "HTTP/1.1",
            date=response.meta.get(FETCHED_AT),
        )
        self.crawler.stats.inc_value(counters.WARC_RECORDS)
        self.crawler.stats.inc_value(counters.WARC_BYTES, capture.length)
        return capture

    def sync(self) -> None:
        if self.files is not None:
            self.files.sync()

    def spider_closed(self) -> None:
        if self.files is not None:
            self.files.close()


def warc_of(crawler: Any) -> WarcExtension | None:
    """The crawl's WARC extension, None when pages are not kept."""
    manager = getattr(crawler, "extensions", None)
    for extension in getattr(manager, "middlewares", ()):
        if isinstance(extension, WarcExtension):
            return extension
    return None


def _pairs(headers: Any) -> list[tuple[str, str]]:
    pairs = []
    for key, values in headers.items():
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        for value in values:
            pairs.append((name, value.decode("latin-1") if isinstance(value, bytes) else str(value)))
    return pairs
