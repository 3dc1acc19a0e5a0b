"""The post: the fields every archived post has (see DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

POST_FIELDS = (
    "url",
    "source",
    "title",
    "category",
    "tags",
    "excerpt",
    "body_html",
    "body_text",
    "author",
    "published",
    "modified",
    "image",
    "language",
    "crawled_at",
    "content_hash",
)


@dataclass
class Post:
    """A news post. Extraction fills it with what the page says; normalising makes it canonical."""

    url: str
    source: str
    title: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)
    excerpt: str = ""
    body_html: str = ""
    body_text: str = ""
    author: str = ""
    published: str = ""
    modified: str = ""
    image: str = ""
    language: str = ""
    crawled_at: str = ""
    content_hash: str = ""
    # what the archive did with it ("new", "updated", "unchanged"); not a post field
    archive_status: str = field(default="", repr=False, compare=False)
    # what the crawl keeps beside the post (not post fields): the response it was read from, until the archive
    # has written it to the run's WARC file; the images downloaded for it (rows of ``store.media``)
    fetched: Any = field(default=None, repr=False, compare=False)
    media: list[dict[str, Any]] = field(default_factory=list, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in POST_FIELDS}


@dataclass
class DiscoveryHint:
    """What a feed entry or news sitemap said about an article before it was fetched.

    The page's own evidence wins; these fill what the page lacks.
    """

    title: str = ""
    published: str = ""
    modified: str = ""
    category: str = ""
    summary: str = ""
    author: str = ""
    tags: list[str] = field(default_factory=list)
