"""Web-copy layouts seen in real articles of the genre (docs/dev/layouts.md),
each on a small page written in our own words: what the site puts around the
headline, the sign-in box and link lists under the text, signatures of an
office or after a dash, datelines of several outlets, counties named only by
their short name, and area words that are not counties."""

from __future__ import annotations

import pytest

from generator.districts import Gazetteer
from generator.importer import Importer
from generator.project import Project
from generator.structure.cues import byline_names
from tests.helpers import ROOT, body_headings, import_page, make_project, paragraphs

imported = import_page


def assert_refused_for_no_county(tmp_path, capsys, text: str) -> None:
    """The page imports nothing and the error says no county was found."""
    root = make_project(tmp_path, {"page.txt": text})
    assert Importer(Project(root), quiet=True).run([root / "seeds" / "page.txt"]) == 1
    assert "无法识别文章所属区县" in capsys.readouterr().err


headings = body_headings


SITE_AROUND_HEADLINE = """某某在线_某某门户官网
图片
政务公开
工作动态
当前位置:首页>工作动态

平坝区三所乡村学校新建食堂投入使用

http://www.example.cn/news/1234.html   2024-03-08 09:15:20

本报讯(记者 吴思远)开学第一周,平坝区乐平镇等三所乡村学校的新食堂同时启用,1200多名寄宿学生吃上了热饭热菜。
新食堂由区财政投入860万元建设,每所都配有留样柜和明厨亮灶设备。
区教育局表示,今年还将为另外五所学校改造食堂。
账号+密码登录
手机+密码登录
还没有账号?
立即注册
"""


def test_the_sites_labels_around_a_headline_are_not_title_or_caption(tmp_path):
    (article,) = imported(tmp_path, SITE_AROUND_HEADLINE)
    assert article.title == "平坝区三所乡村学校新建食堂投入使用"
    assert not article.meta.get("subtitle")
    assert not article.meta.get("captions")
    assert article.meta["district"] == "平坝区"
    assert article.meta["published"] == "2024-03-08"  # the date after the page's address
    assert article.meta["authors"] == ["吴思远"]
    assert headings(article) == []  # the sign-in box is not a section heading
    assert paragraphs(article)[-1] == "区教育局表示,今年还将为另外五所学校改造食堂。"


OUTLET_LABEL_AND_LINKS = """当前位置:

石门县举办乡村教师素养大赛

来源:石门融媒体中心 作者:覃晓丽 编辑:向东 2023-11-02 10:20:31
石门融媒
—分享—

activity_20231102.png

11月1日,石门县第三届乡村教师教学素养大赛在县实验学校落幕,来自28所乡村学校的96名教师参赛。
比赛设说课、板书和课件制作三个项目,评委由县教研室和师范院校的教师担任。

本文链接:http://www.example.cn/content/2023/11/02/5678.html

阅读下一篇

返回石门新闻网首页
"""


def test_the_outlets_label_widgets_and_link_lines_are_dropped(tmp_path):
    (article,) = imported(tmp_path, OUTLET_LABEL_AND_LINKS)
    assert article.title == "石门县举办乡村教师素养大赛"
    assert article.meta["source_name"] == "石门融媒体中心"
    assert article.meta["authors"] == ["覃晓丽"]
    assert headings(article) == []
    texts = paragraphs(article)
    assert texts[0].startswith("11月1日,石门县第三届")
    assert not any("分享" in t or "链接" in t or "返回" in t for t in texts)


PRINTED_IN = """开化县为农村寄宿生改造宿舍

发布时间:2019-04-02 作者:通讯员 林可 来源:中国教育报

本报讯(通讯员 林可)新学期,开化县两所乡镇中心小学的寄宿生搬进了改造后的宿舍,每间住6人,配有独立卫生间和热水。
县教育局计划三年内改造全部农村寄宿小学的宿舍。

《中国教育报》2019年04月02日第3版

分享到:0
"""


def test_the_line_naming_the_printed_original_gives_outlet_date_and_page(tmp_path):
    (article,) = imported(tmp_path, PRINTED_IN)
    assert article.meta["source_name"] == "中国教育报"
    assert article.meta["published"] == "2019-04-02"
    assert article.meta["page"] == "第3版"
    assert headings(article) == []
    assert article.meta["authors"] == ["林可"]


def test_a_web_headline_with_a_dash_stays_one_title(tmp_path):
    text = """“开学第一课”——渝中区中小学生走进红色场馆活动举行

发布日期:2023-09-05 10:30

(记者 罗静 文/图) 9月1日,渝中区组织全区中小学生走进红岩村等红色场馆,上好开学第一课。
参加活动的学生有3000多名,讲解员由各校的历史教师担任。
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "“开学第一课”——渝中区中小学生走进红色场馆活动举行"
    assert article.meta["authors"] == ["罗静"]


def test_a_headline_repeated_with_a_tag_by_a_listing_box_counts_once(tmp_path):
    text = """贵州黔西:乡村学校迎来新操场
时间:
小采
热点资讯
贵州黔西:乡村学校迎来新操场(汇总)
5月8日,黔西市锦星镇中心小学的新塑胶操场完工,学校1300多名学生有了标准的跑道和篮球场。近年来,黔西市每年安排专项资金改造乡村学校运动场地。-某某教育网通讯员 罗安平 摄
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "贵州黔西:乡村学校迎来新操场"
    assert not article.meta.get("subtitle")
    assert article.meta["authors"] == ["罗安平"]
    assert paragraphs(article)[0].endswith("改造乡村学校运动场地。")


def test_an_offices_signature_at_the_end_names_the_writers(tmp_path):
    text = """县长调研全县职业教育工作
发布时间:
2018-05-10 08:00
5月9日,岢岚县县长到县职业中学调研,察看实训车间和学生宿舍,听取学校专业建设情况汇报。
他要求,要围绕县里的产业办好专业,让学生学到真本领。(岢岚县新闻办 郝文静 杜鹏图/文)
"""
    (article,) = imported(tmp_path, text)
    assert article.meta["authors"] == ["郝文静", "杜鹏"]
    assert paragraphs(article)[-1].endswith("让学生学到真本领。")


def test_a_dateline_of_several_outlets_is_taken_out_in_either_script(tmp_path):
    text = """阜南县蓄洪区学校如期开学

新安晚報 安徽網 大皖客戶端訊  9月1日,阜南縣蒙窪蓄洪區內的學校全部如期開學,學生們回到了修繕一新的校園。
洪水退去后,當地對校舍進行了加固和消殺。
"""
    (article,) = imported(tmp_path, text)
    assert paragraphs(article)[0].startswith("9月1日,")


def test_a_related_list_over_the_page_leaves_the_headline_and_info_line(tmp_path):
    text = """推荐阅读

濉溪县走出县域教育均衡发展新路

发布者:某研究院 来源:中国教育报 日期:2012-9-5 10:13:00 人气:

濉溪县是皖北的农业大县,近十年新建和改造校舍40多万平方米,城乡学校的办学条件基本一致。
县里每年从财政收入中拿出固定比例投入教育,教师工资按时足额发放。
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "濉溪县走出县域教育均衡发展新路"
    assert article.meta["source_name"] == "中国教育报"
    assert article.meta["published"] == "2012-09-05"


def test_a_keyword_line_over_the_page_is_not_a_caption(tmp_path):
    text = """甲站在线,乙站视频,丙站精品,丁站资源

首页 > 正文

阜阳市阜南县新建三所寄宿制学校

9月1日,阜南县新建的三所寄宿制学校同时开学,可容纳4500名学生住校。
三所学校分布在县城东、西两个片区和王家坝镇。
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "阜阳市阜南县新建三所寄宿制学校"
    assert not article.meta.get("captions")


# --------------------------------------------------------------- counties


def test_a_text_with_only_the_short_name_is_placed_by_it():
    gazetteer = Gazetteer.load(ROOT / "docs" / "data")
    found = gazetteer.from_short_names("今年定远中学、定远二中两个考点共设考场120个。")
    assert found is not None and found[1] == "定远县"


def test_a_short_name_shared_by_namesakes_needs_the_place():
    gazetteer = Gazetteer.load(ROOT / "docs" / "data")
    bare = "人大代表来到五中通州校区的工地,听取通州今后几年的学校布局。"
    assert gazetteer.from_short_names(bare) is None  # 通州区: Beijing's or Nantong's?
    placed = gazetteer.from_short_names(
        "人大代表来到北京五中通州校区的工地,听取通州今后几年的学校布局。"
    )
    assert placed is not None
    district = placed[0].get(placed[1])
    assert placed[1] == "通州区" and district.province == "北京市"


def test_the_county_the_text_places_beats_a_namesakes_school_named_twice():
    # 兴隆 (a Hebei county's short name) in a school's name twice; 恩阳 (Sichuan) once,
    # on a page whose dateline says 四川: the page is Enyang's.
    gazetteer = Gazetteer.load(ROOT / "docs" / "data")
    text = (
        "四川某某网讯 开学第一天,区教育局负责人到兴隆中小学检查校舍安全。\n"
        "在兴隆中小学,他查看了食堂和宿舍,要求推动恩阳教育高质量发展。"
    )
    found = gazetteer.from_short_names(text)
    assert found is not None and found[1] == "恩阳区"
    unplaced = gazetteer.from_short_names(text.replace("四川", "本地"))
    assert unplaced is not None and unplaced[1] == "兴隆县"  # nothing says otherwise


def test_a_short_name_that_is_an_ordinary_word_places_nothing():
    gazetteer = Gazetteer.load(ROOT / "docs" / "data")
    assert gazetteer.from_short_names("学校坚持和平教育,开展和平主题班会。") is None


def test_an_outlet_naming_its_county_in_full_places_the_article(tmp_path):
    text = """两所新小学的施教区划分征求意见

2018/7/31 16:13:45 次浏览 分类:部门动态    来源:今日海港区

本报讯(记者 石晓)近日,区教育局召开我区新建校施教区方案论证会,人大代表、家长代表等50人参加。
论证会听取了两所新建小学施教区划分的意见,与会代表一致同意该施教区方案。
方案将报区政府批准后施行,施教区内适龄儿童就近入学。
"""
    (article,) = imported(tmp_path, text)
    assert article.meta["district"] == "海港区"  # not 施教区, an area word said three times


@pytest.mark.parametrize("word", ["施教区", "责任区", "招生区"])
def test_area_words_are_never_counties(word):
    from generator.structure.pages import unlisted_district as _unlisted_district

    assert _unlisted_district(f"本{word}内,{word}学校,{word}划分,{word}调整。") is None


E_PAPER_PAGE = """您好!欢迎来到我们的网站!
当前位置《某某网》 > 某某周报> 第120期>第4版
    第4版 :校园内外
    《某某周报》—本县人自己的报纸
    报刊搜索: 搜索

    写在前面

    作者: 来源:某某周报 时间:2023-04-10
    编辑:林青 点击数: 字号:

    为推动全县中小学开展劳动教育,平和县教育局与县农业农村局联合举办“小小农夫”征文活动,共收到来稿280篇,评出获奖作品96篇。
"""


def test_a_short_headline_right_over_the_info_line_beats_the_sites_lines(tmp_path):
    (article,) = imported(tmp_path, E_PAPER_PAGE)
    assert article.title == "写在前面"
    assert article.meta["page"] == "第4版" and article.meta["published"] == "2023-04-10"


def test_link_lines_calls_to_follow_and_an_outlet_in_the_writers_line(tmp_path):
    text = """梅县区新建小学秋季启用

9月1日,梅县区丙村镇新建的中心小学启用,新增学位900个,学校开设18个教学班。
校长介绍,新校区的运动场和图书馆都向周边村民开放。

文：梅县区广播电视台 黄晓丹

关注我们，了解梅县新鲜事。

上一篇：梅州今年秋季新增一批公办学位
下一篇：梅县区举行中小学生运动会
"""
    (article,) = imported(tmp_path, text)
    assert article.meta["authors"] == ["黄晓丹"]
    texts = paragraphs(article) + headings(article)
    assert not any("上一篇" in t or "下一篇" in t or "关注我们" in t for t in texts)


def test_a_traditional_page_keeps_its_names_as_printed(tmp_path):
    text = """開化縣為農村寄宿生改造宿舍

發布時間:2019-04-02 作者:通訊員 鄭小林 來源:中國教育報

本報訊(通訊員 鄭小林)新學期,開化縣兩所鄉鎮中心小學的寄宿生搬進了改造後的宿舍,每間住6人。
縣教育局計劃三年內改造全部農村寄宿小學的宿舍。

寄宿生在新宿舍裡整理床鋪。(資料圖片)

縣裡今年為此安排資金300萬元。
"""
    (article,) = imported(tmp_path, text)
    assert article.meta["authors"] == ["鄭小林"]  # once, as printed
    assert article.meta["captions"] == ["寄宿生在新宿舍裡整理床鋪。"]


def test_a_letter_spaced_role_and_the_social_posts_lines(tmp_path):
    text = """查看原文

@所有人,两所新学校开学啦

寻甸县新建两所小学投入使用

9月1日,寻甸回族彝族自治县城区新建的两所小学开学,新增学位2160个。
两所学校都配有风雨操场和食堂,学生午间可以在校就餐休息。

校园资讯

记 者 马云飞

通讯员 张丽 摄
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "寻甸县新建两所小学投入使用"
    assert article.meta["authors"] == ["马云飞", "张丽"]
    assert headings(article) == [] and not article.meta.get("captions")


def test_the_headline_repeated_as_a_photos_text_is_no_section_heading(tmp_path):
    text = """丛台区第三个小学教育集团挂牌成立

12月8日,丛台区实验小学教育集团挂牌成立,集团由一所城区学校和三所乡村学校组成。

丛台区第三个小学教育集团挂牌成立

集团内四所学校将统一教研、共享课程,教师每学期轮岗交流。
"""
    (article,) = imported(tmp_path, text)
    assert headings(article) == []
    assert len(paragraphs(article)) == 2


def test_an_e_papers_site_header_issue_line_and_reading_widgets(tmp_path):
    text = """某某工人报官方网站 | 某某网首页 今天是
跟帖评论自律管理承诺书  违法和不良信息举报电话:029-12345678
第6120期:第03版 教育培训

洋县山区小学建成新教学楼

语音播报: 语音播报

今年秋天,洋县华阳镇中心小学的新教学楼投入使用,全校280名学生告别了漏雨的旧教室。
新楼共三层,建有18间教室和图书室、科学室,总投资460万元。(通讯员 邱明 杨一)

关注公众号,随时阅读某某工人报
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "洋县山区小学建成新教学楼"
    assert not article.meta.get("subtitle") and not article.meta.get("captions")
    assert article.meta["page"] == "第3版"
    assert article.meta["authors"] == ["邱明", "杨一"]
    assert paragraphs(article)[0].startswith("今年秋天")


def test_a_social_posts_header_gives_outlet_and_date(tmp_path):
    text = """缙云县乡村小学加入城乡教共体
青年时讯 2025-01-07 09:12 发布于浙江

缙云县把全县公办小学全部纳入城乡教共体,城里学校与乡村学校结对,教师每学期交流上课。
目前全县有在校生不足100人的小学5所,它们都保留了下来。
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "缙云县乡村小学加入城乡教共体"
    assert article.meta["source_name"] == "青年时讯"
    assert article.meta["published"] == "2025-01-07"


def test_a_county_named_through_a_spam_sites_garble_is_found(tmp_path):
    text = """某某用户IP属地:福建·三明 发布于34分钟前
深山里的康乐(le)县三条沟村(cun),去年用上了新建的三条沟小学(💘),学校有6间功能室。
村里的孩子在家门口就能上学,学校现有学生210名。
"""
    (article,) = imported(tmp_path, text)
    assert article.meta["district"] == "康乐县"
    assert "IP属地" not in article.title
    assert "(le)" not in article.body and "💘" not in article.body


def test_a_portal_copy_with_share_lines_and_the_reporter_in_the_source(tmp_path):
    text = """30个班、900余个学位!西山区3所公办幼儿园秋季开园
扫描到手机,新闻随时看
扫一扫,用手机看文章
更加方便分享给朋友
西山区教育体育局8月20日介绍,第八、第九、第十幼儿园这3所公办园将在今秋开园。
三所园开园以后,全区将多出30个班、900余个学位。
来源:某某日报全媒体记者:杨子涵
责编:余晓
声明:本文为某某平台入驻作者所写,文中看法属作者个人,与平台无关,不代表平台立场。
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "30个班、900余个学位!西山区3所公办幼儿园秋季开园"
    assert article.meta["authors"] == ["杨子涵"] and article.meta["source_name"] == "某某日报"
    assert paragraphs(article)[0].startswith("西山区教育体育局8月20日")


def test_a_dated_outlet_line_and_a_traditional_info_line(tmp_path):
    text = """雪山腳下的村小

稿源:某某周刊 | 作者: 某某周刊記者 聶小雨 日期: 2022-06-27

察隅縣古拉鄉中心小學本學年共7個班、學生201人、教師17人,冬天大雪封山時與縣城不通車。
學校每學期開學前,老師們都要提前半個月備好一學期的生活用品。
"""
    (article,) = imported(tmp_path, text)
    assert article.title == "雪山腳下的村小"
    assert article.meta["authors"] == ["聶小雨"] and article.meta["published"] == "2022-06-27"
    dated = """市北區舊校舍變身幼兒園
2014-06-23 14:20:22 青島日報

老城區幾所空出來的中小學校舍被市北區改成了幼兒園,幼兒園全區一共104所,54所是公辦的。
區教育局說,以後空出的校舍還會陸續改作幼兒園。
"""
    (article,) = imported(tmp_path / "b", dated)
    assert article.title == "市北區舊校舍變身幼兒園"
    assert article.meta["published"] == "2014-06-23"


# Its own county only by short name, repeated; two partner counties named in
# full once each (they tie): the short name decides, not a refusal.
SHORT_NAME_AGAINST_PARTNERS = """第02版:要闻

全省山区县中学结对会在遂召开

本报讯 (记者 方晓岚) 11月3日,全省山区县中学结对帮扶会在遂昌中学召开,各地教育局和学校代表参加。

遂昌中学介绍了近三年的课程改革经验。遂昌坚持教育优先发展,县中办学质量稳步提升。

庆元县教育局、泰顺县教育局分别交流了县域高中协同发展的做法。

会后,与会人员参观了遂昌中学的新校区。
"""


def test_a_county_named_only_by_short_name_beats_partners_named_once(tmp_path):
    (article,) = imported(tmp_path, SHORT_NAME_AGAINST_PARTNERS)
    assert article.meta["district"] == "遂昌县"
    assert article.title == "全省山区县中学结对会在遂召开"
    assert article.meta["authors"] == ["方晓岚"]


# A section about a partner district, named in full, on a web page: still one
# article, of the county the page is about.
PARTNER_SECTION = """来源:某某网 发布时间:2024-09-20

四十年耕耘 金平教育换新颜

金平县地处中越边境,四十年来,全县学校从土坯房变成了教学楼。金平一中今年新建了实验楼。

金平教育人扎根山区,控辍保学实现动态清零。金平始终把教育放在优先位置。

携手帮扶 共育边疆英才

上海市长宁区对口支援金平以来,长宁区派出骨干教师到金平支教,两地学校结成对子。
"""


def test_a_partner_districts_section_on_a_web_page_is_no_article_of_its_own(tmp_path):
    (article,) = imported(tmp_path, PARTNER_SECTION)
    assert article.meta["district"] == "金平苗族瑶族傣族自治县"
    assert article.title == "四十年耕耘 金平教育换新颜"


# 清原县: what the press calls 清原满族自治县, as telling as a full name; and
# 经费县统筹 names no 费县 (经费 is the word).
ALIAS_AND_FALSE_NAME = """发布时间:2023-05-11

清原县推进乡村学校标准化建设

清原县位于辽宁东部山区。过去村小办学条件差,实行教育经费县统筹以后,拖欠教师工资的情况没有了。

今年清原县又投入3000万元改造村小,教育经费县统筹让山区学校有了稳定保障。
"""


