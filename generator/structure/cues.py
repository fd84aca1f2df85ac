"""Layout cues (``generator/data/layout.yml``): bylines, credits, captions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import yamlsafe
from ..districts import common_word, to_simplified
from .text import CJK, COMMA, REPORTER_ROLES, cjk_count, has_structural_space

_CREDIT_PATTERNS = (
    re.compile(
        r"^(?:本版|文中|本文)?(?:图片|照片|图|配图)(?:均|皆)?(?:由|为)(.{2,40}?)(?:提供|供图|供稿|拍摄|摄)$"
    ),
    re.compile(r"^(.{2,30}?)(?:供图|提供图片)$"),
    # 图片来自某某县人民政府网站 / 图片来源:某某网: the site the photos were taken from
    re.compile(r"^(?:本文)?(?:图片|照片|配图)(?:来自|来源于|源自|来源\s*[:：])\s*(.{2,30})$"),
    re.compile(r"^(?:摄影|供图|图)(?![/／]文)\s*[:：/／]\s*(.{2,30})$"),
    # 摄影 陈刚 / 本报记者 陈刚 摄: who took the photos, not who wrote the text.
    re.compile(r"^(?:本版摄影|本版图片|摄影|摄)\s*[:：]?\s+(\S{2,4}(?:\s+\S{2,4}){0,2})$"),
    re.compile(r"^(?:本报记者|记者|通讯员)?\s*(\S{2,4}(?:\s+\S{2,4}){0,2})\s+摄$"),
    # 新华社记者 孙 非摄 / 新华社记者 晋美多吉摄: an agency's photographer, the name
    # letter-spaced or the mark glued to it (a gallery's credit under each photo).
    re.compile(
        r"^[\u4e00-\u9fff]{0,8}?(?:记者|通讯员)\s*([\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2}"
        r"|[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2})\s*摄$"
    ),
)


@dataclass(frozen=True)
class Cues:
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    byline_roles: tuple[str, ...]
    editor_roles: tuple[str, ...]
    transcript_labels: tuple[str, ...]
    lead_labels: frozenset[str]
    caption_people: tuple[str, ...]
    caption_endings: tuple[str, ...]
    caption_verbs: tuple[str, ...]
    headline_words: tuple[str, ...]
    paragraph_openers: frozenset[str]
    not_district_prefixes: frozenset[str]
    caption_subject: re.Pattern
    caption_scene: re.Pattern
    caption_position: re.Pattern
    page_furniture: tuple[re.Pattern, ...]
    deck_endings: tuple[str, ...]
    caption_markers: tuple[str, ...]
    speaker_labels: frozenset[str]
    speech_verbs: tuple[str, ...]
    bullets: str
    author_positions: tuple[str, ...] = ()
    outlet_endings: tuple[str, ...] = ()
    office_endings: tuple[str, ...] = ()
    # An outlet's or sending office's name ends so (梅县区广播电视台, 岚县新闻办).
    organisation_endings: tuple[str, ...] = ()
    genre_labels: frozenset[str] = frozenset()  # 特写:… / 通讯:… before a headline
    column_label_openers: tuple[str, ...] = ()  # 连线党代会:… a column following an event
    spam_brand_endings: tuple[str, ...] = ()  # 某某彩票:… on a gambling site's mirror
    wire_words: tuple[str, ...] = ()  # 综合, 报道: no names in a wire dateline's brackets
    column_endings: tuple[str, ...] = ()
    credit_words_alone: frozenset[str] = frozenset()  # 摄影报道 alone, under a byline
    role_place_endings: tuple[str, ...] = ()  # 某某镇通讯员: a place before the role


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = yamlsafe.safe_load(
        resources.files("generator").joinpath("data/layout.yml").read_text(encoding="utf-8")
    )
    return Cues(
        surnames=frozenset(raw["surnames"].replace(" ", "")),
        compound_surnames=tuple(raw["compound_surnames"]),
        byline_roles=tuple(sorted(raw["byline_roles"], key=len, reverse=True)),
        editor_roles=tuple(raw["editor_roles"]),
        transcript_labels=tuple(f"【{label}】" for label in raw["transcript_labels"]),
        author_positions=tuple(raw.get("author_positions", [])),
        outlet_endings=tuple(sorted(raw.get("outlet_endings", []), key=len, reverse=True)),
        office_endings=tuple(sorted(raw.get("office_endings", []), key=len, reverse=True)),
        organisation_endings=(
            *sorted(raw.get("outlet_endings", []), key=len, reverse=True),
            *sorted(raw.get("office_endings", []), key=len, reverse=True),
        ),
        column_endings=tuple(raw.get("column_endings", [])),
        genre_labels=frozenset(raw.get("genre_labels", [])),
        column_label_openers=tuple(raw.get("column_label_openers", [])),
        spam_brand_endings=tuple(raw.get("spam_brand_endings", [])),
        wire_words=tuple(raw.get("wire_words", [])),
        credit_words_alone=frozenset(raw.get("credit_words_alone", [])),
        role_place_endings=tuple(raw.get("role_place_endings", [])),
        lead_labels=frozenset(raw["lead_labels"]),
        caption_people=tuple(raw["caption_people"]),
        caption_endings=tuple(raw["caption_endings"]),
        caption_verbs=tuple(raw["caption_verbs"]),
        headline_words=tuple(raw["headline_words"]),
        paragraph_openers=frozenset(raw["paragraph_openers"]),
        not_district_prefixes=frozenset(raw["not_district_prefixes"]),
        caption_subject=re.compile(
            "(?:"
            + "|".join(map(re.escape, raw["caption_subjects"]))
            + ")(?:"
            + "|".join(
                map(re.escape, sorted(raw["caption_subject_followers"], key=len, reverse=True))
            )
            + ")"
        ),
        caption_scene=re.compile(
            r"(?<=[\u4e00-\u9fff”])在(?:"
            + "|".join(map(re.escape, sorted(raw["caption_scene_places"], key=len, reverse=True)))
            + r")\S"
        ),
        caption_position=re.compile(
            r"[\u4e00-\u9fff][（(](?:"
            + "|".join(map(re.escape, sorted(raw["caption_positions"], key=len, reverse=True)))
            + r")[）)]"
        ),
        page_furniture=tuple(re.compile(p) for p in raw["page_furniture"]),
        deck_endings=tuple(raw["deck_endings"]),
        caption_markers=tuple(raw["caption_markers"]),
        speaker_labels=frozenset(raw["speaker_labels"]),
        speech_verbs=tuple(raw["speech_verbs"]),
        bullets=raw["bullets"],
    )


_NAME = re.compile(f"^[{CJK}·]{{2,5}}$")


@lru_cache(maxsize=1)
def outlet_role() -> re.Pattern:
    """常德日报记者 / 长江日报全媒体记者: an outlet's name right before a reporter's role."""
    outlets = "|".join(map(re.escape, (*cues().outlet_endings, *cues().role_place_endings)))
    # The outlet is a name: letters only, no punctuation (…大楼”。本报记者 is text and a byline),
    # and no role (通讯员甲乙本报记者丙: the outlet is 本报, not all before it); a hyphen
    # may join two outlets of one house (中国教育报-中国教育新闻网记者).
    return re.compile(
        rf"(?:^|(?<=[\s/／]))(?:(?!记者|通讯员)[\u4e00-\u9fffA-Za-z·\-－]){{0,14}}?(?:{outlets})\s*(?=(?:全媒体|融媒体|首席|特约|见习|实习|摄影|驻\S{{1,4}})?(?:记者|通讯员)|(?:文字|图片|摄影|文|图)\s*[:：])"
    )


_ROLE_CLOSING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:本报记者|记者|通讯员)$")
_SECOND_ROLE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(本报记者|记者|通讯员)(?=[\u4e00-\u9fff]{2})")


def names_run_together(token: str) -> list[str] | None:
    """金某锋王某梅 → [金某锋, 王某梅]: five to nine characters that split one way
    only into names of two or three (a four-character name, 罗布次仁, is one)."""
    if not 5 <= len(token) <= 9 or cjk_count(token) != len(token) or _looks_like_name(token):
        return None
    splits: list[list[str]] = []

    def walk(rest: str, pieces: list[str]) -> None:
        if not rest:
            splits.append(pieces)
            return
        for size in (3, 2):
            if len(rest) >= size and _looks_like_name(rest[:size]):
                walk(rest[size:], [*pieces, rest[:size]])

    walk(token, [])
    return splits[0] if len(splits) == 1 else None


def byline_marked(text: str) -> bool:
    """□ 池某洲 / ■本报记者 …: print's byline mark opens the line (a name alone after it
    is a byline)."""
    return text.lstrip()[:1] in "□■"


def _looks_like_name(token: str) -> bool:
    """Surname + one or two characters; four only with a compound surname."""
    c = cues()
    if not _NAME.match(token):
        return False
    if any(token.startswith(s) and 3 <= len(token) <= 4 for s in c.compound_surnames):
        return True
    return len(token) <= 3 and token[0] in c.surnames


def _pad_names(tokens: list[str]) -> list[str]:
    """高　阳 王丽娜: a two-character name is set with a space inside, to line up
    with three-character ones; surname + one character become one name again."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            len(token) == 1
            and token in cues().surnames
            and i + 1 < len(tokens)
            and len(tokens[i + 1]) == 1
            and tokens[i + 1] not in cues().byline_roles  # 文/摄: two roles, not 文 + 摄
        ):
            out.append(token + tokens[i + 1])
            i += 2
            continue
        out.append(token)
        i += 1
    return out


