"""Body HTML made safe, its text, excerpts cut at sentence ends, dates, URLs."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from newscrawler.extraction import dates
from newscrawler.extraction.dates import iso, parse_date
from newscrawler.extraction.titles import strip_site_name
from newscrawler.text.cleaning import (
    cut_at_sentence,
    drop_lines,
    excerpt_from_text,
    html_to_text,
    letters_key,
    parse_fragment,
    sanitize_html,
    sanitized_html_and_text,
    text_lines,
)
from newscrawler.util.urls import canonical_url

SEOUL = ZoneInfo("Asia/Seoul")
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def test_letters_key_is_made_letter_by_letter() -> None:
    """The key of a text is the keys of its parts joined (boilerplate pruning keys a line's start first)."""
    for text in ("Straße, İstanbul — ΟΔΟΣ Σ!", "Ab—c d_e 1,2 ﬁn x", "제목: 기사 입력 시간"):
        for cut in range(len(text) + 1):
            assert letters_key(text[:cut]) + letters_key(text[cut:]) == letters_key(text)


def test_letters_key_of_ascii_text_is_what_the_pattern_makes_of_any_text() -> None:
    """ASCII text takes a faster way; a letter outside ASCII ("é") sends the same text the pattern's way."""
    for code in range(128):
        assert letters_key(f"A{chr(code)}b_9") + "é" == letters_key(f"A{chr(code)}b_9é")


def test_sanitize_removes_everything_executable_and_tracking() -> None:
    dirty = (
        '<p onclick="steal()" style="color:red" data-ke-size="size16">본문 <a href="javascript:alert(1)">링크</a></p>'
        "<script>alert(1)</script><style>p{}</style>"
        '<iframe src="https://www.youtube.com/embed/x"></iframe>'
        '<p><img src="/img/a.png" onerror="x()" alt="사진"></p>'
        '<p data-ke-size="size16">&nbsp;</p><p> </p><div><p>\u200b</p></div>'
        '<p><a href="/news/2">다음 기사</a> <a href="data:text/html,x">d</a></p>'
    )
    clean = sanitize_html(dirty, "https://news.example/a/1.html")
    for bad in (
        "script",
        "style",
        "iframe",
        "onclick",
        "onerror",
        "javascript:",
        "data-ke-size",
        "data:",
        "&nbsp;",
        "<p></p>",
    ):
        assert bad not in clean
    assert '<img src="https://news.example/img/a.png" alt="사진">' in clean
    assert '<a href="https://news.example/news/2">다음 기사</a>' in clean
    assert "<p>본문 <a>링크</a></p>" in clean
    assert clean.count("<p>") == 3


def test_text_keeps_paragraphs_apart() -> None:
    text = html_to_text("<h2>제목</h2><p>첫 문단이다.</p><p>둘째   문단이다.</p><ul><li>하나</li><li>둘</li></ul>")
    assert text == "제목\n\n첫 문단이다.\n\n둘째 문단이다.\n\n하나\n둘"


def test_excerpts_end_at_a_sentence_end_korean_included() -> None:
    sentences = [
        "정부는 9일 에너지 정책을 발표했다.",
        "양국은 협력 채널을 구축하기로 합의했다.",
        "회의는 내년에도 열린다.",
    ]
    text = " ".join(sentences * 10)
    cut = cut_at_sentence(text, 80)
    assert cut.endswith("다.") and len(cut) <= 80
    assert cut == " ".join((sentences * 2)[:4])  # 79 characters: the fifth sentence would pass 80
    assert cut_at_sentence("짧은 글.", 300) == "짧은 글."
    long_sentence = "가나다 " * 200
    assert cut_at_sentence(long_sentence, 50).endswith("…")
    assert len(cut_at_sentence(long_sentence, 50)) <= 51


def test_excerpt_from_text_skips_short_datelines() -> None:
    body = "[서울=연합]\n\n정부는 9일 새로운 에너지 정책을 발표했다고 밝혔다. 내년부터 시행된다.\n\n다음 문단이다."
    assert excerpt_from_text(body).startswith("정부는 9일")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-09T15:20:00+09:00", "2024-05-09T15:20:00+09:00"),
        ("2024-05-09T06:20:00Z", "2024-05-09T06:20:00+00:00"),
        ("2024-05-09 15:20", "2024-05-09T15:20:00+09:00"),
        ("Thu, 09 May 2024 15:20:00 +0900", "2024-05-09T15:20:00+09:00"),
        ("2024.05.09 오후 3:20", "2024-05-09T15:20:00+09:00"),
        ("입력 2024.05.09 15:20", "2024-05-09T15:20:00+09:00"),
        ("기사입력 : 2024-05-09 15:20:01", "2024-05-09T15:20:01+09:00"),
        ("2024년 5월 9일 오후 3시 20분", "2024-05-09T15:20:00+09:00"),
        ("3시간 전", "2024-06-01T18:00:00+09:00"),
        ("24.05.09 15:20", "2024-05-09T15:20:00+09:00"),  # a two-digit year, year first on a Korean page
        ("24-05-09 15:20", "2024-05-09T15:20:00+09:00"),  # as a board (Gnuboard) writes it
        ("24-05.09 15:20", ""),
        ("2030-01-01", ""),
        ("no date here", ""),
        ("", ""),
    ],
)
def test_dates_in_the_source_time_zone(text: str, expected: str) -> None:
    assert iso(parse_date(text, SEOUL, "ko", now=NOW)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 19, 2019, 07:47 PM", "2019-11-19T19:47:00+09:00"),
        ("Tue Nov 19 2019 03:05:46 GMT+0300", "2019-11-19T09:05:46+09:00"),  # JavaScript's Date: GMT+0300 is +03:00
        ("19 Nov 2019 07:09 GMT", "2019-11-19T16:09:00+09:00"),
        ("Apr. 28, 2023 at 1:15 p.m.", "2023-04-28T13:15:00+09:00"),
        ("19 Nov 2019 -05:00", "2019-11-19T14:00:00+09:00"),  # midnight there, not five in the morning here
        ("November 19, 2019, 07:47 PM EST", "2019-11-20T09:47:00+09:00"),
        ("May 12 2019 10", ""),  # a bare number after the date is not its hour
        ("November 2019", "2019-11-01T00:00:00+09:00"),
    ],
)
def test_english_dates_in_words(text: str, expected: str) -> None:
    assert iso(parse_date(text, SEOUL, "ko", now=NOW)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("08.01.2014 14:30", "de", "2014-01-08T14:30:00+09:00"),
        ("08/01/2014", "es", "2014-01-08T00:00:00+09:00"),
        ("8 January 2014", "de", "2014-01-08T00:00:00+09:00"),  # English words on a German page
        ("08/01/2014", "en", ""),  # August 1st in the US, January 8th in the UK: not known
        ("08/01/2014", "xx", ""),  # a language dateparser does not know: read as English
        ("13/01/2014", "en", "2014-01-13T00:00:00+09:00"),
        ("01/13/2014 10:30", "en", "2014-01-13T10:30:00+09:00"),
    ],
)
def test_numeric_dates_are_read_in_the_order_of_the_pages_language(text: str, language: str, expected: str) -> None:
    assert iso(parse_date(text, SEOUL, language, now=NOW)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("09/05/2024 às 15h20", "pt", "2024-05-09T15:20:00+09:00"),  # a clock written "15h20"
        ("9 mai 2024 à 15h20", "fr", "2024-05-09T15:20:00+09:00"),
        ("9. Mai 2024, 15:20 Uhr", "de", "2024-05-09T15:20:00+09:00"),
        ("May 9, 2024 3:20 PM ET", "en", "2024-05-09T15:20:00-04:00"),  # Eastern time in May is daylight time
        ("Jan 9, 2024 3:20 PM ET", "en", "2024-01-09T15:20:00-05:00"),
        ("9 Leute 2024", "de", ""),  # not a month: no date, rather than today's
        ("12 Spiele 2023", "de", ""),
    ],
)
def test_dates_in_other_languages_words_and_clocks_written_otherwise(text: str, language: str, expected: str) -> None:
    assert iso(parse_date(text, SEOUL, language, now=NOW)) == expected


