"""Article files: the almanac's editable source under ``docs/articles/``.

One Markdown file per article: YAML front matter, then the body. This module is
the only place that knows the file format, so every other stage (importer,
checks, page generation) reads and writes articles through it.

Hand edits are detected with ``import_checksum``: the importer stores the
SHA-256 of the exact text it wrote (minus the checksum line itself). A file whose
text no longer hashes to its checksum has been edited by a person and is never
overwritten without ``--force``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from . import yamlsafe
from .errors import LocatedError

FRONT_MATTER_FENCE = "---"
CHECKSUM_KEY = "import_checksum"
_CHECKSUM_LINE = re.compile(rf"^{CHECKSUM_KEY}: .*\n", re.MULTILINE)
# The forms of front-matter values (a .meta.yml sidecar's publication details too).
PUBLISHED_DATE = re.compile(r"^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
HTTP_URL = re.compile(r"^https?://[^\s<>\"']+$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")

# Front matter keys in the order the importer writes them. Editors may add the
# optional keys (themes, facts, year, ...) anywhere; order is only for diffs.
IMPORTED_KEYS = (
    "title",
    "subtitle",
    "kicker",
    "district",
    "district_slug",
    "prefecture",
    "province",
    "authors",
    "editors",
    "photo_credit",
    "captions",
    "summary",
    "published",
    "source_name",
    "page",
    "source",
    "source_sha256",
    "import_key",
    CHECKSUM_KEY,
)


@dataclass(frozen=True)
class ArticleSource:
    """``source:`` of the front matter: the seed file, its lines, the page's web address."""

    file: str = ""
    lines: tuple[int, ...] = ()  # [first, last] as written
    url: str = ""


@dataclass(frozen=True)
class ArticleMeta:
    """The front matter as the build reads it: one typed field per key the almanac
    uses, each coerced here once. A value of the wrong type reads as absent (a list
    drops its non-text and empty items, a lone text is a one-item list); ``almanac
    check`` reports it with its line, from the same schema (:data:`TEXT_KEYS`,
    :data:`LIST_KEYS`, :data:`OTHER_KEYS`)."""

    # Text (check: a string or absent).
    title: str = ""
    subtitle: str = ""
    kicker: str = ""
    district: str = ""
    district_slug: str = ""
    prefecture: str = ""
    province: str = ""
    photo_credit: str = ""
    summary: str = ""
    source_name: str = ""
    page: str = ""
    import_key: str = ""
    import_checksum: str = ""
    source_sha256: str = ""
    description: str = ""
    # Lists of text (check: each item a non-empty string); items stripped.
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # Typed otherwise.
    source: ArticleSource = ArticleSource()
    published: str = ""  # ISO, as precise as written: 2024-06-18, 2024-06 or 2024
    year: int | None = None  # the editor's year, 1900–2100

    @classmethod
    def from_dict(cls, meta: dict[str, Any]) -> ArticleMeta:
        return cls.read(meta)[0]

    @classmethod
    def read(cls, meta: dict[str, Any]) -> tuple[ArticleMeta, tuple[MetaProblem, ...]]:
        """``meta`` typed, and every value the schema refuses (what ``almanac check``
        reports at the key's line): one pass, so the build reads what check passed."""
        values: dict[str, Any] = {}
        problems: list[MetaProblem] = []
        for key in meta:
            # Any other key is most likely a typo (``theme:`` for ``themes:``) that
            # would otherwise be silently ignored.
            if not isinstance(key, str) or key not in KNOWN_KEYS:
                hint = (
                    "（专题请写在 themes 下，自由标签写在 tags 下）"
                    if key in ("theme", "tag")
                    else ""
                )
                problems.append(
                    MetaProblem(str(key), f"未知的前言键 “{key}”{hint}：可用的键见编辑指南")
                )
        for key in REQUIRED_KEYS:
            value = meta.get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                problems.append(MetaProblem(key, f"缺少 {key}（必填）"))
        for key in TEXT_KEYS:
            value = meta.get(key)
            if isinstance(value, str):
                values[key] = value
            elif value is not None:
                problems.append(MetaProblem(key, f"{key} 应为一段文字，而不是 {_kind(value)}"))
        for key in LIST_KEYS:
            value = meta.get(key)
            # Read leniently (a lone text is a one-item list), reported strictly.
            items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
            values[key] = tuple(v.strip() for v in items if isinstance(v, str) and v.strip())
            if value is not None and not (
                isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
            ):
                problems.append(MetaProblem(key, f"{key} 应为文字列表，如 [甲, 乙]"))
        if "source" in meta:
            source, source_problems = _source(meta["source"])
            problems += source_problems
            if source is not None:
                values["source"] = source
        sha = meta.get("source_sha256")
        if "source_sha256" in meta and not (isinstance(sha, str) and SHA256.match(sha)):
            problems.append(
                MetaProblem(
                    "source_sha256",
                    "source_sha256 应为 64 位十六进制数字（由 almanac import 写入，请勿手改）",
                )
            )
        published = published_iso(meta.get("published"))
        if published:
            values["published"] = published
        elif "published" in meta:
            problems.append(
                MetaProblem(
                    "published",
                    "published 应为出版日期，如 2024-06-18（或 2024-06、2024），"
                    f"而不是 {meta['published']!r}",
                )
            )
        year = meta.get("year")
        if is_year(year):
            values["year"] = year
        elif "year" in meta:
            problems.append(MetaProblem("year", f"year 应为四位年份数字，如 2022，而不是 {year!r}"))
        return cls(**values), tuple(problems)


