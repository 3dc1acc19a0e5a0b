"""The article's main content as HTML: per-source selectors, else the main-text extractor."""

from __future__ import annotations

import functools
import html
import itertools
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring, tostring
from trafilatura.htmlprocessing import REND_TAG_MAPPING, convert_to_html
from trafilatura.metadata import Document
from trafilatura.settings import Extractor

from newscrawler.extraction.furniture import is_notice, is_promotion, is_related_label, stands_alone
from newscrawler.extraction.visible import SCREEN_READER_CLASSES, for_screen_readers, screen_reader_test
from newscrawler.text.cleaning import (
    BLOCK_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    PROSE_MIN,
    html_to_text,
    is_prose,
    letters_key,
    parse_fragment,
)
from newscrawler.util.selectors import compiled

# trafilatura warns about each empty link it meets while converting, a line per link in every crawl's log
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_CAPTION = re.compile(r"caption|photo[-_]?(?:desc|text|info)|img[-_]?(?:desc|txt)|image[-_]?desc|credit", re.I)
_CAPTION_MAX = 400
_STORY_LINK_MIN, _STORY_LINK_MAX = 15, 200  # characters of a related story's headline set as a paragraph
_STORY_LINK_SHARE = 0.9  # of a paragraph's characters in its link that make it only the link
_CAPTION_TAGS = ("figcaption", "p", "div", "span", "td", "dd")
_TRIANGLES = ("▲", "△")  # opening a caption written as text under its image
_AROUND_ARTICLE = frozenset({"a", "nav", "header", "footer", "aside"})
_NOT_TEXT = ("figure", "script", "style")
# where text beside blocks is not a line of the article: the page itself (a page of loose text is read whole),
# tables' and lists' own structure and their cells, paragraphs and headings
_NOT_LOOSE_TEXT_PARENTS = frozenset(["html", "body", "p", "pre", "li", "dl", "dt", "dd", "ul", "ol"]).union(
    ["table", "thead", "tbody", "tfoot", "tr", "td", "th", *HEADING_TAGS]
)
# what goes on with a line of text: inline markup and comments, and what a browser lays out in the line or not at
# all (an ad's script or frame set inside a word: "도<script …></script><iframe …></iframe>입하던"); an element the
# extractor does not know (a custom element) ends the line
_IN_A_LINE = INLINE_TAGS | {"br", "script", "iframe", etree.Comment}
_FORMATTING = tuple(REND_TAG_MAPPING)  # the markup the extractor keeps as emphasis: b, strong, em, i, u, …
_LOST_HEADING_MAX = 120  # characters: a section's heading, not a paragraph set as one
_BETWEEN_BLOCKS = frozenset({"br", etree.Comment})  # what may stand between a heading and a paragraph
_NEIGHBOUR_KEY = 20  # letters at each end of the paragraphs around a lost heading that find them in the body
# A class token that names a heading a page writes as styled text ("pf_subheadline", "headline2", "crosshead"), and
# the tags it is written in; not a header ("site-header")
_HEADING_CLASS = re.compile(r"(?:^|[\s_-])(?:sub|cross|inter)?head(?:line|ing)?s?\d*(?=$|[\s_-])", re.I)
_STYLED_HEADING_TAGS = frozenset({"span", "div", "p", "strong", "b"})
_PARAGRAPH_BEFORE = etree.XPath("preceding::p[1]")  # the page's last paragraph before an element
# A class or id token that names the article's text ("articleBody", "article_body", "view_text", "articletxt",
# "news_content", "art_body", "detail-body").
_TEXT_CONTAINER = re.compile(
    r"^(?:article|news|view|art|story|post|entry|detail)[-_]?(?:body|text|txt|content|cont|view)", re.I
)
_SENTENCE_END = re.compile(r"[.!?。][\"'”’)]?(?:\s|$)")
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S)
_PARAGRAPH_OPENING = re.compile(r"<p\b[^>]*>")
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH_WITH_TEXT = etree.XPath("//p[normalize-space(.) = $text]")
_SENTENCE_BLOCKS = frozenset({"p", "li", "blockquote", "dd"})  # blocks a <time> may stand in as words of a sentence
_WORDS_AROUND_TIME = 20  # letters of the sentence besides the <time> (an info bar's "입력 <time>…</time>" has fewer)
_NOTICE_BOX_MAX = 1500  # characters of a box a notice's heading opens (the text of a dialog: its terms, its buttons)
_WITH_CLASS: dict[str, etree.XPath] = {}  # by tag: "//div[@class = $cls]"
# The extractor's settings, made once (trafilatura otherwise reads its configuration anew for every page):
# no URL (links are made absolute when sanitised; trafilatura's own resolving costs ~2 ms a page), no
# comments, no images, tables, links and formatting kept, no metadata; "txt", not "python": only the body tree
# is read, and "python" also writes the body out as Markdown text (~1 ms a page).
_OPTIONS = Extractor(
    output_format="txt", comments=False, tables=True, images=False, links=True, formatting=True, url=None
)
# Page parts that are never the article, whatever the extractor makes of them, taken out of the
# extractor's own copy of the page (the page's tree keeps them for bylines and dates): what the page
# hides (the hidden attribute, display:none, visibility:hidden; and what it writes for screen readers only, a
# rule made for each page, see _not_article_rules); lists of teaser cards: a list item's
# link that wraps a paragraph or a heading (a teaser for another article; a link in a sentence never does),
# or a short list item holding a link and a heading (a headline and its dek); empty named anchors
# (<a id=…></a>, a link target: the extractor would make the text after one into a link and lose it);
# a list of readers' comments, a container of list items with "comment" after a "_" or "-" in its class
# (area_comment, post-comments: trafilatura's own rule knows only classes that start with it), or a short box
# so marked, the comments' widget (under 300 characters: a prompt to join them, their count), or a container
# whose id or class names a list of comments (sf_comment_list, comments-list), its comments <div>s or <li>s,
# or the form to write one (comment_form, commentform, WordPress's comment-respond) with its rules;
# and the caption and credit paragraphs of an image block: a figure, or a div its class calls an image
# (image, img, photo, picture, Bild, Foto), holding an image and at most two short paragraphs; or a short
# block right after an image, or after the div wrapping it (a portal's "em class=img_desc"), that its class calls a
# description (desc: the image's own); a paragraph a triangle opens ("▲ 9일 … 모습") right after the paragraph or
# div holding only an image (its caption, written as text); the paragraphs of
# a caption wherever it stands (a gallery's copy of it, away from its image); the caption cell of a photo
# laid out as a table (older CMSs: the image in one cell, "td class=imgcaption" under it; or a cell a triangle
# opens in the row under the image's own row, "▲ 3일 … 모습", its class naming nothing; and in a photo table of two
# rows, the row under the image's, above); a call to action:
# the paragraph holding a link styled as a button (class "button" or "btn": "Jetzt unterstützen", "Kostenlos
# herunterladen"), and the largest short box around it (under 400 characters, two paragraphs, three links);
# a link's note to screen readers that it opens a new window ("(öffnet im neuen Fenster)"); an AMP page's
# ad slots, with the fallback or placeholder text they hold ("광고 영역"); a link to a place in the page that is
# itself a place to come back to, standing alone (the pair of links to skip an embed, "Zde jej můžete
# přeskočit"; a footnote's is short or in its paragraph); a poll: the largest short box around
# its radio buttons (under 600 characters, two paragraphs), with the question and the answers, and so a sign-up
# box around its e-mail field; a box holding a control to close it (a popup, a
# dialog: a link or button its class or label calls "close"), under 1500 characters; an image's caption in
# emphasis on the line under it, in a paragraph with no text of its own ("<p><img …><br><em>…</em></p>"); and
# buttons, form labels and fields, <time>s (but one inside a sentence is made its words, before) and <noscript>s:
# the extractor drops them too, but with one beside a short text written with <br>s, its rescue of short texts
# took the page's raw text instead, the headline and the control's words run into one paragraph.
_STYLE = "translate(., ' ', '')"
_IMAGE_BLOCK = " or ".join(
    f"contains(@class, '{word}')"
    for word in ("image", "Image", "img", "photo", "Photo", "picture", "bild", "Bild", "foto", "Foto")
)
_COMMENT_PLACE = " or ".join(
    f"contains(@{mark}, '{name}')"
    for mark in ("id", "class")
    for name in (
        *("comment_list", "comment-list", "commentlist", "comments_list", "comments-list"),
        *("comment_form", "comment-form", "commentform", "comment-respond"),
    )
)
_BUTTON = (
    "//a/@class[contains(concat(' ', normalize-space(.), ' '), ' button ') or "
    "contains(concat(' ', normalize-space(.), ' '), ' btn ')]"
)
# A photo's caption told by where it stands, whatever its class says: the row under the image's own row in a
# table of the two.
_UNDER_IMAGE_ROW = "//img/ancestor::tr[1][not(normalize-space())]/following-sibling::tr[1]"
_PHOTO_TABLE_CAPTION = f"{_UNDER_IMAGE_ROW}[not(following-sibling::tr)][count(preceding-sibling::tr) = 1]/td"
_PHOTO_TABLE_CAPTIONS = etree.XPath(_PHOTO_TABLE_CAPTION)
# (Written so that lxml tests as few elements as it can, ~1.5 ms a page for all: a predicate on every element
# of the page (//*[…]) costs far more than walking to the few attributes or elements that can match, and
# ancestors are taken once, not once for each image below them; a cheap test first where a class is looked
# for, translate() on every class costs ~0.2 ms a page; a small sibling's text before a large ancestor's; the
# class of the few elements that may hold it, not every class of the page, //@class alone ~0.15 ms.)
# Each with the elements it needs on the page, one of them at least: without them it cannot match.
NOT_ARTICLE: dict[str, tuple[str, ...]] = {
    f"(//@hidden | //@style[contains({_STYLE}, 'display:none') or contains({_STYLE}, 'visibility:hidden')])"
    "/parent::*[ancestor::body]": (),
    "(//p | //h2 | //h3 | //h4)/ancestor::a[ancestor::li]": ("li",),
    "(//h2 | //h3 | //h4)/ancestor::li[descendant::a][string-length(normalize-space(.)) < 300]": ("li",),
    "//a[not(@href)][not(node())]": ("a",),
    "(//div | //section | //ol | //ul)[contains(@class, 'comment') or contains(@id, 'comment')]"
    "[(self::div or self::section) and (contains(@class, '_comment') or contains(@class, '-comment'))"
    f" and (descendant::li or string-length(normalize-space(.)) < 300) or {_COMMENT_PLACE}]": (),
    f"(//img/ancestor::*)[self::figure or (self::div and ({_IMAGE_BLOCK}))][count(.//p) <= 2]"
    "[string-length(normalize-space(.)) < 500]//p": ("img",),
    "(//img | //img/ancestor::div[position() <= 2])/following-sibling::*[1]"
    "[self::p or self::div or self::span or self::em][contains(@class, 'desc')]"
    "[string-length(normalize-space(.)) < 300]": ("img",),
    f"{_BUTTON}/ancestor::p[1]": ("a",),
    f"{_BUTTON}/ancestor::*[self::div or self::aside or self::section][count(.//p) <= 2][count(.//a) <= 3]"
    "[string-length(normalize-space(.)) < 400][last()]": ("a",),
    "//figcaption//p | //figcaption//table": ("figcaption",),  # a caption in paragraphs, or laid out as a table
    "//img/ancestor::p[1][not(text()[normalize-space()])]/*[self::em or self::i][preceding-sibling::br]"
    "[string-length(normalize-space(.)) < 300]": ("img",),
    "//img/ancestor::*[self::p or self::div][1][following-sibling::*[1][self::p or self::div]"
    f"[{' or '.join(f'starts-with(normalize-space(.), {mark!r})' for mark in _TRIANGLES)}]][not(normalize-space())]"
    "/following-sibling::*[1][string-length(normalize-space(.)) < 300]": ("img",),
    "//a/span[starts-with(normalize-space(.), '(')][contains(., 'neuen Fenster') or contains(., 'neuen Tab') or "
    "contains(., 'new window') or contains(., 'new tab') or contains(., '새 창') or contains(., '새창')]": ("a",),
    "//img/ancestor::table[1]//td[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
    "[string-length(normalize-space(.)) < 400]": ("table",),
    f"{_UNDER_IMAGE_ROW}/td[{' or '.join(f'starts-with(normalize-space(.), {mark!r})' for mark in _TRIANGLES)}]"
    "[string-length(normalize-space(.)) < 300]": ("tr",),
    f"{_PHOTO_TABLE_CAPTION}[string-length(normalize-space(.)) < 300]": ("tr",),
    "//amp-ad | //amp-sticky-ad | //amp-embed": ("amp-ad", "amp-sticky-ad", "amp-embed"),
    "//a[starts-with(@href, '#')][@id][not(parent::p)][string-length(normalize-space(.)) > 20]": ("a",),
    # the links to the previous and the next story with their headlines, as their rel, class or label says
    # ("prev-link", "이전 기사 링크"); not a carousel's arrows
    "//a[@rel = 'prev' or @rel = 'next' or contains(concat(' ', normalize-space(@class), ' '), ' prev')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' next') or contains(@aria-label, '이전 기사')"
    " or contains(@aria-label, '다음 기사')][string-length(normalize-space(.)) > 10]"
    "[string-length(normalize-space(.)) < 300]": ("a",),
    "//input[@type='radio' or @type='email']/ancestor::*[self::div or self::form or self::fieldset or self::section"
    " or self::aside][count(.//p) <= 2][string-length(normalize-space(.)) < 600][last()]": ("input",),
    "(//a | //button)[contains(@class, 'close') and (contains(concat(' ', normalize-space(@class), ' '), ' close ')"
    " or contains(@class, '-close') or contains(@class, '_close') or contains(@class, 'close-'))"
    " or @aria-label and (contains(@aria-label, 'lose') or contains(@aria-label, 'chlie') or"
    " contains(@aria-label, '닫기'))]/parent::*[string-length(normalize-space(.)) < 1500]": ("a", "button"),
    "//button | //label | //select | //textarea | //time | //noscript": (
        *("button", "label", "select", "textarea", "time", "noscript"),
    ),
}


