"""Typeset articles as the files editors receive: a text seed, saved web pages
of common Chinese CMS templates, a Word document, newspaper PDF pages.

Each article knows its answer (title, district, authors, headings,
paragraphs, captions), so a test or benchmark can compare an import against
it. Everything is generated here, deterministically: no file is downloaded,
and the PDFs use reportlab's built-in CID font STSong-Light (no font file).
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Article:
    district: str
    title: str
    deck: str
    byline: str  # as printed: 本报记者 张丽 通讯员 李明
    authors: list[str]
    sections: list[tuple[str, list[str]]]  # ("", lead paragraphs) first, then (heading, paragraphs)
    captions: list[str] = field(default_factory=list)
    kicker: str = ""
    table: list[list[str]] = field(default_factory=list)  # Word/web only: rows, header first

    @property
    def headings(self) -> list[str]:
        return [h for h, _ in self.sections if h]

    @property
    def paragraphs(self) -> list[str]:
        return [p for _, ps in self.sections for p in ps]


def sample_articles() -> list[Article]:
    """Articles of the genre for Chongqing districts (names in docs/data/districts.yml)."""
    return [
        Article(
            district="巴南区",
            kicker="",
            title="让每个孩子享有公平而有质量的教育",
            deck="——巴南区推进义务教育优质均衡发展纪实",
            byline="本报记者 张丽 通讯员 李明",
            authors=["张丽", "李明"],
            sections=[
                (
                    "",
                    [
                        "近年来，巴南区坚持把教育摆在优先发展的战略位置，全区新建改扩建中小学校12所，新增学位9800个，群众家门口的好学校越来越多。",
                        "巴南区教委负责人介绍，全区以“办好每一所学校”为目标，统筹城乡教育资源配置，推动义务教育由基本均衡迈向优质均衡。",
                    ],
                ),
                (
                    "集团化办学扩大优质资源",
                    [
                        "巴南区组建7个优质教育集团，覆盖全区62所中小学，集团内统一教学管理、统一教研活动、统一质量评价，让更多孩子在家门口上好学。",
                        "在鱼洞二小教育集团，城区学校的骨干教师每周到乡村成员校上课，乡村学校的孩子也能上STEAM课程和Scratch编程课。",
                    ],
                ),
                (
                    "教师队伍建设激发办学活力",
                    [
                        "全区现有专任教师7800余名，其中市级骨干教师312名。巴南区实施“领雁工程”，三年培养名师名校长120名，乡村教师培训实现全覆盖。",
                    ],
                ),
            ],
            captions=["鱼洞二小的学生们在大课间跳绳", "巴南区界石小学学生在科学课上做实验"],
            table=[
                ["指标", "2023年", "2024年"],
                ["学校数（所）", "150", "162"],
                ["专任教师（名）", "7500", "7800"],
            ],
        ),
        Article(
            district="九龙坡区",
            kicker="",
            title="九龙坡区打造家门口的好学校",
            deck="——九龙坡区深化集团化办学改革侧记",
            byline="本报记者 王晓梅",
            authors=["王晓梅"],
            sections=[
                (
                    "",
                    [
                        "今年秋季开学，九龙坡区又有5所新建学校投用，新增学位6200个。九龙坡区聚焦群众关切，持续扩大优质教育资源覆盖面。",
                    ],
                ),
                (
                    "城乡学校结对共进",
                    [
                        "九龙坡区推动城区优质学校与乡村学校结对，建立教研共同体28个，每学期开展联合教研活动300余场次，乡村学校教学质量稳步提升。",
                        "杨家坪中学与陶家镇中学结对三年来，两校教师同备一堂课、同评一份卷，陶家镇中学的学生也用上了AI学习平台。",
                    ],
                ),
                (
                    "课后服务丰富多彩",
                    [
                        "九龙坡区中小学课后服务实现全覆盖，开设艺术、体育、科技等课程1600余门，学生参与率达到98.5%，家长满意度持续提高。",
                    ],
                ),
            ],
            captions=["杨家坪中学学生在实验室里开展科学探究"],
            table=[["区县", "新建学校（所）", "新增学位（个）"], ["九龙坡区", "5", "6200"]],
        ),
        Article(
            district="江津区",
            kicker="",
            title="江津区乡村学校焕发新活力",
            deck="",
            byline="通讯员 陈刚",
            authors=["陈刚"],
            sections=[
                (
                    "",
                    [
                        "走进江津区李市镇中心小学，塑胶跑道、录播教室、智慧图书馆一应俱全。近三年，江津区投入资金3.2亿元改善乡村学校办学条件。",
                        "江津区还为乡村学校配备音乐、美术、体育专职教师260名，开齐开足国家课程，乡村孩子的笑脸更多了。",
                    ],
                ),
                (
                    "乡村教师留得住教得好",
                    [
                        "江津区落实乡村教师生活补助政策，新建教师周转宿舍420套，乡村教师队伍稳定性明显增强，一批青年教师扎根乡村讲台。",
                    ],
                ),
            ],
            captions=["江津区李市镇中心小学学生在智慧图书馆阅读"],
        ),
        Article(
            district="北碚区",
            kicker="",
            title="北碚区书香校园建设结硕果",
            deck="",
            byline="本报记者 刘洋",
            authors=["刘洋"],
            sections=[
                (
                    "",
                    [
                        "北碚区持续推进书香校园建设，全区中小学图书馆藏书总量达到260万册，生均藏书量居全市前列。",
                        "北碚区每年举办校园读书节，开展亲子共读、经典诵读等活动，全区学生年均阅读量超过30本。",
                    ],
                ),
                (
                    "阅读课程进课堂",
                    [
                        "北碚区把阅读课纳入课程计划，每周安排一节阅读课，组建阅读教研团队45个，让阅读成为孩子们的日常习惯。",
                    ],
                ),
            ],
            captions=["北碚区朝阳小学学生在课间阅读"],
        ),
    ]


# ---------------------------------------------------------------- text


def as_text(article: Article) -> str:
    """A text seed as the newspaper's text export gives it."""
    out = []
    if article.kicker:
        out.append(article.kicker)
    out.append(article.title)
    if article.deck:
        out.append(article.deck)
    out += ["", article.byline, ""]
    for heading, paragraphs in article.sections:
        if heading:
            out += [heading, ""]
        for p in paragraphs:
            out += [p, ""]
    for caption in article.captions:
        out += [caption, ""]
    return "\n".join(out)


