"""One article's draft from its layout units: the role of every unit (headline,
caption, byline, credit, data box, body), then the title, the sections and the
signatures, each by its own module (titles.py, sections.py, signatures.py).

The rules, none tied to a particular page:

* an article's headline is its display block above the body if it has one,
  else the one after it; captions are never headlines;
* a headline placed after an untitled sidebar belongs to the sidebar it shares
  vocabulary with (title after body).
"""

from __future__ import annotations

import re

from ..districts import Gazetteer, base_name
from .cues import (
    byline_names,
    caption_credit,
    caption_end_mark,
    caption_score,
    cues,
    data_item,
    marked_caption,
    page_furniture,
)
from .draft import Draft
from .furniture import page_name
from .pages import district_names
from .sections import build_sections
from .text import has_structural_space
from .titles import display_shape_of, menu_word, set_title, spaced_as_section
from .units import Unit, heading_label, kicker_line

# 一、/（一）/ 1. : a numbered section heading
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))"
)  # heading given to a sidebar printed without one


# ---------------------------------------------------------------- roles


def display_role(unit: Unit, gazetteer: Gazetteer, overrides: dict[str, str]) -> str:
    """caption | banner | lead_label | headline for a display unit."""
    text = unit.text
    if text in overrides:
        return overrides[text]
    if marked_caption(text) or caption_credit(text) or caption_end_mark(text) or unit.caption:
        return "caption"
    if len(unit.parts) == 1 and (
        unit.furniture
        or gazetteer.get(text)
        or page_furniture(text)
        or page_name(text)
        or _bare_district(text, gazetteer)
    ):
        return "banner"
    if len(unit.parts) > 1 and all(
        page_furniture(w) or page_name(w) for part in unit.parts for w in part.split()
    ):
        return "banner"  # 中国教育报 2019年3月29日 星期五 / 第3版 地方新闻: the page's header on two lines
    if text in cues().lead_labels:
        return "lead_label"
    if unit.set_as_heading:
        return "headline"
    if len(unit.parts) == 2 or has_structural_space(text):
        return "headline"
    return "caption" if caption_score(text) >= 2 else "headline"


# ---------------------------------------------------------------- districts


def _bare_district(text: str, gazetteer: Gazetteer) -> bool:
    """长寿 alone on a line: a district's name without 区/县, though too common a
    word to be listed as its short name, is the page's banner."""
    return any(base_name(d.name) == text for d in gazetteer.districts)


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff，、]) (?=[\u4e00-\u9fff])")


# ---------------------------------------------------------------- assembly


_NOTE_LABEL = re.compile(r"^[【\[]?(?:编者按|按语|编者的话|编后|编者)[】\]]?\s*[:：]?")


def _note_under_headline(units: list[Unit]) -> list[Unit]:
    """An editor's note printed over the headline (编者按：… / 【按语】…, then the
    headline and its byline) is read under them: it introduces the text, and the
    headline stays the article's title."""
    first = next((i for i, u in enumerate(units) if u.kind == "para"), None)
    if first is None or not _NOTE_LABEL.match(units[first].text):
        return units
    end = first + 1
    while (
        end < len(units)
        and units[end].kind == "para"
        and not units[end].blanks_before
        and units[end - 1].text[-1:] not in "。！？”"
    ):
        end += 1
    heads = end
    while heads < len(units) and units[heads].kind == "display":
        heads += 1
    if heads == end or heads >= len(units) or units[heads].kind != "byline":
        return units
    return units[:first] + units[end : heads + 1] + units[first:end] + units[heads + 1 :]


