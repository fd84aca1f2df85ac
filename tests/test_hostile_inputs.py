"""Inputs that must not break anything (issue: editing by pull request).

For each: no traceback, no file outside docs/, no existing file lost or changed,
nothing half-written, a clear message where the input is refused, and the rest
of the almanac still builds. The browser tests at the end load the pages made
from hostile seeds and articles in Chromium and assert that no script ran.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT_ROOT, build_site, make_project_copy, serve_directory

from generator.check import check_project
from generator.cli import main
from generator.project import Project
from generator.read import MAX_SEED_BYTES
from generator.store import read_article

SLUG_PATH = re.compile(r"^docs/articles/[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
BODY = "{district}大力实施六大工程，组建7个优质教育集团，惠及学生2000余人。\n\n何霜 杜林燕\n"
# A display line the importer takes for a headline: HTML, path parts, quotes, Markdown emphasis.
HOSTILE_TITLE = '巴南区<script>alert(1)</script>/../"引号"*强调*'
# What an editor may type as a title: every Markdown and HTML control character.
EDITOR_TITLE = "巴南区<script>alert('title')</script>/../\"引号\"'单引号'*强调*_下_ #井号 [链接](x) `码` |表| &amp; <!--"
SCRIPT_BODY = (
    "巴南区推进集团化办学\n\n"
    "巴南区组建7个优质教育集团。<script>window.__pwned='seed-script';alert('seed')</script>\n\n"
    "<img src=x onerror=\"window.__pwned='seed-img'\"> 惠及学生2000余人。\n\n"
    "<svg onload=\"window.__pwned='seed-svg'\"></svg>[点我](javascript:window.__pwned='seed-link')\n\n"
    "何霜 杜林燕\n"
)
# CRLF, CR and LF mixed; zero-width characters inside words; full-width digits and punctuation.
MIXED = (
    "九龙坡区\u200b“惠民”工程\r\n\r\n"
    "九龙坡区新建学校１２所，新增学位\u200d４５９９０个；\r"
    "惠及学\u200c生２０００余人！\n\n"
    "\ufeff何霜 杜林燕\r\n"
).encode("utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def import_seeds(root: Path, *names: str) -> int:
    return main(["--root", str(root), "import", *[str(root / "seeds" / n) for n in names]])


def assert_nothing_lost(
    before: dict[str, bytes], after: dict[str, bytes], allowed_new: set[str] | None = None
) -> list[str]:
    """Every file that existed is unchanged; new files are articles inside docs/ (returned)."""
    for path, data in before.items():
        assert path in after, f"{path} was lost"
        assert after[path] == data, f"{path} was changed"
    new = sorted(set(after) - set(before))
    for path in new:
        assert SLUG_PATH.match(path) or path in (allowed_new or set()), f"unexpected file {path}"
        assert not path.endswith(".tmp")
    return new


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project_copy(tmp_path / "p", articles=None)


def write_seed(root: Path, name: str, content: str | bytes) -> None:
    path = root / "seeds" / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def write_hostile_title_seed(root: Path) -> None:
    write_seed(root, "hostile.txt", HOSTILE_TITLE + "\n\n" + BODY.format(district="巴南区"))


# -- seeds that are refused -------------------------------------------------


@pytest.mark.parametrize(
    "name, make, message",
    [
        (
            "huge.txt",
            lambda p: os.truncate(p, 50 * 1024 * 1024),
            f"文件过大（52428800 字节，上限 {MAX_SEED_BYTES} 字节），已跳过",
        ),
        (
            "image.txt",
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
            "不是文本文件（含 NUL 字节），已跳过",
        ),
        (
            "latin.txt",
            lambda p: p.write_bytes(bytes(range(128, 256)) * 40),
            "既不是 UTF-8 也不是 GB18030/GBK 编码的文本，无法读取",
        ),
        (
            "control.txt",
            lambda p: p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15]) * 100),
            "无法识别文章所属区县（正文中没有找到区县名称）",
        ),
        (
            "empty.txt",
            lambda p: p.write_bytes(b"\xe2\x80\x8b\r\n \n"),
            "文件为空（没有任何文字），已跳过",
        ),
    ],
    ids=["50MB", "binary", "not-text", "control-characters", "only-invisible"],
)
def test_unreadable_seed_is_refused_with_a_clear_message(project, capsys, name, make, message):
    path = project / "seeds" / name
    path.touch()
    make(path)
    before = snapshot(project)
    assert import_seeds(project, name) == 1
    err = capsys.readouterr().err
    assert f"seeds/{name}" in err and message in err
    assert "Traceback" not in err
    assert assert_nothing_lost(before, snapshot(project)) == []


# -- seeds that import ------------------------------------------------------


def test_hostile_title_stays_a_safe_slug_inside_docs(project, capsys):
    write_hostile_title_seed(project)
    before = snapshot(project)
    assert import_seeds(project, "hostile.txt") == 0
    new = assert_nothing_lost(before, snapshot(project))
    assert len(new) == 1 and new[0].startswith("docs/articles/banan/")
    article = read_article(project / new[0])
    assert article.title == HOSTILE_TITLE  # kept as text; escaped wherever it is shown
    assert check_project(Project(project)) == []


def test_script_in_a_seed_is_escaped_by_the_importer(project):
    write_seed(project, "script.txt", SCRIPT_BODY)
    before = snapshot(project)
    assert import_seeds(project, "script.txt") == 0
    (new,) = assert_nothing_lost(before, snapshot(project))
    body = read_article(project / new).body
    assert "<script" not in body and "<img" not in body and "<svg" not in body
    assert "&lt;script>" in body and "&lt;img src=x" in body
    assert "\\[点我\\](javascript:" in body  # not a link
    assert check_project(Project(project)) == []


def test_mixed_line_ends_invisible_and_full_width_characters(project):
    write_seed(project, "mixed.txt", MIXED)
    before = snapshot(project)
    assert import_seeds(project, "mixed.txt") == 0
    (new,) = assert_nothing_lost(before, snapshot(project))
    article = read_article(project / new)
    assert article.district == "九龙坡区"
    text = article.text
    assert not re.search("[\u200b\u200c\u200d\ufeff\r]", text)
    assert (
        "新增学位４５９９０个；惠及学生２０００余人！" in article.body
    )  # lines joined, no space, digits kept
    assert check_project(Project(project)) == []


def test_new_district_imports_and_check_says_what_to_do(project, capsys):
    write_seed(project, "new.txt", "星海区推进集团化办学\n\n" + BODY.format(district="星海区"))
    before = snapshot(project)
    # No district named in the gazetteer: refused with the file named.
    assert import_seeds(project, "new.txt") == 1
    assert "seeds/new.txt" in capsys.readouterr().err
    assert_nothing_lost(before, snapshot(project))
    # With a hint the article would import, but check would refuse an unknown
    # district: the import says so (what to do, the seed named) and writes nothing.
    (project / "seeds" / "new.hints.yml").write_text("district: 星海区\n", encoding="utf-8")
    before = snapshot(project)
    assert import_seeds(project, "new.txt") == 1
    err = capsys.readouterr().err
    assert "seeds/new.txt:1: 导入结果未通过 almanac check（未知区县 “星海区”" in err
    assert "先在 docs/data/districts.yml 中添加该区县" in err
    assert_nothing_lost(before, snapshot(project))
    assert snapshot(project) == before
    districts = project / "docs/data/districts.yml"
    districts.write_text(
        districts.read_text(encoding="utf-8")
        + "  - {name: 星海区, slug: xinghai, short: [星海]}\n",
        encoding="utf-8",
    )
    # Once the district is listed, the article imports under its slug and check passes.
    before = snapshot(project)
    assert import_seeds(project, "new.txt") == 0
    (new,) = assert_nothing_lost(before, snapshot(project))
    assert new.startswith("docs/articles/xinghai/")
    assert check_project(Project(project)) == []


def test_bad_district_slug_in_data_never_writes_outside_docs(project, capsys):
    districts = project / "docs/data/districts.yml"
    districts.write_text(
        districts.read_text(encoding="utf-8").replace("slug: banan", "slug: ../../evil"),
        encoding="utf-8",
    )
    write_seed(project, "a.txt", "巴南区推进集团化办学\n\n" + BODY.format(district="巴南区"))
    before = snapshot(project)
    assert import_seeds(project, "a.txt") == 1
    assert "“../../evil” 无效" in capsys.readouterr().err
    assert assert_nothing_lost(before, snapshot(project)) == []
    assert not (project.parent / "evil").exists()
    assert "docs/data/districts.yml" in {p.path for p in check_project(Project(project))}


def test_broken_districts_file_is_one_clear_problem_and_import_writes_nothing(project, capsys):
    districts = project / "docs/data/districts.yml"
    districts.write_text(
        districts.read_text(encoding="utf-8").replace("{name: 黔江区,", "{name: 黔江区:,", 1),
        encoding="utf-8",
    )
    assert [str(p) for p in check_project(Project(project))] == [
        "docs/data/districts.yml:9: YAML 格式错误：花括号 {…} 没有正确闭合，或其中的值含冒号——含冒号的值请加引号",
    ]
    write_seed(project, "a.txt", "巴南区推进集团化办学\n\n" + BODY.format(district="巴南区"))
    before = snapshot(project)
    assert import_seeds(project, "a.txt") == 1
    err = capsys.readouterr().err
    assert err.startswith("almanac import: docs/data/districts.yml:9: YAML 格式错误"), err
    assert "Traceback" not in err
    assert assert_nothing_lost(before, snapshot(project)) == []


def test_duplicate_titles_keep_both_files_build_and_check_names_them(project):
    seed = "巴南区推进集团化办学\n\n" + BODY.format(district="巴南区")
    write_seed(project, "one.txt", seed)
    write_seed(project, "two.txt", seed.replace("7个", "8个"))
    before = snapshot(project)
    assert import_seeds(project, "one.txt", "two.txt") == 0
    first, second = assert_nothing_lost(before, snapshot(project))  # path order: x-2.md before x.md
    assert first == second.replace(".md", "-2.md")
    assert [str(p) for p in check_project(Project(project))] == [
        f"{second}:2: 提醒：标题与同一区县的 {first} 相同：读者难以区分，请改动其中一篇的 title",
    ]
    build_site(project)  # a warning: the almanac still builds (strictly)


def test_malformed_front_matter_is_reported_and_never_overwritten(project, capsys):
    article = project / "docs/articles/banan/banan-liuda-gongcheng-qifa-li-jiakuai-jianshe.md"
    broken = article.read_text(encoding="utf-8").replace(
        "authors:\n- 何霜", "authors:\n - 何霜\n- [未闭合", 1
    )
    article.write_text(broken, encoding="utf-8")
    before = snapshot(project)
    assert import_seeds(project, "000_2d21e9a95bca8af9.txt") == 0
    capsys.readouterr()
    after = snapshot(project)
    assert after[article.relative_to(project).as_posix()] == broken.encode("utf-8")
    # (the importer cannot tell which file was this article, so it writes a new one beside it)
    assert_nothing_lost(before, after)
    problems = [str(p) for p in check_project(Project(project))]
    assert len(problems) >= 1 and problems[0].startswith(
        f"{article.relative_to(project).as_posix()}:"
    )
    assert "YAML 前言格式错误" in problems[0]


# -- the almanac still builds, and nothing runs in the browser -------------

HOSTILE_THEME = """  - slug: hostile
    name: <img src=x onerror="window.__pwned='theme'">集团
    description: <script>window.__pwned='description'</script>
    keywords: [优质教育集团]
