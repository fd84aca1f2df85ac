"""The one build sequence and its error boundary (generator/build.py, issue 15):
every command fails with ``path:line: 说明`` on stderr and exit 1, never a
traceback, writes nothing when it fails, and reads each article once."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from conftest import make_project_copy

from generator import build, check, corpus, store
from generator.cli import main as almanac
from generator.project import Project


@pytest.fixture
def root(tmp_path) -> Path:
    return make_project_copy(tmp_path / "p")


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def bad_metrics(root: Path) -> str:
    """phrases: 5 in the first metric (a traceback from `almanac pages` before)."""
    text = (root / "docs/data/metrics.yml").read_text(encoding="utf-8")
    first = next(line for line in text.split("\n") if line.strip().startswith("phrases:"))
    edit(root, "docs/data/metrics.yml", first, first.split("phrases:")[0] + "phrases: 5")
    line = text.split("\n").index(next(x for x in text.split("\n") if x.startswith("  - slug:")))
    return f"docs/data/metrics.yml:{line + 1}: metrics 第 1 项: phrases 应为词语列表"


def test_pages_with_a_bad_metrics_file_is_one_located_line_and_writes_nothing(root, capsys):
    expected = bad_metrics(root)
    assert almanac(["--root", str(root), "pages", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith(expected), err
    assert "Traceback" not in err
    assert not (root / "docs" / "districts").exists()


def test_pages_out_with_a_bad_schools_file_is_one_located_line(root, tmp_path, capsys):
    edit(root, "docs/data/schools.yml", "types:\n", "types: [1]\nx:\n")
    out = tmp_path / "plain"
    assert almanac(["--root", str(root), "pages", "-q", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    line = (
        (root / "docs/data/schools.yml").read_text(encoding="utf-8").split("\n").index("types: [1]")
    )
    assert err.splitlines()[0] == f"docs/data/schools.yml:{line + 1}: types 应为“名称: 值”映射"
    assert not out.exists()


def test_facts_without_the_check_still_names_the_line(root, capsys):
    expected = bad_metrics(root)
    assert almanac(["--root", str(root), "facts"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("almanac facts: " + expected) and captured.out == ""


def test_a_build_reads_and_parses_each_article_once(root, monkeypatch):
    reads: list[Path] = []
    parses: list[str] = []
    read, parse = store.read_article, corpus.parse_body

    def counting_read(path, load_meta=None):
        reads.append(path)
        return read(path, load_meta)

    def counting_parse(body):
        parses.append(body)
        return parse(body)

    monkeypatch.setattr(check, "read_article", counting_read)
    monkeypatch.setattr(store, "read_article", counting_read)
    monkeypatch.setattr(corpus, "parse_body", counting_parse)
    monkeypatch.setenv("ALMANAC_CACHE", "0")
    assert build.write_pages(Project(root), quiet=True) == 0
    articles = sorted((root / "docs" / "articles").rglob("*.md"))
    assert sorted(reads) == articles  # the check's reading is the build's
    assert len(parses) == len(articles)


def test_a_full_disk_is_said_as_such(tmp_path):
    exc = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "docs" / "a.md"))
    assert build.describe(exc, tmp_path) == ["docs/a.md:1: 磁盘已满（或超出配额）：未写入"]
