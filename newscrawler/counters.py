"""The crawl's counters in Scrapy's stats: the one place their keys are spelled.

Components count with ``crawler.stats.inc_value(counters.dropped(reason))`` and the like; the run record
(``runs/record.py``), the progress line and a distributed crawler's report read them back with :func:`under`.
A function given ``""`` gives its counters' common prefix (``dropped("")`` is every drop reason's).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PREFIX = "newscrawler/"
FETCHED = "downloader/response_count"  # Scrapy's: every HTTP response (304s, robots.txt, feeds, retries): "fetched"

RUN_ID = PREFIX + "run_id"
FATAL = PREFIX + "fatal"  # why the crawl was stopped, when it was
FILES_WRITTEN = PREFIX + "files_written"
FILES_RESTORED = PREFIX + "files_restored"
WARC_RECORDS = PREFIX + "warc/records"
WARC_BYTES = PREFIX + "warc/bytes"
IMAGE_BYTES = PREFIX + "images/bytes"
REDIS_RUN = PREFIX + "redis_run"
QUEUED = PREFIX + "queued"
REDELIVERED = PREFIX + "redelivered"
HEARTBEAT_EXPIRED = PREFIX + "heartbeat_expired"
SOURCE = PREFIX + "source/"  # then the source's name, "/" and one of its counters


def posts(status: str) -> str:
    """What the archive did with a post: ``new``, ``updated`` or ``unchanged``."""
    return f"{PREFIX}posts/{status}"


def dropped(reason: str) -> str:
    return f"{PREFIX}dropped/{reason}"


def errors(reason: str) -> str:
    return f"{PREFIX}errors/{reason}"


def skipped(reason: str) -> str:
    return f"{PREFIX}skipped/{reason}"


def not_modified(kind: str) -> str:
    return f"{PREFIX}not_modified/{kind}"


def images(outcome: str) -> str:
    return f"{PREFIX}images/{outcome}"


def image_failures(reason: str) -> str:
    return f"{PREFIX}images/failed_reasons/{reason}"


def of_source(source: str, counter: str) -> str:
    """A counter of one source (``pages``, ``new``, ``dropped``, ``dropped_reasons/<reason>``, …)."""
    return f"{SOURCE}{source}/{counter}"


def under(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    """The counts whose keys start with ``prefix``, by the rest of their key."""
    return {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int)}
