"""Layout units → articles: split a page into articles, find each one's
headline, byline, credit, captions, lead and sections.

A newspaper page may hold several articles from several districts, and its
extraction order is not reading order: a headline can come after the body it
belongs to (after the byline, or after the photo captions at the very end). The
rules, none tied to a particular page:

* articles are cut where the body text changes district (by gazetteer
  mentions), preferably at a byline, which ends an article's main text;
* display lines between a byline and the next article's body belong to the
  article they name or share vocabulary with;
* an article's headline is its display block above the body if it has one,
  else the one after it; captions are never headlines;
* a headline placed after an untitled sidebar belongs to the sidebar it shares
  vocabulary with (title after body).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import jieba

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
    page_credit,
    page_furniture,
)
from .furniture import page_name
from .text import cjk_count, close_digit_gaps, has_structural_space, join_display
from .units import Unit, heading_label, kicker_line

UNTITLED_SIDEBAR = "相关报道"
# 一、/（一）/ 1. : a numbered section heading
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))"
)  # heading given to a sidebar printed without one


@dataclass
class Section:
    heading: str  # "" for the lead
    level: int = 2
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """One article as the structure stage found it."""

    title: str = ""
    subtitle: str = ""
    kicker: str = ""
    district: str = ""
    authors: list[str] = field(default_factory=list)
    photo_credit: str = ""
    captions: list[str] = field(default_factory=list)
    summary: str = ""
    sections: list[Section] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0
    warnings: list[str] = field(default_factory=list)
    # Publication details the page states (date line, masthead, page, web info line).
    published: str = ""  # YYYY-MM-DD, or YYYY-MM / YYYY when that is all the page says
    source_name: str = ""  # the newspaper or site
    page: str = ""  # 第7版, A3版
    source_url: str = ""
    editors: list[str] = field(default_factory=list)  # 责任编辑 …: never authors
    prefecture: str = (
        ""  # the district's prefecture and province, when known from the national list
    )
    province: str = ""


class StructureError(ValueError):
    def __init__(self, message: str, line: int | None = None, no_district: bool = False):
        super().__init__(message)
        self.line = line
        self.no_district = no_district  # the text names no county: a hints file can say which


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


def _dominant(counts: dict[str, int], minimum: int = 3) -> str | None:
    if not counts:
        return None
    name, weight = max(sorted(counts.items()), key=lambda kv: kv[1])
    if weight < minimum or weight < 0.6 * sum(counts.values()):
        return None
    return name


def _most_widely_named(texts: list[str], gazetteer: Gazetteer) -> str | None:
    """When no district dominates by count (万州 beside 与成都锦江区、青羊区、武侯区合作):
    the one named in the most paragraphs; partners are listed in one."""
    spread: dict[str, int] = {}
    weight: dict[str, int] = {}
    for text in texts:
        for name, count in gazetteer.mentions(text).items():
            spread[name] = spread.get(name, 0) + 1
            weight[name] = weight.get(name, 0) + count
    if not spread:
        return None
    ranked = sorted(spread, key=lambda n: (spread[n], weight[n], n), reverse=True)
    if (
        len(ranked) > 1
        and spread[ranked[1]] == spread[ranked[0]]
        and weight[ranked[1]] == weight[ranked[0]]
    ):
        return None
    return ranked[0]


_AREA = re.compile(r"([\u4e00-\u9fff]{2,4}?)(区|县)")


def _unlisted_district(text: str) -> str | None:
    """For a district the gazetteer lacks: the most frequent ``XX区/XX县`` that
    is not a generic area word (学区, 社区, 实验区 …)."""
    generic = cues().not_district_prefixes
    counts: dict[str, int] = {}
    for match in _AREA.finditer(text):
        prefix = match.group(1)
        # take the shortest tail that is not generic: 该区 → skip, 铜梁区 → 铜梁
        for start in range(len(prefix) - 2, -1, -1):
            candidate = prefix[start:]
            if any(candidate.endswith(g) or candidate.startswith(g) for g in generic):
                continue
            name = candidate + match.group(2)
            counts[name] = counts.get(name, 0) + 1
            break
    if not counts:
        return None
    name, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    return name if n >= 3 else None


# ---------------------------------------------------------------- vocabulary


def _terms(text: str) -> set[str]:
    return {w for w in jieba.cut(text, HMM=False) if len(w) >= 2 and not w.isdigit()}


def _affinity(
    heading: str, paragraphs: list[str], document_frequency: dict[str, int], total: int
) -> float:
    """How strongly ``heading`` is about ``paragraphs``: shared terms weighted by rarity."""
    text = "".join(paragraphs)
    score = 0.0
    for term in _terms(heading):
        if term in text:
            score += math.log((total + 1) / (1 + document_frequency.get(term, 0)))
    return score


# ---------------------------------------------------------------- splitting


def split_articles(
    units: list[Unit],
    gazetteer: Gazetteer,
    district_hint: str | None = None,
    one_article: bool = False,
) -> list[tuple[str, list[Unit]]]:
    """(district, units) per article, in page order. ``one_article``: a web
    page, which carries one article: a section about a partner county (上海长宁区
    对口支援…) is no article of its own; the county the whole text names most is its."""
    paragraphs = [i for i, u in enumerate(units) if u.kind == "para"]
    if not paragraphs:
        raise StructureError("没有找到正文段落")
    if district_hint:
        return [(district_hint, units)]
    labels: dict[int, str | None] = {
        i: _dominant(gazetteer.mentions(units[i].text)) for i in paragraphs
    }
    forced = _signed_off_articles(units, paragraphs, labels, gazetteer)
    if one_article or not any(labels.values()):
        whole = "".join(u.text for u in units)
        found = (
            _dominant(gazetteer.mentions(whole), minimum=1)
            or _most_widely_named([units[i].text for i in paragraphs], gazetteer)
            or _unlisted_district(whole)
        )
        if not found:
            raise StructureError("无法识别文章所属区县（正文中没有找到区县名称）", no_district=True)
        return [(found, units)]

    # Runs of paragraphs by district; unlabelled paragraphs inherit the previous label.
    runs: list[tuple[str, list[int]]] = []
    for i in paragraphs:
        label = labels[i]
        if runs and (label is None or label == runs[-1][0]):
            runs[-1][1].append(i)
        elif label is None:
            runs.append(("", [i]))
        else:
            runs.append((label, [i]))
    # A run that is too thin to be an article is a mention of a partner district.
    merged: list[tuple[str, list[int]]] = []
    for label, members in runs:
        strong = sum(1 for i in members if labels[i] == label) + (
            2 if forced.intersection(members) else 0
        )
        if (
            label
            and labels[members[0]] == label
            and members[0] > 0
            and units[members[0] - 1].kind == "display"
            and caption_score(units[members[0] - 1].text) < 2
        ):
            strong += 1  # named by its first paragraph, right under a headline of its own: an article, however short
        if merged and label and not merged[-1][0]:
            # Text that names no district (an editor's note) opens the article of the first one named.
            merged[-1] = (label, merged[-1][1] + members)
        elif merged and (not label or strong < 2 or label == merged[-1][0]):
            merged[-1][1].extend(members)
        elif not label and not merged:
            merged.append((label, members))
        else:
            merged.append((label, members))
    if len(merged) > 1 and not merged[0][0]:
        first_label, first_members = merged[1]
        merged[1:2] = [(first_label, merged[0][1] + first_members)]
        merged.pop(0)
    # A run whose only labelled paragraphs were too few to stand alone takes the
    # district its text mentions most.
    for k, (label, members) in enumerate(merged):
        if not label:
            text = "".join(units[i].text for i in members)
            found = (
                _dominant(gazetteer.mentions(text), minimum=1)
                or _most_widely_named([units[i].text for i in members], gazetteer)
                or _unlisted_district(text)
            )
            if not found:
                raise StructureError(
                    "无法识别文章所属区县（正文中没有找到区县名称）",
                    units[members[0]].first_line,
                    no_district=True,
                )
            merged[k] = (found, members)

    articles: list[tuple[str, list[Unit]]] = []
    start = 0
    for k in range(1, len(merged)):
        prev_label, prev_members = merged[k - 1]
        label, members = merged[k]
        last_prev = max(i for i in prev_members if labels[i] == prev_label)
        first_new = members[0]
        cut = _cut_point(
            units, last_prev, first_new, prev_label, label, _names(gazetteer, label), start
        )
        articles.append((prev_label, units[start:cut]))
        start = cut
    articles.append((merged[-1][0], units[start:]))
    return articles


def _signed_off_articles(
    units: list[Unit], paragraphs: list[int], labels: dict[int, str | None], gazetteer: Gazetteer
) -> set[int]:
    """Label the text of an article that names its district too rarely for its
    paragraphs to count as an article of their own (in one paragraph, or
    once or twice in all): a byline or credit
    closes an article (or, set under a headline, opens one), and text after
    it with a headline block of its own (headline, box label) that names
    another district, and never the one before, is a new article. Returns the paragraphs so labelled."""
    segments: list[list[int]] = [[]]
    for i in paragraphs:
        if segments[-1]:
            between = range(segments[-1][-1] + 1, i)
            signs = [k for k in between if units[k].kind in ("byline", "credit")]
            if signs and any(
                units[k].kind in ("display", "heading")
                and caption_score(units[k].text) < 2
                and not marked_caption(units[k].text)
                for k in between
            ):
                segments.append([])
        segments[-1].append(i)
    forced: set[int] = set()
    texts = ["".join(units[i].text for i in members) for members in segments]
    for k in range(1, len(segments)):
        members = segments[k]
        new = _dominant(
            gazetteer.mentions(texts[k]), minimum=3
        )  # a full name, or a short one thrice
        old = _dominant(gazetteer.mentions(texts[k - 1]), minimum=1)
        if not new or not old or new == old or any(n in texts[k] for n in _names(gazetteer, old)):
            continue
        if any(labels[i] not in (None, new) for i in members):
            continue
        for i in members:
            labels[i] = new
        forced.update(members)
        if all(labels[i] in (None, old) for i in segments[k - 1]):
            for i in segments[k - 1]:
                labels[i] = old
            forced.update(segments[k - 1])
    return forced


_NUMBERED_PHOTO = re.compile(r"^图\s*[①②③④⑤⑥⑦⑧⑨⑩]")


def place_numbered_captions(pieces: list[tuple[str, list[Unit]]]) -> list[tuple[str, list[Unit]]]:
    """Numbered captions at the foot of a page of several articles (图① … 图③)
    list the page's photos: each goes to the article whose text it shares the
    rarest words with, after that article's last paragraph."""
    if len(pieces) < 2:
        return pieces
    last = pieces[-1][1]
    paras = [i for i, u in enumerate(last) if u.kind == "para"]
    if not paras:
        return pieces
    foot = [
        i
        for i in range(paras[-1] + 1, len(last))
        if last[i].kind == "display" and _NUMBERED_PHOTO.match(last[i].text)
    ]
    if not foot:
        return pieces
    texts = [[u.text for u in part if u.kind == "para"] for _, part in pieces]
    frequency: dict[str, int] = {}
    for paragraphs in texts:
        for term in _terms("".join(paragraphs)):
            frequency[term] = frequency.get(term, 0) + 1
    moved: dict[int, list[Unit]] = {}
    for i in foot:
        caption = re.sub(r"[（(][^（）()]*[）)]$", "", last[i].text)
        scores = [_affinity(caption, paragraphs, frequency, len(pieces)) for paragraphs in texts]
        best = max(range(len(pieces)), key=lambda k: (scores[k], k))
        if best != len(pieces) - 1 and scores[best] > scores[-1]:
            moved.setdefault(best, []).append(last[i])
    if not moved:
        return pieces
    gone = {id(u) for units in moved.values() for u in units}
    result = []
    for k, (district, part) in enumerate(pieces):
        part = [u for u in part if id(u) not in gone]
        if k in moved:
            end = max(i for i, u in enumerate(part) if u.kind == "para") + 1
            part = part[:end] + moved[k] + part[end:]
        result.append((district, part))
    return result


