"""CPU seconds of one `mkdocs build` by part: each page kind's Markdown, its templates, each plugin event.

Run it in a built project's folder (e.g. the bench project bench/run.py makes):

    cd PROJECT && python /path/to/bench/build_parts.py

A timer (``time.process_time``) wraps MkDocs' ``Page.render`` (Markdown only), its
``_build_page`` (the theme's templates, which include the ``on_page_context`` and
``on_post_page`` events) and every plugin event; pages are grouped by their first
folder (``districts``, ``articles`` …). The total leaves out the start-up before the
build. Figures in reports/build-profile.md.
"""

from __future__ import annotations

import collections
import os
import runpy
import sys
import time

from mkdocs import plugins
from mkdocs.commands import build
from mkdocs.structure import pages

SPENT: collections.defaultdict[str, float] = collections.defaultdict(float)
COUNT: collections.Counter[str] = collections.Counter()


def _kind(page) -> str:
    uri = page.file.src_uri
    return uri.split("/")[0] if "/" in uri else uri


def _timed(label: str, fn, *args, **kwargs):
    start = time.process_time()
    try:
        return fn(*args, **kwargs)
    finally:
        SPENT[label] += time.process_time() - start


def main() -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    render, build_page, run_event = (
        pages.Page.render,
        build._build_page,
        plugins.PluginCollection.run_event,
    )

    def timed_render(page, config, files):
        COUNT["md:" + _kind(page)] += 1
        return _timed("md:" + _kind(page), render, page, config, files)

    def timed_build_page(page, *args, **kwargs):
        return _timed("tpl:" + _kind(page), build_page, page, *args, **kwargs)

    def timed_event(self, name, item=None, **kwargs):
        return _timed("ev:" + name, run_event, self, name, item, **kwargs)

    pages.Page.render = timed_render  # type: ignore[method-assign]
    build._build_page = timed_build_page
    plugins.PluginCollection.run_event = timed_event  # type: ignore[method-assign]
    start = time.process_time()
    sys.argv = ["mkdocs", "build", "-q"]
    try:
        runpy.run_module("mkdocs", run_name="__main__")
    except SystemExit as exc:
        if exc.code:
            return int(exc.code) if isinstance(exc.code, int) else 1
    total = time.process_time() - start
    for label in sorted(SPENT, key=lambda k: -SPENT[k]):
        if SPENT[label] >= 0.005:
            print(f"{label:28} {SPENT[label]:7.2f}  {COUNT.get(label, '')}")
    print(f"{'total':28} {total:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
