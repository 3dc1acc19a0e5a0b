"""`newscrawler export` against real sites: impossible folders, a site's remembered format, the post's language,
Alembic-style sites and the starter sites (issue 17, items 2 and 11 to 15)."""

from __future__ import annotations

import json
from pathlib import Path

import frontmatter
import pytest
from click.testing import CliRunner, Result
from helpers import build_archive, make_post

from newscrawler.cli import main
from newscrawler.items import Post


def export(*args: str) -> Result:
    return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)


def archive_of(tmp_path: Path, *posts: Post) -> Path:
    return build_archive(tmp_path / "archive", list(posts))


def one_line_error(result: Result) -> str:
    """The one error line (a usage error also prints click's usage and help hint above it)."""
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip() and not line.startswith(("Usage:", "Try "))]
    assert len(lines) == 1 and lines[0].lower().startswith("error: "), result.output
    return lines[0]


# item 2: an impossible or unwritable destination


def test_export_into_a_path_under_a_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    (tmp_path / "afile").write_text("")
    for extra in ([], ["--init"]):
        result = export(str(tmp_path / "afile" / "sub"), "--archive", str(archive), *extra)
        assert result.exit_code == 1, result.output
        line = one_line_error(result)
        assert "afile" in line and "Not a directory" in line, line
    assert (tmp_path / "afile").read_text() == ""


