"""The Jinja2 environment for the page templates in ``templates/``."""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: str) -> str:
    """Plain text made safe inside a Markdown paragraph or list item."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(str(text).split()))


def relative_link(target: str, from_page: str) -> str:
    """Link from docs page ``from_page`` to docs path ``target`` (with optional #anchor)."""
    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=8)
def environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # the output is Markdown; md_escape does the escaping
    )
    env.filters["md"] = md_escape
    return env


def render(templates_dir: Path, name: str, **context) -> str:
    text = environment(Path(templates_dir)).get_template(name).render(**context)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