MONTHS = ("November", "Nov.", "SEPT", "may")
DAYS = ("{m} 9, 2019", "9 {m} 2019", "Tuesday, {m} 9th, 2019", "2019 {m} 9", "{m} 2019", "{m} 9")
CLOCKS = ("", " 07:47 PM", " at 7:47 a.m.", " 19:47:05", " 12:05 am", " 10")
ZONES = ("", " UTC", " +0000", " -05:00", " GMT-0500", " CET", " (KST)")


@pytest.mark.parametrize("day", DAYS)
def test_english_dates_read_quickly_are_read_as_dateparser_reads_them(day: str, monkeypatch) -> None:
    """Dates in English words are read by dateutil where it can (~20 times faster): the same moment, to the
    offset written, as dateparser gives, or none where it gives none."""
    texts = [day.format(m=month) + clock + zone for month in MONTHS for clock in CLOCKS for zone in ZONES]
    quick = [iso(parse_date(text, SEOUL, "en", now=NOW)) for text in texts]
    monkeypatch.setattr(dates, "_parse_english", lambda text, zone: None)
    assert quick == [iso(parse_date(text, SEOUL, "en", now=NOW)) for text in texts]


@pytest.mark.parametrize(
    ("title", "names", "headings", "expected"),
    [
        ("정부, 에너지 정책 발표 - 한결일보", ["한결일보"], [], "정부, 에너지 정책 발표"),
        ("한결일보 | 정부, 에너지 정책 발표", ["한결일보"], [], "정부, 에너지 정책 발표"),
        ("A title :: rentn 실시간 뉴스", ["rentn 실시간 뉴스"], [], "A title"),
        ("Biden - Trump debate", [], [], "Biden - Trump debate"),
        ("Biden - Trump debate | The Daily", [], ["Biden - Trump debate"], "Biden - Trump debate"),
        ("Markets fall — Economy — The Paper", ["The Paper"], [], "Markets fall — Economy"),
    ],
)
def test_site_names_come_off_titles(title: str, names: list[str], headings: list[str], expected: str) -> None:
    assert strip_site_name(title, names, headings) == expected


