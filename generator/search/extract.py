"""Text of a built page for the search index: title and sections.

Material's page is head and navigation before ``<article class="md-content__inner">``;
the text readers see is in that article. A page is split at its ``h2``/``h3``
headings (each has an ``id``, so a result links to ``page#anchor``); the article
header's list, tag chips, headerlinks, scripts, ``details`` and buttons are left out,
and so are the generated sections that repeat the article (``REPEATED_SECTIONS``).

During a build the plugin hands over each page's final content
(:func:`mkdocs_page_text`), so only the article is parsed and the written page is not
read back; :func:`collect_pages` reads the pages it was not given from their files.
libxml2 (lxml) tokenizes; the handlers are an ``HTMLParser``'s, so html.parser can
run them too (``fast=False``, the reference of the tests).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree
from markupsafe import Markup

from ..paths import OFFLINE, ONLINE, built_page_url, district_page
from .keys import INDEX_DIR

# Generated appendices that repeat the article's own sentences (本文数据, the
# facts list), its title and authors (引用本文, #cite) or the theme pages' tag
# listings (#tagged, and Material's #tag:… headings): indexing them would rank
# the copy above the paragraph it quotes, and a result would open on a citation
# block or a tag chip instead of the text.
REPEATED_SECTIONS = {"almanac-facts", "cite", "tagged"}
REPEATED_PREFIXES = ("tag:",)

_SKIP = {"script", "style", "svg", "nav", "details", "template", "button", "form"}
_BLOCK = {
    "p",
    "li",
    "ul",
    "ol",
    "div",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "br",
    "hr",
    "h4",
    "h5",
    "h6",
    "section",
}
_VOID = {
    "br",
    "hr",
    "img",
    "input",
    "meta",
    "link",
    "wbr",
    "source",
    "col",
    "area",
    "base",
    "embed",
    "track",
}


@dataclass
class PageSection:
    """A section of a built HTML page as the search index takes it: anchor, heading, text."""

    anchor: str
    heading: str
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        # " ".join(p.split()): each whitespace run as one space, stripped (str.split's
        # whitespace is re's \s), without a regular expression per line.
        lines = (" ".join(p.split()) for p in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


class _PageParser(HTMLParser):
    """Collects the text of Material's ``article.md-content__inner`` into sections."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # nesting depth inside <article>, 0 = outside
        self.skip = 0  # depth at which a skipped subtree started
        self.meta_depth = 0  # depth of the article header (div.almanac-article-meta)
        self.title = ""
        self.head_title = ""
        self.in_head_title = False
        self.heading: list[str] | None = None
        self.heading_tag = ""
        self.heading_id = ""
        self.sections = [PageSection("", "")]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title" and not self.depth:
            self.in_head_title = True
        if not self.depth:
            if tag == "article" and "md-content__inner" in (attrs.get("class") or ""):
                self.depth = 1
            return
        if tag in _VOID:
            if tag in _BLOCK and not self.skip:
                self._emit("\n")
            return
        self.depth += 1
        if self.skip:
            return
        classes = (attrs.get("class") or "").split()
        # The article header's list (区县/作者/专题 …) repeats front matter shown as
        # the result's badge; indexing it would make every themed article match its themes.
        in_meta_list = tag == "ul" and self.meta_depth and self.depth == self.meta_depth + 1
        if tag in _SKIP or in_meta_list or {"headerlink", "md-content__button"} & set(classes):
            self.skip = self.depth
            return
        if "almanac-article-meta" in classes:
            self.meta_depth = self.depth
        if tag in ("h1", "h2", "h3"):
            self.heading, self.heading_tag, self.heading_id = [], tag, attrs.get("id") or ""
        elif tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_head_title = False
        if not self.depth or tag in _VOID:
            return
        if self.meta_depth == self.depth:
            self.meta_depth = 0
        if self.skip == self.depth:
            self.skip = 0
        elif not self.skip and self.heading is not None and tag == self.heading_tag:
            text = " ".join("".join(self.heading).split())
            if tag == "h1":
                self.title = self.title or text
            else:
                self.sections.append(PageSection(self.heading_id, text))
            self.heading = None
        elif not self.skip and tag in _BLOCK:
            self._emit("\n")
        self.depth -= 1

    def handle_data(self, data):
        if self.in_head_title:
            self.head_title += data
        if self.depth and not self.skip:
            if self.heading is not None:
                self.heading.append(data)
            else:
                self._emit(data)

    def _emit(self, text):
        self.sections[-1].parts.append(text)

    def updatepos(self, i, j):
        # html.parser counts lines and columns for error messages (getpos), never
        # used here: a tenth of the parsing time.
        return j


