"""One error type and one data-file loader (issue 15): every loader's problem is a
LocatedError that names path and line, read by ``almanac check`` from its fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import yamlsafe
from generator.districts import DistrictsError, Gazetteer
from generator.enrich.facts import MetricsError, MetricTaxonomy
from generator.enrich.glossary import GlossaryError, load_terms
from generator.enrich.schools import SchoolRules, SchoolsError
from generator.enrich.themes import TaxonomyError, ThemeTaxonomy
from generator.errors import AlmanacError, LocatedError
from generator.store import ArticleFormatError, parse_article

GENERATOR = Path(__file__).resolve().parents[1] / "generator"


def test_a_located_error_reads_path_line_message():
    error = LocatedError("docs/data/x.yml", 7, "缺少 name")
    assert str(error) == "docs/data/x.yml:7: 缺少 name"
    assert (error.path, error.line, error.message) == ("docs/data/x.yml", 7, "缺少 name")
    assert isinstance(error, AlmanacError) and isinstance(error, ValueError)
    assert LocatedError("a.yml", 0, "m").line == 1  # lines are 1-based


def test_the_loader_keeps_every_items_line(tmp_path):
    path = tmp_path / "d.yml"
    path.write_text("# note\nitems:\n  - a: 1\n\n  - b: [2, 3]\nother: x\n", encoding="utf-8")
    file = yamlsafe.load_data_file(path)
    assert file.data == {"items": [{"a": 1}, {"b": [2, 3]}], "other": "x"}
    assert file.item_lines("items") == [3, 5]
    assert list(file.items("items")) == [(3, {"a": 1}), (5, {"b": [2, 3]})]
    assert file.line("other") == 6 and file.line("items", 1, "b") == 5
    assert file.line("missing") == 1 and file.item_lines("other") == []


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("a: 1\nb: [1, 2\n", 3, "方括号"),
        ("a: &x 1\nb: *x\n", 1, "锚点"),
        ("a: 1\n\tb: 2\n", 2, "Tab"),
    ],
)
def test_the_loaders_yaml_errors_name_the_line_in_an_editors_words(tmp_path, text, line, words):
    path = tmp_path / "d.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        yamlsafe.load_data_file(path, GlossaryError)
    assert (caught.value.path, caught.value.line) == (str(path), line)
    assert caught.value.message.startswith("YAML 格式错误：") and words in caught.value.message


def test_not_utf8_and_too_large_are_located_errors(tmp_path):
    path = tmp_path / "d.yml"
    path.write_bytes(b"a: \xff\n")
    with pytest.raises(LocatedError, match=r"d\.yml:1: 不是 UTF-8"):
        yamlsafe.load_data_file(path)
    path.write_text("a: " + "x" * yamlsafe.MAX_DATA_FILE_BYTES, encoding="utf-8")
    with pytest.raises(MetricsError, match=r"d\.yml:1: 文件过大"):
        yamlsafe.load_data_file(path, MetricsError)


@pytest.mark.parametrize(
    "name, text, load, error, line",
    [
        (
            "themes.yml",
            "themes:\n  - name: 甲\n    slug: A\n",
            ThemeTaxonomy.load,
            TaxonomyError,
            2,
        ),
        (
            "metrics.yml",
            "metrics:\n  - slug: a\n    name: 甲\n    unit: 个\n    phrases: 5\n",
            lambda d: MetricTaxonomy.load(d / "metrics.yml"),
            MetricsError,
            2,
        ),
        (
            "glossary.yml",
            "terms:\n  - term: 甲\n    definition: 乙\n  - term: 甲\n",
            load_terms,
            GlossaryError,
            4,
        ),
        ("schools.yml", "known: []\ntypes: [1]\n", SchoolRules.load, SchoolsError, 2),
        ("schools.yml", "known: 实验小学\n", SchoolRules.load, SchoolsError, 1),
        ("districts.yml", "districts:\n  - {name: 甲区: x}\n", Gazetteer.load, DistrictsError, 2),
        ("almanac.yml", "name: x\nregion: [重庆]\n", Gazetteer.load, DistrictsError, 2),
        # Numbers and lists where a name must be text (issue 14): never a school called 5.
        ("schools.yml", "known:\n  - 实验小学\n  - 5\n", SchoolRules.load, SchoolsError, 2),
        ("schools.yml", "aliases:\n  二中: [1]\n", SchoolRules.load, SchoolsError, 2),
        (
            "glossary.yml",
            "terms:\n  - term: 5\n    definition: 乙\n",
            load_terms,
            GlossaryError,
            2,
        ),
        ("almanac.yml", "- 重庆市\n", Gazetteer.load, DistrictsError, 1),
    ],
    ids=[
        "themes",
        "metrics",
        "glossary",
        "schools-types",
        "schools-known",
        "districts",
        "region",
        "schools-number",
        "schools-alias-list",
        "glossary-number",
        "almanac-list",
    ],
)
def test_each_data_file_error_is_its_located_error(tmp_path, name, text, load, error, line):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(error) as caught:
        load(tmp_path)
    assert isinstance(caught.value, LocatedError)
    assert caught.value.path == str(tmp_path / name) and caught.value.line == line


def test_front_matter_errors_are_located_errors_with_the_files_line():
    with pytest.raises(ArticleFormatError) as caught:
        parse_article("---\ntitle: 甲\ndistrict: [巴南区\n---\n\n正文。\n", "a.md")
    assert isinstance(caught.value, LocatedError) and caught.value.line == 3  # the unclosed [ line


def test_only_the_loader_reads_yaml_marks():
    """One owner for YAML-with-lines: no second copy of the mark arithmetic (the seeds'
    sidecar hints in structure/ are the importer's, not data files: left to its owner)."""
    readers = sorted(
        p.relative_to(GENERATOR).as_posix()
        for p in GENERATOR.rglob("*.py")
        if "structure" not in p.relative_to(GENERATOR).parts
        and re.search(r"problem_mark|context_mark", p.read_text(encoding="utf-8"))
    )
    assert readers == ["yamlsafe.py"]


def test_every_exception_class_of_the_generator_is_an_almanac_error():
    # An error the almanac raises is reported in words at the one boundary; a
    # class outside AlmanacError would reach the user as a traceback.
    import importlib
    import inspect
    import pkgutil

    import generator

    outside = []
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        if info.name.endswith(("mkdocs_plugin", "cli")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, Exception)
                and value.__module__ == module.__name__
                and not issubclass(value, AlmanacError)
            ):
                outside.append(f"{info.name}.{name}")
    assert outside == []
