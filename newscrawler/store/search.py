"""Ranked full-text search over the archive's index: which posts, in what order, with what snippet.

A query (:mod:`newscrawler.store.query`) is answered in three steps:

1. **Window.** The newest ``SEARCH_WINDOW`` posts that match it (all of them when fewer), read from the index
   newest first: a word in half of a million posts costs what it costs in ten thousand. With filters, checked
   in ``post_facets`` for each candidate, the newest ``FILTERED_WINDOW``: a filter that lets one post in 40
   through reads 40 candidates for each post of the window (at a million posts 200,000 for 5,000). With a
   quoted phrase of several words, the newest ``PHRASE_WINDOW``: the index checks the positions of every post
   holding all the phrase's words (or letter pairs) until the window is full, and for a rare phrase of frequent
   words ("정부는 대통령") 5,000 matches are most of the index. SQLite's
   own ``bm25()`` is not used: it counts every post holding each phrase of the query, a pass over the whole
   index per phrase (30-300 ms a query at a million posts).
2. **Candidates.** When the window holds more than ``RERANK`` posts (or ``limit``), that many best by where the terms
   are (``PRESENCE_WEIGHTS`` for each term in the title or the excerpt: for a word one index query per
   column over the window's range of the index only; for a quoted phrase the title only, read from the
   window's posts when there are up to ``TITLE_READS``), the newest in the index first among equals.
3. **BM25F.** The candidates' title, excerpt, body and author are read and scored with BM25F: each term's
   occurrences per field (whole words in spaced scripts, word parts in Korean) weighted by ``FIELD_WEIGHTS``
   and normalised by the field's length in letters against the candidates' average (``FIELD_B``), saturated
   by ``K1``, times the term's IDF (estimated on the newest ``IDF_SAMPLE`` posts; terms of a one-term query weigh
   alike). Optionally a recency boost: a post published now scores up to ``1 + RECENCY_BOOST`` times,
   halving every ``recency_half_life`` days. Equal scores: newest published first.
"""

from __future__ import annotations

import heapq
import json
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawler.store.query import FIELDS, Query, Term, lenient_match, parse, query_error

__all__ = ["SEARCH_WINDOW", "SearchHit", "register_functions", "search", "snippet"]

SEARCH_WINDOW = 5_000  # newest matches ranked
FILTERED_WINDOW = 1_000  # with filters: each candidate's facets are read until the window is full
PHRASE_WINDOW = 1_000  # with a phrase of several words: each candidate's positions are checked until it is full
TITLE_READS = 2_000  # a phrase's window up to this size: its titles are read rather than asked of the index
RERANK = 40  # of them, the best by PRESENCE_WEIGHTS read and scored with BM25F (or --limit, if more)
PRESENCE_WEIGHTS = {"title": 10.0, "excerpt": 3.0}
FIELD_WEIGHTS = {"title": 5.0, "excerpt": 2.0, "body": 1.0, "author": 1.0}
FIELD_B = {"title": 0.3, "excerpt": 0.5, "body": 0.75, "author": 0.0}  # how much a field's length counts
K1 = 1.2
IDF_SAMPLE = 10_000  # newest posts in which a term's share of posts is counted
RECENCY_BOOST = 1.0
FACETS_JOIN = "JOIN post_facets f ON f.post = posts_fts.rowid "  # filters (store.filters, table "f") read these
_MAX_VARIABLES = 30_000


@dataclass
class SearchHit:
    url: str
    title: str
    source: str
    category: str
    published: str
    snippet: str
    score: float


def search(
    conn: sqlite3.Connection,
    query: Query,
    *,
    where: Sequence[str] = (),
    params: Sequence[Any] = (),
    limit: int = 20,
    window: int = SEARCH_WINDOW,
    recency_half_life: float | None = None,
    now: datetime | None = None,
) -> list[SearchHit]:
    """The ``limit`` best posts for ``query`` that pass the ``where`` conditions (on ``post_facets f``)."""
    hits = []
    for _, row, score in ranked(
        conn,
        query,
        where=where,
        params=params,
        limit=limit,
        window=window,
        recency_half_life=recency_half_life,
        now=now,
    ):
        url, title, source, category, published, excerpt, body, _author = row
        hits.append(
            SearchHit(url, title, source, category, published, snippet(body or excerpt, query), round(score, 4))
        )
    return hits


