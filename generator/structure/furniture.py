"""Lines of the page, not of the article: a web page's breadcrumbs, info line
(来源：… 作者：… 发布时间：…), widgets, related links, footer and image
placeholders; a newspaper page's date, page and masthead lines.

This pass runs over the seed's lines before anything else reads them. Web
furniture is dropped (its lines become blank, so line numbers stay right);
what it says about the publication (date, outlet, authors, editors) is kept
for front matter. Print furniture is only read here: the layout stage still
sees it, because where it stands tells a page banner from a headline.

The vocabulary is ``generator/data/furniture.yml``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .. import yamlsafe
from ..districts import common_word, to_simplified
from ..districts import is_traditional as _traditional
from ..read import Line
from .cues import (
    WIRE_HEADLINE,
    byline_names,
    cues,
    editor_roles_pattern,
    page_furniture,
    photo_credit,
)
from .text import REPORTER_ROLES, cjk_count, extend_unique


@dataclass(frozen=True)
class FurnitureWords:
    info_labels: dict[str, str]
    info_pattern: re.Pattern
    empty_sources: frozenset[str]
    unknown_source_openers: tuple[str, ...]
    empty_authors: frozenset[str]
    header_end_widgets: tuple[str, ...]
    breadcrumb_openers: tuple[str, ...]
    disclosure_labels: tuple[str, ...]
    widgets: tuple[str, ...]
    related_labels: frozenset[str]
    related_labels_after_text: frozenset[str]
    headline_list_labels: frozenset[str]
    footer: tuple[re.Pattern, ...]
    footer_any: re.Pattern  # the footer patterns as one, asked of every line
    widget_opener: re.Pattern  # the widgets as one alternation, the longest first
    footer_openers: tuple[str, ...]
    placeholders: tuple[re.Pattern, ...]
    site_name_endings: tuple[str, ...]
    page_names: frozenset[str]
    summary_labels: frozenset[str]
    summary_end: re.Pattern
    widget_words: tuple[str, ...]
    site_header_words: tuple[str, ...]
    jump_note: re.Pattern
    cms_markers: re.Pattern
    headline_tail_tags: re.Pattern


@lru_cache(maxsize=1)
def words() -> FurnitureWords:
    raw = yamlsafe.safe_load(
        resources.files("generator").joinpath("data/furniture.yml").read_text(encoding="utf-8")
    )
    labels = {str(k): str(v or "") for k, v in raw["info_labels"].items()}
    for role in cues().editor_roles:
        labels.setdefault(role, "editors")  # (监审:某某: every editor's role is a label)
    # 语 言：中文 / 出 版 地：北京 / 来       源:某某报: a label letter-spaced to line up
    # with longer ones.
    alternatives = "|".join(
        "[ \u3000]{0,8}".join(map(re.escape, label))
        for label in sorted(labels, key=len, reverse=True)
    )
    return FurnitureWords(
        info_labels=labels,
        # 来源：某某日报  作者：张三 | 发布时间：2023-08-09 — a label, a colon, its value.
        info_pattern=re.compile(rf"(?:^|(?<=[\s|｜【\[\d]))({alternatives})\s*[:：]\s*"),
        empty_sources=frozenset(raw["empty_sources"]),
        unknown_source_openers=tuple(raw["unknown_source_openers"]),
        empty_authors=frozenset(raw["empty_authors"]),
        header_end_widgets=tuple(raw["header_end_widgets"]),
        breadcrumb_openers=tuple(raw["breadcrumb_openers"]),
        disclosure_labels=tuple(raw["disclosure_labels"]),
        widgets=tuple(sorted(raw["widgets"], key=len, reverse=True)),
        related_labels=frozenset(raw["related_labels"]),
        related_labels_after_text=frozenset(raw["related_labels_after_text"]),
        headline_list_labels=frozenset(raw.get("headline_list_labels", [])),
        footer=tuple(re.compile(p) for p in raw["footer_patterns"]),
        footer_any=re.compile("|".join(f"(?:{p})" for p in raw["footer_patterns"])),
        widget_opener=re.compile(
            "|".join(re.escape(x) for x in sorted(raw["widgets"], key=len, reverse=True))
        ),
        footer_openers=tuple(raw["footer_openers"]),
        placeholders=tuple(re.compile(p) for p in raw["image_placeholders"]),
        site_name_endings=tuple(sorted(raw["site_name_endings"], key=len, reverse=True)),
        page_names=frozenset(raw["page_names"]),
        summary_labels=frozenset(raw["summary_labels"]),
        summary_end=re.compile(raw["summary_end"]),
        widget_words=tuple(raw["widget_words"]),
        site_header_words=tuple(raw["site_header_words"]),
        jump_note=re.compile(raw["jump_note"]),
        cms_markers=re.compile(raw["cms_markers"]),
        headline_tail_tags=re.compile(raw["headline_tail_tags"]),
    )


@dataclass
class PageDetails:
    """What the page's furniture says about the publication."""

    published: str = ""
    source_name: str = ""
    page: str = ""
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    captions: set[str] = field(default_factory=set)  # lines set right under an image placeholder
    title: str = ""  # the browser title's headline part (标题_某某县人民政府)
    title_opens: bool = False  # the text opens with its 原标题 note: that is the headline
    web: bool = False  # copied from a web page: every line a whole paragraph
    info_line: int = 0  # line number of the first info or date line (under a web page's headline)
    headline_line: int = 0  # the line right over it: a web page's headline
    site_owner: str = ""  # © 2022 某某时讯 / 版权所有:某某区某中心: whose site the page is


# The pieces the date-line patterns below share.
_YEAR = r"(?:19|20)\d\d"
_YMD_DASHED = rf"{_YEAR}-\d{{1,2}}-\d{{1,2}}"  # 2025-06-18
_YMD = rf"{_YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?"  # 2025-06-18, 2025/6/18, 2025年6月18日
_YMD_SPACED = rf"{_YEAR}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?"  # 2025 年 6 月 18 日
_HMS = r"\d{1,2}:\d{2}(?::\d{2})?"  # 09:30 / 09:30:15
_THEN_CLOCK = rf"(?:\s+{_HMS})?"

# 2023-08-09 16:06:49 / 2024年6月18日 / 2021.05.18 / 08.01.2018 (day first on some aggregators)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d\d)"
    # 2025 04/25 17:32:10: a portal's year, then month/day, then the clock
    r"|(?P<y4>(?:19|20)\d\d)\s+(?P<m4>\d{1,2})/(?P<d4>\d{1,2})(?=\s+\d{1,2}:\d{2})"
    # 15-06-23 12:03: a two-digit year, only where a clock time says it is a date
    r"|(?<![\d.-])(?P<y3>\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)(?=\s+\d{1,2}:\d{2}(?!\d))"
)
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_WEEKDAY = re.compile(r"(?:星期|周)[一二三四五六日天]")
_PAGE = re.compile(
    r"(?:第\s*([0-9０-９一二三四五六七八九十]+)\s*版)|(?<![A-Za-z0-9])([A-H]\s*[0-9]{1,2})\s*版?(?![0-9])"
)
_BARE_PAGE_NUMBER = re.compile(r"(\d{1,2})(?:[\s\u3000]+(\S{2,8}))?")
_MASTHEAD = re.compile(
    r"^(?:\S{1,8}?(?:日报|晚报|晨报|时报|导报|教育报|都市报|商报|农民报|青年报|法治报)|[\u4e00-\u9fff]{2,4}报)$"
)
# 文摘   2024-09-13 16:44   内蒙古: a WeChat article's header (its tag or
# account, the time it was posted, the province it was posted from).
_WECHAT_HEADER = re.compile(
    rf"^[^，。！？,!?\d]{{0,30}}?\s*(?P<date>{_YMD_DASHED})\s+\d{{1,2}}:\d{{2}}\s+[\u4e00-\u9fff]{{2,4}}$"
)
_POST_HEADER = re.compile(
    r"^(?P<name>[^，。！？,!?]{0,24}?)\s*(?:(?P<ip>IP\s*属地\s*[:：]\s*\S{1,12})\s*|"
    rf"(?P<date>{_YMD_DASHED}{_THEN_CLOCK})\s*)"
    r"发布于\s*(?:[\u4e00-\u9fff]{1,4}|\d+\s*(?:秒|分钟|小时|天)前)$"
)


# 天水在线编辑:陶静: the site's editor of the page, its name before the label.
@lru_cache(maxsize=1)
def _outlet_editor() -> re.Pattern[str]:
    return re.compile(rf"^\S{{0,12}}?(?:{editor_roles_pattern()})\s*[:：]\s*\S{{2,4}}$")


_SOURCE_AND_WRITER = re.compile(
    r"^(?P<outlet>[^\s:：]{2,16}?)\s*(?:全媒体记者|融媒体记者|首席记者|记者|通讯员)\s*[:：]?\s*(?P<names>\S{2,4}(?:[\s、]\S{2,4}){0,3})$"
)  # (来源:某某日报 记者 甲 乙: a space before the role too)


# 来源:某某日报 记者 甲 (责任编辑 乙): the page's editor in brackets after the source.
@lru_cache(maxsize=1)
def _trailing_editor() -> re.Pattern[str]:
    return re.compile(
        rf"\s*[（(]\s*(?:{editor_roles_pattern()})\s*[:：]?\s*(?P<names>[^（）()]{{2,12}}?)\s*[）)]$"
    )


