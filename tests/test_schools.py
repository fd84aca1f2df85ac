"""学校名录: every school in the seeds, none invented, short forms merged."""

import re

import pytest
from reader_project import ROOT, load_corpus, make_project

from generator.corpus import Corpus
from generator.enrich.almanac import enrich
from generator.enrich.schools import SchoolRules, directory, find_names, merge_key, school_type
from generator.paths import SitePaths
from generator.render.schools_page import pages
from tests.helpers import almanac_data


@pytest.fixture(scope="module", params=["fixtures", "imported"])
def corpus(tmp_path_factory, request):
    """The directory is checked on the fixture articles and on the importer's real output."""
    return load_corpus(
        tmp_path_factory.mktemp("schools"), real_articles=request.param == "imported"
    )


@pytest.fixture(scope="module")
def schools(corpus):
    return directory(corpus, almanac_data(corpus).schools)


def names(text, rules=None):
    return [name for _, name in find_names(text, rules)]


SEED_TEXT = re.sub(
    r"\s+",
    "",
    "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))),
)

# Every school, kindergarten, college and group the five seeds name, by article district.
EXPECTED = {
    "巴南区": [
        "巴南区滨江第一小学校",
        "高职城小学",
        "渝汇小学",
        "龙泽路小学",
        "李家沱幼儿园",
        "南苑幼儿园",
        "鱼洞四小",
        "田家炳中学",
        "鱼洞幼儿园",
        "界石小学",
        "巴南中学",
        "鱼洞中学",
        "星澜汇小学",
        "重庆市实验中学",
        "重庆市清华中学",
        "鱼洞二小",
        "龙洲湾中学",
        "巴南小学",
        "巴南教师进修学校",
        "重庆理工大学",
        "重庆财经学院",
        "重庆工程学院",
        "清华大学",
        "浙江大学",
        "融创中学",
        "昕晖小学",
        "龙洲湾小学",
        "渝南田家炳中学",
        "大江小学",
        "树人立德小学",
        "融汇小学",
        "重庆青年职业学院",
        "重庆工业管理职业学校",
        "重庆青年职业技术学院",
        "巴南职教中心",
    ],
    "大足区": ["北京师范大学", "重庆第二师范学院", "海棠小学"],
    "南岸区": [
        "南坪实验幼儿园",
        "天台岗小学",
        "重庆十一中",
        "龙门浩职业中学",
        "珊瑚中学",
        "江南小学",
        "玛瑙学校",
        "珊瑚教育集团",
        "重庆二外教育集团",
        "重庆第一一〇中学校教育集团",
        "广福未来学校",
        "南坪实验光华小学",
        "长嘉汇弹子石幼儿园",
        "珊瑚实验小学",
        "天台岗雅居乐小学",
        "复旦大学",
        "中国人民大学",
        "北京体育大学",
        "北京师范大学",
        "重庆市特殊教育中心",
    ],
    "九龙坡区": [
        "四川外国语大学九龙坡区附属小学校",
        "九龙坡区第一实验小学",
        "田家炳中学",
        "人和中学",
        "森林小学",
        "谢家湾学校",
        "川外附中",
        "实验外语校",
        "育才实验学校",
        "育才中学",
        "杨家坪中学",
        "西彭镇第一小学",
        "彩云湖森林小学",
        "晋渝森林小学",
    ],
}
NEAR_MISSES = [
    "学校家庭社会",
    "家长学校",
    "学校层面",
    "特色学校",
    "试点学校",
    "家长学校总校",
    "中小学",
    "薄弱学校",
    "新学校",
    "基地学校",
    "项目学校",
    "教育集团",
    "小学生",
    "城乡学校",
    "名校",
]


@pytest.mark.parametrize("district", sorted(EXPECTED))
def test_every_school_in_the_seeds_is_listed(schools, district):
    listed = {v for s in schools if s.district == district for v in s.variants}
    missing = [name for name in EXPECTED[district] if name not in listed]
    assert not missing


