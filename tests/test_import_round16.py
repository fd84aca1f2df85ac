"""Layouts of the sixteenth round of held-out real pages (docs/dev/layouts.md part 4l),
each on a small page written in our own words."""

from __future__ import annotations

import pytest

from tests.helpers import import_page


def paragraphs(article) -> list[str]:
    return [p for p in article.body.strip().split("\n\n") if p and not p.startswith("#")]


# The editors' labels come from layout.yml's editor_roles (one list for every rule that
# tells an editor from a writer), in either script.
@pytest.mark.parametrize(
    ("signature", "writers"),
    [
        ("(撰稿:张某伟 美编:高某民)", ["张某伟"]),
        ("（文/陳某凡 圖/黃某梫 責任編輯:林某東）", ["陳某凡", "黃某梫"]),
        ("(文/陈某凡 图/黄某梫│审校:林某东)", ["陈某凡", "黄某梫"]),
    ],
)
def test_a_signatures_editors_are_no_writers(tmp_path, signature, writers):
    page = (
        "惠安县举办青少年科技节\n\n"
        "10月12日,惠安县第三届青少年科技节在县实验小学开幕,全县28所学校参加。\n\n"
        "科技节将持续三天,学生可以体验无人机、机器人编程等项目。\n"
        f"{signature}\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == writers
    assert paragraphs(article)[-1].startswith("科技节将持续三天")


# 来源:… 记者 甲 (审核 乙): every editor's role of the list, not three of them, marks the
# page's editor in brackets after the source.
@pytest.mark.parametrize("role", ["责任编辑", "审核", "责编"])
def test_a_source_lines_editor_in_brackets_under_any_editors_role(tmp_path, role):
    page = (
        "宣恩县中小学开展防溺水安全教育\n"
        "近日,宣恩县各中小学利用班会课开展防溺水安全教育,全县3.2万名学生参加。\n"
        "学校还给家长发了一封信,提醒家长暑假看管好孩子。\n"
        f"来源:恩施某报 记者 向某月 谭某雨 ({role} 田某远)\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["向某月", "谭某雨"]
    assert article.meta["editors"] == ["田某远"]
    assert article.meta["source_name"] == "恩施某报"
