"""Generated HTML blocks kept away from Markdown, put back into the page's HTML.

The generated parts of a page (facts tables and charts, an article's 本文数据
list) are HTML already; Python-Markdown would parse each block with html.parser
(``md_in_html``), MkDocs would parse it again to collect its ids, and the block
comes out as written. On a district page at 1,000 articles that is 380 KB of
markup, parsed twice to be copied. :func:`hold` swaps each such block for a
small placeholder carrying the block's ids (so MkDocs still knows every anchor
of the page), and :func:`restore` puts the block back where Markdown wrote the
placeholder: the page's HTML is the same, byte for byte.

A block is held only when Markdown would copy it: between two blank lines, one or
more block-level elements (a chart's period line ``<p>``, its ``<div>`` …), each
opening a line and closing at the end of one, balanced, asking for no Markdown
inside (``markdown`` attribute) and not inside an element that does.
"""

from __future__ import annotations

import re

# Block-level tags that open a raw HTML block in Python-Markdown.
_BLOCK_TAGS = ("table", "div", "ul", "ol", "figure", "details", "section", "dl", "svg", "p")
_OPEN = re.compile(r"<(" + "|".join(_BLOCK_TAGS) + r")[\s>]")
_CHUNKS = re.compile(r"(\n[ \t]*\n)")
_MARKDOWN_ATTR = re.compile(r"<[^>]*\smarkdown(?:[\s=>]|$)", re.I)
_ID = re.compile(r'\sid="([^"<>]*)"')
_PLACEHOLDER = re.compile(r'<div data-almanac-held="(\d+)">(?:<i id="[^"<>]*"></i>)*</div>')
MIN_CHARS = 200  # smaller blocks cost Markdown little


def _element_end(chunk: str, start: int) -> int | None:
    """End of the block element opened at ``chunk[start]`` when it closes at the
    end of its line (Markdown then copies it as one raw block), else None."""
    match = _OPEN.match(chunk, start)
    if not match:
        return None
    tag = match.group(1)
    depth = 0
    for token in re.compile(rf"<(/?){tag}(?=[\s>])").finditer(chunk, start):
        depth += -1 if token.group(1) else 1
        if depth == 0:
            end = chunk.find(">", token.end()) + 1
            rest = chunk.find("\n", end)
            line_end = len(chunk) if rest < 0 else rest
            return line_end if not chunk[end:line_end].strip() else None
    return None


def _holdable(chunk: str) -> bool:
    """A chunk of block elements, each opening a line and closing at the end of
    one, with no Markdown asked for inside: what Markdown copies as raw blocks."""
    if len(chunk) < MIN_CHARS or not _OPEN.match(chunk) or _MARKDOWN_ATTR.search(chunk):
        return False
    start = 0
    while start < len(chunk.rstrip()):
        end = _element_end(chunk, start)
        if end is None:
            return False
        start = end + 1
    return True


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")


def _markdown_open(chunk: str, stack: list[list]) -> None:
    """Follow the elements that ask for Markdown inside (``markdown`` attribute)
    through ``chunk``: ``stack`` holds [tag, nesting] of those still open."""
    for token in _TAG.finditer(chunk):
        closing, tag, attrs = token.groups()
        if not closing and _MARKDOWN_ATTR.match(f"<{tag}{attrs}>"):
            stack.append([tag, 1])
        elif stack and stack[-1][0] == tag:
            stack[-1][1] += -1 if closing else 1
            if stack[-1][1] == 0:
                stack.pop()


def hold(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with its generated HTML blocks replaced by placeholders, and the blocks."""
    held: list[str] = []
    out = []
    # Inside an element that asks for Markdown (an article's 引用本文 box) md_in_html
    # rebuilds the blocks as a tree: nothing is held there.
    inside: list[list] = []
    for chunk in _CHUNKS.split(markdown):
        if not inside and _holdable(chunk):
            ids = "".join(f'<i id="{i}"></i>' for i in _ID.findall(chunk))
            out.append(f'<div data-almanac-held="{len(held)}">{ids}</div>')
            held.append(chunk)
            continue
        if inside or "markdown" in chunk:
            _markdown_open(chunk, inside)
        out.append(chunk)
    return "".join(out), held


def restore(html: str, held: list[str]) -> str:
    """The page's HTML with each placeholder replaced by the block it stands for."""
    if not held:
        return html
    return _PLACEHOLDER.sub(lambda m: held[int(m.group(1))], html)
