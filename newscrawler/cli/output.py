"""How the commands print: rich consoles made on first use, tables, the run summary, progress bars."""

from __future__ import annotations

import contextlib
import csv
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


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


def run_row(record: dict[str, Any]) -> tuple[str, ...]:
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


def run_reasons(record: dict[str, Any], label: str = "") -> list[str]:
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


def print_run(record: dict[str, Any], archive_dir: Path) -> None:
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
        for line in run_reasons(counts, label=name):
            err_console.print(Text(line))
    for name, why in (record.get("flags") or {}).items():
        err_console.print(Text(f"flagged: source {name} {why}", style="bold red"))
    if err_console.is_terminal:
        err_console.print(f"Archive: {archive_dir / 'news.db'}; Jekyll files: {archive_dir / '_posts'}")


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} kB"


@contextlib.contextmanager
def progress_bar(label: str, total: int | None, *, hidden: bool) -> Iterator[Callable[[int], None]]:
    """A transient progress bar on a terminal (none for --json or off a terminal); yields its advance function."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err_console.real(), transient=True, disable=hidden or not err_console.is_terminal,
    ) as progress:  # fmt: skip
        task = progress.add_task(label, total=total)
        yield lambda n: progress.advance(task, n)


def cell(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def print_rows(columns: list[str], rows: Sequence[Sequence[Any]], as_json: bool, as_csv: bool, title: str = "") -> None:
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


def highlighted(snippet: str) -> Text:
    """A search snippet with its [matched words] in bold instead of brackets."""
    from rich.text import Text

    text = Text()
    for index, part in enumerate(re.split(r"\[([^\[\]]*)\]", snippet)):
        text.append(part, style="bold yellow" if index % 2 else "")
    return text
