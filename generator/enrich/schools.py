"""School directory (学校名录): schools, colleges and education groups named in the articles.

A name is found by its ending (小学校, 幼儿园, 教育集团 …, see ``SUFFIXES``); its
start is where jieba's segmentation of the clause before the ending meets a word
that cannot be part of a name (a preposition, a verb, 的 …). Generic phrases
(特色学校, 家长学校, 学校层面 …) are rejected, so a school is never invented by
cutting a sentence in the wrong place. Within one district, short forms of the
same name are merged (鱼洞二小 = 鱼洞第二小学). ``docs/data/schools.yml`` lets an
editor add, drop, merge, split and type names.

An institution named only as a destination (考入清华大学) or a partner (与北京师范大学
协同开展…, 依托…, 对口…), or whose name places it elsewhere (北京…, 成都…, 国家…, not
the district's own city), is not the district's: it is kept apart (``School.relation``)
and listed under 合作与去向院校. ``elsewhere`` in schools.yml names more of them.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from .. import yamlsafe
from ..cache import code_fingerprint
from ..corpus import Corpus, Entry
from ..errors import LocatedError
from .text import sentence_at, shorten

TYPES = ("幼儿园", "小学", "中学", "职业学校", "高校", "教育集团", "其他")

# Longest first so 小学校 wins over 小学 and 学校.
SUFFIXES = (
    "职业技术学院",
    "职业学院",
    "职业学校",
    "职业中学",
    "职教中心",
    "教育集团",
    "进修学校",
    "进修学院",
    "小学校",
    "中学校",
    "幼儿园",
    "小学",
    "中学",
    "学校",
    "学院",
    "大学",
    "附小",
    "附中",
)
_SUFFIX_RE = re.compile("|".join(SUFFIXES))
_NUMERALS = "一二三四五六七八九十〇零"
# 鱼洞二小, 十一中, 重庆十一中: ordinal short forms.
_SHORT_RE = re.compile(rf"第?[{_NUMERALS}]{{1,4}}[小中](?![学心国间期等文共央小型全])")
_CLAUSE_BREAK = re.compile(r"[，。、；：！？“”‘’《》（）()「」\s…—·,.;:!?\"'|/+]")

# Words that end a name when met walking left from its ending.
_STOP_WORDS = {
    "的",
    "在",
    "和",
    "与",
    "及",
    "以及",
    "或",
    "等",
    "是",
    "如",
    "例如",
    "比如",
    "由",
    "为",
    "从",
    "到",
    "对",
    "向",
    "把",
    "将",
    "被",
    "让",
    "于",
    "了",
    "着",
    "这",
    "那",
    "该",
    "其",
    "各",
    "每",
    "全区",
    "全市",
    "全国",
    "全校",
    "一所",
    "这所",
    "所",
    "作为",
    "如今",
    "曾经",
    "其中",
    "通过",
    "新",
    "新建",
    "建成",
    "投用",
    "打造",
    "组建",
    "成立",
    "走进",
    "入学",
    "考入",
    "依托",
    "还有",
    "区",
    "市",
    "我们",
    "我",
    "他们",
    "学生",
    "孩子",
    "老师",
    "教师们",
    "联合",
    "牵头",
    "包括",
    "启动",
    "健全",
    "开展",
    "推进",
}
_STOP_FLAGS = {"p", "uj", "ul", "uz", "ud", "ug", "uv", "u", "r", "y", "e", "o", "k", "q", "vd"}
_CONJUNCTIONS = {"和", "与", "及", "以及", "或", "并", "而", "但", "同", "跟"}

# A candidate whose words say it is a kind of school, not a school.
_GENERIC_PARTS = (
    "特色",
    "试点",
    "示范",
    "基地",
    "薄弱",
    "项目",
    "寄宿制",
    "家长",
    "农村",
    "城区",
    "乡村",
    "先进",
    "优秀",
    "传承",
    "公办",
    "普惠",
    "民办",
    "新建",
    "特殊教育",
    "中小学",
    "大中小",
    "高水平",
    "优质",
    "新兴",
    "名校",
    "集团化",
    "一批",
    "首批",
    "各类",
    "联盟",
    "紧密型",
    "贯通型",
    "全学段",
    "片区",
    "基础教育",
    "学前教育",
    "义务教育",
    "职业教育",
    "高等教育",
    "创新",
    "高标准",
    "好学校",
    "新学校",
    "国家级",
    "市级",
    "区级",
    "命运共同体",
    "实验区",
    "研究",
    "示范校",
    "阶段",
    "城乡",
    "城镇",
    "时代",
)
_NOT_A_NAME_AFTER = (
    "生",
    "园",
    "发展",
    "段",
    "层",
    "科",
    "制",
    "教育",
    "家庭",
    "社会",
    "管理",
    "工作",
    "老师",
    "教师",
)


@dataclass
class Mention:
    docs_path: str
    article_title: str
    anchor: str  # paragraph anchor; "" for a photo caption
    quote: str
    as_written: str
    role: str = ""  # "" (the district's own), 去向 (考入…) or 合作 (与…合作, 依托…)

    @property
    def link(self) -> str:
        return self.docs_path + (f"#{self.anchor}" if self.anchor else "")


@dataclass
class School:
    name: str
    district: str
    district_slug: str
    type: str
    variants: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    relation: str = ""  # "" = the district's own; else 去向 / 合作 / 外地 (listed apart)

    @property
    def own(self) -> bool:
        return not self.relation

    @property
    def relation_label(self) -> str:
        return {"去向": "升学去向", "合作": "合作方", "外地": "区外院校"}.get(self.relation, "")

    @property
    def aliases(self) -> list[str]:
        return sorted(v for v in self.variants if v != self.name)


class SchoolsError(LocatedError):
    """A problem in docs/data/schools.yml, located by path and line."""


def _canonical(value):
    """A rule field as JSON: a set sorted (its order follows the hash seed), else in file order."""
    if isinstance(value, frozenset):
        return sorted(value)
    return list(value.items()) if isinstance(value, dict) else list(value)


@dataclass
class SchoolRules:
    known: tuple[str, ...] = ()
    not_schools: frozenset[str] = frozenset()
    aliases: dict[str, str] = field(default_factory=dict)
    separate: frozenset[str] = frozenset()
    types: dict[str, str] = field(default_factory=dict)
    elsewhere: frozenset[str] = frozenset()  # not the district's, whatever the text says

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the rules' content (the cache key's part for schools.yml)."""
        canonical = {f.name: _canonical(getattr(self, f.name)) for f in fields(self)}
        return hashlib.sha256(json.dumps(canonical, ensure_ascii=False).encode()).hexdigest()

    @classmethod
    def load(cls, data_dir: Path) -> SchoolRules:
        path = Path(data_dir) / "schools.yml"
        if not path.is_file():
            return cls()
        file = yamlsafe.load_data_file(path, SchoolsError)
        raw = file.data or {}
        if not isinstance(raw, dict):
            raise SchoolsError(path, 1, "应为“键: 值”映射")

        def mapping(key: str) -> dict[str, str]:
            value = raw.get(key) or {}
            if not isinstance(value, dict):
                raise SchoolsError(path, file.line(key), f"{key} 应为“名称: 值”映射")
            for k, v in value.items():
                if not isinstance(k, str) or not isinstance(v, str):
                    # 5: 中学 or 二中: [1]: a number or a list is no school's name or type
                    raise SchoolsError(path, file.line(key), f"{key}: “{k}: {v}” 的两边都应为文字")
            return dict(value)

        def names(key: str) -> list[str]:
            value = raw.get(key) or []
            if not isinstance(value, list):
                raise SchoolsError(path, file.line(key), f"{key} 应为名称列表")
            for n in value:
                if not isinstance(n, str):
                    raise SchoolsError(path, file.line(key), f"{key}: “{n}” 应为学校名称（文字）")
            return list(value)

        types = mapping("types")
        for name, kind in types.items():
            if kind not in TYPES:
                raise SchoolsError(
                    path,
                    file.line("types", name),
                    f"types.{name}: 未知类型“{kind}”，可用：{'/'.join(TYPES)}",
                )
        return cls(
            known=tuple(sorted(set(names("known")), key=len, reverse=True)),
            not_schools=frozenset(names("not_schools")),
            aliases=mapping("aliases"),
            separate=frozenset(names("separate")),
            types=types,
            elsewhere=frozenset(names("elsewhere")),
        )


