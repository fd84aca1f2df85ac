"""An article's title: which of its headline lines is the headline, which the
kicker (引题) over it and which the deck (副题) under it."""

from __future__ import annotations

import re

from ..districts import to_simplified
from .cues import WIRE_HEADLINE, byline_names, cues, is_deck
from .draft import Draft
from .furniture import page_name
from .text import cjk_count, extend_unique, has_structural_space
from .units import Role, Unit, kicker_line


def spaced_as_section(
    units: list[Unit], roles: dict[int, str], k: int, first_para: int, last_para: int
) -> bool:
    """Display ``k``, right above the first paragraph, is set the way every
    section heading inside the body is: a wide gap above them, a narrower one
    between each and its text (a headline stands apart from both)."""
    below = units[k + 1].blanks_before
    inside = [
        j
        for j in range(first_para + 1, last_para)
        if roles[j] in (Role.HEADLINE, Role.LEAD_LABEL)
        and units[j].kind == "display"
        and units[j + 1].kind == "para"
    ]
    return bool(inside) and all(
        units[j].blanks_before > below == units[j + 1].blanks_before for j in inside
    )


def display_shape_of(unit: Unit) -> str:
    if unit.kind == "heading":
        return f"h{unit.level}"
    if len(unit.parts) == 2:
        return "two-line"
    return "two-phrase" if has_structural_space(unit.text) else "plain"


def set_title(
    draft: Draft,
    units: list[Unit],
    indices: list[int],
    web: bool = False,
    info_line: int = 0,
    place_names: tuple[str, ...] = (),
) -> None:
    dropped: list[int] = []
    if web:
        above = [i for i in indices if units[i].last_line < info_line]
        if above:
            # The headline stands right over the page's info line (发布时间：…), however
            # short (开栏的话); what is above it is the site's, what is under it,
            # over the text, the page's lead-in.
            kept = [max(above, key=lambda i: units[i].last_line)]
            earlier = [i for i in above if i < kept[0]]
            if is_deck(units[kept[0]].text) and earlier:
                kept.insert(0, max(earlier))  # headline / ——deck, then the info line
        else:
            kept = _web_headline_lines(units, indices)
        dropped, indices = [i for i in indices if i not in kept], kept
    _choose_title(draft, units, indices, place_names)
    if dropped:  # kept as the kicker: nothing of the page is lost
        draft.kicker = " ".join(
            [draft.kicker, *(units[i].text for i in dropped if units[i].text != draft.title)]
        ).strip()  # (but not the headline again: a web page may print it twice)
    head, dash, deck = draft.title.partition("——")
    # A web page's headline is one line as the site set it (“发言人来了”——…发布活动举行);
    # in print a deck may share the headline's line.
    # (On the web too when the part after the dash is a deck by its ending: ——某某学校办学侧记.)
    deck_by_ending = deck.strip().endswith(cues().deck_endings)
    if (
        dash
        and (not web or deck_by_ending)
        and not draft.subtitle
        and len(head) >= 4
        and len(deck) >= 4
    ):
        # 大山深处书声琅琅——城口县推进乡村教育振兴: headline and deck on one line.
        draft.title, draft.subtitle = head.rstrip(), dash + deck
    head, space, deck = draft.title.rpartition(" ")
    if (
        space
        and not dash
        and not draft.subtitle
        and cjk_count(head) >= 6
        and cjk_count(deck) >= 6
        and deck.endswith(cues().deck_endings)
    ):
        # 向优质均衡笃定前行 某某县建设教育引领区综述: the deck beside the headline,
        # told by its ending (综述, 纪实, 侧记 …).
        draft.title, draft.subtitle = head.rstrip(), deck
    labelled = re.match(r"^标题\s*[:：]\s*(?=\S)", draft.title)
    if labelled:
        draft.title = draft.title[labelled.end() :]  # 标题:…: a repost's label for its headline
    wire = WIRE_HEADLINE.match(draft.title)
    if wire:
        draft.title = wire.group("title").strip()
        draft.source_name = draft.source_name or (wire.group("outlet") or "")  # (新华社…电)
    boxed = _BOXED_KICKER.match(draft.title)
    if boxed and cjk_count(draft.title[boxed.end() :]) >= 8:
        # 【重走天路看变迁】求学与返乡…: the column's label in its box, then the headline.
        draft.kicker = " ".join(filter(None, [draft.kicker, boxed.group(1) or boxed.group(2)]))
        draft.title = draft.title[boxed.end() :].strip()
    draft.title = _without_posting_office(draft.title, place_names)
    brand, colon, rest = _label_and_rest(draft.title, within=12)
    if (
        colon
        and len(brand) <= 10
        and brand.endswith(cues().spam_brand_endings)
        and cjk_count(rest) >= 8
    ):
        draft.title = rest.strip()  # 某某彩票:标题: a mirror's brand, not the article's
    genre, colon, rest = _label_and_rest(draft.title, within=4)
    if colon and genre in cues().genre_labels and cjk_count(rest) >= 6:
        # 特写:内蒙古科尔沁沙地深处的寄宿制小学: the story's form, then its headline.
        draft.kicker = " ".join(filter(None, [draft.kicker, genre]))
        draft.title = rest.strip()
    column, colon, rest = _label_and_rest(draft.title, within=_COLUMN_LABEL_CHARS + 1)
    if (
        colon
        and 3 <= len(column) <= _COLUMN_LABEL_CHARS
        and cjk_count(column) == len(column)
        and column.startswith(cues().column_label_openers)
        and cjk_count(rest) >= 6
    ):
        # 连线党代会:给山里娃一双翅膀: the column's running label, then the headline.
        draft.kicker = " ".join(filter(None, [draft.kicker, column]))
        draft.title = rest.strip()
    series = _SERIES_KICKER.match(draft.title)
    # (深度 | 我是公费师范生: a column of a word or two takes a shorter headline)
    if series and cjk_count(draft.title[series.end() :]) >= (5 if len(series[1]) <= 4 else 8):
        # 对口援疆 潮涌天山丨从“有学上”到“上好学”…: a series' name, then the headline;
        # 甲 乙 丙|…: the writers' names, set so by a government site.
        names = byline_names(series.group(1)) if " " in series.group(1) else None
        if names:
            extend_unique(draft.authors, names)
        else:
            draft.kicker = " ".join(filter(None, [draft.kicker, series.group(1)]))
        draft.title = draft.title[series.end() :].strip()
    numbered = _NUMBERED_SERIES.match(draft.title)
    if numbered and cjk_count(draft.title[numbered.end() :]) >= 6:
        # “三区三州”教育突围系列报道⑤ 深山里的…: a series' name and number, then the headline.
        draft.kicker = " ".join(filter(None, [draft.kicker, numbered.group(1)]))
        draft.title = draft.title[numbered.end() :].strip()
    dotted = _PAGE_NAME_DOT.match(draft.title)
    if dotted and page_name(dotted.group(1)) and cjk_count(draft.title[dotted.end() :]) >= 6:
        # 教育资讯·记坚守…: the site's column and a dot, then the headline.
        draft.kicker = " ".join(filter(None, [draft.kicker, dotted.group(1)]))
        draft.title = draft.title[dotted.end() :].strip()
    trailing = _SERIES_AFTER.search(draft.title)
    if trailing and cjk_count(draft.title[: trailing.start()]) >= 6:
        # 他们,守望在大漠之边 | 万里边疆教育行: the series' name set after the headline.
        draft.kicker = " ".join(filter(None, [draft.kicker, trailing.group(1)]))
        draft.title = draft.title[: trailing.start()].strip()
    if draft.subtitle.startswith("--"):
        # --山村女教师的情怀: a web page's ASCII stand-in for the deck's dash.
        draft.subtitle = "——" + draft.subtitle.lstrip("-").lstrip()


