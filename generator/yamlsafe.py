"""YAML from editors, read with bounds: no anchors, shallow nesting, small files.

A YAML alias bomb (``a: &a [x, x]`` ``b: &b [*a, *a]`` … nine levels) is a few
hundred bytes that expand into gigabytes wherever the value is walked (the
cache's JSON, a template); 5,000 nested ``[`` ends in RecursionError. Nothing
the almanac stores needs anchors, so :class:`BoundedLoader` refuses them (an
alias then has nothing to point to and is PyYAML's "undefined alias" error),
and refuses nesting deeper than :data:`MAX_DEPTH`. Errors are ordinary
``yaml.YAMLError`` with a mark, so every caller already reports ``path:line``.

libyaml's C loader stays the fast path for text that cannot hold either
(no ``&``, few brackets, shallow indentation): it gives the same values.
"""

from __future__ import annotations

import re

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent, CollectionStartEvent, NodeEvent

MAX_DEPTH = 32
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_DATA_FILE_BYTES = 1024 * 1024  # docs/data/*.yml and seed hints; the largest real one is 6 KB

ANCHOR_PROBLEM = "anchors are not allowed"
DEPTH_PROBLEM = "nesting too deep"

_FAST = getattr(yaml, "CSafeLoader", None)
_DEEP_INDENT = re.compile(r"^[ \t-]{40}", re.MULTILINE)


def _mark(event) -> yaml.error.Mark | None:
    # types-PyYAML types an event's mark as either loader's Mark; this loader is pure Python.
    return event.start_mark


class BoundedLoader(yaml.SafeLoader):
    """SafeLoader without anchors and without deep nesting."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if (
            isinstance(event, NodeEvent)
            and not isinstance(event, AliasEvent)
            and event.anchor is not None
        ):
            raise ComposerError(None, None, f"{ANCHOR_PROBLEM} (&{event.anchor})", _mark(event))
        if isinstance(event, CollectionStartEvent):
            if self._depth >= MAX_DEPTH:
                raise ComposerError(None, None, f"{DEPTH_PROBLEM} (> {MAX_DEPTH})", _mark(event))
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)


def _plain(text: str) -> bool:
    """True when ``text`` can hold no anchor and no deep nesting (the C loader is then safe)."""
    return (
        "&" not in text and text.count("[") + text.count("{") < 64 and not _DEEP_INDENT.search(text)
    )


def safe_load(text: str):
    """``yaml.safe_load`` with the bounds above."""
    if _FAST is not None and _plain(text):
        try:
            return yaml.load(text, Loader=_FAST)
        except yaml.YAMLError:
            pass  # the pure-Python loader words the error (the messages never depend on libyaml)
    return yaml.load(text, Loader=BoundedLoader)


def compose(text: str):
    """``yaml.compose`` with the bounds above (for line numbers of keys and items)."""
    if _FAST is not None and _plain(text):
        try:
            return yaml.compose(text, Loader=_FAST)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=BoundedLoader)


class TooLarge(ValueError):
    """A data file too large to be one: ``path:1: message``."""


def read_data_file(path) -> str:
    """A data file's text; :class:`TooLarge` when it is too large to be one."""
    from pathlib import Path

    size = Path(path).stat().st_size
    if size > MAX_DATA_FILE_BYTES:
        raise TooLarge(f"{path}:1: 文件过大（{size} 字节，上限 {MAX_DATA_FILE_BYTES} 字节）")
    return Path(path).read_text(encoding="utf-8")


def bound_detail(exc: yaml.YAMLError) -> str:
    """'：<problem>' when ``exc`` is one of the bounds above (loaders add it to their message)."""
    problem = str(getattr(exc, "problem", "") or "")
    return f"：{problem}" if problem.startswith((ANCHOR_PROBLEM, DEPTH_PROBLEM)) else ""


def vet_file(path) -> tuple[int, str] | None:
    """(line, message) when the YAML file at ``path`` breaks the bounds, else None.

    For loaders this project does not own (the gazetteer, the importer's hints):
    they read the file after it has been vetted here. Other YAML errors are
    left to the file's own loader, which reports them in its words.
    """
    from pathlib import Path

    path = Path(path)
    if not path.is_file():
        return None
    try:
        safe_load(read_data_file(path))
    except TooLarge as exc:
        return 1, str(exc).split(": ", 1)[1]
    except UnicodeDecodeError as exc:
        return 1, f"不是 UTF-8 文本（第 {exc.start} 字节）"
    except yaml.YAMLError as exc:
        if bound_detail(exc):
            mark = getattr(exc, "problem_mark", None)
            return (mark.line + 1) if mark else 1, f"YAML 格式错误{bound_detail(exc)}"
    return None
