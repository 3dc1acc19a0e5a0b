"""``export``: the archive's posts as a Jekyll or Hugo site."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newscrawler.cli.group import archive_option, filter_options, main, open_archive, sources_option
from newscrawler.cli.output import console, err_console, progress_bar
from newscrawler.errors import EXIT_FAILED, EXIT_OK
from newscrawler.exporters.defaults import BODY_FORMATS, CONFIG_NAME, FORMAT_NAMES


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
    with open_archive(archive_dir / "news.db", create=False) as archive:
        total = count_selected(archive, selection)
        if init and not dry_run:
            lang, timezone = starter_settings(archive, selection, settings, known_sources)
            started = init_site(dest, fmt, default_image=profile.default_image, lang=lang, timezone=timezone)
            for added in started.added:
                err_console.print(f"added {dest / added}")
            for skipped in started.skipped:
                err_console.print(Text(f"not added: {skipped}"))
        with progress_bar("exporting", total, hidden=as_json) as advance:
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
