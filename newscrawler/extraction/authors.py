"""Who wrote the article: names from the page's evidence, without the site, desks, e-mails and job titles.

Evidence, best first: the source's selector, the JSON-LD article's authors (``@id`` references
resolved through the page's ``@graph``), the author meta tags, then the byline as readers see it
(trafilatura's byline expressions; only what reads as names), a link to an author's page, a bold
line of names opening the article. A name that is the site's or the publisher's own (or its initials),
or a desk ("SBS NEWS", "iMBC 연예", "디지털뉴스팀"), is not a byline: the next evidence is asked, and a Korean
reporter named in the body's last lines ("홍길동 기자"), else on a line of their own anywhere in the page, beats
it; the site's name stays only where nothing else names anyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import normalize_authors

from newscrawler.text.cjk import HANGUL_SYLLABLE
from newscrawler.text.cleaning import letters_key

# In ASCII letters: a byline's Hangul may run on into the address ("기자jiwon@…기자의").
_EMAIL_TEXT = r"[A-Za-z0-9_.+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+"
_EMAIL = re.compile(_EMAIL_TEXT)
_URL = re.compile(r"^(?:https?:)?//|^www\.")
# Job titles a Korean byline puts after the name, and the words that may come before them ("선임기자").
_KO_JOB = r"(?:기자|특파원|에디터|위원|칼럼니스트|앵커|리포터|캐스터|아나운서|통신원|부장|차장|국장|팀장|교수|PD)"
_KO_RANK = r"(?:선임|수석|전문|객원|인턴|수습|취재|영상|사진)"
# A Korean name and a job title after it ("홍길동 기자", "홍길동기자", "이남경 MK스포츠 기자").
_KO_TITLED = re.compile(rf"^([가-힣]{{2,4}}?)(?:\s+[\w]+)*?\s*{_KO_RANK}?\s*{_KO_JOB}$")
# Several reporters before one job title ("김도윤 박서진 기자"), as wire datelines write them.
_KO_NAMES_TITLED = re.compile(rf"^((?:[가-힣]{{2,4}}\s+){{1,3}}[가-힣]{{2,4}})\s+{_KO_RANK}?\s*{_KO_JOB}$")
# A name and its job title with more after it: a reporter card's text ("한지원 기자 기자의 다른기사 보기"), a
# columnist's bio box ("김서윤 한빛대 경제학과 교수 ■ 필자 약력 …", the school and department between).
_KO_TITLED_LEAD = re.compile(
    rf"^([가-힣]{{2,4}})(?:\s+[가-힣A-Za-z0-9]+){{0,3}}?\s*{_KO_RANK}?\s*{_KO_JOB}(?=의?(?:[^가-힣]|$))"
)
# Where one reporter's job title is followed by the next reporter ("정하은 기자 윤재석 기자").
_KO_NEXT_REPORTER = re.compile(rf"({_KO_JOB})\s+(?=[가-힣]{{2,4}}\s*{_KO_RANK}?\s*{_KO_JOB}(?![가-힣]))")
_KO_RANK_WORD = re.compile(rf"^{_KO_RANK}$")
KO_NAME = re.compile(r"[가-힣]{2,4}")  # a Korean name written alone
# A label before a Korean byline ("기자명 홍길동 기자", "기자명 : 홍길동").
KO_BYLINE_LABEL = re.compile(r"^(?:기자명|기자\s*이름|작성자|글쓴이)\s*[:：]?\s*")
# What a credit says its person did, before the name ("글 홍길동 기자", "글·사진 홍길동 기자"): not a name.
_KO_CREDIT_WORD = re.compile(r"^(?:글|사진|영상|그래픽|취재|정리|에디터)(?:\s*[=:]\s*|\s+|$)")
# A desk before the names ("사회부 홍길동 기자"): a department, team or bureau.
_KO_DESK_WORD = re.compile(
    r"[가-힣](?:팀|센터|본부|데스크)$|^(?:정치|경제|사회|국제|문화|산업|금융|증권|체육|스포츠|연예|지역|전국|사진|영상|"
    r"편집|취재|온라인|디지털|뉴스|보도|기획|탐사|정책|생활|과학|전략)\d?(?:부|국|실)$"
)
# A school or a department between a name and its job title ("홍길동 서울대 교수", "… 경제학과 교수").
_KO_SCHOOL_WORD = re.compile(r"[가-힣](?:대|대학교|대학원|학과|학부)$")
# A wire dateline before the reporters: "(서울=뉴스원)", "[서울=뉴시스]".
_WIRE_DATELINE = r"[(\[][가-힣]{2,6}\s*=\s*[^()\[\]=]{1,20}[)\]]"
_KO_WIRE_DATELINE = re.compile(_WIRE_DATELINE)
# A reporter's title as sign-offs and datelines write it, and one to four names before it.
_KO_REPORTER = r"(?:선임|수석|전문|객원|인턴|수습|대)?\s*(?:기자|특파원)"
# A columnist's title, signing off a column as a reporter's does ("홍길동 논설위원"), also a professor's with the
# school and the field ("홍길동 한빛대 교수·경제학", "홍길동 한빛대 경제학과 교수").
_KO_COLUMNIST = r"\s*(?:논설|편집|전문)위원|(?:\s+[가-힣A-Za-z0-9]+){0,3}?\s*교수(?:\s*[·・]\s*[가-힣]{2,8})?"
# The title after a Korean byline's name: a reporter's or a columnist's.
_KO_BYLINE_TITLE = rf"(?:{_KO_REPORTER}|{_KO_COLUMNIST})"
# The name before the title, after a desk's word ("사회부 홍길동 기자": the desk is dropped afterwards).
_KO_SIGNED_NAME = r"((?:[가-힣]{2,8}\s+)?[가-힣]{2,4})"
_KO_NAMES = r"((?:[가-힣]{2,4}\s+){0,3}[가-힣]{2,4})"
# A member id after a writer's name, as citizen-journalism sites show it ("최은서(ches)").
_KO_MEMBER_ID = re.compile(r"(?<=[가-힣])\s*\([A-Za-z][\w.-]{1,19}\)")
# A Korean article's sign-off line: "홍길동 기자", "서울=홍길동 특파원 hong@…", "(홍길동 기자)", "/홍길동 기자",
# "사회부 홍길동 기자", a broadcaster's "[ 홍길동 기자 / hong@… ]" (the e-mail taken out
# first), a writer's credit "글·사진 홍길동 기자" (not a photographer's "사진=홍길동 기자"); an info bar's too.
_KO_SIGNOFF = re.compile(
    rf"^[(\[/]?\s*(?:(?!사진|영상|그래픽)[가-힣]{{2,6}}\s*=\s*|글(?:\s*[·・/]\s*사진)?\s*[=:：]?\s*)?{_KO_SIGNED_NAME}\s*"
    rf"{_KO_BYLINE_TITLE}"
    r"\s*/?\s*[)\]]?$"
)
# A sign-off line crediting the writer and the photographer ("글=홍길동 기자, 사진=김철수 기자"): a byline.
_KO_CREDIT_LINE = re.compile(
    rf"^글\s*[=:：]\s*([가-힣]{{2,4}})\s*{_KO_REPORTER}\s*[,/·]?\s*(?:사진|영상)\s*[=:：]\s*([가-힣]{{2,4}})\s*{_KO_REPORTER}$"
)
_SIGNOFF_LINES = 15
_LABEL_MAX = 20  # characters: a toolbar's label ("기사 스크랩", "프린트"), not a line of the text
_EMPTY_BRACKETS = re.compile(r"[(\[<]\s*[)\]>]")  # where an e-mail was: "홍길동 기자 (hong@…)"
# A time stamp a Korean byline runs on into ("홍길동 기자 입력 2024.05.09 15:20").
_KO_STAMP = re.compile(r"\s*(?:기사\s*)?(?:입력|수정|승인|등록|업데이트|송고)\s*[:：]?(?:\s|\d|$).*$")
# A broadcast report's last line ("HBS 뉴스 박소영입니다.", "다온TV 한지민입니다.", also from where the reporter
# stands: "지금까지 서울 광화문광장에서 YTV 박소영입니다.").
BROADCAST_SIGNOFF = re.compile(
    r"^(?:(?:지금까지\s+)?[\w·\s]{1,30}?에서\s+)?"
    r"(?:[A-Z][A-Za-z0-9]*|[가-힣A-Za-z]*뉴스(?:TV)?|[가-힣]+[A-Z][A-Za-z]*)(?:\s*뉴스)?\s+([가-힣]{2,4})입니다\.?$"
)
# A broadcast item's written sign-off: the channel and the reporter, then an e-mail or a photo credit
# ("YTV 김하늘 (sky@ytv.example)", "한빛방송 윤서아 (seoa@…)", "iMBC 김경희 | 사진출처 MBC").
CHANNEL_SIGNOFF = re.compile(
    r"^(?:[A-Za-z][\w&]{0,11}|[\w&]{0,10}(?:뉴스|방송))\s+([가-힣]{2,4})\s*"
    rf"(?:[(\[<]?\s*{_EMAIL_TEXT}\s*[)\]>]?|[|│]\s*사진\s*(?:출처|제공)?\s*[:=]?.*)$"
)
# A wire story's opening line: dateline, reporters, "=" ("[서울=뉴시스]한지원 기자 = …",
# "(서울=뉴스1) 김도윤 박서진 기자 = …").
_WIRE_OPENING = re.compile(rf"^\s*{_WIRE_DATELINE}\s*{_KO_NAMES}\s*{_KO_REPORTER}\s*=", re.MULTILINE)
# A byline in brackets opening an article's description (the press, a place, the reporters): "[머니투데이 홍길동
# 기자]", "[OSEN=잠실, 홍지수 기자]". Only at the description's start: a photo caption in the text is credited so too.
_BRACKET_OPENING = re.compile(
    rf"^[ \t]*\[[^\[\]=\n]{{1,20}}?(?:\s*=\s*(?:[가-힣]{{2,6}}\s*,\s*)?|\s+){_KO_NAMES}\s*{_KO_REPORTER}\s*\]"
)
_HANDOVER = re.compile(r"([가-힣]{2,4})\s*(?:기자|특파원)가\s*(?:보도|취재)합니다")
# Credits under a broadcast item: camera, editing, graphics ("촬영기자:이준호/영상편집:김민재").
_KO_CREDIT = re.compile(r"(?:촬영|영상\s*편집|편집|그래픽|취재\s*지원|자료\s*조사|CG)\s*(?:기자)?\s*[:：]")
_KO_PLACE = re.compile(r"^[가-힣]{2,6}\s*=\s*")  # a dateline before the name ("광주=정민호 기자")
# Job titles and time stamps a visible byline runs on into ("Kevin Tran Staff Writer", "… Updated, March 5").
_EN_TAIL = re.compile(
    r"\s+(?:(?:staff|senior|contributing|contact|chief|special|political|sports)\s+)?"
    r"(?:writer|reporter|correspondent|editor|columnist)\b.*$|\s+(?:updated|published|posted)\b.*$",
    re.IGNORECASE,
)
_EN_JOB = re.compile(
    r"^(?:(?:staff|senior|contributing|contact|chief|special)\s+)?(?:writer|reporter|correspondent|editor)s?$", re.I
)
# Degrees and credentials written after a name, each after a comma ("Rachael Link, MS, RD"): not names.
_POST_NOMINAL = re.compile(
    r"^(?:Ph\.?\s?D|M\.?D|M\.?S|R\.?D|R\.?N|D\.?O|RDN|LDN?|CDN|CNS|NP|MPH|MBA|MSc|BSc|MA|BA|DDS|CPA|LCSW|Esq)\.?$"
)
# One person written surname first ("Doe, Jane", "Doe, Jane A."): one name, not two.
_LAST_FIRST = re.compile(r"^([^\W\d_][\w'’-]+),\s*([^\W\d_][\w'’-]+(?:\s+[^\W\d_]\.)?)$")
_CREDIT = re.compile(r"^(?:photo(?:graph)?s?|illustrations?|video|graphics?|fotos?|bilder?)\b", re.IGNORECASE)
# "By" and its kin opening a byline ("By Jane Doe", "Von …", "Autor: …").
BY_LABEL = re.compile(
    r"^(?:(?:written\s+|story\s+|reporting\s+)?by|von|par|por|di|door|av|af)\s+"
    r"|^(?:(?:written\s+)?by|von|autor(?:in|en|innen)?|auteur|authors?|text|texto|texte)\s*[:：]\s*",
    re.IGNORECASE,
)
# The news agencies a story credits ("mit dpa", "(AFP)", "dpa/lhe").
NEWS_AGENCY = (
    r"(?:dpa|afp|ap|reuters|apa|sda|ats|ansa|efe|epd|kna|ddp|ntb|tt|ritzau|stt|čtk|ctk|pap|tass|anp|belga|xinhua|"
    r"kyodo|yonhap|연합뉴스|뉴시스|뉴스1)"
)
# An agency's credit alone ("(dpa)", "dpa/lhe", "AP", "dpa, AFP", a wire story's closing "/연합뉴스"): the agency, and
# its desk's letters.
AGENCY_ALONE = re.compile(
    rf"^/?\s*[(\[]?({NEWS_AGENCY})(?:\s*[/,]\s*(?:[a-z]{{1,5}}|{NEWS_AGENCY}))*[)\]]?\.?$", re.IGNORECASE
)
# Agencies in brackets after a name ("Jane Doe (AP)", "Jane Doe (dpa/AFP)"): credited beside the person.
_AGENCY_IN_BRACKETS = re.compile(
    rf"(?<=[A-Za-z\u00c0-\u024f.])\s*\((\s*{NEWS_AGENCY}(?:\s*[/,]\s*{NEWS_AGENCY})*)\s*\)", re.IGNORECASE
)
# A web address in a name ("Deutsche Welle (www.dw.com)").
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()]+")
# A word with letters and digits in it ("BR24"): a desk's or a service's name, which trafilatura's
# clean-up would cut at the digit ("BR").
_LETTERS_DIGITS = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_NAME_LIST = re.compile(r"\s*(?:[,;/&]|\b(?:and|und|et|y|e|og|en)\b)\s*", re.IGNORECASE)
# Lower-case words a person's name holds ("Ursula von der Leyen", "Ibn al Rashid").
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "das", "di", "del", "della", "dos", "du", "la", "le", "zu"}
    | {"ten", "ter", "bin", "ibn", "al", "el", "y", "e"}
)
# A label naming the page's editor, not its writer ("Editor: …", "Edited by …", Indonesian "Penyunting: …").
EDITOR_LABEL = re.compile(
    r"(?:^|(?<=[\s|·,]))(?:editor|redaktur|penyunting|editado por|édité par|redigert av|편집)\s*[:：]\s*"
    r"|(?:^|(?<=\s))edited\s+by\s+",
    re.IGNORECASE,
)
# Words that join a second credit to a byline ("… with Jane Doe", "… avec …", "… Edited by …": an editor, who
# is then passed over where the page shows the label, see visible.shown_as_editor).
_CO_CREDIT = re.compile(r"\s+[(\[]?(?:edited\s+by|with|avec|mit|con|met|med|et|og)\s+", re.IGNORECASE)
# Words run together, as text that lost its spaces reads ("SIDNachrichtenagentur", "VonBR24").
_RUN_TOGETHER = re.compile(r"[A-Z]{2,}[a-z]{2}|[a-z][A-Z]{2}")
_TRAILING_DATE = re.compile(
    r"(?:\s+[A-Za-z]{3,9}\.?\s+\d{1,2}[.,]?\s+\d{4}|\s*\d{1,2}\.?\s+[A-Za-z]{3,9}\.?\s+\d{4}|\s+\d{4}[.\-/]\s*\d{1,2}[.\-/]).*$"
)
# Names that are a desk, a newsroom or a site, not a person.
_DESK = re.compile(
    r"(?:일보|신문|뉴스|방송|통신|닷컴|편집국|편집부|보도국|취재팀|뉴스팀|디지털팀|온라인팀|연예|\bnews\b|\bnewsroom\b|"
    rf"\b{NEWS_AGENCY}\b|\b(?:sid|quelle|source|fuente|fonte)\b|\bstaff\b|\beditorial\b|\bdesk\b|\bagency\b|\bredaktion\b|\bredacción\b|\brédaction\b)",
    re.IGNORECASE,
)
_NUMBERS = re.compile(r"^[\d\W_]+$")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&]*$")
_DOMAIN = re.compile(r"(?<=\w)\.[a-z]{2,6}$")  # a site named by its address: "DW.COM", "mbl.is"


def clean_names(names: Iterable[str]) -> list[str]:
    """Names as people read them: no e-mail addresses, URLs, numbers, "By", or Korean job titles."""
    out: list[str] = []
    for raw in names:
        if not raw or _URL.match(raw.strip()):
            continue
        text = _ADDRESS.sub(" ", _EMAIL.sub(" ", raw))
        text = _KO_MEMBER_ID.sub("", _KO_WIRE_DATELINE.sub(" ", text))
        text = re.sub(r"[()\[\]<>]", " ", _AGENCY_IN_BRACKETS.sub(r", \1", text))
        text = " ".join(text.split())
        if not text:
            continue
        text = _TRAILING_DATE.sub("", BY_LABEL.sub("", text))
        if re.search(r"[가-힣]", text):
            if _KO_CREDIT.search(text):
                continue
            text = KO_BYLINE_LABEL.sub("", _KO_STAMP.sub("", text).strip(" =:|"))
            text = _KO_NEXT_REPORTER.sub(r"\1, ", text)
            pieces = [_KO_PLACE.sub("", piece) for piece in re.split(r"\s*[,/·]\s*", text)]
            pieces = [name for piece in pieces for name in _korean_names(piece)]
        elif " " not in text and _DOMAIN.search(text.casefold()):
            pieces = [text]  # "sportschau.de", "mbl.is": a service named by its address, as it writes it
        else:
            text = _first_name_first(text)
            # a row of fields ("Marta Ferrer | Palma | 08/01/2014"): the name is the first, the others say where,
            # when or in which section
            fields = [f for f in re.split(r"\s+[|｜]\s+", text) if not _CREDIT.match(f) and not _EN_JOB.match(f)]
            names = re.split(r"\s+[·•]\s+", fields[0]) if fields else []
            parts = [p for p in names if not _CREDIT.match(p) and not _EN_JOB.match(p)]
            pieces = [_as_written(n, text) for p in parts for n in _split_names(_EN_TAIL.sub("", p))]
        for piece in pieces:
            if _EN_JOB.match(piece.strip()) or _POST_NOMINAL.match(piece.strip()):
                continue
            titled = _KO_TITLED.match(piece)
            name = (titled.group(1) if titled else piece).strip(" ,;:-=|")
            if name and not _NUMBERS.match(name) and name not in out:
                out.append(name)
    return out


def _korean_names(piece: str) -> list[str]:
    """The reporters one Korean byline piece names: several before one job title ("김도윤 박서진 기자"),
    without a desk before them ("사회부"); a name leading a card's text; else the piece as it is."""
    piece = _KO_CREDIT_WORD.sub("", piece)
    if not piece:
        return []
    first, _, rest = piece.partition(" ")
    # a desk ("산업1부 오승훈 기자", "온라인이슈팀 홍길동 기자"); an outlet in Latin letters or with a digit, which
    # a name never has ("HBN 홍길동 기자", "뉴스1 홍길동 기자")
    outlet = _LATIN_WORD.match(first) or any(character.isdigit() for character in first)
    if rest and (_KO_DESK_WORD.search(first) or (outlet and HANGUL_SYLLABLE.match(rest))):
        piece = rest
    several = _KO_NAMES_TITLED.match(piece)
    if several:
        words = several.group(1).split()
        names = [w for w in words if not _is_post_word(w)]
        if names:
            return names
    if _KO_TITLED.match(piece):
        return [piece]
    words = piece.split()
    if len(words) > 1 and KO_NAME.fullmatch(words[0]) and all(_is_post_word(w) for w in words[1:]):
        return words[:1]  # a reporter card's name and desk ("김서윤 사회부")
    lead = _KO_TITLED_LEAD.match(piece)
    return [lead.group(1)] if lead else [piece]


