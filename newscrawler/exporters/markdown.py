"""Sanitised article HTML as Markdown, for sites that want Markdown bodies (``--body markdown``).

markdownify does the conversion. It writes text and attribute values as it
finds them, so ``&lt;script&gt;`` in a paragraph would come out as a real
``<script>`` once kramdown or Goldmark reads the Markdown back, and a link to
``https://x/)<b>`` would break out of its parentheses. This converter escapes
every text node with :func:`markdown_text`, keeps only http(s), mailto and
site-relative link targets, and percent-encodes what a link target may not hold.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

from markdownify import ATX, MarkdownConverter

from newscrawler.exporters.base import markdown_text

_URL_SAFE = "/:?#@!$&'*+,;=%~-._"
_BLANK_LINES = re.compile(r"\n{3,}")


class SafeMarkdownConverter(MarkdownConverter):
    """markdownify with text escaped for kramdown and CommonMark alike, and link targets checked."""

    def __init__(self, **options: Any) -> None:
        super().__init__(heading_style=ATX, bullets="-", autolinks=False, **options)

    def escape(self, text: str, parent_tags: Any) -> str:
        return markdown_text(text) if text else ""

    def convert_a(self, el: Any, text: str, parent_tags: Any) -> str:
        if "_noformat" in parent_tags:
            return str(text)
        href = link_target(el.get("href") or "")
        if not text.strip() or not href:
            return str(text)
        return f"[{text}]({href}{_title(el)})"

    def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
        alt = markdown_text(el.get("alt") or "")
        src = link_target(el.get("src") or "", images=True)
        if "_inline" in parent_tags or not src:
            return alt
        return f"![{alt}]({src}{_title(el)})"

    def convert_video(self, el: Any, text: str, parent_tags: Any) -> str:
        return str(text)  # the sanitiser drops video; never write its URLs unchecked


def html_to_markdown(html: str) -> str:
    """The body as Markdown, without blank-line runs, ending in one newline (empty for an empty body)."""
    if not html.strip():
        return ""
    text = SafeMarkdownConverter().convert(html)
    return _BLANK_LINES.sub("\n\n", text).strip() + "\n"


def link_target(url: str, images: bool = False) -> str:
    """``url`` percent-encoded for a Markdown link, or "" unless it is http(s), mailto or a site path."""
    url = url.strip()
    scheme = urlsplit(url).scheme.lower() if ":" in url.split("/", 1)[0] else ""
    allowed = ("http", "https") if images else ("http", "https", "mailto")
    if scheme and scheme not in allowed:
        return ""
    if not scheme and url.startswith("//"):
        return ""
    return quote(url, safe=_URL_SAFE)


def _title(el: Any) -> str:
    title = el.get("title") or ""
    if not title:
        return ""
    return ' "' + markdown_text(title).replace('"', '\\"') + '"'
