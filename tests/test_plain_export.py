"""Issue 8, "any engine that reads mkdocs.yml can build the site": ``almanac
pages --out DIR`` writes a complete MkDocs project without the almanac plugin.
Built with MkDocs and the plugin removed (what Zensical would run), it has the
article headers, paragraph anchors, captions, tags, citations and tooltips,
and not one broken internal link (before: 519 broken ``#p-…`` links)."""

from __future__ import annotations

import re

import pytest
from conftest import build_site, make_project_copy
from test_site_build import EDIT, edit_link, html
from test_site_links import broken_links

from generator.cli import main as almanac


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("plain")
    root = make_project_copy(tmp / "checkout")
    assert almanac(["--root", str(root), "pages", "-q", "--out", str(tmp / "plain")]) == 0
    return tmp / "plain"


@pytest.fixture(scope="module")
def plain_site(plain):
    return build_site(plain)  # --strict: zero warnings


def test_the_plain_project_has_no_almanac_plugin(plain):
    config = (plain / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\n  - almanac\n" not in config and "\n  - tags\n" in config
    article = (plain / "docs/articles/banan/banan-liuda-gongcheng.md").read_text(encoding="utf-8")
    assert re.search(r"^tags:\n- 六大工程$", article, re.M)
    assert "{: #p-" in article and "import_checksum" not in article
    assert (plain / "docs/districts/banan.md").is_file() and (
        plain / "docs/facts/facts.csv"
    ).is_file()
    # The sidebar lists the districts and themes, as the plugin's expanded nav does.
    assert (
        "\n  - 巴南区: districts/banan.md\n" in config
        and "\n  - 心理健康: themes/xinli-jiankang.md\n" in config
    )


def test_built_without_the_plugin_no_link_is_broken(plain_site):
    problems, checked = broken_links(plain_site, root="/")
    assert problems == [] and checked > 500


def test_raw_html_links_start_from_the_site_url_path(plain, tmp_path):
    # Zensical rewrites relative raw-HTML links as if written from the source file
    # (districts/banan.md, one folder above its page): root-relative ones it leaves.
    district = (plain / "docs/districts/banan.md").read_text(encoding="utf-8")
    assert 'href="/articles/banan/' in district and 'href="../../articles/' not in district
    root = make_project_copy(tmp_path / "checkout")
    out = tmp_path / "sub"
    site_url = "https://example.org/almanac/"
    assert (
        almanac(["--root", str(root), "pages", "-q", "--out", str(out), "--site-url", site_url])
        == 0
    )
    district = (out / "docs/districts/banan.md").read_text(encoding="utf-8")
    assert 'href="/almanac/articles/banan/' in district


def test_article_pages_keep_what_the_plugin_adds(plain_site):
    page = (plain_site / "articles/banan/banan-liuda-gongcheng/index.html").read_text(
        encoding="utf-8"
    )
    assert '<div class="almanac-article-meta">' in page
    assert '<figure class="almanac-captions">' in page
    assert '<h2 id="cite">引用本文' in page
    assert re.search(r'<p id="p-[0-9a-f]{8}">', page)
    assert 'href="../../../themes/liudagongcheng/#tag:六大工程"' in page
    assert "<abbr title=" in page
    district = (plain_site / "districts/banan/index.html").read_text(encoding="utf-8")
    assert re.search(
        r'<a href="\.\./nanan/" class="md-nav__link">\s*<span class="md-ellipsis">\s*南岸区',
        district,
    )


def edit_links_of(site):
    """The edit link of an article, a page made from a data file and pages made from none."""
    return [
        edit_link(html(site, rel))
        for rel in (
            "articles/nanan/nanan-jituanhua",
            "themes/liudagongcheng",
            "facts",
            "chronology",
        )
    ] + [edit_link(html(site, "districts/banan"))]


EXPECTED_EDIT_LINKS = [
    EDIT + "articles/nanan/nanan-jituanhua.md",
    EDIT + "data/themes.yml",
    EDIT + "data/metrics.yml",
    None,
    None,
]


def test_edit_links_name_the_checkout_files_not_the_export(plain_site):
    # The engine would link districts/banan.md or chronology/index.md: files only the export has.
    assert edit_links_of(plain_site) == EXPECTED_EDIT_LINKS


def test_refuses_docs_and_foreign_folders(tmp_path, capsys):
    root = make_project_copy(tmp_path / "checkout")
    assert almanac(["--root", str(root), "pages", "--out", str(root / "docs" / "plain")]) == 1
    assert "docs/" in capsys.readouterr().err
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("x", encoding="utf-8")
    assert almanac(["--root", str(root), "pages", "--out", str(foreign)]) == 1
    assert (foreign / "keep.txt").read_text(encoding="utf-8") == "x"
    assert not (root / "docs" / "plain").exists()
    # An earlier export is replaced.
    out = tmp_path / "out"
    assert almanac(["--root", str(root), "pages", "-q", "--out", str(out)]) == 0
    (out / "docs" / "stale.md").write_text("old", encoding="utf-8")
    assert almanac(["--root", str(root), "pages", "-q", "--out", str(out)]) == 0
    assert not (out / "docs" / "stale.md").exists()


def test_a_problem_almanac_check_finds_stops_the_export(tmp_path, capsys):
    root = make_project_copy(tmp_path / "checkout")
    path = root / "docs/articles/dazu/dazu-jiaoyu.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("\n---\n", "\ntheme: [x]\n---\n", 1),
        encoding="utf-8",
    )
    assert almanac(["--root", str(root), "pages", "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "dazu-jiaoyu.md:" in err and "theme" in err
    assert not (tmp_path / "out").exists()
