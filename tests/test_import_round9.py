"""Layouts of the ninth round of held-out real pages (docs/dev/layouts.md part 4k),
each on a small page written in our own words."""

from __future__ import annotations

import pytest

from generator.enrich.facts import extract_facts
from tests.helpers import body_headings, import_page, paragraphs

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


# ---- round 10 (batches 76–78)


def test_a_role_word_broken_by_a_space_and_glued_to_the_first_name():
    from generator.structure.cues import byline_names

    assert byline_names("本报记者吴某斌通讯 员 张某") == ["吴某斌", "张某"]
    assert byline_names("本报记者吴某斌通讯员 张某 邱某") == ["吴某斌", "张某", "邱某"]


LABEL_OVER_HEADING = """竹山县科学教育让山里娃爱上创造

12月1日,竹山县第二中学科技节开幕,3000余名师生观看了水火箭发射表演。

近年来,竹山县以科学教育为抓手,在全县建成创客教室26间。

深耕课堂

当无人机飞进山乡校园

初冬的一个上午,县实验学校的创客教室里,十几名学生围在3D打印机旁。

机器人教室里,两支学生队伍正在调试自己组装的小车。
"""


def test_a_short_label_over_a_heading_between_paragraphs(tmp_path):
    (article,) = import_page(tmp_path, LABEL_OVER_HEADING)
    assert "".join(body_headings(article)).replace(" ", "") == "深耕课堂当无人机飞进山乡校园"
    assert not article.meta.get("captions")


