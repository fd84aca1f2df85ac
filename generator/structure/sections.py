"""An article's body: the lead, its section headings and their paragraphs, a
sidebar printed after the byline."""

from __future__ import annotations

import re

from .cues import cues
from .draft import UNTITLED_SIDEBAR, Draft, DraftSection
from .pages import content_terms, text_affinity
from .signatures import take_bylines
from .text import close_digit_gaps, has_structural_space, join_display
from .units import Role, Unit


def build_sections(
    draft: Draft, units: list[Unit], roles: dict[int, str], indices: list[int], web: bool = False
) -> None:
    sections: list[DraftSection] = [DraftSection(heading="", level=2)]
    byline_just_passed = False
    sidebar: DraftSection | None = None  # untitled text printed after a byline
    body_heading_levels = sorted(
        {
            units[i].level
            for i in indices
            if units[i].kind == "heading" and roles[i] == Role.HEADLINE
        }
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
                for term in content_terms(text):
                    document_frequency[term] = document_frequency.get(term, 0) + 1
        return text_affinity(heading, texts, document_frequency, len(paragraph_texts))

    label = ""  # a figures box's label waiting for its figure
    in_box = False  # the last paragraph is a figures box's items
    for pos, i in enumerate(indices):
        unit, role = units[i], roles[i]
        if role not in (Role.DATA, Role.DATA_LABEL):
            in_box = False
        if role in (Role.BYLINE, Role.CREDIT):
            # A photo credit closes no text: only a byline can open a sidebar after it.
            byline_just_passed = byline_just_passed or role == Role.BYLINE
            continue
        if role in (Role.CAPTION, Role.BANNER):
            continue
        if role == Role.DATA_LABEL:
            label = unit.text  # its figure follows: 公办幼儿园 / 68所
            continue
        if role == Role.DATA:
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
                sidebar = DraftSection(heading="", level=2)
                sections.append(sidebar)
            byline_just_passed = False
            text = take_bylines(
                draft, close_digit_gaps(unit.text), more_follows=pos + 1 < len(indices)
            )
            box_label, colon, rest = text.partition("：")
            if (
                colon
                and rest
                and box_label in cues().lead_labels
                and not any(s.paragraphs for s in sections)
                and not _next_is_para(units, roles, indices, pos)
            ):
                # 编者按：在库区腹地…, then the first section: the label heads the lead.
                sections.append(DraftSection(heading=box_label, level=2))
                text = rest
            sections[-1].paragraphs.append(text)
            continue
        byline_just_passed = False
        if role == Role.LEAD_LABEL:
            if _next_is_para(units, roles, indices, pos):
                sections.append(DraftSection(heading=unit.text, level=2))
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
                elif roles[j] in (Role.HEADLINE, Role.LEAD_LABEL, Role.BYLINE, Role.CREDIT):
                    break
            if affinity(text, sidebar.paragraphs) > affinity(text, upcoming):
                # A headline printed under the sidebar it belongs to.
                sidebar.heading = text
                sidebar = None
                if upcoming:
                    sidebar = DraftSection(heading="", level=2)
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
                units[j]
                for j in reversed(indices[:pos])
                if roles[j] in (Role.HEADLINE, Role.LEAD_LABEL)
            )
            if roles[indices[pos - 1]] == Role.LEAD_LABEL:
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
        sections.append(DraftSection(heading=text, level=level))
    if (
        len(sections) > 1
        and sections[-1].heading
        and not sections[-1].paragraphs
        and draft.title
        and not draft.subtitle
    ):
        # A headline line left after the last paragraph of an article that has
        # its title already: its deck, not a section with nothing in it —
        # unless a sentence ends inside it (…被提上日程。衡阳县教育局): the text's last
        # line, cut off by the copy, goes on with the last section.
        last = sections.pop().heading
        if re.search(r"[。！？]", last[:-1]):
            sections[-1].paragraphs.append(last)
        else:
            draft.subtitle = last
    for section in sections[1:]:
        if not section.heading:
            section.heading = UNTITLED_SIDEBAR
    draft.sections = [s for s in sections if s.heading or s.paragraphs]


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
        if roles[j] in (Role.CAPTION, Role.BANNER):
            continue
        return units[j].kind == "para"
    return False
