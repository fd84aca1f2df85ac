"""The importer against the synthetic corpus's answer key (bench/make_corpus.py
knows every article's title, district, authors, captions, headings and
paragraphs; bench/score_import.py lists how an import differs from them)."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.make_corpus import make_corpus
from bench.score_import import import_corpus, score
from tests.helpers import snapshot

ARTICLES = 100

# What the importer may still get wrong per 100 synthetic articles (measured:
# no title or heading list wrong, 15 paragraph lists — stream paragraphs cut
# where a sentence ends on a full column line — and 1 caption list at these
# seeds). Lower these as the importer improves; never raise them to pass.
BUDGET = {"title": 2, "subtitle": 2, "headings": 2, "paragraphs": 18, "captions": 2}


def test_ground_truth_changes_no_byte_and_matches_the_files(tmp_path):
    truth = []
    plain = make_corpus(30, tmp_path / "plain", seed=4)
    with_truth = make_corpus(30, tmp_path / "truth", seed=4, truth=truth)
    assert snapshot(tmp_path / "plain") == snapshot(tmp_path / "truth")
    assert [p.name for p in plain] == [p.name for p in with_truth]
    assert len(truth) == 30 and {t.file for t in truth} == {p.name for p in plain}
    for t in truth:
        lines = (tmp_path / "plain" / t.file).read_text(encoding="utf-8").split("\n")
        text = "".join(lines)
        assert t.title in lines and " ".join(t.authors) in lines
        assert all(h in lines for h in t.headings) and all(c in lines for c in t.captions)
        assert all(p in text for p in t.paragraphs)
        assert not t.banner or t.banner in lines


@pytest.mark.parametrize("seed", [11, 29])
def test_imported_synthetic_articles_match_their_ground_truth(tmp_path, seed):
    root, truth = import_corpus(tmp_path, ARTICLES, seed)
    mismatches = score(root, truth)
    kinds = Counter(kind for _, kind, _ in mismatches)
    # Display lines (banner, headline, section heading, caption, byline) never
    # end up inside a paragraph, nor stand as one.
    glued = [m for m in mismatches if m[1].startswith("glued:") or m[1].endswith("as a paragraph")]
    assert glued == []
    exact = [
        m for m in mismatches if m[1] in ("district", "untitled", "authors", "missing", "extra")
    ]
    assert exact == []
    over = {kind: kinds[kind] for kind, limit in BUDGET.items() if kinds[kind] > limit}
    assert not over, (over, [m for m in mismatches if m[1] in over][:5])
    assert set(kinds) <= set(BUDGET), kinds
