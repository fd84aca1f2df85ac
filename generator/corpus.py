"""The almanac as the enrich and render stages see it: articles cut into
sections and paragraphs, each with the anchor a link can point at.

Heading anchors are the ids Python-Markdown's ``toc`` extension gives them with
the slugify configured in ``mkdocs.yml`` (``pymdownx.slugs.slugify``, lower
case), so a link built here lands on the heading MkDocs renders. Paragraph
anchors (``p-`` + 8 hex digits of the paragraph's SHA-1) are added at build time
by :func:`anchor_paragraphs`; being derived from the text, they survive edits to
other paragraphs, which keeps facts and chronology links stable.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property

from markdown.extensions.toc import unique
from markdown.util import BLOCK_LEVEL_ELEMENTS
from pymdownx.slugs import slugify as _make_slugify

from .cache import ArticleCache, code_fingerprint
from .districts import Gazetteer
from .paths import article_url
from .project import Project
from .store import Article, ArticleMeta, load_articles, load_yaml

heading_slugify = _make_slugify(case="lower")

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*(?:\{[^}]*\})?\s*#*\s*$")
_ATTR_ID = re.compile(r"\{[^}]*#([\w\-]+)[^}]*\}\s*$")


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _cells(line: str) -> list[str]:
    """One Markdown table row's cells, unescaped (``\\|`` is a bar inside a cell)."""
    inner = line.strip().removeprefix("|").removesuffix("|")
    cells = re.split(r"(?<!\\)\|", inner)
    return [re.sub(r"\\([\\`*_\[\]|])", r"\1", c.strip()).replace("&lt;", "<") for c in cells]


def paragraph_anchor(text: str) -> str:
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
    return "p-" + digest[:8]


class _Anchors:
    """toc's ``unique`` (base, base_1, base_2 …) in constant time per call:
    ``unique`` counts up from _1 every time, quadratic on a page of repeated paragraphs."""

    def __init__(self):
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def take(self, base: str) -> str:
        n = self.next.get(base, 0)
        anchor = base if n == 0 else f"{base}_{n}"
        while anchor in self.used:
            n += 1
            anchor = f"{base}_{n}"
        self.next[base] = n + 1
        self.used.add(anchor)
        return anchor


@dataclass
class Paragraph:
    text: str
    anchor: str
    line: int  # 1-based line in the article body


@dataclass
class TableRows:
    """A Markdown table of the body (a Word or web table): its cells, header first."""

    rows: list[list[str]]
    line: int  # 1-based line in the article body
    paragraphs_before: int  # prose paragraphs of the article above it


@dataclass
class BodySection:
    """A section of a stored article's body: its heading, anchored paragraphs and tables."""

    title: str  # "" for the text before the first heading
    anchor: str  # "" for the untitled lead section
    level: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[TableRows] = field(default_factory=list)  # not prose: kept apart for the facts

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


# Tags that open a raw HTML block in Python-Markdown (hr is void: it closes itself).
_BLOCK_TAGS = frozenset(BLOCK_LEVEL_ELEMENTS) - {"hr"}


class _RawBlocks:
    """Blocks Markdown shows as they are, so no paragraph anchor may go into them:
    an indented code block (4 spaces or a tab), and raw HTML (``<pre>``,
    ``<div>`` …) that runs on past a blank line until its tag is closed.
    Both :func:`parse_body` and :func:`anchor_paragraphs` ask here, so the
    paragraphs that get anchors are the ones the links point at."""

    _OPEN = re.compile(r"^\s{0,3}<([A-Za-z][A-Za-z0-9-]*)")

    def __init__(self):
        self.tag: str | None = None  # the raw HTML block still open
        self.depth = 0

    def skip(self, first_line: str, block: str) -> bool:
        if self.tag is not None:
            self._count(block)
            return True
        if first_line.startswith(("    ", "\t")):
            return True
        if first_line.lstrip().startswith("<!--"):
            self.tag = None if "-->" in block else "!--"
            return True
        opened = self._OPEN.match(first_line)
        if opened and opened.group(1).lower() in _BLOCK_TAGS:
            self.tag, self.depth = opened.group(1).lower(), 0
            self._count(block)
            return True
        return False

    def _count(self, block: str) -> None:
        if self.tag == "!--":
            if "-->" in block:
                self.tag = None
            return
        tag = re.escape(self.tag or "")
        self.depth += len(re.findall(rf"<{tag}(?=[\s>/])", block, re.IGNORECASE))
        self.depth -= len(re.findall(rf"</{tag}\s*>", block, re.IGNORECASE))
        self_closed = re.fullmatch(rf"\s*<{tag}\b[^>]*/>\s*", block, re.IGNORECASE)
        if self.depth <= 0 or self_closed:
            self.tag, self.depth = None, 0


