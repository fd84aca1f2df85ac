"""Quantitative facts in article text: "组建7个优质教育集团" → 7 个, metric 教育集团数量.

Pure functions, two layers:

* :func:`extract_facts` — one paragraph's text → :class:`Fact` list (value, unit,
  qualifier 余/多/近/超/以上…, period 近五年/2022年…, the quoted sentence, and the
  metric from the taxonomy, or ``None``).
* :func:`corpus_facts` — every article → :class:`SourcedFact` list with provenance
  (district from the article's front matter, article URL, paragraph anchor), after
  applying the editors' corrections from front matter.

Precision before recall: a number becomes a fact only when a measure word follows
it (个/所/名/人次/亿元/%…), so years (2021年), dates (9月6日) and durations are never
quantities; numbers after 第 (第二届, 第十四届), inside quotation marks (“124”战略)
or after 每 (每周1次) are skipped. Chinese numerals (parsed by cn2an) mostly name
slogans (六大工程, 三个关键), so they are kept only when they match a metric
(八个学区).

Editors' corrections (article front matter, key ``facts``)::

    facts:
      - metric: new-school-places   # slug from docs/data/metrics.yml (or its name)
        value: 45990                # number in the metric's unit (元, not 亿元); null = drop
        unit: 个                    # optional, default: the metric's unit
        qualifier: 近               # optional: 余 多 近 超 约 逾 以上 左右
        period: 近五年              # optional
        paragraph: p-1a2b3c4d       # optional: anchor of the paragraph it comes from,
        sentence: 新增学位45990个   #   or a piece of its text (the paragraph is found by it)
        note: 据区教委更正          # optional, shown with the figure

An entry replaces every extracted fact of the same metric in that article (so a
correction beats extraction); several entries for one metric give several figures;
``value: null`` removes the metric's figures from that article. Corrections live in
the article file, which the importer never overwrites once edited, so they survive
re-import. An entry without ``metric`` adds an unclassified fact.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import cn2an

from .. import yamlsafe
from ..cache import code_fingerprint
from ..errors import LocatedError
from ..store import ArticleFormatError

# Full-width digits, letters and ％ → ASCII (one character for one). Full-width
# punctuation (，；：（）) is the normal Chinese punctuation and stays.
_FULLWIDTH = {
    code: code - 0xFEE0
    for code in (
        *range(0xFF10, 0xFF1A),
        *range(0xFF21, 0xFF3B),
        *range(0xFF41, 0xFF5B),
        0xFF05,
        0xFF0B,
    )
}

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACE_IN_CJK = re.compile(
    rf"(?<=[{_CJK}\d%“”，。、；：！？（）])\s+(?=[{_CJK}\d“”，。、；：！？（）])"
)


def _measures() -> dict[str, Any]:
    return yamlsafe.package_data("measures.yml")


_MEASURES = _measures()
# Measure words and units (generator/data/measures.yml), longest first so 人次
# wins over 人 and 个百分点 over 个.
UNITS = tuple(sorted(map(str, _MEASURES["units"]), key=len, reverse=True))
# A traditional page's measure characters, read one for one as simplified.
_TRADITIONAL = {
    ord(k): v
    for k, v in ((str(k), str(v)) for k, v in _MEASURES["traditional"].items())
    if len(k) == 1
}
_COUNTED_IN_WORDS = frozenset(str(u) for u in _MEASURES.get("counted_in_words", ()))
PREFIX_QUALIFIERS = ("将近", "超过", "近", "超", "逾", "约")
SUFFIX_QUALIFIERS = ("余", "多")
POST_QUALIFIERS = ("以上", "左右")
_QUALIFIER_NORMAL = {"超过": "超", "将近": "近"}
_MAGNITUDES = {"万": 10_000, "亿": 100_000_000}

_CN_DIGITS = "〇零一二两三四五六七八九十百千"
_NUMBER = re.compile(
    r"(?P<pre>" + "|".join(PREFIX_QUALIFIERS) + r")?"
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十][" + _CN_DIGITS + r"万亿]*)"
    r"(?P<q1>[余多])?(?P<mag>[万亿])?(?P<q2>[余多])?"
    r"(?P<unit>" + "|".join(map(re.escape, UNITS)) + r")?"
    r"(?P<post>以上|左右)?"
)
# Where a clause starts: the words right before a number are read back to here.
_CLAUSE_BREAK = re.compile(r"[，。；！？：、,;:!?（）()“”‘’《》「」\"\s]")
_SENTENCE = re.compile(r"[^。！？；]*(?:[。！？；]+[”’」』]*|$)")
# Verbs between the noun and its number that say nothing about the metric.
_LINKING = ("达到", "共计", "累计", "总计", "合计", "达", "共", "为")

_PERIOD = re.compile(
    r"(?:近|最近)[一二三四五六七八九十两\d]+年"
    r"|\d{4}(?:—|–|-|至|到)\d{4}学?年度?"
    r"|\d{4}年度?(?:\d{1,2}月)?"
    r"|“?十[一二三四五六]五”?(?:期间|时期|以来)"
    r"|近年来|今年|去年|前年|每年"
)

# A plan whose title names its length: the figures after it are the plan's.
_PLAN = re.compile(r"《[^》]*?([一二三四五六七八九十两\d]+年)[^》]*?(?:计划|规划|方案)》")


@dataclass(frozen=True)
class Fact:
    """One quantity stated in a paragraph."""

    value: int | float  # in the base unit: 31.7亿元 → 3170000000 (unit 元)
    # The metric's unit for a classified figure (10大教育集团 → 个, 惠及17万学生 → 人), so
    # figures of one metric compare; otherwise the measure word as written.
    unit: str
    qualifier: str  # 余 多 近 超 约 逾 以上 左右, or ""
    period: str  # 近五年, 2022年, 每年 … or ""
    sentence: str
    metric: str | None = None  # metric slug, None when no metric matches
    number: str = ""  # the number as shown: "1.7万", "31.7亿", "8"
    noun: str = ""  # words right after the unit: what is counted
    label: str = ""  # the phrase that identified the metric, e.g. 新建 / 改造
    start: int = 0  # offset of the number in the (normalised) paragraph text

    shown: str = ""  # as the text writes it, digits in Arabic: 近1.7万名, 2000余万元, 90%以上
    # The figure's clause as written, split around it, for lists that show a figure
    # in its words: ("近年来，全区", "5名", "教师获重庆市教书育人楷模称号").
    context: tuple[str, str, str] = ("", "", "")
    measure: str = ""  # the measure word as written: 大 in 10大, "" in 17万学生, 名 in 10名
    # Whose figure it is when not the district's: 全市 in 成为全市4个…, 国家 in 国家135个…
    scope: str = ""

    @property
    def display(self) -> str:
        return self.shown or compose_display(self.number, self.unit, self.qualifier)

    @property
    def in_unit(self) -> str:
        """The figure in its metric's unit: 10大 → 10个, 17万学生 → 17万人; as written
        when the text already uses that unit (2000余万元, 90%以上)."""
        if self.metric and self.measure != self.unit:
            return compose_display(self.number, self.unit, self.qualifier)
        return self.display


def compose_display(number: str, unit: str, qualifier: str) -> str:
    """近1.7万名, 2000余人, 90%以上: qualifiers where Chinese puts them."""
    if qualifier in SUFFIX_QUALIFIERS:
        return number + qualifier + unit
    if qualifier in POST_QUALIFIERS:
        return number + unit + qualifier
    return qualifier + number + unit


@dataclass(frozen=True)
class Metric:
    slug: str
    name: str
    unit: str
    measures: tuple[str, ...]
    phrases: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    patterns: tuple[tuple[re.Pattern[str], int, bool, str], ...] = field(
        default=(), repr=False, compare=False
    )
    exclude_patterns: tuple[re.Pattern[str], ...] = field(default=(), repr=False, compare=False)


MAX_VALUE = 10**15
_MARK = "\x00"  # stands for the number between the words before it and after it
# A "…" is a bounded gap, and a phrase has few of them: nested unbounded lazy
# gaps backtracked for 25 s a paragraph on a hostile metrics.yml (issue 14).
MAX_GAP = 30
MAX_WILDCARDS = 2


def _compile_phrase(phrase: str) -> list[tuple[re.Pattern[str], int, bool, str]]:
    """``phrase`` → (regex over "before␀after", specificity, needs-after, label).

    ``#`` marks the number, ``…`` any words within the clause. A phrase without
    ``#`` is read both ways: right before the number (新建学校24所) and right after
    its measure word (7个优质教育集团).
    """
    forms = [phrase] if "#" in phrase else [phrase + "#", "#" + phrase]
    compiled = []
    for form in forms:
        left, _, right = form.partition("#")

        def rx(part: str) -> str:
            return f"[^\x00]{{0,{MAX_GAP}}}?".join(re.escape(p) for p in part.split("…"))

        pattern = re.compile(rx(left) + _MARK + rx(right))
        weight = len(left.replace("…", "")) + len(right.replace("…", ""))
        label = left.split("…")[0] if left else right.split("…")[-1]
        compiled.append((pattern, weight, bool(right), label))
    return compiled


class MetricsError(LocatedError):
    """A problem in docs/data/metrics.yml, located by path and line."""


def _phrase_list(value, key: str, fail) -> tuple[str, ...]:
    """A list of phrases; a bare string would be read one character at a time."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise fail(f'{key} 应为词语列表，如 ["#教育集团", "惠及…学生#"]')
    for phrase in value:
        if phrase.count("…") > MAX_WILDCARDS or phrase.count("#") > 1:
            raise fail(f"{key} 中的 “{phrase}” 最多含 {MAX_WILDCARDS} 个 “…” 和 1 个 “#”")
    return tuple(value)


