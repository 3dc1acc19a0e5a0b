"""The search query language (store/query.py): what people type, what the index is asked, and every wrong input
answered with one line; thrown thousands of random and hostile strings, the parser and Archive.search never fail
any other way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawler.items import Post
from newscrawler.store.archive import Archive
from newscrawler.store.query import SearchError, lenient_match, parse
from newscrawler.store.search import snippet
from newscrawler.text.cleaning import content_hash


def post(url: str, title: str, body: str, **fields: str) -> Post:
    values = {"source": "s", "category": "환경", "published": "2024-05-09T15:20:00+09:00"}
    values.update(fields)
    return Post(url=url, title=title, body_text=body, excerpt=body[:40], content_hash=content_hash(body), **values)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    archive = Archive(tmp_path_factory.mktemp("language") / "news.db")
    archive.save_posts(
        [
            post("https://a/1", "청정 전력 확대", "정부는 청정 전력을 늘리고 무탄소에너지를 쓴다.", author="김기자"),
            post("https://a/2", "구립수영장 개장", "구립수영장이 문을 열었다. 국회는 예산을 늘렸다."),
            post("https://a/3", "청정전력 시대", "원전과 에너지 정책.", category="정치"),
            post("https://b/4", "The main challenge", "AI chips for on-device inference in smartphones.", author="Kim"),
            post("https://b/5", "Straight talk", "The main street was closed, said Mainz.", source="en"),
        ]
    )
    return archive


def found(archive: Archive, query: str, **filters: str) -> list[str]:
    return sorted(hit.url for hit in archive.search(query, limit=100, **filters))


def test_words_must_all_match_in_any_field(archive: Archive) -> None:
    assert found(archive, "구립수영장 국회") == ["https://a/2"]
    assert found(archive, "main") == ["https://b/4", "https://b/5"]
    assert found(archive, "main street") == ["https://b/5"]
    assert found(archive, "main AND street") == ["https://b/5"]
    assert found(archive, "Kim") == ["https://b/4"]  # the author is searched too


def test_korean_compounds_match_spaced_or_not_and_words_with_particles(archive: Archive) -> None:
    assert found(archive, "청정전력") == ["https://a/1", "https://a/3"]  # 청정 전력 / 청정전력
    assert found(archive, "청정 전력") == ["https://a/1", "https://a/3"]
    assert found(archive, '"청정 전력"') == ["https://a/1", "https://a/3"]
    assert found(archive, "구립 수영장") == ["https://a/2"]
    assert found(archive, '"구립 수영장"') == ["https://a/2"]
    assert found(archive, "수영장") == ["https://a/2"]
    assert found(archive, "에너지") == ["https://a/1", "https://a/3"]  # 무탄소에너지를
    assert found(archive, "국회") == ["https://a/2"]  # 국회는
    assert found(archive, '"전력 청정"') == []


def test_phrases_or_not_minus_prefix_and_fields(archive: Archive) -> None:
    assert found(archive, '"main street"') == ["https://b/5"]
    assert found(archive, '"street main"') == []
    assert found(archive, "구립수영장 OR smartphones") == ["https://a/2", "https://b/4"]
    assert found(archive, "청정 -원전") == ["https://a/1"]
    assert found(archive, "청정 NOT 원전") == ["https://a/1"]
    assert found(archive, "main -(street OR chips)") == []
    assert found(archive, "smart*") == ["https://b/4"]
    assert found(archive, "title:main") == ["https://b/4"]
    assert found(archive, "body:main") == ["https://b/5"]  # b/4 has it in the title only
    assert found(archive, "title:(청정 OR 구립)") == ["https://a/1", "https://a/2", "https://a/3"]
    assert found(archive, "excerpt:구립수영장") == ["https://a/2"]
    assert found(archive, "author:김기자") == ["https://a/1"]
    assert found(archive, "에너지 -title:시대") == ["https://a/1"]
    assert found(archive, "or") == []  # lower-case: a word, not an operator
    assert found(archive, "on-device") == ["https://b/4"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"에너지', "unbalanced quote in '\"에너지': close the phrase with a second \""),
        ("에너지 AND", "AND needs something to find on both sides"),
        ("OR 에너지", "OR needs something to find on both sides"),
        ("(에너지", "a ( without its )"),
        ("에너지)", "a ) without its ("),
        ("NOT 에너지", "nothing to find, only words to leave out"),
        ("-환경", "nothing to find, only words to leave out"),
        ("에너지 OR -환경", "nothing to find, only words to leave out"),
        ("에너지 NOT", "NOT needs a word after it"),
        ("title:", "title: needs a word"),
        ("titel:에너지", "did you mean title:?"),
        ("!!!", "nothing to search for"),
        ("((((((((((((((((((a))))))))))))))))))", "more than 16 parentheses"),
        (" ".join(f"w{n}" for n in range(70)), "more than 64 words"),
    ],
)
def test_a_wrong_query_gets_one_line_saying_how_to_write_it(archive: Archive, query: str, message: str) -> None:
    with pytest.raises(SearchError) as error:
        archive.search(query)
    text = str(error.value)
    assert message in text and "\n" not in text and "fts5" not in text
    assert any(how in text for how in ("write", "search for fewer", "did you mean", "close the phrase"))


def test_what_the_index_is_asked() -> None:
    assert parse("에너지 정책").match == '"에너 너지" AND "정책"'
    assert parse("청정전력").match == '("청정 정전 전력" OR "청정 전력")'
    assert parse('"청정 전력"').match == '("청정 전력" OR "청정 정전 전력")'
    assert parse("에너지 -원전").match == '("에너 너지" NOT "원전")'
    assert parse("chip*").match == '"chip"*'
    assert parse("title:에너지").match == 'title : "에너 너지"'
    assert [str(t) for t in parse("(a OR b) c -d NOT e").terms] == ["a", "b", "c"]
    assert lenient_match('"에너지') == '""' and lenient_match("에너지") == '"에너 너지"'


def test_snippets_mark_whole_words_in_spaced_scripts_and_word_parts_in_korean() -> None:
    query = parse("AI")
    assert (
        snippet("The main challenge is AI in straight lines.", query) == "The main challenge is [AI] in straight lines."
    )
    assert "[" not in snippet("The main road and straight answers.", query)
    assert "smartph[on]es" not in snippet("on-device AI for smartphones; on device too", parse("on-device"))
    assert "[on-device]" in snippet("on-device AI for smartphones", parse("on-device"))
    assert "[semiconductors]" in snippet("Semis: semiconductors rose.", parse("semicon*"))
    assert "무탄소[에너지]를" in snippet("양국은 무탄소에너지를 활용한다.", parse("에너지"))
    assert "[청정 전력]" in snippet("양국은 청정 전력을 늘린다.", parse("청정전력"))
    assert "[청정전력]" in snippet("양국은 청정전력을 늘린다.", parse('"청정 전력"'))
    assert "[Mainz]" not in snippet("said Mainz.", parse("main"))


HOSTILE = st.text(
    alphabet=st.sampled_from(list("\"()*-: \t\nORANDNOTtitlebody에너지청정 AIa_\\'^{}[];,.!?+~|&%$#@\x00")),
    max_size=40,
)
ANY_TEXT = st.text(max_size=60)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(HOSTILE, ANY_TEXT))
def test_any_string_gives_results_or_one_line(archive: Archive, query: str) -> None:
    try:
        hits = archive.search(query, limit=5)
    except SearchError as exc:
        message = str(exc)
        assert "\n" not in message.replace(repr(query), "") and "fts5" not in message and "syntax" not in message
        assert lenient_match(query) == '""'
        return
    assert isinstance(hits, list)
    match = parse(query).match
    assert archive.db.execute("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ?", [match]).fetchone()[0] >= 0


def test_the_translation_never_gives_fts5_a_syntax_error(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, excerpt, body, author)")
    for query in ['a "b c"* -d', "title:(x OR y) NOT author:z", "청 -청정전력", '"x"*', "a*b*", "NEAR(a b)", "a:b"]:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", [parse(query).match]).fetchall()


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("가나다 라x1,中国テス😀\x00 ")), max_size=80))
def test_short_text_is_paired_letter_by_letter_as_numpy_pairs_long_text(text: str) -> None:
    from newscrawler.text import cjk

    assert cjk._short_pairs(text) == cjk._array_pairs(text)


def test_a_latin_word_inside_cjk_text_is_a_whole_word() -> None:
    assert snippet("谷歌AI研究 and AI반도체", parse("AI")) == "谷歌[AI]研究 and [AI]반도체"
    assert parse("AI").terms[0].count("谷歌AI研究, MAIN, ai".lower()) == 2


WORDS = st.sampled_from(
    ["AI", "main", "on-device", "semicon*", '"the rates"', "에너지", "청정전력", '"청정 전력"', "x"]
)
TEXT = st.text(alphabet=st.sampled_from(list("aimnAIMN onde-vic의에너지청정전력 \n.,_谷")), max_size=300)


@settings(max_examples=400, deadline=None)
@given(query=WORDS, text=TEXT)
def test_counting_and_snippets_find_what_the_pattern_finds(query: str, text: str) -> None:
    (term,) = parse(query).terms
    assert term.count(text.lower()) == len(term.pattern.findall(text))
    marked = snippet(text, parse(query))
    assert ("[" in marked) == bool(term.pattern.search(text)) or "[" in text


def test_terms_without_case_are_counted_in_the_text_as_it_is() -> None:
    assert parse("청정전력").terms[0].caseless and parse("2024").terms[0].caseless
    assert not parse("AI").terms[0].caseless and not parse("에너지AI").terms[0].caseless
    assert parse("청정전력").terms[0].count("청정 전력, 청정전력과 AI") == 2