def select(tree: HtmlElement, expression: str) -> list[HtmlElement]:
    """Elements matching a CSS selector, or an XPath when it starts with ``/`` or ``(``."""
    return [node for node in compiled(expression)(tree) if isinstance(node, etree._Element)]


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


def extracted_body(
    tree: HtmlElement, not_text: Sequence[HtmlElement] = (), url: str = "", source: bytes | None = None
) -> str:
    """The main text as HTML, by trafilatura (headings, lists, tables, images and links kept).

    ``not_text``: elements to leave out (microdata that holds metadata as text); ``url``: the page's address;
    ``source``: the page's bytes, where the names of classes are looked for first.
    """
    for element in not_text:
        element.drop_tree()
    _drop_story_links(tree, urlsplit(url).netloc.removeprefix("www."))
    _drop_notice_boxes(tree)
    _unwrap_times_in_sentences(tree)
    _drop_captions_after_images(tree)
    _split_emphasis_at_breaks(tree)
    _loose_lines_as_paragraphs(tree)
    document = trafilatura.bare_extraction(
        tree,  # bare_extraction works on its own copy
        options=_OPTIONS,
        prune_xpath=_not_article_rules(tree, source),
    )
    if not isinstance(document, Document) or document.body is None or not len(document.body):
        return ""
    body = convert_to_html(document.body).find("body")
    if body is None:
        return ""
    mark_captions(body)
    inner = html.escape(body.text or "", quote=False)
    return (inner + "".join(tostring(child, encoding="unicode") for child in body)).strip()