@dataclass
class MetricTaxonomy:
    """The metrics of ``docs/data/metrics.yml`` and the words that make a figure another place's."""

    metrics: list[Metric]
    # Words before a number that make it another place's figure (全市4个, 国家135个).
    context_words: tuple[str, ...] = ()
    # Facts of each paragraph text already read with these metrics: a recurring
    # sentence gives the same (frozen) facts, so it is extracted once.
    extracted: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_data(
        cls, raw: Any, source: str = "metrics.yml", lines: list[int] | None = None
    ) -> MetricTaxonomy:
        """Metrics from parsed YAML; ``lines`` (1-based, per item) locate errors."""
        items = raw.get("metrics") if isinstance(raw, dict) else None
        if not isinstance(items, list):
            raise MetricsError(source, 1, "缺少 metrics 列表")
        metrics = []
        seen = set()
        for index, item in enumerate(items, start=1):
            line = lines[index - 1] if lines and index <= len(lines) else 1

            def fail(message: str, line: int = line, index: int = index) -> MetricsError:
                return MetricsError(source, line, f"metrics 第 {index} 项: {message}")

            if not isinstance(item, dict):
                raise fail("应为映射（slug, name, unit, phrases）")
            missing = [k for k in ("slug", "name", "unit", "phrases") if k not in item]
            if missing:
                raise fail(f"缺少 {', '.join(missing)}")
            slug = item["slug"]
            if (
                not isinstance(slug, str)  # slug: 12 is a number, not the id CSV and JSON carry
                or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug)
                or slug in seen
            ):
                raise fail(f"slug “{slug}” 须为唯一的小写字母、数字和连字符")
            seen.add(slug)
            for key in ("name", "unit"):
                if not isinstance(item[key], (str, int)) or isinstance(item[key], bool):
                    raise fail(f"{key} 应为一段文字")
            phrases = _phrase_list(item.get("phrases"), "phrases", fail)
            if not phrases:
                raise fail("phrases 不能为空")
            unit = str(item["unit"])
            measures = item.get("measures")
            if measures is not None and not (
                isinstance(measures, list)
                and all(m is None or isinstance(m, (str, int)) for m in measures)
            ):
                raise fail("measures 应为量词列表，如 [个, 所]")
            measures = tuple("" if m is None else str(m) for m in measures or (unit,))
            exclude = _phrase_list(item.get("exclude"), "exclude", fail)
            patterns = tuple(c for p in phrases for c in _compile_phrase(p))
            exclude_patterns = tuple(c[0] for p in exclude for c in _compile_phrase(p))
            metrics.append(
                Metric(
                    slug,
                    str(item["name"]),
                    unit,
                    measures,
                    phrases,
                    exclude,
                    patterns,
                    exclude_patterns,
                )
            )
        context = _phrase_list(raw.get("context_words"), "context_words", f"{source}:1")
        return cls(metrics, context_words=tuple(sorted(context, key=len, reverse=True)))

    def scope_of(self, before: str) -> str:
        """The context word right before a number (全市仅4个 → 全市), or ""."""
        words = before.rstrip("仅只共有达约计") if before else ""
        return next((w for w in self.context_words if words.endswith(w)), "")

    @classmethod
    def load(cls, path: Path) -> MetricTaxonomy:
        path = Path(path)
        if not path.is_file():
            return cls([])
        file = yamlsafe.load_data_file(path, MetricsError)
        return cls.from_data(file.data, str(path), file.item_lines("metrics"))

    def get(self, key: str) -> Metric | None:
        for metric in self.metrics:
            if key in (metric.slug, metric.name):
                return metric
        return None

    def order(self, slug: str | None) -> int:
        for index, metric in enumerate(self.metrics):
            if metric.slug == slug:
                return index
        return len(self.metrics)

    def classify(self, before: str, after: str, unit: str) -> tuple[str | None, str]:
        """(metric slug, label) for a number with ``before``/``after`` words, or (None, "")."""
        context = before + _MARK + after
        best: tuple[int, int, str, str] | None = None
        for order, metric in enumerate(self.metrics):
            if unit not in metric.measures:
                continue
            if any(p.search(context) for p in metric.exclude_patterns):
                continue
            for pattern, weight, needs_after, label in metric.patterns:
                # Words before the number only identify it when nothing follows the
                # measure word: in 投入2000万元新建运动场 the money is for 运动场.
                if not needs_after and after:
                    continue
                if pattern.search(context) and (
                    best is None or (weight, -order) > (best[0], -best[1])
                ):
                    best = (weight, order, metric.slug, label)
        return (best[2], best[3]) if best else (None, "")


