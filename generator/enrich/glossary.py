"""Glossary (术语表): policy terms, their editor-written definitions and where they are used.

Definitions live in ``docs/data/glossary.yml``. :func:`abbreviation_markdown`
gives the ``*[term]: definition`` lines Python-Markdown's abbreviation syntax
understands, so a term becomes a tooltip wherever it appears in an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import yamlsafe
from ..corpus import Corpus, Entry
from ..errors import LocatedError


@dataclass
class Term:
    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    entries: list[Entry] = field(default_factory=list)  # articles using it

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)

    @property
    def districts(self) -> list[str]:
        return sorted({e.district for e in self.entries})


class GlossaryError(LocatedError):
    """A problem in docs/data/glossary.yml, located by path and line."""


def load_terms(data_dir: Path) -> list[Term]:
    path = Path(data_dir) / "glossary.yml"
    if not path.is_file():
        return []
    file = yamlsafe.load_data_file(path, GlossaryError)
    raw = file.data or {}
    items = raw.get("terms") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise GlossaryError(path, 1, "应有 terms: 列表")
    terms: list[Term] = []
    seen: set[str] = set()
    for number, (line, item) in enumerate(file.items("terms"), start=1):
        if not isinstance(item, dict) or not item.get("term") or not item.get("definition"):
            raise GlossaryError(path, line, f"第 {number} 个术语缺少 term 或 definition")
        aliases = item.get("aliases") or []
        if (
            not isinstance(item["term"], str)
            or not isinstance(item["definition"], str)
            or not isinstance(aliases, list)
            or not all(isinstance(a, str) for a in aliases)
        ):
            # term: 5 or aliases: 又作: a term, its definition and aliases are text
            raise GlossaryError(
                path, line, f"第 {number} 个术语的 term、definition、aliases 应为文字"
            )
        term = Term(
            term=str(item["term"]).strip(),
            definition=" ".join(str(item["definition"]).split()),
            aliases=tuple(str(a).strip() for a in item.get("aliases") or ()),
        )
        for spelling in term.spellings:
            if spelling in seen:
                raise GlossaryError(path, line, f"术语“{spelling}”重复")
            seen.add(spelling)
        terms.append(term)
    return terms


def _entry_text(entry: Entry) -> str:
    return "\n".join(
        [entry.title, entry.front_matter.summary] + [p.text for _, p in entry.paragraphs()]
    )


def glossary(corpus: Corpus, terms: list[Term]) -> list[Term]:
    """Terms in file order (``terms``: glossary.yml as loaded), each a copy with the
    articles that use it."""
    terms = [replace(term, entries=[]) for term in terms]
    for entry in corpus.entries:
        text = _entry_text(entry)
        for term in terms:
            if any(s in text for s in term.spellings):
                term.entries.append(entry)
    return terms


def abbreviation_markdown(terms: list[Term], markdown: str) -> str:
    """``*[term]: definition`` lines for the terms used in ``markdown``, longest first."""
    lines = []
    for term in terms:
        for spelling in term.spellings:
            if spelling in markdown:
                lines.append((spelling, f"*[{spelling}]: {term.definition}"))
    lines.sort(key=lambda pair: (-len(pair[0]), pair[0]))
    return "\n".join(line for _, line in lines)