# ---------------------------------------------------------------- web pages


def _png() -> bytes:
    """A 1×1 white PNG (a picture's bytes; its content is never read)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def _body_html(article: Article, caption_tag: str, heading_tag: str) -> str:
    parts = []
    captions = list(article.captions)
    for k, (heading, paragraphs) in enumerate(article.sections):
        if heading:
            parts.append(
                f"<{heading_tag}>{heading}</{heading_tag.split()[0]}>"
                if heading_tag != "strong"
                else f"<p><strong>{heading}</strong></p>"
            )
        for p in paragraphs:
            parts.append(
                f"<p>{p}</p>" if caption_tag != "table" else f'<p style="text-indent:2em">{p}</p>'
            )
        if captions and k < len(article.sections):
            caption = captions.pop(0)
            if caption_tag == "figure":
                parts.append(
                    f'<figure class="image"><img src="/uploads/2024/06/{k + 1}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
                )
            else:
                parts.append(
                    f'<p style="text-align:center"><img src="/upload/{k + 1}.jpg" border="0"></p>'
                )
                parts.append(f'<p style="text-align:center">{caption}</p>')
    for caption in captions:
        parts.append(
            f'<p align="center"><img src="/upload/x.jpg"></p><p align="center">{caption}</p>'
        )
    return "\n".join(parts)


def as_html(
    article: Article,
    template: str = "gov",
    date: str = "2024-06-18",
    url: str = "https://www.example.gov.cn/jyxw/2024/0618/c123.html",
) -> tuple[bytes, dict]:
    """A saved page of one of three CMS templates; returns (bytes, what the page states)."""
    names = " ".join(article.authors)
    y, m, d = date.split("-")
    if template == "gov":  # a district government portal, GB2312
        site = f"重庆市{article.district}人民政府"
        html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{article.title}_{site}</title>
<meta name="ArticleTitle" content="{article.title}">
<meta name="PubDate" content="{date} 09:30">
<meta name="SiteName" content="{site}">
<link rel="canonical" href="{url}" />
<link rel="stylesheet" href="/css/style.css" />
</head><body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1 class="title">{article.title}</h1>
<div class="info"><span>来源：{article.district}教委</span>&nbsp;&nbsp;<span>作者：{names}</span>&nbsp;&nbsp;<span>发布时间：{date} 09:30</span>&nbsp;&nbsp;<span>浏览次数：<em>1024</em></span>&nbsp;&nbsp;<span class="fontsize">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="content" id="zoom">
{_body_html(article, "p", "strong")}
</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prenext"><p>上一篇：<a href="/a.html">{article.district}召开2024年教育工作会议</a></p><p>下一篇：<a href="/b.html">{article.district}举行中小学生运动会</a></p></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/c.html">全市教育工作会议召开</a></li><li><a href="/d.html">市教委部署暑期安全工作</a></li></ul></div></div>
<div class="footer"><p>主办：{site}办公室 &nbsp; 承办：{article.district}大数据发展局</p><p>版权所有：{site} 渝ICP备05003300号 网站标识码：5001130001</p><p>渝公网安备 50011302000123号</p></div>
</body></html>"""
        return html.encode("gb18030"), {
            "published": date,
            "source_name": f"{article.district}教委",
            "source_url": url,
        }
    if template == "news":  # a news site, UTF-8, figure/figcaption, og: metadata
        site = "上游新闻"
        html = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{article.title} - {site}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{article.title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}T08:00:00+08:00">
