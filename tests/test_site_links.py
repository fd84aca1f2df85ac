"""No broken internal link in a built site: every ``href``/``src`` of every HTML
page that stays inside the site names an existing file, and its ``#fragment``
an existing ``id`` of that page. Links MkDocs itself never checks are covered
too: raw HTML in generated pages (the facts table, SVG charts, the citation,
the 学校名录 and 大事记 quotes) and Material's templates.

``broken_links(site)`` is reused by other suites on sites they build anyway
(the real articles in test_site_acceptance, the offline edition in
test_reader_site), so this module adds no build of its own: it checks the
session's ``built_site`` of the fixture articles.
"""

from __future__ import annotations

import json
import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.render.facts_page import facts_json_rows


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            value = attrs.get(key)
            if value is not None:
                self.links.append(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site: Path, page: Path, path: str) -> Path:
    """The file a link's path names, as a static web server would serve it."""
    base = site / path.lstrip("/") if path.startswith("/") else page.parent / path
    target = Path(posixpath.normpath(base.as_posix()))
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def broken_links(site: Path, root: str | None = None) -> tuple[list[tuple[str, str, str]], int]:
    """``(problems, links checked)``; a problem is ``(page, href, reason)``.

    A root-absolute link (``/assets/…``) only works when the site is served at
    a domain's root, so it is a problem anywhere but in ``404.html`` (which
    MkDocs writes with root-absolute links on purpose, for any missing URL) —
    unless the site is meant to be served under ``root`` (``/almanac/``, the plain
    export's raw-HTML links): a link below it is then checked as the file it names.
    """
    site = Path(site)
    pages = {path: _parse(path) for path in sorted(site.rglob("*.html"))}
    problems: list[tuple[str, str, str]] = []
    checked = 0
    for page, parsed in pages.items():
        rel = page.relative_to(site).as_posix()
        for href in parsed.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("//"):
                continue  # external (or mailto:, javascript: would be caught by the safety tests)
            checked += 1
            path, fragment = unquote(parts.path), unquote(parts.fragment)
            if root is not None and path.startswith(root):
                path = "/" + path[len(root) :]  # served under root: the site's own file
            elif path.startswith("/") and rel != "404.html":
                problems.append((rel, href, "root-absolute link"))
                continue
            target = _target(site, page, path) if path else page
            if not target.is_file():
                problems.append((rel, href, "no such file"))
                continue
            if fragment and target.suffix == ".html" and fragment not in pages[target].ids:
                problems.append((rel, href, "no such anchor"))
    return problems, checked


def broken_download_urls(site: Path) -> list[str]:
    """Every figure's ``url`` in ``facts/facts.json`` (site-relative) lands on an id."""
    payload = json.loads((Path(site) / "facts" / "facts.json").read_text(encoding="utf-8"))
    bad = []
    for fact in facts_json_rows(payload):
        path, _, fragment = fact["url"].partition("#")
        target = Path(site) / path / "index.html"
        if not target.is_file() or (fragment and fragment not in _parse(target).ids):
            bad.append(fact["url"])
    return bad


def test_every_internal_link_of_the_built_site_resolves(built_site):
    problems, checked = broken_links(built_site)
    assert problems == []
    assert checked > 500  # nav, tags, facts table, chronology, schools, citations …


def test_the_facts_downloads_link_to_existing_paragraphs(built_site):
    assert broken_download_urls(built_site) == []


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_checker_finds_each_kind_of_broken_link(tmp_path):
    _write(
        tmp_path / "index.html",
        (
            '<a href="a/">ok</a><a href="a/#x">ok</a><a href="#top" id="top">ok</a>'
            '<a href="https://example.org/">external</a><img src="img.png">'
            '<a href="missing/">1</a><a href="a/#nope">2</a><a href="/a/">3</a><a href="#gone">4</a>'
            '<a href="a/#%E4%B8%AD">ok, percent-encoded</a>'
        ),
    )
    _write(tmp_path / "a" / "index.html", '<h2 id="x">x</h2><p id="中">中</p>')
    _write(tmp_path / "img.png", "")
    _write(tmp_path / "404.html", '<a href="/a/#x">root-absolute is fine here</a>')
    problems, checked = broken_links(tmp_path)
    assert sorted(problems) == [
        ("index.html", "#gone", "no such anchor"),
        ("index.html", "/a/", "root-absolute link"),
        ("index.html", "a/#nope", "no such anchor"),
        ("index.html", "missing/", "no such file"),
    ]
    assert checked == 10
    # Served under /almanac/: a link below it names a file of the site, others are broken.
    _write(tmp_path / "a" / "b.html", '<a href="/almanac/a/#x">ok</a><a href="/a/#x">outside</a>')
    problems, _ = broken_links(tmp_path, root="/almanac/")
    assert ("a/b.html", "/a/#x", "root-absolute link") in problems
    assert not [p for p in problems if p[1] == "/almanac/a/#x"]


def test_relative_links_climb_from_the_page_folder(tmp_path):
    _write(tmp_path / "index.html", "")
    _write(tmp_path / "a" / "index.html", '<p id="x"></p>')
    _write(
        tmp_path / "a" / "b" / "index.html",
        (
            '<a href="../#x">1</a><a href="../../index.html">2</a><a href="../../a/#x">3</a>'
            '<a href="../a/#x">wrong level</a>'
        ),
    )
    problems, checked = broken_links(tmp_path)
    assert problems == [("a/b/index.html", "../a/#x", "no such file")]
    assert checked == 4
