"""Lines → layout units: paragraphs, display lines, headings, bylines, credits.

Print extractions break lines at column width and put blank lines both between
paragraphs and, in some frames, between every column line. A blank line is
therefore no proof of a paragraph break; the evidence used instead:

* a sentence that has not ended (no 。！？… at the end) continues, blank or not;
* a short line that ends a sentence, or an indented line (a new text frame),
  starts a new unit;
* a short line with no sentence punctuation is a *display* line (headline,
  section heading, caption, box label) unless the context shows it is only a
  column line: the frame around it is a stream of one-line blocks, its length is
  the column width, a dictionary word runs across the break, or the next line
  starts mid-sentence.

Roles of display units (caption, heading, title) are decided later, with the
whole article in view (:mod:`generator.structure.articles`).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from enum import StrEnum

from ..districts import to_simplified
from ..read import Line
from .cues import (
    byline_marked,
    byline_names,
    caption_credit,
    caption_end_mark,
    caption_score,
    contributor,
    cues,
    data_item,
    is_deck,
    list_item,
    marked_caption,
    outlet_role,
    page_furniture,
    photo_credit,
    shot_dated_caption,
)
from .signatures import bracketed_signature
from .text import (
    COMMA,
    SENTENCE_PUNCT,
    cjk_count,
    ends_mid_sentence,
    ends_sentence,
    first_clause,
    has_structural_space,
    join_display,
    join_lines,
    strip_quotes,
    unbox_label,
    unspace_letters,
    word_cut_in_two,
    word_spans_break,
)

MAX_DISPLAY_CHARS = 40  # longer lines are running text, whatever they lack
# …but a web page's first line may be a government headline of two clauses set with a
# space (某某督查组对…开展实地督查 以结果为导向加快建设教育强区): up to this long.
MAX_WEB_HEADLINE_CHARS = 80
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.+?)\s*#*$")


class Role(StrEnum):
    """What a unit is in its article (compares equal to its value)."""

    HEADLINE = "headline"  # a headline line: the title's, or a section's
    CAPTION = "caption"
    BANNER = "banner"  # the page's or the site's, not the article's
    LEAD_LABEL = "lead_label"
    BYLINE = "byline"
    CREDIT = "credit"
    PARA = "para"
    HEADING = "heading"
    DATA = "data"  # an item of a figures box
    DATA_LABEL = "data_label"


@dataclass
class Unit:
    kind: str  # para | display | heading | byline | credit
    lines: list[Line]
    parts: list[str] = field(default_factory=list)  # display: its lines; byline: names
    level: int = 0  # heading: Markdown level
    blanks_before: int = 0
    pieces: int = 1  # source blocks merged into this paragraph
    singles: int = 0  # of which one-line blocks (a stream sets every line apart)
    piece_width: int = 0  # longest single-line piece (stream paragraphs)
    credit: str = ""
    item: bool = False  # a list item (●…)
    furniture: bool = False  # the page's header (a banner over its date line)
    caption: bool = False  # set over a photographer's credit: a photo's caption
    set_as_heading: bool = (
        False  # set as a section heading though it ends a sentence or has a mark (如何…？ / ■…)
    )

    @property
    def text(self) -> str:
        if self.kind == "para":
            return join_lines([ln.text for ln in self.lines])
        if self.kind == "display":
            return join_display(self.parts)
        if self.kind == "heading":
            return self.parts[0]
        return " ".join(self.parts) if self.parts else self.lines[0].text

    @property
    def first_line(self) -> int:
        return self.lines[0].number

    @property
    def last_line(self) -> int:
        return self.lines[-1].number

    @property
    def open(self) -> bool:
        """A paragraph whose last sentence has not ended yet (a caption closed by
        its photographer, …聊天。陈国栋　摄, has ended)."""
        last = self.lines[-1].text
        return self.kind == "para" and not ends_sentence(last) and caption_credit(last) is None


@dataclass
class _Block:
    lines: list[Line]
    blanks_before: int
    special: str = ""  # heading | byline | credit | caption
    frame: bool = False  # opens a frame of its own (an indented page's paragraph or display line): never runs on from the block above

    @property
    def texts(self) -> list[str]:
        return [ln.text for ln in self.lines]

    @property
    def width(self) -> int | None:
        """Column width, known only from a block of three or more lines."""
        if len(self.lines) < 3:
            return None
        return int(statistics.median(len(t) for t in self.texts[:-1]))


def _set_apart(lines: list[Line], i: int) -> bool:
    """Blank (or the page's furniture: masthead over 第1版　要闻) above and below."""

    def clear(j: int) -> bool:
        return j < 0 or j >= len(lines) or lines[j].blank or page_furniture(lines[j].text)

    return clear(i - 1) and clear(i + 1)


def _page_top(lines: list[Line], i: int) -> bool:
    """Nothing but the page's furniture above (2025年06月25日 over the headline)."""
    return all(lines[j].blank or page_furniture(lines[j].text) for j in range(i))


def _special_kind(
    lines: list[Line],
    i: int,
    reserved: frozenset[str],
    indent_style: bool = False,
    unwrapped: bool = False,
) -> str:
    text = lines[i].text
    if _MD_HEADING.match(text):
        return "heading"
    if photo_credit(text):
        return "credit"
    if shot_dated_caption(text) and not caption_credit(text):
        return "caption"  # (one that ends in its photographer's credit is split where credits are)
    if page_furniture(text) and (
        _set_apart(lines, i) or (indent_style and not lines[i].indented) or _page_top(lines, i)
    ):
        return "furniture"  # 第6版 / 本版编辑：李华 set apart (or on a line of its own in an indented page): never running text
    if contributor(text) or bracketed_signature(text):
        return "byline"
    neighbours = [lines[j].text for j in (i - 1, i + 1, i + 2) if 0 <= j < len(lines)]
    near_credit = any(photo_credit(t) for t in neighbours if t)
    following = lines[i + 1] if i + 1 < len(lines) else None
    if (
        following
        and not following.blank
        and not following.indented
        and not photo_credit(following.text)
    ):
        # A byline ends its frame; this line runs on into more text — unless it
        # opens with a reporter's role (本报记者 余洁) right under a display line:
        # a page set without blank lines, signed under its headline.
        above = lines[i - 1].text if i > 0 and not lines[i - 1].blank else ""
        signed = (
            outlet_role()
            .sub("", re.sub(r"^[□■◆●◎]\s*", "", to_simplified(text).strip()))  # 本報記者 too
            .startswith(
                (
                    "本报记者",
                    "记者",
                    "全媒体记者",
                    "融媒体记者",
                    "本报通讯员",
                    "通讯员",
                    "特约记者",
                    "文/",
                    "文／",
                )
            )
        )
        # (A web page's lines are whole paragraphs: there a role opens a byline wherever it stands.)
        if (
            signed
            and (unwrapped or (above and _display_shape([above])))
            and byline_names(text, reserved=reserved)
        ):
            return "byline"
        if len(byline_names(text, reserved=reserved) or ()) >= 3:
            return "byline"  # 甲 乙 丙 丁 over the text: three names or more are no headline
        if byline_marked(text) and byline_names(text, reserved=reserved):
            return "byline"  # □ 池某洲 over the text: print's byline mark, one name after it
        return ""
    if byline_names(text, near_credit=near_credit, reserved=reserved):
        return "byline"
    return ""


def _broken_off(text: str) -> bool:
    """A long line that stops mid-sentence, as a page break in an extraction
    leaves it: the next line goes on with the same paragraph."""
    return (
        cjk_count(text) >= 20
        and not re.search(r"[。！？!?”」』）)：:；;…]$", text)
        and bool(
            re.search(r"[，,]", text)
        )  # a list of 、 alone: a headline (45个班、1000余个学位…)
    )


# 一是… / 二、… / （三）…: a point of the text counted out; no caption runs on into it.
_COUNTED_POINT = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}[、．]|[（(][一二三四五六七八九十]{1,2}[）)])"
)


