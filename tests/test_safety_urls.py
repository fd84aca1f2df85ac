"""neutralise_urls: a script-scheme URL becomes ``#`` however it is written; links stay."""

from __future__ import annotations

import pytest

from generator.safety import neutralise_urls

HOSTILE = (
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "\x01javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "java&#x0A;script:alert(1)",
    "&#x20;data:text/html,x",
    "vbscript:msgbox",
)
KEPT = (
    "../../districts/banan/",
    "/articles/x/",
    "#p-1f2e",
    "?q=1",
    "./javascript:x",
    "https://a.b/",
)


@pytest.mark.parametrize("url", HOSTILE)
def test_script_schemes_become_a_fragment(url):
    assert neutralise_urls(f'<a href="{url}">甲</a>') == '<a href="#">甲</a>'


@pytest.mark.parametrize("url", KEPT)
def test_links_are_kept(url):
    # Relative links (the fast path: they start with . / # ?) and web links are not touched.
    html = f'<a href="{url}">甲</a><img src="{url}">'
    assert neutralise_urls(html) == html
