"""Thin MkDocs plugin: adds the generated pages at build time.

All the work is plain Python in :mod:`generator`; this module only adapts it to
MkDocs' events, so another engine can use ``almanac pages`` instead.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .corpus import Corpus, anchor_paragraphs
from .enrich.glossary import load_terms
from .project import Project
from .render.reader_extras import article_appendix
from .render.site import generate_pages


class AlmanacPlugin(BasePlugin):
    def on_files(self, files: Files, config) -> Files:
        project = Project(Path(config["config_file_path"]).parent)
        corpus = Corpus.load(project)
        self.project = project
        self.entries = {entry.docs_path: entry for entry in corpus.entries}
        self.terms = load_terms(project.data_dir)
        for rel, text in generate_pages(corpus).items():
            existing = files.get_file_from_path(rel)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, rel, content=text))
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        entry = self.entries.get(page.file.src_uri)
        if entry is None:
            return markdown
        markdown = anchor_paragraphs(markdown).rstrip()
        appendix = article_appendix(entry, markdown, config.get("site_url"), self.terms, self.project.templates_dir)
        return markdown + "\n\n" + appendix
