"""Structure stage: normalised seed lines → article drafts.

furniture.py web and page furniture off the lines; what it says about the publication
units.py     lines → paragraphs, display lines, headings, bylines, credits
pages.py     units → articles (the page split by district)
roles.py     the role of each unit of one article, by named passes in order
articles.py  one article's units → its draft: roles, then
titles.py      the title (headline, kicker, deck),
sections.py    the lead, section headings and paragraphs,
signatures.py  the reporters of datelines and bracketed signatures
draft.py     the draft the stage hands on
cues.py      the genre's layout vocabulary (generator/data/layout.yml)
text.py      character-level rules (sentence ends, joining, spacing)
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import yaml

from .. import yamlsafe
from ..districts import FULL_NAME_WEIGHT, Gazetteer, own_division_kind
from ..read import SeedError, SeedText

# The forms front matter holds them in (the article schema's, which almanac check applies).
from ..store import HTTP_URL, published_iso
from .articles import assemble
from .draft import Draft, StructureError
from .furniture import PageDetails, strip_furniture, without_garble
from .pages import (
    first_named,
    place_numbered_captions,
    share_page_credit,
    split_articles,
    without_repeated_copy,
)
from .text import cjk_count, extend_unique
from .units import Role, segment_units

__all__ = [
    "Draft",
    "structure_seed",
    "load_hints",
    "load_seed_meta",
    "apply_publication",
    "sidecar_path",
    "PUBLICATION_KEYS",
    "HTTP_URL",
]

# What an editor may state about a seed's publication without touching its text.
PUBLICATION_KEYS = ("published", "source_name", "page", "source_url")


def sidecar_path(seed_path: Path, kind: str) -> Path:
    """``seeds/NAME.hints.yml`` / ``seeds/NAME.meta.yml``: an editor's file beside a seed."""
    return seed_path.with_name(f"{seed_path.stem}.{kind}.yml")


