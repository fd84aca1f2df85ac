"""constraints.txt, the versions .ci/setup installs: it pins every dependency that
pyproject.toml declares, each pin allowed by the declared range, and .ci/setup
reinstalls when it changes (docs/dev/dependencies.md)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib

from conftest import PROJECT_ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PYPROJECT = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def pins() -> dict[str, str]:
    out = {}
    for line in (PROJECT_ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not name==version"
            out[canonicalize_name(name)] = version.strip()
    return out


def declared() -> list[Requirement]:
    project = PYPROJECT["project"]
    names = project["dependencies"] + project["optional-dependencies"]["test"]
    return [Requirement(r) for r in names]


def test_every_declared_dependency_is_pinned_within_its_range():
    pinned = pins()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement.name} is not in constraints.txt"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"constraints.txt pins {name}=={pinned[name]}, outside {requirement}"
        )


def test_the_project_itself_is_not_pinned():
    # An editable install of the work tree would fight a pinned release of itself.
    assert canonicalize_name(PYPROJECT["project"]["name"]) not in pins()


def test_setup_installs_from_the_constraints_and_reinstalls_when_they_change(tmp_path):
    setup = (PROJECT_ROOT / ".ci" / "setup").read_text(encoding="utf-8")
    assert re.search(r"pip install .*-c constraints\.txt", setup)
    stamp_line = next(line for line in setup.splitlines() if line.startswith("want="))
    for name in ("pyproject.toml", "constraints.txt"):
        shutil.copy(PROJECT_ROOT / name, tmp_path / name)

    def stamp() -> str:
        script = f'{stamp_line}\necho "$want"'
        return subprocess.run(
            ["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
        ).stdout.strip()

    before = stamp()
    assert re.fullmatch(r"[0-9a-f]{64}", before)
    with open(tmp_path / "constraints.txt", "a", encoding="utf-8") as handle:
        handle.write("example-package==1.0\n")
    assert stamp() != before