def _not_article_rules(tree: HtmlElement, source: bytes | None = None) -> list[str]:
    """The rules of NOT_ARTICLE that can match on the page: each costs the extractor a walk over the page, and
    one needing elements the page lacks takes nothing out (pruning only takes elements away); and the page's
    text for screen readers only, by the classes its source (``source``: the page's bytes) names."""
    has = functools.cache(lambda tags: next(tree.iter(*tags), None) is not None)
    rules = [rule for rule, needs in NOT_ARTICLE.items() if not needs or has(needs)]
    # the screen-reader classes are looked for only where the page's source has their names (each costs a test of
    # every class of the page, ~0.12 ms)
    named = [name for name in SCREEN_READER_CLASSES if source is None or name.encode() in source]
    if named:
        rules.append(f"//@class[{screen_reader_test(named)}]/parent::*[ancestor::body]")
    return rules


def _drop_story_links(tree: HtmlElement, host: str) -> None:
    """Paragraphs that are only a link in capitals to another page of the site ("2 NY RESIDENTS ALLEGEDLY RAN
    SECRET POLICE STATION"): a related story's headline set between the article's paragraphs. A link in
    capitals elsewhere (a results table, a source) may be the article's."""
    for paragraph in list(tree.iter("p")):
        opening = paragraph.text or ""
        if len(opening) > _STORY_LINK_MAX or opening.upper() != opening:
            continue  # too long, or not in capitals, by its text before any markup
        text = paragraph.text_content()
        if not (_STORY_LINK_MIN <= len(text) <= _STORY_LINK_MAX and text.isupper()):
            continue
        links = list(paragraph.iter("a"))
        linked = sum(len(a.text_content()) for a in links)
        hosts = {_link_host(a.get("href", "")) for a in links}
        if len(links) == 1 and linked >= _STORY_LINK_SHARE * len(text.strip()) and hosts <= {"", host}:
            paragraph.drop_tree()


