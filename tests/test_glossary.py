"""术语表: editor definitions, usage across districts, tooltips inside Chinese text."""

import markdown
import pytest
from reader_project import load_corpus, make_project

from generator.enrich.almanac import enrich
from generator.enrich.glossary import GlossaryError, abbreviation_markdown, glossary, load_terms
from generator.render.glossary_page import pages
from tests.helpers import almanac_data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return load_corpus(tmp_path_factory.mktemp("glossary"))


REQUIRED = ["双减", "五育并举", "优质均衡", "集团化办学", "教联体", "领雁工程", "三个课堂"]


def test_the_data_file_defines_the_issue_terms(corpus):
    terms = {t.term: t for t in load_terms(corpus.project.data_dir)}
    for name in REQUIRED:
        assert len(terms[name].definition) >= 10


def test_usage_lists_districts_and_articles(corpus):
    terms = {t.term: t for t in glossary(corpus, list(almanac_data(corpus).terms))}
    assert terms["双减"].districts == ["九龙坡区", "南岸区", "巴南区"]
    assert terms["教联体"].districts == ["巴南区"]
    assert {e.docs_path for e in terms["领雁工程"].entries} == {
        "articles/banan/liuda-gongcheng.md",
        "articles/dazu/nuan-wanjia.md",
    }
    page = pages(enrich(corpus))["glossary/index.md"]
    assert "## 集团化办学" in page and "使用区县：九龙坡区、南岸区、巴南区" in page
    # An HTML list (as Markdown would print it): the link as MkDocs resolves it.
    assert (
        '<li><a href="../articles/dazu/nuan-wanjia/">《大足 教育“暖万家”幸福伴成长》</a> · 大足区</li>'
        in page
    )


def test_abbreviation_lines_only_for_terms_in_the_text(corpus):
    terms = load_terms(corpus.project.data_dir)
    lines = abbreviation_markdown(terms, "巴南区持续深化五育并举，助力“双减”落地。").splitlines()
    assert [ln.split("]")[0] for ln in lines] == ["*[五育并举", "*[双减"]


def test_tooltips_work_inside_chinese_text_but_not_in_headings_or_links():
    md = markdown.Markdown(extensions=["generator.cjk_abbr", "attr_list"])
    html = md.convert(
        "## 深化五育并举\n\n深化五育并举，[五育并举](x.md)后又谈五育并举。\n\n*[五育并举]: 德智体美劳全面发展"
    )
    assert html.count('<abbr title="德智体美劳全面发展">五育并举</abbr>') == 2
    assert "<h2>深化五育并举</h2>" in html and '<a href="x.md">五育并举</a>' in html


def test_latin_neighbours_do_not_match():
    md = markdown.Markdown(extensions=["generator.cjk_abbr"])
    html = md.convert("AI课堂与AIX\n\n*[AI]: 人工智能")
    assert html.count("<abbr") == 1


def test_duplicate_or_incomplete_terms_are_reported_with_the_file(tmp_path):
    project = make_project(tmp_path, with_fixtures=False)
    path = project.data_dir / "glossary.yml"
    path.write_text(
        "terms:\n  - {term: 双减, definition: 甲}\n  - {term: 减负, definition: 乙, aliases: [双减]}\n",
        encoding="utf-8",
    )
    with pytest.raises(GlossaryError, match=r"glossary\.yml.*双减.*重复"):
        load_terms(project.data_dir)
    path.write_text("terms:\n  - {term: 双减}\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"glossary\.yml.*第 1 个术语"):
        load_terms(project.data_dir)
