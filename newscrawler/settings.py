"""Scrapy settings for newscrawler.

Archive settings (``ARCHIVE_*``) and newscrawler's own (``NEWSCRAWLER_*``,
``JEKYLL_*``) read the environment so that ``scrapy crawl news`` and the
``newscrawler`` command agree.  A default that a component also needs when it
runs without these settings lives in that component (``DEFAULT_*``) and is
taken from there; modules are imported under lower-case names because Scrapy
reads every upper-case name here as a setting.
"""

import os
from pathlib import Path

from newscrawler import __version__, sources
from newscrawler.distributed import keys as distributed_keys
from newscrawler.exporters import defaults as export_defaults
from newscrawler.extensions import progress
from newscrawler.middlewares import retry
from newscrawler.pipelines import archive as archive_pipeline
from newscrawler.runs import incremental

BOT_NAME = "newscrawler"
SPIDER_MODULES = ["newscrawler.spiders"]
NEWSPIDER_MODULE = "newscrawler.spiders"

NEWSCRAWLER_SOURCES = os.environ.get("NEWSCRAWLER_SOURCES", sources.DEFAULT_SOURCES_FILE)
ARCHIVE_DIR = os.environ.get("NEWSCRAWLER_ARCHIVE", "archive")
ARCHIVE_DB = str(Path(ARCHIVE_DIR) / "news.db")
ARCHIVE_POSTS_DIR = str(Path(ARCHIVE_DIR) / "_posts")
# posts are committed to the archive in batches: at most this many, waiting at most this long (seconds)
ARCHIVE_BATCH_SIZE = archive_pipeline.DEFAULT_BATCH_SIZE  # 50
ARCHIVE_BATCH_DELAY = archive_pipeline.DEFAULT_BATCH_DELAY  # 0.2
# archive/_posts: the banner heading ("": the source's feature_heading, else by the post's language), the image
# of posts without one, and whether to write feature_image
JEKYLL_FEATURE_HEADING = os.environ.get("NEWSCRAWLER_FEATURE_HEADING", "")
JEKYLL_DEFAULT_IMAGE = os.environ.get("NEWSCRAWLER_DEFAULT_IMAGE", export_defaults.DEFAULT_IMAGE)
JEKYLL_FEATURE_IMAGE = os.environ.get("NEWSCRAWLER_FEATURE_IMAGE", "") not in ("", "0", "false", "no")

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
RETRY_AFTER_MAX = retry.DEFAULT_RETRY_AFTER_MAX  # 60: a 429/503 asking to wait longer (seconds) is not retried
RETRY_BACKOFF = retry.DEFAULT_RETRY_BACKOFF  # 1: a 429/503 without Retry-After: retried after 1 s, then 2 s
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
    "newscrawler.pipelines.images.PostImagesPipeline": 350,
    "newscrawler.pipelines.archive.ArchivePipeline": 400,
    "newscrawler.pipelines.markdown.MarkdownPipeline": 500,
}
# incremental runs (see newscrawler/runs/incremental.py): off with NEWSCRAWLER_INCREMENTAL=0 or `crawl --full`
NEWSCRAWLER_INCREMENTAL = os.environ.get("NEWSCRAWLER_INCREMENTAL", "1") not in ("0", "false", "no")
NEWSCRAWLER_RECHECK_AFTER = os.environ.get("NEWSCRAWLER_RECHECK_AFTER", incremental.DEFAULT_RECHECK_AFTER)  # 7d
# progress of a run: "live" (a status line; `newscrawler crawl` on a terminal), "log" (INFO lines), "off"
NEWSCRAWLER_PROGRESS = os.environ.get("NEWSCRAWLER_PROGRESS", progress.DEFAULT_MODE)
NEWSCRAWLER_PROGRESS_INTERVAL = float(os.environ.get("NEWSCRAWLER_PROGRESS_INTERVAL", "0") or 0)

# kept beside the posts (docs/archive-files.md): pages as WARC files in ARCHIVE/warc/, images in ARCHIVE/media/;
# each off with 0 (or per source: keep_pages / keep_images = false in sources.toml). A WARC file is rotated
# past NEWSCRAWLER_WARC_MAX_SIZE bytes (default: store/warc.py's DEFAULT_MAX_SIZE, 1 GB); an image bigger than
# NEWSCRAWLER_IMAGE_MAX_SIZE bytes is not kept (default: pipelines/images.py's DEFAULT_MAX_SIZE, 10 MB)
NEWSCRAWLER_WARC = os.environ.get("NEWSCRAWLER_WARC", "1") not in ("0", "false", "no")
NEWSCRAWLER_IMAGES = os.environ.get("NEWSCRAWLER_IMAGES", "1") not in ("0", "false", "no")

EXTENSIONS = {
    "newscrawler.extensions.lock.ArchiveLockExtension": 50,
    "newscrawler.extensions.run_record.RunRecordExtension": 100,
    "newscrawler.extensions.progress.ProgressExtension": 200,
    "newscrawler.extensions.warc.WarcExtension": 300,
}

# Distributed crawling (newscrawler/distributed): set, the crawl shares a scrapy-redis frontier and queues posts.
NEWSCRAWLER_REDIS_URL = os.environ.get("NEWSCRAWLER_REDIS_URL", "")
NEWSCRAWLER_REDIS_PREFIX = os.environ.get("NEWSCRAWLER_REDIS_PREFIX", distributed_keys.DEFAULT_PREFIX)
NEWSCRAWLER_REDIS_HEARTBEAT = os.environ.get("NEWSCRAWLER_REDIS_HEARTBEAT", str(distributed_keys.DEFAULT_HEARTBEAT))
ADDONS = {"newscrawler.distributed.addon.DistributedAddon": 0}

LOG_LEVEL = os.environ.get("NEWSCRAWLER_LOG_LEVEL", "INFO")
LOG_FORMATTER = "newscrawler.runs.logs.OneLineLogFormatter"
FEED_EXPORT_ENCODING = "utf-8"
