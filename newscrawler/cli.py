"""The ``newscrawler`` command: argument parsing and output only; the work is done elsewhere."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import gzip
import json
import os
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newscrawler import __version__
from newscrawler.distributed.keys import DEFAULT_HEARTBEAT, DEFAULT_IDLE, DEFAULT_PREFIX, DEFAULT_WORKER_IDLE
from newscrawler.errors import EXIT_FAILED, EXIT_OK, NewscrawlerError
from newscrawler.exporters.defaults import BODY_FORMATS, CONFIG_NAME, FORMAT_NAMES

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from newscrawler.sources import Source
    from newscrawler.store.archive import Archive


class _Commands(click.Group):
    """newscrawler's commands, reporting every :class:`NewscrawlerError` the same way: ``error: …`` on one line and
    the error's exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewscrawlerError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)


class _LazyConsole:
    """rich's Console, made on first use: ``--help`` and quick commands need not load rich."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Any = None

    def real(self) -> Console:
        if self._console is None:
            from rich.console import Console

            # Our lines are plain text with styles set in code: rich must not read "[...]" in a title or query as
            # markup, ":name:" as an emoji, or colour stray numbers (and loading those tables costs ~7 ms a command).
            self._console = Console(soft_wrap=True, highlight=False, markup=False, emoji=False, **self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


console = _LazyConsole()
err_console = _LazyConsole(stderr=True)


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


def redis_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option(
        "--heartbeat",
        type=click.FloatRange(0.5),
        default=DEFAULT_HEARTBEAT,
        show_default=True,
        metavar="SECONDS",
        envvar="NEWSCRAWLER_REDIS_HEARTBEAT",
        help="A crawler (or archive worker) silent this long counts as gone: its requests go back to the frontier "
        "(its lock expires). Env NEWSCRAWLER_REDIS_HEARTBEAT.",
    )(function)
    function = click.option(
        "--redis-prefix",
        default=DEFAULT_PREFIX,
        show_default=True,
        envvar="NEWSCRAWLER_REDIS_PREFIX",
        help="Prefix of the Redis keys: one per distributed crawl sharing a Redis (env NEWSCRAWLER_REDIS_PREFIX).",
    )(function)
    return click.option(
        "--redis",
        "redis_url",
        metavar="URL",
        envvar="NEWSCRAWLER_REDIS_URL",
        help="Redis of a distributed crawl, e.g. redis://host:6379/0 (env NEWSCRAWLER_REDIS_URL).",
    )(function)


def format_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option("--csv", "as_csv", is_flag=True, help="CSV for scripts.")(function)
    return click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")(function)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscrawler")
def main() -> None:
    """Crawl news sources into a SQLite archive and Jekyll post files, and query the archive."""


# crawling


@main.command()
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@archive_option
@sources_option
@click.option(
    "--log-level",
    help="Scrapy log level (DEBUG, INFO, WARNING) [default: INFO; WARNING on a terminal, under the progress line].",
)
@click.option(
    "-v", "--verbose", is_flag=True, help="Scrapy's whole log (start-up report, stats, each failure's own lines)."
)
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option(
    "--progress",
    type=click.Choice(["auto", "live", "log", "off"]),
    default="auto",
    show_default=True,
    help="A live line (terminal), periodic log lines, or none.",
)
@click.option("--full", is_flag=True, help="Fetch every article again, not only new, changed and due ones.")
@redis_options
@click.option(
    "--idle",
    type=click.FloatRange(0),
    metavar="SECONDS",
    default=DEFAULT_IDLE,
    show_default=True,
    help="With --redis: stop once the shared frontier has been empty this many seconds.",
)
def crawl(
    names: tuple[str, ...],
    archive_dir: Path,
    sources_file: Path,
    log_level: str | None,
    verbose: bool,
    overrides: tuple[str, ...],
    progress: str,
    full: bool,
    redis_url: str | None,
    redis_prefix: str,
    heartbeat: float,
    idle: float,
) -> None:
    """Crawl all sources, or the named ones, into the archive (incrementally: see the README).

    With --redis URL, this process is one crawler of a distributed run: it shares the run's frontier with the
    other crawlers and queues its posts for 'newscrawler archive-worker' instead of writing the archive.
    """
    selected = _load_sources(sources_file, names)
    if progress == "auto":
        progress = "live" if err_console.is_terminal else "log"
    from newscrawler.runs.logs import crawl_logging

    default_level = "WARNING" if progress == "live" else "INFO"
    settings = crawl_logging(verbose or bool(log_level), (log_level or default_level).upper())
    settings["NEWSCRAWLER_PROGRESS"] = progress
    if full:
        settings["NEWSCRAWLER_INCREMENTAL"] = False
    for override in overrides:
        name, sep, value = override.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{override!r} is not NAME=VALUE", param_hint="--set")
        settings[name.strip()] = value
    if redis_url:
        from newscrawler.distributed.crawl import crawl_into_redis

        settings |= {"MAX_IDLE_TIME_BEFORE_CLOSE": idle, "NEWSCRAWLER_REDIS_HEARTBEAT": heartbeat}
        try:
            done = crawl_into_redis(redis_url, redis_prefix, sources_file, [s.name for s in selected], settings)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--redis-prefix") from None
        err_console.print(
            f"Run {done['run']}: this crawler stopped ({done['finish_reason']}): {done['pages']} pages, "
            f"{done['queued']} posts queued for the archive worker"
            + "".join(f"; {label}: " + ", ".join(f"{r} {n}" for r, n in reasons.items())
                      for label, reasons in (("dropped", done["dropped"]), ("errors", done["errors"])) if reasons)
        )  # fmt: skip
        sys.exit(EXIT_OK if done["finish_reason"] == "finished" else EXIT_FAILED)
    settings["NEWSCRAWLER_REDIS_URL"] = ""
    record = run_crawl(archive_dir, sources_file, [s.name for s in selected], settings)
    _print_run(record, archive_dir)
    sys.exit(run_exit_code(record))


@main.command()
@archive_option
@click.option("--port", default=8650, show_default=True, help="Port for the sample site (another is taken if busy).")
def demo(archive_dir: Path, port: int) -> None:
    """Serve the bundled sample news site on 127.0.0.1 and crawl it into the archive (offline)."""
    from newscrawler.demo.server import DEMO_SOURCES, serve_demo_site
    from newscrawler.store.archive import Archive, read_only_query

    server = serve_demo_site(port)
    err_console.print(f"Serving the sample site at {server.base_url}")
    try:
        with tempfile.TemporaryDirectory(prefix="newscrawler-demo-") as folder:
            sources_file = Path(folder) / "sources.toml"
            sources_file.write_text(DEMO_SOURCES.read_text("utf-8").replace("__BASE_URL__", server.base_url), "utf-8")
            names = [s.name for s in _load_sources(sources_file, ())]
            settings = {
                "LOG_LEVEL": "WARNING",
                "AUTOTHROTTLE_START_DELAY": 0.0,
                "DOWNLOAD_DELAY": 0.0,
                "NEWSCRAWLER_PROGRESS": "live" if err_console.is_terminal else "off",
                "NEWSCRAWLER_REDIS_URL": "",
            }
            from newscrawler.runs.logs import crawl_logging

            settings |= crawl_logging(False, "WARNING")
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
    sys.exit(run_exit_code(record))


def run_crawl(archive_dir: Path, sources_file: Path, names: Sequence[str], overrides: dict[str, Any]) -> dict[str, Any]:
    from newscrawler.runs.start import crawl_archive

    def say_stale(holder: dict[str, Any]) -> None:
        err_console.print(
            f"note: took over the lock left by a run that ended without releasing it "
            f"(pid {holder.get('pid', '?')}, started {holder.get('started_at', '?')})"
        )

    return crawl_archive(archive_dir, sources_file, names, overrides, on_stale_lock=say_stale)


def run_exit_code(record: dict[str, Any]) -> int:
    from newscrawler.runs.record import exit_code

    return exit_code(str(record.get("status")))


@main.command()
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@click.option("--every", help="Interval: 30m, 2h, 1d ... (cron takes divisors of an hour or a day, 1d and 1w).")
@archive_option
@sources_option
@click.option(
    "--log",
    "log_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where scheduled crawls append their output [default: ARCHIVE/logs/crawl.log].",
)
@click.option("--systemd", is_flag=True, help="A systemd user timer and service instead of a crontab line.")
@click.option("--print", "print_only", is_flag=True, help="Show the crontab line (or units) without installing.")
@click.option("--list", "list_all", is_flag=True, help="Show the installed newscrawler schedules.")
@click.option("--remove", is_flag=True, help="Remove the schedule of this archive, sources file and SOURCEs.")
def schedule(
    names: tuple[str, ...],
    every: str | None,
    archive_dir: Path,
    sources_file: Path,
    log_file: Path | None,
    systemd: bool,
    print_only: bool,
    list_all: bool,
    remove: bool,
) -> None:
    """Run the crawl on a schedule: a crontab line, or a systemd timer with --systemd."""
    from rich.text import Text

    from newscrawler.runs import schedule as scheduling

    if list_all:
        entries = scheduling.cron_entries() if not systemd else []
        for line in entries:
            click.echo(line)
        for timer in scheduling.systemd_entries():
            service = timer.with_suffix(".service")
            command = next(
                (line.partition("=")[2] for line in _read_lines(service) if line.startswith("ExecStart=")), ""
            )
            click.echo(f"{timer}  {command}")
        if not entries and not scheduling.systemd_entries():
            err_console.print("No newscrawler schedules installed.")
        return
    if remove:
        plan = scheduling.make_schedule(every or "1h", archive_dir, sources_file, names, log_file)
        removed = [*(scheduling.remove_cron(plan.id) if not systemd else [])]
        gone = scheduling.remove_systemd(plan.id)
        for line in removed:
            err_console.print(Text(f"removed crontab line: {line}"))
        for path in gone:
            err_console.print(Text(f"removed {path}"))
        if not removed and not gone:
            err_console.print(f"No schedule {plan.id} for {plan.archive} to remove (see --list).")
            sys.exit(EXIT_FAILED)
        return
    if not every:
        raise click.UsageError("--every is required (e.g. --every 30m), or use --list / --remove")
    plan = scheduling.make_schedule(every, archive_dir, sources_file, names, log_file)
    _load_sources(sources_file, names)
    if systemd:
        if print_only:
            click.echo(f"# {plan.unit}.service\n{plan.service_unit()}\n# {plan.unit}.timer\n{plan.timer_unit()}")
            return
        paths, enabled = scheduling.install_systemd(plan)
        for path in paths:
            err_console.print(Text(f"wrote {path}"))
        action = "enabled" if enabled else "enable it with: systemctl --user daemon-reload &&"
        err_console.print(Text(f"{action} systemctl --user enable --now {plan.unit}.timer; logs go to {plan.log}"))
        return
    line = plan.cron_line() if print_only else scheduling.install_cron(plan)
    click.echo(line)
    if not print_only:
        err_console.print(Text(f"installed in the crontab (schedule {plan.id}); logs go to {plan.log}"))


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text("utf-8").splitlines()
    except OSError:
        return []


@main.command("archive-worker")
@archive_option
@redis_options
@click.option(
    "--idle",
    type=click.FloatRange(0),
    metavar="SECONDS",
    default=DEFAULT_WORKER_IDLE,
    show_default=True,
    help="Stop after this many seconds with no run to archive, or a run left without crawlers.",
)
def archive_worker(archive_dir: Path, redis_url: str | None, redis_prefix: str, heartbeat: float, idle: float) -> None:
    """Write the posts of distributed crawls ('crawl --redis') into the archive: the archive's one writer.

    Stops by itself once the run's crawlers have all left and its queue is empty; one runs row per run.
    """
    from rich.text import Text

    if not redis_url:
        raise click.UsageError("--redis URL (or NEWSCRAWLER_REDIS_URL) is needed")
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawler.settings")
    from scrapy.utils.project import get_project_settings

    from newscrawler.distributed.keys import check_prefix
    from newscrawler.distributed.worker import run_worker

    try:
        check_prefix(redis_prefix)
        _open_archive(archive_dir / "news.db").close()
        reports = run_worker(
            redis_url, redis_prefix, archive_dir, get_project_settings(),
            idle=idle, heartbeat=heartbeat, say=lambda line: err_console.print(Text(line)),
        )  # fmt: skip
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--redis-prefix") from None
    err_console.print(f"Archive: {archive_dir / 'news.db'}; Jekyll files: {archive_dir / '_posts'}")
    sys.exit(EXIT_OK if all(r.status in ("ok", "errors") for r in reports) else EXIT_FAILED)


# reading one page


@main.command()
@click.argument("inputs", nargs=-1, metavar="FILE_OR_URL[=URL]...")
@click.option("--url", "base_url", help="The page's address, for files (links and canonical URL).")
@click.option(
    "--urls-from",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A file of FILE<TAB>URL lines: each saved page with its own address (read after the arguments).",
)
@click.option("--source", "source_name", help="Use this configured source's selectors, language and time zone.")
@sources_option
@click.option("--language", default="", help="Language when the page does not say (e.g. ko).")
@click.option("--timezone", default="UTC", show_default=True, help="Time zone for dates that carry none.")
def extract(
    inputs: tuple[str, ...],
    base_url: str | None,
    urls_from: Path | None,
    source_name: str | None,
    sources_file: Path,
    language: str,
    timezone: str,
) -> None:
    """Extract posts from saved pages (.html, .html.gz, - for stdin), WARC
    files (.warc, .warc.gz: each HTML response) or URLs: one JSON object per line.

    Each saved page can carry its own address as FILE=URL (page.html=https://site/a/1), or come from
    --urls-from FILE with one FILE<TAB>URL line per page; --url gives the address of the rest.
    """
    from newscrawler.extraction import ExtractionError
    from newscrawler.extraction.page import extract_inputs, post_from_bytes
    from newscrawler.sources import Source
    from newscrawler.store.warc import is_warc

    try:
        pairs = extract_inputs(inputs, urls_from.read_text("utf-8") if urls_from else None)
    except (OSError, ValueError) as exc:
        raise click.UsageError(f"--urls-from {urls_from}: {exc}") from None
    if not pairs:
        raise click.UsageError("give at least one FILE_OR_URL (or --urls-from FILE)")

    if source_name:
        source = _load_sources(sources_file, (source_name,))[0]
    else:
        from pydantic import ValidationError

        try:
            source = Source(name="extract", feeds=["https://localhost/"], language=language, timezone=timezone)
        except ValidationError as exc:
            error = exc.errors()[0]
            option = f"--{error['loc'][0]}" if error["loc"] else "--timezone"
            raise click.BadParameter(error["msg"].removeprefix("Value error, "), param_hint=option) from None
    failed = 0
    for item, own_url in pairs:
        if is_warc(item) and not item.startswith(("http://", "https://")):
            failed += _extract_warc(Path(item), source, own_url or base_url)
            continue
        try:
            body, url, content_type = _read_input(item, own_url or base_url)
            post, problem = post_from_bytes(body, url, source, content_type)
            row = post.as_dict()
            if problem:
                row["invalid"] = problem + (NO_URL_HINT if problem == "no url" else "")
        except (OSError, ExtractionError, ValueError) as exc:
            failed += 1
            row = {"input": item, "error": str(exc)}
        click.echo(json.dumps(row, ensure_ascii=False))
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


NO_URL_HINT = ": a saved page is archived under its web address: give it with --url, FILE=URL or --urls-from"


def _extract_warc(path: Path, source: Source, base_url: str | None) -> int:
    """One JSON line per HTML response record of a WARC file (.warc or .warc.gz); returns the failures."""
    from newscrawler.extraction import ExtractionError
    from newscrawler.extraction.page import post_from_bytes
    from newscrawler.store.warc import WarcError, responses

    failed = 0
    try:
        with path.open("rb") as data:
            for stored in responses(data):
                if stored.status != 200 or "html" not in stored.header("Content-Type").lower():
                    continue
                try:
                    post, problem = post_from_bytes(
                        stored.body, base_url or stored.url, source, stored.header("Content-Type")
                    )
                    row = post.as_dict() | ({"invalid": problem} if problem else {})
                except (ExtractionError, ValueError) as exc:
                    failed += 1
                    row = {"input": f"{path}#{stored.url}", "error": str(exc)}
                click.echo(json.dumps(row, ensure_ascii=False))
    except (OSError, WarcError) as exc:
        click.echo(json.dumps({"input": str(path), "error": str(exc)}, ensure_ascii=False))
        return failed + 1
    return failed


def _read_input(item: str, base_url: str | None) -> tuple[bytes, str, str]:
    if item.startswith(("http://", "https://")):
        import urllib.request

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


def date_option(name: str, help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        from newscrawler.store.filters import FilterError, check_date

        try:
            return check_date(value, f"--{param.name}")
        except FilterError as exc:
            raise click.BadParameter(str(exc).split(": ", 1)[1]) from exc

    return click.option(name, callback=check, help=help_text)


def filter_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = date_option(
        "--until", "Published on or before: YYYY, YYYY-MM, YYYY-MM-DD (all of it included) or a time."
    )(function)
    function = date_option("--since", "Published on or after: YYYY, YYYY-MM, YYYY-MM-DD or a time.")(function)
    function = click.option(
        "--category", "categories", multiple=True, help="Only posts of this category (repeat for more)."
    )(function)
    return click.option("--source", "sources", multiple=True, help="Only posts of this source (repeat for more).")(
        function
    )


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

    with _open_archive(archive_dir / "news.db", create=False) as archive:  # a wrong query or filter: one line, exit 2
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
        _output(columns, rows, as_json, as_csv)
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
            Text(hit.title, style="bold") + Text("\n") + _highlighted(hit.snippet) + Text("\n" + hit.url, style="cyan")
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
    _output(columns, rows, as_json, as_csv)


@main.command()
@archive_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@format_options
def runs(archive_dir: Path, limit: int, as_json: bool, as_csv: bool) -> None:
    """The history of crawl runs, newest first (--json: every count, per source too)."""
    from rich.table import Table
    from rich.text import Text

    with _open_archive(archive_dir / "news.db", create=False) as archive:
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
        _output(columns, [tuple(_cell(r.get(c)) for c in columns) for r in records], False, True)
        return
    table = Table(title="Crawl runs", box=None, padding=(0, 1, 0, 0), header_style="bold", title_justify="left")
    for heading in RUN_TABLE:
        table.add_column(heading, justify="left" if heading in ("started", "status") else "right", no_wrap=True)
    for record in records:
        table.add_row(*_run_row(record))
    console.print(table)
    width = max(40, console.width)
    for record in records:
        for line in _run_reasons(record):
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

    with _open_archive(archive_dir / "news.db", create=False) as archive:
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
        _output(["table", "key", "posts"], rows, False, True)
        return
    console.print(Text(f"{report.posts} posts from {len(report.per_source)} sources", style="bold"))
    console.print(
        Text(
            "Archive size: "
            + ", ".join(f"{part} {_megabytes(c['bytes'])} ({c['files']} files)" for part, c in sizes.items())
            + f"; images {images['stored']} kept"
            + "".join(f", {n} not kept ({reason})" for reason, n in images["failed"].items())
        )
    )
    _output(
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
    _output(
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
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@archive_option
@sources_option
@date_option("--since", "Only posts published on or after (YYYY-MM-DD or ISO 8601).")
@click.option("--dry-run", is_flag=True, help="Count what would change; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="JSON report for scripts.")
def reprocess(
    names: tuple[str, ...], archive_dir: Path, sources_file: Path, since: str | None, dry_run: bool, as_json: bool
) -> None:
    """Extract the archived posts again from their kept pages (ARCHIVE/warc/), with no network.

    Changed posts are saved as a crawl saves an edit (earlier version kept, Jekyll file rewritten); unchanged ones
    are not touched. Prints new / changed / unchanged / failed counts and records a run (not with --dry-run).
    """
    from rich.text import Text

    from newscrawler.runs.reprocess import reprocess_archive

    selected = _load_sources(sources_file, names)
    with _progress_bar("reprocessing", None, hidden=as_json) as advance:
        report = reprocess_archive(
            archive_dir, selected, names=names, since=since, dry_run=dry_run, progress=advance
        )  # fmt: skip
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        sys.exit(EXIT_FAILED if report.failed else EXIT_OK)
    for failure in report.failures:
        err_console.print(Text(f"failed: {failure}", style="red"))
    would = " (dry run: nothing written)" if dry_run else f" (run {report.run_id})"
    console.print(
        Text(
            f"{report.read} kept pages read again in {report.seconds:.2f} s: {report.new} new, "
            f"{report.changed} changed, {report.unchanged} unchanged, {report.failed} failed{would}"
            + "".join(f"; {reason} {n}" for reason, n in report.reasons.items())
        )
    )
    if report.not_kept:
        err_console.print(f"{report.not_kept} posts have no kept page (archived before pages were kept, or kept off).")
    sys.exit(EXIT_FAILED if report.failed else EXIT_OK)


# publishing


@main.command()
@click.argument("dest_text", metavar="DEST", type=click.Path(file_okay=False))
@archive_option
@sources_option
@click.option(
    "--format",
    "format_name",
    type=click.Choice(FORMAT_NAMES),
    help="Site generator [default: jekyll, or the config's].",
)
@click.option(
    "--body", type=click.Choice(BODY_FORMATS), help="Post bodies as sanitised HTML or Markdown [default: html]."
)
@filter_options
@click.option("--search", "search_query", metavar="QUERY", help="Only posts matching this full-text query.")
@click.option("--layout", help="Front matter 'layout' for every post.")
@click.option(
    "--feature-heading",
    envvar="NEWSCRAWLER_FEATURE_HEADING",
    help="First line of 'feature_text' for every post (Jekyll; env NEWSCRAWLER_FEATURE_HEADING) "
    "[default: the source's feature_heading, else by the post's language].",
)
@click.option(
    "--default-image",
    envvar="NEWSCRAWLER_DEFAULT_IMAGE",
    help="Image of posts without one (env NEWSCRAWLER_DEFAULT_IMAGE).",
)
@click.option(
    "--front-matter",
    "front_matter",
    multiple=True,
    metavar="KEY=VALUE",
    help="An extra front matter key (repeat for more).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Site settings file [default: DEST/{CONFIG_NAME} if there].",
)
@click.option("--init", "init", is_flag=True, help="First add a starter site (config, layouts) where DEST lacks one.")
@click.option("--dry-run", is_flag=True, help="Say what would change; write and remove nothing.")
@click.option("--overwrite-edited", is_flag=True, help="Replace post files edited since newscrawler wrote them.")
@click.option("--json", "as_json", is_flag=True, help="JSON report for scripts.")
@click.pass_context
def export(
    ctx: click.Context,
    dest_text: str,
    archive_dir: Path,
    sources_file: Path,
    format_name: str | None,
    body: str | None,
    sources: tuple[str, ...],
    categories: tuple[str, ...],
    since: str | None,
    until: str | None,
    search_query: str | None,
    layout: str | None,
    feature_heading: str | None,
    default_image: str | None,
    front_matter: tuple[str, ...],
    config_file: Path | None,
    init: bool,
    dry_run: bool,
    overwrite_edited: bool,
    as_json: bool,
) -> None:
    """Write the archive's posts into a Jekyll or Hugo site at DEST.

    Jekyll: DEST/_posts/YYYY-MM-DD-slug.md; Hugo: DEST/content/posts/slug.md.
    A file is rewritten only when its post changed; a post whose name changed
    leaves no old file; files newscrawler did not write are never touched
    (DEST/.newscrawler-export.json lists the ones it wrote).
    """
    from rich.text import Text

    from newscrawler.exporters.config import (
        make_profile,
        parse_front_matter_option,
        site_settings,
        source_headings,
        sources_of,
    )
    from newscrawler.exporters.export import Selection, count_selected, export_site, starter_settings
    from newscrawler.exporters.starter import init_site

    if not dest_text.strip():
        raise click.UsageError("DEST is empty: name the site's folder ('.' for this one)")
    dest = Path(dest_text)
    given = {
        "format": format_name,
        "body": body,
        "layout": layout,
        "feature_heading": feature_heading,
        "default_image": default_image,
    }
    from_env = {"feature_heading", "default_image"} & {
        key for key in given if ctx.get_parameter_source(key) == click.core.ParameterSource.ENVIRONMENT
    }
    settings = site_settings(
        dest,
        config_file,
        {key: value for key, value in given.items() if key not in from_env},
        {key: given[key] for key in from_env},
        dict(parse_front_matter_option(option) for option in front_matter),
    )
    fmt = settings["format"]
    given_sources = ctx.get_parameter_source("sources_file") != click.core.ParameterSource.DEFAULT
    known_sources = sources_of(sources_file, required=given_sources)
    profile = make_profile(fmt, settings, source_headings(known_sources))
    selection = Selection(sources, categories, since, until, search_query)
    with _open_archive(archive_dir / "news.db", create=False) as archive:
        total = count_selected(archive, selection)
        if init and not dry_run:
            lang, timezone = starter_settings(archive, selection, settings, known_sources)
            started = init_site(dest, fmt, default_image=profile.default_image, lang=lang, timezone=timezone)
            for added in started.added:
                err_console.print(f"added {dest / added}")
            for skipped in started.skipped:
                err_console.print(Text(f"not added: {skipped}"))
        with _progress_bar("exporting", total, hidden=as_json) as advance:
            report = export_site(
                archive, dest, fmt, profile, selection,
                overwrite_edited=overwrite_edited, dry_run=dry_run, progress=advance,
            )  # fmt: skip
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        sys.exit(EXIT_FAILED if report.failed else EXIT_OK)
    for warning in report.warnings:
        err_console.print(Text(f"warning: {warning}"))
    for failure in report.failed:
        err_console.print(Text(f"error: {failure}", style="red"))
    would = "would be " if dry_run else ""
    for name in report.removed:
        err_console.print(Text(f"{would}removed {dest / name} (its post's file name changed)"))
    for name in report.kept:
        err_console.print(
            Text(
                f"kept {dest / name}: edited since newscrawler wrote it (--overwrite-edited replaces it)",
                style="yellow",
            )
        )
    console.print(
        Text(
            f"{report.posts} posts → {dest} ({report.format}, {profile.body} bodies): "
            f"{len(report.written)} {would}written, {report.unchanged} unchanged, {len(report.removed)} {would}removed"
            + (f", {len(report.kept)} kept" if report.kept else "")
            + (f", {len(report.failed)} failed" if report.failed else "")
            + (f"; {len(report.media)} images {would}copied" if report.media else "")
            + f" in {report.seconds:.2f} s"
            + (" (dry run: nothing changed)" if dry_run else "")
        )
    )
    if not report.posts:
        err_console.print("No post matched: check --source, --category, --since, --until and --search.")
    sys.exit(EXIT_FAILED if report.failed else EXIT_OK)


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
    _open_archive(db_path, create=False).close()
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


# helpers


def _load_sources(path: Path, names: Sequence[str]) -> list[Source]:
    from newscrawler.sources import load_sources, select_sources

    return select_sources(load_sources(path), names)


def _open_archive(path: Path, create: bool = True) -> Archive:
    from newscrawler.store.archive import Archive

    return Archive(path, create=create)


RUN_TABLE = (
    "id",
    "started",
    "took",
    "status",
    "fetched",
    "articles",
    "new",
    "upd",
    "same",
    "skip",
    "304",
    "drop",
    "err",
)
SOURCE_COUNTS = ("pages", "new", "updated", "unchanged", "skipped", "not_modified", "dropped", "errors")
SOURCE_HEADINGS = ("articles", "new", "upd", "same", "skip", "304", "drop", "err")


def _totals(record: dict[str, Any]) -> dict[str, int]:
    per_source = (record.get("per_source") or {}).values()
    return {key: sum(int(counts.get(key, 0)) for counts in per_source) for key in SOURCE_COUNTS}


def _run_row(record: dict[str, Any]) -> tuple[str, ...]:
    started = record.get("started_at") or ""
    try:
        started = datetime.fromisoformat(started).astimezone().strftime("%m-%d %H:%M")
    except ValueError:
        started = started[5:16]
    took = record.get("duration_seconds")
    totals = _totals(record)
    return (
        str(record.get("id", "")),
        started,
        _took(took) if isinstance(took, (int, float)) else "",
        str(record.get("status", "")),
        str(record.get("pages") or 0),
        *(str(totals[key]) for key in SOURCE_COUNTS),
    )


def _run_reasons(record: dict[str, Any], label: str = "") -> list[str]:
    """A line for each kind of drop and error of a run, and one for each flagged source."""
    who = label or f"run {record.get('id', '?')}"
    lines = []
    for kind in ("dropped", "error"):
        reasons = record.get(f"{kind}_reasons") or {}
        if reasons:
            listed = ", ".join(f"{reason} {count}" for reason, count in reasons.items())
            lines.append(f"{who} {kind if kind == 'dropped' else 'errors'}: {listed}")
    lines += [f"{who} flagged: source {name} {why}" for name, why in (record.get("flags") or {}).items()]
    return lines


def _took(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes = round(seconds / 60)
    return f"{minutes}m" if minutes < 60 else f"{minutes // 60}h{minutes % 60:02d}"


def run_headline(record: dict[str, Any]) -> str:
    """The run in one line: its status, and what it fetched and archived (the same counts as ``runs``)."""
    duration = record.get("duration_seconds")
    took = f" in {duration:.1f} s" if isinstance(duration, (int, float)) else ""
    totals = _totals(record)
    counts = ", ".join(
        f"{totals[key]} {name}"
        for key, name in zip(SOURCE_COUNTS, ("articles", "new", "updated", "unchanged", "skipped", "not modified (304)",
                                             "dropped", "errors"), strict=True)
    )  # fmt: skip
    return (
        f"Run {record.get('id', '?')}: {record.get('status')} ({record.get('finish_reason')}){took}: "
        f"{record.get('pages') or 0} fetched, {counts}"
    )


def _print_run(record: dict[str, Any], archive_dir: Path) -> None:
    """What ``crawl`` ends with: a table per source on a terminal, a few plain lines elsewhere (cron's mail, logs)."""
    from rich.table import Table
    from rich.text import Text

    sources = record.get("per_source") or {}
    if err_console.is_terminal:
        table = Table(title=run_headline(record), title_justify="left")
        table.add_column("source", no_wrap=True)
        for heading in SOURCE_HEADINGS:
            table.add_column(heading, justify="right")
        for name, counts in sources.items():
            table.add_row(name, *(str(counts.get(c, 0)) for c in SOURCE_COUNTS))
        err_console.print(table)
    else:
        err_console.print(Text(run_headline(record)))
        for name, counts in sources.items():
            shown = ", ".join(f"{counts.get(c, 0)} {h}" for c, h in zip(SOURCE_COUNTS, SOURCE_HEADINGS, strict=True)
                              if counts.get(c, 0))  # fmt: skip
            err_console.print(Text(f"  {name}: {shown or 'nothing to fetch'}"))
    for name, counts in sources.items():
        for line in _run_reasons(counts, label=name):
            err_console.print(Text(line))
    for name, why in (record.get("flags") or {}).items():
        err_console.print(Text(f"flagged: source {name} {why}", style="bold red"))
    if err_console.is_terminal:
        err_console.print(f"Archive: {archive_dir / 'news.db'}; Jekyll files: {archive_dir / '_posts'}")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} kB"


@contextlib.contextmanager
def _progress_bar(label: str, total: int | None, *, hidden: bool) -> Iterator[Callable[[int], None]]:
    """A transient progress bar on a terminal (none for --json or off a terminal); yields its advance function."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err_console.real(), transient=True, disable=hidden or not err_console.is_terminal,
    ) as progress:  # fmt: skip
        task = progress.add_task(label, total=total)
        yield lambda n: progress.advance(task, n)


def _cell(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def _output(columns: list[str], rows: Sequence[Sequence[Any]], as_json: bool, as_csv: bool, title: str = "") -> None:
    from rich.table import Table
    from rich.text import Text

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
            table.add_row(*(Text("" if v is None else str(v)) for v in row))
        console.print(table)


def _highlighted(snippet: str) -> Text:
    """A search snippet with its [matched words] in bold instead of brackets."""
    from rich.text import Text

    text = Text()
    for index, part in enumerate(re.split(r"\[([^\[\]]*)\]", snippet)):
        text.append(part, style="bold yellow" if index % 2 else "")
    return text


if __name__ == "__main__":
    main()
