"""Publication details (issue 16, item 4): the article header names newspaper, date
and page; the seed file folds into 来源文件; 引用本文 is a GB/T 7714-2015 reference
with a copy button; listing pages group articles by year; 大事记 resolves 今年 from
``published``. Unit checks first, then the built fixture site in Chromium at 1280
and 390 px."""

from __future__ import annotations

import dataclasses
import datetime
import functools
import http.server
import re
import threading
from pathlib import Path

import pytest
import yaml
from reader_project import build_site, make_project

from generator.corpus import Entry
from generator.render.citation import citation_markdown
from generator.render.publication import Publication, by_year, gbt_authors, publication, reference

# What the editors of the fixture site wrote (fixture values, not the real issues).
NEWSPAPER = "articles/nanan/xingfu-jiaoyu.md"
WEB = "articles/nanan/zonghe-gaige.md"
PLAIN = "articles/banan/liuda-gongcheng.md"
DETAILS = {
    NEWSPAPER: {
        "published": datetime.date(2023, 9, 12),
        "source_name": "重庆日报",
        "page": "第7版",
        "editors": ["王一"],
    },
    WEB: {
        "published": "2022-07-05",
        "source_name": "华龙网",
        "url": "https://news.example.cn/2022/0705/a1.html",
    },
    "articles/dazu/nuan-wanjia.md": {"year": 2024},
}


def add_details(docs: Path, details: dict = DETAILS) -> None:
    for rel, extra in details.items():
        path = docs / rel
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(front)
        for key, value in extra.items():
            if key == "url":
                meta["source"]["url"] = value
            else:
                meta[key] = value
        path.write_text(
            "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body,
            encoding="utf-8",
        )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from generator.corpus import Corpus

    project = make_project(tmp_path_factory.mktemp("publication-corpus"))
    add_details(project.docs_dir)
    return Corpus.load(project)


def entry(corpus, path):
    return next(e for e in corpus.entries if e.docs_path == path)


def with_meta(e: Entry, **changes) -> Entry:
    """A copy of the article with other front matter (the loaded one is read once, typed)."""
    return Entry(dataclasses.replace(e.article, meta={**e.meta, **changes}), e.docs_path)


# ---------------------------------------------------------------- units


def test_authors_join_with_commas_and_more_than_three_end_in_deng():
    assert gbt_authors(["何霜", "杜林燕", "胡忠英"]) == "何霜, 杜林燕, 胡忠英"
    assert gbt_authors(["何霜", "杜林燕", "胡忠英", "李四"]) == "何霜, 杜林燕, 胡忠英, 等"
    assert gbt_authors([" 周珣 "]) == "周珣"


@pytest.mark.parametrize(
    "page, number, label",
    [
        ("第7版", "7", "第7版"),
        ("7", "7", "第7版"),
        ("A3版", "A3", "A3版"),
        ("第 a3 版", "A3", "第 a3 版"),
        ("要闻", "", "要闻版"),
    ],
)
def test_page_numbers_for_the_reference(page, number, label):
    pub = Publication(source_name="重庆日报", date="2024-06-18", page=page)
    assert (pub.page_number, pub.page_label) == (number, label)


def test_dates_as_readers_write_them():
    assert Publication(date="2024-06-18").date_label == "2024年6月18日"
    assert Publication(date="2024-06").date_label == "2024年6月"
    assert Publication(date="2024").date_label == "2024年"


def test_newspaper_reference(corpus):
    ref = reference(entry(corpus, NEWSPAPER), "https://example.org/a/")
    assert ref.kind == "N"
    assert (
        ref.text
        == "何霜, 杜林燕, 张莺月. 党建领航办好有温度的幸福教育[N]. 重庆日报, 2023-09-12(7)."
    )


def test_web_reference_has_url_and_dates(corpus):
    ref = reference(entry(corpus, WEB), "https://example.org/a/")
    assert ref.text == (
        "何霜, 杜林燕, 张骞月. 深化改革创新 推动南岸教育优质均衡发展[EB/OL]. 华龙网, (2022-07-05)[引用日期]. "
        "https://news.example.cn/2022/0705/a1.html."
    )


