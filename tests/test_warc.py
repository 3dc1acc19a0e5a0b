"""The pages posts were read from, kept as WARC files that standard tools read."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import run_cli
from image_site import write_site, write_sources

from newscrawler.demo.server import SiteServer, serve_in_thread
from newscrawler.store.warc import read_capture

WARCIO = str(Path(sys.executable).parent / "warcio")


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("photo-site")
    write_site(root)
    server = serve_in_thread(root)
    yield server
    server.shutdown()
    server.server_close()


def crawl_photos(tmp_path: Path, base_url: str, *settings: str, env: dict[str, str] | None = None, **keys: object):
    tmp_path.mkdir(parents=True, exist_ok=True)
    sources = write_sources(tmp_path / "sources.toml", base_url, **keys)
    overrides = [part for setting in settings for part in ("-s", setting)]
    result = run_cli(
        "crawl", "--sources", str(sources), "--archive", str(tmp_path / "archive"), "--log-level", "WARNING",
        "-s", "AUTOTHROTTLE_START_DELAY=0", *overrides, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return tmp_path / "archive"


def captures(archive: Path) -> list[dict]:
    db = sqlite3.connect(archive / "news.db")
    db.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in db.execute("SELECT * FROM captures ORDER BY url")]
    finally:
        db.close()


def test_every_post_points_at_its_page_in_a_warc_file_that_warcio_reads(photo_site: SiteServer, tmp_path: Path):
    archive = crawl_photos(tmp_path, photo_site.base_url, "NEWSCRAWLER_WARC_MAX_SIZE=4000")
    rows = captures(archive)
    db = sqlite3.connect(archive / "news.db")
    posts = {url for (url,) in db.execute("SELECT url FROM posts")}
    db.close()
    assert len(posts) == 6
    assert {row["url"] for row in rows} == posts
    files = sorted((archive / "warc").glob("*.warc.gz"))
    assert len(files) >= 2, "the files rotate by size"
    assert all(f.name.startswith("run-1-") for f in files)
    for path in files:
        check = subprocess.run([WARCIO, "check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    index = {}
    for path in files:
        fields = "warc-type,warc-target-uri,offset"
        out = subprocess.run([WARCIO, "index", "-f", fields, str(path)], capture_output=True, text=True, check=True)
        for line in out.stdout.splitlines():
            entry = json.loads(line)
            index[(path.name, int(entry["offset"]))] = (entry["warc-type"], entry.get("warc-target-uri"))
    for row in rows:
        assert index[(row["file"], row["offset"])] == ("response", row["page_url"])
        stored = read_capture(archive / "warc", row["file"], row["offset"])
        assert stored.status == 200
        assert b"River park opens" in stored.body
        assert stored.header("Content-Length") == str(len(stored.body))
    requests = [kind for kind, _ in index.values() if kind == "request"]
    assert len(requests) >= len(rows), "each response has its request record"


def test_pages_are_not_kept_when_turned_off_globally_or_for_the_source(photo_site: SiteServer, tmp_path: Path):
    off = crawl_photos(tmp_path / "global", photo_site.base_url, env={"NEWSCRAWLER_WARC": "0"})
    assert not (off / "warc").exists()
    assert captures(off) == []
    source_off = crawl_photos(tmp_path / "source", photo_site.base_url, keep_pages=False)
    assert list((source_off / "warc").glob("*.warc.gz")) == []
    assert captures(source_off) == []


def test_extract_reads_the_pages_of_warc_files(photo_site: SiteServer, tmp_path: Path) -> None:
    archive = crawl_photos(tmp_path, photo_site.base_url)
    files = sorted(str(path) for path in (archive / "warc").glob("*.warc.gz"))
    result = run_cli("extract", *files)
    assert result.returncode == 0, result.stderr
    titles = sorted(json.loads(line)["title"] for line in result.stdout.splitlines())
    assert titles == [f"River park opens in city {n}" for n in range(1, 7)]
    (tmp_path / "not.warc").write_text("garbage\n")
    bad = run_cli("extract", str(tmp_path / "not.warc"))
    assert bad.returncode == 1
    assert "not a WARC file" in json.loads(bad.stdout)["error"]
    assert "Traceback" not in bad.stderr
