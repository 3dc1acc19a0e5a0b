"""Scheduled crawls: a crontab line or a systemd user timer that runs ``newscrawler crawl`` every so often.

The scheduled command names everything by absolute path (this environment's
``newscrawler``, the archive, the sources file) and appends its output to a log
file, so it runs the same from cron's bare environment. Each schedule carries
an id made from the archive, the sources file and the source names: installing
the same schedule again replaces it, and ``--remove`` finds it.

``NEWSCRAWLER_CRONTAB`` names the crontab command (default ``crontab``),
``NEWSCRAWLER_SYSTEMD_DIR`` the unit folder (default ``~/.config/systemd/user``)
and ``NEWSCRAWLER_SYSTEMCTL`` the systemctl command ("" to only write the files).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from newscrawler.errors import BadInputError, NewscrawlerError
from newscrawler.util.durations import format_duration, parse_duration

TAG = "# newscrawler:"
UNIT_PREFIX = "newscrawler-"


class ScheduleError(NewscrawlerError):
    """The schedule cannot be made or installed; the message says why."""


class IntervalError(ScheduleError, BadInputError):
    """``--every`` is not an interval a schedule can run at (exit 2)."""


@dataclass(frozen=True)
class Schedule:
    every: timedelta
    archive: Path
    sources: Path
    names: tuple[str, ...]
    log: Path

    @property
    def id(self) -> str:
        key = "\0".join([str(self.archive), str(self.sources), *self.names])
        return hashlib.sha256(key.encode()).hexdigest()[:10]

    @property
    def unit(self) -> str:
        return f"{UNIT_PREFIX}{self.id}"

    def command(self) -> list[str]:
        return [
            *newscrawler_command(), "crawl", *self.names,
            "--archive", str(self.archive), "--sources", str(self.sources),
        ]  # fmt: skip

    def cron_line(self) -> str:
        command = " ".join(shlex.quote(part) for part in self.command())
        log = shlex.quote(str(self.log))
        line = (
            f"{cron_spec(self.every, self.id)} mkdir -p {shlex.quote(str(self.log.parent))} && {command} >> {log} 2>&1"
        )
        return line.replace("%", "\\%") + f" {TAG}{self.id} every {format_duration(self.every)}"

    def service_unit(self) -> str:
        return (
            "[Unit]\n"
            f"Description=newscrawler crawl of {', '.join(self.names) or 'all sources'} into {self.archive}\n"
            "After=network-online.target\nWants=network-online.target\n\n"
            "[Service]\nType=oneshot\n"
            f"WorkingDirectory={self.archive.parent}\n"
            f"ExecStartPre=/bin/mkdir -p {_systemd_quote(str(self.log.parent))}\n"
            f"ExecStart={' '.join(_systemd_quote(part) for part in self.command())}\n"
            f"StandardOutput=append:{self.log}\nStandardError=append:{self.log}\n"
            # exit 4 (a source flagged) is a finished run; systemd shows it failed so it gets noticed
        )

    def timer_unit(self) -> str:
        every = format_duration(self.every).replace("m", "min")
        return (
            "[Unit]\n"
            f"Description=Run {self.unit}.service every {format_duration(self.every)}\n\n"
            "[Timer]\n"
            "OnBootSec=2min\n"
            f"OnUnitActiveSec={every}\n"
            "RandomizedDelaySec=30s\n\n"
            "[Install]\nWantedBy=timers.target\n"
        )


def make_schedule(every: str, archive: Path, sources: Path, names: Sequence[str], log: Path | None = None) -> Schedule:
    try:
        interval = parse_duration(every)
    except ValueError as exc:
        raise IntervalError(f"--every: {exc}") from None
    if interval < timedelta(minutes=1):
        raise IntervalError(f"--every {every}: schedules run at most once a minute")
    archive = archive.absolute()
    return Schedule(
        interval, archive, sources.absolute(), tuple(names), (log or archive / "logs" / "crawl.log").absolute()
    )


def newscrawler_command() -> list[str]:
    """This environment's ``newscrawler`` script, by absolute path (the venv's, beside its python)."""
    script = Path(sys.executable).absolute().parent / "newscrawler"
    if script.exists():
        return [str(script)]
    return [str(Path(sys.executable).absolute()), "-m", "newscrawler.cli"]


def cron_spec(every: timedelta, seed: str) -> str:
    """Five cron fields running every ``every``, at a minute picked from ``seed`` for hourly and longer."""
    seconds = int(every.total_seconds())
    minutes, rest = divmod(seconds, 60)
    offset = int(seed[:4], 16) % 60
    if not rest:
        if minutes < 60 and 60 % minutes == 0:
            return "* * * * *" if minutes == 1 else f"*/{minutes} * * * *"
        hours, rest_minutes = divmod(minutes, 60)
        if not rest_minutes and hours < 24 and 24 % hours == 0:
            return f"{offset} * * * *" if hours == 1 else f"{offset} */{hours} * * *"
        if not rest_minutes and hours == 24:
            return f"{offset} {int(seed[4:6], 16) % 24} * * *"
        if not rest_minutes and hours == 24 * 7:
            return f"{offset} {int(seed[4:6], 16) % 24} * * {int(seed[6:8], 16) % 7}"
    raise IntervalError(
        f"cron cannot run every {format_duration(every)} evenly: use a divisor of an hour (1m-30m), "
        "of a day (1h-12h), 1d or 1w, or --systemd (timers take any interval)"
    )


# crontab


def crontab_command() -> list[str]:
    return shlex.split(os.environ.get("NEWSCRAWLER_CRONTAB", "crontab"))


def read_crontab() -> list[str]:
    command = crontab_command()
    if not shutil.which(command[0]):
        raise ScheduleError(f"no {command[0]!r} command here: use --systemd, or --print and add the line yourself")
    result = subprocess.run([*command, "-l"], capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        if "no crontab" in result.stderr.lower():
            return []
        raise ScheduleError(f"{' '.join(command)} -l failed: {result.stderr.strip()}")
    return result.stdout.splitlines()


def write_crontab(lines: Sequence[str]) -> None:
    command = crontab_command()
    text = "".join(f"{line}\n" for line in lines)
    result = subprocess.run([*command, "-"], input=text, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise ScheduleError(f"{' '.join(command)} - failed: {result.stderr.strip()}")


def install_cron(schedule: Schedule) -> str:
    lines = [line for line in read_crontab() if f"{TAG}{schedule.id}" not in line]
    line = schedule.cron_line()
    write_crontab([*lines, line])
    return line


def cron_entries() -> list[str]:
    return [line for line in read_crontab() if TAG in line]


def remove_cron(schedule_id: str) -> list[str]:
    lines = read_crontab()
    removed = [line for line in lines if f"{TAG}{schedule_id}" in line]
    if removed:
        write_crontab([line for line in lines if f"{TAG}{schedule_id}" not in line])
    return removed


# systemd


def unit_dir() -> Path:
    configured = os.environ.get("NEWSCRAWLER_SYSTEMD_DIR")
    return Path(configured) if configured else Path.home() / ".config" / "systemd" / "user"


def install_systemd(schedule: Schedule) -> tuple[list[Path], bool]:
    """Write the units; enable the timer when systemctl is there. Returns the files and whether it was enabled."""
    folder = unit_dir()
    folder.mkdir(parents=True, exist_ok=True)
    service, timer = folder / f"{schedule.unit}.service", folder / f"{schedule.unit}.timer"
    service.write_text(schedule.service_unit(), "utf-8")
    timer.write_text(schedule.timer_unit(), "utf-8")
    enabled = _systemctl("daemon-reload") and _systemctl("enable", "--now", timer.name)
    return [service, timer], enabled


def systemd_entries() -> list[Path]:
    folder = unit_dir()
    return sorted(folder.glob(f"{UNIT_PREFIX}*.timer")) if folder.is_dir() else []


def remove_systemd(schedule_id: str) -> list[Path]:
    folder = unit_dir()
    removed = []
    timer = folder / f"{UNIT_PREFIX}{schedule_id}.timer"
    if timer.exists():
        _systemctl("disable", "--now", timer.name)
    for path in (timer, folder / f"{UNIT_PREFIX}{schedule_id}.service"):
        if path.exists():
            path.unlink()
            removed.append(path)
    if removed:
        _systemctl("daemon-reload")
    return removed


def systemctl_command() -> list[str]:
    return shlex.split(os.environ.get("NEWSCRAWLER_SYSTEMCTL", "systemctl"))


def _systemctl(*args: str) -> bool:
    command = systemctl_command()
    if not command or not shutil.which(command[0]):
        return False
    result = subprocess.run([*command, "--user", *args], capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise ScheduleError(f"{' '.join([*command, '--user', *args])} failed: {result.stderr.strip()}")
    return True


def _systemd_quote(value: str) -> str:
    if not value or any(c in value for c in " \"\\'$%;"):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
        return f'"{escaped}"'
    return value
