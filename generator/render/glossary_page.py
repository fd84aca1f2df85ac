"""术语表 page: definitions and the articles that use each term."""

from __future__ import annotations

from ..corpus import Corpus
from ..enrich.glossary import glossary
from .jinja import relative_link, render

PAGE = "glossary/index.md"


def pages(corpus: Corpus) -> dict[str, str]:
    items = [
        {
            "term": term,
            "links": [
                (e.title, e.district, relative_link(e.docs_path, PAGE)) for e in term.entries
            ],
        }
        for term in glossary(corpus)
    ]
    return {PAGE: render(corpus.project.templates_dir, "glossary.md.j2", terms=items)}
