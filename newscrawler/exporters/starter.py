"""Starter sites (``export --init``): a config, layouts, pages and a default image from ``starter/<format>/``.

Copied file by file, never replacing one. Into a site that exists already it adds
nothing that would compete with the site's own: no page where the site has one
for the same address (Alembic's ``index.md`` against our ``index.html``), no
layouts or style sheet where the site names a theme (the theme draws the posts),
no config where the site has one. The default image always lands where the posts
point to it, so that no post shows a broken picture.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import frontmatter
import yaml

from newscrawler.exporters.base import ExportError, SiteFormat, os_reason, site_file
from newscrawler.exporters.config import get_format
from newscrawler.exporters.defaults import DEFAULT_IMAGE

PICTURE = DEFAULT_IMAGE.lstrip("/")  # the starter holds its picture there; copied to where default_image points
CONFIGS = {"jekyll": ("_config.yml",), "hugo": ("config.toml",)}
SITE_CONFIGS = {
    "jekyll": ("_config.yml", "_config.yaml", "_config.toml"),
    "hugo": tuple(f"{stem}.{ext}" for stem in ("hugo", "config") for ext in ("toml", "yaml", "yml", "json")),
}
THEMED = {"jekyll": ("_layouts/", "assets/css/"), "hugo": ("layouts/", "static/assets/css/")}
PAGE_SUFFIXES = (".html", ".htm", ".md", ".markdown")
_THEME = re.compile(r"^\s*(remote_)?theme\s*[:=]\s*\S", re.MULTILINE)
CJK_LANGUAGES = ("ko", "zh", "ja")


@dataclass
class InitReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "index.html: the site has index.md"


def init_site(
    dest: Path,
    format_name: str,
    *,
    default_image: str = DEFAULT_IMAGE,
    lang: str = "en",
    timezone: str = "UTC",
) -> InitReport:
    """Add the starter site for ``format_name`` to ``dest`` by the rules of this module."""
    site_format = get_format(format_name)
    report = InitReport()
    starter = resources.files("newscrawler.exporters").joinpath("starter", site_format.name)
    variables = {
        "lang": lang,
        "timezone": timezone,
        "cjk": "true" if lang.split("-")[0].lower() in CJK_LANGUAGES else "false",
    }
    try:
        themed = _names_a_theme(dest, site_format)
        has_config = [name for name in SITE_CONFIGS[site_format.name] if (dest / name).is_file()]
        for entry, target in _files(starter, ""):
            picture = site_file(site_format, "/" + PICTURE)
            if target == picture:
                target = site_file(site_format, default_image) if default_image.startswith("/") else ""
                if not target:
                    continue
            elif target in CONFIGS[site_format.name] and has_config:
                report.skipped.append(f"{target}: the site has {has_config[0]}")
                continue
            elif themed and target.startswith(THEMED[site_format.name]):
                continue
            elif site_format.name == "jekyll" and "/" not in target and target.endswith(PAGE_SUFFIXES):
                rival = _rival_page(dest, target, entry)
                if rival:
                    report.skipped.append(f"{target}: the site has {rival} for the same address")
                    continue
            path = dest / target
            if path.exists() or path.is_symlink():
                continue
            data = entry.read_bytes()
            if target in CONFIGS[site_format.name]:
                data = string.Template(data.decode("utf-8")).safe_substitute(variables).encode("utf-8")
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("xb") as out:
                out.write(data)
            report.added.append(target)
    except OSError as exc:
        raise ExportError(f"{dest}: cannot write: {os_reason(exc)}") from None
    if themed:
        report.skipped.append("layouts and style sheet: the site names a theme, which draws the posts")
    report.added.sort()
    return report


def _files(folder: Traversable, relative: str) -> list[tuple[Traversable, str]]:
    found = []
    for entry in folder.iterdir():
        if entry.name == "__pycache__":
            continue
        target = f"{relative}{entry.name}"
        if entry.is_dir():
            found += _files(entry, target + "/")
        else:
            found.append((entry, target))
    return sorted(found, key=lambda pair: pair[1])


def _names_a_theme(dest: Path, site_format: SiteFormat) -> bool:
    for name in SITE_CONFIGS[site_format.name]:
        try:
            if _THEME.search((dest / name).read_text("utf-8", "replace")):
                return True
        except OSError:
            continue
    return False


def _rival_page(dest: Path, target: str, entry: Traversable) -> str:
    """The site's own page (top level) that Jekyll would build at the address of our page ``target``."""
    ours = _address(target, entry.read_text("utf-8"))
    if not dest.is_dir():
        return ""
    for path in sorted(dest.iterdir()):
        if path.is_file() and path.suffix in PAGE_SUFFIXES:
            try:
                theirs = _address(path.name, path.read_text("utf-8", "replace"))
            except OSError:
                continue
            if theirs == ours:
                return path.name
    return ""


def _address(name: str, text: str) -> str:
    """A page's address, near enough to compare two: its permalink, else its name ("" for the home page)."""
    permalink = ""
    if text.startswith("---"):
        try:
            value = frontmatter.loads(text).get("permalink")
        except (yaml.YAMLError, ValueError):
            value = None
        permalink = value if isinstance(value, str) else ""
    address = permalink or name.rsplit(".", 1)[0]
    address = address.strip("/").removesuffix(".html").removesuffix("index").strip("/")
    return address.casefold()
