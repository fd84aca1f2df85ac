"""The enrich phase (generator/enrich/almanac.py, issue 15): one frozen Almanac per
build, computed from a corpus and data passed in, so it runs on strings with no
checkout behind it, and renders the same pages as the build."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pytest
from conftest import make_project_copy

from generator.corpus import Corpus, Entry
from generator.districts import District, Gazetteer, NationalIndex
from generator.enrich.almanac import AlmanacData, enrich
from generator.enrich.facts import MetricTaxonomy
from generator.enrich.glossary import Term
from generator.enrich.schools import SchoolRules
from generator.enrich.themes import Theme, ThemeTaxonomy
from generator.project import Project
from generator.render.site import generate_pages
from generator.store import parse_article

ARTICLE = """---
title: 巴南区推进集团化办学
district: 巴南区
district_slug: banan
---

2021年3月，巴南区组建7个教育集团，推行“双减”，鱼洞第二小学加入其中。

## 心理健康

2023年，全区开设心理健康课程。
"""


def string_corpus() -> Corpus:
    article = parse_article(ARTICLE, "docs/articles/banan/a.md")
    return Corpus(
        project=Project(Path("/nonexistent")),  # nothing is read from it
        entries=[Entry(article, "articles/banan/a.md")],
        gazetteer=Gazetteer([District("巴南区", "banan")], national=NationalIndex.load()),
    )


def string_data() -> AlmanacData:
    metrics = {
        "metrics": [
            {
                "slug": "education-groups",
                "name": "教育集团数量",
                "unit": "个",
                "phrases": ["#教育集团"],
            }
        ]
    }
    return AlmanacData(
        themes=ThemeTaxonomy([Theme("xinli", "心理健康", "", ("心理健康",))]),
        metrics=MetricTaxonomy.from_data(metrics),
        terms=(Term("双减", "减轻学生作业负担和校外培训负担"),),
        schools=SchoolRules(),
    )


def test_enrich_runs_on_strings():
    almanac = enrich(string_corpus(), string_data())
    assert [t.name for t in almanac.themes.article_themes["articles/banan/a.md"]] == ["心理健康"]
    assert [(f.fact.metric, f.fact.value) for f in almanac.facts.classified()] == [
        ("education-groups", 7)
    ]
    assert [(e.year, e.month) for e in almanac.chronology] == [(2021, 3), (2023, None)]
    assert list(almanac.chronology_by_district) == ["巴南区"]
    assert [t.term for t in almanac.glossary if t.entries] == ["双减"]
    assert "鱼洞第二小学" in {s.name for s in almanac.schools}


def test_the_almanac_is_frozen_and_leaves_its_inputs_alone():
    corpus, data = string_corpus(), string_data()
    almanac = enrich(corpus, data)
    with pytest.raises(dataclasses.FrozenInstanceError):
        almanac.facts = None  # type: ignore[misc]
    assert data.terms[0].entries == []  # the glossary's usage is on copies
    # Nothing parked on the corpus: its fields and its own cached properties only.
    own = {n for n, v in vars(Corpus).items() if isinstance(v, functools.cached_property)}
    assert set(vars(corpus)) <= {f.name for f in dataclasses.fields(Corpus)} | own


def test_rendering_one_almanac_twice_gives_the_same_pages(tmp_path):
    project = Project(make_project_copy(tmp_path / "p"))
    almanac = enrich(Corpus.load(project))
    assert generate_pages(almanac) == generate_pages(almanac)
    assert generate_pages(almanac) == generate_pages(enrich(Corpus.load(project)))
