"""``mkdocs serve``: Python's cyclic garbage collector runs while the server waits,
not in the middle of the rebuild an editor is waiting for.

After the first build the process holds the whole almanac, MkDocs' pages and the
rebuilds' memo (generator/memo.py); a full collection walks all of it, about half
a second per rebuild at 1,000 articles, and the collector starts one whenever
enough objects were made, which a rebuild always does. While serving, the plugin
turns automatic collection off once a build is done and collects itself two seconds
later, when the server is idle: memory is reclaimed after every build as before,
and a rebuild is no longer interrupted for it. Reference counting frees almost
everything anyway; only cycles wait for the idle collection.
"""

from __future__ import annotations

import gc
import threading

# After a build: the browser has reloaded the page by then (a collection would hold up
# serving it), and an editor rarely saves again sooner.
IDLE_DELAY_S = 2.0


class IdleCollector:
    def __init__(self, delay: float = IDLE_DELAY_S) -> None:
        self.delay = delay
        self.was_enabled = gc.isenabled()
        self.collections = 0
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def build_done(self) -> None:
        """A build has finished (or failed): collect once the server is idle, not during the next."""
        gc.disable()
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._collect)
            self._timer.daemon = True
            self._timer.start()

    def _collect(self) -> None:
        gc.collect()
        self.collections += 1

    def close(self) -> None:
        """The server stops: automatic collection as it was."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if self.was_enabled:
            gc.enable()
