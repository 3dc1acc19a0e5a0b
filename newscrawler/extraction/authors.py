"""Who wrote the article: names from the page's evidence, without the site, desks, e-mails and job titles.

Evidence, best first: the source's selector, the JSON-LD article's authors (``@id`` references
resolved through the page's ``@graph``), the author meta tags, then the byline as readers see it
(trafilatura's byline expressions). A name that is the site's or the publisher's own, or a desk
("SBS NEWS", "iMBC 연예", "디지털뉴스팀"), is not a byline: the next evidence is asked, and a Korean
reporter named in the body's last lines ("홍길동 기자") beats it; the site's name stays only where
nothing else names anyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from trafilatura.metadata import normalize_authors

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"^(?:https?:)?//|^www\.")
# A Korean name and a job title after it ("홍길동 기자", "홍길동기자", "이남경 MK스포츠 기자").
_KO_TITLED = re.compile(
    r"^([가-힣]{2,4}?)(?:\s+[\w]+)*?\s*(?:선임|수석|전문|객원|인턴|취재|영상|사진)?\s*"
    r"(?:기자|특파원|에디터|논설위원|칼럼니스트|앵커|리포터|통신원|편집위원|PD)$"
)
# A Korean article's sign-off line: "홍길동 기자", "서울=홍길동 특파원 hong@…", "(홍길동 기자)".
_KO_SIGNOFF = re.compile(
    r"^[(\[]?(?:[가-힣]{2,6}\s*=\s*)?([가-힣]{2,4})\s*(?:선임|수석|인턴)?\s*(?:기자|특파원)\s*[)\]]?$"
)
_SIGNOFF_LINES = 15
# A broadcast report's last line ("HBS 뉴스 박소영입니다.") and the anchor's hand-over ("박소영 기자가 보도합니다.").
BROADCAST_SIGNOFF = re.compile(r"^(?:[A-Z][A-Za-z0-9]*|[가-힣A-Za-z]*뉴스)(?:\s*뉴스)?\s+([가-힣]{2,4})입니다\.?$")
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
_CREDIT = re.compile(r"^(?:photo(?:graph)?s?|illustrations?|video|graphics?|fotos?|bilder?)\b", re.IGNORECASE)
_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
_TRAILING_DATE = re.compile(
    r"(?:\s+[A-Za-z]{3,9}\.?\s+\d{1,2}[.,]?\s+\d{4}|\s*\d{1,2}\.?\s+[A-Za-z]{3,9}\.?\s+\d{4}|\s+\d{4}[.\-/]\s*\d{1,2}[.\-/]).*$"
)
# Names that are a desk, a newsroom or a site, not a person.
_DESK = re.compile(
    r"(?:일보|신문|뉴스|방송|통신|닷컴|편집국|편집부|보도국|취재팀|뉴스팀|디지털팀|온라인팀|연예|\bnews\b|\bnewsroom\b|"
    r"\b(?:dpa|afp|ap|apa|reuters|sid|ansa|efe|kna|epd|quelle|source|fuente|fonte)\b|\bstaff\b|\beditorial\b|\bdesk\b|\bagency\b|\bredaktion\b|\bredacción\b|\brédaction\b)",
    re.IGNORECASE,
)
_NUMBERS = re.compile(r"^[\d\W_]+$")


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def clean_names(names: Iterable[str]) -> list[str]:
    """Names as people read them: no e-mail addresses, URLs, numbers, "By", or Korean job titles."""
    out: list[str] = []
    for raw in names:
        if not raw or _URL.match(raw.strip()):
            continue
        text = _EMAIL.sub(" ", raw)
        text = re.sub(r"[()\[\]<>]", " ", text)
        text = " ".join(text.split())
        if not text:
            continue
        text = _TRAILING_DATE.sub("", _BY.sub("", text))
        if re.search(r"[가-힣]", text):
            if _KO_CREDIT.search(text):
                continue
            pieces = [_KO_PLACE.sub("", piece) for piece in re.split(r"\s*[,/·]\s*", text)]
        else:
            parts = [p for p in re.split(r"\s+[·|•]\s+", text) if not _CREDIT.match(p) and not _EN_JOB.match(p)]
            pieces = [
                _as_written(n, text)
                for p in parts
                for n in (normalize_authors(None, _EN_TAIL.sub("", p)) or "").split("; ")
            ]
        for piece in pieces:
            if _EN_JOB.match(piece.strip()):
                continue
            titled = _KO_TITLED.match(piece)
            name = (titled.group(1) if titled else piece).strip(" ,;:-")
            if name and not _NUMBERS.match(name) and name not in out:
                out.append(name)
    return out


def _as_written(name: str, text: str) -> str:
    """``name`` as the page writes it: trafilatura's clean-up title-cases names ("rentn" → "Rentn")."""
    at = text.casefold().find(name.casefold())
    return text[at : at + len(name)] if at >= 0 and len(text) == len(text.casefold()) else name


def is_desk(name: str, site_names: Iterable[str]) -> bool:
    key = _key(name)
    if not key:
        return True
    sites = [_key(site) for site in site_names if site]
    if any(key == site or (len(site) >= 4 and site in key) for site in sites):
        return True
    return bool(_DESK.search(name))


def signed_reporter(body_text: str) -> str:
    """The reporter a Korean article names on a line of its own near its end ("홍길동 기자 hong@…")."""
    lines = [line.strip() for line in body_text.splitlines() if line.strip()][-_SIGNOFF_LINES:]
    for line in reversed(lines):
        line = " ".join(_EMAIL.sub(" ", line).split())
        match = _KO_SIGNOFF.match(line) or BROADCAST_SIGNOFF.match(line)
        if match:
            return match.group(1)
    handover = _HANDOVER.search(body_text)
    return handover.group(1) if handover else ""


def pick_author(
    evidence: Iterable[Callable[[], list[str]]],
    site_names: list[str],
    body_text: Callable[[], str] = lambda: "",
) -> str:
    """The first evidence that names a person; ``evidence`` is asked lazily, best first."""
    fallback = ""
    for ask in evidence:
        names = clean_names(ask())
        people = [n for n in names if not is_desk(n, site_names)]
        if people:
            return ", ".join(people)
        if names and not fallback:
            fallback = ", ".join(names)
    reporter = signed_reporter(body_text())
    return reporter or fallback