def _caption_closed(text: str) -> bool:
    """A caption ends at its full stop or at the photographer's credit (…（记者 陈刚 摄））."""
    return ends_sentence(text) or caption_credit(text) is not None


def _indentation_style(lines: list[Line]) -> tuple[bool, int]:
    """A page set without blank lines whose paragraphs open indented (e-paper
    text: 　　9月1日，…): the indent, not a blank, starts a paragraph there.
    Returns (that style, the column width)."""
    text_lines = [line for line in lines if not line.blank]
    indented = sum(1 for line in text_lines if line.indented)
    blanks = sum(1 for line in lines if line.blank)
    flush = [len(line.text) for line in text_lines if not line.indented]
    width = int(statistics.median(flush)) if flush else 0
    return indented >= 3 and blanks * 2 < indented, width


# ”记者问。 / ，何况…: a line never opens with what closes a sentence or a quotation
# unless the line above runs on into it.
_OPENS_CLOSED = re.compile(r"^[”’」』）)》，。、；：！？,.;:!?]")


def _new_frame_in_indented_page(
    previous: Line,
    line: Line,
    width: int,
    opened_indented: bool,
    following: Line | None = None,
    above_text: bool = False,
) -> bool:
    """In such a page an indented line opens a paragraph, and a short line after
    a sentence's end that ends none itself (a headline, a section heading) stands
    alone: the paragraph before it is over. So does a line of no punctuation at
    all between a sentence's end and an indented line, however near the width
    (一小时山路变成十分钟步行: a section's heading)."""
    if line.indented:
        return True
    if _OPENS_CLOSED.match(line.text):
        return False  # ”记者问。: the line above runs on into it
    if (
        above_text
        and not opened_indented
        and len(previous.text) < 0.9 * width
        and not ends_sentence(previous.text)
        and ends_sentence(line.text)
        and len(line.text) >= 0.6 * width
        and not word_cut_in_two(previous.text, line.text)
    ):
        return True  # headline / its photo's caption (…参观。) over the first indent
    if (
        following is not None
        and following.indented
        and (ends_sentence(previous.text) or previous.text.endswith("——"))
        and len(line.text) <= width
        and not SENTENCE_PUNCT.search(line.text)
        and not COMMA.search(line.text)
        and not re.search(r"[、《》（）()]", line.text)
        and line.text.count("“") == line.text.count("”")
    ):
        return True  # (…只设一至四年级——— / 美丽的“贵州之巅”: a lead run into its heading)
    if not opened_indented and len(previous.text) < 0.8 * width:
        return True  # a stack of display lines (masthead, date, headline, deck): each its own
    if _ends_signed(previous.text) and len(previous.text) < 0.9 * width:
        return True  # a paragraph's short last line: it is over, whatever stands next
    return (
        ends_sentence(previous.text)
        and len(line.text) < 0.8 * width
        and not ends_sentence(line.text)
    )


def _ends_signed(text: str) -> bool:
    """Ends a sentence, or a signature in brackets after one (…。（冯超））."""
    return ends_sentence(text) or bool(re.search(r"[。！？”][（(][^（）()]{2,20}[）)]$", text))


def _blocks_hold_text(blocks: list[_Block]) -> bool:
    """A block of the page so far ends a sentence: the text has begun."""
    return any(ends_sentence(t) for b in blocks for t in b.texts)


