"""The role of each layout unit of one article, by named passes in order.

A display unit starts with the role its shape and marks give it (headline,
caption, banner, lead label); each pass then corrects what only the units
around it can tell: a label over a heading, a kicker over a headline, a name
after the text that is its byline, the lines a late byline turns into
captions, a web page's menu and column lines. ``ROLE_PASSES`` is the order;
each pass reads and writes the same :class:`RoleContext`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..districts import Gazetteer, base_name, to_simplified
from .cues import (
    byline_names,
    caption_credit,
    caption_end_mark,
    caption_score,
    cues,
    data_item,
    is_deck,
    marked_caption,
    page_furniture,
    shot_dated_caption,
)
from .furniture import page_name
from .text import COMMA, cjk_count, has_structural_space
from .titles import menu_word
from .units import Role, Unit, heading_label, kicker_line


@dataclass
class RoleContext:
    units: list[Unit]
    gazetteer: Gazetteer
    overrides: dict[str, str]  # a hints file's roles, by the unit's text
    web: bool = False
    info_line: int = 0
    roles: dict[int, str] = field(default_factory=dict)
    trailing_names: dict[int, list[str]] = field(
        default_factory=dict
    )  # bylines found by a role pass (after the text, or alone under the headline)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> list[int]:
        """The text's units: paragraphs, and a box of figures (body too)."""
        return [
            i
            for i, u in enumerate(self.units)
            if u.kind == "para" or self.roles.get(i) in (Role.DATA, Role.DATA_LABEL)
        ]

    @property
    def first_para(self) -> int:
        return self.body[0]

    @property
    def last_para(self) -> int:
        return self.body[-1]


def initial_roles(ctx: RoleContext) -> None:
    """A display unit by its shape and marks; a heading a headline; the rest by kind."""
    units, roles = ctx.units, ctx.roles
    for i, unit in enumerate(units):
        if unit.kind == "display":
            roles[i] = display_role(unit, ctx.gazetteer, ctx.overrides)
        elif unit.kind == "heading":
            roles[i] = ctx.overrides.get(unit.text, Role.HEADLINE)
        elif unit.kind == "para" and ctx.overrides.get(unit.text) == "caption":
            roles[i] = Role.CAPTION  # the line set right under a web page's image placeholder
        else:
            roles[i] = unit.kind


def labels_over_headings(ctx: RoleContext) -> None:
    """亮点一：/ 非遗课程进课堂: a label line and the display under it are one heading."""
    units, roles = ctx.units, ctx.roles
    for i in range(1, len(units)):
        above = units[i - 1]
        if (
            units[i].kind == "display"
            and above.kind == "display"
            and len(above.parts) == 1
            and heading_label(above.text)
        ):
            for k in (i - 1, i):  # 亮点一：/ 非遗课程进课堂, a blank between
                roles[k] = ctx.overrides.get(units[k].text, Role.HEADLINE)


def kickers_over_headlines(ctx: RoleContext) -> None:
    """坚持五育并举， over the headline: its kicker, not a caption."""
    units, roles = ctx.units, ctx.roles
    for i in range(len(units) - 1):
        if (
            roles[i] == Role.CAPTION
            and roles[i + 1] == Role.HEADLINE
            and units[i + 1].kind == "display"
            and all(u.kind == "display" for u in units[: i + 2])
            and kicker_line(units[i].text)
            and not marked_caption(units[i].text)
            and units[i].text not in ctx.overrides
        ):
            roles[i] = Role.HEADLINE  # 坚持五育并举， over the headline: its kicker, not a caption


def headlines_over_a_dash_deck(ctx: RoleContext) -> None:
    """A caption-like line over a ——deck at the top: the headline the deck hangs from
    (勠力同心让…绽放校园 / ——某某中学开展…活动); a photo's caption takes no deck."""
    units, roles = ctx.units, ctx.roles
    for i in range(len(units) - 1):
        if not (
            units[i].kind == "display"
            and units[i + 1].kind == "display"
            and units[i + 1].text.lstrip().startswith(("——", "—", "--"))
            and all(u.kind != "para" for u in units[:i])
        ):
            continue
        if (
            roles[i] == Role.CAPTION
            and not marked_caption(units[i].text)
            and not caption_credit(units[i].text)
            and not caption_end_mark(units[i].text)
            and units[i].text not in ctx.overrides
        ):
            roles[i] = Role.HEADLINE
        if (
            roles[i] == Role.HEADLINE
            and roles[i + 1] == Role.CAPTION
            and units[i + 1].text not in ctx.overrides
        ):
            roles[i + 1] = Role.HEADLINE  # (the deck under it: the title's subtitle)


