"""The Jinja2 environments for ``templates/``: one for Markdown pages (escaping
by the ``md`` filter), one for HTML/SVG fragments (autoescaped)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..paths import relative_link
from ..project import Project
from ..safety import html_text

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def md_escape(text) -> str:
    """Text safe to drop into Markdown inline context (link text, list items)."""
    return _md_escape_str(str(text))


@lru_cache(maxsize=65536)  # titles and names recur on many pages: escape each once
def _md_escape_str(text: str) -> str:
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def html_line(text) -> str:
    """Text as HTML on one line, as Markdown prints ``text | md``: whitespace runs as
    one space, ``&``, ``<`` and ``>`` escaped (for lists written as HTML, which
    Markdown copies instead of parsing)."""
    return html_text(" ".join(str(text).split()))


def yaml_str(text) -> str:
    """``text`` as a YAML scalar: as is when that reads back the same (also inside
    ``[...]`` and after ``key:``, which read ``-`` differently), else double-quoted,
    so an editor's name never breaks a page's YAML."""
    text = str(text)
    try:
        if (
            "\n" not in text
            # PyYAML's pure-Python parser, the stricter one: libyaml (MkDocs' and
            # yamlsafe's fast path) also takes [0?], which it and other engines refuse.
            and yaml.safe_load(f"[{text}]") == [text]
            and yaml.safe_load(f"k: {text}") == {"k": text}
        ):
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)


def _base(templates_dir: Path, **options) -> Environment:
    return Environment(
        loader=FileSystemLoader(str(templates_dir)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        **options,
    )


@lru_cache(maxsize=8)
def markdown_environment(templates_dir: Path) -> Environment:
    env = _base(templates_dir, autoescape=False)  # Markdown output: the md filter escapes
    env.filters["md"] = md_escape
    env.filters["html_text"] = html_text
    env.filters["html_line"] = html_line
    env.filters["yaml_str"] = yaml_str
    env.filters["rel"] = relative_link
    return env


@lru_cache(maxsize=8)
def html_environment(templates_dir: Path) -> Environment:
    return _base(
        templates_dir,
        autoescape=select_autoescape(enabled_extensions=("html", "svg", "md", "j2"), default=True),
    )


def environment(project: Project) -> Environment:
    return markdown_environment(Path(project.templates_dir))


def render(templates_dir: Path, name: str, **context) -> str:
    """A Markdown template rendered, with runs of blank lines folded."""
    text = markdown_environment(Path(templates_dir)).get_template(name).render(**context)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
