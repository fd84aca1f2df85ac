"""A --dirty rebuild (as `mkdocs serve --dirty` runs after each save) shows the edit,
searchable, and leaves the generated pages the edit did not change unbuilt
(generator/page_files.py; the plugin keeps the skipped pages' search text)."""

from __future__ import annotations

import json

import search_reference as ref
from conftest import make_project_copy
from mkdocs.commands.build import build
from mkdocs.config import load_config

SENTENCE = "脏构建预览新增的一句话"


def test_dirty_rebuild_shows_the_edit_and_skips_unchanged_generated_pages(tmp_path):
    project = make_project_copy(tmp_path / "project")
    site = tmp_path / "site"

    def dirty_build():
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        build(config, dirty=True)
        return config

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    plugin = config.plugins["almanac"]
    plugin.on_startup(
        command="serve", dirty=True
    )  # ours only: Material's tags plugin would remember "serve"
    try:
        build(config, dirty=True)
        pages = {p: p.stat().st_mtime_ns for p in site.rglob("index.html")}
        manifest = json.loads((site / "search" / "manifest.json").read_text(encoding="utf-8"))
        article = sorted((project / "docs" / "articles").rglob("*.md"))[0]
        text = article.read_text(encoding="utf-8").rstrip("\n")
        article.write_text(f"{text}\n\n{SENTENCE}。\n", encoding="utf-8")
        dirty_build()
    finally:
        plugin.on_shutdown()
    rel = article.relative_to(project / "docs").with_suffix("")
    page = site / rel / "index.html"
    assert SENTENCE in page.read_text(encoding="utf-8")
    rebuilt = {p for p, mtime in pages.items() if p.stat().st_mtime_ns != mtime}
    assert page in rebuilt
    # Unchanged generated pages are not built again (before, all of them were) …
    for unchanged in ("glossary", "chronology", "schools"):
        assert site / unchanged / "index.html" not in rebuilt, unchanged
    assert len(rebuilt) < len(pages) / 2
    # … and the index still holds every page, the edited one with its new sentence.
    after = json.loads((site / "search" / "manifest.json").read_text(encoding="utf-8"))
    assert after["pages"] == manifest["pages"]
    hits = ref.search(site / "search", SENTENCE)
    assert [hit["url"].split("#")[0] for hit in hits] == [f"{rel.as_posix()}/"]
