"""``almanac check``: every problem in the articles and data files, in one run.

Editors change the almanac by pull request; this is what catches their
mistakes before the site is published. Each problem is one line,
``path:line: 说明`` (path relative to the checkout, 1-based line, plain Chinese),
and all problems are collected rather than stopping at the first. The MkDocs
plugin runs the same function, so ``mkdocs build --strict`` fails on the same
problems.

The data-file loaders (themes, metrics, glossary, schools) already raise
``path:line: message`` errors; they are reused here so a file has one set of
rules; the front matter schema is ``store.ArticleMeta``'s, whose refusals are
reported here at their key's line. What only this module checks: known
districts and themes, unique titles, that ``source.file`` exists, and raw HTML
that could run script in a reader's browser.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import yamlsafe
from .corpus import Entry
from .districts import Gazetteer
from .docs_tree import hand_written_pages, tree_problems
from .errors import LocatedError
from .memo import Rebuilds
from .project import Project
from .safety import nesting_problem, script_hazard
from .store import (
    FRONT_MATTER_FENCE,
    Article,
    ArticleFormatError,
    article_paths,
    parse_article,
    read_article,
    read_article_text,
)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the checkout, with / separators
    line: int  # 1-based
    message: str
    # A warning (提醒) is worth an editor's look but harms nothing, so it never
    # fails the check or the build: e.g. two articles of one district with one title.
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {'提醒：' if self.warning else ''}{self.message}"


class Checker:
    def __init__(self, project: Project, memo: Rebuilds | None = None):
        self.project = project
        self.problems: list[Problem] = []
        self.entries: list[Entry] = []  # every article read, in path order
        # `mkdocs serve`'s rebuilds: unchanged articles are neither parsed nor checked again.
        self.memo = memo

    # -- helpers ----------------------------------------------------------
    def rel(self, path: Path | str) -> str:
        path = Path(path)
        for root in (self.project.root, self.project.root.resolve()):
            try:
                return path.relative_to(root).as_posix()
            except ValueError:
                continue
        return path.as_posix()

    def add(self, path: Path | str, line: int, message: str, warning: bool = False) -> None:
        self.problems.append(Problem(self.rel(path), max(1, int(line)), message, warning))

    def add_error(self, exc: LocatedError) -> None:
        """A loader's error as a problem, at the place it names."""
        self.add(exc.path, exc.line, exc.message)

    # -- data files -------------------------------------------------------
    def check_data(self) -> None:
        from .enrich.facts import MetricTaxonomy
        from .enrich.glossary import load_terms
        from .enrich.schools import SchoolRules
        from .enrich.themes import ThemeTaxonomy

        data = self.project.data_dir
        self.check_districts(data / "districts.yml")
        self.themes: ThemeTaxonomy | None = None
        self.metrics: MetricTaxonomy | None = None
        for load in (
            lambda: ThemeTaxonomy.load(data),
            lambda: MetricTaxonomy.load(data / "metrics.yml"),
            lambda: load_terms(data),
            lambda: SchoolRules.load(data),
        ):
            try:
                loaded = load()
            except LocatedError as exc:  # each file's own error, from the one loader
                self.add_error(exc)
                continue
            if isinstance(loaded, ThemeTaxonomy):
                self.themes = loaded
            elif isinstance(loaded, MetricTaxonomy):
                self.metrics = loaded

    def check_districts(self, path: Path) -> None:
        if not path.is_file():
            self.add(path, 1, "缺少区县名录文件 docs/data/districts.yml")
            return
        try:
            file = yamlsafe.load_data_file(path)
        except LocatedError as exc:
            self.add_error(exc)
            return
        root, data = file.root, file.data
        items = _child(root, "districts")
        if not isinstance(items, yaml.SequenceNode):
            self.add(path, 1, "应有顶层键 districts: 区县列表")
            return
        seen: dict[str, int] = {}
        for node, item in zip(items.value, data["districts"], strict=True):
            line = node.start_mark.line + 1
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("name"), str)
                or not item["name"].strip()
            ):
                self.add(path, line, "每个区县须写成 {name: 区县全称, slug: 拼音, short: [简称]}")
                continue
            slug = item.get("slug")
            if slug is not None and not (isinstance(slug, str) and SLUG.match(slug)):
                self.add(
                    path,
                    line,
                    f"区县 {item['name']} 的 slug 只能用小写字母、数字和连字符：{slug!r}",
                )
            short = item.get("short")
            if short is not None and not (
                isinstance(short, list) and all(isinstance(s, str) for s in short)
            ):
                self.add(path, line, f"区县 {item['name']} 的 short 应为简称列表，如 [巴南]")
            for key in (item["name"], slug):
                if isinstance(key, str):
                    if key in seen:
                        self.add(path, line, f"区县 {key} 重复（第 {seen[key]} 行已有）")
                    seen.setdefault(key, line)

    # -- articles ---------------------------------------------------------
    def check_articles(self) -> None:
        # With districts.yml itself broken (already reported), districts are not checked.
        self.gazetteer = None if self._districts_broken() else Gazetteer.load(self.project.data_dir)
        titles: dict[tuple[str, str], Article] = {}
        data = self._data_fingerprint() if self.memo is not None else ""
        for path in article_paths(self.project.docs_dir):
            try:
                # Kept for the build, which then reads and parses no article a second time.
                entry = self._read(path)
            except ArticleFormatError as exc:
                self.add(exc.path, exc.line, exc.message)
                continue
            article = entry.article
            self.entries.append(entry)
            lines = self._check_article(entry, data)
            title, district = article.title, article.district
            if title and district:
                title_key = (district, " ".join(title.split()))
                if title_key in titles:
                    other = self.rel(titles[title_key].path)
                    self.add(
                        path,
                        lines.get("title", 2),
                        f"标题与同一区县的 {other} 相同：读者难以区分，请改动其中一篇的 title",
                        warning=True,
                    )
                else:
                    titles[title_key] = article

    def _read(self, path: Path) -> Entry:
        def entry(article: Article) -> Entry:
            return Entry(article, article.path.relative_to(self.project.docs_dir).as_posix())

        if self.memo is None:
            return entry(read_article(path))
        text = read_article_text(path)
        return self.memo.articles.get((str(path), text), lambda: entry(parse_article(text, path)))

    def _check_article(self, entry: Entry, data: str) -> dict[str, int]:
        """:meth:`check_article`, from the memo when the article, the data files and
        what the check looks up on disk for it are as they were."""
        article = entry.article
        if self.memo is None:
            return self.check_article(article, entry)
        start = len(self.problems)

        def check() -> tuple[tuple[Problem, ...], dict[str, int]]:
            lines = self.check_article(article, entry)
            return tuple(self.problems[start:]), lines

        key = (str(article.path), article.text, data, self._disk_facts(article))
        problems, lines = self.memo.checks.get(key, check)
        if len(self.problems) == start:  # from the memo
            self.problems.extend(problems)
        return lines

    def _data_fingerprint(self) -> str:
        """SHA-256 of every file under docs/data/ (names and bytes): what the
        article rules read besides the article (districts, themes, metrics …)."""
        digest = hashlib.sha256()
        data = self.project.data_dir
        for path in sorted(data.rglob("*")) if data.is_dir() else ():
            if path.is_file():
                digest.update(path.relative_to(data).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
        return digest.hexdigest()

    def _disk_facts(self, article: Article) -> tuple:
        """What an article's check looks up outside the article and docs/data/: whether
        its ``source.file`` exists, whether its ``template`` is a page template."""
        file = article.front_matter.source.file
        source = None
        if file:
            target = (self.project.root.resolve() / file).resolve()
            source = (str(target), target.is_file())
        template = None
        if "template" in article.meta:
            name = article.meta["template"]
            template = (repr(name), bool(_template_exists(self.project, name)))
        return source, template

    def check_article(self, article: Article, entry: Entry | None = None) -> dict[str, int]:
        """One article's own problems (not those between articles); its keys' lines."""
        root = _front_matter_root(article)
        lines = _key_lines(root)
        for key, line in _duplicate_keys(root):
            self.add(
                article.path,
                line,
                f"前言中 {key} 出现了两次（第 {lines.get(key)} 行已有）：只保留一个",
            )
        before = len(self.problems)
        self.check_front_matter(article, lines)
        self.check_html(article, lines)
        if len(self.problems) == before:
            if entry is None:  # the importer's article, not yet on disk
                docs = self.project.docs_dir
                rel = (
                    article.path.relative_to(docs).as_posix()
                    if article.path.is_relative_to(docs)
                    else article.path.name
                )
                entry = Entry(article, rel)
            self.check_facts(entry)
        return lines

    def _districts_broken(self) -> bool:
        return any(p.path.endswith("districts.yml") for p in self.problems)

    def check_front_matter(self, article: Article, lines: dict[str, int]) -> None:
        meta, path = article.meta, article.path
        where = lambda key: lines.get(key, 2)  # noqa: E731 — line of a key, else the first front matter line
        # The schema is store.ArticleMeta's: the values it refuses are those the build would drop.
        for problem in article.meta_problems:
            self.add(path, where(problem.key), problem.message)
        self.check_place(article, where)
        self.check_source(article, where)
        if self.themes is not None:
            for name in article.front_matter.themes:
                if self.themes.get(name) is None:
                    self.add(
                        path,
                        where("themes"),
                        f"未知专题 “{name}”：专题名须与 docs/data/themes.yml 中的 name 一致（或先在该文件中添加；不属于任何专题的标签请写在 tags 下）",
                    )
        # template is Material's page key, read from the dict as MkDocs reads it.
        template = meta.get("template")
        if "template" in meta and not _template_exists(self.project, template):
            self.add(
                path,
                where("template"),
                f"template 指向的页面模板不存在：{template!r}（可用 templates/theme/ 中的 .html 文件，或删去此键）",
            )

    def check_place(self, article: Article, where) -> None:
        meta, path = article.front_matter, article.path
        district, slug, prefecture = meta.district, meta.district_slug, meta.prefecture
        if not district.strip() or self.gazetteer is None:
            return
        name = district.strip()
        known = self.gazetteer.get(name)
        if known is not None and prefecture and known.prefecture and prefecture != known.prefecture:
            known = None  # 宁波市江北区, not the almanac's own 江北区
        national = self.gazetteer.national_division(name, prefecture) if known is None else None
        if national is not None:
            # A county from anywhere in China imports; the editors' list only fixes slugs and short names.
            expected = self.gazetteer.resolve(name, national.prefecture).slug
            self.add(
                path,
                where("district"),
                f"{national.province}{national.prefecture}{name}不在 docs/data/districts.yml 中：已按全国区划名录收录（slug {expected}）；如需固定网址或简称，请在该文件中添加",
                warning=True,
            )
            if slug and slug != expected:
                self.add(
                    path,
                    where("district_slug"),
                    f"district_slug 应为 {expected}（由区县名的拼音得出），而不是 {slug}",
                )
        elif known is None or known.name != name:
            hint = f"（是否应为 {known.name}？）" if known else ""
            self.add(
                path,
                where("district"),
                f"未知区县 “{district}”{hint}：请写区县全称，或先在 docs/data/districts.yml 中添加该区县",
            )
        elif slug and slug != known.slug:
            self.add(
                path,
                where("district_slug"),
                f"district_slug 应为 {known.slug}（docs/data/districts.yml 中 {known.name} 的 slug），而不是 {slug}",
            )
        if slug and not SLUG.match(slug):
            self.add(
                path,
                where("district_slug"),
                f"district_slug 只能用小写字母、数字和连字符：{slug!r}",
            )
        rel = article.path.relative_to(self.project.articles_dir)
        if len(rel.parts) != 2:
            self.add(path, 1, "文章须放在 docs/articles/<区县 slug>/ 目录下（不能再分子目录）")
        elif slug and rel.parts[0] != slug:
            self.add(
                path,
                where("district_slug"),
                f"文件在 articles/{rel.parts[0]}/ 下，但 district_slug 是 {slug}：两者须一致",
            )
        if not SLUG.match(article.path.stem):
            self.add(
                path, 1, f"文件名 “{article.path.name}” 只能用小写字母、数字和连字符（它就是网址）"
            )

    def check_source(self, article: Article, where) -> None:
        """Where ``source.file`` points (its form is the schema's: store.ArticleMeta)."""
        file = article.front_matter.source.file
        if not file:
            return
        root = self.project.root.resolve()
        target = (root / file).resolve()
        if Path(file).is_absolute() or root not in target.parents:
            self.add(article.path, where("source"), f"source.file 须为仓库内的相对路径：{file}")
        elif not target.is_file():
            self.add(article.path, where("source"), f"source.file 指向的文件不存在：{file}")

    def check_html(self, article: Article, lines: dict[str, int]) -> None:
        """Script-running markup in the body (front matter is always escaped)."""
        self.check_markup(article.path, article.body, article.body_line)

    def check_markup(self, path: Path, body: str, first_line: int) -> None:
        # For editors' path:line messages only: what is published is sanitised
        # (generator/sanitize.py), so a fence Python-Markdown does not take for
        # one (and that hides a line from here) no longer runs anything.
        nested = nesting_problem(body)
        if nested:
            self.add(path, first_line + nested[0] - 1, nested[1])
        in_code = False
        for offset, text in enumerate(body.split("\n")):
            if text.lstrip().startswith(("```", "~~~")):
                in_code = not in_code
                continue
            hazard = None if in_code else script_hazard(_CODE_SPAN.sub("``", text))
            if hazard:
                self.add(path, first_line + offset, hazard)

    # -- the rest of docs/ and seeds/ -------------------------------------
    def check_tree(self) -> None:
        """Links, special files and active files (generator/docs_tree.py); hand-written pages' markup."""
        for path, problem in tree_problems(self.project.root):
            self.add(path, 1, problem)
        for path in hand_written_pages(self.project.docs_dir):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                self.add(path, 1, f"不是 UTF-8 文本（第 {exc.start} 字节）")
                continue
            except OSError as exc:
                self.add(path, 1, f"无法读取：{exc.strerror}")
                continue
            self.check_markup(path, text, 1)

    def check_facts(self, entry: Entry) -> None:
        if "facts" not in entry.meta or self.metrics is None:
            return
        from .enrich.facts import corrections

        try:
            corrections(entry, self.metrics)
        except ArticleFormatError as exc:
            self.add(exc.path, exc.line, exc.message)

    def run(self) -> list[Problem]:
        self.entries = []
        self.check_tree()
        self.check_data()
        self.check_articles()
        return sorted(set(self.problems), key=lambda p: (p.path, p.line, p.message))


class ArticleChecker:
    """The check's rules for one article at a time (the importer's, before it writes).

    The data files are read once; with one of them broken (``almanac check``
    reports it) the rules that need it are left out, as the check does.
    """

    def __init__(self, project: Project, gazetteer: Gazetteer | None = None):
        self.checker = Checker(project)
        self.checker.check_data()
        if self.checker._districts_broken():
            gazetteer = None
        elif gazetteer is None:
            gazetteer = Gazetteer.load(project.data_dir)
        self.checker.gazetteer = gazetteer

    def problems(self, text: str, path: Path) -> list[Problem]:
        """The errors ``almanac check`` would report for ``text`` written at ``path``."""
        self.checker.problems = []
        try:
            article = parse_article(text, path)
        except ArticleFormatError as exc:
            return [Problem(self.checker.rel(exc.path), exc.line, exc.message)]
        self.checker.check_article(article)
        return errors(sorted(set(self.checker.problems)))


def check_project(project: Project) -> list[Problem]:
    """Every problem (errors and warnings) in ``project``'s articles and data files, sorted by place."""
    return Checker(project).run()


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.warning]


