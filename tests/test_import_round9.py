"""Layouts of the ninth round of held-out real pages (docs/dev/layouts.md part 4k),
each on a small page written in our own words."""

from __future__ import annotations

import pytest

from generator.enrich.facts import extract_facts
from tests.helpers import body_headings, import_page


def paragraphs(article) -> list[str]:
    return [p for p in article.body.strip().split("\n\n") if p and not p.startswith("#")]


# A repost whose own headline was not copied: it opens with its note of the headline
# the story was first printed under, then the deck, then the text (no CMS lines).
ORIGINAL_TITLE_OPENS = """原标题:通渭县表彰一百二十名乡村教师
从教二十年以上的教师每人获赠一台笔记本电脑
某某网9月11日讯 据某某日报报道 (记者 马某林 文/图) 9月10日,通渭县召开教师节表彰大会,120名乡村教师受到表彰,奖励总额超过40万元。
"""


def test_a_repost_that_opens_with_its_original_title_note(tmp_path):
    (article,) = import_page(tmp_path, ORIGINAL_TITLE_OPENS)
    assert article.title == "通渭县表彰一百二十名乡村教师"
    assert article.meta["subtitle"] == "从教二十年以上的教师每人获赠一台笔记本电脑"
    assert article.meta["authors"] == ["马某林"]
    assert paragraphs(article)[0].startswith("9月10日,通渭县召开教师节表彰大会")


# A ——deck under the headline reads like a caption (开展…活动), and so may the headline
# (…开满校园): the deck says both are the title; a photo's caption never takes one.
HEADLINE_OVER_DASH_DECK = """{headline}
——恭城县西岭中学开展读书节活动
本网讯(通讯员 韦某芳)4月23日,恭城县西岭中学启动第五届读书节,全校1200名学生参加。

读书节期间,学校还将举办好书推荐、读书征文等活动。
"""


@pytest.mark.parametrize("headline", ["书香浸润美丽校园", "石榴花开满校园"])
def test_a_headline_over_a_dash_deck_with_the_deck_its_subtitle(tmp_path, headline):
    (article,) = import_page(tmp_path, HEADLINE_OVER_DASH_DECK.format(headline=headline))
    assert article.title == headline
    assert article.meta["subtitle"] == "——恭城县西岭中学开展读书节活动"
    assert not article.meta.get("captions")


