"""Print layouts seen in real newspaper pages of the genre (docs/dev/layouts.md),
each on a small page written in our own words."""

from __future__ import annotations

from tests.helpers import body_headings, import_page

imported = import_page


headings = body_headings


# A narrow column (13 characters), the headline block printed after the body:
# a short kicker, the headline, a deck without any dash.
HEADLINE_STACK_AFTER_BODY = """某某晚报　2019年3月4日　星期一
第2版　城事

　　本报讯　3月1日起，仪征
市有三所乡镇小学换上了新
课桌椅，一共2400多套，都
能按孩子身高调高低。
　　月塘镇中心小学的老师说，
以前一张桌子坐两个孩子，高
个子只能弯着腰写字，现在
每人一套，坐得端正了。
　　市教育局介绍，这批桌椅
花了180万元，下学期还要给
另外五所学校换。（记者　韩秋雨）

新学期新气象
乡镇小学换上可调课桌椅
“弯腰写字”成了老话

责任编辑　林舟　版式　高远
"""


def test_a_kicker_headline_and_deck_after_the_body_are_the_headline(tmp_path):
    (article,) = imported(tmp_path, HEADLINE_STACK_AFTER_BODY)
    assert article.meta["district"] == "仪征市"
    assert article.title == "乡镇小学换上可调课桌椅"
    assert article.meta["subtitle"] == "“弯腰写字”成了老话"
    assert headings(article) == []  # the kicker is no section heading
    assert "新学期新气象" not in article.body
    assert "乡镇小学换上可调课桌椅" not in article.body
    assert article.meta["authors"] == ["韩秋雨"]


# Captions with their photographer, then kicker / headline / ——deck in one
# block, the byline, and the text.
HEADLINE_STACK_UNDER_CAPTIONS = """某某青年报　2015年10月9日　星期五
05　教育

课间，孩子们在新操场上跳绳。
摄影：沈一鸣

乡村学校观察
一所山村小学的新操场
——广西融水县某村小学见闻
本报记者　沈一鸣

　　学校在半山腰上，从乡里开车
要走40多分钟山路。去年秋天，县
里投了60万元，把原来的泥地操场
铺成了塑胶跑道。
　　校长说，以前一下雨操场就成
了泥塘，体育课只能在教室里上，
现在孩子们下了课都往操场跑。
"""


def test_a_kicker_headline_and_dashed_deck_under_captions_are_the_headline(tmp_path):
    (article,) = imported(tmp_path, HEADLINE_STACK_UNDER_CAPTIONS)
    assert article.meta["district"] == "融水苗族自治县"
    assert article.title == "一所山村小学的新操场"
    assert article.meta["subtitle"] == "——广西融水县某村小学见闻"
    assert headings(article) == []
    assert article.meta["authors"] == ["沈一鸣"]
    assert "课间，孩子们在新操场上跳绳。" in article.meta["captions"]


# A box of honours under its label stays a list of items, not a headline.
HONOURS_BOX = """城口县教育简讯

　　今年以来，城口县持续推进
乡村学校建设，全县学校面貌
有了新变化。

主要荣誉
全国义务教育优质均衡先行创建县
重庆市教育综合改革试点区县
重庆市智慧教育示范区县
"""


def test_a_labelled_box_of_items_is_not_a_headline_stack(tmp_path):
    (article,) = imported(tmp_path, HONOURS_BOX)
    assert article.title == "城口县教育简讯"
    assert "全国义务教育优质均衡先行创建县" in article.body
    assert "重庆市智慧教育示范区县" in article.body


# A closing quote pushed onto a line of its own by the column, a jump note at
# a paragraph's end, and after the body a kicker over a "place：headline".
WRAPPED_QUOTE_AND_PLACE_HEADLINE = """方菲　李江

　　镇巴县去年给每所村小都配
上了图书角。一名四年级学生说，
他最喜欢的是科普书，“书里有好
多我没见过的东西。
”
　　县教育局介绍，全县76所村
小的图书角共添了图书3万多册，
下学期还要配齐书架。（下转第二版）

推进乡村学校图书角建设
镇巴：让山里孩子天天有书读
"""


def test_a_wrapped_quote_a_jump_note_and_a_place_headline_after_the_body(tmp_path):
    (article,) = imported(tmp_path, WRAPPED_QUOTE_AND_PLACE_HEADLINE)
    assert article.meta["district"] == "镇巴县"
    assert article.title == "镇巴：让山里孩子天天有书读"
    assert article.meta.get("kicker") == "推进乡村学校图书角建设"
    assert "“书里有好多我没见过的东西。”" in article.body
    assert "下转" not in article.body
    assert headings(article) == []
    assert article.meta["authors"] == ["方菲", "李江"]


# 实习记者 is a role, not a name.
TRAINEE_REPORTER = """阿荣旗新建两所寄宿制学校投入使用

　　本报讯（记者　包海燕　实习记者　乌兰　孟和）9月1日，阿荣旗新建的两所寄宿制学校迎来首批学生，1800多名农村孩子住进了新宿舍。
"""


def test_a_trainee_reporter_is_a_role(tmp_path):
    (article,) = imported(tmp_path, TRAINEE_REPORTER)
    assert article.meta["authors"] == ["包海燕", "乌兰", "孟和"]


# A caption whose photographer closes it on its last line, over a headline and
# a dashed deck; an e-paper's rating box over the page.
CAPTION_CLOSED_BY_PHOTOGRAPHER = """1分 2分 3分 4分 5分
本版得分:0.0参与评分人数:0

陈小梅（右）毕业后回到
村里当老师。图为她在给
学生讲课。林海　摄

白沙镇：山里的孩子走出了大山
——海南白沙一所乡镇中学的变化

　　白沙黎族自治县白沙镇中学
建在山脚下，十年前全校只有
几个学生考上高中，去年考上
高中的有120多人。
"""


def test_a_caption_closed_by_its_photographer_and_a_rating_box(tmp_path):
    (article,) = imported(tmp_path, CAPTION_CLOSED_BY_PHOTOGRAPHER)
    assert article.title == "白沙镇：山里的孩子走出了大山"
    assert article.meta["subtitle"] == "——海南白沙一所乡镇中学的变化"
    assert any(c.startswith("陈小梅（右）毕业后回到村里当老师") for c in article.meta["captions"])
    assert "本版得分" not in article.body and "3分" not in article.body


# A city paper's page of short items, one per district; the last names its
# partner district too (a school of one district opens a campus in another).
PARTNER_ITEMS = """北京晚报　2024年5月22日　星期三　第09版
教育

两所高校联手办朝阳新校

　　朝阳区将和两所高校合办一所九年一贯制
学校，协议已经签下，今秋招第一批学生。

　　据了解，朝阳区已成立20多个教育集团。
（记者　孟佳琪）

名校将在良乡办分校

　　房山区良乡大学城要新开一所公办小学，
由海淀区一所名校来办，名字就叫“某某小学
房山学校”。

　　学校建好后进入集团统一管理，附近适龄
儿童在家门口就能上学。（记者　孟佳琪）
"""


def test_an_item_naming_its_partner_district_is_an_article_of_its_own(tmp_path):
    articles = imported(tmp_path, PARTNER_ITEMS)
    by_district = {a.meta["district"]: a for a in articles}
    assert set(by_district) == {"朝阳区", "房山区"}
    assert by_district["房山区"].title == "名校将在良乡办分校"
    assert "良乡" not in by_district["朝阳区"].body
