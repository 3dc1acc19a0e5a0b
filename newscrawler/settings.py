"""Scrapy settings for newscrawler.

Archive settings (``ARCHIVE_*``) and newscrawler's own (``NEWSCRAWLER_*``,
``JEKYLL_*``) read the environment so that ``scrapy crawl news`` and the
``newscrawler`` command agree.
"""

import os
from pathlib import Path

from newscrawler import __version__

BOT_NAME = "newscrawler"
SPIDER_MODULES = ["newscrawler.spiders"]
NEWSPIDER_MODULE = "newscrawler.spiders"

NEWSCRAWLER_SOURCES = os.environ.get("NEWSCRAWLER_SOURCES", "sources.toml")
ARCHIVE_DIR = os.environ.get("NEWSCRAWLER_ARCHIVE", "archive")
ARCHIVE_DB = str(Path(ARCHIVE_DIR) / "news.db")
ARCHIVE_POSTS_DIR = str(Path(ARCHIVE_DIR) / "_posts")
# posts are committed to the archive in batches: at most this many, waiting at most this long (seconds)
ARCHIVE_BATCH_SIZE = 50
ARCHIVE_BATCH_DELAY = 0.2
JEKYLL_FEATURE_HEADING = os.environ.get("NEWSCRAWLER_FEATURE_HEADING", "## 실시간 뉴스 속보입니다.")
JEKYLL_DEFAULT_IMAGE = os.environ.get("NEWSCRAWLER_DEFAULT_IMAGE", "/assets/img/newspaper.png")

# Say who we are; sites block anonymous bots sooner than named ones.
USER_AGENT = os.environ.get(
    "NEWSCRAWLER_USER_AGENT",
    f"newscrawler/{__version__} (+https://github.com/newscrawler/newscrawler; news archive bot)",
)
ROBOTSTXT_OBEY = True

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
RETRY_TIMES = 2
RETRY_AFTER_MAX = 60.0  # a 429/503 asking to wait longer than this (seconds) is not retried in the run
RETRY_BACKOFF = 1.0  # a 429/503 without Retry-After: retried after 1 s, then 2 s (seconds, doubled each time)
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawler.middlewares.retry.RetryAfterMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newscrawler.middlewares.redirect.SafeRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newscrawler.middlewares.redirect.SafeMetaRefreshMiddleware": 580,
    "newscrawler.middlewares.politeness.PolitenessMiddleware": 540,  # per-source delay and concurrency
    "newscrawler.middlewares.conditional.ConditionalRequestMiddleware": 560,  # ETag / Last-Modified of the last run
}
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy's HTTP control port: nothing of ours uses it

ITEM_PIPELINES = {
    "newscrawler.pipelines.normalise.NormalisePipeline": 100,
    "newscrawler.pipelines.validate.ValidatePipeline": 200,
    "newscrawler.pipelines.dedupe.DedupePipeline": 300,
    "newscrawler.pipelines.archive.ArchivePipeline": 400,
    "newscrawler.pipelines.markdown.MarkdownPipeline": 500,
}
# incremental runs (see newscrawler/runs/incremental.py): off with NEWSCRAWLER_INCREMENTAL=0 or `crawl --full`
NEWSCRAWLER_INCREMENTAL = os.environ.get("NEWSCRAWLER_INCREMENTAL", "1") not in ("0", "false", "no")
NEWSCRAWLER_RECHECK_AFTER = os.environ.get("NEWSCRAWLER_RECHECK_AFTER", "7d")
# progress of a run: "live" (a status line; `newscrawler crawl` on a terminal), "log" (INFO lines), "off"
NEWSCRAWLER_PROGRESS = os.environ.get("NEWSCRAWLER_PROGRESS", "log")
NEWSCRAWLER_PROGRESS_INTERVAL = float(os.environ.get("NEWSCRAWLER_PROGRESS_INTERVAL", "0") or 0)

EXTENSIONS = {
    "newscrawler.extensions.lock.ArchiveLockExtension": 50,
    "newscrawler.extensions.run_record.RunRecordExtension": 100,
    "newscrawler.extensions.progress.ProgressExtension": 200,
}

# Distributed crawling (newscrawler/distributed): set, the crawl shares a scrapy-redis frontier and queues posts.
NEWSCRAWLER_REDIS_URL = os.environ.get("NEWSCRAWLER_REDIS_URL", "")
NEWSCRAWLER_REDIS_PREFIX = os.environ.get("NEWSCRAWLER_REDIS_PREFIX", "newscrawler")
NEWSCRAWLER_REDIS_HEARTBEAT = os.environ.get("NEWSCRAWLER_REDIS_HEARTBEAT", "30")
ADDONS = {"newscrawler.distributed.addon.DistributedAddon": 0}

LOG_LEVEL = os.environ.get("NEWSCRAWLER_LOG_LEVEL", "INFO")
LOG_FORMATTER = "newscrawler.runs.logs.OneLineLogFormatter"
FEED_EXPORT_ENCODING = "utf-8"
