"""Python-Markdown extension: the ``abbr`` syntax, working inside Chinese text.

The stock ``abbr`` extension matches a term only between ``\\b`` word
boundaries; CJK characters are word characters, so 五育并举 in 深化五育并举 is
never found. This variant only refuses a match glued to Latin letters or digits,
and leaves headings, links and code alone so anchors and link texts stay as
written. Use it instead of ``abbr`` in ``markdown_extensions``.
"""

from __future__ import annotations

import re

from markdown.extensions.abbr import AbbrExtension, AbbrTreeprocessor

_SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "script", "style"}


class CjkAbbrTreeprocessor(AbbrTreeprocessor):
    def iter_element(self, el, parent=None):
        if el.tag in _SKIP_TAGS:
            if parent is not None and el.tail:
                # Process only the text after the skipped element.
                placeholder = type(el)("span")
                placeholder.tail = el.tail
                el.tail = None
                index = list(parent).index(el) + 1
                parent.insert(index, placeholder)
                super().iter_element(placeholder, parent)
                # Matches became <abbr> siblings after the placeholder; its own tail is
                # the text before the first match, which goes back to the skipped element.
                el.tail = placeholder.tail
                parent.remove(placeholder)
            return
        super().iter_element(el, parent)

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
