"""The theme's indentation trimmed from every page (generator/render/trim.py)."""

from __future__ import annotations

from generator.render.trim import trim_whitespace


def test_runs_with_a_line_break_become_one_line_break():
    html = '<nav>\n    \n      <a href="x/">区县</a>\n\n  </nav>  <b>a</b> <i>b</i>'
    assert trim_whitespace(html) == '<nav>\n<a href="x/">区县</a>\n</nav>  <b>a</b> <i>b</i>'


def test_verbatim_elements_are_kept_byte_for_byte():
    html = (
        "<div>\n   <pre><code>a\n    b\n\n</code></pre>\n  <textarea>x\n  y</textarea>"
        "\n <script>let s = `1\n   2`;</script>\n<style>\n  p { }\n</style>\n</div>"
    )
    trimmed = trim_whitespace(html)
    for kept in (
        "<pre><code>a\n    b\n\n</code></pre>",
        "<textarea>x\n  y</textarea>",
        "<script>let s = `1\n   2`;</script>",
        "<style>\n  p { }\n</style>",
    ):
        assert kept in trimmed
    assert trimmed.startswith("<div>\n<pre>") and trimmed.endswith("</style>\n</div>")


def test_cjk_text_is_never_joined_or_split():
    # Only whitespace that already holds a line break changes; text stays as written.
    html = "<p>教育\n   均衡</p>\n<p>AI 课堂 2023 年</p>"
    assert trim_whitespace(html) == "<p>教育\n均衡</p>\n<p>AI 课堂 2023 年</p>"