def _is_post_word(word: str) -> bool:
    """A word of a Korean byline that says where its person works, not who: a desk, a school, a rank."""
    post_patterns = (_KO_DESK_WORD, _DESK, _KO_SCHOOL_WORD, _KO_RANK_WORD)
    return any(pattern.search(word) for pattern in post_patterns)


def _first_name_first(text: str) -> str:
    """ "Doe, Jane" as "Jane Doe"; not two agencies or desks ("Reuters, AFP") nor initials ("AP, AFP")."""
    match = _LAST_FIRST.match(text)
    if not match or any(part.isupper() or _DESK.search(part) for part in match.groups()):
        return text
    return f"{match.group(2)} {match.group(1)}"


def _split_names(text: str) -> list[str]:
    """The names in one credit line, by trafilatura's clean-up; but a name with a word of letters and
    digits in it ("BR24 Redaktion") is kept whole, not cut at its first digit."""
    if _LETTERS_DIGITS.search(text):
        return [name for name in _NAME_LIST.split(text) if name.strip()]
    return (normalize_authors(None, text) or "").split("; ")


def shown_names(byline: str) -> list[str]:
    """The names in a byline read from the page's text, where a place marked as the author's may hold
    other words: a sentence running on after the name ("Atli Steinn Guðmundsson skrifar frá Porsgrunn"),
    a button's label ("Themen bearbeiten"), words run together. In Latin script a name is capitalised
    words (and particles such as "von"); what follows the name is dropped, and text that does not start
    with a name of at least two words when something followed it is not a name at all."""
    out = []
    for name in clean_names(_CO_CREDIT.split(byline)):
        if not re.search(r"[A-Za-z]", name) or re.search(r"[^\x00-\u024f\s'’.-]", name):
            out.append(name)  # another script: its names are not written in capitals
            continue
        words = name.split()
        if len(words) == 1 and not _RUN_TOGETHER.search(name):
            out.append(name)  # "dpa", "ssi": initials and one-word names as the page writes them
            continue
        kept: list[str] = []
        for word in words:
            if word[0].isupper() or (kept and word.casefold() in _PARTICLES):
                kept.append(word)
            else:
                break
        while kept and kept[-1].casefold() in _PARTICLES:
            kept.pop()
        if not kept or (len(kept) < len(words) and len(kept) < 2) or _RUN_TOGETHER.search(" ".join(kept)):
            continue
        out.append(" ".join(kept))
    return out


