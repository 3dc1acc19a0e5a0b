"""Downloader middleware: Scrapy's retries, with a 429 or 503 retried no sooner than its ``Retry-After`` asks."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})
DEFAULT_RETRY_AFTER_MAX = 60.0  # RETRY_AFTER_MAX: a server asking to wait longer is not retried in the run
DEFAULT_RETRY_BACKOFF = 1.0  # RETRY_BACKOFF: first wait for a 429/503 without Retry-After, doubled each time


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date); None when it says nothing usable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429 or 503 is retried no sooner than the server asks in ``Retry-After``.

    Without ``Retry-After``, a 429 or 503 is retried after ``RETRY_BACKOFF`` seconds, doubled
    at each retry (an overloaded server is not helped by asking again at once). The waits run
    on the reactor, never blocking other downloads. A server asking for more than
    ``RETRY_AFTER_MAX`` seconds is not retried in this run at all: retrying sooner than it
    asked would only be refused again.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", DEFAULT_RETRY_AFTER_MAX)
        self.backoff = settings.getfloat("RETRY_BACKOFF", DEFAULT_RETRY_BACKOFF)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        if response.status not in RETRY_AFTER_STATUSES:
            return super().process_response(request, response)
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None and asked > self.max_wait:
            logger.info(
                "%s asks to retry after %.0f s, more than RETRY_AFTER_MAX (%.0f s): not retried",
                request.url,
                asked,
                self.max_wait,
            )
            return response
        retries = request.meta.get("retry_times", 0)
        wait = asked if asked is not None else min(self.backoff * 2**retries, self.max_wait)
        retry = self._retry(request, f"{response.status}, retried after {wait:g} s")
        if retry is None:
            return response
        if wait > 0:
            from twisted.internet import reactor
            from twisted.internet.task import deferLater

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return retry