def test_a_counties_short_form_counts_and_a_word_is_no_county(tmp_path):
    (article,) = imported(tmp_path, ALIAS_AND_FALSE_NAME)
    assert article.meta["district"] == "清原满族自治县"


# 东乡县: a former county of Jiangxi's, and what the press calls Gansu's
# 东乡族自治县; the text names 临夏, so Gansu's.
FORMER_NAMESAKE = """来源:某某网 2022-04-02

临夏:城里学校与东乡县结对办分校

近日,临夏州城区一所中学在东乡县设立分校。东乡县教育局负责人说,分校将共享城区学校的课程和师资。

东乡县今年还将新建两所寄宿制小学。
"""


def test_a_former_countys_name_gives_way_to_the_current_namesake_the_text_places(tmp_path):
    (article,) = imported(tmp_path, FORMER_NAMESAKE)
    assert article.meta["district"] == "东乡族自治县"


# A site's menu set one entry a line (全省要闻|), its headline as the current
# entry of a list (• …) right over the info line, and a repost's dateline
# naming the outlet it took the text from (据某某网报道).
MENU_ITEMS_AND_BULLETED_HEADLINE = """  • 全省要闻|
  • 州市新闻|
  • 县区动态|
  • 教科文卫|
  • 县区动态
    当前位置:某某新闻网 > 县区动态 >
  • 积石山:两所城区中学与乡村学校结对共建

    发布时间:2021-05-06 10:20:31来源:某某日报 编辑:马兰

    某某网5月6日讯 据某某日报报道(通讯员 韩立新 马晓东) 5月5日,积石山保安族东乡族撒拉族自治县两所城区中学与六所乡村学校签订结对共建协议。

    结对学校将共同备课、互派教师,城区学校每学期到乡村学校送课不少于10节。
"""


def test_a_menu_one_entry_a_line_and_a_bulleted_headline(tmp_path):
    (article,) = imported(tmp_path, MENU_ITEMS_AND_BULLETED_HEADLINE)
    assert article.title == "积石山:两所城区中学与乡村学校结对共建"
    assert article.meta["authors"] == ["韩立新", "马晓东"]
    assert article.meta["published"] == "2021-05-06"
    assert "全省要闻" not in article.body
    assert "县区动态" not in article.body


# A WeChat article's header (tag, time, province posted from) under the
# headline; five names over the text, no role word: its writers.
WECHAT_HEADER_AND_NAMES = """丰宁的山村小学——大阁镇中心校

原创   2023-10-08 09:12   河北

卫文斌 段雪松 屈晓光 梁立国 李一帆
丰宁满族自治县大阁镇中心校始建于上世纪五十年代,几代教师在这里扎根山乡。今年学校新建了图书室和科学教室。
学校现有学生620名,教师48名,其中一半是近五年招聘的年轻教师。
"""


def test_a_wechat_header_and_a_line_of_five_names(tmp_path):
    (article,) = imported(tmp_path, WECHAT_HEADER_AND_NAMES)
    assert article.title == "丰宁的山村小学——大阁镇中心校"
    assert article.meta["published"] == "2023-10-08"
    assert article.meta["authors"] == ["卫文斌", "段雪松", "屈晓光", "梁立国", "李一帆"]
    assert "河北" not in article.body.split("\n")[0]


# A government page: breadcrumb, headline, then its date and the office that
# posted it on one line.
DATED_OFFICE_LINE = """当前位置: 首页>>政府信息公开>>重点领域信息
某某区人民政府2023年履行教育职责自评报告
2024-03-15 10:30   某某区政府教育督导室
根据市人民政府教育督导委员会的通知,现将米东区2023年履行教育职责情况报告如下。
一、基本情况
米东区现有各级各类学校52所,在校学生4.6万人。
"""


def test_a_date_and_an_office_on_one_line_are_the_pages_info_line(tmp_path):
    (article,) = imported(tmp_path, DATED_OFFICE_LINE)
    assert article.meta["district"] == "米东区"
    assert article.title == "某某区人民政府2023年履行教育职责自评报告"
    assert article.meta["published"] == "2024-03-15"
    assert article.meta["source_name"] == "某某区政府教育督导室"


# A WeChat post: the headline with a comma and a !, the account and its date,
# a call to follow; a glued role with names listed by 、 under the text.
WECHAT_ACCOUNT_DATE = """好消息,大渡口区三所新学校今秋开学!
大渡口发布 2023-08-28
点击蓝字关注我们
近日,记者从区教委了解到,今年秋季大渡口区将有3所新学校投用,新增学位4200个。
新学校均按市级标准配建了图书馆、运动场和食堂。
本报记者向晓梅、周辉
"""


def test_a_wechat_accounts_date_line_and_a_headline_with_a_comma(tmp_path):
    (article,) = imported(tmp_path, WECHAT_ACCOUNT_DATE)
    assert article.title == "好消息,大渡口区三所新学校今秋开学!"
    assert article.meta["published"] == "2023-08-28"
    assert article.meta["source_name"] == "大渡口发布"
    assert article.meta["authors"] == ["向晓梅", "周辉"]
    assert "点击蓝字" not in article.body


# A forum repost: the post header first, the headline under it; a notice
# ticker; a share count; 本文转自; a photographer's 摄 glued to the name.
FORUM_AND_REPOST = """某某论坛管理员3 发表于 2024-9-2 08:15
“援”梦高原|一所县城小学里的变化
高原上的学校开学了。班戈县中心小学今年新建了暖气教室和食堂,全校600多名牧区孩子住进了新宿舍。
县教育局介绍,学校还配齐了音乐和美术教师。图为孩子们在新教室里上课。陈卓然摄
作者:李思远 次仁多吉
"""


def test_a_forum_post_header_then_the_headline(tmp_path):
    (article,) = imported(tmp_path, FORUM_AND_REPOST)
    assert article.title == "“援”梦高原|一所县城小学里的变化"
    assert article.meta["published"] == "2024-09-02"


REPOST_WITH_TICKER = """报社公告: 本报2024年度征订工作开始啦,欢迎广大读者订阅,订阅热线见本报二版报眼位置【投票】
当前位置首页教育培训
“育”见美好 “校”迎未来
0
分享至
本文转自:某某网-安徽频道
某某网记者 周明远
清晨七点,金寨县梅山镇的村道上,一辆校车准时停在村口,接上了6个孩子。
过去三年,县里为农村学校开通免费校车线路32条。
图为学生排队上车。葛安平摄
"""


def test_a_repost_with_a_notice_ticker_and_a_share_count(tmp_path):
    (article,) = imported(tmp_path, REPOST_WITH_TICKER)
    assert article.title == "“育”见美好 “校”迎未来"
    assert article.meta["source_name"] == "某某网-安徽频道"
    assert "报社公告" not in article.body
    assert set(article.meta["authors"]) == {"周明远", "葛安平"}


# A forum's copy of a WeChat post with its HTML pasted as text; the headline
# labelled by the county's short name, the text saying only 我县.
HTML_AS_TEXT = """某某 发表于 2023-4-11 09:20:31

崇义:新建三所公办幼儿园 学位增加900个

<div class="rich_media_content"><section style='margin: 0px;'><p style='text-indent: 2em;'>今年以来,我县加快公办幼儿园建设,新建的三所幼儿园将于秋季开园,可提供学位900个。<br></p><p style='text-indent: 2em;'>县教育局介绍,新园均按省级标准配建了户外活动场地和功能室。</p></section></div>
"""


def test_html_pasted_as_text_and_a_county_named_by_its_headline_label(tmp_path):
    (article,) = imported(tmp_path, HTML_AS_TEXT)
    assert article.meta["district"] == "崇义县"
    assert article.title == "崇义:新建三所公办幼儿园 学位增加900个"
    assert "<" not in article.body and "style" not in article.body
    assert "可提供学位900个" in article.body


# A banner named by the press's abbreviation (科右中旗) only.
BANNER_ABBREVIATION = """科右中旗第三中学新建宿舍楼投入使用

9月1日,科右中旗第三中学新建的宿舍楼投入使用,800多名住校生搬进了新宿舍。
科右中旗教育局介绍,宿舍楼总投资2600万元。
"""


def test_a_banner_named_by_its_abbreviation(tmp_path):
    (article,) = imported(tmp_path, BANNER_ABBREVIATION)
    assert article.meta["district"] == "科尔沁右翼中旗"


# A portal's page: skip links, a menu, the headline (a long one with a comma),
# then the page's address, date and outlet on one line; the editor in brackets.
PORTAL_PAGE = """跳转到路径导航栏
跳转到正文内容
首页
产品
汝城县从补齐短板到盘活存量,持续扩大城区义务教育学位供给
http://www.example.com.cn  2019年08月30日10:12  湘南网
  湘南网郴州8月30日讯(通讯员 洪晓东 傅文斌)今年,汝城县城区新增义务教育学位2400个。
  县教育局介绍,新建的城东学校可容纳学生2000人。
(责任编辑 赖小红)
"""


def test_a_portal_pages_headline_address_date_line_and_editor_in_brackets(tmp_path):
    (article,) = imported(tmp_path, PORTAL_PAGE)
    assert article.title == "汝城县从补齐短板到盘活存量,持续扩大城区义务教育学位供给"
    assert article.meta["published"] == "2019-08-30"
    assert article.meta["source_name"] == "湘南网"
    assert article.meta["authors"] == ["洪晓东", "傅文斌"]
    assert "责任编辑" not in article.body and "跳转到" not in article.body
    assert "产品" not in article.body


# A reporter sent to a place (特派某地记者), and a credit glued to the name.
POSTED_REPORTER = """武平县新建三所乡村寄宿制学校

本报讯(特派龙岩记者 廖小妮 通讯员 朱春花)近日,武平县三所乡村寄宿制学校同时开工,建成后可容纳学生1500人。

该县还将为乡村学校配齐校车。(记者刘丽文/图)
"""


def test_a_reporter_posted_to_a_place_and_a_credit_glued_to_the_name(tmp_path):
    (article,) = imported(tmp_path, POSTED_REPORTER)
    assert article.meta["authors"] == ["廖小妮", "朱春花", "刘丽"]


# A photo story: its summary and credit box over the headline, the summary
# printed again as the text's opening; the deck set off by an ASCII dash.
PHOTO_STORY = """“我愿意一直守着这所山里的学校。”
    为了这句话,李春燕在汪清县一所只有9名学生的村小教了十一年书。
    某某网吉林频道 文字:周明 孙海涛 图片:刘波 孙海涛
    制作:王一 责编:陈二



守在大山里的村小

--乡村教师李春燕的十一年

    “我愿意一直守着这所山里的学校。”
    为了这句话,李春燕在汪清县一所只有9名学生的村小教了十一年书。

    2013年,村小的老教师退休,李春燕从县城回到村里。
"""


def test_a_photo_storys_summary_credit_box_and_dash_deck(tmp_path):
    (article,) = imported(tmp_path, PHOTO_STORY)
    assert article.title == "守在大山里的村小"
    assert article.meta["subtitle"] == "——乡村教师李春燕的十一年"
    # one person wrote and photographed: named once; the editor is no author
    assert article.meta["authors"] == ["周明", "孙海涛", "刘波"]
    assert article.body.count("为了这句话") == 1
    assert "责编" not in article.body and "制作" not in article.body


# A forum's archive page: post header, image addresses, the writers under 作者:
# (two without a surname of the list), a production credit, the archive's links.
FORUM_ARCHIVE = """某某网管理员 发表于 2024-9-1 18:37

高原上的学校|一所小学的十二年



海拔4600多米的那曲市申扎县,有一所建于2012年的寄宿制小学。
https://img.example.cn/image/2024/9/1/0a1b2c3d-4e5f.png
全校现有学生620名,教师48名,九成以上学生来自牧区。
学校有暖气、有热水,孩子们在教室里就能看到远处的雪山。
https://img.example.cn/image/2024/9/1/9f8e7d6c-5b4a.png
作者:王晓 次仁多吉 格桑卓嘎
某某社音视频部制作
页: [1]
查看完整版本: 高原上的学校|一所小学的十二年
"""


def test_a_forum_archive_pages_writers_and_furniture(tmp_path):
    (article,) = imported(tmp_path, FORUM_ARCHIVE)
    assert article.meta["district"] == "申扎县"
    assert article.meta["authors"] == ["王晓", "次仁多吉", "格桑卓嘎"]
    for furniture in ("页:", "查看完整版本", "音视频部制作", "https://"):
        assert furniture not in article.body
    assert "全校现有学生620名" in article.body


# Datelines: several outlets share one; a paper's correspondents by given
# name only; an agency's photographer in the closing brackets.
DATELINES = """成安县新建农村幼儿园12所

本报讯(通讯员建军、春生记者刘丽英)今年以来,成安县新建农村幼儿园12所,新增学位2100个。

某某客户端、某某网、某某都市报5月24日讯(记者张丽萍文/图)成安县还为幼儿园配齐了保育员。

近年来,成安县结合乡村实际,在每个乡镇建起一所公办中心幼儿园,农村孩子在家门口就能上幼儿园。幼儿园利用周末和课后时间开设绘本、美术、体育等兴趣活动,对附近村里的孩子免费开放,成为乡村孩子课余的好去处。(某某社发 赵建斌/摄)
"""


def test_datelines_given_names_and_an_agencys_photographer(tmp_path):
    (article,) = imported(tmp_path, DATELINES)
    assert article.meta["authors"] == ["建军", "春生", "刘丽英", "张丽萍", "赵建斌"]
    assert "讯(" not in article.body and "摄)" not in article.body


# A journal's web page: its masthead box with letter-spaced labels over the
# text, no headline, the editorial office signing at the end.
JOURNAL_PAGE = """主管单位:某某部
主办单位:某某协会
编辑出版:《某某导报》杂志社
国际标准刊号:ISSN 1000-0000
期刊级别:国家级
语 言:中文
周 期: 月刊
出 版 地:北京市
开 本: 大16开
青瓦白墙的新校舍建在半山腰,这里是紫云苗族布依族自治县新建的一所九年一贯制学校。
学校2019年秋季开学,现有学生1100多名,其中寄宿生800多名。
紫云县还为学校配齐了音乐、美术和科学教室。
某某导报杂志社编辑部
"""


def test_a_journals_masthead_box_and_its_office_signature(tmp_path):
    (article,) = imported(tmp_path, JOURNAL_PAGE)
    assert article.meta["district"] == "紫云苗族布依族自治县"
    assert article.meta["source_name"] == "《某某导报》杂志社"
    assert article.title.endswith("（标题待补）")  # no headline: the placeholder, never the office
    for furniture in ("刊号", "开 本", "出 版 地", "编辑部"):
        assert furniture not in article.body


# An education bureau's page: the info line in brackets after a widget's label.
BRACKETED_INFO_LINE = """欢迎来到某某教育信息网!
您当前所在的位置: 首页 > 新闻中心 > 教育要闻
县教育局到山区学校察看汛后复课准备
字体【 】  【日期:2021-7-25】  【单位:金寨县教育局】  【发稿人:某某中心学校】    【 关 闭 】

7月24日上午,金寨县教育局一行来到山区学校,察看汛后校舍修复情况。

工作组查看了教学楼和宿舍的受损情况,要求开学前完成修复。
"""


def test_an_info_line_in_brackets_after_a_widget_label(tmp_path):
    (article,) = imported(tmp_path, BRACKETED_INFO_LINE)
    assert article.title == "县教育局到山区学校察看汛后复课准备"
    assert article.meta["published"] == "2021-07-25"
    assert "发稿人" not in article.body and "字体" not in article.body


# A magazine's web page: headline and deck, the date and time with the byline
# glued on, the issue line, keywords, then a byline with underscores.
MAGAZINE_PAGE = """山里山外,一张课表连起两所学校
——什邡市城乡学校结对共建纪实

2020-05-12 09:15王晓燕供图某某联盟
某某人物(教育版) 2020年5期
关键词:什邡市学校老师

本刊记者_王晓燕 供图_城乡教育联盟

2016年3月,什邡市实验小学与三所山区学校结对,组成城乡教育联盟,如今已有八所学校加入。

联盟内的教师每周跨校上课,山区学校的孩子也能上城里老师的音乐课和科学课。
"""


def test_a_magazines_deck_issue_line_and_underscored_byline(tmp_path):
    (article,) = imported(tmp_path, MAGAZINE_PAGE)
    assert article.title == "山里山外,一张课表连起两所学校"
    assert article.meta["subtitle"] == "——什邡市城乡学校结对共建纪实"
    assert article.meta["authors"] == ["王晓燕"]
    assert article.meta["published"] == "2020-05-12"
    for furniture in ("关键词", "2020年5期", "供图"):
        assert furniture not in article.body


# A series' name before the bar, then the headline; a slogan with a county's
# name inside (科教兴县 is not 兴县); the office that sent it, in brackets, last.
SERIES_PAGE = """网易首页 > 网易号 > 正文

东西协作 山海情深丨从“一间教室”到“一所学校”:两地携手办学八年

2024-03-08 10:20:00 某某发布

八年前,宁海县的教师来到乌恰县,在一间借来的教室里开起了第一个协作班。

如今,乌恰县提出“科教兴县”,两地合办的学校已有学生1200名。

(乌恰县教育局)
"""


def test_a_series_kicker_a_slogan_and_a_bracketed_office(tmp_path):
    (article,) = imported(tmp_path, SERIES_PAGE)
    assert article.meta["district"] == "乌恰县"
    assert article.title == "从“一间教室”到“一所学校”:两地携手办学八年"
    assert article.meta["kicker"] == "东西协作 山海情深"
    assert "(乌恰县教育局)" not in article.body


# An agency's page: outlet, date and reporter on one line between bullets;
# a related list's times after the text.
BULLETED_INFO_LINE = """走进新校区

某某社• 2024-11-10 08:19:41 •记者 周华

11月7日,灵山县一所小学的孩子们在新校区操场上运动。今年秋季学期,灵山县6所新建小学交付使用。

记者近日走进其中一所,探访孩子们在新校址的第一个学期。

06/26 09:30
"""


def test_outlet_date_and_reporter_between_bullets(tmp_path):
    (article,) = imported(tmp_path, BULLETED_INFO_LINE)
    assert article.title == "走进新校区"
    assert article.meta["authors"] == ["周华"]
    assert article.meta["published"] == "2024-11-10"
    assert article.meta["source_name"] == "某某社"
    assert "09:30" not in article.body


# Traditional script: the outlet's channel, a colon, the reporters and the date
# on one line; the writer and the editor who passed it in closing brackets.
CHANNEL_LINE = """將台鄉新建希望小學落成

新華網寧夏頻道:毛某平 師某和 張某玲 2007-07-23

七月十四日,西吉縣將台鄉一所新建的希望小學舉行落成儀式,學校可容納學生600名。

學校由社會捐資建成,設有教室12間和一座標準操場。(撰稿:張大偉審核:高寬民)
"""


def test_a_channel_line_with_reporters_and_a_writers_closing_brackets(tmp_path):
    (article,) = imported(tmp_path, CHANNEL_LINE)
    assert article.meta["district"] == "西吉县"
    assert sorted(article.meta["authors"]) == sorted(["毛某平", "師某和", "張某玲", "張大偉"])
    assert article.meta["published"] == "2007-07-23"
    assert "審核" not in article.body


# 来源: the outlet, its reporters and the date run together; a web headline
# with its deck after a dash, a deck by its ending.
SOURCE_RUN_TOGETHER = """满载山乡的希望——某某民族小学办学侧记

  来源:中国某某网王某喆 刘某昕2022-08-22
打印本文

西盟佤族自治县的民族小学建于1982年,如今有学生1300多名,九成以上是佤族孩子。

学校开设了佤族文化课,孩子们在课堂上学唱民歌。(记者:王某喆、刘某昕)
"""


def test_a_source_value_with_reporters_and_date_and_a_dash_deck(tmp_path):
    (article,) = imported(tmp_path, SOURCE_RUN_TOGETHER)
    assert article.title == "满载山乡的希望"
    assert article.meta["subtitle"] == "——某某民族小学办学侧记"
    assert article.meta["authors"] == ["王某喆", "刘某昕"]
    assert article.meta["published"] == "2022-08-22"
    assert article.meta["source_name"] == "中国某某网"


