"""Distributed crawls on a real redis-server: three crawler processes and one archive worker on a generated site of
500 posts, with the server counting every request; then a crawler and the worker killed midway and restarted."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from helpers import ROOT

from newscrawler.demo.generated_site import FEED_SIZE, article_paths, write_site, write_sources
from newscrawler.demo.server import SiteServer
from newscrawler.distributed.run import REQUEUED

POSTS = 500
CONCURRENCY = 16
FAST = [
    "--log-level", "INFO", "--idle", "2", "--heartbeat", "2",
    "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
    "-s", f"CONCURRENT_REQUESTS={CONCURRENCY}", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={CONCURRENCY}",
]  # fmt: skip


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A redis-server of our own on 127.0.0.1 (Debian's package; .ci/run installs it)."""
    from redis_server import RedisServer

    try:
        server = RedisServer()
    except FileNotFoundError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{exc}: CI must install it")
        pytest.skip(str(exc))
    yield server.url
    server.stop()


class GatedSite(SiteServer):
    """The generated site; ``hold_articles_after(n)`` holds every article request after the n-th unanswered until
    ``release()``, so a test can act while a crawl is surely midway, however fast or slow the machine is."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.articles = set(article_paths(POSTS))
        self.gate = threading.Event()
        self.gate.set()
        self.answered_before_hold = POSTS
        self.held = 0

    def hold_articles_after(self, answered: int) -> None:
        self.answered_before_hold = answered
        self.held = 0
        self.gate.clear()

    def release(self) -> None:
        self.gate.set()

    def articles_asked(self) -> int:
        return sum(self.hits[path] for path in self.articles)

    def count(self, path: str) -> None:
        super().count(path)
        if path in self.articles and not self.gate.is_set() and self.articles_asked() > self.answered_before_hold:
            self.held += 1
            self.gate.wait()


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatedSite]:
    server = GatedSite(write_site(tmp_path_factory.mktemp("site"), POSTS))
    threading.Thread(target=server.serve_forever, name="site-server", daemon=True).start()
    yield server
    server.release()
    server.shutdown()
    server.server_close()


class Run:
    """The processes of one distributed crawl into ``folder/archive``, with their logs in ``folder``."""

    def __init__(self, folder: Path, site: SiteServer, redis_url: str, prefix: str) -> None:
        self.folder = folder
        self.redis_url = redis_url
        self.prefix = prefix
        self.sources = write_sources(folder / "sources.toml", site.base_url)
        self.archive = folder / "archive"
        self.processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.redis = redis.Redis.from_url(redis_url)

    def _start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "newscrawler.cli", *args, "--redis", self.redis_url, "--redis-prefix", self.prefix],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.processes.append((name, process))
        return process

    def crawler(self, name: str) -> subprocess.Popen[bytes]:
        return self._start(name, "crawl", "--sources", str(self.sources), *FAST)

    def worker(self, name: str = "worker") -> subprocess.Popen[bytes]:
        return self._start(name, "archive-worker", "--archive", str(self.archive), "--idle", "30", "--heartbeat", "2")

    def wait_all(self, timeout: float = 600) -> dict[str, int]:
        deadline = time.monotonic() + timeout
        codes = {}
        for name, process in self.processes:
            try:
                codes[name] = process.wait(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                for _, other in self.processes:
                    other.kill()
                pytest.fail(f"{name} did not stop by itself:\n{self.log(name)[-3000:]}")
        return codes

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")

    def db(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.archive / "news.db")
        db.row_factory = sqlite3.Row
        return db

    def archived(self) -> int:
        run = self.redis.get(f"{self.prefix}:run")
        value = self.redis.hget(f"{self.prefix}:run:{run.decode()}:stats", "newscrawler/posts/new") if run else None
        return int(value or 0)

    def joined(self, crawlers: int) -> bool:
        run = self.redis.get(f"{self.prefix}:run")
        return bool(run) and self.redis.scard(f"{self.prefix}:run:{run.decode()}:crawlers") >= crawlers

    def keys_left(self) -> list[bytes]:
        return list(self.redis.scan_iter(match=f"{self.prefix}:*"))


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 300) -> None:
    """Wait for an event; the timeout only bounds how long a failure takes."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def check_archive(run: Run, site: SiteServer) -> None:
    """Every post of the site archived once, with its one Jekyll file, and one runs row for the whole run."""
    db = run.db()
    urls = [row["url"] for row in db.execute("SELECT url FROM posts")]
    assert sorted(urls) == sorted(site.base_url + path for path in article_paths(POSTS))
    files = sorted((run.archive / "_posts").glob("*.md"))
    assert len(files) == POSTS
    assert sorted(row["file"] for row in db.execute("SELECT file FROM posts")) == [f.name for f in files]
    runs = [dict(row) for row in db.execute("SELECT * FROM runs")]
    assert len(runs) == 1, runs
    record = runs[0]
    assert record["status"] == "ok", record
    assert (record["posts_new"], record["posts_updated"], record["posts_unchanged"]) == (POSTS, 0, 0)
    assert record["dropped"] == 0 and record["errors"] == 0
    assert json.loads(record["sources"]) == ["generated"]
    per_source = json.loads(record["per_source"])["generated"]
    assert per_source["new"] == POSTS and per_source["feed_entries"] == FEED_SIZE
    assert record["pages"] >= POSTS and record["duration_seconds"] > 0
    assert run.keys_left() == []  # the run's keys are gone once it is archived


