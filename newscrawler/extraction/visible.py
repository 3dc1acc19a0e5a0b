"""Evidence a page shows only to readers: dates in the byline, the section in the breadcrumb."""

from __future__ import annotations

import copy
import functools
import html
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import SplitResult, parse_qsl, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newscrawler.extraction.authors import BY_LABEL, EDITOR_LABEL, KO_BYLINE_LABEL, KO_NAME, ko_signature, shown_names
from newscrawler.extraction.dates import month_names
from newscrawler.extraction.titles import EDITION_LABELS, under_kicker
from newscrawler.text.cleaning import HEADING_TAGS, letters_key

_NUMERIC = r"(?:19|20)\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?"
_CLOCK = (
    r"(?:\s*(?:\(?\s*[월화수목금토일]\s*\)\s*)?\(?\s*(?:오전|오후|AM|PM|a\.m\.|p\.m\.)?\s*\d{1,2}\s*"
    r"(?:[:시]\s*\d{2}(?:\s*[:분]\s*\d{2})?\s*(?:분|초)?)\s*(?:AM|PM|a\.m\.|p\.m\.)?\s*\)?)?"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ENGLISH = rf"(?:{_MONTH}\s+\d{{1,2}}[,.]?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d{{2}})"
_ENGLISH_CLOCK = (
    r"(?:(?:,|\s[-–|])?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)?(?:\s*[A-Z]{2,4}T?\b)?)?"
)
_RELATIVE = r"(?:\d+\s*(?:초|분|시간|일|주)\s*전|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)"
# "24.05.09 15:20", a board's "24-05-09 15:20": a two-digit year, read as one only on Korean pages (see
# dates.parse_date).
_SHORT_YEAR = r"(?<![\d.-])\d{2}(?:\.\d{1,2}\.\d{1,2}\.?|-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?!\d)"
# "08/01/2014", "18. 05. 2026, 14:30 Uhr": the day first or the month first, as the page's language writes it
# (read where the order is known: see dates.parse_date).
_DAY_FIRST = r"(?<![\d.:/])\d{1,2}[./]\s?\d{1,2}[./]\s?(?:19|20)\d{2}(?!\d)"
# A time zone's name after a clock, in capitals ("PST", "MEZ", "WIB"; not the French "et" after "15h20").
_ZONE_NAME = r"(?:UTC|GMT|BST|IST|CES?T|MES?Z|EES?T|WES?T|[ECMP][SD]?T|WIB|WITA|WIT|JST|KST|HKT|SGT|AES?T|AEDT)"
# "9. Mai 2024", "9 de mayo de 2024", "9 мая 2024": the day, a month's name in another language (dates.month_names),
# the year; with a clock after it as the languages write it ("um 15:20 Uhr", "à 15h20", "ore 15:20", "kl. 15.20").
_WORDS_DAY_FIRST = r"(?<![\w.])\d{{1,2}}\.?\s+(?:de\s+)?(?:{months})\.?,?\s+(?:de\s+)?(?:19|20)\d{{2}}(?!\d)"
_ANY_CLOCK = (
    r"(?:,?\s*(?:[-–|]|um|à|às|a\s+las|ore|kl\.?|klo\.?|pukul|saat)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?(?!\d)"
    r"(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w))?(?:\s*(?:Uhr|h)(?!\w)|\s*(?-i:" + _ZONE_NAME + r")(?!\w))?)?"
)
# A time of day in a date found by _date_pattern(): "15:20", "15h20", "15.20" after a space, "15시", "15時".
_CLOCK_IN_DATE = re.compile(r":|시|時|\dh\d\d|\s\d{1,2}\.\d\d(?![\d.])")
# "2024年5月9日 15時20分", as Japanese and Chinese pages write it.
_CJK_DATE = (
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[(（][^)）]{1,3}[)）])?"
    r"(?:\s*\d{1,2}\s*[時:]\s*\d{2}\s*分?)?"
)


@functools.cache
def _date_pattern() -> re.Pattern[str]:
    """A date as pages show it (made on first use: the month names come from dateparser's data)."""
    words = _WORDS_DAY_FIRST.format(months="|".join(map(re.escape, month_names())))
    return re.compile(
        rf"(?:{_NUMERIC}{_CLOCK}|{_ENGLISH}{_ENGLISH_CLOCK}|{_RELATIVE}|{_SHORT_YEAR}|{_DAY_FIRST}{_ANY_CLOCK}|"
        rf"{words}{_ANY_CLOCK}|{_CJK_DATE})",
        re.IGNORECASE,
    )


# Table layouts (boards, old CMSs, press releases) put the date in a labelled cell.
_ROW_LABELS = ("입력", "등록", "작성일", "배포", "게재", "일시")
_PUBLISHED_LABEL = re.compile(
    r"(입력|등록|게재|발행|작성|송고|전송|출고|배포|published|posted|first published|created)", re.I
)
# Text holding a label of the publication time, outside menus, links, the footer and scripts: the labels of Korean
# pages, and the others' (each label is a walk over the page's text: a page is looked at for its own script's).
_PUBLISHED_LABEL_TEXT = {
    korean: etree.XPath(
        f"//body//text()[{' or '.join(f'contains(., {word!r})' for word in words)}]"
        "[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::a or ancestor::script)]"
    )
    for korean, words in (
        (True, ("입력", "등록", "게재", "작성", "송고", "전송", "출고", "승인")),
        (False, ("ublished", "osted")),
    )
}
_LABELLED_TEXT_MAX = 120  # characters of the element holding a label and its date: a line, not a box
# Where a "By" line runs on past its names: the date or the section after "on" or "in", a field after a separator.
_BYLINE_RUNS_ON = re.compile(r",?\s+(?:on|in|at)\s+|\s*[|·•—–]\s*|\s+-\s+")
_TEXT_LINE_MIN = 200  # characters of a line that is the article's text, not a deck or an info bar
_LINES_AFTER = 12  # texts after the headline where its info bar stands
_NOT_LINE_TEXT = frozenset({"a", "script", "style"})  # a link's text is another page's; a script's is not shown
_LABELLED_TEXT_DEPTH = 3  # elements around a label that may hold its date
_UPDATED_LABEL = re.compile(r"(수정|업데이트|변경|updated|modified|last updated)", re.I)
# A print edition's date ("지면 2024년 5월 10일 A12면", "발행일 2024.05.10" without a time): the paper's, not the web's.
_PRINT_LABEL = re.compile(r"지면|발행\s*일|신문\s*게재")
_PRINT_AFTER = re.compile(r"^\s*[A-Z]?\d{1,2}\s*면")
# A label written after the time, as some Korean sites do ("2024-05-09 15:20 송고", "2024-05-09 16:01 최종수정").
_LABEL_AFTER = re.compile(r"^\s*(?:최종\s*)?(?:수정|업데이트|입력|등록|송고|작성)")
_HEADLINE_LINK = 12  # letters: a link this long is a headline, not a name
_TEASER_DEPTH = 3
# A sidebar's class or id: "aside", "sidebar", "side-bar", and such words opening one ("aside_right", "sidebar-news").
_SIDEBAR_MARK = re.compile(r"(?:^|\s)(?:aside|side[-_]?bar)(?:[-_][\w-]*)?(?=\s|$)", re.I)
_DATE_PLACE_TAGS = frozenset({"time", "span", "div", "p", "li", "em", "dd", "dl", "ul", "details", "summary"})
_STANDFIRST_MIN = 20  # letters a heading needs to be taken for the description


