"""One page in, one normalised post out: the crawl's own path, for ``newscrawler extract``."""

from __future__ import annotations

from datetime import datetime

from scrapy.http import HtmlResponse

from newscrawler.extraction import extract_post
from newscrawler.items import DiscoveryHint, Post
from newscrawler.pipelines.normalise import normalise_post
from newscrawler.pipelines.validate import invalid_reason
from newscrawler.sources import Source


def post_from_bytes(
    body: bytes,
    url: str,
    source: Source,
    content_type: str = "",
    hint: DiscoveryHint | None = None,
    now: datetime | None = None,
) -> tuple[Post, str]:
    """The post a crawl would archive from this page, and why it would be dropped (empty if it would not)."""
    headers = {"Content-Type": content_type} if content_type else {}
    response = HtmlResponse(url=url, body=body, headers=headers)
    post = normalise_post(extract_post(response, source, hint, now), source)
    return post, invalid_reason(post)
