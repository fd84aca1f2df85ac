"""Fact extraction from one paragraph: numeric forms, precision, metric attribution."""

from __future__ import annotations

import cn2an
import pytest
from facts_support import REPO
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.enrich.facts import MetricTaxonomy, extract_facts, normalise

TAXONOMY = MetricTaxonomy.load(REPO / "docs" / "data" / "metrics.yml")


def only(text: str, **expected):
    facts = extract_facts(text, TAXONOMY)
    assert len(facts) == 1, [f.display for f in facts]
    fact = facts[0]
    for key, value in expected.items():
        assert getattr(fact, key) == value, (key, getattr(fact, key), value)
    return fact


@pytest.mark.parametrize(
    "text, value, unit, qualifier, display",
    [
        ("组建7个优质教育集团。", 7, "个", "", "7个"),
        ("惠及17万学生。", 170000, "人", "", "17万"),
        ("选拔出99位优秀教师。", 99, "位", "", "99位"),
        ("共有653幅作品参赛。", 653, "幅", "", "653幅"),
        ("张贴宣传标语80余条次。", 80, "条次", "余", "80余条次"),
        ("制作宣传展板720余块。", 720, "块", "余", "720余块"),
        ("征集微电影作品55部。", 55, "部", "", "55部"),
        ("投入35.8亿元。", 3_580_000_000, "元", "", "35.8亿元"),
        ("守护近1.7万名留守儿童。", 17000, "名", "近", "近1.7万名"),
        ("引领1.4万名教师专业成长。", 14000, "名", "", "1.4万名"),
        ("可容纳学生2000余人的高标准小学。", 2000, "人", "余", "2000余人"),
        ("线上线下参培人数超6000人。", 6000, "人", "超", "超6000人"),
        ("学生在各级各类大赛中获奖500多项。", 500, "项", "多", "500多项"),
        ("群众满意度提升至90%以上。", 90, "%", "以上", "90%以上"),
        ("充分发挥八个学区的协调作用。", 8, "个", "", "8个"),
        ("已组建10大教育集团。", 10, "个", "", "10大"),
        ("建成心理健康教育特色学校１８所。", 18, "所", "", "18所"),
        ("群众满意度提升至９０％以上。", 90, "%", "以上", "90%以上"),
        ("投入2000余万元新建改建运动场。", 20_000_000, "元", "余", "2000余万元"),
        ("优质师资交流比例超过40%。", 40, "%", "超", "超过40%"),
        ("近视率同比下降0.7个百分点。", 0.7, "个百分点", "", "0.7个百分点"),
        ("举办主题教育活动1万余场次。", 10000, "场次", "余", "1万余场次"),
    ],
)
def test_numeric_forms(text, value, unit, qualifier, display):
    fact = only(text, value=value, unit=unit, qualifier=qualifier)
    assert fact.display == display
    assert fact.sentence == normalise(text)


def test_medal_run_gives_three_figures():
    facts = extract_facts("110名运动员在市七运会上斩获24金12银16铜佳绩。", TAXONOMY)
    assert [(f.value, f.unit) for f in facts] == [(110, "名"), (24, "金"), (12, "银"), (16, "铜")]


def test_values_are_exact_numbers():
    assert isinstance(only("投入35.8亿元。").value, int)
    assert isinstance(only("近1.7万名留守儿童。").value, int)
    assert only("下降0.7个百分点。").value == 0.7


def test_chinese_numerals_go_through_cn2an():
    assert only("充分发挥二十个学区的作用。").value == 20
    assert only("设立两个学区。").value == 2


@pytest.mark.parametrize(
    "text",
    [
        "巴南区于2021年启动实施教师队伍建设项目。",
        "巴南中学、鱼洞中学荣获市级第二届德育品牌。",
        "并获得“第十四届重庆市科技创新市长奖”提名奖。",
        "9月6日，南岸区教育系统推进集团化办学暨秋季学期开学工作会召开。",
        "2021年3月，中国教育科学研究院举行专题会。",
        "大力实施“民生、铸魂、培根、领雁、健康、融合”六大工程。",
        "大足区大力实施人才强教“124”战略。",
        "包生教师每周1次安全点名。",
        "扎实开展每天1小时体育活动。",
        "课程领导力建设3.0行动深入推进。",
        "聚力解决家长最关心的三件大事，牢牢抓住高质量教育的三个关键。",
        "步入“十四五”时期，南岸区抓好教育督导改革。",
        "在第九届亚洲跳绳锦标赛中获得好成绩。",
        "保障特殊学生就学“三个全覆盖”。",
        "二十多年来，西彭一小坚持“跳绳+”特色发展。",
        "为办好家门口的一所好学校。",
    ],
)
def test_years_dates_ordinals_and_slogans_are_not_quantities(text):
    assert extract_facts(text, TAXONOMY) == []