def share_page_credit(pieces: list[tuple[str, list[Unit]]], drafts: list[Draft]) -> None:
    """A credit for the whole page (本版图片由…提供) printed at its foot, after
    the last article's text, is every article's, not the last one's only."""
    if len(drafts) < 2 or len(drafts) != len(pieces):
        return
    last = pieces[-1][1]
    paras = [i for i, u in enumerate(last) if u.kind == "para"]
    if not paras:
        return
    names = [page_credit(u.text) for u in last[paras[-1] + 1 :] if u.kind == "credit"]
    for name in filter(None, names):
        people = (
            byline_names(name.replace("、", " "), near_credit=True) or []
        )  # 本版摄影 王鹏: the page's photographer
        for draft in drafts:
            if name not in draft.photo_credit.split("、"):
                draft.photo_credit = "、".join(filter(None, [draft.photo_credit, name]))
            draft.authors.extend(n for n in people if n not in draft.authors)


def _no_headline_above(units: list[Unit], start: int, last: int) -> bool:
    """The article from ``start`` has no headline above its body: nothing but
    captions there, or one line right over the text set like its section
    headings (wide gap above, narrow below)."""
    first = next((i for i in range(start, last + 1) if units[i].kind == "para"), last)
    above = [
        i
        for i in range(start, first)
        if units[i].kind != "display"
        or (caption_score(units[i].text) < 2 and len(units[i].text) > 4)
    ]
    if not above:
        return True
    if above != [first - 1] or units[first - 1].kind != "display":
        return False
    below = units[first].blanks_before
    inside = [
        j
        for j in range(first + 1, last)
        if units[j].kind == "display"
        and units[j + 1].kind == "para"
        and caption_score(units[j].text) < 2
    ]
    return bool(inside) and all(
        units[j].blanks_before > below == units[j + 1].blanks_before for j in inside
    )


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff，、]) (?=[\u4e00-\u9fff])")