"""


def hostile_project(root: Path) -> Path:
    """The real almanac plus every hostile seed imported, with the problems
    `almanac check` reports fixed the way the editing guide says."""
    make_project_copy(root, articles=None)
    write_hostile_title_seed(root)
    write_seed(root, "script.txt", SCRIPT_BODY)
    write_seed(root, "mixed.txt", MIXED)
    assert import_seeds(root, "hostile.txt", "script.txt", "mixed.txt") == 0
    themes = root / "docs/data/themes.yml"
    themes.write_text(
        themes.read_text(encoding="utf-8").rstrip("\n") + "\n" + HOSTILE_THEME, encoding="utf-8"
    )
    editor = {
        "title": EDITOR_TITLE,
        "district": "巴南区",
        "district_slug": "banan",
        "authors": ["<b>作者</b>"],
        "summary": "<i>摘要</i>",
    }
    (root / "docs/articles/banan/editor-title.md").write_text(
        "---\n" + yaml.safe_dump(editor, allow_unicode=True) + "---\n\n巴南区推进“六大工程”。\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = hostile_project(tmp_path_factory.mktemp("hostile") / "p")
    assert check_project(Project(root)) == []
    return root, build_site(root)


def article_urls(root: Path, site: Path, seed: str) -> list[str]:
    urls = []
    for path in (root / "docs/articles").rglob("*.md"):
        if f"seeds/{seed}" in path.read_text(encoding="utf-8") or path.stem == seed:
            urls.append(path.relative_to(root / "docs").with_suffix("").as_posix() + "/")
    assert urls
    return urls


def test_hostile_seeds_build_and_their_html_is_inert(hostile_site):
    root, site = hostile_site
    for seed in ("hostile.txt", "script.txt", "editor-title"):
        for url in article_urls(root, site, seed):
            html = (site / url / "index.html").read_text(encoding="utf-8")
            assert "<script>window.__pwned" not in html
            assert not re.search(r"<(img|svg)[^>]*\son\w+=", html)
            assert "<script>alert(1)" not in html and "<script>alert('title')" not in html
            assert "<b>作者</b>" not in html and "<i>摘要</i>" not in html
            assert 'href="javascript:' not in html.lower()
    assert (site / "index.html").is_file() and (site / "articles/banan").is_dir()
    theme_page = (site / "themes/hostile/index.html").read_text(encoding="utf-8")
    assert "<img src=x onerror" not in theme_page and "<script>window.__pwned" not in theme_page


def watch(page, url: str) -> list[str]:
    """Load ``url``; return every sign that injected script ran."""
    signs: list[str] = []
    page.on("dialog", lambda d: (signs.append(f"dialog:{d.message}"), d.dismiss()))
    page.on("console", lambda m: signs.append(f"console:{m.text}") if "pwned" in m.text else None)
    page.goto(url)
    page.wait_for_load_state("load")
    # Hovering and clicking give event handlers and javascript: links their chance.
    for selector in ("article img", "article svg", "article a"):
        for element in page.query_selector_all(selector)[:20]:
            # Invisible elements cannot be hovered.
            with contextlib.suppress(Exception):
                element.hover(timeout=500)
    pwned = page.evaluate("() => window.__pwned")
    if pwned is not None:
        signs.append(f"window.__pwned={pwned}")
    return signs


@pytest.mark.browser
def test_no_script_from_a_seed_runs_in_the_browser(hostile_site, page):
    root, site = hostile_site
    with serve_directory(site) as base:
        urls = [
            u
            for s in ("hostile.txt", "script.txt", "editor-title")
            for u in article_urls(root, site, s)
        ]
        for url in [
            *urls,
            "districts/banan/",
            "themes/hostile/",
            "themes/",
            "library/",
            "chronology/",
            "",
        ]:
            assert watch(page, base + url) == [], url
        page.goto(base + article_urls(root, site, "hostile.txt")[0])
        assert page.title().startswith(HOSTILE_TITLE)  # shown as text
        page.goto(base + "articles/banan/editor-title/")
        assert page.title().startswith(EDITOR_TITLE)
        assert page.locator("h1").first.inner_text() == EDITOR_TITLE


MALICIOUS_ARTICLE = """---
title: 九龙坡区<img src=x onerror="window.__pwned='title'">测试
district: 九龙坡区
district_slug: jiulongpo
summary: 摘要<script>window.__pwned='summary'</script>
authors:
- <b onmouseover="window.__pwned='author'">作者</b>
---

