"""Evidence a page shows only to readers: dates in the byline, the section in the breadcrumb."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement


# Where sites put the article's dates: bylines, info bars, "meta" lines.
def _class_contains(*words: str) -> str:
    variants = {v for w in words for v in (w, w.capitalize(), w.upper())}
    return " or ".join(f"contains(@class, '{v}') or contains(@id, '{v}')" for v in sorted(variants))


# Where sites put the article's dates: bylines, info bars, "meta" lines.
_DATE_PLACES = etree.XPath(
    "//*[self::time or self::span or self::div or self::p or self::li or self::em or self::dd or self::ul]"
    f"[{_class_contains('date', 'time', 'byline', 'info', 'meta')}]"
)
_NUMERIC = r"(?:19|20)\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?"
_CLOCK = (
    r"(?:\s*(?:\(?\s*[월화수목금토일]\s*\)\s*)?\(?\s*(?:오전|오후|AM|PM|a\.m\.|p\.m\.)?\s*\d{1,2}\s*"
    r"(?:[:시]\s*\d{2}(?:\s*[:분]\s*\d{2})?\s*(?:분|초)?)\s*(?:AM|PM|a\.m\.|p\.m\.)?\s*\)?)?"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ENGLISH = rf"(?:{_MONTH}\s+\d{{1,2}}[,.]?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d{{2}})"
_ENGLISH_CLOCK = (
    r"(?:(?:,|\s[-–|])?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)?(?:\s*[A-Z]{2,4}T?\b)?)?"
)
_RELATIVE = r"(?:\d+\s*(?:초|분|시간|일|주)\s*전|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)"
_DATE = re.compile(rf"(?:{_NUMERIC}{_CLOCK}|{_ENGLISH}{_ENGLISH_CLOCK}|{_RELATIVE})", re.IGNORECASE)
# Table layouts (boards, old CMSs, press releases) put the date in a labelled cell.
_LABELLED_ROWS = etree.XPath(
    "//tr[contains(., '입력') or contains(., '등록') or contains(., '작성일') or contains(., '배포')"
    " or contains(., '게재') or contains(., '일시')]"
)
_PUBLISHED_LABEL = re.compile(r"(입력|등록|게재|발행|작성|송고|배포|published|posted|first published|created)", re.I)
_UPDATED_LABEL = re.compile(r"(수정|업데이트|변경|updated|modified|last updated)", re.I)
_BREADCRUMB = etree.XPath(
    f"//*[{_class_contains('breadcrumb', 'crumb', 'location')} or @aria-label='breadcrumb'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' navi ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' path ')]"
)
# Blog platforms name a post's category in markup of their own: WordPress's rel="category tag",
# Naver Blog's series line.
_PLATFORM_CATEGORY = etree.XPath(
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')] | //*[contains(@class, 'blog2_series')]"
)
# The section a site's navigation marks as the current one.
_ACTIVE_SECTION = etree.XPath(
    "//*[self::nav or contains(@class, 'gnb') or contains(@class, 'lnb') or contains(@class, 'nav')"
    " or contains(@class, 'menu')]//a[@aria-current='page' or @aria-selected='true'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' on ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' active ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' is_active ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' current ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' selected ')"
    " or parent::li[contains(concat(' ', normalize-space(@class), ' '), ' on ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' active ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' current ')]]"
)


def visible_dates(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """Date texts shown in the page's date and byline places: (published, updated) candidates, best first.

    A date labelled as an update ("수정", "Updated") is never taken as the publication time.
    """
    published: list[str] = []
    updated: list[str] = []
    for element in [*_DATE_PLACES(tree)[:40], *_LABELLED_ROWS(tree)[:10]]:
        text = " ".join(element.text_content().split())
        if not text or len(text) > 300:
            continue
        for match in _DATE.finditer(text):
            before = text[max(0, match.start() - 16) : match.start()]
            label_updated = _UPDATED_LABEL.search(before)
            label_published = _PUBLISHED_LABEL.search(before)
            found = _tidy(match.group())
            if label_updated and not (label_published and label_published.start() > label_updated.start()):
                updated.append(found)
            else:
                published.append(found)
    return list(dict.fromkeys(published)), list(dict.fromkeys(updated))


def _tidy(text: str) -> str:
    """A matched date as parsers read it ("Apr 28. 2024" → "Apr 28, 2024"; "May 9, 2024 - 15:20" → "… 15:20")."""
    text = re.sub(r"^([A-Za-z]{3,9}\.?\s+\d{1,2})\.\s", r"\1, ", text.strip())
    return re.sub(r"\s[-–|]\s", " ", text)


def is_dateline(text: str) -> bool:
    """A short text that is a date and little else ("November 20, 2019 - 11:28 AMT", "입력 2024.05.09")."""
    match = _DATE.search(text)
    return match is not None and len(text) - len(match.group()) <= 20


def breadcrumb_section(tree: HtmlElement, title: str) -> str:
    """The article's section as its breadcrumb names it: the last crumb that is not the home page or the headline."""
    for trail in _BREADCRUMB(tree)[:3]:
        crumbs = [" ".join(a.text_content().split()) for a in trail.iter("a", "span", "li") if a.text_content().strip()]
        crumbs = [c for c in dict.fromkeys(crumbs) if c and len(c) <= 40 and c.casefold() not in _HOME_WORDS]
        crumbs = [c for c in crumbs if not title or c.casefold() != title.casefold()]
        if crumbs:
            return crumbs[-1]
    return ""


def marked_section(tree: HtmlElement) -> str:
    """The category a blog platform marks, else the section the site's navigation marks as current."""
    for xpath in (_PLATFORM_CATEGORY, _ACTIVE_SECTION):
        for element in xpath(tree)[:5]:
            text = " ".join(element.text_content().split())
            if text and len(text) <= 30 and text.casefold() not in _HOME_WORDS:
                return text
    return ""


def jsonld_breadcrumb_section(items: list[dict[str, object]], title: str) -> str:
    """The last named item of a JSON-LD BreadcrumbList that is neither home nor the article."""
    names: list[str] = []
    for item in sorted(items, key=lambda i: _position(i)):
        name = item.get("name")
        inner = item.get("item")
        if not isinstance(name, str) and isinstance(inner, dict):
            name = inner.get("name")
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    names = [n for n in names if n.casefold() not in _HOME_WORDS and (not title or n.casefold() != title.casefold())]
    return names[-1] if names else ""


def _position(item: dict[str, object]) -> int:
    position = item.get("position")
    try:
        return int(position)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


_HOME_WORDS = frozenset(
    {"home", "홈", "홈으로", "메인", "뉴스홈", "news", "뉴스", "start", "startseite", "ホーム", "トップ", ">"}
)
