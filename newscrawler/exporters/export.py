"""``newscrawler export DEST``: the selected posts of an archive written into a site, and the report of it."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newscrawler.exporters.base import ExportError, SiteFormat, SiteProfile, os_reason, site_file, site_files_used
from newscrawler.exporters.config import get_format, remembered
from newscrawler.exporters.media import SiteMedia
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
    media: list[str] = field(default_factory=list)  # archived images copied into the site (exporters/media.py)
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
            "media": self.media,
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
    used: set[str] = set()  # the site's own files the posts refer to (the default image)
    media = SiteMedia(archive, dest, site_format.name, dry_run=dry_run)
    try:
        for post in _select(archive, selection):
            report.posts += 1
            post = media.localise(post)
            used.update(site_files_used(post, profile))
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
    report.warnings += missing_site_files(dest, site_format, used)
    report.media = media.copied
    if media.missing:
        report.warnings.append(f"{len(media.missing)} archived images are missing from {media.source}: linked as found")
    report.seconds = time.perf_counter() - started
    return report


def missing_site_files(dest: Path, site_format: SiteFormat, used: set[str]) -> list[str]:
    """A warning for each site path the posts use that is not in the site (``--init`` adds the default image)."""
    warnings = []
    for site_path in sorted(used):
        relative = site_file(site_format, site_path)
        if relative and not (dest / relative).is_file():
            warnings.append(
                f"{site_path} is not in the site ({dest / relative}): posts show a broken image; "
                "--init adds the default image, or set default_image"
            )
    return warnings


def starter_settings(
    archive: Any, selection: Selection, settings: dict[str, Any], sources: dict[str, Any]
) -> tuple[str, str]:
    """A starter site's ``lang`` and ``timezone``: the site's settings, else what most selected posts have (their
    language; their source's time zone where sources.toml sets one, else their dates' UTC offset), else en/UTC.
    The time zone decides the day in a Jekyll post's URL: the posts' own keeps it the day in the file name."""
    languages: Counter[str] = Counter()
    zones: Counter[str] = Counter()
    for post in _select(archive, selection):
        language = (post.get("language") or "").split("-")[0].lower()
        if language and language != "und":
            languages[language] += 1
        source = sources.get(post.get("source") or "")
        if source is not None and "timezone" in source.model_fields_set:
            zones[source.timezone] += 1
        else:
            zones[_offset_zone(post.get("published") or "")] += 1
    zones.pop("", None)
    lang = settings.get("lang") or (languages.most_common(1)[0][0] if languages else "en")
    timezone = settings.get("timezone") or (zones.most_common(1)[0][0] if zones else "UTC")
    if not settings.get("timezone"):
        timezone = _LIKELY_ZONES.get((lang, timezone), timezone)
    return lang, timezone


def _offset_zone(iso_date: str) -> str:
    """The fixed-offset zone of a date (``-04:00`` → ``Etc/GMT+4``: POSIX signs are the other way round)."""
    try:
        offset = datetime.fromisoformat(iso_date).utcoffset()
    except (TypeError, ValueError):
        return ""
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    if minutes % 60:
        return ""  # no Etc zone for half hours
    return f"Etc/GMT{-minutes // 60:+d}"


# the zone most posts of a language at an offset come from, where one is near certain
_LIKELY_ZONES = {
    ("ko", "Etc/GMT-9"): "Asia/Seoul",
    ("ja", "Etc/GMT-9"): "Asia/Tokyo",
    ("zh", "Etc/GMT-8"): "Asia/Shanghai",
}


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
