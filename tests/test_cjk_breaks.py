"""No space between Chinese characters where a source line breaks (issue 16): the
hand-written pages (docs/index.md, docs/guide.md) wrap their lines, and every page
of the built site is read as a browser would (a newline in text is a space)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from reader_project import build_site, make_project

from generator.cjk_breaks import CJK, join_cjk_breaks

# A newline (with any indentation) between two CJK characters of one block of text.
SPACED = re.compile(rf"[{CJK}][ \t]*\n\s*[{CJK}]")
INLINE = {"a", "abbr", "b", "strong", "em", "i", "code", "span", "small", "sup", "sub"}
INLINE |= {"mark", "q", "cite", "time", "u", "s", "label", "kbd"}
# Verbatim text, and navigation whose pieces (tag chips, menu entries) stand apart.
SKIP = {"pre", "script", "style", "textarea", "svg", "nav", "head"}


class _Text(HTMLParser):
    """The text of each block of the page's <article>, as the reader sees it run on."""

    def __init__(self):
        super().__init__()
        self.depth = self.skip = 0
        self.buffer: list[str] = []
        self.blocks: list[str] = []

    def _flush(self):
        if self.buffer:
            self.blocks.append("".join(self.buffer))
            self.buffer = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag not in INLINE:
            self._flush()

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.buffer.append(data)


def spaced_cjk(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    parser._flush()
    return [
        block[max(0, m.start() - 8) : m.end() + 8]
        for block in parser.blocks
        for m in SPACED.finditer(block)
    ]


@pytest.mark.parametrize(
    ("html", "joined"),
    [
        ("<p>区县页、专题页、\n全部文章</p>", "<p>区县页、专题页、全部文章</p>"),
        ("<p>按<strong>区县</strong>\n  浏览</p>", "<p>按<strong>区县</strong>浏览</p>"),
        ("<li>中</li>\n<li>文</li>", "<li>中</li>\n<li>文</li>"),  # two blocks
        ("<p>Python\n3 与 MkDocs\n文档</p>", "<p>Python\n3 与 MkDocs\n文档</p>"),  # Latin stays
        ("<pre>中\n文</pre>", "<pre>中\n文</pre>"),
    ],
)
def test_a_line_break_between_chinese_characters_is_no_space(html, joined):
    assert join_cjk_breaks(html) == joined


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("cjk-breaks"), real_articles=True)
    site_dir = project.root / "site"
    build_site(project, site_dir)
    return project, site_dir


def test_hand_written_pages_wrap_lines_between_chinese_characters(site):
    project, _ = site
    sources = [project.docs_dir / "index.md", project.docs_dir / "guide.md"]
    wraps = [
        text
        for path in sources
        for text in re.findall(rf"[{CJK}]\n[{CJK}]", path.read_text(encoding="utf-8"))
    ]
    assert len(wraps) >= 5  # the sources do break lines inside sentences


def test_no_page_of_the_built_site_has_a_space_from_a_line_break(site):
    _, site_dir = site
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 30
    found = {
        str(page.relative_to(site_dir)): spaced_cjk(page.read_text(encoding="utf-8"))
        for page in pages
    }
    assert {page: hits for page, hits in found.items() if hits} == {}