def _raw_blocks(
    lines: list[Line],
    reserved: frozenset[str],
    unwrapped: bool = False,
    ends: frozenset[int] = frozenset(),
) -> list[_Block]:
    """Blank-line separated blocks, with special lines (headings, bylines,
    credits) and frame starts split out."""
    blocks: list[_Block] = []
    current: list[Line] = []
    blanks = 0
    pending_blanks = 0

    frame = False

    def flush() -> None:
        nonlocal current, pending_blanks, frame
        if current:
            # On a web page every line opens a frame, unless the one above broke off mid-sentence (…投 / 入35.8亿元…).
            runs_on = (
                bool(blocks)
                and blocks[-1].lines[-1].number not in ends
                and _broken_off(blocks[-1].lines[-1].text)
            )
            blocks.append(
                _Block(current, pending_blanks, frame=frame or (unwrapped and not runs_on))
            )
            pending_blanks = 0
        current = []
        frame = False

    caption_open = False  # inside a marked caption (图为…) that has not ended
    indent_seen = False  # an indented line has opened the text
    indent_style, width = _indentation_style(lines)
    for i, line in enumerate(lines):
        if line.blank:
            flush()
            caption_open = False
            blanks += 1
            pending_blanks = blanks
            continue
        blanks = 0
        if (
            caption_open
            and not marked_caption(line.text)
            and not line.indented
            and not _COUNTED_POINT.match(line.text)
        ):
            blocks[-1].lines.append(line)
            caption_open = (
                not _caption_closed(join_lines(blocks[-1].texts)) and len(blocks[-1].lines) < 4
            )
            continue
        caption_open = False  # an indented line opens a paragraph: the caption above has ended
        if marked_caption(line.text):
            # 图为…。/ ▲…: a caption however it ends, over lines up to its full stop.
            flush()
            blocks.append(_Block([line], pending_blanks, special="caption"))
            pending_blanks = 0
            caption_open = not _caption_closed(line.text) and not unwrapped  # (a web line is whole)
            continue
        kind = _special_kind(lines, i, reserved, indent_style, unwrapped)
        if kind:
            flush()
            blocks.append(_Block([line], pending_blanks, special=kind))
            pending_blanks = 0
            continue
        if current and unwrapped:
            flush()  # a web page's line is a paragraph of its own (flush tells one broken off mid-sentence)
        elif (
            current
            and len(current) <= 2
            and current[-1].text.strip().startswith("——")
            and not any(SENTENCE_PUNCT.search(c.text) for c in current)
            and not _blocks_hold_text(blocks)
        ):
            flush()  # ——某某检查…情况 under the headline: the deck ends at its line
        elif current and (
            list_item(line.text) or (line.indented and ends_sentence(current[-1].text))
        ):
            flush()
        elif (
            current
            and line.indented
            and (
                not any(ln.indented for ln in current)
                or (width and len(current[-1].text) < 0.7 * width and not current[-1].indented)
            )
        ):
            flush()  # an indent under a short display line (路径1 … / 　　text): a paragraph starts
            frame = True
        elif (
            current
            and indent_style
            and _new_frame_in_indented_page(
                current[-1],
                line,
                width,
                current[0].indented,
                lines[i + 1] if i + 1 < len(lines) else None,
                above_text=not indent_seen,
            )
        ):
            flush()
            frame = True
        if not current and indent_style and line.indented:
            frame = True
        indent_seen = indent_seen or line.indented
        current.append(line)
    flush()
    return blocks


def _local_width(blocks: list[_Block], i: int) -> int | None:
    """Column width around block ``i``: from itself or the nearest multi-line blocks."""
    for j in (i, i - 1, i + 1, i - 2, i + 2):
        if 0 <= j < len(blocks) and not blocks[j].special and blocks[j].width:
            return blocks[j].width
    return None


def _split_short_endings(blocks: list[_Block]) -> list[_Block]:
    """Split a block after a line that ends a sentence well short of the column
    width: that is where a paragraph ended inside a frame."""
    result: list[_Block] = []
    for i, block in enumerate(blocks):
        width = _local_width(blocks, i)
        if block.special or not width or len(block.lines) < 2:
            result.append(block)
            continue
        start = 0
        blanks = block.blanks_before
        frame = block.frame
        for k, line in enumerate(block.lines[:-1]):
            if ends_sentence(line.text) and len(line.text) < 0.8 * width:
                result.append(_Block(block.lines[start : k + 1], blanks, frame=frame))
                start, blanks, frame = k + 1, 0, False
        result.append(_Block(block.lines[start:], blanks, frame=frame))
    return result


# 今日某某讯(通讯员 某某) / 本报讯 …: the text's dateline opens the next line.
_OPENS_WITH_DATELINE = re.compile(r"^[^\s，。,]{0,20}?[讯訊电電](?:\s*[（(]|\s)")


def _long_web_headline(texts: list[str], next_text: str = "") -> bool:
    """A web page's opening line too long for a print headline, set as one: no
    punctuation of a sentence or a clause, clauses apart by a space (or the
    dateline right under it)."""
    text = texts[0] if len(texts) == 1 else ""
    head, dash, deck = text.partition("——")
    if dash and MAX_DISPLAY_CHARS < len(text) <= MAX_WEB_HEADLINE_CHARS:
        # “云”端誓师展豪情,斗志昂扬战青春 ———某某高中誓师大会记: headline and deck on one
        # line, a comma in the headline as a web page's first line may hold
        deck = deck.lstrip("—")
        return all(
            part.strip()
            and len(part) <= MAX_DISPLAY_CHARS
            and not ends_sentence(part)
            and not SENTENCE_PUNCT.search(part)
            and len(COMMA.findall(part)) <= 1
            for part in (head, deck)
        )
    return (
        MAX_DISPLAY_CHARS < len(text) <= MAX_WEB_HEADLINE_CHARS
        and (" " in text or bool(_OPENS_WITH_DATELINE.match(next_text)))
        and not ends_sentence(text)
        and not SENTENCE_PUNCT.search(text)
        and not COMMA.search(text)
    )


def _display_unit(block: _Block, caption: bool = False, set_as_heading: bool = False) -> Unit:
    """A display unit of the whole block, as its lines are."""
    return Unit(
        "display",
        list(block.lines),
        block.texts,
        blanks_before=block.blanks_before,
        caption=caption,
        set_as_heading=set_as_heading,
    )


