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

from ..districts import Gazetteer
from .cues import (
    WIRE_HEADLINE,
    byline_names,
    caption_credit,
    caption_end_mark,
    cues,
    pen_name_credit,
)
from .draft import Draft
from .pages import district_names
from .roles import assign_roles
from .sections import build_sections
from .text import extend_unique
from .titles import display_shape_of, set_title, spaced_as_section
from .units import Role, Unit

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


def _take_wire_headline(draft: Draft) -> None:
    for section in draft.sections[:1]:
        for k, paragraph in enumerate(section.paragraphs[:3]):
            wire = WIRE_HEADLINE.match(paragraph.strip())
            if wire:
                draft.title = wire.group("title").strip()
                # (中新网某地11月22日电: the outlet that sent it is the source named)
                draft.source_name = draft.source_name or (wire.group("outlet") or "")
                del section.paragraphs[k]
                return


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
    ctx = assign_roles(units, gazetteer, overrides, web, info_line)
    roles, trailing_names = ctx.roles, ctx.trailing_names
    first_para, last_para = ctx.first_para, ctx.last_para
    if web and info_line:
        # A web page sets its pictures under the headline: a "caption" above the
        # headline and its info line is the site's (看家乡事,品故乡情, a slogan).
        headline_at = max(
            (
                i
                for i, u in enumerate(units)
                if roles[i] == Role.HEADLINE and u.last_line < info_line
            ),
            default=-1,
        )
        for i in range(headline_at):
            if roles[i] == Role.CAPTION:
                roles[i] = Role.BANNER
    draft.warnings.extend(ctx.warnings)
    photographers: list[
        str
    ] = []  # credited under a photo: authors of the page too, after the writers
    for i, unit in enumerate(units):
        if roles[i] == Role.BYLINE:
            names = trailing_names.get(i, unit.parts)
            extend_unique(draft.authors, names)
        elif (
            roles[i] == Role.CREDIT
            and unit.credit
            and unit.credit not in draft.photo_credit.split("、")
        ):
            draft.photo_credit = "、".join(filter(None, [draft.photo_credit, unit.credit]))
            named = byline_names(unit.credit.replace("、", " "), near_credit=True)
            pen_name = None if named else pen_name_credit(unit.text)
            # 摄影 王鹏: a person, an author too; so is 摄影:江城渔夫, a pen name
            photographers.extend(named or ([pen_name] if pen_name else []))
        elif roles[i] == Role.CAPTION:
            split = caption_credit(unit.text)
            caption = split[0] if split else (caption_end_mark(unit.text) or unit.text)
            caption = _CJK_GAP.sub("", caption)  # a caption wrapped over two lines is one sentence
            if not (
                draft.captions
                and draft.captions[-1] == caption
                and roles.get(i - 1) == Role.CAPTION
            ):
                draft.captions.append(
                    caption
                )  # (the same caption twice in a row is a web page's copy artifact)
            if split and split[1] not in draft.photo_credit.split("、"):
                # The photographer named after the caption (…（记者 冉雪 摄）).
                draft.photo_credit = "、".join(filter(None, [draft.photo_credit, split[1]]))
            if split:
                photographers.extend(split[1].split())

    extend_unique(draft.authors, dict.fromkeys(photographers))

    top = [i for i in range(first_para) if roles[i] == Role.HEADLINE]
    bottom = [i for i in range(last_para + 1, len(units)) if roles[i] == Role.HEADLINE]
    has_byline = any(roles[i] in (Role.BYLINE, Role.CREDIT) for i in range(first_para, last_para))
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
            if roles[i] == Role.HEADLINE
        ]
        usual = (
            max(sorted(set(body_shapes)), key=body_shapes.count) if len(body_shapes) >= 2 else None
        )
        signed_between = any(roles[k] == Role.BYLINE for k in range(top[-2] + 1, top[-1]))
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
        closed = any(
            roles[j] in (Role.BYLINE, Role.CREDIT) for j in range(last_para + 1, bottom[0])
        )
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
        _take_wire_headline(draft)
    if not draft.title:
        draft.warnings.append("没有找到标题：请在提示文件中指定，或在生成的文章中手工补上")
        draft.title = f"{district}教育专版（标题待补）"
    draft.summary = _summary(draft)
    return draft


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
