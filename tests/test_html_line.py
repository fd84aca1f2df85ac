"""html_line prints text as Markdown prints ``text | md`` (generator/render/jinja.py):
the lists written as HTML (学校名录) read the same as when Markdown made them."""

from __future__ import annotations

import markdown
import pytest

from generator.render.jinja import html_line, md_escape

TEXTS = (
    "鱼洞二小不断强化内涵发展",
    "A&B <script>alert(1)</script> 与 &amp; 实体",
    "*强调* _下划线_ `代码` [链接](x.md) #标题 | 竖线 \\ 反斜杠",
    "  多个   空格\n换行\t制表  ",
    "“引号” 'single' \"double\" ——破折号…",
)


@pytest.mark.parametrize("text", TEXTS)
def test_html_line_is_what_markdown_prints_for_md_escaped_text(text):
    # With the site's tables extension (mkdocs.yml) a backslash before | is an escape.
    printed = markdown.markdown(f"- {md_escape(text)} [《题》](a.md)", extensions=["tables"])
    assert printed == f'<ul>\n<li>{html_line(text)} <a href="a.md">《题》</a></li>\n</ul>'
