"""Signatures inside the text: a dateline's reporters (本报讯（记者 吴倩）…), a
bracketed signature at either end of a paragraph, a dash signature after the
last sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from ..districts import common_word, to_simplified
from .cues import (
    byline_names,
    cues,
    editor_roles_pattern,
    names_run_together,
)
from .draft import Draft
from .text import REPORTER_ROLES, extend_unique

# 本报讯（记者 吴倩 通讯员 郑凯）5月20日，… / 长江网1月7日讯（…） — a news report's dateline.
# 中报网7月13日讯 据某某网报道(通讯员 甲 乙): a repost names the outlet it took the text from.
# 新海南客户端、南海网、南国都市报5月24日讯（…）: several outlets share one dateline.
# 某某网某地4月2日电/讯/消息(记者 某某); 云上某某报道(某某全媒体记者 某某)
_DATELINE = re.compile(
    r"^[^\s，。：；（()）“”]{0,40}?(?:[（(][^\s（()）]{2,12}[）)])?(?:[讯电]|消息|报道)\s*(?:据[^\s，。：；（()）“”]{2,14}?报道\s*)?[（(【]([^（()）【】]{2,60})[）)】]\s*"
)  # (本报讯【通讯员 某某】: some papers set the dateline's names in square brackets)
_WORD_BEFORE_DATELINE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s+(?=\S)")
# 宁德蕉城在线(郭某辉)2月13日上午,…: a site's dateline, the reporter in brackets, no 讯.
_OUTLET_PAREN = re.compile(
    r"^[^\s，。：；（()）“”]{2,14}?(?:在线|网|报|台|客户端|融媒体中心|传媒中心|融媒体|融媒)[（(]([^（()）]{2,20})[）)]\s*(?=\S)"
)
# 滁州新闻网讯 7月7日…: the outlet's dateline with no names.
_BARE_DATELINE = re.compile(
    r"^[○●■□◎◆]?\s*(?:[^\s，。：；（()）“”]{1,14}?(?:网|报|台|社|中心|融媒)\s+){0,3}"  # 新安晚报 安徽网 大皖客户端讯
    r"(?:本报|本网|本刊|新华社|[^\s，。：；（()）“”]{1,14}?(?:网|报|台|社|中心|融媒|客户端)[\u4e00-\u9fff]{0,4}?)讯[:：]?\s*(?=\S)"
)  # (中国网福建讯: the outlet, then the province it reports from)
# 贵港讯 “…: a city paper's dateline, its place's name alone before 讯 and a space (not
# a word that ends so: 喜讯, 简讯, 快讯).
_PLACE_DATELINE = re.compile(r"^([\u4e00-\u9fff]{2,4})讯(?:[ \u3000]+(?=\S)|(?=“))")
# 人民网重庆12月18日电 近视已成为…: an agency's or portal's dateline with no names (a
# space after 电, so 电视台 never ends one).
_BARE_WIRE = re.compile(
    r"^[^\s，。：；（()）“”]{1,14}?(?:网|社|报|台|客户端)[^\s，。：；（()）“”\d]{0,8}?"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]\s+(?=\S)"
)  # (鲁网10月11日讯 10月13日是…: its 讯 too)
# （记者 某某 文/图）6月15日，… and …。（记者 某某 来源：某某报）: signed inside the text.
_LEAD_BYLINE = re.compile(
    rf"^((?:本报|本网|本刊|本報|本網)[\u4e00-\u9fff]{{0,5}}?(?:{REPORTER_ROLES})(?:\s+[\u4e00-\u9fff]{{2,4}}){{1,4}})\s+(?=\S)"
)
# 特约记者 某某 近日,… after a bare dateline (○本报讯): the role needs no 本报 there.
_ROLE_LEAD = re.compile(
    rf"^((?:特约|特約|首席|见习|見習|实习|實習)?(?:{REPORTER_ROLES})(?:\s+[\u4e00-\u9fff]{{2,4}}){{1,4}})\s+(?=\S)"
)
# 本报记者某某报道 8月19日,… / 佛山日报讯记者某某报道:昨日,…: the reporter's name glued
# to the role and to 报道 (after the outlet's 讯, with no brackets).
_LEAD_REPORTED = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,10}}?[讯訊]\s*(?=[\u4e00-\u9fff]{{0,5}}?(?:{REPORTER_ROLES})))?"
    rf"((?:本报|本网|本刊|本報|本網)?[\u4e00-\u9fff]{{0,5}}?(?:{REPORTER_ROLES})\s*[\u4e00-\u9fff]{{2,3}}?"
    r"(?:\s+[\u4e00-\u9fff]{2,3}){0,3})\s*(?:报道|報道)\s*[:：]?\s*(?=\S)"
)
_BRACKET_LOST = re.compile(
    r"^([\u4e00-\u9fff]{2,4}(?:[、 ][\u4e00-\u9fff]{2,4}){0,3})[）)]\s*(?=\S)"
)
_LEAD_PAREN = re.compile(r"^[（(]([^（()）]{2,40})[）)]\s*(?=\S)")
# Right after the end of a sentence (full- or half-width: copied pages carry both).
_AFTER_SENTENCE = r"(?<=[。！？”!?])"
_TAIL_PAREN = re.compile(_AFTER_SENTENCE + r"\s*[（(]([^（()）]{2,40})[）)]$")
_SOURCE_AFTER_PAREN = re.compile(r"(?<=[）)])\s*(?:信息来源|来源|稿源)\s*[:：]\s*(\S{2,20})$")
# …村民们告诉记者。 本报记者 郁某: the byline run on after the last sentence, a space before it.
_TAIL_ROLE = re.compile(
    _AFTER_SENTENCE
    + r"\s*((?:本报|本网|本刊)?(?:全媒体|融媒体|特约|首席|见习|实习)?(?:记者|通讯员)"
    r"\s*[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})\s*$"
)
# …蓬勃发展。文图:徐某达: the writer-photographer's credit run on after the last sentence.
_TAIL_CREDIT = re.compile(
    _AFTER_SENTENCE
    + r"\s*((?:文图|图文|文/图|图/文|文\s*[、/]\s*图)\s*[:：]\s*[\u4e00-\u9fff]{2,3}(?:[\s、][\u4e00-\u9fff]{2,3}){0,3})\s*$"
)
# …变化。朱某华 摄: the photographer's credit run on after the last sentence.
_TAIL_SHOT = re.compile(
    _AFTER_SENTENCE
    + r"\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2})\s*(?:[摄攝]|[摄攝]影)$"
)
_TAIL_DASH = re.compile(_AFTER_SENTENCE + r"\s*[-—–]{1,2}\s*([^。！？，,\s-][^。！？，,]{1,30})$")
_ROLE_WORD = re.compile(r"记者|通讯员|实习生|摄")
_SOURCE_IN_PAREN = re.compile(r"\s*(?:来源|稿源|信息来源)\s*[:：]\s*(\S{2,20})\s*")
_ORGANISATION = re.compile(
    r"^\S{2,24}(?:教育局|教体局|教育体育局|教育和体育局|教委|教育工委|政府|中心|日报|晚报|报社|新闻网|网|电视台|融媒|学校|小学|中学|幼儿园)$"
)


# (the traditional forms too: the names keep the script they are printed in)
_CREDIT_MARK_END = re.compile(
    r"\s*[/／]?\s*(?:[图圖]\s*/\s*文|文\s*/\s*[图圖]|[图圖]文|文[图圖]|[摄攝]影|[摄攝]|供[图圖]|供稿)$"
)
_ROLE_GLUED = re.compile(
    r"(记者|記者|通讯员|通訊員|实习生|實習生|特约记者|特約記者)(?=[\u4e00-\u9fff])"
)


def _bare_credit(inner: str) -> str:
    """岚县新闻办 梁海珍 王红宇图/文 → 梁海珍 王红宇; 某某网通讯员周训超摄 → 通讯员 周训超:
    the names of a signature without the office that sent it and the credit marks."""
    inner = _CREDIT_MARK_END.sub("", inner.strip())
    inner = _ROLE_GLUED.sub(r"\1 ", inner)
    tokens = inner.split()
    sender = to_simplified(tokens[0]) if tokens else ""
    if len(tokens) >= 2 and sender.removesuffix("发").endswith(cues().organisation_endings):
        tokens = tokens[1:]  # the office or outlet that sent it (新华社发 …)
    return " ".join(tokens)


@lru_cache(maxsize=1)
def _tail_editor() -> re.Pattern[str]:
    """…开展起来。（编辑蔡某）: the editor in brackets after the last sentence."""
    return re.compile(
        _AFTER_SENTENCE + rf"\s*[（(]\s*(?:{editor_roles_pattern()})\s*[:：]?\s*"
        r"([\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2})\s*[）)]$"
    )


@lru_cache(maxsize=1)
def _editor_label() -> re.Pattern[str]:
    """An editor's label (责任编辑: 审核: …), the roles of layout.yml's ``editor_roles``."""
    return re.compile(rf"(?:{editor_roles_pattern()})\s*[:：]")


_SLASHED_ROLE = re.compile(r"(?:^|\s)[文图圖摄攝]\s*[/／]\s*[\u4e00-\u9fff]")
# What sets the editors apart from the writers: 文/某 图/某│编辑:某 (a bar, a slash, a comma).
_EDITOR_SEPARATOR = re.compile(r"[\s|｜丨│/／,，、;；]+$")


def _before_editors(inner: str) -> str:
    """The writers' part of a signature: what comes before its first editor's label."""
    # Matched on the simplified form (責任編輯:): OpenCC keeps the length, so the cut holds.
    simplified = to_simplified(inner)
    found = _editor_label().search(simplified) if len(simplified) == len(inner) else None
    writers = inner[: found.start()] if found else inner
    return _EDITOR_SEPARATOR.sub("", writers).strip()


_REPORTER_ROLE = re.compile(r"(?:特约|实习|見習|见习)?(?:记者|記者|通讯员|通訊員)|实习生|實習生")


def bracketed_signature(text: str) -> list[str] | None:
    """（某某区青少年活动中心  撰稿:甲  摄影:乙  审核:丙） on a line of its own: the
    office that sent it, its writers and photographers (the names), then the editors
    who passed it (not authors)."""
    text = text.strip()
    if len(text) < 4 or text[0] + text[-1] not in ("（）", "()"):
        return None
    inner = _before_editors(_ROLE_SLASH.sub(r"\1:", text[1:-1]))
    labelled = _labelled_credits(inner)
    if labelled:
        return labelled  # (供稿/某某科协 撰稿/邢某娴): each role with its value
    # (a one-character role counts with its slash: 文/某某 图/某某)
    if not any(role in inner for role in cues().byline_roles if len(role) >= 2) and not (
        _SLASHED_ROLE.search(inner)
    ):
        run = names_run_together(inner)
        if run:
            return run  # (李某强林某东): two writers' names run together, no role
        # （某某县某某乡中心学校 梁某东） / （某某县融媒体中心:王某天）: the office, then its
        # writer; names without an office or a role are a caption's people.
        office, _, names = re.sub(r"\s*[:：]\s*", " ", inner, count=1).partition(" ")
        if not names or not office.endswith(cues().organisation_endings):
            return None
        return byline_names(names.strip(), near_credit=True)
    return byline_names(_bare_credit(inner), near_credit=True)


def _names_under_roles(inner: str) -> list[str] | None:
    """（通讯员志民、红民 记者刘剑英）: in a dateline's brackets, every name after a
    reporter's role is a name, a given name without its surname too (the paper
    prints its regular correspondents so)."""
    spaced = _REPORTER_ROLE.sub(lambda m: f" {m.group(0)} ", inner)
    tokens = [t for t in re.split(r"[\s、，,]+", spaced) if t]
    if not tokens or not _REPORTER_ROLE.fullmatch(tokens[0]):
        return None
    names = [t for t in tokens if not _REPORTER_ROLE.fullmatch(t)]
    if not names or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) for t in names):
        return None
    return list(dict.fromkeys(names))


def _signature(draft: Draft, inner: str, *, dateline: bool = False, wire: bool = False) -> bool:
    """Take the names (and 来源：…) of a signature in brackets into the draft;
    True when the brackets held a signature, not text. ``wire``: the brackets
    follow an agency's 电, which holds its reporters' names and nothing else."""
    inner = re.sub(r"(?<=\s)[?？]+(?=[\u4e00-\u9fff])", "", inner)  # 記者 ?田禾雨: a lost character
    inner = _REPORTED_AT_END.sub("", inner)  # (通讯员张某源李燕报道): the report's own word
    inner = _ROLE_SLASH.sub(r"\1:", inner)  # (供稿/某某科协 撰稿/邢某娴): a slash for the colon
    source = _SOURCE_IN_PAREN.search(inner)
    if source:
        draft.source_name = draft.source_name or source.group(1)
        inner = (inner[: source.start()] + " " + inner[source.end() :]).strip()
        if not inner:
            return True
    # （撰稿:张大伟审核:高宽民）: the writer, then the editors who passed it — not authors.
    inner = _before_editors(inner) or inner
    names = byline_names(_bare_credit(inner), near_credit=True) or byline_names(
        inner, near_credit=True
    )
    if not names and "、" in inner:
        names = byline_names(
            _bare_credit(inner.replace("、", " ")), near_credit=True
        )  # （记者:甲、乙）
    if not names and dateline:
        names = _names_under_roles(_CREDIT_MARK_END.sub("", inner.strip()))
    if not names and not dateline and not wire:
        names = names_run_together(inner.strip())  # …。(李某强林某东): two names, no space
    if not names and wire:
        names = _wire_names(inner)
    if names:
        extend_unique(draft.authors, names)
        return True
    return bool(
        _ORGANISATION.match(inner.strip())
    )  # （盐城市大丰区教育局）: the office that sent it


_LABELLED_CREDIT = re.compile(r"(撰稿|撰文|供稿|供图|摄影|文字|图片)\s*[:：]\s*([^\s:：]{2,16})")


def _labelled_credits(inner: str) -> list[str] | None:
    """供稿:某某科协 撰稿:邢某娴: two or more roles, each with its value; the names among
    the values (an office that sent it is none)."""
    pairs = _LABELLED_CREDIT.findall(inner)
    if len(pairs) < 2:
        return None
    names: list[str] = []
    for _, value in pairs:
        extend_unique(names, byline_names(value, near_credit=True) or [])
    return names or None


# 王某军孙某庚 本报讯 4月13日,…: an e-paper's byline (names run together) over its dateline.
_NAMES_BEFORE_DATELINE = re.compile(r"^([\u4e00-\u9fff]{4,9})\s+(?=(?:本报|本网|本報|本網)[讯訊])")
_REPORTED_AT_END = re.compile(r"\s*(?:报道|報道)\s*$")
_ROLE_SLASH = re.compile(r"(撰稿|撰文|供稿|供图|摄影|编辑|审核|校对)\s*[/／]\s*(?=\S)")


# 中新网某地9月13日电(…): the brackets after an agency's 电 (its 讯 too).
_WIRE_OPENING = re.compile(r"\d{1,2}\s*日\s*[电讯]\s*[（(]\s*$")


def _wire_names(inner: str) -> list[str] | None:
    """电(勉某 贡某): two to four names of two to four characters without roles —
    Tibetan, Uyghur or Mongolian names off the surname list; none of them a word
    of the trade (综合, 报道) or an office."""
    tokens = inner.split()
    if not 2 <= len(tokens) <= 4:
        return None
    for token in tokens:
        simple = to_simplified(token)
        if not re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", token) or _ROLE_WORD.search(simple):
            return None
        if simple.endswith(cues().organisation_endings) or any(
            word in simple for word in cues().wire_words
        ):
            return None
    return tokens


# …走访慰问。吴某原: a roundup's item signed by its writer's bare name after its last sentence.
_TAIL_NAME = re.compile(_AFTER_SENTENCE + r"\s?([\u4e00-\u9fff]{2,3})$")


def _tail_name(text: str) -> re.Match[str] | None:
    """The bare name closing a paragraph, if it is a name: a person's by its shape,
    not words that open a sentence (…。希望我, a text cut off)."""
    match = _TAIL_NAME.search(text)
    if match is None or common_word(match.group(1)[:2]):
        return None
    return match if byline_names(match.group(1), near_credit=True) else None


def _taken_lead(
    draft: Draft, text: str, match: re.Match[str] | None, names: list[str] | None
) -> str:
    """The paragraph after its leading byline, whose names go to the authors."""
    if match is None or not names:
        return text
    extend_unique(draft.authors, names)
    return text[match.end() :]


def take_bylines(draft: Draft, text: str, more_follows: bool = False) -> str:
    """Take the reporters out of a dateline (本报讯（记者 吴倩）…) or a bracketed
    signature at either end of a paragraph into authors; the paragraph keeps
    the news itself."""
    # Matched on the simplified form (新安晚報 安徽網訊 …): OpenCC keeps the length,
    # so the offsets hold for the text as printed.
    text = re.sub(r"^[?？]{2,}\s*", "", text)  # ??? 本報訊…: a converter's lost characters
    signed_first = _NAMES_BEFORE_DATELINE.match(text)
    signers = (
        byline_names(signed_first.group(1), near_credit=True)
        or names_run_together(signed_first.group(1))
        if signed_first
        else None
    )
    text = _taken_lead(draft, text, signed_first, signers)  # 王某军孙某庚 本报讯 4月13日,…
    simple = to_simplified(text[:80])
    probe = simple + text[80:] if len(simple) == len(text[:80]) else text
    match = _DATELINE.match(probe)
    stray = None if match else _WORD_BEFORE_DATELINE.match(probe)
    if stray and _DATELINE.match(probe[stray.end() :]):
        # 揭牌 某某网8月5日讯(…): a photo's word left before the dateline; a caption.
        draft.captions.append(text[: stray.end()].strip())
        text, probe = text[stray.end() :], probe[stray.end() :]
        match = _DATELINE.match(probe)
    if (
        match
        and len(text) > match.end()
        and _signature(
            draft,
            text[match.start(1) : match.end(1)],
            dateline=True,
            wire=bool(_WIRE_OPENING.search(probe[: match.start(1)])),
        )
    ):
        text = text[match.end() :]
    elif (paren := _OUTLET_PAREN.match(probe)) and _signature(
        draft, text[paren.start(1) : paren.end(1)], dateline=True
    ):
        text = text[paren.end() :]
    else:
        place = _PLACE_DATELINE.match(probe)
        if place and common_word(place.group(1)[-1] + "讯", at_least=1):
            place = None
        bare = _BARE_DATELINE.match(probe) or _BARE_WIRE.match(probe) or place
        if bare and len(text) > bare.end() + 4:
            text = text[bare.end() :]
            role_lead = _ROLE_LEAD.match(to_simplified(text[:60]))
            # (names as printed: OpenCC keeps the length, so the offsets hold)
            names = (
                byline_names(text[role_lead.start(1) : role_lead.end(1)], near_credit=True)
                if role_lead
                else None
            )
            text = _taken_lead(draft, text, role_lead, names)
            # 某某客户端讯李某冉、叶某琴)今年5月,…: the names' opening bracket lost in the copy.
            lost = _BRACKET_LOST.match(text)
            lost_names = (
                byline_names(lost.group(1).replace("、", " "), near_credit=True) if lost else None
            )
            text = _taken_lead(draft, text, lost, lost_names)
    reported = _LEAD_REPORTED.match(text)
    reported_names = (
        byline_names(re.sub(rf"({REPORTER_ROLES})", r"\1 ", reported.group(1)), near_credit=True)
        if reported
        else None
    )
    text = _taken_lead(draft, text, reported, reported_names)
    # 本报全媒体记者 曹某某 3月25日，…: the paper's reporter before the text, no brackets.
    unbracketed = _LEAD_BYLINE.match(text)
    text = _taken_lead(
        draft,
        text,
        unbracketed,
        byline_names(unbracketed.group(1), near_credit=True) if unbracketed else None,
    )
    lead = _LEAD_PAREN.match(text)
    if (
        lead
        and re.search(rf"{REPORTER_ROLES}|文/|图/|圖/|摄|攝", lead.group(1))
        and _signature(draft, lead.group(1))
    ):
        text = text[lead.end() :]
    elif lead:
        # （李某宁 汪某）爱心无止境…: the writers' names alone, in brackets before the text
        tokens = lead.group(1).split()
        names = byline_names(lead.group(1), near_credit=True) if len(tokens) >= 2 else None
        text = _taken_lead(
            draft, text, lead, names if names and len(names) == len(tokens) else None
        )
    source = _SOURCE_AFTER_PAREN.search(text)
    if source and _TAIL_PAREN.search(text[: source.start()]):
        # …嘉奖令。(某某) 信息来源:某某县: the site's source label after the signature
        draft.source_name = draft.source_name or source.group(1)
        text = text[: source.start()].rstrip()
    edited = _tail_editor().search(text) if text.endswith(("）", ")")) else None
    if edited:
        names = byline_names(edited.group(1).replace("、", " "), near_credit=True)
        if names:
            extend_unique(draft.editors, names)
            text = text[: edited.start()].rstrip()
    tail = _TAIL_PAREN.search(text)
    if tail and _signature(draft, tail.group(1)):
        text = text[: tail.start()].rstrip()
    glued = _TAIL_ROLE.search(text)
    if glued and _signature(draft, glued.group(1)):
        text = text[: glued.start()].rstrip()  # …告诉记者。 本报记者 郁某: the byline run on
    credit = _TAIL_CREDIT.search(text)
    if credit and _signature(draft, credit.group(1)):
        text = text[: credit.start()].rstrip()  # …发展。文图:徐某达
    shot = _TAIL_SHOT.search(text) if text.endswith(("摄", "攝", "影")) else None
    if shot:
        names = byline_names(shot.group(1), near_credit=True)
        if names:
            extend_unique(draft.authors, names)
            text = text[: shot.start()].rstrip()
    dash = _TAIL_DASH.search(text)
    if (
        dash
        and _ROLE_WORD.search(to_simplified(dash.group(1)))
        and _signature(draft, dash.group(1))
    ):
        text = text[: dash.start()].rstrip()  # …投入。-某某网通讯员周训超摄
    # (Only under more text: an extraction cut off after a sentence leaves its next words.)
    name = _tail_name(text) if more_follows else None
    if name:
        extend_unique(draft.authors, [name.group(1)])
        text = text[: name.start()].rstrip()
    return text
