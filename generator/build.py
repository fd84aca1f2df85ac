"""The one build sequence: check → load → enrich → render → write.

The MkDocs plugin, ``almanac pages`` (generated pages into docs/), ``almanac
pages --out`` (a plain MkDocs project) and the other commands all go through
:func:`prepare`, so they check the same things, read each article once (the
articles the check read are the ones the build uses) and fail the same way.

:func:`guarded` is the command line's one error boundary: an
:class:`~generator.errors.AlmanacError` is printed as ``path:line: 说明`` on
stderr, a full or read-only disk as such, and the exit status is 1; never a
Python traceback. Everything is computed before anything is written, so a
failure leaves no file half-written.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .cache import ArticleCache
from .check import Checker, Problem, errors
from .corpus import Corpus
from .enrich.almanac import Almanac, AlmanacData, enrich
from .errors import AlmanacError, LocatedError
from .memo import Rebuilds
from .project import Project
from .read import SeedError
from .render.plain import MARKER, PlainExportError, edit_base, plain_config, plain_files
from .render.site import generate_pages
from .store import WriteError, write_all_atomic, write_problem


class CheckFailed(AlmanacError):
    """``almanac check`` found errors: the build stops before anything is generated."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("almanac check:\n" + "\n".join(map(str, problems)))


@dataclass
class Build:
    """What one build works from: the checked, loaded, enriched almanac and the check's warnings."""

    project: Project
    almanac: Almanac
    warnings: list[Problem] = field(default_factory=list)


def prepare(
    project: Project, check: bool = True, cache: bool = True, memo: Rebuilds | None = None
) -> Build:
    """Check (unless ``check`` is false), load, enrich: the first steps of every build.
    ``memo``: what the builds before of one ``mkdocs serve`` left (generator/memo.py).

    Raises :class:`CheckFailed` on any error the check finds, and the loaders'
    :class:`LocatedError` for a data file it could not read.
    """
    entries = None
    warnings: list[Problem] = []
    if check:
        checker = Checker(project, memo)
        problems = checker.run()
        if errors(problems):
            raise CheckFailed(errors(problems))
        warnings = problems
        entries = checker.entries
    article_cache = ArticleCache.for_project(project) if cache else None
    if article_cache is not None:
        article_cache.new_build()
    corpus = Corpus.load(project, cache=article_cache, entries=entries)
    return Build(project, enrich(corpus, AlmanacData.load(project.data_dir), memo), warnings)


def write_pages(project: Project, quiet: bool = False) -> int:
    """``almanac pages``: the generated pages written into docs/ (unchanged files untouched)."""
    pages = generate_pages(prepare(project).almanac)
    changed = {}
    for rel, text in pages.items():
        target = project.docs_dir / rel
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            changed[target] = text
    write_all_atomic(changed)  # all pages or none: a full disk leaves the old ones
    if not quiet:
        print(f"almanac pages: {len(pages)} generated pages under {project.docs_dir}")
    return 0


def write_plain_project(
    project: Project, out: Path, site_url: str | None = None, quiet: bool = False
) -> int:
    """``almanac pages --out DIR``: the plain MkDocs project (generator/render/plain.py)."""
    out = Path(out).resolve()
    docs = project.docs_dir.resolve()
    if out in (project.root.resolve(), docs) or docs in out.parents:
        raise PlainExportError(f"{out}: choose a folder outside the checkout's docs/")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise PlainExportError(
            f"{out}: not empty and not an earlier `almanac pages --out` folder; nothing written"
        )
    build = prepare(project)  # what the plugin would stop the build for stops this too
    # Everything computed before anything is written.
    checkout_config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    files, children = plain_files(build.almanac, site_url, edit=edit_base(checkout_config))
    config = plain_config(checkout_config, children)
    try:
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        shutil.copytree(project.docs_dir, out / "docs")
        theme = project.templates_dir / "theme"
        if theme.is_dir():
            shutil.copytree(theme, out / "templates" / "theme")
        write_all_atomic(
            {
                **{out / "docs" / rel: text for rel, text in files.items()},
                out / "mkdocs.yml": config,
                out / MARKER: "written by `almanac pages --out`; replaced on the next run\n",
            }
        )
    except OSError as exc:  # a full disk or read-only folder while copying docs/
        failed = exc.filename or out
        if isinstance(exc, shutil.Error):  # copytree's list of (source, target, why)
            _, failed, why = exc.args[0][0]
            number = re.search(r"\[Errno (\d+)\]", str(why))
            exc = OSError(int(number[1]) if number else None, str(why))
        raise WriteError(failed, 1, write_problem(exc)) from None
    if not quiet:
        print(
            f"almanac pages: plain MkDocs project (no almanac plugin) in {out}: {len(files)} pages rendered"
        )
    return 0


# -- the error boundary -------------------------------------------------------


def _relative(path: str, root: Path) -> str:
    for base in (root, root.resolve()):
        try:
            return Path(path).relative_to(base).as_posix()
        except ValueError:
            continue
    return path


def describe(exc: BaseException, root: Path) -> list[str]:
    """The lines an editor is shown for ``exc``: ``path:line: 说明`` wherever there is a place."""
    if isinstance(exc, CheckFailed):
        return [str(p) for p in exc.problems]
    if isinstance(exc, LocatedError):
        return [f"{_relative(exc.path, root)}:{exc.line}: {exc.message}"]
    if isinstance(exc, SeedError):  # a whole-file problem (too big, not UTF-8) has no line
        where = _relative(exc.path, root) + (f":{exc.line}" if exc.line else "")
        return [f"{where}: {exc.message}"]
    if isinstance(exc, OSError):  # one a writer did not name (they raise WriteError)
        where = _relative(str(exc.filename), root) if exc.filename else "almanac"
        return [f"{where}:1: {write_problem(exc)}"]
    return [str(exc)]


def guarded(command: str, root: Path, action: Callable[[], int]) -> int:
    """``action()``; its AlmanacError or OSError printed on stderr as ``command: path:line: 说明``
    (the check's problems as ``almanac check`` prints them), exit 1."""
    try:
        return action()
    except (AlmanacError, OSError) as exc:
        lines = describe(exc, root)
        if isinstance(exc, CheckFailed):  # as `almanac check` prints them, then what it meant
            print("\n".join(lines), file=sys.stderr)
            print(
                f"{command}: almanac check 发现 {len(lines)} 个问题，未生成任何页面",
                file=sys.stderr,
            )
        else:
            print("\n".join(f"{command}: {line}" for line in lines), file=sys.stderr)
        return 1