def _scene_caption_with_stop(texts: list[str]) -> bool:
    """活动现场。 / 学生们扭秧歌。: a short line naming a scene (or people at it) that a
    web page closes with a stop."""
    if len(texts) != 1:
        return False
    text = texts[0].strip()
    if not text.endswith("。") or text.count("。") != 1:
        return False
    bare = text[:-1]
    words = bare.replace("“", "").replace("”", "")
    return (
        2 <= cjk_count(words) <= 12
        and cjk_count(words) == len(words)
        and (bare.endswith(cues().caption_endings) or caption_score(bare) >= 2)
    )


def _display_shape(texts: list[str]) -> str:
    """'strict' (no punctuation), 'comma' (a one-line caption-like phrase) or ''."""
    if len(texts) > 2 or any(len(t) > MAX_DISPLAY_CHARS for t in texts):
        return ""
    last = texts[-1]
    joined = "".join(texts)
    if joined.count("“") != joined.count("”") or joined.count("《") != joined.count("》"):
        return ""  # an open quotation or title runs on into the next line
    head, dash, deck = last.partition("——")
    if len(texts) == 1 and dash and head.strip() and deck.strip("— "):
        # 某某誓师展豪情,斗志昂扬战青春 ———某某高中誓师大会记: headline and deck on one
        # line, each shaped as display
        return (
            "strict"
            if _display_shape([head.strip()]) and _display_shape([deck.lstrip("—").strip()])
            else ""
        )
    if len(texts) == 1 and last[0] + last[-1] in ("（）", "()"):
        return ""  # （作者系…校长）: a note in brackets is text, never a heading
    if len(texts) == 1 and _SALUTATION.match(last):
        return ""  # 各县(区)教育局: — a notice's salutation opens its text, never a heading
    if _LISTED_AFTER_LABEL.search(last):
        return ""  # 某某教育集团：甲小学、乙小学、丙小学: an item of a list (名单如下:)
    if len(texts) == 1 and (_labelled_heading(last) or heading_label(last)):
        return "strict"
    if len(texts) == 2 and (heading_label(texts[0]) or _labelled_heading(texts[0])):
        texts = texts[
            1:
        ]  # 亮点一：/ 非遗课程进课堂, 巴南区：集团化办学 / 让好学校“多起来”: a label over its heading
    elif len(texts) == 2 and _labelled_heading(texts[1]):
        texts = texts[:1]  # 推进乡村学校图书角建设 / 镇巴：让山里孩子天天有书读: kicker, headline
    if (
        ends_sentence(last)
        or ends_mid_sentence(last)
        or any(SENTENCE_PUNCT.search(t) for t in texts)
    ):
        return ""
    if not any(COMMA.search(t) for t in texts):
        return "strict"
    if len(texts) == 1 and len(last) <= 32:
        return "comma"
    return ""


_SALUTATION = re.compile(r"^各[^，。；！？]{1,30}[:：]$")
# A label, a colon and three or more items set off by 、.
_LISTED_AFTER_LABEL = re.compile(r"[:：][^、：:]{1,20}(?:、[^、：:]{1,20}){2,}$")
# (懿荣中学“劳动周”：…: a quoted name inside the label)
_LABELLED = re.compile(
    r"^((?:[^\s，。、；：！？,;:!?“”]|“[^“”，。：:]{1,8}”){2,10})[：:]([^，。、；：！？,;:!?]{2,24})$"
)


_LABEL = re.compile(r"^([^\s，。、；：！？,;:!?“”]{2,8})[：:]$")


def heading_label(text: str) -> bool:
    """亮点一：/ 经验之二：: a short label and a colon on a line of its own, over
    a heading — not who speaks (问：) nor the verb of a quotation (李智说：)."""
    match = _LABEL.match(text.strip())
    if not match:
        return False
    label = match.group(1)
    return label not in cues().speaker_labels and not label.endswith(cues().speech_verbs)


# Words that never end a headline or a deck: they need what follows them.
_RUNS_ON = tuple("的地得在把让与和及对向从为将被给使以或跟并而是于之")


def broken_line(first: str, second: str) -> bool:
    """Two display lines that are one line broken at its frame's width: the
    first ends in a word that needs what follows (…的 / …在), or the break
    cuts a word in two and nothing else (…阅读中成 / 长为…; see
    ``word_cut_in_two`` for why 质量立校 / 办好… is no such case)."""
    return (first.endswith(_RUNS_ON) or word_cut_in_two(first, second)) and not is_deck(second)


def _marked_heading(blocks: list[_Block], i: int, prev_item: bool) -> bool:
    """■ 建起来：村村都有活动室: a bullet mark before a short line with no
    sentence in it, neither in a list (no item above or below) and over a
    paragraph of several lines, marks a section heading, not a list item."""
    block = blocks[i]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if len(block.lines) != 1 or block.special or prev_item or nxt is None or nxt.special:
        return False
    text = block.texts[0].strip()
    if not text or text[0] not in cues().bullets or len(text) > 24:
        return False
    if len(nxt.lines) < 2 or list_item(nxt.texts[0]):
        return False
    return _display_shape([text[1:].strip()]) == "strict"


_QUESTION = re.compile(r"^[^，。；：！？,;:!?]{3,20}[？?]$")
_ASKS = re.compile(r"如何|怎样|怎么|为何|为什么|什么|哪|吗|呢|何在|何以|几|谁")