def test_percentage_with_year_keeps_percentage_and_year_as_period():
    facts = extract_facts("2022年，全区群众满意度提升至90%以上。", TAXONOMY)
    assert [(f.value, f.unit, f.qualifier, f.period) for f in facts] == [
        (90, "%", "以上", "2022年")
    ]


def test_date_then_count_keeps_only_the_count():
    facts = extract_facts("9月6日，全区35个教育集团集中签约授牌。", TAXONOMY)
    assert [(f.value, f.metric) for f in facts] == [(35, "education-groups")]


def test_periods():
    assert only("近五年来财政性资金投入31.7亿元。").period == "近五年"
    assert only("近三年全区130余人次获市级及以上赛课一等奖。").period == "近三年"
    assert only("每年资助家庭经济困难学生2.8万人次。").period == "每年"
    # 每年 belongs to its own clause only.
    facts = extract_facts(
        "每年资助家庭经济困难学生2.8万人次，还建设校内心理健康辅导站76个。", TAXONOMY
    )
    assert [f.period for f in facts] == ["每年", ""]
    assert only("步入“十四五”时期，南岸区创建3项核心制度。").period == "“十四五”时期"
    # A year inside a document title is not the figure's period.
    assert (
        only(
            "印发《巴南区教育系统2022年防溺水安全管理工作实施方案》，开展防溺水演练共计320余场次。"
        ).period
        == ""
    )


def test_each_number_goes_to_its_own_noun():
    text = "近五年来财政性资金投入31.7亿元，新建学校24所，新增学位45990个；财政投入2.76亿元，新增公办性质幼儿园92所、学位15560个。"
    got = [(f.value, f.metric) for f in extract_facts(text, TAXONOMY)]
    assert got == [
        (3_170_000_000, "education-investment"),
        (24, "school-construction"),
        (45990, "new-school-places"),
        (276_000_000, "education-investment"),
        (92, None),
        (15560, None),  # kindergarten places (学位 alone), not 新增学位
    ]


def test_list_of_groups_attributes_only_the_matching_noun():
    text = "这35个教育集团包括8个小学教育集团、10个中学教育集团、17个幼教集团(含片区集群)，惠及17万学生。"
    got = [(f.value, f.metric) for f in extract_facts(text, TAXONOMY)]
    assert got == [
        (35, "education-groups"),
        (8, None),
        (10, None),
        (17, None),
        (170000, "group-students"),
    ]
    text = "已组建10大教育集团、5个教育发展共同体、8个结对帮扶体。"
    assert [(f.value, f.metric) for f in extract_facts(text, TAXONOMY)] == [
        (10, "education-groups"),
        (5, None),
        (8, None),
    ]


def test_words_after_the_measure_word_beat_words_before_the_number():
    # The money is for sports grounds; the pools are not schools.
    assert only("投入2000余万元新建改建运动场。").metric is None
    facts = extract_facts("新建、改建4所学校游泳池。", TAXONOMY)
    assert [(f.value, f.metric) for f in facts] == [(4, None)]


def test_new_and_renovated_schools_are_two_figures_of_one_metric():
    facts = extract_facts("投入35.8亿元，新建10所、改造10所优质学校。", TAXONOMY)
    assert [(f.value, f.metric, f.label) for f in facts] == [
        (3_580_000_000, "education-investment", "投入"),
        (10, "school-construction", "新建"),
        (10, "school-construction", "改造"),
    ]


def test_exclusion_phrase_vetoes_metric():
    text = "以学校为站点的家长学校分校128所，以社区为站点的社区家长学校分校309所。"
    assert [(f.value, f.metric) for f in extract_facts(text, TAXONOMY)] == [
        (128, "parent-schools"),
        (309, None),
    ]


def test_new_public_places_by_conversion_are_not_new_school_places():
    text = "完成4所“公参民”学校转制，新增优质公办学位11945个。"
    assert [(f.value, f.metric) for f in extract_facts(text, TAXONOMY)] == [
        (4, None),
        (11945, None),
    ]


def test_line_wrap_spaces_inside_chinese_are_ignored():
    fact = only("组建7个优质\n教育集团。")
    assert fact.metric == "education-groups"
    assert normalise("惠及 17 万学生") == "惠及17万学生"


def test_without_taxonomy_metric_is_none_and_slogans_dropped():
    facts = extract_facts("组建7个优质教育集团，充分发挥八个学区的作用。")
    assert [(f.value, f.metric) for f in facts] == [(7, None)]