@pytest.mark.slow
def test_three_crawlers_and_one_worker_fetch_each_url_once_and_archive_each_post_once(
    tmp_path: Path, big_site: SiteServer, redis_url: str
) -> None:
    big_site.hits.clear()
    run = Run(tmp_path, big_site, redis_url, "three")
    for number in range(3):
        run.crawler(f"crawler{number}")
    wait_for(lambda: run.joined(1), "a crawler to start the run")  # the worker gives up on no run after --idle
    run.worker()
    codes = run.wait_all()
    assert codes == {"worker": 0, "crawler0": 0, "crawler1": 0, "crawler2": 0}, run.log("worker")

    check_archive(run, big_site)
    assert "(3 crawler processes): ok" in run.log("worker")
    pages = run.db().execute("SELECT pages FROM runs").fetchone()[0]
    assert pages == sum(big_site.hits.values())  # every crawler's counts reached the run record
    hits = dict(big_site.hits)
    robots = hits.pop("/robots.txt")
    assert robots <= 4  # each crawler's robots.txt check, and the source's own read of it for its sitemaps
    handed_over = [line for c in range(3) for line in run.log(f"crawler{c}").splitlines() if "frontier" in line]
    assert {path: n for path, n in hits.items() if n != 1} == {}, handed_over  # no URL fetched twice
    assert set(article_paths(POSTS)) <= set(hits)
    queued = [int(line.split(" posts queued")[0].rsplit(" ", 1)[1]) for c in range(3) for line in
              run.log(f"crawler{c}").splitlines() if " posts queued" in line]  # fmt: skip
    assert sum(queued) == POSTS
    assert sum(1 for n in queued if n) >= 2  # the work was shared
    assert (
        run.log("crawler0").count("another crawler seeds the start URLs")
        + run.log("crawler1").count("another crawler seeds the start URLs")
        + run.log("crawler2").count("another crawler seeds the start URLs")
        == 2
    )


@pytest.mark.slow
def test_a_crawler_and_the_worker_killed_midway_and_restarted_lose_and_duplicate_nothing(
    tmp_path: Path, big_site: SiteServer, redis_url: str
) -> None:
    big_site.hits.clear()
    run = Run(tmp_path, big_site, redis_url, "killed")
    big_site.hold_articles_after(150)  # the crawl stays midway until the kills are done
    victim = run.crawler("crawler0")
    run.crawler("crawler1")
    run.crawler("crawler2")
    wait_for(lambda: run.joined(1), "a crawler to start the run")
    worker = run.worker()

    def victim_in_flight() -> int:
        return sum(run.redis.zcard(key) for key in run.redis.scan_iter(match=f"killed:*:inflight:*-{victim.pid}-*"))

    wait_for(
        lambda: run.joined(3) and big_site.held > 0 and run.archived() >= 30 and victim_in_flight() > 0,
        "150 articles fetched, 30 archived, requests in flight at the crawler to kill",
    )
    fetched = big_site.articles_asked()
    assert fetched < POSTS - 50  # midway: much of the crawl is still to come
    victim.send_signal(signal.SIGKILL)
    worker.send_signal(signal.SIGKILL)
    victim.wait()
    in_flight = victim_in_flight()
    big_site.release()
    run.crawler("crawler0-again")
    run.worker("worker-again")
    codes = run.wait_all()
    assert codes["crawler0"] == codes["worker"] == -signal.SIGKILL
    assert {name: code for name, code in codes.items() if code != -signal.SIGKILL} == {
        "crawler1": 0, "crawler2": 0, "crawler0-again": 0, "worker-again": 0,
    }, run.log("worker-again")  # fmt: skip

    check_archive(run, big_site)
    logs = "".join(run.log(name) for name, _ in run.processes)
    assert "taken for gone" not in logs  # only the killed crawler was taken out of the run
    # whoever noticed first (a crawler or the worker) put the killed crawler's in-flight requests back; the set was
    # read above unless that came first (the heartbeat expires 2 s after the kill)
    requeued = sum(int(n) for n in re.findall(r"(\d+) " + re.escape(REQUEUED), logs))
    assert in_flight in (0, requeued)
    twice = {path: n for path in article_paths(POSTS) if (n := big_site.hits[path]) != 1}
    assert all(n == 2 for n in twice.values())
    assert len(twice) <= requeued  # only what the killed crawler had in flight is fetched again


