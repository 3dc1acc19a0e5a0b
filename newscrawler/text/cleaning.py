"""Article HTML made safe to publish, its plain text, and excerpts cut at a sentence end."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from html import escape as html_escape
from itertools import islice
from urllib.parse import urljoin

import lxml.html
import nh3
from lxml import etree
from lxml.html.defs import link_attrs

ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "dd",
        "del",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
    ]
)
# Dropped with everything inside them (the rest of the unknown tags keep their text).
DROPPED_WITH_CONTENT = frozenset(
    [
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "noscript",
        "template",
        "svg",
        "math",
        "form",
        "button",
        "select",
        "textarea",
        "input",
        "canvas",
        "audio",
        "video",
        "source",
        "track",
        "head",
        "title",
    ]
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
    "time": {"datetime"},
    "abbr": {"title"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# The link attributes sanitising keeps, by tag: all lxml's make_links_absolute would find in a sanitised fragment
# (no <base>, <object>, <style> or style attributes are kept), though it looks at every element for each kind.
_LINK_ATTRIBUTES = {tag: attrs & link_attrs for tag, attrs in ALLOWED_ATTRIBUTES.items() if attrs & link_attrs}
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BLOCK_TAGS = frozenset(
    ["blockquote", "div", "dl", "figure", "figcaption", *HEADING_TAGS, "hr", "ol", "p", "pre", "table", "ul"]
)
_CONTAINERS = frozenset(["div", "figure", "blockquote"])
# white space between the children of these is layout
_STRUCTURAL = frozenset(["ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr"])
_LAYOUT_PARENTS = _STRUCTURAL | _CONTAINERS
_KEEPS_EMPTY = frozenset({"img", "hr", "td", "th", "tr"})  # a block of line breaks alone shows nothing
_BLOCKS_TO_PRUNE = ("p", "div", "li", *HEADING_TAGS, "blockquote", "figure", "ul", "ol", "a")
_TEXT_BLOCKS = frozenset(["p", "div", *HEADING_TAGS, "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "hr"])
_LINE_TAGS = frozenset(["br", "li", "dt", "dd", "tr", "caption"])
_CELL_TAGS = frozenset(["td", "th"])
# Inline markup: a line of text goes on through it. Markup opening inside a word ("changes i<a>n their</a>")
# does not split it. Where inline markup closes, the main-text extractor has already trimmed the white space
# after it ("<a>Netflix</a>and"), so the space between two Latin letters there is put back.
INLINE_TAGS = frozenset(
    ["a", "b", "i", "em", "strong", "u", "s", "span", "font", "sup", "sub", "mark", "small", "abbr", "q", "cite"]
).union(["bdi", "bdo", "code", "del", "dfn", "img", "ins", "kbd", "label", "samp", "time", "var", "wbr"])
_GLUE = "\x02"
# Superscripts and subscripts end inside a word ("x<sup>2</sup>+y", "H<sub>2</sub>O", "<sup>22</sup>Sometimes").
_RAISED = frozenset(["sup", "sub"])
_LATIN_WORD_CHARS = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0xC0, 0x250)))
)
_INVISIBLE = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")

# A sentence ends at . ! ? (and their full-width forms) or an ellipsis, before a space;
# Korean declaratives ("…했다.") are covered by the period.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])[\"'”’)\]]*\s+")

_NON_WORD = re.compile(r"\W+")
# The ASCII characters that are not word characters (\W): for ASCII text, deleted from its bytes in one pass.
_ASCII_NON_WORD = bytes(c for c in range(128) if _NON_WORD.match(chr(c)))
# A text that ends like a sentence: a full stop, question or exclamation mark, or a Korean ending (…다, …요).
ENDS_LIKE_SENTENCE = re.compile(r"[.!?。다요][\"'”’)]?(?:\s+[A-Z]{2,4})?$")
PROSE_MIN = 80  # characters: a line of prose, not a label, menu or byline


def is_prose(text: str, minimum: int = PROSE_MIN) -> bool:
    """Whether a line of text is a paragraph of the article's prose: long enough, and ending like a sentence."""
    return len(text) >= minimum and ENDS_LIKE_SENTENCE.search(text) is not None


