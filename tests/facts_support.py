"""A throw-away almanac checkout for the facts tests: the real mkdocs.yml, data
files and templates, with the fixture articles (real sentences from seeds/)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.corpus import Corpus
from generator.project import Project

REPO = Path(__file__).resolve().parents[1]
FIXTURE_ARTICLES = REPO / "tests" / "fixtures" / "facts" / "articles"


def make_project(root: Path) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("articles"))
    shutil.copytree(FIXTURE_ARTICLES, root / "docs" / "articles")
    shutil.copytree(REPO / "seeds", root / "seeds")  # articles' source.file (almanac check)
    return Project(root)


def load_corpus(root: Path) -> Corpus:
    return Corpus.load(make_project(root))
