"""How a fetched page becomes a post's fields.

The evidence, best first: the source's own selectors, the page's JSON-LD
article, OpenGraph and meta tags, the page's markup (<h1>, <time>, <title>),
then what the feed entry or news sitemap said (the discovery hint).
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from scrapy.http import TextResponse

from newscrawler.extraction.authors import (
    AUTHOR_PAGE,
    author_page_links,
    bold_byline,
    hangul_over_romanised,
    is_desk,
    is_site,
    labelled_byline,
    pick_author,
    shown_names,
    signed_reporter,
    with_co_authors,
)
from newscrawler.extraction.body import (
    drop_elements,
    extracted_body,
    has_prose_line,
    marked_body,
    photo_story,
    select_text,
    selected_body,
    with_headings_between,
    with_paragraphs_written_again,
    with_sibling_containers,
)
from newscrawler.extraction.boilerplate import prune_boilerplate, without_transcript_markers
from newscrawler.extraction.dates import iso, parse_date
from newscrawler.extraction.encoding import utf8_page
from newscrawler.extraction.metadata import (
    PageMetadata,
    account_names,
    names_of,
    read_metadata,
    resolved,
    text_of,
    texts_of,
)
from newscrawler.extraction.payload import MIN_TEXT, Payload, script_payload
from newscrawler.extraction.titles import (
    as_titled,
    column_label,
    evident_site_name,
    has_separator,
    section_in_title,
    shown_segment,
    shown_start,
    shown_title,
    site_names_from_titles,
    strip_site_name,
    under_kicker,
    without_bracket_kicker,
    without_series_label,
)
from newscrawler.extraction.visible import (
    ReaderPlaces,
    breadcrumb_section,
    byline_after_headline,
    date_after_headline,
    dates_labelled_anywhere,
    element_before,
    header_headings,
    is_dateline,
    jsonld_breadcrumb_section,
    korean_byline_anywhere,
    labelled_section,
    marked_section,
    reader_places,
    section_above_headline,
    section_in_address,
    section_linked_as,
    shown_as_editor,
    shown_site_names,
    standfirst_in_header,
    unmarked_breadcrumb_section,
    visible_byline,
    visible_dates,
)
from newscrawler.items import DiscoveryHint, Post
from newscrawler.sources import Source
from newscrawler.text.cjk import HANGUL_SYLLABLE
from newscrawler.text.cleaning import ELEMENT_CLASSES, html_to_text, letters_key, parse_fragment
from newscrawler.util.urls import web_address

__all__ = ["ExtractionError", "extract_post", "parse_page"]

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_DOUBLED_SECTION = re.compile(r"^\s*(.+?)\s*[-/>|]\s*\1\s*$")
_IMAGE_META = ("og:image", "og:image:url", "twitter:image", "image")
_SITE_PICTURE_WORD = r"(?i:logo|icon|default|placeholder|noimage|no_image)"
_SITE_PICTURE = re.compile(rf"^{_SITE_PICTURE_WORD}(?![a-z])|(?:^|[_\-.]){_SITE_PICTURE_WORD}$")
# The extension, and a size or a number before it. Digits are taken whole (\d++): a run that may split any way
# ("20240509_0020331234_web.jpg") made a file's name take seconds to read, twice as long for each digit.
_FILE_SUFFIX = re.compile(r"(?:[-_.]?\d++(?:x\d++)?)*\.\w+$")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod")
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|td|tr|figure)>|<(?:p|div|li)\b[^>]*>", re.I)
_TAIL_CHARS = 6000
# A text of its own in the page that says exactly $text (a headline set in a <div> or <strong>)
_SHOWN_ALONE = etree.XPath("//body//text()[normalize-space(.) = $text][not(ancestor::script or ancestor::style)]")
_ESCAPED_BLOCK = re.compile(r"&lt;/?(?:p|br|div|h[1-6]|li|blockquote)\b[^&]{0,200}?/?&gt;", re.I)
_ESCAPED_MIN = 2
_REAL_BLOCK = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b", re.I)
_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.I | re.S)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_/][a-z0-9]+)*$")
_SLUG_LIKE_TITLE = re.compile(r"^[\x00-\x7f]*$")  # a title all in ASCII: a slug section may be what it shows
_FULLER = 2  # how many times longer other evidence must be to replace what the extractor found
_SHORT_BODY = 600  # letters: below this, the page may be client-rendered
# Declared "sections" that are the whole newsroom, not a section: what the page shows says more.
_ALL_NEWS = frozenset({"뉴스", "기사", "전체", "전체기사", "전체뉴스", "최신기사", "최신뉴스", "뉴스홈"})
# Links to the whole newsroom, which no section is named for
_ALL_NEWS_LINKS = _ALL_NEWS | {"all", "all news", "latest", "latest news", "headlines", "top stories", "news"}
_CLOCK = re.compile(r"\d:\d\d")  # a time of day in a date's text
_NUMBER = re.compile(r"\d+")
_URL_DATE = re.compile(r"/(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?([0-2]\d|3[01])(?:/|\D)")


class ExtractionError(Exception):
    """The page cannot be read as HTML at all."""


def parse_page(response: TextResponse) -> lxml.html.HtmlElement:
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(ELEMENT_CLASSES)  # see ELEMENT_CLASSES: no Python call per element
    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
    try:
        tree = lxml.html.document_fromstring(utf8_page(response.body, content_type), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not an HTML page: {exc}") from None
    if tree is None:
        raise ExtractionError("empty page")
    return tree


def extract_post(
    response: TextResponse, source: Source, hint: DiscoveryHint | None = None, now: datetime | None = None
) -> Post:
    """The post's fields as the page gives them; normalising makes them canonical afterwards.

    ``now`` is the moment the page was fetched, for relative dates ("3시간 전"); default: the clock.
    """
    hint = hint or DiscoveryHint()
    tree = parse_page(response)
    page = read_metadata(tree)
    selectors = source.selectors
    drop_elements(tree, selectors.drop)
    url = pick_canonical(response.url, page)

    title = _title(tree, page, selectors.title, hint, url)
    description = text_of(page.jsonld("description")) or page.first(
        "og:description", "description", "twitter:description"
    )
    body = selected_body(tree, selectors.body) if selectors.body else ""
    payload: Payload | None = None
    unpruned = body  # the sign-off line ("홍길동 기자") names the reporter, though it is not article text
    if not body and not selectors.body and _may_have_text(page):
        body = _unescaped_markup(extracted_body(tree, page.microdata_text, response.url, response.body))
        body = with_sibling_containers(tree, body)
        body, payload = _fuller_body(tree, body, text_of(page.jsonld("articleBody")))
        if not has_prose_line(body):
            body = marked_body(tree) or photo_story(tree) or body
        if page.media and not page.article and not _has_prose(body) and payload is None:
            body = ""  # a video or gallery page: what the extractor found is the page around the player
        unpruned = body
    places = functools.cache(lambda: reader_places(tree))  # walked only if needed
    signing = functools.cache(lambda: f"{description}\n{_last_lines(unpruned)}")  # where a sign-off may be
    korean = HANGUL_SYLLABLE.search(title) is not None  # by its headline
    # whom the page names outside its marked bylines: a Korean page's sign-off or a byline line of its own anywhere;
    # another page's "By …" line under the headline
    reporter = functools.cache(
        lambda: (
            signed_reporter(signing())
            or (korean_byline_anywhere(tree) if korean else byline_after_headline(tree, title))
        )
    )
    byline = functools.cache(lambda: shown_names(visible_byline(tree)))
    is_editor = functools.cache(lambda name: shown_as_editor(name, response.body))
    author = pick_author(
        [
            lambda: [select_text(tree, selectors.author)],
            lambda: names_of(resolved(page.jsonld("author"), page.nodes)),
            lambda: _meta_authors(page),
            lambda: [page.first(*_WIDGET_AUTHOR_META)],
            lambda: payload.authors if payload else [],
            byline,
            lambda: author_page_links(_links(tree, AUTHOR_PAGE)),
            lambda: labelled_byline(tree),
            lambda: bold_byline(unpruned),
        ],
        page.site_names + account_names(resolved(page.jsonld("author"), page.nodes)),
        reporter,
        is_editor,
    )
    if not selectors.author:
        author = hangul_over_romanised(author, title, lambda: byline() or [reporter()], page.site_names)
        person = functools.partial(_is_person, is_editor=is_editor, site_names=page.site_names)
        author = with_co_authors(author, byline, person)
    if unpruned and not selectors.body:
        body = prune_boilerplate(
            body,
            [title, page.title_tag, page.first("og:title", "twitter:title"), text_of(page.jsonld("headline"))],
            description if standfirst_in_header(tree, description) else "",
            is_dateline,
            author,
            header_headings(tree),
        )
        body = with_headings_between(tree, with_paragraphs_written_again(tree, body), title)

    # dates are read in the source's language, else in the page's own (a German page's "08.01.2014" is day-first)
    zone, language = source.zone, source.language or page.html_lang
    declared = [
        select_text(tree, selectors.published),
        text_of(page.jsonld("datePublished")),
        payload.published if payload else "",
    ]
    declared += [page.first(*_PUBLISHED_META), *page.published_marks[:1]]
    published = _first_date(declared, zone, language, now)
    shown = functools.cache(lambda: visible_dates(places()))  # (published, updated) in the marked date places
    if published.endswith("+00:00") and datetime.fromisoformat(published).astimezone(zone).utcoffset():
        witnesses = [*_other_published_tags(page), *(shown()[0][:2] or dates_labelled_anywhere(tree, korean)[:2])]
        published = _shown_local_time(published, witnesses, zone, language, now)
    if published and not any(_CLOCK.search(text) for text in declared):
        # a declared day without a time: the page may show it
        published = _first_date([published, *shown()[0][:2]], zone, language, now)
    if not published:
        upload = text_of(page.media.get("uploadDate")) if page.media else ""
        published = _first_date([*shown()[0][:2], *page.times[:1]], zone, language, now) or _first_date(
            [
                *dates_labelled_anywhere(tree, korean),
                upload,
                hint.published,
                date_after_headline(tree, title),
                _date_in_url(url),
            ],
            zone,
            language,
            now,
        )
    modified = _first_date([text_of(page.jsonld("dateModified")), page.first(*_MODIFIED_META)], zone, language, now)
    if not modified:
        modified = _first_date([*shown()[1][:1], hint.modified], zone, language, now)
    declared_images = [text_of(page.jsonld("image")), *(page.first(key) for key in _IMAGE_META)]
    image = next((url for url in declared_images if url and not _is_site_picture(url)), "")

    return Post(
        url=url,
        source=source.name,
        title=title,
        category=select_text(tree, selectors.category)
        or _category(
            page,
            places,
            title,
            lambda: (
                unmarked_breadcrumb_section(tree, title)
                or section_in_address(tree, url, _names_no_section(page, title, author))
            ),
            lambda code: section_linked_as(tree, url, code, _names_no_section(page, title, author)),
        )
        or hint.category,
        tags=_tags(page, hint),
        excerpt=without_transcript_markers(without_series_label(description)) or _strip_tags(hint.summary),
        body_html=body,
        author=author or hint.author,
        published=published,
        modified=modified,
        image=web_address(image, url),
        language=page.html_lang or page.first("og:locale", "content-language", "language") or source.language,
    )


def pick_canonical(url: str, page: PageMetadata) -> str:
    """The page's rel=canonical (or og:url) when it names a page on the same site, else ``url``."""
    for candidate in (page.canonical, page.first("og:url")):
        if not candidate:
            continue
        try:
            absolute = urljoin(url, candidate)
            here, there = urlsplit(url), urlsplit(absolute)
        except ValueError:  # "http://[oops": no page of any site
            continue
        if there.scheme not in ("http", "https") or there.netloc.removeprefix("www.") != here.netloc.removeprefix(
            "www."
        ):
            continue
        if there.path in ("", "/") and here.path not in ("", "/"):
            continue  # sites that point every page's canonical at the home page
        return absolute
    return url