def _question_heading(blocks: list[_Block], i: int, prev: Unit | None) -> bool:
    """如何让孩子爱上阅读？ on a line of its own, between paragraphs set as
    frames (not a stream of column lines), well short of the column, and
    answered by the text under it: a section heading, though it ends a sentence."""
    block = blocks[i]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if len(block.lines) != 1 or block.special or nxt is None or nxt.special:
        return False
    text = block.texts[0].strip()
    if not _QUESTION.match(text) or not _ASKS.search(text) or list_item(text):
        return False
    width = _local_width(blocks, i)
    if width and len(text) >= 0.8 * width:
        return False  # as long as a column line: the last line of a paragraph
    framed_before = (
        prev is not None
        and prev.kind == "para"
        and len(prev.lines) >= 2
        and prev.singles == 0
        and not prev.open
    )
    framed_after = len(nxt.lines) >= 2 and (
        list_item(nxt.texts[0]) or not _starts_mid_sentence(nxt.texts[0])
    )
    return framed_before and framed_after  # (over the first text it could be the headline's deck)


_SERIES = re.compile(
    r"(?:系列报道|系列|报道|巡礼|观察)\s*(?:之[一二三四五六七八九十]+|[（(][一二三四五六七八九十\d]+[）)])$"
)


def kicker_line(text: str) -> bool:
    """坚持五育并举，: a short lead-in phrase ending in a comma, over a headline;
    or the series a piece belongs to (“双减”进行时·系列报道之三)."""
    text = text.strip()
    if len(text) <= 24 and _SERIES.search(text) and not SENTENCE_PUNCT.search(text):
        return True
    if 4 <= len(text) <= 30 and text.endswith("——") and not SENTENCE_PUNCT.search(text):
        return True  # 看某某区如何“组团”促优质均衡——: a lead-in that runs into the headline
    return (
        4 <= len(text) <= 16
        and text[-1] in "，,"
        and not SENTENCE_PUNCT.search(text)
        and len(COMMA.findall(text)) <= 2
    )


def _labelled_heading(text: str) -> bool:
    """校长访谈：让阅读成为习惯 / 经验一：…: a label, a colon and a phrase with no
    other punctuation — a heading, unless the label is who speaks (问：/ 记者：)."""
    match = _LABELLED.match(text.strip())
    return (
        match is not None
        and match.group(1) not in cues().speaker_labels
        and not ends_mid_sentence(text)
    )


def _starts_mid_sentence(text: str) -> bool:
    """The text opens with the tail of a sentence: “各美其美”。南岸… — no paragraph
    starts with a sentence that short."""
    match = re.match(r"([^。！？!?，、；：,;:]{1,6})[。！？!?]", text)
    return match is not None and strip_quotes(match.group(1)) not in cues().paragraph_openers


def _opens_paragraph(text: str) -> bool:
    """近年来，… / 与此同时，… / 问：…: a line that opens with a paragraph opener
    and a comma, or with who speaks and a colon, starts a paragraph; no sentence
    runs into it from the line above."""
    clause = first_clause(text)
    if len(clause) < len(text) and text[len(clause)] in "：:" and clause in cues().speaker_labels:
        return True  # 问：… / 答：…: each turn of an interview is a paragraph
    return (
        len(clause) < len(text)
        and text[len(clause)] in "，,"
        and clause in cues().paragraph_openers
    )


def _stream_follows(blocks: list[_Block], i: int) -> bool:
    """The next blocks are a stream of one-line column lines as long as block ``i``."""
    following = blocks[i + 1 : i + 4]
    if len(following) < 3 or len(blocks[i].lines) != 1:
        return False
    if following[0].blanks_before >= 2:
        return False  # stream lines are one blank apart; a wider gap sets this line off
    if any(
        b.special or len(b.lines) != 1 or len(b.texts[0]) > 24 for b in following
    ):  # columns run to ~24 characters
        return False
    lengths = [len(b.texts[0]) for b in following]
    median = statistics.median(lengths)
    if sum(abs(n - median) <= 2 for n in lengths) < 2:
        return False  # column lines are alike; a stack of banner, label, headline is not
    length = len(blocks[i].texts[0])
    if (
        blocks[i].blanks_before >= 2
        and not ends_mid_sentence(blocks[i].texts[0])
        and length < median - 2
    ):
        # Set off above by a wide gap and short of the column: a heading over
        # the stream, not its first line (a column line is as long as the column).
        return False
    return abs(length - median) <= 3


def _sentence_finishes(blocks: list[_Block], i: int, lookahead: int = 12) -> bool:
    """Some text after block ``i`` ends a sentence before the next byline,
    credit or heading: only then can block ``i`` be the start of that sentence."""
    for block in blocks[i + 1 : i + 1 + lookahead]:
        if (
            not block.special
            and len(block.lines) <= 3
            and caption_end_mark(join_lines(block.texts))
            and not ends_mid_sentence(block.texts[-1])
        ):
            # …在新校舍前升国旗。（资料图片）: a caption by its end mark; not running text.
            continue
        if block.special == "caption":
            continue
        if block.special:
            return False
        if any(ends_sentence(t) for t in block.texts):
            return True
    return i + 1 + lookahead < len(blocks)


