"""A county paper's page that names only its townships and its prefecture or
province: the importer places it in the county those townships belong to
(generator/data/townships.tsv), and refuses when the townships do not decide."""

from __future__ import annotations

from generator.districts import Gazetteer
from generator.importer import Importer
from generator.project import Project
from generator.structure.pages import placed_by_townships
from tests.helpers import ROOT, import_page, make_project

# Written in our own words after a county paper's page: 宣和镇 is a township of
# 沙坡头区 (中卫市, 宁夏) and of 连城县 (龙岩市, 福建); the text names 中卫.
ONLY_A_TOWNSHIP = """一所新学校在宣和镇落成

  9月1日，中卫市宣和镇新建的九年一贯制学校迎来首批学生。学校占地80亩，设有36个教学班，可容纳学生1600名。

  宣和镇党委负责人介绍，学校由一家企业捐建，总投资6000万元，周边五个村的孩子今后在家门口就能上学。

  开学当天，宣和镇的家长们早早把孩子送到校门口，新教室里配齐了多媒体设备和图书角。
"""


def gazetteer() -> Gazetteer:
    return Gazetteer.load(ROOT / "docs" / "data")


def test_a_township_and_its_prefecture_place_the_page(tmp_path):
    (article,) = import_page(tmp_path, ONLY_A_TOWNSHIP)
    assert article.meta["district"] == "沙坡头区"


def test_the_province_decides_between_two_counties_townships():
    assert placed_by_townships("福建龙岩宣和镇今年新建一所小学。", gazetteer()) == "连城县"
    assert placed_by_townships("宁夏宣和镇今年新建一所小学。", gazetteer()) == "沙坡头区"


def test_townships_that_do_not_decide_are_no_county(tmp_path):
    # 宣和镇 in two provinces and neither named: no guess; the file is refused.
    assert (
        placed_by_townships("宣和镇今年新建一所小学。宣和镇的孩子有了新校舍。", gazetteer()) is None
    )
    root = make_project(tmp_path, {"page.txt": ONLY_A_TOWNSHIP.replace("中卫市", "")})
    assert Importer(Project(root), quiet=True).run([root / "seeds" / "page.txt"]) != 0
    assert not any("宣和" in p.read_text(encoding="utf-8") for p in (root / "docs").rglob("*.md"))
