"""`newscrawler schedule` with a fake crontab on PATH and a temporary systemd unit folder: nothing real is touched."""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from helpers import ROOT, demo_sources, run_cli

from newscrawler.runs.schedule import ScheduleError, cron_spec

FAKE_CRONTAB = """#!/bin/sh
# crontab -l / crontab - against a file, as the real one does against the user's crontab
case "$1" in
  -l) if [ -f "$FAKE_CRONTAB_FILE" ]; then cat "$FAKE_CRONTAB_FILE"; else echo "no crontab for $USER" >&2; exit 1; fi ;;
  -) cat > "$FAKE_CRONTAB_FILE" ;;
  *) echo "unexpected: $*" >&2; exit 2 ;;
esac
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "crontab"
    fake.write_text(FAKE_CRONTAB)
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    return {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "FAKE_CRONTAB_FILE": str(tmp_path / "crontab.txt"),
        "NEWSCRAWLER_SYSTEMD_DIR": str(tmp_path / "units"),
        "NEWSCRAWLER_SYSTEMCTL": "",
    }


def schedule(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**env}
    sources = demo_sources(cwd, "http://127.0.0.1:9")
    return run_cli("schedule", "--sources", str(sources), "--archive", "archive", *args, cwd=cwd, env=environment)


def test_print_shows_a_crontab_line_with_absolute_paths_and_a_log(env: dict[str, str], tmp_path: Path) -> None:
    result = schedule(env, tmp_path, "--every", "30m", "rentn", "--print")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("*/30 * * * * ")
    words = shlex.split(line.split(" # newscrawler:")[0].split("&&", 1)[1])
    assert Path(words[0]).is_absolute() and (
        words[0].endswith("newscrawler") or words[1:3] == ["-m", "newscrawler.cli"]
    )
    crawl = words.index("crawl")
    assert words[crawl + 1] == "rentn"
    assert words[words.index("--archive") + 1] == str(tmp_path / "archive")
    assert words[words.index("--sources") + 1] == str(tmp_path / "sources.toml")
    assert words[-3:] == [">>", str(tmp_path / "archive" / "logs" / "crawl.log"), "2>&1"]
    assert not (tmp_path / "crontab.txt").exists()  # --print installs nothing


def test_install_list_and_remove_keep_other_crontab_lines(env: dict[str, str], tmp_path: Path) -> None:
    crontab = tmp_path / "crontab.txt"
    crontab.write_text("MAILTO=me@example.com\n0 3 * * * /usr/bin/backup\n")
    installed = schedule(env, tmp_path, "--every", "2h")
    assert installed.returncode == 0, installed.stderr
    again = schedule(env, tmp_path, "--every", "2h")  # the same schedule again replaces it
    assert again.returncode == 0
    lines = crontab.read_text().splitlines()
    assert lines[:2] == ["MAILTO=me@example.com", "0 3 * * * /usr/bin/backup"]
    assert len(lines) == 3 and " */2 * * * " in lines[2] and "# newscrawler:" in lines[2]

    other = schedule(env, tmp_path, "--every", "1d", "rentn")
    assert other.returncode == 0
    listed = schedule(env, tmp_path, "--list")
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 2 and "/usr/bin/backup" not in listed.stdout

    removed = schedule(env, tmp_path, "--remove")
    assert removed.returncode == 0, removed.stderr
    lines = crontab.read_text().splitlines()
    assert lines[:2] == ["MAILTO=me@example.com", "0 3 * * * /usr/bin/backup"]
    assert len(lines) == 3 and " rentn " in lines[2]
    assert schedule(env, tmp_path, "--remove").returncode == 1  # nothing left to remove: said so


def test_an_empty_crontab_and_an_interval_cron_cannot_keep(env: dict[str, str], tmp_path: Path) -> None:
    assert schedule(env, tmp_path, "--list").returncode == 0
    refused = schedule(env, tmp_path, "--every", "45m")
    assert refused.returncode == 2 and "--systemd" in refused.stderr
    assert schedule(env, tmp_path, "--every", "soon").returncode == 2  # bad usage
    unknown = schedule(env, tmp_path, "--every", "1h", "nosuchsource")
    assert unknown.returncode == 2 and "nosuchsource" in unknown.stderr


def test_systemd_units_are_written_listed_and_removed(env: dict[str, str], tmp_path: Path) -> None:
    result = schedule(env, tmp_path, "--every", "45m", "--systemd")
    assert result.returncode == 0, result.stderr
    units = tmp_path / "units"
    timers = list(units.glob("newscrawler-*.timer"))
    assert len(timers) == 1
    timer = timers[0].read_text()
    service = timers[0].with_suffix(".service").read_text()
    assert "OnUnitActiveSec=45min" in timer and "WantedBy=timers.target" in timer
    assert "Type=oneshot" in service and f"--archive {tmp_path / 'archive'}" in service
    assert f"StandardOutput=append:{tmp_path / 'archive' / 'logs' / 'crawl.log'}" in service
    listed = schedule(env, tmp_path, "--list", "--systemd")
    assert str(timers[0]) in listed.stdout
    assert "enable it with: systemctl --user daemon-reload" in result.stderr
    assert schedule(env, tmp_path, "--remove", "--systemd").returncode == 0
    assert list(units.iterdir()) == []


def test_the_scheduled_command_runs(env: dict[str, str], tmp_path: Path) -> None:
    """What cron would run is a working command: here it is asked for its help."""
    line = schedule(env, tmp_path, "--every", "1h", "--print").stdout
    command = line.split(" && ", 1)[1].split(" >> ")[0]
    words = shlex.split(command)
    result = subprocess.run([*words[: words.index("crawl") + 1], "--help"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "--full" in result.stdout


@pytest.mark.parametrize(
    ("every", "spec"),
    [(timedelta(minutes=1), "* * * * *"), (timedelta(minutes=15), "*/15 * * * *"), (timedelta(hours=6), "M */6 * * *")],
)
def test_cron_specs(every: timedelta, spec: str) -> None:
    made = cron_spec(every, "abcdef12")
    assert made == spec.replace("M", str(int("abcd", 16) % 60))


def test_cron_refuses_uneven_intervals() -> None:
    with pytest.raises(ScheduleError):
        cron_spec(timedelta(hours=5), "abcdef12")


def test_systemd_timer_is_enabled_and_disabled_through_systemctl(env: dict[str, str], tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "fake-systemctl"
    fake.write_text(f'#!/bin/sh\necho "$@" >> {tmp_path / "systemctl.log"}\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    env = {**env, "NEWSCRAWLER_SYSTEMCTL": str(fake)}
    result = schedule(env, tmp_path, "--every", "30m", "--systemd")
    assert result.returncode == 0, result.stderr
    timer = next((tmp_path / "units").glob("*.timer")).name
    assert schedule(env, tmp_path, "--remove", "--systemd").returncode == 0
    calls = (tmp_path / "systemctl.log").read_text().splitlines()
    assert calls == [
        "--user daemon-reload",
        f"--user enable --now {timer}",
        f"--user disable --now {timer}",
        "--user daemon-reload",
    ]
