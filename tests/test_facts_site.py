"""The facts page in a real MkDocs build: generated CSV/JSON files are published,
every figure's link lands on an existing paragraph anchor, charts are inline SVG,
articles list their own figures."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import facts_table_cell, serve_directory
from facts_support import make_project
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.render.facts_page import facts_json_rows


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("facts-site") / "almanac")
    config = load_config(
        str(project.root / "mkdocs.yml"), site_dir=str(project.root / "site"), strict=True
    )
    build(config)
    return project.root / "site"


def test_downloads_are_published_beside_the_page(site):
    csv_text = (site / "facts" / "facts.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    payload = json.loads((site / "facts" / "facts.json").read_text(encoding="utf-8"))
    assert facts_json_rows(payload) == rows and len(rows) > 20
    page = (site / "facts" / "index.html").read_text(encoding="utf-8")
    assert 'href="facts.csv"' in page and 'href="facts.json"' in page


def test_every_figure_links_to_an_existing_paragraph(site):
    page = (site / "facts" / "index.html").read_text(encoding="utf-8")
    links = set(re.findall(r'href="\.\./(articles/[^"#]+/)#(p-[0-9a-f]{8})"', page))
    assert len(links) >= 15
    for url, anchor in links:
        article = (site / url / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in article, (url, anchor)


def test_facts_page_has_table_details_and_charts(site):
    page = (site / "facts" / "index.html").read_text(encoding="utf-8")
    assert "<table" in page and "<details><summary>原文</summary>" in page
    assert page.count("<svg") >= 5
    assert "<p><svg" not in page  # the SVG is a raw HTML block, not wrapped into a paragraph


def test_article_page_lists_its_figures_with_links_to_its_paragraphs(site):
    article = (site / "articles" / "dazu" / "nuan-wan-jia" / "index.html").read_text(
        encoding="utf-8"
    )
    assert 'id="almanac-facts"' in article
    for anchor in re.findall(r'<a href="#(p-[0-9a-f]{8})"', article):
        assert f'id="{anchor}"' in article
    # Each figure reads inside its whole sentence (issue 16: one sentence once), a
    # classified one followed by its metric's name.
    assert re.search(
        r'守护<span class="almanac-fact"[^>]*><a href="#p-[0-9a-f]{8}" title="[^"]*">近1\.7万名</a>(?:<small class="almanac-fact-metric">〔[^〕]+〕</small>)?</span>留守儿童',
        article,
    )
    assert re.search(
        r'以学校为站点的家长学校分校<span class="almanac-fact"[^>]*><a href="#p-[0-9a-f]{8}"[^>]*>128所</a>'
        r'<small class="almanac-fact-metric">〔家长学校分校〕</small>',
        article,
    )


@pytest.fixture(scope="module")
def served(site):
    with serve_directory(site) as url:
        yield url


@pytest.mark.browser
def test_quoted_sentence_expands_and_charts_read_without_javascript(served, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served + "facts/")
    fact = facts_table_cell(page, "大足区", "parent-schools").locator("span.almanac-fact").first
    link = fact.locator("a").first
    assert "家长学校分校128所" in link.get_attribute("title")
    quote = fact.locator("details q")
    assert not quote.is_visible()
    fact.locator("summary").click()
    assert quote.is_visible() and "家长学校分校128所" in quote.inner_text()
    chart = page.locator("svg.almanac-bar-chart").first
    assert chart.is_visible() and chart.bounding_box()["width"] > 300
    assert "教育集团数量" in chart.locator("title").text_content()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_chart_text_follows_light_and_dark_scheme(site, served, browser, scheme):
    context = browser.new_context()
    page = context.new_page()
    page.goto(served + "facts/")
    # The slate (dark) scheme's variables live in Material's palette stylesheet,
    # which is linked only when mkdocs.yml configures a palette: link it here.
    palette = next(p.name for p in (site / "assets" / "stylesheets").glob("palette.*.min.css"))
    page.evaluate(
        """(href) => new Promise((done) => {
            if ([...document.styleSheets].some((s) => (s.href || '').includes('palette.'))) return done();
            const link = document.createElement('link');
            link.rel = 'stylesheet'; link.href = href; link.onload = done;
            document.head.appendChild(link);
        })""",
        served + "assets/stylesheets/" + palette,
    )
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    colours = page.evaluate(
        """() => {
            const text = document.querySelector('svg.almanac-bar-chart text');
            const bar = document.querySelector('svg.almanac-bar-chart rect');
            const article = document.querySelector('.md-content');
            return {
                text: getComputedStyle(text).fill,
                body: getComputedStyle(article).color,
                bar: getComputedStyle(bar).fill,
                background: getComputedStyle(document.body).backgroundColor,
            };
        }"""
    )
    assert colours["text"] == colours["body"]  # labels use the page's text colour
    assert colours["bar"] not in (colours["background"], "none", "")
    lightness = sum(int(v) for v in re.findall(r"\d+", colours["text"])[:3])
    assert (lightness > 382) == (scheme == "slate")  # light text on dark, dark text on light
    context.close()


def test_bad_correction_stops_the_build_naming_file_and_line(tmp_path, caplog):
    from mkdocs.exceptions import Abort

    project = make_project(tmp_path / "almanac")
    path = project.docs_dir / "articles" / "nanan" / "xing-fu-jiao-yu.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("\n---\n", "\nfacts:\n  - {metric: nope, value: 1}\n---\n", 1),
        encoding="utf-8",
    )
    config = load_config(
        str(project.root / "mkdocs.yml"), site_dir=str(project.root / "site"), strict=True
    )
    with pytest.raises(Abort):
        build(config)
    assert re.search(r"xing-fu-jiao-yu\.md:11: facts: .*未知指标", caplog.text)
    assert "Traceback" not in caplog.text
    assert not (project.root / "site" / "facts").exists()
