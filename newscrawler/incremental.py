"""Incremental runs: fetch only what is new, changed or due for a re-check.

Three things decide, cheapest first:

* the archive: an article whose URL (by :func:`newscrawler.urls.identity_key`) is
  already archived is not fetched again ...
* ... unless its feed entry or sitemap entry says it changed since it was last
  checked (``updated``, ``lastmod``, ``news:publication_date``), or its last
  check is older than the source's ``recheck_after`` (``NEWSCRAWLER_RECHECK_AFTER``
  for sources that set none);
* HTTP conditional requests: every request for a URL the archive holds
  validators for carries ``If-None-Match`` / ``If-Modified-Since``; a 304 is
  counted as unchanged and goes no further.

A feed, sitemap or listing page is read in full (no validators sent) once per
re-check period, so the known articles it lists come up for their re-check.
Validators of feeds, sitemaps and listing pages are stored only when a run
finishes: a run killed midway must not leave a feed that answers 304 while
articles it lists were never fetched. An article's validators are stored once
its post is archived (``item_scraped``), so a page that failed is tried afresh.
"""

from __future__ import annotations

import email.utils
import json
import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

from newscrawler.durations import parse_duration
from newscrawler.items import DiscoveryHint
from newscrawler.sources import Source
from newscrawler.store import Archive
from newscrawler.urls import identity_key

logger = logging.getLogger(__name__)

DEFAULT_RECHECK_AFTER = "7d"
CHILDREN = "newscrawler_children"  # response.meta key: the discovery pages a discovery page led to
_KINDS = {
    "parse_article": "article",
    "parse_feed": "discovery",
    "parse_sitemap": "discovery",
    "parse_listing": "discovery",
    "parse_robots": "discovery",
}


class NotModified(IgnoreRequest):
    """The server answered 304 to a conditional request: nothing changed since the last run.

    ``children`` are the feeds, sitemaps or listing pages the page led to when it was last
    read: unchanged itself, it still leads there, and they may have changed (a sitemap
    index or robots.txt rarely changes when its sitemaps do).
    """

    def __init__(self, message: str, children: list[str] | None = None) -> None:
        super().__init__(message)
        self.children = children or []