def headline_signed_at_top(ctx: RoleContext) -> None:
    """A caption-like line over a byline over the text: the headline, signed at the top."""
    units, roles = ctx.units, ctx.roles
    for i in range(len(units) - 2):
        if (
            roles[i] == Role.CAPTION
            and units[i + 1].kind == "byline"
            and units[i + 2].kind == "para"
            and all(u.kind != "para" for u in units[:i])
            and not marked_caption(units[i].text)
            and not caption_credit(units[i].text)
            and units[i].text not in ctx.overrides
        ):
            roles[i] = (
                "headline"  # a byline under it, the text under that: the headline, signed at the top
            )


def data_boxes(ctx: RoleContext) -> None:
    """Runs of display lines that are a figures or facts box."""
    _mark_data_items(ctx.units, ctx.roles)


def web_headline_at_info_line(ctx: RoleContext) -> None:
    """A web page's headline stands next to its info line."""
    if ctx.web and ctx.info_line:
        _headline_at_info_line(ctx.units, ctx.roles, ctx.info_line, ctx.overrides)


def trailing_names_as_bylines(ctx: RoleContext) -> None:
    """A lone name after the last paragraph is its byline."""
    units, roles = ctx.units, ctx.roles
    last_para = ctx.last_para
    trailing_names = ctx.trailing_names
    signed = {name for unit in units if unit.kind == "byline" for name in unit.parts}
    for i in range(last_para + 1, len(units)):
        # A lone name after the article's last paragraph is its byline (张伟),
        # not a heading: bylines close the text they sign. Only a guess, so it
        # must name someone new: a line repeating a name already signed is text.
        names = (
            byline_names(units[i].text, near_credit=True) if units[i].kind == "display" else None
        )
        if roles[i] == Role.HEADLINE and names and not signed.intersection(names):
            roles[i] = Role.BYLINE
            trailing_names[i] = names
            signed.update(names)


def names_under_the_headline(ctx: RoleContext) -> None:
    """“手拉手”一起向前走 / 陆某兵 / the text: a line of nothing but a person's name
    right under the headline, above the text, is its byline (a feature signed at the
    top, as print sets it), never a section heading."""
    units, roles = ctx.units, ctx.roles
    for i in range(1, min(ctx.first_para, len(units))):
        unit = units[i]
        names = byline_names(unit.text, near_credit=True) if unit.kind == "display" else None
        if (
            roles[i] == Role.HEADLINE
            and roles[i - 1] == Role.HEADLINE
            and len(unit.parts) == 1
            and names
            and cjk_count(unit.text) == sum(cjk_count(n) for n in names)
            and unit.text not in ctx.overrides
        ):
            roles[i] = Role.BYLINE
            ctx.trailing_names[i] = names
            return


_TOP_CAPTION_MAX_CJK = 30  # a picture's caption over the byline, one short sentence


def captions_over_a_top_byline(ctx: RoleContext) -> None:
    """headline / 师生共同体验无人机操作。/ 学生体验VR设备。/ ●通讯员 某某 文/图 / 本报讯…:
    an e-paper sets the pictures' captions between the headline and the byline that
    opens the text; one short sentence each, they are captions, not its paragraphs."""
    units, roles = ctx.units, ctx.roles
    byline = next((i for i, u in enumerate(units) if u.kind == "byline"), None)
    if byline is None or byline + 1 >= len(units) or units[byline + 1].kind != "para":
        return
    displays = [i for i in range(byline) if units[i].kind == "display"]
    if not displays:
        return  # no headline over them: the text's own first lines
    lines = [i for i in range(byline) if units[i].kind == "para"]
    if lines and all(
        i > displays[-1]
        and cjk_count(units[i].text) <= _TOP_CAPTION_MAX_CJK
        and re.fullmatch(r"[^。！？!?]+。", units[i].text.strip())
        for i in lines
    ):
        for i in lines:
            if units[i].text not in ctx.overrides:
                roles[i] = Role.CAPTION


# 本报讯（记者 某某）… / 某某网讯 …: the paragraph that opens the report.
_OPENS_WITH_DATELINE = re.compile(r"^[^\s，。,]{0,20}?[讯訊](?:\s*[（(【]|\s)")
_DATELINE_CAPTION_MAX_CJK = 40


