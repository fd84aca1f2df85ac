"""Chronology (大事记): every dated event the articles mention.

Dates are read as written: absolute ones (2021年3月, 自2014年起), month-day ones
(9月6日) and relative ones (今年4月, 去年). A date without a year is resolved
only against the article's own ``year`` (front matter); otherwise it is kept as
written with a note, never guessed. Each event quotes the sentence it occurs in
and points at its paragraph anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

import cn2an

from ..cache import code_fingerprint
from ..corpus import Corpus, Entry
from .text import sentence_at, shorten

_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"[12]\d|3[01]|0?[1-9]"

# 2021年 / 2021年3月 / 2021年3月6日, optionally 自…起 / 从…起 / …以来.
_ABSOLUTE = re.compile(
    rf"(?P<since>[自从])?(?<![\d.])(?P<year>(?:19|20)\d\d)年"
    rf"(?:(?P<month>{_MONTH})月(?:(?P<day>{_DAY})[日号])?)?(?P<onward>起|以来)?"
)
# 9月6日 with no year before it (the year case is matched above).
_MONTH_DAY = re.compile(rf"(?<![\d年月])(?P<month>1[0-2]|[1-9])月(?P<day>{_DAY})[日号]")
_RELATIVE = re.compile(
    rf"(?P<rel>今年|去年|前年)(?:(?P<month>{_MONTH})月(?:(?P<day>{_DAY})[日号])?)?"
)
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}
_RANGE_MARKS = "—–-~～至"


@dataclass(frozen=True)
class Event:
    district: str
    district_slug: str
    docs_path: str  # the article's docs-relative path
    article_title: str
    anchor: str  # paragraph anchor ("" = the article itself, e.g. its summary)
    as_written: str  # the date exactly as the article writes it
    year: int | None
    month: int | None
    day: int | None
    onward: bool  # 自2014年起: a start, not a point
    quote: str
    note: str = ""
    order: tuple = ()  # position in the corpus, breaks ties deterministically

    @property
    def label(self) -> str:
        if self.year is None:
            return self.as_written
        text = f"{self.year}年"
        if self.month:
            text += f"{self.month}月"
            if self.day:
                text += f"{self.day}日"
        return text + ("起" if self.onward else "")

    @property
    def year_label(self) -> str:
        return f"{self.year}年" if self.year else "年份未注明"

    @property
    def link(self) -> str:
        return self.docs_path + (f"#{self.anchor}" if self.anchor else "")


def _number(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))


def _inside_book_title(text: str, offset: int) -> bool:
    """True inside 《…》: a date in a document's name dates the document, not an event."""
    opened = text.rfind("《", 0, offset)
    return opened != -1 and text.rfind("》", opened, offset) == -1


def article_year(entry: Entry) -> int | None:
    """The editor's ``year``, else the year of ``published`` (今年 resolves against it)."""
    meta = entry.front_matter
    if meta.year is not None or not meta.published:
        return meta.year
    return int(meta.published[:4])  # ISO, from store.ArticleMeta


def events_in_text(text: str, year_of_article: int | None = None):
    """(offset, as written, year, month, day, onward, note) for each date in ``text``."""
    found: list[tuple[int, str, int | None, int | None, int | None, bool, str]] = []
    for match in _ABSOLUTE.finditer(text):
        start, end = match.start("year"), match.end()
        if start and text[start - 1] in _RANGE_MARKS + "到":
            continue  # the end of a range or a target (到2025年底), not an event
        if end < len(text) and text[end] in _RANGE_MARKS:
            continue  # 2020—2021学年度: a period, not an event
        if _inside_book_title(text, start):
            continue
        onward = bool(
            match.group("onward") == "起" or (match.group("since") and match.group("onward"))
        )
        written = match.group(0) if onward else match.group(0)[len(match.group("since") or "") :]
        found.append(
            (
                start,
                written,
                int(match.group("year")),
                _number(match.group("month")),
                _number(match.group("day")),
                onward,
                "",
            )
        )
    for match in _MONTH_DAY.finditer(text):
        if _inside_book_title(text, match.start()):
            continue
        written = match.group(0)
        if year_of_article:
            found.append(
                (
                    match.start(),
                    written,
                    year_of_article,
                    _number(match.group("month")),
                    _number(match.group("day")),
                    False,
                    f"原文作“{written}”，年份按文章年份{year_of_article}年补出",
                )
            )
        else:
            found.append(
                (
                    match.start(),
                    written,
                    None,
                    _number(match.group("month")),
                    _number(match.group("day")),
                    False,
                    "原文未写年份",
                )
            )
    for match in _RELATIVE.finditer(text):
        written = match.group(0)
        month, day = _number(match.group("month")), _number(match.group("day"))
        if year_of_article:
            year = year_of_article - _YEARS_BACK[match.group("rel")]
            found.append(
                (
                    match.start(),
                    written,
                    year,
                    month,
                    day,
                    False,
                    f"原文作“{written}”，按文章年份{year_of_article}年推算",
                )
            )
        else:
            found.append(
                (
                    match.start(),
                    written,
                    None,
                    month,
                    day,
                    False,
                    f"原文作“{written}”，文章未注明年份",
                )
            )
    return sorted(found)