@lru_cache(maxsize=4)
def _tagger(known: tuple[str, ...]):
    """A ``jieba.posseg.POSTokenizer`` that knows the editor's ``known`` names.

    Made on first use only (a warm cache never segments anything), and once per
    process and set of names: its dictionary and part-of-speech table take
    seconds to load.
    """
    import jieba.posseg  # its import loads jieba's part-of-speech table

    # A private tokenizer, so the editor's names never leak into jieba's global dictionary.
    tokenizer = jieba.Tokenizer()
    jieba.setLogLevel(60)  # no "Building prefix dict" chatter on stderr
    if tokenizer.dictionary == jieba.dt.dictionary:
        # The same dictionary as jieba's global tokenizer, which the themes and the
        # districts' word test load anyway: copy its table (a dict copy) instead of
        # loading the cache file a second time (about half a second).
        jieba.dt.check_initialized()
        tokenizer.FREQ, tokenizer.total = dict(jieba.dt.FREQ), jieba.dt.total
        tokenizer.initialized = True
    for name in known:
        tokenizer.add_word(name, freq=2000, tag="nt")
    if tokenizer.dictionary != jieba.posseg.dt.tokenizer.dictionary:
        return jieba.posseg.POSTokenizer(tokenizer)
    # Same dictionary as jieba's default tagger, whose import just read the
    # part-of-speech table: copy it instead of parsing dict.txt a second time
    # (POSTokenizer.__init__ does nothing else). The names' "nt" tags are
    # merged into the copy on the first cut, as always.
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    return tagger


