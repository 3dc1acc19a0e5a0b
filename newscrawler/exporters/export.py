"""``newscrawler export DEST``: the selected posts of an archive written into a site, and the report of it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawler.exporters.base import ExportError, SiteProfile, os_reason
from newscrawler.exporters.config import get_format, remembered
from newscrawler.exporters.writer import Manifest, PostWriter


@dataclass
class Selection:
    sources: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    query: str | None = None


@dataclass
class ExportReport:
    format: str
    dest: Path
    dry_run: bool = False
    posts: int = 0
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    manifest_written: bool = False
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "dest": str(self.dest),
            "dry_run": self.dry_run,
            "posts": self.posts,
            "written": self.written,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "kept": self.kept,
            "warnings": self.warnings,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
        }


def export_site(
    archive: Any,
    dest: Path,
    format_name: str,
    profile: SiteProfile,
    selection: Selection | None = None,
    *,
    overwrite_edited: bool = False,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ExportReport:
    """Write the selected posts of ``archive`` into the site at ``dest``; see the module's rules."""
    started = time.perf_counter()
    selection = selection or Selection()
    site_format = get_format(format_name)
    if dest.exists() and not dest.is_dir():
        raise ExportError(f"{dest}: not a folder")
    manifest = Manifest(dest)
    manifest.settings = remembered(site_format.name, profile)
    report = ExportReport(site_format.name, dest, dry_run, warnings=list(manifest.warnings))
    writer = PostWriter(
        dest / site_format.posts_dir,
        site_format,
        profile,
        manifest.ledger(site_format.name),
        overwrite_edited=overwrite_edited,
        dry_run=dry_run,
    )
    posts_dir = site_format.posts_dir
    failure: OSError | None = None
    try:
        for post in _select(archive, selection):
            report.posts += 1
            try:
                result = writer.write(post)
            except ValueError as exc:  # front matter YAML cannot hold unchanged: refused, never written wrong
                report.failed.append(f"{post.get('url')}: not written: {exc}")
                if progress:
                    progress(1)
                continue
            if result.outcome == "written":
                report.written.append(f"{posts_dir}/{result.name}")
            elif result.outcome == "unchanged":
                report.unchanged += 1
            else:
                report.kept.append(f"{posts_dir}/{result.name}")
            if result.removed:
                report.removed.append(f"{posts_dir}/{result.removed}")
            if result.kept_old:
                report.kept.append(f"{posts_dir}/{result.kept_old}")
            if progress:
                progress(1)
    except OSError as exc:
        failure = exc
    finally:
        # also after an interruption or a failed write: what was written is recorded, so nothing is orphaned
        if not dry_run and (report.posts or manifest.path.exists()):
            try:
                report.manifest_written = manifest.save()
            except OSError as exc:  # the files are still recognised by their source_url next time
                failure = failure or exc
    if failure:
        raise ExportError(f"{dest}: cannot write: {os_reason(failure)}")
    report.seconds = time.perf_counter() - started
    return report


def count_selected(archive: Any, selection: Selection) -> int:
    return int(archive.count_selected(**_selection_args(selection)))


def _select(archive: Any, selection: Selection) -> Iterable[dict[str, Any]]:
    posts: Iterable[dict[str, Any]] = archive.select_posts(**_selection_args(selection))
    return posts


def _selection_args(selection: Selection) -> dict[str, Any]:
    return {
        "sources": selection.sources,
        "categories": selection.categories,
        "since": selection.since,
        "until": selection.until,
        "query": selection.query,
    }
