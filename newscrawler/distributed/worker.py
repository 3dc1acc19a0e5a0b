"""The archive worker: the one process that writes the archive in a distributed crawl.

It takes the posts crawlers queued in Redis with the reliable-queue pattern (BLMOVE into a processing list, LREM
only after the SQLite commit and the markdown file), through the same archive and markdown code as a local crawl.
On start it finishes what a killed worker left in the processing list; a post committed before the kill is found
in the archive by its URL and crawl time, so it is neither archived twice nor counted twice. It finishes each run
(one ``runs`` row for all the run's crawlers) once every crawler has left and the queue is empty, and stops when
no run is left to archive.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis

from newscrawler import counters
from newscrawler.distributed.heartbeat import Heartbeat
from newscrawler.distributed.keys import DEFAULT_HEARTBEAT, DEFAULT_WORKER_IDLE, Namespace, RunKeys
from newscrawler.distributed.run import REQUEUED, STALLED_BEATS, decode, new_crawler_id, reap, utc_iso
from newscrawler.errors import NewscrawlerError
from newscrawler.exporters.jekyll import JekyllProfile
from newscrawler.items import Post
from newscrawler.pipelines.archive import outcome_stats
from newscrawler.pipelines.markdown import archive_post_writer
from newscrawler.pipelines.validate import invalid_reason
from newscrawler.runs.record import finish_run, summarise
from newscrawler.store.archive import Archive

_PROGRESS_EVERY = 10.0
_OUTCOMES = ("new", "updated", "unchanged")
_POLL = 1  # seconds a BLMOVE waits for a post before the worker looks at the run's state

_REFRESH_LOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""
_RELEASE_LOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class WorkerError(NewscrawlerError):
    """The worker cannot go on; the message says why."""


@dataclass
class RunReport:
    run_id: str
    row: int
    status: str = "running"
    finish_reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)


class ArchiveWorker:
    def __init__(
        self,
        server: redis.Redis,
        namespace: Namespace,
        archive_dir: Path,
        profile: JekyllProfile,
        *,
        idle: float = DEFAULT_WORKER_IDLE,
        heartbeat: float = DEFAULT_HEARTBEAT,
        say: Callable[[str], None] = print,
    ) -> None:
        self.server = server
        self.namespace = namespace
        self.archive_dir = archive_dir
        self.idle = idle
        self.heartbeat = heartbeat
        self.say = say
        self.worker_id = new_crawler_id()
        self.archive = Archive(archive_dir / "news.db")
        self.writer = archive_post_writer(self.archive, archive_dir / "_posts", profile)
        self._refresh = server.register_script(_REFRESH_LOCK)
        self._release = server.register_script(_RELEASE_LOCK)
        self.reports: list[RunReport] = []
        self.current: RunReport | None = None
        self._said_at = time.monotonic()

    # the whole job

    def run(self) -> list[RunReport]:
        self._lock()
        # the lock is kept from a thread of its own (see heartbeat.py): a slow commit or a loaded machine does not
        # lose it; a loop that made no progress for STALLED_BEATS heartbeats (at least a minute) lets it expire
        stalled_after = max(60.0, STALLED_BEATS * self.heartbeat)
        self._progress_at = time.monotonic()
        keeper = Heartbeat(
            self._refresh_lock, min(1.0, self.heartbeat / 4), f"archive worker lock {self.worker_id}",
            alive=lambda: time.monotonic() - self._progress_at < stalled_after,
        ).start()  # fmt: skip
        self._lock_keeper = keeper
        try:
            return self._work()
        finally:
            keeper.stop()
            self._release(keys=[self.namespace.worker_lock], args=[self.worker_id])
            self.archive.close()

    def _work(self) -> list[RunReport]:
        waiting_since = time.monotonic()
        stalled_since: float | None = None
        while True:
            self._check_lock()
            run_id = self._oldest_open_run()
            if run_id is None:
                if self.reports:
                    return self.reports
                if time.monotonic() - waiting_since >= self.idle:
                    raise WorkerError(f"no crawl run to archive in Redis after {self.idle:.0f} s")
                time.sleep(_POLL)
                continue
            keys = self.namespace.run(run_id)
            if self.current is None or self.current.run_id != run_id:
                self._enter(keys)
            data = self.server.blmove(keys.posts, keys.processing, _POLL, "RIGHT", "LEFT")
            if data is not None:
                self._archive_entry(keys, data, recovered=False)
                stalled_since = None
                self._progress(keys)
                continue
            moved = reap(self.server, self.namespace, run_id)
            if moved:
                self.say(f"run {run_id}: {moved} {REQUEUED}")
            info = {decode(k): decode(v) for k, v in self.server.hgetall(keys.info).items()}
            if info.get("crawl_done") and not self.server.llen(keys.posts):
                self._finish(keys, info)
                stalled_since = None
                continue
            if self.server.scard(keys.crawlers):
                stalled_since = None
                continue
            stalled_since = stalled_since or time.monotonic()
            if time.monotonic() - stalled_since >= self.idle:
                left = int(self.server.zcard(keys.requests))
                self._finish(
                    keys, info,
                    reason=f"no crawler for {self.idle:.0f} s with {left} requests not crawled; "
                    "start crawlers to resume the run",
                )  # fmt: skip
                raise WorkerError(f"run {run_id}: {left} requests left in the frontier and no crawler to fetch them")

    def _progress(self, keys: RunKeys) -> None:
        if time.monotonic() - self._said_at < _PROGRESS_EVERY:
            return
        self._said_at = time.monotonic()
        archived = sum(int(self.server.hget(keys.stats, counters.posts(s)) or 0) for s in _OUTCOMES)
        self.say(
            f"run {keys.run_id}: {archived} posts archived, {self.server.llen(keys.posts)} queued, "
            f"{self.server.zcard(keys.requests)} requests waiting, {self.server.scard(keys.crawlers)} crawlers"
        )

    # the lock: one writer

    def _lock(self) -> None:
        ttl = int(self.heartbeat * 1000)
        deadline = time.monotonic() + max(self.idle, self.heartbeat * 2)
        said = False
        while not self.server.set(self.namespace.worker_lock, self.worker_id, nx=True, px=ttl):
            holder = decode(self.server.get(self.namespace.worker_lock) or b"")
            if time.monotonic() >= deadline:
                raise WorkerError(f"another archive worker ({holder}) holds {self.namespace.worker_lock}")
            if not said:
                self.say(f"waiting for the archive worker {holder} to stop (or its lock to expire)")
                said = True
            time.sleep(0.2)

    def _refresh_lock(self) -> bool:
        """The lock keeper's beat: False once the lock is no longer this worker's."""
        return bool(self._refresh(keys=[self.namespace.worker_lock], args=[self.worker_id, int(self.heartbeat * 1000)]))

    def _check_lock(self) -> None:
        self._progress_at = time.monotonic()
        if self._lock_keeper.missed:
            raise WorkerError("lost the archive worker lock (this worker was stalled longer than the heartbeat)")

    # runs

    def _oldest_open_run(self) -> str | None:
        first = self.server.zrange(self.namespace.open_runs, 0, 0)
        return decode(first[0]) if first else None

    def _enter(self, keys: RunKeys) -> None:
        row = decode(self.server.hget(keys.info, "row") or b"")
        rows = {r["id"] for r in self.archive.runs(limit=1000)}
        if not row.isdigit() or int(row) not in rows:
            sources = sorted(decode(s) for s in self.server.smembers(keys.sources))
            row = str(self.archive.start_run(sources))
            self.server.hset(keys.info, "row", row)
        self.current = RunReport(keys.run_id, int(row))
        self.say(f"run {keys.run_id}: archiving into {self.archive_dir} (runs row {row})")
        for data in self.server.lrange(keys.processing, 0, -1):
            self._archive_entry(keys, data, recovered=True)

    def _finish(self, keys: RunKeys, info: dict[str, str], reason: str = "finished") -> None:
        assert self.current is not None
        stats = {decode(k): int(v) for k, v in self.server.hgetall(keys.stats).items()}
        sources = sorted(decode(s) for s in self.server.smembers(keys.sources))
        record = summarise(stats, sources)
        started = info.get("started_at") or utc_iso()
        duration = (datetime.now(UTC) - datetime.fromisoformat(started)).total_seconds()
        status = finish_run(
            self.archive, self.current.row, record, reason=reason, duration_seconds=duration,
            started_at=started, sources=sources,
        )  # fmt: skip
        self.current.status, self.current.finish_reason = status, reason
        self.current.counts = {k: record[k] for k in ("pages", "posts_new", "posts_updated", "posts_unchanged")}
        self.current.counts |= {"dropped": record["dropped"], "errors": record["errors"]}
        self.reports.append(self.current)
        if status == "failed":
            return
        self.server.zrem(self.namespace.open_runs, keys.run_id)  # first: a run is never finished twice
        for key in self.server.scan_iter(match=f"{keys.base}:*", count=1000):
            self.server.delete(key)
        crawlers = info.get("crawlers_joined", "?")
        self.say(
            f"run {keys.run_id} ({crawlers} crawler processes): {status}, "
            + ", ".join(f"{k} {v}" for k, v in self.current.counts.items())
        )
        self.current = None

    # one post

    def _archive_entry(self, keys: RunKeys, data: Any, *, recovered: bool) -> None:
        try:
            envelope = json.loads(data)
            post = Post(**envelope["post"])
        except (ValueError, TypeError, KeyError) as exc:
            self._set_aside(keys, data, "bad queue entry", f"{type(exc).__name__}: {exc}")
            return
        problem = invalid_reason(post)
        if problem:
            self._set_aside(keys, data, f"invalid post: {problem}", post.url)
            return
        status = ""
        if recovered:
            # a killed worker may have committed this very post before it could take it off the processing list
            before = self.archive.get_post(post.url)
            if before and before["crawled_at"] == post.crawled_at:
                status = "new" if before["first_seen"] == post.crawled_at else "unchanged"
        saved = self.archive.save_post(post)
        status = status or saved
        self.writer.write(post.as_dict())
        with self.server.pipeline(transaction=True) as pipe:
            pipe.lrem(keys.processing, 1, data)
            for key in outcome_stats(post, status):
                pipe.hincrby(keys.stats, key, 1)
            pipe.execute()

    def _set_aside(self, keys: RunKeys, data: Any, reason: str, detail: str) -> None:
        self.say(f"error: {reason}: {detail[:200]} (kept in {keys.failed})")
        with self.server.pipeline(transaction=True) as pipe:
            pipe.lpush(keys.failed, data)
            pipe.lrem(keys.processing, 1, data)
            pipe.hincrby(keys.stats, counters.errors(reason), 1)
            pipe.execute()


def run_worker(url: str, prefix: str, archive_dir: Path, settings: Any, **options: Any) -> list[RunReport]:
    from newscrawler.distributed.run import connect
    from newscrawler.pipelines.markdown import jekyll_profile
    from newscrawler.sources import SourcesError, load_sources

    server = connect(url)
    try:
        server.ping()
    except redis.RedisError as exc:
        raise WorkerError(f"cannot reach Redis at {url}: {exc}") from None
    try:  # each source's banner heading, as a local crawl's archive/_posts has them
        sources = {
            source.name: source for source in load_sources(settings.get("NEWSCRAWLER_SOURCES") or "sources.toml")
        }
    except SourcesError:
        sources = {}
    worker = ArchiveWorker(server, Namespace(prefix), archive_dir, jekyll_profile(settings, sources), **options)
    return worker.run()


__all__ = ["DEFAULT_WORKER_IDLE", "ArchiveWorker", "RunReport", "WorkerError", "run_worker"]