def test_taxonomy_errors_name_the_file():
    from generator.enrich.facts import MetricsError

    with pytest.raises(MetricsError, match="metrics.yml.*phrases"):
        MetricTaxonomy.from_data(
            {"metrics": [{"slug": "x", "name": "X", "unit": "个", "phrases": []}]}
        )
    with pytest.raises(MetricsError, match="slug"):
        MetricTaxonomy.from_data(
            {"metrics": [{"slug": "Bad Slug", "name": "X", "unit": "个", "phrases": ["x"]}]}
        )


def test_durations_and_neighbouring_words_are_not_misread():
    assert extract_facts("历时3个月完成建设。", TAXONOMY) == []
    assert only("学校附近5所幼儿园。").qualifier == ""


# Property tests: whatever the number, the forms hold.

FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@settings(max_examples=60, deadline=None)
@given(year=st.integers(1950, 2099), month=st.integers(1, 12), day=st.integers(1, 28))
def test_dates_never_become_facts(year, month, day):
    assert extract_facts(f"{year}年{month}月{day}日，全区召开教育大会。", TAXONOMY) == []
    assert extract_facts(f"{month}月{day}日，{year}年度工作会召开。", TAXONOMY) == []


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 999))
def test_ordinals_never_become_facts(n):
    chinese = cn2an.an2cn(n)
    for text in (
        f"荣获第{n}届德育品牌。",
        f"荣获第{chinese}届德育品牌。",
        f"第{chinese}名选手获奖。",
        f"第{n}批学校共3所。",
    ):
        assert all(f.value != n or f.start > 5 for f in extract_facts(text, TAXONOMY)), text


@settings(max_examples=60, deadline=None)
@given(n=st.integers(2, 99999))
def test_counts_in_every_spelling_reach_the_metric(n):
    for spelled in (str(n), str(n).translate(FULLWIDTH_DIGITS), cn2an.an2cn(n)):
        facts = extract_facts(f"组建{spelled}个学区，扩大覆盖面。", TAXONOMY)
        assert [(f.value, f.metric) for f in facts] == [(n, "school-districts")], spelled


def test_taxonomy_file_errors_name_the_line(tmp_path):
    from generator.enrich.facts import MetricsError

    path = tmp_path / "metrics.yml"
    path.write_text(
        "metrics:\n  - {slug: a, name: A, unit: 个, phrases: [学区]}\n  - slug: b\n    name: B\n    unit: 个\n",
        encoding="utf-8",
    )
    with pytest.raises(MetricsError, match=r"metrics\.yml:3: metrics 第 2 项: 缺少 phrases"):
        MetricTaxonomy.load(path)
    path.write_text("metrics: [\n", encoding="utf-8")
    with pytest.raises(MetricsError, match=r"metrics\.yml:\d+: YAML"):
        MetricTaxonomy.load(path)


def test_shipped_taxonomy_loads():
    assert [m.slug for m in TAXONOMY.metrics][:3] == [
        "education-groups",
        "group-students",
        "school-districts",
    ]
    assert all(m.unit in m.measures for m in TAXONOMY.metrics)


@pytest.mark.parametrize(
    "text, shown",
    [
        ("新校区占地48.1亩，建筑面积2.3万平方米。", ["48.1亩", "2.3万平方米"]),
        ("教学点离县城85公里，离镇上也有17公里。", ["85公里", "17公里"]),
        ("新建教学楼3栋、学生宿舍2幢，可设72个班。", ["3栋", "2幢", "72个班"]),
    ],
)
def test_land_distance_buildings_and_classes_are_figures(text, shown):
    assert [f.display for f in extract_facts(text)] == shown


def test_a_traditional_pages_figures_are_read_through_their_simplified_measures():
    facts = extract_facts("全年服務學生655.08萬人次，完成改造工程42項，新增學位3000餘個。")
    assert [(f.value, f.unit) for f in facts] == [(6550800, "人次"), (42, "项"), (3000, "个")]
    assert facts[2].qualifier == "余"


def test_a_traditional_pages_figures_are_shown_as_the_page_writes_them():
    # Read as simplified to find the measure, shown as written: a reader of the facts
    # table checks 3000餘個 against the paragraph it links to.
    facts = extract_facts("全縣新增學位3000餘個，投入2800萬元，改造宿舍12棟。")
    assert [f.display for f in facts] == ["3000餘個", "2800萬元", "12棟"]
    assert facts[0].sentence == "全縣新增學位3000餘個，投入2800萬元，改造宿舍12棟。"
    assert facts[2].context == ("投入2800萬元，改造宿舍", "12棟", "")
    assert [f.in_unit for f in facts] == ["3000餘個", "2800萬元", "12棟"]


def test_durations_and_marks_stay_out():
    # 年, 个月, 分钟 and 分 are left out of measures.yml on purpose.
    assert extract_facts("这块牌子已经连着拿了7年，工期6个月，路上要走40分钟，考了605分。") == []
