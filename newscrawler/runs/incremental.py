"""Incremental runs: fetch only what is new, changed or due for a re-check.

Three things decide, cheapest first:

* the archive: an article whose URL (by :func:`newscrawler.util.urls.identity_key`) is
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
import logging
from datetime import UTC, datetime, timedelta

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request

from newscrawler.items import DiscoveryHint
from newscrawler.sources import Source
from newscrawler.store.archive import Archive
from newscrawler.util.durations import parse_duration
from newscrawler.util.urls import identity_key

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