# Two counties named equally often and no short name to decide: never refused.
TIE = """山下的新学校

从喜德县搬下山的孩子们,在西昌市的一所新学校开学了。

学校有24个班,孩子们每天步行十分钟就能到校。
"""


def test_a_tie_between_two_counties_is_no_refusal(tmp_path):
    (article,) = imported(tmp_path, TIE)
    assert article.meta["district"] in ("喜德县", "西昌市")


# A tie, and one of the two is placed in its province by the writer (山西临县):
# that one, though the other is named by a name whose short form the text gives
# (中阳 inside 中阳县) and comes first in the dictionary.
PLACED_TIE = """黄河边的寄宿制学校

发布时间:2008-09-03 来源:某某青年报

新学年开学时,我又想起了山西临县碛口镇的一所寄宿制小学。

志愿者们多年前在中阳县的一个村子盖过一所希望小学。

这所小学有学生120多名,老师只有7位。
"""


def test_a_tie_goes_to_the_county_placed_in_its_province(tmp_path):
    (article,) = imported(tmp_path / "a", PLACED_TIE)
    assert article.meta["district"] == "临县"
    # 凉山州: an autonomous prefecture by its short name and 州.
    placed_by_prefecture = (
        "从喜德县搬下山的一家人,如今住在凉山州西昌市的一个镇上。\n\n孩子在镇上的小学读三年级。\n"
    )
    (moved,) = imported(tmp_path / "b", "搬下山以后\n\n" + placed_by_prefecture)
    assert moved.meta["district"] == "西昌市"


# A wire story reposted: the site's info line, the outlet's report line, the
# dateline that gives the headline (电 题:…), the writer under it.
WIRE_STORY = """2026-02-18 16:07:42 来源:某某消息网 责任编辑:刘某霖

某某消息网2026-02-18号报道

  某某社乌鲁木齐2月15日电 题:一位村小校长的普通话课:从课堂到田间

  作者 苟某鹏

  “学好普通话,是乡亲们出门闯荡的钥匙。”乌什县一所村小的校长近日说,过去一年他还走进田间,教农牧民说普通话。

  乌什县前进镇人口约2.7万人,镇上的夜校已开了三期普通话班。
"""


def test_a_wire_storys_dateline_gives_the_headline(tmp_path):
    (article,) = imported(tmp_path, WIRE_STORY)
    assert article.title == "一位村小校长的普通话课:从课堂到田间"
    assert "题:" not in article.body
    assert article.meta["authors"] == ["苟某鹏"]


# The office that posted the page run onto its headline; a column label boxed
# before another headline; a photo caption with its photographer is no headline.
POSTED_BY_OFFICE = """敦化市教育发展概况敦化市教育局

发布时间:2022/11/7 8:37:06

敦化市辖16个乡镇,有中小学58所,在校学生4.6万人。

全市学前三年毛入园率85.8%。
"""
BOXED_COLUMN = """【重走天路看变迁】求学与返乡 边境村的大学生回来了

2023-08-01 10:00:00 来源:某某网

日土县一个边境村里,今年有3名大学生毕业后回到家乡当老师。

村里的小学有学生120名。
"""
CAPTION_ONLY = """6月5日,大方县一所中学的学生踏上爱心专车。周某贵摄

大方县今年开通了12条学生专车线路,3000多名学生乘车上下学。

专车由县财政补贴,学生免费乘坐。
"""


def test_an_office_run_onto_a_headline_a_boxed_column_and_a_credited_caption(tmp_path):
    (posted,) = imported(tmp_path / "a", POSTED_BY_OFFICE)
    assert posted.title == "敦化市教育发展概况"
    (boxed,) = imported(tmp_path / "b", BOXED_COLUMN)
    assert boxed.title == "求学与返乡 边境村的大学生回来了"
    assert boxed.meta["kicker"] == "重走天路看变迁"
    (caption,) = imported(tmp_path / "c", CAPTION_ONLY)
    assert caption.title.endswith("（标题待补）")


# A county paper's column label names the county once; the text says only 我县.
COLUMN_NAMES_THE_COUNTY = """【钱瓯遂昌】秋季教育工作会召开
本报讯(记者 祝某潇 通讯员 苏某军)昨日,秋季教育工作会议暨校长读书会召开。
今年上半年,我县教育围绕创建省教育现代化县的目标,完成了上半年度的各项任务。
会议要求各校抓好新学期的安全和教学工作。
"""
# Its county by short name once, and an ordinary word that is a far county's name.
SHORT_NAME_ONCE = """一场秋雨带来了一丝寒意

几只松鼠从一棵大树下来,爬上教学楼的窗台。山里的孩子们早早到了学校。

2019年,南丹投资773万元,为全县乡村学校修建了学生宿舍。孩子们在大树下读书。
"""


def test_a_county_named_once_by_a_column_label_or_a_short_name(tmp_path):
    (column,) = imported(tmp_path / "a", COLUMN_NAMES_THE_COUNTY)
    assert column.meta["district"] == "遂昌县"
    assert column.title == "秋季教育工作会召开"
    assert column.meta["authors"] == ["祝某潇", "苏某军"]
    (once,) = imported(tmp_path / "b", SHORT_NAME_ONCE)
    assert once.meta["district"] == "南丹县"  # not 高雄市大树区


# A font-size widget over the headline; kickers in square brackets and by the
# story's form (特写:); an oral-history interview's box of who asked.
KICKER_FORMS = """- N +

[网络媒体走转改]特写:红原县牧区寄宿学校里的服装设计梦

2019-06-05 10:20:00 来源:某某网

亲历者:色某
访谈人:邹某
访谈整理:邹某、梁某凡

红原县一所牧区寄宿制学校里,初三学生色某的愿望是考上大学,将来当服装设计师。

学校有学生900多名,大多来自牧区。
"""


def test_kickers_in_brackets_and_by_form_an_interview_box_and_a_widget(tmp_path):
    (article,) = imported(tmp_path, KICKER_FORMS)
    assert article.title == "红原县牧区寄宿学校里的服装设计梦"
    assert article.meta["kicker"] == "网络媒体走转改 特写"
    assert article.meta["authors"] == ["邹某", "梁某凡"]
    assert "N +" not in article.body and "访谈人" not in article.body


# The writer's name before the info line's labels; a site's dateline with the
# reporter in brackets and no 讯; a blog's owner badge under the headline.
NAME_BEFORE_LABELS = """某某网 > 教育

朱巴龙人的教育观念

唐某山 发布时间:2020-04-08 09:36:00来源: 中国某某网

  芒康县朱巴龙乡今年有12名学生考上大学,乡里的小学有学生300多名。

  村里的老人说,现在家家都愿意送孩子上学。
"""
SITE_DATELINE = """蕉城区教育通联站挂牌成立
创始人
2026-02-14 09:00:00

宁德蕉城在线(郭某辉)2月13日上午,蕉城区教育局通联站挂牌成立,区直各媒体代表参加会议。

通联站将负责全区教育新闻的采写和报送。
"""


def test_a_writer_before_the_labels_and_a_sites_dateline(tmp_path):
    (named,) = imported(tmp_path / "a", NAME_BEFORE_LABELS)
    assert named.title == "朱巴龙人的教育观念"
    assert named.meta["authors"] == ["唐某山"]
    assert named.meta["source_name"] == "中国某某网"
    (dated,) = imported(tmp_path / "b", SITE_DATELINE)
    assert dated.title == "蕉城区教育通联站挂牌成立"
    assert dated.meta["authors"] == ["郭某辉"]
    assert dated.body.lstrip().startswith("2月13日上午")


# The share button after the outlet on the date line; a converter's lost
# characters before the dateline; 作者:甲 乙 等 (and others).
SMALL_FURNITURE = """乌兰夫学校在土左旗挂牌

2012年10月19日09:24  北方新报 微博

??? 本报讯(记者 王某菲)10月16日,乌兰夫学校在土左旗塔布赛村正式挂牌。

学校的前身是一所创建于1944年的民族小学。
"""


def test_a_share_button_on_the_date_line_and_lost_characters_before_the_dateline(tmp_path):
    (article,) = imported(tmp_path, SMALL_FURNITURE)
    assert article.title == "乌兰夫学校在土左旗挂牌"
    assert article.meta["source_name"] == "北方新报"
    assert article.meta["authors"] == ["王某菲"]
    assert "???" not in article.body and "微博" not in article.body


# An interview box dates the talk, not the page: 访谈时间 is not ``published``.
INTERVIEW_TIME = """某县把乡村学校办到群众心坎上

访谈时间:2022年3月8日
访谈地点:某某县教育局
发布时间:2022-04-02 来源:某某网

崆峒区今年新建乡村学校3所,改造薄弱学校12所。

区教育局负责人说,明年还将新增学位1200个。
"""


def test_an_interview_time_is_not_the_publication_date(tmp_path):
    (article,) = imported(tmp_path / "a", INTERVIEW_TIME)
    assert article.meta["published"] == "2022-04-02"
    assert "访谈时间" not in article.body
    # A count beside the date (浏览次数: 5) leaves the date as it is (not 2012-06-02).
    counted = INTERVIEW_TIME.replace(
        "发布时间:2022-04-02 来源:某某网", "作者:  发布时间: 2012-06-25 00:00:00  浏览次数: 5"
    )
    (dated,) = imported(tmp_path / "b", counted)
    assert dated.meta["published"] == "2012-06-25"


# A web page's picture placeholders, each with its caption set apart under it:
# a one-sentence caption is a caption, the paragraph after it is not.
CAPTIONS_UNDER_PLACEHOLDERS = """某某县城东新学校秋季开学

来源:某某网  作者:李某  2021-09-01 10:20:11

[图片]
9月1日早晨,薄雾里的城东新学校迎来了第一批学生和他们的家长们。

[图片]
新学校的运动场刚铺好。

今年某某县投入1.2亿元建成城东新学校,可提供学位1800个。开学首日,全校42个班级同时开课。
"""


def test_a_sentence_set_apart_under_a_placeholder_is_its_caption(tmp_path):
    (article,) = imported(tmp_path, CAPTIONS_UNDER_PLACEHOLDERS.replace("某某县", "麻阳苗族自治县"))
    assert article.meta["captions"] == [
        "9月1日早晨,薄雾里的城东新学校迎来了第一批学生和他们的家长们。",
        "新学校的运动场刚铺好。",
    ]
    assert paragraphs(article)[0].startswith("今年麻阳苗族自治县投入1.2亿元")


# A client app's line of date | outlet | reporters, with a county office's
# reporting team among them; a series' name before the bar of the headline.
TEAM_IN_THE_INFO_LINE = """开学季走基层|山村教学点只有两位老师 也要把每一课上好

2019-09-02 08:10 | 某某新闻客户端 | 见习记者 吴某瑗 县委报道组 陈江平 林某源

开学前,记者来到常山县一个山村教学点,两位老师守着这所只有31名孩子的学校。

县教育局说,全县还有这样的教学点9个。
"""

# Info lines set as a bulleted list; the browser title glued to the site's name by
# a bare hyphen; a series' name after the headline's bar.
BULLETED_INFO = """城区四所新学校启用 新增学位5000个-某某k8客户端

            • 时间:2023-09-01 10:20:30
            • 来源:某某日报
            • 阅读次数:

海州区今秋有4所新建学校投入使用,共新增学位5000个。

区教育局说,新学校缓解了城区学位紧张。
"""

SERIES_AFTER = """守在戈壁边上的老师们 | 边疆教育行

发布时间:2019-09-20 作者:王某 来源:某某杂志

肃北蒙古族自治县的学校离县城最远的有200多公里。

老师们每月回一次家。
"""


def test_a_reporting_team_a_bullet_list_and_series_labels_around_the_headline(tmp_path):
    (team,) = imported(tmp_path / "a", TEAM_IN_THE_INFO_LINE)
    assert team.title == "山村教学点只有两位老师 也要把每一课上好"
    assert team.meta["kicker"] == "开学季走基层"
    assert team.meta["authors"] == ["吴某瑗", "陈江平", "林某源"]
    assert team.meta["source_name"] == "某某新闻客户端"
    (bulleted,) = imported(tmp_path / "b", BULLETED_INFO)
    assert bulleted.title == "城区四所新学校启用 新增学位5000个"
    assert bulleted.meta["published"] == "2023-09-01"
    assert bulleted.meta["source_name"] == "某某日报"
    assert not any("时间" in p or "阅读" in p for p in paragraphs(bulleted))
    (series,) = imported(tmp_path / "c", SERIES_AFTER)
    assert series.title == "守在戈壁边上的老师们"
    assert series.meta["kicker"] == "边疆教育行"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("某某时报摄影记者 牛某超文/图", ["牛某超"]),
        ("新華社記者 姚劍鋒 攝影報道", ["姚劍鋒"]),
        ("见习记者 钱某瑗 县委报道组 胡江平", ["钱某瑗", "胡江平"]),
    ],
)
def test_photographers_and_reporting_teams_in_a_byline(line, names):
    assert byline_names(line, near_credit=True) == names


# A headline that is a quotation set whole, over its ——deck and a ■ byline: the
# comma inside the quotation makes it no caption.
QUOTED_HEADLINE = """“山再高,也挡不住孩子们读书”
——走访浪卡子县海拔最高的一所完小
■本报记者 高某山
浪卡子县这所完小海拔5000多米,全校有学生40多名、老师6名。学校去年新修了宿舍和食堂。
老师们说,孩子们最盼的是每周的体育课。
"""


def test_a_quotation_set_as_the_headline_is_the_title(tmp_path):
    (article,) = imported(tmp_path, QUOTED_HEADLINE)
    assert article.title == "“山再高,也挡不住孩子们读书”"
    assert article.meta["subtitle"] == "——走访浪卡子县海拔最高的一所完小"
    assert article.meta.get("captions", []) == []


# A district site sets its writers' names before the headline's bar.
NAMES_BEFORE_THE_BAR = """黄某逵 黄某宁 钟某|城乡学校一起变强的崇明路径

信息来源:区教育局

发布时间:2025-11-23 16:38

崇明区有乡村学校40多所,近三年新建改建了12所。

区里让城区学校和乡村学校结对,教师每学期轮流上课。
"""


def test_the_writers_names_before_the_headlines_bar_are_authors(tmp_path):
    (article,) = imported(tmp_path, NAMES_BEFORE_THE_BAR)
    assert article.title == "城乡学校一起变强的崇明路径"
    assert article.meta["authors"] == ["黄某逵", "黄某宁", "钟某"]
    assert "kicker" not in article.meta


# An oral-history page: the column's name and the headline across a ︱ bar, a
# comma in the headline, the interview box, a photo's caption placing its
# person (左), and numbered sections whose headings quote the speaker.
ORAL_HISTORY = """- N +

乡村教师口述︱冯某:守着山里的教学点,一守就是十五年

亲历者:冯某

访谈人:邹某

访谈整理:邹某、梁某凡

冯某(左)在教学点门口

亲历者简介:冯某,1962年生,崆峒区人,1980年起在村小任教,2008年起一人守一个教学点。

一、从教:“山里娃也得有人教”

我刚教书时,村小有学生60多名,只有两间土房。

后来学生慢慢少了,到2010年只剩9名。
"""


def test_an_oral_historys_column_bar_caption_and_numbered_sections(tmp_path):
    (article,) = imported(tmp_path, ORAL_HISTORY)
    assert article.title == "冯某:守着山里的教学点,一守就是十五年"
    assert article.meta["kicker"] == "乡村教师口述"
    assert article.meta["captions"] == ["冯某(左)在教学点门口"]
    assert headings(article) == ["一、从教:“山里娃也得有人教”"]


# A repost whose converter wrote each paragraph's indent as ???: every such line
# opens a paragraph (the dateline's reporter is read); a first line listing
# officials with commas is text, not a site's keyword line; the county is named
# once by a full name that is also an ordinary phrase (平原县), and nothing else.
LOST_INDENTS = """??? 县委副书记、县长王某霞,县人大常委会副主任齐某君,副县长谷某族陪同视察
??? 本报讯 (记者 陈某)4月25日,市里的代表来我县看学校,听取了教育工作的汇报。
??? 代表们说,近年来平原县实施“初中进城”工程,学校条件变化很大。
?? 县长说,全县还要新建学校3所。
"""


def test_lost_indents_open_paragraphs_and_a_county_named_only_as_a_phrase(tmp_path):
    (article,) = imported(tmp_path, LOST_INDENTS)
    assert article.meta["district"] == "平原县"
    assert article.meta["authors"] == ["陈某"]
    texts = paragraphs(article)
    assert texts[0].startswith("县委副书记、县长王某霞")
    assert texts[1].startswith("4月25日")
    assert not any("?" in t for t in texts)


# A portal's repost: its breadcrumb, the note of the original headline, a share
# count; a column's name beside the date; the paper's reporter before the text
# with no brackets; a reporter's name with a converter's lost character (?).
REPOST_NOTES = """您所在的位置:某某网>本网原创> 正文 |

“十三五”期间,桐庐将新建学校19所

0
分享至

(原标题:“十三五”期间,桐庐将新建学校19所)

  新闻资讯     |      2016-08-04 10:21:00

本报全媒体记者 曹某保 近日,记者从桐庐县教育局得知,今年秋季开学将有2所幼儿园投入使用。

桐庐县计划五年内新建学校19所。
"""

LOST_CHARACTER_IN_THE_SIGNATURE = """宜丰县崇文中学加紧建设

(记者 ?田某雨)在宜丰县城南,一所新学校正在建设,占地220亩。

学校建成后可容纳学生5000名。
"""


def test_a_reposts_notes_and_the_reporters_name_before_the_text(tmp_path):
    (article,) = imported(tmp_path / "a", REPOST_NOTES)
    assert article.title == "“十三五”期间,桐庐将新建学校19所"
    assert article.meta["published"] == "2016-08-04"
    assert article.meta["authors"] == ["曹某保"]
    texts = paragraphs(article)
    assert texts[0].startswith("近日,记者从桐庐县教育局得知")
    assert not any("原标题" in t or "位置" in t or "资讯" in t for t in texts)
    (signed,) = imported(tmp_path / "b", LOST_CHARACTER_IN_THE_SIGNATURE)
    assert signed.meta["authors"] == ["田某雨"]
    assert paragraphs(signed)[0].startswith("在宜丰县城南")


# A digital paper's page template around one article: the page list, the list of
# the page's headlines (this one's too), the page buttons, empty boxes (发布日期:),
# then the headline again, the dateline with its reporters on a line of its own.
DIGITAL_PAPER = """网站首页
返回首页
版面导航
第01版:要闻
第02版:综合
第06版:教育
标题导航
一堂别开生面的科学课
陇县跻身市级教育现代化先进县
校园足球联赛开幕
版面概览
通版阅读请点击:
展开通版
收缩通版
当前版:06版
首版
上一版
下一版
末版
发布日期:
文章标题
文章内容
文章作者
上一篇
下一篇
字体:
放大
缩小
默认
陇县跻身市级教育现代化先进县
本报讯(记者杨某世 通讯员王某)
11月中旬,市里的专家到陇县评估教育现代化创建工作,陇县以289分通过验收。
陇县近年新建改建学校23所,城乡学校的办学条件基本均衡。
"""


def test_a_digital_papers_template_around_one_article(tmp_path):
    (article,) = imported(tmp_path, DIGITAL_PAPER)
    assert article.title == "陇县跻身市级教育现代化先进县"
    assert "kicker" not in article.meta
    assert article.meta["authors"] == ["杨某世", "王某"]
    assert article.meta["page"] == "第6版"
    texts = paragraphs(article)
    assert texts[0].startswith("11月中旬")
    assert not any("本报讯" in t or "一堂别开生面" in t or "版" in t[:4] for t in texts)


# Another digital paper's template: the page's headlines as a bulleted list (one
# item wrapped onto an unbulleted line), its buttons, a barred menu, the arrows'
# numbers, the publisher's line, the date among the buttons, then the headline.
BULLETED_HEADLINES = """PDF 版
· 五万农民有了驻村律师
· 温泉节在武义开幕
· 官兵走进敬老院
“送温暖献爱心”
· 为盖新学校 缓建办公楼
收藏 打印 推荐  更多功能
返回主页 | 版面导航 | 标题导航
上一期  下一期
某某日报报业集团主办
3上一篇  下一篇4
2007年11月19日     收藏 打印 推荐 朗读 评论 更多功能
为盖新学校 缓建办公楼
  本报讯(见习记者 童某 德清县报道组 李某民)德清县雷甸镇东村的孩子们这学期搬进了新校园。

  镇里投入1500万元,改造了八所村小学的校舍。
"""


