"""大事记: dates read from the seed sentences, ordered, linked to their paragraphs."""

import re

import pytest
from reader_project import load_corpus

from generator.enrich.almanac import enrich
from generator.enrich.chronology import by_year, chronology, events_in_text
from generator.render.chronology_page import district_chronology_markdown, pages


@pytest.fixture(scope="module", params=["fixtures", "imported"])
def corpus(tmp_path_factory, request):
    """The acceptance checks run on the fixture articles and on the importer's real output."""
    return load_corpus(
        tmp_path_factory.mktemp("chronology"), real_articles=request.param == "imported"
    )


def labels(text, year=None):
    return [
        (written, y, m, d, onward) for _, written, y, m, d, onward, _ in events_in_text(text, year)
    ]


def test_absolute_dates_from_the_seeds():
    assert labels(
        "2021年3月，中国教育科学研究院、南岸区人民政府举行“教育综合改革实验区”合作项目整体启动"
    ) == [("2021年3月", 2021, 3, None, False)]
    assert labels("从2014年起，南岸区把心理健康教育作为德育特色品牌") == [
        ("从2014年起", 2014, None, None, True)
    ]
    assert labels("自2022年起，为方便新生入学报名") == [("自2022年起", 2022, None, None, True)]


def test_ranges_targets_and_document_titles_are_not_events():
    text = (
        "巴南区于2021年启动实施教师队伍建设项目“大树行动计划”，计划从2021年到2025年，通过扎根行动"
    )
    assert [e[1] for e in labels(text)] == [2021, 2021]  # 2025 is the end of a range
    assert labels("开展2020—2021学年度新三好学生优秀学生干部先进班集体评选活动") == []
    assert labels("预计到2025年底，全区各中小学（幼儿园）全面建成“教联体”。") == []
    assert labels("巴南区印发《巴南区教育系统2022年防溺水安全管理工作实施方案》") == []


def test_month_day_and_relative_dates_are_never_given_an_invented_year():
    assert labels("9月6日，南岸区教育系统推进集团化办学暨秋季学期开学工作会召开") == [
        ("9月6日", None, 9, 6, False)
    ]
    assert labels("今年4月，南岸区被教育部确定为全国首批义务教育优质发展先行创建区") == [
        ("今年4月", None, 4, None, False)
    ]
    notes = [e[-1] for e in events_in_text("今年4月，南岸区被教育部确定")]
    assert notes == ["原文作“今年4月”，文章未注明年份"]


def test_relative_dates_resolve_against_the_article_year():
    assert labels("去年9月，育才实验学校小学生豆豆的故事感动了无数人。", year=2023) == [
        ("去年9月", 2022, 9, None, False)
    ]
    assert labels("9月6日，南岸区教育系统推进集团化办学", year=2022) == [
        ("9月6日", 2022, 9, 6, False)
    ]


def test_chinese_numeral_months():
    assert labels("2021年十二月，学校举行开学典礼") == [("2021年十二月", 2021, 12, None, False)]


def test_numbers_that_are_not_years_are_ignored():
    assert labels("新增学位45990个；投入2000余万元；建筑面积共15597平方米。") == []


ACCEPTANCE = [
    ("南岸区", "2021年3月", "中国教育科学研究院"),
    ("南岸区", "2020年12月", "督导评估"),
    ("南岸区", "9月6日", "35个教育集团集中签约授牌"),
    ("巴南区", "2020年", "养成教育行动计划"),
    ("巴南区", "2021年", "大树行动计划"),
    ("九龙坡区", "2022年", "三年行动计划"),
]


@pytest.mark.parametrize("district,label,words", ACCEPTANCE)
def test_acceptance_events_are_listed_and_linked_to_their_paragraph(corpus, district, label, words):
    matches = [
        e
        for e in chronology(corpus)
        if e.district == district and e.label == label and words in e.quote
    ]
    assert len(matches) == 1, [
        (e.label, e.quote) for e in chronology(corpus) if e.district == district
    ]
    event = matches[0]
    entry = next(e for e in corpus.entries if e.docs_path == event.docs_path)
    paragraph = next(p for _, p in entry.paragraphs() if p.anchor == event.anchor)
    assert words in paragraph.text
    page = pages(enrich(corpus))["chronology/index.md"]
    # The page's lists are HTML: the link as MkDocs resolves it from chronology/.
    assert f'<a href="../{event.docs_path[: -len(".md")]}/#{event.anchor}">' in page


def test_order_is_by_date_with_unknown_years_last(corpus):
    events = chronology(corpus)
    dated = [(e.year, e.month or 0, e.day or 0) for e in events if e.year]
    assert dated == sorted(dated)
    years = [label for label, _ in by_year(events)]
    assert years[-1] == "年份未注明"
    assert years[:-1] == sorted(years[:-1])
    page = pages(enrich(corpus))["chronology/index.md"]
    assert (
        page.index("## 2014年")
        < page.index("## 2020年")
        < page.index("## 2022年")
        < page.index("## 年份未注明")
    )


def test_page_is_deterministic(corpus):
    assert pages(enrich(corpus)) == pages(enrich(corpus))


def test_district_chronology_has_only_that_district_with_links_from_the_district_page(corpus):
    almanac = enrich(corpus)
    text = district_chronology_markdown(almanac, "九龙坡区")
    assert text.startswith("## 大事记")
    assert "自2022年起" in text and "南岸区" not in text and "· 九龙坡区" not in text
    # An HTML list, links as MkDocs resolves them from districts/jiulongpo/.
    assert re.search(r'<a href="\.\./\.\./articles/jiulongpo/[a-z-]+/#p-[0-9a-f]{8}">《', text)
    nested = district_chronology_markdown(
        almanac, "九龙坡区", page_path="districts/jiulongpo/index.md", heading_level=3
    )
    assert nested.startswith("### 大事记") and 'href="../../articles/jiulongpo/' in nested
    assert "暂无" in district_chronology_markdown(almanac, "城口县")


def test_every_event_quote_is_text_from_its_article(corpus):
    texts = {e.docs_path: " ".join(p.text for _, p in e.paragraphs()) for e in corpus.entries}
    for event in chronology(corpus):
        assert event.quote.rstrip("…")[:40] in texts[event.docs_path]
        assert re.search(r"\d|今年|去年|前年", event.label)


def test_front_matter_year_resolves_the_articles_relative_dates(tmp_path):
    from reader_project import make_project

    from generator.corpus import Corpus

    project = make_project(tmp_path)
    path = project.articles_dir / "nanan" / "xingfu-jiaoyu.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("---\n", "---\nyear: 2022\n", 1), encoding="utf-8"
    )
    events = chronology(Corpus.load(project), district="南岸区")
    resolved = {e.as_written: e for e in events if e.docs_path.endswith("xingfu-jiaoyu.md")}
    assert resolved["今年4月"].label == "2022年4月" and "2022" in resolved["今年4月"].note
    assert resolved["9月6日"].label == "2022年9月6日"
    other = [e for e in events if e.as_written == "7月2日"]  # zonghe-gaige.md has no year
    assert other and other[0].year is None and other[0].year_label == "年份未注明"
