"""``almanac import``: seeds → article files, never clobbering an editor's work.

For every seed: read → structure → render each article to Markdown → write.
An article is recognised on later runs by ``import_key`` (seed file name +
article number), so it keeps its path even if its title or the slug rules
change. Writing rules:

* same text as on disk → nothing is written (re-runs are byte-identical no-ops);
* the file on disk is the importer's untouched output → replaced atomically;
* the file was edited by hand → left alone, with a message; ``--force`` replaces
  it after copying the old file to ``.almanac-backups/``.

A seed that fails (not text, empty, no district …) writes nothing; the others
still import, and the command exits 1.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import jieba
import yaml

from .build import describe
from .check import ArticleChecker
from .districts import Gazetteer, pinyin_slug
from .docs_tree import SEED_SUFFIXES
from .errors import AlmanacError
from .formats import ImageNote, Table, read_source
from .project import Project
from .read import SeedError
from .store import (
    ArticleFormatError,
    article_paths,
    read_article,
    render_article,
    write_all_atomic,
    write_atomic,
)
from .structure import Draft, apply_publication, load_hints, load_seed_meta, sidecar_path
from .yamlsafe import MAX_FRONT_MATTER_CHARS, safe_load, vet_file

MAX_SLUG_LENGTH = 48
_SAFE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Characters that would turn imported prose into Markdown or HTML markup.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]])")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_BLOCK_START = re.compile(r"^(#|>|[-+*] |\d+[.)] |=+$|-+$|\||:::|!!!|\?\?\?|\{:)")


def escape_markdown(text: str) -> str:
    """Imported text is prose: neutralise anything Markdown or HTML would act on."""
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    text = _TAG_START.sub("&lt;", text)
    if _BLOCK_START.match(text):
        text = "\\" + text
    return text


def render_body(draft: Draft) -> str:
    chunks: list[str] = []
    for section in draft.sections:
        if section.heading:
            chunks.append("#" * section.level + " " + escape_markdown(section.heading))
        # A paragraph is prose, or a table or picture note a Word, web or PDF file gave (generator/formats/).
        chunks.extend(
            p.markdown() if isinstance(p, (Table, ImageNote)) else escape_markdown(p)
            for p in section.paragraphs
        )
    return "\n\n".join(chunks) + "\n"


def front_matter(
    draft: Draft,
    seed_rel: str,
    seed_sha: str,
    key: str,
    district_slug: str,
    where: dict | None = None,
) -> dict:
    meta: dict = {"title": draft.title}
    if draft.subtitle:
        meta["subtitle"] = draft.subtitle
    if draft.kicker:
        meta["kicker"] = draft.kicker
    meta["district"] = draft.district
    meta["district_slug"] = district_slug
    if draft.prefecture:
        meta["prefecture"] = draft.prefecture
    if draft.province:
        meta["province"] = draft.province
    meta["authors"] = list(draft.authors)
    if draft.editors:
        meta["editors"] = list(draft.editors)
    if draft.photo_credit:
        meta["photo_credit"] = draft.photo_credit
    meta["captions"] = list(draft.captions)
    meta["summary"] = draft.summary
    for name in ("published", "source_name", "page"):
        if getattr(draft, name):
            meta[name] = getattr(draft, name)
    meta["source"] = {
        "file": seed_rel,
        **(where if where is not None else {"lines": [draft.first_line, draft.last_line]}),
    }
    if draft.source_url:
        meta["source"]["url"] = draft.source_url
    meta["source_sha256"] = seed_sha
    meta["import_key"] = key
    return meta


def title_slug(title: str) -> str:
    """Stable ASCII slug from a Chinese title: words' pinyin joined by hyphens."""
    words = [pinyin_slug(w) for w in jieba.cut(title, HMM=False)]
    slug = ""
    for word in filter(None, words):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG_LENGTH:
            break
        slug = candidate
    return slug or "article"


HINT_ROLES = ("caption", "headline", "banner", "lead_label")


def _vetted(seed_path: Path, kind: str) -> None:
    """A sidecar file is bounded (size, nesting, no YAML aliases) before it is parsed."""
    path = sidecar_path(seed_path, kind)
    problem = vet_file(path)
    if problem:
        raise SeedError(path, problem[1], problem[0])


def checked_hints(seed_path: Path) -> dict:
    """The seed's hints (structure.load_hints), bounded and of the types it expects."""
    _vetted(seed_path, "hints")
    path = sidecar_path(seed_path, "hints")
    hints = load_hints(seed_path)
    district, roles = hints.get("district"), hints.get("roles")
    if district is not None and not isinstance(district, str):
        raise SeedError(path, "district 应为区县名（一段文字）", 1)
    if roles is not None and not (
        isinstance(roles, dict)
        and all(isinstance(k, str) and v in HINT_ROLES for k, v in roles.items())
    ):
        raise SeedError(
            path, f"roles 应为“原文行: 角色”映射，角色为 {' / '.join(HINT_ROLES)} 之一", 1
        )
    return hints


