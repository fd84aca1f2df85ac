"""Newspaper pages with a text layer (e-paper PDFs), by pdfplumber.

pdfplumber gives every run of characters with its position, size and font;
the page's layout is read from those:

* the header and footer bands (above the rule under the masthead, below the
  one over the foot, or the page's outer strips) are furniture: their date is
  ``published``, their page number ``page``, the masthead ``source_name``,
  an editor's name ``editors``;
* the body size is the type most characters are set in; type clearly larger
  is display type. Display lines that touch form blocks; a block whose largest
  type is headline size is a headline with its kicker (above) and deck (below);
  smaller display lines inside the text are section headings;
* small type right under a picture (an image, or an empty framed box) is its
  caption;
* each headline owns the text below it that it spans (the nearest headline
  above, horizontally overlapping): a page of several articles is cut into
  its layout blocks, one article each;
* inside an article, the columns are the text's runs along the x axis, read
  left to right, each top to bottom; a paragraph starts at an indented line
  or after a line that stops short of the column's edge.

Not read: scanned pages (no text layer: refused, OCR is needed), text set
vertically, articles continued on another page (上接/下转: each page's part is
imported where it stands), tables drawn with lines, and pictures' content.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .model import Block, Extracted, FormatError, join_text, vocabulary

MAX_PAGES = 40  # an e-paper issue is 4–32 pages; checked before any page is read
MAX_CHARS_PER_PAGE = 60_000  # a dense broadsheet page has ~15,000
HEADLINE_RATIO = 1.5  # headline type is at least this times the body size
DISPLAY_RATIO = 1.18  # display type (kicker, deck, section heading)
CAPTION_RATIO = 0.93  # caption type is smaller than the body

_TERMINAL = re.compile(r"[。！？!?…][”’」』）)》]*$")
_BOLD_FONT = re.compile(r"Bold|Black|Heavy|Hei|黑", re.I)


@dataclass
class Run:
    """One run of characters on one line (pdfplumber's word: no gap wider than
    a fraction of the type size)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    trailing_space: bool = False

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class Head:
    """A headline block: kicker lines, headline lines, deck lines."""

    runs: list[Run]
    headline_size: float
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    members: list = field(default_factory=list)  # runs and pictures of its article

    def __post_init__(self):
        self.x0 = min(r.x0 for r in self.runs)
        self.x1 = max(r.x1 for r in self.runs)
        self.top = min(r.top for r in self.runs)
        self.bottom = max(r.bottom for r in self.runs)


def read_pdf(path: Path) -> Extracted:
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    tail = _tail(path)
    if b"%%EOF" not in tail:
        raise FormatError(
            path, "PDF 文件不完整（缺少文件结尾，可能下载或复制时被截断）：请重新下载"
        )
    try:
        pdf = pdfplumber.open(str(path))
    except PdfminerException as exc:
        raise _pdf_error(path, exc) from None
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        raise _pdf_error(path, exc) from None
    with pdf:
        try:
            count = len(pdf.pages)
        except Exception as exc:
            raise _pdf_error(path, exc) from None
        if count > MAX_PAGES:
            raise FormatError(
                path, f"PDF 页数过多（{count} 页，上限 {MAX_PAGES} 页）：请拆分后导入"
            )
        if count == 0:
            raise FormatError(path, "PDF 中没有页面")
        pieces: list[list[Block]] = []
        publication: dict[str, str] = {}
        editors: list[str] = []
        labels: dict[int, str] = {}
        any_text = False
        for number, page in enumerate(pdf.pages, start=1):
            try:
                layout = _read_page(page, number, path)
            except FormatError:
                raise
            except Exception as exc:
                raise _pdf_error(path, exc, number) from None
            if layout is None:
                continue
            any_text = True
            band, page_pieces = layout
            for key in ("published", "source_name"):
                if band.get(key) and key not in publication:
                    publication[key] = band[key]
            if band.get("page"):
                labels[number] = band["page"]
            editors.extend(n for n in band.get("editors", []) if n not in editors)
            pieces.extend(page_pieces)
        if not any_text:
            raise FormatError(
                path, "PDF 没有文字层（是扫描或拍照得到的图片）：需要先做文字识别（OCR）再导入"
            )
    return Extracted("pdf", pieces, publication, editors, pages=count, page_labels=labels)


