"""Hostile content: XSS vectors in every field of crawled pages never reach body_html, front matter or a built page."""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import frontmatter
import lxml.html
import pytest
from helpers import run_cli
from test_site_build import build
from xss_vectors import BAD_SCHEMES, EXECUTABLE_TAGS, MARKUP_VECTORS, URL_ATTRIBUTES, URL_VECTORS, corpus, feed

from newscrawler.demo.server import SiteServer, serve_in_thread
from newscrawler.exporters.base import web_url

RAW_EXECUTABLE = re.compile(r"<\s*/?\s*(script|iframe|object|embed|svg|math|style|base|meta|link|form)\b", re.I)


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("xss-site")
    pages = corpus()
    for path, text in pages.items():
        (root / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (root / path.lstrip("/")).write_text(text, "utf-8")
    (root / "rss.xml").write_text(feed("__BASE_URL__", sorted(pages)), "utf-8")
    server = serve_in_thread(root)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def archive(xss_site: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("xss")
    sources = folder / "sources.toml"
    sources.write_text(
        f'[[sources]]\nname = "xss"\nfeeds = ["{xss_site.base_url}/rss.xml"]\nlanguage = "ko"\n', "utf-8"
    )
    result = run_cli(
        "crawl", "--sources", str(sources), "--archive", str(folder / "archive"), "--log-level", "WARNING",
        "-s", "AUTOTHROTTLE_ENABLED=False",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder / "archive"


def rows(archive: Path) -> list[dict]:
    db = sqlite3.connect(archive / "news.db")
    db.row_factory = sqlite3.Row
    found = [dict(row) for row in db.execute("SELECT * FROM posts")]
    db.close()
    return found


def executable_parts(fragment: str) -> list[str]:
    """What in an HTML fragment (a post's body, a built page's <body>) a browser could run."""
    problems = [f"raw {m.group(0)}" for m in RAW_EXECUTABLE.finditer(fragment)]
    if not fragment.strip():
        return problems
    for element in lxml.html.fragment_fromstring(fragment, create_parent="div").iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag.lower() in EXECUTABLE_TAGS:
            problems.append(element.tag)
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on") or name in ("srcdoc", "formaction"):
                problems.append(f"{element.tag} {name}")
            cleaned = re.sub(r"[\s\x00-\x20]", "", html.unescape(value)).lower()
            if name in URL_ATTRIBUTES and cleaned.startswith(BAD_SCHEMES):
                problems.append(f"{element.tag} {name}={value!r}")
            if name == "style" and ("javascript:" in cleaned or "expression(" in cleaned or "url(" in cleaned):
                problems.append(f"{element.tag} style={value!r}")
    return problems


def executable_in_page(document: str) -> list[str]:
    """A built page: its <body> as a fragment; in its <head> (the theme's) no script, base or refresh."""
    head, _, body = document.partition("<body")
    problems = executable_parts("<div" + body.partition(">")[2].rpartition("</body>")[0] + "</div>")
    for element in lxml.html.document_fromstring(head + "</head><body></body></html>").iter("script", "base", "meta"):
        if element.tag != "meta" or (element.get("http-equiv") or "").lower() == "refresh":
            problems.append(f"head {element.tag}")
    return problems


def test_every_hostile_page_is_archived(archive: Path) -> None:
    assert len(rows(archive)) == len(MARKUP_VECTORS) + len(URL_VECTORS)


def test_nothing_executable_in_the_archived_fields(archive: Path) -> None:
    problems = {}
    for row in rows(archive):
        found = executable_parts(row["body_html"])
        if row["image"] and not web_url(row["image"]):
            found.append(f"image {row['image']!r}")
        for key in ("title", "category", "excerpt", "author"):
            if "\n" in row[key] or re.search(r"[\x00-\x08]", row[key]):
                found.append(f"{key} is not one line of text")
        if found:
            problems[row["url"]] = found
    assert problems == {}


def test_nothing_executable_in_the_front_matter(archive: Path) -> None:
    problems = {}
    archived = {row["url"]: row for row in rows(archive)}
    for path in (archive / "_posts").glob("*.md"):
        post = frontmatter.load(path)
        row = archived[post["source_url"]]
        found = []
        assert post["title"] == row["title"]  # exactly the text of the title, which themes print escaped
        for key in ("excerpt", "feature_text"):
            if "<" in str(post.get(key, "")):
                found.append(f"{key} holds markup")
        for key in ("image", "feature_image"):
            if key in post and not web_url(post[key]):
                found.append(f"{key} {post[key]!r}")
        found += executable_parts(post.content)
        if found:
            problems[path.name] = found
    assert problems == {}
    assert len(problems) == 0 and len(archived) == len(list((archive / "_posts").glob("*.md")))


@pytest.mark.parametrize(("fmt", "body"), [("jekyll", "html"), ("jekyll", "markdown"), ("hugo", "html")])
def test_nothing_executable_in_the_built_sites(archive: Path, tmp_path: Path, fmt: str, body: str) -> None:
    built = build(archive, fmt, body, tmp_path)
    problems = {}
    posts = 0
    for path in built.pages:
        found = executable_in_page((built.output / path).read_text("utf-8"))
        posts += "/xss" in path or "보안" in path or bool(built.pages[path].cssselect("article.post"))
        if found:
            problems[path] = found
    assert problems == {}
    assert posts >= len(MARKUP_VECTORS)
