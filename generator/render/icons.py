"""The theme's icons drawn by one stylesheet instead of inline in every page.

Material inlines each icon's SVG path where a partial includes it: the logo, menu,
search, palette, repository, edit and back-to-top icons are 3.5 KB of every page
(thirteen inline SVGs, several twice). With the almanac plugin the partials
call :class:`Icons` (``almanac_icon``, a Jinja global) instead, which prints an
empty ``<svg>`` with the icon's viewBox, so Material's CSS sizes and places it as
before, and one short class (``ai-magnify``; ``ai-`` + the name, ``material/`` left
out) whose rule in ``stylesheets/almanac-icons.css`` paints it:
``currentcolor`` through the icon as a CSS mask (a data URL, which works from
``file://`` too: the offline edition). The stylesheet is written after the build
from the icons the pages used, in name order (deterministic).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup

STYLESHEET = "stylesheets/almanac-icons.css"

_SVG = re.compile(r"\s*<svg\b([^>]*)>(.*)</svg>\s*", re.S)
_VIEWBOX = re.compile(r'\sviewBox="([^"]*)"')

# Shown in forced-colours mode (Windows high contrast) as text is: the mask keeps
# the shape, the system colour replaces currentcolor.
_BASE = (
    'svg[class^="ai-"]{background-color:currentcolor;'
    "-webkit-mask:var(--almanac-icon) center/contain no-repeat;"
    "mask:var(--almanac-icon) center/contain no-repeat}\n"
    '@media (forced-colors:active){svg[class^="ai-"]{forced-color-adjust:none;'
    "background-color:CanvasText}}\n"
)


def icon_class(name: str) -> str:
    """``material/magnify`` → ``ai-magnify``, ``fontawesome/brands/git-alt`` →
    ``ai-fontawesome-brands-git-alt`` (printed thirteen times a page: short)."""
    return "ai-" + re.sub(r"[^a-z0-9]+", "-", name.lower().removeprefix("material/")).strip("-")


class Icons:
    """``almanac_icon(name)`` for the theme's partials; remembers what it printed."""

    def __init__(self, env: Environment):
        self.env = env
        self.used: dict[str, str] = {}  # name → the theme's SVG

    def svg(self, name: str) -> str:
        if name not in self.used:
            assert self.env.loader is not None
            source, _, _ = self.env.loader.get_source(self.env, f".icons/{name}.svg")
            if not _SVG.fullmatch(source):
                raise ValueError(f".icons/{name}.svg: not one <svg> element")
            self.used[name] = source.strip()
        return self.used[name]

    def __call__(self, name: str) -> Markup:
        viewbox = _VIEWBOX.search(_SVG.fullmatch(self.svg(name)).group(1))  # type: ignore[union-attr]
        box = f' viewBox="{viewbox.group(1)}"' if viewbox else ""
        return Markup(f'<svg{box} class="{icon_class(name)}"></svg>')

    def stylesheet(self) -> str:
        rules = [
            f'.{icon_class(name)}{{--almanac-icon:url("data:image/svg+xml;charset=utf-8,'
            f'{quote(svg, safe=" /=:;,.-")}")}}\n'
            for name, svg in sorted(self.used.items())
        ]
        return _BASE + "".join(rules)
