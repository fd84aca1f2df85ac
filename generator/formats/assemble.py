"""A reader's blocks → the structure stage, and back into the article model.

The blocks become the numbered lines a text seed would give, so every format
goes through the one structure stage (bylines, districts, sidebars, captions'
credits are read there, the same way for all). What the file states for
certain is said to it the way an editor would, in a text seed's own terms:

* the title is a Markdown heading line (``# …``), section headings ``## …`` /
  ``### …`` (a heading over the first text is given the role ``lead_label``,
  which opens a section with it: a ``## `` line there would be taken for the
  deck);
* kicker and deck lines get the role ``headline``, captions ``caption``
  (the hints ``roles`` mechanism; an editor's hints file still wins);
* captions stand after the text, as pages print them, so none interrupts a
  sentence;
* a table or picture stands as a placeholder paragraph (``⟦table-001⟧。``)
  that the Draft gets back as a :class:`~.model.Table` or
  :class:`~.model.ImageNote` in its section's ``paragraphs``.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..districts import Gazetteer
from ..read import Line, SeedError, SeedText
from ..structure import Draft, structure_seed
from ..structure.cues import caption_credit
from .model import Block, Extracted, ImageNote, Table

_TOKEN = re.compile(r"⟦(table|image)-(\d{3})⟧。?")
_NO_DISTRICT = "无法识别文章所属区县"


class _Lines:
    """Numbered lines of one file, with what each line stands for."""

    def __init__(self):
        self.number = 0
        self.page_of: dict[int, int] = {}
        self.roles: dict[str, str] = {}
        self.objects: dict[str, Table | ImageNote] = {}
        self.captions: set[str] = set()

    def piece(self, blocks: list[Block]) -> list[Line]:
        lines: list[Line] = []

        def emit(text: str, where: int) -> None:
            if lines:
                self.number += 1
                lines.append(Line(self.number, "", indented=False))
            self.number += 1
            self.page_of[self.number] = where
            lines.append(Line(self.number, text, indented=False))

        captions: list[Block] = []
        text_begun = False
        for k, block in enumerate(blocks):
            if block.kind == "title":
                emit("# " + block.text, block.where)
            elif block.kind in ("kicker", "deck"):
                self.roles[block.text] = "headline"
                emit(block.text, block.where)
            elif block.kind == "heading":
                if not text_begun:
                    self.roles[block.text] = "lead_label"
                emit("#" * block.level + " " + block.text, block.where)
            elif block.kind == "caption":
                captions.append(block)
            elif block.kind in ("table", "image"):
                token = f"⟦{block.kind}-{len(self.objects) + 1:03d}⟧"
                if block.kind == "table":
                    self.objects[token] = Table(block.rows)
                else:
                    following = blocks[k + 1] if k + 1 < len(blocks) else None
                    caption = (
                        following.text
                        if following is not None and following.kind == "caption"
                        else ""
                    )
                    self.objects[token] = ImageNote(block.text, caption)
                emit(token + "。", block.where)
            else:
                text_begun = text_begun or block.kind == "para"
                emit(block.text, block.where)
        for block in captions:
            self.roles[block.text] = "caption"
            self.captions.add(block.text)
            emit(block.text, block.where)
        return lines


def structure_extracted(
    path: Path, extracted: Extracted, sha256: str, gazetteer: Gazetteer, hints: dict
) -> tuple[list[Draft], dict[int, int]]:
    """Drafts of every piece, and each line's page (0 where the format has none)."""
    book = _Lines()
    seeds = [
        SeedText(path=path, lines=tuple(book.piece(blocks)), sha256=sha256, encoding="utf-8")
        for blocks in extracted.pieces
        if blocks
    ]
    given = {str(k): str(v) for k, v in (hints.get("roles") or {}).items()}
    drafts: list[Draft] = []
    for seed in seeds:
        piece_hints = {**hints, "roles": {**book.roles, **given}}
        try:
            found = structure_seed(seed, gazetteer, piece_hints)
        except SeedError as exc:
            if _NO_DISTRICT not in str(exc) or not drafts:
                raise
            # A short item that never names its district, on a page of several
            # articles: it is the district of the article printed before it.
            found = structure_seed(
                seed, gazetteer, {**piece_hints, "district": drafts[-1].district}
            )
        drafts.extend(found)
    for draft in drafts:
        _restore(draft, book)
        pages = pages_of(draft, book.page_of)
        if pages and extracted.page_labels.get(pages[0]) and not draft.page:
            draft.page = extracted.page_labels[
                pages[0]
            ]  # read off the page, as a text seed's 第7版 line
        if extracted.editors and not draft.editors:
            draft.editors = list(dict.fromkeys(extracted.editors))
    return drafts, book.page_of


def _restore(draft: Draft, book: _Lines) -> None:
    """Placeholders back to tables and pictures; captions the structure stage
    read as paragraphs (one ending in a full stop) back to captions."""
    for section in draft.sections:
        paragraphs: list = []
        for paragraph in section.paragraphs:
            if paragraph in book.captions:
                _add_caption(draft, paragraph)
                continue
            position = 0
            for match in _TOKEN.finditer(paragraph):
                before = paragraph[position : match.start()].strip()
                if before:
                    paragraphs.append(before)
                paragraphs.append(book.objects[f"⟦{match.group(1)}-{match.group(2)}⟧"])
                position = match.end()
            rest = paragraph[position:].strip()
            if rest and rest != "。":
                paragraphs.append(rest)
        section.paragraphs = paragraphs
    draft.sections = [s for s in draft.sections if s.heading or s.paragraphs]
    draft.summary = _TOKEN.sub("", draft.summary)


def _add_caption(draft: Draft, text: str) -> None:
    split = caption_credit(text)
    caption = split[0] if split else text
    if caption not in draft.captions:
        draft.captions.append(caption)
    if split and split[1] not in draft.photo_credit.split("、"):
        draft.photo_credit = "、".join(filter(None, [draft.photo_credit, split[1]]))


def pages_of(draft: Draft, page_of: dict[int, int]) -> list[int]:
    pages = [page_of[n] for n in range(draft.first_line, draft.last_line + 1) if page_of.get(n)]
    return [min(pages), max(pages)] if pages else []