def _title(tree: lxml.html.HtmlElement, page: PageMetadata, selector: str | None, hint: DiscoveryHint, url: str) -> str:
    """The headline: what the page declares (JSON-LD, OpenGraph), else a labelled title row, else <title>."""
    chosen = select_text(tree, selector)
    if chosen:
        return chosen
    headline = text_of(page.jsonld("headline"))
    if not headline and page.jsonld("@type") != "WebPage":
        headline = text_of(page.jsonld("name"))
    og_title = page.first("og:title", "twitter:title")
    h1s = [*page.h1, *(without_bracket_kicker(h) for h in page.h1)]
    clean = [t for t in (headline, og_title, *h1s, page.labelled_title, hint.title) if t]
    site_names = page.site_names + site_names_from_titles(page.title_tag, clean)
    if not site_names:
        host = urlsplit(url).hostname or ""
        site_names = evident_site_name(page.title_tag, host, lambda: shown_site_names(tree))
    headings = page.h1 or [" ".join(h.text_content().split()) for h in tree.iter("h2", "h3")]
    title_tag = " ".join(page.title_tag.split())
    unsplit = any(t and not has_separator(t) for t in (headline, og_title))  # a declared title as it is
    if not unsplit and not any(heading and title_tag.startswith(heading) for heading in headings):
        shown = shown_start(title_tag, lambda start: _SHOWN_ALONE(tree, text=start))
        headings = [*headings, shown] if shown else headings
    declared = [
        shown_segment(strip_site_name(html.unescape(t), site_names, headings), page.h1, pipes_only=True)
        for t in (headline, og_title)
        if t
    ]
    labelled, titled, hinted = (
        strip_site_name(html.unescape(t), site_names, headings) if t else ""
        for t in (page.labelled_title, page.title_tag, hint.title)
    )
    others = [t for t in (labelled, titled, hinted) if t]
    if declared:
        chosen = as_titled(shown_title(declared, page.shown_headline, others), declared, titled)
        if og_title and under_kicker(chosen, declared[-1]):
            chosen = declared[-1]  # the publisher's own title leaves out the kicker its headline shows
        bare = without_series_label(chosen)
        if bare != chosen:
            return bare if _shown_as_heading(tree, bare) else chosen
        label = column_label(chosen)
        bare = chosen[len(chosen) - len(chosen.lstrip()) + len(label) :].strip() if label else ""
        return bare if bare and _shown_below_label(tree, bare, label) else chosen
    if others:
        return shown_segment(others[0], headings)
    return strip_site_name(html.unescape(page.h1[0]), site_names, page.h1) if page.h1 else ""


