"""Chinese full-text search index for the built site (pure Python, deterministic).

Why not Material's built-in search: its lunr index treats Chinese as single
characters (every query matches every page) and is one JSON file downloaded
whole on the first search (≈ 44 KB per article). This index is read by
``docs/javascripts/almanac-search.js`` and is built from the finished HTML, so
it sees exactly what readers see, including the generated pages:

* **Sections.** Every page is split at its ``h2``/``h3`` headings (each has an
  ``id``, so a result links to ``page#anchor``), long sections into pieces at
  paragraph ends; consecutive pieces form document chunks of ≈ 3,000
  characters, ``search/docs/<n>.json`` (with title, district and URL of their
  pages), fetched only when the chunk is a candidate for a query.
* **Postings.** Keys are character bigrams of every CJK run and every
  Latin-letter/digit run (lower-cased), plus single characters (for one-character
  queries). A key maps to the sorted page ids containing it; ``#key`` to the pages
  whose title or a heading contains it (to fetch likely top results first).
  Keys are spread by an FNV-1a hash over ``search/shards/<n>.json``; ``#key``
  lives in the same shard as ``key``, so a query for a five-character term
  fetches at most four shards. The shard count grows with the corpus so a shard
  stays around ``SHARD_TARGET_BYTES``.
* **Verification** happens in the browser: bigram postings only find candidate
  pages; a section matches only if it contains the query term as a substring
  (教联体 never matches 教联 … 联体). Latin terms must start at a word boundary
  (``ai`` does not match ``said``).

Posting lists are delta-coded chunk ids in a 64-letter variable-length code
(``_encode_ids``), about one character per chunk for common keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

INDEX_DIR = "search"
FORMAT_VERSION = 1
SHARD_TARGET_BYTES = 32 * 1024
PIECE_CHARS = 1200  # a section longer than this is indexed and fetched in pieces
CHUNK_CHARS = 3000  # pieces per document file (search/docs/<n>.json)
HEADING_CHUNKS = 3  # ^key postings per page (the browser shows 3 sections of a page)
MIN_SHARDS, MAX_SHARDS = 8, 4096
BUNDLE_NAME = "bundle.js"
# Generated appendices that repeat the article's own sentences (本文数据, the
# facts list), its title and authors (引用本文, #cite) or the theme pages' tag
# listings (#tagged, and Material's #tag:… headings): indexing them would rank
# the copy above the paragraph it quotes, and a result would open on a citation
# block or a tag chip instead of the text.
REPEATED_SECTIONS = {"almanac-facts", "cite", "tagged"}
REPEATED_PREFIXES = ("tag:",)

# Full-width Latin letters and digits read as ASCII (1:1, so offsets in the
# folded text are offsets in the original text); the browser folds the same way.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FOLD.update({c: c - 0xFEE0 + 32 for c in range(0xFF21, 0xFF3B)})
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FOLD.update({c: c + 32 for c in range(0x41, 0x5B)})  # ASCII only: str.lower() may change lengths

_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+")
# The runs before folding: CJK, or what folds to [a-z0-9] (ASCII and full-width letters and digits).
_RAW_RUN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"
)

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def fold(text: str) -> str:
    """Lower-cased, with full-width letters/digits as ASCII; same length as ``text``."""
    return text.translate(_FOLD)


def runs(text: str) -> list[str]:
    """The CJK runs and Latin-letter/digit runs of folded ``text``."""
    # The same as _RUN.findall(fold(text)), folding only the Latin runs (faster).
    return [
        run if "\u3000" < run[0] < "\uff00" else run.translate(_FOLD)
        for run in _RAW_RUN.findall(text)
    ]


def keys_of(text: str, unigrams: bool = True) -> set[str]:
    """Posting keys of ``text``: bigrams of each run (and every single character)."""
    keys: set[str] = set()
    for run in runs(text):
        keys.update([run[i : i + 2] for i in range(len(run) - 1)])
        if unigrams:
            keys.update(run)
    return keys


def query_keys(term: str) -> list[str]:
    """Keys a page must have to contain ``term``: a run's bigrams, or the run itself if one character."""
    keys: list[str] = []
    for run in runs(term):
        grams = [run[i : i + 2] for i in range(len(run) - 1)] or [run]
        keys.extend(g for g in grams if g not in keys)
    return keys


