"""store.ArticleMeta (issue 15): the front matter typed once, by one schema that
almanac check validates through, so check and render cannot disagree on a key."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path

from conftest import make_project_copy

from generator.check import check_project
from generator.corpus import Entry
from generator.enrich import chronology
from generator.project import Project
from generator.render.citation import source_text
from generator.render.publication import article_year as listing_year
from generator.render.publication import publication, reference
from generator.store import (
    KNOWN_KEYS,
    LIST_KEYS,
    OTHER_KEYS,
    TEXT_KEYS,
    ArticleMeta,
    ArticleSource,
    MetaProblem,
    parse_article,
)

GENERATOR = Path(__file__).resolve().parents[1] / "generator"


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
    assert meta.source == ArticleSource(file="seeds/a.txt", lines=(7, 101), url="")
    assert meta.published == "2024-06-18" and meta.year is None  # ISO, as precise as written
    assert ArticleMeta.from_dict({"year": 2022, "published": "2024-06"}).year == 2022
    assert ArticleMeta.from_dict({"year": 1800, "published": False}) == ArticleMeta()
    assert ArticleMeta.from_dict({"source": {"lines": [1, "x"]}}).source.lines == ()


def test_the_schema_keys_are_the_model_fields():
    typed = {f.name for f in dataclasses.fields(ArticleMeta)}
    assert set(TEXT_KEYS) | set(LIST_KEYS) <= typed
    assert typed - set(TEXT_KEYS) - set(LIST_KEYS) <= set(OTHER_KEYS)  # source, published, year
    assert set(TEXT_KEYS) | set(LIST_KEYS) | set(OTHER_KEYS) == KNOWN_KEYS


def test_the_model_reads_a_bad_value_as_absent_and_says_why():
    meta, problems = ArticleMeta.read(
        {
            "title": ["甲"],
            "district": "巴南区",
            "district_slug": "banan",
            "authors": 3,
            "year": "二〇二二",
        }
    )
    assert (meta.title, meta.authors, meta.year) == ("", (), None)
    assert problems == (
        MetaProblem("title", "title 应为一段文字，而不是 列表"),
        MetaProblem("authors", "authors 应为文字列表，如 [甲, 乙]"),
        MetaProblem("year", "year 应为四位年份数字，如 2022，而不是 '二〇二二'"),
    )
    assert (
        ArticleMeta.read({"title": "标题", "district": "巴南区", "district_slug": "banan"})[1] == ()
    )


def test_check_reports_a_bad_field_type_through_the_model_with_file_and_line(tmp_path):
    root = make_project_copy(tmp_path / "p")
    path = next(iter(sorted((root / "docs" / "articles").rglob("*.md"))))
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    line = next(n for n, ln in enumerate(lines, start=1) if ln.startswith("title:"))
    lines.insert(line, "subtitle: {主: 副}")  # a mapping where text belongs, on the next line
    path.write_text("\n".join(lines), encoding="utf-8")
    article = parse_article(path.read_text(encoding="utf-8"), path)
    assert article.meta_problems == (MetaProblem("subtitle", "subtitle 应为一段文字，而不是 映射"),)
    assert article.front_matter.subtitle == ""  # what the build would read
    rel = path.relative_to(root).as_posix()
    assert [str(p) for p in check_project(Project(root))] == [
        f"{rel}:{line + 1}: subtitle 应为一段文字，而不是 映射"
    ]


def test_check_takes_the_front_matter_rules_from_the_model(tmp_path, monkeypatch):
    # No second copy of the rules in check.py: a rule the model adds, check reports.
    root = make_project_copy(tmp_path / "p")
    read = ArticleMeta.read.__func__

    def stricter(cls, meta):
        typed, problems = read(cls, meta)
        return typed, (*problems, MetaProblem("district", "新规则"))

    monkeypatch.setattr(ArticleMeta, "read", classmethod(stricter))
    reported = [p for p in check_project(Project(root)) if p.message == "新规则"]
    assert reported and all(p.line > 1 for p in reported)


def test_an_article_reads_its_title_and_district_from_the_model():
    article = parse_article(
        "---\ntitle: 标题\ndistrict: 巴南区\ndistrict_slug: banan\nyear: 2022\n---\n\n正文。\n",
        "docs/articles/banan/a.md",
    )
    assert (article.title, article.district, article.district_slug) == ("标题", "巴南区", "banan")
    assert article.front_matter.year == 2022
    assert list(article.meta) == ["title", "district", "district_slug", "year"]  # kept as written


def _entry(front_matter: str) -> Entry:
    text = f"---\ntitle: 集团化办学\ndistrict: 巴南区\ndistrict_slug: banan\n{front_matter}---\n\n正文。\n"
    return Entry(parse_article(text, "docs/articles/banan/a.md"), "articles/banan/a.md")


def test_render_and_enrich_read_one_typed_front_matter():
    entry = _entry(
        "authors: 何霜\n"  # a lone name: one author, in the header and the citation alike
        "editors: [' 王五 ', '']\n"
        "source: {file: seeds/a.txt, lines: [7, 101], url: 'https://example.com/a'}\n"
        "published: 2024-06-18\n"
        "year: 2022\n"
    )
    assert entry.front_matter.authors == ("何霜",)
    assert reference(entry, "/articles/banan/a/").before.startswith("何霜. 集团化办学[EB/OL]")
    pub = publication(entry)
    assert (pub.date, pub.url, pub.editors) == ("2024-06-18", "https://example.com/a", ("王五",))
    assert source_text(entry) == "区县教育年鉴，据 seeds/a.txt 第7—101行"
    # 今年 in the text is the editor's year; the listings file it under its publication year.
    assert chronology.article_year(entry) == 2022 and listing_year(entry) == 2024
    assert chronology.article_year(_entry("published: 2023-05\n")) == 2023
    assert chronology.article_year(_entry("published: 未注明\n")) is None


REQUIRED = {"title": "标题", "district": "巴南区", "district_slug": "banan"}


def test_a_bare_year_is_a_publication_date_of_year_precision(tmp_path):
    # YAML reads published: 2024 as a number; the message offers that form, the
    # sidecars and --published take it, so the front matter does too.
    entry = _entry("published: 2024\nsource_name: 重庆日报\npage: 第7版\n")
    assert entry.article.meta_problems == () and entry.front_matter.published == "2024"
    pub = publication(entry)
    assert (pub.date, pub.date_label, pub.year) == ("2024", "2024年", 2024)
    assert reference(entry, "/articles/banan/a/").text == "集团化办学[N]. 重庆日报, 2024(7)."
    assert listing_year(entry) == 2024 and chronology.article_year(entry) == 2024  # 今年 = 2024
    # The same as check reads it, and the forms it does not take are refused alike.
    assert ArticleMeta.from_dict({"published": "2024"}) == ArticleMeta.from_dict(
        {"published": 2024}
    )
    for refused in (24, 2024.0, True, "2024年6月", "去年", datetime(2024, 6, 18, 8, 0)):
        meta, problems = ArticleMeta.read({**REQUIRED, "published": refused})
        assert meta.published == "" and [p.key for p in problems] == ["published"], refused
    root = make_project_copy(tmp_path / "p")
    path = next(iter(sorted((root / "docs" / "articles").rglob("*.md"))))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle:", "\npublished: 2024\ntitle:", 1), encoding="utf-8")
    assert [str(p) for p in check_project(Project(root))] == []


def test_no_render_enrich_or_check_module_reads_the_front_matter_dict():
    # One reading of each key (ArticleMeta); the facts corrections are validated where
    # they are used, with their lines (enrich/facts.py).
    readers = [
        (p.relative_to(GENERATOR).as_posix(), line)
        for p in sorted(
            [*(GENERATOR / "render").glob("*.py"), *(GENERATOR / "enrich").glob("*.py")]
        )
        + [GENERATOR / "check.py"]
        for line in p.read_text(encoding="utf-8").split("\n")
        if re.search(r"\bmeta(\.get\(|\[)", line) and not line.lstrip().startswith("#")
    ]
    # plain.py: the export writes the dict back as it was; check.py: Material's
    # template key, which is no almanac field.
    assert {name for name, _ in readers} == {"enrich/facts.py", "render/plain.py", "check.py"}
    assert all("template" in line for name, line in readers if name == "check.py"), readers
