"""What an article may not do to a reader's browser, and how the build stops it.

Articles are prose written by editors through pull requests. ``almanac check``
reports markup that could run script (:func:`script_hazard`); independently the
plugin neutralises it at build time, so a build with the check disabled still
never runs an article's script:

* before Markdown (:func:`neutralise_markdown`): every raw HTML tag in an article
  body is escaped, so it shows as text (HTML comments are kept: they cannot run);
* after Markdown (:func:`neutralise_urls`): a link or image whose URL uses the
  ``javascript:``, ``vbscript:`` or ``data:`` scheme, however it is spelled
  (entities, tabs, case), points at ``#`` instead;
* front matter titles go into Material's templates unescaped, so
  :func:`escape_title` escapes them; :func:`safe_page_meta` does the same for
  every key Material prints and drops the values it would act on unchecked.

The last word is :mod:`generator.sanitize`'s allow-list over every page's HTML.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

# What the check reports, line by line.
SCRIPT_TAG = re.compile(
    r"</?(script|iframe|object|embed|frame|frameset|applet|base|meta|link|style|form|svg|math)\b",
    re.IGNORECASE,
)
EVENT_ATTR = re.compile(r"<[a-zA-Z][^>]*?\son[a-z]+\s*=", re.IGNORECASE)
# A script URL where Markdown or HTML would make it a link: ](…), [ref]: …, <…>,
# or an attribute value. Prose that merely mentions "javascript:" is fine.
SCRIPT_URL = re.compile(
    r"""(?:(?<!\\)\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|(?<!\\)<|=\s*["']?)\s*"""
    r"(?:(?:java|vb)\s*script\s*(?::|&#0*58;?|&#x0*3a;?|&colon;)|data\s*:\s*text/html)",
    re.IGNORECASE,
)

_TAG_START = re.compile(r"<(?=\s*[A-Za-z/?]|!(?!--))")
_FENCE = re.compile(r"^\s*(```|~~~)")
_URL_ATTR = re.compile(
    r"""(\s(?:href|src|xlink:href|action|formaction|srcset|poster)\s*=\s*)(["'])(.*?)\2""",
    re.IGNORECASE | re.DOTALL,
)
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
# First characters after which no scheme can follow: entities start with &, and
# the characters browsers skip are whitespace and controls, none of these.
_NO_SCHEME = frozenset("./#?")


def script_hazard(line: str) -> str | None:
    """A plain-words description of script-running markup in ``line``, or None."""
    for pattern, what in (
        (SCRIPT_TAG, "不能使用可执行或嵌入网页的 HTML 标记"),
        (EVENT_ATTR, "HTML 标记不能带事件属性（on…=）"),
        (SCRIPT_URL, "不能使用 javascript: 或 data:text/html 链接"),
    ):
        match = pattern.search(line)
        if match:
            start = max(0, match.start() - 8)
            piece = " ".join(line[start : start + 40].split())
            return f"{what}：{piece}{'…' if len(line) > start + 40 else ''}"
    return None


def neutralise_markdown(markdown: str) -> str:
    """An article body with every raw HTML tag escaped (fenced code left alone)."""
    out, in_code = [], False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
        elif not in_code:
            line = _TAG_START.sub("&lt;", line)
        out.append(line)
    return "\n".join(out)


def _unsafe_url(value: str) -> bool:
    if value[:1] in _NO_SCHEME:
        return False  # ../x/, /x, #p-1, ?q: a scheme starts with a letter, whatever is unescaped
    # Browsers ignore entities, ASCII whitespace/control characters and case
    # when reading a URL's scheme; so must this test.
    url = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(value)).lower()
    return url.startswith(_UNSAFE_SCHEMES)


def neutralise_urls(page_html: str) -> str:
    """Rendered HTML with every script-scheme URL replaced by ``#``."""

    def fix(match: re.Match[str]) -> str:
        return f"{match[1]}{match[2]}#{match[2]}" if _unsafe_url(match[3]) else match[0]

    return _URL_ATTR.sub(fix, page_html)


