"""The structure stage on small hand-written layouts (not the seeds)."""

from __future__ import annotations

from generator.districts import Gazetteer
from generator.read import split_lines
from generator.structure.articles import assemble
from generator.structure.pages import split_articles
from generator.structure.text import collapse_justification, join_lines
from generator.structure.units import segment_units
from tests.helpers import ROOT

GAZETTEER = Gazetteer.load(ROOT / "docs" / "data")


def units_of(text: str):
    return segment_units(
        split_lines(text), frozenset(n for d in GAZETTEER.districts for n in d.names)
    )


def drafts_of(text: str):
    units = units_of(text)
    return [assemble(d, part, GAZETTEER) for d, part in split_articles(units, GAZETTEER)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in units_of(text)]


def test_join_never_puts_spaces_between_cjk_and_keeps_latin_and_numbers():
    assert join_lines(["建成MIDI多功", "能影音教室，建立“7+1", "+N”机制，引领1.4", "万名教师"]) == (
        "建成MIDI多功能影音教室，建立“7+1+N”机制，引领1.4万名教师"
    )


def test_join_does_not_split_acronyms_broken_by_the_column():
    assert join_lines(["打造“GE", "BUS智能精准教研生态体系”"]) == "打造“GEBUS智能精准教研生态体系”"


def test_justification_spaces_go_but_phrase_spaces_stay():
    assert (
        collapse_justification("重庆市中外人文交流 实 验 区（全 市 仅 4")
        == "重庆市中外人文交流实验区（全市仅4"
    )
    assert (
        collapse_justification("开展“用心护航 阳光成长”游园会") == "开展“用心护航 阳光成长”游园会"
    )
    assert collapse_justification("AI 课堂") == "AI 课堂"


def test_blank_lines_inside_a_sentence_are_not_paragraph_breaks():
    text = "南岸区坚持把教育放在优先\n\n发展的战略位置，通过建设\n\n实验区，跑出“加速度”。\n\n第二段从这里开始。"
    assert kinds(text) == [
        ("para", "南岸区坚持把教育放在优先发展的战略位置，通过建设实验区，跑出“加速度”。"),
        ("para", "第二段从这里开始。"),
    ]


def test_a_short_line_ending_a_sentence_inside_a_frame_ends_the_paragraph():
    text = (
        "围绕高标准规划应用试点，大足区\n构建三级联动机制，优化智能研修\n生态环境。今年，大足区获评全国\n"
        "应用领航试点工作区。\n据了解，大足区以智能研修平台\n为依托，建立了三级应用模式。"
    )
    paragraphs = [t for k, t in kinds(text) if k == "para"]
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("应用领航试点工作区。")
    assert paragraphs[1].startswith("据了解")


def test_one_line_per_blank_column_stream_reflows_into_paragraphs():
    column = [
        "近年来，巴南区教",
        "育系统全面贯彻党的教",
        "育方针，迈上新台阶。",
        "在教育高质量发展",
        "的波澜之下，一场对话",
        "正在悄然发生。",
    ]
    paragraphs = [t for k, t in kinds("\n\n".join(column)) if k == "para"]
    assert paragraphs == [
        "近年来，巴南区教育系统全面贯彻党的教育方针，迈上新台阶。",
        "在教育高质量发展的波澜之下，一场对话正在悄然发生。",
    ]


def test_two_line_heading_stays_one_heading():
    text = "前文到此结束。\n\n统筹规划 整体设计\n为教育综合改革谋篇布局\n\n2021年3月，南岸区举行专题会，\n激发了协同创新的品质和力量。"
    found = kinds(text)
    assert ("display", "统筹规划 整体设计 为教育综合改革谋篇布局") in found


def test_byline_credit_and_caption_are_recognised_and_kept_out_of_paragraphs():
    text = (
        "## 九龙坡 把惠民有感落到实处\n\n九龙坡区加大教育投入，新建10所学校。\n\n\n\n"
        "晋渝森林小学学子参加艺术展演\n\n\n\n全区学校办学条件不断优化。\n\n王小寒 唐华颖 黄丹\n图片由九龙坡区教委提供"
    )
    (draft,) = drafts_of(text)
    assert draft.authors == ["王小寒", "唐华颖", "黄丹"]
    assert draft.photo_credit == "九龙坡区教委"
    assert draft.captions == ["晋渝森林小学学子参加艺术展演"]
    body = "".join(p for s in draft.sections for p in s.paragraphs)
    for noise in ("王小寒", "图片由", "晋渝森林小学学子"):
        assert noise not in body


