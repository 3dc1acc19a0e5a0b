"""``newscrawler browse``: the archive in Datasette, with a search box that understands Korean.

The archive's full-text index holds Korean as two-letter pairs, so a search
box must translate a query before FTS5 sees it. This module is a Datasette
plugin (entry point ``datasette: newscrawler``, so plain ``datasette
archive/news.db`` loads it too) whose ``prepare_connection`` gives every
connection to an archive the functions of :func:`newscrawler.store.search.register_functions`:
``newscrawler_fts(q)``, ``newscrawler_search(q)``, ``newscrawler_snippet(text, q)``, and Datasette's
``escape_fts`` replaced by the same translation, which is what the ``posts``
table's search box (``?_search=``) calls. :func:`metadata` points that search
box at ``posts_fts`` and adds a ranked ``search`` query.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from datasette import hookimpl

from newscrawler.store.search import register_functions

# Ranked as ``newscrawler search`` ranks, by the same code (store.search.ranked, run by newscrawler_search on a
# connection of its own); a query newscrawler search refuses shows its message in the one row it gives.
SEARCH_SQL = """select ranked.key + 1 as rank, p.published, p.source, p.category, p.title, p.url,
  newscrawler_snippet(p.body_text, :q) as snippet
from json_each(newscrawler_search(:q)) ranked join posts p on p.rowid = ranked.value
union all
select 0, null, null, null, newscrawler_query_error(:q), null, null where newscrawler_query_error(:q) is not null
order by rank"""


@hookimpl(trylast=True)
def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
    # trylast: after Datasette's own prepare_connection, so that our escape_fts is the one that stays
    register_functions(conn, override_escape_fts=True)


def metadata(database: str = "news") -> dict[str, Any]:
    """Datasette metadata for an archive attached as ``database``."""
    return {
        "title": "newscrawler archive",
        "description": 'Posts collected by newscrawler. Search: words, "phrases", OR, -word, prefix*, title:word '
        "(docs/search.md); Korean words are found inside longer words.",
        "databases": {
            database: {
                "tables": {
                    "posts": {
                        "fts_table": "posts_fts",
                        "fts_pk": "rowid",
                        "sort_desc": "published",
                        "label_column": "title",
                        "facets": ["source", "category"],
                        "description": "One row per article, keyed by its canonical URL.",
                    },
                    **{name: {"hidden": True} for name in ("posts_fts", "posts_fts_config", "posts_fts_data")},
                    **{name: {"hidden": True} for name in ("posts_fts_docsize", "posts_fts_idx")},
                },
                "queries": {
                    "search": {
                        "title": "Search posts, best matches first",
                        "sql": SEARCH_SQL,
                        "description": 'Words, "phrases", OR, -word, prefix*, title:word (docs/search.md).',
                    }
                },
            }
        },
    }


def serve(
    db_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8001,
    open_browser: bool = False,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve ``db_path`` with Datasette until interrupted. ``port`` 0 takes a free port; ``announce`` gets the URL.

    The socket is bound and listening before the URL is announced, so whoever
    reads the URL can connect at once.
    """
    import uvicorn
    from datasette.app import Datasette
    from datasette.plugins import pm

    if not pm.is_registered(sys.modules[__name__]) and pm.get_plugin("newscrawler") is None:
        pm.register(sys.modules[__name__], name="newscrawler")
    database = db_path.stem
    datasette = Datasette(
        [str(db_path)],
        metadata=metadata(database),
        settings={"sql_time_limit_ms": 5000, "default_page_size": 50},
    )
    asyncio.run(datasette.invoke_startup())
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise OSError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    url = f"http://{shown}:{bound}/{database}/posts"
    announce(url)
    if open_browser:
        webbrowser.open(url)
    server = uvicorn.Server(uvicorn.Config(datasette.app(), log_level="warning", lifespan="on"))
    server.run(sockets=[sock])
