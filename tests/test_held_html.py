"""Generated HTML blocks skip Markdown and come back byte for byte (generator/render/held_html.py)."""

from __future__ import annotations

import markdown

from generator.render.held_html import hold, restore

FACTS = (
    '<table id="almanac-facts-table">\n<tr><th id="metric-a">学校</th><td><span class="almanac-fact">'
    + "<a href=\"../x/#p-1\" title='原文'>150所</a>" * 8
    + "</span></td></tr>\n</table>"
)
CHART = (
    '<div class="almanac-chart">\n<svg><title id="c-title">图</title>'
    + "<rect/>" * 40
    + "</svg>\n</div>"
)


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "md_in_html", "tables"])


def test_held_blocks_render_exactly_as_markdown_would_copy_them():
    page = f"# 巴南区\n\n文字 *强调*\n\n{FACTS}\n\n## 数据\n\n{CHART}\n\n- 条目\n"
    held_page, held = hold(page)
    assert held == [FACTS, CHART]
    assert FACTS not in held_page and "<rect/>" not in held_page
    assert restore(render(held_page), held) == render(page)


def test_placeholders_keep_the_blocks_ids_for_anchor_checks():
    held_page, _ = hold(f"{FACTS}\n\n{CHART}\n")
    for anchor in ("almanac-facts-table", "metric-a", "c-title"):
        assert f'id="{anchor}"' in held_page


PERIOD_AND_CHART = f'<p class="almanac-chart-period">{"各区县的数字：" * 5}</p>\n{CHART}\n<div class="x">\n<ul>\n<li>甲</li>\n</ul>\n</div>'


def test_a_run_of_block_elements_is_held_as_one_block():
    # A chart's period line, the chart, its list of figures not compared: Markdown
    # copies each as a raw block, one line after the other.
    page = f"## 数据\n\n{PERIOD_AND_CHART}\n\n后文 *强调*\n"
    held_page, held = hold(page)
    assert held == [PERIOD_AND_CHART]
    assert restore(render(held_page), held) == render(page)


def test_blocks_markdown_would_not_copy_stay():
    unbalanced = "<div>\n" + "<p>文字</p>" * 30 + "\n<div>尾</div>"
    text_after = "<div>\n" + "<p>文字</p>" * 30 + "\n</div> 尾巴 *强调*"
    text_between = "<p>" + "段" * 100 + "</p>\n正文 *强调*\n<div>" + "段" * 100 + "</div>"
    md_inside = '<div class="x" markdown>\n' + "**粗体** " * 40 + "\n</div>"
    small = "<div>小</div>"
    for block in (unbalanced, text_after, text_between, md_inside, small):
        page = f"前文\n\n{block}\n\n后文\n"
        assert hold(page) == (page, [])


def test_nothing_is_held_inside_an_element_that_asks_for_markdown():
    # md_in_html rebuilds what is inside <div markdown> as a tree, so a block held
    # there need not come back as Markdown would write it: it is left to Markdown.
    cite = '<p class="almanac-cite__text">' + "**粗体** &amp; <br>" * 40 + "</p>"
    page = f'<div class="almanac-cite" markdown>\n\n{cite}\n\n</div>\n\n{PERIOD_AND_CHART}\n\n尾\n'
    held_page, held = hold(page)
    assert held == [PERIOD_AND_CHART]
    assert cite in held_page
    assert restore(render(held_page), held) == render(page)
