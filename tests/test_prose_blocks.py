"""One rule for what is prose (corpus.prose_blocks, issue 15): the paragraphs parse_body
gives links to are exactly the ones anchor_paragraphs writes an id for. Before, a
``- item``, ``1. item`` or ``> quote`` paragraph had an anchor in the corpus that was
never written, so a theme, fact or chronology link to it led nowhere."""

from __future__ import annotations

import re

import markdown
from hypothesis import given
from hypothesis import strategies as st

from generator.corpus import anchor_paragraphs, parse_body, prose_blocks

BODY = """导语段落，2021年3月启动。

- 2022年新建学校3所
- 2023年再建2所

> 2024年，校长说：办好家门口的学校。

3. 第三项

    缩进的代码

## 小标题

正文段落。
{: #my-own }

---

最后一段。
"""


def written(text: str) -> list[str]:
    return re.findall(r"\{: #(p-[0-9a-f]{8}(?:_\d+)?) \}", anchor_paragraphs(text))


def parsed(text: str) -> list[str]:
    return [p.anchor for s in parse_body(text) for p in s.paragraphs]


def test_lists_quotes_and_code_are_not_paragraphs_and_get_no_anchor():
    texts = [p.text for s in parse_body(BODY) for p in s.paragraphs]
    assert texts == ["导语段落，2021年3月启动。", "最后一段。"]
    assert written(BODY) == parsed(BODY)
    out = anchor_paragraphs(BODY)
    assert "- 2023年再建2所\n\n" in out and "办好家门口的学校。\n\n" in out
    assert "正文段落。\n{: #my-own }\n" in out  # an editor's own id is left as it is


def test_the_kinds_of_blocks():
    kinds = [(b.line, b.kind) for b in prose_blocks(BODY)]
    assert kinds == [
        (1, "prose"),
        (3, "other"),
        (6, "other"),
        (8, "other"),
        (10, "other"),
        (12, "heading"),
        (14, "other"),
        (17, "other"),
        (19, "prose"),
    ]


def test_every_anchor_a_link_points_at_is_in_the_page():
    html = markdown.markdown(anchor_paragraphs(BODY), extensions=["attr_list", "toc"])
    anchors = parsed(BODY)
    assert anchors and all(f'id="{a}"' in html for a in anchors)
    assert "{:" not in html  # no anchor printed as text inside a list or quote


pieces = st.sampled_from(
    [
        "文字段落。",
        "- 列表项",
        "* 列表项",
        "> 引文",
        "1. 第一",
        "```",
        "    缩进",
        "## 标题",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "<div>x</div>",
        "<pre>\n代码",
        "</pre>",
        "{: .cls }",
        "",
        "第二行",
    ]
)


@given(
    st.lists(pieces, max_size=12),
    st.lists(st.sampled_from(["\n", "\n\n", "\n  \n"]), min_size=12, max_size=12),
)
def test_every_parsed_paragraph_has_its_anchor_written(parts, seps):
    body = "".join(p + s for p, s in zip(parts, seps, strict=False))
    assert written(body) == parsed(body)