def _is_column_line(
    block: _Block,
    prev: Unit | None,
    nxt: _Block | None,
    width: int | None,
    stream_next: bool,
    finishes: bool = True,
) -> bool:
    """Display-shaped, but really a line of running text."""
    text = block.texts[-1]
    two_phrases = has_structural_space(text)
    after_text = prev is not None and prev.kind == "para"
    if block.blanks_before >= 2 and (nxt is None or nxt.blanks_before >= 2):
        return False  # set apart by wide gaps on both sides, as display lines are
    if not finishes:
        return False  # no text follows that could finish its sentence
    if nxt is not None and _opens_paragraph(nxt.texts[0]):
        return False  # the next line starts a paragraph, so this one ends something
    if stream_next and not two_phrases:
        # The first column line of a stream of one-line blocks, unless it reads
        # clearly like a caption (a comma and a school name are not enough);
        # one opening with a paragraph opener (事实上，…), or a
        # clause set off by a wide gap above but only the stream's one blank
        # below (it opens the frame), is text all the same.
        if (
            caption_score(text) < 4
            or _opens_paragraph(text)
            or (COMMA.search(text) and block.blanks_before >= 2)
        ):
            return True
    if len(block.lines) == 1 and prev is not None and after_text and not two_phrases:
        if (
            prev.singles >= 3
            and len(text) <= prev.piece_width + 2
            and block.blanks_before <= 1
            and (COMMA.search(text) or caption_score(text) < 3)
        ):
            return True  # inside a stream every column line stands alone
        in_stream = nxt is None or len(nxt.lines) == 1
        if width and 0.8 * width <= len(text) <= width + 2 and block.blanks_before <= 1:
            # As long as a full column line (a longer line is not one). Between
            # two multi-line blocks, a lone line that reads like a caption was
            # set apart on purpose.
            if in_stream or caption_score(text) < 2:
                return True
    if nxt is not None and not nxt.special and not two_phrases and nxt.blanks_before <= 1:
        # (Across a wider gap the next line is set apart: two blank lines are
        # a stronger break than the one between a stream's column lines.)
        if word_spans_break(text, nxt.texts[0]):
            return True
        if _starts_mid_sentence(nxt.texts[0]):
            return True
    return False


def _new_para(block: _Block) -> Unit:
    width = len(block.lines[0].text) if len(block.lines) == 1 else 0
    return Unit(
        "para",
        list(block.lines),
        blanks_before=block.blanks_before,
        piece_width=width,
        singles=int(len(block.lines) == 1),
    )


def _extend(para: Unit, block: _Block) -> None:
    para.lines.extend(block.lines)
    para.pieces += 1
    if len(block.lines) == 1:
        para.singles += 1
        para.piece_width = max(para.piece_width, len(block.lines[0].text))


