"""Commands that read the archive: ``search``, ``query``, ``runs``, ``stats`` and ``browse``."""

from __future__ import annotations

import dataclasses
import json
import sys
import textwrap
from pathlib import Path

import click

from newscrawler.cli.group import archive_option, filter_options, format_options, main, open_archive
from newscrawler.cli.output import (
    RUN_TABLE,
    cell,
    console,
    err_console,
    highlighted,
    megabytes,
    print_rows,
    run_reasons,
    run_row,
)
from newscrawler.errors import NewscrawlerError


@main.command()
@click.argument("query")
@archive_option
@filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option(
    "--recent",
    "recency_half_life",
    type=click.FloatRange(min=0.01),
    metavar="DAYS",
    help="Favour recent posts: a post of today scores up to twice, halving every DAYS days.",
)
@format_options
def search(
    query: str,
    archive_dir: Path,
    sources: tuple[str, ...],
    categories: tuple[str, ...],
    since: str | None,
    until: str | None,
    limit: int,
    recency_half_life: float | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """Full-text search of the archive, best matches first.

    QUERY: words (all must match), "a phrase", OR, -word or NOT word, prefix*, (groups), and
    title:, excerpt:, body:, author: before a word, phrase or group (docs/search.md).
    """
    from rich.table import Table
    from rich.text import Text

    with open_archive(archive_dir / "news.db", create=False) as archive:  # a wrong query or filter: one line, exit 2
        hits = archive.search(
            query,
            source=sources,
            category=categories,
            since=since,
            until=until,
            limit=limit,
            recency_half_life=recency_half_life,
        )
    columns = ["published", "source", "category", "title", "url", "snippet", "score"]
    rows = [(h.published, h.source, h.category, h.title, h.url, h.snippet, round(h.score, 4)) for h in hits]
    if as_json or as_csv:
        print_rows(columns, rows, as_json, as_csv)
        return
    err_console.print(
        f"{len(hits)} posts match {query!r}" + (" (the best; --limit for more)" if len(hits) == limit else "")
    )
    if not hits:
        return
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", style="bold", no_wrap=True)
    table.add_column("published", no_wrap=True, style="dim")
    table.add_column("source · category", style="dim", max_width=24)
    table.add_column("post", ratio=1, overflow="fold")
    for number, hit in enumerate(hits, 1):
        post = (
            Text(hit.title, style="bold") + Text("\n") + highlighted(hit.snippet) + Text("\n" + hit.url, style="cyan")
        )
        where = " · ".join(x for x in (hit.source, hit.category) if x)
        table.add_row(str(number), hit.published[:16].replace("T", " "), where, post)
    console.print(table)


@main.command()
@click.argument("sql")
@archive_option
@format_options
def query(sql: str, archive_dir: Path, as_json: bool, as_csv: bool) -> None:
    """Read-only SQL against the archive (posts, posts_fts, runs, revisions, fetch_state); SQLite refuses writes."""
    from newscrawler.store.archive import read_only_query

    columns, rows = read_only_query(archive_dir / "news.db", sql)
    print_rows(columns, rows, as_json, as_csv)


@main.command()
@archive_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@format_options
def runs(archive_dir: Path, limit: int, as_json: bool, as_csv: bool) -> None:
    """The history of crawl runs, newest first (--json: every count, per source too)."""
    from rich.table import Table
    from rich.text import Text

    with open_archive(archive_dir / "news.db", create=False) as archive:
        records = archive.runs(limit=limit)
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not records:
        err_console.print(f"{archive_dir / 'news.db'}: no runs yet (newscrawler crawl makes one)")
        return
    if as_csv:
        columns = [
            "id", "started_at", "duration_seconds", "status", "exit_code", "sources", "pages", "posts_new",
            "posts_updated", "posts_unchanged", "dropped", "errors", "flags",
        ]  # fmt: skip
        print_rows(columns, [tuple(cell(r.get(c)) for c in columns) for r in records], False, True)
        return
    table = Table(title="Crawl runs", box=None, padding=(0, 1, 0, 0), header_style="bold", title_justify="left")
    for heading in RUN_TABLE:
        table.add_column(heading, justify="left" if heading in ("started", "status") else "right", no_wrap=True)
    for record in records:
        table.add_row(*run_row(record))
    console.print(table)
    width = max(40, console.width)
    for record in records:
        for line in run_reasons(record):
            console.print(Text(textwrap.fill(line, width, subsequent_indent="    ")))


@main.command()
@archive_option
@click.option("--days", default=28, show_default=True, type=click.IntRange(7, 366), help="Days in the chart.")
@format_options
def stats(archive_dir: Path, days: int, as_json: bool, as_csv: bool) -> None:
    """Posts per source, per category and per day, with a chart of the last weeks."""
    from rich.text import Text

    from newscrawler.store.parts import archive_sizes
    from newscrawler.util.charts import day_chart

    with open_archive(archive_dir / "news.db", create=False) as archive:
        report = archive.stats(days=days)
        images = archive.media_counts()
    sizes = archive_sizes(archive_dir)
    if as_json:
        data = dataclasses.asdict(report) | {"size": sizes, "images": images}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if as_csv:
        rows = [("size", part, counts["bytes"]) for part, counts in sizes.items()]
        rows += [("source", r["source"], r["posts"]) for r in report.per_source]
        rows += [("category", r["category"], r["posts"]) for r in report.per_category]
        rows += [("day", r["day"], r["posts"]) for r in report.per_day]
        print_rows(["table", "key", "posts"], rows, False, True)
        return
    console.print(Text(f"{report.posts} posts from {len(report.per_source)} sources", style="bold"))
    console.print(
        Text(
            "Archive size: "
            + ", ".join(f"{part} {megabytes(c['bytes'])} ({c['files']} files)" for part, c in sizes.items())
            + f"; images {images['stored']} kept"
            + "".join(f", {n} not kept ({reason})" for reason, n in images["failed"].items())
        )
    )
    print_rows(
        ["source", "posts", "first published", "last published", "last crawled"],
        [
            (r["source"], r["posts"], (r["first"] or "")[:10], (r["last"] or "")[:10], (r["last_crawled"] or "")[:16])
            for r in report.per_source
        ],
        False,
        False,
        title="Posts per source",
    )
    top = max((r["posts"] for r in report.per_category), default=0)
    print_rows(
        ["category", "posts", ""],
        [(r["category"] or "(none)", r["posts"], "█" * round(20 * r["posts"] / top)) for r in report.per_category],
        False,
        False,
        title="Posts per category",
    )
    window = report.per_day
    total = sum(d["posts"] for d in window)
    console.print(
        Text(f"Posts per day, {window[0]['day']} to {window[-1]['day']}: {total} posts", style="bold")
        + Text(f" ({report.undated} without a date)" if report.undated else "")
    )
    peak = max((d["posts"] for d in window), default=0)
    for line in day_chart([(d["day"], d["posts"]) for d in window], height=max(1, min(5, peak))):
        console.print(Text(line))


@main.command()
@archive_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (others on the network can read the archive if not a loopback one).",
)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--open/--no-open", "open_browser", default=False, show_default=True, help="Open a web browser on it.")
def browse(archive_dir: Path, host: str, port: int, open_browser: bool) -> None:
    """Browse and search the archive in Datasette (needs the 'browse' extra: pip install 'newscrawler[browse]')."""
    db_path = archive_dir / "news.db"
    open_archive(db_path, create=False).close()
    try:
        from newscrawler.store.browse import serve
    except ImportError as exc:
        raise NewscrawlerError(
            f"Datasette is not installed ({exc.name or exc}): .venv/bin/pip install -q -e '.[browse]' from the "
            "repository, or pip install 'newscrawler[browse]' (see docs/browse.md)"
        ) from None

    def announce(url: str) -> None:
        click.echo(url)
        sys.stdout.flush()
        err_console.print(f"Datasette serves {db_path} at {url} (search box on posts; Ctrl-C stops it)")

    try:
        serve(db_path, host=host, port=port, open_browser=open_browser, announce=announce)
    except OSError as exc:
        raise NewscrawlerError(f"cannot serve {db_path} on {host}:{port}: {exc.strerror or exc}") from None