<script>window.dataLayer = [];</script>
</head><body>
<header class="site-header"><a class="brand" href="/">{site}</a><nav><a href="/news">要闻</a><a href="/edu">教育</a><a href="/city">城事</a><a href="/video">视频</a></nav></header>
<div class="crumbs">您现在的位置：<a href="/">首页</a> › <a href="/edu">教育</a> › 正文</div>
<main><article class="post">
<h1>{article.title}</h1>
<div class="meta"><span class="source">来源：重庆日报</span> <span class="author">记者：{names}</span> <time datetime="{date}T08:00">{y}年{int(m)}月{int(d)}日 08:00</time> <span class="editor">编辑：赵敏</span></div>
<div class="post-body">
{_body_html(article, "figure", "h2")}
</div>
<div class="post-tools"><button>点赞</button> <button>收藏</button> 分享至：<a>微信</a> <a>微博</a></div>
</article>
<aside class="sidebar"><h3>热点新闻</h3><ol><li><a href="/1">重庆中考成绩今日公布</a></li><li><a href="/2">主城都市区新增学位10万个</a></li><li><a href="/3">暑期托管服务启动报名</a></li></ol></aside></main>
<footer><p>重庆日报报业集团主办 版权所有 未经授权禁止转载</p><p>渝ICP备12001234号-1</p></footer>
</body></html>"""
        return html.encode("utf-8"), {
            "published": date,
            "source_name": "重庆日报",
            "source_url": url,
        }
    # "school": an old table-layout page of an education commission, GBK, no canonical link
    site = f"{article.district}教育信息网"
    html = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{article.title}--{site}</title>
<meta property="og:url" content="{url}">
</head>
<body topmargin="0">
<table width="1000" align="center" class="head"><tr><td><img src="/img/banner.jpg"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/news">教育要闻</a> | <a href="/notice">通知公告</a> | <a href="/school">学校风采</a></td></tr></table>
<table width="1000" align="center"><tr><td class="pos">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="/news">教育要闻</a></td></tr></table>
<table width="1000" align="center" class="main"><tr><td>
<div class="biaoti"><h2>{article.title}</h2></div>
<div class="xinxi">发布日期：{y}年{int(m)}月{int(d)}日 &nbsp; 信息来源：{article.district}教委 &nbsp; 点击数：386</div>
<div class="zhengwen">
<p style="text-align:center">{article.byline}</p>
{_body_html(article, "table", "strong")}
</div>
<div class="bottom_tool">【<a href="#">收藏</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>版权所有：{article.district}教育委员会 地址：重庆市{article.district}某某路1号 电话：023-66000000</td></tr></table>
</body></html>"""
    return html.encode("gb18030"), {
        "published": date,
        "source_name": f"{article.district}教委",
        "source_url": url,
    }


# ---------------------------------------------------------------- Word


