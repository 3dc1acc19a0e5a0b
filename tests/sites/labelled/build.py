"""Write the labelled pages and ``expected.json`` from the page modules, checking each page first.

Run it from anywhere after changing a page module:

    .venv/bin/python tests/sites/labelled/build.py

The pages are saved in their own encodings (EUC-KR, CP949, UTF-8 with a BOM)
and the checks below make sure every page says what its label claims: the
encoding is really what it is said to be, every ``body_contains`` and
``body_excludes`` text is on the page, the expected title and excerpt start are
there to be found, and the expected dates are well-formed.
"""

from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pages_ko  # noqa: E402, F401  (each module adds its pages to PAGES)
import pages_ko2  # noqa: E402, F401
import pages_ko3  # noqa: E402, F401
import pages_world  # noqa: E402, F401
import pages_world2  # noqa: E402, F401
import pages_world3  # noqa: E402, F401
from common import PAGES, Page  # noqa: E402

BOM = b"\xef\xbb\xbf"
ISO_SECONDS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def squash(text: str) -> str:
    return " ".join(text.replace("\u200b", " ").split())


def page_bytes(page: Page) -> bytes:
    if page.encoding == "utf-8":
        return (BOM if page.bom else b"") + page.html.encode("utf-8")
    return page.html.encode(page.encoding)  # strict: a letter the encoding lacks is an error


def cp949_only(text: str) -> list[str]:
    """Letters CP949 has but EUC-KR (KS X 1001) lacks."""
    return sorted({c for c in text if HANGUL.match(c) and c.encode("cp949") != c.encode("euc_kr")})


def check(page: Page) -> list[str]:
    problems: list[str] = []
    say = problems.append
    data = page_bytes(page)
    if page.encoding == "euc-kr":
        if cp949_only(page.html):
            say(f"saved as EUC-KR but has CP949-only letters {cp949_only(page.html)}")
        if data.decode("euc_kr") != page.html:
            say("does not round-trip through EUC-KR")
    if page.encoding == "cp949":
        if not cp949_only(page.html):
            say("saved as CP949 but has no CP949-only letter (it would be plain EUC-KR)")
        try:
            data.decode("euc_kr")
            say("CP949 bytes decode as strict EUC-KR")
        except UnicodeDecodeError:
            pass
    if page.encoding != "utf-8":
        try:
            data.decode("utf-8")
            say("non-UTF-8 page decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    if page.bom and not data.startswith(BOM):
        say("no BOM")

    tree = lxml.html.document_fromstring(page.html)
    for junk in tree.xpath("//script|//style"):
        junk.drop_tree()
    text = squash(tree.text_content())
    metas = " ".join(squash(m.get("content", "")) for m in tree.xpath("//meta[@content]"))
    for wanted in page.body_contains:
        if squash(wanted) not in text:
            say(f"body_contains text not on the page: {wanted[:50]!r}")
    for trap in page.body_excludes:
        if squash(trap) not in text and squash(trap) not in squash(html.unescape(page.html)):
            say(f"body_excludes text not in the page: {trap[:50]!r}")
        if any(squash(trap) in squash(w) for w in page.body_contains):
            say(f"body_excludes text is inside a body_contains text: {trap!r}")
    if squash(page.title) not in text and squash(page.title) not in metas:
        say("title is nowhere on the page")
    if squash(page.excerpt_starts) not in text and squash(page.excerpt_starts) not in metas:
        say("excerpt start is nowhere on the page")
    if not 15 <= len(page.excerpt_starts) <= 80:
        say(f"excerpt_starts should be 30-60 characters, is {len(page.excerpt_starts)}")

    for name in ("published", "now"):
        value = getattr(page, name)
        if name == "now" and not value:
            continue
        if not ISO_SECONDS.match(value):
            say(f"{name} {value!r} is not ISO 8601 with seconds and an offset")
    ZoneInfo(page.timezone)
    if page.now and datetime.fromisoformat(page.published) > datetime.fromisoformat(page.now):
        say("published is after now")
    return problems


def entry(page: Page) -> dict[str, object]:
    out: dict[str, object] = {
        "file": page.file,
        "url": page.url,
        "content_type": page.content_type,
        "language": page.language,
        "timezone": page.timezone,
        "title": page.title,
        "published": page.published,
        "category": page.category,
        "excerpt_starts": page.excerpt_starts,
        "body_contains": page.body_contains,
        "body_excludes": page.body_excludes,
    }
    if page.now:
        out["now"] = page.now
    if page.encoding != "utf-8" or page.bom:
        out["encoding"] = page.encoding + (" with BOM" if page.bom else "")
    out["kind"] = page.kind
    out["traps"] = page.traps
    return out


def _same(path: Path, data: bytes) -> bool:
    return path.exists() and path.read_bytes() == data


def main(argv: list[str]) -> int:
    """Write the pages; with ``--check``, only say whether the saved files are up to date."""
    names = [p.file for p in PAGES]
    failures = [f"{name}: used twice" for name in names if names.count(name) > 1]
    for page in PAGES:
        failures += [f"{page.file}: {problem}" for problem in check(page)]
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    expected = {
        "about": "Labelled pages for tests/test_labelled.py, written by build.py; README.md gives the labelling rules.",
        "pages": [entry(page) for page in PAGES],
    }
    files = {page.file: page_bytes(page) for page in PAGES}
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    stale = [p.name for p in HERE.glob("*.html") if p.name not in files]
    if "--check" in argv:
        differ = [name for name, data in files.items() if not _same(HERE / name, data)]
        for name in differ + stale:
            print(f"{name}: not what build.py writes (run build.py)", file=sys.stderr)
        return 1 if differ or stale else 0
    for name in stale:
        (HERE / name).unlink()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    korean = sum(1 for p in PAGES if p.language == "ko" or HANGUL.search(p.title))
    print(f"wrote {len(PAGES)} pages ({korean} Korean) and expected.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
