"""What main-text extractors commonly leave in an article body, taken out again.

Each rule is about a kind of page furniture, never about one site: the
headline repeated as a paragraph, a dateline or byline standing alone at the
top, "related stories" and copyright blocks at the end. Here is where in the
body each kind is cut; ``furniture`` tells a line of furniture by its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html
from lxml import etree

from newscrawler.extraction.authors import BROADCAST_SIGNOFF
from newscrawler.extraction.furniture import (
    COPYRIGHT,
    FURNITURE_MAX,
    RELATED_LABEL,
    TRAILER_MAX,
    is_agency_alone,
    is_byline_row,
    is_headline,
    is_meta_row,
    is_notice,
    is_promotion,
    is_related_label,
    is_source_credit,
    stands_alone,
)
from newscrawler.extraction.titles import (
    KICKED_HEADLINE_MIN,
    SERIES_MARKS,
    is_kicked_headline,
    kicked_headlines,
    without_series_label,
)
from newscrawler.text.cleaning import (
    ENDS_LIKE_SENTENCE,
    HEADING_TAGS,
    TextLine,
    drop_lines,
    is_prose,
    letters_key,
    line_holder,
    parse_fragment,
    text_lines,
)

_BLOCKS = ("p", "div", *HEADING_TAGS, "li", "ul", "ol", "blockquote", "table", "figure", "pre")
# The newsroom's channels for tips, a line each, under its appeal ("▷ 전화 02-784-0000", "▷ 이메일 jebo@…",
# "▷ 카카오톡 @…제보", "[카카오톡] … 검색해 채널 추가"): the newsroom's only where one of them is a messenger, not
# an event's contact lines.
_TIP_CHANNEL = r"(?:전화|이메일|e-?mail|메일|카카오톡|카톡|라인|팩스)"
_TIP_LABEL = r"(?:[■□▷▶◆●]\s*)?(?:기사\s*)?제보(?:하기)?"  # the box's label above them ("■ 제보하기")
_TIP_CONTACT = re.compile(
    rf"^(?:[▷▶►■●☞-]?\s*{_TIP_CHANNEL}\s*[:：]?\s*(?:\d{{2,4}}-\d{{3,4}}-\d{{4}}(?:\s*,\s*\d{{3,4}})*|"
    rf"[\w.+-]+@[\w.-]+\.\w+|@\S{{1,30}}|.{{1,30}}\s검색(?:해|하여|\s*후)?,?\s*채널\s*추가)|"
    rf"\[\s*{_TIP_CHANNEL}\s*\]\s*.{{1,40}}|{_TIP_LABEL})$",
    re.IGNORECASE,
)
_MESSENGERS = ("카카오톡", "카톡")
# A short block that starts the page's furniture after the article (the whole block says it).
_TRAILER = re.compile(
    r"^(?:related(?: (?:stories|articles|posts|news|coverage|content))?|top stories|"
    r"more (?:(?:[\w'’-]+ ){0,2}from|stories|on)\b.*|"
    r"latest videos?(?: from\b.*)?|more videos?|"
    r"see also|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|"
    r"trending(?: now)?|tags|filed under|topics|latest (?:news|stories)|sponsored(?: content)?|advertisement|"
    r"share this(?: article)?|previous (?:article|post|story)|next (?:article|post|story)|"
    r"sign up for\b.*|subscribe to\b.*|.{0,40}newsletters?|thanks for signing up!?|comments?(?: \(?\d+\)?)?|"
    r"leave a (?:comment|reply)|"
    r"다른\s*기사\s*보기|댓글(?:\s*\d+)?|구독하기|(?:sns\s*)?공유하기|이전\s*(?:기사|글)|다음\s*(?:기사|글)|"
    r"독자\s*투고|" + _TIP_LABEL + r"|인쇄하기|실시간\s*순위|.{1,30}\s*카테고리의\s*다른\s*글|"
    # a reaction box's label, over its emotion buttons ("좋아요 12 슬퍼요 3")
    r"이\s*기사에\s*대한\s*(?:반응|감정|느낌)(?:은|을\s*(?:남겨|선택해)\s*주세요)?\??|이\s*기사가\s*좋으셨다면|"
    # a portal's guide to how it files stories in sections, its button and its title
    r"(?:기사\s*섹션\s*분류\s*(?:가이드|안내)\s*){1,2})\s*[:：]?$",
    re.IGNORECASE,
)
# A wire story's end mark: the story is over, what follows is the agency's furniture. Also run on after the
# last sentence ("… 밝혔다.(끝)").
_END = r"\(끝\)"
_END_MARK = re.compile(rf"^{_END}$")
_GLUED_END_MARK = re.compile(rf"(?<=[.!?\"”’])\s*{_END}\s*$")
# A broadcaster's line pointing the reader to the story's video ("자세한 내용은 동영상으로 확인하세요.", "자세한 내용은
# 영상으로 확인하시죠.", "영상으로 보시겠습니다."): furniture where it closes the text; "영상" is in each match.
_VIDEO_POINTER = re.compile(
    r"^(?:(?:더\s*)?자세한\s*(?:내용|소식)(?:은|을|는)?\s*)?(?:관련\s*)?(?:동영상|영상)(?:으로|에서|을\s*통해)?\s*"
    r"(?:확인|보|만나|시청)[가-힣 ]{0,8}[.!]?$"
)
# A broadcast transcript's markers of who speaks, a line each: the anchor's lead, the reporter's report ("[앵커]",
# "[기자]", "◀ 리포트 ▶", "<앵커>"); "앵커" or "리포트" is in every transcript that has them.
_SPEAKER_MARKER = (
    r"(?:\[\s*(?:앵커|기자|리포트|앵커\s*(?:멘트|리포트|코멘트)|기자\s*리포트|클로징)\s*\]|"
    r"<\s*(?:앵커|기자|리포트)\s*>|◀\s*(?:앵커|기자|리포트|앵커\s*멘트|클로징)\s*▶)"
)
_TRANSCRIPT_MARKER = re.compile(rf"^{_SPEAKER_MARKER}$")
_MARKER_IN_TEXT = re.compile(rf"\s*{_SPEAKER_MARKER}\s*")
_TRANSCRIPT_WORDS = ("앵커", "리포트")
# The label of a summary a machine wrote, set above the text ("AI 요약", "AI 세줄 요약", "세줄요약"): the box goes
# with it (a newsroom's own "[요약]" of key points is the article's).
_MACHINE_SUMMARY_LABEL = re.compile(
    r"^(?:AI\s*(?:(?:세|3)\s*줄\s*)?|(?:세|3)\s*줄\s*)요약(?:\s*보기)?\s*[:：]?$", re.IGNORECASE
)
_SUMMARY_BOX_MAX = 600
# The label of a list of the story's points, above or below the text ("Kortversjonen", "Darum gehts", "Summary",
# "Key points"); the list right under it is the summary, not the article.
_SUMMARY_LIST_LABEL = re.compile(
    r"^(?:(?:ai |article )?summary|key (?:points|takeaways)|at a glance|in short|tl;?dr|kortversjonen|kort fortalt|"
    r"darum geht'?s|das wichtigste(?: in kürze)?|auf einen blick|in kürze|zusammenfassung|en bref|l'essentiel|"
    r"en resumen|in breve|sammanfattning|samenvatting)\s*[:：]?$",
    re.IGNORECASE,
)
# An arrow opening a line that points to another page (">> …", "→ …"); not "»", a German quotation mark. A
# triangle also marks a point of the article ("▶ 신청: <a>홈페이지</a>"): there the link must be most of the line.
_POINTER = re.compile(r"^(?:>>|->|→|⇒|☞)")
_TRIANGLE = re.compile(r"^[►▶▷]")
_POINTER_MAX = 200
_LEAF_BLOCKS = ("p", *HEADING_TAGS, "li", "blockquote", "figure", "pre")
_LINK_BLOCKS = frozenset(["ul", "ol", "p", "li", "h2", "h3", "h4", "h5", "h6"])
_LABELS = frozenset(["strong", "b", "em", "span"])  # a bold line standing in for a heading
_HEADINGS = frozenset(HEADING_TAGS)
_SECTION_MIN = 200  # letters of the block after a linked heading that make it a section's text, not a teaser's dek
_LIST_OF_LINKS = 0.5  # share of a list's letters in links that makes its linked items links, not notes
_OWN_WORD = 2  # letters outside its links that a list item must say to be a note, not only a link
# What a teaser credits beside its linked headline: the reporter ("김서윤 기자"), the day ("2024.07.01", "07-01 16:10").
_TEASER_CREDIT = re.compile(
    r"^(?:[가-힣]{2,4}\s*(?:기자|특파원)|[(\[]?(?:\d{2,4}[.\-/])?\d{1,2}[.\-/]\d{1,2}\.?(?:\s*\d{1,2}:\d{2})?[)\]]?)$"
)
_TEASER_KICKER = re.compile(r"^[^:.!?]{1,40}[:?]$")
_TEASER_HEADLINE_MIN = 10  # letters of a linked headline
_EDGE_LINES = 3
_EDGE_ROUNDS = 8  # peels of the edge rules at most: a broadcast item's closing lines run to eight
_PROSE_PARAGRAPHS = 3
_REPEAT_MIN = 200
_PROSE_LETTERS = 500
_HEADLINE_MAX = 400
_BIO_MAX = 700
_BIO = re.compile(
    r"\b(?:has (?:covered|written|reported|worked|been writing)|is an? (?:[\w-]+ ){0,4}(?:journalist|writer|editor|"
    r"reporter|correspondent|columnist|author|veteran|researcher|professor|lecturer)|award-winning|"
    r"follow (?:him|her|them) on|"
    r"(?:his|her|their) (?:work|writing) has appeared|ist (?:\w+ )?(?:redakteur|redakteurin|journalist|journalistin|"
    r"korrespondent|korrespondentin)|ist bei [\w-]+ für|schreibt (?:für|seit)|arbeitet (?:seit|als))",
    re.IGNORECASE,
)
# The reporter's name and e-mail run on after the text's last sentence, as a photo story's caption ends
# ("… 개장했다. 이준호 기자 ljh@…", "… 말했다. 김환 기자"), or the e-mail alone after a slash ("… 하다. /seon@…").
_GLUED_SIGNOFF = re.compile(
    r"(?<=[.!?\"”’])\s+(?:[가-힣]{2,4}\s*(?:기자|특파원)(?:\s*[\w.+-]+@[\w.-]+\.\w+)?|/\s*[\w.+-]+@[\w.-]+\.\w+)\s*$"
)
_NUMBERS_ONLY = re.compile(r"^[\d\s,.·|()+-]+$")
# A count with its label ("구독자 1,203", "조회수 57", "화나요 27", "1.2K followers"): the page's counters, not the
# article; also a reporter box's row of them, after the reporter's name, the counts hidden ("홍길동 기자 구독자 -
# 응원수 -").
_COUNTER = re.compile(
    r"^(?:[가-힣]{2,4}\s*기자\s+)?(?:(?:구독자|응원수|관심\s*작가|조회수?|공감|좋아요|댓글|슬퍼요|화나요|훈훈해요|추천해요|"
    r"후속\s*기사\s*원해요|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추|"  # a portal's reaction buttons
    r"likes?|views?|followers?|subscribers?|comments?)\s*[:：]?\s*(?:[\d,.]+[KkMm만천]?|-)\s*)+$|"
    r"^[\d,.]+[KkMm만천]?\s*(?:likes?|views?|followers?|subscribers?|comments?|댓글)$",
    re.IGNORECASE,
)
_ELLIPSES = ("...", "…")
_PREVIEW_LINES = 5  # lines: where the previews over a main photo stand, and where the text they start follows
_PREVIEW_MIN = 10  # letters
# What the page above the article may put before the headline among the body's first lines (menu, breadcrumb).
_ABOVE_HEADLINE = 4


def prune_boilerplate(
    html: str,
    titles: list[str],
    description: str = "",
    is_date: Callable[[str], bool] | None = None,
    author: str = "",
    header_headings: frozenset[str] | set[str] = frozenset(),
) -> str:
    """``html`` without the repeated headline, the standfirst, standalone datelines and bylines,
    and trailing furniture.

    ``titles``: the headline as the page gives it (<title>, og:title, JSON-LD); ``description``:
    the page's summary; ``is_date`` tells whether a short text is only a date; ``author``: the byline's
    names, to know the author's bio at the end when it comes; ``header_headings``: the keys of the headings
    the page's header shows, which are not the article where they come before its first paragraph.
    """
    if not html.strip():
        return html
    root = parse_fragment(html)
    lines = text_lines(root)
    texts: dict[lxml.html.HtmlElement, str] = {}  # the leaf blocks' texts, read again by the trailing pass
    took_out = [
        _drop_cut_previews(lines, {letters_key(t) for t in titles} - {""}),
        _drop_headlines_and_datelines(lines, {letters_key(t) for t in titles} - {""}, is_date),
        _drop_opening_headlines(lines, titles, header_headings),
        _drop_standfirst(root, letters_key(description)),
        _drop_repeated_text(root, texts),
        _drop_summary_lists(root),
        _cut_trailing_furniture(root, texts),
    ]
    names = {letters_key(author), *(letters_key(name) for name in author.split(","))} - {""}
    _drop_edge_bylines(root, is_date, None if any(took_out) else lines, names)  # the lines, if none went
    _drop_broadcast_signoff(root)
    if any(word in html for word in _TRANSCRIPT_WORDS):
        _drop_transcript_markers(root)
    _drop_glued_signoff(root)
    _drop_author_bio(root, author)
    inner = lxml.html.tostring(root, encoding="unicode")
    return inner[len("<div>") : -len("</div>")]


def _drop_headlines_and_datelines(
    lines: list[TextLine], title_keys: set[str], is_date: Callable[[str], bool] | None
) -> bool:
    """Block-level lines (a paragraph, a table cell or row) that are the headline again, a dateline, or furniture
    standing alone; and, where the headline comes among the first lines, the short lines above it (a menu row,
    a breadcrumb: the page above the article). ``lines``: the fragment's text lines. Whether any was taken out."""
    dropped: list[TextLine] = []
    for index, line in enumerate(lines):
        text = line.text
        if len(text) > _HEADLINE_MAX:  # a paragraph of the article, not a headline, dateline or label
            continue
        if is_headline(text, title_keys):
            above = lines[:index] if index <= _ABOVE_HEADLINE else []
            if not any(len(a.text) > FURNITURE_MAX or is_prose(a.text) for a in above):
                dropped.extend(a for a in above if a not in dropped)
            dropped.append(line)
        elif stands_alone(text, is_date):
            dropped.append(line)
    drop_lines(dropped)
    return bool(dropped)


