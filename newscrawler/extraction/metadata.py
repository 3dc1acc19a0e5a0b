"""What a page says about itself: JSON-LD, OpenGraph and other meta tags, <title>, <h1>, <time>."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from extruct.jsonld import JsonLdExtractor
from lxml import etree
from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "ClaimReview",  # fact-checks
        "WebPage",
    }
)
MEDIA_TYPES = frozenset({"VideoObject", "AudioObject", "ImageGallery", "MediaGallery", "Clip", "Episode"})
_JSONLD = JsonLdExtractor()
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
# The elements the page's metadata is read from, gathered in one walk (an XPath "//meta" walks every node of
# the page, elements and text alike, each time: one walk for them all is ~0.2 ms a page less on readability
# tuning, ~0.4 on publishers).
_METADATA_TAGS = ("meta", "script", "title", "link", "time", "h1", "tr")
_XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() collapses
# The page's headings, not the site's logo or name in its masthead.
_PAGE_H1 = etree.XPath(
    "boolean(self::*[not(ancestor::header[not(ancestor::article or ancestor::main)]) and not(ancestor::nav)"
    " and not(ancestor-or-self::*[contains(@class, 'logo') or contains(@id, 'logo') or contains(@class, 'masthead')"
    " or contains(@class, 'site-title') or contains(@class, 'site-header') or contains(@id, 'site-header')"
    " or contains(@class, 'brand') or contains(@class, 'gnb')])])"
)
# The article's headline as readers see it: an <h1> that is not the site's logo, a menu's or a breadcrumb's;
# else a heading in the article marked as its headline (sites that keep the <h1> for the breadcrumb).
_MARKED_HEADLINE = etree.XPath(
    "(//article//h1 | //article//h2)[descendant-or-self::*[contains(@class, 'headline')]][not(ancestor::a)]"
)
_NOT_HEADLINE = re.compile(r"logo|masthead|site-title|site-header|brand|gnb|breadcrumb", re.IGNORECASE)
# Parts of a headline that are not it: the kicker above it ("Neue Leipziger Schule") and separators
# written only for screen readers (": ", " - ").
_KICKER = re.compile(r"kicker|overline|topline|dachzeile|roofline|eyebrow|supertitle|spitzmarke", re.IGNORECASE)
_HIDDEN = re.compile(r"hide|hidden|offscreen|\bvh\b|-vh\b|implied|sr-only", re.IGNORECASE)
# Boards and government sites give the headline as a labelled table row ("제목").
_LABELLED_CELL = etree.XPath(
    "self::*[th[normalize-space()='제목' or normalize-space()='Subject' or normalize-space()='Title']]/td[1]"
)
# Elements that say they hold the publication time, in an attribute (a portal's date stamp keeps the seconds
# its text leaves out: data-date-time="2024-05-13 12:00:12" shown as "오후 12:00"). The expressions go to the
# attributes and elements that can match: a predicate tried on every element of the page (//*[…]) costs more.
_PUBLISHED_CLASSES = (
    "contains(../@class, 'published') or contains(../@class, 'entry-date') or contains(../@class, 'post-date')"
)
_PUBLISHED_MARKS = etree.XPath(
    f"//@datetime[{_PUBLISHED_CLASSES} or ../self::time[@pubdate]] | //@title[{_PUBLISHED_CLASSES}]"
    " | //@data-date-time | //@data-published-time | //@data-published"
)
_YEAR = re.compile(r"\d{4}")
_ITEMPROPS = etree.XPath("//@itemprop/parent::*")
# Microdata that carries an article's metadata as text (publisher, keywords, dates), often hidden.
_METADATA_ITEMPROPS = frozenset(
    {"headline", "alternativeHeadline", "keywords", "mainEntityOfPage", "datePublished", "dateCreated"}
    | {"dateModified", "publisher", "width", "height"}
)
_HTML_LANG = etree.XPath("string(/html/@lang)")


@dataclass
class PageMetadata:
    meta: dict[str, str] = field(default_factory=dict)
    article: dict[str, Any] = field(default_factory=dict)
    site_names: list[str] = field(default_factory=list)
    title_tag: str = ""
    h1: list[str] = field(default_factory=list)
    shown_headline: tuple[str, str] = ("", "")  # the visible headline: as read aloud, and without its kicker
    labelled_title: str = ""
    times: list[str] = field(default_factory=list)
    published_marks: list[str] = field(default_factory=list)
    canonical: str = ""
    html_lang: str = ""
    jsonld_types: set[str] = field(default_factory=set)
    breadcrumbs: list[dict[str, Any]] = field(default_factory=list)  # JSON-LD BreadcrumbList items
    media: dict[str, Any] = field(default_factory=dict)  # a VideoObject or the like, on pages without an article
    declared_body: list[str] = field(default_factory=list)  # text of each itemprop=articleBody element
    microdata_text: list[HtmlElement] = field(default_factory=list)  # <div>/<span> holding metadata as text
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)  # JSON-LD objects by @id, for references

    def first(self, *keys: str) -> str:
        """The first non-empty meta value among ``keys`` (property, name or itemprop)."""
        for key in keys:
            value = self.meta.get(key.lower())
            if value:
                return value
        return ""

    def jsonld(self, key: str) -> Any:
        return self.article.get(key)


def read_metadata(tree: HtmlElement) -> PageMetadata:
    page = PageMetadata()
    found = _by_tag(tree)
    for element in found["meta"]:
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = (element.get("content") or "").strip()
        if key and content:
            page.meta.setdefault(key.strip().lower(), content)
    scripts = [s for s in found["script"] if s.get("type") == "application/ld+json"]
    page.article, publisher, page.jsonld_types, page.breadcrumbs, page.media, page.nodes = _article_from_jsonld(scripts)
    for element in _ITEMPROPS(tree):
        prop = element.get("itemprop")
        if prop == "articleBody":
            page.declared_body.append(" ".join(element.text_content().split()))
        elif prop == "datePublished" and (element.get("datetime") or element.get("content")):
            page.published_marks.append(element.get("datetime") or element.get("content"))  # microdata's either
        elif prop in _METADATA_ITEMPROPS and element.tag in ("div", "span"):
            page.microdata_text.append(element)
    named = (page.meta.get("og:site_name"), publisher, page.meta.get("application-name"), _twitter_site(page))
    page.site_names = [name for name in named if name]
    page.title_tag = _normalize_space(found["title"][0].text_content()) if found["title"] else ""
    page.h1 = [" ".join(h.text_content().split()) for h in found["h1"] if _PAGE_H1(h)]
    page.shown_headline = _shown_headline(tree, found["h1"])
    page.labelled_title = _labelled_title(found["tr"])
    times = [t.get("datetime") for t in found["time"]]
    page.times = [t.strip() for t in times if t is not None and t.strip()]
    marks = [*page.published_marks, *_PUBLISHED_MARKS(tree)]
    page.published_marks = [t.strip() for t in marks if _YEAR.search(t)]  # not data-published="true"
    canonical = [link.get("href") for link in found["link"] if link.get("rel") == "canonical"]
    canonical = [href for href in canonical if href is not None]
    page.canonical = canonical[0].strip() if canonical else ""
    page.html_lang = _HTML_LANG(tree).strip()
    return page


def _twitter_site(page: PageMetadata) -> str:
    """The site's account as twitter:site names it, where it is written as a name ("OSEN"), not as a handle
    ("@someone", which on a blog may be the author's own) or an address."""
    account = page.meta.get("twitter:site", "")
    return "" if account.startswith("@") or "/" in account else account


def _by_tag(tree: HtmlElement) -> dict[str, list[HtmlElement]]:
    """The page's elements of each of ``_METADATA_TAGS``, in document order."""
    found: dict[str, list[HtmlElement]] = {tag: [] for tag in _METADATA_TAGS}
    for element in tree.iter(*_METADATA_TAGS):
        found[element.tag].append(element)
    return found


def _normalize_space(text: str) -> str:
    return _XML_SPACE.sub(" ", text).strip(" ")


def _labelled_title(rows: list[HtmlElement]) -> str:
    """The text of a table row's first cell where its header cell says it is the title ("제목")."""
    for row in rows:
        cell = _LABELLED_CELL(row)
        if cell:
            return " ".join(cell[0].text_content().split())
    return ""


def _shown_headline(tree: HtmlElement, h1s: list[HtmlElement]) -> tuple[str, str]:
    """The article's visible headline: its whole text (a kicker and a separator for screen readers
    included), and its text without the kicker ("" where it has none). ``h1s``: the page's <h1>s."""
    outside_menus = (h for h in h1s if next(h.iterancestors("nav"), None) is None)
    element = next((h for h in outside_menus if _is_page_heading(h)), None)
    if element is None:
        element = next(iter(_MARKED_HEADLINE(tree)), None)
    if element is None:
        return "", ""
    whole = " ".join(element.text_content().split())
    kickers = [
        e
        for e in element.iterdescendants()
        if isinstance(e.tag, str) and _KICKER.search(e.get("class") or "") and e.text_content().strip()
    ]
    if not kickers:
        return whole, ""
    return whole, " ".join(_text_without(element).split())


def _text_without(element: HtmlElement) -> str:
    """The element's text without kickers and what is written only for screen readers (walked with a
    stack, not recursion: a hostile page may nest deeper than Python's stack)."""
    parts = [element.text or ""]
    stack: list[tuple[Iterator[HtmlElement], HtmlElement | None]] = [(iter(element), None)]
    while stack:
        children, owner = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if owner is not None:
                parts.append(owner.tail or "")
        elif isinstance(child.tag, str) and not _not_read(child):
            parts.append(child.text or "")
            stack.append((iter(child), child))
        else:
            parts.append(child.tail or "")
    return "".join(parts)


def _not_read(node: HtmlElement) -> bool:
    marks = node.get("class") or ""
    return bool(_KICKER.search(marks) or _HIDDEN.search(marks) or node.get("aria-hidden") == "true")


def _is_page_heading(heading: HtmlElement) -> bool:
    """An <h1> in the article, or not in the site's header, logo or breadcrumb."""
    for node in [heading, *heading.iterancestors()]:
        if node is not heading and node.tag in ("article", "main"):
            return True
        if _NOT_HEADLINE.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return False
        if node is not heading and node.tag == "header":
            return any(a.tag in ("article", "main") for a in node.iterancestors())
    return True


def _article_from_jsonld(
    scripts: list[HtmlElement],
) -> tuple[dict[str, Any], str, set[str], list[dict[str, Any]], dict[str, Any], dict[str, dict[str, Any]]]:
    """The page's article object (the most specific type wins), its publisher's name, every type seen,
    and the items of its breadcrumb list, from its JSON-LD ``scripts``."""
    for script in scripts:  # a CDATA wrapper (XHTML habit) makes the JSON unreadable
        text = script.text or ""
        if "CDATA[" in text[:40]:
            script.text = _CDATA.sub("", text)
    try:
        items = [item for script in scripts for item in _JSONLD.extract_items(script)]
    except ValueError as exc:
        logger.debug("unreadable JSON-LD: %s", exc)
        items = []
    best: dict[str, Any] = {}
    best_rank = -1
    seen: set[str] = set()
    crumbs: list[dict[str, Any]] = []
    media: dict[str, Any] = {}
    nodes: dict[str, dict[str, Any]] = {}
    for item in _flatten(items):
        if isinstance(item.get("@id"), str) and len(item) > 1:
            nodes.setdefault(item["@id"], item)
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        seen.update(t for t in types if isinstance(t, str))
        if not media and MEDIA_TYPES.intersection(t for t in types if isinstance(t, str)):
            media = item
        if "BreadcrumbList" in types and isinstance(item.get("itemListElement"), list):
            crumbs = [c for c in item["itemListElement"] if isinstance(c, dict)]
        article_types = [t for t in types if isinstance(t, str) and t in ARTICLE_TYPES]
        if not article_types:
            continue
        rank = 0 if article_types == ["WebPage"] else 2 if "articleBody" in item or "headline" in item else 1
        if rank > best_rank:
            best, best_rank = item, rank
    publisher = best.get("publisher") if best else None
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    name = publisher.get("name") if isinstance(publisher, dict) else None
    return best, name if isinstance(name, str) else "", seen, crumbs, media, nodes


def resolved(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    """A JSON-LD value with ``{"@id": …}`` references replaced by the objects they name on the page."""
    if isinstance(value, list):
        return [resolved(v, nodes) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return nodes.get(value["@id"], {})
    return value


def names_of(value: Any) -> list[str]:
    """Names in a JSON-LD person or organisation value: strings, objects' names; never a bare @id or URL."""
    values = value if isinstance(value, list) else [value]
    out = []
    for entry in values:
        if isinstance(entry, str):
            out.append(entry.strip())
        elif isinstance(entry, dict):
            name = entry.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), "")
            if not name and isinstance(entry.get("givenName"), str):
                name = f"{entry['givenName']} {entry.get('familyName') or ''}"
            if isinstance(name, str) and name.strip():
                out.append(" ".join(name.split()))
    return [n for n in out if n and not n.startswith(("http://", "https://"))]


_ACCOUNT = re.compile(r"/(?:author|autor|user)s?/(?:admin|administrator|webmaster|editor|redaktion|redaccion|staff)/?$")


def account_names(value: Any) -> list[str]:
    """Names of JSON-LD authors that are the site's own account, not a person: the CMS's administrator or
    editor account ("@id": "https://news.example/author/admin/"), whatever display name it was given."""
    values = value if isinstance(value, list) else [value]
    return [
        name
        for entry in values
        if isinstance(entry, dict)
        and any(isinstance(entry.get(k), str) and _ACCOUNT.search(entry[k].split("#")[0]) for k in ("@id", "url"))
        for name in names_of(entry)
    ]


def _flatten(items: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = list(items)
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
            for key in ("mainEntity", "mainEntityOfPage", "itemReviewed"):  # an article nested in a page
                inner = item.get(key)
                for nested in inner if isinstance(inner, list) else [inner]:
                    if isinstance(nested, dict) and _is_nested_article(nested):
                        stack.append(nested)
    return out


def _is_nested_article(item: dict[str, Any]) -> bool:
    types = item.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t in ARTICLE_TYPES and t != "WebPage" for t in types)


def text_of(value: Any) -> str:
    """A JSON-LD value as text: strings as they are, names of objects, first of lists."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        for key in ("name", "url", "@id", "@value"):
            if isinstance(value.get(key), str):
                return value[key].strip()
        return ""
    if isinstance(value, list):
        for entry in value:
            text = text_of(entry)
            if text:
                return text
    return ""


def texts_of(value: Any) -> list[str]:
    """Every text in a JSON-LD value that may be a list (authors, keywords)."""
    if isinstance(value, list):
        return [t for t in (text_of(v) for v in value) if t]
    text = text_of(value)
    return [text] if text else []
