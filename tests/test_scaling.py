"""No step of the generator is quadratic in the number of articles.

Counted, not timed: the number of lines of the generator's code (and of the
compiled Jinja templates) executed for a whole build's worth of work — every
generated page plus what the MkDocs plugin adds to each article page — on
synthetic corpora of growing size. For linear work the cost of the next batch
of articles stays the same; a step that compares every article with every
other (or scans every fact for each page) makes it grow with the corpus.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from bench.make_corpus import make_corpus
from generator.corpus import Corpus, anchor_paragraphs
from generator.enrich.almanac import enrich
from generator.enrich.glossary import load_terms
from generator.importer import Importer
from generator.project import Project
from generator.render import browse
from generator.render.facts_page import article_facts_markdown
from generator.render.reader_extras import article_appendix
from generator.render.site import generate_pages
from tests.conftest import make_project_copy

GENERATOR = str(Path(__file__).resolve().parents[1] / "generator")
# Few districts, so that every district already reports most metrics in the
# smaller corpus: work per district × per figure (the charts on each district
# page) then grows like the figures, as it does for the full 38 districts once
# the corpus is large.
SIZES = (100, 200)
DISTRICTS = 4


def build_work(project: Project) -> None:
    """What a build asks of the generator: every generated page, then each
    article page's additions (as the plugin's on_page_markdown makes them)."""
    corpus = Corpus.load(project)
    almanac = enrich(corpus)
    generate_pages(almanac)
    terms = load_terms(project.data_dir)
    for entry in corpus.entries:
        almanac.themes.tags(entry)
        markdown = "\n\n".join(
            [
                browse.article_header(almanac, entry),
                anchor_paragraphs(entry.article.body),
                browse.article_footer(almanac, entry),
                article_facts_markdown(almanac, entry.docs_path),
            ]
        )
        article_appendix(entry, markdown, None, terms, project.templates_dir)


def executed_lines(fn) -> Counter:
    """How often each line of the generator's modules and of the templates runs
    while ``fn`` runs (a loop's body once per iteration, comprehensions included)."""
    counts: Counter = Counter()

    def local(frame, event, arg):
        if event == "line":
            # Each corpus has its own copy of templates/: key by the template's own path.
            counts[frame.f_code.co_filename.rpartition("/templates/")[2], frame.f_lineno] += 1
        return local

    def global_(frame, event, arg):
        name = frame.f_code.co_filename
        if name.startswith(GENERATOR) or name.endswith(".j2"):
            return local
        return None  # libraries (jieba, yaml, jinja2's runtime) are not counted

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        fn()
    finally:
        sys.settrace(previous)
    return counts


def test_build_work_grows_linearly_with_the_articles(tmp_path):
    counts = {}
    (tmp_path / "none").mkdir()
    for size in SIZES:
        root = make_project_copy(tmp_path / f"n{size}", articles=tmp_path / "none")
        project = Project(root)
        seeds = make_corpus(size, root / "seeds", seed=5, districts=DISTRICTS)
        assert Importer(project, quiet=True).run(seeds) == 0
        assert len(Corpus.load(project).entries) == size
        counts[size] = executed_lines(lambda project=project: build_work(project))
    small, large = SIZES
    # Twice the articles, about twice the work (a little more: a few districts
    # only appear in the larger corpus, and each has its pages).
    total = sum(counts[large].values()) / sum(counts[small].values())
    assert 1.6 < total < 2.4, total
    # No single line may run about four times as often for twice the articles,
    # as a loop over every pair of articles (or over every fact for each page)
    # would, however small its share of the total still is at these sizes.
    quadratic = {
        f"{Path(name).name}:{line}": (counts[small][name, line], runs)
        for (name, line), runs in counts[large].items()
        if runs >= 5000 and runs > 3 * counts[small][name, line]
    }
    assert not quadratic, quadratic


def test_fast_relpath_agrees_with_posixpath():
    import itertools
    import posixpath

    from generator.paths import relpath

    segments = ["articles", "banan", "x.md", "facts", "index.md", ".", "..", "", "x/"]
    checked = 0
    for length in (1, 2, 3):
        for path_parts in itertools.product(segments, repeat=length):
            path = "/".join(path_parts)
            for start in (
                "",
                ".",
                "facts",
                "districts/",
                "articles/banan",
                "articles/banan/x/",
                "a/b/c",
                "../x",
                "/abs",
                "a//b",
            ):
                if not path:
                    continue
                try:
                    expected = posixpath.relpath(path, start or ".")
                except ValueError:
                    continue
                assert relpath(path, start) == expected, (path, start)
                checked += 1
    assert checked > 1000
