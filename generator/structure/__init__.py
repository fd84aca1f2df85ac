"""Structure stage: normalised seed lines → article drafts.

    units.py     lines → paragraphs, display lines, headings, bylines, credits
    articles.py  units → articles (split by district), headline, sections
    cues.py      the genre's layout vocabulary (generator/data/layout.yml)
    text.py      character-level rules (sentence ends, joining, spacing)
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..districts import Gazetteer
from ..read import SeedError, SeedText
from .articles import Draft, StructureError, assemble, place_numbered_captions, share_page_credit, split_articles
from .units import segment_units

__all__ = ["Draft", "structure_seed", "load_hints"]


def load_hints(seed_path: Path) -> dict:
    """Editor hints for one seed (``<seed>.hints.yml`` beside it), if any.

    Keys: ``district`` (force one district for the whole file) and ``roles``
    (exact display-line text → caption | headline | banner | lead_label).
    """
    path = seed_path.with_name(seed_path.stem + ".hints.yml")
    if not path.is_file():
        return {}
    try:
        hints = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SeedError(path, f"提示文件格式错误：{getattr(exc, 'problem', exc)}", mark.line + 1 if mark else None) from None
    if not isinstance(hints, dict):
        raise SeedError(path, "提示文件应为“键: 值”映射", 1)
    return hints


def structure_seed(seed: SeedText, gazetteer: Gazetteer, hints: dict | None = None) -> list[Draft]:
    hints = hints or {}
    reserved = frozenset(name for d in gazetteer.districts for name in d.names)
    units = segment_units(list(seed.lines), reserved)
    roles = {str(k): str(v) for k, v in (hints.get("roles") or {}).items()}
    try:
        pieces = split_articles(units, gazetteer, hints.get("district"))
        pieces = place_numbered_captions(pieces)
        pieces = [(district, part) for district, part in pieces if part]
        drafts = [assemble(district, part, gazetteer, roles) for district, part in pieces]
        share_page_credit(pieces, drafts)
        return drafts
    except StructureError as exc:
        raise SeedError(seed.path, str(exc), exc.line) from None