def checked_seed_meta(seed_path: Path) -> dict[str, str]:
    """The seed's publication details (structure.load_seed_meta), bounded like hints."""
    _vetted(seed_path, "meta")
    return load_seed_meta(seed_path)


_KEY_LINE = re.compile(r"^import_key: *(.+?) *$", re.MULTILINE)
_TITLE_LINE = re.compile(r"^title: *(.+?) *$", re.MULTILINE)
_SOURCE_FILE_LINE = re.compile(
    r"^source:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+file: *(.+?) *$", re.MULTILINE
)


def _identity(path: Path) -> tuple[str | None, str | None, str | None]:
    """(import_key, source file, title) of an article on disk.

    From its front matter, or, when that does not parse (an editor's YAML
    error), from the lines the importer wrote: the article keeps its path.
    """
    try:
        meta = read_article(path).meta
    except ArticleFormatError:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:MAX_FRONT_MATTER_CHARS]
        except OSError:
            return None, None, None
        found = [
            m[1] if m else None
            for m in (r.search(text) for r in (_KEY_LINE, _SOURCE_FILE_LINE, _TITLE_LINE))
        ]
        key, source_file, title = (_scalar(v) for v in found)
        return key, source_file, title
    source = meta.get("source")
    source_file = source.get("file") if isinstance(source, dict) else None
    values = (meta.get("import_key"), source_file, meta.get("title"))
    return tuple(v if isinstance(v, str) else None for v in values)  # type: ignore[return-value]


def _scalar(value: str | None) -> str | None:
    """A one-line YAML scalar as the importer writes it (plain or quoted)."""
    if value is None:
        return None
    try:
        loaded = safe_load(value)
    except yaml.YAMLError:
        return value
    return loaded if isinstance(loaded, str) else value


@dataclass
class Planned:
    draft: Draft
    key: str
    path: Path
    text: str


