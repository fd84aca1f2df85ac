"""Chinese search in a real browser: Debian's Chromium types into Material's
header search box on the site built from the real articles (docs/articles),
served on 127.0.0.1. The index is generator/search/'s, the matching
docs/javascripts/almanac-search.js's."""

from __future__ import annotations

import json
from urllib.parse import unquote

import pytest
import search_reference as ref
from conftest import build_site, make_project_copy, serve_directory

from generator.search import extract as sx

pytestmark = pytest.mark.browser

ACCEPTANCE_QUERIES = [
    "集团化办学",
    "心理健康",
    "双减",
    "领雁工程",
    "大足",
    "教联体",
    "家长学校",
    "名师工作室",
    "陶行知",
    "跳绳",
    "近视防控",
    "党建",
]
ARTICLE = "articles/dazu/dazu-jiaoyu-nuan-wanjia-xingfu-ban-chengzhang/"


@pytest.fixture(scope="module")
def real_site(tmp_path_factory):
    project = make_project_copy(tmp_path_factory.mktemp("search-project"), articles=None)
    return build_site(project)


@pytest.fixture(scope="module")
def real_site_url(real_site):
    with serve_directory(real_site) as url:
        yield url


@pytest.fixture
def search(page, real_site_url):
    page.set_default_timeout(10_000)
    page.goto(real_site_url + ARTICLE)

    def run(query: str):
        box = page.locator("input.md-search__input")
        box.fill("")
        page.wait_for_selector(".md-search-result[data-almanac-state=idle]", state="attached")
        box.fill(query)
        page.wait_for_selector(".md-search-result[data-almanac-state=done]")
        return page.locator("li.almanac-search-result")

    return run


def texts(results) -> list[str]:
    return [r.inner_text() for r in results.all()]


def test_acceptance_queries_rank_pages_containing_the_term(search):
    for query in ACCEPTANCE_QUERIES:
        results = search(query)
        shown = texts(results)
        assert shown, query
        first_page = results.first.locator("a").first
        assert query in shown[0], (query, shown[0])
        assert all(query in text for text in shown), (query, [t for t in shown if query not in t])
        # Whole-term highlighting: every mark in the first result is the term itself.
        marks = results.first.locator("mark").all_inner_texts()
        assert marks and set(marks) == {query}, (query, marks)
        assert first_page.get_attribute("href").startswith("http"), query


def test_terms_separated_by_a_space_must_all_occur(search):
    shown = texts(search("心理 健康"))
    assert shown
    assert all("心理" in t and "健康" in t for t in shown)


def test_no_match_says_so(search, page):
    assert search("火星探测器").count() == 0
    assert page.locator(".md-search-result__meta").inner_text() == "没有找到符合条件的结果"


def test_one_character_and_latin_queries(search, page):
    shown = texts(search("绳"))
    assert shown and all("绳" in t for t in shown)
    for query in ("AI", "MIDI", "midi"):
        shown = texts(search(query))
        assert shown, query
        assert all(query.upper() in t for t in shown), query
    # A Latin term only matches at the start of a word.
    assert search("IDI").count() == 0


def test_results_link_to_sections_and_show_the_district(search, page, real_site_url):
    results = search("教联体")
    first = results.first
    assert first.get_attribute("data-district") == "巴南区"
    assert first.locator(".almanac-search-district").inner_text() == "巴南区"
    href = first.locator("a").first.get_attribute("href")
    assert "#" in href and href.split("#", 1)[1]
    first.locator("a").first.click()
    page.wait_for_url("**/articles/banan/**")
    # The followed page marks the whole term, in the section the link points at.
    marks = page.locator("article .almanac-search-marked mark")
    assert marks.count() >= 1 and set(marks.all_inner_texts()) == {"教联体"}
    anchor = unquote(href.split("#", 1)[1])
    assert page.locator(f"article h2[id='{anchor}'], article h3[id='{anchor}']").count() == 1


def test_offline_edition_searches_from_the_file_system(page, tmp_path_factory):
    # fetch() is refused from file://: the offline build carries search/bundle.js.
    project = make_project_copy(tmp_path_factory.mktemp("search-offline"))
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ALMANAC_OFFLINE", "true")
        site = build_site(project)
    assert (site / "search" / "bundle.js").is_file()
    page.set_default_timeout(10_000)
    page.goto((site / "districts" / "dazu.html").as_uri())
    page.locator("input.md-search__input").fill("集团化办学")
    page.wait_for_selector(".md-search-result[data-almanac-state=done]")
    results = page.locator("li.almanac-search-result")
    assert results.count() >= 1
    assert all("集团化办学" in t for t in texts(results))
    href = results.first.locator("a").first.get_attribute("href")
    assert href.startswith("file://") and ".html" in href