# Words of a name written with a period after them, as initials are ("Dr. Max Kolter", "E.J. Dionne Jr.").
_ABBREVIATED = frozenset({"dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr"})


def _as_written(name: str, text: str) -> str:
    """``name`` as the page writes it: trafilatura's clean-up title-cases names ("rentn" → "Rentn") and drops the
    periods of initials ("Dana A. Ford", "James S.A. Corey", "E.J. Dionne Jr." → "Dana A Ford", …)."""
    words = name.split()
    if not words:
        return name
    pattern = r"\s+".join(
        re.escape(word) + (r"\.?" if len(word) == 1 or word.casefold() in _ABBREVIATED else "") for word in words
    )
    written = re.search(pattern.replace(r"\.?\s+", r"\.?\s*"), text, re.IGNORECASE)  # "S.A.": no space
    return written.group() if written else name


# A generic word after a broadcaster's or a paper's name in its site name ("KBC 뉴스", "SBS NEWS").
_SITE_WORD = re.compile(r"\s+(?:뉴스|news|닷컴|온라인|online)$", re.IGNORECASE)


def is_desk(name: str, site_names: Iterable[str]) -> bool:
    key = letters_key(name)
    if not key:
        return True
    site_names = list(site_names)
    if key in _site_keys(site_names):
        return True
    if any(len(site) >= 4 and site in key for site in (letters_key(site) for site in site_names if site)):
        return True
    if len(key) >= 2 and key in [_initials(site) for site in site_names if site]:
        return True  # the site's name in initials ("LTO" for Legal Tribune Online)
    domains = [
        _DOMAIN.sub("", site.strip().casefold()) for site in site_names if _DOMAIN.search(site.strip().casefold())
    ]
    if len(name.split()) >= 2 and _initials(name) in domains:
        return True  # the site's name written out where the site goes by its address ("DW.COM")
    return bool(_DESK.search(name) or _KO_DESK_WORD.search(name))


