"""Progress: periodic log lines while a crawl runs (not a terminal), the text of the live line, the summary."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from changing_site import ChangingSite
from helpers import NEWSCRAWLER, ROOT

from newscrawler.extensions.progress import progress_counts, progress_text


@pytest.fixture
def site(tmp_path: Path) -> Iterator[ChangingSite]:
    site = ChangingSite(tmp_path / "site").start()
    for number in range(1, 5):
        site.add(f"story-{number}", f"Story number {number} about the harbour")
    yield site
    site.stop()


def test_a_crawl_not_on_a_terminal_logs_progress_lines_and_ends_with_a_summary(
    site: ChangingSite, tmp_path: Path
) -> None:
    sources = site.sources_toml(tmp_path, concurrency=1)
    reached, release = site.hold_at("story-3")
    process = subprocess.Popen(
        [
            *NEWSCRAWLER, "crawl", "--sources", str(sources), "--archive", str(tmp_path / "archive"),
            "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "NEWSCRAWLER_PROGRESS_INTERVAL=0.1",
        ],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    try:
        assert reached.wait(60)
        for line in process.stderr:
            if "progress:" in line:
                assert " pages · " in line and " new · " in line and " errors · " in line
                break
        else:
            raise AssertionError("no progress line")
    finally:
        release.set()
    rest = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert "Run 1: ok (finished)" in rest
    assert "changing" in rest.split("Run 1:")[1]  # the per-source summary table


def test_progress_text() -> None:
    stats = {
        "downloader/response_count": 30,
        "newscrawler/posts/new": 12,
        "newscrawler/posts/updated": 2,
        "newscrawler/source/a/skipped": 5,
        "newscrawler/source/b/skipped": 1,
        "newscrawler/errors/http 404": 1,
        "newscrawler/errors/timeout": 2,
    }
    counts = progress_counts(stats)
    assert counts == {"pages": 30, "new": 12, "updated": 2, "unchanged": 0, "skipped": 6, "errors": 3, "dropped": 0}
    assert progress_text(counts, 60.0) == "30 pages · 12 new · 2 updated · 6 skipped · 3 errors · 30 pages/min"


def test_a_crawl_on_a_terminal_shows_a_live_line(site: ChangingSite, tmp_path: Path) -> None:
    import os

    sources = site.sources_toml(tmp_path)
    leader, follower = os.openpty()
    process = subprocess.Popen(
        [*NEWSCRAWLER, "crawl", "--sources", str(sources), "--archive", str(tmp_path / "archive"),
         "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "NEWSCRAWLER_PROGRESS_INTERVAL=0.05"],
        cwd=ROOT, stdin=follower, stdout=follower, stderr=follower,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"},
    )  # fmt: skip
    os.close(follower)
    output = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the crawl ended
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    text = output.decode("utf-8", "replace")
    assert "crawling" in text and " pages · " in text  # the live line ...
    assert "INFO" not in text  # ... with only warnings logged under it
    assert "Run 1: ok" in text