def _shown_below_label(tree: lxml.html.HtmlElement, text: str, label: str) -> bool:
    """Whether a heading of the page (h1 to h4) says ``text`` with ``label`` standing alone in the element just
    before it: a column's or a series' label above its headline ("[송하린의 눈]" over "동네 서점이 사라진 자리")."""
    key, label_key = letters_key(text), letters_key(label)
    for heading in tree.iter("h1", "h2", "h3", "h4"):
        before = element_before(heading)
        if before is not None and letters_key(heading.text_content()) == key:
            return letters_key(before.text_content()) == label_key
    return False


def _shown_as_heading(tree: lxml.html.HtmlElement, text: str) -> bool:
    """Whether a heading of the page (h1 to h4) says ``text``."""
    key = letters_key(text)
    return bool(key) and any(letters_key(h.text_content()) == key for h in tree.iter("h1", "h2", "h3", "h4"))


def _fuller_body(tree: lxml.html.HtmlElement, body: str, declared: str) -> tuple[str, Payload | None]:
    """The extractor's body, unless the page holds the article more fully elsewhere.

    A declared JSON-LD ``articleBody`` at least twice as long as what the extractor found means the
    extractor took a blurb or a fragment (a magazine's header, the first of several sections); a page
    whose visible text is short may be client-rendered, its article only in a script payload.
    """
    if not declared and _text_length(_opening(body)) >= _SHORT_BODY:
        return body, None  # long enough by its start: its whole length is not needed
    found = _text_length(body)
    if declared and len(declared) >= _FULLER * max(found, 1) and len(declared) >= MIN_TEXT:
        return _paragraphs(declared), None
    if found >= _SHORT_BODY:
        return body, None
    payload = script_payload(tree)
    if payload is not None and payload.text_length >= _FULLER * max(found, 1):
        return payload.body_html, payload
    return body, payload


