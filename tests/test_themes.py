"""Theme taxonomy (docs/data/themes.yml) and section/paragraph-level matching."""

from __future__ import annotations

import re
import textwrap

import pytest
from conftest import PROJECT_ROOT, make_project_copy

from generator.corpus import Corpus
from generator.enrich.themes import TaxonomyError, ThemeTaxonomy, excerpt, index_themes
from generator.project import Project
from generator.store import render_article

REQUIRED_THEMES = [
    "六大工程",
    "集团化办学",
    "心理健康",
    "双减",
    "家校社协同育人",
    "产教融合",
    "教育数字化",
    "近视防控",
    "教师队伍建设",
    "教育评价改革",
    "特殊教育",
    "劳动教育",
    "校园安全",
    "党建引领",
    "体育与艺术",
    "科技创新教育",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return Corpus.load(Project(make_project_copy(tmp_path_factory.mktemp("themes"))))


@pytest.fixture(scope="module")
def index(corpus):
    return index_themes(corpus, ThemeTaxonomy.load(corpus.project.data_dir))


def test_taxonomy_has_every_required_theme_with_ascii_slug():
    taxonomy = ThemeTaxonomy.load(PROJECT_ROOT / "docs" / "data")
    names = [t.name for t in taxonomy.themes]
    assert set(REQUIRED_THEMES) <= set(names)
    slugs = [t.slug for t in taxonomy.themes]
    assert len(set(slugs)) == len(slugs)
    assert all(re.fullmatch(r"[a-z0-9-]+", s) for s in slugs)
    six = taxonomy.get("六大工程")
    assert [p.name for p in six.projects] == [
        "民生工程",
        "铸魂工程",
        "培根工程",
        "领雁工程",
        "健康工程",
        "融合工程",
    ]


def test_heading_that_names_a_theme_links_the_section(index):
    six = index.taxonomy.get("六大工程")
    minsheng = index.project_evidence(six, six.projects[0])
    assert len(minsheng) == 1
    assert minsheng[0].paragraph is None
    assert minsheng[0].anchor == "升温民生工程-教育暖心惠民"
    assert minsheng[0].link == "articles/banan/banan-liuda-gongcheng.md#升温民生工程-教育暖心惠民"
    assert "民生工程" in minsheng[0].excerpt


def test_paragraph_mention_links_the_paragraph(index):
    items = [e for e in index.evidence["xinli-jiankang"] if e.entry.district == "巴南区"]
    assert len(items) == 1
    assert items[0].paragraph is not None
    assert items[0].anchor.startswith("p-")
    assert items[0].place == "布局“健康工程” 服务学生成长成才"


def test_one_evidence_per_theme_and_section(index):
    seen = [(slug, id(e.section)) for slug, items in index.evidence.items() for e in items]
    assert len(seen) == len(set(seen))


def test_group_schooling_covers_every_district_with_groups(index, corpus):
    theme = index.taxonomy.get("集团化办学")
    assert set(index.by_district(theme, corpus)) == {"巴南区", "南岸区", "九龙坡区"}


def test_front_matter_themes_add_taxonomy_themes_and_extra_tags(index, corpus):
    dazu = next(e for e in corpus.entries if e.district == "大足区")
    assert "劳动教育" in [t.name for t in index.article_themes[dazu.docs_path]]
    assert index.tags(dazu)[-1] == "石刻文化"
    assert "科技创新教育" in index.tags(dazu)


def test_excerpt_centres_on_the_mention():
    text = "甲" * 200 + "心理健康" + "乙" * 200
    cut = excerpt(text, 200, 40)
    assert "心理健康" in cut and cut.startswith("…") and cut.endswith("…")
    assert excerpt("短句。", 0) == "短句。"


def test_bad_taxonomy_names_file_and_line(tmp_path):
    (tmp_path / "themes.yml").write_text(
        textwrap.dedent(
            """\
            themes:
              - {slug: ok, name: 甲, keywords: [甲]}
              - {slug: 不是ASCII, name: 乙, keywords: [乙]}
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(TaxonomyError, match=r"themes\.yml:3: .*slug"):
        ThemeTaxonomy.load(tmp_path)


def test_duplicate_theme_is_an_error(tmp_path):
    (tmp_path / "themes.yml").write_text(
        "themes:\n  - {slug: a, name: 甲}\n  - {slug: b, name: 甲}\n", encoding="utf-8"
    )
    with pytest.raises(TaxonomyError, match=r"themes\.yml:3: .*甲"):
        ThemeTaxonomy.load(tmp_path)


def test_matching_scales_linearly_in_scans(tmp_path):
    """Each heading and paragraph is scanned once, however many articles there are."""
    project = make_project_copy(tmp_path / "p")
    for n in range(30):
        meta = {
            "title": f"文章{n}",
            "district": "巴南区",
            "district_slug": "banan",
            "authors": [],
            "captions": [],
        }
        path = project / "docs" / "articles" / "banan" / f"x{n:02d}.md"
        path.write_text(render_article(meta, "## 心理健康\n\n开展心理辅导。\n"), encoding="utf-8")
    corpus = Corpus.load(Project(project))
    taxonomy = ThemeTaxonomy.load(corpus.project.data_dir)
    calls = []
    import generator.enrich.themes as themes

    original = themes._Matcher.find
    themes._Matcher.find = lambda self, text: calls.append(text) or original(self, text)
    try:
        index = index_themes(corpus, taxonomy)
    finally:
        themes._Matcher.find = original
    units = sum(
        len(e.sections) + sum(len(s.paragraphs) for s in e.sections) for e in corpus.entries
    )
    assert len(calls) <= units
    assert (
        len([e for e in index.evidence["xinli-jiankang"] if e.entry.title.startswith("文章")]) == 30
    )


def test_project_name_alone_does_not_put_an_article_under_the_theme(tmp_path):
    project = make_project_copy(tmp_path / "p")
    meta = {
        "title": "大足区教师发展",
        "district": "大足区",
        "district_slug": "dazu",
        "authors": [],
        "captions": [],
    }
    path = project / "docs" / "articles" / "dazu" / "lingyan.md"
    path.write_text(
        render_article(meta, "## 深耕强师\n\n申报市级领雁工程“教研工作坊”项目。\n"),
        encoding="utf-8",
    )
    corpus = Corpus.load(Project(project))
    index = index_themes(corpus, ThemeTaxonomy.load(corpus.project.data_dir))
    six = index.taxonomy.get("六大工程")
    assert "大足区" not in index.by_district(six, corpus)
    assert [e.entry.district for e in index.project_evidence(six, six.projects[3])] == ["巴南区"]