def shard_of(key: str, shards: int) -> int:
    """FNV-1a (32-bit, murmur3-finalised) over UTF-16 code units of the key without its ``#``/``^`` prefix (as in the browser)."""
    h = 0x811C9DC5
    data = key.lstrip("#^").encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    # murmur3's finaliser: FNV's low bits alone spread neighbouring characters badly.
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h % shards


def _code_of(gap: int) -> str:
    groups = [gap & 31]
    gap >>= 5
    while gap:
        groups.append(gap & 31)
        gap >>= 5
    return "".join(
        _ALPHABET[group + (32 if i < len(groups) - 1 else 0)]
        for i, group in enumerate(reversed(groups))
    )


_CODES = [_code_of(gap) for gap in range(1 << 15)]  # the code of every gap up to three letters


def _encode_ids(ids: list[int]) -> str:
    """Sorted ids → delta code: each gap in 5-bit groups, high group first; letters 32–63 mean "more follows"."""
    gaps = [value - previous - 1 for previous, value in zip([-1, *ids], ids, strict=False)]
    try:
        return "".join(map(_CODES.__getitem__, gaps))
    except IndexError:  # a gap of 32,768 chunks or more
        return "".join(_CODES[gap] if gap < len(_CODES) else _code_of(gap) for gap in gaps)


def decode_ids(code: str) -> list[int]:
    ids, value, previous = [], 0, -1
    for char in code:
        digit = _ALPHABET.index(char)
        value = (value << 5) | (digit & 31)
        if digit < 32:
            previous += value + 1
            ids.append(previous)
            value = 0
    return ids


# ---------------------------------------------------------------- HTML → sections

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


# ---------------------------------------------------------------- index files


def pieces_of(pages: list[Page]) -> list[tuple[int, str, str, str]]:
    """(page id, anchor, heading, text) pieces: each section, cut at paragraph ends
    into pieces of at most ``PIECE_CHARS`` (a longer paragraph stays whole), so a
    huge generated section (大事记 of a year, 全部文章) is never fetched whole."""
    return [piece for piece, _first in _pieces(pages)]


def _pieces(pages: list[Page]) -> list[tuple[tuple[int, str, str, str], int]]:
    """:func:`pieces_of` with where each piece starts: 2 = the page's first piece,
    1 = a section's first piece, 0 = a later piece of a section."""
    out = []
    for pid, page in enumerate(pages):
        start = 2
        for anchor, heading, text in page.sections:
            lines: list[str] = []
            size = 0
            for line in text.split("\n"):
                if lines and size + len(line) > PIECE_CHARS:
                    out.append(((pid, anchor, heading, "\n".join(lines)), start))
                    lines, size, start = [], 0, 0
                lines.append(line)
                size += len(line) + 1
            out.append(((pid, anchor, heading, "\n".join(lines)), start))
            start = 1
    return out


def chunk_pieces(pieces: list[tuple[int, str, str, str]]) -> list[list[tuple[int, str, str, str]]]:
    """Consecutive pieces grouped into chunks of about ``CHUNK_CHARS`` characters."""
    chunks: list[list] = []
    size = CHUNK_CHARS
    for piece in pieces:
        length = len(piece[2]) + len(piece[3])
        if size + length > CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(piece)
        size += length
    return chunks