def test_more_than_three_authors_in_a_reference(corpus):
    e = entry(corpus, NEWSPAPER)
    e = with_meta(e, authors=[*e.meta["authors"], "李四"])
    assert reference(e, "").text.startswith("何霜, 杜林燕, 张莺月, 等. 党建领航")


def test_permalink_is_absolute_with_site_url(corpus):
    text = citation_markdown(
        entry(corpus, NEWSPAPER), "https://example.org/almanac/", corpus.project.templates_dir
    )
    assert "本站永久链接：<https://example.org/almanac/articles/nanan/xingfu-jiaoyu/>" in text
    relative = citation_markdown(entry(corpus, NEWSPAPER), None, corpus.project.templates_dir)
    assert "本站永久链接：[/articles/nanan/xingfu-jiaoyu/](xingfu-jiaoyu.md)" in relative


def test_by_year_uses_published_then_year_then_unknown(corpus):
    groups = by_year(corpus.entries)
    assert [label for label, _ in groups] == ["2024年", "2023年", "2022年", "年份未注明"]
    assert [e.docs_path for e in groups[0][1]] == ["articles/dazu/nuan-wanjia.md"]  # year: 2024
    assert [e.docs_path for e in groups[1][1]] == [NEWSPAPER]
    assert len(groups[-1][1]) == 3


def test_unreadable_published_is_not_a_date(corpus):
    e = with_meta(entry(corpus, PLAIN), published="去年")
    assert e.front_matter.published == ""  # no date (check refuses it)
    assert publication(e).date == "" and not publication(e).shown


# ---------------------------------------------------------------- the built site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("publication-site")
    project = make_project(tmp / "project")
    add_details(project.docs_dir)
    build_site(project, tmp / "site")
    return tmp / "site"


def html(site, rel):
    return (site / rel).read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fragment)).strip()


def test_listing_pages_group_by_year(site):
    library = html(site, "library/index.html")
    years = re.findall(r'<h2 id="(y[^"]+)">', library)
    assert years == ["y2024", "y2023", "y2022", "yundated"]
    assert library.index("党建领航办好有温度的幸福教育") < library.index('id="y2022"')
    nanan = html(site, "districts/nanan/index.html")
    h3 = [text_of(h) for h in re.findall(r"<h3[^>]*>(.*?)</h3>", nanan)]
    assert h3[:2] == ["2023年¶", "2022年¶"]
    assert "《重庆日报》 2023年9月12日 第7版" in text_of(nanan)


def test_chronology_resolves_this_year_from_published(site):
    page = html(site, "chronology/index.html")
    section = page[
        page.index('<h2 id="2023年">') : page.index("<h2", page.index('<h2 id="2023年">') + 5)
    ]
    assert "2023年4月" in text_of(section) and "原文作“今年4月”，按文章年份2023年推算" in text_of(
        section
    )


