"""The run record: one row in ``runs`` per crawl, written as the crawl opens and closes."""

from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger(__name__)
HISTORY_RUNS = 10

PREFIX = "newscrawler/"
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
        return {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int)}

    dropped, errors = under(PREFIX + "dropped/"), under(PREFIX + "errors/")
    per_source: dict[str, dict[str, Any]] = {}
    for name in sources:
        counts = under(f"{PREFIX}source/{name}/")
        per_source[name] = {key: counts.get(key, 0) for key in SOURCE_COUNTS}
        per_source[name]["dropped_reasons"] = under(f"{PREFIX}source/{name}/dropped_reasons/")
        per_source[name]["error_reasons"] = under(f"{PREFIX}source/{name}/error_reasons/")
        last = stats.get(f"{PREFIX}source/{name}/last_response_seconds")
        per_source[name]["seconds"] = round(last, 3) if isinstance(last, float) else 0.0
    posts = under(PREFIX + "posts/")
    return {
        "pages": stats.get("response_received_count", 0),
        "posts_new": posts.get("new", 0),
        "posts_updated": posts.get("updated", 0),
        "posts_unchanged": posts.get("unchanged", 0),
        "dropped": sum(dropped.values()),
        "errors": sum(errors.values()),
        "dropped_reasons": dropped,
        "error_reasons": errors,
        "per_source": per_source,
    }
