"""``almanac pages --out DIR``: the whole almanac as a plain MkDocs project
(``DIR/mkdocs.yml``, ``DIR/docs/``, ``DIR/templates/theme/``) that builds with
no almanac plugin, for an engine that reads ``mkdocs.yml`` but runs no
third-party plugins (Zensical). Articles are written as the plugin renders
them (header, paragraph anchors, captions, figures, citation, tooltips, tags
in the front matter), next to every generated page.

Still needed from this package by such an engine: the ``generator.cjk_abbr``
Markdown extension named in ``mkdocs.yml`` (tooltips inside Chinese text). The
search index is written after the build with ``almanac search-index SITE``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ..cache import ArticleCache
from ..corpus import Corpus
from ..enrich.glossary import load_terms
from ..project import Project
from ..safety import escape_title
from ..store import CHECKSUM_KEY, FRONT_MATTER_FENCE, dump_front_matter, write_atomic
from .article_page import article_markdown, article_tags
from .site import generate_pages

MARKER = ".almanac-plain"  # written into DIR: only such a folder is ever replaced
_PLUGIN_LINE = re.compile(r"^  - almanac[ \t]*\n", re.M)


class PlainExportError(Exception):
    pass


def plain_config(text: str) -> str:
    """``mkdocs.yml`` without the almanac plugin (the one line ``  - almanac``)."""
    found = _PLUGIN_LINE.findall(text)
    if len(found) != 1:
        raise PlainExportError("mkdocs.yml: the plugins list must name the almanac plugin once, as the line '  - almanac'")
    return _PLUGIN_LINE.sub("", text, count=1)


def plain_files(project: Project, site_url: str | None = None, directory_urls: bool = True) -> dict[str, str]:
    """Every file of the plain project's docs/ that differs from the checkout's:
    the articles as rendered and the generated pages, keyed by docs path."""
    corpus = Corpus.load(project, cache=ArticleCache.for_project(project))
    files = dict(generate_pages(corpus, directory_urls=directory_urls))
    terms = load_terms(project.data_dir)
    for entry in corpus.entries:
        meta = {k: v for k, v in entry.meta.items() if k != CHECKSUM_KEY}
        if isinstance(meta.get("title"), str):
            meta["title"] = escape_title(meta["title"])  # Material prints titles unescaped
        meta["tags"] = article_tags(corpus, entry)
        body = article_markdown(corpus, entry, entry.article.body, site_url, terms)
        files[entry.docs_path] = f"{FRONT_MATTER_FENCE}\n{dump_front_matter(meta)}{FRONT_MATTER_FENCE}\n\n{body.strip()}\n"
    return files


def write_plain_project(project: Project, out: Path, site_url: str | None = None, quiet: bool = False) -> int:
    out = Path(out).resolve()
    docs = project.docs_dir.resolve()
    if out in (project.root.resolve(), docs) or docs in out.parents:
        raise PlainExportError(f"{out}: choose a folder outside the checkout's docs/")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise PlainExportError(f"{out}: not empty and not an earlier `almanac pages --out` folder; nothing written")
    config = plain_config((project.root / "mkdocs.yml").read_text(encoding="utf-8"))
    files = plain_files(project, site_url)  # everything computed before anything is written
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(project.docs_dir, out / "docs")
    theme = project.templates_dir / "theme"
    if theme.is_dir():
        shutil.copytree(theme, out / "templates" / "theme")
    for rel, text in files.items():
        write_atomic(out / "docs" / rel, text)
    write_atomic(out / "mkdocs.yml", config)
    (out / MARKER).write_text("written by `almanac pages --out`; replaced on the next run\n", encoding="utf-8")
    if not quiet:
        print(f"almanac pages: plain MkDocs project (no almanac plugin) in {out}: {len(files)} pages rendered")
    return 0
