"""The byte-identity guard (tools/output_digest.py, issue 15): the record it takes of
``almanac pages --out`` and ``almanac pages`` is the same for two runs of one
checkout under different hash seeds, so a difference after a refactoring is the
refactoring's (the site's own determinism: test_deterministic_build.py)."""

from __future__ import annotations

from conftest import PROJECT_ROOT

from tools.output_digest import record


def test_two_exports_of_the_same_sources_are_byte_identical():
    first = record(PROJECT_ROOT, sets=("articles",), site=False, hash_seed="1")
    second = record(PROJECT_ROOT, sets=("articles",), site=False, hash_seed="2")
    assert first == second
    # Both kinds of output are in the record: the plain project and docs/'s generated pages.
    assert "articles/out/mkdocs.yml" in first
    assert "articles/out/docs/articles/banan/banan-liuda-gongcheng.md" in first
    assert "articles/docs/districts/banan.md" in first and "articles/docs/facts/facts.csv" in first
    assert not any(k.startswith("articles/docs/data/") for k in first)  # sources left out
    # The export is the same whether the cache was empty or filled by an earlier run.
    cold = {
        k.replace("/out-cold-cache/", "/out/"): v
        for k, v in first.items()
        if "/out-cold-cache/" in k
    }
    assert cold == {k: v for k, v in first.items() if "/out/" in k}