def normalise(text: str) -> str:
    """Full-width digits and signs to ASCII, a traditional page's measure characters
    to simplified; line-wrap spaces between CJK removed."""
    return _as_written(text).translate(_TRADITIONAL)


def _as_written(text: str) -> str:
    """`normalise` without the traditional characters: the same length, one character
    for one, so a figure found in the one is shown from the other (6個, not 6个)."""
    return _SPACE_IN_CJK.sub("", text.translate(_FULLWIDTH).replace("**", ""))


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _parse_number(num: str, mag: str) -> int | float | None:
    try:
        # cn2an "normal" is strict: 十四五, 三八 are not numbers.
        value = Decimal(num) if num[0].isdigit() else Decimal(int(cn2an.cn2an(num, "normal")))
    except (ValueError, InvalidOperation, KeyError, IndexError):
        return None
    value *= _MAGNITUDES.get(mag, 1)
    if abs(value) >= MAX_VALUE:
        return None  # a run of digits (a phone or ID number, 400 nines) is not a figure
    return int(value) if value == value.to_integral_value() else float(value)


def _period(text: str, sentence_start: int, number_start: int) -> str:
    """The time expression nearest before the number in its sentence, titles 《…》 skipped."""
    span = text[sentence_start:number_start]
    span = re.sub(r"《[^》]*》", lambda m: "\x01" * len(m.group()), span)
    found = [
        m
        for m in _PERIOD.finditer(span)
        # 每年 covers only its own clause: 每年资助…2.8万人次，还建成…76个
        if m.group() != "每年" or not re.search(r"[，,；;]", span[m.end() :])
    ]
    if not found:
        return ""
    plan = _PLAN.search(text, sentence_start + found[-1].end(), number_start)
    if plan:  # 2022年…出台《…三年行动计划》，投入35.8亿元: the plan's three years
        return f"{found[-1].group()}起{plan.group(1)}"
    period = re.sub(r"[“”]", "", found[-1].group())
    if period.startswith("十"):
        period = f"“{period[:3]}”{period[3:]}"  # “十四五”时期, quoted as the plan's name
    return period[:-1] if period.endswith("来") and period != "近年来" else period