def _load_sidecar(seed_path: Path, kind: str, what: str) -> dict:
    """The mapping in a sidecar file, {} when there is none; errors name the file and line."""
    path = sidecar_path(seed_path, kind)
    if not path.is_file():
        return {}
    try:
        # Sidecars come with pull requests: bounded like every data file (size,
        # aliases, nesting).
        raw = yamlsafe.safe_load(yamlsafe.read_data_file(path)) or {}
    except yamlsafe.TooLarge as exc:
        raise SeedError(path, f"{what}{exc.message}", exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SeedError(
            path, f"{what}格式错误：{getattr(exc, 'problem', exc)}", mark.line + 1 if mark else None
        ) from None
    except UnicodeDecodeError:
        raise SeedError(path, f"{what}须为 UTF-8 文本") from None
    if not isinstance(raw, dict):
        raise SeedError(path, f"{what}应为“键: 值”映射", 1)
    return raw


def load_hints(seed_path: Path) -> dict:
    """Editor hints for one seed (``<seed>.hints.yml`` beside it), if any.

    Keys: ``district`` (force one district for the whole file) and ``roles``
    (exact display-line text → caption | headline | banner | lead_label).
    """
    return _load_sidecar(seed_path, "hints", "提示文件")


def publication_value(key: str, value, where: Path | str, line: int | None = None) -> str:
    """A publication detail as front matter holds it; bad values name the file."""
    if key == "published":
        # The one rule for a publication date (store.published_iso), as check reads it.
        iso = published_iso(value)
        if not iso:
            raise SeedError(
                where,
                f"published 应为出版日期，如 2024-06-18（或 2024-06、2024），而不是 {value!r}",
                line,
            )
        return iso
    if isinstance(value, int) and not isinstance(value, bool) and key == "page":
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise SeedError(where, f"{key} 应为一段文字，而不是 {value!r}", line)
    value = " ".join(value.split())
    if key == "source_url" and not HTTP_URL.match(value):
        raise SeedError(where, f"source_url 应为 http(s) 网址，而不是 {value!r}", line)
    return value


def load_seed_meta(seed_path: Path) -> dict[str, str]:
    """Publication details an editor gives for one seed (``<seed>.meta.yml``):
    ``published``, ``source_name``, ``page``, ``source_url``."""
    path = sidecar_path(seed_path, "meta")
    values = {}
    for key, value in _load_sidecar(seed_path, "meta", "出版信息文件").items():
        if key not in PUBLICATION_KEYS:
            raise SeedError(path, f"未知的键 “{key}”：可用 {'、'.join(PUBLICATION_KEYS)}", 1)
        values[key] = publication_value(key, value, path)
    return values


def apply_publication(drafts: list[Draft], values: dict[str, str]) -> None:
    """Given details win over what the structure stage read off the page."""
    for draft in drafts:
        for key, value in values.items():
            if value:
                setattr(draft, key, value)


_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")


def _with_wraps_joined(seed: SeedText) -> str:
    """The seed's text for finding the counties it names: a column wrap inside
    a name (仪征 / 市有三所…) joined as the paragraph will be; blank lines kept."""
    return _WRAP.sub("", without_garble("\n".join(line.text.strip() for line in seed.lines)))


def structure_seed(seed: SeedText, gazetteer: Gazetteer, hints: dict | None = None) -> list[Draft]:
    hints = hints or {}
    gazetteer = gazetteer.for_text(_with_wraps_joined(seed))
    reserved = frozenset(name for d in gazetteer.districts for name in d.names)
    # The gazetteer has told the script already (when it has the national list to read it for).
    lines, page = strip_furniture(
        seed.lines, traditional=gazetteer.traditional if gazetteer.national else None
    )
    if not any(line.text for line in lines):
        raise SeedError(seed.path, "只有网页或版面的附属信息（来源、日期、导航等），没有正文")
    ends = frozenset({page.headline_line} - {0})
    units = segment_units(lines, reserved, unwrapped=page.web, ends=ends)
    if page.web:
        units = without_repeated_copy(units)
    roles: dict[str, str] = dict.fromkeys(page.captions, Role.CAPTION)
    roles.update({str(k): str(v) for k, v in (hints.get("roles") or {}).items()})
    try:
        hint = hints.get("district")
        if not hint and not any(
            weight >= FULL_NAME_WEIGHT
            for u in units
            for weight in gazetteer.mentions(u.text).values()
        ):
            # Only 我市/我县: a county paper names its county in its masthead, a county's
            # site in its footer (主办单位: 某某县人民政府办公室) — before a short name the
            # text has as a school's (我县龙江小学: 龙江县 is Heilongjiang's); else the
            # short name the text repeats (定远中学, 定远二中).
            kind = own_division_kind("\n".join(u.text for u in units))
            outlet = (
                gazetteer.from_outlet(page.source_name, kind)
                or gazetteer.from_outlet(page.site_owner, kind)  # (© 2022 某某时讯, in the footer)
                or _by_short_name(gazetteer, units)
            )
            if outlet is not None:
                gazetteer, hint = outlet
        if not hint:
            placed = _placed_short_name_over_a_lone_full_name(gazetteer, units)
            if placed is not None:
                gazetteer, hint = placed
        # A web page with its CMS info line (发布时间：…) carries one article.
        one_article = page.web and bool(page.info_line)
        if one_article:
            units = _without_site_text_above(
                _headline_over_info_line(units, page.info_line), page.info_line
            )
        try:
            pieces = split_articles(units, gazetteer, hint, one_article, web=page.web)
        except StructureError as exc:
            # Other counties named once each (苍南县、磐安县 as partners), its own
            # only by short name (龙游中学, 龙游坚持…): the short name it repeats.
            named_in_full = any(gazetteer.mentions(u.text) for u in units if u.kind == "para")
            outlet = (
                None
                if hint or not exc.no_district
                else _by_short_name(gazetteer, units, once=not named_in_full)
            )
            if outlet is not None:
                gazetteer, hint = outlet
            elif exc.no_district and not hint:
                hint = first_named([u.text for u in units if u.kind == "para"], gazetteer)
                context = (
                    None if hint else gazetteer.from_context_names("\n".join(u.text for u in units))
                )
                if context is not None:
                    gazetteer, hint = context  # 平原县, named once and not placed
            if not hint:
                raise
            pieces = split_articles(units, gazetteer, hint, one_article, web=page.web)
        pieces = place_numbered_captions(pieces)
        pieces = [(district, part) for district, part in pieces if part]
        drafts = [
            assemble(district, part, gazetteer, roles, web=page.web, info_line=page.info_line)
            for district, part in pieces
        ]
        for draft in drafts:
            place = gazetteer.get(draft.district)
            if place is not None:
                draft.prefecture, draft.province = place.prefecture, place.province
        _apply_page_details(drafts, page)
        share_page_credit(pieces, drafts)
        return drafts
    except StructureError as exc:
        message = str(exc)
        if exc.no_district:
            hints_name = sidecar_path(seed.path, "hints").name
            message += f"；如文中确有区县，请在种子旁建提示文件 {hints_name}，写一行 “district: 区县全称”（如 district: 桃源县）"
        raise SeedError(seed.path, message, exc.line) from None


_WEB_HEADLINE_MAX_CJK = 40


def _headline_over_info_line(units: list, info_line: int) -> list:
    """湛江徐闻将建2所小学、1所中学，新增5200个学位！ / 日期：…: a web page's headline may
    exclaim as a sentence does; the one short line right over its info line, with nothing
    but display lines above it, is the headline however it ends."""
    above = [i for i, u in enumerate(units) if u.last_line < info_line]
    if not above:
        return units
    k = above[-1]
    unit = units[k]
    if (
        unit.kind != "para"
        or len(unit.lines) != 1
        or cjk_count(unit.text) > _WEB_HEADLINE_MAX_CJK
        or unit.text.count("。") > 0
        or any(units[j].kind == "para" for j in above[:-1])
    ):
        return units
    return [*units[:k], replace(unit, kind="display", parts=[unit.text]), *units[k + 1 :]]


def _without_site_text_above(units: list, info_line: int) -> list:
    """Running text above a web page's headline (a notice ticker: 报社公告：…) is the
    site's: the headline is the display line over the info line, the text comes after."""
    over = [i for i, u in enumerate(units) if u.kind == "display" and u.last_line < info_line]
    if not over:
        return units
    before = [i for i, u in enumerate(units[: over[-1]]) if u.kind == "para"]
    after = [u for u in units[over[-1] :] if u.kind == "para"]
    if not before or len(before) > 2 or len(after) < 2 * len(before):
        return units  # the info line is not at the top of the text: nothing to take off
    return [u for i, u in enumerate(units) if i not in before]


_BOXED_LABEL = re.compile(r"^【([^【】]{2,12})】")
_PLACE_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,4})[：:]\S")


