"""Shared test helpers: throwaway almanac projects in tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def make_project(
    tmp_path: Path, seeds: dict[str, str | bytes] | None = None, copy_seeds: bool = False
) -> Path:
    """A minimal almanac checkout: mkdocs.yml, docs/data, seeds/ (given or copied)."""
    root = tmp_path / "almanac"
    (root / "docs" / "data").mkdir(parents=True)
    (root / "seeds").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for data in (ROOT / "docs" / "data").glob("*.yml"):
        shutil.copy(data, root / "docs" / "data" / data.name)
    if copy_seeds:
        for seed in SEEDS:
            shutil.copy(seed, root / "seeds" / seed.name)
    for name, content in (seeds or {}).items():
        target = root / "seeds" / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def import_page(tmp_path: Path, text: str) -> list:
    """Import one page (text) into a fresh project; the articles it wrote."""
    from generator.importer import Importer
    from generator.project import Project
    from generator.store import load_articles

    root = make_project(tmp_path, {"page.txt": text})
    status = Importer(Project(root), quiet=True).run([root / "seeds" / "page.txt"])
    assert status == 0
    return load_articles(root / "docs")


def paragraphs(article) -> list[str]:
    """The paragraphs of an imported article's body, headings left out, in order."""
    return [p for p in article.body.strip().split("\n\n") if p and not p.startswith("#")]


def body_headings(article) -> list[str]:
    """The section headings of an imported article's body, in order."""
    return [p.lstrip("# ") for p in article.body.split("\n") if p.startswith("#")]


def almanac_data(corpus):
    """The data files of ``corpus``' project as the build loads them (metrics, schools …)."""
    from generator.enrich.almanac import AlmanacData

    return AlmanacData.load(corpus.project.data_dir)