def segment_units(
    lines: list[Line],
    reserved_names: frozenset[str] = frozenset(),
    unwrapped: bool = False,
    ends: frozenset[int] = frozenset(),
) -> list[Unit]:
    """The layout units of a seed, in reading order. ``unwrapped``: text copied
    from a web page, where every line is a whole paragraph, heading or caption;
    ``ends``: numbers of lines that end what they are in, however they end (a
    web page's headline, right over its info line)."""
    blocks = _split_short_endings(_raw_blocks(lines, reserved_names, unwrapped, ends))
    units: list[Unit] = []
    open_para: Unit | None = None  # paragraph waiting for the rest of its sentence
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.special == "furniture":
            if all(u.kind == "display" and len(u.parts) == 1 for u in units):
                for u in units:
                    u.furniture = True  # over the page's date line: the page's banner
            units.append(
                Unit("display", list(block.lines), block.texts, blanks_before=block.blanks_before)
            )
            continue
        if (
            not block.special
            and len(block.lines) <= 3
            and caption_end_mark(join_lines(block.texts))
            and not ends_mid_sentence(block.texts[-1])
        ):
            # …在新校舍前升国旗。（资料图片）: a caption by the mark it ends with.
            open_para = None
            units.append(
                Unit(
                    "display",
                    list(block.lines),
                    [join_lines(block.texts)],
                    blanks_before=block.blanks_before,
                )
            )
            continue
        if block.special == "caption":
            # Set apart by its marker; a sentence it interrupts goes on after it.
            units.append(
                Unit(
                    "display",
                    list(block.lines),
                    [join_lines(block.texts)],
                    blanks_before=block.blanks_before,
                )
            )
            continue
        if block.special:
            open_para = None
            text = block.lines[0].text
            if block.special == "heading":
                m = _MD_HEADING.match(text)
                assert m is not None  # special == "heading" means it matched
                units.append(
                    Unit(
                        "heading",
                        list(block.lines),
                        [m.group(2)],
                        level=len(m.group(1)),
                        blanks_before=block.blanks_before,
                    )
                )
            elif block.special == "byline":
                near = any(
                    photo_credit(b.lines[0].text)
                    for b in blocks[max(0, i - 1) : i + 2]
                    if b.special
                )
                names = (
                    byline_names(text, near_credit=True)
                    or bracketed_signature(text)
                    or [contributor(text) or text]
                )
                units.append(
                    Unit(
                        "byline",
                        list(block.lines),
                        names,
                        blanks_before=block.blanks_before,
                        credit="near" if near else "",
                    )
                )
            else:
                units.append(
                    Unit(
                        "credit",
                        list(block.lines),
                        [text],
                        blanks_before=block.blanks_before,
                        credit=photo_credit(text) or "",
                    )
                )
            continue
        if any(u.kind == "para" for u in units) and _marked_heading(
            blocks, i, prev_item=bool(units) and units[-1].item
        ):
            # ■ 建起来：村村都有活动室 over a paragraph: a section heading with a mark.
            text = block.texts[0].strip()[1:].strip()
            units.append(
                Unit(
                    "display",
                    list(block.lines),
                    [unbox_label(text)],
                    blanks_before=block.blanks_before,
                    set_as_heading=True,
                )
            )
            open_para = None
            continue
        if (
            len(block.lines) == 1
            and list_item(block.texts[0])
            and not any(u.kind == "para" for u in units)
            and cjk_count(block.texts[0]) <= 12
            and not SENTENCE_PUNCT.search(block.texts[0])
            and not COMMA.search(block.texts[0])
        ):
            # ■县域教育观察 over the headline: the column's name (a kicker), no list item;
            # its mark goes (a year opening the line, 2025年 武清…, is no mark: kept).
            text = block.texts[0].strip()
            if text[0] in cues().bullets:
                text = text[1:].strip()
            units.append(
                Unit("display", list(block.lines), [text], blanks_before=block.blanks_before)
            )
            continue
        first_text = not any(u.kind == "para" for u in units)
        if (
            len(block.lines) == 1
            and block.lines[0].number in ends
            and cjk_count(block.texts[0]) <= 60
            and not ends_sentence(block.texts[0])
        ):
            # A web page's headline over its info line, however long and however
            # it reads (…盘活教育资源,倾心打造教育新高地): a display line.
            open_para = None
            units.append(
                Unit("display", list(block.lines), block.texts, blanks_before=block.blanks_before)
            )
            continue
        if (
            (unwrapped or (block.frame and not block.lines[0].indented))
            and len(block.lines) == 1
            and cjk_count(block.texts[0]) <= 36
            and not list_item(block.texts[0])
            and not _broken_off(block.texts[0])
            and (
                not ends_mid_sentence(block.texts[0])
                # (a kicker ending in ——, over the headline at the top of the page)
                or (kicker_line(block.texts[0]) and not any(u.kind == "para" for u in units))
            )
            and not _LISTED_AFTER_LABEL.search(block.texts[0])
            and (
                not ends_sentence(block.texts[0])
                or caption_end_mark(block.texts[0])  # …升旗仪式。（资料图片）: a caption
                or (
                    first_text
                    and re.search(r"[？！?!]$", block.texts[0])
                    and "，" not in block.texts[0]
                    # (under the page's headline and info line, a question is the lead)
                    and not any(n < block.lines[0].number for n in ends)
                )
            )
        ):
            # (宁波江北区的小学教育水平怎么样？ over a web page's text: its headline;
            # an unindented frame of one short line in an indented page: a display line.)
            # A web page's short line that ends no sentence: a heading, caption or headline, never running text.
            open_para = None
            units.append(
                Unit("display", list(block.lines), block.texts, blanks_before=block.blanks_before)
            )
            continue
        if list_item(block.texts[0]):
            # One item of a list: its own paragraph, running on into the next
            # block only mid-sentence (●…达到99.2%，/ 高于全市平均水平).
            para = _new_para(block)
            para.item = True
            units.append(para)
            open_para = para if ends_mid_sentence(block.texts[-1]) else None
            continue
        if open_para is None and (
            (
                len(block.lines) == 3
                and not any(u.kind == "para" for u in units)
                and _display_shape(block.texts[1:])
                and _display_shape(block.texts[:1]) == "strict"
            )
            or _headline_stack(blocks, i)
        ):
            # 奋进新征程 / 潼南教育谱新篇 / ——…: three headline lines over the first
            # text; 撤点并校观察 / 一个村子留下的“小学” / ——…见闻 above the text or
            # printed after it (not a box of items): a kicker over headline and deck.
            units.append(
                Unit(
                    "display",
                    list(block.lines[:1]),
                    block.texts[:1],
                    blanks_before=block.blanks_before,
                )
            )
            units.append(Unit("display", list(block.lines[1:]), block.texts[1:], blanks_before=0))
            continue
        if (
            open_para is None
            and len(block.lines) >= 3
            and not any(COMMA.search(t) or SENTENCE_PUNCT.search(t) for t in block.texts)
        ):
            # Three or more lines without a single comma or full stop are no
            # running text: a box of one item per line (获得…称号 / a table row),
            # under its label if the first line is one (主要荣誉: short, no space).
            lines_ = list(block.lines)
            first = lines_[0].text.strip()
            if (
                len(first) <= 8
                and " " not in first
                and all(len(ln.text.strip()) > len(first) + 2 for ln in lines_[1:])
            ):
                units.append(
                    Unit(
                        "display",
                        lines_[:1],
                        [unbox_label(first)],
                        blanks_before=block.blanks_before,
                        set_as_heading=True,
                    )
                )
                block = _Block(lines_[1:], 0)
            for line in block.lines:
                para = _new_para(
                    _Block([line], block.blanks_before if line is block.lines[0] else 0)
                )
                para.item = True
                units.append(para)
            continue
        if len(block.lines) >= 2 and all(data_item(t) for t in block.texts):
            # A figures box set line by line: its items, not one run-on paragraph.
            open_para = None
            units.append(
                Unit("display", list(block.lines), block.texts, blanks_before=block.blanks_before)
            )
            continue
        if (
            unwrapped
            and not units
            and nxt is not None
            and _long_web_headline(block.texts, nxt.texts[0] if nxt.texts else "")
        ):
            units.append(
                Unit("display", list(block.lines), block.texts, blanks_before=block.blanks_before)
            )
            continue
        shape = _display_shape(block.texts)
        prev = units[-1] if units else None
        if (
            unwrapped
            and open_para is None
            and prev is not None
            and prev.kind == "para"
            and nxt is not None
            and _scene_caption_with_stop(block.texts)
        ):
            # 活动现场。 between two paragraphs of a web page: the caption of the
            # picture that stood there, closed with a stop.
            units.append(_display_unit(block, caption=True))
            continue
        if open_para is None and _question_heading(blocks, i, prev):
            units.append(_display_unit(block, set_as_heading=True))
            continue
        if (
            open_para is None
            and (prev is None or prev.kind != "para")
            and 2 <= len(block.lines) <= 3
            and kicker_line(block.texts[0])
        ):
            rest = block.texts[1:]
            if _display_shape(rest) or (
                len(rest) == 2
                and _display_shape(rest[:1])
                and _display_shape([rest[1].lstrip("—-")])
            ):
                # 坚持五育并举， / headline [/ deck]: a kicker ending in a comma
                # over the headline, at the top of an article.
                units.append(
                    Unit(
                        "display",
                        list(block.lines[:1]),
                        block.texts[:1],
                        blanks_before=block.blanks_before,
                    )
                )
                units.append(Unit("display", list(block.lines[1:]), rest, blanks_before=0))
                continue
        if open_para is not None and block.frame:
            open_para = None  # an indented page marks its paragraphs: this one is new
        if open_para is not None:
            interposed = (
                shape
                and len(block.lines) == 1
                and caption_score(block.texts[0]) >= 2
                and block.blanks_before >= 2
                and nxt is not None
                and not nxt.special
            )
            if interposed:
                # A photo caption dropped into the middle of a sentence.
                units.append(
                    Unit(
                        "display", list(block.lines), block.texts, blanks_before=block.blanks_before
                    )
                )
                continue
            _extend(open_para, block)
            if not open_para.open or (open_para.item and not ends_mid_sentence(block.texts[-1])):
                open_para = None  # a list item ends where its line does not run on
            continue
        prev = units[-1] if units else None
        display = bool(shape) and not _is_column_line(
            block,
            prev,
            nxt,
            _local_width(blocks, i),
            _stream_follows(blocks, i),
            _sentence_finishes(blocks, i),
        )
        if display and shape == "comma":
            # A comma makes a line read as running text unless it clearly is a
            # caption, or stands apart the way captions do (several blank lines);
            # or it is a web page's first line of words, a headline with a comma
            # (访谈录︱某某:扎根农村半余生,一人一校十四载): no sentence ends in it.
            score = caption_score(block.texts[0])
            display = (
                score >= 3
                or (score >= 2 and block.blanks_before >= 2)
                or (unwrapped and _web_headline_with_comma(block, units))
            )
        if display:
            parts = [unbox_label(unspace_letters(t)) for t in block.texts]
            if (
                len(parts) == 2
                and not has_structural_space(parts[0])
                and broken_line(parts[0], parts[1])
            ):
                # 让每个孩子在阅读中成 / 长为更好的自己: one headline broken
                # at the width of its frame (a word or a phrase runs on).
                parts = [parts[0] + parts[1]]
            if len(parts) == 2 and parts[0] in reserved_names:
                # 荣昌区 / “小夜壶”里的大课程: the district's name over a headline is its banner.
                units.append(
                    Unit(
                        "display",
                        list(block.lines[:1]),
                        parts[:1],
                        blanks_before=block.blanks_before,
                    )
                )
                units.append(Unit("display", list(block.lines[1:]), parts[1:], blanks_before=0))
                continue
            units.append(
                Unit("display", list(block.lines), parts, blanks_before=block.blanks_before)
            )
            continue
        para = _new_para(block)
        units.append(para)
        open_para = para if para.open else None
    return _captions_over_photographers(_without_teaser(_transcript_voices_as_text(units)))


