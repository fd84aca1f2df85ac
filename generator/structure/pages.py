"""A page → its articles: where the text changes district.

A newspaper page may hold several articles from several districts, and its
extraction order is not reading order: a headline can come after the body it
belongs to (after the byline, or after the photo captions at the very end).

* articles are cut where the body text changes district (by gazetteer
  mentions), preferably at a byline, which ends an article's main text;
* display lines between a byline and the next article's body belong to the
  article they name or share vocabulary with.
"""

from __future__ import annotations

import math
import re

import jieba

from ..districts import (
    FULL_NAME_WEIGHT,
    Gazetteer,
    base_name,
    placed_in,
    to_simplified,
    township_names,
)
from .cues import (
    byline_names,
    caption_score,
    cues,
    marked_caption,
    page_credit,
)
from .draft import Draft, StructureError
from .text import cjk_count, extend_unique
from .units import Unit


def _dominant(counts: dict[str, int], minimum: int = 3) -> str | None:
    if not counts:
        return None
    name, weight = max(sorted(counts.items()), key=lambda kv: kv[1])
    if weight < minimum or weight < 0.6 * sum(counts.values()):
        return None
    return name


# 云上赤壁消息（记者 某某）… / 涪陵讯（通讯员 某某）…: a report's dateline, its outlet first.
_DATELINE_OUTLET = re.compile(
    r"^[○●■□◎◆]?\s*(?P<outlet>[\u4e00-\u9fff]{2,12}?)\s*(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电)\s*[（(]"
)


def _placed_by_dateline(text: str, named: dict[str, int], gazetteer: Gazetteer) -> str | None:
    """A report whose dateline's outlet is a county's own (云上赤壁, 涪陵讯): that
    county's, though a visiting county is named more often (某某市考察团来赤壁市…)."""
    dateline = _DATELINE_OUTLET.match(text)
    placed = gazetteer.from_outlet(dateline["outlet"]) if dateline else None
    return placed[1] if placed is not None and placed[1] in named else None


def _named_by_headline(
    units: list[Unit], paragraphs: list[int], gazetteer: Gazetteer
) -> str | None:
    """When no district dominates the text (a partner county named about as often:
    对口帮扶, 东西部协作): the one the headline names most (云南大关：… beside 中山市 …)."""
    if not paragraphs:
        return None
    counts: dict[str, int] = {}
    for unit in units[: paragraphs[0]]:
        if unit.kind == "display":
            for name, weight in gazetteer.mentions(unit.text).items():
                counts[name] = counts.get(name, 0) + weight
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda name: counts[name])


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


def placed_by_townships(text: str, gazetteer: Gazetteer) -> str | None:
    """A county paper's page may name only its townships and its prefecture or
    province (毕节市八寨镇 …), never the county: the county those townships
    belong to. A township of several counties counts only where the text
    names the one county's prefecture or province; a township of one county
    in the whole country counts when the text names it twice."""
    text = to_simplified(text)
    placed: dict[str, int] = {}  # county → townships of it the text names, placed
    alone: dict[str, int] = {}  # county → mentions of a township no other county has
    for name in township_names(text):
        counties = gazetteer.township_counties(name)
        confirmed = [d for d in counties if placed_in(text, d)]
        if len(confirmed) == 1:
            placed[confirmed[0].name] = placed.get(confirmed[0].name, 0) + 1
        elif len(counties) == 1:
            alone[counties[0].name] = alone.get(counties[0].name, 0) + 1
    for counts, least in ((placed, 1), (alone, 2)):
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return ranked[0][0]
    return None


def unlisted_district(text: str) -> str | None:
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


def content_terms(text: str) -> set[str]:
    return {w for w in jieba.cut(text, HMM=False) if len(w) >= 2 and not w.isdigit()}


def text_affinity(
    heading: str, paragraphs: list[str], document_frequency: dict[str, int], total: int
) -> float:
    """How strongly ``heading`` is about ``paragraphs``: shared terms weighted by rarity."""
    text = "".join(paragraphs)
    score = 0.0
    for term in content_terms(heading):
        if term in text:
            score += math.log((total + 1) / (1 + document_frequency.get(term, 0)))
    return score


# ---------------------------------------------------------------- splitting


def _label_headed_ties(
    units: list[Unit],
    paragraphs: list[int],
    labels: dict[int, str | None],
    named: dict[int, dict[str, int]],
) -> None:
    """房山区…一所新校，由海淀区某小学来办: a paragraph right under a headline of
    its own that names two districts, neither dominant nor the article's above,
    opens an article of the one it names most, first on a tie (its subject; the
    other is the partner)."""
    previous: str | None = None
    for i in paragraphs:
        if labels[i]:
            previous = labels[i]
            continue
        counts = named[i]
        if (
            previous
            and len(counts) == 2  # (a list of partners, 锦江区、青羊区、武侯区, is no subject)
            and previous not in counts
            and i > 0
            and units[i - 1].kind == "display"
            and caption_score(units[i - 1].text) < 2
            and max(counts.values()) >= FULL_NAME_WEIGHT  # named in full
        ):
            top = max(counts.values())
            labels[i] = previous = next(n for n, c in counts.items() if c == top)


