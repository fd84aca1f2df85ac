"""Generalisation check: the seed articles set again in other column layouts
(other widths, a blank line between every column line) must come back as the
same headline and the same paragraphs. Nothing here is keyed to a seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.districts import Gazetteer
from generator.read import SeedText, split_lines
from generator.store import load_articles
from generator.structure import structure_seed
from tests.helpers import ROOT

GAZETTEER = Gazetteer.load(ROOT / "docs" / "data")
ARTICLES = load_articles(ROOT / "docs")


def wrap(paragraph: str, width: int) -> list[str]:
    """Column lines of about ``width`` characters, as a layout program sets them:
    never breaking next to a space, nor leaving a full stop at the end of a full
    line (which would be indistinguishable from a paragraph end)."""
    lines, start = [], 0
    while start < len(paragraph):
        end = min(start + width, len(paragraph))
        while end < len(paragraph) and (
            paragraph[end - 1] in " 。！？”…" or paragraph[end] in " …"
        ):
            end += 1
        lines.append(paragraph[start:end])
        start = end
    return lines


def set_in_columns(article, width: int, blank_between_lines: bool) -> tuple[str, list[str]]:
    # Where every column line stands alone, a headline is only told apart by
    # being set apart: frames of that kind leave more than one blank line round it.
    gap = ["", ""] if blank_between_lines else [""]
    out, paragraphs = [article.title, *gap], []
    for block in article.body.strip().split("\n\n"):
        if block.startswith("#"):
            out += [*gap, block.lstrip("# "), *gap]
            continue
        paragraphs.append(block.replace("\\", ""))
        separator = "\n\n" if blank_between_lines else "\n"
        out += [separator.join(wrap(paragraphs[-1], width)), ""]
    out.append(" ".join(article.meta["authors"]))
    out.append(f"图片由{article.district}教委提供")
    return "\n".join(out), paragraphs


@pytest.mark.parametrize("width, blanks", [(16, False), (22, False), (13, True)])
@pytest.mark.parametrize("article", ARTICLES, ids=[a.path.stem[:24] for a in ARTICLES])
def test_same_article_in_another_column_layout(article, width, blanks):
    text, paragraphs = set_in_columns(article, width, blanks)
    seed = SeedText(Path("relayout.txt"), tuple(split_lines(text)), "0", "utf-8")
    (draft,) = structure_seed(seed, GAZETTEER)
    assert draft.title == article.title
    assert [p for s in draft.sections for p in s.paragraphs] == paragraphs