# A headline, a space, the date it was posted (no label, nothing after but a clock).
_HEADLINE_THEN_DATE = re.compile(
    rf"(?P<headline>(?:(?P<place>[^\s，。！？,!?:：|｜]{{5,20}})[:：]\s?)?"
    rf"[^\s，。！？,!?:：|｜]{{2,60}}(?:\s[^\s，。！？,!?:：|｜]{{2,40}}){{0,2}})\s+(?P<date>{_YMD}){_THEN_CLOCK}"
)  # (某某小学: 山里娃娃比书法 2023年09月28日: a place and a colon may open it)
_HEADLINE_GAP = re.compile(r"[\u4e00-\u9fff”][ \u3000]+[\u4e00-\u9fff“]")
_HEADLINE_RUN_MIN = 60  # characters of a line with no clause mark: the page's headlines run on
_CLAUSE_MARK = re.compile(r"[，。；,;]")  # (a headline may exclaim: …都夸中!)
_DATED_HEADLINE_MIN = 8  # characters of a headline (a masthead before its date is shorter)
# 2014-06-23 14:20:22 青岛日报: the date, then the outlet
# (2018-09-09 07:26 | 某某客户端 |: a client app sets bars between them.)
_DATED_OUTLET = re.compile(
    r"^(?:(?:https?://|www\.)[\x21-\x7e]{1,200}\s+)?"  # http://www.sina.com.cn  2010年08月31日19:48  红网
    rf"(?P<date>{_YMD})(?:\s*\d{{1,2}}(?::\d{{2}}){{0,2}}){{0,3}}(?:\s*[|｜]\s*|\s+)(?P<outlet>[\u4e00-\u9fff]{{2,12}})(?:\s*[|｜])?"
    # … 新浪网 作者 某某: the writer after the outlet
    r"(?:\s+作者\s*[:：]?\s*(?P<writer>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}))?$"
)
# © 2022 马山时讯 / Copyright 2015-2024 某某网 / 版权所有：某某县教育局 / 主办单位: 某某县
# 人民政府办公室: the footer's
# copyright line names the site's owner (a county paper's name places a 我县 text).
_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|Copyright|COPYRIGHT|copyright|版权所有|主办单位|主办(?=\s*[:：]))\s*[:：]?\s*©?\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s*©?\s*)?(?P<owner>[\u4e00-\u9fff]{2,16})"
)
# 本报地址:… 邮政编码:… 版权所有:某某日报社: the holder named inside the page's foot line.
_COPYRIGHT_INSIDE = re.compile(r"\s版权所有\s*[:：]\s*(?P<owner>[\u4e00-\u9fff]{2,16})\s*$")
# [发布时间2016年5月18日]: an info label with its date and no colon, in brackets.
_LABELLED_DATE = re.compile(
    r"[\[【(（]\s*(?P<label>[\u4e00-\u9fff]{2,5})\s*[:：]?\s*"
    rf"(?P<date>{_YMD_SPACED})"
    rf"(?:\s*{_HMS})?\s*[\]】)）]"
)
# 2019-08-04 04:42高洪云供图: a page's date and time with its byline or widget glued on.
_CLOCKED_LINE = re.compile(
    rf"^(?P<date>{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}})\s*{_HMS}\s*[^，。！？；,;!?]{{0,16}}$"
)
_CLOCK_THEN = re.compile(rf"^\s*{_HMS}\s*")
_CLOCK = re.compile(rf"\s{_HMS}(?:\s|$)")
_DAY = rf"(?P<date>{_YEAR}(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)){_THEN_CLOCK}"
# Zhong Guo Xin Wen Wang·2025-11-13 06:53: an outlet's name in pinyin, then its date.
_LATIN_OUTLET_DATED = re.compile(
    rf"[A-Za-z][A-Za-z ]{{2,40}}\s*[·•|｜]\s*(?P<date>{_YMD_DASHED}){_THEN_CLOCK}"
)
# 2018-02-13某某某某某某: a magazine site's date with its writers' names run on.
_DATE_THEN_NAMES = re.compile(rf"(?P<date>{_YMD_DASHED})[\u4e00-\u9fff·]{{4,40}}")
# 董某文 葛某鑫 鲁某        2020-10-09: the writers' names, a wide gap, the date.
_NAMES_THEN_DATE = re.compile(
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?: [\u4e00-\u9fff·]{2,4}){0,5})(?:\s{2,}|\u3000+)"
    rf"(?P<date>{_YMD}){_THEN_CLOCK}"
)
# 上海教育新闻网 刘某玉 2025-11-27 10:36:41: the outlet, its writers, the date.
_OUTLET_NAMES_DATE = re.compile(
    r"(?P<outlet>[\u4e00-\u9fff]{2,12})\s+"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})\s+"
    rf"(?P<date>{_YMD}){_THEN_CLOCK}"
)
# 2001-12-17    本报记者 符某新: the date, then the byline (a role names the writer).
_WRITER_ROLE = re.compile(r"记者|通讯员|作者|撰稿|撰文")
_DATE_THEN_BYLINE = re.compile(rf"(?P<date>{_YMD}){_THEN_CLOCK}\s+(?P<byline>\S.{{1,30}})")
# 02-28 09:00: a county outlet's date line that leaves out the year.
_MONTH_DAY_CLOCK = re.compile(r"(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s+\d{1,2}:\d{2}")
_OUTLET_MONTH_DAY_CLOCK = re.compile(
    rf"(?P<outlet>[\u4e00-\u9fff]{{2,16}})\s+{_MONTH_DAY_CLOCK.pattern}"
)
# A-A+ / A+ A-: a web page's font-size buttons, before its date line.
_FONT_BUTTONS = re.compile(r"^\s*A\s*[-－+＋]\s*A\s*[-－+＋]\s*(?=\d)")
_OUTLET_DATED = re.compile(
    rf"^(?P<outlet>[\u4e00-\u9fff]{{2,12}})\s*{_DAY}$"
)  # (荣昌新闻网2018-03-10 10:22: glued)
# 某某 发表于 2024-9-1 18:37 (| 显示全部楼层 |阅读模式: the thread's buttons after it)
_FORUM_POST = re.compile(rf"^(?:\S{{1,24}}\s+)?发表于\s*[:：]?\s*{_DAY}(?:\s*[|｜].{{0,40}})?$")
_ISSUE_PAGE = re.compile(r"^第\s*\d+\s*期\s*[:：]?\s*(第\s*\d+\s*版)")
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
# 《中国教育报》2019年03月29日第3版: a web copy's note of the printed original.
_PRINTED_IN = re.compile(
    r"^《(?P<name>[^《》]{2,16})》\s*(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?P<page>第\s*[0-9一二三四五六七八九十]+\s*版|[A-H]\d{1,2}\s*版)?\s*$"
)
# 标题_某某县人民政府 / 标题 - 某某网 / 标题”-某某客户端 (a hyphen between two CJK
# characters or marks, never in a number or a Latin word).
_SEPARATORS = re.compile(r"\s*(?:[_｜|]|\s[-—–]\s|(?<=[^\x00-\x7f])-(?=[^\x00-\x7f]))\s*")
_COLUMN_THEN = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[|｜]\s*(\S.*)$")
_DATELINE_ALONE = re.compile(
    rf"^[^\s，。：；（()）“”]{{1,20}}?[讯訊电電]\s*[（(]([^（()）]{{0,40}}?(?:{REPORTER_ROLES})[^（()）]{{1,40}})[）)]$"
)
# 当前版:06版 / 版面:第A08版:文体   上一篇 下一篇 (an e-paper reader's page line)
_CURRENT_PAGE = re.compile(
    r"^(?:当前版|版面)\s*[:：]\s*(第?[A-H]?\d{1,3}版|\S{1,8}版)(?:[:：][\u4e00-\u9fff]{1,8})?(?:\s.{0,40})?$"
)
# (原标题:…), also bare on a line of its own (原标题:三峡深处赶考路)
_ORIGINAL_TITLE = re.compile(
    r"^(?:[（(]\s*原(?:文)?标题\s*[:：]\s*(?P<boxed>[^（）()]{4,60})[）)]|原(?:文)?标题\s*[:：]\s*(?P<bare>[^（）()。]{4,60}))$"
)
# 作者:新报王某凌: the paper's short name glued to its writer's.
_OUTLET_THEN_NAME = re.compile(r"^([\u4e00-\u9fff]{1,8}?(?:报|网|台|社))([\u4e00-\u9fff]{2,3})$")
# - 某某小学举办第一届阅读比赛2023-12-13: a related page's headline, its date run on.
_DATED_RELATED_ITEM = re.compile(
    r"^\s*[-·•]\s*[^。！？]{6,60}?(?<!\s)(?:19|20)\d\d-\d{1,2}-\d{1,2}$"
)
# 【摘要】… (its opening bracket lost, 摘要】…): a site's summary box over the text.
_SUMMARY_BOX = re.compile(
    r"^[【\[]?\s*(?:内容)?(?:摘\s*要|提\s*要)\s*[】\]:：]\s*(?P<text>\S.{19,})$"
)  # (内容提要:… too)
_SUMMARY_PROBE = 20  # characters of the summary that its paragraph repeats
_DATED_TEASER = re.compile(
    r"^(?P<label>[^，。,]{0,16}?(?:19|20)\d\d\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?)"
    r"\s*[,，:：]?\s*(?P<text>\S.{19,})$"
)
_BREADCRUMB_STEP = re.compile(r"首页\s*(?:[>›»＞→/]|&gt;|-{1,2}>)")
_CHINESE_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")}


_TRAIL_STEP = re.compile(r"\s*(?:>+|›|»|＞|&gt;)\s*")


def _disclosure_box_line(text: str, in_box: bool = False) -> bool:
    """索引号 … 文号 … 生成日期 …: a line of a government site's disclosure box;
    ``in_box``: the line under one, where a single pair (文号 某教师〔2022〕37号) ends it."""
    labels = words().disclosure_labels
    if not text.startswith(labels):
        return False
    tokens = text.split()
    return (
        (len(tokens) >= 3 or (in_box and len(tokens) == 2))
        and tokens[0] in labels
        and (sum(1 for t in tokens if t in labels) >= 2 or in_box)
        and not re.search(r"[，。；！？]", text)
    )


_PAGE_ALONE = re.compile(r"^(?:第\s*)?[A-H]?\d{1,3}\s*版$")


def _repeats(headline: str, line: str) -> bool:
    """The line is that headline, or the headline under a short label (通讯：…)."""
    line, headline = line.strip(), headline.strip()
    return line == headline or (line.endswith(headline) and len(line) - len(headline) <= 6)


def _trail_to_headline(text: str, next_text: str) -> bool:
    """某某文化馆> 文旅有约> 标题 over 标题: a breadcrumb that ends in the headline set
    under it (or in 正文, or in its last mark), though it opens with no 首页 or 当前位置."""
    if not any(mark in text for mark in (">", "›", "»", "＞", "&gt;")):  # (_TRAIL_STEP's marks)
        return False
    steps = _TRAIL_STEP.split(text.strip())
    if len(steps) < 3 or not all(steps[:-1]) or any(len(s) > 20 for s in steps[:-1]):
        return False
    last = steps[-1].strip()
    if not last:
        # 某某新闻网 > 某某频道 > 某某新闻 >: the trail to a page whose name it leaves out
        return not re.search(r"[，。；！？,]", text)
    return last == "正文" or (len(last) >= 6 and last == next_text.strip())


def date_of(text: str) -> str:
    """The first date in ``text`` as YYYY-MM-DD, or ""."""
    for match in _DATE.finditer(text):
        if match.group("y"):
            year, month, day = match.group("y"), match.group("m"), match.group("d")
        elif match.group("y3"):
            year, month, day = "20" + match.group("y3"), match.group("m3"), match.group("d3")
        elif match.group("y4"):
            year, month, day = match.group("y4"), match.group("m4"), match.group("d4")
        else:
            year, month, day = match.group("y2"), match.group("m2"), match.group("d2")
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return ""


def page_of(text: str) -> str:
    """第7版 / A3版 as the page says it."""
    match = _PAGE.search(text)
    if not match:
        return ""
    if match.group(1):
        number = match.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        return f"第{number.lstrip('0') or '0'}版"
    return match.group(2).replace(" ", "") + "版"


def _unspaced(label: str) -> str:
    return re.sub(r"[ \u3000]", "", label)


_TITLED_SOURCE = re.compile(r"^《([^《》]{2,20})》(?:\s*[\u4e00-\u9fff]{1,6}版)?$")
_GLUED_LABEL = re.compile(r"(?<=[\u4e00-\u9fff》）)])(?=(?:作者|责任编辑)\s*[:：])")
_FONT_BUTTONS_AFTER = re.compile(r"\s+A\s*[-－+＋]\s*A\s*[-－+＋]\s*$")


def _info_pairs(text: str) -> list[tuple[str, str]] | None:
    """(label, value) of a CMS info line, or None when the line is text."""
    w = words()
    matches = list(w.info_pattern.finditer(text))
    if not matches:
        return None
    if matches[0].start() == 0 and _GLUED_LABEL.search(text):
        # 来源:《某某报》综合版作者:某某 A+A-: a label run on after the last value, and
        # the page's font buttons at the end
        text = _FONT_BUTTONS_AFTER.sub("", _GLUED_LABEL.sub(" ", text))
        matches = list(w.info_pattern.finditer(text))
    before = re.sub(r"[\s|｜【】\[\]]", "", text[: matches[0].start()])
    writer = bool(before) and len(matches) >= 2 and byline_names(before, near_credit=True)
    account = (
        not writer
        and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", before) is not None
        and text[: matches[0].start()].strip() == before  # (set apart by a space, no marks)
        and text[: matches[0].start()] != text[: matches[0].start()].rstrip()
        and w.info_labels.get(_unspaced(matches[0].group(1))) == "published"
    )
    # 某某日报 新闻    时间:… 来源:…: an e-paper's masthead and page name before the labels
    masthead = bool(before) and all(
        token.endswith(w.site_name_endings) or token in w.page_names
        for token in text[: matches[0].start()].split()
    )
    if (
        before
        and before not in w.info_labels  # 字体【 】 【日期:…】: a widget's label, no value
        and not date_of(text[: matches[0].start()])
        and not writer  # 唐大山 发布时间:… 来源:…: the writer's name, unlabelled
        and not account
        and not masthead
        and not _widget_line(text[: matches[0].start()].strip())  # 放大字体 缩小字体 发布日期:…
    ):
        return None  # prose before the first label: 记者从县教育局获悉，来源：… is text
    pairs = [("作者", before)] if writer else []
    if account:
        pairs = [("来源", before)]  # 青春某某 发布时间:…: the account that posted it
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        value = text[match.end() : end].strip(" |｜【】[]")
        pairs.append((_unspaced(match.group(1)), value))
    # One label alone may open a paragraph (作者：…); it is an info line only if
    # its value is short, like a name, an outlet or a date.
    if len(pairs) == 1 and (cjk_count(pairs[0][1]) > 24 or re.search(r"[，。；！？]", pairs[0][1])):
        return None
    return pairs


