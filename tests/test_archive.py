"""The SQLite archive: upserts, Korean full-text search, read-only queries, run records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newscrawler.items import Post
from newscrawler.store.archive import FTS_SETTINGS, Archive, ArchiveError, SearchError, cjk_pairs, read_only_query
from newscrawler.store.filters import FilterError
from newscrawler.store.query import parse
from newscrawler.text.cjk import cjk_pairs_of


def make_post(url: str, title: str, body: str, **fields: str) -> Post:
    from newscrawler.text.cleaning import content_hash

    defaults = {
        "source": "s",
        "category": "환경",
        "published": "2024-05-09T15:20:00+09:00",
        "crawled_at": "2024-05-10T00:00:00+00:00",
    }
    defaults.update(fields)
    return Post(url=url, title=title, body_text=body, excerpt=body[:40], content_hash=content_hash(body), **defaults)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path / "news.db")
    archive.save_post(
        make_post("https://a/1", "한미, 에너지 협력 합의", "양국은 무탄소에너지를 활용한 청정 전력 확대를 모색했다.")
    )
    archive.save_post(
        make_post(
            "https://a/2",
            "환경 정책 발표",
            "정부는 새 환경 정책을 발표했다.",
            category="정치",
            published="2024-05-01T09:00:00+09:00",
        )
    )
    archive.save_post(
        make_post(
            "https://b/3",
            "Chip exports surge",
            "Semiconductor exports rose sharply in May.",
            source="en",
            category="World",
        )
    )
    return archive


def urls(hits: list) -> list[str]:
    return sorted(h.url for h in hits)


def ranked(hits: list) -> list[str]:
    return [h.url for h in hits]


def test_korean_words_are_found_inside_longer_words(archive: Archive) -> None:
    assert urls(archive.search("에너지")) == ["https://a/1"]  # in 무탄소에너지를 and in the title
    assert urls(archive.search("탄소에너지")) == ["https://a/1"]
    assert urls(archive.search("환경")) == ["https://a/2"]
    assert urls(archive.search("정책")) == ["https://a/2"]


def test_english_words_phrases_prefixes_and_operators(archive: Archive) -> None:
    assert urls(archive.search("semiconductor")) == ["https://b/3"]
    assert urls(archive.search('"exports rose"')) == ["https://b/3"]
    assert urls(archive.search('"rose exports"')) == []
    assert urls(archive.search("semicon*")) == ["https://b/3"]
    assert urls(archive.search("환경 OR semiconductor")) == ["https://a/2", "https://b/3"]
    assert urls(archive.search("정책 NOT 환경")) == []


def test_filters(archive: Archive) -> None:
    assert urls(archive.search("청", source="s")) == ["https://a/1"]  # one letter: words that start with it
    assert urls(archive.search("청", source="en")) == []
    assert urls(archive.search("정부 OR 양국", category="정치")) == ["https://a/2"]
    assert urls(archive.search("정부 OR 양국", since="2024-05-05")) == ["https://a/1"]
    assert urls(archive.search("정부 OR 양국", until="2024-05-01")) == ["https://a/2"]


def test_snippets_highlight_the_words(archive: Archive) -> None:
    (hit,) = archive.search("semiconductor")
    assert "[Semiconductor]" in hit.snippet


def test_bad_queries_get_a_message(archive: Archive) -> None:
    with pytest.raises(SearchError, match="unbalanced quote"):
        archive.search('"에너지')
    with pytest.raises(SearchError, match="nothing to search for"):
        archive.search("!!!")


def test_upsert_updates_never_duplicates(archive: Archive) -> None:
    again = make_post(
        "https://a/1", "한미, 에너지 협력 합의", "양국은 무탄소에너지를 활용한 청정 전력 확대를 모색했다."
    )
    assert archive.save_post(again) == "unchanged"
    edited = make_post("https://a/1", "한미, 에너지 협력 합의", "양국은 수소 협력을 모색했다.")
    assert archive.save_post(edited) == "updated"
    assert archive.count_posts() == 3
    assert urls(archive.search("수소")) == ["https://a/1"]
    assert urls(archive.search("무탄소")) == []


def test_query_reads_but_cannot_write(archive: Archive) -> None:
    columns, rows = read_only_query(archive.path, "SELECT count(*) AS n FROM posts")
    assert columns == ["n"] and rows == [(3,)]
    for sql in (
        "DELETE FROM posts",
        "DROP TABLE posts",
        "INSERT INTO runs (status) VALUES ('x')",
        "PRAGMA user_version = 9",
    ):
        with pytest.raises(ArchiveError, match=r"readonly|read-only"):
            read_only_query(archive.path, sql)
    assert archive.count_posts() == 3


def test_runs_are_recorded(archive: Archive) -> None:
    run_id = archive.start_run(["s"])
    archive.finish_run(run_id, status="ok", pages=3, dropped_reasons={"no body": 1})
    (run,) = archive.runs(limit=1)
    assert run["status"] == "ok" and run["sources"] == ["s"] and run["dropped_reasons"] == {"no body": 1}


def test_missing_and_corrupt_archives_get_a_message(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no archive here yet"):
        Archive(tmp_path / "absent.db", create=False)
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError, match="not a usable archive"):
        Archive(corrupt)


def test_cjk_pairs_and_query_translation() -> None:
    assert cjk_pairs("무탄소에너지를 test").split() == ["무탄", "탄소", "소에", "에너", "너지", "지를", "test"]
    assert parse('에너지 "clean power" chip*').match == '"에너 너지" AND "clean power" AND "chip"*'
    assert sqlite3.complete_statement("SELECT 1;")


def test_cjk_pairs_of_mixed_text() -> None:
    assert cjk_pairs("AI반도체와 3나노, 가 中国 テスト x").split() == [
        "AI", "반도", "도체", "체와", "3", "나노", ",", "가", "中国", "テス", "スト", "x",
    ]  # fmt: skip
    assert cjk_pairs("plain English") == "plain English"
    assert cjk_pairs("") == ""
    assert cjk_pairs("😀한국😀").split() == ["😀", "한국", "😀"]


@pytest.mark.parametrize(
    "texts",
    [
        ("한미 협력", "양국은 무탄소에너지를", "본문\n\n둘째 문단"),
        ("가", "나", ""),
        ("", "", ""),
        ("plain", "English", "text"),
        ("제목\x00끝", "요약", "본문"),  # the separator itself in a text
        ("끝이 한", "글자", "中国テスト"),
    ],
)
def test_pairs_of_several_texts_are_the_pairs_of_each(texts: tuple[str, str, str]) -> None:
    assert cjk_pairs_of(*texts) == [cjk_pairs(text) for text in texts]


def test_search_ranks_the_newest_matches_when_there_are_many(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "news.db", search_window=2)
    archive.save_posts(
        [
            make_post("https://a/old", "수소 수소 수소", "수소 수소 수소 수소."),  # the best match, but the oldest
            make_post("https://a/mid", "전력", "수소 이야기."),
            make_post("https://a/new", "전력", "수소 소식."),
        ]
    )
    assert ranked(archive.search("수소")) == ["https://a/new", "https://a/mid"]  # equal matches: newest first
    assert ranked(Archive(archive.path).search("수소")) == ["https://a/old", "https://a/new", "https://a/mid"]


def test_a_phrase_of_words_ranks_the_newest_phrase_window_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscrawler.store import search

    monkeypatch.setattr(search, "PHRASE_WINDOW", 2)
    archive = Archive(tmp_path / "news.db")
    archive.save_posts(
        [
            make_post("https://a/old", "청정 전력 청정 전력", "청정 전력 청정 전력."),  # the best match, but the oldest
            make_post("https://a/mid", "소식", "청정 전력 이야기."),
            make_post("https://a/new", "소식", "청정전력 소식."),  # the phrase written as a compound: found too
        ]
    )
    assert ranked(archive.search('"청정 전력"')) == ["https://a/new", "https://a/mid"]
    assert ranked(archive.search("청정")) == ["https://a/old", "https://a/new", "https://a/mid"]  # a word: 5,000
    assert ranked(archive.search('"청정"')) == ["https://a/old", "https://a/new", "https://a/mid"]  # one word
    monkeypatch.setattr(search, "PHRASE_WINDOW", 5_000)
    assert ranked(archive.search('"청정 전력"')) == ["https://a/old", "https://a/new", "https://a/mid"]


def test_ranking_title_then_excerpt_then_body_then_newest(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "news.db")
    body_only = make_post("https://a/body", "전력 소식", "전력 이야기.\n\n수소 차량이 늘었다.")
    in_excerpt = make_post("https://a/excerpt", "전력 소식", "수소 이야기.")
    in_title = make_post("https://a/title", "수소 소식", "전력 이야기.")
    both_words = make_post("https://a/both", "수소 전기차 소식", "전력 이야기.")
    newer_body_only = make_post(
        "https://a/body-new", "전력 뉴스", "전력 뉴스.\n\n수소 전기차가 늘었다.", published="2024-05-10T09:00:00+09:00"
    )
    body_only.excerpt = newer_body_only.excerpt = "전력 이야기."
    archive.save_posts([newer_body_only, body_only, in_excerpt, in_title, both_words])  # crawl order: not the order
    assert ranked(archive.search("수소")) == [
        "https://a/title",
        "https://a/both",
        "https://a/excerpt",
        "https://a/body-new",
        "https://a/body",
    ]  # fmt: skip: in the shorter title first; equal matches newest published first, whatever the crawl order
    # the more of the words, the better; a word after NOT counts for nothing
    assert ranked(archive.search("수소 전기차")) == ["https://a/both", "https://a/body-new"]
    assert ranked(archive.search("수소 NOT 전기차")) == ["https://a/title", "https://a/excerpt", "https://a/body"]
    assert ranked(archive.search("수소 NOT (전기차 OR 전력)")) == []
    assert ranked(archive.search("(수소 NOT 전기차) OR 뉴스"))[0] == "https://a/body-new"  # 뉴스 twice and in its title
    (best, *_) = archive.search("수소 OR 전력")
    assert best.score > 0


def test_term_frequency_and_length_count_and_recency_is_an_option(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    archive = Archive(tmp_path / "news.db")
    filler = " ".join(f"문장{n}은 다른 이야기다." for n in range(200))
    now = datetime.now(UTC)
    archive.save_posts(
        [
            make_post("https://a/feature", "긴 특집", filler + " 수소 한 번.", published="2024-06-01T09:00:00+09:00"),
            make_post(
                "https://a/short", "짧은 기사", "수소 생산이 늘었다. 수소 가격도 내렸다.", published="2024-01-01"
            ),
        ]
    )
    assert ranked(archive.search("수소")) == ["https://a/short", "https://a/feature"]  # newer, but long and once
    archive.save_posts(
        [
            make_post("https://b/new", "소식", "수소 생산이 늘었다. 수소 가격.", published=now.isoformat()),
            make_post(
                "https://b/old",
                "소식",
                "수소 생산, 수소 가격, 수소 수입.",
                published=(now - timedelta(400)).isoformat(),
            ),
        ]
    )
    assert ranked(archive.search("소식 수소")) == ["https://b/old", "https://b/new"]
    assert ranked(archive.search("소식 수소", recency_half_life=30)) == ["https://b/new", "https://b/old"]


def test_an_archive_of_schema_1_is_reindexed_and_searchable(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Archive(path).save_post(make_post("https://a/1", "환경 정책", "무탄소에너지를 늘린다."))
    conn = sqlite3.connect(path)  # back to version 1: an index that keeps its own copy of the text
    with conn:
        conn.execute("DROP TABLE posts_fts")
        conn.execute("CREATE VIRTUAL TABLE posts_fts USING fts5(title, excerpt, body)")
        conn.execute("INSERT INTO posts_fts (rowid, title, excerpt, body) SELECT rowid, 'x', 'x', 'x' FROM posts")
        conn.execute("PRAGMA user_version = 1")
    conn.close()
    archive = Archive(path)
    assert urls(archive.search("에너지")) == ["https://a/1"]
    assert archive.save_post(make_post("https://a/1", "환경 정책", "수소를 늘린다.")) == "updated"
    assert urls(archive.search("에너지")) == [] and urls(archive.search("수소")) == ["https://a/1"]
    assert archive.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_archive_of_schema_4_takes_the_index_settings_without_reindexing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "news.db"
    Archive(path).save_post(make_post("https://a/1", "환경 정책", "무탄소에너지를 늘린다."))
    conn = sqlite3.connect(path)  # back to version 4: the index's default hash size
    with conn:
        conn.execute("DELETE FROM posts_fts_config WHERE k = 'hashsize'")
        conn.execute("PRAGMA user_version = 4")
    conn.close()
    archive = Archive(path)
    assert "upgrading the archive from schema 4 to 5, once (index settings only" in caplog.text
    settings = dict(archive.db.execute("SELECT k, v FROM posts_fts_config").fetchall())
    assert settings["hashsize"] == FTS_SETTINGS["hashsize"] and settings["automerge"] == FTS_SETTINGS["automerge"]
    assert archive.db.execute("PRAGMA user_version").fetchone()[0] == 5
    assert urls(archive.search("에너지")) == ["https://a/1"]
    assert archive.save_post(make_post("https://a/2", "수소 정책", "수소를 늘린다.")) == "new"
    assert urls(archive.search("수소")) == ["https://a/2"]


def test_filters_follow_a_post_that_changes_source_category_or_date(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "news.db")
    post = make_post("https://a/1", "수소 경제", "수소 이야기.")
    post.category, post.published = "경제", "2024-05-01T09:00:00+09:00"
    archive.save_post(post)
    assert urls(archive.search("수소", category="경제", since="2024-05-01")) == ["https://a/1"]
    post.category, post.published, post.title = "정치", "2024-06-02T09:00:00+09:00", "수소 정치"
    assert archive.save_post(post) == "updated"
    with pytest.raises(FilterError, match="no post of category '경제' in the archive"):
        archive.search("수소", category="경제")
    assert urls(archive.search("수소", category="정치", since="2024-06-02")) == ["https://a/1"]
    assert urls(archive.search("수소", until="2024-06-01")) == []
    assert archive.count_selected(query="수소", categories=["정치"], until="2024-06-02") == 1


def test_an_archive_of_schema_2_gains_the_filter_table(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "news.db"
    post = make_post("https://a/1", "환경 정책", "무탄소에너지를 늘린다.")
    post.category = "환경"
    Archive(path).save_post(post)
    conn = sqlite3.connect(path)  # back to version 2: filters were read from post rows
    with conn:
        conn.execute("DROP TABLE post_facets")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    archive = Archive(path)
    assert "upgrading the archive from schema 2 to 5, once" in caplog.text
    assert urls(archive.search("에너지", category="환경")) == ["https://a/1"]
    assert archive.db.execute("SELECT count(*) FROM post_facets").fetchone()[0] == 1
    caplog.clear()
    Archive(path)
    assert "upgrading" not in caplog.text


def test_a_limit_above_the_posts_scored_in_full_still_gets_that_many(tmp_path: Path) -> None:
    from newscrawler.store.search import RERANK

    archive = Archive(tmp_path / "news.db")
    archive.save_posts([make_post(f"https://a/{n}", f"소식 {n}", f"수소 이야기 {n}.") for n in range(RERANK + 10)])
    assert len(archive.search("수소", limit=RERANK + 5)) == RERANK + 5
    assert len(archive.search("수소", limit=5)) == 5
