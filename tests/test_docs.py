"""The documentation: docs/cli.md holds every command's current --help, the README keeps its two
commands and names every command, its links lead to pages that exist, and the docs site builds
with `mkdocs build --strict`.

Outside CI a missing mkdocs (the `docs` extra) skips the build with the reason; under CI (CI=true)
it fails it, as .ci/run installs the extra.
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cogapp import Cog

from newscrawler.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CLI_DOC = ROOT / "docs" / "cli.md"
REFRESH = ".venv/bin/cog -r docs/cli.md"

# the README's two commands for a fresh machine, word for word (the project's contract with newcomers)
DEMO = "python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/newscrawler demo"
TESTS = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/pytest"


def test_cli_reference_has_every_commands_current_help() -> None:
    out, err = io.StringIO(), io.StringIO()
    cog = Cog()
    cog.set_output(stdout=out, stderr=err)
    status = cog.main(["cog", "--check", "--check-fail-msg", f"run '{REFRESH}' to refresh it", str(CLI_DOC)])
    assert status == 0, (
        f"docs/cli.md is not the commands' current --help: run '{REFRESH}'\n{out.getvalue()}{err.getvalue()}"
    )
    text = CLI_DOC.read_text(encoding="utf-8")
    for name in main.commands:
        assert f"### newscrawler {name}\n" in text, f"docs/cli.md lacks 'newscrawler {name}': run '{REFRESH}'"


def test_readme_starts_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    assert DEMO in first_block
    assert TESTS in first_block


def test_readme_names_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in main.commands if f"`newscrawler {name}" not in text]
    assert not missing, f"README.md's command table lacks: {', '.join(missing)}"


def test_readme_is_short() -> None:
    lines = len(README.read_text(encoding="utf-8").splitlines())
    assert lines <= 150, f"README.md has {lines} lines: move the detail into a page of docs/"


def test_readme_links_lead_to_pages_that_exist() -> None:
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)\s]+)\)", text)
    assert any(link.startswith("docs/") for link in links), "README.md should link to the docs pages"
    broken = []
    for link in links:
        if re.match(r"[a-z]+:", link) or link.startswith("#"):
            continue
        path, _, anchor = link.partition("#")
        target = ROOT / path
        if not target.exists() or (anchor and target.suffix == ".md" and anchor not in _anchors(target)):
            broken.append(link)
    assert not broken, f"README.md links to what is not there: {broken}"


def _anchors(page: Path) -> set[str]:
    """The ids MkDocs gives a page's headings (its toc slugify: lower case, punctuation dropped, spaces as -)."""
    anchors = set()
    for heading in re.findall(r"^#+ (.+)$", page.read_text(encoding="utf-8"), flags=re.MULTILINE):
        slug = re.sub(r"[^\w\s-]", "", heading.strip().lower())
        anchors.add(re.sub(r"[-\s]+", "-", slug).strip("-"))
    return anchors


def test_docs_site_builds_strictly(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None:
        hint = "pip install -e '.[docs]'"
        if os.environ.get("CI") == "true":
            pytest.fail(f"mkdocs and mkdocs-material are not installed: CI must install them ({hint})")
        pytest.skip(f"mkdocs and mkdocs-material are not installed ({hint}); CI builds the docs")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # Material's banner about MkDocs 2.0, not a build warning
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}{result.stderr}"
    assert (tmp_path / "site" / "cli" / "index.html").exists()