def parse_time(value: str) -> datetime | None:
    """An ISO 8601, W3C (sitemap) or RFC 822 (RSS) time as an aware datetime; None when it is none of them."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def request_kind(request: Request) -> str:
    callback = getattr(request.callback, "__name__", "")
    return _KINDS.get(callback, "")


class IncrementalPolicy:
    """Which discovered article URLs a run fetches; built once per run from the archive."""

    def __init__(
        self,
        last_checked: dict[str, datetime],
        default_recheck: timedelta,
        now: datetime | None = None,
        enabled: bool = True,
    ) -> None:
        self.last_checked = last_checked
        self.default_recheck = default_recheck
        self.now = now or datetime.now(UTC)
        self.enabled = enabled

    @classmethod
    def from_archive(cls, db_path: str, default_recheck: str, enabled: bool = True) -> IncrementalPolicy:
        last: dict[str, datetime] = {}
        if enabled:
            with Archive(db_path) as archive:
                for url, crawled_at in archive.known_posts().items():
                    _keep_latest(last, identity_key(url), parse_time(crawled_at))
                for key, state in archive.fetch_states().items():
                    if state["kind"] == "article":
                        _keep_latest(last, key, parse_time(state["checked_at"]))
        return cls(last, parse_duration(default_recheck), enabled=enabled)

    def decide(self, url: str, source: Source, hint: DiscoveryHint | None) -> str:
        """Why ``url`` is fetched ("new", "changed", "due"), or "" when the run skips it."""
        if not self.enabled:
            return "new"
        checked = self.last_checked.get(identity_key(url))
        if checked is None:
            return "new"
        if hint is not None:
            for value in (hint.modified, hint.published):
                said = parse_time(value)
                if said is None:
                    continue
                date_only = len(value.strip()) == 10
                if (said.date() >= checked.date()) if date_only else (said >= checked):
                    return "changed"
        recheck = parse_duration(source.recheck_after) if source.recheck_after is not None else self.default_recheck
        return "due" if self.now - checked >= recheck else ""


def _keep_latest(into: dict[str, datetime], key: str, when: datetime | None) -> None:
    if when is not None and (key not in into or when > into[key]):
        into[key] = when


class ConditionalRequestMiddleware:
    """Downloader middleware: validators out of the archive onto requests, 304s counted, new validators kept."""

    def __init__(self, crawler: Any, db_path: str) -> None:
        self.crawler = crawler
        self.archive = Archive(db_path)
        self.pending_articles: dict[str, dict[str, str]] = {}
        self.discovery: list[tuple[dict[str, str], dict[str, Any]]] = []

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        path = crawler.settings.get("ARCHIVE_DB")
        if not path or not crawler.settings.getbool("NEWSCRAWLER_INCREMENTAL", True):
            raise NotConfigured("incremental runs are off")
        middleware = cls(crawler, path)
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> None:
        kind = request_kind(request)
        if not kind:
            return
        state = self.archive.fetch_state(identity_key(request.url))
        if state is None or (kind == "discovery" and self._discovery_due(request, state)):
            return
        if state["etag"]:
            request.headers.setdefault(b"If-None-Match", state["etag"].encode("latin-1", "replace"))
        if state["last_modified"]:
            request.headers.setdefault(b"If-Modified-Since", state["last_modified"].encode("latin-1", "replace"))
        request.meta["handle_httpstatus_list"] = [*request.meta.get("handle_httpstatus_list", ()), 304]

    def _discovery_due(self, request: Request, state: dict[str, str]) -> bool:
        """A feed, sitemap or listing page is read in full once per re-check period, so known
        articles it lists come up for their re-check even when it has not changed."""
        source = getattr(self.crawler.spider, "sources", {}).get(request.meta.get("source", ""))
        if source is not None and source.recheck_after is not None:
            recheck = parse_duration(source.recheck_after)
        else:
            recheck = parse_duration(self.crawler.settings.get("NEWSCRAWLER_RECHECK_AFTER") or DEFAULT_RECHECK_AFTER)
        read = parse_time(state["checked_at"])
        return read is None or datetime.now(UTC) - read >= recheck

    def process_response(self, request: Request, response: Response) -> Response:
        kind = request_kind(request)
        if not kind:
            return response
        row = self._row(request.url, kind, response)
        if response.status == 304 and (b"If-None-Match" in request.headers or b"If-Modified-Since" in request.headers):
            children: list[str] = []
            if kind == "article":
                self.archive.record_fetch([row])  # the check itself, validators kept
            else:
                state = self.archive.fetch_state(row["key"])
                children = json.loads(state["children"]) if state and state["children"] else []
            stats, source = self.crawler.stats, request.meta.get("source", "")
            stats.inc_value(f"newscrawler/not_modified/{kind}")
            stats.inc_value(f"newscrawler/source/{source}/not_modified")
            if kind == "article":
                stats.inc_value("newscrawler/posts/unchanged")
                stats.inc_value(f"newscrawler/source/{source}/unchanged")
            raise NotModified(f"not modified since the last run: {request.url}", children)
        if response.status == 200:
            if kind == "article":
                self.pending_articles[response.url] = row
            else:
                self.discovery.append((row, request.meta))
        return response

    def item_scraped(self, item: Any, response: Response, spider: Any) -> None:
        row = self.pending_articles.pop(response.url, None)
        if row is None:
            return
        rows = [row]
        item_key = identity_key(getattr(item, "url", "") or response.url)
        if item_key != row["key"]:
            rows.append({**row, "key": item_key, "url": item.url})
        self._record(rows)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if reason == "finished" and self.discovery:
            rows = [{**row, "children": json.dumps(meta.get(CHILDREN, []))} for row, meta in self.discovery]
            self._record(rows)
        self.archive.close()

    def _record(self, rows: list[dict[str, str]]) -> None:
        """Validators kept for the next run; when the archive takes no writes (a full disk), the next run
        simply asks again without them."""
        try:
            self.archive.record_fetch(rows)
        except sqlite3.Error as exc:
            logger.debug("validators of %s not kept: %s", rows[0]["url"], exc)

    @staticmethod
    def _row(url: str, kind: str, response: Response) -> dict[str, str]:
        def header(name: bytes) -> str:
            value = response.headers.get(name) if response.status == 200 else None
            return value.decode("latin-1") if value else ""

        return {
            "key": identity_key(url),
            "url": url,
            "kind": kind,
            "etag": header(b"ETag"),
            "last_modified": header(b"Last-Modified"),
            "checked_at": datetime.now(UTC).isoformat(),
        }
