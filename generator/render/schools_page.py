"""学校名录 page: the school directory grouped by district and type.

Each group's list is HTML (the template writes it as Markdown would print it):
thousands of quotes with a link each, which Python-Markdown would parse item by
item and MkDocs resolve link by link, only to give the same list. Its links come
from :class:`~generator.paths.SitePaths`, as the facts tables' do."""

from __future__ import annotations

from ..enrich.almanac import Almanac
from ..paths import ONLINE, SitePaths
from .jinja import render

PAGE = "schools/index.md"


def pages(almanac: Almanac, site: SitePaths = ONLINE) -> dict[str, str]:
    districts: dict[str, dict[str, list]] = {}
    apart: dict[str, list] = {}
    for school in almanac.schools:
        mentions = [
            {
                "quote": m.quote,
                "title": m.article_title,
                "href": site.page_link(PAGE, m.docs_path, m.anchor),
            }
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
