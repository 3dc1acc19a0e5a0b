"""The archive: the only module that talks to SQLite.

Tables: ``posts`` (one row per article, keyed by canonical URL), ``posts_fts``
(full-text index), ``post_facets`` (a post's source, category and date, by
``posts.rowid``: what search filters on, small enough to stay in memory),
``runs`` (one row per crawl run), ``revisions`` (a post's earlier versions,
kept when its content changes), ``fetch_state`` (per URL: the HTTP validators
and when it was last checked, for incremental runs).

The index has a post's title, excerpt, body and author, Korean (and other CJK)
text as overlapping two-letter pairs ("무탄소에너지를" → 무탄 탄소 소에 에너 너지
지를) beside unicode61 words, the way Lucene's CJK analyzer does: a query for
에너지 becomes the phrase "에너 너지" and finds the word inside longer words, and
two-letter words such as 환경 are single terms. SQLite's trigram tokenizer
cannot find words under three letters, which most Korean nouns are. The query
language is :mod:`newscrawler.store.query`, ranking and snippets
:mod:`newscrawler.store.search`, filters :mod:`newscrawler.store.filters`.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from newscrawler.errors import NewscrawlerError
from newscrawler.items import POST_FIELDS, Post
from newscrawler.store import filters
from newscrawler.store.filters import FilterError
from newscrawler.store.query import FIELDS, SearchError, parse
from newscrawler.store.search import FACETS_JOIN, SEARCH_WINDOW, SearchHit
from newscrawler.store.search import search as ranked_search
from newscrawler.text.cjk import cjk_pairs, cjk_pairs_of
from newscrawler.util.urls import url_variants

__all__ = ["Archive", "ArchiveError", "FilterError", "SearchError", "cjk_pairs", "read_only_query"]

SCHEMA_VERSION = 5  # the one place it is bumped; _migrate says what each version added
log = logging.getLogger(__name__)

# The index keeps no copy of the text (contentless); bench/archive.py measures a bare table like it as the ceiling.
FTS_TABLE = (
    "CREATE VIRTUAL TABLE {name} USING fts5("
    f"{', '.join(FIELDS)}, content = '', tokenize = 'unicode61 remove_diacritics 2')"
)
# Segments merged 16 at a time rather than 4, and all at once only past 64: faster to insert into at a million
# posts (bench/archive.py), search as fast. New terms gathered in memory up to 16 MB (FTS5's default: 1 MB)
# before they are written as a segment: a batch of 1,000 posts is one segment, not several to merge again
# (15 % faster to insert at 100,000 posts, bench/RESULTS.md; the memory is the writer's, while it saves).
FTS_SETTINGS = {"automerge": 16, "crisismerge": 64, "hashsize": 16 * 1024 * 1024}
POST_COLUMNS: dict[str, type] = {name: str for name in POST_FIELDS}
RUN_COLUMNS: dict[str, type] = {
    "id": int,
    "started_at": str,
    "finished_at": str,
    "sources": str,
    "status": str,
    "finish_reason": str,
    "pages": int,
    "posts_new": int,
    "posts_updated": int,
    "posts_unchanged": int,
    "dropped": int,
    "errors": int,
    "dropped_reasons": str,
    "error_reasons": str,
    "per_source": str,
    "duration_seconds": float,
    "flags": str,
    "exit_code": int,
}
FETCH_STATE_COLUMNS: dict[str, type] = {
    "key": str,  # urls.identity_key of the URL
    "url": str,
    "kind": str,  # "article" or "discovery" (feed, sitemap, listing page)
    "etag": str,
    "last_modified": str,
    "checked_at": str,
    "children": str,  # JSON list: the feeds, sitemaps or listing pages a discovery page led to
}
# what the crawl kept beside each post (store/warc.py, pipelines/images.py; docs/archive-files.md)
CAPTURE_COLUMNS: dict[str, type] = {
    "url": str,  # the post's URL
    "source": str,
    "page_url": str,  # the URL the page was fetched from
    "file": str,  # its WARC file in ARCHIVE/warc/
    "offset": int,  # where its response record starts there
    "length": int,
    "record_id": str,
    "fetched_at": str,
    "hint": str,  # JSON: what the feed or sitemap said of it (extraction's DiscoveryHint)
}
MEDIA_COLUMNS: dict[str, type] = {
    "url": str,  # the image's original URL
    "file": str,  # its file in ARCHIVE/media/ ("" when it could not be kept)
    "status": str,  # "stored" or "failed"
    "reason": str,
    "content_type": str,
    "size": int,
    "fetched_at": str,
}
_STATE_NAMES = tuple(name for name in FETCH_STATE_COLUMNS if name != "key")
_STATE_FIELDS = ", ".join(_STATE_NAMES)


class ArchiveError(NewscrawlerError):
    """The archive cannot be opened or used; the message says why."""


@dataclass
class ArchiveStats:
    posts: int
    per_source: list[dict[str, Any]]
    per_category: list[dict[str, Any]]
    per_day: list[dict[str, Any]]
    undated: int


class Archive:
    """A newscrawler archive file (``news.db``)."""

    def __init__(self, path: str | Path, *, create: bool = True, search_window: int = SEARCH_WINDOW) -> None:
        self.path = Path(path)
        self.search_window = search_window
        if not create and not self.path.exists():
            raise ArchiveError(f"{self.path}: no archive here yet (run 'newscrawler crawl' or 'newscrawler demo')")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Other packages' sqlite-utils plugins have no part in the archive's SQL, and finding them scans
            # every installed package's entry points: ~12 ms on each command's start.
            self.db = sqlite_utils.Database(self.path, execute_plugins=False)
            tables = self.db.table_names()
            if "posts" not in tables and (tables or not create):
                self.db.close()
                raise ArchiveError(
                    f"{self.path}: not a newscrawler archive (it has no posts table); nothing was changed"
                )
            self.db.execute("PRAGMA busy_timeout = 10000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.conn.create_function("newscrawler_pairs", 1, cjk_pairs, deterministic=True)
            self._migrate()
            self._ensure_run_tables()
            self._ensure_kept_tables()
        except sqlite3.OperationalError as exc:
            if create or not _cannot_write(exc):
                raise ArchiveError(f"{self.path}: {_why(exc)}") from None
            self._open_read_only()  # a reader of an archive in a folder it cannot write
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}: not a usable archive: {exc}") from None
        except OSError as exc:
            raise ArchiveError(f"{self.path}: cannot open: {exc}") from None

    def _open_read_only(self) -> None:
        try:
            self.db = sqlite_utils.Database(read_only_connection(self.path), execute_plugins=False)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}: not a usable archive: {exc}") from None
        if version < SCHEMA_VERSION:
            raise ArchiveError(f"{self.path}: an older archive; open it once with write access to upgrade it")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_run_tables(self) -> None:
        """The tables of scheduled, incremental runs, added to any archive that lacks them (on every open:
        cheap when they are there, and independent of the schema version other changes bump)."""
        if "fetch_state" in self.db.table_names() and "exit_code" in self.db.table("runs").columns_dict:
            return
        with self.db.atomic():
            self.db.table("revisions").create(
                {"id": int, "url": str, "revised_at": str, **{k: v for k, v in POST_COLUMNS.items() if k != "url"}},
                pk="id",
                if_not_exists=True,
            )
            self.db.table("revisions").create_index(["url"], if_not_exists=True)
            self.db.table("fetch_state").create(FETCH_STATE_COLUMNS, pk="key", if_not_exists=True)
            for column in ("flags", "exit_code"):
                if column not in self.db.table("runs").columns_dict:
                    self.db.table("runs").add_column(column, RUN_COLUMNS[column])

    def _ensure_kept_tables(self) -> None:
        """The tables of kept pages and images, added to any archive that lacks them (see _ensure_run_tables)."""
        if "post_media" in self.db.table_names():
            return
        with self.db.atomic():
            self.db.table("captures").create(CAPTURE_COLUMNS, pk="url", if_not_exists=True)
            self.db.table("media").create(MEDIA_COLUMNS, pk="url", if_not_exists=True)
            self.db.table("post_media").create(
                {"post": str, "url": str, "role": str}, pk=("post", "url"), if_not_exists=True
            )

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        if version and "posts" in self.db.table_names():
            log.warning(
                "%s: upgrading the archive from schema %d to %d, once (%s)",
                self.path,
                version,
                SCHEMA_VERSION,
                "re-indexing every post: up to an hour per million posts" if version < 4 else "index settings only",
            )
        self.db.execute("PRAGMA cache_size = -65536")  # re-indexing an archive of some size merges big segments
        with self.db.atomic():
            self.db.table("posts").create(
                {**POST_COLUMNS, "first_seen": str, "file": str}, pk="url", if_not_exists=True
            )
            self.db.table("posts").create_index(["source", "published"], if_not_exists=True)
            self.db.table("posts").create_index(["category"], if_not_exists=True)
            self.db.table("posts").create_index(["file"], if_not_exists=True)
            self.db.table("posts").create_index(["published", "url"], if_not_exists=True)  # export's order, unsorted
            self.db.table("runs").create(RUN_COLUMNS, pk="id", if_not_exists=True)
            if version < 4:
                # Version 2: the index keeps no copy of the text (contentless), which halves its size and
                # its insert time; the text is in ``posts``. Deleting from it needs the indexed text again,
                # so a change to what is indexed (cjk_pairs) must come with a new version that re-indexes.
                # Version 4: the author is indexed too (author: in queries). Its merge settings (FTS_SETTINGS).
                self.db.execute("DROP TABLE IF EXISTS posts_fts")
                self.db.execute(FTS_TABLE.format(name="posts_fts"))
                self.db.execute(
                    f"INSERT INTO posts_fts (rowid, {', '.join(FIELDS)}) "  # noqa: S608 - our names
                    "SELECT rowid, newscrawler_pairs(title), newscrawler_pairs(excerpt), newscrawler_pairs(body_text), "
                    "newscrawler_pairs(author) FROM posts"
                )
                tune_index(self.db.conn, "posts_fts")
            elif version < 5:
                # Version 5: the index's settings (FTS_SETTINGS: its hash size), kept in the index; nothing re-indexed.
                tune_index(self.db.conn, "posts_fts")
            if version < 3:
                # Version 3: what search filters on, in a narrow table of its own. In ``posts`` the date comes
                # after the body, so checking it walked each candidate's overflow pages (at a million posts a
                # filtered search read gigabytes).
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS post_facets "
                    "(post INTEGER PRIMARY KEY, source TEXT, category TEXT, published TEXT)"
                )
                self.db.execute(
                    "INSERT OR REPLACE INTO post_facets SELECT rowid, source, category, published FROM posts"
                )
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.db.execute("PRAGMA cache_size = -2000")

    # posts

    def save_post(self, post: Post) -> str:
        """Insert or update ``post``; returns "new", "updated" or "unchanged".

        A post already archived under a variant of its URL (``www.`` or not, a trailing
        slash or not) is the same article: that row is updated and ``post.url`` takes its key.
        """
        return self.save_posts([post])[0]

    def save_posts(self, posts: Sequence[Post]) -> list[str]:
        """Insert or update ``posts`` in one transaction; returns "new", "updated" or "unchanged" for each."""
        with self.db.atomic():
            return [self._save(post) for post in posts]

    def outcome(self, post: Post) -> str:
        """What :meth:`save_posts` would do with ``post`` ("new", "updated" or "unchanged"), writing nothing."""
        old = self._archived(post.url)
        if old is None:
            return "new"
        row = {**post.as_dict(), "tags": json.dumps(post.tags, ensure_ascii=False)}
        _, _, *old_values, _ = old
        return "unchanged" if old_values == [row[k] for k in _COMPARED] else "updated"

    def _save(self, post: Post) -> str:
        old = self._archived(post.url)
        if old is not None:
            post.url = old[0]
        row = post.as_dict()
        row["tags"] = json.dumps(post.tags, ensure_ascii=False)
        if old is None:
            row["first_seen"] = post.crawled_at
            cursor = self.db.execute(_insert_sql(tuple(row)), list(row.values()))
            self._index(cursor.lastrowid, post)
            return "new"
        _, rowid, *old_values, old_body = old
        if old_values == [row[k] for k in _COMPARED]:
            self.db.execute("UPDATE posts SET crawled_at = ? WHERE rowid = ?", [post.crawled_at, rowid])
            return "unchanged"
        self._keep_revision(post.url, post.crawled_at)
        self._unindex(rowid, old_values[1], old_values[2], old_body, old_values[5])
        self.db.execute(_update_sql(tuple(row)), [*row.values(), rowid])
        self._index(rowid, post)
        return "updated"

    def _archived(self, url: str) -> tuple[Any, ...] | None:
        """The archived post ``url`` names (under it, or under a variant of it: ``www.``, trailing slash):
        its url, rowid, the _COMPARED columns and body_text; None for a new post."""
        variants = url_variants(url)
        sql = (
            f"SELECT url, rowid, {', '.join(_COMPARED)}, body_text FROM posts "  # noqa: S608 - fixed names, ?s
            f"WHERE url IN ({', '.join('?' * len(variants))}) ORDER BY url = ? DESC LIMIT 1"
        )
        return self.db.execute(sql, [*variants, url]).fetchone()

    def _keep_revision(self, url: str, revised_at: str) -> None:
        columns = [c for c in POST_COLUMNS if c != "url"]
        names = ", ".join(columns)
        self.db.execute(
            f"INSERT INTO revisions (url, revised_at, {names}) SELECT url, ?, {names} FROM posts WHERE url = ?",  # noqa: S608
            [revised_at, url],
        )

    def revisions(self, url: str) -> list[dict[str, Any]]:
        """The earlier versions of the post at ``url``, oldest first."""
        return [_decode(row) for row in self.db.table("revisions").rows_where("url = ?", [url], order_by="id")]

    # incremental runs

    def fetch_states(self) -> dict[str, dict[str, str]]:
        """Every URL's validators and last check, by identity key."""
        cursor = self.db.execute(f"SELECT key, {_STATE_FIELDS} FROM fetch_state")  # noqa: S608 - fixed names
        return {row[0]: _state(row[1:]) for row in cursor}

    def fetch_state(self, key: str) -> dict[str, str] | None:
        row = self.db.execute(f"SELECT {_STATE_FIELDS} FROM fetch_state WHERE key = ?", [key]).fetchone()  # noqa: S608
        return _state(row) if row else None

    def record_fetch(self, rows: Sequence[dict[str, str]]) -> None:
        """Remember validators and check times (``rows`` hold FETCH_STATE_COLUMNS; empty validators keep the old)."""
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT INTO fetch_state (key, url, kind, etag, last_modified, checked_at, children) "
                "VALUES (:key, :url, :kind, :etag, :last_modified, :checked_at, :children) "
                "ON CONFLICT(key) DO UPDATE SET url = excluded.url, kind = excluded.kind, "
                "children = CASE WHEN excluded.children != '' THEN excluded.children ELSE fetch_state.children END, "
                "etag = CASE WHEN excluded.etag != '' OR excluded.last_modified != '' THEN excluded.etag "
                "ELSE fetch_state.etag END, "
                "last_modified = CASE WHEN excluded.etag != '' OR excluded.last_modified != '' "
                "THEN excluded.last_modified ELSE fetch_state.last_modified END, "
                "checked_at = excluded.checked_at",
                [{"children": "", **row} for row in rows],
            )

    def known_posts(self) -> dict[str, str]:
        """Every archived post's URL with when it was last crawled."""
        return dict(self.db.execute("SELECT url, crawled_at FROM posts").fetchall())

    def _index(self, rowid: int | None, post: Post) -> None:
        self.db.execute(
            "INSERT INTO posts_fts (rowid, title, excerpt, body, author) VALUES (?, ?, ?, ?, ?)",
            [rowid, *cjk_pairs_of(post.title, post.excerpt, post.body_text, post.author or "")],
        )
        self.db.execute(
            "INSERT OR REPLACE INTO post_facets (post, source, category, published) VALUES (?, ?, ?, ?)",
            [rowid, post.source, post.category, post.published],
        )

    def _unindex(self, rowid: int, title: str, excerpt: str, body: str, author: str) -> None:
        self.db.execute(
            "INSERT INTO posts_fts (posts_fts, rowid, title, excerpt, body, author) VALUES ('delete', ?, ?, ?, ?, ?)",
            [rowid, *cjk_pairs_of(title or "", excerpt or "", body or "", author or "")],
        )

    def post_file(self, url: str) -> str:
        row = self.db.execute("SELECT file FROM posts WHERE url = ?", [url]).fetchone()
        return (row[0] or "") if row else ""

    def file_owner(self, file: str) -> str:
        row = self.db.execute("SELECT url FROM posts WHERE file = ?", [file]).fetchone()
        return row[0] if row else ""

    def set_post_file(self, url: str, file: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE posts SET file = ? WHERE url = ?", [file, url])

    def post_files(self) -> list[tuple[str, str]]:
        """Every post's URL with its Jekyll file name in the crawl's posts folder (empty when it has none yet)."""
        return [(url, file or "") for url, file in self.db.execute("SELECT url, file FROM posts")]

    def get_post(self, url: str) -> dict[str, Any] | None:
        rows = list(self.db.table("posts").rows_where("url = ?", [url]))
        return _decode(rows[0]) if rows else None

    def posts(self) -> Iterator[dict[str, Any]]:
        for row in self.db.table("posts").rows_where(order_by="published, url"):
            yield _decode(row)

    def count_posts(self) -> int:
        return self.db.table("posts").count

    # search

    def search(
        self,
        query: str,
        *,
        source: str | Sequence[str] | None = None,
        category: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        recency_half_life: float | None = None,
    ) -> list[SearchHit]:
        """Posts matching ``query`` (the language of :mod:`newscrawler.store.query`), best first (ranked as
        :mod:`newscrawler.store.search` says). A wrong query, date, source or category raises a SearchError or
        FilterError whose message says what is wrong and how to write it."""
        parsed = parse(query)
        filters.check_names(self.db.conn, "source", filters.as_tuple(source))
        filters.check_names(self.db.conn, "category", filters.as_tuple(category))
        where, params = filters.conditions(source, category, since, until, table="f")
        return ranked_search(
            self.db.conn,
            parsed,
            where=where,
            params=params,
            limit=limit,
            window=self.search_window,
            recency_half_life=recency_half_life,
        )

    def select_posts(
        self,
        *,
        sources: str | Sequence[str] | None = None,
        categories: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        query: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every post the filters let through (all of them without filters), oldest first."""
        where, params = self._selection(sources, categories, since, until, query)
        sql = f"SELECT p.* FROM posts p WHERE {where} ORDER BY p.published, p.url"  # noqa: S608 - fixed fragments
        try:
            cursor = self.db.execute(sql, params)
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                yield _decode(dict(zip(columns, row, strict=True)))
        except sqlite3.OperationalError as exc:
            raise SearchError(f"cannot search for {query!r}: {exc}") from None

    def count_selected(
        self,
        *,
        sources: str | Sequence[str] | None = None,
        categories: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        query: str | None = None,
    ) -> int:
        where, params = filters.conditions(sources, categories, since, until, table="f")  # no post rows read
        if query:
            where.insert(0, "posts_fts MATCH ?")
            params.insert(0, parse(query).match)
            join = FACETS_JOIN if len(where) > 1 else ""
            sql = f"SELECT count(*) FROM posts_fts {join}WHERE {' AND '.join(where)}"  # noqa: S608 - fixed fragments
        else:
            sql = f"SELECT count(*) FROM post_facets f WHERE {' AND '.join(where) or '1'}"  # noqa: S608
        try:
            return int(self.db.execute(sql, params).fetchone()[0])
        except sqlite3.OperationalError as exc:
            raise SearchError(f"cannot search for {query!r}: {exc}") from None

    def _selection(
        self,
        sources: str | Sequence[str] | None,
        categories: str | Sequence[str] | None,
        since: str | None,
        until: str | None,
        query: str | None,
    ) -> tuple[str, list[Any]]:
        where, params = filters.conditions(sources, categories, since, until)
        if query:
            where.append("p.rowid IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)")
            params.append(parse(query).match)
        return " AND ".join(where) or "1", params

    # statistics

    def stats(self, days: int = 28, today: date | None = None) -> ArchiveStats:
        """Posts per source, per category and per day; ``days`` days of daily counts for a chart.

        The chart's window ends on the newest post's day (never after ``today``), so an
        archive that is not crawled every day still shows its last weeks of posts.
        """
        per_source = self.db.execute(
            "SELECT source, count(*), min(nullif(published, '')), max(nullif(published, '')), max(crawled_at) "
            "FROM posts GROUP BY source ORDER BY count(*) DESC, source"
        ).fetchall()
        per_category = self.db.execute(
            "SELECT category, count(*) FROM posts GROUP BY category ORDER BY count(*) DESC, category"
        ).fetchall()
        per_day = dict(
            self.db.execute(
                "SELECT substr(published, 1, 10) AS day, count(*) FROM posts "
                "WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' GROUP BY day"
            ).fetchall()
        )
        undated = self.db.execute(
            "SELECT count(*) FROM posts WHERE NOT published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
        ).fetchone()[0]
        today = today or datetime.now(UTC).date()
        known = sorted(d for d in per_day if _DAY.fullmatch(d or ""))
        end = min(date.fromisoformat(known[-1]), today) if known else today
        window = [end - timedelta(days=offset) for offset in range(days - 1, -1, -1)]
        return ArchiveStats(
            posts=sum(n for _, n, *_ in per_source),
            per_source=[
                {"source": s, "posts": n, "first": first, "last": last, "last_crawled": crawled}
                for s, n, first, last, crawled in per_source
            ],
            per_category=[{"category": c, "posts": n} for c, n in per_category],
            per_day=[{"day": d.isoformat(), "posts": per_day.get(d.isoformat(), 0)} for d in window],
            undated=undated,
        )

    # runs

    def start_run(self, sources: Sequence[str]) -> int:
        with self.db.atomic():
            table = self.db.table("runs").insert(
                {
                    "started_at": utc_now(),
                    "sources": json.dumps(list(sources), ensure_ascii=False),
                    "status": "running",
                }
            )
        return int(table.last_pk or 0)

    def close_abandoned_runs(self) -> int:
        """Mark runs still "running" as killed: called by a run holding the archive's lock, so none is alive."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE runs SET status = 'killed', finish_reason = 'the process ended before closing the run' "
                "WHERE status = 'running'"
            )
        return cursor.rowcount

    def finish_run(self, run_id: int, **fields: Any) -> None:
        row = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in fields.items()}
        row.setdefault("finished_at", utc_now())
        with self.db.atomic():
            self.db.table("runs").update(run_id, row)

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.db.table("runs").rows_where(order_by="id desc", limit=limit)
        return [
            {k: json.loads(v) if k in _JSON_RUN_COLUMNS and isinstance(v, str) and v else v for k, v in row.items()}
            for row in rows
        ]

    # kept pages and images

    def transaction(self) -> Any:
        """One transaction around several writes (nested ones become savepoints)."""
        return self.db.atomic()

    def save_captures(self, rows: Sequence[dict[str, Any]]) -> None:
        """Where each post's page is in the WARC files (CAPTURE_COLUMNS), its last capture replacing earlier ones."""
        with self.db.atomic():
            self.db.conn.executemany(
                f"INSERT OR REPLACE INTO captures ({', '.join(CAPTURE_COLUMNS)}) "  # noqa: S608 - fixed names
                f"VALUES ({', '.join(':' + c for c in CAPTURE_COLUMNS)})",
                rows,
            )

    def capture(self, url: str) -> dict[str, Any] | None:
        rows = list(self.db.table("captures").rows_where("url = ?", [url]))
        return rows[0] if rows else None

    def captured_posts(
        self, *, sources: Sequence[str] | None = None, since: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """The captures of the posts the filters let through, with the post's source, oldest post first."""
        where, params = filters.conditions(sources, None, since, None)
        sql = (
            "SELECT c.* FROM captures c JOIN posts p ON p.url = c.url "  # noqa: S608 - fixed fragments
            f"WHERE {' AND '.join(where) or '1'} ORDER BY p.published, p.url"
        )
        cursor = self.db.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            yield dict(zip(columns, row, strict=True))

    def count_uncaptured(self, *, sources: Sequence[str] | None = None, since: str | None = None) -> int:
        where, params = filters.conditions(sources, None, since, None)
        where.append("p.url NOT IN (SELECT url FROM captures)")
        return int(self.db.execute(f"SELECT count(*) FROM posts p WHERE {' AND '.join(where)}", params).fetchone()[0])  # noqa: S608

    def save_media(self, post_url: str, rows: Sequence[dict[str, Any]]) -> None:
        """The images of the post at ``post_url`` (MEDIA_COLUMNS and "role": "lead" or "body"): what was stored
        for each original URL, or why it was not (a row without ``fetched_at``: stored by an earlier run, linked
        only). A failure never replaces an image stored before."""
        with self.db.atomic():
            self.db.execute("DELETE FROM post_media WHERE post = ?", [post_url])
            for row in rows:
                if row.get("status") == "stored" and not row.get("fetched_at"):  # an earlier run's: link it only
                    self.db.execute(
                        "INSERT OR REPLACE INTO post_media (post, url, role) VALUES (?, ?, ?)",
                        [post_url, row["url"], row.get("role", "body")],
                    )
                    continue
                values = {
                    column: row.get(column, "" if MEDIA_COLUMNS[column] is str else 0) for column in MEDIA_COLUMNS
                }
                self.db.execute(
                    f"INSERT INTO media ({', '.join(MEDIA_COLUMNS)}) "  # noqa: S608 - fixed names
                    f"VALUES ({', '.join(':' + c for c in MEDIA_COLUMNS)}) ON CONFLICT(url) DO UPDATE SET "
                    + ", ".join(f"{c} = excluded.{c}" for c in MEDIA_COLUMNS if c != "url")
                    + " WHERE excluded.status = 'stored' OR media.status != 'stored'",
                    values,
                )
                self.db.execute(
                    "INSERT OR REPLACE INTO post_media (post, url, role) VALUES (?, ?, ?)",
                    [post_url, row["url"], row.get("role", "body")],
                )

    @functools.cached_property
    def _keeps_media(self) -> bool:
        """Whether the archive has the tables of kept images (an older one opened read-only has not)."""
        return "post_media" in self.db.table_names()

    def post_media(self, post_url: str) -> list[dict[str, str]]:
        """The post's stored images: each one's original URL, its file in ARCHIVE/media/ and its role."""
        if not self._keeps_media:
            return []
        cursor = self.db.execute(
            "SELECT m.url, m.file, pm.role FROM post_media pm JOIN media m ON m.url = pm.url "
            "WHERE pm.post = ? AND m.status = 'stored' ORDER BY pm.role = 'lead' DESC, pm.rowid",
            [post_url],
        )
        return [{"url": url, "file": file, "role": role} for url, file, role in cursor.fetchall()]

    def media_counts(self) -> dict[str, Any]:
        """Images stored, and images not kept by reason."""
        if not self._keeps_media:
            return {"stored": 0, "failed": {}}
        stored = self.db.execute("SELECT count(*) FROM media WHERE status = 'stored'").fetchone()[0]
        failed = self.db.execute(
            "SELECT reason, count(*) FROM media WHERE status = 'failed' GROUP BY reason ORDER BY count(*) DESC, reason"
        ).fetchall()
        return {"stored": stored, "failed": dict(failed)}

    def stored_media(self, urls: Sequence[str]) -> dict[str, str]:
        """Of ``urls``, the images already stored: original URL → file."""
        if not urls:
            return {}
        cursor = self.db.execute(
            f"SELECT url, file FROM media WHERE status = 'stored' AND url IN ({', '.join('?' * len(urls))})",  # noqa: S608
            list(urls),
        )
        return dict(cursor.fetchall())


_JSON_RUN_COLUMNS = {"sources", "dropped_reasons", "error_reasons", "per_source", "flags"}
_COMPARED = ("content_hash", "title", "excerpt", "category", "tags", "author", "published", "modified", "image")


@functools.cache
def _insert_sql(columns: tuple[str, ...]) -> str:
    return f"INSERT INTO posts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"  # noqa: S608


@functools.cache
def _update_sql(columns: tuple[str, ...]) -> str:
    return f"UPDATE posts SET {', '.join(f'{c} = ?' for c in columns)} WHERE rowid = ?"  # noqa: S608


def tune_index(conn: sqlite3.Connection, table: str) -> None:
    """Apply FTS_SETTINGS to the FTS5 ``table`` (kept in the index itself, so once is enough)."""
    for name, value in FTS_SETTINGS.items():
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", [name, value])  # noqa: S608 - our names


def _state(row: Sequence[Any]) -> dict[str, str]:
    return {name: value or "" for name, value in zip(_STATE_NAMES, row, strict=True)}


def read_only_query(path: str | Path, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` on a connection SQLite itself opened read-only: any write is refused by SQLite."""
    path = Path(path)
    if not path.exists():
        raise ArchiveError(f"{path}: no archive here yet (run 'newscrawler crawl' or 'newscrawler demo')")
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise ArchiveError(f"{path}: not a usable archive: {exc}") from None
    try:
        conn.execute("PRAGMA query_only = ON")  # also refuses writes to a database someone ATTACHes
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        cursor = conn.execute(sql, params)
        columns = [d[0] for d in cursor.description or ()]
        return columns, cursor.fetchall()
    except sqlite3.Error as exc:
        raise ArchiveError(f"query refused: {exc}") from None
    finally:
        conn.close()


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection SQLite opens read-only. In a folder this process cannot write, a WAL archive that no
    crawl is writing (no ``-wal`` file beside it) is opened as immutable, the one way SQLite reads it there."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if not _cannot_write(exc) or Path(f"{path}-wal").exists():
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def _cannot_write(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return "readonly" in message or "read-only" in message or "unable to open" in message


def _why(exc: sqlite3.Error) -> str:
    if _cannot_write(exc):
        return f"cannot write the archive here (is its folder read-only?): {exc}"
    return f"not a usable archive: {exc}"


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    if isinstance(row.get("tags"), str):
        row["tags"] = json.loads(row["tags"]) if row["tags"] else []
    return row