def test_a_long_web_headline_over_its_dateline(tmp_path):
    headline = (
        "天等县教育系统庆祝建党一百周年文艺汇演暨全县中小学艺术展演活动在县城体育馆隆重举办"  # 41
    )
    page = (
        f"{headline}\n"
        "今日某某天等讯(通讯员 梁某鲜) 6月10日至11日,天等县中小学艺术展演在县体育馆举行,"
        "全县30所学校的58个节目参加展演。\n\n"
        "展演设声乐、器乐、舞蹈、朗诵等项目,现场打分、现场颁奖。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.title == headline
    assert article.meta["authors"] == ["梁某鲜"]


EVENT_PAGE = """某某文化馆> 活动预告>“童心向党”靖州县中小学生书法作品展
“童心向党”靖州县中小学生书法作品展
活动时间: Sat Jun 01 00:00:00 GMT+08:00 2024-Fri Jun 07 00:00:00 GMT+08:00 2024   已结束
活动地点:靖州县图书馆
咨询电话:0745 - 8220000

为庆祝六一儿童节,靖州县教育局联合县文联举办中小学生书法作品展,展出全县42所学校学生的书法作品260幅。

展览免费向市民开放。
"""


def test_an_event_pages_box_and_a_breadcrumb_that_ends_in_the_headline(tmp_path):
    (article,) = import_page(tmp_path, EVENT_PAGE)
    assert article.title == "“童心向党”靖州县中小学生书法作品展"
    assert not article.meta.get("subtitle")
    assert paragraphs(article)[0].startswith("为庆祝六一儿童节")
    assert all("活动" not in p[:4] for p in paragraphs(article))


def test_a_breadcrumb_of_double_marks_after_you_are_here(tmp_path):
    page = (
        "您当前位置:某某教体云平台 >> 新闻中心 >> 区县信息 >> 浏览文章\n\n"
        "荣县开展校园安全教育周活动\n\n"
        "本周,荣县各中小学开展安全教育周活动,全县2.1万名学生参加疏散演练。\n\n"
        "县教育局还组织专家到12所学校排查安全隐患。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.title == "荣县开展校园安全教育周活动"
    assert not article.meta.get("captions")


def test_the_sites_list_of_pages_that_lists_its_own_headline(tmp_path):
    page = (
        "沿着公路看县城丨光山:一所乡村学校的新变化\n"
        "走进光山县某某镇中心学校,新建的教学楼里传出琅琅书声。学校今年新增学位600个。\n"
        "光山县近年来投入资金1.2亿元,改造了28所乡村学校。\n"
        "地方风物\n"
        "- 沿着公路看县城丨光山:一所乡村学校的新变化\n"
        "- 某地的秋天\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == []
    assert paragraphs(article)[-1] == "光山县近年来投入资金1.2亿元,改造了28所乡村学校。"


def test_an_original_title_note_at_the_end_titles_a_page_without_a_headline(tmp_path):
    page = (
        "近日,長泰縣在全縣中小學推廣武術進校園活動,18所學校開設了武術課。\n"
        "縣教育局還組織武術教練到鄉村學校巡回授課。\n"
        "原文標題:長泰推動傳統武術進校園\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.title == "長泰推動傳統武術進校園"  # as printed, not 长泰推动…


GOVERNMENT_NOTICE = """欢迎光临某某市人民政府门户网站 长者专区 无障碍浏览 登录个人中心
网站首页 走进某某 新闻中心 政府信息公开 网上办事 政民互动 专题专栏

市教育局关于认定中宁县第三幼儿园等6所幼儿园为一类园的通知

索引号 640501004/2022-00111 文号 某教通〔2022〕18号 生成日期 2022年07月12日
发布机构 市教育局 责任部门 市教育局 有效性 有效

各县(区)教育局:

经实地评估,认定中宁县第三幼儿园等6所幼儿园为一类幼儿园。

(此件公开发布)
"""


def test_a_government_notices_disclosure_box_and_its_mark(tmp_path):
    (article,) = import_page(tmp_path, GOVERNMENT_NOTICE)
    assert article.title == "市教育局关于认定中宁县第三幼儿园等6所幼儿园为一类园的通知"
    assert not article.meta.get("subtitle")  # (the site's header line over it)
    assert article.meta["published"] == "2022-07-12"
    assert body_headings(article) == []
    assert all("索引号" not in p and "此件公开发布" not in p for p in paragraphs(article))


def test_pictures_taken_from_a_site_are_a_credit():
    from generator.structure.cues import photo_credit

    assert photo_credit("图片来自莎车县人民政府网站") == "莎车县人民政府网站"
    assert photo_credit("图片来源:某某网") == "某某网"


def test_an_info_line_and_an_adverts_address_glued_to_the_dateline(tmp_path):
    page = (
        "同德双普创建提质学前教育\n"
        "2025/3/12 来源:不详某某广告医院 http://www.example.com/m/本报海南讯(记者洪某杰)10月8日,"
        "记者从同德县教育局获悉,全县学前三年毛入园率提高到96.5%。\n"
        "同德县今年新建幼儿园3所。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["洪某杰"]
    assert paragraphs(article)[0].startswith("10月8日,记者从同德县教育局获悉")
    assert not article.meta.get("source_name")  # (来源:不详 and the advert are no outlet)
    assert article.meta["published"] == "2025-03-12"


# ---- round 11 (batches 79–81)


def test_a_bylines_editor_after_a_slash_is_no_author():
    from generator.structure.cues import byline_names

    assert byline_names("记者/蒋某莎 朱某明 编辑/刘某") == ["蒋某莎", "朱某明"]
    assert byline_names("記者/蔣某莎 朱某明 編輯/劉某") == ["蔣某莎", "朱某明"]


def test_a_datelines_names_in_square_brackets(tmp_path):
    page = (
        "东乡县学校收到体育器材\n\n"
        "本报讯【通讯员马某尹】12月21日,东乡县12所乡村学校收到一批捐赠的体育器材,价值20万元。\n\n"
        "学校负责人表示,将用好这批器材。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["马某尹"]
    assert paragraphs(article)[0].startswith("12月21日,东乡县12所乡村学校")


EPAPER_PHOTO_STORY = """上一版/ 02 版:日报二版 /下一版  [查看本版大图
本版导航 各版导航 视觉导航 标题导航
选择其他日期的报纸

11月19日,麦积区某某小学新校区

某某日报 新闻    时间:2023年11月21日    来源:某某日报

  11月19日,麦积区某某小学新校区的孩子们在操场上跳绳。新校区占地18亩,规划36个班,增加学位1620个。
      新某某·某某日报记者
          王某某 摄
"""


def test_an_epaper_photo_storys_masthead_info_line_and_broken_credit(tmp_path):
    (article,) = import_page(tmp_path, EPAPER_PHOTO_STORY)
    assert article.title == "11月19日,麦积区某某小学新校区"
    assert not article.meta.get("kicker") and not article.meta.get("subtitle")
    assert article.meta["published"] == "2023-11-21"
    assert article.meta["photo_credit"] == "王某某"
    assert body_headings(article) == []


def test_a_sites_tags_a_word_a_line_at_the_foot(tmp_path):
    page = (
        "贵州三都县教育系统掀起春季植树热潮\n"
        "发表于:2025-03-14 作者:某某网编辑\n"
        "编辑最后更新 2025年03月14日,3月12日是全国植树节。连日来,三都县各中小学纷纷开展植树活动,全县植树8000余棵。\n"
        "3月12日是全国植树节。连日来,三都县各中小学纷纷开展植树活动,全县植树8000余棵。\n"
        "县教育局要求各校建好管好校园绿地。\n"
        "绿化\n校园\n学校\n建设\n教育\n全县\n"
    )
    (article,) = import_page(tmp_path, page)
    assert not article.meta.get("authors")
    assert body_headings(article) == []
    assert paragraphs(article)[0].startswith("3月12日是全国植树节")  # (the teaser went)
    assert paragraphs(article)[-1] == "县教育局要求各校建好管好校园绿地。"


def test_a_signature_in_brackets_after_a_half_width_exclamation(tmp_path):
    page = (
        "舒城县为乡村老教师颁发荣誉证书\n\n"
        "近日,舒城县为从教30年以上的126名乡村教师颁发荣誉证书。\n\n"
        "他们几十年如一日,无愧于时代,无愧于党和人民!(袁某华 特约通讯员:程某听)\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["袁某华", "程某听"]
    assert paragraphs(article)[-1].endswith("无愧于党和人民!")


def test_lengths_wells_and_traditional_households_are_counted():
    facts = extract_facts("村里200戶人家,村道2.9米宽,打井5口。")
    assert [f.display for f in facts] == ["200戶", "2.9米", "5口"]


def test_people_counted_in_chinese_numerals_are_figures_slogans_are_not():
    facts = extract_facts("会上表彰了七名学生和三位老教师,提出三个关键、六大工程,一名教师发言。")
    assert [(f.display, f.value) for f in facts] == [("7名", 7), ("3位", 3)]


# ---- round 12 (batches 82–84)

WECHAT_MIRROR = """专栏名称: 文明某某
传播文明,引领风尚
目录
相关文章推荐
51好读  ›  专栏  ›  文明某某

同心县:校园兴起“非遗热” 剪纸刺绣走进课后服务

文明某某  · 公众号  ·  · 2025-03-18 17:05

正文



3月13日下午,同心县第三中学“非遗进校园”活动启动,全校600名学生参加。


学生们扭秧歌。


活动现场,剪纸、刺绣等非遗项目一一亮相,非遗传承人手把手教学生剪窗花。
"""


def test_a_wechat_mirrors_header_account_line_and_a_caption_closed_with_a_stop(tmp_path):
    (article,) = import_page(tmp_path, WECHAT_MIRROR)
    assert article.title == "同心县:校园兴起“非遗热” 剪纸刺绣走进课后服务"
    assert article.meta["source_name"] == "文明某某"
    assert article.meta["published"] == "2025-03-18"
    assert article.meta["captions"] == ["学生们扭秧歌。"]
    assert paragraphs(article)[0].startswith("3月13日下午,同心县第三中学")
    assert "目录" not in article.meta.get("kicker", "")


def test_a_page_set_as_a_list_with_the_share_widget_over_its_headline(tmp_path):
    page = (
        "• --分享到--\n"
        "    • 阿鲁科尔沁旗:剪纸庆元旦 非遗进校园\n"
        "      2024年01月04日 16:08   |  来源:某某新闻网\n\n"
        "        元旦前夕,阿鲁科尔沁旗三所幼儿园开展非遗剪纸活动,300多名幼儿参加。\n\n"
        "        剪纸传承人到各园手把手教孩子们剪生肖图案。\n\n"
        "    • 编辑:贾某锐\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.title == "阿鲁科尔沁旗:剪纸庆元旦 非遗进校园"
    assert article.meta["source_name"] == "某某新闻网"
    assert not article.meta.get("authors")


def test_the_pages_clock_run_into_the_texts_first_date(tmp_path):
    page = (
        "鲁甸县举行教师教学技能竞赛\n"
        "2019-12-19 10:1511月24日至12月13日,来自鲁甸县各中小学和幼儿园的400余名教师参加了教学技能竞赛。\n"
        "竞赛分学科进行,共评出一等奖60名。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert paragraphs(article)[0].startswith("11月24日至12月13日,来自鲁甸县")
    assert article.meta["published"] == "2019-12-19"


HEADLINE_TWICE_AND_SCHOOL = """某某网

澜沧江畔的教育格桑花:现代教育和生态教育并重

澜沧江畔的教育格桑花:现代教育和生态教育并重

某某师范大学附属玉树实验学校

十月,澜沧江畔秋意正浓,一所现代化高级中学坐落在江畔。

近日,记者来到海拔近4000米的囊谦县香达镇某某实验学校。

学校现有学生1800名,教师120名。
"""


def test_a_headline_printed_twice_over_a_schools_name(tmp_path):
    (article,) = import_page(tmp_path, HEADLINE_TWICE_AND_SCHOOL)
    assert article.title == "澜沧江畔的教育格桑花:现代教育和生态教育并重"
    assert "实验学校" not in article.meta.get("subtitle", "")
    assert "格桑花" not in article.meta.get("kicker", "")


# ---- round 13 (batches 85–87)


def test_a_headline_and_its_dash_deck_on_one_line_with_a_comma(tmp_path):
    page = (
        "“云”端誓师展豪情,青春逐梦正当时 ———西丰县第一高中高考百日誓师大会记\n\n"
        "李十一\n\n"
        "<p>  在距离高考还有100天的时刻,西丰县第一高中举行线上高考百日誓师大会,高三800名师生参加。</p>"
        " <p> 第一篇章:灯塔引航 斗志昂扬</p><p> 校长寄语高三学子,鼓励大家全力以赴。</p>\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.title.startswith("“云”端誓师展豪情,青春逐梦正当时")
    assert article.meta["authors"] == ["李十一"]
    assert body_headings(article) == ["第一篇章:灯塔引航 斗志昂扬"]


def test_a_credit_run_on_after_the_last_sentence_and_the_comment_box(tmp_path):
    page = (
        "某某之窗\n\n"
        "会泽县开展教师节走访慰问活动\n\n"
        "2018-09-06 10:20  来源:某某之窗\n\n"
        "9月5日,会泽县领导到某某镇走访慰问退休教师和一线教师20名。\n\n"
        "每到一处,县领导都与老师们亲切交谈,了解他们的工作和生活情况。\n\n"
        "县领导强调,要关爱尊重人民教师,促进会泽教育蓬勃发展。文图:徐某达\n\n"
        "编辑:某某 审核:某某\n\n"
        "说点什么吧\n"
        "  • 全部评论(0\n"
        "    还没有评论,快来抢沙发吧!\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.title == "会泽县开展教师节走访慰问活动"
    assert article.meta["authors"] == ["徐某达"]
    assert paragraphs(article)[-1].endswith("促进会泽教育蓬勃发展。")
    assert not article.meta.get("captions")


def test_a_sites_invitation_to_its_wechat_under_the_text(tmp_path):
    page = (
        "兴仁市幼儿园建设项目迎来调研\n\n"
        "12月21日,省政府参事一行到兴仁市调研学前教育,先后来到3所幼儿园建设工地。\n\n"
        "了解某某更多资讯,尽在某某网微信,扫描下方二维码免费阅读。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == []
    assert len(paragraphs(article)) == 1


def test_a_tv_transcripts_voices_are_text_not_headings(tmp_path):
    page = (
        "河北高碑店中小学校新生陆续入学\n\n"
        "时间:2023年09月04日    来源:某某新闻网\n\n"
        "  【解说】9月1日,高碑店市中小学校新生陆续入学,全市新增学位2400个。\n\n"
        "  【同期】高碑店市某某中心学校校长 曹某普\n\n"
        "  今年我们学校新招一年级学生120名,新建了两间功能教室。\n\n"
        "  【同期】高碑店市某某中学校长 孙某见\n\n"
        "  学校为新生准备了入学教育课程。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == []
    assert any(p.startswith("【同期】高碑店市某某中心学校校长") for p in paragraphs(article))


# ---- round 14 (batches 88–90)


def test_a_county_placed_by_its_province_and_repeated_by_short_name(tmp_path):
    # One other district named in full once (a contest's name) against the county the
    # text places (甘肃静宁) and then calls by its short name.
    page = (
        "在甘肃静宁这片土地上,静宁职业中专的学生正在备战技能大赛。\n"
        "近年来,静宁职专新建实训室12间,在校生达到2100人。\n"
        "教室里,一些师生正在备战全省技能大赛与首届海淀区中小学智能邀请赛。\n"
        "静宁职专的改变,始于对办学模式的反思。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["district"] == "静宁县"


def test_a_full_name_the_text_repeats_is_not_outweighed(tmp_path):
    page = (
        "海淀区举办中小学智能邀请赛\n"
        "首届海淀区中小学智能邀请赛开幕,甘肃静宁的学生也来参赛。\n"
        "海淀区教委表示,静宁职专的学生表现出色,静宁职专还将再来。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["district"] == "海淀区"


EPAPER_FOOT = """当前版:03版
发布日期:2016年11月25日
某某中学成立学生家长委员会
文章字数:234
  本报讯(通讯员 熊某平)为加强家校联系,某某镇某某中学于本月17日成立了学生家长委员会,12名家长当选委员。
  家长委员会成员参观了学校的教学楼、宿舍和食堂,并提出了建议。

本报地址:天门市竟陵某某路173号  邮政编码:431700  版权所有:天门日报社
"""


def test_an_epaper_foot_names_the_papers_city_and_is_no_heading(tmp_path):
    (article,) = import_page(tmp_path, EPAPER_FOOT)
    assert article.title == "某某中学成立学生家长委员会"
    assert article.meta["district"] == "天门市"
    assert body_headings(article) == []
    assert article.meta["authors"] == ["熊某平"]


def test_a_comment_form_and_a_caption_credited_in_brackets(tmp_path):
    page = (
        "来凤县4000余名教师进行师德宣誓\n\n"
        "发布时间:2025-05-16 来源:某某网\n\n"
        "5月16日,来凤县4000余名教师在各自学校进行师德宣誓。\n\n"
        "某某三中师生在新建的标准化运动场上做操(图片由学校提供)\n\n"
        "县教育局表示,将把师德表现作为教师考核的首要标准。\n\n"
        "我有话要说\n\n"
        "已有 条评论 , 查看评论\n\n"
        "(您输入的姓名/昵称将出现在评论列表中) 匿名 验证码\n\n"
        "我将在遵纪守法并注意语言文明的前提下发表下列看法。 (发言最多为2000汉字)\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == []
    assert not article.meta.get("subtitle")
    assert article.meta["captions"] == ["某某三中师生在新建的标准化运动场上做操"]
    assert paragraphs(article)[-1].startswith("县教育局表示")


def test_a_breadcrumb_trail_written_with_html_entities_ends_in_the_headline(tmp_path):
    page = (
        "某某文化馆&gt; 活动预告&gt;“童心向党”通道县中小学生书法作品展\n"
        "“童心向党”通道县中小学生书法作品展\n\n"
        "为庆祝六一儿童节,通道县教育局举办中小学生书法作品展,展出全县30所学校的作品180幅。\n\n"
        "展览免费向市民开放。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.title == "“童心向党”通道县中小学生书法作品展"
    assert not article.meta.get("subtitle") and not article.meta.get("kicker")


def test_a_web_pages_list_that_opens_with_its_own_headline_without_a_label(tmp_path):
    page = (
        "淮滨县:一所乡村学校的新变化\n"
        "发布时间:2024-05-06 来源:某某网\n"
        "走进淮滨县某某镇中心学校,新建的教学楼里传出琅琅书声。学校今年新增学位600个。\n"
        "淮滨县近年来投入资金1.2亿元,改造了28所乡村学校。\n"
        "- 淮滨县:一所乡村学校的新变化\n"
        "- 某地的秋天\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == []
    assert paragraphs(article)[-1] == "淮滨县近年来投入资金1.2亿元,改造了28所乡村学校。"
