"""The archive pipeline commits posts in batches, and a post goes on only once its batch is committed."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawler.items import Post
from newscrawler.pipelines.archive import ArchivePipeline
from newscrawler.store.archive import Archive


class FakeEngine:
    def __init__(self) -> None:
        self.closed: list[str] = []

    async def close_spider_async(self, reason: str) -> None:
        self.closed.append(reason)


class FakeCrawler:
    def __init__(self) -> None:
        self.settings = Settings()
        self.stats = MemoryStatsCollector(self)  # type: ignore[arg-type]
        self.engine = FakeEngine()


class CountingArchive(Archive):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.batches: list[int] = []

    def save_posts(self, posts: Any) -> list[str]:
        self.batches.append(len(posts))
        return super().save_posts(posts)


def post(n: int) -> Post:
    url = f"https://news.example/{n}"
    return Post(url=url, source="s", title=f"제목 {n}", body_text=f"본문 {n}.", content_hash=str(n))


def test_posts_are_committed_in_batches_and_wait_for_their_commit(tmp_path: Path) -> None:
    crawler = FakeCrawler()
    pipeline = ArchivePipeline(crawler, str(tmp_path / "news.db"), batch_size=3, batch_delay=0.05)
    pipeline.archive = archive = CountingArchive(tmp_path / "news.db")

    async def crawl() -> list[str]:
        async def one(n: int) -> str:
            item = await pipeline.process_item(post(n))
            # when a post comes out, its row is already committed: another connection sees it
            with Archive(archive.path) as reader:
                assert reader.get_post(item.url) is not None
            return item.archive_status

        return await asyncio.gather(*(one(n) for n in range(5)))

    assert asyncio.run(crawl()) == ["new"] * 5
    assert archive.batches == [3, 2]  # three at once, then the last two after the delay
    assert crawler.stats.get_value("newscrawler/posts/new") == 5
    pipeline.close_spider()


def test_a_failed_commit_drops_its_posts_and_stops_the_crawl(tmp_path: Path) -> None:
    crawler = FakeCrawler()
    pipeline = ArchivePipeline(crawler, str(tmp_path / "news.db"), batch_size=2, batch_delay=0.05)

    class FullDisk(Archive):
        def save_posts(self, posts: Any) -> list[str]:
            raise sqlite3.OperationalError("database or disk is full")

    pipeline.archive = FullDisk(tmp_path / "news.db")

    async def crawl() -> list[Any]:
        return await asyncio.gather(*(pipeline.process_item(post(n)) for n in range(2)), return_exceptions=True)

    results = asyncio.run(crawl())
    assert all(isinstance(r, DropItem) for r in results), results
    assert "disk is full" in crawler.stats.get_value("newscrawler/fatal")
    with pytest.raises(DropItem, match="stopping"):
        asyncio.run(pipeline.process_item(post(9)))