def _value_head(value: str) -> str:
    """The value up to a wide gap (the next unlabelled widget): 常德日报  浏览次数 → 常德日报;
    or up to a date after a space (某某日报 2015-07-04 08:33: the posting time, unlabelled)."""
    head = re.split(r"\s{2,}|\u3000", value.strip())[0].strip()
    return re.split(r"\s+(?=(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2})", head)[0].strip()


# Set around a widget's word: —分享— / 【打印】 / | 关闭 |
_DECORATION = " |｜·•/【】[]()（）:：—–-_~+"


@lru_cache(maxsize=8192)  # asked of each line by web_copy, the main pass and the columns' scans
def _widget_line(text: str) -> bool:
    w = words()
    if text.startswith(w.footer_openers) or w.footer_any.search(text):
        return True
    simplified = to_simplified(text)  # (中國教育新聞網版權所有: a footer in traditional script)
    if simplified != text and (
        simplified.startswith(w.footer_openers) or w.footer_any.search(simplified)
    ):
        return True
    if re.fullmatch(r"(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff]", text):
        text = text.replace(" ", "")  # 长 按 扫 码
    if cjk_count(text) <= 8 and not re.search(r"[，。；！？]", text):
        if any(word in text for word in w.widget_words):
            return True  # 手机+密码登录 / 还没有账号？: a sign-in box
    # (PDF 版: a Latin word and its Chinese set apart by a space)
    rest, consumed = re.sub(r"(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])", "", text), 0
    for _ in range(8):
        rest = rest.strip(_DECORATION + "0123456789")  # (3上一篇 下一篇4: the page arrows' numbers)
        opener = w.widget_opener.match(rest)  # (the longest widget that opens it)
        if opener is None:
            break
        rest, consumed = rest[opener.end() :], consumed + 1
    else:
        return True
    # 分享到：微信 微博 / 上一篇：… : widgets, with at most a few words of their own
    return consumed > 0 and (
        not rest.strip(_DECORATION) or cjk_count(rest) <= 4 and not re.search(r"[，。]", rest)
    )


# ??? 本报讯…: a converter wrote the paragraph's indent (full-width spaces) as
# question marks; the line opens a paragraph.
_LOST_INDENT = re.compile(r"^[?？]{2,4}\s*(?=[^\s?？])")


# 标题 |: a browser title's separator left after its site's name was cut.
_TRAILING_BAR = re.compile(r"(?<=\S)\s+[|｜]\s*$")


def without_garble(text: str) -> str:
    """The text without a broken converter's pinyin (學(xué)) or a spam site's emoji,
    nor a content system's markers (pagebreak) or a title's trailing bar (标题 |)."""
    text = words().cms_markers.sub("", _PINYIN_GARBLE.sub("", text))
    bare = _TRAILING_BAR.sub("", text)
    # 首页 | 新闻 |: a menu's bars are furniture the menu rule reads; leave them.
    return bare if "|" not in bare and "｜" not in bare else text


_BOXED_AT_END = re.compile(r"\s*[\[【]([^\[\]【】]{1,6})[\]】]\s*$")


def _without_boxed_widget(text: str) -> str:
    """标题: … [打印本页]: a forum's print view sets its button after the headline; an
    aggregator its tag (… 全球讯息)."""
    if len(text) <= 80 and not re.search(r"[。！？]", text):
        text = words().headline_tail_tags.sub("", text)
    boxed = _BOXED_AT_END.search(text)
    if boxed and boxed.start() > 0 and boxed.group(1) in words().widgets:
        return text[: boxed.start()]
    return _BACK_BUTTON.sub("", text)


# < 返回 信息来源:… 发布日期:…: a template's back button set before the info line.
_BACK_BUTTON = re.compile(r"^\s*[<＜«‹]\s*返回\s+(?=\S)")


def _join_lines(
    out: list[Line], texts: list[str], into: int, others: tuple[int, ...], text: str, original: str
) -> None:
    """Line ``into`` becomes the joined line (``text`` as read, ``original`` as written);
    the ``others`` are blanked, keeping their line numbers."""
    texts[into] = text
    out[into] = Line(out[into].number, original, out[into].indented)
    for k in others:
        texts[k] = ""
        out[k] = Line(out[k].number, "", False)


def _join_split_date(out: list[Line], texts: list[str]) -> None:
    """2014 / 02/18 / 08:30: a template that sets the year, the day and the clock one a
    line; joined (2014 02/18 08:30), the page's date line as any."""
    for i in range(len(texts) - 2):
        year, day, clock = (texts[i + k].strip() for k in range(3))
        if (
            re.fullmatch(_YEAR, year)
            and re.fullmatch(r"\d{1,2}/\d{1,2}", day)
            and re.fullmatch(r"\d{1,2}:\d{2}", clock)
        ):
            joined = f"{year} {day} {clock}"
            _join_lines(out, texts, i, (i + 1, i + 2), joined, joined)


def _join_split_labels(out: list[Line], texts: list[str]) -> None:
    """来源: / 某某县委统战部 / 发布时间: / 2021-08-31: a template that sets each info
    label on a line over its value; joined, they are info lines as any."""
    labels = words().info_labels
    for i, text in enumerate(texts):
        label = text.strip()
        if not label.endswith((":", "：")) or label[:-1].strip() not in labels:
            continue
        j = next((k for k in range(i + 1, min(len(texts), i + 3)) if texts[k].strip()), None)
        if j is None:
            continue
        value = texts[j].strip()
        if labels[label[:-1].strip()] == "published" and not re.search(r"\d", value):
            continue  # 发布日期: over the headline: an empty date label, not a date's line
        if (
            cjk_count(value) > 20
            or re.search(r"[，。；！？,]", value)
            or value.endswith((":", "："))
            or re.match(
                r"[\u4e00-\u9fff]{2,6}[:：]", value
            )  # (字号: / 版面:…: an empty label over the next)
        ):
            continue
        original = out[i].text.strip() + out[j].text.strip()
        _join_lines(out, texts, i, (j,), label + value, original)


# 石某苗,某某县教育局办公室: a writer's name, a comma, then the office or post a
# journal's author box gives under its 作者: label (one writer a line).
_AUTHOR_BIO = re.compile(r"^([\u4e00-\u9fff·]{2,4})[,，]\s*([^。！？]{4,60})$")
_BIO_LINES_MAX = 8


def _author_bios(out: list[Line], texts: list[str], details: PageDetails) -> None:
    """作者: / 石某苗,某某县教育局办公室 / 蒲某锋,某某县教育局局长: a journal's box of
    its writers, one a line with the office or post after a comma. The names are the
    authors; the box is the page's, not a headline or a paragraph."""
    labels = words().info_labels
    for i, text in enumerate(texts):
        label = text.strip()
        if not label.endswith((":", "：")) or labels.get(label[:-1].strip()) != "authors":
            continue
        rows = []
        for k in range(i + 1, min(len(texts), i + 2 * _BIO_LINES_MAX)):
            line = texts[k].strip()
            if not line:
                continue
            bio = _AUTHOR_BIO.match(line)
            if not bio or not byline_names(bio.group(1), near_credit=True):
                break
            if not to_simplified(bio.group(2)).endswith(cues().office_endings) and not re.search(
                r"[局委校院所室部]", bio.group(2)
            ):
                break
            rows.append((k, bio.group(1)))
        if not rows:
            continue
        extend_unique(details.authors, [name for _, name in rows])
        for k in (i, *(k for k, _ in rows)):
            out[k] = Line(out[k].number, "", False)
            texts[k] = ""


def placeholder(text: str) -> bool:
    return any(p.match(text) for p in words().placeholders)


def page_name(text: str) -> bool:
    """要闻 / 区县新闻 / 县域教育: the page's or column's name, not a headline."""
    text = text.strip().strip("【】[]")
    return text in words().page_names


