"""What one ``mkdocs serve`` process's rebuilds take over from the build before.

The plugin defines ``on_startup``, so MkDocs keeps one plugin object for all
rebuilds of a ``serve``; it holds one :class:`Rebuilds`. Every entry is keyed by
everything its value is computed from (an article's path and full text, the
bytes of the data files, what the check looks up on disk; a search chunk's
text), so an entry is either exactly what computing it again would give or is
never asked for: an edit to one article makes only that article's entries (and
the chunks holding its text) miss. Entries not used in the last build are
dropped, so the memory stays that of one build.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


class Memo:
    """A dictionary of results kept from the last build (:meth:`new_build`) to the next."""

    def __init__(self) -> None:
        self._current: dict[Hashable, Any] = {}
        self._previous: dict[Hashable, Any] = {}
        self.hits = self.misses = 0

    def new_build(self) -> None:
        """Start a build: what the last one did not use is forgotten."""
        if self._current:
            self._previous, self._current = self._current, {}
        self.hits = self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if key in self._current:
            self.hits += 1
            return self._current[key]
        if key in self._previous:
            self.hits += 1
            value = self._current[key] = self._previous[key]
            return value
        self.misses += 1
        value = self._current[key] = compute()
        return value


class IndexMemo:
    """The search index's memo: each text's posting keys, and the last build's postings
    with the keys of each chunk they were made from (generator/search/build.py)."""

    def __init__(self) -> None:
        self.keys = Memo()
        self.last: Any = None  # (keys of each chunk, postings, encoded postings)

    def new_build(self) -> None:
        self.keys.new_build()


class Rebuilds:
    """The memos of one process: articles as read, their check results, theme mentions, search keys."""

    def __init__(self) -> None:
        self.articles = Memo()  # (path, text) → Entry (its parsed sections kept)
        self.checks = Memo()  # (path, text, data files, disk facts) → problems, key lines
        self.search = IndexMemo()  # posting keys and postings (generator/search/build.py)
        self.theme_mentions = Memo()  # (taxonomy, text) → its themes (generator/enrich/themes.py)

    def new_build(self) -> None:
        for memo in (self.articles, self.checks, self.search, self.theme_mentions):
            memo.new_build()
