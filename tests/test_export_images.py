"""Exported sites carry the archived images: the site the posts came from can be gone."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

import frontmatter
import pytest
from helpers import run_cli
from image_site import crawl_while_up

SITE_MEDIA = {"jekyll": ("_posts", Path()), "hugo": ("content/posts", Path("static"))}
BROKEN = {"/img/missing.png", "/img/fake.png", "/private/secret.png"}  # not images, or not to be fetched


@pytest.fixture(scope="module")
def dead_site_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An archive of the photo site, and the site's address, where nothing answers any more."""
    archive, _, base_url = crawl_while_up(tmp_path_factory.mktemp("export-images"))
    return archive, base_url


def references(text: str) -> list[str]:
    """Every image a post file names: front matter image/images/feature_image and the body's <img src>."""
    post = frontmatter.loads(text)
    found = [post.get("image"), post.get("feature_image"), *(post.get("images") or [])]
    found += re.findall(r'<img[^>]* src="([^"]+)"', post.content)
    return [ref for ref in found if ref]


@pytest.mark.parametrize("fmt", ["jekyll", "hugo"])
def test_exported_posts_use_the_archived_images_and_the_site_holds_every_one(
    dead_site_archive: tuple[Path, str], tmp_path: Path, fmt: str
) -> None:
    archive, dead_host = dead_site_archive
    dest = tmp_path / fmt
    result = run_cli("export", str(dest), "--format", fmt, "--archive", str(archive), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["media"]) == 13
    posts_dir, static = SITE_MEDIA[fmt]
    files = sorted((dest / posts_dir).glob("*.md"))
    assert len(files) == 6
    for path in files:
        refs = references(path.read_text("utf-8"))
        assert len(refs) >= 3, path
        for ref in refs:
            if ref.startswith(dead_host):
                assert ref.removeprefix(dead_host) in BROKEN, f"{path.name} links the dead host: {ref}"
                continue
            assert ref.startswith("/") and not ref.startswith("//"), ref
            stored = dest / static / unquote(ref).lstrip("/")
            assert stored.is_file() and stored.read_bytes()[:4] == b"\x89PNG", f"{path.name}: {ref} not in the site"
        matter = frontmatter.loads(path.read_text("utf-8"))
        lead = matter.get("image") or matter["images"][0]
        assert "/media/" in lead, "the lead image is the archived copy"

    again = run_cli("export", str(dest), "--format", fmt, "--archive", str(archive), "--json")
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert second["media"] == [] and second["written"] == [], "incremental: nothing copied or written again"


def test_export_without_kept_images_links_the_originals(dead_site_archive: tuple[Path, str], tmp_path: Path) -> None:
    archive, dead_host = dead_site_archive
    bare = tmp_path / "archive"
    bare.mkdir()
    (bare / "news.db").write_bytes((archive / "news.db").read_bytes())  # the images folder lost
    result = run_cli("export", str(tmp_path / "site"), "--archive", str(bare), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["media"] == []
    assert any("archived images are missing" in warning for warning in report["warnings"])
    text = next((tmp_path / "site" / "_posts").glob("*.md")).read_text("utf-8")
    assert f"{dead_host}/img/lead-" in text


@pytest.mark.parametrize("fmt", ["jekyll", "hugo"])
def test_built_sites_serve_every_image_their_pages_show(
    dead_site_archive: tuple[Path, str], tmp_path: Path, fmt: str
) -> None:
    from test_site_build import tool

    binary = tool(fmt)
    archive, dead_host = dead_site_archive
    source = tmp_path / fmt
    result = run_cli("export", str(source), "--format", fmt, "--init", "--archive", str(archive))
    assert result.returncode == 0, result.stderr
    output = source / ("_site" if fmt == "jekyll" else "public")
    command = [binary, "build"] if fmt == "jekyll" else [binary]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JEKYLL_", "HUGO_"))}
    done = subprocess.run(
        [*command, "--source", str(source), "--destination", str(output), "--quiet"],
        capture_output=True, text=True, timeout=300, env=env, cwd=source,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    shown = 0
    for page in output.rglob("*.html"):
        for ref in re.findall(r'<img[^>]* src="([^"]+)"', page.read_text("utf-8")):
            if ref.startswith(dead_host):
                assert ref.removeprefix(dead_host) in BROKEN, f"{page}: {ref}"
            elif "/media/" in ref:
                path = ref.split("://", 1)[-1].split("/", 1)[-1] if "://" in ref else ref.lstrip("/")
                assert (output / unquote(path)).is_file(), f"{page}: {ref} is not in the built site"
                shown += 1
    assert shown >= 12
