"""Navigation and search as a reader meets them (issue 16, item 5): every generated
page has a menu entry that says its own title; search lists articles first and
folds the listing pages into one group; a result never opens on a citation block
or a tag chip. On the site built from the real articles, in Chromium at 1280 and
390 px."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import build_site, make_project_copy, serve_directory
from search_reference import search as index_search

from generator.corpus import Corpus
from generator.enrich.almanac import enrich
from generator.project import Project
from generator.render.site import generate_pages


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    project = make_project_copy(tmp_path_factory.mktemp("nav-search"), articles=None)
    return project, build_site(project)


@pytest.fixture(scope="module")
def real_url(real):
    with serve_directory(real[1]) as url:
        yield url


def h1_of(site: Path, url: str) -> str:
    page = (
        (site / url / "index.html").read_text(encoding="utf-8")
        if url
        else (site / "index.html").read_text(encoding="utf-8")
    )
    title = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    return re.sub(r"<[^>]+>|¶", "", title).strip()


def nav_links(site: Path, url: str = "") -> list[tuple[str, str]]:
    """(href, label) of every entry of the primary navigation, as the page at ``url`` has it.

    The navigation is pruned (``navigation.prune``): a page lists the top-level
    sections and the entries of its own section only, so each page is checked
    in the menu it is shown with, where its section is open."""
    page = (site / url / "index.html") if url else (site / "index.html")
    text = page.read_text(encoding="utf-8")
    nav = text[text.index("md-nav--primary") :]
    nav = nav[: nav.index('<div class="md-content"')]
    return [
        (href, label.strip())
        for href, label in re.findall(
            r'<a href="([^"#]*)" class="md-nav__link[^"]*">\s*<span class="md-ellipsis">\s*([^<]+?)\s*<',
            nav,
        )
    ]


def _site_path(page_url: str, href: str) -> str:
    """A nav href on the page at ``page_url``, as a site path like ``districts/banan/``."""
    path = posixpath.normpath(posixpath.join(page_url, href))
    return "" if path == "." else path + "/"


def test_every_generated_page_has_a_menu_entry_with_its_own_title(real):
    project, site = real
    generated = [
        rel for rel in generate_pages(enrich(Corpus.load(Project(project)))) if rel.endswith(".md")
    ]
    assert len(generated) >= 25
    seen: set[str] = set()
    for rel in generated:
        url = rel[: -len(".md")].removesuffix("index") + (
            "/" if not rel.endswith("index.md") else ""
        )
        labels = {_site_path(url, href): label for href, label in nav_links(site, url)}
        assert url in labels, f"{rel} is in no menu"
        assert labels[url] == h1_of(site, url), (rel, labels[url])
        seen.update(labels.values())
    # Hand-written pages too, but the home page, whose entry is 首页 by convention.
    for href, _ in nav_links(site):
        url = _site_path("", href)
        if url:
            labels = {_site_path(url, h): label for h, label in nav_links(site, url)}
            assert labels[url] == h1_of(site, url), href
    assert {"大事记", "区县数据对比", "数据概览", "学校名录", "术语表"} <= seen


def test_every_section_is_reachable_from_the_home_page(real):
    # Pruned, the home page's menu links each section to its first page.
    _, site = real
    linked = {_site_path("", href) for href, _ in nav_links(site)}
    assert {"districts/", "themes/", "facts/", "library/", "chronology/", "guide/"} <= linked


def test_search_index_never_points_at_citation_or_tags(real):
    _, site = real
    for query in ("六大工程", "心理健康", "集团化办学"):
        hits = index_search(site / "search", query)
        assert hits, query
        anchors = [unquote(h["url"].partition("#")[2]) for h in hits]
        assert not [a for a in anchors if a in ("cite", "tagged") or a.startswith("tag:")], query


@pytest.fixture(params=[1280, 390], ids=["1280px", "390px"])
def tab(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.mark.browser
def test_reference_pages_are_menu_entries(tab, real_url, screenshot):
    tab.goto(real_url)
    drawer = tab.locator("label.md-header__button[for='__drawer']")  # holds the menu on a phone
    if tab.viewport_size["width"] < 1220:
        drawer.click()
        # Pruned, a closed section is a link to its first page, where it opens.
        tab.locator(".md-nav--primary a.md-nav__link", has_text="参考").first.click()
        tab.wait_for_url(real_url + "chronology/")
        drawer.click()
    else:
        tab.locator(".md-tabs__link", has_text="参考").click()
        tab.wait_for_url(real_url + "chronology/")
    nav = tab.locator("nav.md-nav--primary")
    for title in ("大事记", "学校名录", "术语表"):
        # The open page's own entry is the label that folds out its contents.
        entry = nav.locator(".md-nav__link:visible").filter(
            has_text=re.compile(rf"^\s*{title}\s*$")
        )
        entry.first.wait_for(state="visible", timeout=3_000)  # the drawer slides in
        assert entry.first.is_visible(), title
    screenshot(tab, f"nav-reference-{tab.viewport_size['width']}")
    nav.get_by_role("link", name="学校名录", exact=True).first.click()
    tab.wait_for_url(real_url + "schools/")
    assert tab.locator("article h1").inner_text().replace("¶", "").strip() == "学校名录"


def run_search(tab, real_url, query):
    tab.goto(real_url + "articles/dazu/dazu-jiaoyu-nuan-wanjia-xingfu-ban-chengzhang/")
    if tab.viewport_size["width"] < 1220:
        tab.locator("label.md-header__button[for='__search']").click()
    box = tab.locator("input.md-search__input")
    box.fill(query)
    tab.wait_for_selector(".md-search-result[data-almanac-state=done]")
    return box


@pytest.mark.browser
def test_search_lists_articles_first_and_folds_listing_pages(tab, real_url, screenshot):
    run_search(tab, real_url, "心理健康")
    shown = tab.locator("li.almanac-search-result")
    hrefs = shown.evaluate_all("els => els.map(e => e.querySelector('a').getAttribute('href'))")
    assert hrefs and all("/articles/" in h for h in hrefs), hrefs
    meta = tab.locator(".md-search-result__meta").inner_text()
    count = int(re.search(r"另有 (\d+) 个索引页面", meta).group(1))
    # Listing pages are indexed by their titles and headings only: the theme's page,
    # not every listing that quotes an article on the theme.
    assert count >= 1 and re.match(rf"已?找到 {len(hrefs)} 篇文章", meta)
    toggle = tab.locator(".almanac-search-group__toggle")
    assert (
        toggle.get_attribute("aria-expanded") == "false" and f"（{count}）" in toggle.inner_text()
    )
    screenshot(tab, f"search-grouped-{tab.viewport_size['width']}")
    toggle.click()
    listings = tab.locator("li.almanac-search-result--listing")
    assert listings.count() == count
    assert all("心理健康" in text for text in listings.all_inner_texts())
    assert tab.locator(".almanac-search-group__toggle").get_attribute("aria-expanded") == "true"
    order = tab.locator("li.almanac-search-result").evaluate_all(
        "els => els.map(e => e.classList.contains('almanac-search-result--listing'))"
    )
    assert order == sorted(order)  # every article above every listing page


@pytest.mark.browser
def test_enter_opens_the_top_of_a_section(tab, real_url):
    for query in ("心理健康", "六大工程"):
        box = run_search(tab, real_url, query)
        links = tab.locator(".md-search-result a.md-search-result__link")
        hrefs = [
            unquote(h) for h in links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
        ]
        assert not [h for h in hrefs if re.search(r"#(cite|tagged|tag:)", h)], (query, hrefs)
        first = hrefs[0]
        box.press("Enter")
        tab.wait_for_url(re.compile(re.escape(first.split("#")[0]) + ".*"))
        anchor = unquote(tab.evaluate("() => location.hash")).lstrip("#")
        if anchor:
            target = tab.locator(f"[id='{anchor}']")
            assert target.evaluate("e => e.tagName") in ("H2", "H3"), (query, anchor)
            tab.wait_for_function(
                "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; }",
                arg=target.element_handle(),
            )


@pytest.mark.browser
def test_school_directory_lists_destinations_apart(tab, real_url, screenshot):
    # Issue 16, item 1: 清华大学 (考入…) is not a 巴南区 高校; it is under 合作与去向院校.
    tab.goto(real_url + "schools/banan/")

    def names_under(heading: str) -> list[str]:
        # The bold names of the list items between this heading and the next one.
        return tab.evaluate(
            """h => { const out = []; let el = [...document.querySelectorAll('article h2')]
            .find(e => e.textContent.replace('¶', '').trim() === h).nextElementSibling;
            for (; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling)
              el.querySelectorAll(':scope > li').forEach(li => out.push(li.textContent.trim().split('\\n')[0].trim()));
            return out; }""",
            heading,
        )

    own = names_under("巴南区 · 高校")
    assert "重庆理工大学（又作“理工大学”）" in own and not [
        n for n in own if n.startswith(("清华大学", "浙江大学"))
    ], own
    apart = names_under("巴南区 · 合作与去向院校")
    assert "清华大学（升学去向）" in apart and "成都高新区社区学院（合作方）" in apart, apart
    heading = tab.locator("article h2", has_text="巴南区 · 合作与去向院校")
    heading.scroll_into_view_if_needed()
    assert heading.is_visible()
    screenshot(tab, f"schools-apart-{tab.viewport_size['width']}")


def test_no_sentence_is_repeated_in_a_figures_list(real):
    # Issue 16, item 3: one sentence once, with all its figures (the teacher sentence
    # of 巴南区 has six figures; it was listed six times).
    _, site = real
    lists = checked = 0
    for page in sorted((site / "districts").rglob("index.html")) + sorted(
        (site / "articles").rglob("index.html")
    ):
        html = page.read_text(encoding="utf-8")
        for block in re.findall(
            r'<ul class="almanac-(?:other|article)-facts">(.*?)</ul>', html, re.S
        ):
            sentences = [
                re.sub(r"<[^>]+>", "", s)
                for s in re.findall(
                    # up to its 《title》 (district pages) or its end (article pages)
                    r'<span class="almanac-fact-sentence">(.*?)(?: <small>— 《|</span></li>)',
                    block,
                    re.S,
                )
            ]
            assert len(sentences) == len(set(sentences)), page
            lists += 1
            checked += len(sentences)
    assert lists >= 8 and checked >= 100
    banan = (site / "districts" / "banan" / "index.html").read_text(encoding="utf-8")
    teacher = [
        s
        for s in re.findall(r'<span class="almanac-fact-sentence">(.*?)</small>', banan, re.S)
        if s.startswith("巴南区现有市区级骨干校长")
    ]
    assert len(teacher) == 1 and teacher[0].count('class="almanac-fact"') >= 6


@pytest.mark.browser
def test_a_sentence_with_many_figures_reads_once(tab, real_url):
    tab.goto(real_url + "districts/banan/")
    items = tab.locator("ul.almanac-other-facts > li")
    texts = items.all_inner_texts()
    assert len(texts) == len(set(texts)) and len(texts) >= 10
    teacher = items.filter(has_text="巴南区现有市区级骨干校长")
    assert teacher.count() == 1
    teacher.scroll_into_view_if_needed()
    assert teacher.is_visible()
    figures = teacher.locator("span.almanac-fact a")
    assert figures.count() >= 6 and "174人" in figures.all_inner_texts()
    box = teacher.bounding_box()
    assert (
        box["x"] >= 0 and box["x"] + box["width"] <= tab.viewport_size["width"] + 1
    )  # wraps at 390 px
