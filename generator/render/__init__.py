"""Render stage: enriched corpus → generated Markdown pages (Jinja2 templates).

A page set is a ``dict`` from a docs-relative path (POSIX, e.g.
``districts/banan.md``) to the page's Markdown. Each feature module exposes
``pages(corpus) -> dict[str, str]``; :mod:`generator.render.site` collects them.
Nothing here imports MkDocs: the plugin and the ``almanac pages`` command are
two thin callers of the same functions.
"""
