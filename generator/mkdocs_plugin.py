"""Thin MkDocs plugin: adds the generated pages at build time.

All the work is plain Python in :mod:`generator`; this module only adapts it to
MkDocs' events, so another engine can use ``almanac pages`` instead.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.utils.meta import get_data

from .cache import ArticleCache
from .corpus import Corpus, anchor_paragraphs
from .enrich.facts import MetricsError
from .enrich.themes import TaxonomyError, theme_index
from .project import Project
from .render import browse
from .render.facts_page import article_facts_markdown
from .enrich.glossary import load_terms
from .render.reader_extras import article_appendix
from .render.site import generate_pages
from .store import ArticleFormatError


class AlmanacPlugin(BasePlugin):
    corpus: Corpus | None = None

    def on_files(self, files: Files, config) -> Files:
        # Runs on every build and every `mkdocs serve` rebuild, so the pages
        # always reflect the articles and data files as they are now.
        project = Project(Path(config["config_file_path"]).parent)
        # Unchanged articles' enrichment comes from the content-hash cache
        # (kept in memory across `mkdocs serve` rebuilds, and on disk).
        cache = ArticleCache.for_project(project)
        if cache is not None:
            cache.new_build()
        try:
            self.corpus = Corpus.load(project, cache=cache)
            pages = generate_pages(self.corpus)
        except (ArticleFormatError, TaxonomyError, MetricsError) as exc:
            raise PluginError(str(exc)) from None  # "file:line: problem", no traceback
        self.entries = {e.docs_path: e for e in self.corpus.entries}
        self.project = project
        self.terms = load_terms(project.data_dir)
        for rel, text in pages.items():
            existing = files.get_file_from_path(rel)
            if existing is not None:
                files.remove(existing)
            generated = File.generated(config, rel, content=text)
            # A generated page has no source of its own: its edit link points
            # at the data file it is made from, or is absent.
            generated.edit_uri = get_data(text)[1].get(browse.EDIT_SOURCE_KEY)
            files.append(generated)
        config["nav"] = _with_children(config["nav"], browse.nav_children(self.corpus))
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        entry = self.entries.get(page.file.src_uri) if self.corpus else None
        if entry is None:
            return markdown
        # Material's tags plugin reads page.meta["tags"] in its own
        # on_page_markdown, which runs after this one (priority -50).
        page.meta["tags"] = theme_index(self.corpus).tags(entry)
        parts = [
            browse.article_header(self.corpus, entry),
            anchor_paragraphs(markdown),
            browse.article_footer(self.corpus, entry),
            article_facts_markdown(self.corpus, page.file.src_uri),
        ]
        markdown = "\n\n".join(p.strip("\n") for p in parts if p.strip())
        appendix = article_appendix(entry, markdown, config.get("site_url"), self.terms, self.project.templates_dir)
        return markdown + "\n\n" + appendix


def _nav_entries(children) -> list[dict]:
    return [{title: _nav_entries(target) if isinstance(target, list) else target} for title, target in children]


def _with_children(nav, children: dict[str, list]):
    """mkdocs.yml's nav with each generated index page (``区县: districts/index.md``)
    turned into a section listing its generated pages, so the sidebar shows them
    and navigation.indexes keeps the index as the section's page."""
    if not nav:
        return nav
    expanded = []
    for item in nav:
        if isinstance(item, dict) and len(item) == 1:
            (title, target), = item.items()
            if isinstance(target, str) and target in children:
                item = {title: [target, *_nav_entries(children[target])]}
        expanded.append(item)
    return expanded
