"""Dedupe: one post per URL and per body within a run (syndicated copies, mirrored URLs)."""

from __future__ import annotations

from scrapy.crawler import Crawler

from newscrawler.items import Post
from newscrawler.pipelines.validate import drop


class DedupePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.urls: set[str] = set()
        self.bodies: dict[tuple[str, str], str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: Post) -> Post:
        if item.url in self.urls:
            raise drop(self.crawler, item, "duplicate url")
        first = self.bodies.setdefault((item.source, item.content_hash), item.url)
        if first != item.url:
            raise drop(self.crawler, item, "duplicate content")
        self.urls.add(item.url)
        return item
