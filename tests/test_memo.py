"""The check's memo across `mkdocs serve` rebuilds (generator/memo.py): an unchanged
article is neither parsed nor checked again, and what else its check depends on (the
data files, its source file on disk) makes it miss."""

from __future__ import annotations

from conftest import make_project_copy

from generator.check import Checker
from generator.memo import Memo, Rebuilds
from generator.project import Project

DAZU = "docs/articles/dazu/dazu-jiaoyu.md"


def run(project: Project, rebuilds: Rebuilds) -> list[str]:
    rebuilds.new_build()
    return [str(p) for p in Checker(project, rebuilds).run()]


def test_unchanged_articles_come_from_the_memo_and_their_dependencies_invalidate_it(tmp_path):
    root = make_project_copy(tmp_path / "project")
    project = Project(root)
    rebuilds = Rebuilds()
    clean = run(project, rebuilds)
    assert rebuilds.checks.misses == 4 and rebuilds.checks.hits == 0
    first = Checker(project, rebuilds)
    rebuilds.new_build()
    assert [str(p) for p in first.run()] == clean
    assert rebuilds.checks.hits == 4 and rebuilds.articles.hits == 4
    # The entries are the ones read before: their parsed sections are kept too.
    again = Checker(project, rebuilds)
    rebuilds.new_build()
    again.run()
    assert [e.article for e in again.entries] == [e.article for e in first.entries]
    assert all(a is b for a, b in zip(again.entries, first.entries, strict=True))

    # A theme removed from themes.yml: the article using it is checked again.
    themes = root / "docs/data/themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace("name: 劳动教育", "name: 劳动与实践"), encoding="utf-8")
    assert any(f"{DAZU}:" in p and "未知专题 “劳动教育”" in p for p in run(project, rebuilds))
    themes.write_text(text, encoding="utf-8")
    assert run(project, rebuilds) == clean

    # The source file it names deleted: the article is checked again.
    source = root / "seeds/001_091f230f3370da1a.txt"
    assert source.is_file()
    source.unlink()
    assert any(
        f"{DAZU}:" in p and "source.file 指向的文件不存在" in p for p in run(project, rebuilds)
    )

    # … and the same problems as a check without a memo.
    assert run(project, rebuilds) == [str(p) for p in Checker(project).run()]


def test_memo_forgets_what_the_last_build_did_not_use():
    memo = Memo()
    memo.new_build()
    assert memo.get("a", lambda: 1) == 1 and memo.get("b", lambda: 2) == 2
    memo.new_build()
    assert memo.get("a", lambda: 10) == 1  # kept: used in the build before
    memo.new_build()
    assert memo.get("b", lambda: 20) == 20  # "b" was not used in the last build
    assert (memo.hits, memo.misses) == (0, 1)


def test_theme_mentions_from_the_memo_follow_the_taxonomy(tmp_path):
    from generator.corpus import Corpus
    from generator.enrich.themes import ThemeTaxonomy, index_themes

    root = make_project_copy(tmp_path / "project")
    corpus = Corpus.load(Project(root))
    data = root / "docs/data"

    def themes(memo):
        index = index_themes(corpus, ThemeTaxonomy.load(data), memo)
        return {  # where each theme is found, and how often
            slug: [(e.entry.docs_path, e.section.anchor, e.excerpt, e.hits) for e in found]
            for slug, found in index.evidence.items()
        }

    memo = Memo()
    memo.new_build()
    assert themes(memo) == themes(None)
    memo.new_build()
    assert themes(memo) == themes(None) and memo.misses == 0
    # Keywords added to themes.yml: the texts are matched again, not taken from the memo.
    text = (data / "themes.yml").read_text(encoding="utf-8")
    before = themes(None)
    (data / "themes.yml").write_text(
        text.replace("校外培训]", "校外培训, 养成教育, 科技创新, 集团化]"),
        encoding="utf-8",
    )
    memo.new_build()
    assert themes(memo) == themes(None) != before