def strip_furniture(
    lines: tuple[Line, ...] | list[Line], traditional: bool | None = None
) -> tuple[list[Line], PageDetails]:
    """The lines with web furniture blanked out, and what the furniture said.
    ``traditional``: the page is in traditional script (the gazetteer already
    knows; found here when not given)."""
    details = PageDetails()
    w = words()

    def drop(i: int) -> None:
        out[i] = Line(out[i].number, "", False)

    def drop_info_line(i: int) -> None:
        """The page's info line: the first one marks where its headline stands."""
        mark_info_line(i)
        drop(i)

    def mark_info_line(i: int) -> None:
        if not details.info_line:
            above = next((k for k in range(i - 1, -1, -1) if out[k].text.strip()), None)
            if above is not None and _BULLET.match(out[above].text):
                # • 标题 / • 2024年01月04日 | 来源:…: a page set as a list, its headline too
                out[above] = Line(
                    out[above].number, _BULLET.sub("", out[above].text), out[above].indented
                )
                texts[above] = _BULLET.sub("", texts[above])
        details.info_line = details.info_line or out[i].number

    def keep_date(text: str) -> None:
        if not details.published:
            details.published = date_of(text)

    out = _rejoin_wrapped_closers(
        [
            Line(
                line.number,
                _without_boxed_widget(
                    _without_jump_note(without_garble(_LOST_INDENT.sub("", line.text)))
                ),
                line.indented or bool(_LOST_INDENT.match(line.text)),
            )
            for line in _split_glued_captions(
                _split_glued_bylines(
                    _split_info_glued_to_dateline(
                        _join_credit_broken_after_role(
                            _split_glued_staff_line(
                                _join_wire_headline(
                                    _hyphens_as_dash(_unglue(_without_markup(list(lines))))
                                )
                            )
                        )
                    )
                )
            )
        ]
    )
    # Traditional-script pages (來源：… 責任編輯) are read through their simplified form.
    if traditional is None:
        traditional = _traditional("\n".join(line.text for line in out[:200]))
    texts = [to_simplified(line.text) if traditional else line.text for line in out]
    web = details.web = web_copy(texts)  # (asked once: it reads every line)
    _drop_top_word_menu(out, texts)
    if web:
        _join_split_labels(out, texts)
        _join_split_date(out, texts)
        _author_bios(out, texts, details)
        _drop_trailing_word_column(out, texts)
        _drop_dated_link_list(out, texts)
    out_original = list(out)
    site = ""
    nonblank = [i for i, t in enumerate(texts) if t]
    related_until = -1
    first = nonblank[0] if nonblank else -1
    prose_seen = False
    sentence_seen = False  # a line before this one ended a sentence: the text has begun
    in_disclosure_box = False  # the line above was a line of a disclosure box
    for pos, i in enumerate(nonblank):
        # • 时间:… / • 来源:…: a site may set its info lines as a bulleted list.
        text = _BULLET.sub("", texts[i]) if web else texts[i]
        line = text.strip()  # (the date-line patterns match the whole line)
        prose_seen = prose_seen or (pos > 0 and cjk_count(texts[nonblank[pos - 1]]) >= 40)
        sentence_seen = sentence_seen or (
            pos > 0 and bool(re.search(r"[。！？]$", texts[nonblank[pos - 1]]))
        )
        if i <= related_until:
            drop(i)
            continue
        if not web and _BULLET.match(texts[i]) and _widget_line(_BULLET.sub("", texts[i]).strip()):
            drop(i)  # • 上一篇 / • 下一篇: a page's buttons set as a list, in any copy
            continue
        if (
            pos > 0
            and _PAGE_ALONE.match(texts[nonblank[pos - 1]].strip())
            and len(line) <= 12
            and not re.search(r"[，。；！？,;!?：:]", line)
        ):
            # 02版 / 2018海南两会: an e-paper's list of its pages, each number over its name
            drop(nonblank[pos - 1])
            drop(i)
            continue
        wire = WIRE_HEADLINE.match(line) if ("题" in line or "題" in line) else None
        if wire and any(_repeats(wire["title"], texts[k]) for k in nonblank[max(0, pos - 3) : pos]):
            # 通讯：标题 / 中新网某地11月22日电 题：标题: the wire's dateline repeating the
            # page's headline above it; the outlet that sent it is the source.
            details.source_name = details.source_name or (wire["outlet"] or "")
            drop(i)
            continue
        # In print, a column line may open with any word (…技术支持 / 区域…):
        # only a line set apart from the text can be the page's furniture.
        apart = web or ((i == 0 or not texts[i - 1]) and (i + 1 == len(texts) or not texts[i + 1]))
        if i == first:
            browser = _browser_title(text, texts[i + 1 : i + 40])
            if browser:
                details.title, site = browser  # the site: the outlet only if no 来源 names another
                drop(i)
                continue
            if web and re.search(r"\S_\S", text) and not re.search(r"[，。！？]", text):
                drop(i)  # 某某在线_某某官网: a site's own title line; no headline has a _
                continue
            keywords = re.split(r"[,，]", text)
            if (
                web
                and len(keywords) >= 4
                and not re.search(r"[。！？!?]", text)
                and "、" not in text
            ):
                # 甲,乙,丙,丁: a site's keyword line over the page, not a headline (a
                # line of officials' posts and names, 县委副书记、县长某某,…, is none).
                drop(i)
                continue
        account = _ACCOUNT_INFO.match(line) if "公众号" in line else None
        if account:
            details.source_name = details.source_name or account["account"]
            keep_date(line)
            drop_info_line(i)
            continue
        if _disclosure_box_line(text, in_box=in_disclosure_box):
            keep_date(text)  # (生成日期 2021年08月17日)
            drop(i)
            in_disclosure_box = True
            continue
        in_disclosure_box = False
        if (
            text.startswith(w.breadcrumb_openers)
            or _BREADCRUMB_STEP.search(text)
            or _trail_to_headline(text, texts[nonblank[pos + 1]] if pos + 1 < len(nonblank) else "")
        ):
            drop(i)
            continue
        dateline = _DATELINE_ALONE.match(out_original[i].text.strip()) if web else None
        if dateline:
            # 本报讯(记者某某 通讯员某某) on a line of its own, the text on the next:
            # the signature is the line (a byline), the dateline's words go.
            out[i] = Line(out[i].number, dateline.group(1), out[i].indented)
            continue
        current = _CURRENT_PAGE.match(text)
        if web and current:
            # 当前版:06版: a digital paper's page of this article (over its list of pages).
            number = current.group(1)
            numbered = (
                number if number.startswith("第") or not number[0].isdigit() else "第" + number
            )
            details.page = page_of(numbered) or details.page
            drop(i)
            continue
        original = _ORIGINAL_TITLE.match(text)
        if original and (web or i == first):
            # (原标题:…): a repost's note of the headline it was first printed under.
            # Opening the text, it stands where the repost's own headline was not
            # copied: it is the headline, and a line under it the deck.
            group = "boxed" if original["boxed"] else "bare"
            noted = original[group]
            if text == texts[i] and len(out_original[i].text) == len(texts[i]):
                # as printed (原文標題:長泰推動…): OpenCC keeps the length, so the offsets hold
                noted = out_original[i].text[original.start(group) : original.end(group)]
            if i == first:
                details.title, details.title_opens = noted.strip(), True
            else:
                details.title = details.title or noted.strip()
            drop(i)
            continue
        boxed = text.rstrip(" |｜")
        if (
            boxed[:1] in "(（"
            and boxed[-1:] in ")）"
            and (page_furniture(boxed[1:-1].strip()) or _outlet_editor().match(boxed[1:-1].strip()))
        ):
            drop(i)  # (责任编辑 朱晓涵) / (天水在线编辑:陶静) |: a furniture line in brackets
            continue
        if web and re.fullmatch(r"\d{1,6}", line):
            drop(i)  # 0 / 128: a share or like count under the headline
            continue
        if web and _MENU_ITEM.match(text):
            drop(i)  # 全省要闻| / 州市新闻|: a menu set one entry a line
            continue
        if web and _menu_line(text):
            drop(i)  # 延吉概况 延吉新闻 社会民生 公示公告: the site's menu
            continue
        label = text.strip(" :：【】[]")
        if web and sentence_seen and _DATED_RELATED_ITEM.match(texts[i]):
            drop(i)  # - 某某小学启动读书月活动2024-04-02: the site's list of related pages
            continue
        teaser = _DATED_TEASER.match(text)
        if teaser and any(
            teaser["text"][:_SUMMARY_PROBE] in texts[k] for k in nonblank[pos + 1 : pos + 3]
        ):
            drop(i)  # 编辑最后更新 2026年01月18日,…: the site's dated teaser of the lead under it
            continue
        summary = _SUMMARY_BOX.match(text) if web else None
        if summary and any(
            summary["text"][:_SUMMARY_PROBE] in texts[k] for k in nonblank[pos + 1 : pos + 6]
        ):
            drop(i)  # 【摘要】…: the site's summary of the lead the text then gives in full
            continue
        if web and label in w.summary_labels:
            # 划重点 and the summary under it, up to the line saying it was generated
            end = next(
                (k for k in nonblank[pos + 1 : pos + 10] if w.summary_end.search(texts[k])), None
            )
            related_until = end if end is not None else related_until
            drop(i)
            continue
        if (
            text.strip(" （）()") in cues().credit_words_alone
            and pos > 0
            and byline_names(texts[nonblank[pos - 1]], near_credit=True)
        ):
            drop(i)  # 摄影报道 under 记者 某某 通讯员 某某: the byline's, no headline
            continue
        if placeholder(text):
            drop(i)
            nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
            # A one-sentence caption set apart by a blank line may run longer.
            apart_below = nxt is not None and (nxt + 1 >= len(texts) or not texts[nxt + 1])
            # (The headline set again under a picture, as above it, is no caption.)
            if (
                nxt is not None
                and _caption_like(texts[nxt], apart_below)
                and texts[nxt] not in texts[:i]
            ):
                details.captions.add(texts[nxt])
            continue
        if (
            web
            and not details.info_line
            and not sentence_seen
            and _bulleted_list_at(texts, nonblank, pos)
        ):
            # · 标题 / · 标题 / · 标题 …: a list of pages' headlines (a paper's page, a
            # site's news box), one item a line; wrapped items run on unbulleted.
            drop(i)
            k = pos + 1
            while (
                k < len(nonblank)
                and not _BULLET.match(texts[nonblank[k]])
                and (
                    cjk_count(texts[nonblank[k]]) <= 12
                    and not re.search(r"[。！？]", texts[nonblank[k]])
                    and k + 1 < len(nonblank)
                    # (the last item's tail runs on up to the template's buttons)
                    and (
                        _BULLET.match(texts[nonblank[k + 1]])
                        or _widget_line(texts[nonblank[k + 1]])
                    )
                )
            ):
                related_until = max(related_until, nonblank[k])  # (“送温暖献爱心”)
                k += 1
            continue
        if sentence_seen and first >= 0 and _lists_own_headline(texts, nonblank, pos, texts[first]):
            # 民俗文化 / - 标题 / - 另一篇: the site's list of its pages under the text
            # (a category's name over it), which lists this page's own headline too.
            related_until = _related_block_end(texts, nonblank, pos)
            drop(i)
            continue
        if web and label in w.headline_list_labels:
            # 标题导航 and the page's headlines under it, up to the template's next box.
            related_until = _related_block_end(texts, nonblank, pos, until_widget=True)
            drop(i)
            continue
        opener = next((r for r in w.related_labels if label.startswith(r)), None)
        related = (
            opener is not None
            and (
                label == opener
                or (cjk_count(label) <= len(opener) + 8 and not re.search(r"[，。；！？]", label))
            )
        ) or (sentence_seen and label in w.related_labels_after_text)
        if (
            related and web
        ):  # 相关阅读 / 相关文章Related 首页 | 动态: the label, then other pages' titles
            # (In print, 相关链接 labels a box of the article's own text.)
            related_until = _related_block_end(texts, nonblank, pos)
            if not sentence_seen and _prose_follows(texts, nonblank, related_until):
                # 社会广角 / 图片新闻 / 前期回顾 over the page's own headline and text: an
                # entry of the site's menu, not a list; the lines under it are the page's.
                related_until = i
            drop(i)
            continue
        if (
            not sentence_seen
            and cjk_count(line) >= _HEADLINE_RUN_MIN
            and not _CLAUSE_MARK.search(line)
            and (pos == 0 or _HEADLINE_GAP.search(line))
        ):
            # 羊肥牛壮鸡满舍党员干部带头 掀起植树高潮网上发倡议…: an e-paper's headlines of the
            # page run together over the article; text of that length has a comma somewhere.
            # (Under the headline, a WeChat copy's paragraph that lost its punctuation has
            # no gap between headlines: it is the text.)
            drop(i)
            continue
        dated = None if sentence_seen else _HEADLINE_THEN_DATE.fullmatch(line)
        if (
            dated
            and cjk_count(dated["headline"]) >= _DATED_HEADLINE_MIN
            # (董某文 葛某鑫 鲁某 2020-10-12 / 某某新闻网 韩某新 2025-10-09: writers, an outlet)
            and all(cjk_count(part) >= 4 for part in dated["headline"].split())
            and not byline_names(dated["headline"], near_credit=True)
            and not dated["headline"].endswith(cues().outlet_endings)
            and (dated["place"] or "") not in w.info_labels  # (来源:某某县人民政府网站 …)
            and len(out[i].text.strip()) == len(line)  # (no bullet taken off the line)
        ):
            # 某某学院“双基地”落户罗甸县 2022年07月19日: the headline with the day it was
            # posted after it; the date is the page's, the line its headline.
            keep_date(dated["date"])
            cut = len(dated["headline"])
            out[i] = Line(out[i].number, out[i].text.strip()[:cut], out[i].indented)
            texts[i] = line[:cut]
            continue
        latin = _LATIN_OUTLET_DATED.fullmatch(line)
        if latin and not sentence_seen:
            keep_date(latin["date"])
            drop_info_line(i)
            continue
        signed_dated = _NAMES_THEN_DATE.fullmatch(line) if web else None
        signers = byline_names(signed_dated["names"], near_credit=True) if signed_dated else None
        if signed_dated and signers and not sentence_seen:
            keep_date(signed_dated["date"])
            extend_unique(details.authors, signers)
            drop_info_line(i)
            continue
        outlet_signed = _OUTLET_NAMES_DATE.fullmatch(line) if web else None
        if (
            outlet_signed
            and not sentence_seen
            and outlet_signed["outlet"].endswith(cues().outlet_endings)
        ):
            outlet_writers = byline_names(outlet_signed["names"], near_credit=True)
            if outlet_writers:
                keep_date(outlet_signed["date"])
                details.source_name = details.source_name or outlet_signed["outlet"]
                extend_unique(details.authors, outlet_writers)
                drop_info_line(i)
                continue
        dated_byline = _DATE_THEN_BYLINE.fullmatch(line) if web else None
        if dated_byline and not sentence_seen and _WRITER_ROLE.search(dated_byline["byline"]):
            reporters = byline_names(dated_byline["byline"], near_credit=True)
            if reporters:
                keep_date(dated_byline["date"])
                extend_unique(details.authors, reporters)
                drop_info_line(i)
                continue
        run_on = _DATE_THEN_NAMES.fullmatch(line) if web else None
        if run_on and not sentence_seen:
            keep_date(run_on["date"])
            drop_info_line(i)
            continue
        if web and not sentence_seen and _MONTH_DAY_CLOCK.fullmatch(line):
            drop_info_line(i)  # (no year: the date is not the page's published date)
            continue
        outlet_clock = (
            _OUTLET_MONTH_DAY_CLOCK.fullmatch(line) if web and not sentence_seen else None
        )
        if outlet_clock and outlet_clock["outlet"].endswith(w.site_name_endings):
            # 某某区融媒体中心 10-31 16:33 under the headline: the outlet, the day and time
            # it posted (no year: no published date)
            details.source_name = details.source_name or outlet_clock["outlet"]
            drop_info_line(i)
            continue
        labelled = _LABELLED_DATE.fullmatch(line) if web else None
        if labelled and w.info_labels.get(labelled["label"]) == "published":
            keep_date(labelled["date"])
            drop_info_line(i)
            continue
        pairs = _info_pairs(text)
        if pairs is not None and (apart or len(pairs) >= 2):
            _take_info(details, pairs, text)
            if date_of(text.split("：")[0].split(":")[0]) or any(
                w.info_labels.get(label) in ("published", "source_name") and value.strip()
                for label, value in pairs
            ):  # (发布日期: with nothing after it is a template's empty box; 2021-04-25
                # 10:10  责任编辑:…: the date before the labels)
                # (制作：… 责编：… closing a photo story is a credit box, not the page's
                # info line: the line over it is no headline.)
                mark_info_line(i)
            drop(i)
            continue
        if apart and _widget_line(text):
            if (
                web
                and not sentence_seen
                and i != first  # (over the headline, it ends nothing: • --分享到-- / • 标题)
                and text.strip(_DECORATION) in w.header_end_widgets
            ):
                drop_info_line(i)  # 分享至 under the headline: the header ends here
            else:
                drop(i)
            continue
        printed = _PRINTED_IN.match(text)
        if printed:
            # 《中国教育报》2019年03月29日第3版: where the web copy was first printed.
            details.source_name = details.source_name or printed.group("name")
            keep_date(printed.group("date"))
            details.page = details.page or page_of(printed.group("page") or "")
            drop(i)
            continue
        if (
            web
            and not prose_seen
            and any(word in re.sub(r"(?<=首) (?=页)", "", text) for word in w.site_header_words)
            and not re.search(r"[，。！？；,;!?]", text)
        ):
            drop(i)  # 某某报官方网站 | 某某网首页 今天是: the site's header
            continue
        # (2012年10月19日09:24  北方新报 微博: the share button after the outlet; A-A+2014年
        # 9月2日07:55中国新闻网评论: the font buttons before it, the outlet glued to the clock)
        unbuttoned = _FONT_BUTTONS.sub("", line)
        dated = _DATED_OUTLET.match(
            re.sub(r"\s+(?:微博|微信|分享)$|(?<=[\u4e00-\u9fff]{2})\s*评论$", "", unbuttoned)
        )
        if dated and dated["writer"] and (web or _MASTHEAD.match(dated["outlet"])):
            writers = byline_names(dated["writer"], near_credit=True) or ()
            extend_unique(details.authors, writers)
        if (
            web
            and dated
            and outlet_role_word(dated.group("outlet"))
            or (dated and _MASTHEAD.match(dated.group("outlet")))
        ):
            keep_date(dated.group("date"))
            details.source_name = details.source_name or dated.group("outlet")
            drop_info_line(i)
            continue
        if web and dated and (cjk_count(dated.group("outlet")) <= 6 or _CLOCK.search(text)):
            # 2025-10-17 14 14 今日: the page's date line, cut short; 2023-11-24 11:54
            # 沙区政府教育督导室: a government page's date and the office that posted it.
            keep_date(dated.group("date"))
            outlet = dated.group("outlet")
            if cjk_count(outlet) > 6 or outlet.endswith(cues().organisation_endings):
                details.source_name = details.source_name or outlet  # 红网, 某某区政府教育督导室
            drop_info_line(i)
            continue
        # (0 某某县融媒体中心 2020年08月24日: a like count before it)
        uncounted = re.sub(r"^\d{1,6}\s+(?=\D)", "", line) if web else text
        signed = _OUTLET_DATED.match(uncounted) or _FORUM_POST.match(text)
        if web and signed:
            # 渝北发布 2022-09-29 (a WeChat account and its date) / 某某 发表于 2024-9-1
            # 18:37 (a forum's post header): the page's info line.
            keep_date(signed.group("date"))
            outlet = signed.groupdict().get("outlet") or ""
            if outlet and outlet not in w.empty_sources:  # (本站原创 2019年04月11日: no name)
                details.source_name = details.source_name or outlet
            drop_info_line(i)
            continue
        post = _POST_HEADER.match(text)
        if web and post:
            # 青年时讯 2025-01-07 09:12 发布于浙江 / 某某 IP属地:福建 发布于3分钟前: a
            # social post's header; the account is the outlet when it is dated.
            if post.group("date"):
                keep_date(post.group("date"))
                name = post.group("name").strip()
                if name and cjk_count(name) <= 12 and not details.source_name:
                    details.source_name = name
            drop_info_line(i)
            continue
        wechat = _WECHAT_HEADER.match(text)
        if web and wechat:
            keep_date(wechat.group("date"))
            drop_info_line(i)
            continue
        issue = _ISSUE_PAGE.match(text)
        if issue and cjk_count(text[issue.end() :]) <= 8:
            details.page = details.page or page_of(issue.group(1))
            drop(i)  # 第7134期:第03版 教育培训: the e-paper's issue, page and page name
            continue
        if web and text.startswith(("@", "＠")) and cjk_count(text) <= 30 and i != first:
            # @所有人，…: a social post's share line (the page's first line is its
            # headline, whatever it opens with: @某某学子 你的新课本已在路上)
            drop(i)
            continue
        if web and _URL.fullmatch(text):
            drop(i)  # the page's own address on a line of its own
            continue
        signed_line = _signed_info_line(text) if web else None
        if signed_line is not None:
            # 新华社• 2024-11-10 08:19:41 •记者 周华 / 新华网宁夏频道:甲 乙 丙 2007-07-23:
            # the outlet, the date and the reporters on one line.
            outlet, date, names = signed_line
            keep_date(date)
            details.source_name = details.source_name or outlet
            extend_unique(details.authors, names)
            drop_info_line(i)
            continue
        clocked = _CLOCKED_LINE.match(text)
        if web and clocked:
            keep_date(clocked.group("date"))
            # 2021-01-03 21:39:47刘芬: the writer's name glued on after the clock
            glued = _CLOCK_THEN.sub("", text[clocked.end("date") :])
            glued_names = (byline_names(glued, near_credit=True) if glued else None) or ()
            extend_unique(details.authors, glued_names)
            drop_info_line(i)
            continue
        if _date_line(text) and (
            not page_furniture(text) or (web and not sentence_seen and not details.info_line)
        ):
            # 2023-08-09 16:06:49: a web page's, dropped; and 2021年09月06日 alone under a
            # web page's headline (in print, a plain date is the page's, left below).
            keep_date(text)
            drop_info_line(i)
            continue
        column = _COLUMN_THEN.match(text)
        if (
            web
            and column
            and column.group(1).endswith(cues().column_endings)
            and _date_line(column.group(2))
        ):
            keep_date(column.group(2))  # 新闻资讯 | 2024-11-23 11:26:21: the column, the date
            drop_info_line(i)
            continue
        pieces = [p for p in re.split(r"[\s｜|]+", text) if p]
        if (
            page_furniture(text)
            or _MASTHEAD.match(text)
            or (1 < len(pieces) <= 6 and all(page_furniture(x) or page_name(x) for x in pieces))
        ):
            # Print furniture: read, but left for the layout stage.
            keep_date(text)
            details.page = details.page or page_of(text)
            masthead = next((p for p in pieces if _MASTHEAD.match(p)), "")
            details.source_name = details.source_name or masthead
        bare = _BARE_PAGE_NUMBER.fullmatch(text)
        if (
            bare
            and not web
            and not details.page
            and pos <= 6
            and (not bare.group(2) or page_name(bare.group(2)))
            and any(
                _MASTHEAD.match(texts[j].split()[0] if texts[j].split() else "")
                or date_of(texts[j])
                for j in nonblank[max(0, pos - 2) : pos + 3]
                if j != i
            )
        ):
            # 重庆日报 2019年9月6日 星期五 / 7 / 区县·教育: the page's number on a line
            # of its own (or before its name: 06 教育), beside the masthead.
            details.page = bare.group(1) + "版"
    details.source_name = details.source_name or site
    details.site_owner = next(
        (
            m["owner"]
            for t in texts[first:]
            if (m := _COPYRIGHT_HOLDER.match(t.strip()) or _COPYRIGHT_INSIDE.search(t))
        ),
        "",
    ) or next(
        (m["owner"] for t in texts[first:] if (m := _WELCOME.match(t.strip()))), ""
    )  # (迁西欢迎您!: a county site's greeting over its page, when no footer names it)
    details.captions.discard(details.title)  # (原标题:… names the headline, no caption)
    if traditional:
        # Read through the simplified form, given as printed (鄭黎明, not 郑黎明).
        as_written = _as_written([line.text for line in out_original], texts)
        details.authors = [as_written(n) for n in details.authors]
        details.editors = [as_written(n) for n in details.editors]
        details.source_name = as_written(details.source_name)
    if web:
        _drop_outlet_labels(out, texts, [details.source_name, site, details.site_owner])
        _drop_site_name_over_info_line(out, details)
        details.headline_line = _unbullet_headline(out, details.info_line)
    return out, details