def _marks_with(*words: str) -> Callable[[str], bool]:
    """A test of whether class and id marks hold one of ``words``, in any case.

    Marks are nearly always ASCII: there, looking for each word in the lower-cased marks is exact and some five
    times faster than a case-insensitive pattern, which is scanned letter by letter. Other marks get the pattern.
    """
    pattern = re.compile("|".join(words), re.I)

    def holds(marks: str) -> bool:
        if not marks.isascii():
            return pattern.search(marks) is not None
        lowered = marks.lower()
        return any(map(lowered.__contains__, words))

    return holds


# What a page writes for screen readers only, by the classes frameworks and CMSs give it (Bootstrap's, Tailwind's,
# WordPress's, Drupal's; Korean sites' "blind", Kakao's "screen_out", gnuboard's "sound_only").
SCREEN_READER_CLASSES = (
    *("sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "a11y-hidden", "element-invisible"),
    *("screen_out", "sound_only", "blind"),
)
_WHOLE_CLASS = ("blind",)  # a word of prose too: only the class that is that word alone


def for_screen_readers(element: HtmlElement) -> bool:
    """Whether the element's class marks it as written for screen readers only (see SCREEN_READER_CLASSES)."""
    classes = element.get("class", "")
    return any(name in classes.split() if name in _WHOLE_CLASS else name in classes for name in SCREEN_READER_CLASSES)


def screen_reader_test(names: Iterable[str], value: str = ".") -> str:
    """An XPath test of whether the class ``value`` names one of ``names`` (of SCREEN_READER_CLASSES)."""
    return " or ".join(
        f"contains(concat(' ', normalize-space({value}), ' '), ' {name} ')"
        if name in _WHOLE_CLASS
        else f"contains({value}, '{name}')"
        for name in names
    )


# An element's text as sighted readers see it: not what it writes for screen readers ("경제 <span class='blind'>
# 선택됨</span>", a menu's "selected").
_SIGHTED_TEXT = etree.XPath(
    f".//text()[not(ancestor::*[@class][{screen_reader_test(SCREEN_READER_CLASSES, '@class')}])]"
)


_DATE_WORDS = _marks_with("date", "time", "byline", "writer", "reporter", "info", "meta")
_CRUMB_PLACE = _marks_with("breadcrumb", "crumb", "location")
# A trail's class, whole or as a part of a class ("navi", "path", "nav-path01", "path_area", "navPath").
_CRUMB_CLASS = re.compile(r"^navi$|(?:^|[-_])[Pp][Aa][Tt][Hh]\d*(?=[-_A-Z]|$)|(?<=[a-z])Path\d*(?=[-_A-Z]|$)")
_CRUMB_SEPARATOR = re.compile(r"\s*[>›»]\s*")
_TRAIL_MAX = 100  # characters of a breadcrumb trail's line
# A link that may open a trail: another link after it in a short line (not in a list's item: menus are lists too)
_TRAIL_START = etree.XPath(f"//a[following-sibling::a][not(parent::li)][string-length(..) <= {_TRAIL_MAX * 3}]")
_NAV_PLACE = re.compile(r"gnb|lnb|nav|menu")
_CURRENT_CLASSES = frozenset({"on", "active", "is_active", "current", "selected"})
_BYLINE_WORDS = _marks_with("author", "byline", "writer", "reporter", "journalist")
# "autor" (Spanish, Portuguese, German, Czech, Polish; Italian "autore") as a mark or a mark's word ("autor",
# "article-autor", "autorName"); not a word it starts ("autorefresh", "autorotate").
_AUTOR = re.compile(r"(?<![a-zA-Z])[Aa]utor(?:e[sn]?|a|in|i)?(?![a-z])")


def _is_byline_place(marks: str) -> bool:
    return _BYLINE_WORDS(marks) or _is_autor(marks)


def _is_date_place(marks: str) -> bool:
    """A byline ("autor" being one) or a place marked for a date, a time, an info bar or metadata."""
    return _DATE_WORDS(marks) or _is_autor(marks)


def _is_autor(marks: str) -> bool:
    return "utor" in marks and _AUTOR.search(marks) is not None


_BYLINE_MAX = 120
# Each piece of an element's text; not an ad slot's code, nor a button's label inside it ("Follow" beside a name):
# $buttons is how many buttons deep the text stands (the element's own, and one more for a name written as one).
_SHOWN_TEXT = etree.XPath(".//text()[not(parent::script or parent::style)][count(ancestor::button) = $buttons]")
_TEXTS = etree.XPath(".//text()")  # each text with the element holding it (getparent), as itertext gives them
# A comment and its parts ("comments-list", "commentlist", WordPress's "comment-author" and li id "comment-7"):
# the names there are readers', not the article's.
_COMMENT_MARK = re.compile(
    r"(?:^|\s)comments?(?:list|[-_](?:list|body|item|thread|content|author|area|\d+))?(?=\s|$)"
    r"|comment[-_]?(?:author|name)",  # a commenter's name wherever it is marked ("sf_comment_author")
    re.I,
)
# A dialog the page opens over itself ("hk-modal modal-alert reporter_cancel": 취소 / 확인 to unfollow a reporter).
_DIALOG = re.compile(r"modal|dialog", re.I)
_PLAIN_BYLINE = re.compile(
    r"(?:^|\s)(?:author|byline|author-?name|authorname|byline__name)(?:\s|$)|\bauthor\b(?!-)", re.I
)
# A Korean byline as an info bar writes it: names under one title or each under its own ("홍길동·김철수 기자",
# "홍길동 기자, 김철수 기자", "홍길동 기자 / 사진=김철수 기자"), with a rank ("객원기자"), after a credit ("글·사진 "),
# a wire's dateline ("[서울=○○뉴스] ") or an outlet written with Latin letters or digits ("뉴스1 ", "SBS "), before
# the bar's other fields ("| 입력 …", " 입력 2024.05.09 …").
_KO_NAMES_UNDER_TITLE = (
    r"[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:선임|수석|전문|객원|인턴)?\s*(?:기자|특파원|에디터)(?![가-힣])"
)
_KO_BYLINE = re.compile(
    r"^(?:[\[(][가-힣]{2,6}\s*=\s*[^\[\]()]{1,20}[\])]\s*)?(?:글\s*(?:[·・/]\s*사진)?\s*[=:]?\s*)?"
    r"(?:[가-힣]*[A-Za-z0-9][가-힣A-Za-z0-9]*\s+)?"
    rf"{_KO_NAMES_UNDER_TITLE}(?:\s*[,/·]\s*(?:(?:사진|영상)\s*[=:]?\s*)?{_KO_NAMES_UNDER_TITLE})*"
    r"(?:\s*\|.*|\s+(?:기사)?(?:입력|등록|수정|승인|송고)\s*[:：]?\s*\d.*)?$"
)
_SHARED_TITLE = re.compile(r"[가-힣]\s*[·,]\s*[가-힣]")  # names joined before one title
_INFO_PLACE = _marks_with("info", "date", "byline", "meta", "writer", "reporter")
# An icon font's person glyph ("icon-user-o", "fa fa-user"): in an info bar it labels the byline as a word would.
_PERSON_ICON = re.compile(r"(?:^|[\s_-])(?:user|person|author|writer|reporter)(?=$|[\s_-])", re.IGNORECASE)
_ICON_TAGS = ("i", "span", "em")
_LABEL_SPAN = 20  # characters before a name or a byline place where an editor's label may stand
_NAME_PLACES = 5  # where a name is written in the page, looked at for an editor's label before it
_TAG = re.compile(r"<[^<>]*>|<[^<>]*$|^[^<>]*>")  # a tag, or one cut at either end
# Text holding a Korean reporter's, correspondent's or editorial writer's title, outside menus, asides and footer.
_KO_TITLE_TEXT = etree.XPath(
    "//body//text()[contains(., '기자') or contains(., '특파원') or contains(., '논설위원') or contains(., '에디터')]"
    "[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::script)]"
)
_BYLINE_TAGS = frozenset({"a", "span", "div", "p", "address", "li", "strong", "em", "h3", "h4", "dd"})
_LINE_BLOCKS = ("p", "div", "li", "dd")  # what a byline standing as a line of its own is written in
_BYLINES_LOOKED_AT = 8  # standing bylines read on a page, for a run of them (a byline box, not every teaser's)
_INFO_TAGS = frozenset({"div", "span", "p", "li", "em", "dd", "td", "ul"})
# The list item holding a menu's current link may also say "is-active"; a link saying it is as often a
# language switcher's current language ("Deutsch"), so _CURRENT_CLASSES leaves it out.
_CURRENT_ITEM_CLASSES = frozenset({"on", "active", "is-active", "is_active", "current", "selected"})
# A box or label the page marks as the article's category ("bx_cate_news", "media_end_categorize_item",
# "category") or as the section's name ("section-name"); not a list of categories ("categories", a
# sidebar's tree, which is longer anyway).
_CATEGORY_PLACE = re.compile(r"(?:^|[\s_-])(?:cate(?:gory|gorize)?|section[-_]?name)(?=$|[\s_-])", re.IGNORECASE)
_CATEGORY_LABEL_MAX = 20
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
_SECTION_LINK_MAX = 12  # letters: a section's name, not a series title or a kicker sentence
# A link to the site's home page.
_HOME_LINK = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?(?:[?#].*)?$")
_HEAD_BOX_DEPTH = 2  # boxes around the headline that it opens, looked out of for the element above it
_KICKER_MARK = re.compile(r"^[\[【(<]")  # "[단독]", "【속보】": a kicker, not a section
# What a category button or heading says about itself, not a section's name.
_CATEGORY_WORDS = frozenset({"카테고리", "분류", "전체", "메뉴", "전체메뉴", "category", "categories", "menu", "all"})

# What a class or an id must hold, lower-cased, to mark any place _class_kind or an id tells (most hold none);
_ID_WORDS = ("date", "time", "byline", "writer", "reporter", "autor", "info", "meta", "crumb", "location")
_CLASS_WORDS = (*_ID_WORDS, "navi", "path", "cate", "section", "blog2_series")
# And to mark a byline or an info bar (_is_byline_place, _INFO_PLACE).
_BYLINE_OR_INFO_WORDS = ("author", "autor", "byline", "writer", "reporter", "journalist", "info", "date", "meta")
_NO_KIND = (False, False, False, False)


def _may_mark_place(marks: str, words: tuple[str, ...]) -> bool:
    """False where ASCII marks hold none of ``words``: then no test of them can match (the others are tested)."""
    if not marks.isascii():
        return True
    lowered = marks.lower()
    return any(map(lowered.__contains__, words))


@dataclass
class ReaderPlaces:
    """Elements that carry what readers see, found in one walk over the page.

    ``dates``: bylines, info bars, "meta" lines, and labelled table rows (boards, old CMSs, press
    releases); ``crumbs``: breadcrumb trails; ``platform``: a blog platform's own category markup
    (WordPress's rel="category tag", Naver Blog's series line); ``current``: the section link the
    site's navigation marks as current; ``labels``: elements whose class marks them as the category;
    ``headings``: h1 to h4, to find the headline.
    """

    dates: list[HtmlElement] = field(default_factory=list)
    crumbs: list[HtmlElement] = field(default_factory=list)
    platform: list[HtmlElement] = field(default_factory=list)
    current: list[HtmlElement] = field(default_factory=list)
    labels: list[HtmlElement] = field(default_factory=list)
    headings: list[HtmlElement] = field(default_factory=list)


def reader_places(tree: HtmlElement) -> ReaderPlaces:
    places = ReaderPlaces()
    rows: list[HtmlElement] = []
    # Most classes recur on a page: what each says is worked out once (ids, nearly all unique, are short).
    class_kinds: dict[str, tuple[bool, bool, bool, bool]] = {}
    for element in tree.iter(etree.Element):  # elements only, no comments
        tag = element.tag
        if tag in _HEADINGS and len(places.headings) < 20:
            places.headings.append(element)
        if tag == "tr":
            if len(rows) < 10 and any(label in element.text_content() for label in _ROW_LABELS):
                rows.append(element)
            continue
        attrib = element.attrib
        if not attrib:
            continue
        classes = attrib.get("class", "")
        kind = class_kinds.get(classes)
        if kind is None:
            kind = class_kinds[classes] = _class_kind(classes)
        ident = attrib.get("id")
        if ident and _may_mark_place(ident, _ID_WORDS):
            kind = (kind[0] or _is_date_place(ident), kind[1] or _CRUMB_PLACE(ident), *kind[2:])
        if kind is _NO_KIND and tag != "a" and attrib.get("aria-label") != "breadcrumb":
            continue  # most elements: none of the places below
        date_place, crumb_place, label_place, series_place = kind
        if date_place and tag in _DATE_PLACE_TAGS and len(places.dates) < 40:
            places.dates.append(element)
        if crumb_place or attrib.get("aria-label") == "breadcrumb":
            places.crumbs.append(element)
        if series_place or (tag == "a" and " category " in f" {attrib.get('rel', '')} "):
            places.platform.append(element)
        elif tag == "a" and _is_current(element) and _in_navigation(element):
            places.current.append(element)
        if label_place and len(places.labels) < 5:
            places.labels.append(element)
    places.dates.extend(rows)
    return places


def _class_kind(classes: str) -> tuple[bool, bool, bool, bool]:
    """Whether an element's class marks a date place, a breadcrumb, a category label, a blog's series line.

    (A date place or a breadcrumb may be marked by the id instead: the marks' words hold no space, so
    the class and the id can be tested apart.)
    """
    if not _may_mark_place(classes, _CLASS_WORDS):
        return _NO_KIND
    crumb = _CRUMB_PLACE(classes) or any(map(_CRUMB_CLASS.search, classes.split()))
    label = _CATEGORY_PLACE.search(classes) is not None
    return _is_date_place(classes), crumb, label, "blog2_series" in classes


def visible_byline(tree: HtmlElement) -> str:
    """The byline as readers see it, in one walk over the page: first what names itself the author most
    plainly (rel=author, itemprop=author, an "author-name"/"byline" class), then any place whose class or
    id mentions an author or writer; else a Korean "이름 기자" in an info bar."""
    best: tuple[int, str] | None = None
    infos: list[HtmlElement] = []
    for element in tree.iter(*_BYLINE_TAGS | _INFO_TAGS):
        attrib = element.attrib
        if not attrib:
            continue
        marks = f"{attrib.get('class', '')} {attrib.get('id', '')} {attrib.get('itemprop', '')}"
        if attrib.get("rel") != "author" and not _may_mark_place(marks, _BYLINE_OR_INFO_WORDS):
            continue
        if element.tag in _BYLINE_TAGS and (attrib.get("rel") == "author" or _is_byline_place(marks)):
            rank = 0 if attrib.get("rel") == "author" or _PLAIN_BYLINE.search(marks) else 1
            if (best is not None and best[0] <= rank) or _DIALOG.search(marks):
                continue
            outside = sum(1 for _ in element.iterancestors("button"))
            shown = _SHOWN_TEXT(element, buttons=outside)
            if not "".join(shown).strip():
                shown = _SHOWN_TEXT(element, buttons=outside + 1)  # a name written as a button
            text = " ".join(" ".join(shown).split())  # a card's name and e-mail apart
            editor = EDITOR_LABEL.match(text) or _labelled_editor(element)
            if 2 < len(text) < _BYLINE_MAX and not _in_comment(element) and not editor:
                best = (rank, text)
                if rank == 0:
                    break
        elif element.tag in _INFO_TAGS and len(infos) < 40 and _INFO_PLACE(marks):
            infos.append(element)
    if best is None:
        return _info_byline(infos)
    # Where a reporter card names one of the byline's reporters, the byline names them all; a place marked
    # plainly as the author's gives way only to a byline of several.
    shown = _info_byline(infos) if infos and KO_NAME.match(best[1]) else ""  # only for a Korean name
    names = KO_NAME.findall(shown)
    if names and any(map(best[1].startswith, names)) and (best[0] > 0 or _SHARED_TITLE.search(shown)):
        return shown
    return best[1]


def _info_byline(infos: list[HtmlElement]) -> str:
    """The byline in a Korean info bar: "윤서진 기자 | 작성일 2024년 03월 25일", "워싱턴=윤서진 특파원",
    "윤서진 논설위원", "기자명 : 윤서진"; also written over elements ("<b>윤서진</b> 기자")."""
    for element in infos:
        named = _named_by_person_icon(element)
        if named:
            return named
        for piece in [*_TEXTS(element), *(child.text_content() for child in element)]:
            holder = piece.getparent() if isinstance(piece, etree._ElementUnicodeResult) else None
            piece = " ".join(piece.split("|")[0].split())
            if len(piece) > _BYLINE_MAX:
                continue
            label = KO_BYLINE_LABEL.match(piece)
            byline = piece[label.end() :] if label else piece
            if byline and (_is_ko_byline(byline) or (label and KO_NAME.fullmatch(byline))):
                return (_listed_bylines(holder) if holder is not None else "") or byline
    return ""


def _is_ko_byline(text: str) -> bool:
    return bool(_KO_BYLINE.match(text) or ko_signature(text))


def _listed_bylines(item: HtmlElement) -> str:
    """The bylines of a list an info bar writes one reporter to an item ("<li class='name'>조성훈 기자</li>
    <li class='name'>김은령 기자</li>…", a package's reporters), joined; "" where ``item`` has no such siblings."""
    parent = item.getparent()
    if parent is None:
        return ""
    items = [s for s in parent if s.tag == item.tag and s.get("class") == item.get("class")]
    bylines = [" ".join(s.text_content().split()) for s in items]
    return ", ".join(bylines) if len(bylines) > 1 and all(map(_is_ko_byline, bylines)) else ""


def korean_byline_anywhere(tree: HtmlElement) -> str:
    """A Korean byline standing as a short text of its own ("정다은 기자", "광주=정민호 기자 jmh@…") anywhere
    outside the page's menus, footer, teasers and comments: for a page whose byline no class or id we know
    marks (hashed classes). Where two such lines or more stand one under the other, the first such run: the
    reporters who wrote the article together, signing under it ("정하은 기자(…)" over "윤재석 기자(…)"), though the head
    shows only the first ("정하은 기자 외 1명")."""
    found: list[tuple[str, HtmlElement]] = []  # each byline with the block it stands in
    for text in _KO_TITLE_TEXT(tree):
        element = _holding(text)
        if len(element.text_content()) > _BYLINE_MAX or _in_teaser(element) or _in_comment(element):
            continue
        byline = _info_byline([element])
        if byline:
            in_line = element if element.tag in _LINE_BLOCKS else next(element.iterancestors(*_LINE_BLOCKS), element)
            found.append((byline, in_line))
            if len(found) == _BYLINES_LOOKED_AT:
                break
    for start, (byline, block) in enumerate(found):
        run, last = [byline], block
        for later, later_block in found[start + 1 :]:
            if later_block is not last.getnext():
                break
            run.append(later)
            last = later_block
        if len(run) > 1:
            return ", ".join(run)
    return found[0][0] if found else ""


def shown_as_editor(name: str, page: bytes) -> bool:
    """Whether the page shows ``name`` right after an editor's label ("Editor : <a>Heryadi</a>", "Edited by Betsy
    Beyer"): looked for in the page's bytes, as UTF-8 (a page in another encoding is not looked into)."""
    key = name.encode("utf-8")
    start = page.find(key)
    for _ in range(_NAME_PLACES):
        if start < 0:
            return False
        before = _TAG.sub(" ", page[max(0, start - _LABEL_SPAN * 4) : start].decode("utf-8", "ignore"))
        if _ends_with_editor_label(html.unescape(before)):
            return True
        start = page.find(key, start + len(key))
    return False


def _labelled_editor(element: HtmlElement) -> bool:
    """Whether the text just before ``element`` labels it as the editor's place ("Editor : <a class=author>")."""
    previous = element.getprevious()
    parent = element.getparent()
    before = (previous.tail if previous is not None else parent.text if parent is not None else "") or ""
    return _ends_with_editor_label(before)


def _ends_with_editor_label(text: str) -> bool:
    """Whether ``text`` ends with an editor's label, the name to come after it ("… Editor : ")."""
    end = " ".join(text.split())[-_LABEL_SPAN:] + " "
    return any(label.end() == len(end) for label in EDITOR_LABEL.finditer(end))


def _holding(text: etree._ElementUnicodeResult) -> HtmlElement:
    """The element a text found by XPath is part of: its own element's, or for a tail its parent's."""
    element = text.getparent()
    return element.getparent() if text.is_tail else element


def _named_by_person_icon(element: HtmlElement) -> str:
    """A Korean name alone after a person icon in an info bar ("<i class='icon-user-o'></i> 박지훈")."""
    for icon in element.iter(*_ICON_TAGS):
        if len(icon) or (icon.text or "").strip() or not _PERSON_ICON.search(icon.get("class", "")):
            continue
        name = (icon.tail or "").strip()
        if KO_NAME.fullmatch(name):
            return name
    return ""


def _in_comment(element: HtmlElement) -> bool:
    return any(
        _COMMENT_MARK.search(f"{place.get('class', '')} {place.get('id', '')}")
        for place in (element, *element.iterancestors())
    )


def _is_current(link: HtmlElement) -> bool:
    attrib = link.attrib
    if attrib.get("aria-current") == "page" or attrib.get("aria-selected") == "true":
        return True
    if not _CURRENT_CLASSES.isdisjoint(attrib.get("class", "").split()):
        return True
    parent = link.getparent()
    if parent is None or parent.tag != "li":
        return False
    return not _CURRENT_ITEM_CLASSES.isdisjoint(parent.get("class", "").split())


def _in_navigation(element: HtmlElement) -> bool:
    """Whether ``element`` is inside a <nav> or a menu its class or id names ("gnb", "<ul id='topMenu'>")."""
    return any(
        a.tag == "nav" or _NAV_PLACE.search(f"{a.get('class', '')} {a.get('id', '')}".lower())
        for a in element.iterancestors()
    )


def visible_dates(places: ReaderPlaces) -> tuple[list[str], list[str]]:
    """Date texts shown in the page's date and byline places: (published, updated) candidates, best first.

    A date labelled as the publication ("입력", "Published") comes before an unlabelled one (the masthead's
    "today"); a date labelled as an update ("수정", "Updated"; or "… 최종수정", the label after it) is never taken
    as the publication time.
    """
    labelled: list[str] = []
    published: list[str] = []
    updated: list[str] = []
    printed: list[str] = []
    by_label = {"updated": updated, "print": printed, "published": labelled}
    for element in places.dates:
        text = " ".join(_spaced_text(element).split())
        if not text or len(text) > 300 or (_in_teaser(element) and not _has_date_label(text)) or _in_sidebar(element):
            continue
        for found, label in _labelled_dates(text):
            by_label.get(label, published).append(_tidy(found))
    return list(dict.fromkeys([*labelled, *published, *printed])), list(dict.fromkeys(updated))


def _spaced_text(element: HtmlElement) -> str:
    """The element's text with a space before each element in it, as a reader sees them apart ("…07.00
    GMT</summary><span>Last modified …"); not where a comment splits a text (React's "May <!-- -->9")."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts += (" ", child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def dates_labelled_anywhere(tree: HtmlElement, korean: bool) -> list[str]:
    """Dates labelled as the publication ("입력 2024. 5. 9. 15:20", "2024-05-09 15:20 송고", "승인 …", "Published
    May 9, 2024") in a short text anywhere outside the page's menus, links, footer and comments, first first: for
    a page whose date place no class or id we know marks (hashed classes, "<span class='x1a2'>")."""
    found: list[str] = []
    for text in _PUBLISHED_LABEL_TEXT[korean](tree):
        element = _holding(text)
        if _in_comment(element):
            continue
        for _ in range(_LABELLED_TEXT_DEPTH):  # the label and the date may stand in elements side by side
            shown = " ".join(element.text_content().split())
            if len(shown) > _LABELLED_TEXT_MAX:
                break
            # the label may stand after the date ("2024-05-09 15:20 송고"): any date not an update's or a print's
            dates = [_tidy(date) for date, label in _labelled_dates(shown) if label in ("published", "")]
            if dates:
                found += dates
                break
            element = element.getparent()
            if element is None:
                break
        if len(found) >= 2:
            break
    return found


def date_after_headline(tree: HtmlElement, title: str) -> str:
    """The first date with a time of day shown on a short line of its own among the first lines after the headline
    and before the article's text (see _lines_after_headline; outside links: another article's teaser), labelled
    or not: where an info bar follows the headline but no class, id or label marks its date ("<span
    class='x1a2'>24.05.09 15:20</span>")."""
    for text, holder in _lines_after_headline(tree, title):
        shown = " ".join(text.split())
        if len(shown) > _LABELLED_TEXT_MAX or not any(c.isdigit() for c in shown) or _in_comment(holder):
            continue
        for date, label in _labelled_dates(shown):
            if label in ("published", "") and _has_clock(date):
                return _tidy(date)
    return ""


def byline_after_headline(tree: HtmlElement, title: str) -> str:
    """A byline "By" opens ("By Eilidh Munro · Photographs by …", "By <a>Luis Ortega</a> | e-mail") on a short line
    among the first lines after the headline and before the article's text: where no class or id we know marks
    the byline."""
    for text, holder in _lines_after_headline(tree, title):
        if not BY_LABEL.match(text.lstrip()):
            continue
        line = " ".join(holder.text_content().split())
        if len(line) > _BYLINE_MAX or not BY_LABEL.match(line) or _in_comment(holder):
            continue  # long, or "by" in the middle of its line ("Posted on <span>…</span> by Admin")
        names = _BYLINE_RUNS_ON.split(BY_LABEL.sub("", line, count=1), maxsplit=1)[0]
        return ", ".join(shown_names(names))
    return ""


def _lines_after_headline(tree: HtmlElement, title: str) -> Iterator[tuple[str, HtmlElement]]:
    """The first texts after the headline (the <h1> that shows the title, else an <h2> or <h3> that does, else the
    first <h1>), each with the element holding it, outside links and scripts, up to the article's text: where the
    page's info bar and byline stand."""
    headings = list(tree.iter("h1", "h2", "h3"))
    headline = _showing_title(headings, title)
    if headline is None:
        headline = next((h for h in headings if h.tag == "h1"), None)
    if headline is None:
        return
    texts = (found for found in _texts_after(headline) if found[0].strip())
    for text, holder in itertools.islice(texts, _LINES_AFTER):
        if len(" ".join(text.split())) >= _TEXT_LINE_MIN:
            return  # the article's text has begun: the info bar stands above it
        yield text, holder


def _showing_title(headings: list[HtmlElement], title: str) -> HtmlElement | None:
    """The heading that shows the title, an <h1> before any other."""
    key = letters_key(title)
    showing = [h for h in headings if key and letters_key(h.text_content()) == key]
    return next((h for h in showing if h.tag == "h1"), next(iter(showing), None))


def _texts_after(element: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """The texts after ``element`` in the page's order, each with the element holding it (lazily: XPath's
    following:: axis takes the whole rest of the page first)."""
    current = element
    while (parent := current.getparent()) is not None:
        if current.tail:
            yield current.tail, parent
        for sibling in current.itersiblings():
            yield from _texts_within(sibling)
            if sibling.tail:
                yield sibling.tail, parent
        current = parent


def _texts_within(element: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    if not isinstance(element.tag, str) or element.tag in _NOT_LINE_TEXT:
        return
    if element.text:
        yield element.text, element
    for child in element:
        yield from _texts_within(child)
        if child.tail:
            yield child.tail, element


def _has_date_label(text: str) -> bool:
    return _PUBLISHED_LABEL.search(text) is not None or _UPDATED_LABEL.search(text) is not None


def _in_teaser(element: HtmlElement) -> bool:
    """Whether a date place (or a category label) may be another article's: in a link that holds a headline
    besides it (a teaser card), or in a list item beside a link to a headline (a ranking, a related list, a
    ticker); not a permalink around the date alone. (A date labelled as the page's, "입력 …", is the article's
    wherever it is.)"""
    own = len(letters_key(element.text_content()))
    for depth, ancestor in enumerate(element.iterancestors()):
        if ancestor.tag == "a":
            return len(letters_key(ancestor.text_content())) - own >= _HEADLINE_LINK
        if ancestor.tag == "li":
            return any(len(letters_key(link.text_content())) >= _HEADLINE_LINK for link in ancestor.iter("a"))
        if depth >= _TEASER_DEPTH:
            return False
    return False


def _in_sidebar(element: HtmlElement) -> bool:
    """Whether a date place stands in the page's sidebar (an <aside>, a box its class or id names "aside" or
    "sidebar"): a widget's date, an exchange rate's or a ranking's, not the article's. A box holding a headline
    (<h1>) is the page's layout, not its sidebar (a theme's "sidebar-content" on the page's wrapper)."""
    return any(
        (ancestor.tag == "aside" or _SIDEBAR_MARK.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"))
        and next(ancestor.iter("h1"), None) is None
        for ancestor in element.iterancestors()
    )


def _labelled_dates(text: str) -> list[tuple[str, str]]:
    """Each date in ``text`` and what its label calls it: "updated", "print" (a print edition's date, never
    before the web's), else "published" or "". Labels come before the dates ("입력 … 수정 …"), or, where the
    first date has none before it and every date one right after, after them ("… 송고 … 최종수정")."""
    matches = list(_date_pattern().finditer(text))
    if matches and not _label_before(text, matches[0]) and all(_LABEL_AFTER.match(text[m.end() :]) for m in matches):
        ends = [m.start() for m in matches[1:]] + [len(text)]
        return [
            (m.group(), "updated" if _UPDATED_LABEL.search(text[m.end() : e]) else "")
            for m, e in zip(matches, ends, strict=True)
        ]
    return [(m.group(), _label_before(text, m)) for m in matches]


def _label_before(text: str, match: re.Match[str]) -> str:
    """ "updated", "print", "published" or "" as the words just before a date (and a page number after it)
    say."""
    before = text[max(0, match.start() - 16) : match.start()]
    updated = _UPDATED_LABEL.search(before)
    published = _PUBLISHED_LABEL.search(before)
    printed = _PRINT_LABEL.search(before)
    labelled_print = printed and not (published and published.start() > printed.start())
    if _PRINT_AFTER.match(text[match.end() :]) or (labelled_print and not _has_clock(match.group())):
        return "print"
    if updated and not (published and published.start() > updated.start()):
        return "updated"
    return "published" if published else ""


def _has_clock(date: str) -> bool:
    return _CLOCK_IN_DATE.search(date) is not None


def _tidy(text: str) -> str:
    """A matched date as parsers read it ("Apr 28. 2024" → "Apr 28, 2024"; "May 9, 2024 - 15:20" → "… 15:20")."""
    text = re.sub(r"^([A-Za-z]{3,9}\.?\s+\d{1,2})\.\s", r"\1, ", text.strip())
    return re.sub(r"\s[-–|]\s", " ", text)


def standfirst_in_header(tree: HtmlElement, description: str) -> bool:
    """Whether the page shows its description as a heading in the article's header, with the headline (a
    <header>, or a block its class calls a head: "article-head", "post-header"): the standfirst, which the
    excerpt holds. Written in the body instead, the same words are the article's lead."""
    summary = letters_key(description)
    if len(summary) < _STANDFIRST_MIN:
        return False
    for heading in tree.iter(*HEADING_TAGS):
        key = letters_key(heading.text_content())
        if len(key) >= _STANDFIRST_MIN and (summary.startswith(key) or key.startswith(summary)):
            return any(a.tag == "header" or "head" in a.get("class", "") for a in heading.iterancestors())
    return False


def header_headings(tree: HtmlElement) -> set[str]:
    """The keys of the headline as the page's <header> blocks show it: a header's <h1>, or where it holds none,
    its headings (a second headline in other words, the header's own labels). A heading under the <h1> is
    the sub-headline, left to the text."""
    keys = set()
    for header in tree.iter("header"):
        headings = list(header.iter(*HEADING_TAGS))
        main = [h for h in headings if h.tag == "h1"]
        keys.update(letters_key(h.text_content()) for h in main or headings)
    return keys - {""}


def is_dateline(text: str) -> bool:
    """A short text that is a date and little else ("November 20, 2019 - 11:28 AMT", "입력 2024.05.09",
    "18.05.2026", "2025年1月14日 01時28分 (1月14日 01時40分更新)")."""
    match = _date_pattern().search(text)
    return match is not None and len(text) - len(match.group()) <= 20


def breadcrumb_section(places: ReaderPlaces, title: str) -> str:
    """The article's section as its breadcrumb names it: the last crumb that is not the home page or the headline."""
    for marked in places.crumbs[:3]:
        trail = _as_shown(marked)
        crumbs = [" ".join(a.text_content().split()) for a in trail.iter("a", "span", "li") if a.text_content().strip()]
        written = _written_crumbs(trail)  # also the current section left unlinked ("<a>경제</a> &gt; <b>금융</b>")
        crumbs = written if len(written) > len(crumbs) else crumbs
        crumbs = [c for c in dict.fromkeys(crumbs) if c and len(c) <= 40 and c.casefold() not in _HOME_WORDS]
        crumbs = [c for c in crumbs if not _is_headline(c, title)]
        if crumbs:
            return crumbs[-1]
    return ""


# What a page hides (the hidden attribute, display:none, visibility:hidden), inside an element.
_HIDDEN = etree.XPath(
    ".//*[@hidden or contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)


def _as_shown(element: HtmlElement) -> HtmlElement:
    """``element`` without what it hides (a trail's current crumb with its hidden menu of the section's other
    parts, "<strong><a>씨름</a><div style='display:none'><ul>…</ul></div></strong>"): a copy, where it hides any."""
    if not _HIDDEN(element):
        return element
    shown = copy.deepcopy(element)
    for hidden in _HIDDEN(shown):
        hidden.drop_tree()
    return shown


def _is_headline(crumb: str, title: str) -> bool:
    """Whether a breadcrumb's last item names the article: its title, or its title under the kicker the page
    shows before it."""
    return bool(title) and (crumb.casefold() == title.casefold() or under_kicker(crumb, title))


def unmarked_breadcrumb_section(tree: HtmlElement, title: str) -> str:
    """The section of a breadcrumb trail no class or id marks: a short line of links, the first to the home
    page, split by separators ("<a href='/'>홈</a> <span>&gt;</span> <a href='/travel'>여행</a>")."""
    for link in _TRAIL_START(tree):
        href = link.get("href", "")
        home = not href.startswith("#") and _HOME_LINK.match(href) is not None
        if not (home or len(link) or (link.text or "").strip().casefold() in _HOME_WORDS):
            continue  # most links: neither to the home page nor named so (checked without their text)
        trail = link.getparent()
        name = " ".join(link.text_content().split()).casefold()
        if name not in _HOME_WORDS and not (name == "" and home):
            continue
        shown = trail.text_content()
        if len(shown) <= _TRAIL_MAX and _CRUMB_SEPARATOR.search(shown):
            section = breadcrumb_section(ReaderPlaces(crumbs=[trail]), title)
            if section:
                return section
    return ""


def _written_crumbs(trail: HtmlElement) -> list[str]:
    """The crumbs of a trail written as text ("홈 &gt; 열린시정 &gt; <strong>보도자료</strong>"): none where
    no separator splits it (a "location" that is an address, not a trail)."""
    pieces = [" ".join(piece.split()) for piece in _CRUMB_SEPARATOR.split(trail.text_content())]
    return pieces if len(pieces) > 1 else []


def marked_section(places: ReaderPlaces) -> str:
    """The category a blog platform marks, else the section the site's navigation marks as current."""
    for elements in (places.platform, places.current):
        for element in elements[:5]:
            text = " ".join("".join(_SIGHTED_TEXT(element)).split())
            if text and len(text) <= 30 and text.casefold() not in _HOME_WORDS:
                return text
    return ""


def labelled_section(places: ReaderPlaces) -> str:
    """The section a box or label marked as the category shows ("<div class='bx_cate_news'><h3>날씨</h3>",
    "<a class='media_end_categorize_item'>경제</a>"): one short name, outside the site's menus and teasers."""
    for element in places.labels:
        text = " ".join(element.text_content().split())
        if (
            text
            and len(text) <= _CATEGORY_LABEL_MAX
            and len(element.findall(".//a")) <= 1
            and text.casefold() not in _HOME_WORDS | _CATEGORY_WORDS
            and not _in_navigation(element)
            and not any(a.tag in ("footer", "aside") for a in element.iterancestors())
            and not _in_teaser(element)
        ):
            return text
    return ""


def section_above_headline(places: ReaderPlaces, title: str) -> str:
    """The section named by a lone link just above the headline ("<span class='sort'><a href='/society/'>사회</a>
    </span><h2>headline</h2>"), or by the last part of a trail written as text there ("<div>뉴스 &gt; 사회</div>"),
    as broadcasters and dailies put it where no breadcrumb or menu item says it."""
    headline = _showing_title(places.headings, title)
    label = _just_above(headline) if headline is not None else None
    if label is None:
        return ""
    links = [label] if label.tag == "a" else label.findall(".//a")
    text = " ".join(label.text_content().split())
    if not links:
        text = (_written_crumbs(label) or [""])[-1]
    if (
        (not links or (len(links) == 1 and text == " ".join(links[0].text_content().split())))
        and not (links and _HOME_LINK.match(links[0].get("href", "")))  # the site's logo, not a section
        and 2 <= len(text) <= _SECTION_LINK_MAX
        and not _KICKER_MARK.match(text)
        and text.casefold() not in _HOME_WORDS
    ):
        return text
    return ""


def section_in_address(tree: HtmlElement, url: str, names_no_section: Callable[[str], bool]) -> str:
    """The section the article's address files it under, as the site's link to that section names it: the
    shortest start of the address's path that a link of the page goes to ("<a href='/society/'>사회</a>" for
    ".../society/2024/05/09/XYZ/", "/arti/society" for "/arti/society/labor/1139123.html"), its text a short name
    that is not the home page's or one that ``names_no_section``. An edition's path ("/m/") names no section."""
    address = urlsplit(url)
    segments = [segment for segment in address.path.split("/") if segment]
    depths = {  # the last segment is the page; an edition's ("/m/") is no section
        "/" + "/".join(segments[:depth]): depth
        for depth in range(1, len(segments))
        if segments[depth - 1] not in EDITION_LABELS
    }
    if not depths:
        return ""
    host, first = address.netloc.removeprefix("www."), f"/{segments[0]}"  # each start holds the first segment
    named: dict[int, str] = {}
    for link, target in _links_holding(tree, url, first):
        depth = depths.get(target.path.rstrip("/"))
        if depth is None or depth in named or target.query or target.netloc.removeprefix("www.") != host:
            continue
        text = _section_name(link, names_no_section)
        if text:
            named[depth] = text
    return named[min(named)] if named else ""


def section_linked_as(tree: HtmlElement, url: str, code: str, names_no_section: Callable[[str], bool]) -> str:
    """The section a declared code or slug stands for ("S1N4", "society"), as the page's link to that section's
    list names it: the first link whose query gives the code as a value ("list.html?sc_section_code=S1N4") or
    whose path ends in it ("/society/"), its text a short name that ``names_no_section`` does not ("전체")."""
    key = code.casefold()
    for link, target in _links_holding(tree, url, key, casefold=True):
        values = {value.casefold() for _, value in parse_qsl(target.query)}
        if key not in values and target.path.rstrip("/").rsplit("/", 1)[-1].casefold() != key:
            continue
        text = _section_name(link, names_no_section)
        if text:
            return text
    return ""


def _links_holding(
    tree: HtmlElement, url: str, part: str, casefold: bool = False
) -> Iterator[tuple[HtmlElement, SplitResult]]:
    """The page's links whose address holds ``part`` (case-folded first, with ``casefold``), each with where it
    goes; not a link no browser could follow ("http://[oops/")."""
    for link in tree.iter("a"):
        href = link.get("href")
        if not href or part not in (href.casefold() if casefold else href):
            continue
        try:
            target = urlsplit(urljoin(url, href))
        except ValueError:
            continue
        yield link, target


def _section_name(link: HtmlElement, names_no_section: Callable[[str], bool]) -> str:
    """The link's text where it is a section's short name: not the home page's, nor one ``names_no_section``."""
    text = " ".join(link.text_content().split())
    ok = 2 <= len(text) <= _SECTION_LINK_MAX and text.casefold() not in _HOME_WORDS and not names_no_section(text)
    return text if ok else ""


def _just_above(headline: HtmlElement) -> HtmlElement | None:
    """The element just above the headline: its previous sibling, or, where it opens its head box
    ("<div class='article-head'><h1>"), the box's."""
    box = headline
    for _ in range(_HEAD_BOX_DEPTH + 1):
        previous = element_before(box)
        if previous is not None:
            return previous
        box = box.getparent()
        if box is None:
            return None
    return None


def element_before(element: HtmlElement) -> HtmlElement | None:
    """The element just before ``element`` among its siblings, passing over comments."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous


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
    names = [n for n in names if n.casefold() not in _HOME_WORDS and not _is_headline(n, title)]
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


# Where a page shows the site's name: its logo and masthead (their words, or an image's alt text), an image linking
# to the home page, a logo's image; and the copyright line.
_MASTHEAD = etree.XPath(
    "//*[contains(@class, 'logo') or contains(@id, 'logo') or contains(@class, 'masthead')"
    " or contains(@class, 'site-title') or contains(@class, 'brand')] | //a[img] | //img[contains(@src, 'logo')]"
)
_COPYRIGHT_TEXT = etree.XPath(
    "//text()[contains(., '©') or contains(., 'ⓒ') or contains(., 'Copyright') or contains(., 'COPYRIGHT')]"
)
_SITE_NAME_SHOWN_MAX = 60  # characters: a masthead's or logo's words, not a box that its class names a brand
_COPYRIGHT_LINE_MAX = 200


def shown_site_names(tree: HtmlElement) -> Iterator[str]:
    """What the page shows as the site's name: its masthead's and logo's words and alt texts, the alt text of
    an image linking to the home page; then its copyright lines (looked for only if asked on)."""
    for element in _MASTHEAD(tree):
        if element.tag == "a" and not _HOME_LINK.match(element.get("href", "x")):
            continue
        text = element.text_content().strip()
        if element.tag != "a" and text and len(text) <= _SITE_NAME_SHOWN_MAX:
            yield text
        yield from (img.get("alt") for img in element.iter("img") if img.get("alt", "").strip())
    yield from (text for text in _COPYRIGHT_TEXT(tree) if len(text) <= _COPYRIGHT_LINE_MAX)
