"""The article's main content as HTML: per-source selectors, else the main-text extractor."""

from __future__ import annotations

import copy
import html
from functools import lru_cache

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, tostring
from trafilatura.htmlprocessing import build_html_output
from trafilatura.metadata import Document


@lru_cache(maxsize=256)
def _compiled(expression: str) -> etree.XPath:
    if expression.startswith(("/", "(")):
        return etree.XPath(expression)
    from lxml.cssselect import CSSSelector

    return CSSSelector(expression, translator="html")


def select(tree: HtmlElement, expression: str) -> list[HtmlElement]:
    """Elements matching a CSS selector, or an XPath when it starts with ``/`` or ``(``."""
    return [node for node in _compiled(expression)(tree) if isinstance(node, etree._Element)]


def select_text(tree: HtmlElement, expression: str | None) -> str:
    if not expression:
        return ""
    for node in select(tree, expression):
        text = " ".join(node.text_content().split())
        if text:
            return text
    return ""


def drop_elements(tree: HtmlElement, expressions: list[str]) -> None:
    for expression in expressions:
        for node in select(tree, expression):
            node.drop_tree()


def selected_body(tree: HtmlElement, expression: str) -> str:
    """The inner HTML of the elements a source's ``body`` selector names."""
    parts: list[str] = []
    for node in select(tree, expression):
        inner = html.escape(node.text or "", quote=False)
        inner += "".join(tostring(child, encoding="unicode") for child in node)
        parts.append(inner)
    return "\n".join(parts).strip()


def extracted_body(tree: HtmlElement, url: str) -> str:
    """The main text as HTML, by trafilatura (headings, lists, tables, images and links kept)."""
    document = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_links=True,
        include_formatting=True,
        with_metadata=False,
    )
    if not isinstance(document, Document) or document.body is None or not len(document.body):
        return ""
    output = build_html_output(document)
    start, end = output.find("<body>"), output.rfind("</body>")
    return output[start + len("<body>") : end].strip() if start >= 0 and end > start else output
