"""The district gazetteer (``docs/data/districts.yml``) and district detection."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml
from pypinyin import lazy_pinyin

# Suffixes of county-level divisions, longest first so 自治县 wins over 县.
_SUFFIXES = ("土家族苗族自治县", "苗族土家族自治县", "土家族自治县", "自治县", "经开区", "新区", "区", "县")


class DistrictsError(ValueError):
    """docs/data/districts.yml cannot be read; the message names file and line."""


@dataclass(frozen=True)
class District:
    name: str
    slug: str
    short: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name that refers to this district, longest first."""
        return tuple(sorted({self.name, *self.short}, key=len, reverse=True))


def pinyin_slug(text: str) -> str:
    """ASCII slug from Chinese text: 沙坪坝 → shapingba (letters and digits only)."""
    syllables = lazy_pinyin(text, errors=lambda chars: list(chars))
    return re.sub(r"[^a-z0-9]+", "", "".join(syllables).lower())


def base_name(name: str) -> str:
    """巴南区 → 巴南; 石柱土家族自治县 → 石柱."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@dataclass
class Gazetteer:
    districts: list[District] = field(default_factory=list)

    @classmethod
    def load(cls, data_dir: Path) -> "Gazetteer":
        path = Path(data_dir) / "districts.yml"
        if not path.is_file():
            return cls([])
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise DistrictsError(f"{path}:{(mark.line + 1) if mark else 1}: YAML 格式错误") from None
        items = raw.get("districts", []) if isinstance(raw, dict) else []
        found = []
        for item in items:
            if isinstance(item, dict) and item.get("name"):
                name = str(item["name"])
                slug = str(item.get("slug") or pinyin_slug(base_name(name)))
                found.append(District(name, slug, tuple(str(s) for s in item.get("short") or ())))
        return cls(found)

    @cached_property
    def _by_name(self) -> dict[str, District]:
        table: dict[str, District] = {}
        for district in self.districts:
            for name in district.names:
                table.setdefault(name, district)
        return table

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        names = sorted(self._by_name, key=len, reverse=True)
        if not names:
            return None
        return re.compile("|".join(map(re.escape, names)))

    def get(self, name: str) -> District | None:
        return self._by_name.get(name)

    def resolve(self, name: str) -> District:
        """The listed district for ``name``, or a new one with a pinyin slug."""
        known = self.get(name)
        if known:
            return known
        return District(name, pinyin_slug(base_name(name)) or "district", (base_name(name),))

    def mentions(self, text: str) -> dict[str, int]:
        """Weighted mentions per district full name: full names count 3, short names 1."""
        counts: dict[str, int] = {}
        if self._pattern is None:
            return counts
        for match in self._pattern.finditer(text):
            district = self._by_name[match.group(0)]
            weight = 3 if match.group(0) == district.name else 1
            counts[district.name] = counts.get(district.name, 0) + weight
        return counts