def test_a_bracketed_signature_with_slashed_roles_and_its_editor(tmp_path):
    page = (
        "惠安县举办青少年科技节\n\n"
        "10月12日,惠安县第三届青少年科技节在县实验小学开幕,全县28所学校参加。\n\n"
        "科技节将持续三天,学生可以体验无人机、机器人编程等项目。\n"
        "(文/陈某凡 图/黄某梫│编辑:某某报社驻泉州记者站 林某东)\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["陈某凡", "黄某梫"]
    assert body_headings(article) == []
    assert paragraphs(article)[-1].startswith("科技节将持续三天")


def test_three_names_in_brackets_one_surname_off_the_list(tmp_path):
    # 濮 is a surname the list lacks: the two other names vouch for it.
    page = (
        "旌德县森林消防队走进校园\n\n"
        "9月28日,旌德县森林消防大队走进县实验小学,给300名学生上了一堂防火课。\n"
        "消防员讲解了报警电话和自救方法。\n"
        "(濮某莹 程某格 陈某)\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["濮某莹", "程某格", "陈某"]
    assert article.title == "旌德县森林消防队走进校园"


def test_words_in_brackets_are_no_signature_for_one_unlisted_name(tmp_path):
    page = (
        "旌德县森林消防队走进校园\n\n"
        "9月28日,旌德县森林消防大队走进县实验小学,给300名学生上了一堂防火课。\n"
        "(濮某莹 程某格)\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta.get("authors") in (None, [])


# Web copy: a picture's caption under it, in the text's column: an office's team at a
# school doing something, and a scene named and closed with a stop.
SCENE_CAPTIONS = """宜阳县关工委组织五老进校园

近年来,宜阳县关工委组织“五老”人员走进中小学,累计作报告86场次,3.2万名学生受到教育。

宜阳县关工委“五老”宣讲团在学校作报告

他们还在县城6个文化书屋开设青少年阅读角。

活动现场。

县关工委表示,今后将继续把宣讲送到乡村学校。
"""


def test_scene_captions_between_web_paragraphs(tmp_path):
    (article,) = import_page(tmp_path, SCENE_CAPTIONS)
    assert article.meta["captions"] == ["宜阳县关工委“五老”宣讲团在学校作报告", "活动现场。"]
    assert body_headings(article) == []
    assert all("活动现场" not in p for p in paragraphs(article))


def test_a_section_heading_that_opens_with_zai_stays_a_heading(tmp_path):
    page = (
        "宜阳县推进劳动教育\n\n"
        "宜阳县今年在全县42所中小学开设劳动课。\n\n"
        "在校园里种下希望\n\n"
        "县实验小学开辟了一块菜园,每个班都有自己的菜地。\n\n"
        "县教育局表示,明年将实现劳动课全覆盖。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == ["在校园里种下希望"]


def test_a_count_before_shan_qu_names_no_district(tmp_path):
    # 名山区 is a district of 雅安; in 171名山区学校 the 名 counts teachers, and the
    # county is named in full once only.
    page = (
        "会宁60万元重奖优秀教师\n171名山区学校教师每人获赠一辆电动车\n"
        "某某网9月12日讯 (记者 马某林) 9月9日,会宁县举行教师节表彰大会,15个先进集体、"
        "100名优秀教师以及171名山区学校从教30年以上的在职教师获得表彰,奖励总额超过60万元。"
        "其中,171名山区学校从教30年以上的教师每人获赠一辆电动车。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["district"] == "会宁县"


def test_a_self_media_platforms_disclaimer_is_no_text(tmp_path):
    page = (
        "城厢区开展科普进校园活动\n\n"
        "9月25日,城厢区科普月主场活动在区实验小学启动,全区20所学校参加。\n\n"
        "活动将持续一周。\n\n"
        "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布,"
        "本平台仅提供信息存储服务。\n"
        "Notice: The content above (including the pictures and videos if any) is uploaded "
        "and posted by a user of a social media platform.\n"
    )
    (article,) = import_page(tmp_path, page)
    assert paragraphs(article)[-1] == "活动将持续一周。"
    assert body_headings(article) == []


def test_donation_photos_read_as_captions():
    from generator.structure.cues import caption_score

    assert caption_score("某某小学学生使用受捐赠课桌椅") >= 2
    assert extract_facts("全县新增学位3000个。")[0].display == "3000个"


def test_households_and_lessons_are_counted():
    facts = extract_facts("教师们走访困难家庭30余户，送教下乡39節，上示范课12节。")
    assert [f.display for f in facts] == ["30余户", "39節", "12节"]
    assert [f.value for f in facts] == [30, 39, 12]


# A web page sets its pictures' captions alike, in the text's column with no mark: one
# reads as a caption by its words (…现场), the others only lean that way.
PEER_CAPTIONS = """6月20日上午,通江县某某镇小学举行爱心捐助活动,受助学生代表发言表示感谢。
某某镇小学学生领取新书包
某市作为结对帮扶单位,与通江县开展教育帮扶。得知学校课桌椅老旧,帮扶工作队联合义工组织发起了这次捐助。
捐赠现场
义工总队队长表示,他们将长期关注大巴山的乡村教育。
某某电力公司向某某村小学学生赠送文具
捐助仪式上,爱心单位共向学校捐赠课桌椅320套。
副校长表示,学校将用好这批物资。(某某)
"""


def test_captions_set_alike_between_paragraphs(tmp_path):
    (article,) = import_page(tmp_path, PEER_CAPTIONS)
    assert body_headings(article) == []
    assert article.meta["captions"] == [
        "某某镇小学学生领取新书包",
        "捐赠现场",
        "某某电力公司向某某村小学学生赠送文具",
    ]


def test_section_headings_beside_a_caption_stay_headings(tmp_path):
    page = (
        "通江县推进乡村学校建设\n\n"
        "通江县今年投入1.2亿元改善乡村学校办学条件。\n\n"
        "补齐短板强基础\n\n"
        "全县新建改建校舍12栋,更新课桌椅4000套。\n\n"
        "开学现场\n\n"
        "提升质量促均衡\n\n"
        "县教育局组织城区学校与乡村学校结对,共开展送教活动80场次。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == ["补齐短板强基础", "提升质量促均衡"]
