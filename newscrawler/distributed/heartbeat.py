"""Heartbeats from a thread of their own.

A crawler's heartbeat key (and the archive worker's lock) expires after ``--heartbeat`` seconds; whoever finds it
expired hands the crawler's requests in flight to the other crawlers. Beaten from Twisted's reactor thread, the key
expired whenever the reactor was busy longer than that (parsing a burst of responses on a loaded machine): the
crawler was alive, went on fetching what it held, and the other crawlers fetched the same URLs again. Here a
daemon thread beats, so only a process that is gone or frozen stops beating; a thread does get the GIL while the
reactor runs Python code. A reactor stuck for good should still hand its work over: ``alive`` can say so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

logger = logging.getLogger(__name__)


class Heartbeat:
    """Calls ``beat`` every ``interval`` seconds from a daemon thread until ``stop``; while ``alive()`` is false it
    skips the beat. ``beat`` returning False (the key had expired: this process was taken for gone) is counted in
    ``missed``; an exception is logged and the beating goes on."""

    def __init__(
        self, beat: Callable[[], bool], interval: float, name: str, alive: Callable[[], bool] = lambda: True
    ) -> None:
        self.beat = beat
        self.interval = interval
        self.alive = alive
        self.missed = 0
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Heartbeat:
        self._thread.start()
        return self

    def stop(self) -> None:
        """No beat after this returns."""
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._stopping.is_set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                if self.alive() and not self.beat():
                    self.missed += 1
            except Exception:  # a Redis hiccup must not stop the heartbeat for good
                logger.exception("Redis heartbeat failed")
            self._stopping.wait(self.interval)