def build_index(pages: list[Page]) -> dict[str, str]:
    """All index files as {relative path under search/: text}; pure and deterministic.

    Posting lists hold chunk ids: the browser verifies every piece of a candidate
    chunk anyway, so finer postings would only make the index bigger. The page
    title's keys (plain and ``#key``) go with the page's first chunk only, and
    ``^key`` with the chunk where a heading's section starts, at most
    ``HEADING_CHUNKS`` chunks of one page per key: so the first chunks fetched for
    a term in many titles are one per page, not every chunk of one long page."""
    marked = _pieces(pages)
    chunks = chunk_pieces([piece for piece, _start in marked])
    starts = iter([start for _piece, start in marked])
    postings: defaultdict[str, list[int]] = defaultdict(list)
    heading_pages: dict[str, list[int]] = {}  # ^key → [page id, its chunks so far, last chunk id]
    for cid, chunk in enumerate(chunks):
        # Runs never cross a line end, so the keys of the joined text are the union of each part's keys.
        texts: list[str] = []
        titled: set[str] = set()
        headed: set[str] = set()
        previous_heading = None
        for pid, _anchor, heading, text in chunk:
            start = next(starts)
            if heading != previous_heading:
                texts.append(heading)
                previous_heading = heading
            texts.append(text)
            if start == 2:
                titled = titled | keys_of(pages[pid].title)
            if start and heading:
                for key in keys_of(heading):
                    seen = heading_pages.setdefault(key, [pid, 0, -1])
                    if seen[0] != pid:
                        seen[:] = [pid, 0, -1]
                    if seen[2] != cid and seen[1] < HEADING_CHUNKS:
                        seen[1], seen[2] = seen[1] + 1, cid
                        headed.add(key)
        body = keys_of("\n".join(texts))
        body |= titled
        for ids in map(postings.__getitem__, body):
            ids.append(cid)
        for key in titled:
            postings["#" + key].append(cid)
        for key in headed:
            postings["^" + key].append(cid)
    encoded = {key: _encode_ids(ids) for key, ids in postings.items()}
    total = sum(len(k.encode()) + len(v) + 6 for k, v in encoded.items())
    shards = MIN_SHARDS
    while shards < MAX_SHARDS and total / shards > SHARD_TARGET_BYTES:
        shards *= 2
    by_shard: dict[int, dict[str, str]] = {n: {} for n in range(shards)}
    for key in sorted(encoded):
        by_shard[shard_of(key, shards)][key] = encoded[key]
    files: dict[str, str] = {}
    for n, content in by_shard.items():
        files[f"shards/{n}.json"] = _dumps(content)
    for cid, chunk in enumerate(chunks):
        used = sorted({pid for pid, *_ in chunk})
        files[f"docs/{cid}.json"] = _dumps(
            {
                "p": {str(pid): pages[pid].as_json() for pid in used},
                "s": [list(piece) for piece in chunk],
            }
        )
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    manifest = {
        "version": FORMAT_VERSION,
        "shards": shards,
        "chunks": len(chunks),
        "pages": len(pages),
        "build": digest.hexdigest()[:12],
    }
    files["manifest.json"] = _dumps(manifest)
    return files


def bundle_js(files: dict[str, str]) -> str:
    """The whole index as one script (for the offline edition: browsers refuse fetch() from file://)."""
    data = {name: json.loads(text) for name, text in sorted(files.items())}
    return "window.__almanacSearchBundle=" + _dumps(data) + ";\n"


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def write_index(
    site_dir: Path,
    districts: dict[str, str] | None = None,
    articles: set[str] | frozenset = frozenset(),
    bundle: bool = False,
) -> dict:
    """Build the index of ``site_dir`` into ``site_dir/search/`` (replacing it whole); returns stats."""
    site_dir = Path(site_dir)
    pages = collect_pages(site_dir, districts, articles)
    files = build_index(pages)
    if bundle:
        files[BUNDLE_NAME] = bundle_js(files)
    target = site_dir / INDEX_DIR
    try:
        _swap_in(target, files)
    except OSError as exc:
        from .store import WriteError, write_problem

        raise WriteError(exc.filename or target, 1, write_problem(exc)) from None
    manifest = json.loads(files["manifest.json"])
    return {
        "pages": len(pages),
        "sections": sum(len(p.sections) for p in pages),
        "shards": manifest["shards"],
        "bytes": sum(len(t.encode()) for t in files.values()),
    }


# ---------------------------------------------------------------- reference matcher


