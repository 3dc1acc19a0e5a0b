"""Per-source politeness: a source's ``concurrency`` and ``delay`` become Scrapy download slots for its domains.

Scrapy keys download slots by host name (``DOWNLOAD_SLOTS``), so the setting
applies to every request to the source's hosts, whichever source made it.
``autothrottle = false`` keeps AutoThrottle from changing the delay of the
source's requests (``autothrottle_dont_adjust_delay``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Request

from newscrawler.sources import Source


def download_slots(sources: Iterable[Source], existing: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """``DOWNLOAD_SLOTS`` with each source's concurrency and delay for its hosts (``existing`` entries win)."""
    slots: dict[str, dict[str, Any]] = {}
    for source in sources:
        slot: dict[str, Any] = {}
        if source.concurrency is not None:
            slot["concurrency"] = source.concurrency
        if source.delay is not None:
            slot["delay"] = source.delay
        if not slot:
            continue
        for host in source.hosts():
            slots.setdefault(host, {}).update(slot)
    for host, slot in (existing or {}).items():
        slots[host] = {**slots.get(host, {}), **slot}
    return slots


class PolitenessMiddleware:
    """Downloader middleware: requests of a source with ``autothrottle = false`` keep their slot's delay."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PolitenessMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        sources = getattr(self.crawler.spider, "sources", {})
        source = sources.get(request.meta.get("source", ""))
        if source is not None and not source.autothrottle:
            request.meta["autothrottle_dont_adjust_delay"] = True