def _tail(path: Path) -> bytes:
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        return handle.read()


def _pdf_error(path: Path, exc: Exception, page: int | None = None) -> FormatError:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return FormatError(path, "PDF 已加密（需要密码才能打开）：请导出一份不加密的 PDF 再导入")
    where = f"第 {page} 页" if page else "文件"
    return FormatError(path, f"PDF 已损坏，{where}无法解析（{name}）：请重新下载或重新导出")


# ---------------------------------------------------------------- one page


def _runs(page) -> list[Run]:
    words = page.extract_words(
        keep_blank_chars=True,
        x_tolerance_ratio=0.6,
        y_tolerance=2,
        extra_attrs=["size", "fontname"],
        use_text_flow=False,
    )
    runs = []
    for w in words:
        text = w["text"]
        if not text.strip():
            continue
        runs.append(
            Run(
                text.strip(),
                w["x0"],
                w["x1"],
                w["top"],
                w["bottom"],
                round(float(w["size"]), 1),
                w["fontname"],
                trailing_space=text != text.rstrip(),
            )
        )
    return runs


def _read_page(page, number: int, path: Path):
    """(what the bands say, the page's articles as blocks), or None for a page without text."""
    if len(page.chars) > MAX_CHARS_PER_PAGE:
        raise FormatError(
            path, f"第 {number} 页字符过多（{len(page.chars)} 个），不像报纸版面，未读取"
        )
    runs = _runs(page)
    if not runs:
        return None
    body = _body_size(runs)
    top_edge, foot_edge = _bands(page, runs, body)
    band_runs = [r for r in runs if r.bottom <= top_edge or r.top >= foot_edge]
    runs = [r for r in runs if r not in band_runs]
    band = _read_band(band_runs)
    pictures = _pictures(page, runs, top_edge, foot_edge, body)
    captions = _captions(runs, pictures, body)
    rest = [r for r in runs if id(r) not in captions]
    heads, headings = _heads(rest, body)
    in_heads = {id(r) for h in heads for r in h.runs}
    flow = [r for r in rest if id(r) not in in_heads]
    caption_groups = _caption_groups([r for r in runs if id(r) in captions], body)
    heads_for: list[Head | None]
    if not heads:
        heads_for = [None]
    else:
        heads_for = list(heads)
        _assign(heads, flow + caption_groups, body)
    pieces = []
    for head in heads_for:
        members = flow + caption_groups if head is None else head.members
        pieces.append(
            _article_blocks(
                head,
                [m for m in members if isinstance(m, Run)],
                [m for m in members if isinstance(m, list)],
                headings,
                body,
                number,
            )
        )
    return band, [p for p in pieces if p]


def _body_size(runs: list[Run]) -> float:
    sizes: Counter[float] = Counter()
    for r in runs:
        sizes[r.size] += len(r.text)
    return sizes.most_common(1)[0][0]


def _rules(page) -> list[tuple[float, float, float]]:
    """Horizontal rules: (y, x0, x1) of thin lines and rectangles."""
    rules = [
        (line["top"], line["x0"], line["x1"])
        for line in page.lines
        if abs(line["top"] - line["bottom"]) < 2
    ]
    rules += [(rect["top"], rect["x0"], rect["x1"]) for rect in page.rects if rect["height"] < 2.5]
    return rules


def _bands(page, runs: list[Run], body: float) -> tuple[float, float]:
    """y under which the header band ends and over which the footer band starts."""
    width, height = float(page.width), float(page.height)
    wide = [(y, x0, x1) for y, x0, x1 in _rules(page) if x1 - x0 > 0.5 * width]
    head = [y for y, _, _ in wide if y < 0.15 * height]
    foot = [y for y, _, _ in wide if y > 0.88 * height]
    top_edge = max(head) if head else 0.05 * height
    foot_edge = min(foot) if foot else 0.965 * height
    return top_edge, foot_edge


