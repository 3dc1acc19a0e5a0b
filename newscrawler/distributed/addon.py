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
        from newscrawler.pipelines.archive import ArchivePipeline
        from newscrawler.pipelines.dedupe import DedupePipeline
        from newscrawler.pipelines.markdown import MarkdownPipeline
        from newscrawler.runs import RunRecordExtension

        settings.set("REDIS_URL", url, priority="addon")
        settings.set("SCHEDULER", DistributedScheduler, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings.set("DUPEFILTER_CLASS", RFPDupeFilter, priority="addon")
        # posts go to the archive worker: this process needs no archive
        settings.replace_in_component_priority_dict("ITEM_PIPELINES", DedupePipeline, PostQueuePipeline)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", ArchivePipeline, None)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", MarkdownPipeline, None)
        settings.set_in_component_priority_dict("EXTENSIONS", RunRecordExtension, None)
        settings.set_in_component_priority_dict("EXTENSIONS", DistributedCrawl, 100)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SeedOncePerRun, 10)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", TagPostsWithPage, 990)