九龙坡区组建教育集团。<script>window.__pwned='body';alert('body')</script>

<img src=x onerror="window.__pwned='img'">

<a href="javascript:window.__pwned='a'">链接</a> [点我](JaVaScRiPt&#58;window.__pwned='md') [再点](  java\tscript:window.__pwned='tab')

<iframe src="javascript:window.__pwned='iframe'"></iframe>

<details open ontoggle="window.__pwned='toggle'"><summary>x</summary></details>

## 小标题<img src=x onerror="window.__pwned='heading'">

<!-- 编辑注释 -->
"""


def test_check_reports_every_hazard_of_a_malicious_article(tmp_path):
    root = make_project_copy(tmp_path / "p")
    (root / "docs/articles/jiulongpo/evil.md").write_text(MALICIOUS_ARTICLE, encoding="utf-8")
    lines = sorted({p.line for p in check_project(Project(root)) if p.path.endswith("evil.md")})
    assert lines == [10, 12, 14, 16, 18, 20]


@pytest.mark.browser
def test_no_script_from_an_article_runs_even_with_the_check_disabled(tmp_path, page):
    root = make_project_copy(tmp_path / "p")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - almanac\n", "  - almanac:\n      check: false\n"
        ),
        encoding="utf-8",
    )
    (root / "docs/articles/jiulongpo/evil.md").write_text(MALICIOUS_ARTICLE, encoding="utf-8")
    # Not --strict: MkDocs rightly warns about the javascript: links, which is not the point here.
    site = root / "site"
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=root,
        env=env,
        check=True,
    )
    html = (site / "articles/jiulongpo/evil/index.html").read_text(encoding="utf-8")
    assert "九龙坡区组建教育集团。&lt;script&gt;" in html  # shown as text
    with serve_directory(site) as base:
        for url in ("articles/jiulongpo/evil/", "districts/jiulongpo/", "library/", ""):
            assert watch(page, base + url) == [], url
        page.goto(base + "articles/jiulongpo/evil/")
        assert page.title().startswith('九龙坡区<img src=x onerror="window.__pwned')
        page.click("text=链接")
        page.click("text=点我")
        assert page.evaluate("() => window.__pwned") is None


@pytest.mark.browser
def test_the_watch_sees_script_that_does_run(tmp_path, page):
    # Control for the tests above: an unescaped page does trip every detector.
    (tmp_path / "index.html").write_text(
        "<!doctype html><article><script>console.log('pwned')</script>"
        "<img src=x onerror=\"window.__pwned='img';alert('img')\"></article>",
        encoding="utf-8",
    )
    with serve_directory(tmp_path) as base:
        signs = watch(page, base)
    assert "console:pwned" in signs and "dialog:img" in signs and "window.__pwned=img" in signs
