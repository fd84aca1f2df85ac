"""Figures a reader can compare (issue 16, item 3): in the metric's unit, with their
period and qualifier, figures of different periods not charted as equals, and other
places' figures (全市, 国家) not counted as the district's."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_project import load_corpus

from generator.enrich.almanac import enrich
from generator.enrich.facts import MetricTaxonomy, extract_facts
from generator.render import facts_page

METRICS = MetricTaxonomy.load(Path(__file__).resolve().parents[1] / "docs" / "data" / "metrics.yml")


@pytest.mark.parametrize(
    ("text", "metric", "value", "unit", "measure", "shown", "in_unit"),
    [
        ("已组建10大教育集团。", "education-groups", 10, "个", "大", "10大", "10个"),
        ("惠及17万学生。", "group-students", 170_000, "人", "", "17万", "17万人"),
        ("特级教师10名。", "special-grade-teachers", 10, "人", "名", "10名", "10人"),
        ("惠及学生42872人。", "group-students", 42872, "人", "人", "42872人", "42872人"),
        (
            "投入35.8亿元。",
            "education-investment",
            3_580_000_000,
            "元",
            "元",
            "35.8亿元",
            "35.8亿元",
        ),
        (
            "守护近1.7万名留守儿童。",
            "left-behind-children",
            17000,
            "名",
            "名",
            "近1.7万名",
            "近1.7万名",
        ),
    ],
)
def test_a_figure_is_given_in_its_metrics_unit(text, metric, value, unit, measure, shown, in_unit):
    (fact,) = [f for f in extract_facts(text, METRICS) if f.metric]
    assert (fact.metric, fact.value, fact.unit, fact.measure) == (metric, value, unit, measure)
    assert (fact.display, fact.in_unit) == (shown, in_unit)


def test_a_plans_figures_carry_its_years():
    text = "2022年，区政府出台《优质教育布局规划建设三年行动计划》，投入35.8亿元，新建10所学校。"
    periods = {f.metric: f.period for f in extract_facts(text, METRICS)}
    assert periods["education-investment"] == "2022年起三年"
    assert extract_facts("近五年来财政性资金投入31.7亿元。", METRICS)[0].period == "近五年"


@pytest.mark.parametrize(
    ("text", "shown", "scope"),
    [
        ("成为全市4个率先入围国家135个先行创建区之一。", "4个", "全市"),
        ("成为全市4个率先入围国家135个先行创建区之一。", "135个", "国家"),
        ("作为重庆市中外人文交流实验区（全市仅4个），连续承办。", "4个", "全市"),
        ("全区已组建7个教育集团。", "7个", ""),
        ("获得国家级奖35个。", "35个", ""),  # 国家级: a level of award, the district's own
    ],
)
def test_context_figures_are_another_places(text, shown, scope):
    fact = next(f for f in extract_facts(text, METRICS) if f.display == shown)
    assert fact.scope == scope
    if scope:
        assert fact.metric is None  # never one of the district's metrics


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return enrich(load_corpus(tmp_path_factory.mktemp("comparable"), real_articles=True))


def test_seed_figures_of_different_periods_are_not_charted_as_equals(seeds):
    data = seeds.facts
    by_metric = {c.metric.slug: c for c in data.comparisons}
    investment = by_metric["education-investment"]
    assert investment.charted == []  # 2022年起三年, 近五年 and one with no period
    assert {(f.district, f.fact.period) for f in investment.others} == {
        ("九龙坡区", "2022年起三年"),
        ("巴南区", "近五年"),
        ("巴南区", ""),
    }
    groups = by_metric["education-groups"]
    assert {f.fact.in_unit for f in groups.charted} == {"10个", "35个", "7个"}
    page = facts_page.facts_page(seeds)
    assert "各区县的数字时期不同，不宜直接比较，不作图" in page
    assert "chart-education-investment" not in page and "chart-new-school-places" not in page
    assert '<small class="almanac-incomparable">不可直接比较</small>' in page
    assert '17万人</a><small class="almanac-fact-written">（原文“17万学生”）' in page
    # The chart of 集团化办学惠及学生 compares people with people.
    students = page[page.index('<desc id="chart-group-students-desc">') :]
    assert students.startswith('<desc id="chart-group-students-desc">南岸区 17万人；巴南区 42872人')


def test_seed_context_figures_are_marked_and_not_the_districts(seeds):
    data = seeds.facts
    context = [f for f in data.facts if f.fact.scope]
    assert {(f.district, f.fact.display, f.fact.scope) for f in context} >= {
        ("南岸区", "4个", "全市"),
        ("南岸区", "135个", "国家"),
    }
    assert all(f.fact.metric is None for f in context)
    page = facts_page.district_facts_markdown(seeds, "南岸区")
    assert page.count("〔全市〕") == 2 and page.count("〔国家〕") == 1
    assert (
        '<small class="almanac-fact-context" title="背景数字，不计入本区县">〔国家〕</small>'
        in page
    )