def test_a_bulleted_list_of_the_pages_headlines_and_its_buttons(tmp_path):
    (article,) = imported(tmp_path, BULLETED_HEADLINES)
    assert article.title == "为盖新学校 缓建办公楼"
    assert article.meta["published"] == "2007-11-19"
    assert article.meta["authors"] == ["童某", "李某民"]
    assert "驻村律师" not in article.body and "送温暖" not in article.body
    assert "驻村律师" not in article.meta.get("kicker", "")
    assert paragraphs(article)[0].startswith("德清县雷甸镇东村")


def test_a_bulleted_list_inside_the_text_stays(tmp_path):
    page = (
        "德清县今年新建三所学校\n\n发布时间:2023-09-01 来源:某某网\n\n"
        "今年秋季,德清县有三所新建学校投入使用,共新增学位3600个,县城学位紧张的情况明显缓解。\n\n"
        "· 县第一小学城东校区\n· 县实验中学北校区\n· 雷甸镇中心幼儿园\n\n"
        "县教育局说,明年还将新建学校2所。\n"
    )
    (article,) = imported(tmp_path, page)
    assert "县实验中学北校区" in article.body and "雷甸镇中心幼儿园" in article.body


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(开某 王程/文)", ["开某", "王程"]),  # 开: a surname off the list, vouched for by 王程
        ("学校 活动/文", None),  # the credit mark alone makes no words names
    ],
)
def test_names_closed_by_a_credit_mark(line, names):
    assert byline_names(line) == names


def test_an_opening_column_note_is_no_headline(tmp_path):
    page = "开栏的话\n\n即日起,本报推出“家门口的好学校”栏目,走进贡山独龙族怒族自治县的学校。\n\n贡山县独龙江九年一贯制学校有学生500多名。\n"
    (article,) = imported(tmp_path / "a", page)
    assert article.title.endswith("（标题待补）")
    # in traditional script too (開欄的話)
    (traditional,) = imported(tmp_path / "b", page.replace("开栏的话", "開欄的話"))
    assert traditional.title.endswith("（标题待补）")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("□文/摄 田某慧 本报记者 杜某宇", ["田某慧", "杜某宇"]),  # 文/摄: two roles, not 文摄
        ("高 阳 王丽娜", ["高阳", "王丽娜"]),  # a two-character name set with a space
    ],
)
def test_two_roles_of_one_character_are_no_name(line, names):
    assert byline_names(line) == names


def test_the_writer_after_the_outlet_on_the_date_line(tmp_path):
    page = (
        "扶持乡村教育十二年\n\n2020年10月20日 11:35   来源:某某网   沈某刚\n\n"
        "十二年来,礼县的一个公益项目资助了乡村学生3000多名。\n\n项目还为村小添置了图书。\n"
    )
    (article,) = imported(tmp_path, page)
    assert article.meta["source_name"] == "某某网"
    assert article.meta["authors"] == ["沈某刚"]
    assert article.meta["published"] == "2020-10-20"


def test_a_photos_word_before_the_dateline_is_a_caption(tmp_path):
    page = (
        "少通社城厢站揭牌成立\n\n发布时间:2016-08-05 来源:某某网\n\n"
        "揭牌 某某网莆田8月5日讯(本网记者 吴某端 实习生 周某姗)8月4日下午,城厢区的小记者站正式成立。\n\n"
        "站里有小记者60名。\n"
    )
    (article,) = imported(tmp_path, page)
    assert article.meta["authors"] == ["吴某端", "周某姗"]
    assert article.meta["captions"] == ["揭牌"]
    assert paragraphs(article)[0].startswith("8月4日下午")


# A school's page: the expand button (展开) under a byline, a picture kept as
# markup, font buttons; a correspondent with the place it reports from.
BUTTONS_AND_MARKUP = """乌拉特中旗一所学校的开学日

放大字体  缩小字体

某某网通讯员 匡某 醴陵报道

9月1日,乌拉特中旗的一所小学迎来了新学期,全校有学生800多名。

学校新建了食堂和宿舍。

<image>data:image/png;base64,iVBORw0KGgo=</image>

展开
"""


def test_buttons_a_picture_as_markup_and_the_place_reported_from(tmp_path):
    (article,) = imported(tmp_path, BUTTONS_AND_MARKUP)
    assert article.title == "乌拉特中旗一所学校的开学日"
    assert article.meta["authors"] == ["匡某"]
    assert "<image>" not in article.body and "展开" not in article.body
    assert "放大" not in article.body


# A provincial portal's page: the info line gives the year in two digits beside a
# clock and a print button; the site's editor closes the text in brackets.
TWO_DIGIT_YEAR = """首页 - 新闻 - 教育 - 旅游 加入收藏 | 设为首页
您当前的位置 :新闻中心 > 盟市新闻 正文
鄂托克前旗新建三所寄宿制学校
某某新闻网  16-09-02 08:15 打印本页 来源: 某某市政府网

  近年来，鄂托克前旗把寄宿制学校建设作为改善牧区办学条件的头等大事，累计投入2.3亿元，新建三所寄宿制学校，可容纳学生2400人。

  一是宿舍条件明显改善。每间宿舍配备独立卫生间和热水，冬季供暖全部接入集中管网。

  二是生活老师队伍不断充实。全旗新招聘生活老师46名，实现每40名住校生配备一名生活老师。

[责任编辑 王某 ]
"""


def test_a_two_digit_year_beside_a_clock_and_an_editor_in_brackets(tmp_path):
    (article,) = imported(tmp_path, TWO_DIGIT_YEAR)
    assert article.title == "鄂托克前旗新建三所寄宿制学校"
    assert str(article.meta["published"]) == "2016-09-02"
    assert article.meta["source_name"] == "某某市政府网"
    assert "责任编辑" not in article.body and not article.meta.get("subtitle")


# A trade portal's page: the font buttons sit on the info line before its first label.
FONT_BUTTONS_ON_THE_INFO_LINE = """首页 > 资讯 > 教育
融水苗族自治县建成十所乡村温馨校园
放大字体  缩小字体 发布日期:2024-05-11 10:20:31   浏览次数:7  发布人:b1c2****  评论:0

融水苗族自治县今年投入资金4800万元，在十个乡镇建成乡村温馨校园，改造学生宿舍、食堂和浴室，新增图书2万册。

县教育局相关负责人介绍，温馨校园建设将持续推进，到2026年覆盖全县所有乡村寄宿制学校。
"""


def test_font_buttons_before_the_info_lines_first_label(tmp_path):
    (article,) = imported(tmp_path, FONT_BUTTONS_ON_THE_INFO_LINE)
    assert article.title == "融水苗族自治县建成十所乡村温馨校园"
    assert str(article.meta["published"]) == "2024-05-11"
    assert "浏览次数" not in article.body and "放大字体" not in article.body


# A gambling site's mirror of a county's news: its brand before the headline.
MIRRORED_WITH_A_BRAND = """某某娱乐:叶城县第三小学新教学楼交付使用

  新闻资讯     |      2024-09-02 09:10:11

  叶城县第三小学新教学楼日前交付使用，新增教室36间、功能室12间，可容纳学生1600人。

  据介绍，该项目总投资6800万元，于去年4月开工建设。
"""


def test_a_mirrors_brand_before_the_headline_is_dropped(tmp_path):
    (article,) = imported(tmp_path, MIRRORED_WITH_A_BRAND)
    assert article.title == "叶城县第三小学新教学楼交付使用"
    assert "娱乐" not in article.meta.get("kicker", "")


# A repost whose copy stops in the middle of the last paragraph: the line left
# holds a sentence's end, so it is text, not the deck.
CUT_OFF_AT_THE_END = """石门县:让每一所村小都有好老师

2022-03-04 09:12:30

  石门县今年为村小补充教师126名，全部来自县城学校的轮岗交流和新招聘的公费师范生。

  县教育局负责人介绍，轮岗教师每人每月可领取乡村教师生活补助800元。

村小教师周转房建设也被列入计划。石门县教育局
"""


def test_a_cut_off_last_line_with_a_sentence_in_it_is_no_deck(tmp_path):
    (article,) = imported(tmp_path, CUT_OFF_AT_THE_END)
    assert article.title == "石门县:让每一所村小都有好老师"
    assert not article.meta.get("subtitle")
    assert "周转房建设也被列入计划" in article.body


# A content farm's copy of a weekly's article: the writer's name glued onto the clock.
NAME_GLUED_ON_THE_CLOCK = """999在线视频,手机在线观看,国产精品 ?

慈利县:把最好的房子给了学校

2021-05-06 10:02:11周某琳
某某教育报 2021年18期

  慈利县近五年新建和改扩建学校64所，新增学位2.1万个，县城大班额全部消除。

  县里把城区最好的地段留给了新建的第二实验小学，学校今年秋季招生1800人。
"""


def test_the_writers_name_glued_onto_the_pages_clock(tmp_path):
    (article,) = imported(tmp_path, NAME_GLUED_ON_THE_CLOCK)
    assert article.title == "慈利县:把最好的房子给了学校"
    assert article.meta["authors"] == ["周某琳"]
    assert str(article.meta["published"]) == "2021-05-06"


# A content farm's repost of an agency feature: the headline over the info line, a
# bare 原标题: line, the headline again under a picture's placeholder, then photos
# the agency issued (某某社发(…摄)).
AGENCY_FEATURE_REPOST = """  • 某某科技网
  • 主页 > 滚动 > 正文

    山路尽头的考场

    2023-06-08 06:10:12  |  来源:某某电讯  |

    原标题:山路尽头的考场

    【资料图】

    山路尽头的考场

    2023年6月7日,城口县一所高中的考生乘车前往县城考点。新华社发(周某摄)

    早上6点,城口县第二中学的操场上已经停好了八辆大巴车。今年，这所学校的286名考生第一次坐车走高速去县城参加高考。

    过去，学生们要先坐两个小时的船，再转乘汽车。学校负责人说，高速路通车后路上只要50分钟。
"""


def test_an_agency_features_headline_repeated_under_a_picture(tmp_path):
    (article,) = imported(tmp_path, AGENCY_FEATURE_REPOST)
    assert article.title == "山路尽头的考场"
    assert article.meta["authors"] == ["周某"]
    assert article.meta["captions"] == ["2023年6月7日,城口县一所高中的考生乘车前往县城考点。"]
    assert "原标题" not in article.body


# A portal's page converted to Markdown: the site's menu left as a Markdown list.
MENU_AS_A_MARKDOWN_LIST = """- 政策解读
- 经济发展
- 社会发展
- 天下人物
- 项目中心
|
  12月3日，威宁县一所村小的孩子们在新修的操场上做课间操。这所学校去年还只有两间土屋。

  县教育局介绍，全县今年改造村小校舍41所，新建学生食堂18个。

  学校负责人说，新校舍启用后，附近三个村的学生都回到了村里上学。
"""


def test_a_menu_left_as_a_markdown_list_is_no_headline(tmp_path):
    (article,) = imported(tmp_path, MENU_AS_A_MARKDOWN_LIST)
    assert article.title.endswith("（标题待补）")
    assert "项目中心" not in article.body and "政策解读" not in article.body


# Two headline forms of reposts: a series' label in brackets before the headline,
# and a print feature's deck set beside its headline after a space.
SERIES_IN_BRACKETS = """(边疆学校行)雪山脚下的寄宿制学校:孩子们在这里长大

中新网阿里9月2日电 札达县一所九年一贯制学校今年新建了宿舍楼和食堂，在校学生达到620人。

学校负责人说，寄宿制让牧区的孩子不必每天走几十公里山路上学。
"""

DECK_BESIDE_THE_HEADLINE = """让每个孩子都上好学 蒲城县推进义务教育优质均衡综述
通讯员李某华王某梅本报记者赵某
  今年以来，蒲城县新建改扩建学校12所，新增学位5400个，城区大班额全部消除。

  县教育局负责人介绍，全县今年招聘教师320名，其中乡村学校210名。
"""


def test_a_series_label_in_brackets_is_the_kicker(tmp_path):
    (article,) = imported(tmp_path, SERIES_IN_BRACKETS)
    assert article.title == "雪山脚下的寄宿制学校:孩子们在这里长大"
    assert article.meta["kicker"] == "边疆学校行"


def test_a_deck_beside_the_headline_and_names_set_solid(tmp_path):
    (article,) = imported(tmp_path, DECK_BESIDE_THE_HEADLINE)
    assert article.title == "让每个孩子都上好学"
    assert article.meta["subtitle"] == "蒲城县推进义务教育优质均衡综述"
    assert article.meta["authors"] == ["李某华", "王某梅", "赵某"]


# A forum thread (Discuz): the board's label, the poster's card, the thread's
# buttons and the notice to guests around the post; a radio's dateline says 消息.
FORUM_THREAD = """[家长园地] 竹山县乡村学校的新餐厅

[复制链接]

255

主题

中级会员

Rank: 3Rank: 3

发表于 2015-4-2 20:11:05 | 显示全部楼层 |阅读模式

马上注册,结交更多本地好友

您需要 登录 才可以下载或查看,没有帐号?注册

x
  某某广播网竹山4月2日消息(记者杜某娇 某某台记者唐某)竹山县今年为26所乡村学校新建学生餐厅，解决了学生站着吃饭的问题。

  县教育局介绍，新餐厅全部配齐了餐桌椅和保温设备，每所学校还配备了专职厨师。

撰文:白某

审稿:张某龙
"""


def test_a_forum_threads_furniture_and_a_radios_dateline(tmp_path):
    (article,) = imported(tmp_path, FORUM_THREAD)
    assert article.title == "竹山县乡村学校的新餐厅"
    assert str(article.meta["published"]) == "2015-04-02"
    assert sorted(article.meta["authors"]) == sorted(["杜某娇", "唐某", "白某"])
    for widget in ("Rank", "阅读模式", "马上注册", "您需要", "审稿", "中级会员"):
        assert widget not in article.body


# An aggregator's copy: the writer in brackets closing the text, the site's
# source label run on after it in the same paragraph.
SOURCE_AFTER_THE_SIGNATURE = """舒城县表彰一百名优秀教师

09.10.2015  10:12
  9月9日，舒城县召开庆祝第31个教师节表彰大会，100名优秀教师和30名优秀教育工作者受到表彰。

  会上，县政府向舒城中学颁发了嘉奖令，表彰该校在高考中取得的好成绩。(王某刚) 信息来源:六安市舒城县
"""


def test_the_sites_source_label_after_the_closing_signature(tmp_path):
    (article,) = imported(tmp_path, SOURCE_AFTER_THE_SIGNATURE)
    assert article.meta["authors"] == ["王某刚"]
    assert article.meta["source_name"] == "六安市舒城县"
    assert article.body.rstrip().endswith("好成绩。")


# A digital paper's page: its name over the template's buttons and the date, the
# headline under them; the buttons' lines pair up like a print column's.
PAGE_NAME_OVER_THE_DATE = """阴影
阴影 阴影
第00012版:教育周刊
3  4
PDF 版
· 消息树(5则)
· 某某省书协召开主席团会议
· 青铜峡市新建两所乡村幼儿园
和一所乡村小学的食堂
收藏 打印 推荐  更多功能
返回主页 | 版面导航 | 标题导航
上一期  下一期
某某日报报业集团主办
3上一篇  下一篇4
2008年5月9日     收藏 打印 推荐 朗读 评论 更多功能
青铜峡市新建两所乡村幼儿园和一所乡村小学的食堂

  本报讯 5月6日，青铜峡市两所新建的乡村幼儿园同时开园，可接收幼儿420名，周边六个村的孩子从此就近入园。

  两所幼儿园由市里统一规划建设，总投资1200万元，配备了室内活动室和户外游乐场地。
"""


def test_a_digital_papers_page_name_over_the_date_is_no_headline(tmp_path):
    (article,) = imported(tmp_path, PAGE_NAME_OVER_THE_DATE)
    assert article.title == "青铜峡市新建两所乡村幼儿园和一所乡村小学的食堂"
    assert article.meta["page"] == "第12版"
    assert "上一期" not in article.body and "主办" not in article.body


# A portal's repost (网易号): the headline under the breadcrumb, then a share
# count and 分享至, then the text, whose first line is a phrase set like a headline.
SHARE_WIDGET_UNDER_THE_HEADLINE = """网易首页 > 网易号 > 正文 申请入驻

桃城区新建两所小学 学位缺口基本补齐

0
分享至

家门口的好学校

今年以来，桃城区新建两所小学，新增学位3600个，城区学位缺口基本补齐。

区教育局负责人介绍，两所学校均按省级标准化学校建设，9月1日开学。

编辑 | 刘某月 审核 | 马某响 窦某洁
"""

# A WeChat article reposted by a print feature's writer: reading-time note first,
# the byline with print's mark, and the headline again as 标题: at the end.
READING_TIME_AND_MARKED_BYLINE = """本篇文章512字,读完约1分钟

打开某某新闻 查看精彩图片

□ 王某洲

建德,人们首先想到的是新安江的江水。近年来,建德市把三所山区学校并入城区教育集团,山里的孩子也能听到名师的课。

集团化办学让山区学校的教学质量明显提升,今年三所学校的中考平均分提高了26分。
"""


def test_a_share_widget_under_a_web_headline_ends_the_header(tmp_path):
    (article,) = imported(tmp_path, SHARE_WIDGET_UNDER_THE_HEADLINE)
    assert article.title == "桃城区新建两所小学 学位缺口基本补齐"
    assert "审核" not in article.body and "刘某月" not in article.body


def test_a_reading_time_note_and_a_marked_single_name(tmp_path):
    (article,) = imported(tmp_path, READING_TIME_AND_MARKED_BYLINE)
    assert article.meta["authors"] == ["王某洲"]
    assert "读完约" not in article.body and "查看精彩图片" not in article.body
    assert article.title.endswith("（标题待补）")


# A repost that names its headline only at the end, labelled.
HEADLINE_LABELLED_AT_THE_END = """据静安区介绍,2月16日,静安区领导走访了三所中小学,对新学期开学工作进行了调研。

区领导实地察看了校园安全和食堂管理,要求各校做好新学期的各项准备。

标题:静安区领导调研新学期开学工作
"""


def test_a_headline_labelled_at_the_end(tmp_path):
    (article,) = imported(tmp_path, HEADLINE_LABELLED_AT_THE_END)
    assert article.title == "静安区领导调研新学期开学工作"


# A provincial portal's repost of an agency series: two slogans joined by a dot
# before the series' bar.
SERIES_OF_TWO_SLOGANS = """奋进新征程 建功新时代·老区新貌丨山村小学有了合唱团

2022-06-10 09:30:00 来源:某某新闻网

  新华社石家庄6月10日电 涞源县一所山村小学组建了合唱团，40名学生每周排练三次，今年在全县比赛中拿了一等奖。

  学校的音乐老师是去年到岗的特岗教师，她说孩子们的嗓音很干净。
"""


def test_a_series_name_of_two_slogans_joined_by_a_dot(tmp_path):
    (article,) = imported(tmp_path, SERIES_OF_TWO_SLOGANS)
    assert article.title == "山村小学有了合唱团"
    assert article.meta["kicker"] == "奋进新征程 建功新时代·老区新貌"


# A WeChat account's post on an aggregator: a headline that is a whole sentence of
# quoted speech, then 发表于: with its colon, the account, 原文链接 and a read count.
SENTENCE_HEADLINE_OVER_A_POSTED_LINE = """钱某表示,海安是一片教育的高地,教育已经成为海安的一张城市名片

发表于: 2024-06-27
来自 教育某地
原文链接

6月27日,市领导走访慰问了我市部分高三教师,并向全市教育工作者致以节日的问候。

今年高考,海安市六所普通高中成绩优异,本科上线率再创新高。
"""


