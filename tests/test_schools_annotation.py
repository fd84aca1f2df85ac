"""学校名录 against a hand annotation of the seeds' institutions (issue 16, item 1):
the district's own institutions apart from destinations and partners, one entry
per institution however it is spelt. Precision and recall are asserted (and
printed with -s); docs/dev/reference-pages.md (学校名录) quotes them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from reader_project import load_corpus

from generator.enrich.schools import directory
from tests.helpers import almanac_data

ANNOTATION = Path(__file__).parent / "fixtures" / "schools" / "annotation.yml"


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schools(tmp_path_factory):
    corpus = load_corpus(tmp_path_factory.mktemp("schools-annotation"), real_articles=True)
    return directory(corpus, almanac_data(corpus).schools)


def score(system: list, gold_entries: list[list[str]]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives): an institution listed twice
    (spellings not merged) counts once right and once wrong."""
    wanted = [set(names) for names in gold_entries]
    matched: set[int] = set()
    tp = fp = 0
    for school in system:
        hits = [i for i, names in enumerate(wanted) if school.variants & names]
        if hits and hits[0] not in matched:
            matched.add(hits[0])
            tp += 1
        else:
            fp += 1
    return tp, fp, len(wanted) - len(matched)


def measure(schools, gold, own: bool):
    tp = fp = fn = 0
    for district, entries in gold.items():
        listed = [s for s in schools if s.district == district and s.own == own]
        a, b, c = score(listed, entries.get("own" if own else "elsewhere") or [])
        tp, fp, fn = tp + a, fp + b, fn + c
    return tp / (tp + fp), tp / (tp + fn), (tp, fp, fn)


def test_own_institutions_precision_and_recall(schools, gold):
    precision, recall, counts = measure(schools, gold, own=True)
    print(
        f"\n学校名录 own institutions: precision {precision:.3f}, recall {recall:.3f} (tp, fp, fn = {counts})"
    )
    assert precision >= 0.98 and recall >= 0.98, counts


def test_destinations_and_partners_precision_and_recall(schools, gold):
    precision, recall, counts = measure(schools, gold, own=False)
    print(
        f"\n合作与去向院校: precision {precision:.3f}, recall {recall:.3f} (tp, fp, fn = {counts})"
    )
    assert precision == 1.0 and recall == 1.0, counts


def test_no_institution_outside_its_district_is_listed_as_its_own(schools, gold):
    for district, entries in gold.items():
        outside = {n for names in entries.get("elsewhere") or [] for n in names}
        own = {v for s in schools if s.district == district and s.own for v in s.variants}
        assert not own & outside, district
        parts = set(entries.get("not_institutions") or [])
        assert not parts & {v for s in schools if s.district == district for v in s.variants}, (
            district
        )


def test_spellings_of_one_school_are_one_entry(schools):
    banan = {s.name: s for s in schools if s.district == "巴南区"}
    assert banan["渝南田家炳中学"].aliases == ["田家炳中学"]
    assert banan["重庆青年职业技术学院"].aliases == ["重庆青年职业学院"]
    # Conservative: 森林小学 may be either of two longer names, so it stays apart.
    jiulongpo = {s.name for s in schools if s.district == "九龙坡区"}
    assert {"森林小学", "彩云湖森林小学", "晋渝森林小学"} <= jiulongpo