def _name_start(text: str, end: int, tagger) -> int:
    """Offset where the name ending at ``end`` starts, found by walking jieba words leftwards."""
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, end):
        clause_start = match.end()
    return clause_start + _start_in_clause(text[clause_start:end], tagger)


@lru_cache(maxsize=65536)
def _start_in_clause(clause: str, tagger) -> int:
    # jieba segments a clause the same way wherever it occurs, and the same
    # clause recurs across paragraphs and articles: segment each one once.
    words = list(tagger.cut(clause))
    start = len(clause)
    for pair in reversed(words):
        word, flag = pair.word, pair.flag
        if word in _STOP_WORDS or word in _CONJUNCTIONS or flag in _STOP_FLAGS:
            break
        if flag.startswith("v") and len(word) > 1 and flag != "vn":
            break  # 打造龙洲湾中学: a two-character verb is not part of a name
        if flag == "d" and not any(c in _NUMERALS for c in word):
            break
        start -= len(word)
    return start


def _is_generic(name: str, suffix: str) -> bool:
    stem = name[: len(name) - len(suffix)]
    if re.match(r"\d", name):
        return True  # 35个教育集团, 10大教育集团: a count, not a name
    if len(stem) < 2 and not re.fullmatch(rf"[{_NUMERALS}]+", stem or "x"):
        return True  # 小学, 新学校, 本校: no proper name before the ending
    return any(part in name for part in _GENERIC_PARTS)


def _counted(text: str, start: int, end: int) -> bool:
    """校园先进学校7所 / 30所…学校: a count makes it a kind, not one school."""
    return bool(
        re.match(r"\d+(?:所|个|家)", text[end:]) or re.search(r"\d+(?:所|个)$", text[:start])
    )


def find_names(text: str, rules: SchoolRules | None = None) -> list[tuple[int, str]]:
    """(offset, name) of every school-like name in ``text``, left to right."""
    rules = rules or SchoolRules()
    tagger = _tagger(rules.known)
    found: dict[int, str] = {}
    taken: list[tuple[int, int]] = []
    for name in rules.known:
        for match in re.finditer(re.escape(name), text):
            if not any(s <= match.start() < e for s, e in taken):
                found[match.start()] = name
                taken.append((match.start(), match.end()))
    candidates = [(m, m.group(0)) for m in _SUFFIX_RE.finditer(text)]
    candidates += [(m, m.group(0)[-1]) for m in _SHORT_RE.finditer(text)]
    for match, suffix in candidates:
        end = match.end()
        if suffix in ("小学校", "中学校") and text[end : end + 1] == "园":
            end -= 1  # 实验小学校园: the school is 实验小学, 校园 is its campus
            suffix = suffix[:2]
        if text.startswith(_NOT_A_NAME_AFTER, end) and suffix in ("小学", "中学", "大学", "学校"):
            continue  # 小学生, 学校层面, 学校家庭社会: not a name
        if any(s < end <= e for s, e in taken):
            continue
        start = _name_start(text, match.start(), tagger)
        name = text[start:end]
        if re.match("中共", name):
            name, start = name[2:], start + 2
        if name in rules.not_schools or _is_generic(name, suffix) or _counted(text, start, end):
            continue
        if text[max(0, start - 2) : start] in ("该校", "本校", "我校"):
            continue  # 该校新能源汽车现代产业学院: a part of a school, not one
        found[start] = name
        taken.append((start, end))
    return sorted(found.items())