def test_a_write_failing_midway_loses_nothing_and_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills (or the folder turns read-only) after the first post: the manifest cannot be saved
    either. One line, exit 1; the next export adopts the file already written instead of duplicating it."""
    from newscrawler.exporters import writer

    archive = archive_of(tmp_path, make_post("https://a/1", "첫 기사"), make_post("https://a/2", "둘째 기사"))
    site = tmp_path / "site"
    real = writer.write_atomically
    calls: list[Path] = []

    def fail_after_first(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) > 1:
            raise PermissionError(13, "Permission denied", str(path))
        real(path, text)

    monkeypatch.setattr(writer, "write_atomically", fail_after_first)
    result = export(str(site), "--archive", str(archive))
    assert result.exit_code == 1
    assert "Permission denied" in one_line_error(result)
    assert len(list((site / "_posts").glob("*.md"))) == 1
    monkeypatch.setattr(writer, "write_atomically", real)
    again = export(str(site), "--archive", str(archive), "--json")
    assert again.exit_code == 0, again.output
    report = json.loads(again.output)
    assert report["unchanged"] == 1 and len(report["written"]) == 1
    assert len(list((site / "_posts").glob("*.md"))) == 2


def test_bad_destinations_and_settings_files_are_one_line(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00")
    cases = (
        (["--config", str(tmp_path / "binary.toml")], "not UTF-8"),
        (["--default-image", "javascript:alert(1)"], "default image"),
    )
    for options, message in cases:
        result = export(str(tmp_path / "site"), "--archive", str(archive), *options)
        assert result.exit_code == 2, (options, result.output)
        assert message in one_line_error(result), options
    empty = CliRunner().invoke(main, ["export", "", "--archive", str(archive)], catch_exceptions=False)
    assert empty.exit_code == 2 and "DEST is empty" in one_line_error(empty)
    assert not (tmp_path / "site").exists() and not Path("_posts").exists()


# item 11: a site remembers its format and options


def test_a_hugo_site_is_exported_as_hugo_again_and_a_format_mismatch_is_refused(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "site"
    first = export(str(site), "--archive", str(archive), "--format", "hugo", "--layout", "news", "--body", "markdown")
    assert first.exit_code == 0, first.output
    (hugo_file,) = (site / "content/posts").glob("*.md")
    before = hugo_file.read_bytes()
    again = export(str(site), "--archive", str(archive))
    assert again.exit_code == 0, again.output
    assert not (site / "_posts").exists()
    assert hugo_file.read_bytes() == before  # same format, same layout, same Markdown body: nothing rewritten
    assert "(hugo, markdown bodies)" in again.output
    refused = export(str(site), "--archive", str(archive), "--format", "jekyll")
    assert refused.exit_code == 2
    line = one_line_error(refused)
    assert "hugo" in line and "--format hugo" in line, line
    assert not (site / "_posts").exists()
    (site / "_newscrawler.toml").write_text('format = "jekyll"\n')
    assert export(str(site), "--archive", str(archive)).exit_code == 2
    assert not (site / "_posts").exists()


def test_a_site_without_a_manifest_is_known_by_its_files(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "hugo-site"
    (site / "content").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "mine"\n')
    result = export(str(site), "--archive", str(archive))
    assert result.exit_code == 0, result.output
    assert list((site / "content/posts").glob("*.md")) and not (site / "_posts").exists()


# item 15: categories with '/', tags by case, the seed post's keys, Alembic sites


def test_a_category_with_a_slash_is_one_url_segment_and_tags_are_kept_once(tmp_path: Path) -> None:
    from newscrawler.exporters.hugo import term
    from newscrawler.exporters.jekyll import jekyll_category

    post = make_post("https://a/1", "기사", category="IT/과학", tags=["Energy", "energy", "ENERGY", "에너지"])
    archive = archive_of(tmp_path, post)
    for fmt, folder in (("jekyll", "_posts"), ("hugo", "content/posts")):
        site = tmp_path / fmt
        assert export(str(site), "--archive", str(archive), "--format", fmt).exit_code == 0
        (path,) = (site / folder).glob("*.md")
        matter = frontmatter.load(path)
        (category,) = matter["categories"]
        assert "/" not in category and category.replace("\uff0f", "/") == "IT/과학", category
        assert matter["tags"] == ["Energy", "에너지"]
    assert jekyll_category("../../../escape") == term("../../../escape") == "escape"
    assert term("a/./b//c") == "a\uff0fb\uff0fc"


def test_the_seed_posts_keys_and_feature_image_only_when_the_site_asks(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사", excerpt="요약이다."))
    site = tmp_path / "site"
    assert export(str(site), "--archive", str(archive)).exit_code == 0
    (path,) = (site / "_posts").glob("*.md")
    matter = frontmatter.load(path)
    assert list(matter.keys()) == ["title", "categories", "excerpt", "feature_text", "image", "date", "source_url"]
    assert matter["image"] == "/assets/img/newspaper.png"
    (site / "_newscrawler.toml").write_text("feature_image = true\n")
    assert export(str(site), "--archive", str(archive)).exit_code == 0
    assert frontmatter.load(path)["feature_image"] == "/assets/img/newspaper.png"


def test_the_default_image_is_in_the_site_or_the_export_says_so(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사", image=""))
    bare = tmp_path / "bare"
    result = export(str(bare), "--archive", str(archive))
    assert result.exit_code == 0
    assert "warning: /assets/img/newspaper.png" in result.output and "--init" in result.output
    for fmt, where in (("jekyll", "img/default.png"), ("hugo", "static/img/default.png")):
        site = tmp_path / f"init-{fmt}"
        result = export(
            str(site), "--archive", str(archive), "--init", "--format", fmt, "--default-image", "/img/default.png"
        )
        assert result.exit_code == 0 and "warning" not in result.output, result.output
        assert (site / where).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_init_into_an_alembic_site_adds_no_page_it_has_and_leaves_its_theme_alone(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "alembic"
    site.mkdir()
    (site / "_config.yml").write_text("title: mine\ntheme: jekyll-theme-alembic\n")
    (site / "index.md").write_text("---\nlayout: home\n---\n")
    (site / "categories.md").write_text("---\nlayout: categories\npermalink: /categories/\n---\n")
    (site / "about.md").write_text("---\nlayout: page\npermalink: /tags/\n---\n")
    before = {p.name: p.read_bytes() for p in site.iterdir()}
    result = export(str(site), "--archive", str(archive), "--init")
    assert result.exit_code == 0, result.output
    after = {p.name: p.read_bytes() for p in site.iterdir() if p.is_file() and p.name != ".newscrawler-export.json"}
    assert after == before
    assert not (site / "index.html").exists() and not (site / "categories.html").exists()
    assert not (site / "_layouts").exists()  # the theme's layouts draw the posts
    assert (site / "assets/img/newspaper.png").is_file()  # the seed post's image


# item 12: the banner heading and the starter site's language and time zone fit the posts


def test_the_banner_heading_follows_the_posts_language_and_its_source(tmp_path: Path) -> None:
    archive = archive_of(
        tmp_path,
        make_post("https://ko.example/1", "한국어 기사", source="kosite", excerpt="요약이다.", language="ko"),
        make_post("https://en.example/1", "An English post", source="blog", excerpt="A summary.", language="en"),
        make_post("https://it.example/1", "IT 기사", source="itnews", excerpt="요약이다.", language="ko"),
    )
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[sources]]\nname = "itnews"\nfeeds = ["https://it.example/rss"]\nlanguage = "ko"\n'
        'feature_heading = "## 오늘의 IT 소식"\n'
    )

    def headings(*options: str) -> dict[str, str]:
        site = tmp_path / "site"
        result = export(str(site), "--archive", str(archive), "--sources", str(sources), *options)
        assert result.exit_code == 0, result.output
        found = {}
        for path in (site / "_posts").glob("*.md"):
            matter = frontmatter.load(path)
            found[matter["source_url"]] = matter["feature_text"].split("\n")[0]
        return found

    assert headings() == {
        "https://ko.example/1": "## 실시간 뉴스 속보입니다.",
        "https://en.example/1": "## Latest news",
        "https://it.example/1": "## 오늘의 IT 소식",
    }
    assert set(headings("--feature-heading", "## rentn 실시간 뉴스 속보입니다.").values()) == {
        "## rentn 실시간 뉴스 속보입니다."
    }


def test_a_starter_site_takes_its_language_and_time_zone_from_the_posts(tmp_path: Path) -> None:
    english = archive_of(
        tmp_path,
        *[
            make_post(
                f"https://blog.example/{i}",
                f"Post {i}",
                source="blog",
                language="en",
                published=f"2024-06-2{i}T23:30:00-04:00",
            )
            for i in range(3)
        ],
    )
    site = tmp_path / "en-site"
    assert export(str(site), "--archive", str(english), "--init").exit_code == 0
    config = (site / "_config.yml").read_text()
    assert "lang: en\n" in config and "timezone: Etc/GMT+4\n" in config  # the posts' own day in their URLs
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[sources]]\nname = "blog"\nfeeds = ["https://blog.example/rss"]\ntimezone = "America/New_York"\n'
    )
    hugo = tmp_path / "hugo-site"
    assert (
        export(str(hugo), "--archive", str(english), "--init", "--format", "hugo", "--sources", str(sources)).exit_code
        == 0
    )
    config = (hugo / "config.toml").read_text()
    assert 'languageCode = "en"' in config and 'timeZone = "America/New_York"' in config
    assert "hasCJKLanguage = false" in config
    korean = tmp_path / "ko-site"
    (korean).mkdir()
    (korean / "_newscrawler.toml").write_text('lang = "ko"\ntimezone = "Asia/Seoul"\n')
    assert export(str(korean), "--archive", str(english), "--init").exit_code == 0
    config = (korean / "_config.yml").read_text()
    assert "lang: ko\n" in config and "timezone: Asia/Seoul\n" in config


# item 14: what the site decides, said in the docs


def test_the_export_docs_say_what_a_site_decides() -> None:
    docs = Path(__file__).parents[1] / "docs" / "export.md"
    text = " ".join(docs.read_text("utf-8").split())
    assert 'commonmark: {options: ["UNSAFE"]}' in text and "--body markdown" in text
    assert "A site's time zone decides a post's date in its URL" in text


def test_a_damaged_remembered_setting_is_one_line(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "site"
    site.mkdir()
    (site / ".newscrawler-export.json").write_text('{"formats": {}, "settings": {"front_matter": "x"}}')
    result = export(str(site), "--archive", str(archive))
    assert result.exit_code == 2
    assert ".newscrawler-export.json: [front_matter] must be a table" in one_line_error(result)


def test_a_korean_starter_site_is_on_seoul_time(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사", published="2024-05-09T00:30:00+09:00"))
    site = tmp_path / "site"
    assert export(str(site), "--archive", str(archive), "--init").exit_code == 0
    config = (site / "_config.yml").read_text()
    assert "lang: ko\n" in config and "timezone: Asia/Seoul\n" in config


def test_the_environment_still_counts_where_the_site_never_chose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사", excerpt="요약이다."))
    site = tmp_path / "site"
    assert export(str(site), "--archive", str(archive)).exit_code == 0
    (path,) = (site / "_posts").glob("*.md")
    assert frontmatter.load(path)["feature_text"].startswith("## 실시간 뉴스 속보입니다.\n")
    monkeypatch.setenv("NEWSCRAWLER_FEATURE_HEADING", "## 환경 변수의 제목")
    assert export(str(site), "--archive", str(archive)).exit_code == 0
    assert frontmatter.load(path)["feature_text"].startswith("## 환경 변수의 제목\n")
    monkeypatch.delenv("NEWSCRAWLER_FEATURE_HEADING")
    assert export(str(site), "--archive", str(archive), "--feature-heading", "## 사이트의 제목").exit_code == 0
    assert export(str(site), "--archive", str(archive)).exit_code == 0  # remembered from now on
    assert frontmatter.load(path)["feature_text"].startswith("## 사이트의 제목\n")
