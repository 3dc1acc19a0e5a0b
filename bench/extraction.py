"""Extraction quality and speed on the three shared sets, ours beside trafilatura alone.

    .venv/bin/python bench/extraction.py                 # all three sets, both extractors
    .venv/bin/python bench/extraction.py --set publishers --part tuning --worst 15

Sets (``../shared/benchmark/<set>``, README in each): ``articles`` (news pages, body only),
``publishers`` (real publishers' pages: body, title, authors, publication time) and
``readability`` (Mozilla Readability's test pages: body from expected.html, title, byline, date).

Each set is split BY SITE into a tuning part and a validation part: a site's part is the parity
of the first byte of the SHA-256 of its name (the publisher, the host without ``www.``, or the
Readability test's name without a trailing number), so every page of a site lands on the same
side and the split never changes. Tune on ``tuning``; ``validation`` says whether it generalises.

Ours is the crawl's own code path (``newscrawler.extraction.page.post_from_bytes``, as
``newscrawler extract`` runs it; the source's time zone, for times a page gives without one, is
the publisher's country's, as a user would configure it, else UTC); trafilatura 2.3.1 is ``bare_extraction`` with
default settings, given the same URL; its title, author and date come from a second call with
``with_metadata=True`` that is not timed (the timed call is the cheaper one). Both run on each page
in turn, after an untimed first pass over every page (a crawl is a long-running process: one-time
loads such as dateparser's data for each language, ~30-180 ms each, are not a page's cost; ``--no-warm``
times from cold); time per page is the mean over pages of each page's median CPU time over ``--repeat`` calls (three by
default; ``time.process_time``: on a shared machine wall time swings with other people's jobs, CPU time much
less, and the median of three leaves out a call that a collection or a busy neighbour slowed).

Scores: body P/R/F1 by the article-extraction-benchmark's shingle metric
(``newscrawler.extraction.evaluation``); title exact (whitespace collapsed) and token F1; date
right = same calendar date, and the same instant (within a minute) where both sides carry a time
with a zone (trafilatura gives only a date, so it is held to the date alone); author token F1 of
the names joined. "far below": pages where one body F1 is more than 0.20 under the other's.
Per-page scores go to ``bench/out/extraction_pages.tsv``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawler.extraction.evaluation import PageScore, score_page, summarise  # noqa: E402
from newscrawler.extraction.page import post_from_bytes  # noqa: E402
from newscrawler.sources import Source  # noqa: E402

SHARED = ROOT.parent / "shared" / "benchmark"
ARTICLES = SHARED / "articles"
SETS = ("articles", "publishers", "readability")
PARTS = ("tuning", "validation")
OUT = ROOT / "bench" / "out"
FAR = 0.20
READABILITY_URL = "http://fakehost/test/page.html"  # what Readability's own tests use
_TOKEN = re.compile(r"\w+")
_EXPECTED_BLOCKS = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td", "dd", "dt"])


@dataclass
class Page:
    set: str
    id: str
    site: str
    url: str
    html: bytes
    body: str
    title: str | None = None
    authors: list[str] | None = None
    published: str | None = None
    country: str = ""

    @property
    def part(self) -> str:
        return part_of(self.site)


@dataclass
class Extracted:
    text: str = ""
    title: str = ""
    author: str = ""
    published: str = ""
    seconds: float = 0.0
    error: str = ""


@dataclass
class Scored:
    page: Page
    got: Extracted
    body: PageScore
    title_exact: bool | None
    title_f1: float | None
    date_right: bool | None
    author_f1: float | None


@dataclass
class Row:
    pages: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    title_exact: float | None = None
    title_f1: float | None = None
    date_right: float | None = None
    author_f1: float | None = None
    ms: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def part_of(site: str) -> str:
    return PARTS[hashlib.sha256(site.encode("utf-8")).digest()[0] % 2]


# loading the sets


def load_articles(folder: Path = ARTICLES) -> list[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        url = entry.get("url") or "https://example.com/"
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        site = urlsplit(url).netloc.lower().removeprefix("www.")
        pages.append(Page("articles", page_id, site, url, html, entry.get("articleBody") or ""))
    return pages


def load_publishers(folder: Path = SHARED / "publishers") -> list[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append(
            Page(
                "publishers",
                page_id,
                entry["publisher"],
                entry["url"],
                html,
                entry.get("articleBody") or "",
                entry.get("title") or None,
                entry.get("authors"),
                entry.get("published") or None,
                entry.get("country") or "",
            )
        )
    return pages


def load_readability(folder: Path = SHARED / "readability") -> list[Page]:
    pages = []
    for test in sorted(p for p in folder.iterdir() if (p / "source.html").exists()):
        meta = json.loads((test / "expected-metadata.json").read_text("utf-8"))
        byline = meta.get("byline")
        pages.append(
            Page(
                "readability",
                test.name,
                re.sub(r"-\d+$", "", test.name),
                READABILITY_URL,
                (test / "source.html").read_bytes(),
                expected_text((test / "expected.html").read_text("utf-8")),
                meta.get("title") or None,
                [byline] if byline else None,
                meta.get("publishedTime") or None,
            )
        )
    return pages


def expected_text(html: str) -> str:
    """The text of expected.html's p, h1-h6, li, pre, blockquote, td, dd, dt (each block once: the outermost)."""
    import lxml.html

    root = lxml.html.fromstring(html)
    for junk in root.xpath("//script|//style"):
        junk.drop_tree()
    blocks = []
    for element in root.iter(*_EXPECTED_BLOCKS):
        if any(a.tag in _EXPECTED_BLOCKS for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


LOADERS: dict[str, Callable[[], list[Page]]] = {
    "articles": load_articles,
    "publishers": load_publishers,
    "readability": load_readability,
}


# the two extractors

# Where a page gives a time without a zone, the source's zone applies: the zone a user would set for
# the publisher in sources.toml, here by the publisher's country (UTC where the set gives no country).
COUNTRY_ZONES = {
    "at": "Europe/Vienna", "au": "Australia/Sydney", "be": "Europe/Brussels", "ca": "America/Toronto",
    "ch": "Europe/Zurich", "cz": "Europe/Prague", "de": "Europe/Berlin", "dk": "Europe/Copenhagen",
    "es": "Europe/Madrid", "fr": "Europe/Paris", "id": "Asia/Jakarta", "ind": "Asia/Kolkata",
    "isl": "Atlantic/Reykjavik", "it": "Europe/Rome", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "lb": "Asia/Beirut",
    "ls": "Africa/Maseru", "lu": "Europe/Luxembourg", "mx": "America/Mexico_City", "na": "Africa/Windhoek",
    "no": "Europe/Oslo", "pt": "Europe/Lisbon", "ru": "Europe/Moscow", "se": "Europe/Stockholm",
    "tr": "Europe/Istanbul", "tw": "Asia/Taipei", "tz": "Africa/Dar_es_Salaam", "uk": "Europe/London",
    "us": "America/New_York", "za": "Africa/Johannesburg",
}  # fmt: skip
_SOURCES: dict[str, Source] = {}


def source_for(page: Page) -> Source:
    zone = COUNTRY_ZONES.get(page.country, "UTC")
    if zone not in _SOURCES:
        _SOURCES[zone] = Source(name="bench", feeds=["https://localhost/"], timezone=zone)
    return _SOURCES[zone]


def ours(page: Page) -> Extracted:
    post, _ = post_from_bytes(page.html, page.url, source_for(page))
    return Extracted(post.body_text, post.title, post.author, post.published)


def trafilatura_alone(page: Page) -> Extracted:
    """The body with default settings (this call is what is timed); metadata from a second, untimed call."""
    import trafilatura

    document = trafilatura.bare_extraction(page.html, url=page.url)
    return Extracted(text=(document.text or "") if document is not None else "")


def trafilatura_metadata(page: Page, got: Extracted) -> None:
    import trafilatura

    document = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if document is not None:
        got.title, got.author, got.published = document.title or "", document.author or "", document.date or ""


EXTRACTORS: dict[str, Callable[[Page], Extracted]] = {"newscrawler": ours, "trafilatura": trafilatura_alone}


def run(page: Page, extractor: Callable[[Page], Extracted], repeat: int = 1) -> Extracted:
    """The extractor's result on ``page``, with the median CPU time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        try:
            got = extractor(page)
        except Exception as exc:
            got = Extracted(error=f"{type(exc).__name__}: {exc}")
        times.append(time.process_time() - started)
    if got.error:
        print(f"  {page.set}/{page.id}: {got.error}", file=sys.stderr)
    got.seconds = statistics.median(times)
    if extractor is trafilatura_alone and not got.error:
        trafilatura_metadata(page, got)
    return got


# scoring


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text or ""))


def token_f1(predicted: str, truth: str) -> float:
    ours_, true = tokens(predicted), tokens(truth)
    if not ours_ and not true:
        return 1.0
    common = sum((ours_ & true).values())
    if not common:
        return 0.0
    p, r = common / sum(ours_.values()), common / sum(true.values())
    return 2 * p * r / (p + r)


def _moment(text: str) -> tuple[datetime, bool] | None:
    """The datetime, and whether it carries a time of day with a zone."""
    text = text.strip().replace("Z", "+00:00") if text.strip().endswith("Z") else text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    timed = len(text) > 10 and moment.tzinfo is not None
    return moment, timed


def date_right(predicted: str, truth: str) -> bool:
    got, true = _moment(predicted or ""), _moment(truth)
    if got is None or true is None:
        return False
    (p, p_timed), (t, t_timed) = got, true
    if p_timed and t_timed:
        return abs((p - t).total_seconds()) < 60
    if p_timed and t.tzinfo is not None:
        p = p.astimezone(t.tzinfo)
    return p.date() == t.date()


def score(page: Page, got: Extracted) -> Scored:
    title_exact = title_f1 = date_ok = author_f1 = None
    if page.title:
        title_exact = " ".join(got.title.split()) == " ".join(page.title.split())
        title_f1 = token_f1(got.title, page.title)
    if page.published:
        date_ok = date_right(got.published, page.published)
    if page.authors is not None:
        author_f1 = token_f1(got.author, " ".join(page.authors))
    return Scored(page, got, score_page(got.text, page.body), title_exact, title_f1, date_ok, author_f1)


def _mean(values: Iterable[float | bool | None]) -> float | None:
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def summary_row(scored: list[Scored]) -> Row:
    body = summarise((s.got.text, s.page.body, s.body) for s in scored)
    return Row(
        pages=len(scored),
        precision=body.precision,
        recall=body.recall,
        f1=body.f1,
        title_exact=_mean(s.title_exact for s in scored),
        title_f1=_mean(s.title_f1 for s in scored),
        date_right=_mean(s.date_right for s in scored),
        author_f1=_mean(s.author_f1 for s in scored),
        ms=1000 * (_mean(s.got.seconds for s in scored) or 0.0),
    )


def evaluate_pages(pages: list[Page], names: Iterable[str] = EXTRACTORS, repeat: int = 1) -> dict[str, list[Scored]]:
    """Every page through each named extractor in turn (interleaved, so both see the same machine load), each
    timed ``repeat`` times."""
    names = list(names)
    out: dict[str, list[Scored]] = {name: [] for name in names}
    for page in pages:
        for name in names:
            out[name].append(score(page, run(page, EXTRACTORS[name], repeat)))
    return out


def _cell(value: float | None, width: int = 6) -> str:
    return f"{'–':>{width}}" if value is None else f"{value:{width}.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="only this set (repeatable)")
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all", help="only this part's pages")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where ours is furthest below")
    parser.add_argument("--ours-only", action="store_true", help="skip the trafilatura baseline")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--repeat", type=int, default=3, help="time each page this many times and take the median (default: 3)"
    )
    parser.add_argument(
        "--no-warm", dest="warm", action="store_false", help="time from a cold start (no untimed first pass)"
    )
    args = parser.parse_args()
    names = ["newscrawler"] if args.ours_only else list(EXTRACTORS)
    sets = args.sets or list(SETS)
    missing = [s for s in sets if not (SHARED / s).exists()]
    if missing:
        sys.exit(f"{', '.join(str(SHARED / s) for s in missing)} not there: nothing to measure")
    loaded = {s: [p for p in LOADERS[s]() if args.part in ("all", p.part)] for s in sets}
    for name in names:  # imports and one-time loads (dateparser's data for each language) paid before timing
        for pages in loaded.values() if args.warm else [next(iter(loaded.values()))[:1]]:
            for page in pages:
                run(page, EXTRACTORS[name])
    results = {s: evaluate_pages(pages, names, max(1, args.repeat)) for s, pages in loaded.items()}

    header = ["set", "part", "extractor", "pages", "P", "R", "body F1", "title =", "title F1", "date", "author", "ms"]
    header += ["far below", "ratio"]
    lines = []
    for set_name, by_name in results.items():
        for part in [*PARTS, "all"] if args.part == "all" else [args.part]:
            rows = {}
            for name, scored in by_name.items():
                chosen = [s for s in scored if part in ("all", s.page.part)]
                rows[name] = summary_row(chosen)
            for name, row in rows.items():
                far = ratio = ""
                if name == "newscrawler" and "trafilatura" in by_name:
                    pairs = [
                        (a.body.f1, b.body.f1)
                        for a, b in zip(by_name["newscrawler"], by_name["trafilatura"], strict=True)
                        if part in ("all", a.page.part)
                    ]
                    far = f"{sum(1 for a, b in pairs if a < b - FAR)} / {sum(1 for a, b in pairs if b < a - FAR)}"
                    ratio = f"{row.ms / rows['trafilatura'].ms:.2f}" if rows["trafilatura"].ms else ""
                lines.append(
                    [
                        *(set_name, part, name, str(row.pages), _cell(row.precision), _cell(row.recall)),
                        *(_cell(row.f1), _cell(row.title_exact), _cell(row.title_f1), _cell(row.date_right)),
                        *(_cell(row.author_f1), f"{row.ms:6.1f}", far, ratio),
                    ]
                )
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in lines:
            print("| " + " | ".join(c.strip() for c in line) + " |")
    else:
        widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
        print("  ".join(h.rjust(w) for h, w in zip(header, widths, strict=True)))
        for line in lines:
            print("  ".join(c.rjust(w) for c, w in zip(line, widths, strict=True)))
    print(f'"far below": pages where ours is > {FAR} body F1 under trafilatura / trafilatura > {FAR} under ours')

    OUT.mkdir(exist_ok=True)
    with (OUT / "extraction_pages.tsv").open("w", encoding="utf-8") as handle:
        handle.write("set\tpart\tid\tsite\tP\tR\tF1\ttrafilatura_F1\ttitle_exact\tdate_right\tauthor_F1\tms\n")
        for set_name, by_name in results.items():
            other = by_name.get("trafilatura")
            for index, s in enumerate(by_name["newscrawler"]):
                t = f"{other[index].body.f1:.3f}" if other else ""
                handle.write(
                    f"{set_name}\t{s.page.part}\t{s.page.id}\t{s.page.site}\t{s.body.precision:.3f}\t"
                    f"{s.body.recall:.3f}\t{s.body.f1:.3f}\t{t}\t{_flag(s.title_exact)}\t{_flag(s.date_right)}\t"
                    f"{'' if s.author_f1 is None else f'{s.author_f1:.2f}'}\t{1000 * s.got.seconds:.1f}\n"
                )
    if args.worst:
        for set_name, by_name in results.items():
            other = by_name.get("trafilatura")
            gaps = [s.body.f1 - (other[i].body.f1 if other else 0.0) for i, s in enumerate(by_name["newscrawler"])]
            for index, s in sorted(enumerate(by_name["newscrawler"]), key=lambda pair: gaps[pair[0]])[: args.worst]:
                t = f" traf {other[index].body.f1:.3f}" if other else ""
                print(
                    f"  {set_name}/{s.page.id[:40]:<40} {s.page.part[:3]} P {s.body.precision:.3f} "
                    f"R {s.body.recall:.3f} F1 {s.body.f1:.3f}{t}"
                )


def _flag(value: bool | None) -> str:
    return "" if value is None else str(int(value))


if __name__ == "__main__":
    main()