def assemble(
    district: str,
    units: list[Unit],
    gazetteer: Gazetteer,
    overrides: dict[str, str] | None = None,
    web: bool = False,
    info_line: int = 0,
) -> Draft:
    """One article's draft from its units; ``web``: copied from a web page, whose
    deck stands under the headline, never between the lead and the first section."""
    overrides = overrides or {}
    units = _note_under_headline(units)
    draft = Draft(district=district, first_line=units[0].first_line, last_line=units[-1].last_line)
    roles: dict[int, str] = {}
    for i, unit in enumerate(units):
        if unit.kind == "display":
            roles[i] = display_role(unit, gazetteer, overrides)
        elif unit.kind == "heading":
            roles[i] = overrides.get(unit.text, "headline")
        else:
            roles[i] = unit.kind

    for i in range(1, len(units)):
        above = units[i - 1]
        if (
            units[i].kind == "display"
            and above.kind == "display"
            and len(above.parts) == 1
            and heading_label(above.text)
        ):
            for k in (i - 1, i):  # 亮点一：/ 非遗课程进课堂, a blank between
                roles[k] = overrides.get(units[k].text, "headline")
    for i in range(len(units) - 1):
        if (
            roles[i] == "caption"
            and roles[i + 1] == "headline"
            and units[i + 1].kind == "display"
            and all(u.kind == "display" for u in units[: i + 2])
            and kicker_line(units[i].text)
            and not marked_caption(units[i].text)
            and units[i].text not in overrides
        ):
            roles[i] = "headline"  # 坚持五育并举， over the headline: its kicker, not a caption
    for i in range(len(units) - 2):
        if (
            roles[i] == "caption"
            and units[i + 1].kind == "byline"
            and units[i + 2].kind == "para"
            and all(u.kind != "para" for u in units[:i])
            and not marked_caption(units[i].text)
            and not caption_credit(units[i].text)
            and units[i].text not in overrides
        ):
            roles[i] = (
                "headline"  # a byline under it, the text under that: the headline, signed at the top
            )
    _mark_data_items(units, roles)
    if web and info_line:
        _headline_at_info_line(units, roles, info_line, overrides)
    paras = [
        i for i, u in enumerate(units) if u.kind == "para" or roles[i] in ("data", "data_label")
    ]  # a box of figures is body too
    first_para, last_para = paras[0], paras[-1]
    trailing_names: dict[int, list[str]] = {}
    signed = {name for unit in units if unit.kind == "byline" for name in unit.parts}
    for i in range(last_para + 1, len(units)):
        # A lone name after the article's last paragraph is its byline (张伟),
        # not a heading: bylines close the text they sign. Only a guess, so it
        # must name someone new: a line repeating a name already signed is text.
        names = (
            byline_names(units[i].text, near_credit=True) if units[i].kind == "display" else None
        )
        if roles[i] == "headline" and names and not signed.intersection(names):
            roles[i] = "byline"
            trailing_names[i] = names
            signed.update(names)

    signs = [i for i in range(last_para + 1, len(units)) if roles[i] in ("byline", "credit")]
    if signs and any(roles[i] == "headline" for i in range(signs[0] + 1, len(units))):
        # …text / display lines / byline / headline: the headline comes after the
        # byline, so the lines between the text and the byline are captions.
        for i in range(last_para + 1, signs[0]):
            if (
                roles[i] == "headline"
                and units[i].kind == "display"
                and units[i].text not in overrides
            ):
                roles[i] = "caption"
    for i in range(1, len(units) - 1):
        above = units[i - 1]
        if (
            roles[i] == "caption"
            and roles[i - 1] == "headline"
            and units[i + 1].kind == "para"
            and above.kind == "display"
            and len(above.parts) == 1
            and _NUMBERED.match(above.text)
            and units[i].text not in overrides
            and not marked_caption(units[i].text)
        ):
            roles[i] = (
                "headline"  # 一、建好“专递课堂” / 让山里娃同上一堂课: the heading's second line
            )

    if not any(
        roles[i] == "headline" for i in range(len(units)) if i < first_para or i > last_para
    ):
        # No headline anywhere: it was taken for a caption. The display line
        # right above the text, else the one after the byline that reads least
        # like a caption, is the best guess (a warning asks an editor to check).
        after_byline = [
            i
            for i in range(last_para + 1, len(units))
            if roles[i] == "caption"
            and any(roles[j] in ("byline", "credit") for j in range(last_para + 1, i))
        ]
        # Or the display line set right above the text (奉节县开展…活动 over a news item).
        set_above = (
            [first_para - 1]
            if first_para > 0
            and units[first_para - 1].kind == "display"
            and roles[first_para - 1] == "caption"
            else []
        )
        candidates = set_above or after_byline
        if candidates:
            guess = min(candidates, key=lambda i: (caption_score(units[i].text), i))
            roles[guess] = "headline"
            draft.warnings.append(f"标题“{units[guess].text}”是从图片说明中推断的，请核对")

    if web:
        for i in range(last_para + 1, len(units)):
            if (
                roles[i] == "headline"
                and units[i].kind == "display"
                and units[i].text.endswith(cues().column_endings)
                and not re.search(r"[，。！？：:、]", units[i].text)
            ):
                # Under a web page's last paragraph a line that heads no text is the
                # site's (校园资讯, a column's name), never a section heading.
                roles[i] = "banner"
        top_titles = {units[i].text for i in range(first_para) if roles[i] == "headline"}
        for i in range(first_para, last_para):
            if units[i].kind == "display" and units[i].text in top_titles:
                roles[i] = "banner"  # the headline again between paragraphs: a photo's alt text
    if web and any(roles[i] == "headline" for i in range(first_para)):
        labels = [
            i
            for i in range(first_para)
            if units[i].kind == "display" and roles[i] == "caption" and menu_word(units[i].text)
        ]
        for i in labels:
            roles[i] = "banner"  # 政务公开 / 部门动态 over a web page's headline: its menu
    photographers: list[
        str
    ] = []  # credited under a photo: authors of the page too, after the writers
    for i, unit in enumerate(units):
        if roles[i] == "byline":
            names = trailing_names.get(i, unit.parts)
            draft.authors.extend(n for n in names if n not in draft.authors)
        elif (
            roles[i] == "credit"
            and unit.credit
            and unit.credit not in draft.photo_credit.split("、")
        ):
            draft.photo_credit = "、".join(filter(None, [draft.photo_credit, unit.credit]))
            photographers.extend(
                byline_names(unit.credit.replace("、", " "), near_credit=True) or ()
            )  # 摄影 王鹏: a person, an author too
        elif roles[i] == "caption":
            split = caption_credit(unit.text)
            caption = split[0] if split else (caption_end_mark(unit.text) or unit.text)
            caption = _CJK_GAP.sub("", caption)  # a caption wrapped over two lines is one sentence
            if not (
                draft.captions and draft.captions[-1] == caption and roles.get(i - 1) == "caption"
            ):
                draft.captions.append(
                    caption
                )  # (the same caption twice in a row is a web page's copy artifact)
            if split and split[1] not in draft.photo_credit.split("、"):
                # The photographer named after the caption (…（记者 冉雪 摄）).
                draft.photo_credit = "、".join(filter(None, [draft.photo_credit, split[1]]))
            if split:
                photographers.extend(split[1].split())

    draft.authors.extend(n for n in dict.fromkeys(photographers) if n not in draft.authors)

    top = [i for i in range(first_para) if roles[i] == "headline"]
    bottom = [i for i in range(last_para + 1, len(units)) if roles[i] == "headline"]
    has_byline = any(roles[i] in ("byline", "credit") for i in range(first_para, last_para))
    if has_byline and len(bottom) >= 2 and bottom[0] == last_para + 1 and bottom[1] > bottom[0] + 1:
        # Text after the byline (a sidebar), its headline right under it, then
        # captions and the page's headline: the first is the sidebar's own.
        bottom = bottom[1:]

    if len(top) >= 2 and top[-1] == first_para - 1 and units[top[-1]].kind == "display":
        # [headline][first section heading][text…]: the last display above the
        # body is a section heading when it is set like the article's other
        # section headings and unlike the line above it.
        body_shapes = [
            display_shape_of(units[i])
            for i in range(first_para, len(units))
            if roles[i] == "headline"
        ]
        usual = (
            max(sorted(set(body_shapes)), key=body_shapes.count) if len(body_shapes) >= 2 else None
        )
        signed_between = any(roles[k] == "byline" for k in range(top[-2] + 1, top[-1]))
        if (
            usual
            and display_shape_of(units[top[-1]]) == usual != display_shape_of(units[top[-2]])
            or spaced_as_section(units, roles, top[-1], first_para, last_para)
        ):
            top = top[:-1]
        elif signed_between and body_shapes:
            # headline / byline [/ caption] / 一场特殊的表彰会 / text…: the byline
            # closes the headline block; a display under it, over the text, in
            # an article with more section headings, is the first of them.
            top = top[:-1]
    elif len(top) == 1 and top[0] == first_para - 1 and units[top[0]].kind == "display" and bottom:
        # [section heading][text…][byline][headline]: the headline printed after
        # the body; the one line above it is its first section heading when it
        # is set like the others.
        closed = any(roles[j] in ("byline", "credit") for j in range(last_para + 1, bottom[0]))
        if closed and spaced_as_section(units, roles, top[0], first_para, last_para):
            top = []
    title_units: list[int] = []
    if top:
        title_units = top
    elif bottom:
        title_units = bottom
    set_title(draft, units, title_units, web, info_line, district_names(gazetteer, district))
    build_sections(draft, units, roles, [i for i in range(len(units)) if i not in title_units], web)
    if not draft.title:
        draft.warnings.append("没有找到标题：请在提示文件中指定，或在生成的文章中手工补上")
        draft.title = f"{district}教育专版（标题待补）"
    draft.summary = _summary(draft)
    return draft


