"""Issue 8: the engine at arm's length. Page generation is plain Python: every
module of ``generator`` except the thin adapter ``generator/mkdocs_plugin.py``
works without importing MkDocs or Material, and ``almanac pages`` writes the
generated pages without them (for an engine that runs no MkDocs plugin)."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys

from conftest import PROJECT_ROOT, make_project_copy

import generator

ADAPTER = "generator.mkdocs_plugin"


def test_no_generator_module_but_the_plugin_imports_mkdocs(tmp_path):
    modules = sorted(
        m.name for m in pkgutil.walk_packages(generator.__path__, "generator.") if m.name != ADAPTER
    )
    assert "generator.render.site" in modules and "generator.cli" in modules
    root = make_project_copy(tmp_path / "p")
    script = f"""
import importlib, sys
for name in {modules!r}:
    importlib.import_module(name)
from generator.cli import main
assert main(["--root", {str(root)!r}, "pages", "-q"]) == 0
engines = sorted(m for m in sys.modules if m.split(".")[0] in ("mkdocs", "material", "zensical"))
print(",".join(engines))
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), ALMANAC_CACHE="0"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert (root / "docs" / "districts" / "banan.md").is_file()
    assert (root / "docs" / "facts" / "facts.csv").is_file()


def test_the_plugin_is_the_only_module_that_imports_mkdocs():
    importing = []
    for path in sorted((PROJECT_ROOT / "generator").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "import mkdocs" in text or "from mkdocs" in text or "from material" in text:
            importing.append(path.relative_to(PROJECT_ROOT).as_posix())
    assert importing == ["generator/mkdocs_plugin.py"]