def test_search_index_from_the_memo_equals_the_index_made_whole():
    import random
    from dataclasses import replace

    from generator.memo import IndexMemo
    from generator.search.build import build_index
    from generator.search.extract import Page

    rng = random.Random(18)
    alphabet = "教育学校区县双减课后服务集团化办学优质均衡发展乡村教师"

    def text(n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    def section(k: int) -> tuple[str, str, str]:
        lines = "\n".join(text(rng.randint(20, 500)) for _ in range(rng.randint(1, 4)))
        return (f"s{k}", text(4) if k else "", lines)

    pages = [
        Page(f"p{i}/", text(6), "", [section(k) for k in range(rng.randint(1, 4))])
        for i in range(30)
    ]
    memo = IndexMemo()
    patched = 0
    for step in range(24):
        memo.new_build()
        before = memo.last[1] if memo.last else {}
        assert build_index(pages, memo) == build_index(pages), step
        # Patched, not made whole: the postings of keys the edit did not touch are the same lists.
        patched += any(
            memo.last[1][key] is ids for key, ids in before.items() if key in memo.last[1]
        )
        for _ in range(rng.choice((1, 1, 2, 3))):  # one article saved, or a few
            i = rng.randrange(len(pages))
            anchor, heading, body = rng.choice(pages[i].sections)
            edits = [
                body + "\n" + text(rng.randint(1, 30)),  # a sentence added (most edits)
                body[: len(body) // 2],  # text taken out
                body.replace(body[:3], text(3), 1),  # a few characters changed
            ]
            new = (anchor, text(4) if rng.random() < 0.2 else heading, rng.choice(edits))
            pages[i] = replace(
                pages[i], sections=[new if s[0] == anchor else s for s in pages[i].sections]
            )
        if rng.random() < 0.1:  # a page added: every later chunk id moves
            pages.insert(rng.randrange(len(pages)), Page("new/", text(5), "", [section(0)]))
    assert patched > 12


def test_only_a_server_keeps_a_memo():
    # A one-off `mkdocs build` never builds again in its process: a memo (or the
    # pages a dirty rebuild skips) would only hold every article and page in memory.
    from generator.mkdocs_plugin import AlmanacPlugin

    plugin = AlmanacPlugin()
    for command, dirty, memo, skipped_pages in (
        ("build", False, False, False),
        ("build", True, False, False),
        ("serve", False, True, False),
        ("serve", True, True, True),
    ):
        plugin.on_startup(command=command, dirty=dirty)
        try:
            assert (plugin.rebuilds is not None) == memo, (command, dirty)
            assert (plugin.dirty_pages is not None) == skipped_pages, (command, dirty)
        finally:
            plugin.on_shutdown()


def test_a_one_off_build_lets_each_written_page_drop_its_text(tmp_path):
    # MkDocs keeps every Page to the end of a build: a `mkdocs build` lets a written
    # page's Markdown and HTML go (its title stays: the nav of later pages prints it);
    # a server keeps them, as a --dirty rebuild reuses what it skips.
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    from generator.mkdocs_plugin import AlmanacPlugin

    config = MkDocsConfig()
    config.load_dict({"site_name": "年鉴", "docs_dir": str(tmp_path), "site_dir": str(tmp_path)})
    plugin = AlmanacPlugin()
    for command, released in (("build", True), ("serve", False)):
        page = Page(None, File("a.md", str(tmp_path), str(tmp_path), False), config)
        page.markdown, page.meta = "正文一句。\n", {"title": "大事记"}  # as read_source leaves them
        page.content = "<p>正文一句。</p>\n"  # … and render
        plugin.on_startup(command=command, dirty=False)
        try:
            output = plugin.on_post_page("<p>正文一句。</p>\n", page, config)
        finally:
            plugin.on_shutdown()
        assert "正文一句" in output
        assert (page.content is None) == released, command
        assert (page.markdown == "") == released, command
        assert page.title == "大事记", command
