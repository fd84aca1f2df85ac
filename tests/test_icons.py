"""The theme's icons are drawn by one stylesheet, not inlined in every page
(generator/render/icons.py, reports/weight.md): the same icons, fewer bytes."""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import unquote

import material
import pytest
from jinja2 import Environment, FileSystemLoader

from generator.render.icons import STYLESHEET, Icons, icon_class

THEME = Path(material.__file__).parent / "templates"


def theme_svg(name: str) -> str:
    return (THEME / ".icons" / f"{name}.svg").read_text(encoding="utf-8").strip()


def rules(css: str) -> dict[str, str]:
    """class → the SVG its data URL holds."""
    return {
        cls: unquote(data)
        for cls, data in re.findall(
            r'\.(ai-[a-z0-9-]+)\{--almanac-icon:url\("data:image/svg\+xml;charset=utf-8,([^"]*)"\)\}',
            css,
        )
    }


def test_an_icon_is_an_empty_svg_and_its_rule_holds_the_theme_svg():
    icons = Icons(Environment(loader=FileSystemLoader(str(THEME))))
    markup = str(icons("material/magnify"))
    assert markup == ('<svg viewBox="0 0 24 24" class="ai-magnify"></svg>')
    icons("fontawesome/brands/git-alt")  # another viewBox: kept, so the shape keeps its proportions
    assert 'viewBox="0 0 448 512"' in str(icons("fontawesome/brands/git-alt"))
    css = icons.stylesheet()
    assert rules(css) == {
        "ai-fontawesome-brands-git-alt": theme_svg("fontawesome/brands/git-alt"),
        "ai-magnify": theme_svg("material/magnify"),
    }
    assert '"' not in "".join(re.findall(r'url\("([^)]*)"\)', css))  # the URL stays quoted


def test_an_unknown_icon_is_an_error():
    from jinja2 import TemplateNotFound

    icons = Icons(Environment(loader=FileSystemLoader(str(THEME))))
    with pytest.raises(TemplateNotFound):
        icons("material/no-such-icon")


def test_class_names_are_css_identifiers():
    assert icon_class("fontawesome/brands/git-alt") == "ai-fontawesome-brands-git-alt"
    assert icon_class("material/file-edit-outline") == "ai-file-edit-outline"


def test_built_pages_print_no_icon_path_and_the_stylesheet_draws_each(built_site):
    css = (built_site / STYLESHEET).read_text(encoding="utf-8")
    drawn = rules(css)
    pages = [built_site / "index.html", *sorted((built_site / "articles").rglob("index.html"))[:5]]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert f"{STYLESHEET.split('/')[-1]}" in html
        chrome = (
            html[: html.index('<article class="md-content__inner')]
            + html[html.index("</article>") :]
        )
        used = re.findall(r'<svg[^>]*class="(ai-[a-z0-9-]+)"></svg>', chrome)
        assert len(used) >= 10, page  # logo, menu, palette, search, repository, back to top …
        assert "<path" not in chrome, page  # every icon of the theme's chrome is drawn by CSS
        assert set(used) <= set(drawn), page
    assert all(svg.startswith("<svg") and "<path" in svg for svg in drawn.values())


@pytest.mark.browser
def test_icons_are_painted(page, site_url):
    from PIL import Image

    page.goto(site_url)
    for selector in (
        ".md-header__button.md-logo svg",
        ".md-search__form label.md-search__icon svg",
        ".md-header__source .md-source__icon svg",
        "form[data-md-component=palette] label:not([hidden]) svg",
    ):
        icon = page.locator(selector).first
        box = icon.bounding_box()
        assert box and box["width"] >= 16 and box["height"] >= 16, selector
        shot = Image.open(io.BytesIO(icon.screenshot())).convert("L")
        low, high = shot.getextrema()
        assert high - low > 100, selector  # the shape is drawn on the header's colour
