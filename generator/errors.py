"""The almanac's errors: what an editor is told, never a traceback.

Every failure the almanac reports (a bad data file, article, seed or export
folder) is an :class:`AlmanacError`; one that can name its place is a
:class:`LocatedError`, printed ``path:line: 说明``. The one error boundary
(:mod:`generator.build`) prints them and exits 1; ``almanac check`` turns them
into problems without reading the place back out of the message.
"""

from __future__ import annotations

from pathlib import Path


class AlmanacError(Exception):
    """A failure the almanac reports in words (exit 1), not as a Python traceback."""


class LocatedError(AlmanacError, ValueError):
    """A problem at a place: ``path`` (as given), 1-based ``line``, ``message`` in plain Chinese.

    Also a ValueError, as the data-file errors it replaces were.
    """

    def __init__(self, path: Path | str, line: int, message: str):
        self.path = str(path)
        self.line = max(1, int(line))
        self.message = message
        super().__init__(f"{self.path}:{self.line}: {message}")
