"""A throw-away copy of the project with the fixture articles, for the reader-feature tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.corpus import Corpus
from generator.project import Project

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_ARTICLES = (
    ROOT / "tests" / "fixtures" / "reader_articles"
)  # apart from other suites' fixtures


def make_project(tmp: Path, with_fixtures: bool = True, real_articles: bool = False) -> Project:
    """mkdocs.yml, docs/, templates/ copied under ``tmp``; articles: the fixtures, or the
    imported ones from docs/articles (``real_articles``), read-only either way."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp / "docs", ignore=shutil.ignore_patterns("articles"))
    shutil.copytree(ROOT / "templates", tmp / "templates")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")  # articles' source.file (almanac check)
    if real_articles:
        shutil.copytree(ROOT / "docs" / "articles", tmp / "docs" / "articles")
    elif with_fixtures:
        shutil.copytree(FIXTURE_ARTICLES, tmp / "docs" / "articles")
    return Project(tmp)


def load_corpus(tmp: Path, real_articles: bool = False) -> Corpus:
    return Corpus.load(make_project(tmp, real_articles=real_articles))


def build_site(project: Project, site_dir: Path, offline: bool = False) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        NO_MKDOCS_2_WARNING="1",
        ALMANAC_OFFLINE="true" if offline else "false",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(project.root / "mkdocs.yml"),
            "-d",
            str(site_dir),
        ],
        cwd=project.root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