def html_text(text) -> str:
    """Text for a place the theme prints as HTML without escaping (titles, tags)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_title(title: str) -> str:
    """A title or tag name as HTML text (Material prints both unescaped)."""
    return html_text(title)


# Material names an icon file, a status class and a page template after these
# front matter values: a path, a class fragment and a file name, never markup.
_ICON = re.compile(r"^[a-z0-9-]+(?:/[a-z0-9-]+)+$")
_STATUS = re.compile(r"^[a-z0-9-]+$")
_TEMPLATE = re.compile(r"^[A-Za-z0-9_-]+\.html$")
# Material reads these with no escaping (base.html, redirect.html): only as text, or not at all.
_PRINTED = ("title", "description", "author")
_DROPPED = ("location",)  # redirect.html puts it into a script


def theme_file(theme_dirs, name: str) -> bool:
    return any((Path(d) / name).is_file() for d in theme_dirs)


def safe_page_meta(meta: dict, theme_dirs) -> dict:
    """``meta`` (a page's front matter, changed in place) as Material may print it."""
    for key in _PRINTED:
        if key in meta:
            if isinstance(meta[key], str):
                meta[key] = (
                    html.escape(meta[key], quote=True)
                    if key != "title"
                    else escape_title(meta[key])
                )
            else:
                del meta[key]  # a list or mapping would print as Python's repr
    for key in _DROPPED:
        meta.pop(key, None)
    tags = meta.get("tags")
    if tags is not None:
        meta["tags"] = (
            [escape_title(t) for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
        )
    icon = meta.get("icon")
    if icon is not None and not (
        isinstance(icon, str) and _ICON.match(icon) and theme_file(theme_dirs, f".icons/{icon}.svg")
    ):
        del meta["icon"]
    status = meta.get("status")
    if status is not None and not (isinstance(status, str) and _STATUS.match(status)):
        del meta["status"]
    template = meta.get("template")
    if template is not None and not (
        isinstance(template, str)
        and _TEMPLATE.match(template)
        and template != "redirect.html"
        and theme_file(theme_dirs, template)
    ):
        del meta["template"]  # `almanac check` names it; the page uses the default template
    return meta


# -- bounds checked before Markdown sees a page ------------------------------

# Python-Markdown recurses per level: 2,000 nested list items end in
# RecursionError after 70 s, 20,000 nested "[" take 117 s. No page needs more than a few.
MAX_NESTING = 32
_NEST_MARK = re.compile(r"(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?")


def _bracket_depth(block: str) -> int:
    depth = deepest = 0
    escaped = False
    for ch in block:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "[(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "])" and depth:
            depth -= 1
    return deepest


def nesting_problem(text: str) -> tuple[int, str] | None:
    """(1-based line, message) of the first place ``text`` nests too deep, or None."""
    block_start = 1
    block: list[str] = []
    lines = text.split("\n")
    for number, line in enumerate(lines + [""], start=1):
        if line.strip():
            if not block:
                block_start = number
            block.append(line)
            expanded = line.expandtabs(4)
            rest = expanded.lstrip(" ")
            level = (len(expanded) - len(rest)) // 4
            while level <= MAX_NESTING:
                mark = _NEST_MARK.match(rest)
                if not mark:
                    break
                level, rest = level + 1, rest[mark.end() :]
            if level > MAX_NESTING:
                return number, f"列表、引用或缩进嵌套超过 {MAX_NESTING} 层"
            continue
        if block:
            joined = "\n".join(block)
            # str.count is fast; the character scan runs only where it could matter.
            if (
                joined.count("[") + joined.count("(") > MAX_NESTING
                and _bracket_depth(joined) > MAX_NESTING
            ):
                return block_start, f"方括号或圆括号嵌套超过 {MAX_NESTING} 层"
            block = []
    return None
