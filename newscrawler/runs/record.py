"""The run record: one row in ``runs`` per crawl, written as the crawl opens and closes.

Local crawls (``extensions/run_record.py``) and distributed runs (``distributed/worker.py``) both end a run
with :func:`finish_run`, so a run's status, flags and exit code mean the same whichever way it was crawled.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from newscrawler import counters
from newscrawler.runs.health import FlagThresholds, flag_sources
from newscrawler.store.archive import Archive

logger = logging.getLogger(__name__)
HISTORY_RUNS = 10

SOURCE_COUNTS = (
    "pages", "new", "updated", "unchanged", "dropped", "errors", "feed_entries", "sitemap_entries",
    "discovered", "skipped", "not_modified",
)  # fmt: skip


def exit_code(status: str) -> int:
    """The exit code of ``newscrawler crawl`` for a run that ended with ``status`` (see the README)."""
    return {"ok": 0, "errors": 0, "flagged": 4}.get(status, 1)


def summarise(stats: dict[str, Any], sources: list[str]) -> dict[str, Any]:
    """The run's counts out of the crawl stats."""

    def under(prefix: str) -> dict[str, int]:
        return counters.under(stats, prefix)

    dropped, errors = under(counters.dropped("")), under(counters.errors(""))
    per_source: dict[str, dict[str, Any]] = {}
    for name in sources:
        counts = under(counters.of_source(name, ""))
        per_source[name] = {key: counts.get(key, 0) for key in SOURCE_COUNTS}
        per_source[name]["dropped_reasons"] = under(counters.of_source(name, "dropped_reasons/"))
        per_source[name]["error_reasons"] = under(counters.of_source(name, "error_reasons/"))
        last = stats.get(counters.of_source(name, "last_response_seconds"))
        per_source[name]["seconds"] = round(last, 3) if isinstance(last, float) else 0.0
    posts = under(counters.posts(""))
    return {
        "pages": stats.get(counters.FETCHED, 0),
        "posts_new": posts.get("new", 0),
        "posts_updated": posts.get("updated", 0),
        "posts_unchanged": posts.get("unchanged", 0),
        "dropped": sum(dropped.values()),
        "errors": sum(errors.values()),
        "dropped_reasons": dropped,
        "error_reasons": errors,
        "per_source": per_source,
    }


def finish_run(
    archive: Archive,
    run_id: int,
    record: dict[str, Any],
    *,
    reason: str,
    duration_seconds: float,
    thresholds: Mapping[str, FlagThresholds] | None = None,
    **fields: Any,
) -> str:
    """Close run ``run_id`` with its counts (:func:`summarise`): status, flags against the sources' history (with
    their own ``thresholds``), exit code. ``reason`` is Scrapy's finish reason; any other run column may be given in
    ``fields``. Returns the status."""
    finished = reason == "finished"
    if finished:
        history = [r["per_source"] for r in archive.runs(limit=HISTORY_RUNS + 1) if r["id"] != run_id]
        record["flags"] = flag_sources(record["per_source"], [h for h in history if isinstance(h, dict)], thresholds)
        for name, why in record["flags"].items():
            logger.warning("source %s flagged: %s", name, why)
    flags = record.get("flags") or {}
    for name, counts in record["per_source"].items():
        counts["status"] = (
            "failed" if not finished else "flagged" if name in flags else "errors" if counts["errors"] else "ok"
        )
    status = "failed" if not finished else "flagged" if flags else "errors" if record["errors"] else "ok"
    archive.finish_run(
        run_id,
        status=status,
        exit_code=exit_code(status),
        finish_reason=reason,
        duration_seconds=round(duration_seconds, 3),
        **fields,
        **record,
    )
    return status
