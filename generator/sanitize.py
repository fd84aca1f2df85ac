"""The allow-list every published HTML fragment passes (nh3, the Ammonia bindings).

Editors' text reaches pages by many routes: article bodies through Markdown and
its extensions, front matter and data files through the generated pages'
templates, seed text through the importer. Escaping at each route is kept, but
security does not depend on every route being right: :func:`clean_html` is run
over the HTML of every page MkDocs renders (the plugin's ``on_page_content``),
so whatever got through, only the elements and attributes below survive.

The lists are what the almanac's pages really contain (Python-Markdown with
``attr_list``, ``toc``, ``tables``, ``md_in_html`` and the CJK abbreviations; the
generated pages' templates in ``templates/``; the facts bar charts, inline SVG)
and what ``docs/stylesheets``, ``docs/javascripts`` and Material's content
features read (classes, ``title`` for the tooltips). Nothing that runs script is
on them: no ``on*`` attribute, no ``style``, no ``<script>``, ``<iframe>``, ``<object>``, ``<form>``; link and image
URLs are http(s), mailto or relative (``#x``, ``../x/``).
"""

from __future__ import annotations

import nh3

# Markdown's output, the generated pages' own markup, and the chart's SVG.
TEXT_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "b",
    "i",
    "s",
    "del",
    "ins",
    "mark",
    "small",
    "sub",
    "sup",
    "kbd",
    "q",
    "cite",
    "abbr",
    "a",
    "img",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "div",
    "span",
    "figure",
    "figcaption",
    "details",
    "summary",
}
SVG_TAGS = {"svg", "g", "line", "rect", "text", "title", "desc"}
TAGS = frozenset(TEXT_TAGS | SVG_TAGS)

# Removed with their content (not just unwrapped): their text is code or
# a page of its own, never prose.
DROPPED_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "noscript",
        "template",
        "textarea",
        "select",
        "math",
    }
)

_GLOBAL = {
    "id",
    "class",
    "title",
    "lang",
    "dir",
    "role",
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
}
ATTRIBUTES = {
    "*": _GLOBAL,
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed"},
    "li": {"value"},
    "th": {"scope", "colspan", "rowspan", "align"},
    "td": {"colspan", "rowspan", "align"},
    "details": {"open"},
    "q": {"cite"},
    # The bar chart (templates/facts/chart.svg.j2): geometry and presentation
    # attributes only; its colours and sizes are in docs/stylesheets/facts.css.
    "svg": {"xmlns", "viewBox", "width", "height"},
    "line": {"x1", "y1", "x2", "y2", "stroke", "stroke-opacity"},
    "rect": {"x", "y", "width", "height", "rx"},
    "text": {"x", "y", "text-anchor", "fill"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags=set(DROPPED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
    url_schemes=set(URL_SCHEMES),
    strip_comments=True,
    # Pages link to each other and to the sources; no rel is added, so the
    # sanitised page is the rendered page wherever nothing was hostile.
    link_rel=None,
)


def clean_html(fragment: str) -> str:
    """``fragment`` with everything off the allow-list removed."""
    return _CLEANER.clean(fragment)
