"""Properties: whatever the text, dates and school names are read from it, never made up."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.enrich.chronology import events_in_text
from generator.enrich.schools import find_names

FRAGMENTS = [
    "2021年",
    "3月",
    "6日",
    "9月6日",
    "今年",
    "去年",
    "自",
    "起",
    "到",
    "—",
    "《",
    "》",
    "，",
    "。",
    "小学",
    "中学校",
    "幼儿园",
    "学校",
    "教育集团",
    "大学",
    "家长",
    "巴南",
    "鱼洞",
    "二小",
    "十一中",
    "第一",
    "的",
    "在",
    "和",
    "实验",
    "35个",
    "所",
    "校园",
    "层面",
    "重庆市",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_dates_are_substrings_with_sane_values(text):
    for _, written, year, month, day, _, _ in events_in_text(text):
        assert written in text
        assert year is None or 1900 <= year <= 2099
        assert month is None or 1 <= month <= 12
        assert day is None or 1 <= day <= 31


@settings(max_examples=200, deadline=None)
@given(texts)
def test_school_names_are_substrings_at_their_offsets(text):
    for offset, name in find_names(text):
        assert text[offset : offset + len(name)] == name
        assert name not in ("学校", "小学", "中学", "幼儿园", "大学", "教育集团", "家长学校")
