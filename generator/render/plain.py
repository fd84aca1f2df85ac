"""``almanac pages --out DIR``: the whole almanac as a plain MkDocs project
(``DIR/mkdocs.yml``, ``DIR/docs/``, ``DIR/templates/theme/``) that builds with
no almanac plugin, for an engine that reads ``mkdocs.yml`` but runs no
third-party plugins (Zensical). Articles are written as the plugin renders
them (header, paragraph anchors, captions, figures, citation, tooltips, tags
in the front matter), next to every generated page.

Raw-HTML links are root-relative (``--site-url``'s path, else ``/``): the
export works served there, under either engine. Still needed from this package by such an engine: the ``generator.cjk_abbr``
Markdown extension named in ``mkdocs.yml`` (tooltips inside Chinese text). The
search index is written after the build with ``almanac search-index SITE``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import yaml

from .. import yamlsafe
from ..enrich.almanac import Almanac
from ..errors import AlmanacError
from ..paths import ONLINE, SitePaths, site_root
from ..safety import escape_title
from ..store import CHECKSUM_KEY, FRONT_MATTER_FENCE, dump_front_matter
from . import browse
from .article_page import article_markdown, article_tags
from .site import generate_pages
from .site import nav_children as generated_nav

MARKER = ".almanac-plain"  # written into DIR: only such a folder is ever replaced
EDIT_URL_KEY = "edit_url"  # front matter: templates/theme/partials/actions.html reads it
_PLUGIN_LINE = re.compile(r"^  - almanac[ \t]*\n", re.M)
_NAV_BLOCK = re.compile(r"^nav:[ \t]*\n((?:[ \t]+\S.*\n|[ \t]*\n)*)", re.M)


class PlainExportError(AlmanacError):
    """The export cannot be written where it was asked for; nothing was written."""


def plain_config(text: str, nav_children: dict | None = None) -> str:
    """``mkdocs.yml`` without the almanac plugin (the one line ``  - almanac``),
    its ``nav`` expanded as the plugin does (districts and themes under their tabs)."""
    found = _PLUGIN_LINE.findall(text)
    if len(found) != 1:
        raise PlainExportError(
            "mkdocs.yml: the plugins list must name the almanac plugin once, as the line '  - almanac'"
        )
    text = _PLUGIN_LINE.sub("", text, count=1)
    block = _NAV_BLOCK.search(text)
    if nav_children and block:
        nav = yaml.safe_load("nav:\n" + block.group(1))["nav"]  # the nav holds plain strings only
        expanded = browse.expand_nav(nav, nav_children)
        dumped = yaml.safe_dump(
            {"nav": expanded},
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=1_000_000,
        )
        text = text[: block.start()] + dumped + text[block.end() :]
    return text


class _TaggedLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's plain settings; its tags (!ENV, !!python/…) read as None."""


_TaggedLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TaggedLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, s, n: None)


def edit_base(config_text: str) -> str | None:
    """The address an edit link is made of (``repo_url`` joined with ``edit_uri``, as
    MkDocs joins them, ending in /), or None when mkdocs.yml gives no edit links."""
    config = yaml.load(config_text, Loader=_TaggedLoader) or {}
    repo, uri = config.get("repo_url"), config.get("edit_uri")
    if not isinstance(repo, str) or not isinstance(uri, str) or not uri:
        return None
    base = urljoin(repo.rstrip("/") + "/", uri)
    return base if base.endswith("/") else base + "/"


def with_edit_url(text: str, base: str | None) -> str:
    """A generated page with the edit link of the file an editor changes (its
    ``edit_source``), or an empty one: the engine would link the export's own copy
    of the page, a file the repository does not have. ``partials/actions.html``
    prefers it to the engine's."""
    meta: dict = {}
    body = text
    fence = FRONT_MATTER_FENCE + "\n"
    if text.startswith(fence):
        end = text.index("\n" + fence, len(fence) - 1)
        meta = yamlsafe.safe_load(text[len(fence) : end + 1]) or {}
        body = text[end + 1 + len(fence) :]
    source = meta.get(browse.EDIT_SOURCE_KEY)
    url = base + source if base and isinstance(source, str) and source else ""
    line = yaml.safe_dump({EDIT_URL_KEY: url}, allow_unicode=True)
    if text.startswith(fence):
        return text[: end + 1] + line + text[end + 1 :]
    return f"{fence}{line}{fence}{body}"


def plain_files(
    almanac: Almanac,
    site_url: str | None = None,
    site: SitePaths = ONLINE,
    edit: str | None = None,
) -> tuple[dict[str, str], dict]:
    """Every file of the plain project's docs/ that differs from the checkout's
    (the articles as rendered and the generated pages, keyed by docs path), and
    the navigation's generated entries. Writes nothing (generator/build.py does).
    ``edit`` is :func:`edit_base`: generated pages get the edit link of their source.

    Raw-HTML links (the facts tables) are root-relative below ``site_url``'s path
    (``/`` without one): Zensical rewrites relative ones as if written from the
    source file (generator/paths.py)."""
    site = SitePaths(site.directory_urls, root=site_root(site_url))
    files = {
        rel: with_edit_url(text, edit) if rel.endswith(".md") else text
        for rel, text in generate_pages(almanac, site).items()
    }
    for entry in almanac.corpus.entries:
        meta = {k: v for k, v in entry.meta.items() if k != CHECKSUM_KEY}
        if isinstance(meta.get("title"), str):
            meta["title"] = escape_title(meta["title"])  # Material prints titles unescaped
        meta["tags"] = article_tags(almanac, entry)
        body = article_markdown(almanac, entry, entry.article.body, site_url)
        files[entry.docs_path] = (
            f"{FRONT_MATTER_FENCE}\n{dump_front_matter(meta)}{FRONT_MATTER_FENCE}\n\n{body.strip()}\n"
        )
    return files, generated_nav(almanac)