def as_docx(article: Article, with_table: bool = False) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(article.title, style="Title")
    if article.deck:
        document.add_paragraph(article.deck, style="Subtitle")
    document.add_paragraph(article.byline)
    captions = list(article.captions)
    for k, (heading, paragraphs) in enumerate(article.sections):
        if heading:
            if k % 2:
                document.add_heading(heading, level=1)
            else:
                document.add_paragraph().add_run(heading).bold = True  # a bold line alone, no style
        for p in paragraphs:
            document.add_paragraph(p)
        if captions:
            document.add_picture(io.BytesIO(_png()))
            caption = captions.pop(0)
            if k % 2:
                document.add_paragraph(caption, style="Caption")
            else:
                document.add_paragraph("▲" + caption)
        if with_table and article.table and k == len(article.sections) - 1:
            table = document.add_table(rows=len(article.table), cols=len(article.table[0]))
            for i, row in enumerate(article.table):
                for j, text in enumerate(row):
                    table.cell(i, j).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- newspaper PDF

FONT = "STSong-Light"
PAGE_W, PAGE_H = 842.0, 1191.0
MARGIN = 36.0
GUTTER = 12.0
BODY, LEADING = 10.0, 14.0
CAPTION = 8.0


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, size)


def _break(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Lines of a paragraph at a column's width, broken between any two characters
    (as Chinese typesetting does; a Latin word may be cut too)."""
    lines, line = [], ""
    limit = width - indent
    for ch in text:
        if _width(line + ch, size) > limit and line:
            lines.append(line)
            line, limit = ch, width
        else:
            line += ch
    if line:
        lines.append(line)
    return lines


@dataclass
class _Frame:
    """Columns of one article: x of each, and the y (from the top) each starts at."""

    xs: list[float]
    width: float
    tops: list[float]
    bottom: float


def _flow(canvas, frame: _Frame, items: list[tuple[str, str]]) -> bool:
    """Set (kind, text) items — byline, para, heading — into the frame's columns;
    False when they do not fit."""
    col, y = 0, frame.tops[0]
    ops = []
    for kind, text in items:
        if kind == "heading":
            size = 12.0
            lines = _break(text, frame.width, size)
            need = LEADING * 0.6 + len(lines) * 17
            if y + need + 2 * LEADING > frame.bottom:  # a heading never ends a column
                col, y = col + 1, None
                if col >= len(frame.xs):
                    return False
                y = frame.tops[col]
            y += LEADING * 0.6
            for line in lines:
                x = frame.xs[col] + (frame.width - _width(line, size)) / 2
                ops.append((x, y + size, line, size))
                y += 17
            continue
        indent = 2 * BODY if kind == "para" else 0.0
        for k, line in enumerate(_break(text, frame.width, BODY, indent)):
            if y + LEADING > frame.bottom:
                col += 1
                if col >= len(frame.xs):
                    return False
                y = frame.tops[col]
            ops.append((frame.xs[col] + (indent if k == 0 else 0), y + BODY, line, BODY))
            y += LEADING
    for x, baseline, line, size in ops:
        canvas.setFont(FONT, size)
        canvas.drawString(x, PAGE_H - baseline, line)
    return True


def _set_article(
    canvas, article: Article, x0: float, ncols: int, top: float, bottom_limit: float, picture: bool
) -> float:
    """Headline block, picture with caption, text in ``ncols`` columns from
    ``x0``; returns the y where the article ends."""
    col_w = (PAGE_W - 2 * MARGIN - 4 * GUTTER) / 5
    width = ncols * col_w + (ncols - 1) * GUTTER
    y = top
    if article.kicker:
        canvas.setFont(FONT, 14)
        canvas.drawString(x0, PAGE_H - (y + 14), article.kicker)
        y += 20
    size = 30.0 if ncols >= 4 else 24.0
    for line in _break(article.title, width, size):
        canvas.setFont(FONT, size)
        canvas.drawString(x0 + (width - _width(line, size)) / 2, PAGE_H - (y + size), line)
        y += size * 1.25
    if article.deck:
        canvas.setFont(FONT, 15)
        canvas.drawString(
            x0 + (width - _width(article.deck, 15)) / 2, PAGE_H - (y + 15), article.deck
        )
        y += 22
    y += 10
    xs = [x0 + k * (col_w + GUTTER) for k in range(ncols)]
    tops = [y] * ncols
    captions = list(article.captions)
    if picture and captions:
        span = 2 if ncols >= 3 else 1
        box_w = span * col_w + (span - 1) * GUTTER
        box_x = xs[-span]
        canvas.rect(box_x, PAGE_H - (y + 120), box_w, 120, stroke=1, fill=0)
        caption_y = y + 120 + 3
        for line in _break(captions.pop(0), box_w, CAPTION):
            canvas.setFont(FONT, CAPTION)
            canvas.drawString(box_x, PAGE_H - (caption_y + CAPTION), line)
            caption_y += CAPTION + 3
        for k in range(ncols - span, ncols):
            tops[k] = caption_y + 8
    items = [("byline", article.byline)]
    for heading, paragraphs in article.sections:
        if heading:
            items.append(("heading", heading))
        items += [("para", p) for p in paragraphs]
    # The shortest frame that holds the text.
    for height in range(80, int(bottom_limit - y), 14):
        bottom = y + height
        frame = _Frame(xs, col_w, tops, bottom)
        if max(tops) + 2 * LEADING > bottom:
            continue
        probe = _Probe()
        if _flow(probe, frame, items):
            break
    else:
        raise ValueError(f"{article.title}: does not fit on the page")
    _flow(canvas, frame, items)
    end = bottom
    if captions:
        box_y = end + 6
        canvas.rect(xs[0], PAGE_H - (box_y + 100), col_w, 100, stroke=1, fill=0)
        caption_y = box_y + 100 + 3
        for line in _break(captions.pop(0), col_w, CAPTION):
            canvas.setFont(FONT, CAPTION)
            canvas.drawString(xs[0], PAGE_H - (caption_y + CAPTION), line)
            caption_y += CAPTION + 3
        end = caption_y
    return end + 18


class _Probe:
    """A canvas that draws nothing: to find the height a frame needs."""

    def setFont(self, *args):
        pass

    def drawString(self, *args):
        pass


def as_pdf(
    pages: list[list[Article]],
    masthead: str = "重庆日报",
    date: tuple[int, int, int] = (2024, 6, 18),
    first_page: int = 5,
    editors: tuple[str, str] = ("王五", "赵六"),
) -> bytes:
    """Newspaper pages: a header band (masthead, date, page), then per page one
    article across five columns, or one on top and one or two side by side below."""
    from reportlab.pdfgen import canvas as pdf_canvas

    _font()
    buffer = io.BytesIO()
    canvas = pdf_canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    weekday = "一二三四五六日"[__import__("datetime").date(*date).weekday()]
    col_w = (PAGE_W - 2 * MARGIN - 4 * GUTTER) / 5
    for number, articles in enumerate(pages):
        canvas.setFont(FONT, 26)
        canvas.drawString(MARGIN, PAGE_H - 62, masthead)
        canvas.setFont(FONT, 9)
        band = f"{date[0]}年{date[1]}月{date[2]}日  星期{weekday}"
        canvas.drawString(MARGIN + 160, PAGE_H - 58, band)
        label = f"第{first_page + number}版"
        canvas.drawString(PAGE_W - MARGIN - _width(label, 9), PAGE_H - 58, label)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, PAGE_H - 72, PAGE_W - MARGIN, PAGE_H - 72)
        canvas.line(MARGIN, 44, PAGE_W - MARGIN, 44)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, 32, f"责任编辑：{editors[0]}  美编：{editors[1]}")
        y = 84.0
        first, rest = articles[0], articles[1:]
        y = _set_article(
            canvas, first, MARGIN, 5, y, PAGE_H - 60 - (380 if rest else 0), picture=True
        )
        if len(rest) == 1:
            _set_article(canvas, rest[0], MARGIN, 5, y, PAGE_H - 60, picture=True)
        elif len(rest) == 2:
            _set_article(canvas, rest[0], MARGIN, 3, y, PAGE_H - 60, picture=True)
            _set_article(
                canvas, rest[1], MARGIN + 3 * (col_w + GUTTER), 2, y, PAGE_H - 60, picture=False
            )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def answer(article: Article) -> dict:
    return {
        "title": article.title,
        "district": article.district,
        "authors": article.authors,
        "captions": article.captions,
        "headings": article.headings,
        "paragraphs": article.paragraphs,
    }


def write_issue(folder: Path, pages: int = 4, per_page: int = 2) -> Path:
    """A newspaper issue of ``pages`` pages of ``per_page`` articles (bench)."""
    articles = sample_articles()
    layout = [
        [articles[(p * per_page + k) % len(articles)] for k in range(per_page)]
        for p in range(pages)
    ]
    path = Path(folder) / "issue.pdf"
    path.write_bytes(as_pdf(layout))
    return path


__all__ = [
    "Article",
    "sample_articles",
    "as_text",
    "as_html",
    "as_docx",
    "as_pdf",
    "answer",
    "write_issue",
]