@dataclass
class Page:
    url: str
    title: str
    district: str
    sections: list[tuple[str, str, str]]  # (anchor, heading, text)
    article: bool = False  # an article (ranked above listing pages that quote it)

    def as_json(self) -> dict:
        """The page's entry in a chunk file (its sections are the chunk's pieces)."""
        data: dict[str, str | int] = {"u": self.url, "t": self.title, "d": self.district}
        if self.article:
            data["a"] = 1
        return data


class _Events:
    """lxml's parser target: libxml2 tokenizes (in C), the page parser's handlers
    get the same tags, attributes and text html.parser would give them."""

    __slots__ = ("data", "end", "start")

    def __init__(self, parser: _PageParser):
        starttag = parser.handle_starttag
        self.start = lambda tag, attrib: starttag(tag, attrib.items())
        self.end = parser.handle_endtag
        self.data = parser.handle_data

    def close(self) -> None:
        return None


def parse_page(html: str, url: str, district: str = "", fast: bool = True) -> Page | None:
    """The page's title and sections. libxml2 (lxml) reads the page; ``fast=False``
    runs html.parser instead, about 1.5 times as slow: the reference the tests hold
    lxml's reading to (the pages are Material's and the sanitiser's, well formed)."""
    parser = _PageParser()
    _read(parser, html, fast)
    return _page(parser, url, district)


def parse_content(content: str, head_title: str, fast: bool = True) -> Page | None:
    """:func:`parse_page` of a page whose ``article.md-content__inner`` holds
    ``content`` and whose ``<title>`` is ``head_title``, without the rest of it."""
    parser = _PageParser()
    parser.head_title = head_title
    _read(parser, f"<article class=md-content__inner>{content}</article>", fast)
    return _page(parser, "", "")


def _read(parser: _PageParser, html: str, fast: bool) -> None:
    if fast:
        reader = etree.HTMLParser(target=_Events(parser), huge_tree=True, no_network=True)
        reader.feed(html)
        reader.close()
    else:
        parser.feed(html)
        parser.close()


def _page(parser: _PageParser, url: str, district: str) -> Page | None:
    if (
        not parser.depth
        and not parser.title
        and len(parser.sections) == 1
        and not parser.sections[0].parts
    ):
        return None  # not a content page
    title = parser.title or parser.head_title.split(" - ")[0].strip()
    sections = [(s.anchor, s.heading, s.text) for s in parser.sections]
    sections = [
        s
        for s in sections
        if (s[1] or s[2])
        and s[0] not in REPEATED_SECTIONS
        and not s[0].startswith(REPEATED_PREFIXES)
    ]
    return Page(url=url, title=title, district=district, sections=sections)


