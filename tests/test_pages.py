"""Generated browsing pages (plain Python, no MkDocs): districts, themes, indexes."""

from __future__ import annotations

import re

import pytest
from conftest import make_project_copy
from test_themes import REQUIRED_THEMES

from generator.cli import main as almanac
from generator.corpus import Corpus
from generator.enrich.almanac import enrich
from generator.project import Project
from generator.render.site import generate_pages
from generator.store import read_article, render_article

BANAN = "articles/banan/banan-liuda-gongcheng.md"
SIX_SECTIONS = {
    "民生工程": "升温民生工程-教育暖心惠民",
    "铸魂工程": "夯实铸魂工程-养成好习惯受益终身",
    "培根工程": "做特培根工程-教师队伍大树成荫",
    "领雁工程": "优化领雁工程-群雁齐飞促均衡",
    "健康工程": "布局健康工程-服务学生成长成才",
    "融合工程": "巧推融合工程-促进区域经济发展",
}


def pages_of(root) -> dict[str, str]:
    return generate_pages(enrich(Corpus.load(Project(root))))


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return pages_of(make_project_copy(tmp_path_factory.mktemp("pages")))


def section(page: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same level."""
    level = re.match(r"#+", heading).group(0)
    start = page.index(heading + "\n")
    rest = page[start + len(heading) :]
    end = re.search(rf"^{level} ", rest, re.M)
    return rest[: end.start()] if end else rest


def test_a_page_per_district_and_per_theme(pages):
    for slug in ("banan", "nanan", "jiulongpo", "dazu"):
        assert f"districts/{slug}.md" in pages
    titles = {
        re.search(r"^title: (.+)$", text, re.M).group(1)
        for path, text in pages.items()
        if path.startswith("themes/")
    }
    assert set(REQUIRED_THEMES) <= titles
    assert {"districts/index.md", "themes/index.md", "library/index.md", "overview.md"} <= set(
        pages
    )


def test_six_projects_link_to_their_sections(pages):
    projects = section(pages["themes/liudagongcheng.md"], "## 分项")
    for name, anchor in SIX_SECTIONS.items():
        line = next(ln for ln in projects.splitlines() if ln.startswith(f"- **{name}**"))
        assert f"(../articles/banan/banan-liuda-gongcheng.md#{anchor})" in line


def test_theme_page_groups_evidence_by_district_with_deep_links(pages):
    page = pages["themes/jituanhua-banxue.md"]
    for name, slug in (("巴南区", "banan"), ("南岸区", "nanan"), ("九龙坡区", "jiulongpo")):
        body = section(page, f"## {name} {{ #{slug} }}")
        # An HTML list (theme pages quote thousands): links as MkDocs would resolve them.
        assert re.search(
            r'<li><a href="\.\./\.\./articles/[a-z]+/[a-z-]+/#[^"]+">[^<]+</a>：\S', body
        ), body
    assert "## 大足区" not in page
    mental = pages["themes/xinli-jiankang.md"]
    for name in ("巴南区", "南岸区", "九龙坡区"):
        assert f"## {name} " in mental


def test_district_page_lists_articles_and_its_section_of_every_theme(pages):
    page = pages["districts/nanan.md"]
    articles = section(page, "## 文章")
    assert (
        "### [南岸区推进集团化办学 35个教育集团集中签约授牌](../articles/nanan/nanan-jituanhua.md)"
        in articles
    )
    assert "南岸区教育系统推进集团化办学，全区35个教育集团集中签约授牌。" in articles
    assert "[集团化办学](../themes/jituanhua-banxue.md#nanan)" in articles
    # Each theme links to the district's excerpts on the theme page (not copied here).
    themes = section(page, "## 专题")
    assert "- [集团化办学](../themes/jituanhua-banxue.md#nanan)：1 篇文章" in themes
    assert "- [心理健康](../themes/xinli-jiankang.md#nanan)：1 篇文章" in themes
    assert "六大工程" not in themes
    excerpt = section(pages["themes/jituanhua-banxue.md"], "## 南岸区 { #nanan }")
    assert 'href="../../articles/nanan/nanan-jituanhua/#' in excerpt and "：" in excerpt
    assert "(../articles/nanan/nanan-jituanhua.md#" not in themes


def test_theme_pages_name_the_taxonomy_as_their_edit_source(pages):
    assert "\nedit_source: data/themes.yml\n" in pages["themes/shuangjian.md"]
    assert "edit_source" not in pages["districts/banan.md"]


def test_output_is_deterministic(tmp_path):
    root = make_project_copy(tmp_path / "p")
    assert pages_of(root) == pages_of(root)


def test_new_district_gets_a_page_without_code_changes(tmp_path):
    root = make_project_copy(tmp_path / "p")
    meta = {
        "title": "彩云县开展劳动教育",
        "district": "彩云县",
        "authors": ["记者"],
        "captions": [],
    }
    target = root / "docs" / "articles" / "caiyun" / "laodong.md"
    target.parent.mkdir(parents=True)
    target.write_text(
        render_article(meta, "## 劳动实践\n\n彩云县建设劳动教育基地。\n"), encoding="utf-8"
    )
    pages = pages_of(root)
    assert "districts/caiyun.md" in pages
    assert "# 彩云县" in pages["districts/caiyun.md"]
    assert "## 彩云县 { #caiyun }" in pages["themes/laodong-jiaoyu.md"]


def test_editing_an_article_updates_district_and_theme_pages(tmp_path):
    root = make_project_copy(tmp_path / "p")
    path = root / "docs" / "articles" / "dazu" / "dazu-jiaoyu.md"
    article = read_article(path)
    before = pages_of(root)
    assert "大足区" not in section(before["themes/xinli-jiankang.md"], "# 心理健康")
    meta = dict(article.meta, title="大足区改写后的标题")
    path.write_text(
        render_article(meta, article.body + "\n## 阳光心灵\n\n大足区开展学生心理健康普查。\n"),
        encoding="utf-8",
    )
    after = pages_of(root)
    assert "大足区改写后的标题" in after["districts/dazu.md"]
    assert "大足区以五育并举办好家门口的好学校" not in after["districts/dazu.md"]
    assert "## 大足区 { #dazu }" in after["themes/xinli-jiankang.md"]
    assert "大足区改写后的标题 › 阳光心灵" in after["themes/xinli-jiankang.md"]
    assert "大足区改写后的标题" in after["library/index.md"]


def test_almanac_pages_writes_the_same_markdown(tmp_path):
    root = make_project_copy(tmp_path / "p")
    assert almanac(["--root", str(root), "pages", "-q"]) == 0
    for rel, text in pages_of(root).items():
        assert (root / "docs" / rel).read_text(encoding="utf-8") == text


def test_bad_taxonomy_fails_almanac_pages_and_writes_nothing(tmp_path, capsys):
    root = make_project_copy(tmp_path / "p")
    (root / "docs" / "data" / "themes.yml").write_text(
        "themes:\n  - {slug: Bad Slug, name: 甲}\n", encoding="utf-8"
    )
    assert almanac(["--root", str(root), "pages"]) == 1
    assert "themes.yml:2:" in capsys.readouterr().err
    assert not (root / "docs" / "districts").exists()


def test_article_without_district_is_a_clear_error(tmp_path, capsys):
    root = make_project_copy(tmp_path / "p")
    path = root / "docs" / "articles" / "dazu" / "dazu-jiaoyu.md"
    article = read_article(path)
    path.write_text(
        render_article({k: v for k, v in article.meta.items() if k != "district"}, article.body),
        encoding="utf-8",
    )
    assert almanac(["--root", str(root), "pages"]) == 1
    # almanac check runs first (generator/build.py): its words, at the article's line.
    assert "docs/articles/dazu/dazu-jiaoyu.md:2: 缺少 district（必填）" in capsys.readouterr().err


def test_front_matter_theme_links_the_whole_article(pages):
    page = pages["themes/laodong-jiaoyu.md"]
    assert (
        '<a href="../../articles/dazu/dazu-jiaoyu/">大足区以五育并举办好家门口的好学校 › 全文</a>：'
        in page
    )
