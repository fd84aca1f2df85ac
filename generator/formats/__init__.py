"""Formats ``almanac import`` reads besides plain text: saved web pages, Word
documents and newspaper PDFs with a text layer.

    sniff.py     which format a file is, by its content, checked against its name
    html.py      saved web pages (trafilatura): main text, info line, metadata
    docx.py      Word .docx (python-docx): styles, bold headings, captions, tables
    pdf.py       newspaper pages (pdfplumber): bands, headlines, columns, captions
    model.py     what the readers return (blocks) and the body objects they add
    assemble.py  blocks → the structure stage's lines, drafts → tables and pictures

:func:`read_source` is the importer's one read step: it gives the drafts of a
file, the publication details the file states and where each draft is in it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..districts import Gazetteer
from ..read import SeedText, read_seed, vet_seed_path
from ..structure import Draft, structure_seed
from .assemble import pages_of, structure_extracted
from .model import Extracted, FormatError, ImageNote, Table
from .sniff import detect

__all__ = ["Source", "read_source", "FormatError", "Table", "ImageNote", "FORMAT_NAMES"]

FORMAT_NAMES = {"text": "文本", "html": "网页", "docx": "Word", "pdf": "PDF"}
# Checked before a file is parsed: no parser is handed a runaway file.
MAX_BYTES = {"docx": 32 * 1024 * 1024, "pdf": 64 * 1024 * 1024}


@dataclass
class Source:
    path: Path
    format: str  # text | html | docx | pdf
    sha256: str
    seed: SeedText | None = None  # text
    extracted: Extracted | None = None  # the other formats
    _page_of: dict[int, int] = field(default_factory=dict)

    @property
    def publication(self) -> dict[str, str]:
        """What the file states (a page's date line, a web page's metadata):
        below a ``.meta.yml`` and the command line, which win."""
        return dict(self.extracted.publication) if self.extracted else {}

    def structure(self, gazetteer: Gazetteer, hints: dict) -> list[Draft]:
        if self.seed is not None:
            return structure_seed(self.seed, gazetteer, hints)
        assert self.extracted is not None  # a source is a seed or an extracted file
        drafts, self._page_of = structure_extracted(
            self.path, self.extracted, self.sha256, gazetteer, hints
        )
        return drafts

    def where(self, draft: Draft) -> dict:
        """The draft's place in the file for ``source`` in front matter: lines of
        a text, pages of a PDF (a page or document has no lines to cite)."""
        if self.seed is not None:
            return {"lines": [draft.first_line, draft.last_line]}
        pages = pages_of(draft, self._page_of)
        return {"pages": pages} if pages else {}

    def describe(self) -> str:
        name = FORMAT_NAMES[self.format]
        if self.extracted is not None and self.extracted.pages:
            name += f"，{self.extracted.pages} 页"
        return name


def read_source(path: Path) -> Source:
    path = Path(path)
    vet_seed_path(path)  # a link, folder or FIFO is refused before detection opens it
    kind = detect(path)
    if kind == "text":
        seed = read_seed(path)
        return Source(path, "text", seed.sha256, seed=seed)
    size = path.stat().st_size
    if size > MAX_BYTES.get(kind, 1 << 62):
        raise FormatError(
            path, f"文件过大（{size} 字节，{FORMAT_NAMES[kind]} 上限 {MAX_BYTES[kind]} 字节）"
        )
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    if kind == "html":
        from .html import read_html as reader
    elif kind == "docx":
        from .docx import read_docx as reader
    else:
        from .pdf import read_pdf as reader
    return Source(path, kind, sha, extracted=reader(path))
