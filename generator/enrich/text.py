"""Small text helpers shared by the enrich modules: sentences and short quotes."""

from __future__ import annotations

import re

# A sentence ends at 。！？； (and their ASCII forms), keeping a closing quote with it.
_SENTENCE = re.compile(r"[^。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|$)")


def sentences(text: str) -> list[tuple[int, str]]:
    """(start offset, sentence) for each sentence of a paragraph."""
    found = []
    for match in _SENTENCE.finditer(text):
        if match.group(0).strip():
            found.append((match.start(), match.group(0)))
    return found


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` containing character ``offset``."""
    for start, sentence in sentences(text):
        if start <= offset < start + len(sentence):
            return sentence.strip()
    return text.strip()


def shorten(text: str, limit: int = 120) -> str:
    """``text`` cut to ``limit`` characters at a clause boundary, marked with …"""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = max(text.rfind(mark, 0, limit) for mark in "，、：,")
    if cut < limit // 2:
        cut = limit
    return text[:cut].rstrip("，、：, ") + "…"