def captions_over_the_dateline(ctx: RoleContext) -> None:
    """headline / 某某中学的教学楼。/ 本报讯（记者 某某）…: on a print page the report
    opens at its dateline; a short sentence set between the headline and it is the
    picture's caption (a lead note over it carries its label: 开栏语, 编者按)."""
    if ctx.web:
        return
    units, roles = ctx.units, ctx.roles
    opening = next(
        (
            i
            for i, u in enumerate(units)
            if u.kind == "para" and _OPENS_WITH_DATELINE.match(u.text.strip())
        ),
        None,
    )
    displays = [i for i in range(opening or 0) if units[i].kind == "display"]
    if opening is None or not displays:
        return
    labels = tuple(sorted(cues().lead_labels))
    between = [
        i
        for i in range(displays[-1] + 1, opening)
        if units[i].kind == "para" and not units[i].text.strip().startswith(labels)
    ]
    if between and all(
        cjk_count(units[i].text) <= _DATELINE_CAPTION_MAX_CJK
        and re.fullmatch(r"[^。！？!?]+。", units[i].text.strip())
        and units[i].text not in ctx.overrides
        for i in between
    ):
        for i in between:
            roles[i] = Role.CAPTION


def trailing_office_signatures(ctx: RoleContext) -> None:
    """某某杂志社编辑部 / 某某县教育局 alone after the last paragraph: the office
    that signs the text, never its headline."""
    units, roles = ctx.units, ctx.roles
    endings = cues().organisation_endings
    for i in range(ctx.last_para + 1, len(units)):
        text = units[i].text.strip()
        if text[:1] in "（(" and text[-1:] in "）)":
            text = text[1:-1]  # （盐城市大丰区教育局）
        if (
            roles[i] == Role.HEADLINE
            and len(units[i].parts) == 1
            and cjk_count(text) == len(text) <= 16
            and text.endswith(endings)
        ):
            roles[i] = Role.BANNER


def captions_before_a_late_byline(ctx: RoleContext) -> None:
    """Display lines between the text and a byline that a headline follows are captions."""
    units, roles = ctx.units, ctx.roles
    last_para = ctx.last_para
    signs = [i for i in range(last_para + 1, len(units)) if roles[i] in (Role.BYLINE, Role.CREDIT)]
    if signs and any(roles[i] == Role.HEADLINE for i in range(signs[0] + 1, len(units))):
        # …text / display lines / byline / headline: the headline comes after the
        # byline, so the lines between the text and the byline are captions.
        for i in range(last_para + 1, signs[0]):
            if (
                roles[i] == Role.HEADLINE
                and units[i].kind == "display"
                and units[i].text not in ctx.overrides
            ):
                roles[i] = Role.CAPTION


_COUPLET_MAX_CJK = 16  # each line of a heading set on two lines (校本创新+区域协同 / 专家点赞…)
_LABEL_MAX_CJK = 6  # a section's label over its heading (深耕课堂 / 当AI走进山乡校园)


def headings_on_two_lines(ctx: RoleContext) -> None:
    """A section heading set on two lines over a paragraph: 一、建好“专递课堂” / 让山里娃同上
    一堂课 (the second line read as a caption), or 深耕课堂 / 当AI走进山乡校园 between
    paragraphs — a short label over a heading, both only weakly like captions (their
    last word); two pictures' captions would show people or what they do."""
    units, roles = ctx.units, ctx.roles
    for i in range(1, len(units) - 1):
        above, here = units[i - 1], units[i]
        if not (
            roles[i] == Role.CAPTION
            and units[i + 1].kind == "para"
            and above.kind == "display"
            and len(above.parts) == 1
            and here.text not in ctx.overrides
            and not marked_caption(here.text)
        ):
            continue
        if roles[i - 1] == Role.HEADLINE and (
            _NUMBERED.match(above.text) or _couplet(above.text, here.text)
        ):
            roles[i] = Role.HEADLINE
        elif (
            roles[i - 1] == Role.CAPTION
            and here.kind == "display"
            and i >= 2
            and units[i - 2].kind == "para"
            and len(here.parts) == 1
            and cjk_count(above.text) <= _LABEL_MAX_CJK
            and caption_score(above.text) <= 2
            and _couplet(above.text, here.text)
            and not any(marked_caption(u.text) or caption_credit(u.text) for u in (above, here))
            and above.text not in ctx.overrides
        ):
            roles[i - 1] = roles[i] = Role.HEADLINE


