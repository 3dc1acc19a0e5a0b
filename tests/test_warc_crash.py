"""`kill -9` mid-crawl: the WARC files stay readable up to their last whole record, and no post points past it."""

from __future__ import annotations

import random
import signal
import sqlite3
from pathlib import Path

from conftest import SiteServer
from helpers import archive_consistency, demo_sources
from test_crash import start_crawl
from warcio.archiveiterator import ArchiveIterator

from newscrawler.store.warc import read_capture

SEED = 20261130
KILLS = 6
LATEST_KILL = 40  # crawl steps (responses, posts) after the spider opened; a whole crawl logs about 80


def readable_end(path: Path) -> tuple[int, int]:
    """Where the last whole record of ``path`` ends, and how many whole records come before it."""
    end = records = 0
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        try:
            for record in iterator:
                iterator.read_to_end(record)
                end = iterator.get_record_offset() + iterator.get_record_length()
                records += 1
        except Exception:  # the cut-off tail of a killed run: reading stops there
            pass
    return end, records


def check(archive: Path) -> int:
    """Every capture lies inside the readable part of its file and reads back as its post's page."""
    warc = archive / "warc"
    ends = {path.name: readable_end(path)[0] for path in warc.glob("*.warc.gz")} if warc.exists() else {}
    db = sqlite3.connect(archive / "news.db")
    try:
        rows = db.execute("SELECT url, page_url, file, offset, length FROM captures").fetchall()
        posts = {url for (url,) in db.execute("SELECT url FROM posts")}
    finally:
        db.close()
    for url, page_url, file, offset, length in rows:
        assert url in posts
        assert offset + length <= ends[file], f"{url} points past the last whole record of {file}"
        stored = read_capture(warc, file, offset)
        assert stored.url == page_url and stored.status == 200 and stored.body
    return len(rows)


def test_warc_files_survive_kill_9_and_no_post_points_past_them(site: SiteServer, tmp_path: Path, expected: dict):
    sources = demo_sources(tmp_path, site.base_url)
    archive = tmp_path / "archive"
    rng = random.Random(SEED)
    outcomes = []
    for _ in range(KILLS):
        process, done = start_crawl(sources, archive, kill_at_step=rng.randint(1, LATEST_KILL))
        assert done.wait(timeout=300)
        code = process.wait(timeout=300)
        assert code in (0, -signal.SIGKILL), code
        outcomes.append("killed" if code == -signal.SIGKILL else "finished")
        archive_consistency(archive)
        check(archive)
    assert "killed" in outcomes, outcomes
    for path in (archive / "warc").glob("*.warc.gz"):
        end, records = readable_end(path)
        assert records >= 1 and end > 0, f"{path.name}: nothing readable"
    process, _ = start_crawl(sources, archive)  # a whole run after the crashes: every post has its page
    assert process.wait(timeout=120) == 0
    assert check(archive) == len(expected["posts"])


def test_a_file_cut_inside_a_record_reads_up_to_the_record_before(tmp_path: Path) -> None:
    from newscrawler.store.warc import WarcFiles

    files = WarcFiles(tmp_path, "7")
    captures = [
        files.write(f"https://example.com/{n}", 200, [("Content-Type", "text/html")], b"<p>page %d</p>" % n * 50)
        for n in range(3)
    ]
    files.close()
    path = tmp_path / captures[0].file
    whole = path.read_bytes()
    cut = captures[2].offset + captures[2].length // 2  # the process died while writing the third page
    path.write_bytes(whole[:cut])
    end, _ = readable_end(path)
    assert captures[1].offset + captures[1].length <= end <= captures[2].offset
    assert read_capture(tmp_path, path.name, captures[1].offset).body == b"<p>page 1</p>" * 50
