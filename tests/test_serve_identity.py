"""A `mkdocs serve --dirty` rebuild writes what a clean build would: after edits, the
dirty site is byte for byte the site a clean build of the edited sources gives (the
pages MkDocs skipped keep their titles and tags: generator/dirty_pages.py; whatever
the plugin reuses from the builds before is never stale), and an edit the check
refuses stops the rebuild as it would stop a build."""

from __future__ import annotations

import pytest
from conftest import build_site, make_project_copy
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

# A glossary term (术语表 lists the articles using it), a figure (the facts pages)
# and a sentence of its own (the search index): the edit reaches generated pages.
SENTENCE = "全区落实双减，新建学校12所，脏构建核对专用语句。"


def site_files(site) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_dirty_rebuilds_after_edits_equal_a_clean_build(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704067200")  # the sitemap's stamp, as in both builds
    project = make_project_copy(tmp_path / "project")
    site = tmp_path / "site"

    def dirty_build():
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)), dirty=True)

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    plugin = config.plugins["almanac"]
    plugin.on_startup(command="serve", dirty=True)  # ours only, as in test_serve_dirty.py
    articles = sorted((project / "docs" / "articles").rglob("*.md"))
    edited, other = articles[0], articles[1]
    original = edited.read_text(encoding="utf-8")
    try:
        build(config, dirty=True)
        before = site_files(site)
        dirty_build()  # nothing changed: nothing differs
        assert site_files(site) == before
        edited.write_text(original.rstrip("\n") + f"\n\n{SENTENCE}\n", encoding="utf-8")
        dirty_build()
        # An edit the check refuses stops the rebuild, though the article was fine before …
        assert "\nthemes:" not in original
        refused = original.replace(
            "\ndistrict_slug:", "\nthemes: [没有这个专题]\ndistrict_slug:", 1
        )
        edited.write_text(refused, encoding="utf-8")
        with pytest.raises(Abort):
            dirty_build()
        assert "banan-liuda-gongcheng.md:4: 未知专题 “没有这个专题”" in caplog.text
        # … and a second article's edit, with the first put right, builds again.
        edited.write_text(original.rstrip("\n") + f"\n\n{SENTENCE}\n", encoding="utf-8")
        text = other.read_text(encoding="utf-8")
        other.write_text(text.replace("\n## ", "\n## 新增小节\n\n又一句改动。\n\n## ", 1), "utf-8")
        dirty_build()
        dirty = site_files(site)
    finally:
        plugin.on_shutdown()
    clean = site_files(build_site(project, tmp_path / "clean"))
    assert dirty.keys() == clean.keys()
    differing = sorted(name for name in clean if dirty[name] != clean[name])
    assert differing == []
    assert dirty != before  # the edits did reach the site …
    changed = {name for name in clean if before.get(name) != clean[name]}
    # … the facts pages, the district page and the search index among what they changed
    assert {"facts/index.html", "districts/banan/index.html"} <= changed, sorted(changed)
    assert any(name.startswith("search/shards/") for name in changed)
    assert any(
        SENTENCE[-8:].encode() in data for n, data in dirty.items() if n.startswith("search/docs/")
    )