def ranked(
    conn: sqlite3.Connection,
    query: Query,
    *,
    where: Sequence[str] = (),
    params: Sequence[Any] = (),
    limit: int = 20,
    window: int = SEARCH_WINDOW,
    recency_half_life: float | None = None,
    now: datetime | None = None,
) -> list[tuple[int, tuple[Any, ...], float]]:
    """The best posts as (rowid, (url, title, source, category, published, excerpt, body_text, author), score)."""
    join = FACETS_JOIN if where else ""
    if where:
        window = min(window, FILTERED_WINDOW)
    if any(_several_words(term) for term in query.terms):
        window = min(window, PHRASE_WINDOW)
    sql = (
        f"SELECT posts_fts.rowid FROM posts_fts {join}WHERE {' AND '.join(['posts_fts MATCH ?', *where])} "  # noqa: S608
        "ORDER BY posts_fts.rowid DESC LIMIT ?"
    )
    rowids = [rowid for (rowid,) in conn.execute(sql, [query.match, *params, window])]
    if not rowids:
        return []
    keep = max(RERANK, limit)
    candidates = _candidates(conn, query, rowids, keep) if len(rowids) > keep else rowids
    rows = {row[0]: row[1:] for row in _rows(conn, candidates)}
    idf = _idf(conn, query.terms)
    texts = {rowid: dict(zip(FIELDS, (row[1], row[5], row[6], row[7]), strict=True)) for rowid, row in rows.items()}
    scores = bm25f(query.terms, texts, idf)
    if recency_half_life:
        moment = now or datetime.now(UTC)
        for rowid, row in rows.items():
            scores[rowid] *= 1 + RECENCY_BOOST * _freshness(row[4], moment, recency_half_life)
    best = sorted(rows, key=lambda r: (scores[r], rows[r][4] or "", r), reverse=True)[:limit]
    return [(rowid, rows[rowid], scores[rowid]) for rowid in best]


def _several_words(term: Term) -> bool:
    """Whether ``term`` is a quoted phrase of several words (whose posts the index finds by their positions)."""
    return term.phrase and len(term.text.split()) > 1


def _candidates(conn: sqlite3.Connection, query: Query, rowids: list[int], keep: int) -> list[int]:
    """The ``keep`` best of the window by where the terms are (title, excerpt); among equals the newest.

    A word's title and excerpt are asked of the index over the window's range of rowids (cheap: one term's
    postings). A quoted phrase costs the index a check of the positions of every post holding its words, over
    the whole range, per column (at a million posts a phrase's window is often the whole index): it is looked
    for in the title only, in the window's titles read from the posts (titles come first in a post row, read
    without its body) when the window is small (TITLE_READS), else by the index."""
    presence: dict[int, float] = {}
    titles: dict[int, str] | None = None
    for term in query.terms:
        columns: tuple[str, ...] = tuple(PRESENCE_WEIGHTS)
        if _several_words(term):
            if len(rowids) <= TITLE_READS and term.field in (None, "title"):
                titles = _titles(conn, rowids) if titles is None else titles
                for rowid, title in titles.items():
                    if term.count((title or "").lower()):
                        presence[rowid] = presence.get(rowid, 0.0) + PRESENCE_WEIGHTS["title"]
                continue
            columns = ("title",)
        for column in columns:
            if term.field and term.field != column:
                continue
            # the term as typed: a Korean compound's other spacings are left to BM25F (one phrase, not several)
            expression = term.first_match if term.field else f"{column} : ({term.first_match})"
            found = conn.execute(
                "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid >= ?", [expression, rowids[-1]]
            )
            for (rowid,) in found:
                presence[rowid] = presence.get(rowid, 0.0) + PRESENCE_WEIGHTS[column]
    in_window = set(rowids)
    best = heapq.nlargest(keep, (r for r in presence if r in in_window), key=lambda r: (presence[r], r))
    chosen = set(best)
    return best + [rowid for rowid in rowids if rowid not in chosen][: keep - len(best)]


def _titles(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, str]:
    titles: dict[int, str] = {}
    for start in range(0, len(rowids), _MAX_VARIABLES):
        chunk = rowids[start : start + _MAX_VARIABLES]
        sql = f"SELECT rowid, title FROM posts WHERE rowid IN ({', '.join('?' * len(chunk))})"  # noqa: S608
        titles.update(conn.execute(sql, chunk).fetchall())
    return titles


def _rows(conn: sqlite3.Connection, rowids: list[int]) -> list[tuple[Any, ...]]:
    return conn.execute(
        "SELECT rowid, url, title, source, category, published, excerpt, body_text, author FROM posts "  # noqa: S608
        f"WHERE rowid IN ({', '.join('?' * len(rowids))})",
        rowids,
    ).fetchall()


def _idf(conn: sqlite3.Connection, terms: Sequence[Term]) -> dict[Term, float]:
    """Each term's IDF on the newest IDF_SAMPLE posts (1 for all when the query has one term)."""
    if len(terms) < 2:
        return dict.fromkeys(terms, 1.0)
    newest = conn.execute("SELECT max(rowid) FROM posts").fetchone()[0] or 0
    low = max(0, newest - IDF_SAMPLE)
    total = newest - low
    idf = {}
    for term in terms:
        df = conn.execute(
            "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ? AND rowid > ?", [term.match, low]
        ).fetchone()[0]
        idf[term] = math.log(1 + (total - df + 0.5) / (df + 0.5))
    return idf


