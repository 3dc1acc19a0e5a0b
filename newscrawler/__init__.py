"""newscrawler: crawl news sources into a SQLite archive and static-site post files."""

__version__ = "0.1.0"
