"""`newscrawler export`: what lands in a site folder, what is left alone, and what a hostile post cannot do."""

from __future__ import annotations

import json
import os
from pathlib import Path

import frontmatter
import pytest
from click.testing import CliRunner, Result
from helpers import build_archive, make_post

from newscrawler.cli import main
from newscrawler.exporters.base import markdown_text
from newscrawler.exporters.hugo import term
from newscrawler.exporters.jekyll import jekyll_category
from newscrawler.exporters.markdown import html_to_markdown
from newscrawler.items import Post
from newscrawler.store.archive import Archive

POSTS_DIR = {"jekyll": "_posts", "hugo": "content/posts"}
HOSTILE_TITLES = [
    "Colon: \"double\" and 'single' quotes",
    "---",
    "first line\nsecond line\n",
    "🚀 emoji 한글 ✨ and ZWJ 👩‍💻",
    "x" * 4000,
    "- leading dash",
    "# hash",
    "yes",
    "null",
    "2024-05-09",
    "{{ site.title }} {% include x.html %} {{< shortcode >}}",
    "<script>alert(1)</script>",
    "&amp; &lt;entities&gt;",
    "  spaces  ",
    "tab\tand \\ backslash",
    "&anchor *alias !tag %directive @at `tick` | pipe",
]
UNSAFE_TITLES = ["../../etc/passwd", "/absolute/path", "a\x00b", "..", ".", "CON", "nul", "index", "_index", "", "!!!"]


def export(*args: str) -> Result:
    return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)


def archive_of(tmp_path: Path, *posts: Post) -> Path:
    return build_archive(tmp_path / "archive", list(posts))


def files(site: Path, fmt: str = "jekyll") -> dict[str, Path]:
    return {p.name: p for p in sorted((site / POSTS_DIR[fmt]).glob("*.md"))}


def snapshot(site: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(site)): (p.stat().st_mtime_ns, p.read_bytes()) for p in site.rglob("*") if p.is_file()}


@pytest.mark.parametrize("fmt", ["jekyll", "hugo"])
def test_hostile_titles_categories_and_tags_round_trip_exactly(tmp_path: Path, fmt: str) -> None:
    posts = [
        make_post(f"https://news.example/{i}", title, category=title, tags=[title, "둘"], excerpt=title)
        for i, title in enumerate(HOSTILE_TITLES)
    ]
    archive = archive_of(tmp_path, *posts)
    result = export(str(tmp_path / "site"), "--format", fmt, "--archive", str(archive))
    assert result.exit_code == 0, result.output
    written = {frontmatter.load(p)["source_url"]: frontmatter.load(p) for p in files(tmp_path / "site", fmt).values()}
    assert len(written) == len(HOSTILE_TITLES)
    for i, title in enumerate(HOSTILE_TITLES):
        back = written[f"https://news.example/{i}"]
        assert back["title"] == title
        # one URL segment each, and no ':' for Jekyll (see jekyll_category and term)
        assert back["categories"] == [term(title) if fmt == "hugo" else jekyll_category(title)]
        assert back["tags"] == [term(title) if fmt == "hugo" else title, "둘"]


def test_markdown_fields_render_as_the_plain_text_they_hold() -> None:
    escaped = markdown_text("*a* _b_ [c](javascript:x) `d` {: onclick=x} {{< s >}} <b> & &lt; $$m$$ | t\n# h\n1. l")
    assert escaped == (
        r"\*a\* \_b\_ \[c\](javascript:x) \`d\` \{: onclick=x\} \{\{&lt; s &gt;\}\} &lt;b&gt; & &amp;lt; \$\$m\$\$ \| t"
        "\n\\# h\n1\\. l"
    )
    assert markdown_text("한·미, 에너지 협력 강화... 2024년 5월") == "한·미, 에너지 협력 강화... 2024년 5월"