def test_a_sentence_headline_over_a_posted_line_with_a_colon(tmp_path):
    (article,) = imported(tmp_path, SENTENCE_HEADLINE_OVER_A_POSTED_LINE)
    assert article.title == "钱某表示,海安是一片教育的高地,教育已经成为海安的一张城市名片"
    assert str(article.meta["published"]) == "2024-06-27"
    assert "原文链接" not in article.body


# An agency's wire story about a Tibetan county: its reporters' names, off the
# surname list, in the brackets after 电 with no role; another whose brackets hold
# no names.
WIRE_NAMES_WITHOUT_ROLES = """探访边境学校:一堂民族团结课

中新网阿里9月13日电(次某 贡某)在噶尔县一所九年一贯制学校,六年级的学生正在上一堂民族团结课,老师提问时大家都踊跃举手。

学校现有学生860名,来自汉、藏、回等多个民族。
"""


def test_wire_reporters_named_without_roles(tmp_path):
    (article,) = imported(tmp_path / "a", WIRE_NAMES_WITHOUT_ROLES)
    assert article.meta["authors"] == ["次某", "贡某"]
    assert "贡某" not in article.body
    (summary,) = imported(
        tmp_path / "b", WIRE_NAMES_WITHOUT_ROLES.replace("(次某 贡某)", "(综合 报道)")
    )
    assert summary.meta.get("authors", []) == []


# A county paper's column following a congress sets its running label and a colon
# before each headline; a place before a colon stays the headline's (某某县:…).
COLUMN_LABEL = """连线人代会:让大山里的孩子坐进新教室

记者 甘某雨

城步苗族自治县今年新建两所寄宿制小学,可容纳学生1200名。

县教育局说,新学校9月投入使用,山里的孩子不用再走两小时山路上学。
"""
PLACE_LABEL = """城步县:让大山里的孩子坐进新教室

城步苗族自治县今年新建两所寄宿制小学,可容纳学生1200名。

县教育局说,新学校9月投入使用。
"""


def test_a_column_label_before_the_colon_is_the_kicker_a_place_is_not(tmp_path):
    (column,) = imported(tmp_path / "a", COLUMN_LABEL)
    assert column.title == "让大山里的孩子坐进新教室"
    assert column.meta["kicker"] == "连线人代会"
    assert column.meta["authors"] == ["甘某雨"]
    (place,) = imported(tmp_path / "b", PLACE_LABEL)
    assert place.title == "城步县:让大山里的孩子坐进新教室"


# A repost: the headline again over each picture, an "文章图片" stand-in, each
# caption and its credit run into the paragraph under it, and the dateline's 记者
# swapped for 采访人员 (a scraper's substitution). A school named after the partner
# county (沭阳如东中学) must not split the page into two articles.
REPOSTED_WITH_PICTURES = """泗洪召开如东支教五周年座谈会

某某网江苏新闻5月8日电(采访人员 贺某林)5月8日,泗洪县在泗洪如东中学召开如东支教五周年座谈会,泗洪县委、县政府负责同志出席。

泗洪召开如东支教五周年座谈会
文章图片
座谈会现场 。钱某明 摄2019年,泗洪县与如东县合作创办泗洪如东中学,如东县先后派出42名教师到泗洪支教。

五年前,曾任如东县教育局副局长的顾某官出任泗洪如东中学首任校长,如东县先后有三批教师随他来到泗洪,如东县的集体备课做法也带到了泗洪如东中学。

泗洪召开如东支教五周年座谈会
文章图片
泗洪如东中学校园 。钱某明 摄五年来,如东县派出的教师带出了一支本地教师队伍,如东县的教研做法在学校生了根。

如东县教育局表示,如东县将继续选派骨干教师到泗洪如东中学任教,如东县与泗洪的合作还将延续。
"""
# A government site's headline of two clauses set with a space, too long for a print
# headline, with the bar its browser title left; a CMS page break glued to a credit.
LONG_HEADLINE_AND_PAGE_BREAK = """市政府教育督导室对宝坻区人民政府履行教育职责情况开展实地督导检查 以问题为导向推动教育提质 |
3月12日,市政府教育督导室督导组对宝坻区人民政府履行教育职责情况开展实地督导检查。

督导组查阅了档案资料,走访了6所中小学,召开了座谈会。

宝坻区表示,将对照督导意见逐项整改,推动全区教育高质量发展。

记者 牛某远 摄pagebreak
"""


def test_a_repost_with_its_headline_over_each_picture_is_one_article(tmp_path):
    (article,) = imported(tmp_path, REPOSTED_WITH_PICTURES)
    assert article.meta["district"] == "泗洪县"
    assert article.title == "泗洪召开如东支教五周年座谈会"
    assert sorted(article.meta["authors"]) == ["贺某林", "钱某明"]
    assert "文章图片" not in article.body and "钱某明" not in article.body
    assert "2019年,泗洪县与如东县合作创办泗洪如东中学" in article.body


def test_a_long_web_headline_its_title_bar_and_a_page_break_marker(tmp_path):
    (article,) = imported(tmp_path, LONG_HEADLINE_AND_PAGE_BREAK)
    assert article.title == (
        "市政府教育督导室对宝坻区人民政府履行教育职责情况开展实地督导检查 以问题为导向推动教育提质"
    )
    assert article.meta["authors"] == ["牛某远"]
    assert "pagebreak" not in article.body and "|" not in article.body


# A county news site's page: its photographer signed by a pen name after 摄影 and a
# colon, in brackets at the end.
PEN_NAME_PHOTOGRAPHER = """您当前的位置 : 某某新闻网>本地新闻>快讯>周某亮 正文

为期五天 全市中学生篮球联赛在丰城开打

发布时间: 2019-05-06 09:12:10 来源: 某某新闻网 作者: 见习记者 周某亮

  某某新闻网5月6日讯(见习记者 周某亮)昨天上午,全市中学生篮球联赛在丰城市第一中学开幕,丰城市教育局承办。

  本次联赛共有来自各县市区的18支队伍参赛,比赛将持续五天。丰城市现有篮球特色学校23所。

  (摄影:赣江渔夫)

扫一扫加关注
"""
# A repost with the headline set again over each picture and 文章插图 for the picture.
ILLUSTRATION_PLACEHOLDERS = """坊子区青少年科技馆正式开馆

5月10日,坊子区青少年科技馆开馆仪式在区实验学校举行,300余名学生当天参观了展厅。
坊子区青少年科技馆正式开馆
文章插图

科技馆建筑面积1200平方米,设有机器人、航天、人工智能等8个展区。
坊子区青少年科技馆正式开馆
文章插图

下一步,坊子区将把科技馆纳入中小学课后服务课程。
【来源:某某文明网】
"""
# A portal's name over its search box's tags, then the headline and an info line that
# opens with the date and names the site after 发布.
SITE_NAME_AND_KEYWORD_BOX = """乡村在线

热门关键词:  石桥镇  凤台县  白云寺  龙泉镇

山东:新校舍里书声琅琅

2021-05-12 09:30  发布:乡村在线  责任编辑:王某芳

     日前,山东省菏泽市牡丹区黄堽镇中心小学的280名学生搬进了新教学楼。

     新教学楼由区财政投资980万元建设,建筑面积4200平方米。(特约通讯员:李某涛 孙某东)

微信扫一扫,即刻分享!
"""
# A template's unfilled author field ([db:作者]) before the date and the outlet.
UNFILLED_TEMPLATE_FIELD = """某某教育信息网 首页 > 教育新闻 > 地方动态 > 正文 返回 打印

三百余名乡村教师住进新宿舍

[db:作者]  2016-10-11 00:00:00  某某教育报

    本报讯(特约通讯员 刘某燕)日前,临泉县又有5所乡村学校的教师周转宿舍交付使用,310名教师搬进新居。

    临泉县从2012年开始建设教师周转宿舍,目前共建成宿舍620套。
"""
# An e-paper's article page: the page's name under the headline, the byline at the
# end with 摄影报道 on a line of its own.
PHOTO_REPORT_WORD_ALONE = """第三届“局长杯” 中小学田径运动会开幕

版名:上蔡专版

  11月3日,上蔡县第三届“局长杯”中小学田径运动会在县体育场开幕。
  本届运动会由上蔡县教育局主办,共有46所学校的1200余名运动员参赛,比赛为期三天。
  记者 王某国 通讯员 李某梅 赵某东
  摄影报道
"""
# A youth centre's page: the signature in brackets on a line of its own, the office
# first, then writer and photographer, then the one who passed it.
OFFICE_FIRST_SIGNATURE = """您现在的位置:某某市新北区青少年活动中心>> 辅助栏目>> 图片新闻
区中小学科技节筹备会在青少年活动中心召开
发布时间:2019年03月12日   点击:    来源:   作者:

3月11日,新北区中小学科技节筹备会在青少年活动中心召开,区教育局有关科室负责人和各校分管校长参加会议。

会上,活动中心负责人介绍了今年科技节的12个比赛项目和日程安排。

    (新北区青少年活动中心  撰稿:陈某雯  摄影:刘某鸣  审核:张某强)

附件
"""
# A city bureau's page: the date in brackets after its label, with no colon.
LABELLED_DATE_IN_BRACKETS = """信息详情

首页 > 信息详情

特殊教育送教上门工作推进会在周庄中心校召开
[发布时间2017年6月8日]

6月7日上午,全市特殊教育送教上门工作推进会在周庄中心校召开,全市各小学分管校长和资源教师参加会议。

目前,太仓市已有12所学校建成资源教室,送教上门服务学生86名。


推进会现场
"""
# A county paper's site: the text says only 我县; the county is named in the footer's
# copyright line and the site's labels under it; a loading notice above the headline.
COUNTY_IN_THE_COPYRIGHT_LINE = """等待处理…

我县召开秋季学期控辍保学工作推进会

2021年09月06日

9月3日,我县召开秋季学期控辍保学工作推进会,要求各学校巩固控辍保学“双清零”成果。

会议指出,各学校要对重点监测学生逐一跟踪,确保开学后全部学生按时返校,巩固“双清零”不反弹。

(韦某燕)

上篇:全县秋季开学安全检查启动
下篇:某某镇开展防溺水宣传
分享到

© 2022 天等时讯
制作单位:某某网络

天等时讯
天等时讯电子版
"""
# A city's page that names its county-level city only in two zones' names, and a
# common word (资源教室) that is another county's short name more often.
COMMON_WORD_SHORT_NAME = """资源教室建设现场会召开

5月17日,全市资源教室建设与使用现场会在陆家中心校召开,各公办小学分管校长和资源教师参加。

目前,昆山开发区、昆山高新区等8个区镇的9所学校已建成资源教室,资源教室区镇覆盖率将达到90%。

下一步,市教育局将把资源教室建设纳入年度考核,资源教师培训每学期不少于2次。
"""


def test_a_photographers_pen_name_after_the_role_and_a_colon(tmp_path):
    (article,) = imported(tmp_path, PEN_NAME_PHOTOGRAPHER)
    assert article.title == "为期五天 全市中学生篮球联赛在丰城开打"
    assert sorted(article.meta["authors"]) == ["周某亮", "赣江渔夫"]
    assert "赣江渔夫" not in article.body


def test_article_illustration_placeholders_are_no_byline(tmp_path):
    (article,) = imported(tmp_path, ILLUSTRATION_PLACEHOLDERS)
    assert article.title == "坊子区青少年科技馆正式开馆"
    assert article.meta.get("authors", []) == []
    assert "插图" not in article.body


def test_a_site_name_and_keyword_box_over_the_headline(tmp_path):
    (article,) = imported(tmp_path, SITE_NAME_AND_KEYWORD_BOX)
    assert article.meta["district"] == "牡丹区"
    assert article.title == "山东:新校舍里书声琅琅"
    assert article.meta["source_name"] == "乡村在线"
    assert sorted(article.meta["authors"]) == ["孙某东", "李某涛"]
    assert "热门关键词" not in article.body and "王某芳" not in article.meta["authors"]


def test_an_unfilled_template_field_before_the_date_and_outlet(tmp_path):
    (article,) = imported(tmp_path, UNFILLED_TEMPLATE_FIELD)
    assert article.title == "三百余名乡村教师住进新宿舍"
    assert article.meta["source_name"] == "某某教育报"
    assert str(article.meta["published"]) == "2016-10-11"
    assert "db:" not in article.body


def test_a_photo_report_word_alone_under_the_byline_and_a_page_name_label(tmp_path):
    (article,) = imported(tmp_path, PHOTO_REPORT_WORD_ALONE)
    assert article.title == "第三届“局长杯” 中小学田径运动会开幕"
    assert sorted(article.meta["authors"]) == ["李某梅", "王某国", "赵某东"]
    assert "摄影报道" not in article.body and "版名" not in article.body


def test_a_bracketed_signature_with_the_office_first(tmp_path):
    (article,) = imported(tmp_path, OFFICE_FIRST_SIGNATURE)
    assert article.title == "区中小学科技节筹备会在青少年活动中心召开"
    assert sorted(article.meta["authors"]) == ["刘某鸣", "陈某雯"]
    assert "撰稿" not in article.body


def test_a_labelled_date_in_brackets_is_the_info_line(tmp_path):
    (article,) = imported(tmp_path, LABELLED_DATE_IN_BRACKETS)
    assert article.meta["district"] == "太仓市"
    assert article.title == "特殊教育送教上门工作推进会在周庄中心校召开"
    assert str(article.meta["published"]) == "2017-06-08"


def test_a_county_paper_named_only_in_its_copyright_line(tmp_path):
    (article,) = imported(tmp_path, COUNTY_IN_THE_COPYRIGHT_LINE)
    assert article.meta["district"] == "天等县"
    assert article.title == "我县召开秋季学期控辍保学工作推进会"
    assert str(article.meta["published"]) == "2021-09-06"
    for furniture in ("等待处理", "上篇", "下篇", "制作单位", "时讯"):
        assert furniture not in article.body


def test_a_common_word_is_no_countys_short_name(tmp_path):
    (article,) = imported(tmp_path, COMMON_WORD_SHORT_NAME)
    assert article.meta["district"] == "昆山市"


# A county broadcaster's page: its date line leaves out the year (03-01 10:30).
MONTH_DAY_DATE_LINE = """开学前校车检查 保学生平安出行

03-01 10:30


云上某某报道:新学期即将开始,为了保证全县中小学及幼儿园学生的安全出行,2月27日,县教育局联合县交管大队,对全县96台校车进行了安全检查。


据悉,对于部分存在安全隐患的校车,县校车办第一时间下达整改通知,开学前还将组织复查。


来源:石首市融媒体中心

记者:李某茜 王某雅

编辑:张某怡


相关阅读
"""
# A traditional-script copy: the site's column before the date in its info line.
CATEGORY_INFO_LINE = """新聞資訊

江西上饒縣為寄宿學生打造溫馨宿舍

所屬分類:時事聚焦    發布時間: 2022-08-02    作者:
  分享到:
二維碼分享

“學校住宿條件好了,孩子住校我們就放心了!”看着新改造的宿舍樓,家長十分滿意。

上饒縣今年投入2800萬元,改造農村寄宿制學校宿舍12棟,新增床位1600張。
"""
# A forum's print view: the headline after 标题: with the print button after it, the
# poster after 作者:.
FORUM_PRINT_VIEW = """某某华人网

标题: 这个县不富裕 但山里孩子有了自己的校车(组图) [打印本页]

作者: 山城老李    时间: 2010-03-14 20:18
标题: 这个县不富裕 但山里孩子有了自己的校车(组图)
这个县不富裕 但山里孩子有了自己的校车(组图) 某某青年报

城口县高观镇的学生们正在排队,准备乘校车回家。

城口县去年投入600万元购置校车28辆,全县1500多名山区学生坐上了校车。
"""
# A prefecture portal: 本站原创 and the date under the headline.
STATION_ORIGINAL_DATE_LINE = """您所在的位置:某某传媒网 >> 新闻 >> 各县动态 >> 浏览文章

把稻城建成全州教育信息化的示范

本站原创    2019年04月11日

    本网讯(记者 宋某勇)近日,省电教馆专家组到稻城县调研中小学教育信息化建设,认为稻城县近三年建成智慧教室86间,全县学校实现宽带网络全覆盖。

    专家组建议,稻城县要进一步加强教师信息技术应用能力培训。
"""
# A township correspondent: the county's and the township's names before the role.
TOWNSHIP_BEFORE_ROLE = """某某镇召开庆祝第三十个教师节大会

9月9日,某某镇召开庆祝第三十个教师节大会,表彰优秀教师36名。

会上,镇长作了讲话,希望全体教师以先进为榜样,为临泉县某某镇孩子的未来作出新的更大的贡献。(临泉县姜寨镇通讯员 刘某然)
"""
# A county paper's roundup: each item signed by its writer's bare name after its last sentence.
ROUNDUP_SIGNED_ITEMS = """首页 > 综合新闻

各镇区庆祝教师节

2011-09-10 00:00:00    作者:综合    来源:今日某某

开发区召开教师座谈会

9月8日,开发区召开教师节座谈会。参加座谈会的教师代表们表示,要为人师表,潜心教学,献身开发区的教育事业。陈某海

车逻镇表彰资教助教先进

近年来,该镇越来越多的单位、个人投身到“资教助教”中来,仅2010年,该镇就接受社会各界教育捐赠和资助16.2万元。 郑某梅

八桥镇走访慰问教师

教师节前夕,八桥镇党政负责同志携带慰问金、慰问品前往相关学校进行走访慰问。吴某原

龙虬镇新建教师周转房

龙虬镇今年新建教师周转房24套,9月起交付使用。
"""


def test_a_date_line_without_its_year_is_no_headline(tmp_path):
    (article,) = imported(tmp_path, MONTH_DAY_DATE_LINE)
    assert article.title == "开学前校车检查 保学生平安出行"
    assert sorted(article.meta["authors"]) == ["李某茜", "王某雅"]
    assert "03-01" not in article.body


def test_the_sites_column_in_a_traditional_info_line(tmp_path):
    (article,) = imported(tmp_path, CATEGORY_INFO_LINE)
    assert article.title == "江西上饒縣為寄宿學生打造溫馨宿舍"
    assert str(article.meta["published"]) == "2022-08-02"
    assert "分類" not in article.body


def test_a_forum_print_views_button_after_the_headline(tmp_path):
    (article,) = imported(tmp_path, FORUM_PRINT_VIEW)
    assert article.title == "这个县不富裕 但山里孩子有了自己的校车(组图)"
    assert "打印本页" not in article.body


def test_station_original_and_the_date_under_the_headline(tmp_path):
    (article,) = imported(tmp_path, STATION_ORIGINAL_DATE_LINE)
    assert article.title == "把稻城建成全州教育信息化的示范"
    assert str(article.meta["published"]) == "2019-04-11"
    assert article.meta.get("source_name") != "本站原创"
    assert article.meta["authors"] == ["宋某勇"]


def test_a_township_before_the_correspondents_role(tmp_path):
    (article,) = imported(tmp_path, TOWNSHIP_BEFORE_ROLE)
    assert article.meta["authors"] == ["刘某然"]
    assert "通讯员" not in article.body


def test_a_roundups_items_signed_by_bare_names(tmp_path):
    (article,) = imported(tmp_path, ROUNDUP_SIGNED_ITEMS)
    assert sorted(article.meta["authors"]) == ["吴某原", "郑某梅", "陈某海"]
    assert "吴某原" not in article.body and "郑某梅" not in article.body
    assert "交付使用。" in article.body  # the last paragraph keeps its last words