def test_caption_dropped_into_the_middle_of_a_sentence_is_lifted_out():
    text = "九龙坡区加大教育投入，让每个孩子\n\n\n\n杨家坪中学的学生们在实验课堂\n\n\n\n在家门口上好学。"
    (draft,) = drafts_of(text)
    assert draft.captions == ["杨家坪中学的学生们在实验课堂"]
    assert draft.sections[0].paragraphs == ["九龙坡区加大教育投入，让每个孩子在家门口上好学。"]


def test_a_caption_marked_by_tu_wei_or_a_triangle_is_a_caption_however_it_ends():
    text = (
        "涪陵区新增公办学位2.3万个，城区大班\n\n图为李渡中学学生在新建的\n运动场上开展体育活动。\n\n额全面消除。\n\n"
        "▲学生们在实验室里做实验\n\n涪陵区还建成市级课程创新基地8个。"
    )
    (draft,) = drafts_of(text)
    assert draft.captions == [
        "图为李渡中学学生在新建的运动场上开展体育活动。",
        "▲学生们在实验室里做实验",
    ]
    assert draft.sections[0].paragraphs == [
        "涪陵区新增公办学位2.3万个，城区大班额全面消除。",
        "涪陵区还建成市级课程创新基地8个。",
    ]


def test_a_display_line_with_nothing_after_it_is_no_column_line():
    text = "涪陵区以课堂改革为突破口，推行\n“三环六步”教学模式，建成市级\n课程创新基地8个。全区本科上线\n率达到78.6%，创历史新高。\n\n涪陵十五中学生在进行科学实\n\n本版图片由涪陵区教委提供"
    (draft,) = drafts_of(text)
    assert draft.captions == ["涪陵十五中学生在进行科学实"]


def test_a_heading_with_a_colon_is_a_heading_but_an_interview_turn_is_a_paragraph():
    text = (
        "万州区建立“流动图书馆”，三年来累\n计配送图书56万册。\n\n校长访谈：让阅读成为习惯\n\n"
        "问：学校为什么如此重视阅读？\n\n答：阅读是一切学习的\n基础。"
    )
    (draft,) = drafts_of(text)
    assert [s.heading for s in draft.sections] == ["", "校长访谈：让阅读成为习惯"]
    assert draft.sections[1].paragraphs == [
        "问：学校为什么如此重视阅读？",
        "答：阅读是一切学习的基础。",
    ]


def test_a_label_ending_in_a_colon_heads_the_heading_but_a_quotations_verb_runs_on():
    for layout in ("亮点一：\n非遗课程进课堂", "亮点一：\n\n非遗课程进课堂"):
        text = f"荣昌区开发非遗课程42门。\n\n{layout}\n\n荣昌区安富中学开设陶艺课程已有10年。"
        (draft,) = drafts_of(text)
        assert [s.heading for s in draft.sections] == ["", "亮点一：非遗课程进课堂"], layout
    (draft,) = drafts_of("荣昌区开发非遗课程42门。\n\n传承人颜坤吉说：\n\n“孩子们学得很认真。”")
    assert draft.sections[0].paragraphs == [
        "荣昌区开发非遗课程42门。",
        "传承人颜坤吉说：“孩子们学得很认真。”",
    ]
    (draft,) = drafts_of("荣昌区开发非遗课程42门。\n\n主要做法是：\n\n聘请非遗传承人38名。")
    assert draft.sections[0].paragraphs == [
        "荣昌区开发非遗课程42门。",
        "主要做法是：聘请非遗传承人38名。",
    ]


