"""The ``newscrawler`` command: argument parsing and output only; the work is done elsewhere.

``group`` holds the command group and the options commands share, ``output`` how they print; the commands live
in one module per kind of work (``crawling``, ``extracting``, ``reading``, ``publishing``), each importing what
it uses inside the command, so that ``--help`` and the read commands start quickly.
"""

from newscrawler.cli import crawling, extracting, publishing, reading  # noqa: F401 - registers the commands
from newscrawler.cli.group import main

__all__ = ["main"]
