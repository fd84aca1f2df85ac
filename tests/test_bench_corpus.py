"""The benchmark corpus maker, and the importer on its synthetic pages."""

from __future__ import annotations

from bench.make_corpus import make_corpus
from generator.importer import Importer
from generator.project import Project
from generator.store import load_articles
from tests.helpers import make_project, snapshot


def test_corpus_is_deterministic_and_never_written_into_docs(tmp_path):
    make_corpus(12, tmp_path / "a", seed=3)
    make_corpus(12, tmp_path / "b", seed=3)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    try:
        make_corpus(1, tmp_path / "docs" / "x")
    except SystemExit as exc:
        assert "refusing" in str(exc)
    else:
        raise AssertionError("wrote into a docs/ folder")


def test_importer_recovers_every_synthetic_article(tmp_path):
    root = make_project(tmp_path)
    files = make_corpus(60, root / "seeds", seed=11)
    assert Importer(Project(root), quiet=True).run(files) == 0
    articles = load_articles(root / "docs")
    assert len(articles) == 60
    untitled = [a for a in articles if "标题待补" in a.title]
    assert len(untitled) <= 1, [a.meta["import_key"] for a in untitled]
    for article in articles:
        short = article.district.rstrip("区县")
        assert short in article.body or article.district in article.body
