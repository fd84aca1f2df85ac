"""What the structure stage hands on: an article's draft and its sections."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import AlmanacError

UNTITLED_SIDEBAR = "相关报道"


@dataclass
class DraftSection:
    """A section of a draft, as the structure stage found it: heading and paragraph texts."""

    heading: str  # "" for the lead
    level: int = 2
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """One article as the structure stage found it."""

    title: str = ""
    subtitle: str = ""
    kicker: str = ""
    district: str = ""
    authors: list[str] = field(default_factory=list)
    photo_credit: str = ""
    captions: list[str] = field(default_factory=list)
    summary: str = ""
    sections: list[DraftSection] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0
    warnings: list[str] = field(default_factory=list)
    # Publication details the page states (date line, masthead, page, web info line).
    published: str = ""  # YYYY-MM-DD, or YYYY-MM / YYYY when that is all the page says
    source_name: str = ""  # the newspaper or site
    page: str = ""  # 第7版, A3版
    source_url: str = ""
    editors: list[str] = field(default_factory=list)  # 责任编辑 …: never authors
    prefecture: str = (
        ""  # the district's prefecture and province, when known from the national list
    )
    province: str = ""


class StructureError(AlmanacError, ValueError):
    """The structure stage could not lay out a seed's text (no paragraphs, no county);
    :func:`generator.structure.structure_seed` reports it as the seed's
    :class:`~generator.read.SeedError`, with the file's name."""

    def __init__(self, message: str, line: int | None = None, no_district: bool = False):
        super().__init__(message)
        self.line = line
        self.no_district = no_district  # the text names no county: a hints file can say which
