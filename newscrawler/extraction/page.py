"""One page in, one normalised post out: the crawl's own path, for ``newscrawler extract``."""

from __future__ import annotations

import re
from collections.abc import Sequence
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


# what `newscrawler extract` reads: each input, and the page address to give it

_PAIR = re.compile(r"^(?P<input>.+?)=(?P<url>https?://\S+)$")


def extract_inputs(arguments: Sequence[str], listing: str | None = None) -> list[tuple[str, str | None]]:
    """(input, its own URL or None) for each argument, then each row of a listing.

    An argument ``FILE=URL`` gives the file its URL (split at the first ``=`` followed by http(s)://, so
    a file name may hold "=" and a URL may hold "=" in its query). A listing (``--urls-from``) has one
    ``FILE<TAB>URL`` row per line; blank lines and lines starting with ``#`` are skipped.
    Raises ValueError for a listing row without a tab and a URL.
    """
    pairs: list[tuple[str, str | None]] = []
    for argument in arguments:
        match = None if argument.startswith(("http://", "https://")) else _PAIR.match(argument)
        pairs.append((match["input"], match["url"]) if match else (argument, None))
    for number, line in enumerate((listing or "").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, url = line.partition("\t")
        if not name.strip() or not url.strip().startswith(("http://", "https://")):
            raise ValueError(f"line {number}: {line.strip()!r} is not FILE<TAB>URL")
        pairs.append((name.strip(), url.strip()))
    return pairs