def test_list_items_are_paragraphs_each_even_when_wrapped():
    text = (
        "城口县乡村教育成效明显。\n\n●全县义务教育巩固率达到99.2%，\n高于全市平均水平\n●高考本科上线率连续5年提高\n\n"
        "◆建成市级乡村温馨校园12所，\n\n覆盖全县所有乡镇\n\n城口县还将继续推进乡村教育振兴。"
    )
    (draft,) = drafts_of(text)
    assert draft.sections[0].paragraphs == [
        "城口县乡村教育成效明显。",
        "●全县义务教育巩固率达到99.2%，高于全市平均水平",
        "●高考本科上线率连续5年提高",
        "◆建成市级乡村温馨校园12所，覆盖全县所有乡镇",
        "城口县还将继续推进乡村教育振兴。",
    ]


def test_a_contributing_office_signs_the_article_and_an_inline_deck_is_split():
    (draft,) = drafts_of(
        "# 大山深处书声琅琅——城口县推进乡村教育振兴\n\n城口县建成温馨校园12所。\n\n（城口县教委供稿）"
    )
    assert (draft.title, draft.subtitle, draft.authors) == (
        "大山深处书声琅琅",
        "——城口县推进乡村教育振兴",
        ["城口县教委"],
    )
    (draft,) = drafts_of("城口县建成温馨校园12所。\n\n图片由城口县教委供稿")
    assert (draft.authors, draft.photo_credit) == ([], "城口县教委")


def test_padded_two_character_names_and_letter_spaced_display_lines():
    (draft,) = drafts_of(
        "科 教 融 合\n\n沙坪坝区打造教育新高地\n\n沙坪坝区共建附属学校21所。\n\n高 阳 王丽娜\n何 霜\n图片由沙坪坝区教委提供"
    )
    assert (draft.subtitle, draft.title) == ("科教融合", "沙坪坝区打造教育新高地")
    assert draft.authors == ["高阳", "王丽娜", "何霜"]


def test_a_headline_after_the_byline_stays_with_its_article_up_to_the_next_districts_name():
    text = (
        "两江新区新建中小学幼儿园48所。\n\n两江新区新增学位6.8万个。\n\n记者 江雨\n\n新区教育跑出加速度\n\n"
        "万盛经开区\n\n万盛经开区建成足球特色学校9所。\n\n万盛经开区获得金牌23枚。\n\n记者 陈曦"
    )
    first, second = drafts_of(text)
    assert (first.district, first.title) == ("两江新区", "新区教育跑出加速度")
    assert (
        second.district == "万盛经开区"
        and second.subtitle == ""
        and second.title != "新区教育跑出加速度"
    )


def test_without_bylines_a_caption_between_two_articles_stays_with_the_first():
    text = (
        "南川区：让乡村学校小而美\n\n南川区有乡村小规模学校46所，近年来\n实施品质提升行动。\n\n南川区累计投入资\n金1.9亿元。\n\n"
        "德隆镇中心小学的孩子们在阅览室读书\n\n武隆区：研学旅行走出新路径\n\n武隆区建成研学实践教育\n基地14个。\n\n武隆区开发研\n学课程28门。"
    )
    first, second = drafts_of(text)
    assert first.captions == ["德隆镇中心小学的孩子们在阅览室读书"] and second.captions == []
    assert (first.title, second.title) == ("南川区：让乡村学校小而美", "武隆区：研学旅行走出新路径")


def test_a_display_line_between_the_text_and_the_byline_is_a_caption_when_the_headline_follows():
    text = "巫山县建成专递课堂教室，\n覆盖所有乡村学校。\n\n当雄乡小学学生通过专递课堂上英语课\n\n记者 苟晓丽\n\n用云端连接大山与未来"
    (draft,) = drafts_of(text)
    assert (draft.title, draft.subtitle) == ("用云端连接大山与未来", "")
    assert draft.captions == ["当雄乡小学学生通过专递课堂上英语课"]


