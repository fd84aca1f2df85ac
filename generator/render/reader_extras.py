"""What the reader features add to an article page: the citation and the tooltip definitions."""

from __future__ import annotations

from pathlib import Path

from ..corpus import Entry
from ..enrich.glossary import Term, abbreviation_markdown
from .citation import citation_markdown


def article_appendix(
    entry: Entry, markdown: str, site_url: str | None, terms: list[Term], templates_dir: Path
) -> str:
    """Markdown to put after an article: 引用本文, then ``*[term]: definition`` lines.

    ``markdown`` is the page as it will be rendered (header and body), so every
    glossary term on it gets its tooltip.
    """
    citation = citation_markdown(entry, site_url, templates_dir)
    abbreviations = abbreviation_markdown(terms, markdown + "\n" + citation)
    return citation.rstrip() + ("\n\n" + abbreviations if abbreviations else "") + "\n"
