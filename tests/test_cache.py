"""The content-hash cache of per-article enrichment (generator/cache.py).

The pages must be the same, byte for byte, with the cache off, cold, warm in
memory and warm on disk; an edit must invalidate exactly what it affects.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cache import ArticleCache
from generator.corpus import Corpus
from generator.enrich.almanac import enrich
from generator.project import Project
from generator.render.site import generate_pages
from tests.conftest import build_site, make_project_copy

KINDS = ("front-matter", "schools", "facts", "chronology")


@pytest.fixture
def project(tmp_path) -> Project:
    return Project(make_project_copy(tmp_path / "almanac"))


def pages_with(project: Project, cache: ArticleCache | None) -> dict[str, str]:
    if cache is not None:
        cache.new_build()
    return generate_pages(enrich(Corpus.load(project, cache=cache)))


def entry_files(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.json"))


def test_pages_identical_without_cache_cold_warm_and_from_disk(project, tmp_path):
    uncached = pages_with(project, None)
    cache = ArticleCache(tmp_path / "cache")
    cold = pages_with(project, cache)
    assert cache.hits == 0 and cache.misses > 0
    articles = len(Corpus.load(project).entries)
    assert set(cache.missed) == set(KINDS)
    assert all(cache.missed[kind] == articles for kind in ("schools", "facts", "chronology"))
    warm = pages_with(project, cache)
    assert cache.misses == 0 and cache.hits > 0
    from_disk = ArticleCache(tmp_path / "cache")  # a new process: memory empty, disk warm
    disk = pages_with(project, from_disk)
    assert from_disk.misses == 0 and from_disk.hits == cache.hits
    assert uncached == cold == warm == disk
    assert not list((tmp_path / "cache").rglob("*.tmp")), "temporary files left behind"


def test_editing_one_article_recomputes_only_that_article(project, tmp_path):
    cache = ArticleCache(tmp_path / "cache")
    pages_with(project, cache)
    article = sorted(project.articles_dir.rglob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    # A new dated sentence with a school and a figure: every kind of result changes.
    edited = text.rstrip("\n") + "\n\n2023年9月，新建的巴南区滨江实验小学校新增学位1200个。\n"
    article.write_text(edited, encoding="utf-8")
    after = pages_with(project, cache)
    # The body changed, the front matter did not: one entry per body-derived kind.
    assert cache.missed == {"schools": 1, "facts": 1, "chronology": 1}
    assert after == pages_with(project, None)
    assert "巴南区滨江实验小学校" in after["schools/banan.md"]
    assert "2023年9月" in after["chronology/index.md"]


def test_changed_data_file_invalidates_only_what_reads_it(project, tmp_path):
    cache = ArticleCache(tmp_path / "cache")
    pages_with(project, cache)
    schools = project.data_dir / "schools.yml"
    schools.write_text(
        schools.read_text(encoding="utf-8") + "\n# an editor's note\n", encoding="utf-8"
    )
    pages_with(project, cache)
    assert cache.missed == {}, "a schools.yml edit that changes no rule changes no school"
    text = schools.read_text(encoding="utf-8")
    assert "\nnot_schools: []\n" in text
    schools.write_text(
        text.replace("\nnot_schools: []\n", "\nnot_schools: [某某小学]\n"), encoding="utf-8"
    )
    pages_with(project, cache)
    articles = len(Corpus.load(project).entries)
    assert cache.missed == {"schools": articles}  # facts, dates and front matter are untouched
    metrics = project.data_dir / "metrics.yml"
    metrics.write_text(
        metrics.read_text(encoding="utf-8") + "\n# an editor's note\n", encoding="utf-8"
    )
    pages_with(project, cache)
    assert cache.missed == {}, "a metrics.yml edit that changes no metric changes no fact"
    text = metrics.read_text(encoding="utf-8")
    first_slug = next(
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.strip().startswith("- slug:")
    )
    metrics.write_text(
        text.replace(f"slug: {first_slug}", f"slug: {first_slug}-renamed", 1), encoding="utf-8"
    )
    after = pages_with(project, cache)
    assert cache.missed == {"facts": articles}
    assert after == pages_with(project, None)


def test_damaged_entries_are_recomputed_not_errors(project, tmp_path):
    uncached = pages_with(project, None)
    pages_with(project, ArticleCache(tmp_path / "cache"))
    files = entry_files(tmp_path / "cache")
    assert files
    damage = [b"", b"\xff\xfe not utf-8", b'{"key": "wrong", "value": []}', b'{"key": ', b"[1, 2]"]
    for number, path in enumerate(files):
        path.write_bytes(damage[number % len(damage)])
    cache = ArticleCache(tmp_path / "cache")
    assert pages_with(project, cache) == uncached
    assert cache.hits == 0 and cache.misses == len(files)
    # Recomputed entries were written back whole.
    assert all(
        json.loads(p.read_text(encoding="utf-8"))["key"] == p.stem
        for p in entry_files(tmp_path / "cache")
    )


def test_entry_with_the_right_key_but_a_wrong_shape_is_a_miss(project, tmp_path):
    uncached = pages_with(project, None)
    pages_with(project, ArticleCache(tmp_path / "cache"))
    for path in (tmp_path / "cache" / "facts").rglob("*.json"):
        path.write_text(
            json.dumps({"key": path.stem, "value": [{"unexpected": 1}]}), encoding="utf-8"
        )
    cache = ArticleCache(tmp_path / "cache")
    assert pages_with(project, cache) == uncached
    assert cache.missed == {"facts": len(Corpus.load(project).entries)}


def test_front_matter_yaml_cannot_store_is_parsed_every_time(project, tmp_path):
    article = sorted(project.articles_dir.rglob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(
        text.replace("\n---\n", "\npublished: 2022-03-01\n---\n", 1), encoding="utf-8"
    )
    cache = ArticleCache(tmp_path / "cache")
    for _ in range(2):
        corpus = Corpus.load(project, cache=cache)
        cache.new_build()
    entry = next(e for e in corpus.entries if e.article.path == article)
    assert type(entry.meta["published"]).__name__ == "date"  # not a string from JSON


def test_disabled_by_environment_and_shared_per_folder(project, monkeypatch):
    monkeypatch.setenv("ALMANAC_CACHE", "0")
    assert ArticleCache.for_project(project) is None
    monkeypatch.setenv("ALMANAC_CACHE", "1")
    first = ArticleCache.for_project(project)
    assert first is not None and first.directory == (project.root / ".almanac-cache").absolute()
    # mkdocs serve builds with a new plugin object each time: the memory must survive it.
    assert ArticleCache.for_project(Project(project.root)) is first


def test_unwritable_cache_folder_does_not_fail_the_build(project, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    cache = ArticleCache(blocker / "cache")
    assert pages_with(project, cache) == pages_with(project, None)
    assert pages_with(project, cache) and cache.misses == 0  # still cached in memory


def test_mkdocs_build_uses_the_project_cache_and_same_site_without_it(tmp_path, monkeypatch):
    project = make_project_copy(tmp_path / "almanac")
    monkeypatch.setenv("ALMANAC_CACHE", "0")
    plain = build_site(project, tmp_path / "plain")
    assert not (project / ".almanac-cache").exists()
    monkeypatch.setenv("ALMANAC_CACHE", "1")
    build_site(project, tmp_path / "cold")
    assert entry_files(project / ".almanac-cache")
    warm = build_site(project, tmp_path / "warm")

    def pages(site: Path) -> dict[str, bytes]:
        # sitemap.xml.gz carries the build date; every page must be the same.
        return {
            p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*.html"))
        }

    assert pages(plain) == pages(warm) == pages(tmp_path / "cold")


def test_front_matter_from_the_cache_keeps_its_key_order(project, tmp_path):
    # The cache's JSON sorted the keys: `almanac pages --out` then wrote each article's
    # front matter in alphabetical order after a warm build and in file order after a cold one.
    cache = ArticleCache(tmp_path / "cache")
    cold = [list(e.meta) for e in Corpus.load(project, cache=cache).entries]
    cache.new_build()
    warm = [
        list(e.meta) for e in Corpus.load(project, cache=ArticleCache(tmp_path / "cache")).entries
    ]
    assert cold == warm == [list(e.meta) for e in Corpus.load(project).entries]
    assert any(keys != sorted(keys) for keys in cold)  # the order is the file's, not sorted