def _read_band(runs: list[Run]) -> dict:
    vocab = vocabulary()["pdf"]
    found: dict = {}
    texts = [r.text for r in sorted(runs, key=lambda r: (r.top, r.x0))]
    whole = "  ".join(texts)
    date = re.search(vocab["date"], whole)
    if date:
        found["published"] = f"{date['y']}-{int(date['m']):02d}-{int(date['d']):02d}"
    page = re.search(vocab["page"], whole)
    if page:
        label = page["n"] or page["l"] or page["p"]
        found["page"] = f"第{label}版" if page["n"] or page["p"] else f"{label}版"
    labels = "|".join(map(re.escape, sorted(vocab["editor_labels"], key=len, reverse=True)))
    hits = list(re.finditer(f"(?:{labels})\\s*[:：]\\s*", whole))
    for k, match in enumerate(hits):
        # 责任编辑：王五  美编：赵六: the names up to the next label
        value = whole[match.end() : hits[k + 1].start() if k + 1 < len(hits) else len(whole)]
        names = re.findall(
            r"[\u4e00-\u9fff]{2,4}", value.split("  ")[0] if k + 1 == len(hits) else value
        )
        found.setdefault("editors", []).extend(
            n for n in names if n not in found.get("editors", [])
        )
    masthead = [r for r in runs if re.match(vocab["masthead"], r.text.replace(" ", ""))]
    if masthead:
        found["source_name"] = max(masthead, key=lambda r: r.size).text.replace(" ", "")
    return found


def _pictures(
    page, runs: list[Run], top_edge: float, foot_edge: float, body: float
) -> list[tuple[float, float, float, float]]:
    """Boxes of pictures: images, and framed boxes with no text inside."""
    boxes = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
    for rect in page.rects:
        if (
            rect["width"] < 3 * body
            or rect["height"] < 3 * body
            or rect["top"] < top_edge
            or rect["bottom"] > foot_edge
        ):
            continue
        box = (rect["x0"], rect["top"], rect["x1"], rect["bottom"])
        if not any(_inside(r, box) for r in runs):
            boxes.append(box)
    return boxes


