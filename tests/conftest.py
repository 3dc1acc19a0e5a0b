"""Fixtures: the sample site served on 127.0.0.1 by a real HTTP server, and crawls of it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from helpers import EXPECTED, ROOT


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


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads(EXPECTED.read_text("utf-8"))


@pytest.fixture(scope="session", autouse=True)
def repository_archive_untouched() -> Iterator[None]:
    """No test writes into the repository's own archive/ folder (the default archive when none is given)."""
    before = sorted(p.name for p in (ROOT / "archive").iterdir())
    yield
    after = sorted(p.name for p in (ROOT / "archive").iterdir())
    assert after == before, f"a test wrote into {ROOT / 'archive'}: {sorted(set(after) - set(before))}"