@pytest.mark.parametrize("fmt", ["jekyll", "hugo"])
def test_file_names_never_leave_the_posts_folder_and_stay_unique(tmp_path: Path, fmt: str) -> None:
    posts = [make_post(f"https://news.example/{i}", title) for i, title in enumerate(UNSAFE_TITLES)]
    posts += [make_post(f"https://news.example/same/{i}", "같은 제목") for i in range(3)]  # same title, same day
    archive = archive_of(tmp_path, *posts)
    site = tmp_path / "site"
    assert export(str(site), "--format", fmt, "--archive", str(archive)).exit_code == 0
    everything = [p for p in tmp_path.rglob("*") if p.is_file() and "archive" not in p.parts]
    folder = site / POSTS_DIR[fmt]
    post_files = [p for p in everything if p.parent == folder]
    assert len(post_files) == len(posts)
    assert sorted(set(everything) - set(post_files)) == [site / ".newscrawler-export.json"]
    for path in post_files:
        stem = path.name.removesuffix(".md")
        assert not path.name.startswith((".", "_")) and "\x00" not in path.name and len(path.name.encode()) < 200
        assert stem.split("-")[-1].lower() not in ("con", "nul", "index") or fmt == "jekyll"
    names = {frontmatter.load(p)["source_url"]: p.name for p in post_files}
    assert len(set(names.values())) == len(posts)
    same = [names[f"https://news.example/same/{i}"] for i in range(3)]
    assert same[0].endswith("같은-제목.md")  # the first keeps the plain name, the others add a hash of their URL
    assert all(name.removesuffix(".md").rsplit("-", 1)[0].endswith("같은-제목") for name in same[1:])