def is_site(name: str, site_names: Iterable[str]) -> bool:
    return letters_key(name) in _site_keys(site_names)


def _site_keys(site_names: Iterable[str]) -> list[str]:
    """The site's names as keys, each also without a generic word after it ("KBC 뉴스" is also "KBC")."""
    names = [site.strip() for site in site_names if site and site.strip()]
    keys = [letters_key(name) for name in [*names, *(_SITE_WORD.sub("", name) for name in names)]]
    return list(dict.fromkeys(key for key in keys if key))


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"\w+", name)).casefold()


def ko_signature(line: str) -> list[str]:
    """The reporter a Korean sign-off or byline line names ("홍길동 기자 hong@…", "서울=홍길동 특파원", "사회부
    홍길동 기자"), without the desk; [] where the line is not one (nor two names under one title)."""
    line = " ".join(_EMPTY_BRACKETS.sub(" ", _EMAIL.sub(" ", line)).split())
    match = _KO_SIGNOFF.match(line)
    if not match:
        return []
    names = [word for word in match.group(1).split() if not _is_post_word(word)]
    return names if len(names) == 1 else []


def signed_reporter(body_text: str) -> str:
    """The reporter a Korean article names on a line of its own near its end ("홍길동 기자 hong@…", a
    broadcaster's "YTV 김하늘 (sky@…)"), else the reporters of a bracketed byline opening ``body_text`` (the
    description comes first) or of a wire story's opening dateline; else the agency a wire story credits on its
    last line alone ("연합뉴스", "/연합뉴스"; a toolbar's labels may follow it)."""
    lines = [line.strip() for line in body_text.splitlines() if line.strip()][-_SIGNOFF_LINES:]
    signed: list[str] = []  # the reporters of the last sign-off lines, one under the other
    for line in reversed(lines):
        names = ko_signature(line)
        if names:
            signed[:0] = [name for name in names if name not in signed]
            continue
        if signed:
            break
        channel = CHANNEL_SIGNOFF.match(line)
        if channel:
            return channel.group(1)
        line = " ".join(_EMPTY_BRACKETS.sub(" ", _EMAIL.sub(" ", line)).split())
        credits = _KO_CREDIT_LINE.match(line)
        if credits:  # the byline's credits as a line of their own: the writer and the photographer
            return ", ".join(dict.fromkeys(credits.group(1, 2)))
        match = BROADCAST_SIGNOFF.match(line)
        if match:
            return match.group(1)
    if signed:
        return ", ".join(signed)
    opening = _BRACKET_OPENING.match(body_text) or _WIRE_OPENING.search(body_text)
    if opening:
        return ", ".join(name for name in opening.group(1).split() if not _KO_RANK_WORD.match(name))
    handover = _HANDOVER.search(body_text)
    if handover:
        return handover.group(1)
    for line in reversed(lines):  # the agency's line, perhaps with a toolbar's labels after it
        agency = AGENCY_ALONE.match(line)
        if agency:
            return agency.group(1)
        if len(line) > _LABEL_MAX:
            break
    return ""


AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:en|in)?|auteurs?|autori?|autores)/[^/?#]+", re.IGNORECASE)
_BOLD_BYLINE = re.compile(r"^<p\b[^>]*>\s*<(strong|b)>([^<]{3,80})</\1>\s*</p>$")
_BYLINE_BLOCKS = 3  # paragraphs
_BYLINE_CHARS = 3000
_PARAGRAPH = re.compile(r"<p\b[^>]*>.*?</p>", re.DOTALL)


def author_page_links(links: Iterable[tuple[str, str, object]]) -> list[str]:
    """The names on links to author pages ("/autoren/name/max-kolter"): the first such link outside the
    menus, and those beside it (co-authors). ``links`` is (href, text, parent) per link, in page order."""
    first_parent: object = None
    names: list[str] = []
    for href, text, parent in links:
        if not AUTHOR_PAGE.search(href) or (first_parent is not None and parent is not first_parent):
            continue
        found = _names_only(text)
        if found:
            first_parent = parent
            names += found
    return names


_LABEL_WORDS = frozenset(
    {"author", "authors", "autor", "autorin", "autoren", "autorin/autor", "autor/autorin", "auteur", "auteurs"}
    | {"autore", "autores", "written by", "penulis", "reporter", "journalist", "journalistin"}
)
_LABELS = etree.XPath(  # a union of the tags, not //*[self::…]: lxml then tests only those elements
    "(//strong | //b | //th | //dt | //span | //label | //em)"
    "[not(*)][string-length(normalize-space()) < 20][not(ancestor::nav or ancestor::footer)]"
)


def labelled_byline(tree: HtmlElement) -> list[str]:
    """A byline given as a labelled field: "<li><strong>Autorin/Autor</strong> Roman Goncharenko</li>",
    a table row or a definition list headed "Author"."""
    for label in _LABELS(tree):
        word = " ".join(label.text_content().split()).rstrip(":：").strip().casefold()
        if word not in _LABEL_WORDS:
            continue
        value = label.getnext()
        if label.tag in ("th", "dt"):
            text = value.text_content() if value is not None and value.tag in ("td", "dd") else ""
        elif label.tail and label.tail.strip():
            text = label.tail
        else:
            text = value.text_content() if value is not None else ""
        names = _names_only(text.strip(" :："))
        if names:
            return names
    return []


def bold_byline(body_html: str) -> list[str]:
    """A byline given as the article's own first lines: a paragraph wholly in bold that is names and
    nothing else ("<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>")."""
    blocks = _PARAGRAPH.findall(body_html[:_BYLINE_CHARS])[:_BYLINE_BLOCKS]
    for block in blocks:
        match = _BOLD_BYLINE.match(block)
        if match:
            names = _names_only(match.group(2))
            if names:
                return names
    return []


def _names_only(text: str) -> list[str]:
    """The names ``text`` holds when it holds nothing but names of two to five capitalised words."""
    text = " ".join(text.split())
    if not text or re.search(r"[\d:?!]|[^\x00-\u024f\s'’.-]", text):
        return []
    names = shown_names(text)
    written = [w for w in _NAME_LIST.split(BY_LABEL.sub("", text)) for w in w.split()]
    if sum(len(name.split()) for name in names) != len(written):
        return []
    return names if names and all(2 <= len(name.split()) <= 5 for name in names) else []


def hangul_over_romanised(author: str, title: str, shown: Callable[[], list[str]], site_names: list[str]) -> str:
    """On a Korean page (its headline in Hangul), a declared author written in Latin letters ("Kim Seoyun")
    gives way to the Hangul names the page shows (``shown``: the byline's, the sign-off's); a desk or an agency so
    written ("YONHAP") to the one the page credits in Hangul ("/연합뉴스")."""
    if not author or HANGUL_SYLLABLE.search(author) or not HANGUL_SYLLABLE.search(title):
        return author
    desk = is_desk(author, site_names)
    names = [n for n in clean_names(shown()) if HANGUL_SYLLABLE.search(n) and (desk or not is_desk(n, site_names))]
    return ", ".join(names) if names else author


def with_co_authors(author: str, shown: Callable[[], list[str]], is_person: Callable[[str], bool]) -> str:
    """A single Korean name declared where the byline (``shown``) lists it first among other people
    (``is_person``): the byline's names (a widget's tag naming only the first of a package's reporters). Only a
    Korean name is checked so: the byline is looked for only then, and JSON-LD elsewhere lists its authors."""
    if not KO_NAME.fullmatch(author):
        return author
    names = [name for name in clean_names(shown()) if is_person(name)]
    return ", ".join(names) if len(names) > 1 and names[0] == author else author


def pick_author(
    evidence: Iterable[Callable[[], list[str]]],
    site_names: list[str],
    reporter: Callable[[], str] = lambda: "",
    is_editor: Callable[[str], bool] = lambda name: False,
) -> str:
    """The first evidence that names a person; ``evidence`` is asked lazily, best first. A name the page shows
    as its editor's (``is_editor``) is passed over as a desk's is. Where no evidence names a person, ``reporter``:
    the people the page names elsewhere (a Korean sign-off, a "By" line), before a desk or the site; and where
    the page names nobody, the desk or agency it credits (a wire story's closing "연합뉴스")."""
    fallback = ""
    for ask in evidence:
        names = clean_names(ask())
        people = [n for n in names if not is_desk(n, site_names) and not is_editor(n)]
        if people:
            return ", ".join(n for n in names if not is_site(n, site_names) and not is_editor(n))
        if names and not fallback:
            fallback = ", ".join(names)
    signed = clean_names([reporter()])
    return ", ".join(n for n in signed if not is_desk(n, site_names)) or fallback or ", ".join(signed)