@dataclass(frozen=True)
class MetaProblem:
    """A front-matter value the schema refuses: the key whose line locates it, and why."""

    key: str
    message: str


def _source(value: Any) -> tuple[ArticleSource | None, list[MetaProblem]]:
    """``source:`` typed (``None`` when it is no mapping), and what is wrong with it.
    Whether ``source.file`` exists is the check's to say: it needs the checkout."""
    if not isinstance(value, dict):
        return None, [MetaProblem("source", _SOURCE_FORM)]
    file, lines, url = value.get("file"), value.get("lines"), value.get("url")
    source = ArticleSource(
        file=file if isinstance(file, str) else "",
        lines=tuple(lines) if isinstance(lines, list) and all(map(_is_int, lines)) else (),
        url=url if isinstance(url, str) else "",
    )
    if not isinstance(file, str):
        return source, [MetaProblem("source", _SOURCE_FORM)]
    problems = []
    if lines is not None and not (
        isinstance(lines, list)
        and len(lines) == 2
        and all(_is_int(n) and n >= 1 for n in lines)
        and lines[0] <= lines[1]
    ):
        problems.append(MetaProblem("source", "source.lines 应为 [起始行, 结束行]，两个正整数"))
    if url is not None and not (isinstance(url, str) and HTTP_URL.match(url)):
        problems.append(MetaProblem("source", f"source.url 应为 http(s) 网址，而不是 {url!r}"))
    return source, problems


_SOURCE_FORM = "source 应为 {file: seeds/种子文件.txt, lines: [起, 止]}"


