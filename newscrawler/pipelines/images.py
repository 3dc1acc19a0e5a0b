"""Images: each post's lead image and the images in its body, downloaded in the crawl into ``ARCHIVE/media/``.

Scrapy's ``FilesPipeline`` does the downloading, so image requests go through
the same downloader as pages: robots.txt, per-source politeness, retries. An
image is kept when its bytes are one of ``IMAGE_TYPES`` (read from the bytes,
not from what the server says) and at most ``NEWSCRAWLER_IMAGE_MAX_SIZE``
bytes; it is stored once per content hash (``media/ab/<sha256>.png``) however
many posts or URLs use it, and its exchange goes into the run's WARC file too.
What each original URL became (a file, or the reason it is not one) rides on
the post (``post.media``) to the archive pipeline, which commits it with the
post. ``body_html`` keeps the original URLs; exports use the files.
Off with ``NEWSCRAWLER_IMAGES=0``, or for one source with ``keep_images = false``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.pipelines.files import FilesPipeline
from scrapy.pipelines.media import FileInfoOrError

# The media pipeline logs any failure but this one as an ERROR with its traceback; a missing image is no error.
from scrapy.pipelines.media import _MediaRequestFiltered as _QuietFailure
from twisted.python.failure import Failure

from newscrawler import counters
from newscrawler.extensions.warc import warc_of
from newscrawler.items import Post
from newscrawler.middlewares.failures import failure_reason
from newscrawler.store.archive import Archive, utc_now
from newscrawler.store.parts import MEDIA_DIR

logger = logging.getLogger(__name__)

DEFAULT_MAX_SIZE = 10 * 1024 * 1024  # bytes; a bigger image is not kept ("too large")
MAX_IMAGES_PER_POST = 30
# What an image's first bytes say it is. Not SVG: it can carry scripts, and an exported site would serve them.
IMAGE_TYPES: dict[str, tuple[bytes, ...]] = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/webp": (b"RIFF",),  # and "WEBP" at offset 8
    "image/avif": (b"ftypavif", b"ftypavis"),  # at offset 4
}
EXTENSIONS = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp", "image/avif": ".avif",
}  # fmt: skip


class ImageError(_QuietFailure):
    """An image not kept; the message is the short reason counted in the stats."""


def image_type(data: bytes) -> str:
    """The image type ``data`` starts as, "" when it is none of IMAGE_TYPES."""
    for kind, signatures in IMAGE_TYPES.items():
        if kind == "image/webp":
            if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
                return kind
        elif kind == "image/avif":
            if data[4:12] in signatures:
                return kind
        elif data.startswith(signatures):
            return kind
    return ""


def post_images(post: Post) -> list[tuple[str, str]]:
    """The post's images as (absolute URL, "lead" or "body"): its lead image (or else its first body image),
    then those of its body, each once."""
    found: dict[str, str] = {}
    body = []
    if post.body_html:
        try:
            fragment = lxml.html.fragment_fromstring(post.body_html, create_parent="div")
            body = [src.strip() for src in fragment.xpath("//img/@src")]
        except (etree.ParserError, ValueError):
            body = []
    body = [url for url in body if url.startswith(("http://", "https://"))]
    lead = post.image if post.image.startswith(("http://", "https://")) else (body[0] if body else "")
    if lead:
        found[lead] = "lead"
    for url in body:
        found.setdefault(url, "body")
    return list(found.items())[:MAX_IMAGES_PER_POST]


def media_file(data: bytes, kind: str) -> str:
    """Where bytes are stored in ``media/``: by their content hash."""
    digest = hashlib.sha256(data).hexdigest()
    return f"{digest[:2]}/{digest}{EXTENSIONS[kind]}"


class PostImagesPipeline(FilesPipeline):
    def __init__(self, store_uri: str, *, crawler: Any, db_path: str, max_size: int) -> None:
        super().__init__(store_uri, crawler=crawler)
        self.folder = Path(store_uri)
        self.db_path = db_path
        self.max_size = max_size
        self.archive: Archive | None = None
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> PostImagesPipeline:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWLER_IMAGES", True):
            raise NotConfigured("NEWSCRAWLER_IMAGES is off")
        if not settings.get("ARCHIVE_DIR") or not settings.get("ARCHIVE_DB") or settings.get("NEWSCRAWLER_REDIS_URL"):
            raise NotConfigured("no archive in this process")
        return cls(
            str(Path(settings.get("ARCHIVE_DIR")) / MEDIA_DIR),
            crawler=crawler,
            db_path=settings.get("ARCHIVE_DB"),
            max_size=settings.getint("NEWSCRAWLER_IMAGE_MAX_SIZE", DEFAULT_MAX_SIZE),
        )

    def open_spider(self, spider: Any = None) -> None:
        super().open_spider()
        self.archive = Archive(self.db_path)

    def close_spider(self, spider: Any = None) -> None:
        if self.archive is not None:
            self.archive.close()

    def get_media_requests(self, item: Any, info: Any) -> list[Request]:
        if not isinstance(item, Post) or not self._keeps(item.source):
            return []
        wanted = post_images(item)
        assert self.archive is not None
        stored = self.archive.stored_media([url for url, _ in wanted])
        item.media = [
            {"url": url, "role": role, "file": stored.get(url, ""), "status": "stored" if url in stored else "pending"}
            for url, role in wanted
        ]
        return [
            Request(url, meta={"source": item.source, "download_maxsize": self.max_size, "newscrawler_image": role})
            for url, role in wanted
            if url not in stored
        ]

    def media_to_download(self, request: Request, info: Any, *, item: Any = None) -> None:
        return None  # which URLs are stored already is known from the archive (get_media_requests)

    async def media_downloaded(self, response: Response, request: Request, info: Any, *, item: Any = None) -> Any:
        if response.status != 200:
            raise ImageError(f"http {response.status}")
        data = response.body
        kind = image_type(data)
        if not kind:
            raise ImageError("not an image")
        if len(data) > self.max_size:
            raise ImageError("too large")
        warc = warc_of(self.crawler)
        if warc is not None and item is not None and warc.keeps(item.source):
            warc.write(response)
        name = media_file(data, kind)
        path = self.folder / name
        if not path.exists():  # stored once per content hash
            _write_atomically(path, data)
            self.stats.inc_value(counters.IMAGE_BYTES, len(data))
        return {"url": request.url, "path": name, "checksum": name, "status": "downloaded"}

    def media_failed(self, failure: Failure, request: Request, info: Any) -> Any:
        if isinstance(failure.value, ImageError):
            raise failure.value
        if isinstance(failure.value, IgnoreRequest):
            raise ImageError("robots.txt" if "robots.txt" in str(failure.value) else "ignored")
        raise ImageError(failure_reason(failure))

    def item_completed(self, results: list[FileInfoOrError], item: Any, info: Any) -> Any:
        if not isinstance(item, Post):
            return item
        now = utc_now()
        pending = [row for row in item.media if row["status"] == "pending"]
        for row, (_, value) in zip(pending, results, strict=True):
            row["fetched_at"] = now
            if not isinstance(value, Failure):
                kind = next(k for k, extension in EXTENSIONS.items() if value["path"].endswith(extension))
                size = (self.folder / value["path"]).stat().st_size
                row.update(file=value["path"], status="stored", content_type=kind, size=size)
                self._count(item, "stored")
                continue
            failed = value.value
            reason = str(failed) if isinstance(failed, ImageError) else type(failed).__name__
            row.update(status="failed", reason=reason)
            self._count(item, "failed")
            self.stats.inc_value(counters.image_failures(reason))
            self.stats.inc_value(counters.of_source(item.source, f"images_failed_reasons/{reason}"))
            # counted per reason in the archive (newscrawler stats); one line per image would flood a cron log
            logger.debug("image not kept (%s): %s of %s", reason, row["url"], item.url)
        return item

    def _keeps(self, source_name: str) -> bool:
        source = getattr(self.crawler.spider, "sources", {}).get(source_name)
        return source is None or bool(source.keep_images)

    def _count(self, post: Post, outcome: str) -> None:
        self.stats.inc_value(counters.images(outcome))
        self.stats.inc_value(counters.of_source(post.source, f"images_{outcome}"))


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` so that a crash never leaves half an image under its content hash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".nc-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, 0o644)  # noqa: PTH101 - the temporary file by name
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
