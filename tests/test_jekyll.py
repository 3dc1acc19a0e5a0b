"""Jekyll files: the example post's keys, order and shapes; any title round-trips; names stay in the folder."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest
import yaml
from helpers import EXAMPLE_POST, SHARED_EXAMPLE_POST

from newscrawler.exporters.jekyll import JekyllProfile, file_name, jekyll_date, render, write_atomically

EXCERPT = "양국은 협력 채널을 구축하기로 합의했다. 회의는 내년에도 열린다."


def post(**fields: object) -> dict:
    base = {
        "url": "https://news.example/a/1",
        "title": "한미, 에너지 민간 협력채널 구축 합의...장관급 정례화",
        "category": "환경",
        "excerpt": EXCERPT,
        "image": "",
        "published": "2024-05-09T15:20:00+09:00",
        "body_html": "<h2>소제목</h2>\n<p>본문이다.</p>",
        "tags": [],
        "author": "",
    }
    base.update(fields)
    return base


def test_keys_order_and_shapes_follow_the_example_post() -> None:
    text = render(post(), JekyllProfile(feature_heading="## rentn 실시간 뉴스 속보입니다."))
    head = text.split("---\n")[1]
    keys = [line.split(":")[0] for line in head.splitlines() if line and not line.startswith(" ")]
    assert keys == ["title", "categories", "excerpt", "feature_text", "image", "date", "source_url"]
    assert "categories:\n  - 환경\n" in head
    assert f"excerpt: >\n  {EXCERPT}\n" in head
    assert f"feature_text: >\n  ## rentn 실시간 뉴스 속보입니다.\n\n  {EXCERPT}\n" in head
    assert "image: '/assets/img/newspaper.png'\n" in head
    assert "date: 2024-05-09 15:20:00 +0900\n" in head
    assert text.endswith("---\n\n<h2>소제목</h2>\n<p>본문이다.</p>\n")


@pytest.mark.skipif(
    not SHARED_EXAMPLE_POST.exists(), reason=f"{SHARED_EXAMPLE_POST} is not here (a clone without ../shared)"
)
def test_the_example_post_in_tests_is_the_shared_one() -> None:
    assert EXAMPLE_POST.read_bytes() == SHARED_EXAMPLE_POST.read_bytes()


def test_feature_image_only_for_a_site_that_asks_for_it() -> None:
    """The example post has none; Alembic draws feature_image behind the banner when a site wants it."""
    text = render(post(), JekyllProfile(feature_image=True))
    assert text.split("---\n")[1].splitlines()[-1] == "feature_image: '/assets/img/newspaper.png'"


def test_the_example_post_reads_the_same_way_as_ours() -> None:
    example = frontmatter.loads(EXAMPLE_POST.read_text(encoding="utf-8"))
    ours = frontmatter.loads(
        render(post(excerpt=example["excerpt"].strip()), JekyllProfile("## rentn 실시간 뉴스 속보입니다."))
    )
    for key in ("title", "categories", "excerpt", "feature_text", "image"):
        assert ours[key] == example[key], key


@pytest.mark.parametrize(
    "title",
    [
        "Colon: \"quotes\" and 'single'",
        "---",
        "first line\nsecond line",
        "- leading dash",
        "# not a comment",
        "yes",
        "null",
        "2024-05-09",
        "🚀 emoji 한글 ✨",
        "  spaces around  ",
        "tab\there",
        "x" * 4000,
        "a: b: c",
        "trailing backslash \\",
        "{not: a map}",
        "[not, a, list]",
        "&anchor *alias !tag %directive @at `tick`",
    ],
)
def test_hostile_titles_and_excerpts_round_trip(title: str) -> None:
    text = render(post(title=title, excerpt=title, category=title))
    back = frontmatter.loads(text)
    assert back["title"] == title
    assert back["categories"] == [title.replace(":", "：")]  # a colon would stop the Jekyll build (jekyll_category)
    assert back["excerpt"].rstrip("\n") == title.rstrip("\n") or back["excerpt"] == title + "\n"


def test_file_names_keep_korean_and_never_leave_the_folder() -> None:
    assert file_name(post()) == "2024-05-09-한미-에너지-민간-협력채널-구축-합의-장관급-정례화.md"
    for title in ("../../etc/passwd", "/absolute/path", "a\x00b", "..", "CON", "", "!!!"):
        name = file_name(post(title=title))
        assert "/" not in name and "\x00" not in name and not name.startswith(".")
        assert name.startswith("2024-05-09-") and name.endswith(".md")
    assert file_name(post(), taken=True) != file_name(post())


def test_dates_and_atomic_writes(tmp_path: Path) -> None:
    assert jekyll_date("2024-05-09T06:20:00+00:00") == "2024-05-09 06:20:00 +0000"
    target = tmp_path / "_posts" / "a.md"
    write_atomically(target, "one")
    write_atomically(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["a.md"]
    assert yaml.safe_load("date: 2024-05-09 15:20:00 +0900")["date"] == "2024-05-09 15:20:00 +0900"
