"""The labelled set: saved news and blog pages, each with what a careful human says about it.

``tests/sites/labelled/`` holds saved pages written as real sites write them
(Korean portals, dailies, wire services, client-rendered pages, broadcasters'
transcripts and text pages, sports and entertainment desks, local CMSs,
interviews, columns, photo news, AMP pages, breaking-news flashes,
government releases, Tistory, Naver-blog and Brunch posts; English wires,
newspapers, blogs, a liveblog, a press release; a German and a Japanese
page), in the encodings Korean sites really use. Each ``NAME.html`` has its
expected result beside it in ``NAME.json`` (as fundus keeps its parser tests):
title, first publication time, category, where given the author, the start of
the right excerpt, and texts the body must and must not contain. README.md
there gives the labelling rules; add a page by saving both files.

Every page goes through the crawl's own code path (``post_from_bytes``).
Titles, dates and categories are scored exactly (a date as the same instant,
to the second) against the issue's target of 95%; the body and excerpt
checks are counted against floors recorded below, to be raised as the
extraction improves.
"""

from __future__ import annotations

import inspect
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newscrawler.extraction.page import post_from_bytes
from newscrawler.items import Post
from newscrawler.sources import Source

LABELLED = Path(__file__).parent / "sites" / "labelled"
PAGES: list[dict[str, Any]] = [
    {"file": html.name, **json.loads(html.with_suffix(".json").read_text("utf-8"))}
    for html in sorted(LABELLED.glob("*.html"))
    if html.with_suffix(".json").exists()
]

# The target for title, published date and category.
TARGET = 0.95
# Pages passing each check with the extraction as it was when these were last set;
# a drop below them is a regression. Raise them as the extraction improves.
FLOOR_BODY_CONTAINS = 132
FLOOR_BODY_EXCLUDES = 132
FLOOR_EXCERPT = 131

# Whether the extraction can be given the moment a page was fetched (for "3시간 전", "2 hours ago").
# Without it, the pages that carry a "now" are left out of the published score, and the test says so.
ACCEPTS_NOW = "now" in inspect.signature(post_from_bytes).parameters


@dataclass
class Outcome:
    page: dict[str, Any]
    post: Post | None
    problem: str
    error: str


def _read(page: dict[str, Any]) -> Outcome:
    body = (LABELLED / page["file"]).read_bytes()
    source = Source(
        name="labelled",
        feeds=["https://localhost/"],
        language=page["language"],
        timezone=page["timezone"],
    )
    extra: dict[str, Any] = {}
    if page.get("now") and ACCEPTS_NOW:
        extra["now"] = datetime.fromisoformat(page["now"])
    try:
        post, problem = post_from_bytes(body, page["url"], source, page["content_type"], **extra)
    except Exception as exc:  # every failure is reported, page by page
        return Outcome(page, None, "", f"{type(exc).__name__}: {exc}")
    return Outcome(page, post, problem, "")


@cache
def outcomes() -> tuple[Outcome, ...]:
    return tuple(_read(page) for page in PAGES)


def _squash(text: str) -> str:
    return " ".join(text.replace("\u200b", " ").split())


def _same_moment(got: str, expected: str) -> bool:
    try:
        moment = datetime.fromisoformat(got)
    except ValueError:
        return False
    return moment.tzinfo is not None and moment.replace(microsecond=0) == datetime.fromisoformat(expected)


def _matches(field: str, got: str, expected: str) -> bool:
    if field == "published":
        return _same_moment(got, expected)
    return _squash(got) == _squash(expected)


def _table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [min(60, max(len(str(r[i])) for r in [header, *rows])) for i in range(len(header))]
    lines = [" | ".join(str(c)[:60].ljust(w) for c, w in zip(row, widths, strict=True)) for row in [header, *rows]]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def test_the_set_is_as_described() -> None:
    """At least 132 pages, 108 of them in Korean; every page has its expected result beside it, and no generator."""
    assert len(PAGES) >= 132
    assert sum(1 for page in PAGES if page["language"] == "ko") >= 108
    htmls = {p.stem for p in LABELLED.glob("*.html")}
    jsons = {p.stem for p in LABELLED.glob("*.json")}
    assert htmls == jsons, f"pages without expected JSON: {htmls - jsons}; JSON without a page: {jsons - htmls}"
    assert not list(LABELLED.glob("*.py")), "the labelled pages are data, saved as sites serve them"
    for page in PAGES:
        moment = datetime.fromisoformat(page["published"])
        assert moment.tzinfo is not None, f"{page['file']}: published needs an offset"
        for key in ("url", "language", "timezone", "title", "category", "excerpt_starts", "body_contains"):
            assert key in page, f"{page['file']}: no {key!r}"


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_saved_in_the_encoding_it_claims(page: dict[str, Any]) -> None:
    data = (LABELLED / page["file"]).read_bytes()
    encoding = page.get("encoding", "utf-8")
    if encoding == "utf-8 with BOM":
        assert data.startswith(b"\xef\xbb\xbf")
        data.decode("utf-8-sig")
    elif encoding == "utf-8":
        data.decode("utf-8")
    else:
        data.decode(encoding)
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        if encoding == "cp949":  # has letters plain EUC-KR lacks
            with pytest.raises(UnicodeDecodeError):
                data.decode("euc_kr")


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_every_page_is_read_and_kept(page: dict[str, Any]) -> None:
    outcome = next(o for o in outcomes() if o.page is page)
    assert outcome.error == "", outcome.error
    assert outcome.problem == "", f"dropped: {outcome.problem}"


