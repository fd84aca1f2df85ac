"""What a ``--dirty`` build would otherwise forget about the pages it skips.

MkDocs' ``--dirty`` neither reads nor renders a page whose source is older than
its output, so in that build the page has no title (the navigation of every page
rebuilt shows ``None`` for it) and Material's tags plugin never sees its tags or
its tag listings (the rebuilt articles' tag chips lose their links to the theme
pages, a rebuilt theme page lists only the articles rebuilt with it). The plugin
keeps, from the build that last read each page, what those need: its Markdown as
the tags plugin received it, its front matter and its title; for a skipped page
they are as they were, since its source did not change. :meth:`restore` hands
them back before the navigation and the tag listings are made (``on_env``), so a
dirty rebuild writes the pages it rebuilds as a full build would.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass


@dataclass(frozen=True)
class ReadPage:
    markdown: str  # as the almanac plugin handed it on (what Material's tags plugin reads)
    meta: dict
    title: str | None  # the title the render found (first heading), if any


class DirtyPages:
    def __init__(self) -> None:
        self.read: dict[str, ReadPage] = {}  # src_uri → the page as last read

    def remember(self, page, markdown: str) -> None:
        """After the plugin's ``on_page_markdown``: the page as the tags plugin will see it."""
        self.read[page.file.src_uri] = ReadPage(markdown, copy.deepcopy(page.meta), None)

    def rendered(self, page) -> None:
        """After the render: the title it found (``on_page_content``)."""
        kept = self.read.get(page.file.src_uri)
        if kept is not None:
            self.read[page.file.src_uri] = ReadPage(
                kept.markdown, kept.meta, page._title_from_render
            )

    def restore(self, files, tags_plugin, meta_of) -> None:
        """Give the pages this build skipped what they had when last read, and hand
        them to Material's tags plugin (``meta_of(page, meta)``: the front matter as
        the plugin would set it now, e.g. an article's tags from the current themes)."""
        for file in files.documentation_pages():
            page = file.page
            kept = self.read.get(file.src_uri)
            if page is None or page.markdown is not None or kept is None:
                continue  # read in this build (or never read before)
            page.markdown = kept.markdown
            page.meta = meta_of(page, copy.deepcopy(kept.meta))
            page._title_from_render = kept.title
            if tags_plugin is not None and tags_plugin.config.enabled and tags_plugin.filter(file):
                page.content = ""  # its listings are filled in a page not written again
                tags_plugin.mappings.add(page, kept.markdown)
                tags_plugin.listings.add(page, kept.markdown)
