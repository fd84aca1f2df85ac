"""A throwaway almanac project for the bench scripts: mkdocs.yml and the data
files of a checkout, an empty seeds/ folder."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scratch_project(where: Path, checkout: Path = ROOT) -> Path:
    root = Path(where) / "almanac"
    (root / "docs" / "data").mkdir(parents=True)
    (root / "seeds").mkdir()
    shutil.copy(checkout / "mkdocs.yml", root / "mkdocs.yml")
    for data in (checkout / "docs" / "data").glob("*.yml"):
        shutil.copy(data, root / "docs" / "data" / data.name)
    return root
