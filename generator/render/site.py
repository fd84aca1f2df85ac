"""All generated pages of the almanac (written by generator/build.py or the MkDocs plugin)."""

from __future__ import annotations

from collections.abc import Iterable

from ..enrich.almanac import Almanac
from ..paths import GLOSSARY_PAGE, ONLINE, SCHOOLS_PAGE, SitePaths
from . import browse, chronology_page, facts_page, glossary_page, schools_page


def generate_pages(almanac: Almanac, site: SitePaths = ONLINE) -> dict[str, str]:
    """Every generated page of ``almanac``, keyed by docs-relative path, in a stable order.

    ``site`` follows MkDocs' ``use_directory_urls`` (false for the offline edition):
    links written as raw HTML, which MkDocs does not rewrite, are made by it.
    """
    pages: dict[str, str] = {}
    pages.update(browse.pages(almanac, site))
    pages.update(facts_page.pages(almanac, site))
    pages.update(chronology_page.pages(almanac, site))
    pages.update(schools_page.pages(almanac, site))
    pages.update(glossary_page.pages(almanac, site))
    # Per-district sections contributed by the enrich features, appended to the
    # district pages so each district page has its own facts and chronology.
    for view in browse.districts(almanac.corpus):
        extras = [
            facts_page.district_facts_markdown(almanac, view.name, page_path=view.path, site=site),
            chronology_page.district_chronology_markdown(
                almanac, view.name, page_path=view.path, site=site
            ),
        ]
        extra = "\n\n".join(e.strip("\n") for e in extras if e and e.strip())
        if extra and view.path in pages:
            pages[view.path] = pages[view.path].rstrip("\n") + "\n\n" + extra + "\n"
    return dict(sorted(pages.items()))


def nav_children(almanac: Almanac) -> dict[str, list]:
    """Index page → the generated pages listed under it in the navigation
    (browse.expand_nav): districts, themes, and each district's 学校名录."""
    return {**browse.nav_children(almanac), SCHOOLS_PAGE: schools_page.nav_children(almanac)}


def listing_pages(pages: Iterable[str]) -> set[str]:
    """The generated pages (docs paths) that list and quote articles: all but the
    glossary, whose definitions are its own text. The search index holds only their
    titles and headings (generator/search/extract.py)."""
    return set(pages) - {GLOSSARY_PAGE}
