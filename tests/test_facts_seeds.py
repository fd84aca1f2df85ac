"""End to end on the real seeds: import them, then every acceptance figure comes
out with its sentence, and an editor's correction survives a re-import."""

from __future__ import annotations

import pytest
from helpers import make_project
from test_facts_corpus import ACCEPTANCE

from generator.corpus import Corpus
from generator.enrich.facts import corpus_facts, normalise
from generator.importer import Importer
from generator.project import Project
from tests.helpers import almanac_data


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("facts-seeds"), copy_seeds=True)
    assert Importer(Project(root), quiet=True).run(sorted((root / "seeds").glob("*.txt"))) == 0
    return Project(root)


def test_acceptance_figures_from_the_imported_seeds(imported):
    corpus = Corpus.load(imported)
    facts = corpus_facts(corpus, almanac_data(corpus).metrics)
    paragraphs = {
        (e.docs_path, p.anchor): normalise(p.text)
        for e in corpus.entries
        for _, p in e.paragraphs()
    }
    for district, metric, value, unit, qualifier, period, words in ACCEPTANCE:
        found = [
            s
            for s in facts
            if s.district == district and s.fact.metric == metric and s.fact.value == value
        ]
        assert len(found) == 1, (district, metric, value)
        sourced = found[0]
        assert (sourced.fact.unit, sourced.fact.qualifier, sourced.fact.period) == (
            unit,
            qualifier,
            period,
        )
        assert words in sourced.fact.sentence
        assert sourced.fact.sentence in paragraphs[(sourced.docs_path, sourced.anchor)]
    # Nothing from another district's article, no year or ordinal as a value.
    assert all(s.docs_path.startswith(f"articles/{s.district_slug}/") for s in facts)
    assert not {s.fact.value for s in facts} & {2018, 2020, 2021, 2022, 2024, 2025}


def test_correction_survives_reimport(imported):
    corpus = Corpus.load(imported)
    entry = next(e for e in corpus.entries if e.district == "南岸区" and "4410" in e.article.body)
    path = imported.docs_dir / entry.docs_path
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    path.write_text(
        head + "\nfacts:\n  - {metric: new-school-places, value: 4400, note: 更正}\n---\n" + rest,
        encoding="utf-8",
    )
    Importer(imported, quiet=True).run(sorted((imported.root / "seeds").glob("*.txt")))
    assert "value: 4400" in path.read_text(encoding="utf-8")
    facts = corpus_facts(loaded := Corpus.load(imported), almanac_data(loaded).metrics)
    places = [
        (s.fact.value, s.source)
        for s in facts
        if s.district == "南岸区" and s.fact.metric == "new-school-places"
    ]
    assert places == [(4400, "editor")]
