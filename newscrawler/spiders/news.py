"""The one spider: finds articles through each source's feeds, sitemaps and listing pages."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

from newscrawler import counters
from newscrawler.extensions.warc import FETCHED_AT
from newscrawler.extraction import ExtractionError, extract_post
from newscrawler.items import DiscoveryHint, Post
from newscrawler.middlewares.failures import failure_reason
from newscrawler.middlewares.politeness import download_slots
from newscrawler.runs.incremental import CHILDREN, DEFAULT_RECHECK_AFTER, IncrementalPolicy, NotModified
from newscrawler.sources import ROBOTS, Source, SourcesError, load_sources, select_sources
from newscrawler.spiders.discovery import (
    DiscoveryError,
    EntityDeclarationError,
    SitemapTooLargeError,
    read_feed,
    read_sitemap,
)
from newscrawler.util.urls import canonical_url, identity_key

logger = logging.getLogger(__name__)


class NewsSpider(scrapy.Spider):
    """``scrapy crawl news [-a source=NAME[,NAME]]`` crawls the sources of ``NEWSCRAWLER_SOURCES``."""

    name = "news"

    def __init__(self, source: str = "", sources_file: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.source_names = [n.strip() for n in source.split(",") if n.strip()]
        self.sources_file = sources_file
        self.sources: dict[str, Source] = {}
        self.incremental = IncrementalPolicy({}, timedelta(0), enabled=False)
        self.requested: set[str] = set()  # identity keys of the articles asked for in this run
        self.refused = ""  # why the crawl cannot start (a bad sources file or source name under `scrapy crawl`)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_file or crawler.settings.get("NEWSCRAWLER_SOURCES")
        try:
            selected = select_sources(load_sources(path), spider.source_names)
        except SourcesError as exc:  # `newscrawler crawl` checks first; `scrapy crawl` gets one line, not a traceback
            spider.refused, selected = str(exc), []
        spider.sources = {s.name: s for s in selected}
        settings = crawler.settings
        if settings.get("FEEDS") and settings.getbool("NEWSCRAWLER_INCREMENTAL", True):
            logger.warning(
                "an incremental run exports only the posts it fetches (new, changed or due for a re-check); "
                "-s NEWSCRAWLER_INCREMENTAL=0 exports every post, 'newscrawler export' or 'query' the whole archive"
            )
        if not settings.frozen:
            slots = download_slots(selected, settings.getdict("DOWNLOAD_SLOTS"))
            settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        spider.incremental = IncrementalPolicy.from_archive(
            settings.get("ARCHIVE_DB"),
            settings.get("NEWSCRAWLER_RECHECK_AFTER") or DEFAULT_RECHECK_AFTER,
            # a crawler of a distributed run has no archive: the shared duplicate filter does this work there
            enabled=settings.getbool("NEWSCRAWLER_INCREMENTAL", True)
            and bool(settings.get("ARCHIVE_DB"))
            and not settings.get("NEWSCRAWLER_REDIS_URL"),
        )
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.refused:
            logger.error("%s", self.refused)
            await self.crawler.engine.close_spider_async(reason="bad sources")
            return
        for source in self.sources.values():
            for request in self._start_requests(source):
                yield request

    def _start_requests(self, source: Source) -> Iterator[scrapy.Request]:
        for url in source.feeds:
            yield self._request(url, self.parse_feed, source, priority=20)
        for url in source.sitemaps:
            if url == ROBOTS:
                for root in source.site_roots():
                    yield self._request(f"{root}/robots.txt", self.parse_robots, source, priority=20)
            else:
                yield self._request(url, self.parse_sitemap, source, priority=20)
        for url in source.start_urls:
            yield self._request(url, self.parse_listing, source, priority=10)

    def _request(self, url: str, callback: Any, source: Source, priority: int = 0, **kwargs: Any) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            cb_kwargs={"source": source, **kwargs},
            meta={"source": source.name},
            priority=priority,
        )

    def _article(self, url: str, source: Source, hint: DiscoveryHint | None = None) -> scrapy.Request | None:
        url = canonical_url(url)
        if source.follow and not any(re.search(pattern, url) for pattern in source.follow):
            return None
        self._count(source, "discovered")
        key = identity_key(url)
        if key in self.requested:  # the same article under another form of its URL ("/a/" and "/a", www.)
            self.crawler.stats.inc_value(counters.skipped("same article"))
            return None
        if not self.incremental.decide(url, source, hint):
            self._count(source, "skipped")
            return None
        self.requested.add(key)
        return self._request(url, self.parse_article, source, hint=hint or DiscoveryHint())

    # discovery

    def parse_feed(self, response: Response, source: Source) -> Iterator[scrapy.Request]:
        try:
            feed = read_feed(response.body, response.url)
        except EntityDeclarationError as exc:
            self._fail(response.url, source, "xml entities refused", str(exc))
            return
        except DiscoveryError as exc:
            self._fail(response.url, source, "bad feed", str(exc))
            return
        if feed.damage:
            self._fail(response.url, source, "damaged feed", f"{feed.damage}; {len(feed.articles)} entries read")
        self._count(source, "feed_entries", len(feed.articles))
        yield from self._articles(feed.articles, source)

    def parse_robots(self, response: Response, source: Source) -> Iterator[scrapy.Request]:
        sitemaps = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        response.meta[CHILDREN] = sitemaps
        for url in sitemaps:
            yield self._request(url, self.parse_sitemap, source, priority=20)

    def parse_sitemap(self, response: Response, source: Source) -> Iterator[scrapy.Request]:
        try:
            document = read_sitemap(response.body, response.url)
        except EntityDeclarationError as exc:
            self._fail(response.url, source, "xml entities refused", str(exc))
            return
        except SitemapTooLargeError as exc:
            self._fail(response.url, source, "too large", str(exc))
            return
        except DiscoveryError as exc:
            self._fail(response.url, source, "bad sitemap", str(exc))
            return
        response.meta[CHILDREN] = document.sitemaps
        if document.damage:
            read = len(document.articles) + len(document.sitemaps)
            self._fail(response.url, source, "damaged sitemap", f"{document.damage}; {read} entries read")
        for url in document.sitemaps:
            yield self._request(url, self.parse_sitemap, source, priority=20)
        self._count(source, "sitemap_entries", len(document.articles))
        yield from self._articles(document.articles, source)

    def parse_listing(self, response: Response, source: Source) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            self._fail(response.url, source, "not html", "listing page is not text")
            return
        host = urlsplit(response.url).netloc  # with the port: what LinkExtractor compares
        articles = LinkExtractor(allow=source.follow, allow_domains=[host] if host else ())
        yield from self._articles(((link.url, None) for link in articles.extract_links(response)), source)
        next_pages = {urljoin_abs(response, href) for href in response.xpath("//*[@rel='next']/@href").getall()}
        if source.paginate:
            pages = LinkExtractor(allow=source.paginate, allow_domains=[host] if host else ())
            next_pages.update(link.url for link in pages.extract_links(response))
        response.meta[CHILDREN] = sorted(next_pages)
        for url in sorted(next_pages):
            yield self._request(url, self.parse_listing, source, priority=10)

    # articles

    def parse_article(self, response: Response, source: Source, hint: DiscoveryHint) -> Iterator[Post]:
        self._count(source, "pages")
        if not isinstance(response, TextResponse):
            self._fail(response.url, source, "not html", f"content type {response.headers.get('Content-Type')!r}")
            return
        if not response.body.strip():
            self._fail(response.url, source, "empty page", f"HTTP {response.status} with an empty body")
            return
        if looks_binary(response.body):
            self._fail(response.url, source, "not html", "binary data labelled as text")
            return
        fetched_at = datetime.now(UTC)  # "3시간 전" is read against it, by the crawl and by a later reprocess alike
        response.meta[FETCHED_AT] = fetched_at
        try:
            post = extract_post(response, source, hint, fetched_at)
        except ExtractionError as exc:
            self._fail(response.url, source, "unreadable page", str(exc))
            return
        post.fetched = response  # for the archive's WARC file
        yield post

    def _articles(self, found: Iterable[tuple[str, DiscoveryHint | None]], source: Source) -> Iterator[scrapy.Request]:
        for url, hint in found:
            request = self._article(url, source, hint)
            if request is not None:
                yield request

    # bookkeeping

    def on_error(self, failure: Failure) -> Iterator[scrapy.Request]:
        request = failure.request  # type: ignore[attr-defined]
        source = self.sources.get(request.meta.get("source", ""))
        if failure.check(NotModified):
            if source is not None:
                follow = self.parse_listing if request.callback == self.parse_listing else self.parse_sitemap
                for url in failure.value.children:
                    yield self._request(url, follow, source, priority=request.priority)
            return
        if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
            self.crawler.stats.inc_value(counters.skipped("robots.txt"))
            return
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # what the feed or page linked to
        self._fail(url, source, failure_reason(failure), failure.getErrorMessage())

    def _fail(self, url: str, source: Source | None, reason: str, detail: str) -> None:
        logger.warning("failed %s (%s): %s", url, reason, detail)
        stats = self.crawler.stats
        stats.inc_value(counters.errors(reason))
        if source:
            stats.inc_value(counters.of_source(source.name, "errors"))
            stats.inc_value(counters.of_source(source.name, f"error_reasons/{reason}"))

    def _count(self, source: Source, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(counters.of_source(source.name, key), count)


def looks_binary(body: bytes) -> bool:
    """Bytes no text page is made of: many control characters (a few stray NULs are tolerated)."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16, whose ASCII letters come with NULs
    sample = body[:4096]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def urljoin_abs(response: Response, href: str) -> str:
    return canonical_url(response.urljoin(href))
