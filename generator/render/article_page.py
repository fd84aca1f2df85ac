"""An article page as the site renders it: the stored Markdown plus what the
build adds (header, paragraph anchors, captions, figures, citation, tooltip
definitions) and its tags. Plain Python: the MkDocs plugin calls it for every
article, and ``almanac pages --out`` writes its result for engines without the
plugin."""

from __future__ import annotations

from ..corpus import Entry, anchor_paragraphs
from ..enrich.almanac import Almanac
from ..safety import escape_title, neutralise_markdown
from . import browse
from .facts_page import article_facts_markdown
from .reader_extras import article_appendix


def article_tags(almanac: Almanac, entry: Entry) -> list[str]:
    """The article's Material tags (its themes and free tags), as HTML text."""
    return [escape_title(tag) for tag in almanac.themes.tags(entry)]


def article_markdown(almanac: Almanac, entry: Entry, markdown: str, site_url: str | None) -> str:
    """The Markdown to render for the article ``entry`` whose body is ``markdown``."""
    parts = [
        browse.article_header(almanac, entry),
        neutralise_markdown(anchor_paragraphs(markdown)),  # anchors from the text as written
        browse.article_footer(almanac, entry),
        article_facts_markdown(almanac, entry.docs_path),
    ]
    markdown = "\n\n".join(p.strip("\n") for p in parts if p.strip())
    templates = almanac.corpus.project.templates_dir
    appendix = article_appendix(entry, markdown, site_url, list(almanac.data.terms), templates)
    return markdown + "\n\n" + appendix
