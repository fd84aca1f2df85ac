"""Facts across the corpus: acceptance figures with provenance, corrections,
downloads agreeing with the table, determinism."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from facts_support import load_corpus

from generator import paths
from generator.corpus import Corpus
from generator.enrich.almanac import enrich
from generator.enrich.facts import MetricTaxonomy, article_facts, corpus_facts, normalise
from generator.paths import SitePaths
from generator.render import facts_page
from generator.store import ArticleFormatError
from tests.helpers import almanac_data


@pytest.fixture()
def corpus(tmp_path):
    return load_corpus(tmp_path / "almanac")


def paragraph_text(corpus, docs_path, anchor):
    entry = next(e for e in corpus.entries if e.docs_path == docs_path)
    return next(normalise(p.text) for _, p in entry.paragraphs() if p.anchor == anchor)


# (district, metric, value, unit, qualifier, period, words the quoted sentence must contain)
ACCEPTANCE = [
    ("巴南区", "education-groups", 7, "个", "", "", "组建7个优质教育集团"),
    ("巴南区", "group-students", 42872, "人", "", "", "惠及义务教育阶段学生42872人"),
    ("巴南区", "school-districts", 14, "个", "", "", "组建14个学区"),
    ("巴南区", "education-investment", 3_170_000_000, "元", "", "近五年", "财政性资金投入31.7亿元"),
    ("巴南区", "school-construction", 24, "所", "", "近五年", "新建学校24所"),
    ("巴南区", "new-school-places", 45990, "个", "", "近五年", "新增学位45990个"),
    ("南岸区", "education-groups", 35, "个", "", "", "全区35个教育集团"),
    ("南岸区", "group-students", 170000, "人", "", "", "惠及17万学生"),
    ("南岸区", "new-school-places", 4410, "个", "", "", "新增学位4410个"),
    ("南岸区", "labour-bases", 84, "个", "", "", "劳动教育实践基地84个"),
    ("九龙坡区", "education-groups", 10, "个", "", "", "10大教育集团"),
    ("九龙坡区", "education-investment", 3_580_000_000, "元", "", "2022年起三年", "投入35.8亿元"),
    ("九龙坡区", "psychological-stations", 76, "个", "", "", "校内心理健康辅导站76个"),
    ("九龙坡区", "master-teacher-studios", 53, "个", "", "近年来", "名班主任工作室53个"),
    ("大足区", "master-teacher-studios", 51, "个", "", "近年来", "名班主任工作室51个"),
    ("大足区", "parent-schools", 128, "所", "", "", "家长学校分校128所"),
    ("大足区", "left-behind-children", 17000, "名", "近", "", "守护近1.7万名留守儿童"),
    ("大足区", "school-districts", 8, "个", "", "", "八个学区"),
]


def test_acceptance_figures_link_to_their_sentence(corpus):
    facts = corpus_facts(corpus, almanac_data(corpus).metrics)
    for district, metric, value, unit, qualifier, period, words in ACCEPTANCE:
        found = [
            s
            for s in facts
            if s.district == district and s.fact.metric == metric and s.fact.value == value
        ]
        assert len(found) == 1, (district, metric, value, [s.fact.display for s in found])
        sourced = found[0]
        assert (sourced.fact.unit, sourced.fact.qualifier, sourced.fact.period) == (
            unit,
            qualifier,
            period,
        )
        assert words in sourced.fact.sentence
        assert sourced.fact.sentence in paragraph_text(corpus, sourced.docs_path, sourced.anchor)
        assert sourced.link == sourced.url + "#" + sourced.anchor
        assert sourced.url.startswith(f"articles/{sourced.district_slug}/")


def test_two_figures_for_one_metric_both_listed(corpus):
    facts = corpus_facts(corpus, almanac_data(corpus).metrics)
    jlp = [
        (s.fact.label, s.fact.value)
        for s in facts
        if s.district == "九龙坡区" and s.fact.metric == "school-construction"
    ]
    assert jlp == [("新建", 10), ("改造", 10)]


def test_no_figure_is_attributed_to_a_metric_it_does_not_state(corpus):
    facts = corpus_facts(corpus, almanac_data(corpus).metrics)
    by_metric = {}
    for s in facts:
        by_metric.setdefault((s.district, s.fact.metric), []).append(s.fact.value)
    # Sub-groups, other kinds of places and community parent schools stay unclassified.
    assert by_metric[("南岸区", "education-groups")] == [35]
    assert by_metric[("南岸区", "new-school-places")] == [4410]
    assert by_metric[("大足区", "parent-schools")] == [128]
    assert by_metric[("巴南区", "education-investment")] == [3_170_000_000, 276_000_000]
    # Every district's figure comes from that district's own articles.
    for s in facts:
        assert s.docs_path.startswith(f"articles/{s.district_slug}/")
    # No year, ordinal or date ever becomes a value.
    values = {s.fact.value for s in facts}
    assert not values & {2018, 2020, 2021, 2022, 2025}
    assert all(s.fact.unit not in ("年", "届", "月", "日") for s in facts)


def test_unclassified_facts_are_kept(corpus):
    facts = corpus_facts(corpus, almanac_data(corpus).metrics)
    unclassified = [s for s in facts if s.fact.metric is None]
    assert any(s.fact.display == "2000余人" or s.fact.display == "600余人" for s in unclassified)
    assert any(s.fact.display == "500多项" for s in unclassified)
    assert any(s.fact.display == "超6000人" for s in unclassified)


def set_front_matter_facts(corpus, docs_path, facts_yaml):
    path = corpus.project.docs_dir / docs_path
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    path.write_text(head + "\n" + facts_yaml.strip() + "\n---\n" + rest, encoding="utf-8")
    return type(corpus).load(corpus.project)


def test_correction_in_front_matter_replaces_extracted_figures(corpus):
    corrected = set_front_matter_facts(
        corpus,
        "articles/banan/liu-da-gong-cheng.md",
        """
