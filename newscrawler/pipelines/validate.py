"""Validate: a post without a title or a body is dropped, with its reason counted."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawler import counters
from newscrawler.items import Post

MIN_BODY_CHARACTERS = 20


def invalid_reason(post: Post) -> str:
    """Why ``post`` cannot be archived; empty when it can."""
    if not post.url.startswith(("http://", "https://")):
        return "no url"
    if not post.title:
        return "no title"
    if len(post.body_text) < MIN_BODY_CHARACTERS:
        return "no body"
    return ""


def drop(crawler: Crawler, post: Post, reason: str) -> DropItem:
    """Count the drop in the crawl stats (overall and per source) and make the exception to raise."""
    stats = crawler.stats
    stats.inc_value(counters.dropped(reason))
    stats.inc_value(counters.of_source(post.source, "dropped"))
    stats.inc_value(counters.of_source(post.source, f"dropped_reasons/{reason}"))
    return DropItem(f"{reason}: {post.url}")


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Post) -> Post:
        reason = invalid_reason(item)
        if reason:
            raise drop(self.crawler, item, reason)
        return item
