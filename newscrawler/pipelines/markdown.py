"""Markdown: each archived post written as a Jekyll file in ``ARCHIVE_POSTS_DIR``.

The same writer as ``newscrawler export`` (see ``exporters/writer.py``); the file
names are remembered in the archive's ``posts.file`` column.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from newscrawler import counters
from newscrawler.exporters.config import source_headings
from newscrawler.exporters.jekyll import JekyllFormat, JekyllProfile
from newscrawler.exporters.writer import ArchiveLedger, PostWriter
from newscrawler.items import Post
from newscrawler.pipelines.stopping import stop_crawl
from newscrawler.runs.recovery import repair_posts_folder
from newscrawler.sources import Source
from newscrawler.store.archive import Archive

logger = logging.getLogger(__name__)


def jekyll_profile(settings: BaseSettings, sources: dict[str, Source] | None = None) -> JekyllProfile:
    """The crawl's Jekyll settings (``JEKYLL_FEATURE_HEADING``, ``JEKYLL_DEFAULT_IMAGE``, ``JEKYLL_FEATURE_IMAGE``)."""
    return JekyllProfile(
        feature_heading=settings.get("JEKYLL_FEATURE_HEADING"),
        default_image=settings.get("JEKYLL_DEFAULT_IMAGE"),
        feature_image=settings.getbool("JEKYLL_FEATURE_IMAGE"),
        source_headings=source_headings(sources or {}),
    )


def archive_post_writer(archive: Archive, posts_dir: Path, profile: JekyllProfile) -> PostWriter:
    """The writer of ``archive/_posts``: file names recorded in the archive's ``posts.file``."""
    return PostWriter(posts_dir, JekyllFormat(), profile, ArchiveLedger(archive))


class MarkdownPipeline:
    def __init__(self, crawler: Crawler, posts_dir: Path, db_path: str, profile: JekyllProfile) -> None:
        self.crawler = crawler
        self.posts_dir = posts_dir
        self.db_path = db_path
        self.profile = profile
        self.archive: Archive | None = None
        self.writer: PostWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MarkdownPipeline:
        settings = crawler.settings
        posts_dir, db_path = settings.get("ARCHIVE_POSTS_DIR"), settings.get("ARCHIVE_DB")
        if not posts_dir or not db_path:
            raise NotConfigured("ARCHIVE_POSTS_DIR and ARCHIVE_DB must be set")
        return cls(crawler, Path(posts_dir), db_path, jekyll_profile(settings))

    def open_spider(self) -> None:
        sources = getattr(self.crawler.spider, "sources", None) or {}
        self.profile = jekyll_profile(self.crawler.settings, sources)
        self.archive = Archive(self.db_path)
        self.writer = archive_post_writer(self.archive, self.posts_dir, self.profile)
        # posts archived by a run killed before their files were written: the archive and _posts agree again
        try:
            restored = repair_posts_folder(self.archive, self.writer, self.posts_dir)
        except (OSError, sqlite3.Error) as exc:  # the first post this run writes meets it again and stops the crawl
            logger.warning("%s: files an interrupted run left unwritten are still missing: %s", self.posts_dir, exc)
        else:
            self.crawler.stats.inc_value(counters.FILES_RESTORED, restored)

    def close_spider(self) -> None:
        if self.archive:
            self.archive.close()

    def process_item(self, item: Post) -> Post:
        assert self.writer is not None
        try:
            result = self.writer.write(item.as_dict())
        except (OSError, sqlite3.Error) as exc:
            raise stop_crawl(self.crawler, f"{self.posts_dir}: a post file could not be written", exc) from None
        if result.outcome == "written":
            self.crawler.stats.inc_value(counters.FILES_WRITTEN)
        return item
