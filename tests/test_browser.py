"""Browser tests: Debian's Chromium (Playwright) against the built fixture site
served on 127.0.0.1. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def heading(locator) -> str:
    """A heading's text without Material's permalink sign."""
    return locator.inner_text().replace("¶", "").strip()


# The target is on screen (below Material's sticky header) after the jump; the
# fixture articles are long enough that it is off screen at the top of the page.
IN_VIEWPORT = (
    "el => { const r = el.getBoundingClientRect(); return r.top >= 48 && r.bottom <= innerHeight; }"
)


@pytest.fixture(autouse=True)
def quick_failures(page):
    # Static pages on 127.0.0.1: a missing element is a failure, not a wait.
    page.set_default_timeout(10_000)


def test_home_and_navigation_tabs(page, site_url, screenshot):
    page.goto(site_url)
    tabs = page.locator(".md-tabs__link")
    assert tabs.all_inner_texts() == [
        "首页",
        "区县",
        "专题",
        "数据",
        "全部文章",
        "参考",
        "编辑指南",
    ]
    screenshot(page, "home")
    page.locator(".md-tabs__link", has_text="专题").click()
    page.wait_for_url(site_url + "themes/")
    assert heading(page.locator("article h1")) == "专题"
    page.get_by_role("link", name="心理健康", exact=True).first.click()
    page.wait_for_url(site_url + "themes/xinli-jiankang/")
    assert heading(page.locator("article h1")) == "心理健康"


def test_district_page(page, site_url, screenshot):
    page.goto(site_url + "districts/")
    page.locator("article").get_by_role("link", name="巴南区", exact=True).click()
    page.wait_for_url(site_url + "districts/banan/")
    article = page.locator("article")
    assert heading(article.locator("h1")) == "巴南区"
    assert (
        article.get_by_role(
            "link", name="巴南“六大工程”齐发力 加快建设高品质教育强区", exact=True
        ).count()
        == 1
    )
    # 专题: each theme links to the district's excerpts on the theme page.
    theme = article.locator("li", has_text=re.compile(r"^集团化办学：\d+ 篇文章$"))
    assert theme.count() == 1
    screenshot(page, "district-banan")
    theme.get_by_role("link").click()
    page.wait_for_url(site_url + "themes/jituanhua-banxue/#banan")
    assert page.locator("article h2#banan + ul a[href*='articles/banan/']").count() >= 1


def test_theme_page_groups_by_district(page, site_url, screenshot):
    page.goto(site_url + "themes/jituanhua-banxue/")
    headings = [heading(h) for h in page.locator("article h2").all()]
    districts = [h for h in headings if h.endswith("区")]
    assert districts == ["九龙坡区", "南岸区", "巴南区"]
    assert page.locator("article h2#nanan + ul a[href*='articles/nanan/']").count() >= 1
    screenshot(page, "theme-jituanhua-banxue")


def test_deep_link_lands_on_the_heading(page, site_url):
    page.goto(site_url + "themes/liudagongcheng/")
    page.locator("article li", has_text="融合工程").first.get_by_role("link").first.click()
    page.wait_for_url("**/articles/banan/banan-liuda-gongcheng/#*")
    heading = page.locator("article h2", has_text="巧推“融合工程” 促进区域经济发展")
    assert heading.get_attribute("id") == "巧推融合工程-促进区域经济发展"
    page.wait_for_function(
        IN_VIEWPORT,
        arg=heading.element_handle(),
    )
    assert page.evaluate("() => window.scrollY") > 0
    assert (
        page.evaluate("() => decodeURIComponent(location.hash)") == "#巧推融合工程-促进区域经济发展"
    )


def test_paragraph_deep_link_targets_an_existing_paragraph(page, site_url):
    page.goto(site_url + "themes/xinli-jiankang/")
    link = page.locator("article h2#banan + ul a").first
    href = link.get_attribute("href")
    assert "#p-" in href
    link.click()
    anchor = href.split("#", 1)[1]
    target = page.locator(f"p#{anchor}")
    assert "心理健康" in target.inner_text()
    page.wait_for_function(
        IN_VIEWPORT,
        arg=target.element_handle(),
    )
    assert page.evaluate("() => window.scrollY") > 0


def test_palette_toggles_between_light_and_dark(page, site_url):
    page.goto(site_url)
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    before = page.evaluate(scheme)
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    after = page.evaluate(scheme)
    assert {before, after} == {"default", "slate"}
