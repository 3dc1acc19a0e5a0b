"""How extraction holds when a page tells less: the labelled pages as saved, and changed as other sites write them.

    .venv/bin/python bench/robustness.py            # the Korean labelled pages, every variant
    .venv/bin/python bench/robustness.py --all-languages --show 5

The labelled set (``tests/sites/labelled``, its expected JSON beside each page) is read through the crawl's own
code path four ways:

- **as saved**;
- **no metadata**: without JSON-LD and without the meta tags that declare the date, author or section
  (``article:*``, ``*date*``, ``author``, ``dable:*``, ``section``, ``byl``, ``category``): what is left is what the
  page shows;
- **hashed classes**: every class and id replaced by a meaningless hash (``c1a2b3c``), as CSS-module and
  styled-components builds write them: nothing tells a date line, a byline or a breadcrumb by its name;
- **both**;
- **paragraphs as <br>**: the article's run of paragraphs (three or more ``<p>`` in one container) written as text
  between ``<br><br>``, as older CMSs write it.

Each page is first decoded as the crawl decodes it and re-encoded as UTF-8, so a variant never breaks its
encoding. Scores are the labelled test's checks (``tests/test_labelled.py``), pages passing out of pages scored:
title, published (the same minute, the issue's measure for Korean pages), author (every name, in any order),
category, body_contains and body_excludes. A rule that only reads a class name or a declared field loses pages in
the variants; one that reads what the page shows keeps them.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import lxml.html
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import test_labelled as labelled  # noqa: E402

from newscrawler.extraction.encoding import utf8_page  # noqa: E402
from newscrawler.extraction.page import post_from_bytes  # noqa: E402
from newscrawler.sources import Source  # noqa: E402

# Meta tags declaring what the page would otherwise have to show: their name or property holds one of these.
DECLARING = ("published", "modified", "date", "author", "dable", "section", "byl", "category", "article:")
FIELDS = ("title", "published", "author", "category")
CHECKS = (*FIELDS, "body_contains", "body_excludes")
_PARAGRAPH_RUN = 3  # paragraphs in one container that make the article's run of them


def as_utf8(page: dict) -> lxml.html.HtmlElement:
    data = utf8_page((labelled.LABELLED / page["file"]).read_bytes(), page["content_type"])
    return lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(encoding="utf-8"))


def without_metadata(tree: lxml.html.HtmlElement) -> None:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        script.drop_tree()
    for meta in tree.xpath("//meta[@property or @name]"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if any(word in key for word in DECLARING):
            meta.drop_tree()


def with_hashed_classes(tree: lxml.html.HtmlElement) -> None:
    for element in tree.iter(etree.Element):
        for attribute in ("class", "id"):
            value = element.get(attribute)
            if value:
                hashed = (f"c{hashlib.md5(word.encode()).hexdigest()[:6]}" for word in value.split())
                element.set(attribute, " ".join(hashed))


def paragraphs_as_breaks(tree: lxml.html.HtmlElement) -> None:
    runs = [p for p in tree.iter("p") if len(p.getparent().findall("p")) >= _PARAGRAPH_RUN]
    for paragraph in runs:
        first, second = paragraph.makeelement("br"), paragraph.makeelement("br")
        second.tail, paragraph.tail = paragraph.tail, None
        paragraph.addnext(first)
        first.addnext(second)
        paragraph.drop_tag()


VARIANTS: dict[str, list[Callable[[lxml.html.HtmlElement], None]]] = {
    "as saved": [],
    "no metadata": [without_metadata],
    "hashed classes": [with_hashed_classes],
    "both": [without_metadata, with_hashed_classes],
    "paragraphs as <br>": [paragraphs_as_breaks],
}


def score(page: dict, changes: list[Callable[[lxml.html.HtmlElement], None]]) -> dict[str, bool | None]:
    """Each check's outcome on the page changed by ``changes`` (None: the page expects nothing of it)."""
    tree = as_utf8(page)
    for change in changes:
        change(tree)
    source = Source(name="labelled", feeds=["https://localhost/"], language=page["language"], timezone=page["timezone"])
    now = {"now": datetime.fromisoformat(page["now"])} if page.get("now") else {}
    body = lxml.html.tostring(tree, encoding="utf-8")
    post, _ = post_from_bytes(body, page["url"], source, "text/html; charset=utf-8", **now)
    outcome: dict[str, bool | None] = {}
    for field in FIELDS:
        expected, got = page.get(field), getattr(post, field) or ""
        if expected is None:
            outcome[field] = None
        elif field == "author":  # the names, in any order
            outcome[field] = labelled._token_f1(got, expected) == 1.0
        elif field == "published":  # the same minute: a page may show no seconds where its metadata gave them
            outcome[field] = labelled._same_moment(got[:16] + got[19:], expected[:16] + expected[19:])
        else:
            outcome[field] = labelled._matches(field, got, expected)
    text = labelled._squash(post.body_text)
    outcome["body_contains"] = all(labelled._squash(t) in text for t in page["body_contains"])
    outcome["body_excludes"] = not any(labelled._squash(t) in text for t in page.get("body_excludes", []))
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all-languages", action="store_true", help="every labelled page, not only the Korean")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list up to N failing pages per check")
    args = parser.parse_args()
    pages = [p for p in labelled.PAGES if args.all_languages or p["language"] == "ko"]
    print(f"{len(pages)} labelled pages{'' if args.all_languages else ' in Korean'}\n")
    print("| variant | " + " | ".join(CHECKS) + " |")
    print("|---|" + "---|" * len(CHECKS))
    failures: dict[str, dict[str, list[str]]] = {}
    for name, changes in VARIANTS.items():
        outcomes = [(page["file"], score(page, changes)) for page in pages]
        cells = []
        for check in CHECKS:
            scored = [(file, o[check]) for file, o in outcomes if o[check] is not None]
            cells.append(f"{sum(ok for _, ok in scored)}/{len(scored)}")
            failures.setdefault(name, {})[check] = [file for file, ok in scored if not ok]
        print(f"| {name} | " + " | ".join(cells) + " |")
    if args.show:
        for name, checks in failures.items():
            for check, files in checks.items():
                if files:
                    print(f"\n{name}, {check}: " + ", ".join(files[: args.show]))


if __name__ == "__main__":
    main()
