"""Declared dependencies are what the code imports, checked with deptry.

The package (what the wheel ships) must import only distributions declared in
[project] dependencies or an extra, and every declared dependency must be
imported (DEP001 missing, DEP002 unused, DEP003 imported but only there as
another package's dependency).  The configuration is [tool.deptry] in
pyproject.toml.  The tests, benchmarks and tools may import anything declared,
the test extra included.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import newscrawler

ROOT = Path(__file__).parents[1]


def deptry(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deptry", *args, "--no-ansi"],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def scanned(result: subprocess.CompletedProcess[str]) -> int:
    found = re.search(r"Scanning (\d+) files", result.stderr)
    assert found, result.stderr
    return int(found[1])


def test_the_package_imports_exactly_its_declared_dependencies() -> None:
    result = deptry(".")
    assert result.returncode == 0, result.stdout + result.stderr
    assert scanned(result) >= len(list((ROOT / "newscrawler").rglob("*.py")))


def test_the_tests_benchmarks_and_tools_import_only_declared_distributions() -> None:
    folders = ("tests", "bench", "tools")
    # modules that these scripts import from each other's folders (sys.path)
    local = sorted({p.stem for folder in folders for p in (ROOT / folder).rglob("*.py")})
    first_party = [arg for name in ["newscrawler", *local] for arg in ("--known-first-party", name)]
    everything = ("--exclude", "^$", "--extend-exclude", "^$")  # not pyproject's exclusions of bench/ and tools/
    extras_too = ("--optional-dependencies-dev-groups", "")  # the test extra counts as declared here
    result = deptry(*folders, *everything, *extras_too, "--ignore", "DEP002", *first_party)
    assert result.returncode == 0, result.stdout + result.stderr
    assert scanned(result) >= sum(len(list((ROOT / folder).rglob("*.py"))) for folder in folders)


def test_deptry_reports_an_unused_and_an_undeclared_dependency(tmp_path: Path) -> None:
    """What the package had before: html-text declared but unused, w3lib imported but not declared."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "probe"\nversion = "0"\ndependencies = ["html-text", "lxml"]\n', "utf-8"
    )
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "__init__.py").write_text("import lxml\nimport w3lib\n", "utf-8")
    result = deptry(".", cwd=tmp_path)
    report = result.stdout + result.stderr
    assert result.returncode != 0
    assert "DEP002 'html-text' defined as a dependency but not used" in report
    assert "'w3lib' imported but" in report
    assert "'lxml'" not in report


def test_the_version_has_one_home() -> None:
    """pyproject.toml takes the version from newscrawler.__version__ (setuptools dynamic)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "newscrawler.__version__"}
    assert version("newscrawler") == newscrawler.__version__


def test_the_package_says_it_is_typed() -> None:
    """PEP 561: py.typed ships with the package, so mypy reads newscrawler's own annotations."""
    assert (ROOT / "newscrawler" / "py.typed").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["newscrawler"]