def _drop_cut_previews(lines: list[TextLine], title_keys: set[str]) -> bool:
    """Among the first lines, the headline or a paragraph cut short with an ellipsis ahead of the text (the
    words over a main photo, "정부, 에너지 정책...", "[서울=…] 정부가 9일 새로운 에너지..."): lines ending so
    whose words start the title or a paragraph after them. Whether any went."""
    first = lines[:_PREVIEW_LINES]
    dropped = []
    for index, line in enumerate(first):
        if not line.text.endswith(_ELLIPSES):
            continue
        key = letters_key(line.text)
        later = [letters_key(after.text) for after in lines[index + 1 : index + 1 + _PREVIEW_LINES]]
        if len(key) >= _PREVIEW_MIN and any(whole.startswith(key) for whole in [*title_keys, *later]):
            dropped.append(line)
    drop_lines(dropped)
    return bool(dropped)


def _drop_opening_headlines(lines: list[TextLine], titles: list[str], header_keys: frozenset[str] | set[str]) -> bool:
    """The lines before the first paragraph of prose that are the headline in other words: a title without the
    kicker it opens with, a title with a kicker glued before it, a heading of the page's header. Whether any
    went."""
    headlines = kicked_headlines(titles)
    title_keys = [k for k in map(letters_key, titles) if len(k) >= KICKED_HEADLINE_MIN]
    dropped = []
    for line in lines:
        if len(line.text) > _HEADLINE_MAX or is_prose(line.text):
            break
        key = letters_key(line.text)
        if key in headlines or key in header_keys or is_kicked_headline(key, title_keys):
            dropped.append(line)
    drop_lines(dropped)
    return bool(dropped)