# Blocks Markdown renders as something other than a paragraph: a comment, an
# admonition, a table, raw HTML, a rule, a list, a quote, an attribute line.
_NOT_PROSE = ("<!--", "!!!", "???", "|", "<", "---", "- ", "* ", "+ ", "{:", ">")
_ORDERED_ITEM = re.compile(r"^\d+\.\s")  # Python-Markdown lists only "1." (not "1)")


@dataclass(frozen=True)
class BodyBlock:
    """One blank-line separated block of an article body, as Markdown will read it."""

    line: int  # 1-based line of its first line in the body
    lines: tuple[str, ...]
    kind: str  # "prose", "heading", "table" or "other"

    @property
    def text(self) -> str:
        return " ".join(ln.strip() for ln in self.lines)


def _kind(lines: list[str], raw: _RawBlocks) -> str:
    if raw.skip(lines[0], "\n".join(lines)):
        return "other"  # code and raw HTML
    if len(lines) == 1 and _HEADING.match(lines[0]):
        return "heading"
    text = " ".join(ln.strip() for ln in lines)
    if text.startswith("|") and len(lines) >= 2 and _TABLE_RULE.match(lines[1].strip()):
        return "table"
    if (
        text.startswith(_NOT_PROSE)
        or _ORDERED_ITEM.match(text)
        or _ATTR_ID.search(lines[-1])  # an editor's own id: the paragraph is not ours to anchor
    ):
        return "other"
    return "prose"


def prose_blocks(body: str) -> list[BodyBlock]:
    """The blocks of ``body`` and what each is: the one rule both parsing
    (:func:`parse_body`) and anchoring (:func:`anchor_paragraphs`) follow, so every
    paragraph a link can point at gets its anchor written."""
    blocks: list[BodyBlock] = []
    raw = _RawBlocks()
    lines: list[str] = []
    start = 0
    for number, line in enumerate(body.split("\n"), start=1):
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            blocks.append(BodyBlock(start, tuple(lines), _kind(lines, raw)))
            lines = []
    if lines:
        blocks.append(BodyBlock(start, tuple(lines), _kind(lines, raw)))
    return blocks


def parse_body(body: str) -> list[BodySection]:
    """Sections of a Markdown article body, headings and paragraphs anchored."""
    sections = [BodySection(title="", anchor="", level=1)]
    used_headings: set[str] = set()
    paragraph_anchors = _Anchors()
    for block in prose_blocks(body):
        if block.kind == "heading":
            heading = _HEADING.match(block.lines[0])
            assert heading is not None
            title = heading.group(2).strip()
            explicit = _ATTR_ID.search(block.lines[0])
            anchor = (
                explicit.group(1)
                if explicit
                else unique(heading_slugify(title, "-"), used_headings)
            )
            used_headings.add(anchor)
            sections.append(BodySection(title=title, anchor=anchor, level=len(heading.group(1))))
        elif block.kind == "table":
            before = sum(len(s.paragraphs) for s in sections)
            rows = [_cells(ln) for k, ln in enumerate(block.lines) if k != 1]
            sections[-1].tables.append(TableRows(rows, block.line, before))
        elif block.kind == "prose":
            anchor = paragraph_anchors.take(paragraph_anchor(block.text))
            sections[-1].paragraphs.append(
                Paragraph(text=block.text, anchor=anchor, line=block.line)
            )
    if not sections[0].paragraphs and len(sections) > 1:
        sections.pop(0)
    return sections