@pytest.mark.parametrize("field", ["title", "published", "category"])
def test_field_accuracy(field: str) -> None:
    scored = [o for o in outcomes() if o.post is not None]
    if field == "published" and not ACCEPTS_NOW:
        skipped = [o.page["file"] for o in scored if o.page.get("now")]
        print(f"\npublished: not scored on {len(skipped)} pages that need the fetch time (no 'now' support): {skipped}")
        scored = [o for o in scored if not o.page.get("now")]
    misses = [
        (o.page["file"], field, getattr(o.post, field), o.page[field])
        for o in scored
        if not _matches(field, getattr(o.post, field), o.page[field])
    ]
    accuracy = 1 - len(misses) / len(scored) if scored else 0.0
    print(f"\n{field}: {len(scored) - len(misses)}/{len(scored)} = {accuracy:.3f}")
    if misses:
        print(_table(misses, ("page", "field", "got", "expected")))
    assert accuracy >= TARGET, f"{field} accuracy {accuracy:.3f} < {TARGET} ({len(misses)} pages wrong; table above)"


def _token_f1(got: str, expected: str) -> float:
    ours, true = Counter(re.findall(r"\w+", got.lower())), Counter(re.findall(r"\w+", expected.lower()))
    if not ours and not true:
        return 1.0
    common = sum((ours & true).values())
    return 0.0 if not common else 2 * common / (sum(ours.values()) + sum(true.values()))


def test_author_token_f1() -> None:
    """Pages labelled with an author (the byline's names, "" where the page names no one): the issue's 0.85."""
    scored = [o for o in outcomes() if o.post is not None and "author" in o.page]
    assert len(scored) >= 10
    results = [
        (o.page["file"], o.post.author, o.page["author"], _token_f1(o.post.author, o.page["author"])) for o in scored
    ]
    mean = sum(r[3] for r in results) / len(results)
    misses = [(f, got, expected) for f, got, expected, f1 in results if f1 < 1.0]
    print(f"\nauthor token F1 over {len(results)} pages: {mean:.3f}")
    if misses:
        print(_table(misses, ("page", "got", "expected")))
    assert mean >= 0.85


def _body_failures(outcome: Outcome) -> dict[str, list[str]]:
    page, post = outcome.page, outcome.post
    if post is None:
        return {"body_contains": ["(no post)"], "body_excludes": ["(no post)"], "excerpt": ["(no post)"]}
    body = _squash(post.body_text)
    return {
        "body_contains": [t for t in page["body_contains"] if _squash(t) not in body],
        "body_excludes": [t for t in page["body_excludes"] if _squash(t) in body],
        "excerpt": [] if _squash(post.excerpt).startswith(_squash(page["excerpt_starts"])) else [post.excerpt[:60]],
    }


def test_body_and_excerpt_checks() -> None:
    floors = {"body_contains": FLOOR_BODY_CONTAINS, "body_excludes": FLOOR_BODY_EXCLUDES, "excerpt": FLOOR_EXCERPT}
    failures: dict[str, list[tuple[str, ...]]] = {check: [] for check in floors}
    for outcome in outcomes():
        for check, wrong in _body_failures(outcome).items():
            if wrong:
                expected = outcome.page["excerpt_starts"] if check == "excerpt" else ""
                failures[check].append((outcome.page["file"], check, " / ".join(w[:40] for w in wrong), expected))
    report = []
    for check, floor in floors.items():
        passed = len(PAGES) - len(failures[check])
        report.append(f"{check}: {passed}/{len(PAGES)} pages pass (floor {floor})")
    print("\n" + "\n".join(report))
    rows = [row for check in floors for row in failures[check]]
    if rows:
        print(_table(rows, ("page", "check", "got / offending text", "expected start")))
    for check, floor in floors.items():
        assert len(PAGES) - len(failures[check]) >= floor, report
