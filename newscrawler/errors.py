"""The failures a person can act on, and the exit code each ends a command with.

Every module raises a subclass of :class:`NewscrawlerError` for what a person can fix or should know; the
``newscrawler`` command prints it as one line and exits with its ``exit_code`` (see docs/cli.md). Anything else
is a bug and keeps its traceback.
"""

EXIT_OK = 0
EXIT_FAILED = 1  # the command could not do its work
EXIT_USAGE = 2  # bad usage: an option, a query, a settings or sources file
EXIT_LOCKED = 3  # another crawl holds the archive's lock
EXIT_FLAGGED = 4  # the crawl finished, but a source looks broken (see the run's flags)


class NewscrawlerError(Exception):
    """A failure with a message for a person: one line, no traceback."""

    exit_code = EXIT_FAILED


class BadInputError(NewscrawlerError):
    """What the person gave cannot be used as it is (exit 2)."""

    exit_code = EXIT_USAGE
