"""What a pull request can publish (issue 14): script, secrets, stalls.

Each route an attacker found is here, built into one almanac with the check
switched off (the site must stay harmless even when nothing stopped the bad
input), and every HTML file under ``site/`` is parsed (html.parser, no regex)
for what must never be published: an ``on*`` attribute, a ``style`` attribute
in the content, a ``<script>`` that is not the site's own, an ``<iframe>``,
``<object>`` or ``<embed>``, a ``javascript:`` URL. The Chromium test loads the
pages and watches for ``window.__pwned`` and dialogs.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, make_project_copy, serve_directory

from generator.check import check_project
from generator.cli import main
from generator.project import Project

SECRET = "almanac-secret-4f1c9e"  # planted outside docs/; must never reach site/

# Lines starting with ``` that Python-Markdown does not take for a fence: the
# checker and the escaping used to think the script after them was code.
FENCE_TRICKS = """九龙坡区组建教育集团。

```text 说明文字

<script>window.__pwned='fence-with-text'</script>

   ```

<script>window.__pwned='indented-fence'</script>

~~~

<img src=x onerror="window.__pwned='mixed-fence'">

```
"""

ATTR_LIST = """九龙坡区推进集团化办学。

![图](x.png){: onerror="window.__pwned='attr-img'" }

## 加强党建 {: onclick="window.__pwned='attr-heading'" style="position:fixed" }

段落文字。
{: onmouseover="window.__pwned='attr-p'" #p-keep .kept }

*强调*{: onmouseover="window.__pwned='attr-em'" } [链接](#x){: onclick="window.__pwned='attr-a'" }

五育\\并举推进有力。
"""

DESCRIPTION = "摘要\"><script>window.__pwned='description'</script><meta http-equiv=refresh content=0;url=javascript:1>"


def article(title: str, body: str, district=("九龙坡区", "jiulongpo"), **extra) -> str:
    meta = [f"title: {title}", f"district: {district[0]}", f"district_slug: {district[1]}"]
    meta += [f"{key}: {value}" for key, value in extra.items()]
    return "---\n" + "\n".join(meta) + "\n---\n\n" + body


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def hostile_publish_project(root: Path) -> Path:
    make_project_copy(root)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - almanac\n", "  - almanac:\n      check: false\n"
        ),
        encoding="utf-8",
    )
    docs = root / "docs"
    arts = docs / "articles"
    (arts / "jiulongpo/fence.md").write_text(
        article("九龙坡区围栏测试", FENCE_TRICKS), encoding="utf-8"
    )
    (arts / "jiulongpo/attrs.md").write_text(
        article(
            "九龙坡区属性测试", ATTR_LIST, description="'" + DESCRIPTION.replace("'", "''") + "'"
        ),
        encoding="utf-8",
    )
    # Data files: names that generated pages print, with markup and attribute lists.
    append(
        docs / "data/districts.yml",
        "  - {name: '星海区<img src=x onerror=\"window.__pwned=''district''\">', slug: xinghai, short: [星海]}\n"
        "  - {name: '月湖区 {: onclick=\"window.__pwned=''district-attr''\" }', slug: yuehu, short: [月湖]}\n",
    )
    for slug, name in (
        ("xinghai", "星海区<img src=x onerror=\"window.__pwned=''district''\">"),
        ("yuehu", "月湖区 {: onclick=\"window.__pwned=''district-attr''\" }"),
    ):
        (arts / slug).mkdir()
        short = name[:2]
        (arts / slug / "school.md").write_text(
            f"---\ntitle: {short}区新建学校\ndistrict: '{name}'\ndistrict_slug: {slug}\n---\n\n"
            f"{short}区新建{short}实验小学，{short}实验小学开学。\n",
            encoding="utf-8",
        )
    append(
        docs / "data/themes.yml",
        "  - slug: attr-theme\n"
        "    name: '集团办学 {: onclick=\"window.__pwned=''theme-attr''\" }'\n"
        "    keywords: [优质教育集团, 教育集团]\n",
    )
    append(
        docs / "data/glossary.yml",
        "  - term: '五育\\并举'\n"
        "    definition: '<img src=x onerror=\"window.__pwned=''glossary''\">定义'\n"
        "  - term: '党建 {: onclick=\"window.__pwned=''term-attr''\" }'\n"
        "    definition: 加强党的建设。\n",
    )
    # Hand-written pages and active files outside articles/.
    append(
        docs / "index.md",
        "\n<script>window.__pwned='index'</script>\n\n<img src=x onerror=\"window.__pwned='index-img'\">\n",
    )
    (docs / "evil.html").write_text("<script>window.__pwned='evil-html'</script>", encoding="utf-8")
    (docs / "javascripts" / "evil.js").write_text("window.__pwned='evil-js'", encoding="utf-8")
    (docs / "evil.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' onload=\"window.__pwned='evil-svg'\"/>",
        encoding="utf-8",
    )
    # Secrets through symlinks: a file, a folder, /proc.
    (root.parent / "secret.txt").write_text(SECRET, encoding="utf-8")
    (root.parent / "private").mkdir()
    (root.parent / "private" / "key.txt").write_text(SECRET, encoding="utf-8")
    os.symlink(root.parent / "secret.txt", docs / "notes.txt")
    os.symlink(root.parent / "secret.txt", docs / "stylesheets" / "secret.css")
    os.symlink(root.parent / "private", docs / "shared")
    os.symlink("/proc/self/environ", docs / "environ.txt")
    os.link(root.parent / "secret.txt", docs / "hardlinked.txt")
    # A seed whose text and file name carry markup, through the importer.
    seed_name = "巴南`<img src=x onerror=window.__pwned=1>`.txt"
    (root / "seeds" / seed_name).write_text(
        "巴南区推进集团化办学\n\n（一）加强党建 {: onclick=\"window.__pwned='seed-attr'\" }\n\n"
        "巴南区组建7个优质教育集团，惠及学生2000余人。\n\n何霜 杜林燕\n",
        encoding="utf-8",
    )
    assert main(["--root", str(root), "import", str(root / "seeds" / seed_name)]) == 0
    return root


def build_unchecked(root: Path) -> Path:
    """``mkdocs build`` (not --strict: MkDocs rightly warns about some of these links)."""
    site = root / "site"
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), NO_MKDOCS_2_WARNING="1", ALMANAC_CACHE="0")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return site


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = hostile_publish_project(tmp_path_factory.mktemp("publish") / "p")
    return root, build_unchecked(root)


class Inventory(HTMLParser):
    """Everything in a page that could run script or that the content may not carry."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.inline_scripts: list[str] = []
        self._script: list[str] | None = None
        self._depth = 0  # inside <article class="md-content__inner">

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        in_content = self._depth > 0
        if tag == "article" and "md-content__inner" in (attrs.get("class") or ""):
            self._depth = 1
        elif in_content and tag not in ("br", "hr", "img", "meta", "link", "input", "line", "rect"):
            self._depth += 1
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction", "xlink:href", "srcset") and value:
                url = "".join(value.split()).lower()
                if (
                    url.startswith(("javascript:", "vbscript:", "data:"))
                    and url != "javascript:void(0)"
                ):
                    self.problems.append(f"<{tag} {name}={value}>")
            if name == "style" and in_content:
                self.problems.append(f"<{tag} style> in the content")
        if (
            tag in ("iframe", "object", "embed", "frame", "base")
            or (tag == "meta" and "http-equiv" in attrs)
            or (in_content and tag == "form")
        ):
            self.problems.append(f"<{tag}>")
        if tag == "script":
            if in_content:
                self.problems.append("<script> in the content")
            src = attrs.get("src")
            if src is not None:
                if not src.lstrip("./").startswith(
                    ("assets/javascripts/", "javascripts/", "search/")
                ):
                    self.problems.append(f"<script src={src}>")
            elif attrs.get("type") != "application/json":
                self._script = []

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.inline_scripts.append("".join(self._script))
            self._script = None
        if self._depth and tag not in ("br", "hr", "img"):
            self._depth -= 1

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)


def inventory(path: Path) -> Inventory:
    parser = Inventory()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def own_inline_scripts(built_site):
    """The inline scripts Material writes into every page of the clean fixture site."""
    scripts: set[str] = set()
    for path in built_site.rglob("*.html"):
        scripts.update(inventory(path).inline_scripts)
    return scripts


def test_no_published_page_carries_script(hostile, own_inline_scripts):
    root, site = hostile
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    found = {}
    for path in pages:
        parsed = inventory(path)
        problems = parsed.problems + [
            f"inline script {s[:40]!r}"
            for s in parsed.inline_scripts
            if s not in own_inline_scripts
        ]
        if problems:
            found[path.relative_to(site).as_posix()] = problems
    assert found == {}
    # The attacks reached the pages (as text), so the test looked at something.
    for page, words in {
        "articles/jiulongpo/attrs/index.html": ["加强党建", "强调", "段落文字"],
        "schools/index.html": ["月湖区"],
        "glossary/index.html": ["五育\\并举", "党建"],
        "index.html": ["区县教育年鉴"],
    }.items():
        text = (site / page).read_text(encoding="utf-8")
        for word in words:
            assert word in text, (page, word)


def elements(path: Path) -> list[tuple[str, dict]]:
    found: list[tuple[str, dict]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    Collect().feed(path.read_text(encoding="utf-8"))
    return found


def test_attr_list_keeps_id_and_class_only(hostile):
    _, site = hostile
    page = elements(site / "articles/jiulongpo/attrs/index.html")
    paragraph = next(attrs for tag, attrs in page if attrs.get("id") == "p-keep")
    assert paragraph == {
        "id": "p-keep",
        "class": "kept",
    }  # the editor's anchor and class still work
    heading = next(
        attrs for tag, attrs in page if tag == "h2" and attrs.get("id", "").startswith("加强党建")
    )
    assert set(heading) == {"id"}
    assert not [
        (tag, a)
        for tag, attrs in page
        for a in attrs
        if a.startswith("on") or (a == "style" and tag != "svg")
    ]


def test_description_is_text_in_the_meta_tag(hostile):
    _, site = hostile

    class Meta(HTMLParser):
        description = None

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "meta" and attrs.get("name") == "description":
                self.description = attrs.get("content")

    parser = Meta()
    parser.feed((site / "articles/jiulongpo/attrs/index.html").read_text(encoding="utf-8"))
    assert parser.description == DESCRIPTION  # the editor's words, as an attribute value


def test_active_files_and_links_are_not_published(hostile):
    _, site = hostile
    for name in (
        "evil.html",
        "javascripts/evil.js",
        "evil.svg",
        "notes.txt",
        "environ.txt",
        "stylesheets/secret.css",
        "shared/key.txt",
        "hardlinked.txt",
    ):
        assert not (site / name).exists(), name
    for path in site.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    assert (site / "javascripts/almanac-search.js").is_file()  # the project's own assets still are
    assert (site / "stylesheets/facts.css").is_file()


def test_check_names_every_file_that_may_not_be_in_docs(hostile):
    root, _ = hostile
    problems = {(p.path, p.line): p.message for p in check_project(Project(root))}
    for path in ("docs/evil.html", "docs/javascripts/evil.js", "docs/evil.svg"):
        assert "不能放" in problems[(path, 1)], path
    for path in (
        "docs/notes.txt",
        "docs/stylesheets/secret.css",
        "docs/shared",
        "docs/environ.txt",
    ):
        assert "符号链接" in problems[(path, 1)], path
    assert "硬链接" in problems[("docs/hardlinked.txt", 1)]
    index = (root / "docs/index.md").read_text(encoding="utf-8").split("\n")
    script_line = next(n for n, line in enumerate(index, 1) if "__pwned='index'" in line)
    assert (
        "HTML 标记" in problems[("docs/index.md", script_line)]
    )  # hand-written pages are checked like articles
    assert not any(
        path == "docs/guide.md" for path, _ in problems
    )  # `<script>` in a code span is text


def test_charts_survive_the_sanitiser(built_site):
    html = (built_site / "facts/index.html").read_text(encoding="utf-8")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="almanac-bar-chart" viewBox="0 0 ' in html
    assert "<rect " in html and 'text-anchor="end"' in html and "<title id=" in html
    # Table alignment survives as an attribute (the sanitiser drops every style).
    assert 'align="right"' in (built_site / "districts/index.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_no_hostile_page_runs_script_in_chromium(hostile, page):
    from test_hostile_inputs import watch

    root, site = hostile
    urls = [
        "",
        "evil.html",
        "evil.svg",
        "articles/jiulongpo/fence/",
        "articles/jiulongpo/attrs/",
        "schools/",
        "glossary/",
        "districts/",
        "themes/attr-theme/",
        "library/",
        "facts/",
    ]
    urls += [
        p.relative_to(root / "docs").with_suffix("").as_posix() + "/"
        for p in (root / "docs/articles/banan").glob("*.md")
    ]
    with serve_directory(site) as base:
        for url in urls:
            assert watch(page, base + url) == [], url
        page.goto(base + "articles/jiulongpo/attrs/")
        for selector in ("h2", "p", "em", "a"):
            for element in page.query_selector_all(f"article {selector}")[:10]:
                # Hidden elements cannot be clicked.
                with contextlib.suppress(Exception):
                    element.click(timeout=500)
        assert page.evaluate("() => window.__pwned") is None


# -- bounded inputs: refused with path:line, never a traceback ---------------

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)


@pytest.fixture
def small(tmp_path) -> Path:
    return make_project_copy(tmp_path / "p")


def problems_of(root: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for problem in check_project(Project(root)):
        found.setdefault(problem.path, []).append(f"{problem.line}: {problem.message}")
    return found


def test_alias_bomb_in_front_matter_is_refused_with_its_line(small):
    (small / "docs/articles/jiulongpo/bomb.md").write_text(
        article("九龙坡区炸弹", "九龙坡区。\n", extra=f"\n{BOMB}".replace("\n", "\n  ")),
        encoding="utf-8",
    )
    problems = problems_of(small)["docs/articles/jiulongpo/bomb.md"]
    assert problems == ["6: YAML 前言格式错误：不能使用 YAML 锚点“&…”和别名“*…”：请直接写出每个值"]
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(small / "site")],
        cwd=small,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "bomb.md:6:" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_alias_bomb_in_a_data_file_is_refused_with_its_line(small):
    glossary = small / "docs/data/glossary.yml"
    glossary.write_text(BOMB + glossary.read_text(encoding="utf-8"), encoding="utf-8")
    assert problems_of(small)["docs/data/glossary.yml"] == [
        "1: YAML 格式错误：不能使用 YAML 锚点“&…”和别名“*…”：请直接写出每个值"
    ]


@pytest.mark.parametrize(
    "body, line, words",
    [
        ("九龙坡区。\n\n" + "[" * 20000 + "x\n", 9, "方括号或圆括号嵌套"),
        (
            "九龙坡区。\n\n" + "\n".join("    " * i + "- 项" for i in range(200)) + "\n",
            9 + 32,
            "列表、引用或缩进嵌套",
        ),
        ("九龙坡区。\n\n" + "> " * 500 + "引文\n", 9, "列表、引用或缩进嵌套"),
    ],
)
def test_deep_nesting_is_refused_before_markdown(small, body, line, words):
    (small / "docs/articles/jiulongpo/deep.md").write_text(
        article("九龙坡区嵌套", body), encoding="utf-8"
    )
    (problem,) = problems_of(small)["docs/articles/jiulongpo/deep.md"]
    assert problem.startswith(f"{line}: {words}")


def test_deep_brackets_in_front_matter_are_refused(small):
    (small / "docs/articles/jiulongpo/deep.md").write_text(
        article("九龙坡区嵌套", "正文。\n", summary="[" * 5000), encoding="utf-8"
    )
    assert problems_of(small)["docs/articles/jiulongpo/deep.md"] == [
        "5: YAML 前言格式错误：嵌套层数过多（上限 32 层）"
    ]


@pytest.mark.parametrize(
    "phrases, words",
    [
        ('["惠及…学…生…人#"]', "最多含 2 个 “…”"),
        ("'新建学校#'", "phrases 应为词语列表"),
        ("5", "phrases 应为词语列表"),
    ],
)
def test_metric_phrases_are_lists_of_bounded_patterns(small, phrases, words):
    metrics = small / "docs/data/metrics.yml"
    text = metrics.read_text(encoding="utf-8")
    metrics.write_text(
        text.replace('phrases: ["惠及…学生#", "惠及#学生"]', f"phrases: {phrases}", 1),
        encoding="utf-8",
    )
    line = text.split("\n").index("  - slug: group-students") + 1
    (problem,) = problems_of(small)["docs/data/metrics.yml"]
    assert problem.startswith(f"{line}: metrics 第 2 项") and words in problem


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "9" * 400])
def test_facts_values_must_be_finite_figures(small, value):
    path = small / "docs/articles/nanan/nanan-jituanhua.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "\n---\n", f"\nfacts:\n  - {{metric: education-groups, value: {value}}}\n---\n", 1
        ),
        encoding="utf-8",
    )
    (problem,) = problems_of(small)["docs/articles/nanan/nanan-jituanhua.md"]
    assert "value 须为有限的数字" in problem


def test_facts_json_is_strict_json(built_site):
    import json

    def refuse(constant):
        raise ValueError(constant)

    data = json.loads(
        (built_site / "facts/facts.json").read_text(encoding="utf-8"), parse_constant=refuse
    )
    assert data


def test_lone_surrogate_in_front_matter_is_an_error_with_its_line(small):
    (small / "docs/articles/jiulongpo/bad.md").write_text(
        article('"九龙坡区\\ud800"', "正文。\n"), encoding="utf-8"
    )
    assert problems_of(small)["docs/articles/jiulongpo/bad.md"] == [
        "2: YAML 前言含无效的 \\u 转义（单独的代理码位，不是字符）"
    ]


def test_repeated_paragraphs_get_the_anchors_toc_would_give():
    from markdown.extensions.toc import unique

    from generator.corpus import parse_body

    body = "\n\n".join(["同一段文字。"] * 300)
    used: set[str] = set()
    expected = []
    for _ in range(300):
        expected.append(
            unique("p-" + __import__("hashlib").sha1("同一段文字。".encode()).hexdigest()[:8], used)
        )
        used.add(expected[-1])
    assert [p.anchor for s in parse_body(body) for p in s.paragraphs] == expected


# -- the importer: seeds refused by name, the others still import -----------


def test_bad_seeds_are_refused_by_name_and_the_rest_import(small, capsys):
    seeds = small / "seeds"
    good = "巴南区推进集团化办学\n\n巴南区组建7个优质教育集团。\n\n何霜 杜林燕\n"
    (seeds / "a-folder.txt").mkdir()
    os.mkfifo(seeds / "b-fifo.txt")
    (small.parent / "outside.txt").write_text(good, encoding="utf-8")
    os.symlink(small.parent / "outside.txt", seeds / "c-link.txt")
    (seeds / "d-hints.txt").write_text(good, encoding="utf-8")
    (seeds / "d-hints.hints.yml").write_text("district: [巴南区]\n", encoding="utf-8")
    (seeds / "e-bomb.txt").write_text(good, encoding="utf-8")
    (seeds / "e-bomb.hints.yml").write_text(BOMB, encoding="utf-8")
    (seeds / "z-good.txt").write_text(good, encoding="utf-8")
    names = ["a-folder.txt", "b-fifo.txt", "c-link.txt", "d-hints.txt", "e-bomb.txt", "z-good.txt"]
    assert main(["--root", str(small), "import", *[str(seeds / n) for n in names]]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert (
        "a-folder.txt: 是文件夹" in out.err
        and "b-fifo.txt: 不是普通文件" in out.err
        and "c-link.txt: 是符号链接" in out.err
    )
    assert "d-hints.hints.yml:1: district 应为区县名" in out.err
    assert "e-bomb.hints.yml:1: YAML 格式错误：anchors are not allowed" in out.err
    assert "新增 1" in out.out and "失败 5" in out.out


def test_imported_files_keep_the_editors_umask(small):
    (small / "seeds/u.txt").write_text(
        "巴南区推进集团化办学\n\n巴南区组建7个优质教育集团。\n\n何霜 杜林燕\n", encoding="utf-8"
    )
    old = os.umask(0o022)
    try:
        assert main(["--root", str(small), "import", "-q", str(small / "seeds/u.txt")]) == 0
    finally:
        os.umask(old)
    (path,) = [
        p
        for p in (small / "docs/articles/banan").glob("*.md")
        if "seeds/u.txt" in p.read_text(encoding="utf-8")
    ]
    assert path.stat().st_mode & 0o777 == 0o644


def test_missing_template_is_an_error_with_its_line(small):
    (small / "docs/articles/jiulongpo/t.md").write_text(
        article("九龙坡区模板", "正文。\n", template="../../../etc/passwd"), encoding="utf-8"
    )
    (problem,) = problems_of(small)["docs/articles/jiulongpo/t.md"]
    assert problem.startswith("5: template 指向的页面模板不存在")


def test_an_article_past_the_size_limit_is_refused_before_it_is_read(small):
    from generator.store import MAX_ARTICLE_BYTES

    paragraph = "九龙坡区新建学校12所，惠及学生2000余人。\n\n"
    count = MAX_ARTICLE_BYTES // len(paragraph.encode()) + 1
    (small / "docs/articles/jiulongpo/big.md").write_text(
        article("九龙坡区长文", paragraph * count), encoding="utf-8"
    )
    (problem,) = problems_of(small)["docs/articles/jiulongpo/big.md"]
    assert problem.startswith("1: 文件过大") and f"上限 {MAX_ARTICLE_BYTES} 字节" in problem


def test_abbreviations_in_a_long_page_are_found_in_one_pass():
    # The tree walk is linear in the paragraphs (the stock abbr one is quadratic).
    import markdown

    text = "*[双减]: 减轻学生负担\n\n" + "落实双减，推进。\n\n" * 3000
    html = markdown.markdown(text, extensions=["generator.cjk_abbr"])
    assert html.count('<abbr title="减轻学生负担">双减</abbr>') == 3000


@pytest.mark.parametrize(
    "body",
    [
        "前文。\n\n    缩进的代码\n\n后文。\n",  # an indented code block
        "前文。\n\n<pre>\n代码\n\n第二段代码\n</pre>\n\n后文。\n",  # raw HTML past a blank line
        "前文。\n\n<div>\n<div>\n内\n</div>\n\n仍在外层\n</div>\n\n后文。\n",
        "前文。\n\n<!-- 注释\n\n仍是注释 -->\n\n后文。\n",
        "前文。\n\n```\n代码一\n\n代码二\n```\n\n后文。\n",
        "<br>前文\n\n后文。\n",  # a void tag opens no block
    ],
)
def test_no_paragraph_anchor_shows_in_code_or_raw_html(body):
    import markdown

    from generator.corpus import anchor_paragraphs, parse_body

    html = markdown.markdown(
        anchor_paragraphs(body),
        extensions=["attr_list", "generator.safe_attrs", "md_in_html", "tables", "toc"],
    )
    assert "{:" not in html and "#p-" not in html  # no anchor printed as text
    anchors = [p.anchor for s in parse_body(body) for p in s.paragraphs]
    assert anchors and all(f'id="{a}"' in html for a in anchors)  # every link target exists


@pytest.mark.parametrize(
    "name",
    ["themes.yml", "metrics.yml", "glossary.yml", "schools.yml", "districts.yml", "almanac.yml"],
)
def test_a_data_file_that_is_a_folder_is_named(small, name):
    # The loaders took a folder for an absent file: themes.yml as a folder removed every theme page.
    path = small / "docs/data" / name
    path.unlink()
    path.mkdir()
    (path / "x.yml").write_text("themes: []\n", encoding="utf-8")
    assert (
        "1: 是文件夹：这里应是数据文件（YAML 文本），请删除文件夹并放回文件"
        in problems_of(small)[f"docs/data/{name}"]
    )


@pytest.mark.parametrize("name", ["themes.yml", "schools.yml"])
def test_build_stops_on_a_data_file_that_is_a_folder(small, name):
    path = small / "docs/data" / name
    path.unlink()
    path.mkdir()
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), NO_MKDOCS_2_WARNING="1", ALMANAC_CACHE="0")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(small / "site")],
        cwd=small,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"docs/data/{name}:1: 是文件夹" in result.stderr


def test_a_seed_that_is_a_folder_is_named_by_check(small):
    (small / "seeds/a-folder.txt").mkdir()
    assert problems_of(small)["seeds/a-folder.txt"] == [
        "1: 是文件夹：种子应是文件，请删除文件夹或改名"
    ]


@pytest.mark.parametrize(
    "item, words",
    [
        ("{metric: education-groups, value: 7, unit: .nan}", "unit 应为一段文字，而不是 nan"),
        ("{metric: education-groups, value: 7, period: 5}", "period 应为一段文字，而不是 5"),
        ("{metric: 5, value: 7}", "metric 应为一段文字，而不是 5"),
        ("{metric: education-groups, value: 7, year: .nan}", "未知的键 “year”"),
    ],
)
def test_facts_fields_have_their_types(small, item, words):
    path = small / "docs/articles/nanan/nanan-jituanhua.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n---\n", f"\nfacts:\n  - {item}\n---\n", 1), encoding="utf-8")
    line = text.split("\n").index("---", 1) + 1  # facts: goes where the front matter ended
    (problem,) = problems_of(small)["docs/articles/nanan/nanan-jituanhua.md"]
    assert problem.startswith(f"{line}: facts: 第 1 项：") and words in problem


def test_a_metric_slug_is_text(small):
    metrics = small / "docs/data/metrics.yml"
    text = metrics.read_text(encoding="utf-8")
    metrics.write_text(
        text.replace("  - slug: group-students", "  - slug: 12", 1), encoding="utf-8"
    )
    line = text.split("\n").index("  - slug: group-students") + 1
    (problem,) = problems_of(small)["docs/data/metrics.yml"]
    assert problem.startswith(f"{line}: metrics 第 2 项: slug “12” 须为")