# A county office's page: each info label on a line over its value; 供稿 and 编审 at the end.
LABELS_OVER_THEIR_VALUES = """崇阳县开展秋季助学活动
来源:
崇阳县委统战部
发布时间:
2022-08-30
8月29日,由崇阳县工商联和团县委共同发起的秋季捐资助学仪式在县政务中心举行,86名学子获得资助。
活动表彰了捐资助学先进单位与先进个人,爱心企业代表和学生代表分别发言。
据了解,崇阳县近三年秋季捐资助学资金共计156万元,资助学子420名。
供稿:程某煜、陈某东
编审:汪某用
"""
# A copy of a wire story: the outlet's name in pinyin and the date under the headline.
PINYIN_OUTLET_DATE_LINE = """山海携手育新苗——贵州纳雍县第一中学变化背后的“南沙力量”
Zhong Guo Xin Wen Wang·2024-10-12 07:30
往日拥挤的旧食堂不见了,新建的学生食堂里,学生们排队用餐;多媒体教室里,一场跨越千里的云端教研正在进行。纳雍县第一中学借着东西部协作教育帮扶,实现了硬件与软件的双升级。
2022年起,广州市南沙区选派教育骨干组成帮扶团队来到纳雍县第一中学。三年来,纳雍县第一中学本科上线人数从210人增加到486人。
纳雍县教育局表示,将继续深化与南沙区的教育协作。
"""
# A county paper in traditional script: ○ before 本報訊, the correspondent unbracketed.
MARKED_DATELINE_AND_ROLE = """書田村獎教獎學 鄉賢捐資五十萬

○本報訊 特約記者 黃某高 近日,某某鎮書田村開展獎教獎學活動,外出鄉賢捐資50萬元用于獎教獎學,為42名獲獎學子頒發獎學金。

據悉,紫金縣今年各村共籌集獎教獎學資金380萬元。
"""
# A prefecture paper's page: 本报记者某某报道 glued before the text.
REPORTER_GLUED_TO_REPORTED = """看家乡事,品故乡情

为48名贫困大学生发放助学金

某某日报 2011-08-20 10:09 大字

本报记者葛某报道 8月19日,清涧县总工会为48名考入大学的贫困学生发放助学金9.6万元。

据了解,清涧县总工会已连续六年开展金秋助学活动,累计资助贫困学生310名。
"""
# A meeting on a partner city's aid: the partner named in more paragraphs, the county
# in the headline.
PARTNER_NAMED_AS_OFTEN = """logo
彝良:对口帮扶教育座谈会召开
时间:2021年09月02日来源:某某面对面

8月31日,中山市对口帮扶教育座谈会召开,支教教师20余人参加座谈会。

座谈会前,中山市教育局一行实地查看了彝良县职业高级中学和彝良县某某镇中心完小。

座谈会上,县教育局负责人介绍了彝良县基本情况和中山市支教情况。
"""
# A quake bureau's school drill: the site's placeholder for an author.
SITE_EDITOR_AS_AUTHOR = """卓尼县某某镇中心小学开展地震应急疏散演练

作者:本站编辑    发布时间:2021-09-26

9月25日,卓尼县地震局在某某镇中心小学开展地震应急疏散演练,全校460名师生参加。

演练结束后,县地震局工作人员为师生讲解了防震减灾知识。
"""


def test_info_labels_set_over_their_values(tmp_path):
    (article,) = imported(tmp_path, LABELS_OVER_THEIR_VALUES)
    assert article.title == "崇阳县开展秋季助学活动"
    assert article.meta["source_name"] == "崇阳县委统战部"
    assert str(article.meta["published"]) == "2022-08-30"
    assert sorted(article.meta["authors"]) == ["程某煜", "陈某东"]
    assert "汪某用" not in article.meta["authors"] and "供稿" not in article.body


def test_an_outlets_pinyin_name_and_date_under_the_headline(tmp_path):
    (article,) = imported(tmp_path, PINYIN_OUTLET_DATE_LINE)
    assert article.title.startswith("山海携手育新苗")
    assert str(article.meta["published"]) == "2024-10-12"


def test_a_marked_dateline_and_an_unbracketed_correspondent(tmp_path):
    (article,) = imported(tmp_path, MARKED_DATELINE_AND_ROLE)
    assert article.meta["authors"] == ["黃某高"]
    assert article.body.lstrip().split("\n")[0].startswith("近日")


def test_a_reporter_glued_to_the_role_and_to_reported(tmp_path):
    (article,) = imported(tmp_path, REPORTER_GLUED_TO_REPORTED)
    assert article.meta["authors"] == ["葛某"]
    assert "报道" not in article.body.split("。")[0]


def test_the_headline_names_the_county_a_partner_is_named_beside(tmp_path):
    (article,) = imported(tmp_path, PARTNER_NAMED_AS_OFTEN)
    assert article.meta["district"] == "彝良县"


def test_the_sites_editor_placeholder_is_no_author(tmp_path):
    (article,) = imported(tmp_path, SITE_EDITOR_AS_AUTHOR)
    assert article.meta.get("authors", []) == []


# A portal's page: the outlet's reporter on a line under the info line that names the
# outlet; a follow-us line with a caption's mark.
OUTLET_REPORTER_UNDER_THE_INFO_LINE = """您的位置:首页 >要闻 >

湖北竹山:坚持教育优先 办好人民满意教育

2023-03-09 20:10:06    来源:某某新闻

某某新闻记者 关某裕

通讯员 邹某根 王某珊

近年来,竹山县坚持教育优先发展,全县新建改扩建学校26所,新增学位8600个。

竹山县今年还将新建2所高中。

▲点击关注,竹山县最权威的信息发布平台
"""
# A magazine site: the date with the writers' names run on, then the names spaced.
DATE_WITH_NAMES_RUN_ON = """新时代课堂改革的“点军答卷”
2019-03-12肖某斌姜某华尹某文
肖某斌 姜某华 尹某文
2018年11月6日,点军区首届教育创新成果博览会在区体育馆举行,全区42所学校参展。
点军区是湖北省义务教育均衡发展示范区,近五年共建成智慧教室210间。
"""
# A county bureau's page: 来源 names the bureau and, after a space, the writer.
OFFICE_AND_WRITER_AS_SOURCE = """旺苍县开展校园安全大检查
来源:某某县教科局 李某   发布日期:2019-06-10    点击:512
6月8日,旺苍县教科局组织工作组对全县48所中小学开展校园安全大检查。
检查组对发现的12处安全隐患当场下达了整改通知书。
"""
# A forum repost: a template's label over it, 本文来源, the reply box and its rules under it.
FORUM_REPOST_BOXES = """正文开始:
[转帖]梁平区乡村学校少年宫开放

本文来源: 某某经济新闻网

梁平区今年新建乡村学校少年宫12所,开设书法、舞蹈、篮球等兴趣课程46门。

每逢周末,少年宫向周边留守儿童免费开放,每周服务学生1800多人次。

您需要登录后才可以回帖 登录 | 立即注册

本版积分规则
"""


def test_the_outlets_reporter_under_the_info_line_is_a_byline(tmp_path):
    (article,) = imported(tmp_path, OUTLET_REPORTER_UNDER_THE_INFO_LINE)
    assert sorted(article.meta["authors"]) == ["关某裕", "王某珊", "邹某根"]
    assert "点击关注" not in article.body and article.meta.get("captions", []) == []


def test_a_date_with_the_writers_names_run_on(tmp_path):
    (article,) = imported(tmp_path, DATE_WITH_NAMES_RUN_ON)
    assert article.title == "新时代课堂改革的“点军答卷”"
    assert str(article.meta["published"]) == "2019-03-12"


def test_the_source_names_the_office_and_its_writer(tmp_path):
    (article,) = imported(tmp_path, OFFICE_AND_WRITER_AS_SOURCE)
    assert article.meta["source_name"] == "某某县教科局"
    assert article.meta["authors"] == ["李某"]


def test_a_forum_reposts_boxes_are_furniture(tmp_path):
    (article,) = imported(tmp_path, FORUM_REPOST_BOXES)
    assert article.meta["source_name"] == "某某经济新闻网"
    assert headings(article) == []
    for furniture in ("正文开始", "回帖", "积分", "本文来源"):
        assert furniture not in article.body


# An aggregator's copy: its tag after the headline, the reporters listed with 、 after
# 记者:, a box of other news and a copyright notice under the text.
AGGREGATOR_TAG_AND_CREDITS_BOX = """河南某某县优化教育资源布局 考城镇第三中心小学正式成立 全球讯息

2023-04-11 10:20:31 来源:某某网

4月10日,兰考县考城镇第三中心小学正式成立,由原来的3所村小合并而成,有学生620名。

焕然一新的校园里,教室、食堂、宿舍一应俱全。

  记者:白某萍、任某昕、郎某兵

新闻精选
某某市交通局负责人明天接听热线
水母网
某某天气预报:今天小雨

版权声明:本网所有内容未经授权不得转载
"""
# A news site's page: the same caption under two pictures, the photographer after a gap.
CREDIT_GLUED_TO_TWO_CAPTIONS = """请用微信扫一扫分享
某某区教育大会召开 部署推进教育强区建设
2025-06-05 16:10:10 来源:某某新闻网

  某某新闻网6月5日电(湛某 代某君)6月4日,大渡口区教育大会召开,区教委通报了上半年全区教育工作。

图为会议现场。 代某君 摄
图为会议现场。 代某君 摄

  会议指出,大渡口区今年将新建中小学4所,新增学位5400个。

  会议要求,各校要抓好暑期校园安全。
"""


def test_an_aggregators_tag_a_credits_box_and_news_boxes(tmp_path):
    (article,) = imported(tmp_path, AGGREGATOR_TAG_AND_CREDITS_BOX)
    assert article.title == "河南某某县优化教育资源布局 考城镇第三中心小学正式成立"
    assert sorted(article.meta["authors"]) == ["任某昕", "白某萍", "郎某兵"]
    assert headings(article) == []
    for furniture in ("新闻精选", "水母网", "版权声明", "全球讯息"):
        assert furniture not in article.body


def test_a_photographers_credit_after_a_gap_leaves_the_caption(tmp_path):
    (article,) = imported(tmp_path, CREDIT_GLUED_TO_TWO_CAPTIONS)
    assert article.meta["captions"] == ["图为会议现场。"]
    assert sorted(article.meta["authors"]) == ["代某君", "湛某"]


def test_a_sites_slogan_over_the_headline_is_no_caption(tmp_path):
    (article,) = imported(tmp_path, REPORTER_GLUED_TO_REPORTED)
    assert article.meta.get("captions", []) == []
    assert "看家乡事" not in article.body


# A portal: the site's column and a middle dot before the headline.
COLUMN_AND_A_DOT = """首页 > 新闻中心 > 正文

教育资讯·记扎根山区教学点的特岗教师

2021-09-10 08:30:00 来源:某某在线

  在镇雄县,有一群特岗教师扎根山区教学点,全县今年新招录特岗教师260名。

  他们中的大多数是“90后”,有的一人包班教全部课程。
"""
# A repost of a series' fifth part: the series' name and its number before the headline.
NUMBERED_SERIES_BEFORE_THE_HEADLINE = """“乌蒙山区”教育攻坚系列报道③ 大山深处的控辍保学攻坚战

2020-11-05 09:12 来源:某某教育网

  为了让每一个适龄孩子都回到课堂,威宁县组织1200多名教师走村入户劝返,全县辍学学生动态清零。

  威宁县还为劝返学生开设了“回归班”,配备专职教师46名。
"""
# An education paper's site: its accounts over the page, the writers and the date under
# the headline (a deck after its dash), the deck again under a picture's file name.
WRITERS_AND_DATE_UNDER_THE_HEADLINE = """某某导报微博

某某导报微信

上学,“一个都不能少”——凉山州美姑县控辍保学工作纪实

董某文 葛某鑫 鲁某        2020-10-12
当前位置:首页 >新闻

美姑县控辍保学工作纪实

“能回到学校读书真开心!”12岁的阿果是美姑县一名建档立卡贫困家庭学生,今年秋季他回到了课堂。

美姑县今年共劝返辍学学生318名。
"""
# A portal: the year, then month/day with a slash, then the clock.
PORTAL_DATE_WITH_A_SLASH = """一所山区教学点的十年坚守-某某网
某某网 > 广西 > 正文
2024 05/20 16:30:10
来源:某某网

一所山区教学点的十年坚守

  每天清晨,龙胜各族自治县某某乡的教学点里,唯一的老师打开校门迎接学生。

  十年间,这个教学点先后送走毕业生86名。
"""
# An e-paper's article page: the page's arrows over the headline, 新闻作者: under it.
EPAPER_ARROWS_AND_NEWS_AUTHOR = """第三版 < 上一版    下一版 >
新学校里 山里的孩子们笑了
新闻作者:文 / 图  董某

    11月27日,柞水县凤凰镇和平村的新学校落成,这所学校由某某集团投资186万元修建。
    新学校占地面积3800平方米,有4层综合教学楼1栋,可容纳学生360名。
"""


def test_a_column_and_a_dot_before_the_headline_is_the_kicker(tmp_path):
    (article,) = imported(tmp_path, COLUMN_AND_A_DOT)
    assert article.title == "记扎根山区教学点的特岗教师"
    assert article.meta["kicker"] == "教育资讯"


def test_a_series_name_and_number_before_the_headline_is_the_kicker(tmp_path):
    (article,) = imported(tmp_path, NUMBERED_SERIES_BEFORE_THE_HEADLINE)
    assert article.title == "大山深处的控辍保学攻坚战"
    assert article.meta["kicker"] == "“乌蒙山区”教育攻坚系列报道③"


def test_the_writers_and_the_date_under_the_headline(tmp_path):
    (article,) = imported(tmp_path, WRITERS_AND_DATE_UNDER_THE_HEADLINE)
    assert article.title == "上学,“一个都不能少”"
    assert sorted(article.meta["authors"]) == ["葛某鑫", "董某文", "鲁某"]
    assert str(article.meta["published"]) == "2020-10-12"
    assert "微博" not in article.body and "微信" not in article.body


def test_a_portal_date_with_month_and_day_after_a_slash(tmp_path):
    (article,) = imported(tmp_path, PORTAL_DATE_WITH_A_SLASH)
    assert article.title == "一所山区教学点的十年坚守"
    assert str(article.meta["published"]) == "2024-05-20"


def test_an_epapers_page_arrows_and_its_news_author_label(tmp_path):
    (article,) = imported(tmp_path, EPAPER_ARROWS_AND_NEWS_AUTHOR)
    assert article.title == "新学校里 山里的孩子们笑了"
    assert article.meta["authors"] == ["董某"]
    assert "上一版" not in article.body


# A county portal named 中国某某网: the text says only 县, the portal's name places it.
COUNTY_PORTAL_UNDER_THE_COUNTRYS_NAME = """您当前的位置 : 中国遂昌网  >  遂昌教育  >  教育动态   正文
教育局召开中小学校长会议 谋划新学期工作
2018年02月11日 14:50来源:中国遂昌网 作者:通讯员 吴某久

  2月10日上午,县教育局召开全县中小学校、园长会议,谋划2018年教育工作。

  会议要求全县教育系统把思想和行动统一到县委、县政府的部署上来,确保新学期各项工作开好局。
"""
# A county media centre's page: a like count before its outlet and date, the office and
# its writer after a colon in brackets, a comment box's label.
COUNT_BEFORE_THE_OUTLETS_DATE_LINE = """0 某某县融媒体中心 2021年08月25日

合江县召开2021年秋季学期开学工作会

8月24日,合江县召开2021年秋季学期开学工作会,全县中小学校长参加会议。

会议要求各校做好开学准备,确保9月1日正常开学。

(某某县融媒体中心:王某天)

文章点评
"""
# A weekly's page: a hot-words box over the headline, the school and its writer in brackets.
SCHOOL_SIGNATURE_IN_BRACKETS = """熱詞:

柏树乡中心学校开展“学雷锋”志愿服务活动

3月5日,中江县柏树乡中心学校组织120名学生走进敬老院,开展“学雷锋”志愿服务活动。

学生们为老人打扫卫生、表演节目,度过了一个有意义的上午。

(中江县柏树乡中心学校 梁某东)
"""
# A repost of a paper's series: its part lettered before the bar.
LETTERED_SERIES_PART = """深度报道B篇|让每一位教师安心从教——看某某县如何稳住乡村教师队伍

2022-06-10 09:00 来源:某某网

  近年来,泸溪县在全国率先出台乡村教师津补贴政策,全县乡村教师每月最高可领补贴1400元。

  泸溪县还在每所乡村学校建起教师周转房,共建成1120套。
"""


def test_a_county_portal_under_the_countrys_name_places_the_text(tmp_path):
    (article,) = imported(tmp_path, COUNTY_PORTAL_UNDER_THE_COUNTRYS_NAME)
    assert article.meta["district"] == "遂昌县"
    assert article.meta["authors"] == ["吴某久"]


def test_a_count_before_the_outlets_date_and_the_office_with_its_writer(tmp_path):
    (article,) = imported(tmp_path, COUNT_BEFORE_THE_OUTLETS_DATE_LINE)
    assert article.title == "合江县召开2021年秋季学期开学工作会"
    assert str(article.meta["published"]) == "2021-08-25"
    assert article.meta["authors"] == ["王某天"]
    assert headings(article) == [] and "点评" not in article.body


def test_a_schools_signature_in_brackets_and_a_hot_words_box(tmp_path):
    (article,) = imported(tmp_path, SCHOOL_SIGNATURE_IN_BRACKETS)
    assert article.title == "柏树乡中心学校开展“学雷锋”志愿服务活动"
    assert article.meta["authors"] == ["梁某东"]
    assert headings(article) == [] and "熱詞" not in article.body


def test_a_lettered_series_part_before_the_bar_is_the_kicker(tmp_path):
    (article,) = imported(tmp_path, LETTERED_SERIES_PART)
    assert article.title == "让每一位教师安心从教——看某某县如何稳住乡村教师队伍"
    assert article.meta["kicker"] == "深度报道B篇"


# A site's name between the headline and its date line (a live-stream portal's copy).
SITE_NAME_BETWEEN_HEADLINE_AND_DATE = """燃情绿茵!2024年某某县“县长杯”校园足球赛鸣哨开赛
24直播网
2024-10-26 16:30:00
10月25日上午,2024年淮滨县“县长杯”校园足球比赛在县一中正式开幕,全县42支球队参赛。
本次比赛为期一个月,共进行比赛96场。
"""
# A county news centre's template: the year, the day and the clock one a line, the
# centre's name under them.
DATE_SET_ONE_PART_A_LINE = """
开学啦!某某县3万余名中小学生走进校园
2015
02/26
08:30
某某县新闻中心
2月25日,寒假结束,清流县3万余名中小学生陆续走进校门,开始了新学期的学习生活。
上午8时许,城东中学大门口,寄宿生大多由家长护送到校。
"""
# A portal's copy: its headline twice, then the date, the portal and 作者 with the writer.
OUTLET_DATE_AND_WRITER = """新浪新闻客户端

某某商会向叶县某某小学捐资26万元重建校园

某某商会向叶县某某小学捐资26万元重建校园
2022年05月11日 10:24 新浪网 作者 吴某成

  某某豫商消息(吴某成):5月6日,某某商会向河南省叶县某某乡第三小学捐资26万元重建校园。

  活动当天,叶县副县长及县慈善协会负责人参加了捐赠仪式。
"""
# A youth league account's post: its name before the date label.
ACCOUNT_BEFORE_THE_DATE_LABEL = """墨江团县委挂钩小学学生参加市里的情暖童心夏令营活动
青春某某 发布时间:2018年08月20日
为进一步做好农村留守儿童关爱保护工作,墨江县团县委组织挂钩小学36名留守儿童参加市里的夏令营活动。
夏令营活动为期四天,同学们参观了科技馆和博物馆。
"""
# A grassroots portal: the writers' names alone in brackets before the text.
WRITERS_NAMES_IN_LEADING_BRACKETS = """45家企业捐赠3000余万元 助力开化教育发展

2023-09-09 12:31:47    来源:某某基层网    访问:

(李某宁 汪某)爱心无止境,助学见真情。9月8日下午,开化县庆祝第39个教师节大会召开,45家企业捐赠共计3000余万元教育资金。

开化县今年还表彰了优秀教师120名。
"""
# A school's site: a button over the page, its source, a news box and the paper's footer.
FOOTER_OF_A_SCHOOLS_SITE = """文章详情

某某县第二中学举行开学典礼

2023-09-01 09:30 来源:某某网

9月1日,沂南县第二中学举行开学典礼,全校2600名师生参加。

校长勉励新生珍惜时光,刻苦学习。

文章来源于:http://www.example.cn 学校网

最新资讯
某某中学召开家长会
某某小学举行运动会

通信地址:某某省某某市某某路6号   邮编:250000
电话 新闻热线:12345678   报刊发行:12345679
"""