def _link_host(href: str) -> str | None:
    """The host a link goes to, without "www."; None for an address no browser could follow ("http://[oops")."""
    try:
        return urlsplit(href).netloc.removeprefix("www.")
    except ValueError:
        return None


def _drop_notice_boxes(tree: HtmlElement) -> None:
    """A short box its heading opens as a notice or promotion ("Tu suscripción se está usando en otro
    dispositivo" over its buttons and terms): the extractor can drop the heading and keep the box's text."""
    boxes = [
        heading.getparent()
        for heading in tree.iter("h2", "h3", "h4")
        if heading.getprevious() is None and is_promotion(" ".join(heading.text_content().split()))
    ]
    for box in boxes:
        if box is not None and box.tag != "body" and len(box.text_content()) < _NOTICE_BOX_MAX:
            box.drop_tree()


def _unwrap_times_in_sentences(tree: HtmlElement) -> None:
    """A <time> inside a sentence ("The council met on <time>Monday, May 6</time> and …") made its plain text: the
    extractor drops every <time> with its text, and the sentence would lose its date."""
    for time in list(tree.iter("time")):
        block = next(time.iterancestors(*BLOCK_TAGS, "li", "dd"), None)
        if block is None or block.tag not in _SENTENCE_BLOCKS:
            continue
        if len(letters_key(block.text_content())) - len(letters_key(time.text_content())) >= _WORDS_AROUND_TIME:
            time.drop_tag()


def _split_emphasis_at_breaks(tree: HtmlElement) -> None:
    """Emphasis holding lines of text ("<strong>첫째<br>둘째</strong>", a portal's summary of the story's points)
    split into one emphasis a line, the breaks between them: inside a paragraph the extractor joins the lines of
    an emphasis into one."""
    for element in [e for e in tree.iter(*_FORMATTING) if len(e) and all(child.tag == "br" for child in e)]:
        if sum(1 for line in (element.text, *(child.tail for child in element)) if _is_text(line)) < 2:
            continue  # one line and a break closing it, not lines
        parent = element.getparent()
        if parent is None:
            continue
        line = element.makeelement(element.tag, element.attrib)
        line.text = element.text
        pieces = [line]
        for child in list(element):
            line = element.makeelement(element.tag, element.attrib)
            line.text, child.tail = child.tail, None
            pieces += [child, line]
        pieces[-1].tail = element.tail
        at = parent.index(element)
        parent.remove(element)
        for offset, piece in enumerate(pieces):
            parent.insert(at + offset, piece)