def test_browser_fetches_candidates_in_the_reference_order(page, real_site, real_site_url):
    # Title hits first, one chunk per page (a long district page's later chunks do
    # not crowd out other pages' titles), then heading hits, then the rest by id.
    page.goto(real_site_url)
    for query in ("大足", "教联体", "心理 健康", "AI", "火星"):
        terms = query.split()
        got = page.evaluate("terms => window.almanacSearch.candidates(terms)", terms)
        assert got == ref.ranked_candidates(real_site / "search", query), query
    index = real_site / "search"
    manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    titled = ref._shard_entry(index, manifest, "#大足")
    pages = {}
    for doc in (index / "docs").glob("*.json"):
        pages.update(json.loads(doc.read_text(encoding="utf-8"))["p"])
    # At most one title-hit chunk per page whose title has the term, and those come first.
    assert 0 < len(titled) <= sum("大足" in p["t"] for p in pages.values())
    assert ref.ranked_candidates(index, "大足")[: len(titled)] == titled


def test_index_of_the_real_site_is_the_same_with_html_parser(real_site):
    # lxml reads the written pages (almanac search-index, --dirty builds); on the real
    # pages it must give exactly what html.parser gives.
    fast = sx.collect_pages(real_site)
    assert len(fast) > 20
    assert sx.collect_pages(real_site, fast=False) == fast


def test_keyboard_opens_moves_through_and_follows_results(page, real_site_url):
    # As in Material: / or s focuses the box (not while typing elsewhere), ArrowDown/ArrowUp
    # move a visible highlight (aria-activedescendant over a listbox), Enter opens it,
    # Escape closes the results and gives the focus back. (心理健康: several articles,
    # so several options even while the listing pages are folded away.)
    page.set_default_timeout(10_000)
    page.goto(real_site_url + ARTICLE)
    box = page.locator("input.md-search__input")

    def focused():
        return page.evaluate(
            "document.activeElement && (document.activeElement.id || document.activeElement.className || document.activeElement.tagName)"
        )

    page.evaluate(
        "() => { const i = document.createElement('input'); i.id = 'other-field'; document.querySelector('article').prepend(i); }"
    )
    page.locator("#other-field").focus()
    page.keyboard.press("s")
    page.keyboard.press("/")
    assert page.locator("#other-field").input_value() == "s/" and focused() == "other-field"
    assert not page.locator("#__search").is_checked()

    link = page.locator("article a[href]").first
    link.focus()
    page.evaluate("document.activeElement.setAttribute('data-was-focused', '1')")
    page.keyboard.press("/")
    assert page.locator("#__search").is_checked() and "md-search__input" in focused()
    assert box.input_value() == ""  # the key itself is not typed
    page.keyboard.type("心理健康")
    page.wait_for_selector(".md-search-result[data-almanac-state=done]")
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-expanded") == "true"
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    assert listbox.get_attribute("role") == "listbox"
    options = listbox.locator("[role=option]")
    assert options.count() >= 2
    assert page.locator(".md-search-result [role=listbox] > :not([role=presentation])").count() == 0
    assert box.get_attribute("aria-activedescendant") is None

    def active():
        ids = options.evaluate_all(
            "els => els.filter(e => e.getAttribute('aria-selected') === 'true').map(e => e.id)"
        )
        marked = options.evaluate_all(
            "els => els.filter(e => e.classList.contains('almanac-search-active')).map(e => e.id)"
        )
        assert ids == marked and len(ids) <= 1
        assert box.get_attribute("aria-activedescendant") == (ids[0] if ids else None)
        return ids[0] if ids else None

    ids = options.evaluate_all("els => els.map(e => e.id)")
    assert len(set(ids)) == len(ids) and all(ids)
    page.keyboard.press("ArrowDown")
    assert active() == ids[0] and "md-search__input" in focused()
    # The highlight is visible: its background differs from the other results'
    # (polled: Material animates the link background, so the first frames match).
    page.wait_for_function(
        "() => { const o = document.querySelectorAll('.md-search-result [role=option]');"
        " return getComputedStyle(o[0]).backgroundColor !== getComputedStyle(o[1]).backgroundColor; }",
        timeout=5000,
    )
    page.keyboard.press("ArrowDown")
    assert active() == ids[1]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert active() == ids[-1]  # wraps round, as Material's
    page.keyboard.press("ArrowDown")
    assert active() == ids[0]

    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
    assert page.evaluate("document.activeElement.getAttribute('data-was-focused')") == "1"
    assert active() is None and box.get_attribute("aria-expanded") == "false"

    page.keyboard.press("s")
    assert (
        page.locator("#__search").is_checked()
        and "md-search__input" in focused()
        and box.input_value() == "心理健康"
    )
    assert box.get_attribute("aria-expanded") == "true"
    page.wait_for_selector(".md-search-result[data-almanac-state=done]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    target = options.nth(1).get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_url(target)
    marks = page.locator("article .almanac-search-marked mark")
    # textContent: some marks sit in the facts list's folded source quotes (<q>), not rendered.
    assert marks.count() >= 1 and set(marks.evaluate_all("els => els.map(e => e.textContent)")) == {
        "心理健康"
    }
