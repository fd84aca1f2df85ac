"""generator/paths.py (issue 15): the one owner of page paths and URLs."""

from __future__ import annotations

import re
from pathlib import Path

from generator.paths import (
    SitePaths,
    article_url,
    district_page,
    relative_link,
    site_root,
    theme_page,
)

GENERATOR = Path(__file__).resolve().parents[1] / "generator"


def test_page_paths_and_urls_in_both_url_styles():
    assert district_page("banan") == "districts/banan.md" and theme_page("x") == "themes/x.md"
    assert article_url("articles/banan/a.md") == "articles/banan/a/"
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


def test_the_district_page_path_is_spelled_once():
    # search/ names the built pages' URLs (districts/banan/), not the page paths.
    spelled = [
        p.relative_to(GENERATOR).as_posix()
        for p in GENERATOR.rglob("*.py")
        if "structure" not in p.relative_to(GENERATOR).parts
        and "search" not in p.relative_to(GENERATOR).parts
        and re.search(r"""f["']districts/\{""", p.read_text(encoding="utf-8"))
    ]
    assert spelled == ["paths.py"]


def test_a_page_url_is_made_from_its_path_in_paths_py_only():
    # Entry.url, facts links, citations and lists all ask paths.py; the built site's
    # URLs that search/ reads back from site/ are its own business.
    spelled = [
        p.relative_to(GENERATOR).as_posix()
        for p in GENERATOR.rglob("*.py")
        if "search" not in p.relative_to(GENERATOR).parts
        and 'len(".md")' in p.read_text(encoding="utf-8")
    ]
    assert spelled == ["paths.py"]