_BULLET = re.compile(
    r"^\s*(?:[•·●▪◦]|[-*+](?=\s))\s*"
)  # (- / * : a Markdown list's, as a converter left it)


def _drop_site_name_over_info_line(out: list[Line], details: PageDetails) -> None:
    """标题 / 某某直播网 / 2025-10-28 17:33:00: a site's name between the headline and
    its date line is the page's source, not the headline the line over the date is."""
    above = [k for k, line in enumerate(out) if line.text and line.number < details.info_line]
    if not details.info_line or len(above) < 2:
        return
    name = out[above[-1]].text.strip()
    if (
        cjk_count(name) <= 10
        and not re.search(r"[，。；！？：:,!?\s]", name)
        and name.endswith(words().site_name_endings)
        and cjk_count(out[above[-2]].text) >= 8
    ):
        details.source_name = details.source_name or name
        out[above[-1]] = Line(out[above[-1]].number, "", False)


def _unbullet_headline(out: list[Line], info_line: int) -> int:
    """The line right over the info line, a web page's headline: its number.
    (• 临夏:省城两校与东乡联姻…: the site set it as an item of a list, the page's
    current menu entry; the bullet goes.)"""
    above = [k for k, line in enumerate(out) if line.text and line.number < info_line]
    if not (info_line and above):
        return 0
    k = above[-1]
    out[k] = Line(out[k].number, _BULLET.sub("", out[k].text), out[k].indented)
    return out[k].number


