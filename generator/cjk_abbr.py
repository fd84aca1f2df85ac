"""Python-Markdown extension: the ``abbr`` syntax, working inside Chinese text.

The stock ``abbr`` extension matches a term only between ``\\b`` word
boundaries; CJK characters are word characters, so 五育并举 in 深化五育并举 is
never found. This variant only refuses a match glued to Latin letters or digits,
and leaves headings, links and code alone so anchors and link texts stay as
written. Use it instead of ``abbr`` in ``markdown_extensions``.

The walk passes each child's position down: the stock one looks it up with
``list(parent).index(el)`` for every element with a tail, which is quadratic in
the paragraphs of a page (7 s for an article of 20,000 paragraphs).
"""

from __future__ import annotations

import re

from markdown.extensions.abbr import AbbrExtension, AbbrTreeprocessor
from markdown.util import AtomicString

_SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "script", "style"}


class CjkAbbrTreeprocessor(AbbrTreeprocessor):
    def iter_element(self, el, parent=None, index: int = 0):
        # A skipped element keeps its own text and children; the text after it is prose.
        if el.tag not in _SKIP_TAGS:
            for i in range(len(el) - 1, -1, -1):  # abbr siblings go in after a child, never before
                self.iter_element(el[i], el, i)
            if el.text and not isinstance(el.text, AtomicString):
                el.text = self._wrap(el.text, el, 0)
        if parent is not None and el.tail and not isinstance(el.tail, AtomicString):
            el.tail = self._wrap(el.tail, parent, index + 1)

    def _wrap(self, text: str, container, at: int) -> str:
        """Matches in ``text`` become <abbr> elements inserted at ``at``; the text before the first is returned."""
        assert self.RE is not None  # compiled in run()
        for m in reversed(list(self.RE.finditer(text))):
            title = self.abbrs[m.group(0)]
            if title:
                container.insert(at, self.create_element(title, m.group(0), text[m.end() :]))
                text = text[: m.start()]
        return text

    def run(self, root):
        if not self.abbrs:
            return
        keys = sorted(self.abbrs, key=len, reverse=True)
        self.RE = re.compile(
            r"(?<![A-Za-z0-9_])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![A-Za-z0-9_])"
        )
        self.iter_element(root)


class CjkAbbrExtension(AbbrExtension):
    abbrs: dict[str, str]  # set by AbbrExtension.__init__ (types-Markdown does not declare it)

    def extendMarkdown(self, md):
        super().extendMarkdown(md)
        md.treeprocessors.register(CjkAbbrTreeprocessor(md, self.abbrs), "abbr", 7)


def makeExtension(**kwargs):
    return CjkAbbrExtension(**kwargs)