def _couplet(first: str, second: str) -> bool:
    """校本创新+区域协同 / 专家点赞徐汇思政实践: a heading's two short lines, the second
    only weakly like a caption (its last word), with no people or place in the photo."""
    return (
        cjk_count(first) <= _COUPLET_MAX_CJK
        and cjk_count(second) <= _COUPLET_MAX_CJK
        and not re.search(r"[，。；！？,]", first + second)
        and caption_score(second) <= 2
    )


def captions_among_their_peers(ctx: RoleContext) -> None:
    """Unmarked display lines between paragraphs, one of them a caption by its words
    and the others leaning that way (白衣小学学生使用… / 捐赠现场 / 某公司向某小学
    捐赠…): one page sets its pictures' captions alike, so they are all captions."""
    units, roles = ctx.units, ctx.roles
    if not ctx.body:
        return
    inside = [
        i
        for i in range(ctx.first_para + 1, ctx.last_para)
        if units[i].kind == "display" and roles[i] in (Role.HEADLINE, Role.CAPTION)
    ]
    captions = [
        i
        for i in inside
        if roles[i] == Role.CAPTION
        and not marked_caption(units[i].text)
        and not caption_credit(units[i].text)
        and caption_score(units[i].text) >= 2
    ]
    headlines = [i for i in inside if roles[i] == Role.HEADLINE]
    if not captions or not headlines:
        return
    if all(
        len(units[i].parts) == 1
        and not units[i].set_as_heading
        and not _NUMBERED.match(units[i].text)
        and not has_structural_space(units[i].text)
        and not heading_label(units[i].text)
        and units[i].text not in ctx.overrides
        and caption_score(units[i].text) >= 1
        for i in headlines
    ):
        for i in headlines:
            roles[i] = Role.CAPTION


def missing_headline_from_captions(ctx: RoleContext) -> None:
    """No headline anywhere: the likeliest caption is the headline (an editor is warned)."""
    units, roles = ctx.units, ctx.roles
    first_para, last_para = ctx.first_para, ctx.last_para
    if not any(
        roles[i] == Role.HEADLINE for i in range(len(units)) if i < first_para or i > last_para
    ):
        # No headline anywhere: it was taken for a caption. The display line
        # right above the text, else the one after the byline that reads least
        # like a caption, is the best guess (a warning asks an editor to check).
        after_byline = [
            i
            for i in range(last_para + 1, len(units))
            if roles[i] == Role.CAPTION
            and any(roles[j] in (Role.BYLINE, Role.CREDIT) for j in range(last_para + 1, i))
        ]
        # Or the display line set right above the text (奉节县开展…活动 over a news item).
        set_above = (
            [first_para - 1]
            if first_para > 0
            and units[first_para - 1].kind == "display"
            and roles[first_para - 1] == Role.CAPTION
            else []
        )
        # (A line that credits its photographer, …专车。周某摄, or gives the day it was
        # taken, …学习（11月21日摄）。, is a caption for sure.)
        candidates = [
            i
            for i in set_above or after_byline
            if not caption_credit(units[i].text) and not shot_dated_caption(units[i].text)
        ]
        if candidates:
            guess = min(candidates, key=lambda i: (caption_score(units[i].text), i))
            roles[guess] = Role.HEADLINE
            ctx.warnings.append(f"标题“{units[guess].text}”是从图片说明中推断的，请核对")


def web_site_lines(ctx: RoleContext) -> None:
    """Under a web page's text a column name; between paragraphs the headline again."""
    units, roles = ctx.units, ctx.roles
    first_para, last_para = ctx.first_para, ctx.last_para
    if ctx.web:
        for i in range(last_para + 1, len(units)):
            if (
                roles[i] == Role.HEADLINE
                and units[i].kind == "display"
                and units[i].text.endswith(cues().column_endings)
                and not re.search(r"[，。！？：:、]", units[i].text)
            ):
                # Under a web page's last paragraph a line that heads no text is the
                # site's (校园资讯, a column's name), never a section heading.
                roles[i] = Role.BANNER
        top_titles = {units[i].text for i in range(first_para) if roles[i] == Role.HEADLINE}
        for i in range(first_para, last_para):
            if units[i].kind == "display" and units[i].text in top_titles:
                roles[i] = Role.BANNER  # the headline again between paragraphs: a photo's alt text


