"""Small text charts for the terminal (``newscrawler stats``)."""

from __future__ import annotations

from collections.abc import Sequence

_EIGHTHS = " ▁▂▃▄▅▆▇█"


def day_chart(days: Sequence[tuple[str, int]], height: int = 5) -> list[str]:
    """A bar chart of counts per day: one two-character column a day, ``height`` rows, labels every 7 days.

    ``days`` is ``[("2024-06-01", 3), ...]`` in order. Bars use eighth blocks, so a
    day with any post shows at least a sliver, and a day with none shows nothing.
    """
    if not days:
        return []
    top = max(count for _, count in days)
    width = len(str(top))
    rows: list[str] = []
    for row in range(height):
        floor = (height - 1 - row) * 8
        cells = []
        for _, count in days:
            units = 0 if top == 0 else max(1 if count else 0, round(count / top * height * 8))
            cells.append(_EIGHTHS[min(8, max(0, units - floor))] * 2)
        label = str(top) if row == 0 else ""
        rows.append(f"{label:>{width}} ┤" + " ".join(cells).rstrip())
    rows.append(f"{'0':>{width}} ┼" + "─" * (len(days) * 3 - 1))
    axis = [" "] * (len(days) * 3 + 5)
    for index in range(0, len(days), 7):
        label = days[index][0][5:]  # MM-DD
        start = index * 3
        axis[start : start + len(label)] = label
    rows.append(" " * (width + 2) + "".join(axis).rstrip())
    return rows