def byline_names(
    text: str, *, near_credit: bool = False, reserved: frozenset[str] = frozenset()
) -> list[str] | None:
    """The names in a byline line; a traditional-script byline (滁州日報記者 鄭曉雯)
    is read through its simplified form, and its names given as written."""
    names = _byline_names_memo(text, near_credit, reserved)
    return list(names) if names is not None else None


# The role passes ask about the same line several times (as itself and as a
# neighbour): remember the answer. Bounded, and pure: the cues never change.
@lru_cache(maxsize=8192)
def _byline_names_memo(
    text: str, near_credit: bool, reserved: frozenset[str]
) -> tuple[str, ...] | None:
    names = _byline_names_written(text, near_credit, reserved)
    if (
        names is None
        and "、" in text
        and (_LISTED_AFTER_ROLE.match(text.strip()) or _LISTED_NAMES.fullmatch(text.strip()))
    ):
        # 记者:甲、乙、丙: names listed after a role and a colon, as in a credits box;
        # 周某、谢某芳 alone under a wire's dateline: the writers, read as 周某 谢某芳 is
        names = _byline_names_written(text.replace("、", " "), near_credit, reserved)
    return tuple(names) if names is not None else None


_LISTED_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}){1,4}")
_LISTED_AFTER_ROLE = re.compile(
    rf"^(?:{REPORTER_ROLES}|摄影|攝影|文字|撰稿)\s*[:：]\s*[\u4e00-\u9fff·]{{2,4}}(?:、[\u4e00-\u9fff·]{{2,4}}){{1,5}}$"
)


