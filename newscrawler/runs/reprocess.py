"""``newscrawler reprocess``: the archived posts read again from their kept pages, with today's extraction.

No network: each post's page comes from the WARC files (``captures`` says where),
with what its feed or sitemap said (the discovery hint) and the moment it was
fetched (for relative dates). A post that comes out different is saved as a
crawl saves an edit (its earlier version kept in ``revisions``, its Markdown
file rewritten); an unchanged one is not touched at all. The run is recorded in
``runs`` like a crawl's (``finish_reason`` "reprocessed").
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newscrawler.exporters.writer import PostWriter
from newscrawler.extraction import ExtractionError
from newscrawler.extraction.page import post_from_bytes
from newscrawler.items import Post
from newscrawler.pipelines.archive import hint_of
from newscrawler.runs.lock import holding
from newscrawler.sources import Source
from newscrawler.store.archive import Archive, utc_now
from newscrawler.store.warc import WARC_DIR, WarcError, WarcReader

BATCH = 200  # changed posts saved per transaction


@dataclass
class ReprocessReport:
    dry_run: bool = False
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    not_kept: int = 0  # posts of the selection with no kept page (archived before pages were kept, or kept off)
    reasons: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    per_source: dict[str, Counter[str]] = field(default_factory=dict)
    run_id: int | None = None
    seconds: float = 0.0

    @property
    def read(self) -> int:
        return self.new + self.changed + self.unchanged + self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "not_kept": self.not_kept,
            "failed_reasons": dict(self.reasons),
            "run": self.run_id,
            "seconds": round(self.seconds, 3),
        }


def reprocess_archive(
    archive_dir: Path,
    sources: Sequence[Source],
    *,
    names: Sequence[str] = (),
    since: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ReprocessReport:
    """:func:`reprocess` of the archive at ``archive_dir``, holding its lock (no crawl runs beside it); changed
    posts get their files in ``archive_dir/_posts`` rewritten with the crawl's Jekyll settings."""
    import os

    from scrapy.utils.project import get_project_settings

    from newscrawler.pipelines.markdown import archive_post_writer, jekyll_profile

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawler.settings")
    with Archive(archive_dir / "news.db", create=False) as archive, holding(archive_dir):
        profile = jekyll_profile(get_project_settings(), {source.name: source for source in sources})
        writer = None if dry_run else archive_post_writer(archive, archive_dir / "_posts", profile)
        return reprocess(
            archive, archive_dir, sources, writer, names=names, since=since, dry_run=dry_run, progress=progress
        )


def reprocess(
    archive: Archive,
    archive_dir: Path,
    sources: Sequence[Source],
    writer: PostWriter | None,
    *,
    names: Sequence[str] = (),
    since: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ReprocessReport:
    """Re-extract the kept pages of the selected posts (``names``: sources; ``since``: published on or after)."""
    started = time.perf_counter()
    report = ReprocessReport(dry_run=dry_run)
    configured = {source.name: source for source in sources}
    if not dry_run:
        report.run_id = archive.start_run(list(names) or list(configured))
    pending: list[tuple[Post, dict[str, Any]]] = []
    report.not_kept = archive.count_uncaptured(sources=names, since=since)
    with WarcReader(archive_dir / WARC_DIR) as reader:
        for row in archive.captured_posts(sources=names, since=since):
            outcome, post = _read_again(archive, reader, configured, row, report)
            counts = report.per_source.setdefault(row["source"], Counter())
            counts[outcome] += 1
            if post is not None and not dry_run:
                pending.append((post, row))
                if len(pending) >= BATCH:
                    _save(archive, writer, pending)
            if progress:
                progress(1)
        if pending:
            _save(archive, writer, pending)
    report.seconds = time.perf_counter() - started
    if report.run_id is not None:
        _record_run(archive, report)
    return report


def _read_again(
    archive: Archive, reader: WarcReader, configured: dict[str, Source], row: dict[str, Any], report: ReprocessReport
) -> tuple[str, Post | None]:
    """The post re-extracted from its kept page and what the archive would do with it; counted in ``report``."""
    source = configured.get(row["source"])
    if source is None:
        return _failed(report, row, "source not configured", f"no source {row['source']!r} in the sources file")
    try:
        stored = reader.read(row["file"], int(row["offset"]))
        post, invalid = post_from_bytes(
            stored.body, row["page_url"] or stored.url, source, stored.header("Content-Type"),
            hint_of(row), _moment(row["fetched_at"]),
        )  # fmt: skip
    except WarcError as exc:
        return _failed(report, row, "kept page unreadable", str(exc))
    except (ExtractionError, ValueError) as exc:
        return _failed(report, row, "unreadable page", str(exc))
    if invalid:
        return _failed(report, row, invalid, "the page no longer gives a post")
    outcome = archive.outcome(post)
    if outcome == "unchanged":
        report.unchanged += 1
        return "unchanged", None
    if outcome == "new":
        report.new += 1
    else:
        report.changed += 1
    post.crawled_at = utc_now()
    return outcome, post


def _failed(report: ReprocessReport, row: dict[str, Any], reason: str, detail: str) -> tuple[str, None]:
    report.failed += 1
    report.reasons[reason] += 1
    if len(report.failures) < 20:
        report.failures.append(f"{row['url']}: {reason}: {detail}")
    return "failed", None


def _save(archive: Archive, writer: PostWriter | None, pending: list[tuple[Post, dict[str, Any]]]) -> None:
    posts = [post for post, _ in pending]
    with archive.transaction():
        archive.save_posts(posts)
        moved = [{**row, "url": post.url} for post, row in pending if post.url != row["url"]]
        if moved:  # the page now names another canonical URL: that post is kept from the same page
            archive.save_captures(moved)
    if writer is not None:
        for post in posts:
            writer.write(post.as_dict())
    pending.clear()


def _record_run(archive: Archive, report: ReprocessReport) -> None:
    assert report.run_id is not None
    status = "errors" if report.failed else "ok"
    archive.finish_run(
        report.run_id,
        status=status,
        finish_reason="reprocessed",
        pages=report.read,
        posts_new=report.new,
        posts_updated=report.changed,
        posts_unchanged=report.unchanged,
        dropped=0,
        errors=report.failed,
        dropped_reasons={},
        error_reasons=dict(report.reasons),
        per_source={
            name: {
                "pages": sum(counts.values()),
                "new": counts["new"],
                "updated": counts["updated"],
                "unchanged": counts["unchanged"],
                "errors": counts["failed"],
            }
            for name, counts in report.per_source.items()
        },
        duration_seconds=round(report.seconds, 3),
        exit_code=0,
    )


def _moment(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