def _unescaped_markup(body: str) -> str:
    """A body whose paragraphs are written as escaped markup (the page shows "<p>…</p>" as text, a CMS
    escaping its own output) read as the markup it is."""
    prose = _CODE.sub("", body)  # markup written out in code samples is what the article shows
    escaped = len(_ESCAPED_BLOCK.findall(prose))
    if escaped < _ESCAPED_MIN or escaped < len(_REAL_BLOCK.findall(prose)):
        return body
    return html.unescape(body)


def _last_lines(fragment: str) -> str:
    """The plain text of the end of an HTML fragment, a line per block or <br> (enough to find a sign-off)."""
    tail = fragment[-_TAIL_CHARS:]
    tail = tail[tail.find("<") :] if "<" in tail else tail
    lines = _BLOCK_END.sub("\n", tail)
    return html.unescape(_TAG.sub("", lines))


def _opening(fragment: str) -> str:
    """The start of ``fragment`` up to a ">" among its first characters: no tag runs past such a ">", so the
    text of this start is the start of the fragment's text (as _text_length takes it)."""
    return fragment[: fragment.rfind(">", 0, 4 * _SHORT_BODY) + 1]


def _text_length(fragment: str) -> int:
    return len(" ".join(_TAG.sub(" ", fragment).split())) if fragment else 0


