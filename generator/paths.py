"""Where each page of the site lives and how one page links to another: the one
owner of page paths and URLs (docs-relative paths like ``districts/banan.md``,
the URLs MkDocs gives them with or without ``use_directory_urls``).

Links written as raw HTML are not rewritten by MkDocs, so they follow
:class:`SitePaths`' ``directory_urls``; Markdown links are docs-relative
(:func:`relative_link`) and MkDocs checks and rewrites them. Zensical does
rewrite raw-HTML links, as if relative to the page's source file (one folder
above its page on ``districts/banan.md``): a relative raw-HTML link cannot be
right for both engines, so the plain export (``almanac pages --out``) writes
them root-relative from :class:`SitePaths`' ``root``, which neither touches.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

# The generated index pages (generator/render/): their docs paths, spelled here only.
DISTRICTS_INDEX = "districts/index.md"
THEMES_INDEX = "themes/index.md"
LIBRARY_INDEX = "library/index.md"
FACTS_PAGE = "facts/index.md"
FACTS_CSV = "facts/facts.csv"
FACTS_JSON = "facts/facts.json"
CHRONOLOGY_PAGE = "chronology/index.md"
SCHOOLS_PAGE = "schools/index.md"
GLOSSARY_PAGE = "glossary/index.md"
OVERVIEW_PAGE = "overview.md"
TAGS_PAGE = "tags.md"
# Every docs path the build generates starts with one of these: never hand-written.
GENERATED_PREFIXES = tuple(
    path.rsplit("/", 1)[0] + "/" if "/" in path else path
    for path in (
        DISTRICTS_INDEX,
        THEMES_INDEX,
        LIBRARY_INDEX,
        FACTS_PAGE,
        CHRONOLOGY_PAGE,
        SCHOOLS_PAGE,
        GLOSSARY_PAGE,
        OVERVIEW_PAGE,
        TAGS_PAGE,
    )
)


def district_page(slug: str) -> str:
    """Docs path of a district's page."""
    return f"districts/{slug}.md"


def district_schools_page(slug: str) -> str:
    """Docs path of a district's 学校名录 page."""
    return f"schools/{slug}.md"


def theme_page(slug: str) -> str:
    """Docs path of a theme's page."""
    return f"themes/{slug}.md"


def article_url(docs_path: str) -> str:
    """Site-relative directory URL of an article page: articles/banan/x.md → articles/banan/x/
    (an index.md is its folder, as for any page)."""
    return page_dir(docs_path)


def page_dir(docs_path: str) -> str:
    """Directory URL of a page (MkDocs directory URLs): facts/index.md → facts/, a/b.md → a/b/."""
    stem = docs_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    else:
        stem += "/"
    return stem


def relative_url(from_docs_path: str, site_url: str, directory_urls: bool = True) -> str:
    """Link from the page ``from_docs_path`` to the site-relative URL ``site_url``.

    With ``directory_urls=False`` (MkDocs' ``use_directory_urls: false``, the
    offline edition) the page is ``a/b.html``, so the link starts from its folder
    ``a/``; ``site_url`` must then be a file URL too (see :func:`page_url`).
    """
    path, _, fragment = site_url.partition("#")
    base = (
        page_dir(from_docs_path) if directory_urls else posixpath.dirname(from_docs_path)
    ) or "."
    rel = relpath(path or ".", base)
    if path.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return rel + (f"#{fragment}" if fragment else "")


def page_url(docs_path: str, directory_urls: bool = True) -> str:
    """Site-relative URL of the page built from ``docs_path``, as MkDocs writes it:
    a/b.md → a/b/ (directory URLs) or a/b.html; a/index.md → a/ or a/index.html."""
    if directory_urls:
        return page_dir(docs_path)
    return docs_path[: -len(".md")] + ".html"


def built_page_url(site_file: str) -> str:
    """Site-relative URL of a built HTML file, as the search index names it: the
    inverse of :func:`page_url`, except that an index page is its folder in either
    build (index.html → "", a/index.html → a/; the search script adds index.html
    back in the offline edition); a/b.html stays a/b.html."""
    if site_file == "index.html":
        return ""
    if site_file.endswith("/index.html"):
        return site_file[: -len("index.html")]
    return site_file


def relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` for docs-relative paths, without its os.getcwd()
    call per link (pages hold tens of thousands of links at scale)."""
    rel = _docs_relpath(path, start)
    # Unusual forms (absolute, ., .., //): the general rule, which may read the cwd.
    return rel if rel is not None else posixpath.relpath(path, start or ".")


@lru_cache(maxsize=65536)  # pure, and asked for the same (target, page folder) many times
def _docs_relpath(path: str, start: str) -> str | None:
    if path.startswith("/") or start.startswith("/"):
        return None
    path, start = path.rstrip("/") or path, start.rstrip("/")  # a/b/ is a/b, as relpath reads it
    parts, base = path.split("/"), start.split("/") if start not in ("", ".") else []
    if any(p in ("", ".", "..") for p in parts + base):
        return None
    common = 0
    while common < min(len(parts), len(base)) and parts[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


def relative_link(target: str, page: str) -> str:
    """Link from docs-relative ``page`` to docs-relative ``target`` (``a/b.md#x``)."""
    path, _, fragment = target.partition("#")
    rel = relpath(path, posixpath.dirname(page) or ".")
    return rel + (f"#{fragment}" if fragment else "")


def site_root(site_url: str | None) -> str:
    """The URL path the site is served under, from its published address:
    https://x.github.io/almanac/ → /almanac/; none → / (a domain's root)."""
    path = urlsplit(site_url or "").path.strip("/")
    return f"/{path}/" if path else "/"


@dataclass(frozen=True)
class SitePaths:
    """Page URLs of one build: ``directory_urls`` is MkDocs' ``use_directory_urls``;
    ``root`` (a URL path such as ``/almanac/``), when set, makes raw-HTML links
    root-relative, the same under every engine but only where the site is served
    under ``root`` (so the plugin's own build keeps relative ones: file://, any folder)."""

    directory_urls: bool = True
    root: str | None = None

    def url(self, docs_path: str) -> str:
        return page_url(docs_path, self.directory_urls)

    def link(self, from_docs_path: str, site_url: str) -> str:
        return relative_url(from_docs_path, site_url, self.directory_urls)

    def page_link(self, from_docs_path: str, docs_path: str, anchor: str = "") -> str:
        """Link from one built page to (an anchor of) another, for raw HTML."""
        target = self.url(docs_path) + (f"#{anchor}" if anchor else "")
        if self.root is not None:
            return self.root + target
        return self.link(from_docs_path, target)


ONLINE = SitePaths(directory_urls=True)  # the published site (MkDocs' default URLs)
OFFLINE = SitePaths(directory_urls=False)  # the offline edition (a/b.html, from file://)
