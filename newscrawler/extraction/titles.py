"""Headlines without the site's name and the separators around it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from newscrawler.extraction.authors import BY_LABEL
from newscrawler.text.cjk import HANGUL_SYLLABLE
from newscrawler.text.cleaning import letters_key

_MOBILE_EDITION = re.compile(r"^.{1,30}\s*(?:모바일|mobile|Mobile|MOBILE|m\.\S+)$")
# Separators between a headline and the site's name; the Hangul letter ㅣ (never written alone in a word)
# and the full-width bar are separators with or without spaces ("…-정치ㅣ한국일보").
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·»<>/:｜ㅣ•]|::)\s+|\s*[ㅣ｜]\s*")
_PIPE = re.compile(r"\s+[|｜]\s+")
# Section names a title keeps after the headline, before the site's name ("… - 정치ㅣ한국일보").
_SECTIONS = frozenset(
    [
        "정치",
        "경제",
        "사회",
        "국제",
        "문화",
        "스포츠",
        "연예",
        "오피니언",
        "과학",
        "생활",
        "라이프",
        "it",
        "전국",
        "지역",
        "사설",
        "칼럼",
        "산업",
        "금융",
        "부동산",
        "politics",
        "world",
        "business",
        "sport",
        "sports",
        "opinion",
        "culture",
        "tech",
        "technology",
        "science",
        "news",
    ]
)


# What a site's name written after a headline is at least and at most long: letters, and characters.
_SITE_NAME_MIN = 2
_SITE_NAME_MAX = 40
# A host's labels that name an edition, not the site.
EDITION_LABELS = frozenset({"www", "m", "mobile", "amp"})  # of a host, or of a path: an edition, not a section
# The domains under a country's ("co" of "co.kr", "com" of "com.au").
_SECOND_LEVEL_DOMAINS = frozenset({"co", "or", "ne", "go", "ac", "re", "pe", "com", "net", "org", "gov", "edu"})

_HEADING_MIN = 8  # characters of a heading that may be the headline a title shows with more around it
_TRAILING_SECTION = re.compile(r"\s*[-–—]\s*(\w{1,12})$")
# A kicker in brackets before a headline ("[속보] ", "【단독】", "<포토> ").
_BRACKET_KICKER = re.compile(r"^\s*(?:\[[^\[\]]{1,10}\]|【[^【】]{1,10}】|<[^<>]{1,10}>)\s*")


# A series' label with the part's number, before a headline or standing alone ("[사라지는 손끝]③",
# "<연중기획> ②", "[연중기획] 사라지는 손끝 (3)", "[사라지는 손끝 ③]"): the series, not the story.
SERIES_MARKS = "[<〈【《"  # what each series label starts with, looked for before the pattern
_PART_MARK = r"(?:[①-⑳]|\(\d{1,2}\)|<\d{1,2}>|〈\d{1,2}〉)"
_PART = rf"(?:{_PART_MARK}|\d{{1,2}}\s*(?:회|편))"
_LABELS = [(re.escape(o), re.escape(c), re.escape(o + c)) for o, c in zip(SERIES_MARKS, "]>〉】》", strict=True)]
# (Words between the label and the number only before a number marked as one: "[단독] 삼성 3회 연속 우승" is a
# headline.)
_SERIES_LABEL = re.compile(
    r"^\s*(?:(?:"
    + "|".join(rf"{o}[^{both}]{{1,30}}{c}" for o, c, both in _LABELS)
    + rf")\s*(?:(?:[가-힣A-Za-z]{{1,10}}\s+){{0,4}}{_PART_MARK}|{_PART})|"
    + "|".join(rf"{o}[^{both}]{{1,30}}?\s*{_PART}\s*{c}" for o, c, both in _LABELS)
    + r")(?=\s|$)\s*"
)


def without_series_label(text: str) -> str:
    """``text`` without a series' label with the part's number before it ("" where the label is all of it)."""
    if text.lstrip()[:1] not in SERIES_MARKS:
        return text
    label = _SERIES_LABEL.match(text)
    return text[label.end() :] if label else text


def split_segments(title: str) -> list[str]:
    return [part for part in _SEPARATOR.split(title) if part.strip()]


def strip_site_name(title: str, site_names: list[str], headings: list[str] = ()) -> str:  # type: ignore[assignment]
    """``title`` without a leading or trailing site name (and section names after it).

    Evidence for what is the site's name: the names the page declares
    (og:site_name, the publisher), and a heading the title starts with.
    """
    title = " ".join(title.split())
    title = _without_mobile_edition(title)
    for heading in headings:
        if heading and letters_key(heading) == letters_key(title):
            return title
    for heading in headings:
        if len(heading) >= _HEADING_MIN and title.startswith(heading) and _SEPARATOR.match(title[len(heading) :]):
            return heading
    names = {letters_key(name) for name in site_names if letters_key(name)}
    if not names:
        return title
    segments = split_segments(title)
    if len(segments) > 2 and BY_LABEL.match(segments[-1]) and letters_key(segments[-2]) in names:
        segments.pop()  # a byline after the site's name ("… | Daily Paper | by Jane Doe")
    while len(segments) > 1 and letters_key(segments[-1]) in names:
        segments.pop()
        while len(segments) > 1 and letters_key(segments[-1]) in _SECTIONS:
            segments.pop()
    while len(segments) > 1 and letters_key(segments[0]) in names:
        segments.pop(0)
    if len(segments) == len(split_segments(title)):
        return title
    # rejoin what is left with the title's own separators
    kept_first, kept_last = segments[0], segments[-1]
    start = title.find(kept_first)
    end = title.rfind(kept_last) + len(kept_last)
    kept = title[start:end].strip()
    section = _TRAILING_SECTION.search(kept)  # "…-정치" left before the site's name
    if section and letters_key(section.group(1)) in _SECTIONS and section.start() > 0:
        kept = kept[: section.start()].strip()
    return kept


def shown_segment(title: str, headings: Sequence[str], pipes_only: bool = False) -> str:
    """``title`` where it ends with a heading the page shows, after a separator: that heading ("Opinion | Our
    city's …" over the <h1> "Our city's …", a section before the headline); else ``title``. ``pipes_only``: after
    a pipe only, for a declared title (where the truths keep a kicker before a colon or a dash, "Kenia: …")."""
    separators = _PIPE if pipes_only else _SEPARATOR
    for heading in headings:
        start = len(title) - len(heading)
        shown = len(heading) >= _HEADING_MIN and start > 0 and title.endswith(heading)
        if shown and any(separator.end() == start for separator in separators.finditer(title)):
            return heading
    return title


def has_separator(title: str) -> bool:
    return _SEPARATOR.search(title) is not None


def shown_start(title: str, shows: Callable[[str], bool]) -> str:
    """The longest start of ``title`` before a separator that ``shows`` says the page shows as a text of its own
    (a headline in a <div> or a <strong>, before what the title adds: " : 네이버 뉴스", " < 정치 < 기사본문 - …");
    "" where there is none."""
    for separator in reversed(list(_SEPARATOR.finditer(title))):
        start = title[: separator.start()].rstrip()
        if len(start) >= _HEADING_MIN and shows(start):
            return start
    return ""


def evident_site_name(title: str, host: str, shown: Callable[[], Iterable[str]]) -> list[str]:
    """The title's last segment where the page shows it is the site's name, on a page that declares none: the
    host's name ("NEWSIS" on newsis.com), or words of what ``shown`` gives (the masthead's, the logo's, the
    copyright line's; read only where the host does not say it)."""
    segments = split_segments(title)
    if len(segments) < 2 or len(segments[-1]) > _SITE_NAME_MAX:
        return []
    key = letters_key(segments[-1])
    if len(key) < _SITE_NAME_MIN or key.isdigit():
        return []  # too short to tell, or a number (a year the copyright line also shows)
    if key in _host_names(host) or any(key in letters_key(name) for name in shown()):
        return [segments[-1]]
    return []


def _host_names(host: str) -> set[str]:
    """The names a host gives its site: each of its labels but the domains' and the editions' ("news.example.co.kr"
    → news, example), and all of them written together ("newsexample")."""
    labels = host.lower().split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL_DOMAINS:
        labels.pop()
    labels = [label for label in labels if label not in EDITION_LABELS]
    return {letters_key(label) for label in labels} | {letters_key("".join(labels))}


def _without_mobile_edition(title: str) -> str:
    """``title`` without a mobile edition's name before or after it ("○○일보 모바일 :: headline",
    "headline : ○○신문 모바일")."""
    segments = split_segments(title)
    if len(segments) < 2:
        return title
    if _MOBILE_EDITION.match(segments[0]):
        return title[title.find(segments[1], len(segments[0])) :]
    if _MOBILE_EDITION.match(segments[-1]):
        end = title.rfind(segments[-1])
        return title[: title.rfind(segments[-2], 0, end) + len(segments[-2])]
    return title


def site_names_from_titles(title_tag: str, clean_titles: list[str]) -> list[str]:
    """What the <title> adds to a cleaner title (og:title, headline, <h1>) before or after it: the site's name;
    also where the <title> has a kicker in brackets the cleaner title shows apart ("[단독] headline - SITE" over
    an <h1> "headline")."""
    names = _added_to(title_tag, clean_titles)
    if not names and title_tag.lstrip()[:1] in SERIES_MARKS:
        bare = without_bracket_kicker(title_tag)
        names = _added_to(bare, clean_titles) if bare != title_tag else []
    return names


def _added_to(title_tag: str, clean_titles: list[str]) -> list[str]:
    tag_key = letters_key(title_tag)
    segments = split_segments(title_tag)
    if len(segments) < 2:
        return []
    for clean in sorted({letters_key(t) for t in clean_titles if letters_key(t)}, key=len, reverse=True):
        if len(clean) >= len(tag_key):
            continue
        if tag_key.startswith(clean):
            kept, rest = 0, ""
            while kept < len(segments) and len(letters_key(rest)) < len(clean):
                rest += segments[kept]
                kept += 1
            return segments[kept:] if letters_key(rest) == clean else []
        if tag_key.endswith(clean):
            dropped, rest = len(segments), ""
            while dropped > 0 and len(letters_key(rest)) < len(clean):
                dropped -= 1
                rest = segments[dropped] + rest
            return segments[:dropped] if letters_key(rest) == clean else []
    return []


# What a <title> puts after the headline that is not a section: the page type, the newsroom, a site's name.
_TITLE_FURNITURE = frozenset({"기사본문", "기사보기", "본문", "뉴스", "홈"})
_SITE_LIKE = re.compile(r"(?:일보|신문|신보|뉴스|방송|통신|닷컴|타임즈|타임스|저널|미디어|투데이|헤럴드|프레스)$")
_TITLE_SECTION_MAX = 10


def section_in_title(title_tag: str, headline: str, site_names: list[str]) -> str:
    """The section a Korean page's <title> names between the headline and the site's name ("… - 사회 | ○○일보",
    "… < 사회 < 기사본문 - ○○일보"; of a trail, the first: "… : 환경 : 사회 : 뉴스 : ○○신문")."""
    after = [part.strip() for part in site_names_from_titles(title_tag, [headline])]
    names = {letters_key(name) for name in site_names}
    parts = [p for p in after if letters_key(p) not in names and p.casefold() not in _TITLE_FURNITURE]
    if not parts:
        return ""
    section = parts[0]
    if not HANGUL_SYLLABLE.search(section) or len(section) > _TITLE_SECTION_MAX or _SITE_LIKE.search(section):
        return ""
    if section == after[-1] and section not in _SECTIONS:
        return ""  # the title's last words: a site's name as often as a section
    return section


# A news kicker in brackets ("[단독]", "[속보]", "[포토]"): part of the headline wherever the page shows it. Any
# other label in brackets shown alone above the headline ("[송하린의 눈]") names the column or series.
_NEWS_KICKER = re.compile(r"(?:단독|속보|종합|포토|영상|인터뷰|르포|긴급|특보|특징주|사진|현장|\d보)")


def column_label(title: str) -> str:
    """The label in brackets ``title`` opens with, where it is not a news kicker ("[송하린의 눈] 동네 서점이 …" →
    "[송하린의 눈]"); else ""."""
    if title.lstrip()[:1] not in SERIES_MARKS:
        return ""
    kicker = _BRACKET_KICKER.match(title)
    if kicker is None or kicker.end() == len(title):
        return ""
    label = kicker.group().strip()
    return "" if _NEWS_KICKER.fullmatch(label[1:-1].strip()) else label


def without_bracket_kicker(headline: str) -> str:
    """``headline`` without a kicker in brackets before it ("[속보] 한은, 기준금리 동결" → "한은, 기준금리 동결")."""
    return _BRACKET_KICKER.sub("", headline)


# A kicker the title opens with ("State election in Thuringia: …", "Premier League - …"): the page may show the
# headline without it, or with another kicker glued before the headline.
_KICKER_SEPARATOR = re.compile(r"\s*[:|]\s+|\s+[-–—]\s+")
_KICKER_MAX = 40  # letters
KICKED_HEADLINE_MIN = 20  # letters of what follows a kicker that make it a headline of its own


def kicked_headlines(titles: list[str]) -> set[str]:
    """The keys of the titles without the kicker they open with."""
    keys = set()
    for title in titles:
        kicker = _KICKER_SEPARATOR.search(title)
        headline = letters_key(title[kicker.end() :]) if kicker else ""
        if len(headline) >= KICKED_HEADLINE_MIN and len(letters_key(title[: kicker.start()])) <= _KICKER_MAX:
            keys.add(headline)
    return keys


def is_kicked_headline(key: str, title_keys: list[str]) -> bool:
    """A title with a kicker glued before it ("Premier League" + the headline); not with a time or a number
    before it (a live blog's entry under the page's latest headline)."""
    if not key or key[0].isdigit():
        return False
    return any(key.endswith(t) and len(key) - len(t) <= _KICKER_MAX for t in title_keys)


def under_kicker(title: str, headline: str) -> bool:
    """Whether ``title`` is ``headline`` with a kicker before it ("Neue Leipziger Schule: Judy Lybke, …" and
    "Judy Lybke, …")."""
    return letters_key(headline) in kicked_headlines([title])


def shown_title(declared: list[str], shown: tuple[str, str], others: Sequence[str] = ()) -> str:
    """Of the titles the page declares as data (its JSON-LD headline, og:title; site names stripped), the one
    its visible headline confirms (``shown``: the headline's whole text, and its text without a kicker): where
    they differ, the headline the reader sees decides. Where none is confirmed, the first, checked against the
    headline: where it is that headline under another kicker ("Iranischer Angriff auf Israel: «…»" declared,
    "Eskalation im Nahen Osten" over "«…»" shown), the headline without it; where it tells another story (holds
    few of the visible headline's words: a description given as the headline) and another title (<title>) is the
    visible headline, that one.
    """
    without_kicker = shown[1]
    seen = {letters_key(text) for text in shown if letters_key(text)}
    confirmed = next((title for title in declared if letters_key(title) in seen), None)
    if confirmed is not None:
        return confirmed
    first = declared[0]
    for title in (shown[0], *others):  # the headline as the page shows it (<h1>, <title>), with a bracketed
        bare = without_bracket_kicker(title)  # kicker ("[속보] …") the declared title lacks
        if bare != title and letters_key(bare) == letters_key(first):
            return title
    if (
        without_kicker
        and letters_key(first).endswith(letters_key(without_kicker))
        and letters_key(first) != letters_key(without_kicker)
    ):
        return without_kicker
    for title in others:
        if letters_key(title) in seen and _shared(shown[0], first) < _SAME_STORY:
            return title
    return first


def as_titled(chosen: str, declared: Sequence[str], title_tag: str) -> str:
    """Of the declared titles that say ``chosen``'s words, the one the page's <title> (site name stripped) writes
    as it is: where they differ only in punctuation (a JSON-LD's "Kicker - headline" against "Kicker: headline",
    quotes dropped or curled), the second title written so is the newsroom's writing, not a CMS's."""
    if title_tag != chosen and title_tag in declared and letters_key(title_tag) == letters_key(chosen):
        return title_tag
    return chosen


_SAME_STORY = 0.75  # share of the visible headline's words a variant of it holds (most of them)


def _shared(shown: str, declared: str) -> float:
    """The share of ``shown``'s words that ``declared`` holds."""
    words = re.findall(r"\w+", shown.casefold())
    pool = re.findall(r"\w+", declared.casefold())
    held = 0
    for word in words:
        if word in pool:
            pool.remove(word)
            held += 1
    return held / len(words) if words else 0.0