def _as_written(originals: list[str], simplified: list[str]):
    """A function giving a name found in the simplified lines as the original
    lines print it (OpenCC keeps a line's length; a line it changed is skipped)."""

    def convert(name: str) -> str:
        if not name:
            return name
        for original, simple in zip(originals, simplified, strict=True):
            at = simple.find(name)
            if at >= 0 and len(original) == len(simple):
                return original[at : at + len(name)]
        return name

    return convert


def _drop_outlet_labels(out: list[Line], texts: list[str], outlets: list[str]) -> None:
    """江华融媒 under the info line naming 江华融媒体中心: the outlet's own label
    (a logo's text), never a headline."""
    names = [n for n in outlets if n and cjk_count(n) >= 2]
    for i, line in enumerate(out):
        text = texts[i].strip()
        if not line.text or cjk_count(text) > 10 or re.search(r"[，。；！？：:]", text):
            continue
        if re.search(REPORTER_ROLES, text):
            continue  # 极目新闻记者 某某: the outlet's reporter, a byline
        if len(text) >= 2 and any(n.startswith(text) or text.startswith(n) for n in names):
            out[i] = Line(line.number, "", False)


_SENTENCE_GAP = re.compile(r"(?<=[。！？”])\s+(?=[\u4e00-\u9fff“（(【《0-9])")


# A page flattened to one line opens with its headline, a space, then the dateline
# (本报讯(记者 …), 某某网5月8日电 …): no sentence's mark before it.
_HEADLINE_BEFORE_DATELINE = re.compile(
    r"^([^。！？，,；;]{6,50}?)\s+(?=(?:本报|本网|[\u4e00-\u9fff]{2,12}?)(?:讯|\d{1,2}月\d{1,2}日电)\s*[（(])"
)


# 原标题:戏曲展演 “蓝脸的…”近日,…: a flattened repost opens with its note of the
# headline (one phrase, no space in it), then its text.
_ORIGINAL_TITLE_FIRST = re.compile(r"^(原标题\s*[:：]\s*[^\s。！？]{2,40})\s+(?=\S)")


# Footer marks a text never contains, right after a sentence's end.
_GLUED_FOOTER = re.compile(
    r"(?<=[。！？”）)])\s*(?:Copyright|COPYRIGHT|copyright|©|版权所有|\S{0,12}ICP[备证]|备案号)"
)


def _without_jump_note(text: str) -> str:
    """…心也就踏实了。（下转第三版）: the page's pointer to where the text goes
    on, at a line's end or start, is not the text's."""
    return words().jump_note.sub("", text) if "版" in text else text


_CLOSERS_ONLY = re.compile(r"^[”’」』）)》】]{1,3}$")


def _rejoin_wrapped_closers(lines: list[Line]) -> list[Line]:
    """A closing quote or bracket the column pushed onto a line of its own
    (…新鲜东西。 / ”) goes back to the end of the line it closes."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if _CLOSERS_ONLY.match(text) and out and out[-1].text.strip():
            above = out[-1]
            out[-1] = Line(above.number, above.text.rstrip() + text, above.indented)
            out.append(Line(line.number, "", False))
            continue
        out.append(line)
    return out


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|section|article|header|footer|main|aside|figure|figcaption|center|br"
    r"|h[1-6]|li|ul|ol|table|tr|td|blockquote)\b[^<>]{0,2000}>",
    re.I,
)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,2000}>")
# A tag the copy cut in two: its attributes' tail at a piece's start (src=…jpg />),
# its opening at a piece's end (<div class=).
_CUT_TAG = re.compile(
    r"^\s*[a-zA-Z-]{1,20}\s*=\s*\S{0,400}(?:\s+[a-zA-Z-]{1,20}\s*=\s*\S{0,400}){0,8}\s*/?>"
    r"|</?[a-zA-Z][^<>]{0,200}$"
)


def _without_markup(lines: list[Line]) -> list[Line]:
    """A page's HTML pasted as text (a forum's copy of a WeChat post: <section …><p
    …>近年来,…<br></p>): each block element a line of its own, the tags dropped."""
    out: list[Line] = []
    for line in lines:
        if "<" in line.text and not _ANY_TAG.sub("", line.text).strip():
            # <mark id=…><thead …></thead></mark>: tags alone, a blank line
            out.append(Line(line.number, "", False))
            continue
        if "<" not in line.text or not _BLOCK_TAG.search(line.text):
            out.append(line)
            continue
        for piece in _BLOCK_TAG.split(line.text):
            text = html.unescape(_CUT_TAG.sub("", _ANY_TAG.sub("", piece))).strip()
            if text:
                out.extend([Line(line.number, "", False), Line(line.number, text, False)])
    return out


def _unglue(lines: list[Line]) -> list[Line]:
    """A web page flattened to one line: its paragraphs run on after a full stop
    and a space, and the site's footer is glued to the last one (…。（某某局）
    Copyright 2015 …). Split both off, as lines of their own."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        if len(text) < 150:
            out.append(line)
            continue
        match = _GLUED_FOOTER.search(text)
        tail = ""
        if match and match.start() > 100:
            text, tail = text[: match.start()].rstrip(), text[match.start() :]
        pieces = _SENTENCE_GAP.split(text) if text.count("。") >= 3 else [text]
        head = _HEADLINE_BEFORE_DATELINE.match(pieces[0]) or _ORIGINAL_TITLE_FIRST.match(pieces[0])
        if head:
            # 某某学校 维修基础设施 改善学习环境 本报讯(记者 …)2月21日,…: the headline first.
            pieces[:1] = [head.group(1), pieces[0][head.end() :]]
        for k, piece in enumerate(pieces + ([tail] if tail else [])):
            if k:
                out.append(Line(line.number, "", False))
            out.append(Line(line.number, piece.strip(), line.indented if k == 0 else False))
    return out


_BYLINE_START = re.compile(
    r"\s+(?=(?:[□■]\s*)?(?:文|图|文图|图文|本报记者|记者|通讯员|\S{2,12}?记者)\s*[/／:：]?\s*\S)"
)


# 2025/2/24 来源:不详某某广告 http://…/本报海南讯(记者某某)10月8日,…: a mirror glued its
# info line (and an advert's address) to the text, which opens at the dateline.
_INFO_GLUED_TO_DATELINE = re.compile(
    r"^(?P<head>.{4,160}?)(?P<text>(?:本报|本網|本网|本報|本刊)[^\s，。,]{0,8}?[讯訊]\s*[（(].*)$"
)


# 新某某·某某日报记者 / 李某某 摄: a photo's credit broken after the role.
_ROLE_ALONE = re.compile(r"^\S{2,20}?(?:记者|記者|通讯员|通訊員)$")


def _join_credit_broken_after_role(lines: list[Line]) -> list[Line]:
    """The outlet and role on one line, the photographer and 摄 on the next: the
    credit is the second line's (the first is no headline's deck or heading)."""
    out: list[Line] = []
    prev = -1  # the last line with words, in out
    for line in lines:
        if (
            prev >= len(out) - 2
            and prev >= 0
            and _ROLE_ALONE.match(out[prev].text.strip())
            and photo_credit(line.text.strip())
        ):
            # (the outlet's line goes: the credit names the photographer)
            out[prev:] = [Line(line.number, line.text.strip(), out[prev].indented)]
            continue
        out.append(line)
        if line.text.strip():
            prev = len(out) - 1
    return out


# 2019-12-19 10:1511月24日至…: the page's time run into the text's first date.
_CLOCK_GLUED_TO_TEXT = re.compile(
    r"^(?P<head>\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})(?P<text>\d{1,2}月\d{1,2}日\S.*)$"
)


def _split_info_glued_to_dateline(lines: list[Line]) -> list[Line]:
    """The info line (a date, 来源:, an address) run into the text before its
    dateline, or the page's time run into its first date: two lines, the page's
    and the article's."""
    out: list[Line] = []
    for line in lines:
        clocked = _CLOCK_GLUED_TO_TEXT.match(line.text)
        if clocked:
            out.append(Line(line.number, clocked["head"].strip(), line.indented))
            out.append(Line(line.number, clocked["text"], False))
            continue
        # (asked only of a line holding a dateline's 讯: the pattern scans each start)
        glued = (
            _INFO_GLUED_TO_DATELINE.match(line.text)
            if "讯" in line.text or "訊" in line.text
            else None
        )
        head = glued["head"] if glued else ""
        if (
            glued
            and not re.search(r"[。！？]", head)
            and (
                re.search(r"https?://", head)
                or (date_of(head) and re.search(r"来源\s*[:：]", head))
            )
        ):
            out.append(Line(line.number, head.strip(), line.indented))
            out.append(Line(line.number, glued["text"], False))
            continue
        out.append(line)
    return out


# …推动学校体育工作再上台阶。作者:某某编辑:某某审核:某某 — a site's staff line run on
# after the last sentence, its labels glued to the names before them.
_STAFF_WRITER = r"(?:作者|撰稿|撰文|记者|通讯员|文|图)"


@lru_cache(maxsize=1)
def _glued_staff_line() -> re.Pattern[str]:
    editors = editor_roles_pattern()
    return re.compile(
        rf"(?:^|(?<=[。！？”]))\s*(?P<staff>{_STAFF_WRITER}\s*[:：]\s*[\u4e00-\u9fff·]{{2,8}}?"
        rf"\s*(?:{editors})\s*[:：]\s*[\u4e00-\u9fff·]{{2,4}}(?:\s*\S{{1,4}}\s*[:：]\s*\S{{2,16}}){{0,3}})$"
    )


@lru_cache(maxsize=1)
def _glued_editor_label() -> re.Pattern[str]:
    return re.compile(rf"(?<=[\u4e00-\u9fff])((?:{editor_roles_pattern()})\s*[:：])")


# 编 辑 | 谭    迪 责 编 | 谢某媛: a WeChat post's staff block sets its roles letter-spaced.
_SPACED_PAIR = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=\s*[|｜:：])")


# …| 谭    迪 / | 文 寒: and the two characters of a name after the bar.
_SPACED_NAME = re.compile(r"(?<=[|｜])(\s*[\u4e00-\u9fff])\s+([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def _close_spaced_roles(text: str) -> str:
    roles = set(cues().editor_roles) | set(cues().byline_roles)
    text = _SPACED_PAIR.sub(lambda m: m[1] + m[2] if m[1] + m[2] in roles else m[0], text)
    return _SPACED_NAME.sub(r"\1\2", text)


# 新华社贵阳2月26日电 / 题:…: a wire dateline alone on its line, the headline it gives
# (题:) on the next; one line, as the wire sets it, so the headline is read as one.
_WIRE_DATELINE_ALONE = re.compile(r"^\S{2,24}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]$")
_WIRE_TITLE_LINE = re.compile(r"^[题題]\s*[:：]\s*\S")


def _join_wire_headline(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if _WIRE_TITLE_LINE.match(text):
            k = len(out) - 1
            while k >= 0 and not out[k].text.strip():
                k -= 1
            if k >= 0 and _WIRE_DATELINE_ALONE.match(out[k].text.strip()):
                out[k:] = [Line(out[k].number, f"{out[k].text.strip()} {text}", out[k].indented)]
                continue
        out.append(line)
    return out


@lru_cache(maxsize=1)
def _barred_label() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, sorted(words().info_labels, key=len, reverse=True)))
    return re.compile(rf"(?:^|(?<=\s))({labels})\s*[|｜]\s*(?=\S)")


def _bars_as_colons(text: str) -> str:
    """编辑 | 谭迪 责编 | 谢某媛: a WeChat post's staff block sets a bar where a site sets
    the label's colon; read only on a line that opens with a label and its bar."""
    if not _barred_label().match(text.strip()):
        return text
    return _barred_label().sub(r"\1:", text.strip())


