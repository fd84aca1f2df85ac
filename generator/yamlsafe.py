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
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent, CollectionStartEvent, NodeEvent

from .errors import LocatedError

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


class TooLarge(LocatedError):
    """A data file too large to be one: ``path:1: message``."""


def read_data_file(path) -> str:
    """A data file's text; :class:`TooLarge` when it is too large to be one."""
    size = Path(path).stat().st_size
    if size > MAX_DATA_FILE_BYTES:
        raise TooLarge(path, 1, f"文件过大（{size} 字节，上限 {MAX_DATA_FILE_BYTES} 字节）")
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
    path = Path(path)
    if not path.is_file():
        return None
    try:
        safe_load(read_data_file(path))
    except TooLarge as exc:
        return exc.line, exc.message
    except UnicodeDecodeError as exc:
        return 1, f"不是 UTF-8 文本（第 {exc.start} 字节）"
    except yaml.YAMLError as exc:
        if bound_detail(exc):
            mark = getattr(exc, "problem_mark", None)
            return (mark.line + 1) if mark else 1, f"YAML 格式错误{bound_detail(exc)}"
    return None


# PyYAML's messages, in the words an editor who is not a programmer can act on.
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "这一行多了一个冒号“:”——值里含英文冒号时，请给整个值加引号"),
    ("could not find expected ':'", "缺少冒号——每行应写成“键: 值”（冒号后有一个空格）"),
    ("cannot start any token", "含有不能出现在这里的字符（常见：用了 Tab 缩进，请改用空格）"),
    ("found unexpected end of stream", "引号没有配对——检查这一行的引号是否成对"),
    ("did not find expected key", "缩进不一致——同一层的键要对齐"),
    ("expected <block end>", "缩进不一致——同一层的键要对齐"),
    ("did not find expected '-' indicator", "列表缩进不一致——每项都以“- ”开头并对齐"),
    ("found undefined alias", "“*”开头的值须加引号"),
    ("expected ',' or '}'", "花括号 {…} 没有正确闭合，或其中的值含冒号——含冒号的值请加引号"),
    ("expected ',' or ']'", "方括号 […] 没有正确闭合，或其中的值含冒号——含冒号的值请加引号"),
    ("found unknown escape character", "双引号中的反斜杠“\\”须写成两个，或改用单引号"),
    (ANCHOR_PROBLEM, "不能使用 YAML 锚点“&…”和别名“*…”：请直接写出每个值"),
    (DEPTH_PROBLEM, f"嵌套层数过多（上限 {MAX_DEPTH} 层）"),
)


def explain_yaml_error(exc: Exception) -> str:
    return explain_yaml_problem(str(getattr(exc, "problem", None) or str(exc).splitlines()[0]))


def explain_yaml_problem(problem: str) -> str:
    for needle, words in _YAML_PROBLEMS:
        if needle in problem:
            return words
    return f"YAML 语法错误（{problem}）"


def yaml_line(exc: yaml.YAMLError, offset: int = 0) -> int:
    """1-based line of a YAML error (its problem's mark, else its context's), plus ``offset``."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return (mark.line + 1 + offset) if mark is not None else 1 + offset


@dataclass(frozen=True)
class DataFile:
    """A YAML data file as loaded: its value and the nodes that give each part's line."""

    path: Path
    data: Any  # None for an empty file
    root: yaml.Node | None

    def node(self, *keys: str | int) -> yaml.Node | None:
        """The node at ``keys`` (mapping keys and list indexes), or None."""
        node = self.root
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
                node = node.value[key] if 0 <= key < len(node.value) else None
            else:
                return None
        return node

    def line(self, *keys: str | int) -> int:
        """1-based line of the part at ``keys``; 1 when there is none."""
        node = self.node(*keys)
        return node.start_mark.line + 1 if node is not None else 1

    def item_lines(self, key: str) -> list[int]:
        """1-based line of each item of the top-level list ``key``."""
        node = self.node(key)
        if not isinstance(node, yaml.SequenceNode):
            return []
        return [item.start_mark.line + 1 for item in node.value]

    def items(self, key: str) -> Iterator[tuple[int, Any]]:
        """(line, value) of each item of the top-level list ``key``."""
        values = self.data.get(key) if isinstance(self.data, dict) else None
        lines = self.item_lines(key)
        for index, value in enumerate(values if isinstance(values, list) else ()):
            yield (lines[index] if index < len(lines) else 1), value


def package_data(name: str) -> Any:
    """A vocabulary file shipped with the package (``generator/data/<name>``): the
    project's own, read through the same bounded loader; callers keep the result."""
    return safe_load(
        resources.files("generator").joinpath("data", name).read_text(encoding="utf-8")
    )


def load_data_file(path: Path | str, error: type[LocatedError] = LocatedError) -> DataFile:
    """The one loader of the almanac's YAML data files: bounded (size, anchors, depth),
    UTF-8, each part's line kept; every problem an ``error`` (the file's own
    :class:`LocatedError` subclass) naming the line."""
    path = Path(path)
    try:
        text = read_data_file(path)
        try:
            root = compose(text)
            # The values safe_load gives, from the nodes already composed (one parse).
            data = yaml.SafeLoader("").construct_document(root) if root is not None else None
        except yaml.YAMLError as exc:
            raise LocatedError(
                path, yaml_line(exc), f"YAML 格式错误：{explain_yaml_error(exc)}"
            ) from None
    except LocatedError as exc:
        raise error(exc.path, exc.line, exc.message) from None
    except UnicodeDecodeError as exc:
        raise error(path, 1, f"不是 UTF-8 文本（第 {exc.start} 字节）") from None
    except OSError as exc:
        raise error(path, 1, f"无法读取：{exc.strerror}") from None
    return DataFile(path, data, root)
