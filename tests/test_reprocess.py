"""`newscrawler reprocess`: posts read again from their kept pages, with the site gone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import run_cli
from image_site import crawl_while_up

from newscrawler.items import POST_FIELDS, Post
from newscrawler.store.archive import Archive


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An archive of the photo site, crawled while it was up; the site is gone afterwards."""
    archive, sources, _ = crawl_while_up(tmp_path_factory.mktemp("reprocess"))
    return archive, sources


def posts(archive: Path) -> dict[str, dict]:
    with Archive(archive / "news.db") as db:
        return {post["url"]: {k: post[k] for k in POST_FIELDS if k != "crawled_at"} for post in db.posts()}


def spoil(archive: Path) -> None:
    """Every post saved as an older, worse extraction would have left it."""
    with Archive(archive / "news.db") as db:
        worse = []
        for row in db.posts():
            fields = {k: row[k] for k in POST_FIELDS}
            fields.update(title="Untitled", body_html="<p>menu</p>", body_text="menu", content_hash="x")
            worse.append(Post(**fields))
        assert set(db.save_posts(worse)) == {"updated"}


def test_reprocess_restores_every_post_from_its_kept_page_with_the_site_gone(crawled: tuple[Path, Path]) -> None:
    archive, sources = crawled
    original = posts(archive)
    assert len(original) == 6
    spoil(archive)
    assert all(post["title"] == "Untitled" for post in posts(archive).values())

    dry = run_cli("reprocess", "--archive", str(archive), "--sources", str(sources), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) | {"seconds": 0} == {
        "dry_run": True, "new": 0, "changed": 6, "unchanged": 0, "failed": 0, "not_kept": 0,
        "failed_reasons": {}, "run": None, "seconds": 0,
    }  # fmt: skip
    assert all(post["title"] == "Untitled" for post in posts(archive).values()), "a dry run writes nothing"

    result = run_cli("reprocess", "--archive", str(archive), "--sources", str(sources))
    assert result.returncode == 0, result.stderr
    assert "0 new, 6 changed, 0 unchanged, 0 failed" in result.stdout
    assert posts(archive) == original
    files = {path.read_text("utf-8") for path in (archive / "_posts").glob("*.md")}
    assert len(files) == 6
    assert all("Untitled" not in text for text in files), "the Markdown files are rewritten"
    db = sqlite3.connect(archive / "news.db")
    assert db.execute("SELECT count(*) FROM revisions WHERE title = 'Untitled'").fetchone()[0] == 6
    db.close()

    runs = json.loads(run_cli("runs", "--archive", str(archive), "--json").stdout)
    assert runs[0]["finish_reason"] == "reprocessed"
    assert (runs[0]["posts_updated"], runs[0]["posts_unchanged"]) == (6, 0)

    stamps = {path: path.stat().st_mtime_ns for path in (archive / "_posts").glob("*.md")}
    again = run_cli("reprocess", "photos", "--archive", str(archive), "--sources", str(sources), "--json")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["changed"], report["unchanged"], report["failed"]) == (0, 6, 0)
    assert {path: path.stat().st_mtime_ns for path in (archive / "_posts").glob("*.md")} == stamps


def test_since_selects_by_publication_day(crawled: tuple[Path, Path]) -> None:
    archive, sources = crawled
    args = ["--archive", str(archive), "--sources", str(sources), "--since", "2024-05-05", "--json"]
    result = run_cli("reprocess", *args)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["changed"] + report["unchanged"] == 2  # article 5 (May 5th, 2024) and 6 ("3 hours ago")


def test_a_lost_warc_file_is_a_counted_failure_not_a_traceback(crawled: tuple[Path, Path], tmp_path: Path) -> None:
    archive, sources = crawled
    copy = tmp_path / "archive"
    copy.mkdir()
    (copy / "news.db").write_bytes((archive / "news.db").read_bytes())
    result = run_cli("reprocess", "--archive", str(copy), "--sources", str(sources))
    assert result.returncode == 1
    assert "6 failed" in result.stdout and "kept page unreadable 6" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nosuch"], "unknown source 'nosuch'"),
        (["--since", "yesterday-ish"], "is not a date"),
    ],
)
def test_bad_input_gets_one_line_and_an_exit_code(crawled: tuple[Path, Path], args: list[str], message: str) -> None:
    archive, sources = crawled
    result = run_cli("reprocess", *args, "--archive", str(archive), "--sources", str(sources))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_no_archive_is_one_line(tmp_path: Path, crawled: tuple[Path, Path]) -> None:
    result = run_cli("reprocess", "--archive", str(tmp_path / "none"), "--sources", str(crawled[1]))
    assert result.returncode == 1
    assert "no archive here yet" in result.stderr and "Traceback" not in result.stderr