_FIGURE = re.compile(
    r"^(?:约|近|超|达|逾|共)?\d[\d.,]*\s*[万亿千百]?[余多]?(?:%|％|[\u4e00-\u9fff]{1,3})?$"
)
_FACT = re.compile(r"^[^\s\d，。、；：！？,;:!?“”]{2,8}[：:][^，。；：！？,;:!?]{1,30}$")


def _headline_at_info_line(
    units: list[Unit], roles: dict[int, str], info_line: int, overrides: dict[str, str]
) -> None:
    """A web page's headline stands next to its info line (发布时间：…, 渝北发布
    2022-09-29): the display line right above it — or, when none is above, right
    below it (a forum's post header comes first) — is the headline, whatever its
    punctuation (好消息,渝北多所新学校将于今秋招生开学!)."""
    first_para = next((i for i, u in enumerate(units) if u.kind == "para"), len(units))
    shown = [
        i
        for i in range(first_para)
        if units[i].kind == "display"
        and len(units[i].parts) == 1
        and not menu_word(units[i].text)  # 分享至, 0 (a share count), 图集
        and units[i].text not in overrides
    ]
    above = [i for i in shown if units[i].last_line < info_line]
    below = [i for i in shown if units[i].first_line > info_line]
    for i in above[-1:] or below[:1]:
        roles[i] = "headline"


