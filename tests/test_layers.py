"""The pipeline is visible in the imports (issue 15): no module imports from a layer
above its own (read/structure → load → enrich → render → the built site's search,
sanitising and zip → the entry points), shared helpers import no stage, and no
enrichment result is parked on the corpus."""

from __future__ import annotations

import ast
import re
from pathlib import Path

GENERATOR = Path(__file__).resolve().parents[1] / "generator"
# The entry points run the pipeline; nothing below may import them.
TOP = {"build", "cli", "mkdocs_plugin", "check", "importer"}
# The stages, in order; every other module is a shared helper (layer 0: project,
# paths, errors, yamlsafe, store, districts, safety, docs_tree), importing no stage.
LAYERS = {
    **dict.fromkeys(("read", "formats", "structure"), 1),  # import time
    **dict.fromkeys(("corpus", "cache"), 2),  # load
    "enrich": 3,
    "render": 4,
    # After rendering: the site's HTML, its search index, the offline zip, Markdown extensions.
    **dict.fromkeys(
        ("search", "sanitize", "page_files", "offline", "cjk_abbr", "cjk_breaks", "safe_attrs"), 5
    ),
}


def imported(path: Path, root: Path = GENERATOR) -> set[str]:
    """Top-level generator modules or packages that ``path`` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(root).parts[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package[: len(package) - node.level + 1])
            parts = base + (node.module.split(".") if node.module else [])
            if parts:
                names.add(parts[0])
            else:  # from . import x
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator."):
            names.add(node.module.split(".")[1])
    return names


def layer(name: str) -> int:
    return 6 if name in TOP else LAYERS.get(name, 0)


def test_no_module_imports_a_layer_above_its_own():
    upward = []
    for path in sorted(GENERATOR.rglob("*.py")):
        rel = path.relative_to(GENERATOR)
        own = rel.parts[0].removesuffix(".py")
        if own in TOP:
            continue
        for name in imported(path):
            if layer(name) > layer(own):
                upward.append(f"{rel.as_posix()} imports {name}")
    assert upward == []


def test_the_walk_sees_an_upward_import(tmp_path):
    # What safety.py did before (from .render.jinja import html_text), and its forms.
    (tmp_path / "enrich").mkdir()
    (tmp_path / "safety.py").write_text("from .render.jinja import html_text\n", encoding="utf-8")
    (tmp_path / "enrich" / "x.py").write_text(
        "from ..build import prepare\nfrom generator.render import site\nfrom . import text\n",
        encoding="utf-8",
    )
    assert imported(tmp_path / "safety.py", tmp_path) == {"render"}
    assert imported(tmp_path / "enrich" / "x.py", tmp_path) == {"build", "render", "enrich"}
    assert layer("render") > layer("safety") and layer("build") > layer("enrich")
    assert layer("search") > layer("render") > layer("enrich") > layer("corpus") > layer("read")


def test_nothing_is_cached_on_the_corpus():
    hidden = [
        f"{p.relative_to(GENERATOR).as_posix()}:{n}"
        for p in sorted(GENERATOR.rglob("*.py"))
        if "structure" not in p.relative_to(GENERATOR).parts
        for n, line in enumerate(p.read_text(encoding="utf-8").split("\n"), start=1)
        if re.search(r"__dict__|setattr\(corpus|corpus\._", line)
    ]
    assert hidden == []