def _byline_names_written(
    text: str, near_credit: bool, reserved: frozenset[str]
) -> list[str] | None:
    names = _byline_names(text, near_credit=near_credit, reserved=reserved)
    if names is not None or not re.search(r"[^\x00-\x7f]", text):
        return names
    simplified = to_simplified(text)
    if simplified == text or len(simplified) != len(text):
        return None
    names = _byline_names(simplified, near_credit=near_credit, reserved=reserved)
    if not names:
        return None
    written, start = [], 0
    for name in names:
        # (段 麗: a two-character name letter-spaced by the layout, joined in ``names``)
        found = re.compile(r"\s?".join(map(re.escape, name))).search(simplified, start)
        if found is None:
            return names
        written.append(text[found.start() : found.end()].replace(" ", ""))
        start = found.end()
    return written


@lru_cache(maxsize=1)
def _spaced_role() -> re.Pattern[str]:
    """A role word letter-spaced by the layout (记 者, 通 讯 员)."""
    roles = [r for r in cues().byline_roles if len(r) >= 2 and cjk_count(r) == len(r)]
    spaced = "|".join(" +".join(map(re.escape, r)) for r in sorted(roles, key=len, reverse=True))
    return re.compile(f"^(?:{spaced})(?= )")


@lru_cache(maxsize=1)
def editor_roles_pattern() -> str:
    """layout.yml's ``editor_roles`` as one alternation, longest first (责任编辑 before
    编辑): the one spelling of an editor's role for every rule that needs it."""
    return "|".join(map(re.escape, sorted(cues().editor_roles, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _trailing_editors() -> re.Pattern[str]:
    """编辑/丙 or 责任编辑:丙 … after the writers, to the end of the byline."""
    return re.compile(rf"(?<=\S)\s+(?:{editor_roles_pattern()})\s*[:：/／]\s*\S.*$")


@lru_cache(maxsize=1)
def _split_role_word() -> re.Pattern[str]:
    """A role word broken by one space inside it (通讯 员, 记 者) where the layout set
    the line: read whole wherever it stands in the byline."""
    roles = [r for r in cues().byline_roles if len(r) >= 3 and cjk_count(r) == len(r)]
    roles += ["记者"]
    split = "|".join(
        re.escape(r[:cut]) + " " + re.escape(r[cut:])
        for r in sorted(roles, key=len, reverse=True)
        for cut in range(1, len(r))
    )
    return re.compile(f"(?:{split})(?= |$)")


_REPORTING_FROM = re.compile(r"(?<=[\u4e00-\u9fff])\s*发自[\u4e00-\u9fff]{2,8}$")
_REPORTING_PLACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+[\u4e00-\u9fff]{2,4}报道$")
_DOTTED = re.compile(r"[·•]\s*([^·•\s]{2,5})\s*[·•]")
_SUPPLIED_PHOTOS = re.compile(r"\s+供图\s*[_:：/]?\s*\S+$")
_WRITERS_PLACE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(][\u4e00-\u9fff]{2,10}[)）]$")

# Roles that begin common words (作者简介, 文字稿, 图片新闻): never run into a name.
_ROLES_SET_APART = frozenset({"作者", "文字", "图片"})

_POSTED_FROM = re.compile(r"^(?:特派|驻)[\u4e00-\u9fff]{1,4}?(?=记者)")
_GLUED_CREDIT = re.compile(r"(?<=[\u4e00-\u9fff])(文/图|图/文|文／图|图／文|摄|攝)$")


@lru_cache(maxsize=1)
def _glued_role() -> re.Pattern[str]:
    """A reporter's role run into the name after it (记者关俏俏, 通讯员李丹); not
    作者 or 文字, which words follow (作者简介)."""
    roles = sorted(
        (r for r in cues().byline_roles if r.endswith(("记者", "通讯员", "实习生"))),
        key=len,
        reverse=True,
    )
    return re.compile(f"^(?:{'|'.join(map(re.escape, roles))})(?=[{CJK}])")


@lru_cache(maxsize=1)
def _role_colon() -> re.Pattern[str]:
    roles = "|".join(map(re.escape, cues().byline_roles))
    return re.compile(f"({roles})\\s*[:：]")


# 中新社乌鲁木齐2月15日电 题:库尔班·尼亚孜:从课堂到乡野…: a wire story's dateline
# gives its headline (题:) when the page sets none of its own; an outlet (…社, …网)
# may open it (新華社貴陽2月26日電 題:…, in traditional script).
WIRE_HEADLINE = re.compile(
    r"^(?P<outlet>\S{1,12}?(?:社|网|網))?\S{0,12}?[电讯電訊]\s*[题題]\s*[:：]\s*(?P<title>[^。！？]{6,60})$"
)

_REPORTER_ROLE_ENDINGS = ("记者", "通讯员", "实习生")
_BYLINE_MAX_CHARS = 80  # eight roles with their names fit in well under this


def _byline_names(
    text: str, *, near_credit: bool = False, reserved: frozenset[str] = frozenset()
) -> list[str] | None:
    """The names in a byline line (``何霜 杜林燕 胡忠英`` → 3 names), else None.

    A single bare name is only a byline next to a photo credit or with a role
    word (记者 周珣): on its own it is too easily a two-character heading.
    """
    if len(text) > _BYLINE_MAX_CHARS or any(ch in text for ch in "。；！？，"):
        return None  # a sentence or a clause, never a byline (asked before the rewrites scan it)
    c = cues()
    marked = byline_marked(text)
    text = re.sub(r"^[□■◆●◎▌|｜]\s*", "", text.strip())  # ■本报记者 … : a mark before the byline
    if "□" in text or "■" in text:
        text = re.sub(r"(?<=\s)[□■]\s*", "", text)  # 记者 甲 □乙 丙: print's mark before each group
    near_credit = near_credit or marked
    bracketed = len(text) > 2 and text[0] in "（(" and text[-1] in "）)"
    if bracketed:
        text, near_credit = text[1:-1].strip(), True  # （冉光明） closing the text: its signature
    dotted = _DOTTED.fullmatch(text)
    if dotted:
        text, near_credit = dotted.group(1), True  # ·朱光明·: a paper's mark for its writer
    text = _trailing_editors().sub("", text)  # 记者/甲 乙 编辑/丙: the editor is no author
    text = _SUPPLIED_PHOTOS.sub("", text)  # 本刊记者_某某 供图_某某联盟: who lent the photos
    text = _WRITERS_PLACE.sub("", text)  # 文/图:罗祖文(贵州): where the writer is from
    text = _REPORTING_FROM.sub("", text)  # 南方周末记者 高伊琛发自四川西昌
    text = _REPORTING_PLACE.sub("", text)  # 某某网通讯员 匡凤 醴陵报道: where it reports from
    text = re.sub(r"(?<=[\u4e00-\u9fff])\s+等$", "", text)  # 作者:甲 乙 等: and others
    # 常德日报记者 / 长江日报全媒体记者 / 某某融媒 记者: the outlet before the role
    text = _spaced_role().sub(lambda m: re.sub(r"\s+", "", m.group(0)), text)  # 记 者 曾志明
    text = outlet_role().sub("", text)
    text = _POSTED_FROM.sub("", text)  # 特派龙岩记者 廖某: the place a reporter is sent to
    text = _GLUED_CREDIT.sub(
        r" \1", text
    )  # 记者刘某文/图, 晋美多吉摄: the credit glued to the name
    text = _role_colon().sub(r"\1 ", text)  # 文：张三 / 作者：张三
    text = _split_role_word().sub(lambda m: m.group(0).replace(" ", ""), text)  # 通讯 员
    glued = _glued_role().match(text)
    if glued and " " in text.strip():
        # 本报记者吴某斌通讯员 张某: the second role glued to the first name, its names after a space
        head, space, tail = text[glued.end() :].partition(" ")
        second = _ROLE_CLOSING.search(head)
        if second:
            text = f"{glued.group(0)}{head[: second.start()]} {second.group(0)}{space}{tail}"
    if glued and " " not in text.strip():
        # 通讯员甲乙本报记者丙: a second role run into the names as well
        text = glued.group(0) + _SECOND_ROLE.sub(r" \1 ", text[glued.end() :])
        glued = _glued_role().match(text)
    # 记者感触颇深: a role run into four characters that open with a common word
    # (感触) and no surname is a sentence (the reporter was moved); 记者罗布次仁 and
    # 记者央金拉姆 open with a surname or with no word of the dictionary.
    rest = text.strip()[glued.end() :] if glued is not None else ""
    glued_four = (
        cjk_count(rest) == len(rest) == 4
        and rest[0] not in cues().surnames
        and common_word(rest[:2])
    )
    if glued:
        # 新华社记者关俏俏、丁磊: a role glued to the names, listed with 、
        text = glued.group(0) + " " + text[glued.end() :].replace("、", " ")
    # 记者  王 丽 娜: a name letter-spaced (one character, one space, 2–3 of
    # them), set off from the rest by a wider gap, is one name.
    text = " ".join(
        group.replace(" ", "") if re.fullmatch(f"[{CJK}]( [{CJK}]){{1,2}}", group) else group
        for group in re.split(r" {2,}", text)
    )
    # (开凯 王程/文): names the credit mark closes are names, a surname off the list too.
    credit_closed = bool(re.search(r"[\u4e00-\u9fff]\s*[/／]\s*(?:文|图|摄|文图|图文)$", text))
    tokens = _pad_names([t for t in re.split(r"[\s/／|｜_]+", text) if t])
    if not tokens or len(tokens) > 8 or any(ch in text for ch in "，。；：！？、“”"):
        return None
    names: list[str] = []
    unlisted: list[str] = []  # a name whose surname is off the list (at most one)
    had_role = False
    reporter_role = False  # the names so far follow a reporter's role word (记者, 通讯员)
    roles_seen = 0  # 文字:甲 乙 图片:丙 乙 — one person may hold two roles
    post = tokens[0] if tokens else ""
    if (
        len(tokens) >= 2
        and cjk_count(post) == len(post)
        and not post.startswith(("访", "专访", "对话"))
        and any(post.endswith(p) and len(post) > len(p) for p in c.author_positions)
    ):
        # 沙坪坝区树人小学校长  王晓梅: the author's post, then the author.
        tokens, had_role = tokens[1:], True
    for token in tokens:
        for role in c.byline_roles:
            if token.startswith(role) and token != role:
                if role in _ROLES_SET_APART:
                    continue  # 作者简介, 文字稿, 图片新闻: words, not a role and a name
                bare = token[:-1] if token[-1] in "摄攝" else token
                if (
                    len(role) == 1
                    and len(bare) == 3
                    and _looks_like_name(bare)
                    and not _looks_like_name(bare[1:])
                ):
                    break  # 文翔宇(摄): a surname that is also a role's character (not 文娱)
                token, had_role = token[len(role) :], True
                reporter_role = role.endswith(_REPORTER_ROLE_ENDINGS)
                roles_seen += 1
                break
            if token == role:
                token, had_role = "", True
                reporter_role = role.endswith(_REPORTER_ROLE_ENDINGS)
                roles_seen += 1
                break
        if not token:
            continue
        if len(token) >= 3 and token[-1] in "摄攝" and _looks_like_name(token[:-1]):
            token, had_role = token[:-1], True  # 葛亮摄: the photographer, the mark glued on
        if had_role and len(token) >= 4 and token.endswith(c.organisation_endings):
            continue  # 文：梅县区广播电视台 叶思敏: the outlet between the role and the name
        run = names_run_together(token) if had_role else None
        if run:
            names.extend(run)  # 通讯员金某锋王某梅: two names set without a space
            continue
        # 记者 罗布次仁 / 通讯员 阿依古丽: after a role word, a four-character name
        # (Tibetan, Uyghur, Mongolian …) with no surname of the list is a name too.
        minority = (
            had_role
            and not (glued_four and not near_credit)
            and len(token) == 4
            and cjk_count(token) == 4
            and not token.endswith(c.deck_endings)
        )
        marked = credit_closed and 2 <= len(token) <= 3 and cjk_count(token) == len(token)
        if token in reserved:
            return None
        # 通讯员 蹇某 / 记者 禤某文: right after a reporter's role, two or three characters
        # that make no word are a name whose surname is off the list.
        after_reporter = (
            reporter_role
            and 2 <= len(token) <= 3
            and cjk_count(token) == len(token)
            and not any(common_word(token[i : i + 2]) for i in range(len(token) - 1))
        )
        if not (_looks_like_name(token) or minority or marked or after_reporter):
            # (濮某莹 程某格 陈某): among the names of a signature in brackets, one of
            # three characters whose surname is off the list (濮) is a name too.
            if unlisted or not bracketed or len(token) != 3 or cjk_count(token) != 3:
                return None
            if common_word(token[:2]) or common_word(token[1:]):
                return None
            unlisted.append(token)
        names.append(token)
    if credit_closed and names and not any(_looks_like_name(n) for n in names):
        return None  # (学校 活动/文: the mark alone makes no words names)
    if unlisted and len(names) - len(unlisted) < 2:
        return None  # (the others vouch for it: two or more names of the list)
    if roles_seen >= 2:
        names = list(dict.fromkeys(names))
    if not names or len(set(names)) < len(names):
        return None  # a byline never names one person twice under one role (项教 项教 is text)
    if len(names) == 1 and not (near_credit or had_role):
        return None
    return names


_CREDIT_MARK = re.compile(r"^[□■◆●◎▌]\s*")  # ■本版摄影 …: a mark before a credit


def page_credit(text: str) -> str | None:
    """``本版图片由…提供``: one credit printed for every photo of the page."""
    name = photo_credit(text)
    inner = _CREDIT_MARK.sub("", text.strip()).lstrip("（([【").lstrip()
    return name if name and inner.startswith("本版") else None


@lru_cache(maxsize=8192)  # asked of each line and of its neighbours
def _credit_inside(text: str) -> str:
    """A credit line without its mark (■本版摄影 王鹏) and its brackets (（…）)."""
    text = _CREDIT_MARK.sub("", text.strip())
    if len(text) > 2 and text[0] + text[-1] in ("（）", "()", "【】", "[]"):
        text = text[1:-1].strip()
    return text


_CREDIT_CHARS = "图圖照供摄攝"


def photo_credit(text: str) -> str | None:
    """``图片由巴南区教委提供`` → ``巴南区教委`` (also in brackets: ``（…）``)."""
    if not any(ch in text for ch in _CREDIT_CHARS):
        return None  # (every credit pattern has one of them: asked of every line, cheaply)
    text = _credit_inside(text)
    # Matched on the simplified form (新華社記者 孫 非攝): OpenCC keeps the length, so
    # the names are taken as printed.
    simplified = to_simplified(text)
    probe = simplified if len(simplified) == len(text) else text
    for pattern in _CREDIT_PATTERNS:
        match = pattern.match(probe)
        if match:
            found = text[match.start(1) : match.end(1)].strip()
            if re.fullmatch(r"\S( \S){1,2}", found):
                return found.replace(" ", "")  # 孙 非: one name, letter-spaced
            names = found.split()
            if len(names) > 1 and all(2 <= len(n) <= 4 and cjk_count(n) == len(n) for n in names):
                return "、".join(names)  # 摄影  陈刚  胡杰: two photographers
            return found
    return None


# (摄影:江城渔夫): a photographer signed by a pen name, after the role and a colon.
_PEN_NAME_CREDIT = re.compile(r"^(?:摄影|摄|图片|图)\s*[:：]\s*([\u4e00-\u9fff]{2,6})$")


def pen_name_credit(text: str) -> str | None:
    """``（摄影:江城渔夫）`` → ``江城渔夫``: no person's name by its shape, but a
    role, a colon and one word that no organisation's name ends like."""
    match = _PEN_NAME_CREDIT.match(_credit_inside(text))
    if match is None or match.group(1).endswith(cues().organisation_endings):
        return None
    return match.group(1)


_CONTRIBUTOR = re.compile(r"^(?:本文由|稿件由)?\s*([^\s，。；：！？“”]{2,20}?)\s*供稿$")


def contributor(text: str) -> str | None:
    """（城口县教委供稿） → 城口县教委: the body that supplied the text, its author."""
    text = text.strip()
    if len(text) > 2 and text[0] + text[-1] in ("（）", "()"):
        text = text[1:-1].strip()
    match = _CONTRIBUTOR.match(text)
    return match.group(1) if match and not photo_credit(text) else None


_CAPTION_CREDIT = re.compile(
    r"^(.{4,}?)\s*[（(]\s*(?:\S{0,8}?记者|通讯员|摄影|图)?\s*([^（）()]{2,16}?)\s*[/／]?\s*拍?摄\s*[）)]$"
)
# 高级中学航拍图(图/某某): the photographer after 图/ in brackets, no 摄.
_CAPTION_PHOTO_BY = re.compile(
    r"^(.{4,}?)\s*[（(]\s*(?:图|图片|摄影)\s*[/／:：]\s*([^（）()/／]{2,16}?)\s*[）)]$"
)
# …开学第一课。  记者 张慧 李明轩/摄 / …向老师献花　特约摄影 谢娜: the credit after
# a gap, no brackets; it must say 摄 to be one.
_GAP_CREDIT = re.compile(
    r"^(?:\S{0,14}?(?:记者|通讯员)\s*[/／]?\s*)?(?:特约摄影|摄影|摄)?\s*[:：]?\s*"  # (记者/胡某 摄)
    # (lazy: 代某君摄, the credit glued to 摄 once the line's spaces are closed)
    r"(?P<names>[\u4e00-\u9fff·]{2,4}?(?:\s+[\u4e00-\u9fff·]{2,4}?){0,3})\s*(?:[/／]\s*摄|摄影|摄)?$"
)

_ROLE_CREDIT = re.compile(r"^\S{0,14}?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}")


_ISSUER = re.compile(r"^[\u4e00-\u9fff]{1,8}[社网]发\s+(?=\S)")
# …参加高考。新华社发(某某摄): the agency that issued the photo, between caption and credit.
_ISSUED_BY = re.compile(r"(?<=[。！？”）)])\s*[\u4e00-\u9fff]{1,8}社发$")


def caption_credit(text: str) -> tuple[str, str] | None:
    """红池坝小学学生在户外写生（通讯员 李明 摄） → (caption, 李明); a
    traditional-script credit (…新華社記者 羅布次仁 攝) through its simplified form."""
    found = _caption_credit_as_written(text)
    return (_ISSUED_BY.sub("", found[0]), found[1]) if found else None


def _caption_credit_as_written(text: str) -> tuple[str, str] | None:
    found = _caption_credit(text)
    if found is not None or "攝" not in text:
        return found
    simplified = to_simplified(text.strip())
    found = _caption_credit(simplified) if len(simplified) == len(text.strip()) else None
    if found is None:
        return None
    original = text.strip()
    caption = original[: len(found[0])] if simplified.startswith(found[0]) else found[0]
    names = [
        original[simplified.find(n) : simplified.find(n) + len(n)] if n in simplified else n
        for n in found[1].split()
    ]
    return caption, " ".join(names)


def _caption_credit(text: str) -> tuple[str, str] | None:
    match = _CAPTION_CREDIT.match(text.strip()) or _CAPTION_PHOTO_BY.match(text.strip())
    if not match:
        text = text.strip()
        if "摄" not in text[-24:]:
            return None
        # Try each gap from the left: 向老师 献花 特约摄影 谢娜 splits after 献花.
        for match in re.finditer(r"\s+|(?<=[。！？”])", text):
            caption, credit = text[: match.start()].strip(), text[match.end() :].strip()
            credit = _ISSUER.sub("", credit)  # 新华网发 某某摄: the agency that issued it
            credit = re.sub(r"^[□■◎●]\s*", "", credit)  # …现场。 □罗某雄摄: print's byline mark
            # 周小华。记者刘洋 摄: a portrait's caption may be the name alone when a
            # reporter's role says whose photo it is.
            shortest = 2 if _ROLE_CREDIT.match(credit) else 4
            found = (
                _GAP_CREDIT.match(credit)
                if cjk_count(caption) >= shortest and "摄" in credit
                else None
            )
            names = (
                (
                    byline_names(credit.replace("/", " ").replace("／", " "), near_credit=True)
                    or byline_names(found.group("names"), near_credit=True)
                )
                if found
                else None
            )
            if names:
                return caption, " ".join(names)
        return None
    names = byline_names(match.group(2), near_credit=True)
    return (match.group(1).strip(), " ".join(names)) if names else None


# 2019年3月 启动… / 2021年12月20日　…: one entry of a timeline (大事记) box,
# a date set apart from its event by a space.
_TIMELINE_ENTRY = re.compile(r"^\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[ \u3000]+\S")


def list_item(text: str) -> bool:
    """●… / 2019年3月 …: a line that opens one item of a list (or a timeline)."""
    text = text.strip()
    return len(text) > 1 and (text[0] in cues().bullets or bool(_TIMELINE_ENTRY.match(text)))


_CAPTION_END = re.compile(
    r"\s*[（(](?:[资資]料[图圖]片|[资資]料[图圖]|[资資]料照片|网络图片|網絡圖片|[图圖]片[来來]源\s*[:：][^（）()]{1,20}"
    r"|[^（）()]{0,20}供[图圖]|[^（）()]{1,20}[/／]?\s*[摄攝]|[图圖]片由[^（）()]{1,20}提供)[）)]$"
)


# …在操场上嬉戏（4月20日摄）。新华社记者 某某 摄: a news agency's caption, the day its
# photo was taken in brackets (and the photographer's credit after it).
_SHOT_ON = re.compile(
    r"[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[摄攝]\s*[）)]\s*[。.]?"
    r"(?:\s*[^，。,；;（）()]{0,24}[摄攝])?$"
)


def shot_dated_caption(text: str) -> bool:
    """A caption that gives the day its photo was taken, the agencies' way."""
    text = text.strip()
    if "摄" not in text and "攝" not in text:
        return False
    return 4 <= cjk_count(text) <= 120 and _SHOT_ON.search(text) is not None


# …在给学生上课。资料图片: the same mark without its brackets, after the caption's stop;
# so is who lent the photo (…在学习中。 王某琼供图), no photographer and no author.
_BARE_CAPTION_END = re.compile(
    r"(?<=[。！？])\s*(?:[资資]料[图圖]片|[资資]料照片|网络图片|網絡圖片"
    r"|[\u4e00-\u9fff·]{2,12}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2}\s*供[图圖])$"
)


def caption_end_mark(text: str) -> str | None:
    """后池小学的孩子们在升国旗。（资料图片） → the caption without its mark."""
    text = text.strip()
    bracketed = _CAPTION_END.search(text)
    match = bracketed or _BARE_CAPTION_END.search(text)
    # (王下乡(资料图): in brackets the mark alone makes a caption of a place's name)
    if (
        not match
        or cjk_count(text[: match.start()]) < (2 if bracketed else 4)
        or cjk_count(text) > 80
    ):
        return None
    return text[: match.start()].strip()


def marked_caption(text: str) -> bool:
    """图为… / ▲… / 上图：…: a line the layout marks as a photo caption."""
    text = text.strip()
    return text.startswith(cues().caption_markers) and cjk_count(text) >= 4


def caption_score(text: str) -> int:
    """Positive: reads like a photo caption; zero or less: like a headline."""
    c = cues()
    text = to_simplified(text)  # (鳥瞰圖 reads as 鸟瞰图)
    score = 0
    if any(word in text for word in c.caption_people):
        score += 2
    if text.endswith(c.caption_endings):
        score += 2
    if any(word in text for word in c.caption_verbs):
        score += 1
    if c.caption_subject.search(text) or c.caption_scene.search(text):
        score += 2
    if c.caption_position.search(text):
        score += 3  # 顾某(左)接受访谈: where the person stands in the photo
    if re.match(r"^.{1,12}?(小学|中学|幼儿园|学校|学院|大学|一中|二中|十一中)", text):
        score += 1
    if COMMA.search(text):
        score += 2
    if has_structural_space(text):
        score -= 3
    if re.match(r"^[^\s，。、：:“”]{2,8}[：:]\S", text):
        score -= 2  # 秀山：花灯唱响校园 — a label and a colon head a headline, not a caption
    if any(word in text for word in c.headline_words):
        score -= 2
    if re.match(r"^[一二三四五六七八九十]{1,3}[、.．]", text):
        score -= 3  # 一、求学:“…”: a numbered section's heading
    if re.search(r"\S\s*[丨|｜︱]\s*\S", text):
        score -= 3  # 乡村教师访谈录︱…: a column's name and its headline, never a caption
    if re.fullmatch(r"“[^“”]+”", text.strip()):
        score -= 4  # “高寒缺氧，不缺精气神”: a quotation set whole is a headline; captions describe
    if re.search(r"[\u4e00-\u9fff][!！]\s*\S", text):
        score -= 2  # 某某开学了!12000多名学生如期回校园: an exclamation inside is a headline's
    if cjk_count(text) < 4:
        score -= 2
    return score


# 学校 368所 / 在校学生 12.3万人 / 专任教师：7800余名 / 巩固率 98.6%
_DATA_ITEM = re.compile(
    r"^(?P<label>[^\d\s，。；！？,;!?]{2,14}?)\s*[:：]?\s*(?:约|近|超|达|逾|共)?"
    r"\d[\d.,]*\s*[万亿千百]?[余多]?(?:%|％|[\u4e00-\u9fff]{1,3})$"
)


def data_item(text: str) -> bool:
    """A line of a figures box (数说…): a label and a number with its unit."""
    match = _DATA_ITEM.match(text.strip())
    return match is not None and not re.search(r"\d", match.group("label"))


@lru_cache(maxsize=8192)  # asked of each line and of its neighbours
def page_furniture(text: str) -> bool:
    """A date line, page number, 责任编辑 or 专刊 banner: the page's, not an
    article's; also a page header made of several of them (重庆日报  2024年6月
    18日  星期二  第6版), set apart by wide gaps or bars."""
    text = text.strip()
    if len(text) > 80:
        return False  # furniture is short; running text is not worth the patterns
    furniture = _furniture_pattern()
    if furniture.match(text):
        return True
    pieces = [p for p in re.split(r"\s{2,}|\u3000+|\s*[｜|]\s*", text) if p]
    if len(pieces) < 2:
        # 2024年6月18日 星期二 第6版: single spaces; each piece one piece of furniture
        pieces = [p for p in re.split(r"(?<=[日一二三四五六天])\s+(?=第)", text) if p]
    if len(pieces) >= 2 and all(furniture.match(piece) for piece in pieces):
        return True
    # 中国教育报 2019年3月29日 星期五: a masthead and a date set with single spaces
    words = text.split()
    return 2 <= len(words) <= 6 and all(furniture.match(word) for word in words)


@lru_cache(maxsize=1)
def _furniture_pattern() -> re.Pattern:
    """layout.yml's page_furniture patterns as one (each anchored at both ends)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in cues().page_furniture))


def is_deck(text: str) -> bool:
    """——酉阳县…纪实 / 綦江区全面推进素质教育纪实: a deck (副题), not a headline."""
    text = text.strip()
    return text.startswith(("——", "—", "--")) or text.endswith(cues().deck_endings)