def test_no_name_is_invented(schools):
    for school in schools:
        for variant in school.variants:
            assert variant in SEED_TEXT, (
                variant
            )  # a name the seeds spell out, not a cut-up sentence
            assert variant not in NEAR_MISSES and not variant.endswith(("中小学", "家长学校"))


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("新建成投用的巴南区滨江第一小学校就受到了孩子们的喜爱。", ["巴南区滨江第一小学校"]),
        ("曾经，九龙坡区第一实验小学校园周边违建建筑较多", ["九龙坡区第一实验小学"]),
        ("打造龙洲湾中学、巴南小学等新兴名校。", ["龙洲湾中学", "巴南小学"]),
        (
            "重庆市清华中学走内涵发展之路，多名学生考入清华大学、浙江大学等全国一流学府",
            ["重庆市清华中学", "清华大学", "浙江大学"],
        ),
        ("谢家湾学校作为全国教育领域第一个中国质量奖获得者", ["谢家湾学校"]),
        ("比如，珊瑚教育集团确立“立文化精神，创共荣共生”的“1+X”集团化办学模式", ["珊瑚教育集团"]),
        ("重庆理工大学与巴南区联合打造理工大学创新创业生态圈", ["重庆理工大学", "理工大学"]),
        ("鱼洞二小不断强化内涵发展", ["鱼洞二小"]),
        ("重庆十一中崇德武队确立“以武修身、以武育人、以武定乾坤”宗旨", ["重庆十一中"]),
        ("中共重庆市第十一中学校委员会被评为党建“双创”工作培育创建单位", ["重庆市第十一中学校"]),
    ],
)
def test_names_in_real_sentences(sentence, expected):
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "巴南区作为“重庆市学校家庭社会协同育人实验区”，充分发挥校、家、社合力",
        "由区教师进修学院设立家长学校总校，指导全区各学校全面铺开家长大讲堂",
        "以学校为站点的家长学校分校128所，以社区为站点的社区家长学校分校309所。",
        "学校层面，各学校积极推动平台与学校日常教学、教研活动的融通",
        "建成心理健康教育特色学校18所，心理健康辅导室建设覆盖率100%。",
        "以“城区学校+农村学校”的方式组建14个学区",
        "这35个教育集团包括8个小学教育集团、10个中学教育集团、17个幼教集团",
        "新建成投用的高标准小学，极大地满足了当地百姓",
        "去年9月，育才实验学校小学生豆豆的故事感动了无数人。",
        "党的二十届三中全会对深化教育综合改革作出全面部署",
        "南岸区各中小学、幼儿园以各种形式和渠道，开展积极心理健康教育",
        "启动学校发展性评价，改进结果评价",
    ],
)
def test_near_misses_are_not_schools(sentence):
    found = names(sentence)
    assert all(n in ("区教师进修学院", "教师进修学院", "育才实验学校") for n in found), found


def test_short_forms_merge_with_full_forms():
    assert merge_key("鱼洞二小", "巴南区") == merge_key("鱼洞第二小学", "巴南区")
    assert (
        merge_key("十一中", "南岸区")
        == merge_key("重庆十一中", "南岸区")
        == merge_key("重庆市第十一中学校", "南岸区")
    )
    assert merge_key("西彭一小", "九龙坡区") == merge_key("西彭镇第一小学", "九龙坡区")
    assert merge_key("巴南中学", "巴南区") != merge_key("巴南小学", "巴南区")


def test_directory_merges_the_eleventh_middle_school(schools):
    eleventh = [s for s in schools if s.district == "南岸区" and "十一中" in "".join(s.variants)]
    assert len(eleventh) == 1
    assert {"重庆十一中", "十一中", "重庆市第十一中学校"} <= eleventh[0].variants
    assert eleventh[0].name == "重庆市第十一中学校" and eleventh[0].type == "中学"


def test_same_name_in_two_districts_stays_two_schools(schools):
    # 巴南区 lists it under its full name 渝南田家炳中学, 九龙坡区 as written.
    assert [s.district for s in schools if "田家炳中学" in s.variants] == ["九龙坡区", "巴南区"]


@pytest.mark.parametrize(
    "name,kind",
    [
        ("李家沱幼儿园", "幼儿园"),
        ("巴南区滨江第一小学校", "小学"),
        ("鱼洞二小", "小学"),
        ("重庆十一中", "中学"),
        ("龙门浩职业中学", "职业学校"),
        ("巴南职教中心", "职业学校"),
        ("重庆理工大学", "高校"),
        ("重庆青年职业技术学院", "高校"),
        ("珊瑚教育集团", "教育集团"),
        ("谢家湾学校", "其他"),
        ("教师进修学院", "其他"),
    ],
)
def test_types(name, kind):
    assert school_type(name) == kind


