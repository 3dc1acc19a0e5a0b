"""Reading feeds and sitemaps into the article links they list, with what they say about each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from time import struct_time
from typing import Any
from urllib.parse import urljoin

import feedparser
from lxml import etree
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip

from newscrawler.items import DiscoveryHint

MAX_SITEMAP_SIZE = 50 * 1024 * 1024  # the sitemap protocol's own limit for one file
GZIP_MAGIC = b"\x1f\x8b\x08"


@dataclass
class SitemapDocument:
    kind: str  # "sitemapindex", "urlset" or "" when it is neither
    sitemaps: list[str] = field(default_factory=list)
    articles: list[tuple[str, DiscoveryHint]] = field(default_factory=list)
    damage: str = ""  # what was wrong with a sitemap read only in part


@dataclass
class FeedDocument:
    articles: list[tuple[str, DiscoveryHint]] = field(default_factory=list)
    damage: str = ""  # what was wrong with a feed read only in part


class DiscoveryError(Exception):
    """A feed or sitemap that cannot be read at all."""


class SitemapTooLargeError(DiscoveryError):
    """A (gzipped) sitemap beyond the protocol's 50 MB: a decompression bomb is one."""


class EntityDeclarationError(DiscoveryError):
    """An XML document declaring entities: refused unread, as entity expansion bombs (billion laughs) are."""


# what feedparser flags that says nothing about the entries: labels, not damage
_HARMLESS_FEED_PROBLEMS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
_ENTITY_DECLARATIONS = (b"<!ENTITY", "<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))


def refuse_entity_declarations(body: bytes, what: str) -> None:
    """Feeds and sitemaps have no use for DTD entities; a document declaring any is not read at all."""
    if any(marker in body for marker in _ENTITY_DECLARATIONS):
        raise EntityDeclarationError(f"{what} declares XML entities (an entity expansion bomb?): not read")


def read_feed(body: bytes, url: str) -> FeedDocument:
    """Article links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, with each entry's fields; damage noted."""
    refuse_entity_declarations(body, "feed")
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"not a feed: {parsed.get('bozo_exception', 'unreadable')}")
    problem = parsed.get("bozo_exception") if parsed.bozo else None
    damage = "" if problem is None or isinstance(problem, _HARMLESS_FEED_PROBLEMS) else str(problem)
    return FeedDocument(list(_feed_entries(parsed, url)), damage)


def _feed_entries(parsed: Any, url: str) -> Iterator[tuple[str, DiscoveryHint]]:
    for entry in parsed.entries:
        link = entry.get("link") or _alternate_link(entry)
        if not link:
            continue
        tags = [t.get("term", "").strip() for t in entry.get("tags", []) if t.get("term")]
        yield (
            urljoin(url, link),
            DiscoveryHint(
                title=entry.get("title", ""),
                published=entry.get("published", "") or _struct_iso(entry.get("published_parsed")),
                modified=entry.get("updated", ""),
                category=tags[0] if tags else "",
                summary=entry.get("summary", ""),
                author=entry.get("author", ""),
                tags=tags,
            ),
        )


def read_sitemap(body: bytes, url: str) -> SitemapDocument:
    """A sitemap index's sitemaps or a urlset's pages, news sitemap fields included; .gz is opened."""
    if body[:3] == GZIP_MAGIC:
        try:
            body = gunzip(body, max_size=MAX_SITEMAP_SIZE)
        except _DecompressionMaxSizeExceeded:
            raise SitemapTooLargeError(f"gzip sitemap larger than {MAX_SITEMAP_SIZE} bytes unpacked") from None
        except (OSError, EOFError, ValueError) as exc:
            raise DiscoveryError(f"broken gzip sitemap: {exc}") from None
    refuse_entity_declarations(body, "sitemap")
    events = etree.iterparse(
        BytesIO(body),
        events=("start", "end"),
        recover=True,
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
    document = SitemapDocument(kind="")
    try:
        for event, element in events:
            name = _local(element.tag)
            if event == "start":
                if not document.kind:
                    document.kind = name if name in ("sitemapindex", "urlset") else "other"
                continue
            if name == "sitemap":
                loc = _child_text(element, "loc")
                if loc:
                    document.sitemaps.append(urljoin(url, loc))
            elif name == "url":
                loc = _child_text(element, "loc")
                if loc:
                    document.articles.append((urljoin(url, loc), _url_hint(element)))
            else:
                continue
            element.clear()
    except etree.XMLSyntaxError as exc:
        if not document.kind:
            raise DiscoveryError(f"not a sitemap: {exc}") from None
        document.damage = str(exc)
    errors = [e for e in events.error_log if e.level >= etree.ErrorLevels.ERROR]  # what recover=True read past
    if errors and not document.damage:
        document.damage = f"line {errors[0].line}: {errors[0].message}"
    if document.kind not in ("sitemapindex", "urlset"):
        raise DiscoveryError(f"not a sitemap (root element is <{document.kind or 'nothing'}>)")
    return document


def _url_hint(element: Any) -> DiscoveryHint:
    hint = DiscoveryHint(modified=_child_text(element, "lastmod"))
    for child in element.iter():
        name = _local(child.tag)
        if name == "publication_date":
            hint.published = (child.text or "").strip()
        elif name == "title" and child is not element:
            hint.title = (child.text or "").strip()
        elif name == "keywords" and child.text:
            hint.tags = [k.strip() for k in child.text.split(",") if k.strip()]
    return hint


def _child_text(element: Any, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _alternate_link(entry: Any) -> str:
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return entry.get("id", "") if str(entry.get("id", "")).startswith("http") else ""


def _struct_iso(parsed: struct_time | None) -> str:
    if not parsed:
        return ""
    year, month, day, hour, minute, second = parsed[:6]
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}+00:00"