def test_a_sites_name_between_the_headline_and_its_date(tmp_path):
    (article,) = imported(tmp_path, SITE_NAME_BETWEEN_HEADLINE_AND_DATE)
    assert article.title == "燃情绿茵!2024年某某县“县长杯”校园足球赛鸣哨开赛"
    assert article.meta["source_name"] == "24直播网"


def test_a_date_set_one_part_a_line_and_the_centre_under_it(tmp_path):
    (article,) = imported(tmp_path, DATE_SET_ONE_PART_A_LINE)
    assert article.title == "开学啦!某某县3万余名中小学生走进校园"
    assert str(article.meta["published"]) == "2015-02-26"


def test_the_date_the_outlet_and_its_writer_under_a_repeated_headline(tmp_path):
    (article,) = imported(tmp_path, OUTLET_DATE_AND_WRITER)
    assert article.title == "某某商会向叶县某某小学捐资26万元重建校园"
    assert article.meta["authors"] == ["吴某成"]
    assert article.meta.get("captions", []) == []


def test_an_accounts_name_before_the_date_label(tmp_path):
    (article,) = imported(tmp_path, ACCOUNT_BEFORE_THE_DATE_LABEL)
    assert article.title == "墨江团县委挂钩小学学生参加市里的情暖童心夏令营活动"
    assert str(article.meta["published"]) == "2018-08-20"
    assert article.meta.get("captions", []) == []


def test_the_writers_names_alone_in_brackets_before_the_text(tmp_path):
    (article,) = imported(tmp_path, WRITERS_NAMES_IN_LEADING_BRACKETS)
    assert sorted(article.meta["authors"]) == ["李某宁", "汪某"]
    assert article.body.lstrip().startswith("爱心无止境")


def test_a_schools_site_footer_and_boxes(tmp_path):
    (article,) = imported(tmp_path, FOOTER_OF_A_SCHOOLS_SITE)
    assert article.meta.get("authors", []) == []
    assert headings(article) == []
    for furniture in ("文章详情", "文章来源", "最新资讯", "通信地址", "新闻热线"):
        assert furniture not in article.body


# A county news site: a 导读 box repeating the lead, a related-reports box and a
# mirror's disclaimer under the text, an e-paper's date search over it.
BOXES_AROUND_A_FEATURE = """集团报刊 日期检索

某某县江川中学:让搬迁孩子在新校园成长

2024-05-08 10:00 来源:某某网

导读
某某县江川中学是一所易地扶贫搬迁安置点配套学校,有学生1860名。

三江侗族自治县江川中学是一所易地扶贫搬迁安置点配套学校,有学生1860名。

学校开设了侗歌、侗族大歌等特色课程12门。

相关报道
某某县召开教育工作会议
某某县新建三所幼儿园

网站内容来源于网络,其真实性与本站无关,请网友慎重判断
"""


def test_a_lead_box_related_reports_and_a_disclaimer_around_a_feature(tmp_path):
    (article,) = imported(tmp_path, BOXES_AROUND_A_FEATURE)
    assert article.title == "某某县江川中学:让搬迁孩子在新校园成长"
    assert headings(article) == []
    assert article.meta.get("captions", []) == []
    for furniture in ("导读", "相关报道", "召开教育工作会议", "真实性", "日期检索"):
        assert furniture not in article.body


# A county app's report of a visiting delegation: the guests' county is named more
# often than the host's, but the dateline's outlet (云上某某, Hubei's county apps) is
# the host county's.
VISIT_REPORTED_BY_THE_HOST = """松滋市教育代表团到监利市交流课后服务

云上监利消息(记者 伍明川 通讯员 郝一鸣)11月3日,松滋市教育局局长带领松滋市中小学校长一行来监利市交流课后服务工作。

代表团先后走进两所小学,观看学生社团活动,听取课后服务开展情况介绍。

监利市课后服务做到全覆盖,受到来访校长们的称赞。
"""


def test_a_reports_dateline_outlet_places_it_in_the_host_county(tmp_path):
    (article,) = imported(tmp_path, VISIT_REPORTED_BY_THE_HOST)
    assert article.meta["district"] == "监利市"
    assert article.meta["authors"] == ["伍明川", "郝一鸣"]
    assert paragraphs(article)[0].startswith("11月3日,松滋市教育局")


def test_an_outlets_brand_word_before_its_county_is_skipped():
    gazetteer = Gazetteer.load(ROOT / "docs" / "data")
    assert gazetteer.from_outlet("云上监利")[1] == "监利市"
    assert gazetteer.from_outlet("中国义乌网")[1] == "义乌市"
    assert gazetteer.from_outlet("中国教育报") is None


# An education paper's site that prints the article twice (the page, then its print
# view under it, with the info labels letter-spaced to line up), under a header of
# links and the search box's scope choices.
PRINTED_TWICE = """投稿入口 | 我要投稿 | 关于我们

标题 全文

首页 > 区县

昆山市新建六所学校秋季投用

作者:钱晓云 发布时间:2024-08-30 来源: 某某教育报

本报讯(通讯员 钱晓云)今年秋季,昆山市新建的六所中小学和幼儿园全部投入使用,新增学位8400个,周边社区的孩子在家门口就能上学。

据介绍,六所学校都配建了食堂、风雨操场和图书馆,学校的课后服务也在开学第一周全面开展。

责任编辑:周岚

昆山市新建六所学校秋季投用
发布时间:2024-08-30
来       源:某某教育报
作       者:钱晓云

本报讯(通讯员 钱晓云)今年秋季,昆山市新建的六所中小学和幼儿园全部投入使用,新增学位8400个,周边社区的孩子在家门口就能上学。

据介绍,六所学校都配建了食堂、风雨操场和图书馆,学校的课后服务也在开学第一周全面开展。
"""


def test_a_page_printed_twice_keeps_one_copy_and_no_header_links(tmp_path):
    (article,) = imported(tmp_path, PRINTED_TWICE)
    assert article.title == "昆山市新建六所学校秋季投用"
    assert not article.meta.get("kicker")
    assert article.meta["authors"] == ["钱晓云"]
    assert headings(article) == []
    assert article.body.count("新增学位8400个") == 1
    assert len(paragraphs(article)) == 2
    for furniture in ("全文", "来       源", "作       者", "关于我们"):
        assert furniture not in article.body


def test_a_letter_spaced_info_label_is_read_as_the_label():
    from generator.structure.furniture import _info_pairs

    assert _info_pairs("来       源:某某教育报") == [("来源", "某某教育报")]
    assert _info_pairs("作\u3000\u3000者：钱晓云") == [("作者", "钱晓云")]


# A city education news site: the outlet, the writer and the date on one line under
# the headline; a section heading set on two short lines; a list of groups after a
# colon, each item a label, a colon and its schools.
OUTLET_WRITER_DATE = """静安区发布中小学劳动教育清单,家校社协同育人
某某教育新闻网 韩立新 2025-10-09 09:12:30
家务劳动怎么教?校园农场怎么种?10月8日,静安区中小学劳动教育推进会在一所九年制学校举行,区里发布了覆盖各学段的劳动教育清单。

清单进课堂
家长学校来助力
推进会上,多所学校交流了把清单落到课堂的做法,区家庭教育指导中心也请家长一起参与。

首批劳动教育实践基地如下:
城市农场基地:彭浦农场、临汾苗圃、大宁绿地
职业体验基地:消防站、社区食堂、邮政支局
"""


def test_an_outlet_writer_date_line_and_a_heading_on_two_lines(tmp_path):
    (article,) = imported(tmp_path, OUTLET_WRITER_DATE)
    assert article.title == "静安区发布中小学劳动教育清单,家校社协同育人"
    assert article.meta["authors"] == ["韩立新"]
    assert article.meta["source_name"] == "某某教育新闻网"
    assert article.meta["published"] == "2025-10-09"
    assert article.meta.get("captions", []) == []
    assert "".join(headings(article)).replace(" ", "") == "清单进课堂家长学校来助力"
    assert "城市农场基地:彭浦农场、临汾苗圃、大宁绿地" in paragraphs(article)


# An education paper's full-page feature as its e-paper copies it: the date line, a
# kicker that runs into the headline with a dash, the headline, the writer's name
# alone, then the text.
KICKER_HEADLINE_NAME = """2025-09-12 星期五
看某某省余杭区如何让新教师站稳讲台——
“青蓝结对”三年成长路
沈雅琴

  余杭区每年新进教师五百多人,近年来区里为每位新教师配一名师傅,三年一个周期,帮助新教师尽快站稳讲台。

  从“跟着学”到“独立教”

  第一年听课,第二年上课,第三年上公开课,师徒两人每学期都要签订成长计划。
"""


def test_a_dash_kicker_over_the_headline_and_the_writer_alone_under_it(tmp_path):
    (article,) = imported(tmp_path, KICKER_HEADLINE_NAME)
    assert article.title == "“青蓝结对”三年成长路"
    assert article.meta["kicker"].startswith("看某某省余杭区")
    assert article.meta["authors"] == ["沈雅琴"]
    assert headings(article) == ["从“跟着学”到“独立教”"]


# An old education portal's page: a letter-spaced menu, a breadcrumb indented by a
# space, the headline, the date and the byline on one line, a font-size widget; a
# section heading of two short clauses parted by a comma.
PORTAL_DATE_THEN_BYLINE = """首 页 教育新闻 高校动态 基础教育 教育信息化 考试招生
 当前位置:首页 > 基础教育 > 教师新闻
山里的讲台——某某省屏边苗族自治县教师走访记
2003-11-20    本报记者 熊立平

字体大小:

    大山深处的教师们日子过得怎样?他们在想什么,做什么?最盼的又是什么?

  深秋时节,记者随屏边苗族自治县教育局的干部进山,走访了五所村小的老师。

  不图名利,只图坚守讲台

  一所村小只有两名教师,却要教四个年级的四十多个孩子,屏边县的这样的学校还有二十多所。
"""


def test_a_date_then_byline_line_under_a_portals_headline(tmp_path):
    (article,) = imported(tmp_path, PORTAL_DATE_THEN_BYLINE)
    assert article.title == "山里的讲台——某某省屏边苗族自治县教师走访记"
    assert not article.meta.get("kicker")
    assert article.meta["authors"] == ["熊立平"]
    assert article.meta["published"] == "2003-11-20"
    assert headings(article) == ["不图名利,只图坚守讲台"]
    assert "字体大小" not in article.body and "当前位置" not in article.body


# A wire copy reposted by a portal: the writers alone, listed with 、, under the
# wire's dateline; a gallery's captions run into one line, each closed by its
# photographer; the page ends in a PHP warning, the editor's default title and a
# form's button.
WIRE_NAMES_AND_GALLERY = """某某县:搬迁学校的孩子吃上热乎午饭

  某某网南宁3月2日电

  韦明秀、覃立东

  3月1日,在融水苗族自治县一所易地搬迁安置点配套小学,学生们在新建的食堂里吃上了免费午餐。

  据了解,融水苗族自治县今年有两万多名农村学生享受营养改善计划。

图为学生们排队打饭。韦明秀 摄 图为食堂师傅给孩子们盛汤。覃立东 摄 【编辑:梁思远】

Warning: Cannot modify header information - headers already sent by (output started at D:\\web\\inc\\a.php:12) in D:\\web\\inc\\b.php on line 7
无标题文档
提交
"""


def test_names_listed_alone_a_gallery_line_and_a_php_warning(tmp_path):
    (article,) = imported(tmp_path, WIRE_NAMES_AND_GALLERY)
    assert article.meta["district"] == "融水苗族自治县"
    assert article.meta["authors"] == ["韦明秀", "覃立东"]
    assert [c.rstrip("。") for c in article.meta["captions"]] == [
        "图为学生们排队打饭",
        "图为食堂师傅给孩子们盛汤",
    ]
    assert headings(article) == []
    for furniture in ("Warning", "无标题文档", "提交", "梁思远"):
        assert furniture not in article.body


def test_an_outlets_dateline_with_the_reporter_and_no_brackets(tmp_path):
    text = """顺德区领导开学首日走访学校

某某日报讯记者林晓彤报道:昨日,顺德区领导带队走访四所中小学和幼儿园,了解开学首日情况。

走访中,顺德区要求各校把校园安全放在首位,办好课后服务。

新闻推荐
某某区举行秋季运动会
"""
    (article,) = imported(tmp_path, text)
    assert article.meta["authors"] == ["林晓彤"]
    assert paragraphs(article)[0].startswith("昨日,顺德区领导")
    assert headings(article) == []
    assert "秋季运动会" not in article.body


# A provincial paper's app copied to a county news site: the info line glues the
# outlet to the date, the byline names the paper's media brand before 融媒体记者, and
# the app's comment box and share prompt follow the text.
APP_COPY_WITH_COMMENT_BOX = """我的位置: 首页 > 区县新闻 > 荣昌区 > 正文

荣昌区四所学校入选非遗传承教育基地

荣昌新闻网2018-03-10 10:22

文/某某日报当代融媒体记者 龚晓岚

昨日,记者从区教委获悉,全市第三批非遗传承教育基地名单公布,荣昌区四所学校入选。

入选学校将把夏布、陶器等非遗项目引进课堂,请传承人进校授课。学生们说,亲手织一段夏布很有意思。 本报记者 龚晓岚

还没评论 快来说两句
下载某某新闻看更多评论
使用"扫一扫"即可将网页分享至朋友圈
中共某某区委宣传部主管| 声明:本网所刊作品未经许可不得转载
"""


def test_a_glued_outlet_date_a_media_brands_reporter_and_a_comment_box(tmp_path):
    (article,) = imported(tmp_path, APP_COPY_WITH_COMMENT_BOX)
    assert article.title == "荣昌区四所学校入选非遗传承教育基地"
    assert article.meta["published"] == "2018-03-10"
    assert article.meta["authors"] == ["龚晓岚"]
    assert headings(article) == []
    assert paragraphs(article)[-1].endswith("亲手织一段夏布很有意思。")
    for furniture in ("评论", "扫一扫", "主管", "荣昌新闻网2018"):
        assert furniture not in article.body


# An evening paper's e-paper reader: its name, the reader's date, the paper's name
# behind a label, the headline, then an empty 字号: over the page line.
EPAPER_READER = """电子报阅读机
2026-03-22
星期日
当前报纸名称:某某晚报

黔江区非遗进课堂

日期:01-10
字号:
版面:第A08版:文体       上一篇    下一篇

近年来,黔江区把南溪号子、土家摆手舞等非遗项目引进中小学课堂,各校都组建了非遗社团。

学校还请来传承人每周授课,孩子们在学唱学跳中了解家乡的文化。
"""


def test_an_epaper_readers_header_gives_the_paper_and_the_page(tmp_path):
    (article,) = imported(tmp_path, EPAPER_READER)
    assert article.title == "黔江区非遗进课堂"
    assert article.meta["source_name"] == "某某晚报"
    assert article.meta["page"] == "A08版"
    assert not article.meta.get("kicker")
    for furniture in ("阅读机", "报纸名称", "版面", "上一篇"):
        assert furniture not in article.body


# A prefecture paper's e-paper page: the page line, the county as a kicker, the
# headline, the two pictures' captions, the correspondent's byline, then the text.
CAPTIONS_OVER_THE_BYLINE = """第05版:县域教育 2025年04月18日

金平县:

流动科技馆走进山区学校

  学生们观看机器人表演。

  老师带学生体验天文望远镜。

  ●通讯员  罗佳音  文/图

  本报讯  近日,流动科技馆巡展走进金平苗族瑶族傣族自治县的三所山区学校,千余名学生第一次亲手操作了科普展品。

  展区设有机器人、天文和生命科学三个板块,志愿者为学生们逐一讲解。
"""


def test_captions_between_the_headline_and_a_top_byline(tmp_path):
    (article,) = imported(tmp_path, CAPTIONS_OVER_THE_BYLINE)
    assert article.title == "流动科技馆走进山区学校"
    assert article.meta["authors"] == ["罗佳音"]
    assert article.meta["captions"] == ["学生们观看机器人表演。", "老师带学生体验天文望远镜。"]
    assert paragraphs(article)[0].startswith("近日,流动科技馆巡展")


# ---------------------------------------------------------------- batches 46–51 (2026-12-03)

APP_DATELINE_WITH_A_SPACE = """云上通山讯 记者柯文静报道:6月18日,县领导一行到县一中、县二中两个中考考点巡视考务工作,看望监考老师。
今年全县共设2个考点、118个考场,3526名考生参加考试。
考点周边实行交通管制,各部门分工协作保障考试顺利进行。
"""


def test_a_county_apps_dateline_with_a_space_before_the_reporter(tmp_path):
    (article,) = imported(tmp_path, APP_DATELINE_WITH_A_SPACE)
    assert article.meta["district"] == "通山县"
    assert article.meta["authors"] == ["柯文静"]
    assert paragraphs(article)[0].startswith("6月18日,县领导一行")


CREDITS_FOR_PICTURES_AND_A_SCHOOLS_CONTRIBUTION = """黎川县中考考务工作平稳有序

6月20日,黎川县委常委带队到县一中考点巡考,检查考务准备和安全保卫情况。
今年黎川县参加中考的考生共4120人,设考场138个,考点内配备了医疗组。
县教体局负责人表示,将全力做好考试期间的服务保障工作。
撰稿:邹明轩
供图: 饶思琪
一审一校:邹明轩
二审二校:熊卫东
"""


def test_a_picture_credit_given_as_gongtu_is_an_author_and_the_editors_are_not(tmp_path):
    (article,) = imported(tmp_path, CREDITS_FOR_PICTURES_AND_A_SCHOOLS_CONTRIBUTION)
    assert sorted(article.meta["authors"]) == ["邹明轩", "饶思琪"]
    assert article.meta["photo_credit"] == "饶思琪"
    assert "熊卫东" not in article.meta["authors"]
    assert paragraphs(article)[-1].startswith("县教体局负责人表示")


SIGNED_BY_A_SCHOOL_IN_BRACKETS = """秀山县两校结对共建教育共同体

9月20日,秀山县中和小学与县城实验小学结对共建教育共同体签约仪式在中和小学举行,秀山县教委相关负责人出席。两校将在联合教研、教师交流和课程建设方面深化合作,实现优势互补、共同成长。(供稿:中和小学 田晓蓉)
"""


def test_a_contribution_signed_by_a_school_and_its_writer(tmp_path):
    (article,) = imported(tmp_path, SIGNED_BY_A_SCHOOL_IN_BRACKETS)
    assert article.meta["authors"] == ["田晓蓉"]  # the school is not a person
    assert paragraphs(article)[-1].endswith("共同成长。")


JOURNAL_AUTHOR_BOX = """分享到
作者:唐明远 覃海燕 等 来源:《县域教育研究》


融水县:小县城办出优质大教育




  作者:

  唐明远,广西融水苗族自治县教育局办公室

  覃海燕,融水县委教育工委书记,县教育局局长

  韦志刚,融水县教育局党组成员、副局长


  义务教育优质均衡是县域教育的头等大事。融水苗族自治县山多地少,学校分散,县里用十年时间调整学校布局,建起一批寄宿制学校,2024年通过了国家优质均衡的认定。


  一、破解“空间之困”,建起寄宿制学校


  县里先后新建、改扩建寄宿制学校23所,山里孩子住进了新宿舍。
"""


def test_a_journals_author_box_gives_the_authors_and_no_headline(tmp_path):
    (article,) = imported(tmp_path, JOURNAL_AUTHOR_BOX)
    assert article.title == "融水县:小县城办出优质大教育"
    assert sorted(article.meta["authors"]) == ["唐明远", "覃海燕", "韦志刚"]
    assert article.meta["district"] == "融水苗族自治县"
    assert headings(article) == ["一、破解“空间之困”,建起寄宿制学校"]
    assert not any("教育局办公室" in p for p in paragraphs(article))


