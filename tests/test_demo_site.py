"""The committed sample site is what tools/demo_site/build.py makes of its sources.

The demo site's posts are data (tools/demo_site/news/*.md, blog/*.html,
site.toml); newscrawler/demo/site/ (shipped, served by `newscrawler demo`) and
tests/sites/demo_expected.json are generated from them and committed.  Editing a
post without rebuilding, or editing a generated file by hand, fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[1]
BUILDER = ROOT / "tools" / "demo_site" / "build.py"
SITE = ROOT / "newscrawler" / "demo" / "site"
EXPECTED = ROOT / "tests" / "sites" / "demo_expected.json"
REBUILD = "run `python tools/demo_site/build.py` and commit the result"


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_demo_site", BUILDER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def files(root: Path) -> dict[str, bytes]:
    return {f.relative_to(root).as_posix(): f.read_bytes() for f in sorted(root.rglob("*")) if f.is_file()}


def test_committed_site_is_built_from_its_sources(builder: ModuleType, tmp_path: Path) -> None:
    builder.build(tmp_path / "site", tmp_path / "demo_expected.json")
    built, committed = files(tmp_path / "site"), files(SITE)
    assert sorted(built) == sorted(committed), REBUILD
    stale = [name for name in built if built[name] != committed[name]]
    assert not stale, f"{stale} differ from their sources: {REBUILD}"
    assert (tmp_path / "demo_expected.json").read_bytes() == EXPECTED.read_bytes(), REBUILD


def test_a_changed_post_shows_in_the_build(builder: ModuleType, tmp_path: Path) -> None:
    """The comparison above would pass vacuously if the builder ignored its sources."""
    post = builder.BY_SLUG["book-fair-opens"]
    title = post["title"]
    post["title"] = "바뀐 제목"
    try:
        builder.build(tmp_path / "site", tmp_path / "demo_expected.json")
    finally:
        post["title"] = title
    page = (tmp_path / "site" / post["path"].lstrip("/")).read_text("utf-8")
    assert "바뀐 제목" in page and title not in page
    assert '"title": "바뀐 제목"' in (tmp_path / "demo_expected.json").read_text("utf-8")


def test_the_builder_is_not_in_the_package() -> None:
    assert not (ROOT / "newscrawler" / "demo" / "build_site.py").exists()
    assert not any(p.suffix == ".py" for p in SITE.rglob("*"))