def _mark_data_items(units: list[Unit], roles: dict[int, str]) -> None:
    """Runs of display lines that are items of a figures or facts box get the
    role ``data``: ``label number`` (学校 368所), ``label：value`` (园名：…),
    or a label line over a figure line (公办幼儿园 / 68所: ``data_label`` then
    ``data``). A lone ``label number`` line may still be a heading."""

    def single(k: int) -> bool:
        return k < len(units) and units[k].kind == "display"

    def item_at(k: int) -> int:
        """How many units the box item starting at ``k`` takes (0: none)."""
        if not single(k):
            return 0
        parts = units[k].parts
        if all(data_item(p) for p in parts) or all(_FACT.match(p) for p in parts):
            return 1
        if (
            len(parts) == 1
            and not re.search(r"\d", parts[0])
            and len(parts[0]) <= 14
            and single(k + 1)
        ):
            if len(units[k + 1].parts) == 1 and _FIGURE.match(units[k + 1].text.replace(" ", "")):
                return 2
        return 0

    i = 0
    while i < len(units):
        j, items, pairs = i, 0, []
        while n := item_at(j):
            if n == 2:
                pairs.append(j)
            items += len(units[j].parts) if n == 1 else 1
            j += n
        if items >= 2 or pairs:
            for k in range(i, j):
                roles[k] = "data"
            for k in pairs:
                roles[k] = "data_label"
        i = max(j, i + 1)


def _summary(draft: Draft) -> str:
    labelled = [s for s in draft.sections if s.heading in cues().lead_labels]
    if labelled:
        return "".join(labelled[0].paragraphs)
    lead = draft.sections[0] if draft.sections and not draft.sections[0].heading else None
    paragraphs = (
        lead.paragraphs if lead else (draft.sections[0].paragraphs[:1] if draft.sections else [])
    )
    text = "".join(paragraphs)
    if len(text) > 300 and paragraphs:
        text = paragraphs[0]
    return text