def _names(gazetteer: Gazetteer, district: str) -> tuple[str, ...]:
    known = gazetteer.get(district)
    return known.names if known else (district, base_name(district))


def _cut_point(
    units: list[Unit],
    last_prev: int,
    first_new: int,
    prev_label: str,
    label: str,
    new_names: tuple[str, ...] = (),
    start: int = 0,
) -> int:
    """Index where the next article starts, between two districts' paragraphs."""
    bylines = [i for i in range(last_prev + 1, first_new) if units[i].kind in ("byline", "credit")]
    if bylines and bylines[-1] == first_new - 1 and units[bylines[-1]].kind == "byline":
        # Signed at the top (乡村教师的“充电站” / 通讯员 彭林 / text): the
        # headline block right above the byline opens the new article.
        top = bylines[-1]
        while top - 1 > last_prev and units[top - 1].kind in ("display", "heading"):
            top -= 1
        heads = [
            k
            for k in range(top, bylines[-1])
            if caption_score(units[k].text) < 2 and not marked_caption(units[k].text)
        ]
        if heads and not any(
            units[k].kind in ("byline", "credit") for k in range(last_prev + 1, top)
        ):
            return heads[0]
    if bylines:
        cut = bylines[-1] + 1
        run = cut
        while run < first_new and units[run].kind == "display":
            run += 1
        banner = next((i for i in range(cut, run) if units[i].text in new_names), None)
        if banner is not None:
            # The next district's name set on a line of its own (万盛经开区)
            # opens its article: what lies between is the earlier one's.
            return banner
        names_prev = [
            i
            for i in range(cut, run)
            if any(n in units[i].text for n in (prev_label, base_name(prev_label)))
            and not any(n in units[i].text for n in (label, base_name(label)))
        ]
        if names_prev:
            # A headline block after the byline with a line naming the earlier
            # district (城乡携手… / 长寿区推进…) is that article's, all of it.
            return names_prev[-1] + 1
        # Display lines after the byline that name the earlier district are its
        # headline and captions, printed after its body.
        while cut < first_new and units[cut].kind == "display":
            text = units[cut].text
            if any(n in text for n in (prev_label, base_name(prev_label))) and not any(
                n in text for n in (label, base_name(label))
            ):
                cut += 1
                continue
            if units[cut].blanks_before == 0 and cut - 1 in bylines:
                cut += 1  # set directly under the byline: same frame
                continue
            if (
                cut == bylines[-1] + 1
                and caption_score(text) < 2
                and not marked_caption(text)
                and _no_headline_above(units, start, last_prev)
            ):
                cut += 1  # the headline of an article with none above its body, printed after it
                continue
            break
        return cut
    between = [
        i for i in range(last_prev + 1, first_new) if units[i].kind in ("display", "heading")
    ]
    for i in between:
        # No byline: the display line that names the next district (its banner
        # or headline, 武隆区：…) starts it; a caption above it is the earlier one's.
        if any(n in units[i].text for n in new_names) and not any(
            n in units[i].text for n in (prev_label, base_name(prev_label))
        ):
            return i
    top = first_new
    while top - 1 > last_prev and units[top - 1].kind in ("display", "heading"):
        top -= 1
    if top < first_new and any(units[k].kind == "para" for k in range(last_prev + 1, top)):
        # Text of the earlier article goes on below its last district mention:
        # the display block right above the next article's text is its headline.
        return top
    return between[0] if between else first_new


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
            if units[i].kind == "display" and roles[i] == "caption" and _menu_word(units[i].text)
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
            _shape(units[i]) for i in range(first_para, len(units)) if roles[i] == "headline"
        ]
        usual = (
            max(sorted(set(body_shapes)), key=body_shapes.count) if len(body_shapes) >= 2 else None
        )
        signed_between = any(roles[k] == "byline" for k in range(top[-2] + 1, top[-1]))
        if (
            usual
            and _shape(units[top[-1]]) == usual != _shape(units[top[-2]])
            or _spaced_as_section(units, roles, top[-1], first_para, last_para)
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
        if closed and _spaced_as_section(units, roles, top[0], first_para, last_para):
            top = []
    title_units: list[int] = []
    if top:
        title_units = top
    elif bottom:
        title_units = bottom
    _set_title(draft, units, title_units, web, info_line, _names(gazetteer, district))
    _build_sections(
        draft, units, roles, [i for i in range(len(units)) if i not in title_units], web
    )
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
        and not _menu_word(units[i].text)  # 分享至, 0 (a share count), 图集
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


def _spaced_as_section(
    units: list[Unit], roles: dict[int, str], k: int, first_para: int, last_para: int
) -> bool:
    """Display ``k``, right above the first paragraph, is set the way every
    section heading inside the body is: a wide gap above them, a narrower one
    between each and its text (a headline stands apart from both)."""
    below = units[k + 1].blanks_before
    inside = [
        j
        for j in range(first_para + 1, last_para)
        if roles[j] in ("headline", "lead_label")
        and units[j].kind == "display"
        and units[j + 1].kind == "para"
    ]
    return bool(inside) and all(
        units[j].blanks_before > below == units[j + 1].blanks_before for j in inside
    )


def _shape(unit: Unit) -> str:
    if unit.kind == "heading":
        return f"h{unit.level}"
    if len(unit.parts) == 2:
        return "two-line"
    return "two-phrase" if has_structural_space(unit.text) else "plain"


def _set_title(
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
        else:
            kept = _web_headline_lines(units, indices)
        dropped, indices = [i for i in indices if i not in kept], kept
    _choose_title(draft, units, indices, place_names)
    if dropped:  # kept as the kicker: nothing of the page is lost
        draft.kicker = " ".join([draft.kicker, *(units[i].text for i in dropped)]).strip()
    head, dash, deck = draft.title.partition("——")
    # A web page's headline is one line as the site set it (“发言人来了”——…发布活动举行);
    # in print a deck may share the headline's line.
    if dash and not web and not draft.subtitle and len(head) >= 4 and len(deck) >= 4:
        # 大山深处书声琅琅——城口县推进乡村教育振兴: headline and deck on one line.
        draft.title, draft.subtitle = head.rstrip(), dash + deck


_BRACKETED_TAIL = re.compile(r"[（(【\[][^（）()【】\[\]]{1,8}[）)】\]]$")


def _menu_word(text: str) -> bool:
    """政务公开 / 部门动态 / 热点资讯: a site's column or menu word, no phrase of a headline."""
    return cjk_count(text) <= 6 and not re.search(r"[，。！？：:、]", text)


def _web_headline_lines(units: list[Unit], indices: list[int]) -> list[int]:
    """The headline candidates of a web copy without the site's labels around
    them: a column or menu word (部门动态, 热点资讯) beside a real headline, and
    the headline again with a tag (…(汇总)) from a listing box."""
    kept = [i for i in indices if not _menu_word(units[i].text)]
    if not kept:
        return indices
    seen: list[str] = []
    unique = []
    for i in kept:
        bare = _BRACKETED_TAIL.sub("", units[i].text).strip()
        if bare in seen:
            continue
        seen.append(bare)
        unique.append(i)
    return unique


def _place_headline(line: str, place_names: tuple[str, ...]) -> bool:
    """镇巴：让山里孩子天天有书读: the county's name and a colon open a main headline."""
    head, colon, rest = line.partition("：")
    if not colon:
        head, colon, rest = line.partition(":")
    return bool(colon) and head in place_names and cjk_count(rest) >= 6


def _choose_title(
    draft: Draft, units: list[Unit], indices: list[int], place_names: tuple[str, ...] = ()
) -> None:
    if not indices:
        return
    chosen = [units[i] for i in indices]
    lines = [part for u in chosen for part in u.parts]
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


def _build_sections(
    draft: Draft, units: list[Unit], roles: dict[int, str], indices: list[int], web: bool = False
) -> None:
    sections: list[Section] = [Section(heading="", level=2)]
    byline_just_passed = False
    sidebar: Section | None = None  # untitled text printed after a byline
    body_heading_levels = sorted(
        {units[i].level for i in indices if units[i].kind == "heading" and roles[i] == "headline"}
    )
    paragraph_texts = [u.text for u in units if u.kind == "para"]
    document_frequency: dict[str, int] | None = None

    def affinity(heading: str, texts: list[str]) -> float:
        # Segmenting every paragraph costs more than the rest of the article: only
        # when a sidebar's headline has to be placed.
        nonlocal document_frequency
        if document_frequency is None:
            document_frequency = {}
            for text in paragraph_texts:
                for term in _terms(text):
                    document_frequency[term] = document_frequency.get(term, 0) + 1
        return _affinity(heading, texts, document_frequency, len(paragraph_texts))

    label = ""  # a figures box's label waiting for its figure
    in_box = False  # the last paragraph is a figures box's items
    for pos, i in enumerate(indices):
        unit, role = units[i], roles[i]
        if role not in ("data", "data_label"):
            in_box = False
        if role in ("byline", "credit"):
            # A photo credit closes no text: only a byline can open a sidebar after it.
            byline_just_passed = byline_just_passed or role == "byline"
            continue
        if role in ("caption", "banner"):
            continue
        if role == "data_label":
            label = unit.text  # its figure follows: 公办幼儿园 / 68所
            continue
        if role == "data":
            items = "；".join(unit.parts)
            if label:
                items, label = f"{label} {items}", ""
            if in_box and sections[-1].paragraphs:
                sections[-1].paragraphs[-1] += "；" + items
            else:
                sections[-1].paragraphs.append(items)
            in_box = True
            byline_just_passed = False
            continue
        if unit.kind == "para":
            closes_text = sections[-1].heading not in cues().lead_labels
            if byline_just_passed and sections[-1].paragraphs and closes_text:
                # Text after the byline with no heading of its own: a sidebar.
                # (A byline under the lead or the editor's note opens the body.)
                sidebar = Section(heading="", level=2)
                sections.append(sidebar)
            byline_just_passed = False
            text = _dateline(draft, close_digit_gaps(unit.text))
            box_label, colon, rest = text.partition("：")
            if (
                colon
                and rest
                and box_label in cues().lead_labels
                and not any(s.paragraphs for s in sections)
                and not _next_is_para(units, roles, indices, pos)
            ):
                # 编者按：在库区腹地…, then the first section: the label heads the lead.
                sections.append(Section(heading=box_label, level=2))
                text = rest
            sections[-1].paragraphs.append(text)
            continue
        byline_just_passed = False
        if role == "lead_label":
            if _next_is_para(units, roles, indices, pos):
                sections.append(Section(heading=unit.text, level=2))
            else:
                # The label printed under the box it labels: it names the lead.
                untitled = next(
                    (s for s in reversed(sections) if not s.heading and s.paragraphs), None
                )
                if untitled is not None:
                    untitled.heading = unit.text
            continue
        text = unit.text
        if sidebar is not None and not sidebar.heading and sidebar.paragraphs:
            upcoming: list[str] = []
            for j in indices[pos + 1 :]:
                if units[j].kind == "para":
                    upcoming.append(units[j].text)
                elif roles[j] in ("headline", "lead_label", "byline", "credit"):
                    break
            if affinity(text, sidebar.paragraphs) > affinity(text, upcoming):
                # A headline printed under the sidebar it belongs to.
                sidebar.heading = text
                sidebar = None
                if upcoming:
                    sidebar = Section(heading="", level=2)
                    sections.append(sidebar)
                continue
        sidebar = None
        level = 2
        if (
            unit.kind == "heading"
            and len(body_heading_levels) > 1
            and unit.level > body_heading_levels[0]
        ):
            level = 3
        previous = sections[-1]
        if previous.heading and not previous.paragraphs and previous.level == 2 and level == 2:
            above: Unit | None = next(
                units[j] for j in reversed(indices[:pos]) if roles[j] in ("headline", "lead_label")
            )
            if roles[indices[pos - 1]] == "lead_label":
                above = None
            if above is not None and previous.heading == above.text and _heading_pair(above, unit):
                previous.heading = join_display(
                    [previous.heading, text]
                )  # one heading set on two lines
                continue
            if (
                len(sections) == 2
                and sections[0].paragraphs
                and not sections[0].heading
                and not draft.subtitle
                and not web
            ):
                # A headline line between the lead and the first section is the deck.
                draft.subtitle = previous.heading
                previous.heading = text
                continue
            level = 3
        sections.append(Section(heading=text, level=level))
    if (
        len(sections) > 1
        and sections[-1].heading
        and not sections[-1].paragraphs
        and draft.title
        and not draft.subtitle
    ):
        # A headline line left after the last paragraph of an article that has
        # its title already: its deck, not a section with nothing in it.
        draft.subtitle = sections.pop().heading
    for section in sections[1:]:
        if not section.heading:
            section.heading = UNTITLED_SIDEBAR
    draft.sections = [s for s in sections if s.heading or s.paragraphs]


# 本报讯（记者 吴倩 通讯员 郑凯）5月20日，… / 长江网1月7日讯（…） — a news report's dateline.
# 中报网7月13日讯 据某某网报道(通讯员 甲 乙): a repost names the outlet it took the text from.
_DATELINE = re.compile(
    r"^[^\s，。：；（()）“”]{0,16}?(?:[（(][^\s（()）]{2,12}[）)])?[讯电]\s*(?:据[^\s，。：；（()）“”]{2,14}?报道\s*)?[（(]([^（()）]{2,60})[）)]\s*"
)
# 滁州新闻网讯 7月7日…: the outlet's dateline with no names.
_BARE_DATELINE = re.compile(
    r"^(?:[^\s，。：；（()）“”]{1,14}?(?:网|报|台|社|中心|融媒)\s+){0,3}"  # 新安晚报 安徽网 大皖客户端讯
    r"(?:本报|本网|本刊|新华社|[^\s，。：；（()）“”]{1,14}?(?:网|报|台|社|中心|融媒|客户端))讯\s*(?=\S)"
)
# （记者 某某 文/图）6月15日，… and …。（记者 某某 来源：某某报）: signed inside the text.
_LEAD_PAREN = re.compile(r"^[（(]([^（()）]{2,40})[）)]\s*(?=\S)")
_TAIL_PAREN = re.compile(r"(?<=[。！？”])\s*[（(]([^（()）]{2,40})[）)]$")
_TAIL_DASH = re.compile(r"(?<=[。！？”])\s*[-—–]{1,2}\s*([^。！？，,\s-][^。！？，,]{1,30})$")
_ROLE_WORD = re.compile(r"记者|通讯员|实习生|摄")
_SOURCE_IN_PAREN = re.compile(r"\s*(?:来源|稿源|信息来源)\s*[:：]\s*(\S{2,20})\s*")
_ORGANISATION = re.compile(
    r"^\S{2,24}(?:教育局|教体局|教育体育局|教育和体育局|教委|教育工委|政府|中心|日报|晚报|报社|新闻网|网|电视台|融媒|学校|小学|中学|幼儿园)$"
)


# (the traditional forms too: the names keep the script they are printed in)
_CREDIT_MARK_END = re.compile(
    r"\s*(?:[图圖]\s*/\s*文|文\s*/\s*[图圖]|[图圖]文|文[图圖]|[摄攝]影|[摄攝]|供[图圖]|供稿)$"
)
_ROLE_GLUED = re.compile(
    r"(记者|記者|通讯员|通訊員|实习生|實習生|特约记者|特約記者)(?=[\u4e00-\u9fff])"
)


def _bare_credit(inner: str) -> str:
    """岚县新闻办 梁海珍 王红宇图/文 → 梁海珍 王红宇; 某某网通讯员周训超摄 → 通讯员 周训超:
    the names of a signature without the office that sent it and the credit marks."""
    inner = _CREDIT_MARK_END.sub("", inner.strip())
    inner = _ROLE_GLUED.sub(r"\1 ", inner)
    tokens = inner.split()
    if len(tokens) >= 2 and to_simplified(tokens[0]).endswith(cues().organisation_endings):
        tokens = tokens[1:]  # the office or outlet that sent it
    return " ".join(tokens)


def _signature(draft: Draft, inner: str) -> bool:
    """Take the names (and 来源：…) of a signature in brackets into the draft;
    True when the brackets held a signature, not text."""
    source = _SOURCE_IN_PAREN.search(inner)
    if source:
        draft.source_name = draft.source_name or source.group(1)
        inner = (inner[: source.start()] + " " + inner[source.end() :]).strip()
        if not inner:
            return True
    names = byline_names(_bare_credit(inner), near_credit=True) or byline_names(
        inner, near_credit=True
    )
    if names:
        draft.authors.extend(n for n in names if n not in draft.authors)
        return True
    return bool(
        _ORGANISATION.match(inner.strip())
    )  # （盐城市大丰区教育局）: the office that sent it


def _dateline(draft: Draft, text: str) -> str:
    """Take the reporters out of a dateline (本报讯（记者 吴倩）…) or a bracketed
    signature at either end of a paragraph into authors; the paragraph keeps
    the news itself."""
    # Matched on the simplified form (新安晚報 安徽網訊 …): OpenCC keeps the length,
    # so the offsets hold for the text as printed.
    simple = to_simplified(text[:80])
    probe = simple + text[80:] if len(simple) == len(text[:80]) else text
    match = _DATELINE.match(probe)
    if match and len(text) > match.end() and _signature(draft, text[match.start(1) : match.end(1)]):
        text = text[match.end() :]
    else:
        bare = _BARE_DATELINE.match(probe)
        if bare and len(text) > bare.end() + 4:
            text = text[bare.end() :]
    lead = _LEAD_PAREN.match(text)
    if (
        lead
        and re.search(r"记者|通讯员|記者|通訊員|文/|图/|圖/|摄|攝", lead.group(1))
        and _signature(draft, lead.group(1))
    ):
        text = text[lead.end() :]
    tail = _TAIL_PAREN.search(text)
    if tail and _signature(draft, tail.group(1)):
        text = text[: tail.start()].rstrip()
    dash = _TAIL_DASH.search(text)
    if (
        dash
        and _ROLE_WORD.search(to_simplified(dash.group(1)))
        and _signature(draft, dash.group(1))
    ):
        text = text[: dash.start()].rstrip()  # …投入。-某某网通讯员周训超摄
    return text


def _heading_pair(first: Unit | None, second: Unit) -> bool:
    """Two short plain lines in a row (“双减”落地见效 / 课后服务全覆盖): one heading
    printed on two lines with a blank between them."""
    return first is not None and all(
        u.kind == "display"
        and len(u.parts) == 1
        and not has_structural_space(u.text)
        and len(u.text) <= 12
        for u in (first, second)
    )


def _next_is_para(units: list[Unit], roles: dict[int, str], indices: list[int], pos: int) -> bool:
    for j in indices[pos + 1 :]:
        if roles[j] in ("caption", "banner"):
            continue
        return units[j].kind == "para"
    return False


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