def test_long_korean_titles_fit_a_file_name(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://news.example/long", "가나다라마바사아자차카타파하 " * 40))
    site = tmp_path / "site"
    assert export(str(site), "--archive", str(archive)).exit_code == 0
    (name,) = files(site)
    assert name.startswith("2024-05-09-가나다라") and len(name.encode()) <= 200


@pytest.mark.parametrize(("fmt", "body"), [("jekyll", "html"), ("jekyll", "markdown"), ("hugo", "html")])
def test_a_second_export_with_nothing_new_rewrites_no_file(tmp_path: Path, fmt: str, body: str) -> None:
    archive = archive_of(tmp_path, *(make_post(f"https://news.example/{i}", f"기사 {i}") for i in range(5)))
    site = tmp_path / "site"
    options = ("--archive", str(archive), "--format", fmt, "--body", body)
    first = export(str(site), *options)
    assert "5 written, 0 unchanged" in first.output
    before = snapshot(site)
    for name in before:  # any rewrite would move a file's time forward
        os.utime(site / name, ns=(1, 1))
        before[name] = (1, before[name][1])
    second = export(str(site), *options)
    assert "0 written, 5 unchanged, 0 removed" in second.output
    assert snapshot(site) == before


def test_an_edited_post_rewrites_only_its_file_and_a_renamed_one_leaves_no_old_file(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, *(make_post(f"https://news.example/{i}", f"기사 {i}") for i in range(3)))
    site = tmp_path / "site"
    export(str(site), "--archive", str(archive))
    before = snapshot(site)
    with Archive(archive / "news.db") as db:
        assert db.save_post(make_post("https://news.example/0", "기사 0", "<p>고친 본문이다.</p>")) == "updated"
        assert db.save_post(make_post("https://news.example/1", "제목이 바뀐 기사 1")) == "updated"
    result = export(str(site), "--archive", str(archive), "--json")
    report = json.loads(result.output)
    assert sorted(report["written"]) == ["_posts/2024-05-09-기사-0.md", "_posts/2024-05-09-제목이-바뀐-기사-1.md"]
    assert report["removed"] == ["_posts/2024-05-09-기사-1.md"] and report["unchanged"] == 1
    assert sorted(files(site)) == ["2024-05-09-기사-0.md", "2024-05-09-기사-2.md", "2024-05-09-제목이-바뀐-기사-1.md"]
    assert "고친 본문이다" in (site / "_posts/2024-05-09-기사-0.md").read_text()
    after = snapshot(site)
    assert after["_posts/2024-05-09-기사-2.md"] == before["_posts/2024-05-09-기사-2.md"]
    manifest = json.loads((site / ".newscrawler-export.json").read_text())["formats"]["jekyll"]
    assert {name: entry["url"] for name, entry in manifest.items()} == {
        "2024-05-09-기사-0.md": "https://news.example/0",
        "2024-05-09-제목이-바뀐-기사-1.md": "https://news.example/1",
        "2024-05-09-기사-2.md": "https://news.example/2",
    }


def test_hugo_too_rewrites_an_edited_post_and_removes_a_renamed_ones_old_file(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, *(make_post(f"https://news.example/{i}", f"기사 {i}") for i in range(3)))
    site = tmp_path / "site"
    export(str(site), "--archive", str(archive), "--format", "hugo")
    before = snapshot(site)
    with Archive(archive / "news.db") as db:
        db.save_post(make_post("https://news.example/0", "기사 0", "<p>고친 본문이다.</p>"))
        db.save_post(make_post("https://news.example/1", "제목이 바뀐 기사 1"))
    report = json.loads(export(str(site), "--archive", str(archive), "--format", "hugo", "--json").output)
    assert sorted(report["written"]) == ["content/posts/기사-0.md", "content/posts/제목이-바뀐-기사-1.md"]
    assert report["removed"] == ["content/posts/기사-1.md"] and report["unchanged"] == 1
    assert sorted(files(site, "hugo")) == ["기사-0.md", "기사-2.md", "제목이-바뀐-기사-1.md"]
    assert "고친 본문이다" in (site / "content/posts/기사-0.md").read_text()
    assert snapshot(site)["content/posts/기사-2.md"] == before["content/posts/기사-2.md"]


def test_files_newscrawler_did_not_write_are_never_overwritten_or_removed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    mine = site / "_posts" / "2024-05-09-기사.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("---\ntitle: my own post\n---\nhand written\n")
    other = site / "_posts" / "2024-01-01-other.md"
    other.write_text("mine too")
    archive = archive_of(tmp_path, make_post("https://news.example/1", "기사"))
    assert export(str(site), "--archive", str(archive)).exit_code == 0
    assert mine.read_text() == "---\ntitle: my own post\n---\nhand written\n" and other.read_text() == "mine too"
    (ours,) = set(files(site)) - {mine.name, other.name}
    assert ours.startswith("2024-05-09-기사-") and frontmatter.load(site / "_posts" / ours)["source_url"]
    # a manifest naming files outside the posts folder (or other people's) removes none of them
    outside = tmp_path / "outside.md"
    outside.write_text("precious")
    manifest = json.loads((site / ".newscrawler-export.json").read_text())
    manifest["formats"]["jekyll"] = {
        "../../outside.md": {"url": "https://news.example/1", "sha256": ""},
        "2024-01-01-other.md": {"url": "https://news.example/gone", "sha256": ""},
    }
    (site / ".newscrawler-export.json").write_text(json.dumps(manifest))
    with Archive(archive / "news.db") as db:
        db.save_post(make_post("https://news.example/1", "새 제목"))
    result = export(str(site), "--archive", str(archive))
    assert result.exit_code == 0 and "ignored the entry '../../outside.md'" in result.output
    assert outside.read_text() == "precious" and other.read_text() == "mine too" and mine.exists()


def test_a_file_edited_by_hand_is_kept_unless_asked(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://news.example/1", "기사"))
    site = tmp_path / "site"
    export(str(site), "--archive", str(archive))
    path = site / "_posts" / "2024-05-09-기사.md"
    path.write_text(path.read_text() + "\n<p>편집자 메모</p>\n")
    with Archive(archive / "news.db") as db:
        db.save_post(make_post("https://news.example/1", "기사", "<p>고친 본문.</p>"))
    kept = export(str(site), "--archive", str(archive))
    assert "1 kept" in kept.output and "edited since newscrawler wrote it" in kept.output
    assert "편집자 메모" in path.read_text()
    again = export(str(site), "--archive", str(archive))
    assert "1 kept" in again.output  # still recognised as edited
    replaced = export(str(site), "--archive", str(archive), "--overwrite-edited")
    assert "1 written" in replaced.output
    assert "편집자 메모" not in path.read_text() and "고친 본문." in path.read_text()


def test_a_lost_manifest_adopts_the_files_instead_of_duplicating_them(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, *(make_post(f"https://news.example/{i}", f"기사 {i}") for i in range(3)))
    site = tmp_path / "site"
    export(str(site), "--archive", str(archive))
    (site / ".newscrawler-export.json").unlink()
    result = export(str(site), "--archive", str(archive))
    assert "0 written, 3 unchanged" in result.output
    assert len(files(site)) == 3


def test_filters_pick_the_posts(tmp_path: Path) -> None:
    archive = archive_of(
        tmp_path,
        make_post("https://a/1", "에너지 정책", source="a", category="환경", published="2024-05-01T09:00:00+09:00"),
        make_post("https://a/2", "반도체 수출", source="a", category="경제", published="2024-05-20T09:00:00+09:00"),
        make_post("https://b/3", "Chip exports", source="b", category="World", published="2024-06-01T00:30:00+09:00"),
    )

    def urls(*options: str) -> list[str]:
        site = tmp_path / f"site{len(list(tmp_path.iterdir()))}"
        result = export(str(site), "--archive", str(archive), *options)
        assert result.exit_code == 0, result.output
        return sorted(frontmatter.load(p)["source_url"] for p in files(site).values())

    assert urls("--source", "a") == ["https://a/1", "https://a/2"]
    assert urls("--source", "a", "--source", "b", "--category", "경제", "--category", "World") == [
        "https://a/2",
        "https://b/3",
    ]
    assert urls("--since", "2024-05-20") == ["https://a/2", "https://b/3"]
    assert urls("--until", "2024-05-20") == ["https://a/1", "https://a/2"]
    assert urls("--until", "2024-05-31") == ["https://a/1", "https://a/2"]  # its own day, not the UTC one
    assert urls("--search", "에너지 OR chip") == ["https://a/1", "https://b/3"]
    nothing = export(str(tmp_path / "empty"), "--archive", str(archive), "--category", "없음")
    assert nothing.exit_code == 0 and "No post matched" in nothing.output


def test_bad_options_get_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "site"
    for options, message in (
        (["--since", "2024-13-01"], "'2024-13-01' is not a date"),
        (["--search", '"에너지'], "unbalanced quote"),
        (["--format", "pelican"], "'pelican' is not one of"),
        (["--front-matter", "title=x"], "front matter key 'title' is written by newscrawler"),
        (["--front-matter", "no equals"], "is not KEY=VALUE"),
    ):
        result = export(str(site), "--archive", str(archive), *options)
        assert result.exit_code == 2, (options, result.output)
        assert message in result.output, (options, result.output)
    (tmp_path / "bad.toml").write_text('format = "jekyll"\nheading = "x"\n')
    result = export(str(site), "--archive", str(archive), "--config", str(tmp_path / "bad.toml"))
    assert result.exit_code == 2 and "unknown key 'heading'" in result.output
    (tmp_path / "a-file").write_text("")
    result = export(str(tmp_path / "a-file"), "--archive", str(archive))
    assert result.exit_code == 2 and "is a file" in result.output
    result = export(str(site), "--archive", str(tmp_path / "nothing"))
    assert result.exit_code == 1 and "no archive here yet" in result.output
    assert not site.exists()


def test_site_settings_from_the_config_file_and_options(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사", image="javascript:alert(1)", excerpt="요약이다."))
    site = tmp_path / "site"
    site.mkdir()
    (site / "_newscrawler.toml").write_text(
        'format = "jekyll"\nlayout = "article"\nfeature_heading = "## 오늘의 뉴스"\n'
        'default_image = "/img/default.png"\nfeature_image = true\n[front_matter]\ncomments = true\nsidebar = "news"\n'
    )
    assert export(str(site), "--archive", str(archive), "--front-matter", "sidebar=left").exit_code == 0
    post = frontmatter.load(next(iter(files(site).values())))
    assert post["layout"] == "article" and post["comments"] is True and post["sidebar"] == "left"
    assert post["feature_text"] == "## 오늘의 뉴스\n요약이다.\n"
    assert post["image"] == post["feature_image"] == "/img/default.png"  # a javascript: image is not an image
    assert export(str(site), "--archive", str(archive), "--layout", "post").exit_code == 0
    assert frontmatter.load(next(iter(files(site).values())))["layout"] == "post"


def test_hugo_front_matter(tmp_path: Path) -> None:
    archive = archive_of(
        tmp_path,
        make_post("https://a/1", "한글 기사", image="https://img.example/a.png", modified="2024-05-10T08:00:00+09:00"),
        make_post("https://a/2", "English post", language="en", tags=["chips"], image=""),
    )
    site = tmp_path / "site"
    assert export(str(site), "--archive", str(archive), "--format", "hugo").exit_code == 0
    korean = frontmatter.load(site / "content/posts/한글-기사.md")
    english = frontmatter.load(site / "content/posts/english-post.md")
    assert list(korean.keys()) == [
        "title", "date", "lastmod", "categories", "summary", "images", "isCJKLanguage", "markup", "source_url",
    ]  # fmt: skip
    assert korean["date"] == "2024-05-09T15:20:00+09:00" and korean["lastmod"] == "2024-05-10T08:00:00+09:00"
    assert korean["images"] == ["https://img.example/a.png"] and korean["isCJKLanguage"] is True
    assert korean["markup"] == "html" and korean.content == "<p>본문이다.</p>"
    assert "isCJKLanguage" not in english and english["tags"] == ["chips"]
    assert english["images"] == ["/assets/img/newspaper.png"]


def test_markdown_bodies(tmp_path: Path) -> None:
    body = (
        '<h2>소제목</h2><p>본문 <strong>강조</strong>와 <a href="https://ex.ample/a_(b)">링크</a>.</p>'
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) {: onclick=&quot;x&quot;}</p>"
        '<ul><li>하나</li><li>둘</li></ul><p><img src="https://ex.ample/i.png" alt="그림 ]("></p>'
    )
    archive = archive_of(tmp_path, make_post("https://a/1", "기사", body))
    site = tmp_path / "site"
    assert export(str(site), "--archive", str(archive), "--body", "markdown").exit_code == 0
    post = frontmatter.load(site / "_posts/2024-05-09-기사.md")
    assert "## 소제목" in post.content and "**강조**" in post.content
    assert "[링크](https://ex.ample/a_%28b%29)" in post.content and "- 하나\n- 둘" in post.content
    assert "&lt;script&gt;" in post.content and "<script" not in post.content
    assert "\\[x\\]" in post.content and "\\{: onclick" in post.content
    assert "![그림 \\](](https://ex.ample/i.png)" in post.content
    assert html_to_markdown('<p><a href="javascript:alert(1)">x</a> <a href="//evil">y</a></p>') == "x y\n"


def test_a_post_yaml_cannot_hold_is_refused_and_the_others_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscrawler.exporters import jekyll

    real = jekyll.render_document

    def refuse(matter: dict, body: str) -> str:
        if matter["title"] == "나쁜 제목":
            raise ValueError("front matter that YAML cannot hold unchanged: '나쁜 제목'")
        return real(matter, body)

    monkeypatch.setattr(jekyll, "render_document", refuse)
    archive = archive_of(tmp_path, make_post("https://a/1", "나쁜 제목"), make_post("https://a/2", "좋은 제목"))
    site = tmp_path / "site"
    result = export(str(site), "--archive", str(archive))
    assert result.exit_code == 1
    assert "error: https://a/1: not written: front matter that YAML cannot hold" in result.output
    assert "1 written" in result.output and "1 failed" in result.output
    assert sorted(files(site)) == ["2024-05-09-좋은-제목.md"]


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    result = export(str(tmp_path / "site"), "--archive", str(archive), "--dry-run")
    assert result.exit_code == 0 and "1 would be written" in result.output
    assert not (tmp_path / "site").exists()


def test_init_adds_a_starter_site_and_never_replaces_a_file(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, make_post("https://a/1", "기사"))
    site = tmp_path / "site"
    site.mkdir()
    (site / "_config.yml").write_text("title: mine\n")
    result = export(str(site), "--archive", str(archive), "--init")
    assert result.exit_code == 0
    assert (site / "_config.yml").read_text() == "title: mine\n"
    assert (site / "_layouts" / "post.html").exists() and (site / "assets/img/newspaper.png").exists()
    hugo = export(str(tmp_path / "hugo"), "--archive", str(archive), "--init", "--format", "hugo")
    assert hugo.exit_code == 0 and (tmp_path / "hugo" / "config.toml").exists()


def test_the_crawl_and_export_write_the_same_files(tmp_path: Path) -> None:
    """One implementation: the crawl's archive/_posts and an export with the same settings agree byte for byte."""
    from scrapy.utils.test import get_crawler

    from newscrawler.pipelines.markdown import MarkdownPipeline

    posts = [make_post(f"https://a/{i}", "같은 제목" if i < 2 else f"기사 {i}") for i in range(4)]
    archive = archive_of(tmp_path, *posts)
    crawler = get_crawler(
        settings_dict={"ARCHIVE_POSTS_DIR": str(archive / "_posts"), "ARCHIVE_DB": str(archive / "news.db")}
    )
    crawler.settings.frozen = False
    crawler.settings.set("JEKYLL_FEATURE_HEADING", "## 속보")
    crawler.settings.set("JEKYLL_DEFAULT_IMAGE", "/assets/img/newspaper.png")
    pipeline = MarkdownPipeline.from_crawler(crawler)
    pipeline.open_spider()
    for post in posts:
        pipeline.process_item(post)
    pipeline.close_spider()
    site = tmp_path / "site"
    assert export(str(site), "--archive", str(archive), "--feature-heading", "## 속보").exit_code == 0
    crawled = {p.name: p.read_bytes() for p in (archive / "_posts").glob("*.md")}
    exported = {name: path.read_bytes() for name, path in files(site).items()}
    assert len(crawled) == 4 and crawled == exported
