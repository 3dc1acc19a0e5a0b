"""Markdown: each new or changed post written as a Jekyll file in ``ARCHIVE_POSTS_DIR``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.exceptions import NotConfigured

from newscrawler.exporters.jekyll import JekyllProfile, file_name, render, write_atomically
from newscrawler.items import Post
from newscrawler.store import Archive


class MarkdownPipeline:
    def __init__(self, crawler: Any, posts_dir: Path, db_path: str, profile: JekyllProfile) -> None:
        self.crawler = crawler
        self.posts_dir = posts_dir
        self.db_path = db_path
        self.profile = profile
        self.archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> MarkdownPipeline:
        settings = crawler.settings
        posts_dir, db_path = settings.get("ARCHIVE_POSTS_DIR"), settings.get("ARCHIVE_DB")
        if not posts_dir or not db_path:
            raise NotConfigured("ARCHIVE_POSTS_DIR and ARCHIVE_DB must be set")
        profile = JekyllProfile(
            feature_heading=settings.get("JEKYLL_FEATURE_HEADING"),
            default_image=settings.get("JEKYLL_DEFAULT_IMAGE"),
        )
        return cls(crawler, Path(posts_dir), db_path, profile)

    def open_spider(self) -> None:
        self.archive = Archive(self.db_path)

    def close_spider(self) -> None:
        if self.archive:
            self.archive.close()

    def process_item(self, item: Post) -> Post:
        assert self.archive is not None
        previous = self.archive.post_file(item.url)
        post = item.as_dict()
        name = file_name(post)
        owner = self.archive.file_owner(name)
        if owner and owner != item.url:
            name = file_name(post, taken=True)
        path = self.posts_dir / name
        if item.archive_status == "unchanged" and previous == name and path.exists():
            return item
        write_atomically(path, render(post, self.profile))
        if previous != name:
            self.archive.set_post_file(item.url, name)
            if previous:
                (self.posts_dir / previous).unlink(missing_ok=True)
        self.crawler.stats.inc_value("newscrawler/files_written")
        return item