def term_positions(text: str, term: str) -> list[int]:
    """Start offsets of ``term`` in ``text`` (both folded); a term starting with a
    Latin letter or digit must not continue a Latin word (``ai`` ∉ ``said``)."""
    text, term = fold(text), fold(term)
    out, start = [], text.find(term)
    while term and start >= 0:
        if not (
            re.match(r"[a-z0-9]", term) and start > 0 and re.match(r"[a-z0-9]", text[start - 1])
        ):
            out.append(start)
        start = text.find(term, start + 1)
    return out


def _shard_entry(index_dir: Path, manifest: dict, key: str) -> list[int]:
    shard = json.loads(
        (index_dir / f"shards/{shard_of(key, manifest['shards'])}.json").read_text(encoding="utf-8")
    )
    return decode_ids(shard.get(key, ""))


def ranked_candidates(index_dir: Path, query: str) -> list[int]:
    """Candidate chunk ids of ``query`` in the order the browser fetches them
    (``candidates`` in almanac-search.js): chunks whose page title has every key
    of a term first, then those where a heading with it starts, then by id."""
    index_dir = Path(index_dir)
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    chunks: set[int] | None = None
    rank: dict[int, int] = {}
    for term in dict.fromkeys(query.split()):
        keys = query_keys(term)
        if not keys:
            return []
        for key in keys:
            ids = set(_shard_entry(index_dir, manifest, key))
            chunks = ids if chunks is None else chunks & ids
        for prefix, weight in (("^", 1), ("#", 2)):
            hit = set.intersection(
                *(set(_shard_entry(index_dir, manifest, prefix + key)) for key in keys)
            )
            for cid in hit:
                rank[cid] = max(rank.get(cid, 0), weight)
    return sorted(chunks or (), key=lambda cid: (-rank.get(cid, 0), cid))


def search(index_dir: Path, query: str) -> list[dict]:
    """Reference implementation of the browser's matching (no ranking, no paging):
    the pieces containing every whitespace-separated term of ``query``, in index order
    (one hit per page and anchor)."""
    index_dir = Path(index_dir)
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    terms = query.split()
    candidates: set[int] | None = None
    for term in terms:
        keys = query_keys(term)
        if not keys:
            return []
        for key in keys:
            shard = json.loads(
                (index_dir / f"shards/{shard_of(key, manifest['shards'])}.json").read_text(
                    encoding="utf-8"
                )
            )
            ids = set(decode_ids(shard.get(key, "")))
            candidates = ids if candidates is None else candidates & ids
    found: dict[int, dict] = {}  # page id → {"page", "anchors": {anchor: heading}, "title_only"}
    for cid in sorted(candidates or ()):
        chunk = json.loads((index_dir / f"docs/{cid}.json").read_text(encoding="utf-8"))
        for pid, anchor, heading, text in chunk["s"]:
            entry = found.setdefault(
                pid, {"page": chunk["p"][str(pid)], "anchors": {}, "title_only": False}
            )
            if all(term_positions(heading + "\n" + text, t) for t in terms):
                entry["anchors"].setdefault(anchor, heading)
            elif all(term_positions(entry["page"]["t"], t) for t in terms):
                entry["title_only"] = True
    hits = []
    for pid in sorted(found):
        entry, page = found[pid], found[pid]["page"]
        anchors = entry["anchors"] or ({"": ""} if entry["title_only"] else {})
        for anchor, heading in anchors.items():
            url = page["u"] + (f"#{anchor}" if anchor else "")
            hits.append({"url": url, "title": page["t"], "heading": heading, "district": page["d"]})
    return hits


def _swap_in(target: Path, files: dict[str, str]) -> None:
    target.mkdir(exist_ok=True)
    # Written beside the index and swapped in entry by entry, so a failed build
    # never leaves half an index; other engines' files in search/ are left alone.
    staging = Path(tempfile.mkdtemp(prefix=".almanac-", dir=target))
    try:
        for name, text in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for path in staging.rglob("*"):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        for name in ("shards", "docs", "manifest.json", BUNDLE_NAME):
            old = target / name
            if old.is_dir():
                shutil.rmtree(old)
            elif old.exists():
                old.unlink()
            if (staging / name).exists():
                os.replace(staging / name, old)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