def test_canonical_urls_lose_tracking_and_fragments() -> None:
    assert (
        canonical_url("HTTP://News.Example:80/a.html?utm_source=rss&id=3&fbclid=x#top")
        == "http://news.example/a.html?id=3"
    )
    assert canonical_url("https://news.example/view?idxno=12") == "https://news.example/view?idxno=12"


def test_markup_opening_inside_a_word_does_not_split_it_but_cells_and_trimmed_links_stay_apart() -> None:
    assert html_to_text('<p>sweeping changes i<a href="/k">n their</a> first</p>') == "sweeping changes in their first"
    assert html_to_text('<p>on <a href="/n">Netflix</a>and <b>Hulu</b>.</p>') == "on Netflix and Hulu."
    assert html_to_text("<table><tr><td>One</td><td>Two</td></tr></table>") == "One Two"


def test_a_drop_cap_joins_the_rest_of_its_word_but_a_one_letter_word_stays_apart() -> None:
    assert html_to_text("<p><strong>T</strong>he spark</p><p><b>A</b>dv Tšosane</p>") == "The spark\n\nAdv Tšosane"
    assert html_to_text("<p><b>A</b> dog and <i>I</i> went</p>") == "A dog and I went"
    assert html_to_text("<p>on <a href='/n'>Netflix</a>and more</p>") == "on Netflix and more"


def test_a_superscript_or_subscript_ends_inside_the_word_it_is_written_in() -> None:
    text = html_to_text(
        "<p>AA<sup>H</sup> = A<sup>H</sup>A, H<sub>2</sub>O, x<sup>2</sup> + y; <sup>22</sup>Sometimes.</p>"
    )
    assert text == "AAH = AHA, H2O, x2 + y; 22Sometimes."
    assert html_to_text("<p>the <a href='/n'>Netflix</a>and more</p>") == "the Netflix and more"


def test_text_lines_are_block_level_runs_and_dropping_one_takes_its_emptied_elements() -> None:
    root = parse_fragment(
        "<table><tr><td>홈 &gt; <a href='/s'>문화</a></td></tr><tr><td>작성자</td><td>홍길동</td></tr></table>"
        "<p>첫 줄<br>둘째 줄 <b>굵게</b></p>꼬리 글<p><img src='/a.png'>사진 설명</p>"
    )
    lines = text_lines(root)
    assert [line.text for line in lines] == ["홈 > 문화", "작성자 홍길동", "첫 줄 둘째 줄 굵게", "꼬리 글", "사진 설명"]
    drop_lines([lines[0], lines[3], lines[4]])
    html = lxml.html.tostring(root, encoding="unicode")
    assert "문화" not in html and "꼬리" not in html and "사진 설명" not in html
    assert "<tr><td>작성자</td>" in html and "<img" in html and "<br>" in html


def test_a_line_of_characters_that_show_nothing_is_no_line() -> None:
    """A byte-order mark or a zero-width space left between blocks (a template's stray "\\ufeff") is not a line of
    the text nor a paragraph of the HTML."""
    html, text = sanitized_html_and_text(
        "<p>첫 문단이다.</p>\n\ufeff<div><p>둘째 문단이다.</p></div>\u200b", "https://x/"
    )
    assert text == "첫 문단이다.\n\n둘째 문단이다."
    assert "\ufeff" not in html and "\u200b" not in html
