"""Where things live in an almanac checkout."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def articles_dir(self) -> Path:
        return self.docs_dir / "articles"

    @property
    def data_dir(self) -> Path:
        """Editor-maintained data files (districts, themes, metrics, glossary)."""
        return self.docs_dir / "data"

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def backups_dir(self) -> Path:
        return self.root / ".almanac-backups"

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The checkout containing ``start`` (default: cwd), found by mkdocs.yml."""
        here = Path(start or Path.cwd()).resolve()
        for candidate in (here, *here.parents):
            if (candidate / "mkdocs.yml").is_file():
                return cls(candidate)
        return cls(here)
