"""The search index's contract with the browser: what ``docs/javascripts/almanac-search.js``
computes the same way, character for character.

Folding (full-width letters and digits as ASCII, ASCII lower-cased, lengths kept),
the posting keys of a text and of a query term, the shard a key lives in (FNV-1a
over UTF-16 code units, murmur3-finalised), the posting code (delta-coded ids in a
64-letter variable-length code) and where a term occurs (``term_positions``: a Latin
term must start a word). ``tests/test_search_keys.py`` runs the script's functions in
Chromium on the same tokens and compares.
"""

from __future__ import annotations

import re

INDEX_DIR = "search"  # the folder of the built site the script fetches from
BUNDLE_NAME = "bundle.js"  # the whole index as one script (offline edition)

# Full-width Latin letters and digits read as ASCII (1:1, so offsets in the
# folded text are offsets in the original text); the browser folds the same way.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FOLD.update({c: c - 0xFEE0 + 32 for c in range(0xFF21, 0xFF3B)})
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FOLD.update({c: c + 32 for c in range(0x41, 0x5B)})  # ASCII only: str.lower() may change lengths

_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+")
# The runs before folding: CJK, or what folds to [a-z0-9] (ASCII and full-width letters and digits).
_RAW_RUN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"
)

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def fold(text: str) -> str:
    """Lower-cased, with full-width letters/digits as ASCII; same length as ``text``."""
    return text.translate(_FOLD)


def runs(text: str) -> list[str]:
    """The CJK runs and Latin-letter/digit runs of folded ``text``."""
    # The same as _RUN.findall(fold(text)), folding only the Latin runs (faster).
    return [
        run if "\u3000" < run[0] < "\uff00" else run.translate(_FOLD)
        for run in _RAW_RUN.findall(text)
    ]


def keys_of(text: str, unigrams: bool = True) -> set[str]:
    """Posting keys of ``text``: bigrams of each run (and every single character)."""
    keys: set[str] = set()
    for run in runs(text):
        keys.update([run[i : i + 2] for i in range(len(run) - 1)])
        if unigrams:
            keys.update(run)
    return keys


def query_keys(term: str) -> list[str]:
    """Keys a page must have to contain ``term``: a run's bigrams, or the run itself if one character."""
    keys: list[str] = []
    for run in runs(term):
        grams = [run[i : i + 2] for i in range(len(run) - 1)] or [run]
        keys.extend(g for g in grams if g not in keys)
    return keys


def shard_of(key: str, shards: int) -> int:
    """FNV-1a (32-bit, murmur3-finalised) over UTF-16 code units of the key without its ``#``/``^`` prefix (as in the browser)."""
    h = 0x811C9DC5
    data = key.lstrip("#^").encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    # murmur3's finaliser: FNV's low bits alone spread neighbouring characters badly.
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h % shards


def _code_of(gap: int) -> str:
    groups = [gap & 31]
    gap >>= 5
    while gap:
        groups.append(gap & 31)
        gap >>= 5
    return "".join(
        _ALPHABET[group + (32 if i < len(groups) - 1 else 0)]
        for i, group in enumerate(reversed(groups))
    )


_CODES = [_code_of(gap) for gap in range(1 << 15)]  # the code of every gap up to three letters


def encode_ids(ids: list[int]) -> str:
    """Sorted ids → delta code: each gap in 5-bit groups, high group first; letters 32–63 mean "more follows"."""
    gaps = [value - previous - 1 for previous, value in zip([-1, *ids], ids, strict=False)]
    try:
        return "".join(map(_CODES.__getitem__, gaps))
    except IndexError:  # a gap of 32,768 chunks or more
        return "".join(_CODES[gap] if gap < len(_CODES) else _code_of(gap) for gap in gaps)


def decode_ids(code: str) -> list[int]:
    ids, value, previous = [], 0, -1
    for char in code:
        digit = _ALPHABET.index(char)
        value = (value << 5) | (digit & 31)
        if digit < 32:
            previous += value + 1
            ids.append(previous)
            value = 0
    return ids


def term_positions(text: str, term: str) -> list[int]:
    """Start offsets of ``term`` in ``text`` (both folded); a term starting with a
    Latin letter or digit must not continue a Latin word (``ai`` ∉ ``said``).
    The browser verifies every candidate section with the same rule (``positions``)."""
    text, term = fold(text), fold(term)
    out, start = [], text.find(term)
    while term and start >= 0:
        if not (
            re.match(r"[a-z0-9]", term) and start > 0 and re.match(r"[a-z0-9]", text[start - 1])
        ):
            out.append(start)
        start = text.find(term, start + 1)
    return out