def mkdocs_page_text(page, site_name: str) -> Page | None:
    """The title and sections of a MkDocs page from its final content (``page.content``
    once every plugin's ``on_page_content`` and Material's tag listings are in), as
    Material's ``main.html`` would print it (``<title>`` and ``<h1>`` from the page title
    or the site name), so the written page need not be read back and parsed whole.
    None for a page with a template of its own (its written HTML is read then)."""
    if page.meta.get("template") or page.content is None:
        return None
    title = page.meta.get("title")
    if title:
        head = f"{title} - {site_name}"
    elif page.title and not page.is_homepage:
        head = f"{Markup(page.title).striptags()} - {site_name}"
    else:
        head = site_name
    content = page.content
    if "<h1" not in content:  # as partials/content.html adds it
        content = f"<h1>{page.title or site_name}</h1>{content}"
    return parse_content(content, unescape(head))


def _district_for(url: str, districts: dict[str, str]) -> str:
    """The district of the longest key of ``districts`` that ``url`` starts with."""
    for end in range(len(url), 0, -1):
        name = districts.get(url[:end])
        if name is not None:
            return name
    return districts.get("", "")


def collect_pages(
    site_dir: Path,
    districts: dict[str, str] | None = None,
    articles: set[str] | frozenset = frozenset(),
    fast: bool = True,
    known: Mapping[str, Page | None] | None = None,
    listings: set[str] | frozenset = frozenset(),
) -> list[Page]:
    """Every content page of the built site, sorted by path (so ids are stable).

    ``districts`` maps URL prefixes to district names, ``articles`` holds the
    article URLs (both from :func:`site_facts`); the pages at ``listings`` (URLs,
    :func:`listing_urls`) keep only their title and headings (:func:`headings_only`).
    ``known`` holds pages already read
    during the build (:func:`mkdocs_page_text`, by path under ``site_dir``); every
    other page is read from its file (a ``--dirty`` build, a page with its own template)."""
    site_dir = Path(site_dir)
    districts = districts or {}
    known = known or {}
    pages = []
    for path in sorted(site_dir.rglob("*.html"), key=lambda p: p.relative_to(site_dir).as_posix()):
        rel = path.relative_to(site_dir).as_posix()
        if rel == "404.html" or rel.startswith((INDEX_DIR + "/", "assets/")):
            continue
        url = built_page_url(rel)
        page = known.get(rel)
        if page is None:
            page = parse_page(path.read_text(encoding="utf-8"), url, fast=fast)
        if page is not None:
            if url in listings and url not in articles:
                page = headings_only(page)
            pages.append(
                replace(
                    page,
                    url=url,
                    district=_district_for(url, districts),
                    article=url in articles,
                )
            )
    return pages


def headings_only(page: Page) -> Page:
    """``page`` with its title and headings but none of its text: a generated listing
    page (district, theme, library, facts, chronology …) quotes articles' sentences,
    which their own pages hold already (62 % of the index's text at 1,000 articles);
    the index still finds the listing by its name and headings, each article by its page."""
    sections = [(anchor, heading, "") for anchor, heading, _text in page.sections if heading]
    # One piece at least: the page's first piece carries its title's keys (build.py).
    return replace(page, sections=sections or [("", "", "")])


def listing_urls(docs_paths) -> set[str]:
    """The URLs, as either build writes them, of the pages at ``docs_paths`` (docs-relative)."""
    return {paths.url(docs_path) for docs_path in docs_paths for paths in BUILDS}


def site_facts(corpus) -> tuple[dict[str, str], set[str]]:
    """(URL prefix → district name, article URLs) of the corpus: what the HTML does not
    say plainly. Both hold each page's URL as either build writes it (online, offline)."""
    articles = {paths.url(entry.docs_path) for entry in corpus.entries for paths in BUILDS}
    return district_prefixes(corpus), articles


def district_prefixes(corpus) -> dict[str, str]:
    """URL prefix → district name: each article's URL and each district page's folder."""
    out: dict[str, str] = {}
    for entry in corpus.entries:
        if not entry.district:
            continue
        for paths in BUILDS:
            out[paths.url(entry.docs_path)] = entry.district
            if entry.district_slug:
                out[paths.url(district_page(entry.district_slug))] = entry.district
    return out


BUILDS = (ONLINE, OFFLINE)