@pytest.fixture(scope="module")
def server(site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def local_only(route):
    if route.request.url.startswith(("http://127.0.0.1", "file://")):
        route.continue_()
    else:
        route.abort()


@pytest.fixture(params=[1280, 390], ids=["1280px", "390px"])
def tab(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900}, locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.route("**/*", local_only)  # the citation works with no network at all
    yield page
    context.close()


@pytest.mark.browser
def test_header_shows_newspaper_date_and_page_and_folds_the_seed(tab, server, screenshot):
    tab.goto(server + "articles/nanan/xingfu-jiaoyu/")
    meta = tab.locator(".almanac-article-meta")
    line = meta.locator("li", has_text="出处")
    assert line.inner_text().strip() == "出处：《重庆日报》 2023年9月12日 第7版"
    assert line.is_visible()
    assert "王一" in meta.locator("li", has_text="责任编辑").inner_text()
    detail = meta.locator("details.almanac-source-file")
    seed = detail.locator("code")
    assert detail.locator("summary").inner_text().strip() == "来源文件"
    assert not seed.is_visible()  # collapsed: editors open it
    assert "seeds/" not in meta.inner_text().split("来源文件")[0]
    detail.locator("summary").click()
    assert seed.is_visible() and seed.inner_text().startswith("seeds/002_")
    screenshot(tab, f"publication-header-{tab.viewport_size['width']}")


@pytest.mark.browser
def test_citation_copies_the_gbt_reference(tab, server, screenshot):
    tab.goto(server + "articles/nanan/xingfu-jiaoyu/")
    block = tab.locator(".almanac-cite")
    reference_text = (
        "何霜, 杜林燕, 张莺月. 党建领航办好有温度的幸福教育[N]. 重庆日报, 2023-09-12(7)."
    )
    assert block.locator(".almanac-cite__text").inner_text().strip() == reference_text
    button = block.get_by_role("button", name="复制引文")
    button.scroll_into_view_if_needed()
    assert button.is_visible()
    box = button.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= tab.viewport_size["width"]
    button.click()
    tab.wait_for_function("() => document.querySelector('.almanac-cite').dataset.copied === 'yes'")
    assert tab.evaluate("() => navigator.clipboard.readText()") == reference_text
    assert block.locator(".almanac-cite__status").inner_text() == "已复制"
    screenshot(tab, f"publication-citation-{tab.viewport_size['width']}")


@pytest.mark.browser
def test_web_reference_gets_the_readers_access_date(tab, server):
    tab.goto(server + "articles/nanan/zonghe-gaige/")
    text = tab.locator(".almanac-cite__text").inner_text().strip()
    today = tab.evaluate(
        "() => { const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'); }"
    )
    assert text == (
        "何霜, 杜林燕, 张骞月. 深化改革创新 推动南岸教育优质均衡发展[EB/OL]. 华龙网, "
        f"(2022-07-05)[{today}]. https://news.example.cn/2022/0705/a1.html."
    )
    link = tab.locator(".almanac-article-meta li", has_text="出处").get_by_role(
        "link", name="华龙网"
    )
    assert link.get_attribute("href") == "https://news.example.cn/2022/0705/a1.html"


@pytest.mark.browser
def test_without_details_the_reference_cites_this_page_absolutely(tab, server):
    tab.goto(server + "articles/banan/liuda-gongcheng/")
    assert tab.locator(".almanac-article-meta li", has_text="出处").count() == 0
    text = tab.locator(".almanac-cite__text").inner_text().strip()
    # The build knew no site_url: the script gives the address the page is read at.
    assert re.fullmatch(
        r"何霜, 杜林燕, 胡忠英\. .+\[EB/OL\]\. 区县教育年鉴\[\d{4}-\d\d-\d\d\]\. "
        + re.escape(server + "articles/banan/liuda-gongcheng/")
        + r"\.",
        text,
    ), text


@pytest.mark.browser
def test_district_page_years_read_in_order(tab, server):
    tab.goto(server + "districts/nanan/")
    years = [h.replace("¶", "").strip() for h in tab.locator("article h3").all_inner_texts()][:2]
    assert years == ["2023年", "2022年"]
    first = tab.locator("article h4").first
    assert first.inner_text().replace("¶", "").strip() == "党建领航办好有温度的幸福教育"


@pytest.mark.browser
def test_the_paragraph_a_link_opens_is_marked(tab, server):
    # Issue 16, small things: a #p-… link (大事记, 学校名录) shows which paragraph it meant.
    tab.goto(server + "chronology/")
    link = tab.locator("article a[href*='xingfu-jiaoyu/#p-']").first
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    tab.wait_for_url(f"**#{anchor}")
    target = tab.locator(f"p[id='{anchor}']")
    other = tab.locator(f"article p[id^='p-']:not([id='{anchor}'])").first
    background = "e => getComputedStyle(e).backgroundColor"
    assert target.evaluate(background) not in ("rgba(0, 0, 0, 0)", "transparent")
    assert other.evaluate(background) in ("rgba(0, 0, 0, 0)", "transparent")


@pytest.mark.browser
def test_article_chips_show_only_its_strongest_themes(tab, server):
    # Issue 16, item 2: chips above the title for the themes an article is about
    # (a heading or three paragraphs), every theme still in the 专题 line.
    tab.goto(server + "articles/banan/liuda-gongcheng/")
    chips = [c.strip() for c in tab.locator(".md-tags .md-tag").all_inner_texts()]
    line = tab.locator(".almanac-article-meta li", has_text="专题").locator("a").all_inner_texts()
    assert chips and set(chips) < set(line), (chips, line)
    assert "六大工程" in chips and len(chips) <= 5
    chip_row = tab.locator(".md-tags").bounding_box()
    assert chip_row["height"] <= 80  # one or two rows, not a wall of chips, at 390 px too
