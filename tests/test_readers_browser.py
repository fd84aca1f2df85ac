"""What a reader sees of issue 16's remaining items, in Chromium at 1280 and 390 px,
on the site built from the seeds: legible charts of comparable figures, wide tables
that say they scroll, summaries and glossary lines apart, no space where a source
line breaks between Chinese characters, and an offline edition that asks no server."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import (
    PROJECT_ROOT,
    build_site,
    facts_table_cell,
    make_project_copy,
    serve_directory,
)

from generator.cjk_breaks import CJK

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    project = make_project_copy(tmp_path_factory.mktemp("readers"), articles=None)
    return project, build_site(project)


@pytest.fixture(scope="module")
def url(real):
    with serve_directory(real[1]) as base:
        yield base


@pytest.fixture(params=[1280, 390], ids=["1280px", "390px"])
def tab(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.width = request.param
    yield page
    context.close()


# The size a chart's text is drawn at: its font size times the chart's scale.
TEXT_SIZES = """() => [...document.querySelectorAll('svg.almanac-bar-chart text')].map(t =>
    parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)"""
BARS = """() => [...document.querySelectorAll('svg.almanac-bar-chart rect')].map(r => {
    const b = r.getBoundingClientRect(); return [b.width, b.height]; })"""


def test_district_page_links_to_the_charts_of_its_shared_metrics(tab, url):
    # One copy of each chart, on the facts page: the district page links to it.
    tab.goto(url + "districts/banan/")
    assert tab.locator("article svg.almanac-bar-chart").count() == 0
    tab.locator("article a", has_text="教育集团数量").first.click()
    tab.wait_for_url("**/facts/#compare-education-groups")
    heading = tab.locator("h3#compare-education-groups")
    assert heading.is_visible() and heading.inner_text().startswith("教育集团数量")
    chart = tab.locator("h3#compare-education-groups ~ .almanac-chart svg").first
    assert "教育集团数量" in chart.locator("title").text_content()


@pytest.mark.parametrize("path", ["facts/"])
def test_chart_labels_are_legible_and_bars_horizontal(tab, url, path, screenshot):
    tab.goto(url + path)
    sizes = tab.evaluate(TEXT_SIZES)
    assert len(sizes) >= 6
    assert min(sizes) >= 12, sizes
    bars = tab.evaluate(BARS)
    assert bars and all(h < 20 for _, h in bars)  # bars run across, one under another
    assert max(w for w, _ in bars) > 5 * max(h for _, h in bars)
    tab.locator("svg.almanac-bar-chart").first.scroll_into_view_if_needed()
    screenshot(tab, f"chart-{path.strip('/').replace('/', '-')}-{tab.width}")


def test_figures_of_other_periods_are_marked_not_charted(tab, url):
    tab.goto(url + "facts/")
    article = tab.locator("article")
    heading = article.locator("h3", has_text="教育投入")
    assert heading.count() == 1
    note = article.locator(".almanac-incomparable-list").filter(has_text="九龙坡区")
    assert note.first.is_visible()
    assert "各区县的数字时期不同，不宜直接比较" in note.first.inner_text()
    assert "2022年起三年" in note.first.inner_text() and "近五年" in note.first.inner_text()
    assert (
        article.locator("svg#chart-education-investment, #chart-education-investment-title").count()
        == 0
    )
    # 10大教育集团 reads as 10个, with the text's own words beside it
    cell = facts_table_cell(tab, "九龙坡区", "education-groups")
    fact = cell.locator("span.almanac-fact").filter(has_text="原文“10大”")
    assert fact.count() == 1
    assert fact.locator("a").first.inner_text() == "10个"


def test_other_places_figures_are_marked_on_the_district_page(tab, url):
    tab.goto(url + "districts/nanan/")
    marks = tab.locator("article .almanac-fact-context")
    assert sorted(marks.all_inner_texts()) == ["〔全市〕", "〔全市〕", "〔国家〕"]
    assert marks.first.is_visible()


def test_a_wide_table_says_it_scrolls(tab, url, screenshot):
    tab.goto(url + "facts/")
    table = tab.locator("#almanac-facts-table")
    # Material wraps tables in a scrolling box; the table scrolls itself without it.
    wide = table.evaluate(
        "t => { const b = t.closest('.md-typeset__scrollwrap') || t; return b.scrollWidth > b.clientWidth + 1; }"
    )
    hint = tab.locator("article .almanac-scroll-hint")
    if tab.width == 390:
        assert wide  # four districts do not fit a phone
        assert hint.count() == 1 and hint.is_visible()
        assert "左右滑动" in hint.inner_text()
        box, table_box = hint.bounding_box(), table.bounding_box()
        assert box["y"] + box["height"] <= table_box["y"] + 1  # right above the table
        screenshot(tab, "facts-table-390")
    else:
        assert not wide and (hint.count() == 0 or not hint.is_visible())


def test_library_summary_stands_apart_from_the_theme_list(tab, url):
    tab.goto(url + "library/")
    item = tab.locator("article li").filter(has=tab.locator(".almanac-library-summary")).first
    themes = item.locator(".almanac-library-themes").bounding_box()
    summary = item.locator(".almanac-library-summary").bounding_box()
    assert summary["y"] >= themes["y"] + themes["height"] - 1  # below it, not run on
    title = item.locator("strong a").bounding_box()
    assert themes["y"] >= title["y"] + title["height"] - 1  # themes under the title


def test_glossary_aliases_and_districts_are_two_lines(tab, url):
    tab.goto(url + "glossary/")
    alias = tab.locator("article .almanac-term-aliases").first
    districts = alias.locator("xpath=following-sibling::p[1]")
    assert alias.inner_text().startswith("又作：")
    assert districts.inner_text().startswith("使用区县：")
    a, d = alias.bounding_box(), districts.bounding_box()
    assert d["y"] >= a["y"] + a["height"] - 1


@pytest.mark.parametrize("path", ["", "guide/"])
def test_hand_written_pages_show_no_space_where_a_line_breaks(tab, url, path, real):
    project, _ = real
    source = (project / "docs" / ("index.md" if not path else "guide.md")).read_text("utf-8")
    wrapped = re.findall(rf"([{CJK}])\n([{CJK}])", source)
    assert wrapped
    tab.goto(url + path)
    text = tab.locator("article").inner_text()
    for before, after in wrapped:
        assert f"{before} {after}" not in text or f"{before} {after}" in source


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    project = make_project_copy(tmp_path_factory.mktemp("offline"), articles=None)
    site = project / "offline-site"
    env = dict(
        os.environ,
        PYTHONPATH=str(PROJECT_ROOT),
        NO_MKDOCS_2_WARNING="1",
        ALMANAC_OFFLINE="true",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return site


@pytest.mark.parametrize(
    "page_path",
    [
        "index.html",
        "facts/index.html",
        "library/index.html",
        "articles/banan/banan-liuda-gongcheng-qifa-li-jiakuai-jianshe.html",
    ],
)
def test_offline_edition_makes_no_external_request(tab, offline_site, page_path):
    outside: list[str] = []

    def watch(route):
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.context.route("**/*", watch)
    tab.goto((offline_site / page_path).as_uri())
    tab.wait_for_load_state("load")
    tab.wait_for_timeout(500)  # scripts that ask later (the repository widget) have asked
    search = tab.locator("input.md-search__input")
    if tab.width == 1280 and search.is_visible():
        search.fill("心理健康")
        tab.wait_for_timeout(500)
    assert outside == []


@pytest.mark.parametrize(
    ("theme", "not_cited", "cited"),
    [
        ("keji-chuangxin", "科学教育方法", "科技创新"),  # parenting, not science education
        ("jiaoyu-pingjia", "有评价任务", "教育评价改革"),  # a lesson's assessment task
        ("tiyu-yishu", "北京体育大学", "体育"),  # a university's name
        ("jiaoshi-duiwu", "2500名师生", "名师"),  # 名 + 师生
    ],
)
def test_theme_pages_cite_words_not_pieces_of_words(tab, url, theme, not_cited, cited):
    tab.goto(url + f"themes/{theme}/")
    text = tab.locator("article").inner_text()
    assert cited in text
    assert not_cited not in text
