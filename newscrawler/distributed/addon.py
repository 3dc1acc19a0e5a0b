"""Scrapy add-on: with ``NEWSCRAWLER_REDIS_URL`` set, the crawl runs on scrapy-redis and queues its posts in Redis.

Works for ``newscrawler crawl --redis URL`` and ``scrapy crawl news -s NEWSCRAWLER_REDIS_URL=URL`` alike.
"""

from __future__ import annotations

from typing import Any


class DistributedAddon:
    def update_settings(self, settings: Any) -> None:
        url = settings.get("NEWSCRAWLER_REDIS_URL")
        if not url:
            return
        from scrapy_redis.dupefilter import RFPDupeFilter

        from newscrawler.distributed.crawler import (
            DistributedCrawl,
            PostQueuePipeline,
            SeedOncePerRun,
            TagPostsWithPage,
        )
        from newscrawler.distributed.scheduler import DistributedScheduler
        from newscrawler.extensions.lock import ArchiveLockExtension
        from newscrawler.extensions.run_record import RunRecordExtension
        from newscrawler.middlewares.conditional import ConditionalRequestMiddleware
        from newscrawler.pipelines.archive import ArchivePipeline
        from newscrawler.pipelines.dedupe import DedupePipeline
        from newscrawler.pipelines.markdown import MarkdownPipeline

        settings.set("REDIS_URL", url, priority="addon")
        settings.set("SCHEDULER", DistributedScheduler, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings.set("DUPEFILTER_CLASS", RFPDupeFilter, priority="addon")
        # posts go to the archive worker: this process needs no archive
        settings.replace_in_component_priority_dict("ITEM_PIPELINES", DedupePipeline, PostQueuePipeline)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", ArchivePipeline, None)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", MarkdownPipeline, None)
        settings.set_in_component_priority_dict("EXTENSIONS", RunRecordExtension, None)
        # nor its lock (the archive worker holds that), nor its record of what was fetched: the shared
        # duplicate filter is what keeps a distributed run from fetching a URL twice
        settings.set_in_component_priority_dict("EXTENSIONS", ArchiveLockExtension, None)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", ConditionalRequestMiddleware, None)
        settings.set(
            "NEWSCRAWLER_INCREMENTAL", False, priority=max(settings.getpriority("NEWSCRAWLER_INCREMENTAL") or 0, 15)
        )
        settings.set_in_component_priority_dict("EXTENSIONS", DistributedCrawl, 100)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SeedOncePerRun, 10)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", TagPostsWithPage, 990)