def _inside(run: Run, box) -> bool:
    cx, cy = (run.x0 + run.x1) / 2, (run.top + run.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _captions(runs: list[Run], pictures, body: float) -> set[int]:
    """Small type right under a picture (and the lines that follow it close)."""
    small = sorted((r for r in runs if r.size <= CAPTION_RATIO * body), key=lambda r: r.top)
    chosen: dict[int, Run] = {}
    for run in small:
        under = any(
            box[0] - body <= run.x0
            and run.x1 <= box[2] + body
            and -0.5 * run.size <= run.top - box[3] <= 2.0 * run.size
            for box in pictures
        )
        follows = any(
            0 <= run.top - c.bottom <= 0.9 * run.size
            and min(run.x1, c.x1) - max(run.x0, c.x0) > 0
            and abs(run.size - c.size) < 0.5
            for c in chosen.values()
        )
        if under or follows:
            chosen[id(run)] = run
    return set(chosen)


def _caption_groups(runs: list[Run], body: float) -> list[list[Run]]:
    """Caption lines, one group per caption (lines close under each other)."""
    groups: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        for group in groups:
            last = group[-1]
            if (
                0 <= run.top - last.bottom <= 0.9 * run.size
                and min(run.x1, last.x1) - max(run.x0, last.x0) > 0
            ):
                group.append(run)
                break
            if abs(run.top - last.top) < 0.3 * run.size and 0 <= run.x0 - last.x1 <= 1.0 * run.size:
                group.append(run)  # the same line, split at a gap
                break
        else:
            groups.append([run])
    return groups


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _heads(runs: list[Run], body: float) -> tuple[list[Head], set[int]]:
    """Headline blocks (display lines touching each other, one of headline
    size), and the display lines left over: section headings."""
    display = sorted(
        (r for r in runs if r.size >= DISPLAY_RATIO * body), key=lambda r: (r.top, r.x0)
    )
    groups: list[list[Run]] = []
    for run in display:
        home = None
        for group in groups:
            if any(
                # Touching: closer than the smaller type's size (a section
                # heading at the top of a column stands further off).
                _overlap(run.x0, run.x1, g.x0, g.x1) > 0
                and -0.3 * max(run.size, g.size)
                <= run.top - g.bottom
                <= 0.9 * min(run.size, g.size)
                or abs(run.top - g.top) < 0.3 * run.size
                and 0 <= run.x0 - g.x1 <= 1.5 * run.size
                for g in group
            ):
                home = group
                break
        if home is None:
            groups.append([run])
        else:
            home.append(run)
    heads: list[Head] = []
    headings: set[int] = set()
    for group in groups:
        largest = max(r.size for r in group)
        if largest >= HEADLINE_RATIO * body:
            heads.append(Head(group, largest))
        else:
            headings.update(id(r) for r in group)
    heads.sort(key=lambda h: (h.top, h.x0))
    return heads, headings


def _extent(item) -> tuple[float, float, float, float]:
    runs = item if isinstance(item, list) else [item]
    return (
        min(r.x0 for r in runs),
        max(r.x1 for r in runs),
        min(r.top for r in runs),
        max(r.bottom for r in runs),
    )


def _assign(heads: list[Head], items: list, body: float) -> None:
    """Give every item (a run, a caption's runs) to its article. A line set
    right under another in the same column runs on from it: same article (so
    a column that goes on beside a lower headline stays its own article's).
    The first line of a column belongs to a headline by :func:`_owner`."""
    recent: list[tuple[tuple, Head]] = []  # items whose bottom is near the current top
    for item in sorted(items, key=lambda i: (_extent(i)[2], _extent(i)[0])):
        x0, x1, top, bottom = extent = _extent(item)
        recent = [(e, h) for e, h in recent if top - e[3] <= 1.6 * body]
        over = [
            (e, h)
            for e, h in recent
            if top - e[3] >= 0 and _overlap(x0, x1, e[0], e[1]) > 0.5 * min(x1 - x0, e[1] - e[0])
        ]
        head = max(over, key=lambda eh: eh[0][3])[1] if over else _owner(heads, extent, body)
        head.members.append(item)
        recent.append((extent, head))


def _owner(heads: list[Head], extent, body: float) -> Head:
    """The headline a column's first line belongs to: of the headlines above
    it, the lowest that spans a good part of it; where none does (a headline
    is often narrower than its article), the lowest above it. A line above
    every headline goes to the nearest one."""
    x0, x1, top, _ = extent
    above = [h for h in heads if h.bottom <= top + 1]
    spanning = [h for h in above if _overlap(x0, x1, h.x0, h.x1) > 0.25 * (x1 - x0)]
    if spanning or above:
        return max(spanning or above, key=lambda h: (h.bottom, -h.x0))
    sideways = lambda h: max(0.0, h.x0 - x1, x0 - h.x1)  # noqa: E731
    return min(heads, key=lambda h: (abs(h.top - top) + sideways(h), h.x0))


# ---------------------------------------------------------------- one article


def _lines_of(runs: list[Run]) -> list[list[Run]]:
    """Runs on one baseline, left to right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        if (
            lines
            and abs(lines[-1][0].top - run.top) < 0.35 * run.size
            and abs(lines[-1][0].size - run.size) < 0.5
        ):
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r.x0) for line in lines]


def _line_text(line: list[Run]) -> str:
    out = ""
    for k, run in enumerate(line):
        if k:
            gap = run.x0 - line[k - 1].x1
            # A gap of a whole character is a space between words or names.
            out += (
                " "
                if gap > 0.9 * run.size
                or (gap > 0.15 * run.size and out[-1:].isascii() and run.text[:1].isascii())
                else ""
            )
        out += run.text
    return out


def _columns(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into columns: runs whose x ranges overlap, left to right."""
    columns: list[list[Run]] = []
    spans: list[list[float]] = []
    for run in sorted(runs, key=lambda r: r.x0):
        for k, (a, b) in enumerate(spans):
            if _overlap(run.x0, run.x1, a, b) > 0.3 * min(run.width, b - a):
                columns[k].append(run)
                spans[k] = [min(a, run.x0), max(b, run.x1)]
                break
        else:
            columns.append([run])
            spans.append([run.x0, run.x1])
    order = sorted(range(len(columns)), key=lambda k: spans[k][0])
    return [columns[k] for k in order]


def _article_blocks(
    head: Head | None,
    flow: list[Run],
    captions: list[list[Run]],
    headings: set[int],
    body: float,
    page: int,
) -> list[Block]:
    blocks: list[Block] = []
    if head is not None:
        big = [r for r in head.runs if r.size >= 0.9 * head.headline_size]
        h_top, h_bottom = min(r.top for r in big), max(r.bottom for r in big)
        kicker = [
            r for r in head.runs if r.size < 0.9 * head.headline_size and r.bottom <= h_top + 1
        ]
        deck = [r for r in head.runs if r.size < 0.9 * head.headline_size and r.top >= h_bottom - 1]
        if kicker:
            blocks.append(
                Block("kicker", join_text([_line_text(ln) for ln in _lines_of(kicker)]), where=page)
            )
        blocks.append(
            Block("title", join_text([_line_text(ln) for ln in _lines_of(big)]), where=page)
        )
        for line in _lines_of(deck):
            blocks.append(Block("deck", _line_text(line), where=page))
    if flow:
        widths = [r.width for r in flow if r.size == body]
        column = statistics.median(widths) if widths else max(r.width for r in flow)
        # Set across several columns under the headline (a byline, a lead):
        # read first, before the columns.
        spanners = [r for r in flow if r.width > 1.4 * column and id(r) not in headings]
        rest = [r for r in flow if r not in spanners]
        for line in _lines_of(spanners):
            blocks.append(Block("para", _line_text(line), where=page))
        blocks.extend(_paragraphs(_columns(rest), headings, body, page))
    for group in captions:
        blocks.append(
            Block("caption", join_text([_line_text(ln) for ln in _lines_of(group)]), where=page)
        )
    return blocks


def _paragraphs(
    columns: list[list[Run]], headings: set[int], body: float, page: int
) -> list[Block]:
    blocks: list[Block] = []
    current: list[list[Run]] = []
    ended_short = False  # the last line of ``current`` stops short of its column's edge

    def flush() -> None:
        if current:
            pieces = []
            for line in current:
                text = _line_text(line)
                pieces.append(text + (" " if line[-1].trailing_space else ""))
            blocks.append(Block("para", join_text(pieces), where=page))
            current.clear()

    common_fonts = Counter(r.font for col in columns for r in col if r.size == body).most_common(1)
    body_font = common_fonts[0][0] if common_fonts else ""
    for col in columns:
        lines = _lines_of(col)
        text_lines = [ln for ln in lines if ln[0].size == body] or lines
        left = min(ln[0].x0 for ln in text_lines)
        right = max(ln[-1].x1 for ln in text_lines)
        previous: list[Run] | None = None
        for line in lines:
            size = line[0].size
            heading = any(id(r) in headings for r in line) or (
                size == body
                and line[0].font != body_font
                and _BOLD_FONT.search(line[0].font)
                and line[-1].x1 - line[0].x0 < 0.8 * (right - left)
                and not _TERMINAL.search(line[-1].text)
            )
            if heading:
                flush()
                if (
                    blocks
                    and blocks[-1].kind == "heading"
                    and previous is not None
                    and line[0].top - previous[0].bottom < 0.6 * size
                ):
                    blocks[-1] = Block(
                        "heading", join_text([blocks[-1].text, _line_text(line)]), where=page
                    )  # one heading on two lines
                else:
                    blocks.append(Block("heading", _line_text(line), where=page))
                previous = line
                continue
            if current:
                last = current[-1]
                indented = line[0].x0 - left >= 0.9 * size
                gap = previous is not None and line[0].top - previous[-1].bottom > 0.9 * size
                other_type = abs(last[0].size - size) > 0.5
                if indented or ended_short or gap or other_type:
                    flush()
            current.append(line)
            ended_short = line[-1].x1 < right - 1.5 * size
            previous = line
    flush()
    return blocks
