"""The Jinja2 environments for ``templates/``: one for Markdown pages (escaping
by the ``md`` filter), one for HTML/SVG fragments (autoescaped)."""

from __future__ import annotations

import json
import posixpath
import re
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

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


def yaml_str(text) -> str:
    """``text`` as a YAML scalar: as is when that reads back the same (also inside
    ``[...]`` and after ``key:``, which read ``-`` differently), else double-quoted,
    so an editor's name never breaks a page's YAML."""
    text = str(text)
    try:
        if (
            "\n" not in text
            and yaml.safe_load(f"[{text}]") == [text]
            and yaml.safe_load(f"k: {text}") == {"k": text}
        ):
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)


def relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` for docs-relative paths, without its os.getcwd()
    call per link (pages hold tens of thousands of links at scale)."""
    rel = _docs_relpath(path, start)
    # Unusual forms (absolute, ., .., //): the general rule, which may read the cwd.
    return rel if rel is not None else posixpath.relpath(path, start or ".")


@lru_cache(maxsize=65536)  # pure, and asked for the same (target, page folder) many times
def _docs_relpath(path: str, start: str) -> str | None:
    if path.startswith("/") or start.startswith("/"):
        return None
    path, start = path.rstrip("/") or path, start.rstrip("/")  # a/b/ is a/b, as relpath reads it
    parts, base = path.split("/"), start.split("/") if start not in ("", ".") else []
    if any(p in ("", ".", "..") for p in parts + base):
        return None
    common = 0
    while common < min(len(parts), len(base)) and parts[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


def relative_link(target: str, page: str) -> str:
    """Link from docs-relative ``page`` to docs-relative ``target`` (``a/b.md#x``)."""
    path, _, fragment = target.partition("#")
    rel = relpath(path, posixpath.dirname(page) or ".")
    return rel + (f"#{fragment}" if fragment else "")


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