# 绽放冰雪激情 传递冬奥梦想------某县冰雪运动会纪实: a headline and its deck apart by
# hyphens, where print sets a dash.
_HYPHEN_DASH = re.compile(r"(?<=[\u4e00-\u9fff”》])\s*[-－]{2,}\s*(?=[\u4e00-\u9fff“《])")


# …具体做法。（完）: a wire story's end mark after its last sentence.
_WIRE_END = re.compile(r"(?<=[。！？”])\s*[（(]\s*完\s*[）)]\s*$")


def _hyphens_as_dash(lines: list[Line]) -> list[Line]:
    """The marks a copy sets for print's: hyphens for a dash, and the wire's end
    mark dropped."""
    out = []
    for line in lines:
        text = line.text
        if "--" in text or "－－" in text:
            text = _HYPHEN_DASH.sub("——", text)
        if "完" in text:
            text = _WIRE_END.sub("", text)
        out.append(line if text == line.text else Line(line.number, text, line.indented))
    return out


def _split_glued_staff_line(lines: list[Line]) -> list[Line]:
    """Set a staff line (作者:甲 编辑:乙 审核:丙) on its own line, its labels apart, so it
    is read as one, wherever the page ran it on; a letter-spaced role (编 辑 |) closed,
    a bar after a label read as its colon."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        if ("|" in text or "｜" in text) and len(text) <= 80:
            if _SPACED_PAIR.search(text):
                text = _close_spaced_roles(text)
            text = _bars_as_colons(text)
            if text != line.text:
                line = Line(line.number, text, line.indented)
        maybe = ("作者" in text or "文" in text) and (":" in text or "：" in text)
        match = _glued_staff_line().search(text) if maybe else None
        if not match or len(match["staff"]) > 80:
            out.append(line)
            continue
        head = text[: match.start()].rstrip()
        staff = _glued_editor_label().sub(r" \1", match["staff"])
        if head:
            out.append(Line(line.number, head, line.indented))
        out.append(Line(line.number, staff, False))
    return out


def _split_glued_bylines(lines: list[Line]) -> list[Line]:
    """三都：一个水族村寨的“读书账” 文/某某日报记者 吴敏 图/杨帆: a headline and its
    byline set on one line; two lines, so each gets its role."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        if 8 <= len(text) <= 80 and not re.search(r"[。！？]", text):
            for match in _BYLINE_START.finditer(text):
                head, tail = text[: match.start()].strip(), text[match.end() :].strip()
                if tail[:1] in "文图" and tail[1:2] not in "/／:： " and common_word(tail[:2]):
                    continue  # …戏曲进校园 文化润童心: the word 文化, no 文 credit
                if (
                    cjk_count(head) >= 4
                    and byline_names(tail)
                    and not byline_names(head)
                    and not byline_names(text)  # 新华网吉林频道 文字:某 图片:某: one byline
                ):
                    out.append(Line(line.number, head, line.indented))
                    out.append(Line(line.number, tail, False))
                    break
            else:
                out.append(line)
            continue
        out.append(line)
    return out


# 某某大会现场 。丁某华 摄2010年,…: a repost ran a picture's caption and credit into
# the paragraph under it; the credit (names, a space, 摄) ends where the text begins.
_GLUED_CAPTION = re.compile(
    r"^(?P<caption>[^。！？，,]{4,30}?\s*。)\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4}){0,2})"
    r"\s+摄(?=[^\s。）)影])"  # (摄影 is the credit's own word)
)
# 日前,某某小学学生在做课间操。记者 单某伟 摄 有着…: with the photographer's role the
# credit is plain, so the caption may be a longer sentence and a space may follow 摄.
_GLUED_CAPTION_ROLE = re.compile(
    r"^(?P<caption>[^。！？]{4,60}?。)\s*(?:本报|本网)?(?:记者|通讯员)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4}){0,2})\s+摄(?=\s*[^\s。）)影])"
)


# 图为…。林某 摄 图为…。刘某聪 摄 【编辑:某某】: a gallery's captions run into one line,
# each closed by its photographer's credit.
_NEXT_AFTER_CREDIT = re.compile(r"(?<=\s摄)\s+(?=图为|▲|【)")


def _split_glued_captions(lines: list[Line]) -> list[Line]:
    """A caption and its credit run into the next paragraph, or into the next
    caption: split off as a line of its own."""
    out: list[Line] = []
    for line in lines:
        pieces = _NEXT_AFTER_CREDIT.split(line.text) if "摄" in line.text else [line.text]
        if len(pieces) > 1 and line.text.lstrip().startswith(cues().caption_markers):
            for k, piece in enumerate(pieces):
                if k:
                    out.append(Line(line.number, "", False))
                out.append(Line(line.number, piece, line.indented and not k))
            continue
        match = (
            _GLUED_CAPTION.match(line.text) or _GLUED_CAPTION_ROLE.match(line.text)
            if "摄" in line.text[:90]
            else None
        )
        if match and byline_names(match.group("names"), near_credit=True):
            out.append(Line(line.number, line.text[: match.end()], line.indented))
            out.append(Line(line.number, "", False))
            out.append(Line(line.number, line.text[match.end() :].lstrip(), False))
            continue
        out.append(line)
    return out


def web_copy(texts: list[str]) -> bool:
    """Text copied from a web page: its prose lines are whole paragraphs, so most
    end a sentence; a print extraction breaks lines at the column width."""
    w = words()
    if any(
        t.lstrip().startswith(w.breadcrumb_openers) or _BREADCRUMB_STEP.search(t)
        for t in texts[:40]
    ):
        return True  # 当前位置：首页 > …: only a web page has a breadcrumb
    # (· 某某新闻标题: a list's items, a site's list of headlines, are no column lines)
    # (nor are a template's buttons and footer: 上一期 下一期, 某某报业集团主办)
    # (only a line as short as a column's can pair: longer ones are not asked)
    texts = [
        t for t in texts if not _BULLET.match(t) and not (t and len(t) <= 30 and _widget_line(t))
    ]
    prose = [t for t in texts if cjk_count(t) >= 12]
    if not prose:
        return False
    ended = sum(1 for t in prose if re.search(r"[。！？!?”」』）)]$", t))
    if ended >= 0.5 * len(prose):
        return True
    # Column pairs: two lines in a row of about the column's width, the first
    # ending mid-sentence. A print extraction is made of them; a web page has few.
    pairs = sum(
        1
        for a, b in zip(texts, texts[1:], strict=False)
        if 8 <= len(a) <= 30
        and 8 <= len(b) <= 30
        and abs(len(a) - len(b)) <= 4
        and not re.search(r"[。！？!?”：:]$", a)
    )
    nonblank = sum(1 for t in texts if t)
    return pairs < max(3, 0.3 * nonblank) and any(cjk_count(t) >= 30 for t in prose)


# 發(fā)布 / 學(xué)校: pinyin a broken converter left after characters; never text.
_PINYIN_GARBLE = re.compile(
    r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)"
    r"|\((?:[\U0001F000-\U0001FAFF\u2600-\u27BF]\ufe0f?)\)"  # (💘): a spam site's emoji
)


_MENU_ITEM = re.compile(r"^[•·●▪◦]?\s*[\u4e00-\u9fff]{2,8}\s*[|｜]$")


_WORD_COLUMN_MIN = 4  # short lines in a row at the page's end that make a widget's column
_WORD_COLUMN_WIDTH = 6  # characters of each (国务院 / 征集 / 客户端 / 互联网 / +督查)


_TAG_COLUMN_MIN = 5  # tag words a line at the page's foot, before they are its tags
_TAG_WIDTH = 4


_TOP_MENU_MIN = 4  # entries under 首页 that make a menu set one entry a line
_TOP_MENU_ENTRY = 6  # characters of one entry (时政, 融媒思政, 地方频道)


def _drop_top_word_menu(out: list[Line], texts: list[str]) -> None:
    """首页 / 时政 / 视觉 / … / 法治 over the headline: a site's menu set one entry a
    line at the top of the page (the last entry is no headline)."""
    nonblank = [k for k, t in enumerate(texts) if t.strip()]
    if not nonblank or texts[nonblank[0]].replace(" ", "") not in ("首页", "网站首页"):
        return
    menu = [nonblank[0]]
    for k in nonblank[1:]:
        entry = texts[k].strip()
        if not (cjk_count(entry) == len(entry) <= _TOP_MENU_ENTRY):
            break
        menu.append(k)
    if len(menu) - 1 >= _TOP_MENU_MIN:
        for k in menu:
            out[k] = Line(out[k].number, "", False)
            texts[k] = ""


_LIST_MARK = re.compile(r"^[-－—·•]$")
_DATE_ALONE = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
_DATED_LIST_MIN = 2  # entries of a list under the text, each a mark over its date


def _drop_dated_link_list(out: list[Line], texts: list[str]) -> None:
    """- / 2022-03-05 / 某某标题 / its summary, over and over after the text: the
    site's list of other pages (its adverts among them), none of it the article's."""
    nonblank = [k for k, t in enumerate(texts) if t.strip()]
    entries = [
        pos
        for pos, k in enumerate(nonblank[:-1])
        if _LIST_MARK.match(texts[k].strip())
        and _DATE_ALONE.match(texts[nonblank[pos + 1]].strip())
    ]
    if len(entries) < _DATED_LIST_MIN:
        return
    start = nonblank[entries[0]]
    if not any(re.search(r"[。！？!?]\s*$", texts[k]) for k in nonblank[: entries[0]]):
        return  # (no text above it: the page is the list)
    for k in range(start, len(out)):
        out[k] = Line(out[k].number, "", False)
        texts[k] = ""


def _drop_trailing_word_column(out: list[Line], texts: list[str]) -> None:
    """国务院 / 征集 / 国务院 / 客户端 / 互联网 / +督查 / 公众号 政务公开 …: a government site's
    sidebar of app and service links, a word or two a line, after the article's last
    line: none of it is the article's (国务院 is no byline)."""
    column: list[int] = []
    sites_own = False  # (a column of the site's only with its menu or a widget in it:
    # short lines alone may be the text's own)
    for k in range(len(out) - 1, -1, -1):
        text = out[k].text.strip()
        if not text:
            continue
        menu = _menu_line(text)
        if menu or (len(text) <= _WORD_COLUMN_WIDTH and not re.search(r"[。！？，,:：]", text)):
            # (来源:某某社 above it is the info line, read later)
            column.append(k)
            sites_own = sites_own or menu or _widget_line(text)
            continue
        break
    # 绿化 / 校园 / 学校 / 建设 / 教育: the page's tags, a word a line, the site's too
    tags = len(column) >= _TAG_COLUMN_MIN and all(
        cjk_count(t) == len(t) <= _TAG_WIDTH for t in (out[k].text.strip() for k in column)
    )
    if len(column) >= _WORD_COLUMN_MIN and (sites_own or tags):
        for k in column:
            out[k] = Line(out[k].number, "", False)
            texts[k] = ""


# 迁西欢迎您! — a county site greets its visitors by the county's name.
_WELCOME = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{2,12}?)欢迎您[!！]?$")


def _menu_line(text: str) -> bool:
    """Four or more short words set apart by spaces, no punctuation: a site's menu
    (three when bars set them apart: 返回主页 | 版面导航 | 标题导航)."""
    parts = text.split()
    barred = [p.strip() for p in re.split(r"[|｜]", text)]
    if len(barred) >= 3 and all(2 <= cjk_count(p) == len(p) <= 6 for p in barred):
        return True
    if len(barred) >= 4 and all(re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}", p) for p in barred):
        return True  # 搜狐 | ChinaRen | 焦点房地产 | 17173: a portal's links, brands and all
    return (
        len(parts) >= 4
        and all(2 <= cjk_count(p) == len(p) <= 6 for p in parts)
        and not byline_names(text)
    )


_INFO_DATE = re.compile(rf"{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}{_THEN_CLOCK}")


