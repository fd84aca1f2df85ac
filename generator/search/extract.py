"""Text of a built page for the search index: title and sections.

Material's page is head and navigation before ``<article class="md-content__inner">``;
the text readers see is in that article. A page is split at its ``h2``/``h3``
headings (each has an ``id``, so a result links to ``page#anchor``); the article
header's list, tag chips, headerlinks, scripts, ``details`` and buttons are left out,
and so are the generated sections that repeat the article (``REPEATED_SECTIONS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

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
class Section:
    anchor: str
    heading: str
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        lines = (re.sub(r"\s+", " ", p).strip() for p in "".join(self.parts).split("\n"))
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
        self.sections = [Section("", "")]

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
            text = re.sub(r"\s+", " ", "".join(self.heading)).strip()
            if tag == "h1":
                self.title = self.title or text
            else:
                self.sections.append(Section(self.heading_id, text))
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


def page_url(rel_path: str) -> str:
    """Site-relative URL of a built HTML file (``a/b/index.html`` → ``a/b/``)."""
    if rel_path == "index.html":
        return ""
    return rel_path[: -len("index.html")] if rel_path.endswith("/index.html") else rel_path


# Before the article, Material's page is head and navigation (half the tags of an
# article page): the parser only needs the <title> text from it. These find where
# the article starts without running HTMLParser over the rest (_skip_to_article).
_PREFIX_TOKEN = re.compile(
    r"<!--|<(script|style)(?=[\s/>])|<title(?=[\s/>])|<article(?=[\s/>])", re.I
)
_CDATA_END = {
    "script": re.compile(r"</\s*script\s*>", re.I),
    "style": re.compile(r"</\s*style\s*>", re.I),
}
# Elements whose text newer html.parser versions read raw (not as markup): left to html.parser.
_RAW_TEXT = {"title", "textarea", "noscript", "xmp", "iframe", "noembed", "noframes", "plaintext"}


def _plain_comment_end(html: str, at: int) -> int:
    """End of the comment starting at ``at`` if it is ``<!--`` text ``-->`` with no
    ``--`` inside (read alike by every html.parser version), else -1."""
    end = html.find("-->", at + 4)
    if end < 0 or "--" in html[at + 4 : end] or html.startswith((">", "->"), at + 4):
        return -1
    return end + 3


def _plain_raw_end(html: str, tag: str, start: int) -> re.Match | None:
    """The ``</script>`` (``</style>``) closing raw text from ``start``, if written plainly."""
    end = _CDATA_END[tag].search(html, start)
    if end is None or end.group(0).lower() != f"</{tag}>" or "<!--" in html[start : end.start()]:
        return None
    return end


_PLAIN_TITLE = re.compile(r"<title>([^<]*)</title>")


def _skip_to_article(html: str) -> tuple[int, str] | None:
    """(offset of the first ``<article`` tag, text of the ``<title>`` elements before it),
    reading comments, scripts and styles as html.parser does; None if anything is
    unusual (no article, a title with markup), and the page is then parsed whole."""
    at, titles = 0, []
    while True:
        match = _PREFIX_TOKEN.search(html, at)
        if match is None:
            return None
        token = match.group(0).lower()
        if token == "<!--":
            comment_end = _plain_comment_end(html, match.start())
            if comment_end < 0:
                return None
            at = comment_end
            continue
        elif match.group(1):
            tag_end = html.find(">", match.end())
            end = (
                _plain_raw_end(html, match.group(1).lower(), tag_end + 1) if tag_end >= 0 else None
            )
        elif token == "<title":
            end = _PLAIN_TITLE.match(html, match.start())
            if end:
                titles.append(unescape(end.group(1)))
        else:
            return match.start(), "".join(titles)
        if end is None:
            return None
        at = end.end()


# Well-formed tags as MkDocs writes them (ASCII whitespace, simple attribute names,
# quoted or plain values), for which html.parser's tolerant rules give exactly
# these names and values; anything else is left to html.parser (_feed).
_W = "[ \t\n\r\f]"
# An unquoted value holds no "/" and ends at a space or ">" (html.parser versions
# differ on <img alt=x/>); in _ATTRIBUTES, run over the attributes alone, at the end.
_NAME_VALUE = (
    "[a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:"
    + _W
    + "*="
    + _W
    + "*(\"[^\"]*\"|'[^']*'|[^ \t\n\r\f\"'=<>`/]+(?=[ \t\n\r\f>]|$)))?"
)
_ATTRIBUTES = re.compile(_W + "+(" + _NAME_VALUE)
_PLAIN_TAG = re.compile(
    "<(?:([a-zA-Z][a-zA-Z0-9-]*)((?:"
    + _W
    + "+(?:"
    + _NAME_VALUE.replace('("', '(?:"').replace("|$", "")
    + ")*)"
    + _W
    + "*(/?)>"
    "|/([a-zA-Z][a-zA-Z0-9-]*)" + _W + "*>|!--)"
)


def _feed(parser: HTMLParser, html: str) -> None:
    """``parser.feed(html)``, calling the same handlers with the same arguments, but
    tokenizing plain tags, comments, scripts and text by regular expression (html.parser
    spends most of its time on bookkeeping); from the first thing that is not plain
    on, html.parser reads the rest itself (every token before ends in its normal state)."""
    pos = 0
    find, match = html.find, _PLAIN_TAG.match
    while True:
        at = find("<", pos)
        if at < 0:
            break
        if at > pos:
            parser.handle_data(unescape(html[pos:at]))
            pos = at
        token = match(html, at)
        if token is None:
            break
        name, attributes, closed, end_name = token.groups()
        if name is not None:
            tag = name.lower()
            attrs = []
            if attributes:
                for key, value in _ATTRIBUTES.findall(attributes):
                    if not value:  # no value at all (a quoted one keeps its quotes here)
                        value = None
                    else:
                        if value[0] in "'\"":
                            value = value[1:-1]
                        if value:
                            value = unescape(value)
                    attrs.append((key.lower(), value))
            if tag in _RAW_TEXT:
                # Plain text up to a plain end tag reads alike as markup (3.11) or as
                # escapable raw text (newer versions), e.g. an SVG chart's <title>.
                close = (
                    html.find(f"</{tag}>", token.end())
                    if tag in ("title", "textarea") and not closed
                    else -1
                )
                if close < 0 or "<" in html[token.end() : close]:
                    break
                parser.handle_starttag(tag, attrs)
                if close > token.end():
                    parser.handle_data(unescape(html[token.end() : close]))
                parser.handle_endtag(tag)
                pos = close + len(tag) + 3
                continue
            if closed:
                parser.handle_startendtag(tag, attrs)
            elif tag in _CDATA_END:
                end = _plain_raw_end(html, tag, token.end())
                if end is None:
                    break
                parser.handle_starttag(tag, attrs)
                if end.start() > token.end():
                    parser.handle_data(html[token.end() : end.start()])
                parser.handle_endtag(tag)
                pos = end.end()
                continue
            else:
                parser.handle_starttag(tag, attrs)
        elif end_name is not None:
            parser.handle_endtag(end_name.lower())
        else:
            comment_end = _plain_comment_end(html, at)
            if comment_end < 0:
                break
            pos = comment_end
            continue
        pos = token.end()
    parser.feed(html[pos:])


def parse_page(html: str, url: str, district: str = "", fast: bool = True) -> Page | None:
    """The page's title and sections; ``fast=False`` runs html.parser over the whole
    page (the same result, about twice as slow: tests compare the two)."""
    parser = _PageParser()
    skipped = _skip_to_article(html) if fast else None
    if skipped is not None:
        parser.head_title = skipped[1]
        html = html[skipped[0] :]
    if fast:
        _feed(parser, html)
    else:
        parser.feed(html)
    parser.close()
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
) -> list[Page]:
    """Every content page of the built site, sorted by path (so ids are stable).

    ``districts`` maps URL prefixes to district names, ``articles`` holds the
    article URLs (both from :func:`site_facts`)."""
    site_dir = Path(site_dir)
    districts = districts or {}
    pages = []
    for path in sorted(site_dir.rglob("*.html"), key=lambda p: p.relative_to(site_dir).as_posix()):
        rel = path.relative_to(site_dir).as_posix()
        if rel == "404.html" or rel.startswith((INDEX_DIR + "/", "assets/")):
            continue
        url = page_url(rel)
        page = parse_page(
            path.read_text(encoding="utf-8"), url, _district_for(url, districts), fast
        )
        if page is not None:
            page.article = url in articles or url.replace(".html", "/") in articles
            pages.append(page)
    return pages


def site_facts(corpus) -> tuple[dict[str, str], set[str]]:
    """(URL prefix → district name, article URLs) of the corpus: what the HTML does not say plainly."""
    return district_prefixes(corpus), {entry.url for entry in corpus.entries}


def district_prefixes(corpus) -> dict[str, str]:
    """URL prefix → district name: each article's URL and each district page's folder."""
    out: dict[str, str] = {}
    for entry in corpus.entries:
        if not entry.district:
            continue
        out[entry.url] = entry.district
        if entry.district_slug:
            out[f"districts/{entry.district_slug}/"] = entry.district
            out[f"districts/{entry.district_slug}.html"] = entry.district
    return out
