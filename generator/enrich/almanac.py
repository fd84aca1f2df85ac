"""The enrich phase: everything derived from the corpus, computed once per build.

``enrich(corpus, data)`` gives one frozen :class:`Almanac` (themes, facts and
the facts table, chronology, schools, glossary); the renderers read it and
compute nothing of their own, and nothing is kept on the corpus. The data
files come in as :class:`AlmanacData`, so enrichment can be run on a corpus
and data made from strings (tests) as well as on a checkout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..corpus import Corpus
from ..memo import Rebuilds
from .chronology import Event, by_district, chronology
from .facts import MetricTaxonomy
from .facts_table import FactsData, facts_data
from .glossary import Term, glossary, load_terms
from .schools import School, SchoolRules, directory
from .themes import ThemeIndex, ThemeTaxonomy, index_themes


@dataclass(frozen=True)
class AlmanacData:
    """The editors' data files the enrich phase reads (docs/data/), loaded."""

    themes: ThemeTaxonomy
    metrics: MetricTaxonomy
    terms: tuple[Term, ...]
    schools: SchoolRules

    @classmethod
    def load(cls, data_dir: Path) -> AlmanacData:
        """Each file through its loader (errors: LocatedError, path:line)."""
        data_dir = Path(data_dir)
        return cls(
            themes=ThemeTaxonomy.load(data_dir),
            metrics=MetricTaxonomy.load(data_dir / "metrics.yml"),
            terms=tuple(load_terms(data_dir)),
            schools=SchoolRules.load(data_dir),
        )


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per build
class Almanac:
    """The corpus and everything derived from it, for the renderers."""

    corpus: Corpus
    data: AlmanacData
    themes: ThemeIndex
    facts: FactsData
    chronology: tuple[Event, ...]  # date order, undated-year events last
    chronology_by_district: Mapping[str, tuple[Event, ...]]
    schools: tuple[School, ...]
    glossary: tuple[Term, ...]  # each with the articles using it

    def district_chronology(self, district: str) -> list[Event]:
        return list(self.chronology_by_district.get(district, ()))


def enrich(
    corpus: Corpus, data: AlmanacData | None = None, memo: Rebuilds | None = None
) -> Almanac:
    """Every enrichment of ``corpus`` with ``data`` (default: its project's data files);
    ``memo``: what a serve's rebuilds reuse (generator/memo.py)."""
    if data is None:
        data = AlmanacData.load(corpus.project.data_dir)
    events = chronology(corpus)
    return Almanac(
        corpus=corpus,
        data=data,
        themes=index_themes(corpus, data.themes, memo.theme_mentions if memo else None),
        facts=facts_data(corpus, data.metrics),
        chronology=tuple(events),
        chronology_by_district=MappingProxyType(
            {name: tuple(group) for name, group in by_district(events).items()}
        ),
        schools=tuple(directory(corpus, data.schools)),
        glossary=tuple(glossary(corpus, list(data.terms))),
    )