def _kind(value: Any) -> str:
    """A YAML value's kind in an editor's words."""
    return {list: "列表", dict: "映射", bool: "是/否", int: "数字", float: "数字"}.get(
        type(value), type(value).__name__
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def published_iso(value: Any) -> str:
    """``published`` in ISO form, as precise as written, "" when it is no such date.

    YAML reads an unquoted 2024-06-18 as a date and 2024 as a number, 2024-06 as text:
    each is taken (a bare year is a year-precision date, as the importer's sidecars
    and ``--published`` take it); a time of day, 2024年6月 or 去年 are not."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if _is_int(value):
        value = str(value)
    if isinstance(value, str) and PUBLISHED_DATE.match(value.strip()):
        return value.strip()
    return ""


def is_year(value: Any) -> bool:
    """A ``year:`` the almanac takes: a four-digit year number (check refuses others)."""
    return _is_int(value) and 1900 <= value <= 2100


# The front matter schema, for almanac check: the keys of each kind, and the rest an
# article may have (editors' facts corrections, checked by enrich/facts.py, and
# Material's own page keys).
OTHER_KEYS = (
    "source",
    "facts",
    "year",
    "published",
    "hide",
    "search",
    "status",
    "template",
    "icon",
)
TEXT_KEYS = tuple(
    f.name for f in fields(ArticleMeta) if f.type == "str" and f.name not in OTHER_KEYS
)
LIST_KEYS = tuple(f.name for f in fields(ArticleMeta) if f.type == "tuple[str, ...]")
KNOWN_KEYS = frozenset((*TEXT_KEYS, *LIST_KEYS, *OTHER_KEYS))
REQUIRED_KEYS = ("title", "district", "district_slug")


class ArticleFormatError(LocatedError):
    """A problem in an article file, located by path and 1-based line."""


@dataclass
class Article:
    """An article as stored: front matter (``meta``) and Markdown ``body``."""

    path: Path
    meta: dict[str, Any]
    body: str
    body_line: int = 1  # 1-based line of the file where the body starts
    text: str = field(default="", repr=False)  # the file's text as read

    @cached_property
    def front_matter(self) -> ArticleMeta:
        """``meta`` typed, once: change an article's front matter by making a new
        Article (``dataclasses.replace``), not by editing ``meta`` in place. The dict
        stays as written (the plain export writes it back, check reads it)."""
        return self._read[0]

    @property
    def meta_problems(self) -> tuple[MetaProblem, ...]:
        """The front-matter values :class:`ArticleMeta` refuses (check reports them)."""
        return self._read[1]

    @cached_property
    def _read(self) -> tuple[ArticleMeta, tuple[MetaProblem, ...]]:
        return ArticleMeta.read(self.meta)

    @property
    def title(self) -> str:
        return self.front_matter.title

    @property
    def district(self) -> str:
        return self.front_matter.district

    @property
    def district_slug(self) -> str:
        return self.front_matter.district_slug

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def hand_edited(self) -> bool:
        """True when the file is no longer the importer's untouched output."""
        stored = self.meta.get(CHECKSUM_KEY)
        if not stored:
            return True
        return stored != checksum_of(self.text)


def checksum_of(text: str) -> str:
    """Checksum of an article text, ignoring its own checksum line."""
    without = _CHECKSUM_LINE.sub("", text, count=1)
    return "sha256:" + hashlib.sha256(without.encode("utf-8")).hexdigest()


def dump_front_matter(meta: dict[str, Any]) -> str:
    """Deterministic YAML: fixed key order, unicode kept, no line folding."""
    return yaml.safe_dump(
        meta,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )


def render_article(meta: dict[str, Any], body: str) -> str:
    """The file text for ``meta`` and ``body``, with a fresh checksum."""
    meta = {k: v for k, v in meta.items() if k != CHECKSUM_KEY}
    meta[CHECKSUM_KEY] = "pending"
    text = (
        f"{FRONT_MATTER_FENCE}\n{dump_front_matter(meta)}{FRONT_MATTER_FENCE}\n\n{body.strip()}\n"
    )
    return text.replace(f"{CHECKSUM_KEY}: pending\n", f"{CHECKSUM_KEY}: {checksum_of(text)}\n", 1)


# PyYAML's messages in an editor's words live with the loader (generator/yamlsafe.py).
explain_yaml_error = yamlsafe.explain_yaml_error
explain_yaml_problem = yamlsafe.explain_yaml_problem


# libyaml when present (several times faster on a large almanac); the pure-Python
# parser re-reads a file only to word its error, so messages never depend on it.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    # No anchors, bounded nesting (generator/yamlsafe.py): an alias bomb is an error with its line.
    return yamlsafe.safe_load(text)


def parse_article(text: str, path: Path | str = "<article>", load_meta=None) -> Article:
    """Split ``text`` into front matter and body; errors name the line.

    ``load_meta`` parses the front matter's YAML (the build passes a cached one).
    """
    path = Path(path)
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FRONT_MATTER_FENCE:
        raise ArticleFormatError(path, 1, "文件须以 YAML 前言开头（第一行应为 ---）")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == FRONT_MATTER_FENCE)
    except StopIteration:
        raise ArticleFormatError(path, 1, "YAML 前言没有结束标记 ---") from None
    raw_meta = "\n".join(lines[1:end])
    if len(raw_meta) > yamlsafe.MAX_FRONT_MATTER_CHARS:
        raise ArticleFormatError(
            path,
            2,
            f"YAML 前言过长（{len(raw_meta)} 字，上限 {yamlsafe.MAX_FRONT_MATTER_CHARS} 字）",
        )
    try:
        meta = (load_meta or load_yaml)(raw_meta) if raw_meta.strip() else {}
    except yaml.YAMLError as exc:  # the front matter starts on the file's line 2
        raise ArticleFormatError(
            path, yamlsafe.yaml_line(exc, 1), f"YAML 前言格式错误：{explain_yaml_error(exc)}"
        ) from None
    if not isinstance(meta, dict):
        raise ArticleFormatError(path, 2, "YAML 前言应为“键: 值”形式的映射")
    if (
        "\\u" in raw_meta or "\\U" in raw_meta
    ):  # only an escape can make a lone surrogate (not UTF-8: no page could be written)
        try:
            json.dumps(meta, ensure_ascii=False, default=str).encode("utf-8")
        except UnicodeEncodeError:
            raise ArticleFormatError(
                path, 2, "YAML 前言含无效的 \\u 转义（单独的代理码位，不是字符）"
            ) from None
    body = "\n".join(lines[end + 1 :])
    leading = len(body) - len(body.lstrip("\n"))  # blank lines before the body's first line
    return Article(
        path=path, meta=meta, body=body.strip("\n") + "\n", body_line=end + 2 + leading, text=text
    )


