"""Python-Markdown extension: ``attr_list`` that sets ``id`` and ``class`` only.

``{: onclick=… }`` after a heading, a paragraph, emphasis or a link would
otherwise become an event handler (in an article, a data-file name that a
generated page prints, or even a newspaper line through the importer). The
almanac uses attribute lists for anchors and classes (``{: #p-… }``,
``{: .md-button }``), so every other key is dropped here, before the page's
HTML exists; the sanitiser (:mod:`generator.sanitize`) would drop it too.

The MkDocs plugin adds this extension to every build; listed in
``markdown_extensions`` after ``attr_list`` it does the same for other engines.
"""

from __future__ import annotations

from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder

# get_attrs_and_remainder gives "." for a .class and "id" for a #id.
ALLOWED_KEYS = frozenset({".", "id", "class"})


class SafeAttrListTreeprocessor(AttrListTreeprocessor):
    def assign_attrs(self, elem, attrs_string: str, *, strict: bool = False) -> str:
        attrs, remainder = get_attrs_and_remainder(attrs_string)
        if strict and remainder:
            return remainder
        for key, value in attrs:
            if key not in ALLOWED_KEYS or value is None:
                continue  # anything else is dropped, and so is a valueless id/class
            if key == ".":
                classes = elem.get("class")
                elem.set("class", f"{classes} {value}" if classes else value)
            else:
                elem.set(key, value)
        return remainder


class SafeAttrListExtension(Extension):
    def extendMarkdown(self, md):
        # Same name and priority as attr_list's own processor: it replaces it
        # (and provides it, when attr_list itself is not loaded).
        md.treeprocessors.register(SafeAttrListTreeprocessor(md), "attr_list", 8)
        md.registerExtension(self)


def makeExtension(**kwargs):
    return SafeAttrListExtension(**kwargs)