_SHORT_OVER_FULL = 3  # times a placed short name must recur to outweigh one full name


def _placed_short_name_over_a_lone_full_name(
    gazetteer: Gazetteer, units: list
) -> tuple[Gazetteer, str] | None:
    """在甘肃会宁…, 会宁职专 … and once 首届海淀区…邀请赛: one other county named once in
    full (a contest's, a partner's) against the county the text places by its province
    and repeats by its short name — the text is the repeated county's."""
    text = "\n".join(u.text for u in units if u.kind == "para")
    # (one reading of the text: no name spans the line breaks between paragraphs)
    counts = gazetteer.mentions(text)
    if len(counts) != 1:
        return None
    ((only, weight),) = counts.items()
    if weight > FULL_NAME_WEIGHT:
        return None  # the one full name recurs: it is the text's
    found = gazetteer.from_short_names(text, minimum=_SHORT_OVER_FULL)
    if found is None or found[1] == only:
        return None
    placed_gazetteer, name = found
    return found if placed_gazetteer.short_name_placed(text, name) else None


def _by_short_name(
    gazetteer: Gazetteer, units: list, once: bool = True
) -> tuple[Gazetteer, str] | None:
    """The county a text names only by its short name: the one it repeats, or
    the place that labels its headline (南丰:加快公办幼儿园建设…, then only 我县)."""
    found = gazetteer.from_short_names("\n".join(u.text for u in units))
    if found is not None:
        return found
    first_para = next((i for i, u in enumerate(units) if u.kind == "para"), len(units))
    # 南丰:… / 【钱瓯遂昌】…: a place label or a boxed column name over the headline.
    labels = [
        m.group(1)
        for u in units[:first_para]
        if u.kind == "display" and (m := _PLACE_LABEL.match(u.text) or _BOXED_LABEL.match(u.text))
    ]
    if len(labels) == 1:
        found = gazetteer.from_short_names("\n".join(labels), minimum=1)
        if found is not None:
            return found
    # Last, before refusing: a short name the text gives once (2019年,南丹投资…);
    # not when counties are named in full (first_named decides between those).
    if not once:
        return None
    return gazetteer.from_short_names("\n".join(u.text for u in units), minimum=1)


def _apply_page_details(drafts: list[Draft], page: PageDetails) -> None:
    """What the page's furniture said: its date, outlet and page for every
    article on it; its authors and browser title only where the page is one article."""
    for draft in drafts:
        draft.published = draft.published or page.published
        draft.source_name = draft.source_name or page.source_name
        draft.page = draft.page or page.page
        extend_unique(draft.editors, page.editors)
        draft.authors = [n for n in draft.authors if n not in page.editors]
    if len(drafts) == 1:
        draft = drafts[0]
        extend_unique(draft.authors, page.authors)
        if page.title_opens and page.title != draft.title:
            # 原标题:… / a line of words / the text: the line was the headline's deck.
            if not draft.title.endswith("（标题待补）") and not draft.subtitle:
                draft.subtitle = draft.title
            draft.title = page.title
            draft.warnings = [w for w in draft.warnings if not w.startswith("没有找到标题")]
        elif page.title and draft.title.endswith("（标题待补）"):
            draft.title = page.title
            draft.warnings = [w for w in draft.warnings if not w.startswith("没有找到标题")]