def web_menu_words(ctx: RoleContext) -> None:
    """政务公开 / 部门动态 over a web page's headline: its menu."""
    units, roles = ctx.units, ctx.roles
    first_para = ctx.first_para
    if ctx.web and any(roles[i] == Role.HEADLINE for i in range(first_para)):
        labels = [
            i
            for i in range(first_para)
            if units[i].kind == "display" and roles[i] == Role.CAPTION and menu_word(units[i].text)
        ]
        for i in labels:
            roles[i] = Role.BANNER  # 政务公开 / 部门动态 over a web page's headline: its menu


ROLE_PASSES: tuple[Callable[[RoleContext], None], ...] = (
    initial_roles,
    labels_over_headings,
    kickers_over_headlines,
    headlines_over_a_dash_deck,
    headline_signed_at_top,
    data_boxes,
    web_headline_at_info_line,
    trailing_names_as_bylines,
    names_under_the_headline,
    captions_over_a_top_byline,
    captions_over_the_dateline,
    trailing_office_signatures,
    captions_before_a_late_byline,
    headings_on_two_lines,
    captions_among_their_peers,
    missing_headline_from_captions,
    web_site_lines,
    web_menu_words,
)


def assign_roles(
    units: list[Unit],
    gazetteer: Gazetteer,
    overrides: dict[str, str],
    web: bool = False,
    info_line: int = 0,
) -> RoleContext:
    """Every unit's role, the names of bylines found after the text, and the
    warnings for the editor."""
    ctx = RoleContext(units, gazetteer, overrides, web, info_line)
    for role_pass in ROLE_PASSES:
        role_pass(ctx)
    return ctx


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
    if _noise(text):
        return Role.BANNER  # $ Y+ B1 V6 |: a forum's anti-copy noise, a stray mark — no words
    if (
        marked_caption(text)
        or caption_credit(text)
        or caption_end_mark(text)
        or shot_dated_caption(text)
        or unit.caption
    ):
        return Role.CAPTION
    if len(unit.parts) == 1 and (
        unit.furniture
        or gazetteer.get(text)
        or page_furniture(text)
        or page_name(text)
        or _bare_district(text, gazetteer)
    ):
        return Role.BANNER
    if len(unit.parts) > 1 and all(
        page_furniture(w) or page_name(w) for part in unit.parts for w in part.split()
    ):
        return (
            Role.BANNER
        )  # 中国教育报 2019年3月29日 星期五 / 第3版 地方新闻: the page's header on two lines
    if text in cues().lead_labels or to_simplified(text) in cues().lead_labels:
        return Role.LEAD_LABEL
    if unit.set_as_heading:
        return Role.HEADLINE
    if len(unit.parts) == 2 or has_structural_space(text):
        return Role.HEADLINE
    # (除了高兴，更是感恩: a comma alone, with nothing else of a caption, heads a section)
    caption = caption_score(text) >= 2 and caption_score(COMMA.sub("", text)) > 0
    return Role.CAPTION if caption else Role.HEADLINE


def _noise(text: str) -> bool:
    """No words at all: only marks (|), or runs of one- and two-character letter
    and mark pairs (a forum's anti-copy noise: $ Y+ B1 V6 K0 p4)."""
    if cjk_count(text):
        return False
    if not re.search(r"[A-Za-z0-9]{2,}", text):
        return True  # | / - N + (a font-size widget)
    tokens = text.split()
    return len(tokens) >= 4 and all(len(t) <= 2 for t in tokens)


# ---------------------------------------------------------------- districts


def _bare_district(text: str, gazetteer: Gazetteer) -> bool:
    """长寿 alone on a line: a district's name without 区/县, though too common a
    word to be listed as its short name, is the page's banner."""
    return any(base_name(d.name) == text for d in gazetteer.districts)


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
        and roles.get(i) != Role.BANNER  # 第00039版:书法周刊, the page's name over the date
        and units[i].text not in overrides
    ]
    above = [i for i in shown if units[i].last_line < info_line]
    below = [i for i in shown if units[i].first_line > info_line]
    for i in above[-1:] or below[:1]:
        roles[i] = Role.HEADLINE
    if len(above) >= 2 and is_deck(units[above[-1]].text):
        roles[above[-2]] = Role.HEADLINE  # the headline over its ——deck, over the info line


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
                roles[k] = Role.DATA
            for k in pairs:
                roles[k] = Role.DATA_LABEL
        i = max(j, i + 1)
