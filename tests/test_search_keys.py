"""Both sides of the search contract agree (generator/search/keys.py and
docs/javascripts/almanac-search.js): the script itself, loaded in Chromium, folds,
makes query keys, hashes keys to shards, decodes posting lists and finds terms
exactly as Python does, on Chinese, Latin, digit, full-width and mixed tokens."""

from __future__ import annotations

import random

import pytest
from conftest import PROJECT_ROOT

from generator.search import keys as sk

pytestmark = pytest.mark.browser

SCRIPT = PROJECT_ROOT / "docs" / "javascripts" / "almanac-search.js"
ORIGIN = "http://almanac.test/"  # answered by page.route: no server, no network

TOKENS = [
    "教联体",
    "集团化办学",
    "大",
    "〇",  # U+3007: not in the CJK runs, no key
    "㐀䶿",  # extension A, both ends
    "一鿿",  # the unified block, both ends
    "豈﫿",  # compatibility ideographs
    "𠀀教",  # an astral character (two UTF-16 code units) next to a CJK one
    "AI",
    "ai生成",
    "MIDI键盘",
    "ＭＩＤＩ",
    "ａｂｃＸＹＺ",
    "２０２３年",
    "2023",
    "2023年9月1日",
    "K12",
    "5G+智慧教育",
    "said AI",
    "e-learning",
    "O2O模式",
    "Ａ",
    "ｚ",
    "０９",
    "…",
    "",
    " ",
    "，。、",
    "a",
    "Z",
]

# Characters at and beside every range boundary the two sides spell out.
ALPHABET = (
    "AZaz09@[`{/:"
    "\uff10\uff19\uff21\uff3a\uff41\uff5a\uff0f\uff1a\uff20\uff3b\uff40\uff5b"
    "\u3400\u4dbf\u4e00\u9fff\uf900\ufaff\u33ff\u4dc0\ua000\uf8ff\ufb00"
    "教联体学校区县，。 \n\u3000"
)


def random_tokens(count: int, seed: int = 18) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))) for _ in range(count)]


@pytest.fixture
def script(page):
    page.route(
        ORIGIN + "**",
        lambda route: route.fulfill(
            content_type="text/html; charset=utf-8",
            body="<!doctype html><meta charset=utf-8><title>keys</title><body></body>",
        ),
    )
    page.goto(ORIGIN)
    page.add_script_tag(content=SCRIPT.read_text(encoding="utf-8"))
    return page


def test_fold_query_keys_and_shards_agree(script):
    tokens = TOKENS + random_tokens(400)
    keys = sorted({k for t in tokens for k in sk.query_keys(t)} | set(tokens))
    got = script.evaluate(
        """([tokens, keys, sizes]) => {
            const s = window.almanacSearch;
            return {
                fold: tokens.map(s.fold),
                queryKeys: tokens.map(s.queryKeys),
                shards: keys.map(k => sizes.map(n => s.shardOf(k, n))),
            };
        }""",
        [tokens, keys, [8, 64, 4096, 2**32]],
    )
    assert got["fold"] == [sk.fold(t) for t in tokens]
    assert got["queryKeys"] == [sk.query_keys(t) for t in tokens]
    assert got["shards"] == [[sk.shard_of(k, n) for n in (8, 64, 4096, 2**32)] for k in keys]
    # The index files a key under its bare form: #key and ^key share its shard.
    assert all(
        sk.shard_of("#" + k, 64) == sk.shard_of("^" + k, 64) == sk.shard_of(k, 64) for k in keys
    )
    # Not vacuous: the tokens give many keys, of every kind, over many shards.
    assert len({k for t in tokens for k in sk.query_keys(t)}) > 150
    assert len({row[1] for row in got["shards"]}) == 64


def test_posting_code_decodes_to_the_ids_python_encoded(script):
    rng = random.Random(7)
    lists = [
        [],
        [0],
        [31],
        [32],
        [0, 1, 2, 3],
        [5, 37, 1061, 33829, 1082405, 40_000_000],
        sorted(rng.sample(range(200_000), 500)),
        sorted(rng.sample(range(50), 30)),
    ]
    codes = [sk.encode_ids(ids) for ids in lists]
    assert script.evaluate("codes => codes.map(window.almanacSearch.decodeIds)", codes) == lists
    assert all(sk.decode_ids(code) == ids for code, ids in zip(codes, lists, strict=True))


def test_term_positions_agree(script):
    cases = [
        ("said AI and ＡＩ生成", "ai"),
        ("教联 联体，教联体", "教联体"),
        ("MIDI键盘midi", "MIDI"),
        ("K12教育k12", "k12"),
        ("２０２３年2023", "2023"),
        ("aaa", "aa"),
        ("", "教"),
    ]
    rng = random.Random(3)
    texts = random_tokens(200, seed=5)
    cases += [
        (text, text[i : i + rng.randint(1, 3)])
        for text in texts
        for i in [rng.randrange(len(text))]
    ]
    got = script.evaluate(
        "cases => cases.map(([text, term]) => window.almanacSearch.positions(text, term))", cases
    )
    assert got == [sk.term_positions(text, term) for text, term in cases]
    assert sum(map(len, got)) > 200  # most terms are found
