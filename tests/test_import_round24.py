"""Layouts of the twenty-fourth round of real pages (docs/dev/layouts.md part 4n),
each on a small page written in our own words."""

from __future__ import annotations

import pytest

from tests.helpers import body_headings, import_page, paragraphs


# A WeChat copy that lost its punctuation: a long line under the headline with no
# comma and no gap is the text, not an e-paper's headlines run together (and the county
# it names is the article's).
def test_a_paragraph_that_lost_its_punctuation_is_kept(tmp_path):
    lost = (
        "为期五天的全国青少年科技创新大赛日前闭幕我县寻乌中学选送的智能小屋项目"
        "代表江西省参加决赛在激烈的角逐中获得学生项目三等奖"
    )
    page = (
        "全国青少年科技创新大赛 寻乌中学项目获三等奖\n"
        f"{lost}\n"
        "本届大赛以“创新、责任、合作”为主题,全国近800名选手参加。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert paragraphs(article)[0] == lost
    assert article.meta["district"] == "寻乌县"


# 合作, 比如, 公安 …: a division's short name that is an everyday word is no county's
# name in the text (一所中学 named once beats a theme's 合作).
def test_a_short_name_that_is_an_everyday_word_names_no_county(tmp_path):
    page = (
        "寻乌中学学生科创作品获奖\n\n"
        "日前,该校学生设计的智能小屋在全国青少年科技创新大赛中获得三等奖。\n\n"
        "大赛以“创新、诚信、合作”为主题。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["district"] == "寻乌县"


# 本报讯（记者 甲 □乙 丙）: print's byline mark before each group of names, the
# dateline's names broken over two lines.
def test_a_byline_mark_inside_the_datelines_brackets(tmp_path):
    page = (
        "大石桥非遗项目进京演出\n"
        "　　本报讯（记者 孟某山 □刘某 徐\n"
        "子涵）9月30日，大石桥市水源镇九\n"
        "年一贯制学校为赴京演出的小演员\n"
        "们送行。\n"
        "　　学校的皮影戏团成立于2012年，\n"
        "现有团员40名。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["孟某山", "刘某", "徐子涵"]
    assert paragraphs(article)[0].startswith("9月30日")


# A3：聚焦 (the page and its name after a colon) and 2959 期 / 第5版:科教兴川 (the issue
# over the page): the page's furniture, its page kept, never the title.
@pytest.mark.parametrize(
    ("furniture", "page_number"),
    [("A3：聚焦", "A3版"), ("2959 期 / 第5版:科教兴川", "第5版")],
)
def test_a_pages_number_with_its_name_after_a_colon(tmp_path, furniture, page_number):
    page = (
        "某某科技报\n"
        f"{furniture}\n"
        "雷波县城关小学筑牢禁毒防线\n"
        "　　本报讯 近日，雷波县城关小学\n"
        "开展禁毒宣传周活动，全校1800\n"
        "余名学生参加。\n"
        "　　学校还邀请民警讲授禁毒知识。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "雷波县城关小学筑牢禁毒防线"
    assert article.meta["page"] == page_number


# 绽放冰雪激情 传递冬奥梦想------某县冰雪运动会纪实: hyphens where print sets the dash
# between a headline and its deck.
def test_hyphens_between_a_headline_and_its_deck(tmp_path):
    page = (
        "绽放冰雪激情 传递冬奥梦想------滦南县第二届冰雪运动会纪实\n\n"
        "12月16日,滦南县第二届冰雪运动会在长凝镇中心小学开幕。\n\n"
        "全县400余名中小学生参加了轮滑比赛。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "绽放冰雪激情 传递冬奥梦想"
    assert article.meta["subtitle"] == "——滦南县第二届冰雪运动会纪实"


# 哈市南岗区教育局： / 全区中小学…: a headline broken after the colon of the office
# that speaks; one title. (A place alone over the headline stays its kicker: elsewhere.)
def test_a_headline_broken_after_an_offices_colon(tmp_path):
    page = (
        "某某晨报\n"
        "2013年11月13日\n"
        "哈市南岗区教育局：\n"
        "全区中小学必须开足冰雪体育课\n"
        "　　本报讯（记者 刘某欣）12日上\n"
        "午，清滨小学冰雪节开幕，全校\n"
        "1200名学生参加。\n"
        "　　学校每年入冬前浇好冰场。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "哈市南岗区教育局：全区中小学必须开足冰雪体育课"
    assert article.meta["published"] == "2013-11-13"


# …（编辑蔡某）: the editor in brackets after the last sentence; …（完）: a wire's end
# mark; …变化。朱某华 摄: the photographer's credit run on. None stays in the text.
@pytest.mark.parametrize(
    ("tail", "authors", "editors"),
    [
        ("（编辑蔡某）", [], ["蔡某"]),
        ("（完）", [], None),
        ("朱某华 摄", ["朱某华"], None),
    ],
)
def test_what_runs_on_after_the_last_sentence(tmp_path, tail, authors, editors):
    page = (
        "竹山县一所学校建起校园小农场\n\n"
        "11月10日,竹山县宝丰镇黄栗九年一贯制学校的学生走进校园小农场,上了一堂劳动课。\n\n"
        "这片近900平方米的农场是学校在2021年建成的,如今种着茶叶、芍药、金银花和白菜、萝卜,"
        "从翻地、下种到除草、浇水、施肥再到收获,学校让学生每个环节都亲手做一遍,"
        f"孩子们的劳动意识和劳动习惯都有了变化。{tail}\n"
    )
    (article,) = import_page(tmp_path, page)
    assert paragraphs(article)[-1].endswith("有了变化。")
    assert article.meta["authors"] == authors
    assert article.meta.get("editors") == editors


# 建始县融媒体中心（通讯员刘某婷）近日，…: a county media centre's dateline, the role
# glued to the name.
def test_a_media_centres_dateline_with_the_role_glued_to_the_name(tmp_path):
    page = (
        "建始县5件青少年科创作品获奖\n\n"
        "建始县融媒体中心（通讯员刘某婷）近日，县科协收到第33届全国青少年科技创新大赛的获奖证书。\n\n"
        "全县共有5件作品获奖。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["刘某婷"]
    assert paragraphs(article)[0].startswith("近日")


# 懿荣中学“劳动周”：麦田边上劳动课 over an indented print text, a date line above it:
# a label with a quoted name is still a headline's, and the date is the page's.
def test_a_headline_whose_label_quotes_a_name_under_a_date_line(tmp_path):
    page = (
        "2025年06月25日\n"
        "懿荣中学“劳动周”：麦田边上劳动课\n"
        "　　6月第三周，福山区懿荣中学一\n"
        "年一度的“劳动周”开始了。\n"
        "　　学生们分成两组，一组学割麦，\n"
        "一组学脱粒。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "懿荣中学“劳动周”：麦田边上劳动课"
    assert article.meta["published"] == "2025-06-25"
    assert paragraphs(article)[0].startswith("6月第三周")


# （中国教育报-中国教育新闻网记者 甲 乙）: two outlets of one house joined by a hyphen
# before the role.
def test_two_outlets_joined_by_a_hyphen_before_the_role(tmp_path):
    page = (
        "晴隆：教育园区接住搬迁的孩子\n\n"
        "2019年,晴隆县东观教育园区的三所学校相继建成启用。\n\n"
        "三宝乡的整体搬迁也同步完成。\n\n"
        "（中国教育报-中国教育新闻网记者 王某远 单某薇）\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["王某远", "单某薇"]
    assert article.meta.get("subtitle") is None


# In an indented print page: a line of no punctuation between a sentence's end and an
# indented line is a section heading, though near the column's width; a line that opens
# with a closing quotation mark runs on from the line above.
def test_an_unindented_heading_and_a_line_opening_with_a_closing_quote(tmp_path):
    page = (
        "晴隆：教育园区接住搬迁的孩子\n"
        "　　2017年到2019年，接收三宝\n"
        "乡学生的担子落在了晴隆三中肩上\n"
        "；与此同时，专为搬迁学生规划的\n"
        "东观教育园区加紧施工。园区里的\n"
        "晴隆县第六中学和第六小学相继建\n"
        "成，三宝乡的整体搬迁同步完成。\n"
        "一小时山路变成十分钟步行\n"
        "　　“三宝乡是个什么样的地方？\n"
        "”记者问。\n"
        "　　“像是走到了路的尽头。”如今\n"
        "担任第六小学校长的田某超说，那\n"
        "里四面都是山，一入冬就整天雾蒙\n"
        "蒙的。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == ["一小时山路变成十分钟步行"]
    assert "“三宝乡是个什么样的地方？”记者问。" in paragraphs(article)


# headline / ——deck / a two-line caption / 开栏语 note / 本报讯 …: the deck ends at its
# line, and a short sentence between the headline and the dateline is the picture's
# caption (the note keeps its label).
def test_a_deck_a_caption_and_a_note_over_the_dateline(tmp_path):
    page = (
        "“禁毒小解说员”赢得点赞\n"
        "——市督导组到博罗检查禁毒示范学校创建情况\n"
        "园洲中心小学的“禁毒小解说员”在\n"
        "为参观人员讲解禁毒知识。\n"
        "开栏语　从今天开始，本报开设“飓风·专项”专栏，请读者留意。\n"
        "　　本报讯 近日，惠州市禁毒督导\n"
        "组来到博罗县龙溪中学和园洲中心\n"
        "小学检查督导。\n"
        "　　督导组查阅了学校的禁毒工作\n"
        "台账，听取了创建工作的汇报。\n"
        "　　县禁毒办负责人说，将持续做\n"
        "好青少年毒品预防教育。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "“禁毒小解说员”赢得点赞"
    assert article.meta["subtitle"] == "——市督导组到博罗检查禁毒示范学校创建情况"
    assert article.meta["captions"] == ["园洲中心小学的“禁毒小解说员”在为参观人员讲解禁毒知识。"]


# The same short sentence under a web page's headline, with no dateline under it, is
# the text's first paragraph.
def test_a_short_first_sentence_without_a_dateline_is_text(tmp_path):
    page = (
        "梁平区一批学校项目加快建设\n\n"
        "今年全区安排了8个学校建设项目。\n\n"
        "其中3个项目已经交付使用。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["captions"] == []
    assert paragraphs(article)[0] == "今年全区安排了8个学校建设项目。"


# 专题|每日一歌 under the text: a site's links to its topic pages, never headings.
def test_a_sites_topic_links_under_the_text(tmp_path):
    page = (
        "重庆市校园足球联赛总决赛在铜梁揭幕\n\n"
        "开幕当天,全市36个区县的62支代表队入场。\n\n"
        "赛事将持续到11月10日。\n\n"
        "记者 郝某 唐某\n\n"
        "专题|每日一歌\n\n"
        "专题 | 铜梁龙足球 为重庆而战\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == []
    assert not any("专题" in p for p in paragraphs(article))


# - / 2022-03-05 / 标题 / 摘要, repeated under the text: the site's list of other pages.
def test_a_dated_list_of_other_pages_under_the_text(tmp_path):
    page = (
        "告别运行19年的高考列车\n\n"
        "今年,鄂伦春自治旗大杨树镇设立了高考考点,440名考生在家门口应考。\n\n"
        "来源:某某融媒\n\n"
        "-\n\n2022-03-05\n\n两会上的一个教育故事\n\n一位小学校长讲起她亲历的事\n\n"
        "-\n\n2023-11-28\n\n刺激！带你走进魔法世界\n\n跟着夏令营去转一转\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == []
    assert paragraphs(article) == [
        "今年,鄂伦春自治旗大杨树镇设立了高考考点,440名考生在家门口应考。"
    ]


# 通讯：标题 / 中新网某地11月22日电 题：标题: a portal's headline with its genre over the
# wire's dateline that repeats it; one title, no deck, the wire's outlet the source.
def test_a_genre_labelled_headline_over_the_wires_own(tmp_path):
    page = (
        "通讯：探访一座煤城的教育密码\n\n"
        "  中新网鄂尔多斯11月22日电 题：探访一座煤城的教育密码\n\n"
        "  中新网记者 李某萍\n\n"
        "  过去五年,康巴什区每年把财政收入的四分之三投入教育。\n\n"
        "  全区教育投入累计36.46亿元。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "探访一座煤城的教育密码"
    assert article.meta.get("subtitle") is None
    assert article.meta["source_name"] == "中新网"
    assert article.meta["authors"] == ["李某萍"]
    assert paragraphs(article)[0].startswith("过去五年")
    assert body_headings(article) == []


# 达县 (2013 达川区), 蓟县 (2016 蓟州区): abolished counties with a one-character stem that
# the package data no longer holds, from tools/division_supplement.tsv; an older article
# that names one goes to its successor, not to a namesake of a school's name (江陵小学).
@pytest.mark.parametrize(
    ("county", "school", "successor"),
    [("达县", "江陵小学", "达川区"), ("蓟县", "渔阳小学", "蓟州区")],
)
def test_an_abolished_county_with_a_one_character_stem(tmp_path, county, school, successor):
    page = (
        f"{county}三中师生驰援受灾学校\n\n"
        f"9月18日,一场暴雨过后,{county}教育局组织城区学校结对帮扶受灾的{school}等四所学校。\n\n"
        f"{county}三中当天送去了发电机、水泵和500盒方便面。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["district"] == successor


# 到达县城: the two characters of 达县 inside other words name no county.
def test_arriving_in_a_county_town_names_no_county(tmp_path):
    page = (
        "宣汉县新建三所寄宿制学校\n\n"
        "记者乘车到达县城后,又走了两个小时山路才到学校。宣汉县今年投入3000万元新建三所寄宿制学校。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["district"] == "宣汉县"
