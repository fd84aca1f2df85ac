"""Thin MkDocs plugin: adds the generated pages at build time.

All the work is plain Python in :mod:`generator`; this module only adapts it to
MkDocs' events, so another engine can use ``almanac pages`` instead.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .corpus import Corpus, anchor_paragraphs
from .enrich.facts import MetricsError
from .project import Project
from .render.facts_page import article_facts_markdown
from .render.site import generate_pages
from .store import ArticleFormatError


class AlmanacPlugin(BasePlugin):
    def on_files(self, files: Files, config) -> Files:
        project = Project(Path(config["config_file_path"]).parent)
        corpus = Corpus.load(project)
        self._corpus = corpus
        try:
            pages = generate_pages(corpus)
        except (ArticleFormatError, MetricsError) as exc:
            raise PluginError(str(exc)) from None  # "path:line: message", no traceback
        for rel, text in pages.items():
            existing = files.get_file_from_path(rel)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, rel, content=text))
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        if page.file.src_uri.startswith("articles/"):
            markdown = anchor_paragraphs(markdown)
            corpus = getattr(self, "_corpus", None)
            if corpus is not None:
                markdown += article_facts_markdown(corpus, page.file.src_uri)
            return markdown
        return markdown
