"""术语表 page: definitions and the articles that use each term."""

from __future__ import annotations

from ..enrich.almanac import Almanac
from .jinja import relative_link, render

PAGE = "glossary/index.md"


def pages(almanac: Almanac) -> dict[str, str]:
    items = [
        {
            "term": term,
            "links": [
                (e.title, e.district, relative_link(e.docs_path, PAGE)) for e in term.entries
            ],
        }
        for term in almanac.glossary
    ]
    return {PAGE: render(almanac.corpus.project.templates_dir, "glossary.md.j2", terms=items)}
