"""Telling a source that broke from a quiet one, by comparing a run's counts with the source's history.

A source is flagged when it yielded posts in earlier runs and now

* fetched article pages but archived none of them (extraction broke), or
* found no article links at all where it used to (feeds or listings broke), or
* lost a much larger share of its pages to drops and errors than it used to.

A run in which everything was skipped or answered 304 is quiet, not broken. A run that tried fewer article
pages than ``min_pages`` is not evidence either way (one new video post without a headline is not a redesign).
Each source may set its own thresholds in sources.toml (``flag_min_pages``, ``flag_lost_share``,
``flag_lost_rise``); see docs/scheduling.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FlagThresholds:
    """When a source's run counts as evidence that it broke."""

    min_pages: int = 5  # article pages tried before drops and errors say anything
    lost_share: float = 0.5  # flagged when at least this share of them was lost ...
    lost_rise: float = 0.3  # ... and that share rose this much over the source's history


DEFAULT_THRESHOLDS = FlagThresholds()


def _posts(counts: dict[str, Any]) -> int:
    return int(counts.get("new", 0)) + int(counts.get("updated", 0)) + int(counts.get("unchanged", 0))


def _lost(counts: dict[str, Any]) -> int:
    return int(counts.get("dropped", 0)) + int(counts.get("errors", 0))


def flag_sources(
    current: dict[str, dict[str, Any]],
    history: Sequence[dict[str, dict[str, Any]]],
    thresholds: Mapping[str, FlagThresholds] | None = None,
) -> dict[str, str]:
    """``{source: why}`` for the sources of ``current`` (a run's per-source counts) that look broken.

    ``history`` holds the per-source counts of earlier finished runs, newest first; ``thresholds`` a source's own
    thresholds where it has some.
    """
    flags: dict[str, str] = {}
    for name, counts in current.items():
        limits = (thresholds or {}).get(name, DEFAULT_THRESHOLDS)
        past = [run[name] for run in history if isinstance(run, dict) and isinstance(run.get(name), dict)]
        if not past or not any(_posts(p) for p in past):
            continue
        pages, posts, lost = int(counts.get("pages", 0)), _posts(counts), _lost(counts)
        if pages >= limits.min_pages and not posts:
            flags[name] = (
                f"yielded no posts from {pages} article pages (dropped {counts.get('dropped', 0)}, "
                f"errors {counts.get('errors', 0)}); it yielded posts before: has the site changed its layout?"
            )
            continue
        quiet = counts.get("discovered", 0) or counts.get("not_modified", 0) or counts.get("skipped", 0)
        if not quiet and not pages and any(p.get("discovered", 0) for p in past):
            errors = counts.get("error_reasons") or {}
            why = f" ({', '.join(f'{reason} {n}' for reason, n in errors.items())})" if errors else ""
            flags[name] = (
                f"found no article links in its feeds, sitemaps or listing pages, where it found some before{why}"
            )
            continue
        past_pages = sum(int(p.get("pages", 0)) for p in past)
        if pages >= limits.min_pages and past_pages:
            rate = min(1.0, lost / pages)
            before = min(1.0, sum(_lost(p) for p in past) / past_pages)
            if rate >= limits.lost_share and rate - before >= limits.lost_rise:
                flags[name] = f"lost {rate:.0%} of its pages to drops and errors (was {before:.0%})"
    return flags
