"""Property tests: any text round-trips through the YAML front matter; any title's file stays in the folder, unique;
any byline or date text is read without an error; making paragraphs of loose lines loses no text."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import frontmatter
import lxml.html
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawler.exporters import hugo, jekyll
from newscrawler.exporters.base import DEFAULT_PROFILE
from newscrawler.exporters.document import Folded, Quoted, render_document
from newscrawler.exporters.writer import ManifestLedger, PostWriter
from newscrawler.extraction.authors import clean_names, shown_names
from newscrawler.extraction.body import _loose_lines_as_paragraphs
from newscrawler.extraction.dates import parse_date
from newscrawler.text.cjk import cjk_pairs, cjk_pairs_of

# any text, control characters and astral planes included (one-line fields arrive collapsed, but YAML must not care)
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FORMATS = {"jekyll": jekyll.JekyllFormat(), "hugo": hugo.HugoFormat()}


def front_matter_of(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.load(text[4 : text.index("\n---\n", 3) + 1], Loader=LOADER)


@settings(max_examples=300, deadline=None)
@given(title=TEXT, excerpt=TEXT, image=TEXT)
def test_front_matter_round_trips_any_text(title: str, excerpt: str, image: str) -> None:
    try:
        text = render_document({"title": title, "excerpt": Folded(excerpt), "image": Quoted(image)}, "body")
    except ValueError:
        raise AssertionError(f"refused: {title!r} {excerpt!r} {image!r}") from None
    assert front_matter_of(text) == {"title": title, "excerpt": excerpt, "image": image}


@settings(max_examples=150, deadline=None)
@given(title=TEXT, category=TEXT, excerpt=TEXT)
def test_post_files_hold_the_title_exactly(title: str, category: str, excerpt: str) -> None:
    post = {"url": "https://news.example/1", "title": title, "category": category, "excerpt": excerpt,
            "published": "2024-05-09T15:20:00+09:00", "body_html": "<p>본문</p>", "tags": [title]}  # fmt: skip
    for module in (jekyll, hugo):
        matter = front_matter_of(module.render(post, DEFAULT_PROFILE))
        assert matter["title"] == title
    matter = front_matter_of(jekyll.render(post, DEFAULT_PROFILE))
    assert matter["categories"] == ([jekyll.jekyll_category(category)] if jekyll.jekyll_category(category) else [])
    assert matter.get("tags", []) == ([title] if title else [])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(titles=st.lists(TEXT, min_size=1, max_size=6), fmt=st.sampled_from(sorted(FORMATS)))
def test_post_file_names_stay_in_the_folder_and_unique(titles: list[str], fmt: str) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "site" / "posts"
        writer = PostWriter(folder, FORMATS[fmt], DEFAULT_PROFILE, ManifestLedger({}))
        names = []
        for number, title in enumerate(titles + titles):  # every title twice: same name, other post
            post = {"url": f"https://news.example/{number}", "title": title, "category": "",
                    "published": "2024-05-09T15:20:00+09:00", "body_html": "<p>본문</p>"}  # fmt: skip
            names.append(writer.write(post).name)
        assert len(set(names)) == len(names)
        everything = [p for p in Path(temp).rglob("*") if p.is_file()]
        assert sorted(p.parent for p in everything) == [folder] * len(names)
        for path in everything:
            assert path.resolve().parent == folder.resolve()
            assert frontmatter.load(path)["title"] == titles[names.index(path.name) % len(titles)]


CJK_HEAVY = st.text(st.one_of(st.characters(codec="utf-8"), st.sampled_from("가나다한국中国テスト \x00\n")))


@given(texts=st.lists(CJK_HEAVY, min_size=3, max_size=3))
def test_letter_pairs_of_a_post_are_those_of_each_text(texts: list[str]) -> None:
    assert cjk_pairs_of(*texts) == [cjk_pairs(text) for text in texts]


# The pieces bylines and dates are made of: separators, credits, job titles, initials, months, clocks and zones.
BYLINE_OR_DATE = st.lists(
    st.sampled_from(
        [
            "|",
            "·",
            "•",
            ",",
            "and",
            "By",
            "Photo:",
            "Staff",
            "Writer",
            "Dana",
            "A.",
            "S.A.",
            "Jr.",
            "Dr.",
            "홍길동",
            "기자",
            "입력",
            "Nov",
            "November",
            "May",
            "8",
            "08/01/2014",
            "2019",
            "0001",
            "12:30",
            "PM",
            "GMT+3",
            "-05:00",
            "EST",
            "UTC",
            "(",
            "]",
            "\\",
            "*",
        ]
    ),
    min_size=1,
    max_size=8,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=BYLINE_OR_DATE, language=st.sampled_from(["en", "de", "ko", "", "xx"]))
def test_any_byline_or_date_text_is_read_without_an_error(text: str, language: str) -> None:
    clean_names([text])
    shown_names(text)
    parse_date(text, ZoneInfo("Pacific/Kiritimati"), language, datetime(2026, 12, 1, tzinfo=UTC))


# markup of any nesting from the pieces loose lines are made of: blocks, inline markup, line breaks, comments, text
MARKUP = st.recursive(
    st.sampled_from(["", "text", " ", "더 많은 글", "<br>", "<br><br>", "<!-- c -->", "<img src=x>"]),
    lambda inner: st.builds(
        lambda tag, parts: f"<{tag}>{''.join(parts)}</{tag}>",
        st.sampled_from(["div", "span", "h2", "p", "a", "b", "li", "td", "section", "mjx-c", "script"]),
        st.lists(inner, max_size=5),
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(markup=st.lists(MARKUP, min_size=1, max_size=6).map("".join))
def test_making_loose_lines_paragraphs_keeps_every_character_in_order_and_nests_none(markup: str) -> None:
    tree = lxml.html.document_fromstring(f"<html><body><div>{markup}</div></body></html>")
    before, nested = tree.text_content(), len(tree.xpath("//p//p"))
    _loose_lines_as_paragraphs(tree)
    assert tree.text_content() == before
    assert len(tree.xpath("//p//p")) == nested  # no paragraph made inside another