def letters_key(text: str) -> str:
    """``text`` as its letters and digits only, case-folded: for telling whether two texts say the same words,
    whatever their spacing, punctuation and markup."""
    if text.isascii():
        return text.encode().translate(None, _ASCII_NON_WORD).decode().lower()
    return _NON_WORD.sub("", "".join(text.split())).casefold()  # spaces dropped first, faster than by the pattern


# Every element an HtmlElement, told by lxml's own lookup: lxml.html's parser asks a Python method which
# class each element gets (form fields get their own), once for every element touched, in our walks and
# the extractor's (a few per cent of a page's time). Pages and fragments are parsed with it.
ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
FRAGMENT_PARSER = etree.HTMLParser()
FRAGMENT_PARSER.set_element_class_lookup(ELEMENT_CLASSES)


def parse_fragment(fragment: str) -> lxml.html.HtmlElement:
    """``fragment`` parsed inside a <div> (as lxml.html.fragment_fromstring(create_parent="div") does, but
    with the <div> made by our parser: lxml.html's would bring its Python lookup back for the whole tree)."""
    elements = lxml.html.fragments_fromstring(fragment, parser=FRAGMENT_PARSER)
    parent = FRAGMENT_PARSER.makeelement("div")
    if elements and isinstance(elements[0], str):
        parent.text = elements.pop(0)
    parent.extend(elements)
    return parent


def sanitize_html(fragment: str, base_url: str) -> str:
    """Article HTML with nothing executable, no tracking attributes, no empty paragraphs, absolute links."""
    return sanitized_html_and_text(fragment, base_url)[0]


def sanitized_html_and_text(fragment: str, base_url: str) -> tuple[str, str]:
    """:func:`sanitize_html` and the :func:`html_to_text` of its result, from one parse."""
    if not fragment.strip():
        return "", ""
    cleaned = nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        strip_comments=True,
        link_rel=None,
    )
    root = parse_fragment(cleaned) if cleaned.strip() else None
    if root is None:
        return "", ""
    _prune_empty(root)
    _make_links_absolute(root, base_url)
    return _serialise_blocks(root), _text_of(root)


def _make_links_absolute(root: lxml.html.HtmlElement, base_url: str) -> None:
    """What ``root.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")`` does to
    a sanitised fragment: each link resolved against ``base_url``, one that cannot be resolved dropped."""
    for element in root.iter(*_LINK_ATTRIBUTES):
        for name in _LINK_ATTRIBUTES[element.tag]:
            link = element.get(name)
            if link is None:
                continue
            try:
                absolute = urljoin(base_url, link.strip())
            except ValueError:
                del element.attrib[name]
                continue
            if absolute != link:
                element.set(name, absolute)


def html_to_text(fragment: str) -> str:
    """Plain text with paragraphs separated by blank lines; photo captions left out.

    Inline markup adds no white space of its own: a link inside a Japanese or
    Korean sentence stays part of the word it is written in.
    """
    if not fragment.strip():
        return ""
    return _text_of(parse_fragment(fragment))


def _text_of(root: lxml.html.HtmlElement) -> str:
    chunks: list[str] = []
    _collect_text(root, chunks)
    blocks = []
    for block in _join_chunks(chunks).split("\x00"):
        if not block or _is_blank(block):
            continue
        lines = [" ".join(line.split()) for line in block.split("\x01")]
        text = "\n".join([line for line in lines if line and not _is_blank(line)])
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def _join_chunks(chunks: list[str]) -> str:
    """Join text pieces; where markup alone separated two Latin-script words, keep them apart."""
    out: list[str] = []
    last = ""
    glued = False
    for chunk in chunks:
        if not chunk:
            continue
        if chunk == _GLUE:
            glued = True
            continue
        if last in _LATIN_WORD_CHARS and not glued and chunk[0] in _LATIN_WORD_CHARS:
            out.append(" ")
        out.append(chunk)
        last, glued = chunk[-1], False
    return "".join(out)


