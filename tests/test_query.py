"""Querying the archive from the command line: search, query and stats, for people and for scripts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import build_archive, make_post

from newscrawler.cli import main
from newscrawler.store.archive import Archive

POSTS = [
    make_post(
        "https://kr.example/1",
        "한미, 에너지 협력 합의",
        "<p>양국은 무탄소에너지를 활용한 청정 전력 확대를 모색했다.</p>",
        source="hankyul",
        category="환경",
        published="2024-05-09T15:20:00+09:00",
    ),
    make_post(
        "https://kr.example/2",
        "환경 정책 발표",
        "<p>정부는 새 환경 정책을 발표했다. 에너지 전환도 포함됐다.</p>",
        source="hankyul",
        category="정치",
        published="2024-05-01T00:30:00+09:00",  # 30 April in UTC
    ),
    make_post(
        "https://en.example/3",
        "Chip exports surge",
        "<p>Semiconductor exports rose sharply in May.</p>",
        source="wire",
        category="World",
        language="en",
        published="2024-05-20T09:00:00+00:00",
    ),
    make_post(
        "https://en.example/4",
        "[Breaking] markup [/bold] in a title",
        "<p>Nothing to do with chips.</p>",
        source="wire",
        category="World",
        language="en",
        published="2024-05-20T10:00:00+00:00",
    ),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("query") / "archive", POSTS)


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def found(archive: Path, *args: str) -> list[str]:
    result = cli("search", *args, "--archive", str(archive), "--json")
    assert result.exit_code == 0, result.output
    return [hit["url"] for hit in json.loads(result.stdout)]


def test_search_finds_korean_inside_words_two_letter_words_phrases_and_prefixes(archive: Path) -> None:
    assert sorted(found(archive, "에너지")) == ["https://kr.example/1", "https://kr.example/2"]  # 무탄소에너지를
    assert found(archive, "무탄소") == ["https://kr.example/1"]
    assert found(archive, "환경") == ["https://kr.example/2"]
    assert found(archive, '"청정 전력"') == ["https://kr.example/1"]
    assert found(archive, '"전력 청정"') == []
    assert found(archive, "semicon*") == ["https://en.example/3"]
    assert found(archive, "chip* NOT semiconductor") == ["https://en.example/4"]


def test_search_ranks_title_matches_first_and_filters(archive: Path) -> None:
    assert found(archive, "에너지") == ["https://kr.example/1", "https://kr.example/2"]  # in the title beats the body
    assert found(archive, "에너지", "--category", "정치") == ["https://kr.example/2"]
    assert found(archive, "에너지 OR chips", "--source", "wire") == ["https://en.example/4"]
    assert sorted(found(archive, "에너지 OR exports", "--source", "wire", "--source", "hankyul")) == [
        "https://en.example/3",
        "https://kr.example/1",
        "https://kr.example/2",
    ]
    assert found(archive, "에너지", "--since", "2024-05-02") == ["https://kr.example/1"]
    assert found(archive, "에너지", "--until", "2024-05-01") == ["https://kr.example/2"]  # the post's own day
    assert found(archive, "에너지", "--since", "2024-05-09T07:00:00+00:00") == []  # 16:00 in Seoul
    assert found(archive, "에너지", "--limit", "1") == ["https://kr.example/1"]  # the best one
    limited = cli("search", "에너지 OR chip*", "--limit", "2", "--archive", str(archive))
    assert "2 posts match '에너지 OR chip*' (the best; --limit for more)" in limited.stderr


def test_search_output_for_people_and_scripts(archive: Path) -> None:
    people = cli("search", "에너지", "--archive", str(archive))
    assert people.exit_code == 0
    assert "2 posts match '에너지'" in people.stderr
    first, second = people.stdout.index("한미, 에너지 협력 합의"), people.stdout.index("환경 정책 발표")
    assert first < second
    assert "https://kr.example/1" in people.stdout and "무탄소에너지를" in people.stdout
    assert "[에너지]" not in people.stdout  # highlighted, not bracketed
    scripts = json.loads(cli("search", "에너지", "--archive", str(archive), "--json").stdout)
    assert set(scripts[0]) == {"published", "source", "category", "title", "url", "snippet", "score"}
    assert "[에너지]" in scripts[0]["snippet"]
    rows = list(csv.reader(io.StringIO(cli("search", "에너지", "--archive", str(archive), "--csv").stdout)))
    assert rows[0][:5] == ["published", "source", "category", "title", "url"] and len(rows) == 3
    markup = cli("search", "markup", "--archive", str(archive))
    cells = " ".join(line.strip("│ ") for line in markup.stdout.splitlines())
    assert "[Breaking] markup [/bold] in a" in cells  # shown as written, never read as rich markup


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"에너지', "unbalanced quote"),
        ("에너지 AND", "error: AND needs something to find on both sides in '에너지 AND': write e.g. 에너지 AND 수소"),
        ("(에너지", "error: a ( without its ) in '(에너지'"),
        ("NOT 에너지", "nothing to find, only words to leave out"),
        ("title:", "title: needs a word"),
        ("!!!", "nothing to search for"),
    ],
)
def test_a_bad_query_gets_a_clear_message(archive: Path, query: str, message: str) -> None:
    result = cli("search", query, "--archive", str(archive))
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output and "fts5" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bad_dates_are_refused(archive: Path) -> None:
    result = cli("search", "에너지", "--since", "yesterday", "--archive", str(archive))
    assert result.exit_code == 2 and "'yesterday' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD" in result.output
    result = cli("search", "에너지", "--until", "2024-02-30", "--archive", str(archive))
    assert result.exit_code == 2 and "'2024-02-30' is not a date" in result.output


def test_dates_as_years_months_days_and_times(archive: Path) -> None:
    both = ["https://kr.example/1", "https://kr.example/2"]
    assert sorted(found(archive, "에너지", "--since", "2024-05")) == both
    assert sorted(found(archive, "에너지", "--since", "2024")) == both
    assert found(archive, "에너지", "--since", "2025") == []
    assert found(archive, "에너지", "--until", "2024-04") == []
    assert sorted(found(archive, "에너지", "--until", "2024-05")) == both  # all of May
    assert sorted(found(archive, "에너지", "--until", "2024")) == both
    assert found(archive, "에너지", "--since", "2024.05.02") == ["https://kr.example/1"]
    assert found(archive, "에너지", "--since", "2024-05-09 07:00+00:00") == []  # 16:00 in Seoul
    assert found(archive, "에너지", "--since", "2024-05-09T06:00") == ["https://kr.example/1"]  # UTC


def test_an_unknown_source_or_category_names_the_closest(archive: Path) -> None:
    result = cli("search", "에너지", "--source", "hankyl", "--archive", str(archive))
    assert result.exit_code == 2
    assert result.output.strip() == "error: --source: no post of source 'hankyl' in the archive (closest: hankyul)"
    result = cli("search", "에너지", "--category", "world", "--archive", str(archive))
    assert result.exit_code == 2 and "no post of category 'world' in the archive (closest: World)" in result.output
    result = cli("search", "에너지", "--source", "zzzzzz", "--archive", str(archive))
    assert "(the archive has 2: hankyul, wire)" in result.output


def test_query_is_read_only_in_every_format(archive: Path) -> None:
    sql = "SELECT source, count(*) AS posts FROM posts GROUP BY source ORDER BY source"
    as_json = json.loads(cli("query", sql, "--archive", str(archive), "--json").stdout)
    assert as_json == [{"source": "hankyul", "posts": 2}, {"source": "wire", "posts": 2}]
    assert cli("query", sql, "--archive", str(archive), "--csv").stdout.splitlines() == [
        "source,posts",
        "hankyul,2",
        "wire,2",
    ]
    table = cli("query", sql, "--archive", str(archive)).stdout
    assert "hankyul" in table and "posts" in table
    for write in (
        "DELETE FROM posts",
        "UPDATE posts SET title = 'x'",
        "CREATE TABLE x (y)",
        f"ATTACH DATABASE '{archive / 'other.db'}' AS other",
        "PRAGMA journal_mode = DELETE",
    ):
        refused = cli("query", write, "--archive", str(archive))
        assert refused.exit_code == 1, write
        assert "query refused" in refused.output and "Traceback" not in refused.output
    assert not (archive / "other.db").exists()
    with Archive(archive / "news.db") as db:
        assert db.count_posts() == len(POSTS)


def test_stats_per_source_category_and_day(archive: Path) -> None:
    data = json.loads(cli("stats", "--archive", str(archive), "--json").stdout)
    assert data["posts"] == 4
    assert [(s["source"], s["posts"]) for s in data["per_source"]] == [("hankyul", 2), ("wire", 2)]
    assert {c["category"]: c["posts"] for c in data["per_category"]} == {"World": 2, "환경": 1, "정치": 1}
    days = {d["day"]: d["posts"] for d in data["per_day"]}
    assert len(days) == 28 and max(days) == "2024-05-20" and min(days) == "2024-04-23"
    assert days["2024-05-20"] == 2 and days["2024-05-09"] == 1 and days["2024-05-01"] == 1
    assert sum(days.values()) == 4
    people = cli("stats", "--archive", str(archive), "--days", "14").stdout
    assert "4 posts from 2 sources" in people and "Posts per category" in people
    assert "Posts per day, 2024-05-07 to 2024-05-20: 3 posts" in people  # 1 May is outside the 14 days
    chart = [line for line in people.splitlines() if "┤" in line or "┼" in line]
    assert len(chart) == 3 and chart[0].lstrip().startswith("2 ┤")  # as tall as the busiest day, up to 5 rows
    assert "██" in chart[0] and "05-07" in people and "05-14" in people
    rows = list(csv.reader(io.StringIO(cli("stats", "--archive", str(archive), "--csv").stdout)))
    assert (
        rows[0] == ["table", "key", "posts"] and ["source", "wire", "2"] in rows and ["day", "2024-05-20", "2"] in rows
    )


def test_commands_on_a_missing_archive_say_so(tmp_path: Path) -> None:
    for args in (["stats"], ["export", str(tmp_path / "site")], ["browse"]):
        result = cli(*args, "--archive", str(tmp_path / "nothing"))
        assert result.exit_code == 1, args
        assert "no archive here yet" in result.output