# A column's label is a verb and an event or campaign: 连线党代会, 聚焦双减, 走进新时代.
_COLUMN_LABEL_CHARS = 7


def _label_and_rest(title: str, within: int) -> tuple[str, str, str]:
    """A label before a colon and the headline after it (特写：…, 某某彩票:…): at a
    full-width colon among the first ``within`` characters, else at the first ASCII one."""
    return title.partition("：" if "：" in title[:within] else ":")


# 【重走天路看变迁】… / (八闽千姿)… : a column's or series' label boxed or bracketed
_BOXED_KICKER = re.compile(
    r"^(?:[【\[［]([^【】\[\]［］]{2,12})[】\]］]|[（(]([^（）()\d]{2,12})[）)])\s*"
)


def _without_posting_office(title: str, place_names: tuple[str, ...]) -> str:
    """敦化市教育发展概况敦化市教育局 → 敦化市教育发展概况: the office that posted the
    page run onto its headline (the place named again, with an office's ending)."""
    endings = cues().office_endings
    for name in place_names:
        at = title.rfind(name)
        office = title[at:]
        if (
            at >= 6
            and title.find(name) < at
            and len(office) <= len(name) + 8
            and office.endswith(endings)
            and not re.search(r"\s", office)
        ):
            return title[:at]
    return title