def _collect_text(element: lxml.html.HtmlElement, chunks: list[str]) -> None:
    """Append the element's text pieces and the separators its tag makes (empty pieces left out)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    tail = element.tail
    if tag == "figcaption":
        if tail:
            chunks.append(tail)
        return
    separator = "\x00" if tag in _TEXT_BLOCKS else "\x01" if tag in _LINE_TAGS else ""
    opening = _GLUE if tag in INLINE_TAGS and _opens_inside_a_word(element) else separator
    if opening:
        chunks.append(opening)
    if tag in _CELL_TAGS:
        chunks.append(" ")
    if element.text:
        chunks.append(element.text)
    for child in element:
        _collect_text(child, chunks)
    if separator:
        chunks.append(separator)
    # the extractor keeps the space after a superscript where there is one; a drop cap runs into its word
    if tag in _RAISED or (tag in INLINE_TAGS and _is_initial_letter(element)):
        chunks.append(_GLUE)
    if tail:
        chunks.append(tail)


def _is_initial_letter(element: lxml.html.HtmlElement) -> bool:
    """A drop cap: an inline element holding one letter, with the rest of the word written straight after it
    ("<strong>T</strong>he spark")."""
    text, tail = element.text, element.tail
    return (
        text is not None and len(text) == 1 and text.isalpha() and not len(element) and bool(tail) and tail[0].isalpha()
    )


def _opens_inside_a_word(element: lxml.html.HtmlElement) -> bool:
    """Whether text of the same parent runs right up to ``element`` ("i<a>n"), not another element's end."""
    previous, parent = element.getprevious(), element.getparent()
    before: str = (previous.tail if previous is not None else parent.text if parent is not None else None) or ""
    return bool(before) and not before[-1].isspace()


@dataclass
class TextLine:
    """A block-level run of a fragment's text (a block, a list item, a table row; the <br>-separated lines of
    a block stay one run unless asked for apart), with the text slots that hold it, so that it can be taken out."""

    text: str = ""
    slots: list[tuple[lxml.html.HtmlElement, str]] = field(default_factory=list)  # (element, "text" or "tail")


_LINE_BREAKS = (_TEXT_BLOCKS | _LINE_TAGS | {"figcaption"}) - {"br"}
_LINE_BREAKS_WITH_BR = _LINE_BREAKS | {"br"}


