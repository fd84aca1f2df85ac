"""学校名录 page: the school directory grouped by district and type."""

from __future__ import annotations

from ..enrich.almanac import Almanac
from .jinja import relative_link, render

PAGE = "schools/index.md"


def pages(almanac: Almanac) -> dict[str, str]:
    districts: dict[str, dict[str, list]] = {}
    apart: dict[str, list] = {}
    for school in almanac.schools:
        mentions = [
            {"quote": m.quote, "title": m.article_title, "link": relative_link(m.link, PAGE)}
            for m in school.mentions
        ]
        item = {"school": school, "mentions": mentions}
        districts.setdefault(school.district, {})
        if school.own:
            districts[school.district].setdefault(school.type, []).append(item)
        else:
            # Destinations and partners are not the district's: a list of their own.
            apart.setdefault(school.district, []).append(item)
    grouped = [
        (district, list(types.items()), apart.get(district, []))
        for district, types in districts.items()
    ]
    return {PAGE: render(almanac.corpus.project.templates_dir, "schools.md.j2", districts=grouped)}