# -- small helpers -----------------------------------------------------------

# An inline code span (`<script>` in the editing guide) shows its text as code.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def _child(node, key: str):
    if not isinstance(node, yaml.MappingNode):
        return None
    for k, v in node.value:
        if getattr(k, "value", None) == key:
            return v
    return None


def _front_matter_root(article: Article) -> yaml.MappingNode | None:
    lines = article.text.split("\n")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == FRONT_MATTER_FENCE)
        root = yamlsafe.compose("\n".join(lines[1:end]))
    except (StopIteration, yaml.YAMLError):
        return None
    return root if isinstance(root, yaml.MappingNode) else None


def _key_lines(root: yaml.MappingNode | None) -> dict[str, int]:
    """1-based file line of each top-level front matter key (its first occurrence)."""
    lines: dict[str, int] = {}
    for key, _ in root.value if root is not None else ():
        lines.setdefault(str(key.value), key.start_mark.line + 2)
    return lines


def _duplicate_keys(root: yaml.MappingNode | None) -> list[tuple[str, int]]:
    """Keys written twice (YAML keeps the last silently; the editor meant one)."""
    seen: set[str] = set()
    found = []
    for key, _ in root.value if root is not None else ():
        if str(key.value) in seen:
            found.append((str(key.value), key.start_mark.line + 2))
        seen.add(str(key.value))
    return found


def _template_exists(project: Project, name) -> bool:
    """Whether ``name`` is a page template the build would find (the build drops any other)."""
    import material

    from .safety import _TEMPLATE, theme_file

    dirs = (project.templates_dir / "theme", Path(material.__file__).parent / "templates")
    return (
        isinstance(name, str)
        and bool(_TEMPLATE.match(name))
        and name != "redirect.html"
        and theme_file(dirs, name)
    )
