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

import yaml

from ..cache import ArticleCache
from ..corpus import Corpus
from ..enrich.glossary import load_terms
from ..project import Project
from ..safety import escape_title
from ..store import (
    CHECKSUM_KEY,
    FRONT_MATTER_FENCE,
    WriteError,
    dump_front_matter,
    write_all_atomic,
    write_problem,
)
from . import browse
from .article_page import article_markdown, article_tags
from .site import generate_pages

MARKER = ".almanac-plain"  # written into DIR: only such a folder is ever replaced
_PLUGIN_LINE = re.compile(r"^  - almanac[ \t]*\n", re.M)
_NAV_BLOCK = re.compile(r"^nav:[ \t]*\n((?:[ \t]+\S.*\n|[ \t]*\n)*)", re.M)


class PlainExportError(Exception):
    pass


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


def plain_files(
    project: Project, site_url: str | None = None, directory_urls: bool = True
) -> tuple[dict[str, str], dict]:
    """Every file of the plain project's docs/ that differs from the checkout's
    (the articles as rendered and the generated pages, keyed by docs path), and
    the navigation's generated entries."""
    corpus = Corpus.load(project, cache=ArticleCache.for_project(project))
    files = dict(generate_pages(corpus, directory_urls=directory_urls))
    terms = load_terms(project.data_dir)
    for entry in corpus.entries:
        meta = {k: v for k, v in entry.meta.items() if k != CHECKSUM_KEY}
        if isinstance(meta.get("title"), str):
            meta["title"] = escape_title(meta["title"])  # Material prints titles unescaped
        meta["tags"] = article_tags(corpus, entry)
        body = article_markdown(corpus, entry, entry.article.body, site_url, terms)
        files[entry.docs_path] = (
            f"{FRONT_MATTER_FENCE}\n{dump_front_matter(meta)}{FRONT_MATTER_FENCE}\n\n{body.strip()}\n"
        )
    return files, browse.nav_children(corpus)


def write_plain_project(
    project: Project, out: Path, site_url: str | None = None, quiet: bool = False
) -> int:
    out = Path(out).resolve()
    docs = project.docs_dir.resolve()
    if out in (project.root.resolve(), docs) or docs in out.parents:
        raise PlainExportError(f"{out}: choose a folder outside the checkout's docs/")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise PlainExportError(
            f"{out}: not empty and not an earlier `almanac pages --out` folder; nothing written"
        )
    from ..check import check_project, errors

    problems = errors(check_project(project))  # what the plugin would stop the build for
    if problems:
        raise PlainExportError("almanac check:\n" + "\n".join(map(str, problems)))
    files, children = plain_files(
        project, site_url
    )  # everything computed before anything is written
    config = plain_config((project.root / "mkdocs.yml").read_text(encoding="utf-8"), children)
    try:
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        shutil.copytree(project.docs_dir, out / "docs")
        theme = project.templates_dir / "theme"
        if theme.is_dir():
            shutil.copytree(theme, out / "templates" / "theme")
        write_all_atomic(
            {
                **{out / "docs" / rel: text for rel, text in files.items()},
                out / "mkdocs.yml": config,
                out / MARKER: "written by `almanac pages --out`; replaced on the next run\n",
            }
        )
    except OSError as exc:  # a full disk or read-only folder while copying docs/
        failed = exc.filename or out
        if isinstance(exc, shutil.Error):  # copytree's list of (source, target, why)
            _, failed, why = exc.args[0][0]
            number = re.search(r"\[Errno (\d+)\]", str(why))
            exc = OSError(int(number[1]) if number else None, str(why))
        raise WriteError(failed, 1, write_problem(exc)) from None
    if not quiet:
        print(
            f"almanac pages: plain MkDocs project (no almanac plugin) in {out}: {len(files)} pages rendered"
        )
    return 0
