"""Durations as people write them in sources.toml and on the command line: ``90s``, ``30m``, ``6h``, ``7d``, ``1w``.

A dozen lines; a library (pytimeparse) would add a dependency for the same regex.
"""

from __future__ import annotations

import re
from datetime import timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")


def parse_duration(text: str) -> timedelta:
    """``"1h30m"`` → 90 minutes; a ValueError naming the accepted forms for anything else."""
    compact = str(text).strip().lower().replace(" ", "")
    if compact in ("0", "0s"):
        return timedelta(0)
    if not compact or _PART.sub("", compact):
        raise ValueError(f"{text!r} is not a duration (use e.g. 90s, 30m, 6h, 7d, 1w or 1h30m)")
    return timedelta(seconds=sum(float(n) * _UNITS[unit] for n, unit in _PART.findall(compact)))


def format_duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