def test_editor_file_adds_drops_merges_and_splits(tmp_path):
    project = make_project(tmp_path)
    (project.data_dir / "schools.yml").write_text(
        "known: [高职城]\nnot_schools: [渝汇小学]\naliases: {鱼洞四小: 鱼洞第四小学}\n"
        "separate: [重庆十一中]\ntypes: {谢家湾学校: 小学}\n",
        encoding="utf-8",
    )
    found = directory(loaded := Corpus.load(project), almanac_data(loaded).schools)
    by_name = {(s.district, s.name): s for s in found}
    assert ("巴南区", "高职城") in by_name
    assert not any("渝汇小学" in s.variants for s in found)
    assert ("巴南区", "鱼洞第四小学") in by_name and "鱼洞四小" in by_name[
        ("巴南区", "鱼洞第四小学")
    ].variants
    assert ("南岸区", "重庆十一中") in by_name and "重庆十一中" not in by_name[
        ("南岸区", "重庆市第十一中学校")
    ].variants
    assert by_name[("九龙坡区", "谢家湾学校")].type == "小学"


def test_bad_type_in_editor_file_names_the_file(tmp_path):
    project = make_project(tmp_path, with_fixtures=False)
    (project.data_dir / "schools.yml").write_text("types: {谢家湾学校: 大学校}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"schools\.yml.*大学校"):
        SchoolRules.load(project.data_dir)


def test_pages_group_by_district_and_type_with_excerpts_and_links(corpus):
    built = pages(enrich(corpus))
    index = built["schools/index.md"]
    # One page per district, listed on the index in the gazetteer's order.
    assert (
        index.index("[九龙坡区](jiulongpo.md)")
        < index.index("[南岸区](nanan.md)")
        < index.index("[巴南区](banan.md)")
    )
    assert {"schools/jiulongpo.md", "schools/nanan.md", "schools/banan.md"} <= set(built)
    assert "<li>" not in index  # the quotes are on the districts' pages only
    banan, nanan = built["schools/banan.md"], built["schools/nanan.md"]
    assert banan.startswith("---\ntitle: 巴南区学校名录\nedit_source: data/schools.yml\n---\n")
    assert "# 巴南区学校名录" in banan and "## 巴南区 · 幼儿园" in banan
    assert "## 南岸区 · 教育集团" in nanan and "## 南岸区" not in banan
    # The lists are HTML, as Markdown would print them; links as MkDocs resolves them
    # from schools/banan/.
    assert re.search(
        r"<li><strong>鱼洞二小</strong><ul>\n<li>鱼洞二小不断强化内涵发展[^\n]* "
        r'<a href="\.\./\.\./articles/banan/[a-z-]+/#p-[0-9a-f]{8}">《[^<]+》</a></li>',
        banan,
    )
    offline = pages(enrich(corpus), SitePaths(directory_urls=False))["schools/banan.md"]
    assert re.search(r'<a href="\.\./articles/banan/[a-z-]+\.html#p-[0-9a-f]{8}">', offline)
    assert "（又作“十一中”、“重庆十一中”、“重庆十一中学”）" in nanan


def test_known_names_stay_in_the_private_tagger():
    # The tagger shares jieba's part-of-speech table by copying it: an editor's
    # known name is tagged there, never in jieba's global tagger.
    import jieba.posseg

    from generator.enrich.schools import _tagger

    rules = SchoolRules(known=("青藤测试园",))
    assert find_names("孩子们走进青藤测试园。", rules) == [(5, "青藤测试园")]
    tagger = _tagger(rules.known)
    assert [(w.word, w.flag) for w in tagger.cut("走进青藤测试园")][-1] == ("青藤测试园", "nt")
    assert tagger.word_tag_tab is not jieba.posseg.dt.word_tag_tab
    assert "青藤测试园" not in jieba.posseg.dt.word_tag_tab
    assert "青藤测试园" not in [w.word for w in jieba.posseg.dt.cut("青藤测试园")]


def test_a_clause_is_read_the_same_wherever_it_recurs():
    text = "全区推进龙洲湾小学建设。"
    first = find_names(text)
    assert first == [(4, "龙洲湾小学")]
    assert find_names("另外，" + text) == [(offset + 3, name) for offset, name in first]
