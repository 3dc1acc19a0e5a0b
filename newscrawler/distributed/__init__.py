"""Distributed crawling: many ``newscrawler crawl --redis URL`` processes share one scrapy-redis frontier
and queue their posts in Redis; one ``newscrawler archive-worker`` writes them into the archive."""
