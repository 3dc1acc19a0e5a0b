"""scrapy-redis's scheduler, duplicate filter and priority queue, with requests in flight kept in Redis.

scrapy-redis pops a request out of Redis for good: a crawler killed while downloading it loses it, and the shared
duplicate filter keeps every other crawler from ever fetching it. Here a pop moves the request into this crawler's
in-flight set (one Lua step) and the request leaves that set only once Scrapy has handled it completely (callback
run, its requests scheduled, its posts queued). A crawler that dies leaves its set behind; ``CrawlRun.reap`` puts
it back into the frontier.
"""

from __future__ import annotations

import weakref
from typing import Any

from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newscrawler.distributed.crawler import crawl_run_of


class InFlightPriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue (a sorted set); a pop moves the request into the in-flight set."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.crawl_run = crawl_run_of(spider.crawler)
        self.taken: dict[Request, bytes] = {}

    def pop(self, timeout: int = 0) -> Request | None:
        data = self.crawl_run.pop_script(keys=[self.key, self.crawl_run.inflight_key])
        if not data:
            return None
        request: Request = self._decode_request(data)
        self.taken[request] = data
        return request

    def release(self, still_running: set[Request] | frozenset[Request]) -> int:
        """Drop the requests Scrapy has finished with from the in-flight set."""
        done = [request for request in self.taken if request not in still_running]
        if done:
            self.server.zrem(self.crawl_run.inflight_key, *(self.taken.pop(request) for request in done))
        return len(done)


class _StatsWithoutSpider:
    """scrapy-redis 0.9 passes ``spider=`` to ``inc_value``, which Scrapy 2.19 deprecates."""

    def __init__(self, stats: Any) -> None:
        self.stats = stats

    def inc_value(self, key: str, count: int = 1, start: int = 0, spider: Any = None) -> None:
        self.stats.inc_value(key, count, start)


class DistributedScheduler(Scheduler):
    """The frontier and duplicate filter of the run this crawler joined (keys named per run)."""

    queue: InFlightPriorityQueue

    @classmethod
    def from_crawler(cls, crawler: Any) -> DistributedScheduler:
        run = crawl_run_of(crawler).run
        server = crawl_run_of(crawler).server
        scheduler = cls(
            server=server,
            persist=True,  # the frontier belongs to the run, not to this crawler
            queue_key=run.requests,
            queue_cls=f"{InFlightPriorityQueue.__module__}.{InFlightPriorityQueue.__qualname__}",
            dupefilter=RFPDupeFilter(server, key=run.dupefilter, debug=crawler.settings.getbool("DUPEFILTER_DEBUG")),
        )
        scheduler.stats = _StatsWithoutSpider(crawler.stats)
        scheduler.crawler = weakref.proxy(crawler)
        return scheduler

    def open(self, spider: Any) -> None:
        super().open(spider)
        if self._still_running() is None:
            raise RuntimeError(
                "this Scrapy version keeps no ExecutionEngine._slot.inprogress: newscrawler cannot tell when a "
                "request has been handled, so requests in flight could not be kept safe in Redis"
            )

    def _still_running(self) -> Any:
        # Scrapy keeps the requests it is downloading or still handling in its engine slot; there is no signal
        # for "this response has been handled", so the slot's set is read here.
        slot = getattr(getattr(self.crawler, "engine", None), "_slot", None)
        return getattr(slot, "inprogress", None)

    def next_request(self) -> Request | None:
        self.release_finished()
        return super().next_request()

    def release_finished(self) -> None:
        still_running = self._still_running()
        if still_running is not None and hasattr(self, "queue"):
            self.queue.release(still_running)

    def close(self, reason: str) -> None:
        self.release_finished()  # what is left goes back into the frontier when this crawler leaves the run
        super().close(reason)