facts:
  - metric: education-investment
    value: 3170000000
    period: 近五年
    sentence: 近五年来财政性资金投入31.7亿元
    note: 2.76亿元已含在内
  - metric: special-grade-teachers
    value: null
  - value: 3
    unit: 个
    sentence: 荣获一等奖3个
""",
    )
    facts = corpus_facts(corrected, almanac_data(corrected).metrics)
    invest = [
        s for s in facts if s.district == "巴南区" and s.fact.metric == "education-investment"
    ]
    assert [(s.fact.value, s.source, s.note, s.fact.period) for s in invest] == [
        (3_170_000_000, "editor", "2.76亿元已含在内", "近五年")
    ]
    assert invest[0].anchor and "31.7亿元" in paragraph_text(
        corrected, invest[0].docs_path, invest[0].anchor
    )
    assert invest[0].fact.display == "31.7亿元"  # shown as a reader writes it, not 3170000000元
    assert not [
        s for s in facts if s.district == "巴南区" and s.fact.metric == "special-grade-teachers"
    ]
    # Other articles and other metrics are untouched.
    assert [
        s.fact.value
        for s in facts
        if s.district == "巴南区" and s.fact.metric == "new-school-places"
    ] == [45990]
    # The correction reaches the table and the downloads.
    almanac = enrich(corrected)
    assert "2.76亿元已含在内" in facts_page.facts_csv(almanac.facts)
    assert ">2.76亿元</a>" in facts_page.facts_page(enrich(corpus))
    assert ">2.76亿元</a>" not in facts_page.facts_page(almanac)


def test_correction_survives_reimport_because_the_file_counts_as_hand_edited(corpus):
    from generator.store import read_article, render_article

    path = corpus.project.docs_dir / "articles/nanan/xing-fu-jiao-yu.md"
    imported = read_article(path)
    path.write_text(render_article(imported.meta, imported.body), encoding="utf-8")
    assert not read_article(path).hand_edited
    corrected = set_front_matter_facts(
        corpus,
        "articles/nanan/xing-fu-jiao-yu.md",
        "facts:\n  - {metric: new-school-places, value: 4410}",
    )
    assert read_article(path).hand_edited  # the importer leaves hand-edited files alone
    assert [
        s.source
        for s in corpus_facts(corrected, almanac_data(corrected).metrics)
        if s.fact.metric == "new-school-places" and s.district == "南岸区"
    ] == ["editor"]


@pytest.mark.parametrize(
    "facts_yaml, message",
    [
        ("facts:\n  - {metric: no-such-metric, value: 1}", "未知指标"),
        ("facts:\n  - {metric: new-school-places, value: many}", "value 须为数字"),
        ("facts: 12", "应为列表"),
        ("facts:\n  - {metric: new-school-places, value: 1, paragraph: p-00000000}", "找不到段落"),
    ],
)
def test_bad_corrections_name_file_and_line(corpus, facts_yaml, message):
    broken = set_front_matter_facts(corpus, "articles/dazu/nuan-wan-jia.md", facts_yaml)
    with pytest.raises(ArticleFormatError) as info:
        corpus_facts(broken, almanac_data(broken).metrics)
    assert info.value.path.endswith("nuan-wan-jia.md")
    lines = (
        (broken.project.docs_dir / "articles/dazu/nuan-wan-jia.md")
        .read_text(encoding="utf-8")
        .split("\n")
    )
    assert info.value.line == next(
        i for i, line in enumerate(lines, start=1) if line.startswith("facts:")
    )
    assert info.value.line > 1
    assert message in str(info.value)


class CellFacts(HTMLParser):
    """Reads every figure of the facts table as (district, metric, figure, link):
    the district from its column, the metric from its row, the figure and its
    link from the figure's own link (links made root-relative, as the downloads'
    url column has them)."""

    def __init__(self):
        super().__init__()
        self.in_table = False
        self.columns: list[str] = []
        self.row_metric = ""
        self.cell = -1
        self.in_head_th = False
        self.figure: list[str] | None = None  # [href, text] of a figure's first link
        self.in_fact = False
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.in_table = True
        if not self.in_table:
            return
        if tag == "th" and attrs.get("scope") == "col":
            self.in_head_th = True
            self.columns.append("")
        elif tag == "th" and attrs.get("scope") == "row":
            self.row_metric = attrs["id"].removeprefix("metric-")
            self.cell = -1
        elif tag == "td":
            self.cell += 1
        elif tag == "span" and attrs.get("class") == "almanac-fact":
            self.in_fact = True
        elif tag == "a" and self.in_fact and self.figure is None:
            self.figure = [attrs["href"].removeprefix("../"), ""]

    def handle_data(self, data):
        if self.in_head_th:
            self.columns[-1] += data
        elif self.figure is not None and self.in_fact:
            self.figure[1] += data

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_table = False
        elif tag == "th":
            self.in_head_th = False
        elif tag == "a" and self.figure is not None and self.in_fact:
            district = self.columns[1:][self.cell]
            self.found.append((district, self.row_metric, self.figure[1], self.figure[0]))
            self.figure = None
            self.in_fact = False  # its quote's links are not the figure's


def test_csv_json_and_table_agree(corpus):
    pages = facts_page.pages(enrich(corpus))
    parser = CellFacts()
    parser.feed(pages["facts/index.md"])
    table = sorted(parser.found)
    assert len(table) >= len(ACCEPTANCE)

    rows = list(csv.DictReader(io.StringIO(pages["facts/facts.csv"].lstrip("\ufeff"))))
    keys = ("district", "metric", "display", "url")
    from_csv = sorted(tuple(r[k] for k in keys) for r in rows if r["metric"])
    assert from_csv == table

    payload = json.loads(pages["facts/facts.json"])
    # The JSON holds shared parts once, yet gives back every row of the CSV, to the letter.
    assert facts_page.facts_json_rows(payload) == rows
    assert [m["slug"] for m in payload["metrics"]] == [
        m.slug for m in MetricTaxonomy.load(corpus.project.data_dir / "metrics.yml").metrics
    ]
    # Unclassified facts are in the downloads too, with provenance.
    assert any(not r["metric"] and r["paragraph"].startswith("p-") for r in rows)


def test_json_download_holds_each_sentence_and_article_once(corpus):
    payload = json.loads(facts_page.facts_json(enrich(corpus).facts))
    facts = payload["facts"]["rows"]
    sentences = [tuple(s) for s in payload["sentences"]["rows"]]
    articles = [a[0] for a in payload["articles"]["rows"]]
    assert len(set(sentences)) == len(sentences) < len(facts)  # a sentence of two figures: once
    assert len(set(articles)) == len(articles)
    assert all(len(row) == len(payload["facts"]["columns"]) for row in facts)
    # No key names per fact: the rows are lists, their names given once.
    assert payload["facts"]["columns"] == list(facts_page.JSON_FACT_COLUMNS)
    assert all(isinstance(row, list) for row in facts)


def test_json_reader_refuses_another_format():
    with pytest.raises(ValueError, match="almanac-facts/2"):
        facts_page.facts_json_rows({"format": "almanac-facts/1"})


def test_table_escapes_quoted_sentences(corpus):
    page = facts_page.facts_page(enrich(corpus))
    assert 'title="巴南区以深化集团化办学' in page
    assert "“城区学校+农村学校”" in page  # quotes stay typographic; HTML specials are escaped
    corrected = set_front_matter_facts(
        corpus,
        "articles/dazu/nuan-wan-jia.md",
        'facts:\n  - {metric: parent-schools, value: 128, note: "<b>\\"x\\"</b>"}',
    )
    page = facts_page.facts_page(enrich(corrected))
    assert "<b>" not in page and "&lt;b&gt;" in page


def test_charts_for_metrics_of_two_or_more_districts(corpus):
    almanac = enrich(corpus)
    page = facts_page.facts_page(almanac)
    data = almanac.facts
    shared = [m.slug for m, _ in facts_page.comparable_metrics(data)]
    assert "education-groups" in shared
    assert "labour-bases" not in shared  # only 南岸区 reports it
    # 新增学位: 4410个 (no period) and 45990个 (近五年) are not charted as equals
    assert "new-school-places" not in shared
    assert page.count("<svg") == len(shared)
    assert '<title id="chart-education-groups-title">教育集团数量（个）</title>' in page
    assert 'fill="currentColor"' in page


def test_district_facts_markdown(corpus):
    almanac = enrich(corpus)
    text = facts_page.district_facts_markdown(almanac, "大足区")
    assert "家长学校分校" in text and 'href="../../articles/dazu/nuan-wan-jia/#p-' in text
    # Its shared metrics link to their charts on the facts page (no copy of them here).
    assert "<svg" not in text
    assert "[学区数量](../facts/index.md#compare-school-districts)" in text
    assert "其他数字" in text and "1300多名" in text
    assert "巴南区以深化" not in text  # only its own sentences are quoted
    assert facts_page.district_facts_markdown(almanac, "万州区") == ""
    custom = facts_page.district_facts_markdown(
        almanac, "大足区", page_path="districts/dazu/index.md"
    )
    assert 'href="../../articles/dazu/nuan-wan-jia/#p-' in custom


def test_relative_urls():
    assert (
        paths.relative_url("facts/index.md", "articles/banan/x/#p-1") == "../articles/banan/x/#p-1"
    )
    assert (
        paths.relative_url("districts/banan.md", "articles/banan/x/#p-1")
        == "../../articles/banan/x/#p-1"
    )
    assert paths.relative_url("articles/banan/x.md", "facts/") == "../../../facts/"
    # use_directory_urls: false (the offline edition): pages are files, links name them.
    assert paths.page_url("articles/banan/x.md", False) == "articles/banan/x.html"
    assert paths.page_url("facts/index.md", False) == "facts/index.html"
    assert (
        paths.relative_url("facts/index.md", "articles/banan/x.html#p-1", False)
        == "../articles/banan/x.html#p-1"
    )
    assert (
        paths.relative_url("districts/banan.md", "articles/banan/x.html#p-1", False)
        == "../articles/banan/x.html#p-1"
    )


def test_district_facts_follow_use_directory_urls(corpus):
    almanac = enrich(corpus)
    offline = facts_page.district_facts_markdown(
        almanac, "大足区", page_path="districts/dazu.md", site=SitePaths(directory_urls=False)
    )
    assert 'href="../articles/dazu/nuan-wan-jia.html#p-' in offline
    assert not re.search(r'href="[^"]*/#p-', offline)
    table = facts_page.pages(almanac, SitePaths(directory_urls=False))["facts/index.md"]
    assert 'href="../articles/dazu/nuan-wan-jia.html#p-' in table and not re.search(
        r'href="[^"]*/#p-', table
    )


def test_output_is_deterministic(tmp_path):
    first = facts_page.pages(enrich(load_corpus(tmp_path / "one")))
    second = facts_page.pages(enrich(load_corpus(tmp_path / "two")))
    assert first == second
    assert list(first) == ["facts/index.md", "facts/facts.csv", "facts/facts.json"]


def test_cli_prints_facts_and_reports_bad_corrections(corpus, capsys):
    from generator.cli import main

    root = str(corpus.project.root)
    assert main(["--root", root, "facts"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("district,district_slug,metric")
    assert "家长学校分校128所" in out
    assert main(["--root", root, "facts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["facts"]["rows"]
    set_front_matter_facts(
        corpus, "articles/dazu/nuan-wan-jia.md", "facts:\n  - {metric: nope, value: 1}"
    )
    assert main(["--root", root, "facts"]) == 1
    err = capsys.readouterr().err
    assert "nuan-wan-jia.md:10:" in err and "未知指标" in err


def test_editor_figures_are_shown_with_their_qualifier():
    from generator.enrich.facts import compose_display

    assert compose_display("1.7万", "名", "近") == "近1.7万名"
    assert compose_display("2000", "人", "余") == "2000余人"
    assert compose_display("90", "%", "以上") == "90%以上"


def test_almanac_pages_writes_the_downloads_for_other_engines(corpus):
    from generator.build import write_pages
    from generator.render.site import generate_pages

    assert write_pages(corpus.project, quiet=True) == 0
    expected = generate_pages(enrich(corpus))
    for rel in ("facts/index.md", "facts/facts.csv", "facts/facts.json"):
        assert (corpus.project.docs_dir / rel).read_text(encoding="utf-8") == expected[rel]


def test_a_paragraph_repeated_in_another_article_keeps_its_own_source(tmp_path):
    # Facts are extracted once per distinct paragraph text; each article's copy
    # must still point at that article and paragraph.
    project_root = tmp_path / "almanac"
    corpus = load_corpus(project_root)
    source = corpus.entries[0]
    paragraph = next(p for _, p in source.paragraphs() if re.search(r"\d", p.text))
    copy = project_root / "docs" / "articles" / "dazu" / "copy-of-a-paragraph.md"
    copy.write_text(
        "---\ntitle: 复述的段落\ndistrict: 大足区\ndistrict_slug: dazu\n---\n\n"
        "这一段只为占位。\n\n" + paragraph.text + "\n",
        encoding="utf-8",
    )
    corpus = Corpus.load(corpus.project)
    taxonomy = MetricTaxonomy.load(corpus.project.data_dir / "metrics.yml")
    by_path = {e.docs_path: e for e in corpus.entries}
    original = [
        f
        for f in article_facts(by_path[source.docs_path], taxonomy)
        if f.anchor == paragraph.anchor
    ]
    repeated = article_facts(by_path["articles/dazu/copy-of-a-paragraph.md"], taxonomy)
    assert original and [f.fact for f in repeated] == [f.fact for f in original]
    assert {(f.docs_path, f.district, f.paragraph_index) for f in repeated} == {
        ("articles/dazu/copy-of-a-paragraph.md", "大足区", 1)
    }
    copied = [p for _, p in by_path["articles/dazu/copy-of-a-paragraph.md"].paragraphs()][1]
    assert {f.anchor for f in repeated} == {copied.anchor}