def bm25f(terms: Sequence[Term], texts: dict[int, dict[str, str]], idf: dict[Term, float]) -> dict[int, float]:
    """BM25F of each post (``texts``: its fields' text by rowid) for ``terms``."""
    lengths = {rowid: {f: max(1, len(fields[f] or "")) for f in FIELDS} for rowid, fields in texts.items()}
    lowered: dict[tuple[int, str], str] = {}  # made when a term needs it (a Korean word is counted as it is)
    average = {f: sum(length[f] for length in lengths.values()) / max(1, len(lengths)) for f in FIELDS}
    scores = dict.fromkeys(texts, 0.0)
    for term in terms:
        fields = (term.field,) if term.field else FIELDS
        for rowid in texts:
            weighted = 0.0
            for name in fields:
                text = texts[rowid][name] or ""
                if term.caseless:
                    count = term.count(text)
                else:
                    if (rowid, name) not in lowered:
                        lowered[rowid, name] = text.lower()
                    count = term.count(lowered[rowid, name])
                if count:
                    norm = 1 - FIELD_B[name] + FIELD_B[name] * lengths[rowid][name] / average[name]
                    weighted += FIELD_WEIGHTS[name] * count / norm
            if weighted:
                scores[rowid] += idf[term] * weighted / (K1 + weighted)
    return scores


def _freshness(published: str | None, now: datetime, half_life: float) -> float:
    try:
        moment = datetime.fromisoformat(published or "")
    except ValueError:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    age_days = max(0.0, (now - moment).total_seconds() / 86_400)
    return float(0.5 ** (age_days / half_life))


def snippet(text: str, query: Query, width: int = 70) -> str:
    """About ``2 * width`` letters of ``text`` around its first match of ``query``, matches in [brackets]."""
    text = text or ""
    lowered = text.lower()
    if len(lowered) == len(text):
        found = [m.start() for t in query.terms if (m := t.lower_pattern.search(lowered))]
        first = min(found) if found else -1
    else:  # a letter whose lower case is longer: positions differ, search the text itself
        match = query.pattern.search(text)
        first = match.start() if match else -1
    if first < 0:
        head = " ".join(text[: width * 4].split())
        return head[: width * 2] + ("…" if len(head) > width * 2 or len(text) > width * 4 else "")
    around_start = max(0, first - width * 2)
    before = " ".join(text[around_start:first].split()) if around_start < first else ""
    if text[around_start:first][-1:].isspace():
        before += " "
    rest = " ".join(text[first : first + width * 3].split())
    start = max(0, len(before) - width)
    body = (before + rest)[start : len(before) + width]
    match = query.pattern.match(before + rest, len(before))
    if match and match.end() > len(before) + width:
        body = (before + rest)[start : match.end()]
    marked = query.pattern.sub(lambda m: f"[{m.group()}]" if m.group() else "", body)
    cut_before = bool(around_start or start)
    cut_after = first + width * 3 < len(text) or len(before) + len(rest) > start + len(body)
    return ("…" if cut_before else "") + marked + ("…" if cut_after else "")


def _lenient_snippet(text: str | None, query: str | None) -> str:
    try:
        return snippet(text or "", parse(query or ""))
    except Exception:
        return " ".join((text or "").split())[:140]


def register_functions(conn: sqlite3.Connection, *, override_escape_fts: bool = False) -> bool:
    """Give another tool's connection to an archive (Datasette's) the archive's search, by the same parser.

    ``newscrawler_fts(q)`` is the query's FTS5 expression (one that matches nothing for a query
    ``newscrawler search`` refuses), ``newscrawler_search(q)`` the ranked rowids of its best 200 posts as a
    JSON array (read on a connection of its own), ``newscrawler_query_error(q)`` what is wrong with the
    query (NULL when nothing is), and ``newscrawler_snippet(text, q)`` a snippet with the matches in
    [brackets]. With ``override_escape_fts`` the FTS5 translation also replaces Datasette's ``escape_fts``,
    which its table search box calls. Returns False, registering nothing, on a connection to anything else.
    """
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(posts_fts)")]
        files = [row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"]
    except sqlite3.Error:
        return False
    if columns != list(FIELDS):
        return False
    path = Path(files[0]) if files and files[0] else None

    def ranked_json(q: str | None) -> str:
        if path is None or query_error(q or ""):
            return "[]"
        from newscrawler.store.archive import read_only_connection

        other = read_only_connection(path)
        try:
            return json.dumps([rowid for rowid, _, _ in ranked(other, parse(q or ""), limit=200)])
        finally:
            other.close()

    conn.create_function("newscrawler_fts", 1, lambda q: lenient_match(q or ""), deterministic=True)
    conn.create_function("newscrawler_query_error", 1, lambda q: query_error(q or ""), deterministic=True)
    conn.create_function("newscrawler_snippet", 2, _lenient_snippet, deterministic=True)
    conn.create_function("newscrawler_search", 1, ranked_json)
    if override_escape_fts:
        conn.create_function("escape_fts", 1, lambda q: lenient_match(q or ""), deterministic=True)
    return True