def _drop_standfirst(root: lxml.html.HtmlElement, summary_key: str) -> bool:
    """A heading at the top that repeats the page's description (the dek) is the excerpt, not the article.
    Whether one was taken out."""
    if not summary_key:
        return False
    dropped = False
    for element in [e for e in root if isinstance(e.tag, str)][:3]:
        key = letters_key(element.text_content())
        if element.tag in _HEADINGS and len(key) >= 20 and (summary_key.startswith(key) or key.startswith(summary_key)):
            element.drop_tree()
            dropped = True
    return dropped


def _drop_repeated_text(root: lxml.html.HtmlElement, texts: dict[lxml.html.HtmlElement, str]) -> bool:
    """Blocks that only say again what the body already said: teasers, a hidden copy of the text. Whether any
    was taken out; ``texts`` gets the collapsed text of each block kept (what it holds does not change).

    A long block is a repeat when it equals or starts an earlier block (a copy, a cut-off teaser) or runs
    across several earlier blocks (a copy of the text as one block). One that shares only the end or the
    middle of a single earlier block says something of its own and stays.
    """
    seen = ""
    blocks: list[str] = []
    dropped = False
    for element in _innermost_blocks(root):
        text = _collapsed_text(element)
        key = letters_key(text)
        if len(key) >= _REPEAT_MIN and key in seen:
            within = [b for b in blocks if key in b]
            if not within or any(b.startswith(key) for b in within):
                element.drop_tree()
                dropped = True
                continue
        seen += key
        blocks.append(key)
        texts[element] = text
    return dropped


