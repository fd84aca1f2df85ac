"""Themes (专题): the editor-maintained taxonomy and where articles discuss each theme.

The taxonomy lives in ``docs/data/themes.yml``. Matching is at heading and
paragraph level, so a theme page can link to the exact heading or paragraph where
a district talks about the theme. One regular expression with every keyword finds
the candidates in one scan (the cost grows linearly with the corpus, no pairwise
comparison of articles); a candidate counts only where the keyword stands as a
word (:func:`stands_as_word`, jieba's segmentation) and outside the theme's
``exclude`` phrases.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import jieba

from .. import yamlsafe
from ..corpus import BodySection, Corpus, Entry, Paragraph
from ..errors import LocatedError
from ..memo import Memo

jieba.setLogLevel(60)  # jieba logs its dictionary loading at INFO

THEMES_FILE = "themes.yml"
EXCERPT_CHARS = 90  # about two lines of Chinese on a theme page
# Paragraphs naming a theme that make it one of an article's chips (with a heading, one is enough):
# the seeds' articles mention 7–13 themes each, and are about 2–5 of them.
STRONG_PARAGRAPHS = 3
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class TaxonomyError(LocatedError):
    """A problem in the themes data file, located by path and 1-based line."""


@dataclass(frozen=True)
class ThemeProject:
    """A named sub-item of a theme (e.g. 巴南's 民生工程 within 六大工程)."""

    slug: str
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str
    description: str
    keywords: tuple[str, ...]
    synonyms: tuple[str, ...] = ()
    projects: tuple[ThemeProject, ...] = ()
    # Phrases holding a keyword that do not discuss the theme (家长掌握科学教育方法
    # is parenting, not 科学教育): segmentation cannot tell them apart.
    exclude: tuple[str, ...] = ()

    @property
    def own_terms(self) -> tuple[str, ...]:
        """The theme's name, keywords and synonyms (not its projects')."""
        return tuple(dict.fromkeys(t for t in (self.name, *self.keywords, *self.synonyms) if t))

    @property
    def terms(self) -> tuple[str, ...]:
        """Every string that marks text as discussing this theme."""
        found = list(self.own_terms)
        for project in self.projects:
            found += [project.name, *project.keywords]
        return tuple(dict.fromkeys(t for t in found if t))


@dataclass
class ThemeTaxonomy:
    """The themes of ``docs/data/themes.yml``, in the editors' order."""

    themes: list[Theme]
    path: str = f"data/{THEMES_FILE}"  # docs-relative, for edit links

    def get(self, name_or_slug: str) -> Theme | None:
        for theme in self.themes:
            if name_or_slug in (theme.name, theme.slug):
                return theme
        return None

    @classmethod
    def load(cls, data_dir: Path) -> ThemeTaxonomy:
        path = Path(data_dir) / THEMES_FILE
        if not path.is_file():
            return cls([])
        file = yamlsafe.load_data_file(path, TaxonomyError)
        data = file.data or {}
        items = data.get("themes") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise TaxonomyError(path, 1, "应有顶层键 themes: 专题列表")
        themes: list[Theme] = []
        seen: dict[str, str] = {}
        for line, item in file.items("themes"):
            theme = _theme(item, path, line)
            for key in (theme.slug, theme.name):
                if key in seen:
                    raise TaxonomyError(path, line, f"专题 {key} 重复（已在 {seen[key]} 定义）")
                seen[key] = f"第 {line} 行"
            themes.append(theme)
        return cls(themes)


def _strings(value, path, line, what) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise TaxonomyError(path, line, f"{what} 应为字符串列表")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _theme(item, path, line) -> Theme:
    if not isinstance(item, dict):
        raise TaxonomyError(path, line, "每个专题应为“键: 值”映射")
    name = str(item.get("name") or "").strip()
    slug = str(item.get("slug") or "").strip()
    if not name:
        raise TaxonomyError(path, line, "专题缺少 name")
    if not _SLUG.match(slug):
        raise TaxonomyError(
            path, line, f"专题 {name} 的 slug 应为小写 ASCII 字母、数字和连字符：{slug!r}"
        )
    projects = []
    for sub in item.get("projects") or []:
        if (
            not isinstance(sub, dict)
            or not sub.get("name")
            or not _SLUG.match(str(sub.get("slug") or ""))
        ):
            raise TaxonomyError(path, line, f"专题 {name} 的 projects 每项需要 name 和 ASCII slug")
        projects.append(
            ThemeProject(
                str(sub["slug"]),
                str(sub["name"]),
                _strings(sub.get("keywords"), path, line, "keywords"),
            )
        )
    return Theme(
        slug=slug,
        name=name,
        description=str(item.get("description") or "").strip(),
        keywords=_strings(item.get("keywords"), path, line, "keywords"),
        synonyms=_strings(item.get("synonyms"), path, line, "synonyms"),
        projects=tuple(projects),
        exclude=_strings(item.get("exclude"), path, line, "exclude"),
    )


@dataclass
class Evidence:
    """Where one article discusses one theme: a heading or a paragraph."""

    entry: Entry
    section: BodySection
    paragraph: Paragraph | None  # None: the heading itself names the theme
    excerpt: str
    hits: int  # paragraphs of the section that mention the theme
    projects: tuple[str, ...] = ()  # slugs of the theme's projects mentioned

    @property
    def anchor(self) -> str:
        if self.paragraph is None:
            return self.section.anchor
        return self.paragraph.anchor

    @property
    def link(self) -> str:
        """docs-relative link target, e.g. ``articles/banan/x.md#anchor``."""
        return f"{self.entry.docs_path}#{self.anchor}" if self.anchor else self.entry.docs_path

    @property
    def place(self) -> str:
        """Human label of the place: the section title, 导语 for the lead, 全文
        for a theme assigned to the whole article in front matter."""
        if self.section.title:
            return self.section.title
        return "导语" if self.paragraph is not None else "全文"


@dataclass
class ThemeIndex:
    taxonomy: ThemeTaxonomy
    evidence: dict[str, list[Evidence]]  # theme slug → evidence, corpus order
    article_themes: dict[str, list[Theme]]  # entry docs_path → themes, taxonomy order
    extra_tags: dict[str, list[str]]  # entry docs_path → front-matter themes not in the taxonomy

    def tags(self, entry: Entry) -> list[str]:
        """The article's Material tags: its strongest themes' names, then its extra themes."""
        return [t.name for t in self.strong_themes(entry)] + self.extra_tags.get(
            entry.docs_path, []
        )

    def strong_themes(self, entry: Entry) -> list[Theme]:
        """The themes an article is about, not merely mentions: a heading names it,
        or ``STRONG_PARAGRAPHS`` paragraphs or more do, or the editor assigned it.
        They are its chips above the title; the 专题 line lists every theme."""
        mine = self._evidence_by_article
        strong = []
        for theme in self.article_themes.get(entry.docs_path, []):
            items = mine.get((entry.docs_path, theme.slug), [])
            headed = any(i.paragraph is None for i in items)  # a heading, or front matter (全文)
            if headed or sum(i.hits for i in items) >= STRONG_PARAGRAPHS:
                strong.append(theme)
        return strong

    @cached_property
    def _evidence_by_article(self) -> dict[tuple[str, str], list[Evidence]]:
        # Grouped by article once (every article page asks): linear in the evidence.
        mine: dict[tuple[str, str], list[Evidence]] = {}
        for slug, found in self.evidence.items():
            for item in found:
                mine.setdefault((item.entry.docs_path, slug), []).append(item)
        return mine

    @cached_property
    def _evidence_by_district(self) -> dict[str, dict[str, list[Evidence]]]:
        # Grouped once: every district page asks for every theme's grouping.
        groups: dict[str, dict[str, list[Evidence]]] = {}
        for slug, found in self.evidence.items():
            grouped = groups.setdefault(slug, {})
            for item in found:
                grouped.setdefault(item.entry.district, []).append(item)
        return groups

    def by_district(self, theme: Theme, corpus: Corpus) -> dict[str, list[Evidence]]:
        grouped = self._evidence_by_district.get(theme.slug, {})
        return dict(sorted(grouped.items(), key=lambda kv: corpus.district_sort_key(kv[0])))

    def project_evidence(self, theme: Theme, project: ThemeProject) -> list[Evidence]:
        return [e for e in self.evidence.get(theme.slug, []) if project.slug in e.projects]


def excerpt(text: str, position: int = 0, width: int = EXCERPT_CHARS) -> str:
    """About ``width`` characters of ``text`` around ``position``, with ellipses."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    start = max(0, min(position - width // 3, len(text) - width))
    piece = text[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


# jieba reads these runs as separate texts (its own re_han_default): segmenting the
# run around a match gives the words the whole paragraph would have there.
_SEGMENT_RUN = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    # HMM off: only dictionary words, so the same text always cuts the same way.
    return tuple(jieba.cut(text, HMM=False))


@lru_cache(maxsize=4096)
def _bounds(text: str) -> frozenset[int]:
    """Offsets where the words of ``text`` start, and its end."""
    out, at = {0}, 0
    for word in _words(text):
        at += len(word)
        out.add(at)
    return frozenset(out)


def _runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SEGMENT_RUN.finditer(text)]


def stands_as_word(
    text: str,
    start: int,
    end: int,
    runs: list[tuple[int, int]] | None = None,
    cut: dict[int, frozenset[int]] | None = None,
) -> bool:
    """Whether ``text[start:end]`` (a keyword) is a word or words of ``text``, not
    a piece of longer ones.

    The text and the keyword are cut into words by jieba. The keyword counts when
    (1) none of its own words is split by the text's words (2500名师生 cuts 名|师生:
    名师 is not there), and (2) it is not glued into longer words at both ends:
    one end may belong to a longer word (基础教育|集团 is an 教育集团, 心理|辅导站 is
    about 心理辅导), but 北京体育大学 is a name, not 体育, and 教育|心理 holds no 育心.
    ``runs`` and ``cut`` let a caller with many matches in one text segment it once.
    """
    runs = _runs(text) if runs is None else runs
    at = bisect.bisect_right(runs, (start, len(text) + 1)) - 1
    if at < 0 or runs[at][1] < end:
        return True  # punctuation inside the keyword (互联网+ at a run's edge): as written
    cut = {} if cut is None else cut
    if at not in cut:
        cut[at] = _bounds(text[runs[at][0] : runs[at][1]])
    bounds, offset = cut[at], runs[at][0]
    edges = sorted(_bounds(text[start:end]))
    for a, b in zip(edges, edges[1:], strict=False):  # the keyword's own words
        if any(p - offset in bounds for p in range(start + a + 1, start + b)):
            return False  # a word of the keyword is split
    return start - offset in bounds or end - offset in bounds


class _Matcher:
    """One alternation of every theme term, longest first, mapped back to themes."""

    def __init__(self, taxonomy: ThemeTaxonomy, memo: Memo | None = None):
        # ``memo`` (a serve's rebuilds, generator/memo.py): each text's mentions, for this taxonomy.
        self.memo = memo
        self.taxonomy = repr(taxonomy.themes) if memo is not None else ""
        self.owners: dict[str, list[tuple[Theme, str | None]]] = {}
        for theme in taxonomy.themes:
            for term in theme.terms:
                self.owners.setdefault(term, []).append((theme, None))
            for project in theme.projects:
                for term in dict.fromkeys((project.name, *project.keywords)):
                    self.owners.setdefault(term, []).append((theme, project.slug))
        terms = sorted(self.owners, key=lambda t: (-len(t), t))
        self.pattern = re.compile("|".join(map(re.escape, terms))) if terms else None
        excluded = {t.slug: t.exclude for t in taxonomy.themes if t.exclude}
        self.exclude = {
            slug: re.compile("|".join(map(re.escape, sorted(phrases, key=lambda p: -len(p)))))
            for slug, phrases in excluded.items()
        }

    def find(self, text: str) -> dict[str, tuple[int, set[str]]]:
        """theme slug → (position of the first mention, project slugs mentioned); read only."""
        if self.memo is None:
            return self._find(text)
        return self.memo.get((self.taxonomy, text), lambda: self._find(text))

    def _find(self, text: str) -> dict[str, tuple[int, set[str]]]:
        found: dict[str, tuple[int, set[str]]] = {}
        if self.pattern is None:
            return found
        vetoes: dict[str, list[tuple[int, int]]] = {}
        runs: list[tuple[int, int]] | None = None
        cut: dict[int, frozenset[int]] = {}  # each run of the text segmented once
        for match in self.pattern.finditer(text):
            runs = _runs(text) if runs is None else runs
            if not stands_as_word(text, match.start(), match.end(), runs, cut):
                continue
            for theme, project in self.owners[match.group(0)]:
                if theme.slug in self.exclude:
                    spans = vetoes.get(theme.slug)
                    if spans is None:
                        spans = vetoes[theme.slug] = [
                            m.span() for m in self.exclude[theme.slug].finditer(text)
                        ]
                    if any(a <= match.start() and match.end() <= b for a, b in spans):
                        continue
                position, projects = found.setdefault(theme.slug, (match.start(), set()))
                if project:
                    projects.add(project)
        return found


def index_themes(corpus: Corpus, taxonomy: ThemeTaxonomy, memo: Memo | None = None) -> ThemeIndex:
    matcher = _Matcher(taxonomy, memo)
    order = {t.slug: i for i, t in enumerate(taxonomy.themes)}
    evidence: dict[str, list[Evidence]] = {t.slug: [] for t in taxonomy.themes}
    article_themes: dict[str, list[Theme]] = {}
    extra_tags: dict[str, list[str]] = {}
    with_projects = [t for t in taxonomy.themes if t.projects]
    for entry in corpus.entries:
        found: set[str] = set()
        # A project name alone (领雁工程 is also a city-wide programme) does not
        # put an article under the theme: the article must name the theme too.
        unqualified = {
            t.slug
            for t in with_projects
            if not any(term in entry.article.body for term in t.own_terms)
        }
        for section in entry.sections:
            for slug, item in _section_evidence(entry, section, matcher).items():
                if slug in unqualified:
                    continue
                evidence[slug].append(item)
                found.add(slug)
        extras: list[str] = []
        for name in entry.front_matter.themes:
            theme = taxonomy.get(name)
            if theme is None:
                extras.append(name)
            elif theme.slug not in found:
                found.add(theme.slug)
                evidence[theme.slug].append(_whole_article(entry))
        # Free labels go under `tags:` (`almanac check` wants `themes:` to name taxonomy themes).
        extras += entry.front_matter.tags
        article_themes[entry.docs_path] = sorted(
            (t for s in found if (t := taxonomy.get(s)) is not None), key=lambda t: order[t.slug]
        )
        extra_tags[entry.docs_path] = list(dict.fromkeys(extras))
    return ThemeIndex(taxonomy, evidence, article_themes, extra_tags)


def _section_evidence(entry: Entry, section: BodySection, matcher: _Matcher) -> dict[str, Evidence]:
    """At most one piece of evidence per theme for a section."""
    result: dict[str, Evidence] = {}
    in_title = matcher.find(section.title) if section.anchor else {}
    first: dict[str, tuple[Paragraph, int]] = {}
    hits: dict[str, int] = {}
    projects: dict[str, set[str]] = {slug: set(p) for slug, (_, p) in in_title.items()}
    for paragraph in section.paragraphs:
        for slug, (position, mentioned) in matcher.find(paragraph.text).items():
            first.setdefault(slug, (paragraph, position))
            hits[slug] = hits.get(slug, 0) + 1
            projects.setdefault(slug, set()).update(mentioned if slug not in in_title else ())
    for slug in [*in_title, *(s for s in first if s not in in_title)]:
        if slug in in_title:
            lead = first.get(slug) or ((section.paragraphs[0], 0) if section.paragraphs else None)
            text = excerpt(lead[0].text, lead[1]) if lead else ""
            result[slug] = Evidence(
                entry, section, None, text, hits.get(slug, 0), tuple(sorted(projects[slug]))
            )
        else:
            paragraph, position = first[slug]
            result[slug] = Evidence(
                entry,
                section,
                paragraph,
                excerpt(paragraph.text, position),
                hits[slug],
                tuple(sorted(projects[slug])),
            )
    return result


def _whole_article(entry: Entry) -> Evidence:
    """Evidence for a theme an editor assigned in front matter: the article's lead."""
    section = entry.sections[0] if entry.sections else BodySection(title="", anchor="", level=1)
    summary = entry.front_matter.summary or section.text
    return Evidence(entry, BodySection(title="", anchor="", level=1), None, excerpt(summary), 0)