# A series' name of two short phrases set before a bar (栏目名 栏目名丨headline).
# (教师节前夕探访|…: one phrase does too.)
# (a series' name may join two with a dot: 奋进新征程 建功新时代·老区新貌丨…)
_SERIES_KICKER = re.compile(
    # (深度报道B篇|…: a series' part may be lettered)
    r"^([\u4e00-\u9fff]{2,8}(?:[A-Za-z0-9][\u4e00-\u9fff]{1,2})?(?:\s+[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6})?)*)\s*[丨|｜︱]\s*"
)
_NUMBERED_SERIES = re.compile(
    r"^(\S{2,24}?(?:系列报道|系列访谈|系列评论)(?:之[一二三四五六七八九十]{1,3}|[①-⑳]|[（(]\d{1,2}[）)]|\d{1,2})?)\s+(?=\S)"
)
_PAGE_NAME_DOT = re.compile(r"^([\u4e00-\u9fff]{2,6})\s*[·•]\s*(?=\S)")
_SERIES_AFTER = re.compile(r"\s+[丨|｜︱]\s*([\u4e00-\u9fff]{2,10})$")
_BRACKETED_TAIL = re.compile(r"[（(【\[][^（）()【】\[\]]{1,8}[）)】\]]$")


def menu_word(text: str) -> bool:
    """政务公开 / 部门动态 / 热点资讯: a site's column or menu word, no phrase of a headline."""
    return cjk_count(text) <= 6 and not re.search(r"[，。！？：:、]", text)


def _web_headline_lines(units: list[Unit], indices: list[int]) -> list[int]:
    """The headline candidates of a web copy without the site's labels around
    them: a column or menu word (部门动态, 热点资讯) beside a real headline, and
    the headline again with a tag (…(汇总)) from a listing box."""
    kept = [i for i in indices if not menu_word(units[i].text)]
    if not kept:
        return indices
    first_copy: dict[str, int] = {}
    unique: list[int] = []
    for i in kept:
        bare = _BRACKETED_TAIL.sub("", units[i].text).strip()
        earlier = first_copy.get(bare)
        if earlier is None:
            first_copy[bare] = i
            unique.append(i)
        elif units[i].text == bare:
            # The headline again, untagged, nearer the text: what stood above it was a
            # list of the page's headlines (a digital paper's 标题导航), this one too.
            unique = [i]
        # (else the copy with a tag, …(汇总), from a listing box: the first stands)
    return unique


def _place_headline(line: str, place_names: tuple[str, ...]) -> bool:
    """镇巴：让山里孩子天天有书读: the county's name and a colon open a main headline."""
    head, colon, rest = line.partition("：")
    if not colon:
        head, colon, rest = line.partition(":")
    return bool(colon) and head in place_names and cjk_count(rest) >= 6


_OFFICE_LINE_MAX = 20  # a school's or office's full name on a line of its own


_STACK_MIN = 4  # short lines one under the other: a lead set line by line, no headline
_STACK_LINE_MAX_CJK = 14


def _lead_stack(chosen: list[Unit]) -> int:
    """How many of the last display units are a lead set line by line (each one
    short line, no blank line between them) under a unit set apart by a blank line;
    0 when they are not."""
    run = 0
    for unit in reversed(chosen):
        if len(unit.parts) != 1 or cjk_count(unit.text) > _STACK_LINE_MAX_CJK:
            break
        run += 1
        if unit.blanks_before:
            break  # the stack's top line, set apart from the headline over it
    if run < _STACK_MIN or run >= len(chosen) or not chosen[-run].blanks_before:
        return 0
    return run


# A line of a few words that ends in its colon: what follows it is the rest of its line.
_OPENS_ON_ITS_COLON = re.compile(r"^[^，。；！？,;!?：:]{2,20}[：:]$")


