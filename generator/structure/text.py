"""Character-level facts about print-layout Chinese text.

Everything here looks at one line or one join at a time; the decisions that
need context live in :mod:`generator.structure.units`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import jieba

from ..districts import COMMON_WORD_FREQUENCY

jieba.setLogLevel(60)  # jieba logs its dictionary loading at INFO

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_CJK_PUNCT = "，。、；：！？“”‘’（）《》〈〉【】「」『』—…·～"

# A sentence is over when the line ends in one of these, possibly followed by
# closing quotes or brackets (…答卷。” / 4个。）).
TERMINAL = re.compile(r"[。！？!?…][”’」』）)》]*$|……$|[。！？!?][（(][^（()）]{2,40}[）)]$")
# A line ending in these cannot end a paragraph or a heading.
CONTINUES = re.compile(r"[，、：；,;:（(“‘《〈【「『—\-]$")
# Punctuation that only occurs inside running text, never in a headline.
SENTENCE_PUNCT = re.compile(r"[。；：！？;!?]")
COMMA = re.compile(r"[，,]")
# The two reporter roles, in either script: the alternation the byline patterns share.
REPORTER_ROLES = "记者|通讯员|記者|通訊員"


def extend_unique(names: list[str], more: Iterable[str]) -> None:
    """Add each of ``more`` not yet in ``names``, in order (authors, editors: a
    name signed twice is listed once)."""
    names.extend(n for n in more if n not in names)


_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|「[^」]*」|《[^》]*》|\"[^\"]*\"")


def is_cjk(ch: str) -> bool:
    return bool(_CJK_CHAR.match(ch))


def cjk_count(text: str) -> int:
    return len(_CJK_CHAR.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(TERMINAL.search(text))


def ends_mid_sentence(text: str) -> bool:
    return bool(CONTINUES.search(text))


def _is_tight(ch: str) -> bool:
    """Characters between which a space is never meaningful in Chinese text."""
    return is_cjk(ch) or ch.isdigit() or ch in _CJK_PUNCT or ch in "%％.．"


def collapse_justification(text: str) -> str:
    """Remove the spaces print justification puts between characters.

    ``流 实 验 区（全 市 仅 4`` → ``流实验区（全市仅4``, but ``“用心护航 阳光成长”``
    keeps its space: there the space separates two phrases. A space goes when a
    neighbouring token is a single character or punctuation touches it; spaces
    next to Latin letters are left alone (``AI 课堂``).
    """
    if " " not in text:
        return text
    tokens = re.split(r"( +)", text)
    out = [tokens[0]]
    for i in range(1, len(tokens) - 1, 2):
        left, right = tokens[i - 1], tokens[i + 1]
        if not left or not right:
            out.append(tokens[i + 1])
            continue
        a, b = left[-1], right[0]
        drop = (
            _is_tight(a)
            and _is_tight(b)
            and (len(left) == 1 or len(right) == 1 or a in _CJK_PUNCT or b in _CJK_PUNCT)
        )
        out.append(("" if drop else " ") + right)
    return "".join(out)


def join_lines(lines: list[str]) -> str:
    """Join column lines of one paragraph with nothing in between.

    Chinese needs no space at a line break, and the Latin in these texts is
    mostly acronyms (ICT, GEBUS) that columns break anywhere, so a space is
    never added: a break never stood for one.
    """
    return collapse_justification("".join(line.strip() for line in lines))


def unspace_letters(text: str) -> str:
    """科 教 融 合 → 科教融合: a display line set letter-spaced, every character
    apart (a phrase space, 统筹规划 整体设计, stays)."""
    tokens = text.split()
    if len(tokens) >= 3 and all(len(t) == 1 and is_cjk(t) for t in tokens):
        return "".join(tokens)
    return text


_BOXED = re.compile(r"^[【〔［\[]([^【】〔〕［］\[\]]{2,12})[】〕］\]]$")


def unbox_label(text: str) -> str:
    """【编者按】 → 编者按: a box label set in lenticular brackets."""
    match = _BOXED.match(text.strip())
    return match.group(1).strip() if match else text


def join_display(parts: list[str]) -> str:
    """Lines of one display block as one line: a space between two phrases,
    none after a label's colon (亮点一：|非遗课程进课堂)."""
    out = ""
    for part in parts:
        out += ("" if not out or out.endswith(("：", ":")) else " ") + part
    return out


def has_structural_space(text: str) -> bool:
    """A space outside quotes between two phrases: the mark of a two-part headline."""
    outside = _QUOTED.sub("Q", text)
    for left, right in zip(outside.split(" "), outside.split(" ")[1:], strict=False):
        if cjk_count(left) >= 2 and cjk_count(right) >= 2:
            return True
    return False


@lru_cache(maxsize=4096)
def _segments(text: str) -> tuple[str, ...]:
    return tuple(jieba.cut(text, HMM=False))


def word_spans_break(left: str, right: str) -> bool:
    """True when a dictionary word runs across the line break (教育系|统 → 系统).

    A word cut right after its first character counts; a longer head counts
    only for a common word (小学|生), not a rare compound that two words happen
    to form (风景|学 → 风景学, frequency 3 in jieba's dictionary).
    """
    if not left or not right or not is_cjk(left[-1]) or not is_cjk(right[0]):
        return False
    a, b = left[-4:], right[:4]
    position = 0
    for word in _segments(a + b):
        end = position + len(word)
        if position < len(a) < end and len(word) >= 2:
            head = word[: len(a) - position]
            return len(head) == 1 or jieba.dt.FREQ.get(word, 0) >= COMMON_WORD_FREQUENCY
        position = end
    return False


def word_cut_in_two(left: str, right: str) -> bool:
    """True when a line break cuts one word in two and nothing else: each line
    read alone leaves a lone character at the break (…阅读中|成 / 长|为…),
    and read together those characters make one common word (成长), the
    words on either side unchanged. Across a headline and its deck a
    dictionary also finds words (质量立|校 / 办好… → 校办), but only by
    breaking up a word of the deck (办好)."""
    if not left or not right or not is_cjk(left[-1]) or not is_cjk(right[0]):
        return False
    a, b = list(_segments(left)), list(_segments(right))
    joined = list(_segments(left + right))
    for k in range(1, len(a) + 1):
        if joined[: len(a) - k] != a[: len(a) - k]:
            break
        rest = joined[len(a) - k :]
        if not rest or any(len(w) != 1 for w in a[len(a) - k :]):
            break
        word = rest[0]
        head = "".join(a[len(a) - k :])
        if not word.startswith(head) or len(word) <= len(head):
            continue
        tail = word[len(head) :]
        m, taken = 0, ""
        while m < len(b) and len(taken) < len(tail) and len(b[m]) == 1:
            taken += b[m]
            m += 1
        if taken == tail and rest[1:] == b[m:]:
            return jieba.dt.FREQ.get(word, 0) >= COMMON_WORD_FREQUENCY
        return False
    return False


def first_clause(text: str) -> str:
    match = re.match(r"[^，。、；：！？,;:!?]*", text)
    return match.group(0) if match else text


def strip_quotes(text: str) -> str:
    return re.sub(r"[“”‘’\"「」『』《》]", "", text)


# 9 月1 日 / 2 0 2 4年: digits set apart from the characters they belong to, as
# some PDF extractions print them; in running text the gap is no space at all.
_DIGIT_GAP = re.compile(r"(?<=[0-9]) (?=[年月日号时%％])|(?<=[年月日号时]) (?=[0-9])")


def close_digit_gaps(text: str) -> str:
    return _DIGIT_GAP.sub("", text)
