"""Where and when an article was published, as readers and citations need it.

Front matter may carry ``published`` (2024-06-18, 2024-06 or 2024, read into ISO
form by ``store.ArticleMeta``), ``source_name`` (the newspaper or site), ``page``
(第7版, A3版, 7), ``source.url`` and ``editors``, from the importer or an editor.
This module reads them once for the article header, the 引用本文 block and the
year grouping of the listing pages; nothing here is guessed from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..corpus import Entry
from ..store import HTTP_URL

# 第7版 / 第 A3 版 / A3版 / 7 → the 版次 GB/T 7714 puts in brackets: 7, A3.
_PAGE = re.compile(r"^\s*第?\s*([A-Za-z]?\s*\d{1,3}|[A-Za-z]\d{0,2})\s*版?\s*$")
NO_YEAR = "年份未注明"
ALMANAC = "区县教育年鉴"
MAX_AUTHORS = 3  # GB/T 7714-2015 8.1.2: more than three authors → the first three, 等


@dataclass(frozen=True)
class Publication:
    source_name: str = ""
    date: str = ""  # ISO form as written: 2024-06-18, 2024-06 or 2024
    page: str = ""  # as written (第7版)
    url: str = ""
    editors: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    @property
    def name_label(self) -> str:
        """《重庆日报》: a newspaper's name in title marks, a website's (华龙网) as it is."""
        if not self.source_name or self.web:
            return self.source_name
        return self.source_name if self.source_name.startswith("《") else f"《{self.source_name}》"

    @property
    def date_label(self) -> str:
        """2024年6月18日 (2024年6月, 2024年): the date as a Chinese reader writes it."""
        if not self.date:
            return ""
        parts = self.date.split("-")
        units = ("年", "月", "日")
        return "".join(str(int(p)) + units[i] for i, p in enumerate(parts))

    @property
    def page_label(self) -> str:
        """第7版 / A3版: a bare number gets the newspaper's own wording."""
        page = self.page.strip()
        if not page:
            return ""
        if re.fullmatch(r"\d{1,3}", page):
            return f"第{page}版"
        return page if page.endswith("版") else page + "版"

    @property
    def page_number(self) -> str:
        """The 版次 in a GB/T 7714 newspaper reference: (7), (A3); "" when unreadable."""
        match = _PAGE.match(self.page or "")
        return re.sub(r"\s+", "", match.group(1)).upper() if match else ""

    @property
    def web(self) -> bool:
        """A web source ([EB/OL]): a URL and no newspaper page."""
        return bool(self.url) and not self.page

    @property
    def shown(self) -> bool:
        return bool(self.source_name or self.date or self.page)


def _text(value) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def publication(entry: Entry) -> Publication:
    meta = entry.front_matter
    url = _text(meta.source.url)
    return Publication(
        source_name=_text(meta.source_name),
        date=meta.published,
        page=_text(meta.page),
        # Only http(s) becomes a link (almanac check refuses anything else).
        url=url if HTTP_URL.match(url) else "",
        editors=tuple(_text(e) for e in meta.editors if _text(e)),
    )


def article_year(entry: Entry) -> int | None:
    """The year the listing pages file the article under: ``published``, else ``year``."""
    year = publication(entry).year
    if year is not None:
        return year
    return entry.front_matter.year


def year_label(year: int | None) -> str:
    return f"{year}年" if year else NO_YEAR


def by_year(entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    """Entries grouped by year, newest year first and 年份未注明 last; inside a
    year by date (undated last), then path, so the order never depends on the disk."""

    def key(entry: Entry):
        pub = publication(entry)
        year = article_year(entry)
        return (year is None, -(year or 0), pub.date == "", _negated(pub.date), entry.docs_path)

    groups: dict[str, list[Entry]] = {}
    for entry in sorted(entries, key=key):
        groups.setdefault(year_label(article_year(entry)), []).append(entry)
    return list(groups.items())


def _negated(date: str) -> tuple[int, ...]:
    # Newest first inside a year: 2024-06-18 before 2024-03.
    return tuple(-int(p) for p in date.split("-")) if date else ()


def gbt_authors(authors: list[str]) -> str:
    """Authors as GB/T 7714 lists them: comma-separated, the first three and 等 after that."""
    names = [a for a in (_text(a) for a in authors) if a]
    if len(names) > MAX_AUTHORS:
        return ", ".join(names[:MAX_AUTHORS]) + ", 等"
    return ", ".join(names)


ACCESSED = "引用日期"  # filled in with the reader's date by docs/javascripts/almanac-cite.js


@dataclass(frozen=True)
class Reference:
    """One GB/T 7714-2015 reference, in the pieces the page marks up."""

    before: str  # up to the access date (or the whole reference but its final stop)
    accessed: bool  # an [引用日期] follows (electronic sources)
    url: str  # the address electronic sources end with
    kind: str  # N (newspaper) or EB/OL

    @property
    def text(self) -> str:
        return (
            self.before
            + (f"[{ACCESSED}]" if self.accessed else "")
            + (f". {self.url}" if self.url else "")
            + "."
        )


def reference(entry: Entry, permalink: str) -> Reference:
    """The article's GB/T 7714-2015 reference.

    * Newspaper: ``作者. 题名[N]. 报纸名, 出版日期(版次).``
    * Web source (a URL, no page): ``作者. 题名[EB/OL]. 网站名, (发布日期)[引用日期]. URL.``
    * Neither newspaper nor site known: the almanac's own page is the source,
      ``作者. 题名[EB/OL]. 区县教育年鉴[引用日期]. 永久链接.``
    """
    pub = publication(entry)
    authors = gbt_authors(list(entry.front_matter.authors))
    head = (f"{authors}. " if authors else "") + _text(entry.title)
    if pub.source_name and not pub.web:
        text = f"{head}[N]. {pub.source_name}"
        if pub.date:
            text += f", {pub.date}"
            if pub.page_number:
                text += f"({pub.page_number})"
        return Reference(text, False, "", "N")
    if pub.web:
        publisher = f"{pub.source_name}, " if pub.source_name else ""
        date = f"({pub.date})" if pub.date else ""
        return Reference(f"{head}[EB/OL]. {publisher}{date}".rstrip(", "), True, pub.url, "EB/OL")
    return Reference(f"{head}[EB/OL]. {ALMANAC}", True, permalink, "EB/OL")
