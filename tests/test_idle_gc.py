"""serve --dirty: garbage is collected while the server is idle, not during a rebuild
(generator/idle_gc.py), and automatic collection is back once the server stops."""

from __future__ import annotations

import gc
import time

from generator.idle_gc import IdleCollector
from generator.mkdocs_plugin import AlmanacPlugin


def test_collection_waits_for_the_idle_server_and_comes_back_at_shutdown():
    assert gc.isenabled()
    collector = IdleCollector(delay=0.05)
    try:
        collector.build_done()
        assert not gc.isenabled()  # no collection in the middle of the next rebuild
        collector.build_done()  # a second build before the first was collected: one collection
        deadline = time.monotonic() + 10
        while collector.collections == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.1)
        assert collector.collections == 1
    finally:
        collector.close()
    assert gc.isenabled()


def test_only_a_dirty_serve_defers_collection():
    plugin = AlmanacPlugin()
    for command, dirty, deferred in (
        ("serve", True, True),
        ("serve", False, False),
        ("build", True, False),
    ):
        plugin.on_startup(command=command, dirty=dirty)
        try:
            assert (plugin.idle_gc is not None) == deferred
        finally:
            plugin.on_shutdown()
        assert plugin.idle_gc is None and gc.isenabled()
