"""Downloader middleware: conditional requests (ETag / Last-Modified of the last run), 304s counted as unchanged."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from newscrawler import counters
from newscrawler.runs.incremental import CHILDREN, DEFAULT_RECHECK_AFTER, NotModified, parse_time, request_kind
from newscrawler.store.archive import Archive
from newscrawler.util.durations import parse_duration
from newscrawler.util.urls import identity_key

logger = logging.getLogger(__name__)


class ConditionalRequestMiddleware:
    """Downloader middleware: validators out of the archive onto requests, 304s counted, new validators kept."""

    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.archive = Archive(db_path)
        self.pending_articles: dict[str, dict[str, str]] = {}
        self.discovery: list[tuple[dict[str, str], dict[str, Any]]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
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
            stats.inc_value(counters.not_modified(kind))
            stats.inc_value(counters.of_source(source, "not_modified"))
            if kind == "article":
                stats.inc_value(counters.posts("unchanged"))
                stats.inc_value(counters.of_source(source, "unchanged"))
            raise NotModified(f"not modified since the last run: {request.url}", children)
        if response.status == 200:
            if kind == "article":
                self.pending_articles[response.url] = row
            else:
                self.discovery.append((row, request.meta))
        return response

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        row = self.pending_articles.pop(response.url, None)
        if row is None:
            return
        rows = [row]
        item_key = identity_key(getattr(item, "url", "") or response.url)
        if item_key != row["key"]:
            rows.append({**row, "key": item_key, "url": item.url})
        self._record(rows)

    def spider_closed(self, spider: Spider, reason: str) -> None:
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
