"""store.ArticleMeta (issue 15): the front matter typed once, by one schema that
almanac check's key lists come from, so check and render cannot disagree on a key."""

from __future__ import annotations

import dataclasses
from datetime import date

from generator import check
from generator.store import (
    KNOWN_KEYS,
    LIST_KEYS,
    OTHER_KEYS,
    TEXT_KEYS,
    ArticleMeta,
    Source,
    parse_article,
)


def test_each_kind_of_value_is_coerced_once():
    meta = ArticleMeta.from_dict(
        {
            "title": "巴南区推进集团化办学",
            "subtitle": 12,  # not text: absent
            "authors": [" 何霜 ", "", 5, "杜林燕"],  # stripped, empty and non-text dropped
            "themes": "心理健康",  # a lone text is a one-item list
            "tags": {"a": 1},  # neither: empty
            "source": {"file": "seeds/a.txt", "lines": [7, 101], "url": 3},
            "published": date(2024, 6, 18),
            "year": True,  # a bool is no year
        }
    )
    assert meta.title == "巴南区推进集团化办学" and meta.subtitle == ""
    assert meta.authors == ("何霜", "杜林燕") and meta.themes == ("心理健康",) and meta.tags == ()
    assert meta.source == Source(file="seeds/a.txt", lines=(7, 101), url="")
    assert meta.published == date(2024, 6, 18) and meta.year is None
    assert ArticleMeta.from_dict({"year": 2022, "published": "2024-06"}).year == 2022
    assert ArticleMeta.from_dict({"year": 1800, "published": False}) == ArticleMeta()
    assert ArticleMeta.from_dict({"source": {"lines": [1, "x"]}}).source.lines == ()


def test_check_knows_exactly_the_schema_keys():
    typed = {f.name for f in dataclasses.fields(ArticleMeta)}
    assert set(TEXT_KEYS) | set(LIST_KEYS) <= typed
    assert typed - set(TEXT_KEYS) - set(LIST_KEYS) <= set(OTHER_KEYS)  # source, published, year
    assert check.KNOWN_KEYS is KNOWN_KEYS and check.TEXT_KEYS is TEXT_KEYS


def test_an_article_reads_its_title_and_district_from_the_model():
    article = parse_article(
        "---\ntitle: 标题\ndistrict: 巴南区\ndistrict_slug: banan\nyear: 2022\n---\n\n正文。\n",
        "docs/articles/banan/a.md",
    )
    assert (article.title, article.district, article.district_slug) == ("标题", "巴南区", "banan")
    assert article.front_matter.year == 2022
    assert list(article.meta) == ["title", "district", "district_slug", "year"]  # kept as written