def line_holder(line: TextLine, root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The block element below ``root`` whose text ``line`` is (``root`` itself for text outside any block)."""
    element, where = line.slots[-1]
    holder = element if where == "text" else element.getparent()
    for candidate in (holder, *holder.iterancestors()):
        if candidate is root or candidate.tag in _LINE_BREAKS:
            return candidate
    return root


_MEDIA = ("img", "picture", "video", "audio", "iframe", "embed", "object")


def text_lines(root: lxml.html.HtmlElement, at_breaks: bool = False) -> list[TextLine]:
    """The lines of ``root``'s text that hold any, in document order; ``at_breaks``: a <br> ends a line too."""
    lines: list[TextLine] = []
    slots: list[tuple[lxml.html.HtmlElement, str]] = []
    pieces: list[str] = []  # the text in each slot

    def close() -> None:
        nonlocal slots, pieces
        if not slots:
            return
        text = " ".join(" ".join(pieces).split())
        if text:
            lines.append(TextLine(text, slots))
        slots, pieces = [], []

    breaks = _LINE_BREAKS_WITH_BR if at_breaks else _LINE_BREAKS
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if slots and element.tag in breaks:
            close()
        if event == "start":
            text = element.text
            if text and isinstance(element.tag, str):
                slots.append((element, "text"))
                pieces.append(text)
        else:
            tail = element.tail
            if tail and element is not root:
                slots.append((element, "tail"))
                pieces.append(tail)
    close()
    return lines


def drop_lines(lines: list[TextLine]) -> None:
    """Take the text of ``lines`` out of their fragment, and the elements left holding nothing (images stay)."""
    emptied = []
    for line in lines:
        for element, where in line.slots:
            setattr(element, where, None)
            emptied.append(element if where == "text" else element.getparent())
    for element in emptied:
        while element is not None and element.getparent() is not None and _holds_nothing(element):
            parent = element.getparent()
            element.drop_tree()
            element = parent


def _holds_nothing(element: lxml.html.HtmlElement) -> bool:
    return not element.text_content().strip() and next(element.iter(*_MEDIA), None) is None


def content_hash(body_text: str) -> str:
    normalised = " ".join(body_text.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def cut_at_sentence(text: str, limit: int = 300) -> str:
    """The leading sentences of ``text`` that fit in ``limit`` characters (at least one, shortened if it must be)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if kept:
        return kept
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:·-–— ") + "…"


def excerpt_from_text(body_text: str, limit: int = 300) -> str:
    """Leading sentences of the body, skipping datelines, captions and other short lines."""
    paragraphs = [p for p in body_text.split("\n\n") if p.strip()]
    substantial = (p for p in paragraphs if len(p) >= 40 and _SENTENCE_END.search(p + " "))
    return cut_at_sentence(" ".join(list(islice(substantial, 3)) or paragraphs[:3]), limit)


def plain(text: str) -> str:
    """One line of text: tags removed, entities decoded, white space collapsed."""
    if "<" in text or "&" in text:
        with contextlib.suppress(etree.ParserError):
            text = parse_fragment(text).text_content()
    return " ".join(text.split())


def _serialise_blocks(root: lxml.html.HtmlElement) -> str:
    """The fragment's HTML with the layout white space around blocks replaced by one blank line."""
    _drop_layout_whitespace(root)
    parts: list[str] = []
    if root.text and root.text.strip():
        parts.append(html_escape(root.text.strip(), quote=False))
    after_block = False
    for child in root:
        is_block = child.tag in BLOCK_TAGS
        if parts and (is_block or after_block):
            parts.append("\n\n")
        # (not lxml.html.tostring: it scans each result for a <meta> content type, which sanitising never keeps)
        parts.append(etree.tostring(child, method="html", encoding="unicode", with_tail=False))
        tail = child.tail or ""
        if tail.strip():
            parts.append(("\n\n" + tail.lstrip()) if is_block else tail)
            after_block = False
        else:
            after_block = is_block
    return "".join(parts).strip()


def _drop_layout_whitespace(root: lxml.html.HtmlElement) -> None:
    parents = root.iter(*_LAYOUT_PARENTS)  # the others hold no layout white space (no list made for each)
    for element in parents if root.tag in _LAYOUT_PARENTS else itertools.chain([root], parents):
        children = list(element)
        if element.tag in _STRUCTURAL:
            if element.text and _is_blank(element.text):
                element.text = None
            for child in children:
                if child.tail and _is_blank(child.tail):
                    child.tail = None
        elif element.tag in _CONTAINERS or element is root:
            if element.text and _is_blank(element.text) and (not children or children[0].tag in BLOCK_TAGS):
                element.text = None
            for child, following in zip(children, [*children[1:], None], strict=False):
                layout = child.tag in BLOCK_TAGS or following is None or following.tag in BLOCK_TAGS
                if child.tail and _is_blank(child.tail) and layout:
                    child.tail = None


def _is_blank(text: str) -> bool:
    """White space, or characters that show nothing (a byte-order mark, a zero-width space) and white space."""
    return text.isspace() or _INVISIBLE.fullmatch(text) is not None


def _prune_empty(root: lxml.html.HtmlElement) -> None:
    for element in reversed(list(root.iter(*_BLOCKS_TO_PRUNE))):
        if element is root or element.getparent() is None:
            continue
        if element.text and not _INVISIBLE.fullmatch(element.text):
            continue  # its own text shows, whatever is inside it
        text = element.text_content()
        if text and not _INVISIBLE.fullmatch(text):
            continue
        if not any(child.tag in _KEEPS_EMPTY or child.tag == "table" for child in element.iter()):
            element.drop_tree()
