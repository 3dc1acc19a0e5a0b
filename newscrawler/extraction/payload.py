"""Article text a client-rendered page carries only in a script, for the browser to draw.

Next.js pages put their data in ``<script id="__NEXT_DATA__">`` (pages router) or in
``self.__next_f.push([1, "…"])`` chunks (app router, a React Server Components stream); Arc XP
sites (many dailies, Korean ones among them) in ``Fusion.globalContent = {…}``; others in
``window.__INITIAL_STATE__ = {…}`` and the like. The text is found by what it is, not by one
site's schema: the longest string under a body-like key, or the longest run of text blocks
(``{"type": "text", "content": …}``), with the publication time found beside it.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml.html import HtmlElement

_BODY_KEYS = frozenset(
    {"articlebody", "body", "content", "contents", "text", "html", "bodyhtml", "contenthtml", "article_body"}
    | {"content_html", "body_html", "articlecontent", "article_content", "fulltext", "full_text", "story"}
)
_BLOCK_TEXT_KEYS = ("content", "text", "html", "value")
_BLOCK_TYPES = frozenset(
    {"text", "paragraph", "p", "html", "raw_html", "heading", "header", "subheadline", "blockquote"}
)
_DATE_KEYS = (
    "datePublished",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "firstPublished",
    "first_publish_date",
    "displayDate",
    "display_date",
    "pubDate",
    "published",
    "createdAt",
    "created_date",
)
_AUTHOR_KEYS = ("author", "authors", "byline", "reporter", "reporters", "writer", "writers")
_ASSIGNED = re.compile(
    r"(?:Fusion\.globalContent|window\.__INITIAL_STATE__|window\.__PRELOADED_STATE__|window\.__APOLLO_STATE__|"
    r"window\.__NUXT__|window\.__DATA__|__INITIAL_DATA__)\s*=\s*"
)
_NEXT_PUSH = re.compile(r"self\.__next_f\.push\(")
_TAGS = re.compile(r"<[^>]+>")
MIN_TEXT = 200


@dataclass
class Payload:
    body_html: str
    text_length: int
    published: str
    authors: list[str]


def script_payload(tree: HtmlElement) -> Payload | None:
    """The longest article text in the page's script data, as HTML paragraphs, and its publication time."""
    best: tuple[int, str, dict[str, Any] | None] | None = None
    for data in _script_data(tree):
        found = _best_text(data)
        if found and (best is None or found[0] > best[0]):
            best = found
    if best is None or best[0] < MIN_TEXT:
        return None
    length, body, owner = best
    return Payload(body, length, _date_near(owner), _authors_near(owner))


def _script_data(tree: HtmlElement) -> list[Any]:
    out: list[Any] = []
    chunks: list[str] = []
    decoder = json.JSONDecoder()
    for script in tree.iter("script"):
        code = script.text or ""
        if not code.strip():
            continue
        kind = (script.get("type") or "").lower()
        if script.get("id") in ("__NEXT_DATA__", "__NUXT_DATA__") or (kind == "application/json" and len(code) > 500):
            with contextlib.suppress(ValueError):
                out.append(json.loads(code))
            continue
        if kind not in ("", "text/javascript", "application/javascript", "module"):
            continue
        for match in _NEXT_PUSH.finditer(code):
            try:
                pushed, _ = decoder.raw_decode(code, match.end())
            except ValueError:
                continue
            if isinstance(pushed, list) and len(pushed) > 1 and isinstance(pushed[1], str):
                chunks.append(pushed[1])
        for match in _ASSIGNED.finditer(code):
            try:
                value, _ = decoder.raw_decode(code, match.end())
            except ValueError:
                continue
            out.append(value)
    if chunks:
        out.extend(_flight_rows("".join(chunks), decoder))
    return out


def _flight_rows(stream: str, decoder: json.JSONDecoder) -> list[Any]:
    """The JSON values of a React Server Components stream ("1f:{…}" rows, "2:[…]" rows)."""
    rows = []
    for match in re.finditer(r"(?:^|\n)[0-9a-f]+:(?=[\[{\"])", stream):
        try:
            value, _ = decoder.raw_decode(stream, match.end())
        except ValueError:
            continue
        rows.append(value)
    return rows


def _best_text(data: Any) -> tuple[int, str, dict[str, Any] | None] | None:
    """(text length, body HTML, the object holding it) of the longest body-like text in ``data``."""
    best: tuple[int, str, dict[str, Any] | None] | None = None
    stack: list[tuple[Any, dict[str, Any] | None]] = [(data, None)]
    seen = 0
    while stack and seen < 200_000:
        value, owner = stack.pop()
        seen += 1
        if isinstance(value, dict):
            for key, inner in value.items():
                if isinstance(inner, str) and len(inner) >= MIN_TEXT and key.lower() in _BODY_KEYS:
                    body, length = _as_html(inner)
                    if best is None or length > best[0]:
                        best = (length, body, value)
                elif isinstance(inner, dict | list):
                    stack.append((inner, value))
        elif isinstance(value, list):
            blocks = _blocks(value)
            if blocks:
                length = sum(len(_TAGS.sub("", b)) for b in blocks)
                if best is None or length > best[0]:
                    body = "".join(b if b.lstrip().startswith("<") else f"<p>{html.escape(b)}</p>" for b in blocks)
                    best = (length, body, owner)
            stack.extend((inner, owner) for inner in value if isinstance(inner, dict | list))
    return best


def _blocks(items: list[Any]) -> list[str]:
    """Texts of a list of content blocks ({"type": "text", "content": "…"}), when most of the list is such."""
    texts = []
    typed = 0
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = item.get("type")
        if isinstance(kind, str) and kind.lower() in _BLOCK_TYPES:
            typed += 1
            for key in _BLOCK_TEXT_KEYS:
                if isinstance(item.get(key), str) and item[key].strip():
                    texts.append(item[key].strip())
                    break
    return texts if typed >= 2 and typed * 2 >= len(items) else []


def _date_near(owner: dict[str, Any] | None) -> str:
    if not owner:
        return ""
    for key in _DATE_KEYS:
        value = owner.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _authors_near(owner: dict[str, Any] | None) -> list[str]:
    """Names under the article's author keys (Arc's credits.by, reporter, author, byline)."""
    if not owner:
        return []
    credits = owner.get("credits")
    values = [credits.get("by")] if isinstance(credits, dict) else []
    values += [owner.get(key) for key in _AUTHOR_KEYS]
    names: list[str] = []
    for value in values:
        for entry in value if isinstance(value, list) else [value]:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip() and len(name) < 80:
                names.append(name.strip())
        if names:
            return names
    return names


def _as_html(text: str) -> tuple[str, int]:
    """A body given as HTML stays HTML; plain text becomes paragraphs at its line breaks."""
    if re.search(r"<(?:p|br|div|h[1-6])\b", text, re.I):
        plain = " ".join(lxml.html.fragment_fromstring(text, create_parent="div").text_content().split())
        return text, len(plain)
    blocks = [b.strip() for b in re.split(r"\n\s*\n|\r?\n", text) if b.strip()]
    return "".join(f"<p>{html.escape(b)}</p>" for b in blocks), sum(len(b) for b in blocks)