def _transcript_voices_as_text(units: list[Unit]) -> list[Unit]:
    """【同期】某某学校校长 某某 set on a line of its own: the transcript's text, a paragraph."""
    labels = cues().transcript_labels
    return [
        Unit("para", list(u.lines), blanks_before=u.blanks_before, singles=1)
        if u.kind == "display" and u.text.lstrip().startswith(labels)
        else u
        for u in units
    ]


def _web_headline_with_comma(block: _Block, units: list[Unit]) -> bool:
    text = block.texts[0]
    return (
        len(block.texts) == 1
        and not any(u.kind == "para" for u in units)
        and cjk_count(text) <= 40
        and not re.search(r"[。！？；!?;]|[，,:：、]$", text)
    )


def _headline_stack(blocks: list[_Block], i: int) -> bool:
    """Three display lines set as kicker, headline and deck: a short first line,
    then two that are display-shaped, the last a deck by its dash or ending —
    or, with no text after it on the page, a headline printed after its body.
    (A box of items has more lines, alike; a deck never stands in one.)"""
    texts = [t.strip() for t in blocks[i].texts]
    if len(texts) != 3 or blocks[i].special:
        return False
    kicker, headline, deck = texts
    if not (2 <= cjk_count(kicker) <= 8 and " " not in kicker and len(kicker) < len(headline)):
        return False
    if _display_shape([headline]) != "strict" or heading_label(kicker):
        return False
    if is_deck(deck):
        return _display_shape([deck.lstrip("—-")]) != ""
    text_after = any(not b.special for b in blocks[i + 1 :])
    return not text_after and _display_shape([deck]) == "strict"


def _without_teaser(units: list[Unit]) -> list[Unit]:
    """A photo story's or portal's summary set over the headline and printed
    again, word for word, as the text's opening: the first copy goes, so the
    headline opens the article."""
    first_display = next((i for i, u in enumerate(units) if u.kind == "display"), None)
    if not first_display:
        return units
    lead = [u for u in units[:first_display] if u.kind == "para"]
    later = {u.text for u in units[first_display:] if u.kind == "para"}
    if not lead or any(u.text not in later for u in lead):
        return units
    teaser = {id(u) for u in lead}
    return [u for u in units if id(u) not in teaser]


def _captions_over_photographers(units: list[Unit]) -> list[Unit]:
    """A sentence right over a photographer's credit (…走出教学点。 / 摄影：冯晓川)
    is that photo's caption, however it ends."""
    for unit, below in zip(units, units[1:], strict=False):
        if (
            unit.kind == "para"
            and below.kind == "credit"
            and below.credit
            and not re.search(r"供图|提供", below.text)  # (供图:某某 credits the page's pictures)
            and (
                byline_names(below.credit.replace("、", " "), near_credit=True)
                # (晋美多吉: a name of four the role vouches for, 新华社记者 晋美多吉摄)
                or byline_names(below.text, near_credit=True)
            )
            and cjk_count(unit.text) <= 40
            and unit.text.count("。") <= 1
            and not re.match(r"^[^，。：:]{1,5}[：:]", unit.text)  # 答：… is an interview's turn
        ):
            unit.kind, unit.parts = "display", [unit.text]
            unit.caption = True
    for unit in units:
        credit = caption_credit(unit.text) if unit.kind == "para" else None
        if credit and cjk_count(credit[0]) <= 60 and credit[0].count("。") <= 2:
            # …图为她在村委会和记者聊天。陈国栋　摄: the photographer closes the block,
            # so the block is a caption, however many lines it took.
            unit.kind, unit.parts = "display", [unit.text]
            unit.caption = True
    return units
