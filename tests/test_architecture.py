"""ARCHITECTURE.md names every module of the generator: a new module is described
in the same change that adds it (and a removed one leaves the table)."""

from __future__ import annotations

import ast
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


def public_classes() -> dict[str, list[str]]:
    """Every public top-level class of generator/, by name: the modules defining it."""
    found: dict[str, list[str]] = {}
    for path in sorted((PROJECT_ROOT / "generator").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                found.setdefault(node.name, []).append(path.relative_to(PROJECT_ROOT).as_posix())
    return found


def test_no_two_generator_modules_define_a_public_class_of_the_same_name():
    # A reader meeting `Section` must not have to ask which of three it is.
    classes = public_classes()
    assert "Draft" in classes and "Corpus" in classes  # the walk does see the package
    clashes = {name: modules for name, modules in classes.items() if len(modules) > 1}
    assert not clashes, f"give each class a name saying what it is: {clashes}"


# Either spelling: f"districts/{slug}" or "districts/" + slug, or a generated page's
# literal path ("facts/index.md"); a template's name ("facts/index.md.j2") is not a page.
_FOLDERS = "districts|themes|articles|library|facts|chronology|schools|glossary"
PAGE_URL_SPELLING = re.compile(
    rf"""f["'](?:{_FOLDERS})/\{{|["'](?:{_FOLDERS})/["']\s*[+%]"""
    rf"""|["'](?:{_FOLDERS})/[\w.-]+\.(?:md|csv|json)["']"""
)


def test_only_paths_py_spells_a_generated_page_path_or_url():
    # A second spelling of districts/{slug} drifts from the pages the build writes.
    assert PAGE_URL_SPELLING.search('out[f"districts/{slug}/"] = name')
    assert PAGE_URL_SPELLING.search('url = "articles/" + entry.district_slug')
    assert PAGE_URL_SPELLING.search('PAGE = "schools/index.md"')
    assert PAGE_URL_SPELLING.search('return f"schools/{slug}.md"')
    assert not PAGE_URL_SPELLING.search('get_template("facts/index.md.j2")')
    spelled = [
        f"{path.relative_to(PROJECT_ROOT).as_posix()}:{n}"
        for path in sorted((PROJECT_ROOT / "generator").rglob("*.py"))
        if path.name != "paths.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
        if PAGE_URL_SPELLING.search(line)
    ]
    assert spelled == [], "build page paths and URLs with generator/paths.py"


def test_one_module_says_how_chromium_is_launched():
    # The benches and the browser tests drive the same browser with the same flags.
    spelled = sorted(
        path.relative_to(PROJECT_ROOT).as_posix()
        for folder in ("bench", "tests", "tools")
        for path in (PROJECT_ROOT / folder).rglob("*.py")
        if re.search(r"""["'](?:/usr/bin/chromium|--no-sandbox)["']""", path.read_text("utf-8"))
    )
    assert spelled == ["bench/chromium.py"], "launch Chromium with bench.chromium.launch"


def test_yaml_is_read_through_yamlsafe():
    # One loader (generator/yamlsafe.py): no anchors, shallow nesting, small files,
    # errors with their lines; data files through its load_data_file.
    readers = sorted(
        path.relative_to(PROJECT_ROOT).as_posix()
        for path in (PROJECT_ROOT / "generator").rglob("*.py")
        if re.search(r"\byaml\.(?:safe_)?load\(", path.read_text(encoding="utf-8"))
    )
    # plain.py reads mkdocs.yml with MkDocs' own !ENV tags (MkDocs' config, not the
    # almanac's data); jinja.py's yaml_str asks PyYAML's stricter pure-Python parser
    # whether a name reads back. (structure/'s vocabulary and the seeds' sidecars too,
    # which come with pull requests.)
    allowed = {"generator/yamlsafe.py", "generator/render/plain.py", "generator/render/jinja.py"}
    assert [r for r in readers if r not in allowed] == []
    assert "generator/yamlsafe.py" in readers


def test_enrichment_reads_its_data_files_only_through_almanac_data():
    # A rule given its data as an argument can be tested on strings; one that reads
    # corpus.project.data_dir itself cannot, and reads the file again on each call.
    readers = sorted(
        path.relative_to(PROJECT_ROOT).as_posix()
        for path in (PROJECT_ROOT / "generator" / "enrich").glob("*.py")
        if path.name != "almanac.py" and "project.data_dir" in path.read_text(encoding="utf-8")
    )
    assert (PROJECT_ROOT / "generator/enrich/facts.py").is_file()
    assert readers == [], "pass the loaded data in; AlmanacData.load reads the files"