def _innermost_blocks(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The elements of _LEAF_BLOCKS with none inside them, in document order. One holds another exactly where
    the next one in document order is inside it (what is inside an element comes right after it)."""
    blocks = list(root.iter(*_LEAF_BLOCKS))
    following = [*blocks[1:], None][: len(blocks)]  # none after the last (and no blocks, none at all)
    return [block for block, after in zip(blocks, following, strict=True) if after is None or not _inside(after, block)]


def _inside(element: lxml.html.HtmlElement, container: lxml.html.HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _cut_trailing_furniture(root: lxml.html.HtmlElement, texts: dict[lxml.html.HtmlElement, str]) -> bool:
    """In the second half of the body: cut from a "Related stories"-like label on; drop blocks made of links.
    Whether anything was taken out. ``texts``: collapsed texts of blocks already known.

    A promotion line ("READ MORE: …") in the first half, or with the article going on after it, is dropped alone.
    """
    dropped = False
    positions = _positions(root)
    total = positions[-1][1] if positions else 0
    notes: dict[lxml.html.HtmlElement, bool] = {}  # each list's answer, told before any item of it went
    for index, (element, position) in enumerate(positions):
        if element.getparent() is None:
            continue
        if position <= total / 2:
            leaf = element.tag in _LEAF_BLOCKS
            if leaf or (element.tag in _LABELS and _starts_its_block(element)):
                text = texts.get(element) or _collapsed_text(element)
                if index and leaf and _END_MARK.match(text):
                    _drop_from(element, root)
                    return True
                if is_related_label(text):
                    _drop_box(element)
                    dropped = True
                elif len(text) <= TRAILER_MAX and _MACHINE_SUMMARY_LABEL.match(text):
                    _drop_summary_box(element, min(_SUMMARY_BOX_MAX, total // 2))
                    dropped = True
                elif leaf and (is_promotion(text) or _is_pointer(element, text)):
                    element.drop_tree()
                    dropped = True
            elif element.tag in ("ul", "ol") and _is_credited_teasers(element):
                _drop_teasers(element)
                dropped = True
            continue
        if element.tag not in _BLOCKS and not (element.tag in _LABELS and _starts_its_block(element)):
            continue
        text = texts.get(element) or _collapsed_text(element)
        head = _first_line(element) if _has_descendant(element, "br") else text
        if len(head) <= TRAILER_MAX and RELATED_LABEL.match(head) and not _is_cell_heading(element):
            if _prose_follows(positions[index + 1 :], element, 1, 80):
                _drop_box(element)
                dropped = True
                continue
            _drop_from(element, root)
            return True
        label = len(head) <= TRAILER_MAX and (_TRAILER.match(head) or _END_MARK.match(head))
        promotion = is_promotion(text) or (element.tag in _LEAF_BLOCKS and _is_pointer(element, text))
        if (label or promotion) and not _is_cell_heading(element):
            if promotion and _prose_follows(positions[index + 1 :], element, 2):
                element.drop_tree()  # a promotion inside the article ("READ MORE: …"), not its end
                dropped = True
                continue
            _drop_from(element, root)
            return True
        if _is_link_block(element) and not (element.tag == "li" and _is_note(element, notes)):
            _drop_teasers(element)
            dropped = True
    return dropped


def _drop_teasers(element: lxml.html.HtmlElement) -> None:
    """A block of links, and with a list of other articles the heading right above it that only titles it
    ("Exklusive Politik-Hintergründe – für Sie recherchiert" over its linked headlines)."""
    heading = element.getprevious()
    if (
        heading is not None
        and heading.tag in _HEADINGS
        and not (heading.tail or "").strip()
        and element.tag in ("ul", "ol")
        and _is_credited_teasers(element)
    ):
        heading.drop_tree()
    element.drop_tree()


def _is_credited_teasers(element: lxml.html.HtmlElement) -> bool:
    """A list of other articles wherever it stands: two items or more, each a linked headline and beside it
    only the reporter or the day ("<li><a>전세가율 다시 오름세…</a> 박준호 기자</li>"), or a kicker before it
    ("<li><strong>Archäologie: </strong><a>Simple Erklärung für …</a></li>")."""
    items = [item for item in element if item.tag == "li"]
    if len(items) < 2 or len(items) != len(element):
        return False
    for item in items:
        links = item.findall(".//a")
        if len(links) != 1 or len(letters_key(links[0].text_content())) < _TEASER_HEADLINE_MIN:
            return False
        text, headline = item.text_content(), links[0].text_content()
        credit = " ".join(text.replace(headline, " ", 1).split())
        kicker = text.rstrip().endswith(headline.strip()) and _TEASER_KICKER.match(credit)
        if not (_TEASER_CREDIT.match(credit) or kicker):
            return False
    return True


def _is_note(item: lxml.html.HtmlElement, lists: dict[lxml.html.HtmlElement, bool]) -> bool:
    """Whether a list item mostly its link is a note of the article ("Jo has <a>a patch to move …</a>"): it says
    a word of its own, in a list mostly not links (not teasers for other pages). An item that is only its link
    ("<a>Jetzt bei … abschließen</a>") is a call to action or a pointer even there. ``lists``: each list's answer,
    kept from its first item asked about (its items that go change its share of links)."""
    parent = item.getparent()
    if parent is None or parent.tag not in ("ul", "ol"):
        return False
    if parent not in lists:
        lists[parent] = _linked_length(parent) < _LIST_OF_LINKS * len(letters_key(parent.text_content()))
    return lists[parent] and len(letters_key(item.text_content())) - _linked_length(item) >= _OWN_WORD


def _is_link_block(element: lxml.html.HtmlElement) -> bool:
    """A list, or a short paragraph, heading or list item, that is links and little else (a list of linked
    headlines credited with their reporters or days, too); but not a heading that opens a section (see
    _opens_section)."""
    if element.tag not in _LINK_BLOCKS or not _has_descendant(element, "a"):
        return False
    if element.tag in ("ul", "ol") and _is_credited_teasers(element):
        return True
    text_length = len(letters_key(element.text_content()))
    short_or_list = element.tag in ("ul", "ol") or text_length <= 150
    if not (text_length and _linked_length(element) >= 0.8 * text_length and short_or_list):
        return False
    if element.tag in _HEADINGS:
        return not _opens_section(element)
    return True


def _opens_section(heading: lxml.html.HtmlElement) -> bool:
    """Whether a heading made of a link heads a section of the article: its links are its own anchor in the page
    ("<a href=#use-median>Use Median</a>"), or a paragraph or list of the article's text follows it (a listicle's
    "3) <a>The film</a>" over the review); a teaser's dek after its linked headline is shorter."""
    if all(len(href) > 1 and href.startswith("#") for href in (a.get("href", "") for a in heading.iter("a"))):
        return True
    following = heading.getnext()
    return (
        following is not None
        and following.tag in ("p", "ul", "ol")
        and len(letters_key(following.text_content())) >= _SECTION_MIN
        and not _is_link_block(following)
    )