def test_a_dateline_gives_the_reporters_and_the_paragraph_goes_on_from_the_news():
    (draft,) = drafts_of(
        "江北区举办科技节\n\n本报讯（记者 吴倩 通讯员 郑凯）5月\n20日，江北区科技节开幕。"
    )
    assert draft.authors == ["吴倩", "郑凯"]
    assert draft.sections[0].paragraphs == ["5月20日，江北区科技节开幕。"]
    (draft,) = drafts_of("江北区举办科技节\n\n本报讯（江北区教委）5月20日，江北区科技节开幕。")
    # An office in the brackets signs no person: the dateline still leaves the text.
    assert draft.authors == [] and draft.sections[0].paragraphs[0] == "5月20日，江北区科技节开幕。"


def test_box_items_on_lines_of_their_own_are_items_not_one_long_heading():
    text = (
        "丰都县新建公办幼儿园32所，\n入园率达到93.5%。\n\n学校名片\n\n园名：滨江幼儿园\n\n建成时间：2022年9月\n\n"
        "数说丰都\n\n公办幼儿园\n\n68所\n\n专任教师\n\n1260名"
    )
    (draft,) = drafts_of(text)
    assert [(s.heading, s.paragraphs) for s in draft.sections[1:]] == [
        ("学校名片", ["园名：滨江幼儿园；建成时间：2022年9月"]),
        ("数说丰都", ["公办幼儿园 68所；专任教师 1260名"]),
    ]


def test_short_lines_stacked_over_the_headline_are_not_a_stream():
    text = "第6版\n\n本版编辑：李华\n\n彭水\n\n让每一个孩子都能出彩\n\n彭水县把这句话写进了全县\n教育发展规划，建成社团1100余个。"
    (draft,) = drafts_of(text)
    assert draft.title == "让每一个孩子都能出彩"
    assert draft.sections[0].paragraphs == [
        "彭水县把这句话写进了全县教育发展规划，建成社团1100余个。"
    ]


def test_a_caption_naming_its_photographer_gives_caption_and_credit():
    text = "巫溪县开发美育课程18门，\n开齐率达到100%。\n\n红池坝小学学生在户外写生（通讯员 李明 摄）\n\n巫溪县引进美术教师96名，\n补齐师资短板。"
    (draft,) = drafts_of(text)
    assert (draft.captions, draft.photo_credit) == (["红池坝小学学生在户外写生"], "李明")
    assert [s.heading for s in draft.sections] == [""]


def test_byline_forms_with_marks_colons_and_closing_role_words():
    for line in (
        "■本报记者 邓涛 通讯员 刘佳 报道",
        "文：邓涛 刘佳",
        "作者：邓涛 刘佳",
        "文 | 邓涛 刘佳",
    ):
        (draft,) = drafts_of(
            f"九龙坡区制定劳动教育新课表。\n\n{line}\n\n九龙坡区：劳动教育有了新课表"
        )
        assert draft.authors == ["邓涛", "刘佳"], line
    assert (
        kinds("九龙坡区制定新课表。\n\n记者：学校为什么这样做\n\n答：为了孩子。")[1][0] != "byline"
    )


def test_photographer_lines_are_credits_and_the_photographer_comes_after_the_writers():
    for line, credit in [("摄影 陈刚", "陈刚"), ("本报记者 陈刚 摄", "陈刚"), ("图：张三", "张三")]:
        (draft,) = drafts_of(f"万州区建成图书馆246个。\n\n黄志强 向丽君\n{line}")
        assert (draft.authors, draft.photo_credit) == (["黄志强", "向丽君", credit], credit)
    (draft,) = drafts_of(
        "万州区建成图书馆246个。\n\n黄志强\n（本版图片由万州区教委提供）\n\n书香润童心"
    )
    assert (draft.authors, draft.photo_credit, draft.title) == (
        ["黄志强"],
        "万州区教委",
        "书香润童心",
    )
    (draft,) = drafts_of("万州区建成图书馆246个。\n\n图/文 周敏\n")
    assert (draft.authors, draft.photo_credit) == (["周敏"], "")


def test_lines_after_which_no_sentence_finishes_are_not_column_lines():
    text = (
        "永川区实施教师数字素养提升工程，三\n年来培训教师3.2万人次，培育市级信\n息化教学名师26名，成效明显。\n\n"
        "永川区红河小学学生在上AI编程课\n\n萱花中学学生在STEAM教室开展创客活\n\n龚雪 杨帆\n图片由永川区教委提供"
    )
    (draft,) = drafts_of(text)
    assert draft.captions == ["永川区红河小学学生在上AI编程课", "萱花中学学生在STEAM教室开展创客活"]


