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
  :func:`escape_title` escapes them.
"""

from __future__ import annotations

import html
import re

from .render.jinja import html_text

# What the check reports, line by line.
SCRIPT_TAG = re.compile(r"</?(script|iframe|object|embed|frame|frameset|applet|base|meta|link|style|form|svg|math)\b", re.IGNORECASE)
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
_URL_ATTR = re.compile(r"""(\s(?:href|src|xlink:href|action|formaction|srcset|poster)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")


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
    # Browsers ignore entities, ASCII whitespace/control characters and case
    # when reading a URL's scheme; so must this test.
    url = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(value)).lower()
    return url.startswith(_UNSAFE_SCHEMES)


def neutralise_urls(page_html: str) -> str:
    """Rendered HTML with every script-scheme URL replaced by ``#``."""

    def fix(match: re.Match[str]) -> str:
        return f"{match[1]}{match[2]}#{match[2]}" if _unsafe_url(match[3]) else match[0]

    return _URL_ATTR.sub(fix, page_html)


def escape_title(title: str) -> str:
    """A title or tag name as HTML text (Material prints both unescaped)."""
    return html_text(title)