EPAPER_ISSUE_LINES = """2019年4月12日 每周二、四、五出版
某某教育导报 《某某教育导报》邮发代号61-30
国内刊号CN51-0052
2019年第31期(总第3120期) 导报二版
F1 本版新闻
F2 版面目录
雪山下的读书声
■本报记者 向晓川 文/图
《某某教育导报》2019年第31期(总第3120期) 导报二版
在海拔三千米的山梁上,木里藏族自治县的一所九年一贯制学校里,早读的声音一阵高过一阵。

学校有学生410名,大多住校,老师们轮流在宿舍陪孩子们过夜。
"""


def test_an_epapers_issue_number_and_days_of_issue_are_furniture(tmp_path):
    (article,) = imported(tmp_path, EPAPER_ISSUE_LINES)
    assert article.title == "雪山下的读书声"
    assert not article.meta.get("kicker")
    assert article.meta["authors"] == ["向晓川"]
    assert paragraphs(article)[0].startswith("在海拔三千米的山梁上")


ONE_LINE_PAGE_WITH_A_CAPTION_FIRST = (
    "近日,积石山县一所村小的学生在做课间操。记者 马文涛 摄 "
    "积石山保安族东乡族撒拉族自治县山大沟深,全县有中小学120所,控辍保学一直是县里的头等大事。"
    "去年以来,县里组织干部和教师入户劝返,辍学学生全部返校。 "
    "“一个都不能少” "
    "县教育局的干部说,劝返只是第一步,留得住才是关键。"
)


def test_a_caption_and_its_photographer_run_into_the_text_of_a_one_line_page(tmp_path):
    (article,) = imported(tmp_path, ONE_LINE_PAGE_WITH_A_CAPTION_FIRST + "\n")
    assert article.meta["captions"] == ["近日,积石山县一所村小的学生在做课间操。"]
    assert article.meta["authors"] == ["马文涛"]
    assert paragraphs(article)[0].startswith("积石山保安族东乡族撒拉族自治县山大沟深")


@pytest.mark.parametrize(
    "lead, rest",
    [
        (
            "人民网重庆5月8日电 ",
            "綦江区今年为全区中小学生免费开展视力筛查,已有3万余名学生接受检查。",
        ),
        (
            "云上通城报道(通城广电全媒体记者 黎小满)",
            "5月8日,通城县中小学艺术节开幕,全县42所学校参加展演。",
        ),
        ("贵港讯 ", "“毒品离我们并不远。”5月8日,平南县一所中学的禁毒教育基地启用,300名学生参观。"),
        ("中国网福建讯  ", "日前,晋江市一所中学聘请法官担任法治副校长,为800名学生上法治课。"),
    ],
)
def test_datelines_with_no_brackets_or_with_baodao_leave_the_paragraph(tmp_path, lead, rest):
    page = "校园里的新活动\n" + lead + rest + "\n活动还将在其他学校陆续开展。\n"
    (article,) = imported(tmp_path, page)
    assert paragraphs(article)[0] == rest
    if "黎小满" in lead:
        assert article.meta["authors"] == ["黎小满"]


def test_a_word_ending_in_xun_before_a_space_is_no_dateline(tmp_path):
    page = "桐梓县村小合唱队获奖\n喜讯 桐梓县一所村小的合唱队在全省比赛中获得一等奖,全队32名学生都来自农村。\n"
    (article,) = imported(tmp_path, page)
    assert paragraphs(article)[0].startswith("喜讯 桐梓县")


SITE_GREETING_AND_BACK_BUTTON = """迁安欢迎您!
当前位置:首页 > 部门导航 >教育

我市举行中小学生春季田径运动会

< 返回 信息来源:市教育局 发布日期:2019-04-18 浏览次数:3512

4月16日上午,全市中小学生春季田径运动会在市体育场开幕,来自全市的24个代表队、690名运动员参赛。

比赛为期3天,设田赛、径赛共32个项目。
搜狐 | ChinaRen | 焦点房地产 | 17173 | 搜狗
"""


def test_a_county_sites_greeting_places_a_page_that_says_only_our_city(tmp_path):
    (article,) = imported(tmp_path, SITE_GREETING_AND_BACK_BUTTON)
    assert article.meta["district"] == "迁安市"
    assert article.title == "我市举行中小学生春季田径运动会"
    assert article.meta["published"] == "2019-04-18"
    assert paragraphs(article)[-1] == "比赛为期3天,设田赛、径赛共32个项目。"


PORTAL_PICTURES_AND_RECOMMENDATIONS = """信阳市潢川县举办中小学生篮球赛
来源:某某广电国际在线  |  2023-10-12 10:20:11

  近日,潢川县中小学生篮球赛在县体育馆开幕,全县36支代表队的420名运动员参赛。

潢川县举办中小学生篮球赛_fororder_图片1

比赛现场

  比赛分小学、初中两个组别,为期三天。(文/图 蔡立新)

编辑:何春燕
图片默认标题_fororder_WechatIMG2031
最新推荐
新闻
文娱
体育
城市
"""


def test_a_portals_picture_names_recommendations_and_an_outlet_named_zaixian(tmp_path):
    (article,) = imported(tmp_path, PORTAL_PICTURES_AND_RECOMMENDATIONS)
    assert article.meta["authors"] == ["蔡立新"]  # 国际在线 is the outlet, no person
    assert headings(article) == []  # (文娱, 体育 …: the portal's menu, no headings)
    assert article.meta["captions"] == ["比赛现场"]  # (not 最新推荐, the list's label)
    assert paragraphs(article)[-1] == "比赛分小学、初中两个组别,为期三天。"


ONE_LINE_PAGE_HEADLINE_THEN_DATELINE = (
    "大龙学校 维修校舍 改善住宿条件 本报讯(记者 石明远 通讯员 龙晓燕)2月20日,在保靖县大龙九年一贯制学校,"
    "几名工人正在给学生宿舍更换门窗,学校趁寒假维修老旧设施。 该校现有16个教学班,学生900余人,"
    "寒假里维修了宿舍、教室和食堂。 学校还更换了用电线路400米,给教室后排窗户加装了防护网,"
    "给篮球架和校门重新刷了漆。 目前维修工程已近尾声,开学前将全部完工。 |"
)


def test_a_one_line_pages_headline_before_its_dateline(tmp_path):
    (article,) = imported(tmp_path, ONE_LINE_PAGE_HEADLINE_THEN_DATELINE + "\n")
    assert article.title == "大龙学校 维修校舍 改善住宿条件"
    assert article.meta["authors"] == ["石明远", "龙晓燕"]
    assert paragraphs(article)[0].startswith("2月20日,在保靖县大龙九年一贯制学校")


SUMMARY_BOX_OVER_THE_LEAD = """宜宾南溪区 乡村学校少年宫全覆盖

2015-05-12 09:30 来源:某某在线 责任编辑:某某
摘要】南溪区近日召开乡村学校少年宫建设推进会。记者从会上获悉,全区已建成乡村学校少年宫21所,实现全覆盖,

    南溪区近日召开乡村学校少年宫建设推进会。记者从会上获悉,全区已建成乡村学校少年宫21所,实现全覆盖,孩子们放学后有了学习兴趣特长的地方。

    各少年宫依托乡土资源开设竹编、川剧等课程。
"""


def test_a_sites_summary_box_over_the_lead_is_not_a_paragraph(tmp_path):
    (article,) = imported(tmp_path, SUMMARY_BOX_OVER_THE_LEAD)
    assert paragraphs(article)[0].startswith("南溪区近日召开乡村学校少年宫建设推进会")
    assert not any(p.startswith("摘要") for p in paragraphs(article))
    assert article.meta["published"] == "2015-05-12"


PORTAL_REPOST_WITH_RELATED_LIST = """莘县一所小学开展少先队建队日主题活动
??某鲁网10月11日讯 10月13日是少先队建队纪念日。莘县实验小学于10月9日举行了“红领巾心向党”主题活动,全校1200名队员参加。
??活动开始,全体队员齐唱队歌,新队员代表宣誓。
??最后,学校为10个优秀中队颁发了流动红旗。(通讯员 郭晓倩)
责任编辑:某某
- 莘县实验小学启动读书月活动2024-04-02
- 莘县实验小学举办一二年级无纸笔测评2024-01-24
"""


def test_a_portals_dated_dateline_and_its_list_of_related_pages(tmp_path):
    (article,) = imported(tmp_path, PORTAL_REPOST_WITH_RELATED_LIST)
    assert article.title == "莘县一所小学开展少先队建队日主题活动"
    assert paragraphs(article)[0].startswith("10月13日是少先队建队纪念日")
    assert paragraphs(article)[-1] == "最后,学校为10个优秀中队颁发了流动红旗。"
    assert article.meta["authors"] == ["郭晓倩"]
    assert not article.meta.get("captions")


SITE_AUTHOR_AND_GLUED_PAPER = """地震演练 汉沽学校有序疏散

来源: 某某网 作者:新报李思凌 编辑:某某 2019-12-06 09:05:55

内容提要:12月5日上午,滨海新区多所学校开展地震应急疏散演练,1800多名师生两分钟内全部撤到操场。

  天津某某网讯:12月5日上午,滨海新区多所学校开展地震应急疏散演练,1800多名师生两分钟内全部撤到操场。

  演练结束后,老师们给学生讲解了避震知识。
(相关资料图)
热点
- 某某区举办秋季运动会
版权和免责申明
凡注有“某某网”字样的稿件,均为某某网独家版权所有,未经许可不得转载。
"""


def test_a_glued_papers_writer_a_summary_label_and_a_portals_notice(tmp_path):
    (article,) = imported(tmp_path, SITE_AUTHOR_AND_GLUED_PAPER)
    assert article.meta["authors"] == ["李思凌"]
    assert paragraphs(article)[0].startswith("12月5日上午,滨海新区多所学校")
    assert paragraphs(article)[-1] == "演练结束后,老师们给学生讲解了避震知识。"
    assert headings(article) == []


def test_a_site_named_as_the_author_is_no_person(tmp_path):
    page = (
        "新生军训开营\n时间:2021-09-01 20:52:49 来源:某某新闻 作者:阳澄网\n"
        "昨天,武进区一所中学的845名新生开始军训,为期5天。\n教官带领学生练习队列。\n"
    )
    (article,) = imported(tmp_path, page)
    assert article.meta["authors"] == []


COUNTY_SITE_FOOTER_AND_A_SCHOOLS_SHORT_NAME = """为推广书法教育,11月10日,全省首届书法水平测试在我县龙江小学开考,全县共设39个考场,940人报考。
测试分毛笔和硬笔两个科目,合格考生将获得等级证书。
主办单位: 剑阁县人民政府办公室
建设与维护:某某市电子政务外网运营中心
"""


def test_a_county_sites_footer_places_a_text_that_names_a_school_by_anothers_short_name(
    tmp_path,
):
    # 龙江小学 is a school of 剑阁县; 龙江 alone is the short name of Heilongjiang's 龙江县.
    (article,) = imported(tmp_path, COUNTY_SITE_FOOTER_AND_A_SCHOOLS_SHORT_NAME)
    assert article.meta["district"] == "剑阁县"
    assert "建设与维护" not in article.title
    assert paragraphs(article)[-1].startswith("测试分毛笔和硬笔两个科目")


@pytest.mark.parametrize(
    "text",
    [
        # 丰满 is a word (丰满了…) before it is 丰满区; 惠民 (教育惠民) before 惠民县.
        "非遗进校园\n\n活动丰满了校园文化生活,也丰满了孩子们的课余时间。\n\n学校将继续开展非遗教育。\n",
        "教育惠民见实效\n\n今年我县推出教育惠民十项举措,教育惠民政策惠及全县学生。\n",
        # 刘云霄 is a person; 云霄 alone is 云霄县's short name.
        "非遗作品展\n\n副校长刘云霄说:“孩子们把学到的手艺都展示出来了。”\n\n刘云霄表示,学校还将开设剪纸课。\n",
    ],
)
def test_an_everyday_word_or_a_persons_name_places_no_text(tmp_path, capsys, text):
    assert_refused_for_no_county(tmp_path, capsys, text)


FLATTENED_REPOST_WITH_ITS_ORIGINAL_TITLE = (
    "原标题:戏曲展演 “生旦净末丑,一招一式皆是功夫。”近日,恩施市龙凤中学的操场上掌声不断,"
    "街道文体中心与学校联合举办的戏曲进校园活动在这里上演,300多名学生观看了演出。 "
    "连日来,街道各中小学陆续开展戏曲培训、戏曲展演,还成立了戏曲兴趣小组,让更多学生了解传统戏曲文化。 "
    "来源:恩施某报 记者 向明月 谭小雨 (责任编辑 田思远)"
)


def test_a_flattened_reposts_original_title_and_its_source_line_with_reporters(tmp_path):
    (article,) = imported(tmp_path, FLATTENED_REPOST_WITH_ITS_ORIGINAL_TITLE + "\n")
    assert article.title == "戏曲展演"
    assert article.meta["authors"] == ["向明月", "谭小雨"]
    assert article.meta["editors"] == ["田思远"]
    assert article.meta["source_name"] == "恩施某报"
    assert paragraphs(article)[0].startswith("“生旦净末丑,一招一式皆是功夫。”近日")


EPAPER_ONE_LINE_WITH_A_KICKER = (
    "国内统一连续出版物号:CN53-0003 某某日报社出版\n\n2024年06月24日\n\n"
    "龙头山镇: 戏曲进校园 文化润童心 本报讯 (通讯员 颜 明 文/图)6月20日,送戏下乡演出走进鲁甸县龙头山镇中学,"
    "为学校700余名师生送上一台传统戏曲。 演员们表演了京剧、滇剧选段,还给学生讲解了戏曲常识。 "
    "不少学生第一次近距离看到戏服和脸谱,演出结束后还围着演员问个不停。 "
    "戏曲进校园让传统文化在校园里扎下了根。\n"
)


def test_an_epapers_one_line_article_with_a_kicker_and_a_spaced_name(tmp_path):
    (article,) = imported(tmp_path, EPAPER_ONE_LINE_WITH_A_KICKER)
    assert article.meta["district"] == "鲁甸县"
    assert article.title.endswith("戏曲进校园 文化润童心")
    assert article.meta["authors"] == ["颜明"]  # (文化润童心 is no 文 credit)
    assert paragraphs(article)[0].startswith("6月20日,送戏下乡演出走进鲁甸县")


def test_a_captcha_prompt_and_a_sites_tagline_are_furniture(tmp_path):
    page = (
        "沙县区一所小学开展非遗进校园活动\n11月23日,沙县区凤岗中心小学用展板介绍了20个非遗项目,600名学生参观。\n"
        "非遗传承人还教学生做了福袋。\n某某文化界 Dswhj.com 整理发布\n请输入验证码\n"
    )
    (article,) = imported(tmp_path, page)
    assert article.title == "沙县区一所小学开展非遗进校园活动"
    assert not article.meta.get("captions")
    assert paragraphs(article)[-1] == "非遗传承人还教学生做了福袋。"


@pytest.mark.parametrize(
    "page, authors, first",
    [
        (
            "临池镇小学构建家校共同体\n某某日报/某某网邹平讯(通讯员张传源李燕报道)今年以来,邹平市临池镇中心小学"
            "组织老师走进学生家庭,全年家访800多户。\n学校还请家长走进课堂听课。\n",
            ["张传源", "李燕"],
            "今年以来,邹平市临池镇中心小学",
        ),
        (
            "科普大篷车进校园\n5月27日,凤城市科协和省科技馆把科普大篷车开进两所小学,2000余名师生参加。\n"
            "同学们观看了球幕电影和机器狗表演。\n(供稿/凤城市科协 撰稿/邢一娴 )\n",
            ["邢一娴"],
            "5月27日,凤城市科协和省科技馆",
        ),
        (
            "王成军孙永庚 本报讯 4月13日,洪泽区全民读书活动启动仪式在区实验小学举行,200多名师生和家长参加。"
            " 亲子阅读竞赛中,选手们分享了共读一本书的收获,现场不时响起掌声。"
            " 优秀选手将在5月与作家面对面交流读书心得,并聆听儿童文学创作讲座。"
            " 启动仪式上,区教育局还向学校赠送了500册图书。\n",
            ["王成军", "孙永庚"],
            "4月13日,洪泽区全民读书活动",
        ),
    ],
)
def test_signatures_with_names_run_together_or_roles_set_with_slashes(
    tmp_path, page, authors, first
):
    (article,) = imported(tmp_path, page)
    assert article.meta["authors"] == authors
    assert paragraphs(article)[0].startswith(first)
    assert not any("供稿" in p for p in paragraphs(article))


AT_HEADLINE_AND_SLASHED_PHOTO_CREDITS = """@城口学子 你的新学期课本已在路上 请注意查收!
日期:2025-02-10
大中小

2025年春季开学在即,县新华书店连日来分拣新教材,确保开学前全县80多所学校的5万多名学生领到课本。
工作人员在核对各学校的书单和数量。记者/谭小鹏 摄
2月8日,记者在书店仓库看到,一摞摞新书已按学校打包。
工作人员在整理、打包教辅书籍。记者/谭小鹏 摄
"""


def test_a_headline_that_opens_with_an_at_and_captions_credited_with_a_slash(tmp_path):
    (article,) = imported(tmp_path, AT_HEADLINE_AND_SLASHED_PHOTO_CREDITS)
    assert article.meta["district"] == "城口县"
    assert article.title == "@城口学子 你的新学期课本已在路上 请注意查收!"
    assert article.meta["captions"] == [
        "工作人员在核对各学校的书单和数量。",
        "工作人员在整理、打包教辅书籍。",
    ]
    assert article.meta["authors"] == ["谭小鹏"]
    assert headings(article) == []  # (大中小: the font-size switch)


def test_a_quarter_of_bungalows_and_rural_revival_name_no_district(tmp_path, capsys):
    text = (
        "大山里的积木学校\n\n在一大片老红砖墙面的平房区映衬下,这所新学校格外显眼。\n\n"
        "学校把乡村振兴和美育结合起来,孩子们在平房改成的美术室里上课。\n"
    )
    assert_refused_for_no_county(tmp_path, capsys, text)


def test_a_short_name_spelled_across_two_words_places_no_text(tmp_path, capsys):
    # 普惠|安全 holds 惠安 (惠安县's short name) twice, as no word of the text.
    text = (
        "学前教育宣传月启动\n\n我县推进学前教育普及普惠安全优质发展,公办幼儿园在园幼儿占比超过一半。\n\n"
        "各幼儿园将围绕主题开展活动,推动学前教育普及普惠安全优质发展。\n"
    )
    assert_refused_for_no_county(tmp_path, capsys, text)


@pytest.mark.parametrize("gap", ["\n", ""])
def test_two_writers_names_run_together_in_brackets_after_the_text(tmp_path, gap):
    page = (
        "城厢区民警给学生上防欺凌课\n日前,城厢区一所小学请来派出所民警,给600名学生上了一堂防范校园欺凌的法治课。\n"
        f"民警还给学生讲了遇到欺凌时怎样求助。{gap}(李伟强林养东)\n"
    )
    (article,) = imported(tmp_path, page)
    assert article.meta["authors"] == ["李伟强", "林养东"]
    assert paragraphs(article)[-1] == "民警还给学生讲了遇到欺凌时怎样求助。"


GOVERNMENT_SIDEBAR_UNDER_THE_TEXT = """首页> 区内动态> 部门动态
河北乐亭:小菜园里上劳动课
发布日期:2023-09-13 阅览量:3446 字号: +放大 -缩小

近年来,乐亭县依托当地的农业资源,在全县30所中小学建起校园农场,学生在老师带领下种菜、浇水、收获。

新华社记者 牟某 摄影报道

来源:新华社

国务院
征集
国务院
客户端
互联网
+督查
公众号 政务公开 政务服务 互动交流
"""


def test_a_government_sites_sidebar_of_links_after_the_text(tmp_path):
    (article,) = imported(tmp_path, GOVERNMENT_SIDEBAR_UNDER_THE_TEXT)
    assert article.meta["authors"] == ["牟某"]  # 国务院 is a link, no byline
    assert headings(article) == []
    assert article.meta["source_name"] == "新华社"
    assert paragraphs(article)[-1].startswith("近年来,乐亭县依托当地的农业资源")