def school_type(name: str, rules: SchoolRules | None = None) -> str:
    if rules and name in rules.types:
        return rules.types[name]
    if name.endswith("教育集团"):
        return "教育集团"
    if name.endswith("幼儿园"):
        return "幼儿园"
    if name.endswith(("大学", "职业技术学院", "职业学院")) or (
        name.endswith("学院") and not name.endswith(("社区学院", "进修学院", "产业学院"))
    ):
        return "高校"
    if "职业" in name or "职教" in name:
        return "职业学校"
    if name.endswith(("小学", "小学校", "附小", "小")):
        return "小学"
    if name.endswith(("中学", "中学校", "附中", "中")):
        return "中学"
    return "其他"


def merge_key(name: str, district: str, district_short: tuple[str, ...] = ()) -> str:
    """The same key for short and full forms of one school's name.

    重庆市第十一中学校, 重庆十一中学, 重庆十一中 → 十一中; 鱼洞第二小学 → 鱼洞二小.
    """
    key = name
    if key.endswith("委员会"):
        key = key[: -len("委员会")]
    for prefix in ("重庆市", "重庆"):
        if key.startswith(prefix) and school_type(key) != "教育集团":
            key = key[len(prefix) :]
            break
    for prefix in sorted({district, *district_short}, key=len, reverse=True):
        if prefix and key.startswith(prefix) and len(key) - len(prefix) >= 3:
            key = key[len(prefix) :]
            break
    key = re.sub(r"(小|中)学校$", r"\1学", key)
    # 重庆青年职业学院 / 重庆青年职业技术学院: the same college, written short or in full.
    key = re.sub(r"职业技术学院$", "职业学院", key)
    key = re.sub(rf"(?:镇|街道|乡)?第([{_NUMERALS}]+)(?=[小中]学$)", r"\1", key)
    key = re.sub(rf"([{_NUMERALS}]+)(小|中)学$", lambda m: m.group(1) + m.group(2), key)
    return key


# A destination: the clause before the name sends pupils there (考入清华大学、浙江大学),
# or 为…输送 frames it. A partner: 依托/对口/携手… right before it, or 与/同 … and a
# word of working together after it (与北京师范大学…协同开展, 与…签署合作协议).
_CLAUSE_END = "，。；！？：,;!?"
_DESTINATION_BEFORE = re.compile(r"考入|考取|考上|升入|录取|进入")
_PARTNER_BEFORE = re.compile(r"依托|对口|携手|牵手|借助|引进|联合|邀请|委托")
_WITH = re.compile(r"(?:^|[^参给])[与同](?!其)")
_TOGETHER_AFTER = re.compile(r"合作|协同|签署|签约|共建|结对|交流|联合|携手|联办")
# Names that place an institution outside the district's city: national ones, or
# another province's or prefecture's (北京师范大学, 成都高新区社区学院, 四川外国语大学).
_NATIONAL = ("中国", "国家", "全国", "中央")


def mention_role(text: str, start: int, end: int) -> str:
    """去向, 合作 or "" for the name at ``text[start:end]``, read from its sentence."""
    clause_start = max(text.rfind(c, 0, start) for c in _CLAUSE_END) + 1
    before = text[clause_start:start]
    stops = [i for i in (text.find(c, end) for c in "。；！？") if i >= 0]
    after = text[end : min(stops) if stops else len(text)]
    if _DESTINATION_BEFORE.search(before) or ("为" in before and "输送" in after):
        return "去向"
    if _PARTNER_BEFORE.search(before) or (_WITH.search(before) and _TOGETHER_AFTER.search(after)):
        return "合作"
    return ""


def placed_elsewhere(name: str, district, place_stems: frozenset[str]) -> bool:
    """The name itself says the institution is not in the district's city."""
    if district is not None and any(n in name for n in district.names):
        return False  # 四川外国语大学九龙坡区附属小学校: in the district, whatever it starts with
    home = {district.prefecture[:2], district.province[:2]} if district is not None else set()
    if name.startswith(_NATIONAL):
        return True
    # The name's prefixes looked up, not every stem of the country tried against the name.
    return any(
        name[:size] in place_stems and name[:size] not in home for size in range(2, len(name) + 1)
    )


