"""Inputs from people: bad sources files, unknown names, missing, corrupt and read-only archives, a full disk.

Each gets one clear message on stderr, a non-zero exit and no traceback, and the archive is
never half-written: integrity ok, and its posts and post files agree (at the latest after the
next run, which writes the files a stopped run could not).
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SiteServer
from helpers import NEWSCRAWLER, ROOT, archive_consistency, crawl, demo_sources, run_cli

READERS = [("search", "에너지"), ("query", "SELECT count(*) FROM posts"), ("stats",), ("runs",)]
DROPPED = "-dac_override,-dac_read_search,-fowner"
# root reads and writes whatever the permission bits say; without these capabilities it obeys them
AS_AN_ORDINARY_USER = (
    [
        "setpriv",
        "--inh-caps=-dac_override,-dac_read_search,-fowner",
        "--bounding-set=-dac_override,-dac_read_search,-fowner",
        "--",
    ]
    if os.geteuid() == 0
    else []
)


def one_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """The single error line of a failed command (checked: non-zero exit, no traceback)."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.lower().startswith("error")]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_archive(site: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    result = crawl(folder, site.base_url)
    assert result.returncode == 0, result.stderr
    return folder / "archive"


@pytest.fixture
def sources(site: SiteServer, tmp_path: Path) -> Path:
    return demo_sources(tmp_path, site.base_url)


# sources files and names


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[[sources]\nname = ", ["not valid TOML"]),
        (b"\x8c\xff\x00binary", ["cannot read"]),
        ('[[sources]]\nname = "x"\nfeeds = "not a list"\n', ["'x'", "feeds"]),
        ('[[sources]]\nname = "x"\n', ["'x'"]),
        ("", ["sources"]),
    ],
    ids=["toml-syntax", "binary", "wrong-type", "nothing-to-crawl", "empty"],
)
def test_a_bad_sources_file_is_refused_before_anything_happens(tmp_path: Path, text: str | bytes, words: list) -> None:
    path = tmp_path / "sources.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    result = run_cli("crawl", "--sources", str(path), "--archive", str(tmp_path / "archive"))
    assert result.returncode == 2
    one_error(result, str(path), *words)
    assert not (tmp_path / "archive").exists()


def test_a_missing_sources_file(tmp_path: Path) -> None:
    result = run_cli("crawl", "--sources", str(tmp_path / "nope.toml"), "--archive", str(tmp_path / "archive"))
    assert result.returncode == 2
    one_error(result, "nope.toml", "no such sources file")
    assert not (tmp_path / "archive").exists()


def test_unknown_source_names(sources: Path, tmp_path: Path) -> None:
    result = run_cli("crawl", "nosuch", "hankyul", "--sources", str(sources), "--archive", str(tmp_path / "archive"))
    assert result.returncode == 2
    one_error(result, "unknown source 'nosuch'", "hankyul")
    assert not (tmp_path / "archive").exists()


# archives


@pytest.mark.parametrize("command", [*READERS, ("export", "SITE")], ids=lambda c: c[0])
def test_a_missing_archive_is_not_made_up(tmp_path: Path, command: tuple[str, ...]) -> None:
    args = [str(tmp_path / "site") if arg == "SITE" else arg for arg in command]
    result = run_cli(*args, "--archive", str(tmp_path / "archive"))
    assert result.returncode == 1
    one_error(result, "no archive here yet")
    assert list(tmp_path.iterdir()) == []


def corrupt(kind: str, demo_archive: Path, folder: Path) -> Path:
    folder.mkdir()
    db = folder / "news.db"
    if kind == "random-bytes":
        db.write_bytes(random.Random(6).randbytes(40_000))
    else:
        whole = sqlite3.connect(demo_archive / "news.db")
        whole.execute(f"VACUUM INTO '{folder / 'whole.db'}'")
        whole.close()
        data = (folder / "whole.db").read_bytes()
        (folder / "whole.db").unlink()
        db.write_bytes(data[: len(data) // 2])
    return db


@pytest.mark.parametrize("kind", ["random-bytes", "truncated"])
def test_a_corrupt_archive_gets_one_message_and_is_left_as_it_is(
    demo_archive: Path, sources: Path, tmp_path: Path, kind: str
) -> None:
    db = corrupt(kind, demo_archive, tmp_path / "archive")
    before = digest(db)
    for command in [*READERS, ("export", str(tmp_path / "site")), ("crawl", "--sources", str(sources))]:
        result = run_cli(*command, "--archive", str(db.parent))
        if command[0] == "query" and result.returncode == 0:
            continue  # half a database can still answer a count from the pages it kept
        assert result.returncode == 1, (command, result.stdout)
        one_error(result, "not a usable archive")
        assert digest(db) == before, command
    assert sorted(p.name for p in db.parent.iterdir()) == ["news.db"]


@pytest.fixture
def read_only_archive(demo_archive: Path) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="newscrawler-ro-"))
    archive = folder / "archive"
    shutil.copytree(demo_archive, archive)
    sqlite3.connect(archive / "news.db").execute("PRAGMA wal_checkpoint(TRUNCATE)").connection.close()
    for extra in archive.glob("news.db-*"):
        extra.unlink()
    archive.chmod(0o555)
    yield archive
    archive.chmod(0o755)
    shutil.rmtree(folder)


def as_user(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*AS_AN_ORDINARY_USER, *NEWSCRAWLER, *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_a_read_only_archive_can_be_read_but_not_crawled_into(
    read_only_archive: Path, sources: Path, tmp_path: Path
) -> None:
    before = digest(read_only_archive / "news.db")
    files_before = sorted(p.name for p in read_only_archive.iterdir())
    found = as_user("search", "에너지", "--archive", str(read_only_archive), "--json")
    assert found.returncode == 0, found.stderr
    assert '"url"' in found.stdout
    counted = as_user("query", "SELECT count(*) AS n FROM posts", "--archive", str(read_only_archive), "--csv")
    assert counted.returncode == 0 and counted.stdout.split()[-1] != "0", counted.stderr
    exported = as_user("export", str(tmp_path / "site"), "--archive", str(read_only_archive))
    assert exported.returncode == 0, exported.stderr
    result = as_user("crawl", "--sources", str(sources), "--archive", str(read_only_archive))
    one_error(result, "read-only")
    result = as_user("crawl", "--sources", str(sources), "--archive", str(read_only_archive / "new"))
    one_error(result, "Permission denied")
    assert digest(read_only_archive / "news.db") == before
    assert sorted(p.name for p in read_only_archive.iterdir()) == files_before


def test_a_full_disk_stops_the_crawl_cleanly_and_the_next_run_completes(
    sources: Path, tmp_path: Path, expected: dict
) -> None:
    archive = tmp_path / "archive"
    command = [
        *NEWSCRAWLER, "crawl", "--sources", str(sources), "--archive", str(archive), "--log-level", "WARNING",
        "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "ARCHIVE_BATCH_SIZE=1",  # a commit per post, so the disk fills with some posts archived
    ]  # fmt: skip

    def small_disk() -> None:  # no file may grow past 160 kB: the archive fills up a third of the way in
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (160_000, 160_000))

    full = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300, preexec_fn=small_disk)
    one_error(full, "crawl stopped", "could not be written", "disk full")
    assert "Dropped: not archived" not in full.stderr  # the posts in flight are dropped quietly
    posts, files = archive_consistency(archive)
    assert 0 < len(posts) < len(expected["posts"])
    again = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert again.returncode == 0, again.stderr
    posts, files = archive_consistency(archive)
    assert posts == files and len(posts) == len(expected["posts"])