def _entry_events(entry: Entry, entry_index: int) -> list[Event]:
    year = article_year(entry)
    events: list[Event] = []
    seen: set[tuple] = set()
    # The summary last, so a lead that repeats the first paragraph links to the paragraph.
    texts = [(p.anchor, p.text) for _, p in entry.paragraphs()]
    texts.append(("", entry.front_matter.summary))
    for text_index, (anchor, text) in enumerate(texts):
        for offset, written, y, month, day, onward, note in events_in_text(text, year):
            quote = shorten(sentence_at(text, offset))
            key = (quote, y, month, day, written if y is None else "")
            if key in seen:
                continue  # 于2021年启动…从2021年到2025年: one event per sentence and date
            seen.add(key)
            events.append(
                Event(
                    district=entry.district,
                    district_slug=entry.district_slug,
                    docs_path=entry.docs_path,
                    article_title=entry.title,
                    anchor=anchor,
                    as_written=written,
                    year=y,
                    month=month,
                    day=day,
                    onward=onward,
                    quote=quote,
                    note=note,
                    order=(entry_index, text_index, offset),
                )
            )
    return events


def sort_key(corpus: Corpus):
    def key(event: Event):
        return (
            event.year is None,
            event.year or 0,
            event.month or 0,
            event.day or 0,
            corpus.district_sort_key(event.district),
            event.order,
        )

    return key


def _encode_events(events: list[Event]) -> list[dict]:
    # order[0] is the article's place in the corpus, which is not the article's
    # content: it is set again on decoding.
    return [
        {**{f.name: getattr(e, f.name) for f in fields(Event)}, "order": list(e.order[1:])}
        for e in events
    ]


def _cached_entry_events(corpus: Corpus, entry: Entry, index: int) -> list[Event]:
    dependencies = code_fingerprint(
        "generator.enrich.chronology",
        "generator.enrich.text",
        "generator.corpus",
        "generator.store",
    )
    return corpus.cached(
        "chronology",
        dependencies,
        entry,
        lambda: _entry_events(entry, index),
        encode=_encode_events,
        decode=lambda data: [Event(**{**item, "order": (index, *item["order"])}) for item in data],
    )


def chronology(corpus: Corpus, district: str | None = None) -> list[Event]:
    """All events in date order (undated-year ones last), optionally for one district
    (the build computes them once: generator/enrich/almanac.py)."""
    events: list[Event] = []
    for index, entry in enumerate(corpus.entries):
        events.extend(_cached_entry_events(corpus, entry, index))
    events.sort(key=sort_key(corpus))
    return events if district is None else [e for e in events if e.district == district]


def by_district(events: list[Event]) -> dict[str, list[Event]]:
    """The events of each district, in the order of ``events`` (grouped once, so 38
    district pages do not each scan every event)."""
    groups: dict[str, list[Event]] = {}
    for event in events:
        groups.setdefault(event.district, []).append(event)
    return groups


def by_year(events: list[Event]) -> list[tuple[str, list[Event]]]:
    groups: dict[str, list[Event]] = {}
    for event in events:
        groups.setdefault(event.year_label, []).append(event)
    return list(groups.items())
