"""Downloader middlewares for a hostile web: polite retries that honour Retry-After, redirects that
cannot loop or wander off the source's sites, and one short reason for every way a download fails."""

from __future__ import annotations

import gzip
import ipaddress
import logging
import zlib
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import get_meta_refresh
from twisted.internet import defer, error
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed, ResponseNeverReceived

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})


class RedirectLoop(IgnoreRequest):
    """A redirect back to a URL the chain already visited."""


class TooManyRedirects(IgnoreRequest):
    """A redirect chain longer than ``REDIRECT_MAX_TIMES``."""


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host that is not one of the source's sites."""


def failure_reason(failure: Failure) -> str:
    """A short, stable reason for a failed download, for logs and the run record."""
    value = failure.value
    message = str(value)
    if isinstance(value, HttpError):
        return f"http {value.response.status}"
    if isinstance(value, RedirectLoop):
        return "redirect loop"
    if isinstance(value, TooManyRedirects) or "max redirections" in message:
        return "too many redirects"
    if isinstance(value, OffsiteRedirect):
        return "redirect off site"
    if isinstance(value, (DownloadTimeoutError, error.TimeoutError, error.TCPTimedOutError, defer.TimeoutError)):
        return "timeout"
    if "max size" in message.lower() or "DOWNLOAD_MAXSIZE" in message:
        return "too large"
    if isinstance(value, ResponseDataLossError) or "_DataLoss" in message:
        return "truncated body"
    if isinstance(value, (zlib.error, gzip.BadGzipFile)) or "decompressing" in message:
        return "broken compression"
    if "ParseError" in message:  # Twisted could not read a status line or headers
        return "not http"
    if isinstance(value, (DownloadConnectionRefusedError, error.ConnectionRefusedError)):
        return "connection refused"
    if isinstance(value, (CannotResolveHostError, error.DNSLookupError)):
        return "dns"
    if isinstance(
        value,
        (
            DownloadFailedError,
            ResponseFailed,
            ResponseNeverReceived,
            error.ConnectionLost,
            error.ConnectionDone,
            error.ConnectError,
        ),
    ):
        return "connection lost"
    if isinstance(value, (DownloadCancelledError, defer.CancelledError)):
        return "too large"  # Scrapy cancels a download for one reason: DOWNLOAD_MAXSIZE (logged just before)
    return type(value).__name__


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

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", 60.0)
        self.backoff = settings.getfloat("RETRY_BACKOFF", 1.0)

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


class _SafeRedirects:
    """A redirect may go to the same site (``example.com`` ↔ ``www.example.com``, ``m.example.com``,
    a subdomain) as the URL it came from or as any of the source's own URLs (so a feed's tracking
    links may lead to the site), nowhere else; a loop is reported as one."""

    crawler: Any
    max_redirect_times: int

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            raise RedirectLoop(f"redirect loop: {' → '.join([*chain, redirected.url])}")
        if request.meta.get("redirect_times", 0) + 1 > self.max_redirect_times:
            raise TooManyRedirects(f"more than {self.max_redirect_times} redirects from {chain[0]}")
        target = urlsplit(redirected.url).hostname or ""
        allowed = [urlsplit(chain[0]).hostname or "", *self._source_hosts(request)]
        if not any(same_site(target, host) for host in allowed if host):
            raise OffsiteRedirect(f"redirect from {request.url} to another site: {redirected.url}")
        return super()._redirect(redirected, request, reason)  # type: ignore[misc]

    def _source_hosts(self, request: Request) -> list[str]:
        source = getattr(self.crawler.spider, "sources", {}).get(request.meta.get("source", ""))
        if source is None:
            return []
        return [urlsplit(url).hostname or "" for url in (*source.feeds, *source.sitemaps, *source.start_urls)]


class SafeRedirectMiddleware(_SafeRedirects, RedirectMiddleware):
    """Scrapy's HTTP redirects (3xx), kept on the source's sites and out of loops."""


class SafeMetaRefreshMiddleware(_SafeRedirects, MetaRefreshMiddleware):
    """Scrapy's ``<meta http-equiv=refresh>`` redirects, kept on the source's sites. A page that refreshes
    to itself (portals reload their pages every few minutes) or to a ``javascript:`` URL is read as it is."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        if isinstance(response, HtmlResponse):
            _, url = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            if url:
                target = response.urljoin(url)
                chain = [*request.meta.get("redirect_urls", []), request.url, response.url]
                if urlsplit(target).scheme not in ("http", "https") or target in chain:
                    return response
        return super().process_response(request, response)


def same_site(host: str, other: str) -> bool:
    """Whether two host names are the same site: equal, or one inside the other once ``www.``/``m.`` are set aside."""
    host, other = host.lower().rstrip("."), other.lower().rstrip(".")
    if host == other:
        return True
    if _is_ip(host) or _is_ip(other):
        return False
    a, b = _site_name(host), _site_name(other)
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _site_name(host: str) -> str:
    for prefix in ("www.", "m.", "mobile."):
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
