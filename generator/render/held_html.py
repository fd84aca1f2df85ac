"""Generated HTML blocks kept away from Markdown, put back into the page's HTML.

The generated parts of a page (facts tables and charts, an article's 本文数据
list) are HTML already; Python-Markdown would parse each block with html.parser
(``md_in_html``), MkDocs would parse it again to collect its ids, and the block
comes out as written. On a district page at 1,000 articles that is 380 KB of
markup, parsed twice to be copied. :func:`hold` swaps each such block for a
small placeholder carrying the block's ids (so MkDocs still knows every anchor
of the page), and :func:`restore` puts the block back where Markdown wrote the
placeholder: the page's HTML is the same, byte for byte.

A block is held only when Markdown would copy it: it starts a line after a blank
line with a block-level tag, ends with that tag's closing tag before a blank
line, is balanced, and asks for no Markdown inside (``markdown`` attribute).
"""

from __future__ import annotations

import re

# Block-level tags that open a raw HTML block in Python-Markdown.
_BLOCK_TAGS = ("table", "div", "ul", "ol", "figure", "details", "section", "dl", "svg")
_OPEN = re.compile(r"<(" + "|".join(_BLOCK_TAGS) + r")[\s>]")
_CHUNKS = re.compile(r"(\n[ \t]*\n)")
_MARKDOWN_ATTR = re.compile(r"<[^>]*\smarkdown(?:[\s=>]|$)", re.I)
_ID = re.compile(r'\sid="([^"<>]*)"')
_PLACEHOLDER = re.compile(r'<div data-almanac-held="(\d+)">(?:<i id="[^"<>]*"></i>)*</div>')
MIN_CHARS = 200  # smaller blocks cost Markdown little


def _holdable(chunk: str) -> bool:
    match = _OPEN.match(chunk)
    if not match or len(chunk) < MIN_CHARS:
        return False
    tag = match.group(1)
    if not chunk.rstrip().endswith(f"</{tag}>") or _MARKDOWN_ATTR.search(chunk):
        return False
    # The first tag must close at the end and nowhere before (one element).
    depth = 0
    for token in re.finditer(rf"<(/?){tag}(?=[\s>])", chunk):
        depth += -1 if token.group(1) else 1
        if depth == 0 and token.end() < len(chunk.rstrip()) - 1:
            return False
    return depth == 0


def hold(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with its generated HTML blocks replaced by placeholders, and the blocks."""
    held: list[str] = []
    out = []
    for chunk in _CHUNKS.split(markdown):
        if _holdable(chunk):
            ids = "".join(f'<i id="{i}"></i>' for i in _ID.findall(chunk))
            out.append(f'<div data-almanac-held="{len(held)}">{ids}</div>')
            held.append(chunk)
        else:
            out.append(chunk)
    return "".join(out), held


def restore(html: str, held: list[str]) -> str:
    """The page's HTML with each placeholder replaced by the block it stands for."""
    if not held:
        return html
    return _PLACEHOLDER.sub(lambda m: held[int(m.group(1))], html)