def _category(
    page: PageMetadata,
    places: Callable[[], ReaderPlaces],
    title: str,
    unmarked: Callable[[], str],
    linked: Callable[[str], str],
) -> str:
    """The declared section; but where it is a URL slug or a code in Latin letters ("society", "Society", "S1N3")
    on a page in Korean (or another script than Latin), what the page shows in its own script (사회), else what its
    link to that section says (``linked``); where it is the whole newsroom ("뉴스") or the site's name, what readers
    see; where the page declares none and shows none in its marked places, ``unmarked``: a breadcrumb trail no
    class marks, the section of the address."""
    declared = text_of(page.jsonld("articleSection")) or page.first("article:section", "section", "category")
    declared = _DOUBLED_SECTION.sub(r"\1", declared)  # a section and its part of the same name: "금융-금융"

    def shown() -> str:
        return (
            jsonld_breadcrumb_section(page.breadcrumbs, title)
            or breadcrumb_section(places(), title)
            or marked_section(places())
            or labelled_section(places())
            or section_above_headline(places(), title)
            or section_in_title(page.title_tag, title, page.site_names)
        )

    if declared.casefold() in _ALL_NEWS or is_site(declared, page.site_names):
        return shown()
    if not declared:
        return shown() or unmarked() or _ghost_primary_tag(page)
    if _SLUG.match(declared.casefold()) and not _SLUG_LIKE_TITLE.search(title):
        # the slug names a top-level section: the menu's current item names it, a breadcrumb may go deeper
        readable = marked_section(places()) or shown()
        if readable and not _SLUG.match(readable):
            return readable
        named = linked(declared)  # a slug in Latin letters is a name, as the link says it, only in another script
        return named if named and (re.search(r"\d", declared) or not named.isascii()) else declared
    return declared


def _names_no_section(page: PageMetadata, title: str, author: str) -> Callable[[str], bool]:
    """Whether a link's text names no section: the whole newsroom, the site (as declared, or as the <title> adds
    it to the headline), the author (a columnist's page)."""
    added = site_names_from_titles(page.title_tag, [title])
    names = {letters_key(name) for name in [*page.site_names, *added, *author.split(",")]}
    return lambda text: text.casefold() in _ALL_NEWS_LINKS or letters_key(text) in names


def _ghost_primary_tag(page: PageMetadata) -> str:
    """Ghost sites have no sections; their first tag is the post's primary tag and plays that part."""
    if not page.first("generator").startswith("Ghost"):
        return ""
    return page.first("article:tag")


def _may_have_text(page: PageMetadata) -> bool:
    """False for pages that say they have no article text: an empty declared article body."""
    return not (page.declared_body and not any(page.declared_body))


def _has_prose(body: str) -> bool:
    """At least two paragraphs of sentences, as a transcript or a write-up under a video has."""
    lines = html_to_text(body).splitlines()
    return sum(1 for line in lines if len(line) >= 60 and re.search(r"[.!?。]\s", line + " ")) >= 2


def _first_date(candidates: list[str], zone: tzinfo, language: str, now: datetime | None = None) -> str:
    """The first candidate that is a date; a later one of the same day wins if only it gives the time of day."""
    first = None
    for text in candidates:
        moment = parse_date(text, zone, language, now)
        if moment is None:
            continue
        if first is None:
            first = moment
            if moment.timetuple()[3:6] != (0, 0, 0):
                break
        elif moment.date() == first.date() and moment.timetuple()[3:6] != (0, 0, 0):
            first = moment
            break
    return iso(first)


