"""Import's output always passes check (issue 14): any text ``almanac import``
accepts gives articles ``almanac check`` accepts.

The text mixes newspaper prose with what an attacker or a broken converter puts
in a seed: markup, attribute lists, fences, ``javascript:``, escapes, odd
spaces. Whatever the importer writes, the whole check (the one ``mkdocs build``
runs) must find no error in it; a seed the importer refuses writes nothing.
Examples are few and the project small, so the test stays well under 30 s.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from conftest import PROJECT_ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.check import check_project, errors
from generator.importer import Importer
from generator.project import Project
from generator.store import article_paths

PROSE = list("巴南区大足区教育集团学校新建推进优质均衡发展孩子成长的了和在有") + list(
    "，。！？；：“”、（）《》·—…0123456789 \u3000\t"
)
HOSTILE = [
    "<script>alert(1)</script>",
    '<iframe src="javascript:alert(1)">',
    "<img src=x onerror=alert(1)>",
    "{: onclick=alert(41) }",
    "{: #p-1 .x }",
    "javascript:alert(1)",
    "JaVaScRiPt:",
    "data:text/html,<b>",
    "```",
    "~~~",
    "    ",
    "> ",
    "- ",
    "1. ",
    "# ",
    "（一）",
    "*[五育]: ",
    "[链接](javascript:1)",
    "![图](x.png)",
    "`",
    "\\",
    "&lt;",
    "&#106;",
    "---",
    "title: x",
    "import_key: x",
    "\u200b",
    "\ufeff",
    "{{ district }}",
    "{% raw %}",
]
piece = st.one_of(st.sampled_from(PROSE), st.sampled_from(HOSTILE))
line = st.lists(piece, min_size=1, max_size=20).map("".join)
LEAD = "巴南区推进教育集团化办学，优质均衡发展不断推进。\n\n"
seed_text = st.lists(
    st.tuples(line, st.sampled_from(["\n", "\n\n", "\r\n"])), min_size=1, max_size=12
).map(lambda parts: LEAD + "".join(text + end for text, end in parts))


class Almanac:
    """A small checkout (data files, no articles) whose seeds live inside it."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = Path(self.tmp.name)
        (self.root / "seeds").mkdir()
        shutil.copytree(PROJECT_ROOT / "docs" / "data", self.root / "docs" / "data")
        shutil.copy2(PROJECT_ROOT / "mkdocs.yml", self.root / "mkdocs.yml")
        self.project = Project(self.root)

    def clear(self) -> None:
        shutil.rmtree(self.project.articles_dir, ignore_errors=True)


ALMANAC = Almanac()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed_text)
def test_what_import_accepts_check_accepts(text):
    ALMANAC.clear()
    seed = ALMANAC.root / "seeds" / "s.txt"
    seed.write_text(text, encoding="utf-8")
    importer = Importer(ALMANAC.project, quiet=True, out=io.StringIO())
    code = importer.run([seed])
    written = article_paths(ALMANAC.project.docs_dir)
    if code != 0:
        assert written == []  # refused: nothing written
        return
    assert written  # accepted: at least one article
    assert errors(check_project(ALMANAC.project)) == []
