"""The editing guide (docs/guide.md): its examples work as written, and it
explains every kind of message `almanac check` gives."""

from __future__ import annotations

import re

import yaml
from conftest import PROJECT_ROOT, make_project_copy

from generator.check import check_project
from generator.enrich.facts import MetricTaxonomy, extract_facts
from generator.project import Project

GUIDE = (PROJECT_ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
SOURCES = "".join(
    (PROJECT_ROOT / "generator" / name).read_text(encoding="utf-8")
    for name in ("check.py", "safety.py", "store.py", "enrich/facts.py")
)
BANAN = "docs/articles/banan/banan-liuda-gongcheng-qifa-li-jiakuai-jianshe.md"

# The fixed part of each message `almanac check` can give (articles and data files).
MESSAGE_STEMS = [
    "YAML 前言格式错误",
    "文件须以 YAML 前言开头",
    "YAML 前言没有结束标记",
    "（必填）",
    "未知的前言键",
    "应为一段文字",
    "应为文字列表",
    "未知区县",
    "district_slug 应为",
    "但 district_slug 是",
    "只能用小写字母、数字和连字符",
    "标题与同一区县的",
    "未知专题",
    "source.file 指向的文件不存在",
    "source.file 须为仓库内的相对路径",
    "source_sha256 应为 64 位十六进制数字",
    "year 应为四位年份数字",
    "出现了两次",
    "facts: ",
    "不能使用可执行或嵌入网页的 HTML 标记",
    "HTML 标记不能带事件属性（on…=）",
    "不能使用 javascript: 或 data:text/html 链接",
]


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", GUIDE, re.S)


def block_with(key: str) -> str:
    (block,) = [b for b in yaml_blocks() if key in b]
    return block


def test_every_message_is_explained_in_the_guide_and_still_given_by_the_code():
    table = GUIDE.split("## `almanac check` 的提示", 1)[1]
    for stem in MESSAGE_STEMS:
        assert stem.strip() in table, f"guide does not explain “{stem}”"
        assert stem in SOURCES, f"“{stem}” is no longer a message of almanac check"


def test_the_guide_examples_pass_almanac_check(tmp_path):
    root = make_project_copy(tmp_path / "p", articles=None)
    data = root / "docs" / "data"
    for name, key in (
        ("themes.yml", "slug: yuedu-tuiguang"),
        ("metrics.yml", "slug: new-teachers"),
        ("districts.yml", "name: 星海区"),
    ):
        path = data / name
        path.write_text(
            path.read_text(encoding="utf-8").rstrip("\n") + "\n" + block_with(key), encoding="utf-8"
        )
    article = root / BANAN
    text = article.read_text(encoding="utf-8")
    facts = block_with("facts:")
    themes = "themes: [阅读推广]\ntags: [石刻文化]\n"
    article.write_text(
        text.replace("\n---\n", "\n" + facts + themes + "---\n", 1), encoding="utf-8"
    )
    assert check_project(Project(root)) == []
    # The new metric's phrases find what they describe.
    metrics = MetricTaxonomy.load(data / "metrics.yml")
    assert [f.metric for f in extract_facts("今年新招聘优秀教师120名。", metrics)] == [
        "new-teachers"
    ]


def test_the_front_matter_example_keys_are_the_ones_the_check_knows():
    from generator.store import KNOWN_KEYS

    table = GUIDE.split("## 前言中可用的键", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z_0-9]+)`", table))
    assert documented <= KNOWN_KEYS
    assert {"title", "district", "district_slug", "themes", "tags", "facts", "year"} <= documented


def test_hints_example_is_valid_yaml():
    hints = yaml.safe_load(block_with("roles:"))
    assert hints["district"] == "巴南区" and list(hints["roles"].values()) == ["caption"]
