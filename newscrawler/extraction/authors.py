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
# A reporter's sign-off at the end of a Korean article ("서울=홍길동 기자", "홍길동 기자 hong@…").
_KO_SIGNOFF = re.compile(
    r"(?:^|[\s(=/·])([가-힣]{2,4})\s*(?:선임|수석|인턴)?\s*(?:기자|특파원)(?:\s*\(?[\w.+-]+@[\w.-]+\)?)?\s*[)\]]?\s*$"
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
        if re.search(r"[가-힣]", text):
            pieces = re.split(r"\s*[,/·]\s*", text)
        else:
            pieces = (normalize_authors(None, text) or "").split("; ")
        for piece in pieces:
            titled = _KO_TITLED.match(piece)
            name = (titled.group(1) if titled else piece).strip(" ,;:-")
            if name and not _NUMBERS.match(name) and name not in out:
                out.append(name)
    return out


def is_desk(name: str, site_names: Iterable[str]) -> bool:
    key = _key(name)
    if not key:
        return True
    sites = [_key(site) for site in site_names if site]
    if any(key == site or (len(site) >= 4 and site in key) for site in sites):
        return True
    return bool(_DESK.search(name))


def signed_reporter(body_text: str) -> str:
    """The reporter a Korean article names in its last lines ("… 홍길동 기자")."""
    lines = [line.strip() for line in body_text.splitlines() if line.strip()][-3:]
    for line in reversed(lines):
        match = _KO_SIGNOFF.search(_EMAIL.sub("", line).strip() if "@" in line else line)
        if match:
            return match.group(1)
    return ""


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
