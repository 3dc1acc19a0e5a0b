"""The ``newscrawler`` command group, and the options and helpers its commands share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newscrawler import __version__
from newscrawler.distributed.keys import DEFAULT_HEARTBEAT, DEFAULT_PREFIX
from newscrawler.errors import NewscrawlerError

if TYPE_CHECKING:
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


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscrawler")
def main() -> None:
    """Crawl news sources into a SQLite archive and Jekyll post files, and query the archive."""


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


def selected_sources(path: Path, names: Sequence[str]) -> list[Source]:
    from newscrawler.sources import load_sources, select_sources

    return select_sources(load_sources(path), names)


def open_archive(path: Path, create: bool = True) -> Archive:
    from newscrawler.store.archive import Archive

    return Archive(path, create=create)