def _shown_local_time(declared: str, shown: list[str], zone: tzinfo, language: str, now: datetime | None) -> str:
    """A declared UTC time that is the very clock time the page shows (or another tag gives) in the source's zone:
    the local time a CMS marked "Z" by mistake, read in the source's zone; else ``declared``."""
    moment = datetime.fromisoformat(declared)
    minute = f"{moment.minute:02d}"
    for text in shown:
        if minute not in _NUMBER.findall(text):
            continue  # not that clock time: no need to parse it
        local = parse_date(text, zone, language, now)
        if (
            local is not None
            and local.utcoffset()
            and local.replace(tzinfo=None, second=0) == moment.replace(tzinfo=None, second=0)
        ):
            return iso(moment.replace(tzinfo=local.tzinfo))
    return declared


def _other_published_tags(page: PageMetadata) -> list[str]:
    """The times a page's other tags for its publication give (a widget's "dd:published_time", "dable:…"): beside
    a declared UTC time, one of them in the source's zone at the same clock time shows the "Z" was a mistake."""
    return [value for key, value in page.meta.items() if key.endswith("published_time") and key not in _PUBLISHED_META]


def _is_site_picture(url: str) -> bool:
    """Whether a declared image is the site's own picture, not the post's: its logo or icon, or the default
    picture a share card falls back to ("facebook_icon_200.jpg", "og_logo.png", "defaultPromoCrop.png"), as its
    file's name says at its start or its end (not "new-logo-unveiled.jpg", "maxresdefault.jpg")."""
    name = url.split("#", 1)[0].split("?", 1)[0].rsplit("/", 1)[-1]  # not urlsplit: a page may write "http://[x"
    return _SITE_PICTURE.search(_FILE_SUFFIX.sub("", name)) is not None


def _date_in_url(url: str) -> str:
    match = _URL_DATE.search(url)
    return "-".join(match.groups()) if match else ""


_AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author", "dcterms.creator")
# A recommendation widget's own author tag, which Korean sites fill with the reporter where "author" is the site.
_WIDGET_AUTHOR_META = ("dable:author",)


def _is_person(name: str, is_editor: Callable[[str], bool], site_names: list[str]) -> bool:
    return not is_editor(name) and not is_desk(name, site_names)


def _meta_authors(page: PageMetadata) -> list[str]:
    """The first author meta tag that holds a name (article:author is often a profile URL), one other than the
    site's where there is one (a page's "author" tag naming the site, its "article:author" the reporter)."""
    values = [page.first(key) for key in _AUTHOR_META]
    names = [value for value in values if value and not value.startswith(("http://", "https://"))]
    people = [name for name in names if not is_site(name, page.site_names)]
    return (people or names)[:1]


def _links(tree: lxml.html.HtmlElement, to: re.Pattern[str]) -> Iterator[tuple[str, str, lxml.html.HtmlElement]]:
    """(href, text, parent) of each link to an address ``to`` finds, outside the page's menus, footer and asides."""
    for link in tree.iter("a"):
        href = link.get("href")
        if href and to.search(href) and not any(a.tag in ("nav", "footer", "aside") for a in link.iterancestors()):
            yield href, link.text_content(), link.getparent()


def _tags(page: PageMetadata, hint: DiscoveryHint) -> list[str]:
    keywords = page.jsonld("keywords")
    tags = texts_of(keywords) if isinstance(keywords, list) else []
    if isinstance(keywords, str):
        tags = keywords.split(",")
    if not tags:
        tags = (page.first("news_keywords", "keywords", "article:tag")).split(",")
    tags = tags if any(t.strip() for t in tags) else hint.tags
    return list(dict.fromkeys(t.strip() for t in tags if t.strip()))


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in re.split(r"\n\s*\n|\r?\n", text) if b.strip()]
    return "".join(f"<p>{html.escape(b)}</p>" for b in blocks)


def _strip_tags(fragment: str) -> str:
    if not fragment or "<" not in fragment:
        return fragment.strip()
    return " ".join(parse_fragment(fragment).text_content().split())