def _linked_length(element: lxml.html.HtmlElement) -> int:
    return sum(len(letters_key(a.text_content())) for a in element.iter("a"))


def _drop_box(label: lxml.html.HtmlElement) -> None:
    """A label with the links it heads: the largest block around it that holds nothing else (a box between
    paragraphs: "<div><strong>많이 본 뉴스</strong><ul>…</ul></div>"), and the blocks of links right after it."""
    box = label
    label_length = len(letters_key(label.text_content()))
    for parent in label.iterancestors():
        if parent.getparent() is None:
            break
        other = len(letters_key(parent.text_content())) - label_length
        if other > 0 and _linked_length(parent) < 0.8 * other:
            break
        box = parent
    for sibling in list(box.itersiblings()):
        if not isinstance(sibling.tag, str) or not _is_link_block(sibling):
            break
        sibling.drop_tree()
    box.drop_tree()


def _drop_summary_lists(root: lxml.html.HtmlElement) -> bool:
    """A list of the story's points right under its label (see _SUMMARY_LIST_LABEL), wherever it stands; a
    section so titled whose text introduces its list stays. Whether anything was taken out."""
    dropped = False
    for label in list(root.iter(*_HEADINGS, "p")):
        points = label.getnext()
        if points is None or points.tag not in ("ul", "ol") or (label.tail or "").strip():
            continue
        text = _collapsed_text(label)
        if len(text) <= TRAILER_MAX and _SUMMARY_LIST_LABEL.match(text):
            points.drop_tree()
            label.drop_tree()
            dropped = True
    return dropped


