"""The ``newscrawler`` command: argument parsing and output only; the work is done elsewhere."""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
import tempfile
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from newscrawler import __version__
from newscrawler.sources import Source, SourcesError, load_sources, select_sources
from newscrawler.store import Archive, ArchiveError, read_only_query

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def archive_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--archive",
        "archive_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default="archive",
        show_default=True,
        envvar="NEWSCRAWLER_ARCHIVE",
        help="Archive folder: news.db and _posts/ (env NEWSCRAWLER_ARCHIVE).",
    )(function)


def sources_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--sources",
        "sources_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default="sources.toml",
        show_default=True,
        envvar="NEWSCRAWLER_SOURCES",
        help="The sources file (env NEWSCRAWLER_SOURCES).",
    )(function)


def format_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option("--csv", "as_csv", is_flag=True, help="CSV for scripts.")(function)
    return click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")(function)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscrawler")
def main() -> None:
    """Crawl news sources into a SQLite archive and Jekyll post files, and query the archive."""


# crawling


@main.command()
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@archive_option
@sources_option
@click.option("--log-level", default="INFO", show_default=True, help="Scrapy log level (DEBUG, INFO, WARNING).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
def crawl(
    names: tuple[str, ...], archive_dir: Path, sources_file: Path, log_level: str, overrides: tuple[str, ...]
) -> None:
    """Crawl all sources, or the named ones, into the archive."""
    selected = _load_sources(sources_file, names)
    settings: dict[str, Any] = {"LOG_LEVEL": log_level.upper()}
    for override in overrides:
        name, sep, value = override.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{override!r} is not NAME=VALUE", param_hint="--set")
        settings[name.strip()] = value
    record = run_crawl(archive_dir, sources_file, [s.name for s in selected], settings)
    _print_run(record, archive_dir)
    sys.exit(EXIT_OK if record.get("status") in ("ok", "errors") else EXIT_FAILED)


@main.command()
@archive_option
@click.option("--port", default=8650, show_default=True, help="Port for the sample site (another is taken if busy).")
def demo(archive_dir: Path, port: int) -> None:
    """Serve the bundled sample news site on 127.0.0.1 and crawl it into the archive (offline)."""
    from newscrawler.demo.server import DEMO_SOURCES, serve_demo_site

    server = serve_demo_site(port)
    err_console.print(f"Serving the sample site at {server.base_url}")
    try:
        with tempfile.TemporaryDirectory(prefix="newscrawler-demo-") as folder:
            sources_file = Path(folder) / "sources.toml"
            sources_file.write_text(DEMO_SOURCES.read_text("utf-8").replace("__BASE_URL__", server.base_url), "utf-8")
            names = [s.name for s in _load_sources(sources_file, ())]
            settings = {"LOG_LEVEL": "WARNING", "AUTOTHROTTLE_START_DELAY": 0.0, "DOWNLOAD_DELAY": 0.0}
            record = run_crawl(archive_dir, sources_file, names, settings)
    finally:
        server.shutdown()
        server.server_close()
    _print_run(record, archive_dir)
    with Archive(archive_dir / "news.db") as archive:
        _, rows = read_only_query(
            archive.path, "SELECT category, count(*) FROM posts GROUP BY category ORDER BY count(*) DESC"
        )
        files = len(list((archive_dir / "_posts").glob("*.md")))
        console.print(
            f"The archive holds {archive.count_posts()} posts in {len(rows)} categories "
            f"({', '.join(f'{c} {n}' for c, n in rows)}); {files} Jekyll files in {archive_dir / '_posts'}."
        )
    console.print(f"Try: newscrawler search 에너지 --archive {archive_dir}")
    sys.exit(EXIT_OK if record.get("status") in ("ok", "errors") else EXIT_FAILED)


def run_crawl(archive_dir: Path, sources_file: Path, names: Sequence[str], overrides: dict[str, Any]) -> dict[str, Any]:
    """Crawl ``names`` from ``sources_file`` in this process; returns the run record."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from newscrawler.spiders.news import NewsSpider

    settings = get_project_settings()
    settings.setdict(
        {
            "NEWSCRAWLER_SOURCES": str(sources_file),
            "ARCHIVE_DIR": str(archive_dir),
            "ARCHIVE_DB": str(archive_dir / "news.db"),
            "ARCHIVE_POSTS_DIR": str(archive_dir / "_posts"),
            **overrides,
        },
        priority="cmdline",
    )
    _open_archive(archive_dir / "news.db").close()
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, source=",".join(names), sources_file=str(sources_file))
    process.start()
    run_id = crawler.stats.get_value("newscrawler/run_id") if crawler.stats else None
    with _open_archive(archive_dir / "news.db") as archive:
        runs = [r for r in archive.runs(limit=5) if r["id"] == run_id]
    return runs[0] if runs else {"status": "failed", "finish_reason": "the crawl did not start"}


# reading one page


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE_OR_URL...")
@click.option("--url", "base_url", help="The page's address, for files (links and canonical URL).")
@click.option("--source", "source_name", help="Use this configured source's selectors, language and time zone.")
@sources_option
@click.option("--language", default="", help="Language when the page does not say (e.g. ko).")
@click.option("--timezone", default="UTC", show_default=True, help="Time zone for dates that carry none.")
def extract(
    inputs: tuple[str, ...],
    base_url: str | None,
    source_name: str | None,
    sources_file: Path,
    language: str,
    timezone: str,
) -> None:
    """Extract posts from saved pages (.html, .html.gz, - for stdin) or URLs: one JSON object per line."""
    from newscrawler.extraction import ExtractionError
    from newscrawler.pages import post_from_bytes

    if source_name:
        source = _load_sources(sources_file, (source_name,))[0]
    else:
        try:
            source = Source(name="extract", feeds=["https://localhost/"], language=language, timezone=timezone)
        except ValueError as exc:
            raise click.UsageError(str(exc).splitlines()[-1]) from None
    failed = 0
    for item in inputs:
        try:
            body, url, content_type = _read_input(item, base_url)
            post, problem = post_from_bytes(body, url, source, content_type)
            row = post.as_dict()
            if problem:
                row["invalid"] = problem
        except (OSError, ExtractionError, ValueError) as exc:
            failed += 1
            row = {"input": item, "error": str(exc)}
        click.echo(json.dumps(row, ensure_ascii=False))
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _read_input(item: str, base_url: str | None) -> tuple[bytes, str, str]:
    if item.startswith(("http://", "https://")):
        from newscrawler import settings

        request = urllib.request.Request(item, headers={"User-Agent": settings.USER_AGENT})  # noqa: S310 - http(s) only
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http(s) only, checked above
            return response.read(), base_url or response.geturl(), response.headers.get("Content-Type", "")
    if item == "-":
        body = sys.stdin.buffer.read()
        url = base_url or "file:///dev/stdin"
    else:
        path = Path(item)
        body = path.read_bytes()
        url = base_url or path.resolve().as_uri()
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    return body, url, ""


# the archive


@main.command()
@click.argument("query")
@archive_option
@click.option("--source", help="Only posts of this source.")
@click.option("--category", help="Only posts of this category.")
@click.option("--since", help="Published on or after (YYYY-MM-DD or ISO 8601).")
@click.option("--until", help="Published on or before (YYYY-MM-DD or ISO 8601).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@format_options
def search(
    query: str,
    archive_dir: Path,
    source: str | None,
    category: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    as_json: bool,
    as_csv: bool,
) -> None:
    """Full-text search of the archive (words, "phrases", prefix*, AND/OR/NOT), best matches first."""
    with _open_archive(archive_dir / "news.db", create=False) as archive:
        try:
            hits = archive.search(query, source=source, category=category, since=since, until=until, limit=limit)
        except ArchiveError as exc:
            raise click.ClickException(str(exc)) from None
    columns = ["published", "source", "category", "title", "url", "snippet"]
    rows = [(h.published, h.source, h.category, h.title, h.url, h.snippet) for h in hits]
    _output(columns, rows, as_json, as_csv, title=f"{len(rows)} posts match {query!r}")


@main.command()
@click.argument("sql")
@archive_option
@format_options
def query(sql: str, archive_dir: Path, as_json: bool, as_csv: bool) -> None:
    """Run read-only SQL against the archive (tables: posts, posts_fts, runs)."""
    try:
        columns, rows = read_only_query(archive_dir / "news.db", sql)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    _output(columns, rows, as_json, as_csv)


@main.command()
@archive_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@format_options
def runs(archive_dir: Path, limit: int, as_json: bool, as_csv: bool) -> None:
    """The history of crawl runs, newest first."""
    with _open_archive(archive_dir / "news.db", create=False) as archive:
        records = archive.runs(limit=limit)
    columns = [
        "id", "started_at", "duration_seconds", "status", "sources", "pages",
        "posts_new", "posts_updated", "posts_unchanged", "dropped", "errors",
    ]  # fmt: skip
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    rows = [tuple(_cell(r.get(c)) for c in columns) for r in records]
    _output(columns, rows, False, as_csv, title="Crawl runs")


@main.command()
@archive_option
@format_options
def stats(archive_dir: Path, as_json: bool, as_csv: bool) -> None:
    """Posts per source and category."""
    try:
        columns, rows = read_only_query(
            archive_dir / "news.db",
            "SELECT source, category, count(*) AS posts, min(published) AS first, max(published) AS last "
            "FROM posts GROUP BY source, category ORDER BY source, posts DESC",
        )
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    _output(columns, rows, as_json, as_csv, title="Posts per source and category")


# helpers


def _load_sources(path: Path, names: Sequence[str]) -> list[Source]:
    try:
        return select_sources(load_sources(path), names)
    except SourcesError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _open_archive(path: Path, create: bool = True) -> Archive:
    try:
        return Archive(path, create=create)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None


def _print_run(record: dict[str, Any], archive_dir: Path) -> None:
    table = Table(title=f"Run {record.get('id', '?')}: {record.get('status')} ({record.get('finish_reason')})")
    for column in ("source", "pages", "new", "updated", "unchanged", "dropped", "errors"):
        table.add_column(column, justify="left" if column == "source" else "right")
    for name, counts in (record.get("per_source") or {}).items():
        table.add_row(
            name, *(str(counts.get(c, 0)) for c in ("pages", "new", "updated", "unchanged", "dropped", "errors"))
        )
    err_console.print(table)
    for label, reasons in (("dropped", record.get("dropped_reasons")), ("errors", record.get("error_reasons"))):
        if reasons:
            err_console.print(f"{label}: " + ", ".join(f"{reason} {count}" for reason, count in reasons.items()))
    err_console.print(f"Archive: {archive_dir / 'news.db'}; Jekyll files: {archive_dir / '_posts'}")


def _cell(value: Any) -> Any:
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def _output(columns: list[str], rows: Sequence[Sequence[Any]], as_json: bool, as_csv: bool, title: str = "") -> None:
    if as_json:
        click.echo(json.dumps([dict(zip(columns, row, strict=True)) for row in rows], ensure_ascii=False, indent=2))
    elif as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table(title=title or None)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)


if __name__ == "__main__":
    main()
