"""学校名录 pages: an index of the districts, and one page per district with its
schools grouped by type (and the institutions it names as destinations or partners).

One page for the whole directory grew with the corpus (2.7 MB at 1,000 synthetic
articles, about 13 MB at 5,000): a page per district stays the size of the district.
Each list is HTML (the template writes it as Markdown would print it): thousands of
quotes with a link each, which Python-Markdown would parse item by item and MkDocs
resolve link by link, only to give the same list. Its links come from
:class:`~generator.paths.SitePaths`, as the facts tables' do."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..enrich.almanac import Almanac
from ..paths import ONLINE, SCHOOLS_PAGE, SitePaths, district_page, district_schools_page
from .jinja import render


def district_title(district: str) -> str:
    return f"{district}学校名录"


@dataclass
class DistrictSchools:
    name: str
    slug: str
    types: dict[str, list] = field(default_factory=dict)  # type → [item], TYPES order
    apart: list = field(default_factory=list)  # destinations and partners

    @property
    def path(self) -> str:
        return district_schools_page(self.slug)

    @property
    def title(self) -> str:
        return district_title(self.name)


def districts(almanac: Almanac, site: SitePaths = ONLINE) -> list[DistrictSchools]:
    """The districts that have schools, in the gazetteer's order (as almanac.schools is)."""
    found: dict[str, DistrictSchools] = {}
    for school in almanac.schools:
        district = found.get(school.district)
        if district is None:
            district = found[school.district] = DistrictSchools(
                school.district, school.district_slug
            )
        mentions = [
            {
                "quote": m.quote,
                "title": m.article_title,
                "href": site.page_link(district.path, m.docs_path, m.anchor),
            }
            for m in school.mentions
        ]
        item = {"school": school, "mentions": mentions}
        if school.own:
            district.types.setdefault(school.type, []).append(item)
        else:
            # Destinations and partners are not the district's: a list of their own.
            district.apart.append(item)
    return list(found.values())


def nav_children(almanac: Almanac) -> list[tuple[str, str]]:
    """(title, path) of each district's page, for the navigation under 学校名录."""
    names = dict.fromkeys((s.district, s.district_slug) for s in almanac.schools)
    return [(district_title(name), district_schools_page(slug)) for name, slug in names]


def pages(almanac: Almanac, site: SitePaths = ONLINE) -> dict[str, str]:
    templates = almanac.corpus.project.templates_dir
    grouped = districts(almanac, site)
    out = {SCHOOLS_PAGE: render(templates, "schools.md.j2", districts=grouped, page=SCHOOLS_PAGE)}
    for district in grouped:
        out[district.path] = render(
            templates,
            "district_schools.md.j2",
            district=district,
            page=district.path,
            index=SCHOOLS_PAGE,
            district_page=district_page(district.slug),
        )
    return out
