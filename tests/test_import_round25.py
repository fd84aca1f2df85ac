"""Layouts of the twenty-fifth round of real pages (docs/dev/layouts.md part 4o),
each on a small page written in our own words."""

from __future__ import annotations

from tests.helpers import body_headings, import_page, paragraphs


# 日期查询:2023年09月11日: an e-paper's date picker over a print page; its date is the
# page's, never the title.
def test_an_epapers_date_picker_over_the_page(tmp_path):
    page = (
        "日期查询:2023年09月11日\n"
        "繁峙开会表彰优秀教师\n"
        "本报记者 陈某宁 通讯员 钟某辰\n"
        "　　9月7日，繁峙县召开教育\n"
        "大会，庆祝第39个教师节。\n"
        "　　会上，8名优秀个人和18\n"
        "个先进集体受到表彰。\n"
        "　　县里还为从教30年的教师\n"
        "颁发了荣誉证书。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "繁峙开会表彰优秀教师"
    assert article.meta["published"] == "2023-09-11"


# 湛江徐闻将建2所小学、1所中学，新增5200个学位！ over 日期：…: a web headline that
# exclaims as a sentence does is still the headline over its info line; 来源时间为：…,
# when the source first ran it, is no line of the text.
def test_an_exclaiming_web_headline_over_its_info_line(tmp_path):
    page = (
        "返回首页 > 位置: 学校网 > 徐闻县 > 正文\n\n"
        "湛江徐闻将建2所小学、1所中学，新增5200个学位！\n\n"
        "日期：2023/1/22 17:01:20 浏览：\n\n"
        "来源时间为：2022-10-16\n\n"
        "这些年，徐闻县把提高教育质量摆在中心位置，全县教育事业实现了全面发展。\n\n"
        "县里今年将新建3所学校。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "湛江徐闻将建2所小学、1所中学，新增5200个学位！"
    assert article.meta["published"] == "2023-01-22"
    assert not any("来源时间" in p for p in paragraphs(article))
    assert body_headings(article) == []


# 深度 | 我是公费师范生: a column of a word before a bar, over a short headline.
def test_a_one_word_column_before_a_bar(tmp_path):
    page = (
        "当前位置：\n某某教育新闻网 > 要闻 > 详情\n\n"
        "深度 | 我是公费师范生\n\n"
        "2026-02-05 16:37:19 来源：《湖南教育》 作者：赵某纬 吴某丽\n\n"
        "2006年，湖南恢复公费师范教育，“农村小学教师公费定向培养专项计划”由此启动，隆回县是首批受益的县。\n\n"
        "二十年来，10万余名乡村学子成为公费师范生。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "我是公费师范生"
    assert article.meta["source_name"] == "湖南教育"  # (its title marks are not its name)
    assert article.meta["authors"] == ["赵某纬", "吴某丽"]


# 来源:《山东教育报》综合版作者:某某 A+A-: the writer's label run on after the source's
# value and its page, the font buttons at the end.
def test_a_writers_label_run_on_after_the_source(tmp_path):
    page = (
        "首页 > 各地 > 临沂 > 正文\n\n"
        "临沭县：基础教育改革成果丰硕\n"
        "发布时间:2025-01-27 09:23 来源:《山东教育报》综合版作者:季某友 A+A-\n"
        "-分享-\n\n"
        "　　近年来，临沭县把教育优先发展战略落到实处，全县教育格局发生深刻变化。\n\n"
        "　　县教体系统先后获得30余个荣誉称号。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["季某友"]
    assert article.meta["source_name"] == "山东教育报"
    assert article.meta["published"] == "2025-01-27"


# A WeChat post: the headline, then its lead set as short lines one under the other,
# one of them opening with a year; the headline stays the title, no line loses a
# character, and a ▲ caption ends at its line on a web page.
def test_a_lead_set_line_by_line_under_the_headline(tmp_path):
    page = (
        "武清区2025年教育资源再扩容\n\n"
        "教育连着千家万户\n"
        "2025年 武清教育资源再上台阶\n"
        "新校区陆续投用\n"
        "名校合作不断深化\n"
        "家门口的“好学校”\n"
        "正在一所所变成现实\n\n"
        "《公仆走进直播间》特别策划4月22日迎来武清区，区长介绍了今年全区教育资源建设的安排。\n\n"
        "▲武清区区长许某悟做客《公仆走进直播间》\n"
        "今年武清区计划新建3所学校、1栋教学楼，一共将新增4440个学位。\n\n"
        "学校2025年起面向全区招生。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "武清区2025年教育资源再扩容"
    assert "2025年 武清教育资源再上台阶" in article.meta["subtitle"]
    assert article.meta["captions"] == ["▲武清区区长许某悟做客《公仆走进直播间》"]
    assert "今年武清区计划新建3所学校、1栋教学楼，一共将新增4440个学位。" in paragraphs(article)


# An e-paper page read as a print page: its list of pages (01版 / 要 闻 / 02版 / 某某两会),
# its 标题导航 list of the page's headlines (this one among them) and its page buttons
# set as a list (• 上一篇): none is a heading, and the headline over the text is the title.
def test_an_epapers_page_list_headline_list_and_buttons(tmp_path):
    page = (
        "06版：要 闻 上一版3  4下一版\n\n"
        "01版\n要 闻\n\n02版\n2018海南两会\n\n03版\n2018海南两会\n\n"
        "标题导航\n"
        "刷卡刷手机都是1分钱\n"
        "琼山五小获评国家 防震减灾示范学校\n"
        "海口火车站预计送客24.8万人次\n\n"
        "返回海口\n\n"
        "琼山五小获评国家 防震减灾示范学校\n\n"
        "    本报1月31日讯（记者罗某）今天，记者从市地震局获悉，琼山五小获评国家防震减灾科普示范学校。\n\n"
        "    全省获得这一称号的学校仅此一所。\n\n"
        "  • 上一篇\n  • 下一篇\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "琼山五小获评国家 防震减灾示范学校"
    assert body_headings(article) == []
    assert not any("上一篇" in p or "两会" in p for p in paragraphs(article))


# A city paper's e-paper article copied without its site's menus (read as print): its
# page buttons set as a list (• 上一篇 / • 下一篇) over and under the text are no
# sidebar and no text.
def test_page_buttons_set_as_a_list_on_a_print_copy(tmp_path):
    page = (
        "我市再添一批劳动教育实验校\n\n"
        "  • 上一篇\n"
        "  • 下一篇\n"
        "  • 近日，市教育局确定第二批劳动教育实验单位，芦淞区白关中心小学等20所中小学入选。\n\n"
        "    株洲日报全媒体记者/戴某 摄\n\n"
        "  • 上一篇\n"
        "  • 下一篇\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["authors"] == ["戴某"]
    assert body_headings(article) == []
    assert not any("上一篇" in p or "下一篇" in p for p in paragraphs(article))


# 三峡某报 / 2023年7月15日 / headline / its photo's caption / 　　本报讯…: the headline
# and the caption over the first indented line, each a line of its own (the caption
# ends in its stop), though the headline is near the column's width.
def test_a_headline_and_its_photos_caption_over_the_first_indent(tmp_path):
    page = (
        "三峡某报\n"
        "2023年7月15日\n"
        "厦门教育代表团来万州考察交流\n"
        "代表团一行在万州福建小学参观。\n"
        "　　本报讯（记者 徐某 文/图）日\n"
        "前，厦门市教育代表团到万州区考察调\n"
        "研，探望在万州支教的厦门教师，并与\n"
        "当地开展教育教学交流。\n"
        "　　在万州福建小学，学校负责人向代\n"
        "表团讲述了建校沿革和教育教学开展情\n"
        "况，还陪同他们走进家校共育中心、社\n"
        "团展示区以及校史陈列馆。\n"
        "　　代表团对学校整洁美丽的校园和各\n"
        "项育人工作的成效表示赞赏，期望两地\n"
        "继续深化交流。\n"
        "　　据了解，自两地开展教育协作以来，\n"
        "厦门已先后选派多批骨干教师到万州支\n"
        "教，万州也组织校长和教师赴厦门跟岗\n"
        "学习，两地学校结成了多对友好学校。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["title"] == "厦门教育代表团来万州考察交流"
    assert article.meta["captions"] == ["代表团一行在万州福建小学参观。"]
    assert article.meta["authors"] == ["徐某"]


# …只设一至四年级——— / 美丽的“贵州之巅” / 　　9月15日…: a lead that runs into its
# dash, then a section heading with a quoted name, set flush over an indented line.
def test_a_lead_running_into_a_quoted_heading(tmp_path):
    page = (
        "探访贵州“最高学府”\n"
        "　　六盘水市钟山区大湾镇和赫章县\n"
        "珠市民族乡交界的地方，耸立着人称\n"
        "“贵州之巅”的韭菜坪，它的山丫上\n"
        "有一所小学，只设一至四年级———\n"
        "美丽的“贵州之巅”\n"
        "　　9月15日上午，记者坐车到了韭\n"
        "菜坪南麓，找到一辆摩托，司机答应\n"
        "送记者上山。\n"
        "　　上山走的是一条又陡又弯的乡村\n"
        "水泥路，通车还不到1个月。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert body_headings(article) == ["美丽的“贵州之巅”"]
    assert paragraphs(article)[0].endswith("只设一至四年级———")


# ◀ (or ▶) points at the photo as ▲ does: the line it opens is a caption.
def test_a_caption_marked_by_a_side_arrow(tmp_path):
    page = (
        "天元小学戏曲节目获省级展演冠军\n\n"
        "5月15日，湖南省少儿戏曲“小梅花”展演在株洲举行，天元小学的湘剧戏歌获得集体节目组冠军。\n\n"
        "◀《少年中国说》表演现场。\n\n"
        "节目由天元小学的18名学生共同演绎。\n"
    )
    (article,) = import_page(tmp_path, page)
    assert article.meta["captions"] == ["◀《少年中国说》表演现场。"]