# The longest real article is 15 KB; a page past this is refused before it is read:
# an article of 1.6 MB (20,000 paragraphs) takes over 10 s to render as one page.
MAX_ARTICLE_BYTES = 512 * 1024


def read_article(path: Path, load_meta=None) -> Article:
    return parse_article(read_article_text(path), path, load_meta)


def read_article_text(path: Path) -> str:
    """An article file's text; too large or not UTF-8: ArticleFormatError."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleFormatError(
                path, 1, f"文件过大（{size} 字节，上限 {MAX_ARTICLE_BYTES} 字节）：请拆成几篇"
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError(path, 1, f"不是 UTF-8 文本（第 {exc.start} 字节）") from None
    return text


def article_paths(docs_dir: Path) -> list[Path]:
    from .docs_tree import publishable

    root = Path(docs_dir) / "articles"
    if not root.is_dir() or root.is_symlink():
        return []
    # A symlinked or hard-linked article is never read (check names it): it could be any file.
    return sorted(
        p
        for p in root.rglob("*.md")
        if p.is_file() and publishable(docs_dir, p.relative_to(docs_dir).as_posix())
    )


def load_articles(docs_dir: Path, load_meta=None) -> list[Article]:
    """Every article under ``docs_dir/articles``, in path order."""
    return [read_article(p, load_meta) for p in article_paths(docs_dir)]


class WriteError(ArticleFormatError):
    """A file that could not be written (disk full, read-only, no permission): ``path:1: 说明``.

    Nothing was half-written: the old file, if any, is still there as it was.
    """


def write_problem(exc: OSError) -> str:
    """Why a write failed, in an editor's words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "磁盘已满（或超出配额）：未写入"
    if exc.errno == errno.EROFS:
        return "所在的文件系统是只读的：未写入"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "没有写入权限（文件夹只读？）：未写入"
    return f"无法写入（{exc.strerror or exc}）：未写入"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that readers see the old file or the new one, never half."""
    write_all_atomic({Path(path): text})


def write_all_atomic(files: dict[Path, str]) -> None:
    """Write every file or none: each text goes to a temporary file beside its
    target first (a full disk or read-only folder fails here, and every
    temporary file is removed), then all are renamed into place.

    Raises :class:`WriteError` naming the file that could not be written.
    """
    staged: list[tuple[str, Path]] = []
    current = None
    try:
        for path, text in files.items():
            current = Path(path)
            current.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{current.name}.", suffix=".tmp", dir=current.parent
            )
            staged.append((tmp, current))
            # mkstemp makes 0600: keep the file's mode, or the editor's umask.
            os.fchmod(fd, _mode_for(current))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp, target in staged:
            current = target
            os.replace(tmp, target)
    except OSError as exc:
        _discard(staged)
        raise WriteError(current or "?", 1, write_problem(exc)) from None
    except BaseException:
        _discard(staged)
        raise


def _discard(staged: list[tuple[str, Path]]) -> None:
    for tmp, _ in staged:
        with contextlib.suppress(OSError):  # already renamed into place
            os.unlink(tmp)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