def test_a_single_name_is_only_a_byline_beside_a_credit():
    lone = "巴南区推进教育改革。\n\n周珣\n\n巴南区还将继续推进改革。"
    assert ("byline", "周珣") not in kinds(lone)
    with_credit = "巴南区推进教育改革。\n\n周珣\n图片由巴南区教委提供"
    assert ("byline", "周珣") in kinds(with_credit)


def test_headline_after_the_body_and_two_districts_in_one_file():
    text = (
        "巴南区推进教育改革，巴南教育迈上新台阶。\n\n巴南区建成学校24所。\n\n邹杨 黄丹\n"
        " 书写新时代的奋进答卷\n探析教育与城市融合的巴南路径\n\n精彩大课间，活力巴南娃\n\n"
        "大足区深化教育改革，大足教育暖万家。\n\n大足区建成工作室51个。\n\n周珣\n图片由大足区教委提供\n\n"
        "大足 教育“暖万家”幸福伴成长\n\n大足区第四届师生体育艺术节演出现场"
    )
    banan, dazu = drafts_of(text)
    assert (banan.district, banan.title, banan.subtitle) == (
        "巴南区",
        "书写新时代的奋进答卷",
        "探析教育与城市融合的巴南路径",
    )
    assert banan.authors == ["邹杨", "黄丹"] and banan.captions == ["精彩大课间，活力巴南娃"]
    assert (dazu.district, dazu.title, dazu.authors, dazu.photo_credit) == (
        "大足区",
        "大足 教育“暖万家”幸福伴成长",
        ["周珣"],
        "大足区教委",
    )
    assert dazu.captions == ["大足区第四届师生体育艺术节演出现场"]


def test_headline_under_an_untitled_sidebar_titles_that_sidebar():
    text = (
        "## 南岸教育绘就好风景\n\n南岸区推进教育改革。\n\n何霜 杜林燕\n图片由南岸区教委提供\n\n"
        "南岸区签订督导评估项目，构建督导体系。\n\n督导经验在全国产生影响。\n\n"
        "提升督导效能 赋能教育发展\n\n南岸区承办人文交流活动。\n\n人文交流促进民心相通。"
    )
    (draft,) = drafts_of(text)
    headings = {s.heading: s.paragraphs for s in draft.sections}
    assert headings["提升督导效能 赋能教育发展"][0].startswith("南岸区签订督导评估项目")
    assert headings["相关报道"][0].startswith("南岸区承办人文交流活动")


def test_core_tip_label_becomes_the_summary_section_wherever_it_is_printed():
    before = "## 九龙坡 惠民有感\n\n核心提示\n\n九龙坡区教育惠民。\n\n## 第一节 标题\n\n正文。"
    after = "## 巴南 六大工程\n\n巴南区教育惠民。\n\n核心提示\n\n## 第一节 标题\n\n正文。"
    for text, expected in ((before, "九龙坡区教育惠民。"), (after, "巴南区教育惠民。")):
        (draft,) = drafts_of(text)
        assert draft.sections[0].heading == "核心提示"
        assert draft.summary == expected


def test_markdown_heading_levels_are_normalised():
    text = "## 巴南“六大工程”齐发力\n\n巴南区推进改革。\n\n### 升温“民生工程”\n\n民生。\n\n### 数据见证辉煌\n\n#### 巴南教育亮眼成绩单\n\n新建学校24所。"
    (draft,) = drafts_of(text)
    assert draft.title == "巴南“六大工程”齐发力"
    assert [(s.heading, s.level) for s in draft.sections[1:]] == [
        ("升温“民生工程”", 2),
        ("数据见证辉煌", 2),
        ("巴南教育亮眼成绩单", 3),
    ]


def test_an_article_whose_district_is_named_only_once_still_gets_it():
    (draft,) = drafts_of("## 标题一则\n\n这是引言，没有提到地方。\n\n巴南区推进改革。\n")
    assert draft.district == "巴南区"