def _loose_lines_as_paragraphs(tree: HtmlElement) -> None:
    """Each line of text written loose in a container made a paragraph of its own, as a browser makes it a
    block: beside the container's blocks ("<h2>…</h2>The story goes on <a>…</a> on…<br>", "<div class=ad>…</div>
    The story goes on…", a wire story's lead after its photo box), or with only blank lines around it (an older
    CMS's text, "…<br><br>…"). The extractor can lose the text after a div that holds other elements, starts a
    new paragraph at each link in a loose line, and keeps a text of blank lines as one paragraph. A line goes on
    through inline markup and single line breaks, up to a block or an empty line. A sentence in emphasis standing
    outside a paragraph is such a line too, with or without blocks beside it (see _is_formatted_sentence), as is
    markup holding text alone between blank lines (see _is_own_line)."""
    containers = {
        element.getparent(): None
        for element in tree.iter(*BLOCK_TAGS, *_FORMATTING, "br")
        if element.tag in BLOCK_TAGS
        or (
            _is_empty_line(element)
            if element.tag == "br"
            else _is_formatted_sentence(element) and not _in_inline(element)
        )
    }
    for container in containers:
        if container is None or container.tag in _NOT_LOOSE_TEXT_PARENTS:
            continue
        children = list(container)
        loose = _is_text(container.text) or any(_is_text(child.tail) for child in children)
        if not (
            loose or any(_is_formatted_sentence(c) or (c.tag in INLINE_TAGS and _is_own_line(c)) for c in children)
        ):
            continue
        if next(container.iterancestors("p", *HEADING_TAGS), None) is not None:
            continue  # inside a paragraph or a heading already
        if _is_text(container.text):
            paragraph = container.makeelement("p")
            paragraph.text, container.text = container.text, None
            container.insert(0, paragraph)
            paragraph.extend(_line_after(paragraph))
        for child in children:
            if child.getparent() is not container:
                continue  # taken into a line before it
            if child.tag in INLINE_TAGS and _in_a_line(child):
                line = [child, *_line_after(child)]
                if not (
                    any(_is_text(element.tail) for element in line)
                    or _is_formatted_sentence(child)
                    or _is_own_line(child)
                ):
                    continue  # markup alone (a label, a link), not a line of text
                paragraph = child.makeelement("p")
                child.addprevious(paragraph)
            elif _is_text(child.tail):
                paragraph = child.makeelement("p")
                paragraph.text, child.tail = child.tail, None
                child.addnext(paragraph)
                line = _line_after(paragraph)
            else:
                continue
            paragraph.extend(line)


def _is_formatted_sentence(element: HtmlElement) -> bool:
    """Emphasised text with markup in it ("<em>Follow us on <a>…</a>.</em>"), mostly its own text (not a list of
    links in bold): a line of text, though all markup. Outside a paragraph the extractor trims the spaces around
    its inner markup ("Follow us on<a>…</a>")."""
    if element.tag not in _FORMATTING or not len(element) or not _is_text(element.text):
        return False
    inner = list(element.iterchildren(etree.Element))  # not comments
    own = len(element.text) + sum(len(child.tail or "") for child in element)
    return bool(inner) and own > sum(len(child.text_content()) for child in inner)


def _is_own_line(element: HtmlElement) -> bool:
    """Markup holding text alone on its line between blank lines (or the container's ends), in a text written
    with <br>s: a subhead in bold ("…<br><br><b>◆교사 구하기도 어려워</b><br><br>…"), a paragraph an editor wrote
    as a span ("<span>…</span><br><br>"); not a link."""
    before, after = element.getprevious(), element.getnext()
    if before is None and _is_text(element.getparent().text):
        return False
    alone = (before is None or _is_empty_line(before)) and (
        after is None or (after.tag == "br" and (after.getnext() is None or _is_empty_line(after.getnext())))
    )
    return (
        alone
        and element.tag not in ("a", "img")
        and _is_text(element.text_content())
        and next(element.iter("a"), None) is None
    )


def _is_empty_line(br: HtmlElement) -> bool:
    """A line break right after another: the blank line between paragraphs written as text."""
    before = br.getprevious()
    return before is not None and before.tag == "br" and not _is_text(before.tail)


def _in_inline(element: HtmlElement) -> bool:
    parent = element.getparent()
    return parent is None or parent.tag in INLINE_TAGS


def _line_after(element: HtmlElement) -> list[HtmlElement]:
    """What goes on with the line of text after ``element``, up to a block or an empty line (a <br> that
    neither text nor inline markup follows)."""
    line: list[HtmlElement] = []
    following = element.getnext()
    while following is not None and _in_a_line(following):
        after = following.getnext()
        if following.tag == "br" and not (_is_text(following.tail) or (after is not None and after.tag in INLINE_TAGS)):
            break
        line.append(following)
        following = after
    return line


def _in_a_line(element: HtmlElement) -> bool:
    """Inline markup that holds no block (a browser breaks the line around one), a line break or a comment."""
    return element.tag in _IN_A_LINE and (not len(element) or next(element.iter(*BLOCK_TAGS), None) is None)


def _is_text(text: str | None) -> bool:
    return bool(text and not text.isspace())


def _drop_captions_after_images(tree: HtmlElement) -> None:
    """The captions written after their images: one a triangle opens, as the line right after its image in text
    written with <br>s ("<img …><br>▲ 9일 … 모습.<br><br>", also after a blank line); one that says what the
    image's alt text says (see _drop_caption_saying_alt)."""
    for image in list(tree.iter("img")):
        _drop_caption_saying_alt(image)
        holder = image
        while not _is_text(holder.tail) and (following := holder.getnext()) is not None and following.tag == "br":
            holder = following
        text = (holder.tail or "").strip()
        if text.startswith(_TRIANGLES) and len(text) < _CAPTION_MAX:
            after = holder.getnext()
            if after is None or after.tag == "br" or after.tag in BLOCK_TAGS:
                holder.tail = None


