"""Python-Markdown extension: a source line break between two Chinese characters
joins them, as Chinese text has no spaces between words.

Markdown keeps a soft line break as a newline, which a browser shows as a space:
an editor wrapping 全部文章和 / 数据概览 in docs/guide.md would print 全部文章和 数据概览.
Here the newline (and the indentation around it) goes where the characters on both
sides are CJK, across inline tags (**粗体**, links), never across block tags and
never inside pre, code, script, style or textarea. Latin words and numbers keep
their space (``Python\\n3`` is two words).
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

# Han, CJK punctuation and full-width forms, and the quotes and dashes Chinese text uses.
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·"
_INLINE = r"(?:</?(?:a|abbr|b|strong|em|i|span|small|sup|sub|mark|q|cite|time|u|s)\b[^>]*>)*"
_BREAK = re.compile(rf"(?<=[{CJK}])({_INLINE})[ \t]*\n[ \t]*({_INLINE})(?=[{CJK}])")
_VERBATIM = re.compile(r"(<(pre|code|script|style|textarea)\b.*?</\2>)", re.S | re.I)


def join_cjk_breaks(html: str) -> str:
    """``html`` with the newlines between two CJK characters removed (see module doc)."""
    pieces = _VERBATIM.split(html)
    # split() with two groups yields text, block, tag name, text, …: every third is verbatim.
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3
        if kind == 0:
            out.append(_BREAK.sub(r"\1\2", piece))
        elif kind == 1:
            out.append(piece)
    return "".join(out)


class CjkBreaksPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        return join_cjk_breaks(text)


class CjkBreaksExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 — Python-Markdown's name
        # After raw HTML is put back (priority 30): the page as it will be published.
        md.postprocessors.register(CjkBreaksPostprocessor(md), "cjk_breaks", 5)


def makeExtension(**kwargs):  # noqa: N802 — Python-Markdown's entry point
    return CjkBreaksExtension(**kwargs)
