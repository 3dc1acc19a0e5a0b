"""The Redis keys of a distributed crawl: one namespace (``PREFIX``), one set of keys per run; and how long
its keys and processes wait (stdlib only: the command line and the settings read these defaults)."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_PREFIX = "newscrawler"
DEFAULT_HEARTBEAT = 30.0  # seconds without a heartbeat before a crawler counts as gone
DEFAULT_IDLE = 30.0  # seconds the frontier stays empty before crawlers stop
DEFAULT_WORKER_IDLE = 60.0  # seconds the archive worker waits with no run to archive
_PREFIX = re.compile(r"^[A-Za-z0-9_.\-]+$")


def check_prefix(prefix: str) -> str:
    if not _PREFIX.match(prefix):
        raise ValueError(f"Redis key prefix {prefix!r}: use letters, digits, '_', '.' and '-' only")
    return prefix


@dataclass(frozen=True)
class Namespace:
    """Keys shared by every run: the run crawlers join, the runs not yet archived, the archive worker's lock."""

    prefix: str = DEFAULT_PREFIX

    @property
    def current_run(self) -> str:
        return f"{self.prefix}:run"

    @property
    def open_runs(self) -> str:
        return f"{self.prefix}:runs"

    @property
    def worker_lock(self) -> str:
        return f"{self.prefix}:archive-worker"

    def run(self, run_id: str) -> RunKeys:
        return RunKeys(f"{self.prefix}:run:{run_id}", run_id)


@dataclass(frozen=True)
class RunKeys:
    base: str
    run_id: str

    info = property(lambda self: f"{self.base}:info")  # started_at, row (runs row id), crawl_done, crawlers_joined
    crawlers = property(lambda self: f"{self.base}:crawlers")  # ids of the crawlers in the run
    requests = property(lambda self: f"{self.base}:requests")  # the frontier: scrapy-redis's priority queue
    dupefilter = property(lambda self: f"{self.base}:dupefilter")  # scrapy-redis's request fingerprints
    seed = property(lambda self: f"{self.base}:seed")  # the crawler seeding start URLs, then "done"
    sources = property(lambda self: f"{self.base}:sources")
    stats = property(lambda self: f"{self.base}:stats")  # the run's counters (crawl stats and archive outcomes)
    posted = property(lambda self: f"{self.base}:posted")  # URL of each post queued in this run -> its page
    bodies = property(lambda self: f"{self.base}:bodies")  # source and content hash -> first URL
    posts = property(lambda self: f"{self.base}:posts")  # posts waiting for the archive worker
    processing = property(lambda self: f"{self.base}:processing")  # the post the archive worker is writing
    failed = property(lambda self: f"{self.base}:failed")  # queue entries that are not posts

    def heartbeat(self, crawler_id: str) -> str:
        return f"{self.base}:crawler:{crawler_id}"

    def inflight(self, crawler_id: str) -> str:
        return f"{self.base}:inflight:{crawler_id}"