def _choose_title(
    draft: Draft, units: list[Unit], indices: list[int], place_names: tuple[str, ...] = ()
) -> None:
    if not indices:
        return
    chosen = [units[i] for i in indices]
    stack = _lead_stack(chosen)
    if stack:
        # headline / 教育连着千家万户 / 2025年 … / 正在一所所变成现实: a WeChat post's lead set
        # as short lines one under the other, under the headline set apart: the headline
        # is the line over them; the lines are kept as its deck.
        head = chosen[-stack - 1]
        draft.title = head.text
        draft.kicker = " ".join(u.text for u in chosen[: -stack - 1])
        draft.subtitle = " ".join(u.text for u in chosen[-stack:])
        return
    lines = [part for u in chosen for part in u.parts]
    opened = [
        k
        for k, line in enumerate(lines[:-1])
        if _OPENS_ON_ITS_COLON.match(line)
        and to_simplified(line[:-1]).endswith(cues().organisation_endings)
    ]
    if opened:
        # 哈市南岗区教育局： / 全区中小学必须…: a headline broken after its colon, the
        # office that speaks over what it says; one title. (金平县: alone over the
        # headline is the place it reports from, its kicker.)
        at = opened[0]
        draft.title = lines[at] + lines[at + 1]
        draft.kicker = " ".join(lines[:at])
        draft.subtitle = " ".join(lines[at + 2 :])
        return
    placed = [k for k, line in enumerate(lines) if _place_headline(line, place_names)]
    if len(placed) == 1 and len(lines) >= 2:
        # 西乡：让农村学校… among the headline lines: the county and a colon open
        # the main headline; the lines above it are its kicker, below it its deck.
        at = placed[0]
        draft.title = lines[at]
        draft.kicker = " ".join(lines[:at])
        draft.subtitle = " ".join(lines[at + 1 :])
        return
    headings = [u for u in chosen if u.kind == "heading"]
    if headings:
        main = headings[0]
        before = [u.text for u in chosen[: chosen.index(main)]]
        after = [u.text for u in chosen[chosen.index(main) + 1 :]]
        draft.title = main.text
        draft.subtitle = " ".join(after) or (before.pop() if before else "")
        draft.kicker = " ".join(before)
        return
    last = chosen[-1]
    if len(last.parts) >= 3 and is_deck(last.parts[-1]) and not is_deck(last.parts[-2]):
        # 撤点并校观察 / 一个村子留下的“小学” / ——…见闻 set as one block: kicker(s),
        # headline, deck.
        draft.title, draft.subtitle = last.parts[-2], last.parts[-1]
        draft.kicker = " ".join([*(u.text for u in chosen[:-1]), *last.parts[:-2]])
        return
    if len(last.parts) == 2 and (
        len(chosen) == 1
        or is_deck(last.parts[1])
        or bool(place_names and all(u.text.endswith(place_names) for u in chosen[:-1]))
    ):
        # Headline and deck set as one block, under any kicker lines; or under the
        # place it reports from (浙江开化 / headline / deck).
        draft.title, draft.subtitle = last.parts
        draft.kicker = " ".join(u.text for u in chosen[:-1])
        return
    if indices and all(units[j].kind != "para" for j in range(indices[0])):
        leads = []
        while len(chosen) >= 2 and len(chosen[0].parts) == 1 and kicker_line(chosen[0].text):
            leads.append(chosen.pop(0).text)  # 坚持五育并举，: a lead-in phrase is the kicker
        if leads:
            last = chosen[-1]
            if len(chosen) == 1 and len(last.parts) == 2:
                draft.title, draft.subtitle = last.parts
            elif len(chosen) >= 2 and is_deck(last.text):
                draft.title, draft.subtitle = " ".join(u.text for u in chosen[:-1]), last.text
            else:
                draft.title = chosen[0].text
                draft.subtitle = " ".join(u.text for u in chosen[1:])
            draft.kicker = "".join(leads)
            return
        # The headline printed twice (a web page's title over its headline): once.
        chosen = [u for k, u in enumerate(chosen) if not k or u.text != chosen[k - 1].text]
        last = chosen[-1]
        if (
            len(chosen) >= 2
            and len(last.parts) == 1
            and cjk_count(last.text) == len(last.text) <= _OFFICE_LINE_MAX
            and to_simplified(last.text).endswith(cues().office_endings)
            and cjk_count(chosen[-2].text) > cjk_count(last.text)
        ):
            # headline / 某某师范大学附属某某实验学校 / the text: the school or office the
            # report is from, set between them, is no headline (nor its deck).
            chosen = chosen[:-1]
            last = chosen[-1]
            if len(chosen) == 1:
                draft.title = last.text
                return
        # Above the body: kicker(s) first, the headline last, unless the last
        # line is a deck (——…纪实), which follows its headline.
        if len(chosen) >= 2 and is_deck(last.text) and not is_deck(chosen[-2].text):
            draft.title, draft.subtitle = chosen[-2].text, last.text
            draft.kicker = " ".join(u.text for u in chosen[:-2])
            return
        draft.title = last.text
        draft.subtitle = chosen[-2].text if len(chosen) >= 2 else ""
        draft.kicker = " ".join(u.text for u in chosen[:-2])
    elif (
        len(chosen) == 2
        and len(chosen[0].parts) == 1
        and len(chosen[1].parts) == 2
        and cjk_count(chosen[0].text) < cjk_count(chosen[1].parts[0])
    ):
        # After the body, 开学第一天 / headline / deck: the short line over the
        # headline block is its kicker.
        draft.kicker = chosen[0].text
        draft.title, draft.subtitle = chosen[1].parts
    else:
        # After the body: the headline first, then its deck.
        draft.title = chosen[0].text
        draft.subtitle = " ".join(u.text for u in chosen[1:])
