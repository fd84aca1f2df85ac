"""大事记 pages: the whole almanac's chronology and a per-district section."""

from __future__ import annotations

from ..enrich.almanac import Almanac
from ..enrich.chronology import by_year
from ..paths import CHRONOLOGY_PAGE, ONLINE, SitePaths, district_page
from .jinja import render


def _items(events, page: str, site: SitePaths):
    # The lists are HTML (as Markdown would print them): links as MkDocs resolves them.
    return [{"event": e, "link": site.page_link(page, *e.link.partition("#")[::2])} for e in events]


def pages(almanac: Almanac, site: SitePaths = ONLINE) -> dict[str, str]:
    groups = [
        (label, _items(events, CHRONOLOGY_PAGE, site))
        for label, events in by_year(list(almanac.chronology))
    ]
    return {
        CHRONOLOGY_PAGE: render(
            almanac.corpus.project.templates_dir,
            "chronology.md.j2",
            groups=groups,
            show_district=True,
        )
    }


def district_chronology_markdown(
    almanac: Almanac,
    district_name: str,
    page_path: str | None = None,
    heading_level: int = 2,
    site: SitePaths = ONLINE,
) -> str:
    """The 大事记 section of a district page, links relative to ``page_path``.

    ``page_path`` is the district page's docs-relative path; by default
    ``districts/<slug>.md``.
    """
    corpus = almanac.corpus
    events = almanac.district_chronology(district_name)
    if page_path is None:
        slug = corpus.gazetteer.resolve(district_name).slug
        page_path = district_page(slug)
    return render(
        corpus.project.templates_dir,
        "district_chronology.md.j2",
        items=_items(events, page_path, site),
        heading_level=heading_level,
        show_district=False,
    )  # the page is the district's own
