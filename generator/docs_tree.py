"""What may sit in ``docs/`` and ``seeds/``: the files a pull request can add besides articles.

MkDocs publishes everything under ``docs/`` it does not render: a symlink to
``../.git/config`` or ``/proc/self/environ`` would be copied into ``site/``, an
``evil.html`` or ``.svg`` would be served as a page of the site's own origin.
So, in both folders:

* no symlinks (files or folders) and no hard links (another name of the file
  may be anywhere: git never makes them);
* only regular files (a FIFO would hang a reader);
* under ``docs/``, no file a browser runs or renders as a document (HTML, JS,
  SVG, XML, CSS …) except the project's own assets, listed by path in
  ``generator/data/own_assets.txt`` (adding one is a change a reviewer sees).

``almanac check`` reports each with its path (:func:`tree_problems`); the build
leaves them out of the site whatever the check said (:func:`publishable`).
"""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

from .paths import GENERATED_PREFIXES

ACTIVE_SUFFIXES = frozenset(
    {
        ".html",
        ".htm",
        ".xhtml",
        ".shtml",
        ".xht",
        ".js",
        ".mjs",
        ".cjs",
        ".svg",
        ".svgz",
        ".xml",
        ".xsl",
        ".xslt",
        ".css",
        ".swf",
        ".wasm",
        ".map",
        ".webmanifest",
        ".appcache",
        ".php",
        ".jsp",
        ".asp",
        ".aspx",
        ".hta",
        ".vbs",
        ".pdf",
    }
)
DATA_SUFFIXES = (".yml", ".yaml", ".json")
SEED_SUFFIXES = (
    ".txt",
    ".html",
    ".htm",
    ".docx",
    ".pdf",
    ".doc",
)  # .doc: to say it needs saving as .docx
# Pages the build generates (generator/render/): never hand-written, so not
# checked as such even when `almanac pages` has written them into docs/.
GENERATED = GENERATED_PREFIXES


@lru_cache(maxsize=1)
def own_assets() -> frozenset[str]:
    """Docs-relative paths of the project's own active files (scripts, stylesheets)."""
    text = (Path(__file__).parent / "data" / "own_assets.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def _walk(top: Path):
    """(path, lstat) of everything below ``top``, never following a link."""
    for folder, dirs, files in os.walk(top, followlinks=False):
        for name in sorted(dirs) + sorted(files):
            path = Path(folder) / name
            try:
                yield path, path.lstat()
            except OSError:
                continue
        dirs.sort()


def file_problem(path: Path, info: os.stat_result, docs_rel: str | None) -> str | None:
    """Why ``path`` may not be in docs/ or seeds/ (``docs_rel``: its docs-relative path, or None in seeds/)."""
    if stat.S_ISLNK(info.st_mode):
        return "是符号链接：docs/ 和 seeds/ 中不能有符号链接（请放入真实文件）"
    if stat.S_ISDIR(info.st_mode):
        # A folder where a data file or a seed belongs: the loaders would take the file for absent
        # (themes.yml as a folder removed every theme page, and the check passed).
        if docs_rel is not None and docs_rel.startswith("data/") and path.suffix in DATA_SUFFIXES:
            return "是文件夹：这里应是数据文件（YAML 文本），请删除文件夹并放回文件"
        if docs_rel is None and path.suffix.lower() in SEED_SUFFIXES:
            return "是文件夹：种子应是文件，请删除文件夹或改名"
        return None
    if not stat.S_ISREG(info.st_mode):
        return "不是普通文件（管道、设备等）：请删除"
    if info.st_nlink > 1:
        return "是硬链接（同一文件另有名称）：请放入独立的文件副本"
    if (
        docs_rel is not None
        and path.suffix.lower() in ACTIVE_SUFFIXES
        and docs_rel not in own_assets()
    ):
        return f"docs/ 中不能放 {path.suffix} 文件（浏览器会执行或当作网页打开）；项目自己的脚本和样式须列在 generator/data/own_assets.txt"
    return None


def tree_problems(root: Path) -> list[tuple[Path, str]]:
    """Every file in ``root``'s docs/ and seeds/ that may not be there, with why."""
    problems = []
    docs = root / "docs"
    for top in (docs, root / "seeds"):
        if not top.is_dir() or top.is_symlink():
            if top.is_symlink():
                problems.append(
                    (top, "是符号链接：docs/ 和 seeds/ 中不能有符号链接（请放入真实文件）")
                )
            continue
        for path, info in _walk(top):
            rel = path.relative_to(docs).as_posix() if top == docs else None
            problem = file_problem(path, info, rel)
            if problem:
                problems.append((path, problem))
    return problems


def publishable(docs_dir: Path, rel: str) -> bool:
    """Whether the docs-relative file ``rel`` may be read and published.

    False when it, or any folder on its way from ``docs_dir``, is a link, or
    when it is not a plain file, or an active file that is not the project's own.
    """
    path = Path(docs_dir)
    if path.is_symlink():
        return False
    for part in rel.split("/"):
        path = path / part
        try:
            info = path.lstat()
        except OSError:
            return False
        if stat.S_ISLNK(info.st_mode):
            return False
    return file_problem(path, info, rel) is None


def hand_written_pages(docs_dir: Path) -> list[Path]:
    """Markdown pages editors write outside articles/ and data/ (index.md, guide.md …)."""
    pages = []
    for path, info in _walk(docs_dir):
        rel = path.relative_to(docs_dir).as_posix()
        if (
            path.suffix == ".md"
            and stat.S_ISREG(info.st_mode)
            and not rel.startswith(("articles/", "data/"))
            and not rel.startswith(GENERATED)
        ):
            pages.append(path)
    return pages
