"""A distributed run's shared state in Redis: which run is going on, who crawls it, its frontier's requests in
flight, its counters and its queue of posts.

Every change that several processes race on is one Lua script, so Redis runs it atomically. Requests a crawler
has taken from the frontier sit in its own in-flight set until it has handled them; when a crawler stops
heart-beating, whoever notices first puts its in-flight requests back into the frontier.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import redis
from scrapy_redis import connection, defaults

from newscrawler.distributed.heartbeat import Heartbeat
from newscrawler.distributed.keys import DEFAULT_HEARTBEAT, Namespace, RunKeys

logger = logging.getLogger(__name__)

REQUEUED = "requests of crawlers that stopped heart-beating went back into the frontier"  # logged by who reaps
STALLED_BEATS = 10  # a crawler that made no progress for this many heartbeats (at least a minute) stops beating

_JOIN = """
local prefix, candidate, crawler, ttl, now_iso, now_ts = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local run = redis.call('GET', prefix .. ':run')
if not run then
  run = candidate
  redis.call('SET', prefix .. ':run', run)
  redis.call('ZADD', prefix .. ':runs', now_ts, run)
  redis.call('HSET', prefix .. ':run:' .. run .. ':info', 'started_at', now_iso)
end
local base = prefix .. ':run:' .. run
redis.call('SADD', base .. ':crawlers', crawler)
redis.call('SET', base .. ':crawler:' .. crawler, now_iso, 'PX', ttl)
redis.call('HINCRBY', base .. ':info', 'crawlers_joined', 1)
return run
"""

# Takes crawler ARGV[3] out of the run (it stopped, or its heartbeat expired): its in-flight requests go back into
# the frontier; the last crawler out of an empty frontier ends the run's crawl, so the next crawl starts a new run.
_LEAVE_BODY = """
local function leave(prefix, run, crawler, now_iso)
  local base = prefix .. ':run:' .. run
  local inflight = base .. ':inflight:' .. crawler
  local moved = redis.call('ZCARD', inflight)
  if moved > 0 then
    redis.call('ZUNIONSTORE', base .. ':requests', 2, base .. ':requests', inflight, 'AGGREGATE', 'MIN')
  end
  redis.call('DEL', inflight, base .. ':crawler:' .. crawler)
  redis.call('SREM', base .. ':crawlers', crawler)
  if redis.call('GET', base .. ':seed') == crawler then redis.call('DEL', base .. ':seed') end
  if redis.call('SCARD', base .. ':crawlers') == 0 and redis.call('ZCARD', base .. ':requests') == 0
      and redis.call('HEXISTS', base .. ':info', 'crawl_done') == 0 then
    redis.call('HSET', base .. ':info', 'crawl_done', now_iso)
    if redis.call('GET', prefix .. ':run') == run then redis.call('DEL', prefix .. ':run') end
  end
  return moved
end
"""
_LEAVE = _LEAVE_BODY + "return leave(ARGV[1], ARGV[2], ARGV[3], ARGV[4])"
_REAP = (
    _LEAVE_BODY
    + """
local base = ARGV[1] .. ':run:' .. ARGV[2]
local moved = 0
for _, crawler in ipairs(redis.call('SMEMBERS', base .. ':crawlers')) do
  if redis.call('EXISTS', base .. ':crawler:' .. crawler) == 0 then
    moved = moved + leave(ARGV[1], ARGV[2], crawler, ARGV[3])
  end
end
return moved
"""
)
# Returns 1 if the crawler had been taken out of the run (its heartbeat had expired): it is back in now.
_HEARTBEAT = """
local back = redis.call('SADD', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return back
"""
_CLAIM_SEED = """
local seeder = redis.call('GET', KEYS[1])
if seeder == 'done' then return 0 end
if seeder and seeder ~= ARGV[1] and redis.call('EXISTS', ARGV[2] .. seeder) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1
"""
_SEED_DONE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], 'done') end
"""
# Pops the frontier's first request into the crawler's in-flight set in one step: a crash never loses it.
POP_INTO_INFLIGHT = """
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #first == 0 then return false end
redis.call('ZREM', KEYS[1], first[1])
redis.call('ZADD', KEYS[2], first[2], first[1])
return first[1]
"""
# The run's duplicate checks of the local DedupePipeline (one post per URL, one per body and source), then the push.
# A post already queued from the same page comes from a request fetched again after its crawler died: not a drop.
_QUEUE_POST = """
local page = redis.call('HGET', KEYS[1], ARGV[1])
if page then
  if page == ARGV[4] then return 'redelivered' end
  return 'duplicate url'
end
local first = redis.call('HGET', KEYS[2], ARGV[2])
if first and first ~= ARGV[1] then return 'duplicate content' end
if not first then redis.call('HSET', KEYS[2], ARGV[2], ARGV[1]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
redis.call('LPUSH', KEYS[3], ARGV[3])
return 'queued'
"""


def utc_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(url: str) -> redis.Redis:
    """A client with scrapy-redis's connection defaults (timeouts, retry on timeout)."""
    params = dict(defaults.REDIS_PARAMS)
    params.pop("encoding", None)
    client: redis.Redis = connection.get_redis(url=url, **params)
    return client


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)


def new_crawler_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(2)}"