def test_a_post_committed_before_the_worker_died_is_not_archived_or_counted_twice(
    tmp_path: Path, redis_url: str
) -> None:
    from helpers import make_post

    from newscrawler.distributed.keys import Namespace
    from newscrawler.distributed.run import CrawlRun, connect
    from newscrawler.distributed.worker import ArchiveWorker
    from newscrawler.exporters.jekyll import JekyllProfile
    from newscrawler.store.archive import Archive

    namespace = Namespace("redelivered")
    crawler = CrawlRun(connect(redis_url), namespace, heartbeat=2)
    keys = crawler.join(["s"])
    body = "<p>정부는 9일 새로운 에너지 정책을 발표했다. 환경 단체는 환영의 뜻을 밝혔다.</p>"
    committed = make_post("https://news.example/1", "커밋된 기사", body, crawled_at="2024-05-10T00:00:01+00:00")
    pending = make_post("https://news.example/2", "남은 기사", body.replace("9일", "10일"))
    with Archive(tmp_path / "news.db") as archive:
        archive.save_post(committed)  # the killed worker got this far: committed, not yet off the processing list
    server = crawler.server
    for post in (committed, pending):
        server.lpush(keys.processing, json.dumps({"post": post.as_dict()}, ensure_ascii=False))
    server.lpush(keys.processing, b"{not json")
    crawler.leave()  # the crawl is over

    worker = ArchiveWorker(server, namespace, tmp_path, JekyllProfile(), idle=5, heartbeat=2, say=lambda _: None)
    reports = worker.run()

    assert [r.status for r in reports] == ["errors"]
    assert reports[0].counts["posts_new"] == 2 and reports[0].counts["posts_unchanged"] == 0
    assert reports[0].counts["errors"] == 1  # the broken entry, counted and set aside
    with Archive(tmp_path / "news.db") as archive:
        assert archive.count_posts() == 2
        record = archive.runs()[0]
    assert record["error_reasons"] == {"bad queue entry": 1}
    assert len(list((tmp_path / "_posts").glob("*.md"))) == 2
    assert server.keys(f"{namespace.prefix}:*") == []


def test_crawl_and_worker_say_when_redis_cannot_be_reached(tmp_path: Path) -> None:
    from helpers import run_cli
    from redis_server import free_port

    url = f"redis://127.0.0.1:{free_port()}/0"
    sources = write_sources(tmp_path / "sources.toml", "http://127.0.0.1:9")
    crawl = run_cli("crawl", "--sources", str(sources), "--redis", url)
    assert crawl.returncode == 1
    assert f"cannot reach Redis at {url}" in crawl.stderr
    worker = run_cli("archive-worker", "--archive", str(tmp_path / "archive"), "--redis", url)
    assert worker.returncode == 1
    assert f"cannot reach Redis at {url}" in worker.stderr
    assert "Traceback" not in crawl.stderr + worker.stderr


def test_a_run_left_without_crawlers_is_recorded_as_failed_and_resumed_by_the_next_crawler(
    tmp_path: Path, redis_url: str
) -> None:
    from newscrawler.distributed.keys import Namespace
    from newscrawler.distributed.run import CrawlRun, connect
    from newscrawler.distributed.worker import ArchiveWorker, WorkerError
    from newscrawler.exporters.jekyll import JekyllProfile
    from newscrawler.store.archive import Archive

    namespace = Namespace("stalled")
    crawler = CrawlRun(connect(redis_url), namespace, heartbeat=0.5)
    keys = crawler.join(["s"])
    crawler.server.zadd(keys.requests, {b"a request nobody fetched": 0})  # then the crawler dies: no more heartbeats
    worker = ArchiveWorker(crawler.server, namespace, tmp_path, JekyllProfile(), idle=1, heartbeat=2, say=print)
    with pytest.raises(WorkerError, match="1 requests left in the frontier and no crawler"):
        worker.run()

    with Archive(tmp_path / "news.db") as archive:
        (record,) = archive.runs()
    assert record["status"] == "failed"
    assert "start crawlers to resume the run" in record["finish_reason"]
    again = CrawlRun(connect(redis_url), namespace, heartbeat=2)
    assert again.join(["s"]).run_id == keys.run_id  # the next crawler picks the run up where it stopped
    assert again.frontier_size() == 1


