"""ARCHITECTURE.md names every module of the generator: a new module is described
in the same change that adds it (and a removed one leaves the table)."""

from __future__ import annotations

import re

from conftest import PROJECT_ROOT

ARCHITECTURE = PROJECT_ROOT / "ARCHITECTURE.md"


def named_modules() -> set[str]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `(generator/[\w/]+\.py)` \|", text, flags=re.MULTILINE))


def test_every_generator_module_is_named_in_architecture_md():
    modules = {
        p.relative_to(PROJECT_ROOT).as_posix() for p in (PROJECT_ROOT / "generator").rglob("*.py")
    }
    named = named_modules()
    assert not modules - named, f"add to ARCHITECTURE.md's module table: {sorted(modules - named)}"
    assert not named - modules, (
        f"ARCHITECTURE.md names modules that do not exist: {sorted(named - modules)}"
    )
