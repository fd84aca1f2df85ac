"""The Jinja2 environment for templates/ (Markdown output, so no HTML autoescape)."""

from __future__ import annotations

import posixpath
import re

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..project import Project

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def md_escape(text) -> str:
    """Text safe to drop into Markdown inline context (link text, list items)."""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def relative_link(target: str, page: str) -> str:
    """Link from docs-relative ``page`` to docs-relative ``target`` (``a/b.md#x``)."""
    path, _, fragment = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(page) or ".")
    return rel + (f"#{fragment}" if fragment else "")


def environment(project: Project) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(project.templates_dir)),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["rel"] = relative_link
    return env