def _signed_info_line(text: str) -> tuple[str, str, list[str]] | None:
    """(outlet, date, reporters) of a web page's line that gives all three:
    新华社• 2024-11-10 08:19:41 •记者 周华 / 新华网宁夏频道:甲 乙 丙 2007-07-23 /
    中国青年网王喆 刘世昕2022-08-22 (a 来源 value)."""
    simple = to_simplified(text)
    dated = _INFO_DATE.search(simple)
    if not dated or len(simple) > 80 or re.search(r"[，。！？；]", simple):
        return None
    rest = (simple[: dated.start()] + " " + simple[dated.end() :]).strip(" •·|｜")
    pieces = [p.strip() for p in re.split(r"\s*[•·|｜]\s*", rest) if p.strip()]
    if len(pieces) == 1:
        # 新华网宁夏频道:甲 乙 丙: the outlet, a colon, the names
        outlet, colon, names_text = pieces[0].partition("：" if "：" in pieces[0] else ":")
        if not colon:
            glued = re.match(
                rf"^(\S{{2,16}}?(?:{'|'.join(map(re.escape, cues().outlet_endings))}))(\S.*)$",
                pieces[0],
            )
            if not glued:
                return None
            outlet, names_text = glued.groups()  # 中国青年网王喆 刘世昕
        pieces = [outlet.strip(), names_text.strip()]
    if len(pieces) != 2:
        return None
    outlet, names_text = pieces
    names = byline_names(names_text, near_credit=True) or byline_names(
        "记者 " + names_text, near_credit=True
    )
    if not names or not to_simplified(outlet).endswith(cues().organisation_endings):
        return None
    written = text if len(text) == len(simple) else simple
    as_printed = [
        written[simple.find(n) : simple.find(n) + len(n)] if n in simple else n for n in names
    ]
    outlet_printed = written[simple.find(outlet) : simple.find(outlet) + len(outlet)]
    return outlet_printed, dated.group(0), as_printed


# 某某宁夏  · 公众号  ·  · 2025-03-18 17:05: a WeChat mirror's line under the headline, the
# account that posted it and the time.
_ACCOUNT_INFO = re.compile(
    rf"^(?P<account>[^\s·•]{{2,20}})\s*[·•]\s*公众号(?:\s*[·•])*\s*(?P<date>{_YMD_DASHED}(?:\s+{_HMS})?)?\s*$"
)


def _date_line(text: str) -> bool:
    """A line that is only a date (and time, weekday): 2023-08-09 16:06:49, also
    after the page's address (http://… 2007-04-11 15:10:44)."""
    text = _URL.sub("", text).strip()
    rest = _DATE.sub("", text, count=1)
    if rest == text:
        return False
    rest = _WEEKDAY.sub("", _TIME.sub("", rest))
    w = words()
    tokens = rest.split()
    if tokens and all(t in w.widgets or t in w.widget_words for t in tokens):
        return True  # 2007年11月19日 收藏 打印 推荐 朗读: the date among the page's buttons
    rest = (
        re.sub(r"(?:(?:阅读|浏览|点击)\s*[:：]?\s*)?\d+(?:\.\d+)?\s*万?\s*次?$", "", rest.strip())
        if re.search(r"\d\s*次$|(?:阅读|浏览|点击)", rest)
        else rest
    )
    return not rest.strip(" |｜()（）[]【】:：-—")


def _browser_title(text: str, below: list[str]) -> tuple[str, str] | None:
    """标题_某某县人民政府 / 标题 - 某某网: (headline, site name); known by the
    site's name, or by the headline standing again under it."""
    parts = _SEPARATORS.split(text)
    if len(parts) < 2:
        return None
    site = parts[-1].strip()
    head = "".join(parts[:-1]).strip()
    if cjk_count(head) < 6 or len(site) > 24:
        return None
    if not site.endswith(words().site_name_endings) and head not in below:
        return None
    return head, site


def outlet_role_word(token: str) -> bool:
    """梅县区广播电视台 / 某某融媒体中心: an outlet's or office's name."""
    return (
        len(token) >= 4
        and cjk_count(token) == len(token)
        and token.endswith(cues().organisation_endings)
    )


def _caption_like(text: str, apart_below: bool = False) -> bool:
    """A line under a picture that reads as its caption, not the next paragraph."""
    n = cjk_count(text)
    if not 4 <= n <= 60 or text.count("。") > 1:
        return False
    # A full sentence is a caption only when a blank line ends it: otherwise it
    # opens the paragraph that the next line goes on with.
    return not text.endswith("。") or (apart_below and n <= 50)


def _bulleted_list_at(texts: list[str], nonblank: list[int], pos: int) -> bool:
    """``nonblank[pos]`` is an item of a run of at least three bulleted short lines
    (a wrapped item's unbulleted tail may stand between them)."""

    def item(k: int) -> bool:
        text = texts[nonblank[k]]
        return (
            bool(_BULLET.match(text))
            and cjk_count(text) <= 30
            and "。" not in text
            and _info_pairs(_BULLET.sub("", text)) is None  # (• 时间:… / • 来源:…: info lines)
        )

    if not item(pos):
        return False
    run, k = 1, pos - 1
    while k >= 0 and (item(k) or (k > 0 and item(k - 1) and cjk_count(texts[nonblank[k]]) <= 12)):
        run, k = run + item(k), k - 1
    k = pos + 1
    while k < len(nonblank) and (
        item(k) or (k + 1 < len(nonblank) and item(k + 1) and cjk_count(texts[nonblank[k]]) <= 12)
    ):
        run, k = run + item(k), k + 1
    return run >= 3


def _lists_own_headline(texts: list[str], nonblank: list[int], pos: int, headline: str) -> bool:
    """A bulleted list at ``nonblank[pos]`` (or under a short label there) whose first
    item is the page's own headline."""
    here = texts[nonblank[pos]].strip()
    first = here
    if not here.startswith(("- ", "• ", "· ")):
        if cjk_count(here) > 8 or re.search(r"[，。；！？:：]", here) or pos + 1 >= len(nonblank):
            return False
        first = texts[nonblank[pos + 1]].strip()
    return (
        first.startswith(("- ", "• ", "· "))
        and len(headline.strip()) >= 6
        and (first[2:].strip() == headline.strip())
    )


def _prose_follows(texts: list[str], nonblank: list[int], end: int) -> bool:
    """The first line after line ``end`` is running text (a long line ending a sentence)."""
    after = next((i for i in nonblank if i > end), None)
    return (
        after is not None
        and cjk_count(texts[after]) > 40
        and re.search(r"[。！？]$", texts[after]) is not None
    )


def _related_block_end(
    texts: list[str], nonblank: list[int], pos: int, until_widget: bool = False
) -> int:
    """Index of the last line of a related-links list opened at ``nonblank[pos]``:
    the short lines (other pages' titles, dates) under the label."""
    end = nonblank[pos]
    listed: set[str] = set()
    for k, i in enumerate(nonblank[pos + 1 :], start=pos + 1):
        text = texts[i]
        if cjk_count(text) > 40 and re.search(r"[。！？]$", text):
            break  # prose again: the article goes on
        if until_widget and text.strip() in listed:
            break  # the list's entry again, over its text: the page's own headline
        listed.add(text.strip())
        if until_widget and (_widget_line(text) or re.search(r"[|｜]", text)):
            break  # the template's next box (版面概览), or its menu bar
        if _info_pairs(text) is not None or _date_line(text) or _ACCOUNT_INFO.match(text.strip()):
            # 推荐阅读 over the page's own headline and info line: the list ended
            # above the headline (the line right over the info line).
            return nonblank[k - 2] if k - 2 > pos else nonblank[pos]
        end = i
    return end


def _take_info(details: PageDetails, pairs: list[tuple[str, str]], line: str = "") -> None:
    w = words()
    if not details.published and line:
        # 2019-07-08 10:33  来源:… / …编辑：彭思雨  2020-11-21 09:36; but not the date
        # of a label that is not the page's (访谈时间：…, 拍摄时间：…).
        for label, value in pairs:
            if label in w.info_labels and not w.info_labels[label] and value.strip():
                labelled = re.escape(label) + r"\s*[:：]?\s*" + re.escape(value.strip())
                line = re.sub(labelled, " ", line, count=1)
        details.published = date_of(line)
    for label, value in pairs:
        key = w.info_labels.get(label, "")
        head = _value_head(value)
        if key == "published":
            details.published = details.published or date_of(value)
        elif key == "source_name":
            glued = _signed_info_line(value.strip())
            if glued:
                # 来源:中国青年网王喆 刘世昕2022-08-22: outlet, reporters and date run together
                head = glued[0]
                details.published = details.published or date_of(glued[1])
                extend_unique(details.authors, glued[2])
            after = value.strip()[len(head) :].strip()
            if after and head and not glued:
                # 来源:某某网   沈某刚: the outlet, a gap, the writer (the line's last item)
                names = byline_names(after, near_credit=True)
                if names and re.fullmatch(r"[\u4e00-\u9fff·\s]+", after):
                    extend_unique(details.authors, names)
            office, _, writer = head.rpartition(" ")
            writer_names = (
                byline_names(writer, near_credit=True)
                if office.endswith(cues().organisation_endings) and not glued
                else None
            )
            if writer_names:
                # 来源:某某县教科局 李某: the office that posted it, a space, its writer
                head = office
                extend_unique(details.authors, writer_names)
            edited = _trailing_editor().search(head)
            if edited:
                extend_unique(
                    details.editors, byline_names(edited["names"], near_credit=True) or []
                )
                head = head[: edited.start()].strip()
            signed = _SOURCE_AND_WRITER.match(head)
            if signed:
                # 来源:昆明日报全媒体记者:杨官荣: the outlet, then its reporter
                head = signed.group("outlet")
                for name in byline_names(signed.group("names"), near_credit=True) or ():
                    if name not in details.authors:
                        details.authors.append(name)
            # 来源:《湖南教育》 / 《某某报》综合版: the paper's name in its title marks, its page after
            head = _TITLED_SOURCE.sub(r"\1", head)
            if (
                head
                and head not in w.empty_sources
                and not head.startswith(w.unknown_source_openers)  # 来源:不详 (and what ran on)
                and not re.search(r"https?://|www\.", head)  # an address is no outlet's name
                and cjk_count(head) <= 20
                and not details.source_name
            ):
                details.source_name = head
        elif key in ("authors", "editors"):
            if not head or head in w.empty_authors:
                continue
            listed = re.sub(r"[、，,;；]", " ", value.strip())  # 作者：刘彩萍、王雨
            names = (
                byline_names(value.strip(), near_credit=True)
                or byline_names(head, near_credit=True)
                or byline_names(listed, near_credit=True)
            )
            outlet, _, rest = value.strip().partition(" ")
            if not names and key == "authors" and rest and outlet_role_word(outlet):
                # 文：梅县区广播电视台 叶思敏: the outlet, then the writer
                names = byline_names(rest.strip(), near_credit=True)
                if names and not details.source_name:
                    details.source_name = outlet
            paper_then_name = _OUTLET_THEN_NAME.match(value.strip()) if key == "authors" else None
            if not names and paper_then_name:
                # 作者:新报王某凌: the paper's short name glued to its writer's
                names = byline_names(paper_then_name.group(2), near_credit=True)
            if not names and key == "authors":
                # Under its label a name without a surname of the list is a name
                # too (作者：吴某 丁增尼达), as after a role word.
                names = byline_names("作者 " + value.strip(), near_credit=True)
            target = details.authors if key == "authors" else details.editors
            for name in names or ():
                if len(name) >= 3 and to_simplified(name).endswith(cues().outlet_endings):
                    continue  # 作者:某某网: the site that posted it, no person
                if name not in target:
                    target.append(name)
