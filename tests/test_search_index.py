"""The search index (generator/search/): HTML → sections, keys,
sharding, posting code, determinism and the matching rules the browser uses."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
import search_reference as ref
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.corpus import Corpus
from generator.paths import SitePaths, built_page_url, district_page
from generator.project import Project
from generator.sanitize import clean_html
from generator.search import build as sb
from generator.search import extract as sx
from generator.search import keys as sk
from generator.store import WriteError


def article_html(title: str, body: str) -> str:
    return (
        "<html><head><title>" + title + " - 区县教育年鉴</title></head><body>"
        '<nav class="md-nav">导航 不应被索引</nav>'
        '<article class="md-content__inner md-typeset">'
        '<nav class="md-tags"><a class="md-tag">标签名</a></nav>'
        f"<h1>{title}</h1>"
        '<div class="almanac-article-meta"><p class="almanac-article-meta__subtitle">副题文字</p>'
        "<ul><li><strong>专题</strong>：元数据专题</li></ul></div>"
        f"{body}</article>"
        "<footer>页脚文字</footer></body></html>"
    )


def write_site(root: Path, pages: dict[str, str]) -> Path:
    for rel, html in pages.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    return root


SITE = {
    "index.html": article_html("首页", "<p>区县教育年鉴首页。</p>"),
    "404.html": article_html("404", "<p>教联体</p>"),
    "articles/banan/a/index.html": article_html(
        "巴南 教联体建设",
        '<p id="p-1">导语：学校家庭社会协同育人“教联体”。</p>'
        '<h2 id="sec-1">教联 联体<a class="headerlink" href="#sec-1">¶</a></h2>'
        "<p>只有教联和联体，不连在一起。</p>"
        '<h3 id="sec-2">数字化</h3><p>建成<abbr title="人工智能">AI</abbr>录播教室，MIDI键盘，２０２３年。</p>'
        "<details><summary>原文</summary><q>详情不应被索引</q></details>",
    ),
    "articles/dazu/b/index.html": article_html(
        "大足 教育", '<h2 id="x">跳绳</h2><p>跳绳比赛；said 不是 AI。</p>'
    ),
}


@pytest.fixture
def site(tmp_path):
    return write_site(tmp_path / "site", SITE)


def test_sections_follow_h2_h3_with_anchors_and_skip_chrome(site):
    pages = sx.collect_pages(site, {"articles/banan/": "巴南区"}, {"articles/banan/a/"})
    by_url = {p.url: p for p in pages}
    assert set(by_url) == {"", "articles/banan/a/", "articles/dazu/b/"}  # 404 is not content
    page = by_url["articles/banan/a/"]
    assert page.title == "巴南 教联体建设" and page.district == "巴南区" and page.article
    assert [(a, h) for a, h, _ in page.sections] == [
        ("", ""),
        ("sec-1", "教联 联体"),
        ("sec-2", "数字化"),
    ]
    intro = page.sections[0][2]
    assert "副题文字" in intro and "元数据专题" not in intro and "标签名" not in intro
    assert "¶" not in page.sections[1][1]
    assert "详情不应被索引" not in page.sections[2][2]
    assert page.sections[2][2] == "建成AI录播教室，MIDI键盘，２０２３年。"
    assert not by_url["articles/dazu/b/"].article and by_url["articles/dazu/b/"].district == ""


def test_keys_are_bigrams_of_cjk_and_latin_runs():
    assert sk.query_keys("教联体") == ["教联", "联体"]
    assert sk.query_keys("大") == ["大"]
    assert sk.query_keys("ＭＩＤＩ") == ["mi", "id", "di"]
    assert sk.query_keys("AI生成") == ["ai", "生成"]
    assert sk.keys_of("党建，AI") == {"党建", "党", "建", "ai", "a", "i"}
    assert sk.fold("ＡＩ２０２３Ab") == "ai2023ab"


@given(st.lists(st.integers(min_value=0, max_value=200_000), unique=True, max_size=200))
def test_posting_code_round_trips(ids):
    ids = sorted(ids)
    assert sk.decode_ids(sk.encode_ids(ids)) == ids


def test_shard_hash_matches_known_values():
    # FNV-1a 32-bit of UTF-16 code units; the same numbers are asserted in the browser test.
    assert sk.shard_of("a", 2**32) == 0x1A80B1B3
    assert sk.shard_of("教联", 2**32) == 0xE3F9C81C
    assert sk.shard_of("#教联", 64) == sk.shard_of("^教联", 64) == sk.shard_of("教联", 64)


def test_index_is_deterministic_and_sharded(site, tmp_path):
    first = sb.write_index(site)
    files1 = {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in (site / "search").rglob("*")
        if p.is_file()
    }
    other = write_site(tmp_path / "other", dict(reversed(list(SITE.items()))))
    sb.write_index(other)
    files2 = {
        p.relative_to(other).as_posix(): p.read_bytes()
        for p in (other / "search").rglob("*")
        if p.is_file()
    }
    assert files1 == files2
    manifest = json.loads(files1["search/manifest.json"])
    assert manifest["shards"] == sb.MIN_SHARDS == first["shards"]
    assert manifest["pages"] == 3
    for name, data in files1.items():
        if name.startswith("search/shards/"):
            n = int(Path(name).stem)
            assert all(sk.shard_of(key, manifest["shards"]) == n for key in json.loads(data))
    assert not (site / "search" / sk.BUNDLE_NAME).exists()


def test_shard_count_grows_with_the_corpus():
    pages = [
        sx.Page(
            f"p{i}/",
            "标题",
            "",
            [("", "", "".join(chr(0x4E00 + (i * 131 + j * 7) % 20000) for j in range(400)))],
        )
        for i in range(300)
    ]
    files = sb.build_index(pages)
    shards = json.loads(files["manifest.json"])["shards"]
    assert shards > sb.MIN_SHARDS
    sizes = [len(t.encode()) for n, t in files.items() if n.startswith("shards/")]
    assert len(sizes) == shards and max(sizes) < 4 * sb.SHARD_TARGET_BYTES


def test_matching_needs_the_whole_term(site):
    sb.write_index(site, {"articles/banan/": "巴南区"}, {"articles/banan/a/"})
    index = site / "search"
    hits = ref.search(index, "教联体")
    # The section with 教联 … 联体 apart is a candidate (both bigrams) but not a hit.
    assert [h["url"] for h in hits] == ["articles/banan/a/"]
    assert hits[0]["district"] == "巴南区"
    assert [h["url"] for h in ref.search(index, "跳绳")] == ["articles/dazu/b/#x"]
    assert [h["url"] for h in ref.search(index, "midi")] == ["articles/banan/a/#sec-2"]
    assert [h["url"] for h in ref.search(index, "2023")] == [
        "articles/banan/a/#sec-2"
    ]  # full-width digits
    assert [h["url"] for h in ref.search(index, "AI")] == [
        "articles/banan/a/#sec-2",
        "articles/dazu/b/#x",
    ]
    assert ref.search(index, "ai 跳绳") == ref.search(index, "跳绳")
    assert ref.search(index, "IDI") == []  # inside a Latin word
    assert ref.search(index, "教联体 跳绳") == []
    assert ref.search(index, "火星") == []


def test_term_positions_respect_latin_word_starts():
    assert sk.term_positions("said AI", "ai") == [5]
    assert sk.term_positions("AI生成，ＡＩ", "ai") == [0, 5]
    assert sk.term_positions("教联 联体", "教联体") == []


def test_offline_bundle_holds_the_whole_index(site):
    sb.write_index(site, bundle=True)
    text = (site / "search" / sk.BUNDLE_NAME).read_text(encoding="utf-8")
    assert text.startswith("window.__almanacSearchBundle=")
    data = json.loads(text[len("window.__almanacSearchBundle=") : -2])
    assert set(data) == {
        p.relative_to(site / "search").as_posix() for p in (site / "search").rglob("*.json")
    }


def test_cli_writes_the_index_into_a_built_site(site, capsys):
    from generator.cli import main

    root = Path(__file__).resolve().parents[1]
    assert main(["--root", str(root), "search-index", str(site), "--bundle"]) == 0
    assert "3 pages" in capsys.readouterr().out
    assert (site / "search" / "manifest.json").is_file() and (
        site / "search" / sk.BUNDLE_NAME
    ).is_file()
    assert main(["--root", str(root), "search-index", str(site / "nothing")]) == 1
    assert "没有 index.html" in capsys.readouterr().err


def test_rewriting_replaces_only_the_almanac_files(site):
    other = site / "search" / "search_index.json"  # e.g. Material's own index
    other.parent.mkdir(parents=True)
    other.write_text("{}", encoding="utf-8")
    sb.write_index(site, bundle=True)
    stale = site / "search" / "docs" / "99.json"
    stale.write_text("{}", encoding="utf-8")
    sb.write_index(site)
    assert other.read_text(encoding="utf-8") == "{}"
    assert not stale.exists() and not (site / "search" / sk.BUNDLE_NAME).exists()
    assert sorted(p.name for p in (site / "search").iterdir()) == [
        "docs",
        "manifest.json",
        "search_index.json",
        "shards",
    ]


def test_long_sections_are_cut_into_pieces_at_paragraph_ends():
    paragraphs = [f"第{i}段" + "教" * 500 for i in range(6)]
    page = sx.Page("p/", "标题", "", [("a", "长节", "\n".join(paragraphs))])
    pieces = sb.pieces_of([page])
    assert len(pieces) == 6 // (sb.PIECE_CHARS // 505)
    assert "\n".join(p[3] for p in pieces) == "\n".join(paragraphs)
    assert all(p[:3] == (0, "a", "长节") for p in pieces)
    chunks = sb.chunk_pieces(pieces)
    assert [p for c in chunks for p in c] == pieces
    assert all(
        sum(len(p[2]) + len(p[3]) for p in c) <= sb.CHUNK_CHARS for c in chunks if len(c) > 1
    )


def _long_listing_and_articles() -> list:
    """A district listing page cut into many chunks, every heading and its title
    naming the district, and short articles whose titles name it too."""
    sections = [("", "", "大足区的学校和文章。")]
    for i in range(20):
        body = "\n".join(f"第{i}节第{j}段，大足区学校开展活动" + "教" * 300 for j in range(4))
        sections.append((f"s{i}", f"大足区第{i}所学校", body))
    pages = [sx.Page("districts/dazu/", "大足区", "大足区", sections)]
    for i in range(6):
        text = f"正文{i}，写了别的事。" + "育" * 2000
        pages.append(
            sx.Page(
                f"articles/dazu/a{i}/",
                f"大足区新闻{i}",
                "大足区",
                [("", "", text), (f"h{i}", "小节", "大足区的一所学校。")],
                article=True,
            )
        )
    return pages


def test_title_postings_point_at_each_pages_first_chunk_only(tmp_path):
    pages = _long_listing_and_articles()
    files = sb.build_index(pages)
    shards = json.loads(files["manifest.json"])["shards"]

    def postings(key):
        return sk.decode_ids(
            json.loads(files[f"shards/{sk.shard_of(key, shards)}.json"]).get(key, "")
        )

    chunks = sb.chunk_pieces(sb.pieces_of(pages))
    listing = [cid for cid, chunk in enumerate(chunks) if any(p[0] == 0 for p in chunk)]
    assert len(listing) > 2 * sb.HEADING_CHUNKS  # the listing really is long
    first_chunk = {
        pid: next(cid for cid, chunk in enumerate(chunks) if any(p[0] == pid for p in chunk))
        for pid in range(len(pages))
    }
    for key in ("#大足", "#足区", "#大"):
        assert postings(key) == sorted(set(first_chunk.values())), key
    # A title word that is nowhere else in the text is a body key of the first chunk only.
    assert postings("新闻") == [first_chunk[pid] for pid in range(1, len(pages))]
    # Heading postings: where a heading's section starts, at most HEADING_CHUNKS chunks of a page.
    starts = {
        cid
        for cid, chunk in enumerate(chunks)
        for i, p in enumerate(chunk)
        if p[2].startswith("大足区第") and (i or cid == 0 or chunks[cid - 1][-1][1] != p[1])
    }
    headed = [cid for cid in postings("^大足") if cid in listing]
    assert (
        len(headed) == sb.HEADING_CHUNKS
        and set(headed) <= starts
        and headed == sorted(starts)[: sb.HEADING_CHUNKS]
    )
    # Body postings still find every chunk with the term.
    assert set(listing) <= set(postings("大足"))


def test_a_long_page_does_not_flood_the_first_chunks_fetched(tmp_path):
    pages = _long_listing_and_articles()
    index = tmp_path / "search"
    for name, text in sb.build_index(pages).items():
        (index / name).parent.mkdir(parents=True, exist_ok=True)
        (index / name).write_text(text, encoding="utf-8")
    order = ref.ranked_candidates(index, "大足")

    def page_of(cid):
        return {
            p for p, *_ in json.loads((index / f"docs/{cid}.json").read_text(encoding="utf-8"))["s"]
        }

    first = order[: len(pages)]
    # The first chunks fetched are the first chunk of every page whose title holds the term …
    assert [sorted(page_of(cid)) for cid in first] == [[pid] for pid in range(len(pages))]
    # … then chunks where a heading with it starts, at most HEADING_CHUNKS of the long page.
    listing = [cid for cid in order if page_of(cid) == {0}]
    assert len(listing) > 2 * sb.HEADING_CHUNKS and order.index(listing[1]) >= len(pages)
    headed = set(
        ref._shard_entry(index, json.loads((index / "manifest.json").read_text()), "^大足")
    )
    assert order[len(pages) : len(pages) + sb.HEADING_CHUNKS - 1] == sorted(headed - set(first))
    assert len(headed & set(listing)) == sb.HEADING_CHUNKS
    assert (
        ref.ranked_candidates(index, "火星") == []
        and ref.ranked_candidates(index, "大足 学校")[0] == first[0]
    )


@given(
    st.text(
        alphabet="aZ9０ＡｚＺ教联体。 \n-_%ａA\u3400\u4dbf\u9fff\uf900\ufaff\u3001\uff0c\uff5a\uff5b\uff3b\uff20\uff1a\uff0f\uff19"
    )
)
def test_runs_are_the_runs_of_the_folded_text(text):
    # runs() folds only Latin runs (speed); it must equal the plain definition.
    assert sk.runs(text) == sk._RUN.findall(sk.fold(text))


MATERIAL_LIKE = (
    '<!doctype html><html lang="zh"><head><meta charset="utf-8">'
    "<title>{title} &amp; 年鉴 - 区县教育年鉴</title>"
    '<script>var s = "<title>脚本里的标题</title><article class=\\"md-content__inner\\">";</script>'
    "<style>a::after{{content:'<article>'}}</style></head><body>"
    '<!-- <article class="md-content__inner"><h1>注释</h1></article> -->'
    '<header><svg><title>图标标题</title><path d="M0"/></svg></header>'
    '<nav class="md-nav"><ul><li><a href="x/">导航 教联体</a></li></ul></nav>'
    '<article class="other"><p>别的 article 不算</p></article>'
    '<main><article class="md-content__inner md-typeset">{body}</article></main>'
    "<footer><svg><title>页脚图标</title></svg></footer><script>var t='<article class=\"md-content__inner\">'</script></body></html>"
)

WELL_FORMED_SITE = {
    "index.html": MATERIAL_LIKE.format(
        title="首页", body="<h1>首页</h1><p>区县&nbsp;教育年鉴首页。</p>"
    ),
    "no-h1/index.html": MATERIAL_LIKE.format(
        title="无标题页", body='<h2 id="a">小节</h2><p>教联体正文</p>'
    ),
    "plain/index.html": "<html><head><title>简单 - 站</title></head><body><article class='md-content__inner'><p>教育</p></article></body></html>",
    "upper/index.html": '<HTML><HEAD><TITLE>大写 - 站</TITLE></HEAD><BODY><ARTICLE CLASS="md-content__inner"><P>教育AI</P></ARTICLE></BODY></HTML>',
    "no-article/index.html": "<html><head><title>空</title></head><body><p>没有正文</p></body></html>",
    "articles/banan/a/index.html": SITE["articles/banan/a/index.html"],
    "articles/dazu/b/index.html": SITE["articles/dazu/b/index.html"],
}
TRICKY_SITE = {
    "odd-title/index.html": "<html><head><title><b>粗</b>体 - 站</title></head><body><article class='md-content__inner'><p>教育</p></article></body></html>",
    "unclosed/index.html": "<html><head><title>T</title><script>var x = '<article class=\"md-content__inner\">';",
}


def test_lxml_reads_pages_as_html_parser_does(tmp_path):
    # libxml2 reads the pages (speed); on well-formed pages it gives exactly html.parser's pages and bytes.
    site = write_site(tmp_path / "site", WELL_FORMED_SITE)
    districts, articles = (
        {"articles/banan/": "巴南区", "articles/dazu/b/": "大足区", "no-h1/": "某区"},
        {"articles/banan/a/"},
    )
    fast_pages = sx.collect_pages(site, districts, articles)
    fast = sb.build_index(fast_pages)
    assert {p.url: p.title for p in fast_pages}["no-h1/"] == "无标题页 & 年鉴"
    assert "图标标题" not in json.dumps([p.sections for p in fast_pages], ensure_ascii=False)
    assert "脚本里的标题" not in json.dumps([p.title for p in fast_pages], ensure_ascii=False)
    slow_pages = sx.collect_pages(site, districts, articles, fast=False)
    assert fast_pages == slow_pages and len(fast_pages) == 6
    assert sb.build_index(slow_pages) == fast


def test_lxml_reads_broken_markup_as_a_browser_does():
    # Where html.parser and browsers part, lxml sides with the browser: "-- >" does not
    # end a comment, a title is text, an unclosed <p> ends with its article.
    page = MATERIAL_LIKE.format(title="页", body="<p>正文</p>")
    cut = page.replace("</article> -->", "</article> -- >")
    assert sx.parse_page(cut, "u/") is None
    assert sx.parse_page(cut, "u/", fast=False).sections == [("", "", "正文")]
    odd = TRICKY_SITE["odd-title/index.html"]
    assert sx.parse_page(odd, "u/").title == "<b>粗</b>体"
    unclosed = '<title>T</title><article class="md-content__inner"><p>正文</article><p>尾</p>'
    assert sx.parse_page(unclosed, "u/").sections == [("", "", "正文")]
    assert sx.parse_page(TRICKY_SITE["unclosed/index.html"], "u/") is None


def test_district_is_the_longest_matching_prefix():
    districts = {
        "articles/": "甲",
        "articles/dazu/": "大足区",
        "articles/dazu/x/": "乙",
        "districts/dazu.html": "大足区",
    }

    def slow(url):
        return districts.get(
            max((p for p in districts if url.startswith(p)), key=len, default=""), ""
        )

    for url in [
        "articles/dazu/x/",
        "articles/dazu/y/",
        "articles/banan/",
        "districts/dazu.html",
        "districts/dazu/",
        "",
        "glossary/",
    ]:
        assert sx._district_for(url, districts) == slow(url), url


@given(st.lists(st.integers(min_value=0, max_value=5_000_000), unique=True, max_size=300))
def test_posting_code_matches_the_plain_definition(ids):
    ids = sorted(ids)
    plain, previous = [], -1
    for value in ids:
        gap, previous = value - previous - 1, value
        groups = [gap & 31]
        while gap >> 5:
            gap >>= 5
            groups.append(gap & 31)
        plain += [
            sk._ALPHABET[g + (32 if i < len(groups) - 1 else 0)]
            for i, g in enumerate(reversed(groups))
        ]
    assert sk.encode_ids(ids) == "".join(plain)


# Pieces of HTML, plain and odd, for the sanitiser to make content of.
HTML_PIECES = [
    "<p>",
    "</p>",
    '<h2 id="a">',
    "</h2>",
    "<h3 id='b c'>",
    "</h3>",
    "<h1>",
    "</h1>",
    "<H2 ID=Up>",
    "</H2>",
    "<br>",
    "<br/>",
    "<br />",
    "<img alt=x/>",
    '<a class="headerlink" href="#x">',
    "</a>",
    "<script>",
    "</script>",
    "<style>x<p>y</style>",
    "<script type='t'>if (a<b) {}</script >",
    "<!-- c -->",
    "<!--",
    "-->",
    "-- >",
    "--!>",
    "<details>",
    "</details>",
    "<nav>",
    "</nav>",
    '<DIV CLASS="Md-Tags">',
    '<div class="md-tags">',
    "</DIV>",
    "教联体",
    "a < b",
    "&amp;",
    "&lt;p&gt;",
    "&amp",
    "&#x6559;",
    " ",
    "\n",
    "\u3000",
    "<p\u3000class=x>",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    '<div class="almanac-article-meta">',
    "<div class=almanac-article-meta>",
    "</div>",
    "<![CDATA[x]]>",
    "<?pi?>",
    "<!doctype html>",
    "<input hidden>",
    "<td class=''>",
    '<td class="">',
    '<p title="a>b">',
    "</ p>",
    "<a href=x=y>",
    "<",
    ">",
    "/",
    '"',
    "'",
    "=",
    "</>",
    "<p/>",
    '<h2 id="x"/>',
    "<span id=&quot;q&quot;>",
    '<h3 id="t&amp;u" class="x  y">',
    "<a\nhref='#'\n>",
    "<p a=1 b = 2 c>",
    "<hr>",
    "</article>",
    "<article class=md-content__inner>",
    "<svg><path d='M0'/></svg>",
    "<button>按钮</button>",
    '<abbr title="人工智能">AI</abbr>',
    "<x-y z>",
    "</x-y>",
    "<a/b>",
    '<svg><title id="t">图表&amp;标题</title></svg>',
    "<title>",
    "</title>",
    "<title/>",
    "<textarea>a&lt;b</textarea>",
    "<noscript><p>无脚本</p></noscript>",
    "<iframe src=x></iframe>",
    "<!---->",
    "<!-- a -- b -->",
    "<!-->",
    "<img src=a/>",
]


# A block element inside h1–h3 (raw HTML of an article; Markdown never writes it).
BLOCK_IN_HEADING = re.compile(
    r"<h[1-3][ >](?:(?!</h[1-3]>).)*"
    r"<(?:p|hr|div|ul|ol|li|table|pre|blockquote|dl|dt|dd|h[1-6]|figure|section|details|nav|form)[ >/]",
    re.S,
)


def test_lxml_ends_a_heading_at_a_block_and_a_paragraph_at_a_title():
    # The two readings in which lxml (HTML 4 nesting rules) and html.parser part on
    # sanitised content: a block inside a heading ends the heading (its text goes to
    # the section), a <title> inside a paragraph ends the paragraph (a new line).
    odd = '<h2 id="a">小节<p>段落</p></h2><p>正文</p>'
    assert BLOCK_IN_HEADING.search(clean_html(odd))
    assert sx.parse_content(odd, "页").sections == [("a", "小节", "段落\n正文")]
    assert sx.parse_content(odd, "页", fast=False).sections == [("a", "小节段落", "正文")]
    titled = clean_html("<p>正文<title>题</title></p>")
    assert sx.parse_content(titled, "页").sections == [("", "", "正文\n题")]
    assert sx.parse_content(titled, "页", fast=False).sections == [("", "", "正文题")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=60), st.booleans())
def test_lxml_reads_sanitised_content_as_html_parser_does(pieces, material_head):
    # Every page's content passes the sanitiser (nh3) before the theme prints it: on
    # that lxml and html.parser agree, but for the two cases of the test below.
    body = clean_html("".join(pieces))
    assume(not BLOCK_IN_HEADING.search(body) and "<title" not in body)
    assert sx.parse_content(body, "页 - 站") == sx.parse_content(body, "页 - 站", fast=False)
    html = (
        MATERIAL_LIKE.format(title="页", body=body)
        if material_head
        else '<html><head><title>页 - 站</title></head><body><article class="md-content__inner">'
        + body
        + "</article><p>尾</p></body></html>"
    )
    assert sx.parse_page(html, "u/", "区") == sx.parse_page(html, "u/", "区", fast=False)


def test_an_index_that_cannot_be_written_is_named(site):
    # search/ taken by a file: the failure names the path (a WriteError), not a traceback.
    (site / "search").write_text("not a folder", encoding="utf-8")
    with pytest.raises(WriteError) as caught:
        sb.write_index(site)
    assert str(caught.value).startswith(f"{site / 'search'}:1: ")
    assert (site / "search").read_text(encoding="utf-8") == "not a folder"


def test_text_taken_during_the_build_is_the_text_of_the_written_pages(tmp_path):
    # The plugin reads each page's content once, in on_page_context; the index must be
    # what reading every written page back (lxml, and html.parser) would give.
    from conftest import make_project_copy
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = make_project_copy(tmp_path / "project")
    site = tmp_path / "site"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True)
    build(config)
    known = config.plugins["almanac"].searched
    written = {
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if p.name != "404.html" and "assets" not in p.relative_to(site).parts
    }
    assert set(known) == written and all(known.values())
    for rel, page in known.items():
        html = (site / rel).read_text(encoding="utf-8")
        url = built_page_url(rel)
        assert replace(page, url=url) == sx.parse_page(html, url), rel
        assert replace(page, url=url) == sx.parse_page(html, url, fast=False), rel
    index = sorted((site / "search").rglob("*.json"))
    before = {p: p.read_bytes() for p in index}
    plugin = config.plugins["almanac"]
    sb.write_index(  # read back from disk
        site, *sx.site_facts(plugin.corpus), listings=sx.listing_urls(plugin.listings)
    )
    assert {p: p.read_bytes() for p in sorted((site / "search").rglob("*.json"))} == before


def test_a_listing_page_is_indexed_by_its_title_and_headings_only(site, tmp_path):
    listing = article_html(
        "巴南区",
        "<p>巴南区的文章：学校家庭社会协同育人“教联体”。</p>"
        '<h2 id="y-2023">二〇二三年</h2><p>跳绳比赛；引自文章的句子。</p>',
    )
    site = write_site(site, {"districts/banan/index.html": listing})
    articles = {"articles/banan/a/", "articles/dazu/b/"}
    listings = sx.listing_urls(["districts/banan.md", "articles/banan/a.md"])
    assert "districts/banan.html" in listings  # either build's URL
    pages = {p.url: p for p in sx.collect_pages(site, articles=articles, listings=listings)}
    # The listing keeps its heading, none of the sentences it quotes; an article keeps
    # its text even if named among the listings, and a page not listed keeps its own.
    assert pages["districts/banan/"].sections == [("y-2023", "二〇二三年", "")]
    assert pages["articles/banan/a/"].sections == sx.collect_pages(site)[0].sections
    assert any("区县教育年鉴首页" in text for _a, _h, text in pages[""].sections)
    sb.write_index(site, articles=articles, listings=listings)
    # The article, by its own page (not the listing quoting it); the listing by its names.
    assert _pages_found(site, "教联体") == {"articles/banan/a/"}
    assert _pages_found(site, "巴南区") == {"districts/banan/"}
    assert _pages_found(site, "二〇二三") == {"districts/banan/"}


def test_a_built_sites_listing_pages_hold_no_article_text(site_project, tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = tmp_path / "site"
    config = load_config(str(site_project / "mkdocs.yml"), site_dir=str(site), strict=True)
    build(config)
    plugin = config.plugins["almanac"]
    listings = sx.listing_urls(plugin.listings)
    assert {"districts/", "themes/", "library/", "facts/", "chronology/"} <= listings
    assert "glossary/" not in listings  # the glossary's definitions are its own text
    pieces: dict[str, list[str]] = {}
    for path in (site / "search" / "docs").glob("*.json"):
        chunk = json.loads(path.read_text(encoding="utf-8"))
        for pid, _anchor, _heading, text in chunk["s"]:
            pieces.setdefault(chunk["p"][str(pid)]["u"], []).append(text)
    indexed_listings = listings & set(pieces)
    assert len(indexed_listings) > 5
    assert all(not any(pieces[url]) for url in indexed_listings)
    assert any(any(pieces[url]) for url in ("glossary/",))
    for entry in plugin.corpus.entries:  # every article, by a sentence of its own page
        url = SitePaths().url(entry.docs_path)
        sentence = max(pieces[url], key=len).split("\n")[0][:12]
        assert url in _pages_found(site, sentence), sentence


def _pages_found(site: Path, query: str) -> set[str]:
    return {hit["url"].partition("#")[0] for hit in ref.search(site / "search", query)}


def test_the_search_index_knows_a_district_page_by_both_its_urls(site_project):
    corpus = Corpus.load(Project(site_project))
    prefixes, articles = sx.site_facts(corpus)
    article = next(e for e in corpus.entries if e.district_slug == "banan").docs_path
    for directory_urls in (True, False):
        paths = SitePaths(directory_urls)
        assert prefixes[paths.url(district_page("banan"))] == "巴南区"
        # An article of the offline edition (a/b.html) is an article of its district too.
        assert prefixes[paths.url(article)] == "巴南区" and paths.url(article) in articles