def anchor_paragraphs(markdown: str) -> str:
    """Give every prose paragraph the id :func:`parse_body` computed for it.

    Uses attr_list's block syntax (``{: #id }`` on the paragraph's last line),
    so the Markdown source stays free of anchors and editors never see them.
    """
    anchors = _Anchors()
    lines = markdown.split("\n")
    for block in prose_blocks(markdown):
        if block.kind == "prose":
            last = block.line + len(block.lines) - 2  # 0-based index of its last line
            text = lines[last]
            anchor = anchors.take(paragraph_anchor(block.text))
            lines[last] = text.rstrip() + f"\n{{: #{anchor} }}" + text[len(text.rstrip()) :]
    return "\n".join(lines)


@dataclass
class Entry:
    """One article with its parsed sections and its place in the site."""

    article: Article
    docs_path: str  # e.g. "articles/banan/xxx.md"

    @property
    def url(self) -> str:  # site-relative directory URL, e.g. "articles/banan/xxx/"
        return article_url(self.docs_path)

    @cached_property
    def sections(self) -> list[BodySection]:
        return parse_body(self.article.body)

    @property
    def meta(self) -> dict:
        return self.article.meta

    @property
    def front_matter(self) -> ArticleMeta:
        return self.article.front_matter

    @property
    def title(self) -> str:
        return self.article.title

    @property
    def district(self) -> str:
        return self.article.district

    @property
    def district_slug(self) -> str:
        return self.article.district_slug

    def paragraphs(self):
        for section in self.sections:
            for paragraph in section.paragraphs:
                yield section, paragraph


@dataclass
class Corpus:
    project: Project
    entries: list[Entry]
    gazetteer: Gazetteer
    # Per-article enrichment results by content hash (None: compute everything).
    cache: ArticleCache | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(
        cls,
        project: Project,
        cache: ArticleCache | None = None,
        entries: list[Entry] | None = None,
    ) -> Corpus:
        """The project's articles and gazetteer; ``entries``: the articles already read
        (by the check, generator/build.py), so none is read and parsed twice."""
        docs = project.docs_dir
        load_meta = load_yaml
        if cache is not None:
            dependencies = code_fingerprint("generator.store")

            def load_meta(text: str):
                key = ArticleCache.key("front-matter", dependencies, text)
                return cache.get_or_compute("front-matter", key, lambda: load_yaml(text))

        gazetteer = Gazetteer.load(project.data_dir)  # a DistrictsError before any article is read
        if entries is None:
            entries = [
                Entry(article=a, docs_path=a.path.relative_to(docs).as_posix())
                for a in load_articles(docs, load_meta)
            ]
        return cls(project=project, entries=entries, gazetteer=gazetteer, cache=cache)

    def cached(self, kind: str, dependencies: str, entry: Entry, compute, encode=None, decode=None):
        """``compute()`` for one article, through the cache when there is one.

        The key covers ``dependencies`` (data files and code the result depends
        on), the article's path and its full text, so a hit is always current.
        """
        if self.cache is None:
            return compute()
        key = ArticleCache.key(kind, dependencies, entry.docs_path, entry.article.text)
        return self.cache.get_or_compute(
            kind, key, compute, encode or (lambda value: value), decode or (lambda data: data)
        )

    def by_district(self) -> dict[str, list[Entry]]:
        grouped: dict[str, list[Entry]] = {}
        for entry in self.entries:
            grouped.setdefault(entry.district, []).append(entry)
        return dict(sorted(grouped.items(), key=lambda kv: self.district_sort_key(kv[0])))

    @cached_property
    def _district_order(self) -> dict[str, int]:
        # Sorting facts and events calls district_sort_key once per item: the order is built once.
        return {d.name: i for i, d in enumerate(self.gazetteer.districts)}

    def district_sort_key(self, name: str):
        order = self._district_order
        return (order.get(name, len(order)), name)
