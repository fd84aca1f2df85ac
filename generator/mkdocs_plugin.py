"""Thin MkDocs plugin: adds the generated pages at build time.

All the work is plain Python in :mod:`generator`; this module only adapts it to
MkDocs' events, so another engine can use ``almanac pages`` instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils.meta import get_data

from .build import CheckFailed, describe, prepare
from .corpus import Corpus
from .dirty_pages import DirtyPages
from .docs_tree import publishable
from .enrich.almanac import Almanac
from .errors import AlmanacError
from .idle_gc import IdleCollector
from .memo import Rebuilds
from .page_files import PageFiles
from .paths import SitePaths
from .project import Project
from .render import browse, held_html
from .render.article_page import article_markdown, article_tags
from .render.icons import STYLESHEET, Icons
from .render.site import generate_pages, listing_pages, nav_children
from .render.trim import trim_whitespace
from .safety import nesting_problem, neutralise_urls, safe_page_meta
from .sanitize import clean_html
from .search.extract import Page, mkdocs_page_text
from .store import ArticleFormatError, write_problem

log = logging.getLogger("mkdocs.plugins.almanac")


class AlmanacPlugin(BasePlugin):
    # `check: false` skips `almanac check` (the browser safety test uses it:
    # the page must stay harmless even when nothing stopped a bad article).
    config_scheme = (("check", config_options.Type(bool, default=True)),)
    corpus: Corpus | None = None
    dirty = False  # a --dirty build or serve (on_startup); generated pages are then files:
    page_files: PageFiles | None = None  # generator/page_files.py
    dirty_pages: DirtyPages | None = None  # … and the pages a dirty build skips (dirty_pages.py)
    rebuilds: Rebuilds | None = None  # what a serve's rebuild takes over from the last (memo.py)
    idle_gc: IdleCollector | None = (
        None  # serve --dirty: collect garbage between rebuilds (idle_gc.py)
    )
    almanac: Almanac | None = None
    icons: Icons | None = None  # the theme's icons the pages print (render/icons.py)
    release_pages = False  # a one-off build: pages drop their text once written (on_startup)

    def __init__(self):
        super().__init__()
        self.held: dict[str, list[str]] = {}  # page → its generated HTML blocks (held_html)
        self.searched: dict[str, Page | None] = {}  # site path → its text for the search index
        self.listings: set[str] = set()  # generated listing pages (docs paths): headings only

    def on_startup(self, *, command, dirty: bool) -> None:
        # Having on_startup keeps this plugin object for every `mkdocs serve` rebuild,
        # so a --dirty rebuild can reuse what the pages it skips left: their search
        # text, and generated pages as files that change only with their text.
        self.dirty = dirty
        self.page_files = PageFiles() if dirty else None
        # Only a server builds again in the same process: a one-off `mkdocs build`
        # (--dirty or not) would fill these with every page and article for nothing
        # (at 5,000 articles the memo alone took peak RSS from about 1.1 to 1.6 GiB).
        serving = command == "serve"
        self.dirty_pages = DirtyPages() if dirty and serving else None
        self.rebuilds = Rebuilds() if serving else None
        # A one-off build never reads a written page's Markdown or HTML again (the
        # search text is taken in on_page_context): on_post_page lets them go.
        self.release_pages = not serving
        # A --dirty rebuild renders a few pages: its cycles can wait for the idle collection.
        self.idle_gc = IdleCollector() if dirty and command == "serve" else None

    def on_shutdown(self) -> None:
        if self.page_files is not None:
            self.page_files.close()
        if self.idle_gc is not None:
            self.idle_gc.close()
        self.dirty, self.page_files, self.dirty_pages, self.rebuilds = False, None, None, None
        self.idle_gc = None

    def on_build_error(self, error) -> None:
        if self.idle_gc is not None:
            self.idle_gc.build_done()

    def on_config(self, config):
        # attr_list may set id and class only, whatever mkdocs.yml lists: loaded
        # last, generator.safe_attrs replaces attr_list's tree processor.
        if "generator.safe_attrs" not in config["markdown_extensions"]:
            config["markdown_extensions"].append("generator.safe_attrs")
        # The stylesheet that draws the theme's icons (written in on_post_build).
        if STYLESHEET not in config["extra_css"]:
            config["extra_css"].append(STYLESHEET)
        _report_site_write_errors()
        return config

    def on_pre_build(self, config) -> None:
        # A read-only site/ is named before anything is built (Material's tags
        # plugin, for one, lets the OSError out as a traceback).
        site = Path(config["site_dir"])
        try:
            site.mkdir(parents=True, exist_ok=True)
            tempfile.TemporaryFile(dir=site).close()
        except OSError as exc:
            raise PluginError(f"{site}:1: {write_problem(exc)}") from None
        self.held = {}
        if not self.dirty:  # a --dirty build keeps the text of the pages it does not build
            self.searched = {}
        # After every plugin's on_config. The offline edition makes no request:
        # Material's offline plugin adds a polyfill from unpkg.com for its search
        # worker, which the almanac's own search (generator/search/) does not use.
        polyfills = config.extra.get("polyfills")
        if polyfills:
            config.extra["polyfills"] = [u for u in polyfills if not re.match(r"(?i)[a-z]+:|//", u)]

    def on_files(self, files: Files, config) -> Files:
        # Runs on every build and every `mkdocs serve` rebuild, so the pages
        # always reflect the articles and data files as they are now.
        project = Project(Path(config["config_file_path"]).parent)
        # Links, special and active files under docs/ are never published,
        # whatever the check says (generator/docs_tree.py).
        docs_dir = Path(config["docs_dir"])
        for file in list(files):
            if (
                file.generated_by is None
                and file.abs_src_path
                and _inside(file.abs_src_path, docs_dir)
                and not publishable(docs_dir, file.src_uri)
            ):
                files.remove(file)
        # The one build sequence (generator/build.py): check, then load; unchanged
        # articles' enrichment comes from the content-hash cache (kept in memory
        # across `mkdocs serve` rebuilds, and on disk).
        try:
            if self.rebuilds is not None:
                self.rebuilds.new_build()
            build = prepare(project, check=self.config["check"], memo=self.rebuilds)
            self.almanac = build.almanac
            self.corpus = build.almanac.corpus
            pages = generate_pages(self.almanac, SitePaths(config["use_directory_urls"]))
        except CheckFailed as exc:
            raise PluginError(str(exc)) from None  # "almanac check:" and its path:line lines
        except AlmanacError as exc:
            raise PluginError("\n".join(describe(exc, project.root))) from None  # no traceback
        for problem in build.warnings:  # warnings: shown, but never fail a --strict build
            log.info(str(problem))
        self.entries = {e.docs_path: e for e in self.corpus.entries}
        self.listings = listing_pages(pages)
        self.project = project
        for rel, text in pages.items():
            existing = files.get_file_from_path(rel)
            if existing is not None:
                files.remove(existing)
            source = self.page_files.path(rel, text) if self.page_files else None
            generated = (
                File.generated(config, rel, abs_src_path=source)
                if source
                else File.generated(config, rel, content=text)
            )
            # A generated page has no source of its own: its edit link points
            # at the data file it is made from, or is absent.
            generated.edit_uri = get_data(text)[1].get(browse.EDIT_SOURCE_KEY)
            files.append(generated)
        config["nav"] = browse.expand_nav(config["nav"], nav_children(self.almanac))
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        # Editors' text never runs script: front matter that Material prints
        # unescaped (titles of articles, themes, districts; description …) is
        # escaped here, on every page; raw HTML in article bodies below.
        safe_page_meta(page.meta, config["theme"].dirs)
        entry = self.entries.get(page.file.src_uri) if self.corpus else None
        _refuse_deep_nesting(page, entry, markdown)
        if entry is not None:
            assert self.almanac is not None  # entries come from the build's almanac
            # Material's tags plugin reads page.meta["tags"] in its own
            # on_page_markdown, which runs after this one (priority -50).
            page.meta["tags"] = article_tags(self.almanac, entry)
            markdown = article_markdown(self.almanac, entry, markdown, config.get("site_url"))
        elif page.file.generated_by is None:
            return self._read(
                page, markdown
            )  # a hand-written page: Markdown as its editor wrote it
        # Generated HTML blocks skip Markdown, which would only copy them (render/held_html.py).
        markdown, self.held[page.file.src_uri] = held_html.hold(markdown)
        return self._read(page, markdown)

    def _read(self, page, markdown: str) -> str:
        if self.dirty_pages is not None:
            self.dirty_pages.remember(page, markdown)
        return markdown

    @event_priority(110)  # before Material's tags plugin makes its listings (100)
    def on_env(self, env, config, files):
        if self.dirty_pages is not None:
            self.dirty_pages.restore(files, config.plugins.get("material/tags"), self._meta_now)
        # The partials print icons through almanac_icon (templates/theme/partials/almanac-icon.html).
        # What earlier builds of a `mkdocs serve` printed is kept: a --dirty
        # rebuild renders only some pages, and the stylesheet must serve them all.
        icons = Icons(env)
        if self.icons is not None:
            icons.used = self.icons.used
        self.icons = env.globals["almanac_icon"] = icons
        return env

    def _meta_now(self, page, meta: dict) -> dict:
        """A skipped page's front matter as :meth:`on_page_markdown` would leave it now."""
        entry = self.entries.get(page.file.src_uri) if self.corpus else None
        if entry is not None and self.almanac is not None:
            meta["tags"] = article_tags(self.almanac, entry)
        return meta

    def on_post_build(self, config) -> None:
        # The Chinese search index, from the pages' text taken in on_page_context (generator/search/).
        from .search.build import write_index
        from .search.extract import listing_urls, site_facts

        offline = config.plugins.get("material/offline")
        bundle = bool(
            offline and offline.config.enabled
        )  # file:// cannot fetch(): one script instead
        districts, articles = site_facts(self.corpus) if self.corpus else ({}, set())
        try:
            write_index(
                Path(config["site_dir"]),
                districts,
                articles,
                bundle=bundle,
                known=self.searched,
                listings=listing_urls(self.listings),
                memo=self.rebuilds.search if self.rebuilds is not None else None,
            )
        except ArticleFormatError as exc:  # WriteError: a full disk or read-only site/, named
            raise PluginError(str(exc)) from None
        if self.icons is not None:
            from mkdocs.utils import write_file  # reports a write error by path (on_config)

            write_file(
                self.icons.stylesheet().encode("utf-8"), str(Path(config["site_dir"]) / STYLESHEET)
            )
        if self.idle_gc is not None:
            self.idle_gc.build_done()

    def on_page_context(self, context, page, config, nav):
        # The search index takes each page's text from its final content, once the
        # sanitiser and Material's tag listings are done, instead of reading the
        # written page back (generator/search/extract.py).
        self.searched[page.file.dest_uri] = mkdocs_page_text(page, config["site_name"])
        return context

    @event_priority(-100)  # after every other plugin's on_post_page
    def on_post_page(self, output: str, page, config) -> str:
        if self.release_pages:
            # MkDocs keeps every Page to the end of the build; without this each keeps
            # its Markdown and HTML too (about a fifth of peak RSS at 5,000 articles).
            page.markdown, page.content = "", None  # ("" keeps page.title: None reads as unread)
        # The theme's indentation, repeated in every page (generator/render/trim.py).
        return trim_whitespace(output)

    def on_page_content(self, html: str, page, config, files) -> str:
        # The page's HTML as Markdown made it, from whatever source: only the
        # allow-list of generator/sanitize.py is published.
        html = held_html.restore(html, self.held.pop(page.file.src_uri, []))
        if self.dirty_pages is not None:
            self.dirty_pages.rendered(page)
        return clean_html(neutralise_urls(html))


