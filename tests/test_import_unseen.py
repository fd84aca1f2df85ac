"""The importer on pages of the genre that it was not developed on.

``tests/fixtures/unseen/`` holds pages written after the importer, each with
layouts the five seeds do not have (100–104: captions of and beyond column
width, single-name bylines, stream openings, figures boxes, page furniture,
decks, two districts whose headlines follow each byline; 105–144: other
districts and counties, GB18030, CRLF and CR-only files, a BOM, marked and
photographer-credited captions, interviews, news briefs and datelines, list
items, labelled and numbered headings, facts boxes, letter spacing, sidebars
with their own headlines, three articles on one page, a short second
article naming its district once, a page banner over the date line, a
comma kicker, timeline/honours/table boxes, a principal's signed essay,
question headings and questions that are text, a bare district name
that is no listed short name, two articles signed under their headlines, a series kicker and a
jump line (下转第3版), ■ section heads and an inline 编者按：, a page without blank lines,
a kicker/headline/deck stack without commas over an honours box,
a commentary after the byline that mentions another district in passing, letter-spaced names in a byline, a masthead line over the page,
an opening question under the headline, a credit for the whole page
(本版图片…) at the foot of a page of two articles, a headline broken inside
a word (…阅读中成 / 长为…) …). Each test names what
its page tries. No hints files.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.importer import Importer
from generator.project import Project
from generator.read import read_seed
from generator.store import load_articles
from tests.helpers import make_project

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("unseen"))
    for seed in sorted(UNSEEN.glob("*.txt")):
        shutil.copy(seed, root / "seeds" / seed.name)
    assert Importer(Project(root), quiet=True).run(sorted((root / "seeds").glob("*.txt"))) == 0
    return {a.title: a for a in load_articles(root / "docs")}


def test_every_article_found_with_its_district(articles):
    assert sorted((a.district, t) for t, a in articles.items()) == sorted(
        [
            ("梁平区", "“双减”让校园更有活力"),
            ("江津区", "江津区打造新时代高素质教师队伍"),
            ("渝北区", "让每个孩子都享有公平而有质量的教育"),
            ("长寿区", "城乡携手 共享优质教育"),
            ("璧山区", "“家校社”协同育人结出硕果"),
            ("綦江区", "“五育并举”绘就育人新画卷"),
            ("酉阳土家族苗族自治县", "山区孩子也能享有好教育"),
            ("铜梁区", "传统文化浸润铜梁校园"),
            ("涪陵区", "让每一所学校都成为家门口的好学校"),
            ("万州区", "书香润童心 阅读伴成长"),
            ("永川区", "数字赋能 永川教育跑出“加速度”"),
            ("合川区", "三江汇流润桃李"),
            ("潼南区", "田野课堂里的成长"),
            ("荣昌区", "“非遗+教育” 荣昌擦亮特色育人名片"),
            ("黔江区", "黔江区以课后服务提质增效 推动“双减”落地见效"),
            ("城口县", "大山深处书声琅琅"),
            ("石柱土家族自治县", "民族文化进校园 土家娃娃展风采"),
            ("忠县", "以文化人 忠县“忠诚教育”深入人心"),
            ("渝中区", "“小空间”里办出“大教育”"),
            ("沙坪坝区", "沙坪坝区打造“大学城”教育新高地"),
            ("北碚区", "劳动教育“种”下成长的种子"),
            ("两江新区", "新区教育跑出“加速度”"),
            ("万盛经开区", "万盛：体教融合育新人"),
            ("南川区", "南川区：让乡村学校“小而美”“小而优”"),
            ("武隆区", "武隆区：研学旅行走出育人新路径"),
            ("开州区", "开州教育：让每个孩子都有出彩的机会"),
            ("巫山县", "用“云端”连接大山与未来"),
            ("江北区", "江北区举办首届中小学生科技节"),
            ("丰都县", "让山区幼儿“好上园”“上好园”"),
            ("垫江县", "垫江县“牡丹课堂”开进乡村学校"),
            ("云阳县", "云阳县建成智慧教育云平台"),
            ("奉节县", "奉节县开展“诗城少年”诵读活动"),
            ("秀山土家族苗族自治县", "秀山：花灯唱响校园"),
            ("彭水苗族土家族自治县", "“让每一个孩子都能出彩”"),
            ("大渡口区", "大渡口区：“公园里的学校”让孩子亲近自然"),
            ("巫溪县", "“红池坝”上的美育课堂"),
            ("重庆高新区", "科学城里育出“创新苗”"),
            ("九龙坡区", "九龙坡区：劳动教育有了“新课表”"),
            ("南岸区", "南岸区“三点半课堂”托起家长的放心"),
            ("大足区", "山村小学的“第二课堂”"),
            ("巴南区", "巴南区：集团化办学"),
            ("荣昌区", "“小夜壶”里的大课程"),
            ("梁平区", "让每一所乡村学校都有“书香味”"),
            ("潼南区", "潼南区办好人民满意的教育"),
            ("沙坪坝区", "把阅读的种子播撒在每个孩子的心田"),
            ("永川区", "永川职教：产教融合培育大国工匠"),
            ("垫江县", "“小书包”里装着大民生"),
            ("长寿区", "“菜园子”变成了“大课堂”"),
            ("江津区", "江津区：“行走的课堂”走出校门"),
            ("垫江县", "乡村教师的“充电站”"),
            ("奉节县", "奉节县：课后服务“菜单”由学生点"),
            ("云阳县", "三峡库区里的“乡村少年宫”"),
            ("武隆区", "武隆区：山水课堂里的“行走思政”"),
            ("黔江区", "黔江教育谱新篇"),
            ("巴南区", "巴南区：家门口的“好学校”越来越多"),
            ("璧山区", "璧山区：让每个孩子都做“小小科学家”"),
            ("铜梁区", "铜梁区：龙乡教师的“成长阶梯”"),
            ("武隆区", "孩子们为何爱上了学校"),
            ("大足区", "大足区：石刻文化走进课堂"),
            ("垫江县", "“牡丹娃”的劳动课"),
            ("南川区", "让每个孩子在阅读中成长为更好的自己"),
        ]
    )


def test_captions_are_taken_out_of_the_body(articles):
    jiangjin = articles["江津区打造新时代高素质教师队伍"]
    assert jiangjin.meta["captions"] == [
        "几江实验小学的老师们在开展教研活动",
        "江津二中教师参加信息技术培训",
    ]
    assert "教研活动在此基础上" not in jiangjin.body
    assert "\n\n在此基础上，江津区建立了师德考核“一票否决”制度" in jiangjin.body
    yubei = articles["让每个孩子都享有公平而有质量的教育"]
    assert yubei.meta["captions"] == ["学生们在课间开展跳绳活动"]
    assert "跳绳" not in yubei.body


def test_stream_opening_keeps_the_headline_out_of_the_lead(articles):
    yubei = articles["让每个孩子都享有公平而有质量的教育"]
    first_paragraph = yubei.body.strip().split("\n\n")[0]
    assert first_paragraph.startswith("近年来，渝北区坚持教育优先发展战略，持续加大教育投入")
    assert "5.2万个" in first_paragraph  # numbers joined across column lines intact


def test_two_line_heading_with_a_blank_between_is_one_heading(articles):
    body = articles["让每个孩子都享有公平而有质量的教育"].body
    assert "\n## “双减”落地见效 课后服务全覆盖\n" in body
    assert body.count("\n## ") == 1


def test_bylines_of_one_name_and_with_role_words(articles):
    assert articles["“家校社”协同育人结出硕果"].meta["authors"] == ["张伟"]
    assert articles["让每个孩子都享有公平而有质量的教育"].meta["authors"] == ["刘洋", "陈静"]
    assert articles["传统文化浸润铜梁校园"].meta["authors"] == ["周敏"]
    for article in articles.values():
        assert "张伟" not in article.body and "subtitle: 张伟" not in article.text


def test_headline_after_the_body_is_not_left_as_an_empty_section(articles):
    bishan = articles["“家校社”协同育人结出硕果"]
    assert bishan.meta.get("subtitle") == "家校携手 共育未来"
    assert not bishan.body.rstrip().endswith("共育未来")
    tongliang = articles["传统文化浸润铜梁校园"]
    assert tongliang.meta["captions"] == ["小朋友们在体验舞龙"]


def test_no_cjk_character_of_the_body_text_is_lost(articles):
    source = "".join(
        "\n".join(line.text for line in read_seed(p).lines) for p in UNSEEN.glob("*.txt")
    )
    # Every paragraph sentence of the sources appears in some article, joined without spaces.
    for sentence in [
        "每年选派100名青年教师赴高校研修。",
        "新建MIDI多功能影音教室15间",
        "学生参与率达98.6%。",
        "参与学生超过8万人次。",
    ]:
        assert sentence in source.replace("\n", "")
        assert any(sentence in a.body for a in articles.values())
    # A box item set on one line keeps the space between its columns (2019年3月 启动…,
    # 学校名称  在校生); no space is ever put between characters joined across lines.
    items = {
        re.sub(r"\s+", " ", line.text.strip())
        for p in UNSEEN.glob("*.txt")
        for line in read_seed(p).lines
    }
    for article in articles.values():
        paragraphs = [
            p for p in article.body.split("\n\n") if not p.startswith("#") and p not in items
        ]
        assert not any(re.search(r"[\u4e00-\u9fff]\s[\u4e00-\u9fff]", p) for p in paragraphs)


def test_byline_under_the_editors_note_opens_the_body_not_a_sidebar(articles):
    youyang = articles["山区孩子也能享有好教育"]
    assert youyang.meta["authors"] == ["向阳"]
    assert youyang.meta["subtitle"] == "——酉阳土家族苗族自治县推进义务教育优质均衡发展纪实"
    assert youyang.meta["summary"].startswith("地处武陵山区腹地的酉阳县")
    assert "相关报道" not in youyang.body


def test_figures_box_items_stay_separate(articles):
    body = articles["山区孩子也能享有好教育"].body
    assert (
        "\n## 数说酉阳教育\n\n学校 368所；在校学生 12.3万人；专任教师 7800余名；寄宿制学校 86所\n"
        in body
    )
    assert "368所在校学生" not in body
    assert "## 学校" not in body and "### 在校学生" not in body


def test_page_furniture_is_dropped_and_the_deck_follows_its_headline(articles):
    qijiang = articles["“五育并举”绘就育人新画卷"]
    assert qijiang.meta["subtitle"] == "綦江区全面推进素质教育纪实"
    assert "kicker" not in qijiang.meta
    assert qijiang.meta["authors"] == ["王雪", "李娜"]
    for furniture in ("2023年9月8日", "星期五", "教育专刊", "责任编辑", "刘强", "美编", "赵敏"):
        assert furniture not in qijiang.text
    assert qijiang.meta["captions"] == ["扶欢镇中心小学学生在创作农民版画"]
    assert "全区现有中小学126所，在校学生10.2万人。" in qijiang.body
    assert qijiang.body.count("\n## ") == 1


def test_headline_block_after_a_byline_goes_with_the_district_it_names(articles):
    changshou = articles["城乡携手 共享优质教育"]
    assert changshou.meta["subtitle"] == "长寿区推进“教联体”建设"
    assert changshou.meta["authors"] == ["黄敏"]
    liangping = articles["“双减”让校园更有活力"]
    assert liangping.meta["authors"] == ["罗小军"]
    assert "城乡携手" not in liangping.text and "## " not in liangping.body
    assert "全区组建教联体１２个" in changshou.body  # full-width digits kept as printed


def test_marked_captions_and_a_caption_closing_the_page(articles):
    # 105: CRLF line ends, a 核心提示 box set one column line per block, the
    # byline under the box, numbered two-line headings (一、…), a caption that
    # opens with 图为 and ends with a full stop, a caption as the page's last
    # text line (no sentence can run on from it) before the credit.
    fuling = articles["让每一所学校都成为家门口的好学校"]
    assert fuling.meta["subtitle"] == "——涪陵区推进义务教育优质均衡发展纪实"
    assert fuling.meta["authors"] == ["冉启明", "谭晓丽", "彭宇"]
    assert fuling.meta["photo_credit"] == "涪陵区教委"
    assert fuling.meta["captions"] == [
        "图为李渡中学学生在新建的运动场上开展体育活动。",
        "涪陵十五中学生在进行科学实验",
    ]
    assert fuling.meta["summary"].startswith(
        "近年来，涪陵区坚持把教育摆在优先发展的战略位置，五年累计投入教育经费98.7亿元"
    )
    assert "图为" not in fuling.body and "科学实验" not in fuling.body
    headings = re.findall(r"^## (.+)$", fuling.body, re.M)
    assert headings == [
        "核心提示",
        "一、补齐短板 夯实均衡发展基础",
        "二、师资强校 激活教师队伍一池春水",
        "三、质量立校 办好人民满意的教育",
    ]
    assert "\r" not in fuling.text


def test_gb18030_page_with_kicker_deck_interview_and_photographer(articles):
    # 106: GB18030 bytes; a kicker over a headline+deck block (…走笔); a byline
    # with 特约通讯员; a heading with a colon (校长访谈：…) over an interview
    # whose turns (问：/答：) are paragraphs; 摄影 陈刚 is the photo credit.
    wanzhou = articles["书香润童心 阅读伴成长"]
    assert (UNSEEN / "106_wanzhou.txt").read_bytes().decode("gb18030").startswith("聚焦区县教育")
    assert wanzhou.meta["kicker"] == "聚焦区县教育高质量发展"
    assert wanzhou.meta["subtitle"] == "——万州区推进“书香校园”建设走笔"
    # the photographer is credited for the photos and listed after the writers
    assert wanzhou.meta["authors"] == ["黄志强", "向丽君", "陈刚"]
    assert wanzhou.meta["photo_credit"] == "陈刚"
    assert wanzhou.meta["captions"] == ["学生们在图书馆安静阅读"]
    assert (
        "\n## 校长访谈：让阅读成为一种习惯\n\n问：学校为什么如此重视阅读？\n\n答：阅读是一切学习的基础。"
        in wanzhou.body
    )
    assert (
        "\n\n问：学校在推进阅读方面有哪些具体做法？\n\n答：我们打造了“晨诵、午读、暮省”阅读课程"
        in wanzhou.body
    )
    assert "陈刚" not in wanzhou.body and "摄影" not in wanzhou.text


def test_captions_of_column_width_before_the_byline_are_not_running_text(articles):
    # 107: headings （一）（二）（三）, a 成绩展台 box listing 一是…二是…, Latin
    # and numbers (AI, 5G, STEAM, “7+1+N”, 1.4万名), and two captions as long
    # as a column line right before the byline: no sentence could finish after
    # them, so they are not the start of a paragraph. Headline last.
    yongchuan = articles["数字赋能 永川教育跑出“加速度”"]
    assert yongchuan.meta["captions"] == [
        "永川区红河小学学生在上AI编程课",
        "萱花中学学生在STEAM教室开展创客活动",
    ]
    assert yongchuan.meta["authors"] == ["龚雪", "杨帆"]
    headings = re.findall(r"^## (.+)$", yongchuan.body, re.M)
    assert headings == [
        "（一）夯实数字底座",
        "（二）深化课堂变革",
        "（三）培育数字素养",
        "成绩展台",
    ]
    assert yongchuan.body.rstrip().endswith("三是学生在全国青少年科技创新大赛中获一等奖9项。")
    for kept in (
        "让AI、5G、大数据等新技术走进课堂，全区1.4万名教师",
        "建成STEAM教室136间",
        "形成“7+1+N”数字化教学模式",
    ):
        assert kept in yongchuan.body


def test_credit_in_brackets_and_a_two_line_headline_after_the_byline(articles):
    # 108: 合川 opens in stream mode (a blank line after every column line,
    # full-width indent), two-line headings, the credit in brackets
    # （本版图片由…提供）, then its two-line headline after byline and credit;
    # then a 潼南 article with a 文/图 byline and its headline last.
    hechuan = articles["三江汇流润桃李"]
    assert hechuan.meta["subtitle"] == "合川区推进城乡教育一体化发展"
    assert hechuan.meta["photo_credit"] == "合川区教委"
    assert hechuan.meta["authors"] == ["何颖", "刘洋"]
    paragraphs = hechuan.body.split("\n\n")
    assert (
        paragraphs[0]
        == "“嘉陵江、渠江、涪江三江在这里交汇，合川教育也在这里汇聚起奋进的力量。”合川区教委负责人这样形容全区教育的发展态势。"
    )
    assert paragraphs[1].startswith(
        "近年来，合川区坚持教育优先发展，以“合美教育”为品牌"
    ) and paragraphs[1].endswith("蓬勃发展的良好局面。")
    assert "图片" not in hechuan.text.split("---")[2]
    tongnan = articles["田野课堂里的成长"]
    assert tongnan.meta["authors"] == ["唐明"] and tongnan.meta["captions"] == [
        "学生们在研学基地体验农耕"
    ]
    assert "合川" not in tongnan.text and "潼南" not in hechuan.body


def test_headings_under_a_label_ending_in_a_colon(articles):
    # 109: 编者按 box, byline with the 通讯员 first, headings set as a label line
    # ending in a colon over the heading line (亮点一：/非遗课程进课堂), a figures
    # box of `label：number` items in full-width digits.
    rongchang = articles["“非遗+教育” 荣昌擦亮特色育人名片"]
    assert rongchang.meta["authors"] == ["喻文", "邱丹"]
    assert rongchang.meta["summary"].startswith("荣昌是“中国夏布之乡”") and rongchang.meta[
        "summary"
    ].endswith("特色育人之路。")
    headings = re.findall(r"^## (.+)$", rongchang.body, re.M)
    assert headings == [
        "编者按",
        "亮点一：非遗课程进课堂",
        "亮点二：传承人走进校园",
        "数说荣昌教育",
    ]
    assert "\n\n在荣昌区安富中学的陶艺教室里" in rongchang.body
    assert "中小学校：１２６所；在校学生：１１.２万人；非遗特色学校：２４所" in rongchang.body
    assert rongchang.meta["captions"] == ["安富中学学生在学习制陶"]


def test_very_short_paragraphs_and_a_four_name_byline(articles):
    # 110: date line with an ideographic space, an 引题 over a two-line main
    # headline (the last display block above the body is the headline), one-
    # sentence paragraphs (变化，看得见。), a caption with a comma, headings
    # with quoted figures (“5+2”全覆盖), four names, 责任编辑：… at the foot.
    qianjiang = articles["黔江区以课后服务提质增效 推动“双减”落地见效"]
    assert qianjiang.meta["subtitle"] == "“小切口”撬动“大改革”"
    assert qianjiang.meta["authors"] == ["罗静", "谭杰", "龙飞", "杨柳"]
    assert qianjiang.meta["captions"] == ["孩子们在课后服务时间踢足球，享受运动的快乐"]
    paragraphs = qianjiang.body.split("\n\n")
    assert "变化，看得见。" in paragraphs and "家长满意度达98%。" in paragraphs
    assert "这是黔江区推进课后服务提质增效的一个缩影。" in paragraphs
    assert re.findall(r"^## (.+)$", qianjiang.body, re.M) == ["“5+2”全覆盖", "“菜单式”选课"]
    # The page's furniture is kept as publication details, never as text.
    for furniture in ("2024年6月12日", "星期三", "责任编辑", "张文"):
        assert furniture not in qianjiang.body
    assert qianjiang.meta["published"] == "2024-06-12" and qianjiang.meta["editors"] == ["张文"]
    assert "张文" not in qianjiang.meta["authors"]


def test_inline_deck_bulleted_items_and_a_contributing_office(articles):
    # 111: a Markdown headline with its deck on the same line (…——城口县…),
    # ## and ### headings, a list of ● items (each its own paragraph, not a
    # run of figures), and （城口县教委供稿） as the article's author.
    chengkou = articles["大山深处书声琅琅"]
    assert chengkou.meta["subtitle"] == "——城口县推进乡村教育振兴"
    assert chengkou.meta["authors"] == ["城口县教委"]
    assert "供稿" not in chengkou.text
    assert chengkou.body.rstrip().endswith(
        "●全县义务教育巩固率达到99.2%\n\n●高考本科上线率连续5年提高\n\n●建成市级乡村温馨校园12所"
    )
    assert "\n### 留住乡村教师\n" in chengkou.body


def test_autonomous_county_and_a_two_character_county_on_one_page(articles):
    # 112: 石柱 (full name 石柱土家族自治县, written 石柱县 in the text) with a
    # caption above its headline, then 忠县 (a name of two characters, no short
    # form) whose headline follows a single-name byline.
    shizhu = articles["民族文化进校园 土家娃娃展风采"]
    assert shizhu.meta["captions"] == ["黄水镇中心小学的学生们在跳摆手舞"]
    assert (
        shizhu.meta["authors"] == ["冉小兰", "马骏"] and shizhu.meta["photo_credit"] == "石柱县教委"
    )
    zhongxian = articles["以文化人 忠县“忠诚教育”深入人心"]
    assert zhongxian.meta["authors"] == ["谭华"]
    assert zhongxian.meta["captions"] == ["忠县中学学生在石宝寨开展研学活动"]
    assert "忠县" not in shizhu.body and "石柱" not in zhongxian.body


def test_interview_with_a_school_leader_keeps_each_turn(articles):
    # 113: an interview (——访…校长 deck), turns opened by 记者： and the
    # principal's name, an indented first line, the byline last.
    yuzhong = articles["“小空间”里办出“大教育”"]
    assert yuzhong.meta["subtitle"] == "——访渝中区人和街小学校长 刘小红"
    assert yuzhong.meta["authors"] == ["周洁"]
    paragraphs = yuzhong.body.strip().split("\n\n")
    assert [p.split("：")[0] for p in paragraphs[1:]] == ["记者", "刘小红"] * 3
    assert paragraphs[2].endswith("让每一寸空间都能育人。")
    assert yuzhong.meta["captions"] == ["人和街小学的孩子们在“空中农场”劳动"]


def test_letter_spaced_display_lines_and_padded_two_character_names(articles):
    # 114: a letter-spaced line over the headline (科 教 融 合), justification
    # spaces inside figures (1 4 所, 2 . 6 万), a two-character name padded
    # with an ideographic space to line up with a three-character one.
    shapingba = articles["沙坪坝区打造“大学城”教育新高地"]
    assert shapingba.meta["subtitle"] == "科教融合"
    assert shapingba.meta["authors"] == ["高阳", "王丽娜"]
    assert "高校14所，在校大学生超过30万人。" in shapingba.body
    assert "与14所高校签订合作协议，共建附属学校21所" in shapingba.body
    assert "每年参与学生2.6万人次。" in shapingba.body
    assert "## " not in shapingba.body


def test_headline_after_the_captions_at_the_foot_of_an_unsigned_page(articles):
    # 115: no byline; ★ items with a full-width percent sign, a 相关链接 box,
    # the credit, two captions and the headline last of all.
    beibei = articles["劳动教育“种”下成长的种子"]
    assert beibei.meta["authors"] == [] and beibei.meta["photo_credit"] == "北碚区教委"
    assert beibei.meta["captions"] == [
        "金刀峡镇小学的孩子们在“开心农场”里采摘蔬菜",
        "北碚区中小学生在劳动实践基地学习插秧",
    ]
    assert "\n\n★全区劳动教育课程开课率100％\n\n★建成市级劳动教育示范校6所\n\n" in beibei.body
    assert re.findall(r"^## (.+)$", beibei.body, re.M) == ["相关链接"]
    assert beibei.body.rstrip().endswith("其做法入选教育部劳动教育典型案例。")


def test_the_next_districts_name_line_ends_the_headline_block_after_a_byline(articles):
    # 116: 两江新区 and 万盛经开区 (not 区/县 names of the usual shape); the first
    # article's headline names neither district, so only the next district's
    # name set on its own line tells where it ends.
    liangjiang = articles["新区教育跑出“加速度”"]
    assert liangjiang.district == "两江新区" and liangjiang.meta["authors"] == ["江雨"]
    wansheng = articles["万盛：体教融合育新人"]
    assert wansheng.meta["authors"] == ["陈曦"] and "subtitle" not in wansheng.meta
    assert not any("标题待补" in title for title in articles)


def test_unsigned_articles_split_at_the_headline_naming_the_next_district(articles):
    # 117: two unsigned articles, each headline above its body with the
    # district and a colon; the first article's caption sits between them.
    nanchuan = articles["南川区：让乡村学校“小而美”“小而优”"]
    wulong = articles["武隆区：研学旅行走出育人新路径"]
    assert nanchuan.meta["captions"] == ["德隆镇中心小学的孩子们在新建的阅览室读书"]
    assert wulong.meta["captions"] == ["学生们在天生三桥开展地质研学"]
    assert "武隆" not in nanchuan.text and "南川" not in wulong.text
    assert "“仙女山自然课堂”“天生三桥地质课堂”等研学课程28门" in wulong.body


def test_sidebars_after_the_byline_keep_their_headlines_and_the_page_headline_is_last(articles):
    # 118: lead and deck as long indented lines, two-line headings, byline and
    # credit, then two sidebars in narrow columns, each with its headline
    # under it, captions, and the page's headline at the very end.
    kaizhou = articles["开州教育：让每个孩子都有出彩的机会"]
    assert kaizhou.meta["subtitle"] == "办好人民满意的开州教育"
    assert kaizhou.meta["authors"] == ["李建", "陈晓燕"]
    headings = re.findall(r"^(#+) (.+)$", kaizhou.body, re.M)
    assert headings == [
        ("##", "育强师资 打造高素质专业化教师队伍"),
        ("##", "育优质量 办好家门口的每一所学校"),
        ("##", "牵手名校 共建共享"),
        ("##", "红色资源 铸魂育人"),
    ]
    assert kaizhou.body.rstrip().endswith("开展“红色研学”活动900余场次。")
    assert kaizhou.meta["captions"] == [
        "汉丰五校的老师在上公开课",
        "开州中学学生在刘伯承同志纪念馆参观学习",
    ]


def test_numbered_items_numbered_headings_and_a_caption_before_the_byline(articles):
    # 119: UTF-8 with BOM and old-Mac CR line ends; 编者按 printed under its
    # box; numbered headings on two lines with a blank between (the second
    # reads like a caption: 让山里娃…); ①②③ items ending in ；; a caption
    # between the text and the byline, the headline after the byline.
    assert (UNSEEN / "119_wushan.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    wushan = articles["用“云端”连接大山与未来"]
    assert "subtitle" not in wushan.meta
    assert wushan.meta["captions"] == ["当雄乡中心小学学生通过“专递课堂”上英语课"]
    assert wushan.meta["summary"].startswith("巫山县地处三峡库区腹心")
    headings = re.findall(r"^## (.+)$", wushan.body, re.M)
    assert headings == [
        "编者按",
        "一、建好“专递课堂” 让山里娃同上一堂课",
        "二、用好“AI+教育” 让每个孩子都被看见",
    ]
    assert (
        "\n\n①全县开设专递课堂课程12门，每周授课860余节；\n\n②乡村学校英语、音乐、美术课程开齐率从62%提高到100%；\n\n③受益学生1.8万名。\n\n"
        in wushan.body
    )


def test_news_report_dateline_names_its_reporters(articles):
    # 120: a short news report, 本报讯（记者… 通讯员…） opening the first
    # paragraph, a caption at the foot and no byline line.
    jiangbei = articles["江北区举办首届中小学生科技节"]
    assert jiangbei.meta["authors"] == ["吴倩", "郑凯"]
    assert jiangbei.body.startswith("5月20日，江北区首届中小学生科技节在鲁能巴蜀中学开幕。")
    assert jiangbei.meta["summary"].startswith("5月20日，") and "本报讯" not in jiangbei.text
    assert "机器人、无人机、3D打印等12个项目" in jiangbei.body


def test_facts_box_of_label_value_lines_and_figures_set_under_their_labels(articles):
    # 121: a 学校名片 box of `label：value` lines and a figures box whose labels
    # and figures are on lines of their own; neither becomes a heading, nor
    # one heading glued from many short lines.
    fengdu = articles["让山区幼儿“好上园”“上好园”"]
    assert re.findall(r"^## (.+)$", fengdu.body, re.M) == ["学校名片", "数说丰都学前教育"]
    assert (
        "\n\n园名：丰都县滨江幼儿园；建成时间：2022年9月；办园规模：12个班；办园特色：自然教育\n\n"
        in fengdu.body
    )
    assert fengdu.body.rstrip().endswith(
        "公办幼儿园 68所；普惠性幼儿园覆盖率 91.2%；专任教师 1260名"
    )
    assert fengdu.meta["authors"] == ["秦怡"]


def test_a_page_of_news_briefs_from_three_counties(articles):
    # 122: a 区县传真 column (the rubric is page furniture) of three briefs,
    # each headline over a 本报讯（通讯员…） item of two paragraphs; the third
    # headline reads like a caption (…开展…活动) but is the one above the text.
    briefs = [
        "垫江县“牡丹课堂”开进乡村学校",
        "云阳县建成智慧教育云平台",
        "奉节县开展“诗城少年”诵读活动",
    ]
    assert [articles[t].meta["authors"] for t in briefs] == [["蒋丽"], ["熊伟"], ["郑晓"]]
    for title in briefs:
        assert "subtitle" not in articles[title].meta and articles[title].meta["captions"] == []
        assert articles[title].body.count("\n\n") == 1  # two paragraphs
    assert not any("区县传真" in a.text for a in articles.values())


def test_stream_page_with_a_labelled_headline_and_a_campaign_heading(articles):
    # 123: a whole page set one column line per block; the headline has a
    # place label and a colon (秀山：…) and the heading is a campaign phrase
    # (…进课堂) — both end like captions (…校园, …课堂) but are not.
    xiushan = articles["秀山：花灯唱响校园"]
    assert xiushan.meta["captions"] == ["凤凰小学的孩子们在学跳花灯"]
    assert re.findall(r"^## (.+)$", xiushan.body, re.M) == ["花灯进课堂"]
    assert (
        xiushan.meta["summary"]
        == "秀山土家族苗族自治县是“中国花灯之乡”。近年来，秀山县把秀山花灯引入校园，全县68所中小学开设花灯课程，培养花灯小传人1.5万余名。"
    )
    assert "最期待的花灯课，老师一边示范，一边讲解花灯的历史和唱腔特点。" in xiushan.body


def test_furniture_over_a_quoted_headline_is_no_stream_of_column_lines(articles):
    # 124: 第6版 and 本版编辑：李华 over the banner and a quoted-slogan headline:
    # short lines stacked at the top are not a stream; a ▲ caption over two
    # lines ending in a full stop; a quoted one-sentence paragraph; credit in
    # brackets at the foot.
    pengshui = articles["“让每一个孩子都能出彩”"]
    assert pengshui.body.startswith("彭水苗族土家族自治县把这句话写进了全县教育发展规划。")
    assert pengshui.meta["captions"] == ["▲彭水县第一中学的学生在进行苗族歌舞排练。"]
    assert "\n\n“每一个孩子都有自己的闪光点。”\n\n" in pengshui.body
    assert pengshui.meta["photo_credit"] == "彭水县教委"
    for furniture in ("第6版", "本版编辑", "李华"):
        assert furniture not in pengshui.body
    assert pengshui.meta["page"] == "第6版" and pengshui.meta["editors"] == ["李华"]


def test_box_labels_in_lenticular_brackets(articles):
    # 125: 【编者按】【做法】【成效】: labels set in brackets are the same labels.
    dadukou = articles["大渡口区：“公园里的学校”让孩子亲近自然"]
    assert "subtitle" not in dadukou.meta
    assert re.findall(r"^## (.+)$", dadukou.body, re.M) == ["编者按", "做法", "成效"]
    assert dadukou.meta["summary"].startswith("大渡口区依托“公园城市”建设")
    assert dadukou.meta["authors"] == ["简洁", "孙雪"]


def test_captions_naming_their_photographer(articles):
    # 126: captions that end with who took the photo, （通讯员 李明 摄）; the
    # headline reads like a caption (…课堂) but is the line right above the text.
    wuxi = articles["“红池坝”上的美育课堂"]
    assert wuxi.meta["captions"] == ["红池坝小学学生在户外写生", "宁厂古镇研学现场"]
    assert wuxi.meta["photo_credit"] == "李明、冉雪"
    # A photographer credited under a photo is one of the page's authors too, after the writer.
    assert wuxi.meta["authors"] == ["冉雪", "李明"]
    assert "## " not in wuxi.body and "摄" not in wuxi.body


def test_latin_words_and_figures_across_column_breaks(articles):
    # 127: Latin words and codes broken by the column (Pyt|hon is not split
    # here, but 3D打|印, PBL项目|式, K12, VR/AR, STEM+, 1.4万|名), a byline
    # 文/本报记者 王磊 and a credit 图/重庆高新区教育局 naming an office.
    gaoxin = articles["科学城里育出“创新苗”"]
    assert gaoxin.meta["authors"] == ["王磊"] and gaoxin.meta["photo_credit"] == "重庆高新区教育局"
    for kept in (
        "PBL项目式学习课",
        "用Python编写程序、用3D打印机制作零件，再通过5G网络",
        "“STEM+”课程改革",
        "建成VR/AR实验室",
        "K12阶段学生1.4万名",
        "西部（重庆）科学城",
    ):
        assert kept in gaoxin.body


def test_byline_with_a_mark_and_a_closing_role_word(articles):
    # 128: ■本报记者 … 通讯员 … 报道 under the headline; a heading ending in
    # a campaign phrase (…进家庭); the caption last.
    jiulongpo = articles["九龙坡区：劳动教育有了“新课表”"]
    assert jiulongpo.meta["authors"] == ["邓涛", "刘佳"]
    assert "报道" not in jiulongpo.text and "■" not in jiulongpo.text
    assert re.findall(r"^## (.+)$", jiulongpo.body, re.M) == ["劳动清单进家庭"]
    assert jiulongpo.meta["captions"] == ["谢家湾小学学生在“小农场”里给番茄搭架"]


def test_a_short_second_article_that_names_its_district_once(articles):
    # 129: a byline closes the first article; a headline and a short body that
    # names its own district once (大足区, and never 南岸) start the second.
    nanan = articles["南岸区“三点半课堂”托起家长的放心"]
    dazu = articles["山村小学的“第二课堂”"]
    assert nanan.meta["authors"] == ["周敏"] and dazu.meta["authors"] == ["谢蓉"]
    assert "竹编" not in nanan.body and "第二课堂" not in nanan.body
    assert dazu.body.startswith("古龙镇中心小学地处大足区西部山区") and "## " not in dazu.body
    assert len(dazu.body.strip().split("\n\n")) == 4


def test_three_districts_under_a_page_banner_with_numbered_captions(articles):
    # 130: the page's banner over its date line; a labelled headline on two
    # lines over a byline; a district's name set right over its headline (no
    # blank); 图①②③ captions, one a line, and two photographers at the foot.
    banan = articles["巴南区：集团化办学"]
    assert banan.meta["subtitle"] == "让好学校“多起来”" and banan.meta["authors"] == [
        "孙蕾",
        "黄河",
    ]
    assert "区县教育巡礼" not in banan.text and "星期" not in banan.text
    assert banan.body.startswith("今年秋季开学") and "## " not in banan.body
    rongchang = articles["“小夜壶”里的大课程"]
    assert rongchang.district == "荣昌区" and not rongchang.meta.get("subtitle")
    liangping = articles["让每一所乡村学校都有“书香味”"]
    # The page's numbered captions, one a line, each with the article it shows.
    assert banan.meta["captions"] == ["图① 鱼洞二小教育集团教师开展联合教研"]
    assert rongchang.meta["captions"] == ["图② 安陶小学学生在制作陶艺作品"]
    assert liangping.meta["captions"] == ["图③ 梁平区乡村学生在“流动图书车”前选书"]
    assert liangping.meta["photo_credit"] == "陈刚、胡杰"


def test_kicker_ending_in_a_comma_timeline_and_honours_boxes(articles):
    # 131: kicker (引题) ending in a comma, headline, deck, all without blanks;
    # a 大事记 box of dated entries and an honours box, one item a line.
    tongnan = articles["潼南区办好人民满意的教育"]
    assert tongnan.meta["kicker"] == "坚持五育并举，"
    assert tongnan.meta["subtitle"] == "——潼南区推进义务教育优质均衡发展工作综述"
    assert tongnan.meta["captions"] == [] and tongnan.meta["summary"].startswith(
        "近年来，潼南区坚持"
    )
    body = tongnan.body
    assert (
        "2019年3月 启动义务教育优质均衡发展创建\n\n2020年9月 新建城区学校3所，新增学位6000个\n\n"
        in body
    )
    assert (
        "\n\n潼南中学获得全国文明校园称号\n\n桂林小学获得全国青少年校园足球特色学校称号\n" in body
    )
    assert re.findall(r"^## (.+)$", body, re.M) == ["核心提示", "大事记", "荣誉榜"]


def test_table_box_one_row_a_paragraph_and_words_across_column_breaks(articles):
    # 133: a table of school names and figures; STE|AM and 2|023 broken by the column.
    yongchuan = articles["永川职教：产教融合培育大国工匠"]
    assert "开设STEAM课程" in yongchuan.body and "2023年，永川区" in yongchuan.body
    assert "\n\n重庆城市科技学院 26000\n\n重庆文理学院 21000\n\n" in yongchuan.body
    assert yongchuan.body.rstrip().endswith("培养更多高素质技术技能人才。")


def test_principals_signed_essay_with_a_headline_broken_at_its_width(articles):
    # 132: a headline broken after 在 (both lines are the title), the author's
    # post and name under it, 【做法】 sub-heads inline, ■ items, and the
    # bracketed 作者系… note last (text, never a heading).
    essay = articles["把阅读的种子播撒在每个孩子的心田"]
    assert essay.district == "沙坪坝区" and essay.meta["authors"] == ["王晓梅"]
    assert not essay.meta.get("subtitle") and essay.meta["captions"] == []
    assert essay.body.startswith("读书是学习，使用也是学习")
    assert "\n\n【做法】学校构建“晨读、午读、暮省”的阅读时间表" in essay.body
    assert "\n\n■亲子共读。学校每学期" in essay.body and "\n\n■家长课堂。" in essay.body
    assert essay.body.rstrip().endswith("\n\n（作者系沙坪坝区树人小学校长）")
    assert "## （作者系" not in essay.body


def test_questions_set_apart_between_framed_paragraphs_are_headings(articles):
    # 132: 如何…？ / 怎样…？ on a line of their own between multi-line
    # paragraphs, each answered by the text under it (the second by ■ items).
    essay = articles["把阅读的种子播撒在每个孩子的心田"]
    assert re.findall(r"^## (.+)$", essay.body, re.M) == [
        "如何让孩子爱上阅读？",
        "怎样让阅读走进家庭？",
    ]
    assert "## 怎样让阅读走进家庭？\n\n■亲子共读。" in essay.body


def test_questions_in_a_stream_and_interview_turns_stay_text(articles):
    # 134: a stream of column lines (a blank after each) with a question on a
    # line of its own, a question ending inside a line, and 问：…？ turns.
    dianjiang = articles["“小书包”里装着大民生"]
    assert "## " not in dianjiang.body and dianjiang.meta["authors"] == ["黄蓉"]
    assert (
        "学校布局散。孩子上学路远怎么办？" in dianjiang.body
    )  # (a stream line's end may end the paragraph)
    assert "\n\n放学后孩子去哪儿？\n\n" in dianjiang.body
    assert "\n\n问：校车安全怎么保障？\n\n答：每辆校车" in dianjiang.body


def test_a_district_name_without_its_suffix_is_the_banner(articles):
    # 135: 长寿 (长寿区 has no listed short name: too common a word) on a
    # line of its own over the headline: the page's banner, not a deck.
    changshou = articles["“菜园子”变成了“大课堂”"]
    assert not changshou.meta.get("subtitle") and not changshou.meta.get("kicker")
    assert changshou.meta["captions"] == [] and "长寿\n" not in changshou.body


def test_two_articles_signed_under_their_headlines(articles):
    # 136: a page column name (教育视窗) over the first headline; each article
    # signed right under its headline; the second names its district once.
    jiangjin = articles["江津区：“行走的课堂”走出校门"]
    dianjiang = articles["乡村教师的“充电站”"]
    assert not jiangjin.meta.get("subtitle") and not jiangjin.meta.get("kicker")
    assert jiangjin.meta["authors"] == ["田甜", "邹雪"] and dianjiang.meta["authors"] == ["彭林"]
    assert "充电站" not in jiangjin.text and "工作坊" not in jiangjin.body
    assert dianjiang.body.startswith("为帮助乡村教师提升教学能力") and "## " not in dianjiang.body


def test_series_kicker_and_a_jump_line(articles):
    # 137: the series a piece belongs to (…系列报道之三) over the headline is
    # its kicker; （下转第3版） is the page's, not text; the caption and the
    # page's credit (本版图片均由受访学校提供) after it.
    fengjie = articles["奉节县：课后服务“菜单”由学生点"]
    assert fengjie.meta["kicker"] == "“双减”进行时·系列报道之三" and not fengjie.meta.get(
        "subtitle"
    )
    assert fengjie.meta["authors"] == ["杜娟"] and fengjie.meta["photo_credit"] == "受访学校"
    assert fengjie.meta["captions"] == ["永安小学学生在课后服务中学习围棋"]
    assert "下转" not in fengjie.text and fengjie.body.rstrip().endswith("参与率达到97%。")


def test_marked_section_heads_and_an_inline_editors_note(articles):
    # 138: 编者按：… run into its paragraph; ■ before each section head (a
    # label and a colon); numbered captions each with its photographer.
    yunyang = articles["三峡库区里的“乡村少年宫”"]
    assert re.findall(r"^## (.+)$", yunyang.body, re.M) == [
        "编者按",
        "建起来：村村都有活动室",
        "活起来：志愿者走进课堂",
        "用起来：周末也不关门",
    ]
    assert yunyang.meta["summary"].startswith("在库区腹地的云阳县") and "■" not in yunyang.text
    assert yunyang.meta["captions"] == [
        "图① 双土镇乡村少年宫的孩子们在学剪纸",
        "图② 志愿者教孩子们合唱",
    ]
    assert yunyang.meta["authors"] == ["朱琳"] and yunyang.meta["photo_credit"] == "朱琳"


def test_a_page_without_blank_lines_signed_under_its_headline(articles):
    # 139: no blank line anywhere: headline, deck, 本报记者 byline and text run
    # on line by line; a question heading, a caption and a credit at the foot.
    wulong = articles["武隆区：山水课堂里的“行走思政”"]
    assert wulong.meta["subtitle"] == "——武隆区推进大中小学思政课一体化建设"
    assert wulong.meta["authors"] == ["余洁"] and wulong.meta["photo_credit"] == "武隆区教委"
    assert wulong.body.startswith("在仙女山下的武隆区火炉镇中心小学")
    assert re.findall(r"^## (.+)$", wulong.body, re.M) == ["如何让思政课“活”起来？"]
    assert wulong.meta["captions"] == ["学生在实践基地参加研学活动"]


def test_three_headline_lines_without_commas_and_a_labelled_honours_box(articles):
    # 140: kicker, headline and ——deck set as one block at the top; an honours
    # box whose label (主要荣誉) is its first line, one honour a line.
    qianjiang = articles["黔江教育谱新篇"]
    assert qianjiang.meta["kicker"] == "奋进新征程"
    assert qianjiang.meta["subtitle"] == "——黔江区建设武陵山区教育高地纪实"
    assert qianjiang.body.startswith("党的二十大以来")
    assert (
        "## 主要荣誉\n\n黔江区获评全国义务教育优质均衡发展区\n\n黔江中学获评全国文明校园\n\n新华中学"
        in qianjiang.body
    )


def test_a_commentary_after_the_byline_mentioning_another_district_in_passing(articles):
    # 141: 专家点评 under the byline names 渝中 once, in a comparison: it is
    # the article's own box, not a 渝中区 article (a short name once is no
    # article's district; a full name, or a short one three times, is).
    banan = articles["巴南区：家门口的“好学校”越来越多"]
    assert "专家点评" not in articles
    assert "## 专家点评\n\n市教科院专家认为" in banan.body and banan.meta["authors"] == ["吴倩"]


def test_letter_spaced_names_in_a_byline(articles):
    # 142: 记者  王 丽 娜    通讯员  胡 杰 — each name letter-spaced, set off
    # from its role by a wider gap; a letter-spaced heading (科 创 筑 梦).
    bishan = articles["璧山区：让每个孩子都做“小小科学家”"]
    assert bishan.meta["authors"] == ["王丽娜", "胡杰"]
    assert re.findall(r"^## (.+)$", bishan.body, re.M) == ["科创筑梦"]
    assert "王 丽" not in bishan.text.split("---")[-1]


def test_a_page_header_of_masthead_date_and_page_number(articles):
    # 143: 重庆日报  2024年9月10日  星期二  第7版 on one line over the headline,
    # the editors' line at the foot: the page's, not the article's deck.
    tongliang = articles["铜梁区：龙乡教师的“成长阶梯”"]
    assert not tongliang.meta.get("subtitle") and not tongliang.meta.get("kicker")
    assert "重庆日报" not in tongliang.body and "责任编辑" not in tongliang.body
    assert tongliang.meta["authors"] == ["李娟"]
    # … and what it says is the article's publication: outlet, date, page.
    assert (tongliang.meta["source_name"], tongliang.meta["published"], tongliang.meta["page"]) == (
        "重庆日报",
        "2024-09-10",
        "第7版",
    )


def test_an_opening_question_under_the_headline_is_the_first_paragraph(articles):
    # 144: a question set apart under the headline opens the text; it is no
    # section heading (no paragraph above it) and not the headline's deck.
    wulong = articles["孩子们为何爱上了学校"]
    assert not wulong.meta.get("subtitle") and "## " not in wulong.body
    assert wulong.body.startswith("为什么孩子们不愿意放学回家？\n\n在武隆区白马镇中心小学")


def test_a_credit_for_the_whole_page_is_every_articles(articles):
    # 145: two articles, the second's caption, then 本版图片由受访学校提供 at
    # the page's foot: it credits the photos of the page, not of the last
    # article only. (108's 本版 credit sits after its own article, mid-page,
    # and stays with it.)
    dazu = articles["大足区：石刻文化走进课堂"]
    dianjiang = articles["“牡丹娃”的劳动课"]
    assert dazu.meta["photo_credit"] == "受访学校" and dianjiang.meta["photo_credit"] == "受访学校"
    assert dazu.meta["authors"] == ["唐雪", "何平"] and dianjiang.meta["authors"] == ["罗敏"]
    assert dazu.meta["captions"] == [] and dianjiang.meta["captions"] == [
        "垫江县学生在学校种植园里修剪牡丹"
    ]
    assert "图片" not in dazu.body and "图片" not in dianjiang.body
    assert not articles["田野课堂里的成长"].meta.get("photo_credit")


def test_a_headline_broken_inside_a_word_is_one_headline(articles):
    # 146: 让每个孩子在阅读中成 / 长为更好的自己 — the frame's width cuts
    # 成长 in two; no deck. A headline and its deck that a dictionary could
    # also join (质量立校 / 办好… → 校办) stay two: that would break up 办好.
    from generator.structure.text import word_cut_in_two

    nanchuan = articles["让每个孩子在阅读中成长为更好的自己"]
    assert not nanchuan.meta.get("subtitle") and not nanchuan.meta.get("kicker")
    assert nanchuan.meta["authors"] == ["韩梅"] and nanchuan.meta["captions"] == [
        "学生们在图书角里读书"
    ]
    assert nanchuan.body.startswith(
        "南川区从去年起实施“书香南川”阅读工程，为全区中小学新建图书角1200个"
    )
    assert word_cut_in_two("让每个孩子在阅读中成", "长为更好的自己")
    assert not word_cut_in_two("质量立校", "办好人民满意的教育")
    assert not word_cut_in_two("书香润童心", "阅读伴成长")
    assert not word_cut_in_two("城乡携手", "共享优质教育")
