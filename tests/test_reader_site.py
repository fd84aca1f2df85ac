"""The reader features in a built site: anchors, citations, tooltips, the offline zip."""

import functools
import html
import http.server
import re
import threading
import zipfile

import pytest
from reader_project import build_site, make_project
from test_site_links import broken_links

from bench.chromium import launch
from generator.offline import zip_site


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture project built twice: the normal site and the offline edition (zipped)."""
    tmp = tmp_path_factory.mktemp("reader-site")
    project = make_project(tmp / "project")
    build_site(project, tmp / "site")
    build_site(project, tmp / "offline-site", offline=True)
    zip_site(tmp / "offline-site", tmp / "almanac-offline.zip", top="almanac")
    return tmp


def read(path):
    return path.read_text(encoding="utf-8")


def test_chronology_links_land_on_existing_paragraph_ids(built):
    page = read(built / "site" / "chronology" / "index.html")
    links = re.findall(r'href="\.\./(articles/[^"#]+)#(p-[0-9a-f]{8})"', page)
    assert len(links) >= 6
    for path, anchor in links:
        assert f'id="{anchor}"' in read(built / "site" / path / "index.html")


def test_every_article_page_has_a_citation_and_heading_permalinks(built):
    articles = sorted((built / "site" / "articles").rglob("index.html"))
    assert len(articles) == 6
    for page in articles:
        text = read(page)
        assert '<h2 id="cite">引用本文' in text and "永久链接" in text
        headings = re.findall(r'<h[23] id="([^"]+)"', text)
        permalinks = re.findall(r'<a class="headerlink" href="#([^"]+)"', text)
        assert headings and headings == permalinks


def test_school_and_glossary_pages_link_to_articles(built):
    # 学校名录 lists the districts; each district's page quotes its schools.
    index = read(built / "site" / "schools" / "index.html")
    assert 'href="banan/"' in index and "articles/" not in index.split('class="md-content"')[1]
    schools = read(built / "site" / "schools" / "banan" / "index.html")
    assert "鱼洞二小" in schools and 'href="../../articles/banan/liuda-gongcheng/#p-' in schools
    glossary = read(built / "site" / "glossary" / "index.html")
    assert 'id="教联体"' in glossary and 'href="../articles/banan/chengjiao-gongsheng/"' in glossary


def test_offline_edition_links_html_files(built):
    index = read(built / "offline-site" / "index.html")
    assert 'href="chronology/index.html"' in index
    with zipfile.ZipFile(built / "almanac-offline.zip") as archive:
        names = archive.namelist()
    assert "almanac/index.html" in names and "almanac/chronology/index.html" in names


def test_offline_edition_has_no_broken_internal_link(built):
    # From the file system a link must name the file itself (no directory index).
    problems, checked = broken_links(built / "offline-site")
    assert problems == [] and checked > 500
    directory_links = [
        href
        for page in (built / "offline-site").rglob("*.html")
        for href in re.findall(r'<a [^>]*href="([^"#:]*/)(?:#[^"]*)?"', read(page))
    ]
    assert directory_links == []


@pytest.fixture(scope="module")
def chromium(request):
    """The suite's shared ``browser`` when a conftest provides one (Playwright's sync
    API allows one instance per process), else a browser of our own."""
    try:
        shared = request.getfixturevalue("browser")
    except pytest.FixtureLookupError:
        shared = None
    if shared is not None:
        yield shared
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        own = launch(p)
        yield own
        own.close()


def local_only(route):
    url = route.request.url
    if url.startswith(("file://", "http://127.0.0.1")):
        route.continue_()
    else:
        route.abort()  # fonts and CDN shims: the tests never use the network


@pytest.fixture(scope="module")
def server(built):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built / "site"))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.browser
def test_glossary_tooltip_appears_on_hover(chromium, server):
    page = chromium.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(10_000)
    page.route("**/*", local_only)
    page.goto(f"{server}/articles/banan/chengjiao-gongsheng/")
    term = page.locator("article abbr", has_text="教联体").first
    tooltip = page.locator(".md-tooltip2--active")
    assert tooltip.count() == 0
    term.hover()
    tooltip.wait_for(state="visible")
    assert "协同育人" in tooltip.inner_text()
    page.close()


@pytest.mark.browser
def test_offline_zip_opens_from_the_file_system(chromium, built, tmp_path):
    with zipfile.ZipFile(built / "almanac-offline.zip") as archive:
        archive.extractall(tmp_path)
    page = chromium.new_page(
        viewport={"width": 1400, "height": 900}
    )  # wide enough for the side nav
    page.set_default_timeout(10_000)
    page.route("**/*", local_only)
    page.goto((tmp_path / "almanac" / "index.html").as_uri())
    assert page.title().endswith("区县教育年鉴")
    assert page.locator("a[href='chronology/index.html']").count() >= 1
    # The nav layout is the site's business; open the page the way a reader's link would.
    page.goto((tmp_path / "almanac" / "chronology" / "index.html").as_uri())
    assert page.locator("article h1").inner_text().strip().rstrip("¶") == "大事记"
    link = page.locator("article a[href*='zonghe-gaige.html#p-']").first
    target = html.unescape(link.get_attribute("href"))
    link.click()
    page.wait_for_url("**/zonghe-gaige.html#p-*")
    anchor = target.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").is_visible()
    page.close()