class Importer:
    def __init__(
        self,
        project: Project,
        force: bool = False,
        dry_run: bool = False,
        quiet: bool = False,
        out=None,
        publication: dict[str, str] | None = None,
    ):
        self.project = project
        self.publication = dict(
            publication or {}
        )  # --published/--source-name …: for every seed of this run
        self.force = force
        self.dry_run = dry_run
        self.quiet = quiet
        self.out = out or sys.stdout
        # districts.yml is read with bounds (DistrictsError, path:line) before any seed.
        self.gazetteer = Gazetteer.load(project.data_dir)
        self.checker = ArticleChecker(project, self.gazetteer)
        self.by_key: dict[str, Path] = {}
        self.by_source: dict[tuple[str, str | None], Path] = {}
        self.taken: set[Path] = set()
        self.counts = {"new": 0, "updated": 0, "unchanged": 0, "kept": 0, "failed": 0}
        self.found: dict[Path, str] = {}  # seed → what was read in it (format, pages)
        self._index_existing()

    def say(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.out)

    def warn(self, message: str) -> None:
        print(message, file=sys.stderr)

    def _display(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.project.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def _index_existing(self) -> None:
        for path in article_paths(self.project.docs_dir):
            self.taken.add(path)
            key, source_file, title = _identity(path)
            if key is not None:
                self.by_key.setdefault(key, path)
            elif source_file is not None:
                # No import_key (deleted by an editor): the article is still its seed's, by source and title.
                self.by_source.setdefault((source_file, title), path)

    def _path_for(self, key: str, draft: Draft, district_slug: str, seed_rel: str) -> Path:
        if key in self.by_key:
            return self.by_key[key]
        for identity in ((seed_rel, draft.title), (seed_rel, None)):
            if identity in self.by_source:
                return self.by_source.pop(identity)
        folder = self.project.articles_dir / district_slug
        base = title_slug(draft.title)
        path = folder / f"{base}.md"
        n = 2
        while path in self.taken:
            path = folder / f"{base}-{n}.md"
            n += 1
        self.taken.add(path)
        return path

    def plan(self, seed_path: Path) -> list[Planned]:
        # Text, web page, Word document or PDF (generator/formats/): the file's own
        # publication details first, an editor's .meta.yml and the command line over them.
        source = read_source(seed_path)
        drafts = source.structure(self.gazetteer, checked_hints(seed_path))
        apply_publication(
            drafts, {**source.publication, **checked_seed_meta(seed_path), **self.publication}
        )
        self.found[seed_path] = source.describe()
        seed_rel = self._display(seed_path)
        planned = []
        for number, draft in enumerate(drafts, start=1):
            key = f"{seed_path.name}#{number}"
            district = self.gazetteer.resolve(draft.district, draft.prefecture)
            if not _SAFE_SLUG.match(district.slug):
                # A bad slug in districts.yml (`almanac check` reports it) must not put files outside docs/articles/.
                raise SeedError(
                    seed_path,
                    f"区县 {district.name} 在 docs/data/districts.yml 中的 slug “{district.slug}” 无效（只能用小写字母、数字和连字符）",
                )
            meta = front_matter(
                draft, seed_rel, source.sha256, key, district.slug, source.where(draft)
            )
            text = render_article(meta, render_body(draft))
            path = self._path_for(key, draft, district.slug, seed_rel)
            # What is written passes `almanac check` (its own rules, not a second
            # spelling of them): an import never leaves an article the build refuses.
            for problem in self.checker.problems(text, path)[:1]:
                raise SeedError(
                    seed_path,
                    f"导入结果未通过 almanac check（{problem.message}），未写入",
                    draft.first_line,
                )
            planned.append(Planned(draft, key, path, text))
            for warning in draft.warnings:
                self.warn(f"{seed_rel}:{draft.first_line}: 提醒：{warning}")
        return planned

    def decide(self, item: Planned) -> str:
        """What writing ``item`` means: new, updated, unchanged or kept (an editor's file)."""
        path = item.path
        rel = path.relative_to(self.project.root).as_posix()
        if not path.exists():
            return "new"
        try:
            current = read_article(path) if path.suffix == ".md" else None
        except ArticleFormatError as exc:
            # The editor's file does not parse (a YAML error): it is theirs, never a duplicate's reason.
            if not self.force:
                self.warn(
                    f"{exc}：文件无法读取，保留不动（改正后重新导入；或加 --force 用导入结果覆盖，旧文件会先备份）"
                )
                return "kept"
            self._back_up(path, rel, path.read_text(encoding="utf-8", errors="replace"))
            return "updated"
        if current is not None and current.text == item.text:
            return "unchanged"
        if current is not None and current.hand_edited and not self.force:
            self.warn(
                f"{rel}: 已被手工编辑，保留不动（如需用导入结果覆盖，请加 --force，旧文件会先备份）"
            )
            return "kept"
        if current is not None and current.hand_edited:
            self._back_up(path, rel, current.text)
        return "updated"

    def _back_up(self, path: Path, rel: str, text: str) -> None:
        if self.dry_run:
            return
        backup = self.project.backups_dir / time.strftime("%Y%m%d-%H%M%S") / rel
        write_atomic(backup, text)  # whole or not at all, like the article
        self.warn(f"{rel}: 手工编辑已备份到 {backup.relative_to(self.project.root).as_posix()}")

    def write(self, item: Planned) -> str:
        status = self.decide(item)
        if status in ("new", "updated") and not self.dry_run:
            write_atomic(item.path, item.text)
        return status

    def import_seed(self, seed_path: Path) -> list[tuple[Planned, str]]:
        """Plan, then write every article of one seed or none (a full disk fails before any rename)."""
        planned = self.plan(seed_path)
        decided = [(item, self.decide(item)) for item in planned]
        if not self.dry_run:
            write_all_atomic(
                {item.path: item.text for item, status in decided if status in ("new", "updated")}
            )
        return decided

    def run(self, seeds: list[Path]) -> int:
        for seed_path in seeds:
            try:
                decided = self.import_seed(seed_path)
            except (SeedError, ArticleFormatError) as exc:
                # WriteError too: a full disk or read-only folder, named; the next seed is tried.
                self.warn(
                    "\n".join(
                        f"almanac import: {line}" for line in describe(exc, self.project.root)
                    )
                )
                self.counts["failed"] += 1
                continue
            self.say(f"{self._display(seed_path)}: {len(decided)} 篇（{self.found[seed_path]}）")
            for item, status in decided:
                self.counts[status] += 1
                rel = item.path.relative_to(self.project.root).as_posix()
                self.say(f"  {item.draft.district} · {item.draft.title} → {rel} ({status})")
        c = self.counts
        summary = f"导入完成：新增 {c['new']}，更新 {c['updated']}，未变 {c['unchanged']}，保留手工编辑 {c['kept']}，失败 {c['failed']}"
        if self.dry_run:
            summary += "（试运行，未写入任何文件）"
        self.say(summary)
        return 1 if c["failed"] else 0


def default_seeds(project: Project) -> list[Path]:
    return (
        sorted(
            p
            for p in project.seeds_dir.iterdir()
            if p.suffix.lower() in SEED_SUFFIXES and p.is_file()
        )
        if project.seeds_dir.is_dir()
        else []
    )


def run_import(
    project: Project,
    seeds: list[Path],
    force: bool = False,
    quiet: bool = False,
    dry_run: bool = False,
    publication: dict[str, str] | None = None,
) -> int:
    seeds = seeds or default_seeds(project)
    if not seeds:
        raise AlmanacError(f"{project.seeds_dir} 中没有种子文件（{'、'.join(SEED_SUFFIXES)}）")
    return Importer(
        project, force=force, dry_run=dry_run, quiet=quiet, publication=publication
    ).run(seeds)
