"""Downloader middlewares: redirects that cannot loop or wander off the source's sites."""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.response import get_meta_refresh


class RedirectLoop(IgnoreRequest):
    """A redirect back to a URL the chain already visited."""


class TooManyRedirects(IgnoreRequest):
    """A redirect chain longer than ``REDIRECT_MAX_TIMES``."""


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host that is not one of the source's sites."""


class _SafeRedirects:
    """A redirect may go to the same site (``example.com`` ↔ ``www.example.com``, ``m.example.com``,
    a subdomain) as the URL it came from or as any of the source's own URLs (so a feed's tracking
    links may lead to the site), nowhere else; a loop is reported as one."""

    crawler: Crawler
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
        return source.hosts()


class SafeRedirectMiddleware(_SafeRedirects, RedirectMiddleware):
    """Scrapy's HTTP redirects (3xx), kept on the source's sites and out of loops."""


class SafeMetaRefreshMiddleware(_SafeRedirects, MetaRefreshMiddleware):
    """Scrapy's ``<meta http-equiv=refresh>`` redirects, kept on the source's sites. A page that refreshes
    to itself (portals reload their pages every few minutes) or to a ``javascript:`` URL is read as it is."""

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
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