def test_a_second_archive_worker_waits_for_the_first_and_then_says_who_holds_the_lock(
    tmp_path: Path, redis_url: str
) -> None:
    from newscrawler.distributed.keys import Namespace
    from newscrawler.distributed.run import connect
    from newscrawler.distributed.worker import ArchiveWorker, WorkerError
    from newscrawler.exporters.jekyll import JekyllProfile

    namespace = Namespace("two-workers")
    server = connect(redis_url)
    server.set(namespace.worker_lock, "other-host-4242-abcd", px=60_000)
    said: list[str] = []
    worker = ArchiveWorker(server, namespace, tmp_path, JekyllProfile(), idle=0.5, heartbeat=0.5, say=said.append)
    with pytest.raises(WorkerError, match="another archive worker \\(other-host-4242-abcd\\) holds"):
        worker.run()
    assert said == ["waiting for the archive worker other-host-4242-abcd to stop (or its lock to expire)"]
    assert server.get(namespace.worker_lock) == b"other-host-4242-abcd"  # not taken, not released


def test_a_crawler_busy_longer_than_its_heartbeat_keeps_its_requests_and_a_stuck_one_hands_them_over(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The heartbeat beats from a thread of its own: a reactor busy for several heartbeats (parsing a burst of
    responses on a loaded machine) does not get its crawler taken for gone and its requests fetched twice."""
    from newscrawler.distributed.keys import Namespace
    from newscrawler.distributed.run import CrawlRun, connect

    namespace = Namespace("busy")
    busy = CrawlRun(connect(redis_url), namespace, heartbeat=1)
    busy.join([])
    busy.start_heartbeat()
    busy.server.zadd(busy.inflight_key, {b"a request being fetched": 0})
    other = CrawlRun(connect(redis_url), namespace, heartbeat=1)
    other.join([])
    other.start_heartbeat()

    # this thread plays the busy crawler's reactor: Python code for three heartbeats, never back to the event loop
    # (the busy crawler's own upkeep would run there), while the other crawler looks for crawlers gone
    reaped = 0
    started = time.monotonic()
    while time.monotonic() - started < 3 * busy.heartbeat_seconds:
        sum(i * i for i in range(20_000))
        reaped += other.reap()
    assert reaped == 0
    assert busy.server.zcard(busy.inflight_key) == 1
    assert busy.heartbeat is not None and busy.heartbeat.missed == 0

    # a reactor that makes no progress for STALLED_BEATS heartbeats (stuck for good) stops the beating: the
    # other crawlers take its requests over
    busy.progress_at = time.monotonic() - 3600
    wait_for(lambda: other.reap() == 1, "the stuck crawler's request back in the frontier")
    assert other.waiting() == 1
    busy.made_progress()  # it comes back to life: told that it had been taken for gone
    wait_for(lambda: busy.heartbeat is not None and busy.heartbeat.missed == 1, "the crawler to notice")
    assert "had been taken for gone" in caplog.text
    busy.leave()
    other.leave()
    assert not busy.heartbeat.running


def test_an_archive_worker_slower_than_its_heartbeat_keeps_its_lock(tmp_path: Path, redis_url: str) -> None:
    """The worker's lock is kept from a thread too: a post that takes longer to write than the lock lives (a slow
    disk, a loaded machine) does not cost the worker its lock."""
    from helpers import make_post

    from newscrawler.distributed.keys import Namespace
    from newscrawler.distributed.run import CrawlRun, connect
    from newscrawler.distributed.worker import ArchiveWorker
    from newscrawler.exporters.jekyll import JekyllProfile

    namespace = Namespace("slow-worker")
    crawler = CrawlRun(connect(redis_url), namespace, heartbeat=2)
    keys = crawler.join(["s"])
    body = "<p>정부는 9일 새로운 에너지 정책을 발표했다. 환경 단체는 환영의 뜻을 밝혔다.</p>"
    post = make_post("https://news.example/1", "느린 기사", body)
    crawler.server.lpush(keys.posts, json.dumps({"post": post.as_dict()}, ensure_ascii=False))
    crawler.leave()

    worker = ArchiveWorker(crawler.server, namespace, tmp_path, JekyllProfile(), idle=5, heartbeat=0.5, say=print)
    write = worker.writer.write

    def slow_write(data: dict) -> None:
        time.sleep(2)  # four times the lock's life
        write(data)

    worker.writer.write = slow_write  # type: ignore[method-assign]
    (report,) = worker.run()
    assert report.status == "ok" and report.counts["posts_new"] == 1
    assert crawler.server.get(namespace.worker_lock) is None  # released at the end