_CAPTION_ALT_MIN = 10  # letters of an image's alt text that may be its caption's words
_CAPTION_CREDIT_MAX = 20  # letters a caption may add to its image's alt text: the photographer's credit
_CAPTION_BOX_LEVELS = 3  # elements above an image that may be the box holding it and its caption
_CAPTION_BOX_ELEMENTS = 40  # elements such a box holds at most
_TEXT_OUTSIDE_CODE = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")
_BOX_SIZE = etree.XPath(f"count(descendant::*[position() <= {_CAPTION_BOX_ELEMENTS + 1}])")


def _drop_caption_saying_alt(image: HtmlElement) -> None:
    """A text after ``image`` that says what its alt text says (and perhaps who took it), in a box holding only the
    two: the image's caption (an older CMS's photo box, "<dl><dd><img alt=…></dd><dt>…</dt></dl>"; a caption under
    its image, "<div><img alt=…><br><span>…</span></div>"). A card's title above its image, or a box with other
    text, stays."""
    said = letters_key(image.get("alt") or "")
    if len(said) < _CAPTION_ALT_MIN or next(image.iterancestors("a"), None) is not None:
        return  # no words to say, or a link's image (a teaser's, a link to the full-size photo)
    box = image
    for _ in range(_CAPTION_BOX_LEVELS):
        box = box.getparent()
        if box is None or _BOX_SIZE(box) > _CAPTION_BOX_ELEMENTS:
            return  # the page's top, or a box too large to be a photo's
        shown = letters_key("".join(_TEXT_OUTSIDE_CODE(box)))
        if shown:  # the first box with text in it: the caption's, or one with other text
            if _says(shown, said):
                _drop_text_after(image, box, said)
            return


def _says(text: str, said: str) -> bool:
    """Whether ``text`` (letters) is ``said`` with at most a credit after it ("… 부국장. /이태경 기자")."""
    return text.startswith(said) and len(text) - len(said) <= _CAPTION_CREDIT_MAX


def _drop_text_after(image: HtmlElement, box: HtmlElement, said: str) -> None:
    """Take out the text after ``image`` inside ``box`` where it says ``said``."""
    tails: list[HtmlElement] = []  # the image and each element holding it below the box: their tails follow it
    after: list[HtmlElement] = []  # and so do the elements after each of them
    node = image
    while node is not box:
        tails.append(node)
        after.extend(node.itersiblings())
        node = node.getparent()
    text = "".join(held.tail or "" for held in tails) + "".join(
        ("".join(_TEXT_OUTSIDE_CODE(element)) if isinstance(element.tag, str) else "") + (element.tail or "")
        for element in after  # a comment's text is not shown, its tail is
    )
    if not _says(letters_key(text), said) or any(
        isinstance(element.tag, str) and next(element.iter(*HEADING_TAGS), None) is not None for element in after
    ):
        return  # not the caption, or a heading (a headline under its image: the page's, read again later)
    for held in tails:
        held.tail = None
    for element in after:
        element.tail = None
        element.drop_tree()


def with_sibling_containers(tree: HtmlElement, body: str) -> str:
    """``body`` with the paragraphs of the article's other containers, where the page splits the article
    into several sibling containers of one class (chunks between ads) and the extractor took only one.

    The container is the parent of the body's last paragraph in the page; the others share its tag and
    class and its <article> (or, without one, an ancestor close above); only their prose paragraphs not
    in the body already are taken, and only where there are at least two (a lone paragraph of the same
    class is more often a box than the article going on).
    """
    last = next((t for t in reversed(_paragraph_texts(body)) if len(t) >= PROSE_MIN), "")
    if not last:
        return body
    found = _PARAGRAPH_WITH_TEXT(tree, text=" ".join(html.unescape(_TAG.sub("", last)).split()))
    container = found[0].getparent() if found else None
    if container is None or not container.get("class"):
        return body
    if container.tag not in _WITH_CLASS:
        _WITH_CLASS[container.tag] = etree.XPath(f"//{container.tag}[@class = $cls]")
    others = _WITH_CLASS[container.tag](tree, cls=container.get("class"))
    if len(others) < 2:
        return body
    article = next(container.iterancestors("article"), None)
    near = set(list(container.iterancestors())[:3])
    in_body = _key_finder(body)
    before: list[str] = []
    after: list[str] = []
    side = before
    for other in others:
        if other is container:
            side = after
            continue
        if container in other.iterancestors() or other in container.iterancestors():
            continue
        home = next(other.iterancestors("article"), None)
        if home is not article or (article is None and not near.intersection(other.iterancestors())):
            continue
        for paragraph in other.iter("p"):
            text = " ".join(paragraph.text_content().split())
            if is_prose(text) and not in_body(letters_key(text)[:PROSE_MIN]):
                side.append(tostring(paragraph, encoding="unicode", with_tail=False))
    if len(before) + len(after) < 2:
        return body
    return "".join(before) + body + "".join(after)


def _paragraph_texts(body: str) -> list[str]:
    """``_PARAGRAPH.findall(body)``, each paragraph's end found by str.find (the pattern's lazy ".*?" tests every
    character of a long body: ~0.2 ms on 40 kB)."""
    texts = []
    start = 0
    while (opening := _PARAGRAPH_OPENING.search(body, start)) is not None:
        end = body.find("</p>", opening.end())
        if end < 0:
            break
        texts.append(body[opening.end() : end])
        start = end + len("</p>")
    return texts


