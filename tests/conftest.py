"""Fixtures: the sample site served on 127.0.0.1 by a real HTTP server, and crawls of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
EXPECTED = ROOT / "tests" / "sites" / "demo_expected.json"
DEMO_SOURCES = ROOT / "newscrawler" / "demo" / "sources.toml"
NEWSCRAWLER = [sys.executable, "-m", "newscrawler.cli"]


@dataclass
class SiteServer:
    base_url: str
    process: subprocess.Popen[str]


@pytest.fixture(scope="session")
def site() -> Iterator[SiteServer]:
    """The sample site, served by a subprocess on a free port; it prints its URL first."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newscrawler.demo.server"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    base_url = process.stdout.readline().strip()
    assert base_url.startswith("http://127.0.0.1:"), base_url
    yield SiteServer(base_url, process)
    process.terminate()
    process.wait(timeout=10)


def run_cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
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
        "crawl", *names, "--sources", str(sources), "--archive", str(tmp_path / "archive"), "--log-level", "WARNING", "-s", "AUTOTHROTTLE_START_DELAY=0",
        env={"NEWSCRAWLER_FEATURE_HEADING": "## rentn 실시간 뉴스 속보입니다."},
    )  # fmt: skip


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads(EXPECTED.read_text("utf-8"))
