"""``extract``: posts from saved pages, WARC files or URLs, one JSON line each, with no archive."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newscrawler.cli.group import main, selected_sources, sources_option
from newscrawler.errors import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from newscrawler.sources import Source


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
        source = selected_sources(sources_file, (source_name,))[0]
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