def decode(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


class CrawlRun:
    """One crawler process's membership of the current run."""

    def __init__(self, server: redis.Redis, namespace: Namespace, heartbeat: float = DEFAULT_HEARTBEAT) -> None:
        self.server = server
        self.namespace = namespace
        self.heartbeat_seconds = heartbeat
        self.crawler_id = new_crawler_id()
        self.keys: RunKeys | None = None
        self.heartbeat: Heartbeat | None = None
        self.progress_at = time.monotonic()
        self._join = server.register_script(_JOIN)
        self._leave = server.register_script(_LEAVE)
        self._reap = server.register_script(_REAP)
        self._heartbeat = server.register_script(_HEARTBEAT)
        self._claim_seed = server.register_script(_CLAIM_SEED)
        self._seed_done = server.register_script(_SEED_DONE)
        self.pop_script = server.register_script(POP_INTO_INFLIGHT)
        self._queue_post = server.register_script(_QUEUE_POST)

    @property
    def run(self) -> RunKeys:
        if self.keys is None:
            raise RuntimeError("not joined to a run yet")
        return self.keys

    @property
    def inflight_key(self) -> str:
        return self.run.inflight(self.crawler_id)

    def join(self, sources: list[str]) -> RunKeys:
        """Join the run going on, or start one."""
        now = time.time()
        run_id = decode(
            self._join(
                args=[
                    self.namespace.prefix, new_run_id(), self.crawler_id,
                    int(self.heartbeat_seconds * 1000), utc_iso(), now,
                ]
            )
        )  # fmt: skip
        self.keys = self.namespace.run(run_id)
        if sources:
            self.server.sadd(self.keys.sources, *sources)
        return self.keys

    def beat(self) -> bool:
        """Renew this crawler's heartbeat; False if it had expired and the crawler had been taken out of the run."""
        run = self.run
        back = self._heartbeat(
            keys=[run.crawlers, run.heartbeat(self.crawler_id)],
            args=[self.crawler_id, utc_iso(), int(self.heartbeat_seconds * 1000)],
        )
        if back:
            logger.warning(
                "Crawler %s had been taken for gone (no heartbeat for %g s): the requests it held went back into "
                "the frontier and may be fetched twice", self.crawler_id, self.heartbeat_seconds,
            )  # fmt: skip
        return not back

    def start_heartbeat(self) -> None:
        """Beat from a thread of its own until ``leave`` (see heartbeat.py). The crawler calls ``made_progress`` as
        it works; with no progress for ``STALLED_BEATS`` heartbeats (at least a minute: a stuck reactor) the beating
        pauses, so the run's other crawlers take its requests over."""
        stalled_after = max(60.0, STALLED_BEATS * self.heartbeat_seconds)
        self.progress_at = time.monotonic()
        self.heartbeat = Heartbeat(
            self.beat, min(1.0, self.heartbeat_seconds / 4), f"heartbeat {self.crawler_id}",
            alive=lambda: time.monotonic() - self.progress_at < stalled_after,
        ).start()  # fmt: skip

    def made_progress(self) -> None:
        self.progress_at = time.monotonic()

    def leave(self) -> int:
        """Out of the run; returns how many requests still in flight went back into the frontier."""
        if self.heartbeat is not None:
            self.heartbeat.stop()  # no beat after leaving: it would put this crawler back into the run
        return int(self._leave(args=[self.namespace.prefix, self.run.run_id, self.crawler_id, utc_iso()]))

    def reap(self) -> int:
        return reap(self.server, self.namespace, self.run.run_id, self._reap)

    def claim_seeding(self) -> bool:
        return bool(self._claim_seed(keys=[self.run.seed], args=[self.crawler_id, self.run.heartbeat("")]))

    def seeding_done(self) -> None:
        self._seed_done(keys=[self.run.seed], args=[self.crawler_id])

    def frontier_size(self) -> int:
        """Requests waiting in the frontier or in flight at any live crawler."""
        run = self.run
        crawlers = [decode(c) for c in self.server.smembers(run.crawlers)]
        with self.server.pipeline(transaction=False) as pipe:
            pipe.zcard(run.requests)
            for crawler in crawlers:
                pipe.zcard(run.inflight(crawler))
            return sum(int(n) for n in pipe.execute())

    def waiting(self) -> int:
        return int(self.server.zcard(self.run.requests))

    def add_counts(self, counts: Mapping[str, int]) -> None:
        if not counts:
            return
        with self.server.pipeline(transaction=False) as pipe:
            for key, value in counts.items():
                pipe.hincrby(self.run.stats, key, value)
            pipe.execute()

    def queue_post(self, url: str, body_key: str, data: str, page: str) -> str:
        """Queue a post extracted from ``page``: "queued", "redelivered", "duplicate url" or "duplicate content"."""
        run = self.run
        return decode(self._queue_post(keys=[run.posted, run.bodies, run.posts], args=[url, body_key, data, page]))


def reap(server: redis.Redis, namespace: Namespace, run_id: str, script: Any = None) -> int:
    """Take the crawlers whose heartbeat expired out of the run; returns how many requests went back."""
    script = script or server.register_script(_REAP)
    return int(script(args=[namespace.prefix, run_id, utc_iso()]))