def _drop_summary_box(label: lxml.html.HtmlElement, most: int) -> None:
    """A summary's label with its points: the largest block around it of at most ``most`` characters (short, and
    at most half the body: a short article's whole text may be under the limit), else the label, the lists after
    it and a short note on the summary after them ("AI가 기사를 요약한 것으로 …")."""
    box = label
    for parent in label.iterancestors():
        if parent.getparent() is None or len(_collapsed_text(parent)) > most:
            break
        box = parent
    if box is label:
        for sibling in list(box.itersiblings()):
            note = len(_collapsed_text(sibling)) <= FURNITURE_MAX and "요약" in _collapsed_text(sibling)
            if sibling.tag not in ("ul", "ol") and not note:
                break
            sibling.drop_tree()
    box.drop_tree()


def _has_descendant(element: lxml.html.HtmlElement, tag: str) -> bool:
    """Whether an element of ``tag`` is inside ``element`` (as element.find(".//tag"), without ElementPath)."""
    return next(element.iterdescendants(tag), None) is not None


def _collapsed_text(element: lxml.html.HtmlElement) -> str:
    """The element's text with its white space collapsed to single spaces."""
    return " ".join(element.text_content().split())


def _is_cell_heading(element: lxml.html.HtmlElement) -> bool:
    """A table cell's whole text ("Comment", "Tags") is a column heading, not the start of the page's furniture."""
    cell = element if element.tag in ("td", "th") else next(element.iterancestors("td", "th"), None)
    return cell is not None and letters_key(cell.text_content()) == letters_key(element.text_content())


def _is_pointer(element: lxml.html.HtmlElement, text: str) -> bool:
    """A line an arrow opens that links elsewhere (">> Hier finden Sie alle Termine", "→ Schwerpunkt",
    "▶ <a>다른 기사의 제목</a>")."""
    if len(text) > _POINTER_MAX or not _has_descendant(element, "a"):
        return False
    if _POINTER.match(text):
        return True
    if not _TRIANGLE.match(text):
        return False
    linked = sum(len(letters_key(a.text_content())) for a in element.iter("a"))
    return linked >= 0.5 * len(letters_key(text))


def _starts_its_block(element: lxml.html.HtmlElement) -> bool:
    """Whether a bold or emphasised run opens its block ("<p><b>Related</b> …"), as a label does; one inside
    a sentence ("… beim täglichen <strong>Newsletter</strong> richtig") is only emphasis."""
    parent, previous = element.getparent(), element.getprevious()
    if parent is None:
        return True
    before = parent.text if previous is None else previous.tail
    return not (before or "").strip() and (previous is None or previous.tag in _BLOCKS or previous.tag == "br")


