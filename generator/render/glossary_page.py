"""术语表 page: definitions and the articles that use each term (the lists of
articles as HTML, as Markdown would print them; links from SitePaths)."""

from __future__ import annotations

from ..enrich.almanac import Almanac
from ..paths import GLOSSARY_PAGE, ONLINE, SitePaths
from .jinja import render


def pages(almanac: Almanac, site: SitePaths = ONLINE) -> dict[str, str]:
    items = [
        {
            "term": term,
            "links": [
                (e.title, e.district, site.page_link(GLOSSARY_PAGE, e.docs_path))
                for e in term.entries
            ],
        }
        for term in almanac.glossary
    ]
    return {
        GLOSSARY_PAGE: render(almanac.corpus.project.templates_dir, "glossary.md.j2", terms=items)
    }