def first_named(texts: list[str], gazetteer: Gazetteer) -> str | None:
    """The district a text names first: the last resort between districts it names
    as often (从喜德县搬下山 … 西昌市川兴镇), so that a text naming its county is
    never refused."""
    totals: dict[str, int] = {}  # (in the order the text first names them)
    for text in texts:
        for name, count in gazetteer.mentions(text).items():
            totals[name] = totals.get(name, 0) + count
    top = max(totals.values(), default=0)
    tied = [name for name, count in totals.items() if count == top]
    whole = "\n".join(texts)
    placed = [name for name in tied if gazetteer.named_after_its_place(whole, name)]
    if len(placed) == 1:
        return placed[0]  # 山西临县 … 中阳县: the one the writer placed in its province
    return next(iter(totals), None)


_REPEAT_MIN_CJK = 20  # shorter paragraphs (据了解。, 活动现场) may well recur


def without_repeated_copy(units: list[Unit]) -> list[Unit]:
    """A web page that prints its article twice (the page and its print view, a
    mirror's copy under it): from the headline set again over a paragraph that
    repeats an earlier one, the repeated lines go; the article stays whole."""
    seen: set[str] = set()
    first_repeat = None
    for i, unit in enumerate(units):
        if unit.kind != "para" or cjk_count(unit.text) < _REPEAT_MIN_CJK:
            continue
        if unit.text in seen:
            first_repeat = i
            break
        seen.add(unit.text)
    if first_repeat is None:
        return units
    start = first_repeat
    while start > 0 and units[start - 1].kind in ("display", "heading"):
        start -= 1  # the copy's headline, right over its first paragraph
    earlier = {u.text for u in units[:start]}
    if not any(u.text in earlier for u in units[start:first_repeat]):
        return units  # a paragraph printed again without its headline: kept, as written
    return units[:start] + [
        u
        for u in units[start:]
        if not (u.text in earlier and u.kind in ("para", "display", "heading"))
    ]


def split_articles(
    units: list[Unit],
    gazetteer: Gazetteer,
    district_hint: str | None = None,
    one_article: bool = False,
    web: bool = False,
) -> list[tuple[str, list[Unit]]]:
    """(district, units) per article, in page order. ``one_article``: a web
    page, which carries one article: a section about a partner county (上海长宁区
    对口支援…) is no article of its own; the county the whole text names most is its."""
    paragraphs = [i for i, u in enumerate(units) if u.kind == "para"]
    if not paragraphs:
        raise StructureError("没有找到正文段落")
    if district_hint:
        return [(district_hint, units)]
    named = {i: gazetteer.mentions(units[i].text) for i in paragraphs}
    labels: dict[int, str | None] = {
        i: _placed_by_dateline(units[i].text, named[i], gazetteer) or _dominant(named[i])
        for i in paragraphs
    }
    _label_headed_ties(units, paragraphs, labels, named)
    forced = _signed_off_articles(units, paragraphs, labels, gazetteer)
    if one_article or not any(labels.values()):
        whole = "".join(u.text for u in units)
        found = (
            _dominant(gazetteer.mentions(whole), minimum=1)
            or _named_by_headline(units, paragraphs, gazetteer)
            or _most_widely_named([units[i].text for i in paragraphs], gazetteer)
            or placed_by_townships(whole, gazetteer)
            or unlisted_district(whole)
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
    # A web repost sets its headline again over each picture: a display line the page
    # already had heads no article of its own. (A print page's articles may share a
    # section heading or a column's label.)
    seen_display: set[str] = set()
    repeated: set[int] = set()
    for i, unit in enumerate(units):
        if web and unit.kind == "display":
            if unit.text in seen_display:
                repeated.add(i)
            seen_display.add(unit.text)
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
                or placed_by_townships(text, gazetteer)
                or unlisted_district(text)
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
    prev_label, prev_members = merged[0]
    for label, members in merged[1:]:
        last_prev = max(i for i in prev_members if labels[i] == prev_label)
        first_new = members[0]
        cut = _cut_point(
            units, last_prev, first_new, prev_label, label, district_names(gazetteer, label), start
        )
        if cut in repeated:
            # The "new article" would open with a headline the page already had: a
            # repost's headline again over a picture, and the same article goes on.
            prev_members = prev_members + members
            continue
        articles.append((prev_label, units[start:cut]))
        start = cut
        prev_label, prev_members = label, members
    articles.append((prev_label, units[start:]))
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
        if (
            not new
            or not old
            or new == old
            or any(n in texts[k] for n in district_names(gazetteer, old))
        ):
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
        for term in content_terms("".join(paragraphs)):
            frequency[term] = frequency.get(term, 0) + 1
    moved: dict[int, list[Unit]] = {}
    for i in foot:
        caption = re.sub(r"[（(][^（）()]*[）)]$", "", last[i].text)
        scores = [
            text_affinity(caption, paragraphs, frequency, len(pieces)) for paragraphs in texts
        ]
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
            extend_unique(draft.authors, people)


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


def district_names(gazetteer: Gazetteer, district: str) -> tuple[str, ...]:
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
