"""Commands that crawl: ``crawl``, ``demo``, ``schedule``, ``archive-worker`` and ``reprocess``."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from newscrawler.cli.group import (
    archive_option,
    date_option,
    main,
    open_archive,
    redis_options,
    selected_sources,
    sources_option,
)
from newscrawler.cli.output import console, err_console, print_run, progress_bar
from newscrawler.distributed.keys import DEFAULT_IDLE, DEFAULT_WORKER_IDLE
from newscrawler.errors import EXIT_FAILED, EXIT_OK


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
    selected = selected_sources(sources_file, names)
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
    print_run(record, archive_dir)
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
            names = [s.name for s in selected_sources(sources_file, ())]
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
    print_run(record, archive_dir)
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
    selected_sources(sources_file, names)
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
        open_archive(archive_dir / "news.db").close()
        reports = run_worker(
            redis_url, redis_prefix, archive_dir, get_project_settings(),
            idle=idle, heartbeat=heartbeat, say=lambda line: err_console.print(Text(line)),
        )  # fmt: skip
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--redis-prefix") from None
    err_console.print(f"Archive: {archive_dir / 'news.db'}; Jekyll files: {archive_dir / '_posts'}")
    sys.exit(EXIT_OK if all(r.status in ("ok", "errors") for r in reports) else EXIT_FAILED)


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

    selected = selected_sources(sources_file, names)
    with progress_bar("reprocessing", None, hidden=as_json) as advance:
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