def _context(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[str, str, str]:
    """The words of the figure's clause before and after it."""
    breaks = [s_start] + [
        s_start + m.end() for m in re.finditer(r"[，；：,;:]", text[s_start:start])
    ]
    lead_start = breaks[-1]
    if start - lead_start < 6 and len(breaks) > 1:
        lead_start = breaks[-2]  # 近年来，全区5名教师: a short clause start needs the one before
    tail = re.split(r"[，。；！？,;:!?]", text[end:s_end], maxsplit=1)[0]
    return (text[lead_start:start].lstrip(), text[start:end], tail)


def extract_facts(text: str, taxonomy: MetricTaxonomy | None = None) -> list[Fact]:
    """Every quantity in one paragraph of text, in reading order."""
    written = _as_written(text)
    text = written.translate(_TRADITIONAL)
    taxonomy = taxonomy or MetricTaxonomy([])
    facts: list[Fact] = []
    sentences = _sentences(text)
    for match in _NUMBER.finditer(text):
        num, unit, mag = match.group("num"), match.group("unit") or "", match.group("mag") or ""
        start = match.start("num")
        if not unit and not mag:
            continue  # 2021年, 9月6日, 3.0行动: no measure word, no quantity
        prev = text[match.start() - 1] if match.start() else ""
        if prev and (prev in '第每.+-—–“"' or prev.isdigit() or prev.isascii() and prev.isalpha()):
            continue
        if re.search(r"每[天周月年日]?$", text[max(0, match.start() - 2) : match.start()]):
            continue  # 每周1次: a frequency, not a count
        end = match.end()
        following = text[end] if end < len(text) else ""
        if following and following in '”"':
            continue  # “三个100%”: part of a name
        chinese = not num[0].isdigit()
        if chinese and ((num == "一" and not mag) or following == "“"):
            continue  # 一所好学校, 四个“一体化”
        value = _parse_number(num, mag)
        if value is None:
            continue
        pre = match.group("pre") or ""
        if pre and prev and prev in "附最接靠将":
            pre = ""  # 附近5所: 近 belongs to the word before
        qualifier = (
            _QUALIFIER_NORMAL.get(pre, pre)
            or match.group("q1")
            or match.group("q2")
            or match.group("post")
            or ""
        )
        clause_start = max(
            (m.end() for m in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0
        )
        before = text[clause_start : match.start()]
        while before.endswith(_LINKING):
            before = before[: -len(next(w for w in _LINKING if before.endswith(w)))]
        after_end = _CLAUSE_BREAK.search(text, end)
        after = text[end : after_end.start() if after_end else len(text)]
        if unit == "个" and after.startswith(("月", "小时", "学期", "星期", "工作日")):
            continue  # 3个月: a duration
        scope = taxonomy.scope_of(before)
        # Another place's figure (全市4个) is never one of the district's metrics.
        metric, label = (None, "") if scope else taxonomy.classify(before, after, unit)
        if metric is None and (unit == "大" or (chinese and unit not in _COUNTED_IN_WORDS)):
            continue  # 六大工程, 三个关键: slogans unless a metric claims them (七名学生 is a count)
        s_start, s_end = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
        digits = num if not chinese else str(_parse_number(num, ""))
        number = digits + mag
        # Shown, quoted and put in context as the page writes them (6個, 2萬餘人).
        shown = written[match.start() : end].replace(num, digits, 1)
        metric_unit = next((m.unit for m in taxonomy.metrics if m.slug == metric), unit)
        facts.append(
            Fact(
                value=value,
                unit=metric_unit,
                qualifier=qualifier,
                period=_period(text, s_start, match.start()),
                sentence=written[s_start:s_end].strip(),
                metric=metric,
                number=number,
                noun=written[end : end + len(after)],
                label=label,
                start=start,
                shown=shown,
                context=_context(written, match.start(), end, s_start, s_end),
                measure=unit,
                scope=scope,
            )
        )
    return facts


# ---------------------------------------------------------------- corpus level


@dataclass(frozen=True)
class SourcedFact:
    """A fact with where it comes from."""

    fact: Fact
    district: str
    district_slug: str
    article_title: str
    docs_path: str  # articles/banan/xxx.md
    url: str  # articles/banan/xxx/  (site-relative)
    anchor: str  # p-xxxxxxxx, "" when an editor's fact names no paragraph
    paragraph_index: int
    source: str = "extracted"  # or "editor"
    note: str = ""

    @property
    def link(self) -> str:
        return self.url + (f"#{self.anchor}" if self.anchor else "")


def _front_matter_line(article, key: str) -> int:
    for number, line in enumerate(article.text.split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
        if number > 1 and line.rstrip() == "---":
            break
    return 1


FACT_KEYS = ("metric", "value", "unit", "qualifier", "period", "sentence", "paragraph", "note")
FACT_TEXT_KEYS = ("metric", "unit", "qualifier", "period", "sentence", "paragraph", "note")


def corrections(
    entry, taxonomy: MetricTaxonomy
) -> tuple[dict[str | None, list[SourcedFact]], set[str]]:
    """Editors' facts from front matter: (facts by metric, metrics they override).

    Raises ArticleFormatError naming the file and line of ``facts:`` on bad entries.
    """
    raw = entry.meta.get("facts")
    if raw is None:
        return {}, set()
    line = _front_matter_line(entry.article, "facts")
    path = entry.article.path

    def fail(message: str) -> ArticleFormatError:
        return ArticleFormatError(path, line, f"facts: {message}")

    if not isinstance(raw, list):
        raise fail("应为列表，每项含 metric、value、unit 等")
    paragraphs = [p for _, p in entry.paragraphs()]
    added: dict[str | None, list[SourcedFact]] = {}
    overridden: set[str] = set()
    for index, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or "value" not in item:
            raise fail(f"第 {index} 项须为含 value 的映射")
        unknown = [str(k) for k in item if k not in FACT_KEYS]
        if unknown:
            raise fail(f"第 {index} 项：未知的键 “{unknown[0]}”（可用：{'、'.join(FACT_KEYS)}）")
        wrong = [
            k for k in FACT_TEXT_KEYS if item.get(k) is not None and not isinstance(item[k], str)
        ]
        if wrong:
            # unit: .nan is not a unit, and would be printed as "nan".
            raise fail(f"第 {index} 项：{wrong[0]} 应为一段文字，而不是 {str(item[wrong[0]])[:24]}")
        slug = None
        unit = str(item.get("unit") or "")
        if item.get("metric") is not None:
            metric = taxonomy.get(str(item["metric"]))
            if metric is None:
                raise fail(
                    f"第 {index} 项：未知指标 “{item['metric']}”（见 docs/data/metrics.yml）"
                )
            slug = metric.slug
            unit = unit or metric.unit
            overridden.add(slug)
        if item["value"] is None:
            continue  # removal only
        value = item["value"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise fail(f"第 {index} 项：value 须为数字（或 null 表示删除）")
        # .nan and .inf are not figures (and not JSON); no almanac figure nears 10^15.
        if abs(value) >= MAX_VALUE or not math.isfinite(
            value
        ):  # abs first: a huge int does not fit a float
            raise fail(
                f"第 {index} 项：value 须为有限的数字，且小于 10^15（而不是 {str(value)[:24]}）"
            )
        qualifier = str(item.get("qualifier") or "")
        if qualifier and qualifier not in (
            *PREFIX_QUALIFIERS,
            *SUFFIX_QUALIFIERS,
            *POST_QUALIFIERS,
        ):
            raise fail(
                f"第 {index} 项：qualifier “{qualifier}” 不在 余 多 近 超 约 逾 以上 左右 之中"
            )
        anchor, p_index, sentence = "", len(paragraphs), str(item.get("sentence") or "")
        wanted = item.get("paragraph")
        for i, paragraph in enumerate(paragraphs):
            if (wanted and paragraph.anchor == wanted) or (
                not wanted and sentence and normalise(sentence) in normalise(paragraph.text)
            ):
                anchor, p_index = paragraph.anchor, i
                break
        else:
            if wanted or sentence:
                raise fail(f"第 {index} 项：找不到段落 “{wanted or sentence}”")
        fact = Fact(
            value=int(value) if float(value).is_integer() else float(value),
            unit=unit,
            qualifier=_QUALIFIER_NORMAL.get(qualifier, qualifier),
            period=str(item.get("period") or ""),
            sentence=_as_written(sentence),
            metric=slug,
            number=_plain_number(value),
            measure=unit,
        )
        added.setdefault(slug, []).append(
            _sourced(entry, fact, anchor, p_index, "editor", str(item.get("note") or ""))
        )
    return added, overridden


def _plain_number(value: int | float) -> str:
    """An editor's value as a reader would write it: 3170000000 → 31.7亿, 170000 → 17万."""
    for size, word in ((100_000_000, "亿"), (10_000, "万")):
        if value >= size * 10 if word == "万" else value >= size:
            scaled = Decimal(str(value)) / size
            if scaled == scaled.quantize(Decimal("0.01")):
                return f"{scaled.normalize():f}{word}"
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _sourced(
    entry, fact: Fact, anchor: str, index: int, source: str = "extracted", note: str = ""
) -> SourcedFact:
    return SourcedFact(
        fact=fact,
        district=entry.district,
        district_slug=entry.district_slug,
        article_title=entry.title,
        docs_path=entry.docs_path,
        url=entry.url,
        anchor=anchor,
        paragraph_index=index,
        source=source,
        note=note,
    )


_BRACKET_UNIT = re.compile(r"[（(]\s*([^（）()]{1,6}?)\s*[）)]\s*$")
_BARE_NUMBER = re.compile(r"^(?:约|近|超|逾)?\d[\d,]*(?:\.\d+)?\s*[万亿]?[余多]?$")
_PERIOD_LABEL = re.compile(r"^(?:\d{4}(?:—|–|-|至|到)?\d{0,4}学?年度?|\d{4}年\d{1,2}月)$")


def table_sentences(rows: list[list[str]]) -> list[str]:
    """Each body row of a table read as the sentence it states, so its figures
    are found like those of prose: the row's label, the column's label and the
    cell, the unit a label gives in brackets after a bare number
    (学校数（所） | 2023年 → ``2023年学校数150所``; 区县 | 学校（所） → ``巴南区学校162所``)."""
    if len(rows) < 2:
        return []
    header = rows[0]
    sentences = []
    for row in rows[1:]:
        label = row[0] if row else ""
        clauses = []
        for column, value in zip(header[1:], row[1:], strict=False):
            value = value.strip()
            if not value:
                continue
            unit_of = _BRACKET_UNIT.search(column) or _BRACKET_UNIT.search(label)
            name, col = _BRACKET_UNIT.sub("", label).strip(), _BRACKET_UNIT.sub("", column).strip()
            if unit_of and _BARE_NUMBER.match(value):
                value += unit_of.group(1)
            # A year column is the figure's period: put first, where prose puts it.
            clauses.append(
                f"{col}{name}{value}" if _PERIOD_LABEL.match(col) else f"{name}{col}{value}"
            )
        if clauses:
            sentences.append("，".join(clauses) + "。")
    return sentences


def _passages(entry):
    """(paragraph index, anchor, text) of every paragraph and every table row:
    a row's figures link to its section's heading (a table has no anchor of its own)."""
    index = 0
    for section in entry.sections:
        tables = sorted(section.tables, key=lambda t: t.line)
        for paragraph in section.paragraphs:
            while tables and tables[0].line < paragraph.line:
                for sentence in table_sentences(tables.pop(0).rows):
                    yield index, section.anchor, sentence
            yield index, paragraph.anchor, paragraph.text
            index += 1
        for table in tables:
            for sentence in table_sentences(table.rows):
                yield index, section.anchor, sentence


def article_facts(entry, taxonomy: MetricTaxonomy) -> list[SourcedFact]:
    """One article's facts: extracted, then editors' corrections applied."""
    added, overridden = corrections(entry, taxonomy)
    found: list[SourcedFact] = []
    for index, anchor, text in _passages(entry):
        facts = taxonomy.extracted.get(text)
        if facts is None:
            facts = taxonomy.extracted[text] = tuple(extract_facts(text, taxonomy))
        for fact in facts:
            if fact.metric not in overridden:
                found.append(_sourced(entry, fact, anchor, index))
    for slug in sorted(added, key=lambda s: (taxonomy.order(s), s or "")):
        found.extend(added[slug])
    found.sort(key=lambda f: (f.paragraph_index, f.fact.start))
    return found


def _encode_facts(facts: list[SourcedFact]) -> list[dict]:
    out = []
    for sourced in facts:
        item = {f.name: getattr(sourced, f.name) for f in fields(SourcedFact) if f.name != "fact"}
        fact = {f.name: getattr(sourced.fact, f.name) for f in fields(Fact)}
        fact["context"] = list(fact["context"])
        out.append({**item, "fact": fact})
    return out


def _decode_facts(data: list[dict]) -> list[SourcedFact]:
    out = []
    for item in data:
        fact = dict(item["fact"])
        fact["context"] = tuple(fact["context"])
        out.append(SourcedFact(**{**item, "fact": Fact(**fact)}))
    return out


def cached_article_facts(corpus, entry, taxonomy: MetricTaxonomy) -> list[SourcedFact]:
    """:func:`article_facts` through the corpus' cache (keyed by the article's
    text, the metrics and this module's code)."""
    dependencies = (
        hashlib.sha256(repr(taxonomy.metrics).encode("utf-8")).hexdigest()
        + hashlib.sha256(repr(_MEASURES).encode("utf-8")).hexdigest()  # measures.yml
        + code_fingerprint("generator.enrich.facts", "generator.corpus")
    )
    return corpus.cached(
        "facts",
        dependencies,
        entry,
        lambda: article_facts(entry, taxonomy),
        encode=_encode_facts,
        decode=_decode_facts,
    )


def corpus_facts(corpus, taxonomy: MetricTaxonomy) -> list[SourcedFact]:
    """All facts of the almanac (``taxonomy``: metrics.yml as loaded), in district,
    metric, article and reading order.

    A figure repeated for the same district and metric (这35个教育集团 after 全区35个
    教育集团) is kept once, at its first mention.
    """
    facts: list[SourcedFact] = []
    seen: set[tuple] = set()
    for entry in sorted(corpus.entries, key=lambda e: e.docs_path):
        for sourced in cached_article_facts(corpus, entry, taxonomy):
            f = sourced.fact
            if f.metric is not None:
                key = (sourced.district, f.metric, f.value, f.unit, f.qualifier, f.period, f.label)
                if key in seen:
                    continue
                seen.add(key)
            facts.append(sourced)
    facts.sort(
        key=lambda s: (
            corpus.district_sort_key(s.district),
            taxonomy.order(s.fact.metric),
            s.docs_path,
            s.paragraph_index,
            s.fact.start,
        )
    )
    return facts
