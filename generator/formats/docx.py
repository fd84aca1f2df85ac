"""Word documents (.docx), by python-docx.

Read: paragraphs and tables in document order; ``Title``/``Subtitle`` and
``Heading N`` styles (English or Chinese names) as title, deck and section
headings; without a Title style, a short first paragraph set apart (centred,
bold or larger than the text) as the title; a short bold paragraph standing
alone as a section heading; the ``Caption`` style, or a ``图…``/``▲…``
paragraph next to a picture, as a caption; pictures noted by file name;
tables as tables. Not read: headers, footers, footnotes, comments, text boxes
and tracked changes; the document's author and dates (usually the computer's
user and the template's, not the article's).

The package is checked before python-docx opens it: a ZIP whose entries
declare more than the limits below (a "zip bomb"), or a document without
``word/document.xml``, is refused unread.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath

from ..structure.cues import byline_names, contributor
from .model import Block, Extracted, FormatError, clean_line, join_text, vocabulary

MAX_ENTRIES = 5000
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all entries together, as declared
MAX_XML_BYTES = 64 * 1024 * 1024  # document.xml: a 300-page report is a few MB
MAX_RATIO = 100  # deflate reaches ~10 on text; a bomb reaches thousands
MAX_TITLE_CHARS = 40
MAX_BOLD_HEADING_CHARS = 30

_TERMINAL = re.compile(r"[。！？!?；;]$")
_NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "v": "urn:schemas-microsoft-com:vml",
}


def check_package(path: Path) -> None:
    """Refuse a package by what its ZIP directory declares, before inflating anything."""
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FormatError(
            path, "Word 文档已损坏或不完整（ZIP 结构无法读取）：请重新保存或重新下载"
        ) from None
    if len(entries) > MAX_ENTRIES:
        raise FormatError(
            path,
            f"Word 文档中的部件过多（{len(entries)} 个，上限 {MAX_ENTRIES}）：疑为恶意文件，未读取",
        )
    total = sum(e.file_size for e in entries)
    if total > MAX_UNCOMPRESSED:
        raise FormatError(
            path,
            f"Word 文档解压后过大（声明 {total} 字节，上限 {MAX_UNCOMPRESSED}）：疑为压缩炸弹，未读取",
        )
    for entry in entries:
        if entry.file_size > (1 << 20) and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        ):
            raise FormatError(
                path,
                f"Word 文档中的 {entry.filename} 压缩比异常（{entry.file_size // max(entry.compress_size, 1)} 倍）：疑为压缩炸弹，未读取",
            )
        if entry.filename.endswith(".xml") and entry.file_size > MAX_XML_BYTES:
            raise FormatError(
                path, f"Word 文档中的 {entry.filename} 过大（{entry.file_size} 字节）：未读取"
            )
    if not any(e.filename == "word/document.xml" for e in entries):
        raise FormatError(path, "不是 Word 文档（缺少 word/document.xml）")


def read_docx(path: Path) -> Extracted:
    check_package(path)
    import docx  # imported when a document is read
    from docx.table import Table as DocxTable

    try:
        document = docx.Document(str(path))
        items = list(document.iter_inner_content())
    except zipfile.BadZipFile:
        raise FormatError(path, "Word 文档已损坏或不完整：请重新保存") from None
    except Exception as exc:  # python-docx and lxml raise many kinds for a broken part
        raise FormatError(
            path,
            f"Word 文档无法解析（{type(exc).__name__}）：请在 Word/WPS 中打开后重新保存为 .docx",
        ) from None
    vocab = vocabulary()["docx"]
    body_size = _body_size(items)
    paragraphs = [(k, item) for k, item in enumerate(items) if not isinstance(item, DocxTable)]
    has_image = {k for k, p in paragraphs if _images(p, document)}
    titled = any(_style(p) in vocab["title_styles"] for _, p in paragraphs)
    blocks: list[Block] = []
    title_done = False
    for k, item in enumerate(items):
        if isinstance(item, DocxTable):
            rows = _table_rows(item)
            if rows:
                blocks.append(Block("table", rows=rows))
            continue
        for name in _images(item, document):
            blocks.append(Block("image", name))
        text = clean_line(join_text([item.text]))
        if not text:
            continue
        style = _style(item)
        level = _heading_level(item, vocab)
        nothing_yet = not any(b.kind in ("para", "heading", "table", "title") for b in blocks)
        if style in vocab["title_styles"] and not title_done:
            blocks.append(Block("title", text))
            title_done = True
        elif style in vocab["subtitle_styles"] or (
            title_done and nothing_yet and text.startswith(("——", "—"))
        ):
            blocks.append(Block("deck", text))
        elif (
            not titled
            and not title_done
            and nothing_yet
            and (level == 1 or _set_apart(item, body_size))
            and len(text) <= MAX_TITLE_CHARS
            and not _TERMINAL.search(text)
        ):
            blocks.append(
                Block("title", text)
            )  # no Title style: the first line set apart is the title
            title_done = True
        elif level:
            blocks.append(
                Block("heading", text, level=level)
            )  # the style's level; made 2 or 3 below
        elif style in vocab["caption_styles"] or (
            re.match(vocab["caption_marker"], text)
            and ({k - 1, k + 1} & has_image or k in has_image)
        ):
            # ▲ points at the picture; it is no part of the caption's words.
            blocks.append(Block("caption", text.lstrip("▲△▼ ") or text))
        elif (
            _bold_alone(item)
            and len(text) <= MAX_BOLD_HEADING_CHARS
            and not _TERMINAL.search(text)
            and not _signed(text)
        ):
            blocks.append(Block("heading", text, level=0))  # bold alone: a section heading
        else:
            blocks.append(Block("para", text))
    if not any(b.kind == "para" for b in blocks):
        raise FormatError(path, "Word 文档中没有正文段落")
    return Extracted("docx", [_section_levels(blocks)])


def _section_levels(blocks: list[Block]) -> list[Block]:
    """The shallowest heading style left (Heading 1, or Heading 2 where Heading 1
    was the title) marks sections (##), deeper ones subsections (###)."""
    styled = [b.level for b in blocks if b.kind == "heading" and b.level > 0]
    top = min(styled, default=0)
    return [
        Block("heading", b.text, level=2 if b.level in (0, top) else 3)
        if b.kind == "heading"
        else b
        for b in blocks
    ]


def _signed(text: str) -> bool:
    """本报记者 张丽 set in bold is a byline, not a heading."""
    return bool(byline_names(text) or contributor(text))


def _style(paragraph) -> str:
    try:
        return paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _heading_level(paragraph, vocab: dict) -> int:
    match = re.match(vocab["heading_style"], _style(paragraph), re.I)
    return int(match.group(1)) if match else 0


def _runs(paragraph):
    return [r for r in paragraph.runs if r.text.strip()]


def _bold(run, paragraph) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _bold_alone(paragraph) -> bool:
    runs = _runs(paragraph)
    return bool(runs) and all(_bold(r, paragraph) for r in runs)


def _size(run, paragraph) -> float | None:
    if run.font.size is not None:
        return run.font.size.pt
    style = paragraph.style
    while style is not None:
        if style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return None


def _body_size(items) -> float | None:
    sizes: Counter = Counter()
    for item in items:
        for run in getattr(item, "runs", ()):
            size = _size(run, item)
            if size:
                sizes[size] += len(run.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _set_apart(paragraph, body_size: float | None) -> bool:
    """Centred, bold or set larger than the text: a display line."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER or _bold_alone(paragraph):
        return True
    sizes = [_size(r, paragraph) for r in _runs(paragraph)]
    return bool(body_size and sizes and all(s and s > body_size * 1.2 for s in sizes))


def _images(paragraph, document) -> list[str]:
    """File names of the pictures in a paragraph (DrawingML and legacy VML)."""
    element = paragraph._element
    ids = [b.get(f"{{{_NS['r']}}}embed") for b in element.iterfind(".//a:blip", _NS)]
    ids += [v.get(f"{{{_NS['r']}}}id") for v in element.iterfind(".//v:imagedata", _NS)]
    names = []
    for rid in filter(None, ids):
        part = document.part.related_parts.get(rid)
        names.append(PurePosixPath(str(part.partname)).name if part is not None else rid)
    return names


def _table_rows(table) -> tuple[tuple[str, ...], ...]:
    """Cell texts row by row; a merged cell's text in its first grid cell only."""
    rows = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            key = id(cell._tc)
            cells.append("" if key in seen else clean_line(join_text([cell.text])))
            seen.add(key)
        if any(cells):
            rows.append(tuple(cells))
    return tuple(rows)