def _report_site_write_errors() -> None:
    """MkDocs writes site/ itself and lets an OSError out as a traceback: a full
    disk or a read-only site/ becomes ``path:1: 磁盘已满…`` (a PluginError, which
    MkDocs reports and exits 1 on), and a page written in part is removed."""
    from mkdocs import utils

    if getattr(utils.write_file, "almanac_reports", False):
        return

    def reported(write, output_at, partial=False):
        def wrapper(*args, **kwargs):
            try:
                return write(*args, **kwargs)
            except OSError as exc:
                output = args[output_at] if len(args) > output_at else exc.filename
                if partial and output and os.path.isfile(output):
                    with contextlib.suppress(OSError):
                        os.unlink(output)  # half a page: better none
                raise PluginError(f"{exc.filename or output}:1: {write_problem(exc)}") from None

        wrapper.almanac_reports = True  # type: ignore[attr-defined]
        return wrapper

    utils.write_file = reported(utils.write_file, 1, partial=True)
    utils.copy_file = reported(utils.copy_file, 1)
    utils.clean_directory = reported(utils.clean_directory, 0)


def _inside(path: str, folder: Path) -> bool:
    try:
        Path(path).relative_to(folder)
    except ValueError:
        return False
    return True


def _refuse_deep_nesting(page, entry, markdown: str) -> None:
    """Stop the build, naming the line, before Markdown recurses through a page nested too deep."""
    if page.file.generated_by is not None:
        return  # generated pages escape what editors wrote
    if entry is not None:
        text, first = entry.article.body, entry.article.body_line
    else:
        source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
        text, first = (
            markdown,
            source[: len(source) - len(markdown)].count("\n") + 1
            if source.endswith(markdown)
            else 1,
        )
    problem = nesting_problem(text)
    if problem:
        raise PluginError(f"docs/{page.file.src_uri}:{first + problem[0] - 1}: {problem[1]}")