def _first_line(element: lxml.html.HtmlElement) -> str:
    """The text of ``element`` up to its first line break ("Tags<br>a, b, c" → "Tags")."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                break
            parts.append(node.text or "")
        elif node is not element:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split())


def _prose_follows(
    rest: list[tuple[lxml.html.HtmlElement, int]],
    marker: lxml.html.HtmlElement,
    minimum: int = _PROSE_PARAGRAPHS,
    minimum_letters: int = _PROSE_LETTERS,
) -> bool:
    """Whether the article goes on after ``marker``: paragraphs of sentences, not teasers made of links
    (nor one promotion said twice: each paragraph counts once)."""
    seen: set[str] = set()
    letters = 0
    for element, _ in rest:
        if element.tag != "p" or element.getparent() is None or marker in element.iterancestors():
            continue
        text = _collapsed_text(element)
        linked = sum(len(a.text_content()) for a in element.iter("a"))
        if len(text) >= 80 and linked <= 0.3 * len(text) and ENDS_LIKE_SENTENCE.search(text) and text not in seen:
            seen.add(text)
            letters += len(text)
    return len(seen) >= minimum and letters >= minimum_letters


def _drop_edge_bylines(
    root: lxml.html.HtmlElement,
    is_date: Callable[[str], bool] | None,
    lines: list[TextLine] | None = None,
    names: set[str] | None = None,
) -> None:
    """Bylines (also the author's name alone: ``names``, the letter keys of the author's names, each and all),
    datelines and metadata rows standing alone among the body's first and last lines; at the end
    also counters ("157" likes, "구독자 1,203") and a copyright line, with the short links and labels after it, and
    the newsroom's notices closing the last block (see _closing_notices). Peeled a few times over: what such
    a line hid (a site's copyright row above its footer's) is then at the edge. ``lines``: the fragment's text
    lines, where they are known."""
    for _ in range(_EDGE_ROUNDS):
        lines = text_lines(root) if lines is None else lines
        dropped = (
            _edge_furniture(lines, is_date, names or set())
            or _closing_notices(root, lines)
            or _opening_label_line(root, lines)
        )
        if not dropped:
            return
        drop_lines(dropped)
        lines = None


def _edge_furniture(lines: list[TextLine], is_date: Callable[[str], bool] | None, names: set[str]) -> list[TextLine]:
    first, last = lines[:_EDGE_LINES], lines[-_EDGE_LINES:]
    dropped = []
    tip_lines = _names_a_messenger(last)
    for line in first + [line for line in last if line not in first]:
        text = line.text
        at_end = line in last
        if (at_end and is_source_credit(text)) or is_agency_alone(text):
            dropped.append(line)
            continue
        if len(text) > FURNITURE_MAX:
            continue
        counter = (at_end and _NUMBERS_ONLY.match(text)) or _COUNTER.match(text)
        label = at_end and len(text) <= TRAILER_MAX and _TRAILER.match(text)  # a box's label left loose
        tip_contact = at_end and tip_lines and _TIP_CONTACT.match(text)
        named = names and (letters_key(text) in names or is_byline_row(text, is_date, names))
        if is_meta_row(text, is_date) or counter or label or tip_contact or named:
            dropped.append(line)
        elif at_end and COPYRIGHT.search(text):
            after = lines[lines.index(line) + 1 :]
            dropped += [line, *(a for a in after if len(a.text) <= TRAILER_MAX and _after_copyright(a))]
    return dropped


def _after_copyright(line: TextLine) -> bool:
    """Whether a short line after the copyright line is the page's, not the article's: a link, or a label that
    is no sentence (a sidebar box's title, "Today`s HOT", whose photos a script writes)."""
    return _is_linked(line) or not ENDS_LIKE_SENTENCE.search(line.text)


def _closing_notices(root: lxml.html.HtmlElement, lines: list[TextLine]) -> list[TextLine]:
    """A copyright, tip-appeal, promotion or reporter's line among the last <br>-lines of the body's last
    block, or that block itself where it has none (a transcript or a wire story written as one element, the
    newsroom's notices after its last <br>s)."""
    if not lines:
        return []
    block = set(lines[-1].slots)
    within = [part for part in text_lines(line_holder(lines[-1], root), at_breaks=True) if block.issuperset(part.slots)]
    marks = [index for index, part in enumerate(within) if index and _END_MARK.match(part.text)]
    if marks:  # the end mark, and the agency's lines after it
        return within[marks[0] :]
    last = within[-_EDGE_LINES:]
    tip_lines = _names_a_messenger(last)
    notices = [part for part in last if is_notice(part.text) or (tip_lines and _TIP_CONTACT.match(part.text))]
    notices += _video_pointers(last, notices)
    return notices + [line for line in _copyright_and_links(within) if line not in notices]


def _video_pointers(lines: list[TextLine], notices: list[TextLine]) -> list[TextLine]:
    """The lines pointing the reader to the story's video (see _VIDEO_POINTER) that only notices follow."""
    pointers = []
    for line in reversed(lines):
        if line in notices:
            continue
        if len(line.text) > TRAILER_MAX or "영상" not in line.text or not _VIDEO_POINTER.match(line.text):
            break
        pointers.append(line)
    return pointers


def _copyright_and_links(lines: list[TextLine]) -> list[TextLine]:
    """A copyright line with only short links after it (a portal copy's promotions: "▶ 네이버 메인에서 …")."""
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index]
        if len(line.text) > TRAILER_MAX or not _is_linked(line):
            short = len(line.text) <= FURNITURE_MAX
            return lines[index:] if short and index < len(lines) - 1 and COPYRIGHT.search(line.text) else []
    return []


