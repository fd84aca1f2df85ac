"""What a format reader returns: the pieces of text it found, each tagged with
the role the file's own markup gives it (a Word style, an HTML element, a type
size on a PDF page), and what the file says about its publication.

Readers never decide what the structure stage decides for text seeds (which
line is the byline, where an article of another district starts); they only
pass on what the file states for certain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..read import SeedError
from ..yamlsafe import package_data

# kicker | title | deck | byline | para | heading | caption | table | image
KINDS = frozenset(
    {"kicker", "title", "deck", "byline", "para", "heading", "caption", "table", "image"}
)


@dataclass(frozen=True)
class Block:
    kind: str
    text: str = ""
    level: int = 2  # heading: Markdown level (2 = section, 3 = subsection)
    rows: tuple[tuple[str, ...], ...] = ()  # table: header row first
    where: int = 0  # PDF: the page it is printed on; 0 when the format has no pages

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")


@dataclass
class Extracted:
    """One file's content as a reader found it."""

    format: str  # pdf | docx | html
    pieces: list[
        list[Block]
    ]  # one per article the layout separates (a PDF page's blocks), else one
    publication: dict[str, str] = field(
        default_factory=dict
    )  # published, source_name, page, source_url
    editors: list[str] = field(default_factory=list)
    pages: int = 0
    page_labels: dict[int, str] = field(
        default_factory=dict
    )  # PDF page → 第7版, as its header band says


_CELL_MARKUP = re.compile(r"([\\`*_\[\]|])")


@dataclass(frozen=True)
class Table:
    """A table of the source, kept as a table (rendered as a Markdown table)."""

    rows: tuple[tuple[str, ...], ...]

    def markdown(self) -> str:
        width = max(len(r) for r in self.rows)
        rows = [list(r) + [""] * (width - len(r)) for r in self.rows]
        # Cells are prose: Markdown and HTML in them are escaped (generator.corpus reads them back).
        cell = lambda text: _CELL_MARKUP.sub(r"\\\1", " ".join(text.split())).replace("<", "&lt;")  # noqa: E731
        lines = ["| " + " | ".join(cell(c) for c in rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:]]
        return "\n".join(lines)


@dataclass(frozen=True)
class ImageNote:
    """Where the source has a picture: noted for the editor, not embedded."""

    name: str
    caption: str = ""

    def markdown(self) -> str:
        text = f"原文图片（未嵌入）：{self.name}" + (
            f"；图注：{self.caption}" if self.caption else ""
        )
        return "<!-- " + text.replace("--", "—") + " -->"


class FormatError(SeedError):
    """A file of a supported format that cannot be read; the message says why."""


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return package_data("formats.yml")


_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")


def join_text(pieces: list[str]) -> str:
    """Pieces of one paragraph (the lines of a column, an element's text
    nodes) as one line. A break between pieces, or a newline inside one, adds
    no space, except between two Latin letters or digits where the source had
    whitespace at the break (``AI`` / ``课堂`` → ``AI课堂``; ``STE`` / ``AM`` →
    ``STEAM``; ``Hello `` / ``World`` → ``Hello World``). Spaces inside a line
    stay (one for a run): they may part names in a byline (记者 张丽)."""
    parts: list[str] = []
    for piece in pieces:
        parts.extend(piece.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    out = ""
    for part in parts:
        text = _SPACES.sub(" ", part)
        if not text.strip():
            if out and not out.endswith(" "):
                out += " "  # remembered: whitespace at the break
            continue
        spaced = out.endswith(" ") or text.startswith(" ")
        left, right = out.rstrip(), text.strip()
        gap = (
            " "
            if left and spaced and _WORD_CHAR.match(left[-1]) and _WORD_CHAR.match(right[0])
            else ""
        )
        out = left + gap + right + (" " if text.endswith(" ") else "")
    return out.strip()


def clean_line(text: str) -> str:
    """One line of extracted text: whitespace runs collapsed, a leading ``#``
    made full-width so the structure stage never reads prose as a Markdown heading."""
    text = join_text([text])
    return "＃" + text[1:] if text.startswith("#") else text
