"""Acceptance of the importer on the five seed texts (no hints files)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from generator.importer import Importer
from generator.project import Project
from generator.read import read_seed
from generator.store import load_articles
from tests.helpers import SEEDS, make_project

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("seeds"), copy_seeds=True)
    assert Importer(Project(root), quiet=True).run(sorted((root / "seeds").glob("*.txt"))) == 0
    return root, load_articles(root / "docs")


def by_seed(articles, prefix):
    return [a for a in articles if a.meta["import_key"].startswith(prefix)]


def test_no_hints_files_are_needed():
    assert not list(SEEDS[0].parent.glob("*.hints.yml"))


def test_article_inventory(imported):
    _, articles = imported
    inventory = {
        p: [a.district for a in by_seed(articles, p)] for p in ("000", "001", "002", "003", "004")
    }
    assert inventory == {
        "000": ["巴南区"],
        "001": ["巴南区", "大足区"],
        "002": ["南岸区"],
        "003": ["南岸区"],
        "004": ["九龙坡区"],
    }


def test_titles_authors_and_credits(imported):
    _, articles = imported
    banan, dazu = by_seed(articles, "001")
    assert banan.title == "书写新时代“城教共生”的奋进答卷"
    assert banan.meta["subtitle"] == "探析教育与城市深度融合发展的巴南路径"
    assert banan.meta["authors"] == ["邹杨", "黄丹"]
    assert dazu.title == "大足 教育“暖万家”幸福伴成长"
    assert dazu.meta["authors"] == ["周珣"] and dazu.meta["photo_credit"] == "大足区教委"
    (a000,) = by_seed(articles, "000")
    assert a000.title == "巴南“六大工程”齐发力 加快建设高品质教育强区"
    assert (
        a000.meta["authors"] == ["何霜", "杜林燕", "胡忠英"]
        and a000.meta["photo_credit"] == "巴南区教委"
    )
    (a002,) = by_seed(articles, "002")
    assert (a002.title, a002.meta["subtitle"]) == (
        "党建领航办好有温度的幸福教育",
        "幸福每一位孩子 服务每一个家庭",
    )
    (a003,) = by_seed(articles, "003")
    assert a003.title == "南岸教育综合改革绘就一派好风景"
    (a004,) = by_seed(articles, "004")
    assert a004.title == "九龙坡 把惠民有感落到实处 让教育公平阳光普照"
    assert a004.meta["authors"] == ["王小寒", "唐华颖", "黄丹"]


def test_titles_are_never_captions_or_body_sentences(imported):
    _, articles = imported
    for article in articles:
        assert article.title not in article.meta["captions"]
        assert article.title not in article.body
        assert not article.title.endswith(("。", "，"))


def test_captions_bylines_credits_and_banners_stay_out_of_the_body(imported):
    _, articles = imported
    for article in articles:
        for caption in article.meta["captions"]:
            assert caption not in article.body
        for name in article.meta["authors"]:
            assert not re.search(rf"(^|\s){name}(\s|$)", article.body)
        assert "图片由" not in article.body and "提供\n" not in article.body
    all_captions = [c for a in articles for c in a.meta["captions"]]
    assert "鱼洞幼儿园的老师们在交流学习" in all_captions
    assert "杨家坪中学实验课堂" in all_captions


def test_003_sidebars_are_titled_sections_not_glued_into_paragraphs(imported):
    _, articles = imported
    (a003,) = by_seed(articles, "003")
    sections = re.split(r"^## ", a003.body, flags=re.MULTILINE)
    supervision = next(s for s in sections if s.startswith("提升督导效能"))
    assert "2020年12月，南岸区人民政府与中国教育科学研究院" in supervision
    assert "人文交流活动" not in supervision.split("\n", 1)[0]
    assert "\n## 相关报道\n\n2021年10月，中外青少年人文交流活动" in a003.body


def test_paragraphs_are_whole_and_text_intact(imported):
    _, articles = imported
    bodies = "\n".join(a.body for a in articles)
    for fragment in (
        "MIDI多功能影音教室",
        "“7+1+N”高校联席会议机制",
        "引领1.4万名教师专业成长",
        "重庆市中外人文交流实验区（全市仅4个）",
        "“用心护航 阳光成长”",
    ):
        assert fragment in bodies
    for article in articles:
        for paragraph in article.body.split("\n\n"):
            assert not re.search(
                r"[\u4e00-\u9fff] [\u4e00-\u9fff](?![^“]*”)", paragraph.replace("## ", "")
            ) or paragraph.startswith("#"), paragraph


def test_no_body_text_is_lost(imported):
    """Every CJK character of a seed appears in its articles, except named layout noise."""
    _, articles = imported
    for seed in SEEDS:
        source = Counter(CJK.findall("\n".join(ln.text for ln in read_seed(seed).lines)))
        out = Counter()
        for article in by_seed(articles, seed.name[:3]):
            meta = article.meta
            text = " ".join(
                [
                    article.body,
                    meta["title"],
                    meta.get("subtitle", ""),
                    meta.get("kicker", ""),
                    *meta["authors"],
                    *meta["captions"],
                    meta.get("photo_credit", ""),
                ]
            )
            out.update(CJK.findall(text))
        noise = Counter(
            CJK.findall("图片由提供" * sum("图片由" in ln.text for ln in read_seed(seed).lines))
        )
        noise.update(CJK.findall("相关报道" * article.body.count("## 相关报道")))
        banners = [
            ln.text for ln in read_seed(seed).lines if ln.text in ("南岸", "巴南", "大足", "九龙坡")
        ]
        noise.update(CJK.findall("".join(banners)))
        missing = source - out - noise
        assert not missing, (seed.name, missing)


def test_source_provenance(imported):
    root, articles = imported
    for article in articles:
        source = article.meta["source"]
        first, last = source["lines"]
        assert (root / source["file"]).is_file() and 1 <= first <= last
        assert re.fullmatch(r"[0-9a-f]{64}", article.meta["source_sha256"])
    banan, dazu = by_seed(articles, "001")
    assert banan.meta["source"]["lines"][1] < dazu.meta["source"]["lines"][0]


def test_slugs_are_ascii_and_paths_follow_district(imported):
    root, articles = imported
    for article in articles:
        rel = article.path.relative_to(root / "docs" / "articles")
        assert rel.parts[0] == article.meta["district_slug"]
        assert re.fullmatch(r"[a-z0-9-]+\.md", rel.parts[1])
    assert {a.meta["district_slug"] for a in articles} == {"banan", "dazu", "nanan", "jiulongpo"}
