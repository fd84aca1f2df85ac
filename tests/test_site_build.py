"""The built site (mkdocs build --strict of the fixture project): pages,
article headers, captions, tags and edit links."""

from __future__ import annotations

import re

from conftest import build_site, make_project_copy
from test_themes import REQUIRED_THEMES

from generator.store import read_article, render_article

EDIT = "https://github.com/chongqing-almanac/district-education-almanac/edit/main/docs/"


def html(site, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8")


def edit_link(page: str) -> str | None:
    found = re.search(r'<a href="([^"]+)" title="编辑此页"', page)
    return found.group(1) if found else None


def test_every_district_theme_and_article_page_is_built(built_site):
    for slug in ("banan", "nanan", "jiulongpo", "dazu"):
        assert (built_site / "districts" / slug / "index.html").is_file()
    built_titles = {
        re.search(r"<h1[^>]*>([^<]+)", p.read_text(encoding="utf-8")).group(1)
        for p in (built_site / "themes").glob("*/index.html")
    }
    assert set(REQUIRED_THEMES) <= built_titles
    articles = sorted(p.parent.name for p in (built_site / "articles").glob("*/*/index.html"))
    assert articles == [
        "banan-liuda-gongcheng",
        "dazu-jiaoyu",
        "jiulongpo-youzhi",
        "nanan-jituanhua",
    ]


def test_navigation_has_the_six_sections(built_site):
    home = html(built_site, ".")
    tabs = re.findall(r'class="md-tabs__link[^"]*">\s*([^<\s]+)', home)
    assert tabs == ["首页", "区县", "专题", "数据", "全部文章", "参考", "编辑指南"]


def test_sidebar_lists_generated_pages_under_their_tab(built_site):
    district = html(built_site, "districts/banan")
    for slug, name in (("nanan", "南岸区"), ("jiulongpo", "九龙坡区"), ("dazu", "大足区")):
        assert re.search(
            rf'<a href="\.\./{slug}/" class="md-nav__link">\s*<span class="md-ellipsis">\s*{name}',
            district,
        ), name
    # Articles stay out of the navigation (it is rendered into every page).
    article = html(built_site, "articles/nanan/nanan-jituanhua")
    assert 'href="../../../articles/nanan/nanan-jituanhua/"' not in district
    assert "md-nav__link--active" not in article


def test_article_header_captions_and_tags(built_site):
    page = html(built_site, "articles/banan/banan-liuda-gongcheng")
    header = re.search(r'<div class="almanac-article-meta">(.*?)</div>', page, re.S).group(1)
    assert '<a href="../../../districts/banan/">巴南区</a>' in header
    assert "何霜、杜林燕、胡忠英" in header
    assert "巴南区教委" in header
    assert "seeds/000_2d21e9a95bca8af9.txt" in header
    assert '<a href="../../../themes/liudagongcheng/">六大工程</a>' in header
    captions = re.search(r'<figure class="almanac-captions">(.*?)</figure>', page, re.S).group(1)
    assert (
        "<figcaption>图片说明" in captions and "<li>巴南小学的学生们学习制作铜版画</li>" in captions
    )
    assert "<p>巴南小学的学生们学习制作铜版画</p>" not in page
    tags = re.search(r'<nav class="md-tags"\s*>(.*?)</nav>', page, re.S).group(1)
    assert 'href="../../../themes/liudagongcheng/#tag:六大工程"' in tags
    assert "石刻文化" in html(built_site, "articles/dazu/dazu-jiaoyu")


def test_source_markdown_stays_clean(site_project):
    source = (site_project / "docs/articles/banan/banan-liuda-gongcheng.md").read_text(
        encoding="utf-8"
    )
    assert "almanac-article-meta" not in source and "{: #p-" not in source


def test_edit_links_point_at_the_file_to_change(built_site):
    assert (
        edit_link(html(built_site, "articles/nanan/nanan-jituanhua"))
        == EDIT + "articles/nanan/nanan-jituanhua.md"
    )
    assert edit_link(html(built_site, "themes/liudagongcheng")) == EDIT + "data/themes.yml"
    assert edit_link(html(built_site, "themes")) == EDIT + "data/themes.yml"
    # Reference pages: the data file that defines what they list.
    assert edit_link(html(built_site, "glossary")) == EDIT + "data/glossary.yml"
    assert edit_link(html(built_site, "schools")) == EDIT + "data/schools.yml"
    assert edit_link(html(built_site, "facts")) == EDIT + "data/metrics.yml"
    assert edit_link(html(built_site, "chronology")) is None
    assert edit_link(html(built_site, "districts/banan")) is None
    assert edit_link(html(built_site, "library")) is None


def test_deep_links_resolve_to_ids_in_the_target_page(built_site):
    theme = html(built_site, "themes/liudagongcheng")
    links = re.findall(r'href="\.\./\.\./articles/banan/banan-liuda-gongcheng/#([^"]+)"', theme)
    assert len(links) >= 6
    article = html(built_site, "articles/banan/banan-liuda-gongcheng")
    for anchor in links:
        assert f'id="{anchor}"' in article


def test_editing_an_article_and_rebuilding_updates_district_and_theme_pages(tmp_path):
    root = make_project_copy(tmp_path / "p")
    path = root / "docs/articles/jiulongpo/jiulongpo-youzhi.md"
    article = read_article(path)
    meta = dict(article.meta, title="九龙坡区新标题")
    body = article.body + "\n## 双减落地\n\n九龙坡区落实双减，课后服务全覆盖。\n"
    path.write_text(render_article(meta, body), encoding="utf-8")
    site = build_site(root)
    district = html(site, "districts/jiulongpo")
    assert "九龙坡区新标题" in district and "九龙坡区办好人民满意的教育" not in district
    theme = html(site, "themes/shuangjian")
    assert 'id="jiulongpo"' in theme
    assert "九龙坡区新标题 › 双减落地" in theme
    assert 'href="../../articles/jiulongpo/jiulongpo-youzhi/#双减落地"' in theme


def test_interface_strings_are_chinese(built_site):
    pages = {
        p.relative_to(built_site).as_posix(): p.read_text(encoding="utf-8")
        for p in built_site.rglob("*.html")
    }
    # English defaults of Python-Markdown's toc and Material's 404 and footer templates.
    for english in ('title="Permanent link"', "404 - Not found", "Made with"):
        assert [rel for rel, text in pages.items() if english in text] == []
    assert '<html lang="zh"' in pages["index.html"]
    assert (
        'class="headerlink" href="#' in pages["guide/index.html"]
        and 'title="本标题的永久链接"' in pages["guide/index.html"]
    )
    assert "本站使用" in pages["index.html"] and "Material for MkDocs" in pages["index.html"]
    not_found = pages["404.html"]
    assert "<h1>404 - 页面不存在</h1>" in not_found
    assert re.search(r'请回到<a href="[^"]+">首页</a>', not_found)


def test_home_page_leads_to_every_reference_page(built_site):
    home = html(built_site, ".")
    content = home[home.index("<article") : home.index("</article>")]
    for target in (
        "districts/",
        "themes/",
        "facts/",
        "overview/",
        "library/",
        "chronology/",
        "schools/",
        "glossary/",
        "guide/",
    ):
        assert f'href="{target}"' in content, target
