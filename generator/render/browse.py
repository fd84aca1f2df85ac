"""Browsing pages: one page per district and per theme, the lists of all
districts, themes and articles, a data overview, and the header and caption
block of each article page.

Everything is computed from the articles' front matter and bodies plus
``docs/data/themes.yml`` on every build, so an edit to an article changes every
page that mentions it in the same build. Pages are plain Markdown rendered from
``templates/browse/``; a page's front matter may name, under
:data:`EDIT_SOURCE_KEY`, the docs-relative file an editor should change instead
of the generated page (the MkDocs plugin turns it into the page's edit link).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import paths
from ..corpus import Corpus, Entry
from ..enrich.almanac import Almanac
from ..enrich.themes import Evidence, Theme, excerpt
from ..paths import ONLINE, SitePaths
from ..safety import escape_title
from ..store import ArticleFormatError
from .jinja import environment
from .publication import by_year, publication

EDIT_SOURCE_KEY = "edit_source"


def theme_page(theme: Theme) -> str:
    return paths.theme_page(theme.slug)


@dataclass
class DistrictView:
    name: str
    slug: str
    entries: list[Entry]

    @property
    def path(self) -> str:
        return paths.district_page(self.slug)


def districts(corpus: Corpus) -> list[DistrictView]:
    """Every district with at least one article, in gazetteer order.

    The slug comes from the articles' ``district_slug`` (what their paths use),
    falling back to the gazetteer, so a district nobody listed still gets a page.
    """
    views = []
    for entry in corpus.entries:
        if not entry.district.strip():
            raise ArticleFormatError(
                entry.article.path, 2, "前言缺少 district（区县名，如 巴南区）"
            )
    for name, entries in corpus.by_district().items():
        slug = (
            next((e.district_slug for e in entries if e.district_slug), "")
            or corpus.gazetteer.resolve(name).slug
        )
        views.append(DistrictView(name, slug, sorted(entries, key=lambda e: e.docs_path)))
    return views


def district_themes(index, view: DistrictView) -> list[Theme]:
    """Themes any article of the district discusses, in taxonomy order."""
    found = {t.slug for e in view.entries for t in index.article_themes.get(e.docs_path, [])}
    return [t for t in index.taxonomy.themes if t.slug in found]


@lru_cache(maxsize=4)  # keyed by the almanac and SitePaths: one per build (and the one before)
def _context(almanac: Almanac, site: SitePaths = ONLINE) -> dict:
    """Template context shared by every page of one build (article headers are
    rendered one page at a time). ``site``: how links written as HTML read."""
    corpus, index = almanac.corpus, almanac.themes
    views = districts(corpus)
    slug_of = {v.name: v.slug for v in views}
    return {
        "env": environment(corpus.project),
        "corpus": corpus,
        "almanac": almanac,
        "index": index,
        "themes": index.taxonomy.themes,
        "districts": views,
        "district_slug": slug_of,
        "district_page": paths.district_page,
        "district_themes": lambda view: district_themes(index, view),
        "theme_page": theme_page,
        "summary": summary,
        "by_year": by_year,
        "publication": publication,
        "label": evidence_label,
        # page_href(page, "articles/x.md#p-1"): the link from page to there, for HTML.
        "page_href": lambda page, link: site.page_link(page, *link.partition("#")[::2]),
        "edit_key": EDIT_SOURCE_KEY,
        "taxonomy_path": index.taxonomy.path,
        "pages": {
            "districts": paths.DISTRICTS_INDEX,
            "themes": paths.THEMES_INDEX,
            "articles": paths.LIBRARY_INDEX,
            "overview": paths.OVERVIEW_PAGE,
        },
    }


def summary(entry: Entry) -> str:
    """The article's summary, or the opening of its first paragraph."""
    text = entry.front_matter.summary.strip()
    if not text:
        text = next((p.text for _, p in entry.paragraphs()), "")
    return excerpt(text, 0, 120)


def pages(almanac: Almanac, site: SitePaths = ONLINE) -> dict[str, str]:
    context = _context(almanac, site)
    env = context["env"]
    out: dict[str, str] = {}

    def render(path: str, template: str, **extra) -> None:
        out[path] = env.get_template(f"browse/{template}").render(page=path, **context, **extra)

    render(paths.DISTRICTS_INDEX, "districts_index.md.j2")
    for view in context["districts"]:
        render(view.path, "district.md.j2", district=view)
    render(paths.THEMES_INDEX, "themes_index.md.j2")
    for theme in context["themes"]:
        render(theme_page(theme), "theme.md.j2", theme=theme)
    render(paths.LIBRARY_INDEX, "articles_index.md.j2")
    render(paths.OVERVIEW_PAGE, "overview.md.j2")
    return out


def nav_children(almanac: Almanac) -> dict[str, list[tuple[str, str | list]]]:
    """Index page → the pages listed under it in the navigation, as
    (title, path) or (title, [(title, path), ...]) for a sub-section.

    Articles are left out on purpose: Material renders the whole navigation
    into every page, so listing every article would make the build quadratic
    in the number of articles (districts and themes stay a few dozen)."""
    context = _context(almanac)
    return {
        paths.DISTRICTS_INDEX: [(d.name, d.path) for d in context["districts"]],
        paths.THEMES_INDEX: [(t.name, theme_page(t)) for t in context["themes"]],
    }


def _nav_entries(children) -> list[dict]:
    # Titles come from editors' data (district and theme names); the theme prints nav titles unescaped.
    return [
        {escape_title(title): _nav_entries(target) if isinstance(target, list) else target}
        for title, target in children
    ]


def expand_nav(nav, children: dict[str, list]):
    """mkdocs.yml's nav with each generated index page (``区县: districts/index.md``)
    turned into a section listing its generated pages, so the sidebar shows them
    and the index itself is its first entry, under its own title."""
    if not nav:
        return nav
    expanded = []
    for item in nav:
        if isinstance(item, dict) and len(item) == 1:
            ((title, target),) = item.items()
            if isinstance(target, str) and target in children:
                item = {title: [target, *_nav_entries(children[target])]}
            elif isinstance(target, list):  # a section: 参考's 学校名录 is inside one
                item = {title: expand_nav(target, children)}
        expanded.append(item)
    return expanded


def article_header(almanac: Almanac, entry: Entry) -> str:
    """Markdown put above an article's body at build time: district, authors,
    photo credit, newspaper, date and page, themes, and the seed file in a
    collapsed 来源文件 detail for editors (the source file stays free of it)."""
    context = _context(almanac)
    env = context["env"]
    body = "".join(entry.article.body.split())
    meta = entry.front_matter
    lead = meta.summary.strip()
    return env.get_template("browse/article_header.md.j2").render(
        page=entry.docs_path,
        entry=entry,
        meta=meta,
        source_file=meta.source.file,
        source_lines=list(meta.source.lines),
        pub=publication(entry),
        # The importer keeps the lead (核心提示) in the body too: show it once.
        lead=lead if lead and "".join(lead.split()) not in body else "",
        **context,
    )


def article_footer(almanac: Almanac, entry: Entry) -> str:
    """Markdown put below an article's body: its photo captions, as captions."""
    captions = entry.front_matter.captions
    if not captions:
        return ""
    env = _context(almanac)["env"]
    return env.get_template("browse/article_captions.md.j2").render(
        captions=captions, credit=entry.front_matter.photo_credit
    )


def evidence_label(item: Evidence) -> str:
    return f"{item.entry.title} › {item.place}"
