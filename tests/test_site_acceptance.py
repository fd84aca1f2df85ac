"""Acceptance on the imported articles (docs/articles, built from a tmp copy):
every district, theme and article gets its page and the key theme pages find
what the seeds say."""

from __future__ import annotations

import re

import pytest
from conftest import PROJECT_ROOT, build_site, make_project_copy
from test_site_links import broken_download_urls, broken_links
from test_themes import REQUIRED_THEMES

from generator.corpus import Corpus
from generator.enrich.almanac import enrich
from generator.project import Project
from generator.render.facts_page import facts_json_rows
from generator.render.site import generate_pages
from generator.store import article_paths

SIX_HEADINGS = [
    "升温“民生工程”",
    "夯实“铸魂工程”",
    "做特“培根工程”",
    "优化“领雁工程”",
    "布局“健康工程”",
    "巧推“融合工程”",
]


@pytest.fixture(scope="module")
def real_project(tmp_path_factory):
    return make_project_copy(tmp_path_factory.mktemp("real"), articles=None)


@pytest.fixture(scope="module")
def real_pages(real_project):
    return generate_pages(enrich(Corpus.load(Project(real_project))))


def test_the_imported_articles_are_there():
    districts = {p.parent.name for p in article_paths(PROJECT_ROOT / "docs")}
    assert {"banan", "nanan", "jiulongpo", "dazu"} <= districts


@pytest.fixture(scope="module")
def real_site(real_project):
    return build_site(real_project)


def test_real_build_has_every_district_theme_and_article(real_project, real_site):
    site = real_site
    for slug in ("banan", "nanan", "jiulongpo", "dazu"):
        assert (site / "districts" / slug / "index.html").is_file()
    titles = {
        re.search(r"<h1[^>]*>([^<]+)", p.read_text(encoding="utf-8")).group(1)
        for p in site.glob("themes/*/index.html")
    }
    assert set(REQUIRED_THEMES) <= titles
    for article in article_paths(real_project / "docs"):
        rel = article.relative_to(real_project / "docs").with_suffix("")
        assert (site / rel / "index.html").is_file(), rel


def test_six_projects_link_to_the_banan_sections(real_pages):
    page = real_pages["themes/liudagongcheng.md"]
    projects = page[page.index("## 分项") :].split("\n## ", 1)[0]
    for heading in SIX_HEADINGS:
        assert re.search(
            rf"\[巴南区 · {re.escape(heading)}[^\]]*\]\(\.\./articles/banan/[a-z-]+\.md#[^)]+\)",
            projects,
        ), heading
    # District sections (the tag listing's heading has an id of its own: #tagged).
    assert re.findall(r"^## (\S+) \{ #(?!tagged)", page, re.M) == ["巴南区"]


def test_group_schooling_and_mental_health_pages_cover_the_districts(real_pages):
    groups = re.findall(r"^## (\S+) \{", real_pages["themes/jituanhua-banxue.md"], re.M)
    assert {"巴南区", "南岸区", "九龙坡区", "大足区"} <= set(groups)
    mental = re.findall(r"^## (\S+) \{", real_pages["themes/xinli-jiankang.md"], re.M)
    assert {"巴南区", "南岸区", "九龙坡区"} <= set(mental)


def test_real_build_has_no_broken_internal_link(real_site):
    problems, checked = broken_links(real_site)
    assert problems == []
    assert checked > 2000
    assert broken_download_urls(real_site) == []


def test_real_build_downloads_agree_with_the_published_table(real_site):
    import csv
    import io
    import json

    from test_facts_corpus import ACCEPTANCE, CellFacts

    parser = CellFacts()
    parser.feed((real_site / "facts" / "index.html").read_text(encoding="utf-8"))
    table = sorted(parser.found)
    keys = ("district", "metric", "display", "url")
    rows = list(
        csv.DictReader(
            io.StringIO((real_site / "facts" / "facts.csv").read_text(encoding="utf-8-sig"))
        )
    )
    assert sorted(tuple(r[k] for k in keys) for r in rows if r["metric"]) == table
    payload = json.loads((real_site / "facts" / "facts.json").read_text(encoding="utf-8"))
    assert facts_json_rows(payload) == rows
    # The value of each published figure, from its row in the downloads.
    shown = set(table)
    published = {
        (r["district"], r["metric"], r["value"]) for r in rows if tuple(r[k] for k in keys) in shown
    }
    for district, metric, value, *_ in ACCEPTANCE:
        assert (district, metric, str(value)) in published, (district, metric, value)