def with_paragraphs_written_again(tree: HtmlElement, body: str) -> str:
    """``body`` holding a paragraph the page writes twice or more in a row (the same text in sibling paragraphs
    written alike, the same class) as many times as the page writes it there. The extractor keeps one of a
    block that says again what the block before it said (what its own overlapping candidates make), and the
    pruning drops a long block said before (a teaser, a hidden copy): neither is the page writing it again."""
    again = _written_again(tree)
    runs: dict[str, list[int]] = {}  # by text: how many times each run of it writes it, in the page's order
    for written in again:
        text = " ".join(written.text_content().split())
        if len(text) < PROSE_MIN:
            continue
        if any(written.getprevious() is other for other in again):
            runs[text][-1] += 1
        else:
            runs.setdefault(text, []).append(2)
    if not runs:
        return body
    root = parse_fragment(body)
    for text, held in _paragraphs_by_text(root, runs).items():
        if len(held) == len(runs[text]):  # one for each run: each written again where its run was
            more = [n - 1 for n in runs[text]]
        else:
            more = [0] * (len(held) - 1) + [max(sum(runs[text]) - len(held), 0)]
        for paragraph, times in zip(held, more, strict=True):
            for _ in range(times):
                paragraph.addnext(fragment_fromstring(tostring(paragraph, encoding="unicode", with_tail=False)))
    inner = tostring(root, encoding="unicode")
    return inner[len("<div>") : -len("</div>")]


def with_headings_between(tree: HtmlElement, body: str, title: str) -> str:
    """``body`` with the section headings the page sets between two of its paragraphs ("<p>…</p><h3>교실은
    공부방으로</h3><p>…</p>"), where the extractor kept both paragraphs, one after the other, and lost the heading
    (its fallback keeps paragraphs only). Not the headline, nor a label of furniture."""
    if not body:
        return body
    in_body = _key_finder(body)
    title_key = letters_key(title)
    lost: dict[tuple[str, str], str] = {}  # by the ends of the paragraphs around it: a lost heading's text
    for heading, before, after in _headings_between_paragraphs(tree):
        text = " ".join(heading.text_content().split())
        key = letters_key(text)
        if not key or len(text) > _LOST_HEADING_MAX or key == title_key or in_body(key) or for_screen_readers(heading):
            continue
        around = _end_keys(before)[1], _end_keys(after)[0]
        if all(len(end) == _NEIGHBOUR_KEY and in_body(end) for end in around) and not _is_furniture(text):
            lost[around] = text
    if not lost:
        return body
    root = parse_fragment(body)
    paragraphs = list(root.iter("p"))
    for before, after in itertools.pairwise(paragraphs):
        text = lost.get((_end_keys(before)[1], _end_keys(after)[0]))
        if text is not None and before.getnext() is after:
            heading = after.makeelement("h3")
            heading.text, heading.tail = text, "\n\n"
            after.addprevious(heading)
    inner = tostring(root, encoding="unicode")
    return inner[len("<div>") : -len("</div>")]


def _headings_between_paragraphs(tree: HtmlElement) -> Iterator[tuple[HtmlElement, HtmlElement, HtmlElement]]:
    """Each heading with the paragraphs before and after it: an <h2> to <h4> between two sibling paragraphs, or
    text its class names a heading right before a paragraph, with the page's last paragraph before it (also where
    it is the first in its box: "<div class='step'><span class='head'>Step 2</span><p>…")."""
    for element in tree.iter("h2", "h3", "h4", "p"):  # one walk for both kinds
        if element.tag != "p":
            before = next((e for e in element.itersiblings(preceding=True) if e.tag not in _BETWEEN_BLOCKS), None)
            after = next((e for e in element.itersiblings() if e.tag not in _BETWEEN_BLOCKS), None)
            if before is not None and after is not None and before.tag == "p" and after.tag == "p":
                yield element, before, after
            continue
        heading = element.getprevious()
        if (
            heading is None
            or heading.tag not in _STYLED_HEADING_TAGS
            or not _HEADING_CLASS.search(heading.get("class") or "")
        ):
            continue
        if next(heading.iterdescendants(*BLOCK_TAGS), None) is None:
            before = _PARAGRAPH_BEFORE(heading)
            if before:
                yield heading, before[0], element


def _end_keys(paragraph: HtmlElement) -> tuple[str, str]:
    """The first and the last letters of a paragraph's key, that find it in the body."""
    key = letters_key(paragraph.text_content())
    return key[:_NEIGHBOUR_KEY], key[-_NEIGHBOUR_KEY:]


def _is_furniture(text: str) -> bool:
    return stands_alone(text, None) or is_related_label(text) or is_promotion(text) or is_notice(text)


def _written_again(tree: HtmlElement) -> list[HtmlElement]:
    """The paragraphs (and <div>s of text alone) written as the one right before them: the same tag, class and
    text. (A walk with cheap tests first: an XPath comparing each paragraph's text with its sibling's costs more.)"""
    found = []
    for element in tree.iter("p", "div"):
        before = element.getprevious()
        if (
            before is None
            or before.tag != element.tag
            or before.text != element.text
            or len(before) != len(element)
            or (element.tag == "div" and len(element))
            or before.get("class") != element.get("class")
        ):
            continue
        if before.text_content() == element.text_content():
            found.append(element)
    return found


