"""`almanac check`: every problem in articles and data files, one line each,
all in one run; the strict MkDocs build fails on the same problems."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, make_project_copy

from generator.check import check_project
from generator.cli import main
from generator.project import Project

BANAN = "docs/articles/banan/banan-liuda-gongcheng.md"
NANAN = "docs/articles/nanan/nanan-jituanhua.md"
DAZU = "docs/articles/dazu/dazu-jiaoyu.md"
BROKEN_LINE = (
    f"{BANAN}:3: YAML 前言格式错误：这一行多了一个冒号“:”——值里含英文冒号时，请给整个值加引号"
)


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(root: Path) -> list[str]:
    return [str(p) for p in check_project(Project(root))]


def run_cli(root: Path, capsys) -> tuple[int, str, str]:
    code = main(["--root", str(root), "check"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project_copy(tmp_path / "p")


def test_the_real_docs_report_nothing(capsys):
    assert problems(PROJECT_ROOT) == []
    code, out, err = run_cli(PROJECT_ROOT, capsys)
    assert code == 0
    assert out == "almanac check: 全部文章和数据文件检查通过\n"
    assert err == ""


def test_the_test_fixtures_report_nothing(project):
    assert problems(project) == []


def test_broken_front_matter_is_one_line_naming_file_and_line(project, capsys):
    edit(project, BANAN, "district: 巴南区\n", "district: 巴南区: 鱼洞\n")
    code, out, err = run_cli(project, capsys)
    assert code == 1
    assert out == BROKEN_LINE + "\n"
    assert err == "almanac check: 1 个问题，涉及 1 个文件（说明见编辑指南 docs/guide.md）\n"


def test_strict_build_fails_with_the_same_message(project):
    edit(project, BANAN, "district: 巴南区\n", "district: 巴南区: 鱼洞\n")
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert BROKEN_LINE in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not (project / "site" / "index.html").exists()


@pytest.mark.parametrize(
    "rel, old, new, expected",
    [
        (
            BANAN,
            "title: 巴南“六大工程”齐发力 加快建设高品质教育强区\n",
            "",
            f"{BANAN}:2: 缺少 title（必填）",
        ),
        (
            BANAN,
            "district: 巴南区\n",
            "district: 巴南\n",
            f"{BANAN}:3: 未知区县 “巴南”（是否应为 巴南区？）：请写区县全称，或先在 docs/data/districts.yml 中添加该区县",
        ),
        (
            BANAN,
            "district: 巴南区\n",
            "district: 火星区\n",
            f"{BANAN}:3: 未知区县 “火星区”：请写区县全称，或先在 docs/data/districts.yml 中添加该区县",
        ),
        (
            BANAN,
            "district_slug: banan\n",
            "district_slug: nanan\n",
            f"{BANAN}:4: district_slug 应为 banan（docs/data/districts.yml 中 巴南区 的 slug），而不是 nanan",
        ),
        (
            BANAN,
            "photo_credit: 巴南区教委\n",
            "photo_credit: [巴南区教委]\n",
            f"{BANAN}:9: photo_credit 应为一段文字，而不是 列表",
        ),
        (
            BANAN,
            "authors:\n- 何霜\n",
            "authors: 何霜\nx:\n- 何霜\n",
            f"{BANAN}:5: authors 应为文字列表，如 [甲, 乙]",
        ),
        (
            BANAN,
            "photo_credit: 巴南区教委\n",
            "theme: 巴南区教委\n",
            f"{BANAN}:9: 未知的前言键 “theme”（专题请写在 themes 下，自由标签写在 tags 下）：可用的键见编辑指南",
        ),
        (
            BANAN,
            "file: seeds/000_2d21e9a95bca8af9.txt",
            "file: seeds/missing.txt",
            f"{BANAN}:14: source.file 指向的文件不存在：seeds/missing.txt",
        ),
        (
            BANAN,
            "file: seeds/000_2d21e9a95bca8af9.txt",
            "file: ../../etc/passwd",
            f"{BANAN}:14: source.file 须为仓库内的相对路径：../../etc/passwd",
        ),
        (
            BANAN,
            "source_sha256: 555a",
            "source_sha256: zz5a",
            f"{BANAN}:19: source_sha256 应为 64 位十六进制数字（由 almanac import 写入，请勿手改）",
        ),
        (
            BANAN,
            "photo_credit: 巴南区教委\n",
            "photo_credit: 巴南区教委\nyear: 22\n",
            f"{BANAN}:10: year 应为四位年份数字，如 2022，而不是 22",
        ),
        (
            BANAN,
            "photo_credit: 巴南区教委\n",
            "photo_credit: 巴南区教委\npublished: 2024年6月\n",
            f"{BANAN}:10: published 应为出版日期，如 2024-06-18（或 2024-06、2024），而不是 '2024年6月'",
        ),
        (
            BANAN,
            "photo_credit: 巴南区教委\n",
            "photo_credit: 巴南区教委\nphoto_credit: 巴南\n",
            f"{BANAN}:10: 前言中 photo_credit 出现了两次（第 9 行已有）：只保留一个",
        ),
        (
            DAZU,
            "themes:\n- 劳动教育\n",
            "themes:\n- 劳动教肓\n",
            f"{DAZU}:14: 未知专题 “劳动教肓”：专题名须与 docs/data/themes.yml 中的 name 一致（或先在该文件中添加；不属于任何专题的标签请写在 tags 下）",
        ),
        (
            BANAN,
            "photo_credit: 巴南区教委\n",
            "photo_credit: 巴南区教委\nfacts:\n- metric: no-such-metric\n  value: 1\n",
            f"{BANAN}:10: facts: 第 1 项：未知指标 “no-such-metric”（见 docs/data/metrics.yml）",
        ),
        (
            BANAN,
            "photo_credit: 巴南区教委\n",
            "photo_credit: 巴南区教委\nfacts:\n- metric: education-groups\n  value: 七个\n",
            f"{BANAN}:10: facts: 第 1 项：value 须为数字（或 null 表示删除）",
        ),
        (BANAN, "---\ntitle:", "title:", f"{BANAN}:1: 文件须以 YAML 前言开头（第一行应为 ---）"),
    ],
    ids=[
        "missing-title",
        "short-district",
        "unknown-district",
        "wrong-slug",
        "type",
        "list-type",
        "unknown-key",
        "missing-source",
        "source-outside",
        "sha-shape",
        "year",
        "published",
        "duplicate-key",
        "unknown-theme",
        "unknown-metric",
        "fact-value",
        "no-front-matter",
    ],
)
def test_each_front_matter_problem(project, rel, old, new, expected):
    edit(project, rel, old, new)
    found = problems(project)
    assert expected in found, found


def test_script_in_an_article_body_is_reported(project):
    path = project / NANAN
    lines = path.read_text(encoding="utf-8").split("\n")
    body = lines.index("---", 1) + 2  # first body line after the blank line
    lines[body:body] = [
        "<script>alert(1)</script>",
        "",
        '<img src=x onerror="alert(1)">',
        "",
        "[点我](javascript:alert(1))",
        "",
        "```",
        "<script>示例代码</script>",
        "```",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    n = body + 1
    assert problems(project) == [
        f"{NANAN}:{n}: 不能使用可执行或嵌入网页的 HTML 标记：<script>alert(1)</script>",
        f'{NANAN}:{n + 2}: HTML 标记不能带事件属性（on…=）：<img src=x onerror="alert(1)">',
        f"{NANAN}:{n + 4}: 不能使用 javascript: 或 data:text/html 链接：[点我](javascript:alert(1))",
    ]


def test_duplicate_titles_in_one_district_are_a_warning_only(project, capsys):
    source = (project / BANAN).read_text(encoding="utf-8")
    (project / "docs/articles/banan/copy.md").write_text(source, encoding="utf-8")
    warning = f"docs/articles/banan/copy.md:2: 提醒：标题与同一区县的 {BANAN} 相同：读者难以区分，请改动其中一篇的 title"
    assert problems(project) == [warning]
    code, out, err = run_cli(project, capsys)
    assert code == 0
    assert out == warning + "\nalmanac check: 全部文章和数据文件检查通过（另有 1 条提醒）\n"


def test_article_placement_and_file_names(project):
    source = (project / BANAN).read_text(encoding="utf-8").replace("齐发力", "再发力")
    (project / "docs/articles/nanan/Bad_Name.md").write_text(source, encoding="utf-8")
    found = problems(project)
    assert (
        "docs/articles/nanan/Bad_Name.md:4: 文件在 articles/nanan/ 下，但 district_slug 是 banan：两者须一致"
        in found
    )
    assert (
        "docs/articles/nanan/Bad_Name.md:1: 文件名 “Bad_Name.md” 只能用小写字母、数字和连字符（它就是网址）"
        in found
    )


@pytest.mark.parametrize(
    "name, old, new, expected",
    [
        (
            "themes.yml",
            "  - slug: jituanhua-banxue\n",
            "  - slug: Jituanhua\n",
            "docs/data/themes.yml:35: 专题 集团化办学 的 slug 应为小写 ASCII 字母、数字和连字符：'Jituanhua'",
        ),
        ("themes.yml", "themes:\n", "themes:\n  - [\n", "docs/data/themes.yml:"),
        (
            "metrics.yml",
            "  - slug: group-students\n",
            "  - slug: education-groups\n",
            "docs/data/metrics.yml:30: metrics 第 2 项: slug “education-groups” 须为唯一的小写字母、数字和连字符",
        ),
        (
            "districts.yml",
            "{name: 黔江区, slug: qianjiang",
            "{name: 黔江区, slug: wanzhou",
            "docs/data/districts.yml:9: 区县 wanzhou 重复（第 8 行已有）",
        ),
        (
            "districts.yml",
            "{name: 黔江区, slug: qianjiang",
            "{name: 黔江区, slug: ../x",
            "docs/data/districts.yml:9: 区县 黔江区 的 slug 只能用小写字母、数字和连字符：'../x'",
        ),
        (
            "glossary.yml",
            "  - term: 五育并举\n",
            "  - term:\n",
            "docs/data/glossary.yml:8: 第 2 个术语缺少 term 或 definition",  # the item's own line
        ),
        (
            "glossary.yml",
            "  - term: 五育并举\n",
            "  - term: 五育并举:\n",
            "docs/data/glossary.yml:8: YAML 格式错误",
        ),
        (
            "schools.yml",
            "  实验外语校: 其他",
            "  实验外语校: 火箭",
            "docs/data/schools.yml:31: types.实验外语校: 未知类型“火箭”",  # the entry's line
        ),
    ],
    ids=[
        "theme-slug",
        "theme-yaml",
        "metric-duplicate",
        "district-duplicate",
        "district-slug",
        "glossary",
        "glossary-yaml",
        "schools",
    ],
)
def test_each_data_file_problem(project, name, old, new, expected):
    edit(project, f"docs/data/{name}", old, new)
    found = problems(project)
    assert any(line.startswith(expected) for line in found), found


def test_all_problems_in_one_run_sorted_by_place(project, capsys):
    edit(project, BANAN, "district: 巴南区\n", "district: 巴南区: 鱼洞\n")
    edit(project, NANAN, "district: 南岸区\n", "district: 南岸\n")
    edit(project, DAZU, "themes:\n- 劳动教育\n", "themes:\n- 劳动教肓\n")
    edit(
        project,
        "docs/data/metrics.yml",
        "  - slug: group-students\n",
        "  - slug: education-groups\n",
    )
    code, out, err = run_cli(project, capsys)
    lines = out.splitlines()
    assert code == 1
    assert [line.split(":")[0] for line in lines] == [
        BANAN,
        DAZU,
        NANAN,
        "docs/data/metrics.yml",
    ]
    assert lines[0] == BROKEN_LINE
    assert err.startswith("almanac check: 4 个问题，涉及 4 个文件")
