"""The role passes (generator/structure/roles.py): every role they give is a
``Role``, and each pass says what it does."""

from __future__ import annotations

import re
from pathlib import Path

import generator.structure.articles as articles
from generator.districts import Gazetteer
from generator.read import read_seed
from generator.structure import structure_seed
from generator.structure.roles import ROLE_PASSES, Role, assign_roles

ROOT = Path(__file__).resolve().parents[1]


def test_every_pass_is_documented_and_listed_once():
    names = [p.__name__ for p in ROLE_PASSES]
    assert len(set(names)) == len(names)
    assert all(p.__doc__ and p.__doc__.strip() for p in ROLE_PASSES)
    assert names[0] == "initial_roles"  # the passes correct what the first one gave


def test_the_roles_given_on_real_layouts_are_all_roles(monkeypatch):
    seen: set[str] = set()

    def spy(*args, **kwargs):
        ctx = assign_roles(*args, **kwargs)
        seen.update(ctx.roles.values())
        return ctx

    monkeypatch.setattr(articles, "assign_roles", spy)
    gazetteer = Gazetteer.load(ROOT / "docs" / "data")
    pages = sorted((ROOT / "tests" / "fixtures" / "real" / "tune").glob("*.txt"))
    pages += sorted((ROOT / "seeds").glob("*.txt"))
    for page in pages:
        structure_seed(read_seed(page), gazetteer)
    assert seen <= set(Role)
    assert {Role.HEADLINE, Role.CAPTION, Role.BYLINE, Role.PARA, Role.BANNER} <= seen


# roles[i] == "headline" / roles.get(i) != "banner" / role in ("byline", …): a role
# spelled as a string, which a typo turns into a role no pass ever gives.
ROLE_AS_STRING = re.compile(
    r"""\broles?(?:\[[^\]]+\]|\.get\([^)]*\))?\s*(?:==|!=|=|in|not in)\s*\(?\s*["'](?:"""
    + "|".join(r.value for r in Role)
    + r""")["']"""
)


def test_the_structure_modules_name_roles_by_the_enum():
    assert ROLE_AS_STRING.search('if roles[i] == "headline":')
    assert ROLE_AS_STRING.search('if role in ("byline", "credit"):')
    assert not ROLE_AS_STRING.search('if units[i].kind == "para":')
    spelled = [
        f"{path.name}:{n}"
        for path in sorted((ROOT / "generator" / "structure").glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
        if ROLE_AS_STRING.search(line)
    ]
    assert spelled == [], "write Role.HEADLINE, not the string"
