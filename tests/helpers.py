"""Helpers for the tests: run the command line, write sources files for the sample site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newscrawler.items import Post

ROOT = Path(__file__).parents[1]
EXPECTED = ROOT / "tests" / "sites" / "demo_expected.json"
DEMO_SOURCES = ROOT / "newscrawler" / "demo" / "sources.toml"
# The shared sets (benchmark pages, the example post) sit beside the clone in CI; a user's clone may not have them.
SHARED = ROOT.parent / "shared"
# The example post the Jekyll output matches (a copy of ../shared/examples/000_e6ad473aa1b0f41c.txt, so a clone
# without ../shared can test against it; tests/test_jekyll.py checks the copy against the original when present).
EXAMPLE_POST = ROOT / "tests" / "fixtures" / "example_post.txt"
SHARED_EXAMPLE_POST = SHARED / "examples" / "000_e6ad473aa1b0f41c.txt"
NEWSCRAWLER = [sys.executable, "-m", "newscrawler.cli"]


def run_cli(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NEWSCRAWLER, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        input=stdin,
        timeout=300,
    )


def demo_sources(tmp_path: Path, base_url: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(DEMO_SOURCES.read_text("utf-8").replace("__BASE_URL__", base_url), "utf-8")
    return path


def crawl(tmp_path: Path, base_url: str, *names: str) -> subprocess.CompletedProcess[str]:
    """A real crawl of the sample site, as a user runs it, into ``tmp_path/archive``."""
    sources = demo_sources(tmp_path, base_url)
    return run_cli(
        "crawl", *names, "--sources", str(sources), "--archive", str(tmp_path / "archive"),
        "--log-level", "WARNING", "-s", "AUTOTHROTTLE_START_DELAY=0",
        env={"NEWSCRAWLER_FEATURE_HEADING": "## rentn 실시간 뉴스 속보입니다."},
    )  # fmt: skip


def make_post(url: str, title: str, body_html: str = "<p>본문이다.</p>", **fields: object) -> Post:
    """A post as the crawl archives it; ``body_text`` follows ``body_html`` unless given."""
    import html as html_lib
    import re

    from newscrawler.text.cleaning import content_hash

    body_text = str(fields.pop("body_text", "") or html_lib.unescape(re.sub(r"<[^>]+>", " ", body_html)).strip())
    values: dict[str, object] = {
        "source": "s",
        "category": "환경",
        "excerpt": body_text[:80],
        "published": "2024-05-09T15:20:00+09:00",
        "crawled_at": "2024-05-10T00:00:00+00:00",
        "language": "ko",
    }
    values.update(fields)
    return Post(
        url=url, title=title, body_html=body_html, body_text=body_text, content_hash=content_hash(body_text), **values
    )  # type: ignore[arg-type]


def build_archive(folder: Path, posts: list[Post]) -> Path:
    """An archive folder (``folder/news.db``) holding ``posts``; returns the folder."""
    from newscrawler.store.archive import Archive

    with Archive(folder / "news.db") as archive:
        for post in posts:
            archive.save_post(post)
    return folder


def archive_consistency(archive: Path) -> tuple[set[str], set[str]]:
    """Integrity, the full-text index and the filter table checked, every post file whole and of an archived post;
    returns (archived URLs, URLs of the post files). An archive not made yet holds nothing."""
    import sqlite3

    import frontmatter

    db_path = archive / "news.db"
    if not db_path.exists():
        return set(), set()
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')")  # raises if the index is broken
        urls = {url for (url,) in db.execute("SELECT url FROM posts")}
        indexed = db.execute("SELECT count(*) FROM posts JOIN posts_fts ON posts_fts.rowid = posts.rowid").fetchone()
        assert indexed[0] == len(urls) == db.execute("SELECT count(*) FROM posts_fts").fetchone()[0]
        facets = db.execute(
            "SELECT count(*) FROM posts JOIN post_facets f ON f.post = posts.rowid "
            "AND f.source IS posts.source AND f.category IS posts.category AND f.published IS posts.published"
        ).fetchone()[0]
        assert facets == len(urls) == db.execute("SELECT count(*) FROM post_facets").fetchone()[0]
    finally:
        db.close()
    files = set()
    for path in (archive / "_posts").glob("*.md"):
        text = path.read_text("utf-8")
        assert text.startswith("---\n") and text.endswith("\n"), path
        post = frontmatter.loads(text)
        assert post["source_url"] in urls, path
        assert post["title"] and post.content.strip(), path
        files.add(post["source_url"])
    return urls, files