def _paragraphs_by_text(root: HtmlElement, texts: dict[str, list[int]]) -> dict[str, list[HtmlElement]]:
    found: dict[str, list[HtmlElement]] = {}
    for paragraph in root.iter("p"):
        text = " ".join(paragraph.text_content().split())
        if text in texts:
            found.setdefault(text, []).append(paragraph)
    return found


def _key_finder(body: str) -> Callable[[str], bool]:
    """A test of whether the letter key of ``body`` (made on the first test) holds a key. Each search starts where
    the last key was found: the other containers' paragraphs that the body holds come in its order."""
    key_of_body = functools.cache(lambda: letters_key(html.unescape(_TAG.sub(" ", body))))
    start = 0

    def holds(key: str) -> bool:
        nonlocal start
        found = key_of_body().find(key, start)
        if found < 0:
            found = key_of_body().find(key)
        start = max(found, 0)
        return found >= 0

    return holds


def has_prose_line(body: str) -> bool:
    """Whether any line of ``body`` is a paragraph of prose: else the extractor found only the page around it.
    A <p> without line breaks is one line whose text is its text without tags (html_to_text can only add spaces
    between words): those nearly always tell, and the whole text is made only where none does."""
    for match in _PARAGRAPH.finditer(body):
        paragraph = match.group(1)
        if "<br" not in paragraph and is_prose(" ".join(html.unescape(_TAG.sub("", paragraph)).split())):
            return True
    return any(is_prose(line) for line in html_to_text(body).splitlines())


def marked_body(tree: HtmlElement) -> str:
    """The inner HTML of the element the page marks as the article's text (itemprop=articleBody, or a class or id
    naming it: "article_body", "view_text", "articletxt"), the innermost such element whose text, without its
    photos and captions, has a sentence: the text of a flash too short for the extractor to tell from the page
    around it."""
    found = [(element, _without_photos(element)) for element in _text_containers(tree)]
    found = [(element, text) for element, text in found if _has_sentence(text)]
    containers = {element for element, _ in found}
    for element, text in found:
        if not any(inner in containers for inner in element.iterdescendants()):
            inner_html = html.escape(text.text or "", quote=False)
            return (inner_html + "".join(tostring(child, encoding="unicode") for child in text)).strip()
    return ""


def _text_containers(tree: HtmlElement) -> list[HtmlElement]:
    return [
        element
        for element in tree.iter("div", "section", "article", "td", "span")
        if (element.get("itemprop") == "articleBody" or _names_the_text(element))
        and not any(a.tag in _AROUND_ARTICLE for a in element.iterancestors())
    ]


def _names_the_text(element: HtmlElement) -> bool:
    marks = f"{element.get('class', '')} {element.get('id', '')}".split()
    return any(_TEXT_CONTAINER.match(mark) for mark in marks)


def _without_photos(element: HtmlElement) -> HtmlElement:
    """A copy of ``element`` without its photos, captions, scripts and styles."""
    copy = fragment_fromstring(tostring(element, encoding="unicode", with_tail=False))
    for photo in [e for e in copy.iterdescendants(*_NOT_TEXT, *_CAPTION_TAGS) if _is_photo_or_code(e)]:
        photo.drop_tree()
    return copy


def _has_sentence(element: HtmlElement) -> bool:
    return _SENTENCE_END.search(" ".join(" ".join(element.itertext()).split())) is not None


def _is_photo_or_code(element: HtmlElement) -> bool:
    return element.tag in _NOT_TEXT or _is_caption(element)


def photo_story(tree: HtmlElement) -> str:
    """The text of a photo story, a page whose article is its photos' captions (포토뉴스): each caption on the page
    that tells a story (a figcaption, an element its class or id calls a caption, or a photo table's caption row
    whatever its class), as a paragraph; not one inside a link (a teaser card), a menu or the page's header, footer
    or sidebar."""
    in_photo_tables = set(_PHOTO_TABLE_CAPTIONS(tree))
    captions: list[str] = []
    for element in tree.iter(*_CAPTION_TAGS):
        if not (_is_caption(element) or element in in_photo_tables) or any(
            _is_caption(inner) for inner in element.iterdescendants(*_CAPTION_TAGS)
        ):
            continue
        text = " ".join(element.text_content().split())
        if (
            _tells_a_story(text)
            and text not in captions
            and not any(a.tag in _AROUND_ARTICLE for a in element.iterancestors())
        ):
            captions.append(text)
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in captions)


def _tells_a_story(caption: str) -> bool:
    """A caption of sentences, long enough to be an article; the reporter's name and e-mail may run on after
    the last ("… 개장했다. 이준호 기자 ljh@…")."""
    return len(caption) >= PROSE_MIN and _SENTENCE_END.search(caption) is not None


def _is_caption(element: HtmlElement) -> bool:
    return (
        element.tag == "figcaption"
        or _CAPTION.search(f"{element.get('class', '')} {element.get('id', '')}") is not None
    )


def mark_captions(root: etree._Element) -> None:
    """Turn photo captions into <figcaption> beside their image, so the text can leave them out."""
    for element in list(root.iter("p", "div", "span")):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not _CAPTION.search(marks) or len("".join(element.itertext())) > _CAPTION_MAX:
            continue
        element.tag = "figcaption"
        image = element.getprevious()
        if image is not None and image.tag == "img" and not (image.tail or "").strip():
            figure = etree.Element("figure")
            image.addprevious(figure)
            figure.append(image)
            figure.append(element)