def _merge_shorter_names(schools: dict, separate: frozenset[str]) -> None:
    """田家炳中学 into 渝南田家炳中学: in one district, a name that ends exactly one
    longer name of the same kind, with a stem of three characters or more (森林小学
    stays apart from 彩云湖森林小学 and 晋渝森林小学: two longer names, and a short stem)."""
    by_district: dict[str, list] = {}
    for (district, key), school in schools.items():
        by_district.setdefault(district, []).append((key, school))
    for district, items in by_district.items():
        for key, school in sorted(items, key=lambda kv: len(kv[0])):
            if school.name in separate or (district, key) not in schools:
                continue
            suffix = next((s for s in SUFFIXES if key.endswith(s)), "")
            if not suffix or len(key) - len(suffix) < 3:
                continue
            longer = [
                (k, s)
                for k, s in items
                if k != key and k.endswith(key) and (district, k) in schools
            ]
            if len(longer) != 1 or longer[0][1].name in separate:
                continue
            target = longer[0][1]
            target.variants |= school.variants
            target.mentions.extend(school.mentions)
            del schools[(district, key)]


def _texts(entry: Entry):
    """(anchor, text) of each paragraph, then the photo captions (anchor "")."""
    for _, paragraph in entry.paragraphs():
        yield paragraph.anchor, paragraph.text
    for caption in entry.front_matter.captions:
        yield "", caption


def _relation(school: School, district, stems: frozenset[str], rules: SchoolRules) -> str:
    """Why a school is not the district's ("" when it is): 去向, 合作 or 外地."""
    roles = {m.role for m in school.mentions}
    if "" in roles and not (school.variants & rules.elsewhere):
        # Named once as the district's own (its subject, its pupils …): it stays
        # the district's, unless the name itself says it is elsewhere.
        if not any(placed_elsewhere(v, district, stems) for v in school.variants):
            return ""
    if "去向" in roles:
        return "去向"
    if "合作" in roles:
        return "合作"
    return "外地"


def entry_names(corpus: Corpus, entry: Entry, rules: SchoolRules, dependencies: str):
    """(anchor, text, [(offset, name)]) for each text of the article; the names
    (jieba's segmentation, the slow part) come from the cache when the article
    and ``schools.yml`` are unchanged."""
    texts = list(_texts(entry))
    names = corpus.cached(
        "schools",
        dependencies,
        entry,
        lambda: [find_names(text, rules) for _, text in texts],
        encode=lambda found: [[[offset, name] for offset, name in names] for names in found],
        decode=lambda data: [
            [(int(offset), str(name)) for offset, name in names] for names in data
        ],
    )
    return [(anchor, text, found) for (anchor, text), found in zip(texts, names, strict=True)]


def directory(corpus: Corpus, rules: SchoolRules) -> list[School]:
    """Every school named in the articles, merged per district, in a stable order.

    ``rules``: schools.yml as loaded."""
    dependencies = rules.fingerprint + code_fingerprint(
        "generator.enrich.schools", "generator.enrich.text", "generator.corpus", "generator.store"
    )
    schools: dict[tuple[str, str], School] = {}
    for entry in corpus.entries:
        district = corpus.gazetteer.resolve(entry.district) if entry.district else None
        short = district.short if district else ()
        seen_here: set[tuple[str, str]] = set()
        for anchor, text, names in entry_names(corpus, entry, rules, dependencies):
            for offset, written in names:
                name = rules.aliases.get(written, written)
                key = name if name in rules.separate else merge_key(name, entry.district, short)
                school = schools.get((entry.district, key))
                if school is None:
                    school = schools[(entry.district, key)] = School(
                        name=name,
                        district=entry.district,
                        district_slug=entry.district_slug,
                        type="",
                    )
                school.variants.add(written)
                school.variants.add(name)
                if (key, anchor or text) in seen_here:
                    continue  # one quote per paragraph is enough
                seen_here.add((key, anchor or text))
                quote = "图片说明：" + text if not anchor else shorten(sentence_at(text, offset))
                role = mention_role(text, offset, offset + len(written))
                school.mentions.append(
                    Mention(entry.docs_path, entry.title, anchor, quote, written, role)
                )
    _merge_shorter_names(schools, rules.separate)
    assert corpus.gazetteer.national is not None  # loaded with national=True
    stems = corpus.gazetteer.national.place_stems
    for school in schools.values():
        # List it under its fullest form: 重庆市第十一中学校 rather than 十一中.
        if not any(v in rules.aliases.values() for v in school.variants):
            school.name = sorted(school.variants, key=lambda v: (-len(v), v))[0]
        school.type = school_type(school.name, rules)
        school.relation = _relation(
            school,
            corpus.gazetteer.resolve(school.district) if school.district else None,
            stems,
            rules,
        )
    return sorted(
        schools.values(),
        key=lambda s: (corpus.district_sort_key(s.district), TYPES.index(s.type), s.name),
    )
