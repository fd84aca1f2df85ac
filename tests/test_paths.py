"""generator/paths.py (issue 15): the one owner of page paths and URLs."""

from __future__ import annotations

import re
from pathlib import Path

from generator.paths import (
    SitePaths,
    article_url,
    built_page_url,
    district_page,
    relative_link,
    site_root,
    theme_page,
)

GENERATOR = Path(__file__).resolve().parents[1] / "generator"


def test_page_paths_and_urls_in_both_url_styles():
    assert district_page("banan") == "districts/banan.md" and theme_page("x") == "themes/x.md"
    assert article_url("articles/banan/a.md") == "articles/banan/a/"
    # An article file named index.md is served at its folder, as MkDocs builds it.
    assert article_url("articles/banan/index.md") == SitePaths(True).url("articles/banan/index.md")
    online, offline = SitePaths(True), SitePaths(False)
    assert (
        online.url("facts/index.md") == "facts/"
        and offline.url("facts/index.md") == "facts/index.html"
    )
    assert online.url("districts/banan.md") == "districts/banan/"
    assert offline.url("districts/banan.md") == "districts/banan.html"
    assert (
        online.link("districts/banan.md", "articles/banan/a/#p-1") == "../../articles/banan/a/#p-1"
    )
    assert (
        offline.link("districts/banan.md", "articles/banan/a.html#p-1")
        == "../articles/banan/a.html#p-1"
    )
    # A raw-HTML link to a paragraph of another page, in either style.
    assert online.page_link("facts/index.md", "articles/banan/a.md", "p-1") == (
        "../articles/banan/a/#p-1"
    )
    assert offline.page_link("facts/index.md", "articles/banan/a.md", "p-1") == (
        "../articles/banan/a.html#p-1"
    )
    assert online.page_link("facts/index.md", "articles/banan/a.md") == "../articles/banan/a/"
    # Root-relative (the plain export): the same link from any page, under any engine.
    rooted = SitePaths(True, root=site_root("https://x.github.io/almanac"))
    assert rooted.page_link("districts/banan.md", "articles/banan/a.md", "p-1") == (
        "/almanac/articles/banan/a/#p-1"
    )
    assert site_root(None) == "/" and site_root("https://example.org") == "/"
    assert (
        relative_link("articles/banan/a.md#p-1", "districts/banan.md")
        == "../articles/banan/a.md#p-1"
    )


def test_a_built_file_gives_back_the_url_its_page_was_given():
    # search/ reads the built site and names each page by the URL links use.
    for docs_path in ("index.md", "facts/index.md", "districts/banan.md", "articles/banan/a.md"):
        url = SitePaths(True).url(docs_path)
        assert built_page_url(url + "index.html" if url.endswith("/") or not url else url) == url
    for docs_path in ("districts/banan.md", "articles/banan/a.md"):
        assert built_page_url(SitePaths(False).url(docs_path)) == SitePaths(False).url(docs_path)
    # An index page is its folder in the offline edition too (the search script adds index.html).
    assert built_page_url("index.html") == "" and built_page_url("facts/index.html") == "facts/"


def test_the_district_page_path_is_spelled_once():
    spelled = [
        p.relative_to(GENERATOR).as_posix()
        for p in GENERATOR.rglob("*.py")
        if "structure" not in p.relative_to(GENERATOR).parts
        and re.search(r"""f["']districts/\{""", p.read_text(encoding="utf-8"))
    ]
    assert spelled == ["paths.py"]


def test_a_page_url_is_made_from_its_path_in_paths_py_only():
    # Entry.url, facts links, citations, lists and the search index (which reads the
    # built site back) all ask paths.py: .md → / or .html, and index.html → its folder.
    url_rule = re.compile(
        r"""len\(["'](?:\.md|index\.html)["']\)|\.replace\(["']\.(?:html|md)["']"""
    )
    assert url_rule.search('url.replace(".html", "/")') and url_rule.search('[: -len(".md")]')
    spelled = [
        p.relative_to(GENERATOR).as_posix()
        for p in GENERATOR.rglob("*.py")
        if url_rule.search(p.read_text(encoding="utf-8"))
    ]
    assert spelled == ["paths.py"]


def test_every_generated_page_lies_where_check_expects_generated_pages(site_project):
    # docs_tree.GENERATED tells almanac check which docs/ files the build writes (not
    # hand-written pages); a page kind added without it would be checked as an editor's.
    from generator.corpus import Corpus
    from generator.docs_tree import GENERATED
    from generator.enrich.almanac import enrich
    from generator.project import Project
    from generator.render.site import generate_pages

    pages = generate_pages(enrich(Corpus.load(Project(site_project))))
    assert {"districts/banan.md", "facts/index.md", "overview.md"} <= set(pages)
    assert [rel for rel in pages if not rel.startswith(GENERATED)] == []
