"""The ready-to-copy citation shown under every article (GB/T 7714-2015)."""

from __future__ import annotations

from pathlib import Path

from ..corpus import Entry
from ..project import Project
from .jinja import render
from .publication import ACCESSED, publication, reference


def permalink(entry: Entry, site_url: str | None) -> str:
    """The article's canonical URL (directory style, as on the published site)."""
    path = entry.url
    if not site_url:
        return "/" + path
    return site_url.rstrip("/") + "/" + path


def source_text(entry: Entry) -> str:
    """Where the text comes from, in words: the newspaper, or the seed file and lines."""
    pub = publication(entry)
    if pub.source_name:
        return pub.source_name
    source = entry.front_matter.source
    text = "区县教育年鉴"
    if source.file:
        text += f"，据 {source.file}"
        if len(source.lines) == 2:
            text += f" 第{source.lines[0]}—{source.lines[1]}行"
    return text


def citation_markdown(entry: Entry, site_url: str | None, templates_dir: Path | None = None) -> str:
    """Markdown of the 引用本文 section: the GB/T 7714 reference, the almanac's permalink."""
    if templates_dir is None:
        templates_dir = Project.find(entry.article.path.parent).templates_dir
    link = permalink(entry, site_url)
    pub = publication(entry)
    return render(
        templates_dir,
        "citation.md.j2",
        ref=reference(entry, link),
        accessed=ACCESSED,
        known=bool(pub.source_name),
        permalink=link,
        page_file=entry.docs_path.rsplit("/", 1)[-1],
        absolute=bool(site_url),
    )
