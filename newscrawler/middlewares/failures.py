"""One short, stable reason for every way a download fails, for logs and the run record."""

from __future__ import annotations

import gzip
import zlib

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed, ResponseNeverReceived

from newscrawler.middlewares.redirect import OffsiteRedirect, RedirectLoop, TooManyRedirects


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