def _names_a_messenger(lines: list[TextLine]) -> bool:
    return any(messenger in line.text for line in lines for messenger in _MESSENGERS)


def _opening_label_line(root: lxml.html.HtmlElement, lines: list[TextLine]) -> list[TextLine]:
    """A series' label with the part's number opening the text ("[사라지는 손끝]③"), as a block of its own or
    as the first <br>-line of the first block; there too, a note or a promotion before the article ("이 기사는 …
    '마켓인'에 출고됐습니다"), as a block of its own would go."""
    if not lines:
        return []
    holder = line_holder(lines[0], root)
    series = lines[0].text[:1] in SERIES_MARKS
    if not series and not _has_descendant(holder, "br"):
        return []
    block = set(lines[0].slots)
    within = text_lines(holder, at_breaks=True)[:1]
    return [
        part
        for part in within
        if block.issuperset(part.slots)
        and (
            (series and not without_series_label(part.text)) or (part.text != lines[0].text and is_promotion(part.text))
        )
    ]


def _holder(slot: tuple[lxml.html.HtmlElement, str]) -> lxml.html.HtmlElement:
    """The element whose text a slot is part of (a tail belongs to the parent's text)."""
    element, where = slot
    return element if where == "text" else element.getparent()


def _is_linked(line: TextLine) -> bool:
    """Whether all of a line's text is the text of links."""
    return all(
        any(e.tag == "a" for e in (_holder(slot), *_holder(slot).iterancestors()))
        for slot in line.slots
        if getattr(*slot).strip()
    )


def _drop_author_bio(root: lxml.html.HtmlElement, author: str) -> None:
    """A note about the author among the last blocks ("A 38-year veteran, Lance has covered…") is not the article."""
    names = {n.casefold() for n in re.findall(r"\w{3,}", author)}
    if not names:
        return
    blocks = [e for e in root if isinstance(e.tag, str)]
    while len(blocks) == 1 and blocks[0].tag in ("div", "section", "article") and len(blocks[0]):
        blocks = [e for e in blocks[0] if isinstance(e.tag, str)]
    for element in blocks[-4:]:
        text = _collapsed_text(element)
        if len(text) > _BIO_MAX or not _BIO.search(text):
            continue
        if names.intersection(w.casefold() for w in re.findall(r"\w{3,}", text)):
            element.drop_tree()


def _drop_broadcast_signoff(root: lxml.html.HtmlElement) -> None:
    """A broadcast transcript's last line, the reporter signing off ("HBS 뉴스 박소영입니다."), is not article text."""
    last = _last_text_slot(root)
    if last is None:
        return
    node, where = last
    text = getattr(node, where) or ""
    if BROADCAST_SIGNOFF.match(" ".join(text.split())):
        setattr(node, where, "")
        if where == "text" and not len(node) and node is not root:
            node.drop_tree()


def without_transcript_markers(text: str) -> str:
    """``text`` without a transcript's markers of who speaks (a broadcaster's description: "[앵커] … [기자] …")."""
    return _MARKER_IN_TEXT.sub(" ", text).strip()


def _drop_transcript_markers(root: lxml.html.HtmlElement) -> None:
    """A transcript's lines that only say who speaks next (see _TRANSCRIPT_MARKER), as blocks or <br>-lines."""
    drop_lines([line for line in text_lines(root, at_breaks=True) if _TRANSCRIPT_MARKER.match(line.text)])


def _drop_glued_signoff(root: lxml.html.HtmlElement) -> None:
    """The reporter's name and e-mail, and an end mark, after the last sentence of the text's last slot (see
    _GLUED_SIGNOFF, _GLUED_END_MARK)."""
    last = _last_text_slot(root)
    if last is not None:
        node, where = last
        setattr(node, where, _GLUED_END_MARK.sub("", _GLUED_SIGNOFF.sub("", getattr(node, where) or "")))


def _last_text_slot(element: etree._Element) -> tuple[etree._Element, str] | None:
    """The last text slot inside ``element`` (its own text, or a text or tail below it) holding more than white
    space, looked for from the end; comments and their tails left out, as etree.iterwalk leaves them."""
    for child in reversed(element):
        if not isinstance(child.tag, str):
            continue
        if (child.tail or "").strip():
            return child, "tail"
        inner = _last_text_slot(child)
        if inner is not None:
            return inner
    return (element, "text") if (element.text or "").strip() else None


def _positions(root: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, int]]:
    """Every element with how many letters of text come before it."""
    out, count = [], 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            out.append((element, count))
            count += len((element.text or "").strip())
        else:
            count += len((element.tail or "").strip())
    out.append((root, count))
    return out


def _drop_from(element: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> None:
    """Remove ``element`` and everything after it in document order."""
    current = element
    while current is not None and current is not root:
        for sibling in list(current.itersiblings()):
            sibling.drop_tree()
        current = current.getparent()
    element.drop_tree()
