"""What every labelled page is made of: the page record and small HTML helpers.

The pages themselves are written in ``pages_ko.py`` and ``pages_world.py``;
``build.py`` writes them (in their own encodings) and ``expected.json``.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field


@dataclass
class Page:
    """One saved page and what a careful human says about it."""

    file: str
    url: str
    html: str
    language: str
    timezone: str
    title: str
    published: str
    category: str
    excerpt_starts: str
    body_contains: list[str]
    body_excludes: list[str]
    content_type: str = "text/html; charset=utf-8"
    encoding: str = "utf-8"  # how the file is saved: utf-8, euc-kr or cp949
    bom: bool = False
    now: str = ""  # the moment the page was fetched, for pages with relative dates
    kind: str = ""  # what real site markup the page mirrors
    traps: list[str] = field(default_factory=list)  # what on the page is there to mislead


PAGES: list[Page] = []


def add(**fields: object) -> None:
    PAGES.append(Page(**fields))  # type: ignore[arg-type]


def h(text: str) -> str:
    """Text for HTML element content."""
    return html.escape(text, quote=False)


def a(text: str) -> str:
    """Text for an HTML attribute value."""
    return html.escape(text, quote=True)


def ps(paragraphs: list[str], indent: str = "      ", attrs: str = "") -> str:
    """Paragraphs as ``<p>`` elements, one per line."""
    opener = f"<p {attrs}>" if attrs else "<p>"
    return "\n".join(f"{indent}{opener}{h(p)}</p>" for p in paragraphs)


def brs(paragraphs: list[str], indent: str = "      ") -> str:
    """Paragraphs the way portals and old CMSs write them: text separated by ``<br><br>``."""
    return f"<br>\n{indent}<br>\n".join(f"{indent}{h(p)}" for p in paragraphs)


def j(text: str) -> str:
    """Text inside a JSON string literal (in a JSON-LD script)."""
    return json.dumps(text, ensure_ascii=False)[1:-1].replace("</", "<\\/")
