"""Issue 18, item 3: the plain export (``almanac pages --out``) built by Zensical, the
engine that reads ``mkdocs.yml`` but runs no MkDocs plugin (0.0.73 here: 0.1.x needs
zensical-ui, which the package index lacks; a newer release runs the same tests).

Before: the facts tables' links broken (Zensical rewrites relative raw-HTML hrefs as
if written from the source file), edit links to files only the export has, the search
box unstyled (Material's form and results under Zensical's CSS)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import PROJECT_ROOT, make_project_copy, serve_directory
from test_plain_export import EXPECTED_EDIT_LINKS, edit_links_of
from test_site_links import broken_links

from generator.cli import main as almanac


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("zensical")
    root = make_project_copy(tmp / "checkout")  # the fixture articles: a small project
    out = tmp / "plain"
    assert almanac(["--root", str(root), "pages", "-q", "--out", str(out)]) == 0
    # The export's mkdocs.yml names the generator.* Markdown extensions: importable.
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    env.pop("ALMANAC_SITE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "-f", str(out / "mkdocs.yml")],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = out / "site"
    assert almanac(["search-index", str(site)]) == 0
    return site


def test_no_internal_link_is_broken(zensical_site):
    problems, checked = broken_links(zensical_site, root="/")
    assert problems == [] and checked > 500


def test_edit_links_name_the_checkout_files(zensical_site):
    assert edit_links_of(zensical_site) == EXPECTED_EDIT_LINKS


def test_the_search_box_is_zensicals_own(zensical_site):
    page = (zensical_site / "districts/banan/index.html").read_text(encoding="utf-8")
    assert 'class="almanac-search-box"' in page and 'class="md-search__button"' in page
    assert 'data-md-component="search"' not in page  # Zensical's own search stays off
    assert "md-search__inner" not in page  # Material's form, which Zensical does not style


@pytest.mark.browser
def test_a_chinese_query_finds_articles_in_a_styled_box(zensical_site, page, screenshot):
    with serve_directory(zensical_site) as url:
        page.goto(url + "districts/banan/")
        button = page.locator("label.md-search__button")
        box = button.bounding_box()
        assert box and box["height"] < 40 and box["width"] > 100  # one button, not stacked icons
        button.click()
        panel = page.locator(".almanac-search-box__panel")
        assert panel.is_visible()
        style = panel.evaluate(
            "e => { const s = getComputedStyle(e); return [s.position, s.boxShadow]; }"
        )
        assert style[0] == "fixed" and style[1] != "none"
        page.locator(".almanac-search-box input.md-search__input").fill("集团化办学")
        results = page.locator(".almanac-search-box .md-search-result__item")
        results.first.wait_for(timeout=10_000)
        titles = results.locator("h1").all_inner_texts()
        assert titles and any("集团" in t for t in titles)
        # Results are a styled list: no list markers, headings at result size, not page size.
        assert results.first.evaluate("e => getComputedStyle(e).listStyleType") == "none"
        size = results.locator("h1").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        assert size < 20
        screenshot(page, "zensical-search")
        results.locator("a.md-search-result__link").first.click()
        page.wait_for_load_state()
        assert "/articles/" in page.url


@pytest.mark.browser
def test_on_a_narrow_screen_the_header_icon_opens_the_box(zensical_site, browser):
    # Zensical hides .md-search below 60em and shows an icon in the header instead.
    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="zh-CN")
    tab = context.new_page()
    try:
        with serve_directory(zensical_site) as url:
            tab.goto(url + "districts/banan/")
            assert not tab.locator("label.md-search__button").is_visible()
            tab.locator("label.md-header__button[for=__search]").click()
            panel = tab.locator(".almanac-search-box__panel")
            assert panel.is_visible()
            box = panel.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390
            tab.locator(".almanac-search-box input.md-search__input").fill("集团化办学")
            tab.locator(".almanac-search-box .md-search-result__item").first.wait_for(
                timeout=10_000
            )
            tab.mouse.click(200, 790)  # the overlay, outside the panel: closes the box
            panel.wait_for(state="hidden", timeout=5_000)
    finally:
        context.close()
