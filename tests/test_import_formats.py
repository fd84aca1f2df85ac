"""`almanac import` of saved web pages, Word documents and newspaper PDFs
(issue 17). Every fixture is typeset here by bench/typeset.py, which knows its
answer; the import is compared against it."""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile

import pytest

from bench.typeset import _png, answer, as_docx, as_html, as_pdf, as_text, sample_articles
from generator.cli import main
from generator.corpus import parse_body
from generator.render.facts_page import facts_json_rows
from generator.store import read_article
from tests.helpers import make_project, snapshot

ARTICLES = sample_articles()
GOOD = "## 巴南“六大工程”齐发力\n\n巴南区大力实施六大工程，组建7个优质教育集团。\n\n何霜 杜林燕\n图片由巴南区教委提供\n"


def run(root, *args):
    return main(["--root", str(root), "import", *args])


def imported(root) -> dict[str, dict]:
    """title → what the import wrote: front matter, headings, paragraphs, tables."""
    found = {}
    for path in sorted((root / "docs" / "articles").rglob("*.md")):
        article = read_article(path)
        sections = parse_body(article.body)
        found[article.meta["title"]] = {
            **article.meta,
            "headings": [s.title for s in sections if s.title],
            "paragraphs": [p.text for s in sections for p in s.paragraphs],
            "tables": [t.rows for s in sections for t in s.tables],
            "body": article.body,
            "path": path,
        }
    return found


def key_of(found: dict) -> dict:
    return {
        k: found[k] for k in ("title", "district", "authors", "captions", "headings", "paragraphs")
    }


def check_answer(found: dict, article) -> None:
    assert key_of(found) == answer(article)


# ---------------------------------------------------------------- web pages


@pytest.mark.parametrize("template", ["gov", "news", "school"])
@pytest.mark.parametrize("number", [0, 1])
def test_web_page_of_each_cms_template_imports_to_its_answer(tmp_path, template, number, capsys):
    article = ARTICLES[number]
    page, states = as_html(article, template)
    root = make_project(tmp_path, {"page.html": page})
    assert run(root) == 0
    (found,) = imported(root).values()
    check_answer(found, article)
    # The page's own metadata: date, site or 来源, canonical/og:url.
    assert found["published"] == states["published"]
    assert found["source_name"] == states["source_name"]
    assert found["source"] == {"file": "seeds/page.html", "url": states["source_url"]}
    # None of the template's furniture reached the text.
    for word in (
        "当前位置",
        "您现在的位置",
        "分享",
        "打印",
        "上一篇",
        "相关链接",
        "版权所有",
        "浏览次数",
        "热点新闻",
    ):
        assert word not in found["body"]
    out = capsys.readouterr().out
    assert "seeds/page.html: 1 篇（网页）" in out and f"{article.district} · {article.title}" in out


def test_news_page_editor_and_gbk_page_charset(tmp_path):
    news, _ = as_html(ARTICLES[0], "news")
    school, _ = as_html(ARTICLES[1], "school")
    assert b"charset=gbk" in school and "九龙坡".encode("gb18030") in school
    root = make_project(tmp_path, {"news.html": news, "school.htm": school})
    assert run(root, "-q") == 0
    found = imported(root)
    assert found[ARTICLES[0].title]["editors"] == ["赵敏"]
    assert found[ARTICLES[1].title]["district"] == "九龙坡区"


# ---------------------------------------------------------------- Word


def test_word_document_imports_to_its_answer_with_its_table_and_pictures(tmp_path):
    article = ARTICLES[0]
    root = make_project(tmp_path, {"feature.docx": as_docx(article, with_table=True)})
    assert run(root, "-q") == 0
    (found,) = imported(root).values()
    check_answer(found, article)
    assert found["subtitle"] == article.deck
    assert found["tables"] == [article.table]
    assert "| 学校数（所） | 150 | 162 |" in found["body"]
    # Pictures are noted where they stood, with their captions, not embedded.
    assert found["body"].count("<!-- 原文图片（未嵌入）：image") == 2
    assert f"图注：{article.captions[0]}" in found["body"]
    assert main(["--root", str(root), "check"]) == 0


def test_table_figures_reach_almanac_facts(tmp_path, capsys):
    root = make_project(
        tmp_path,
        {
            "feature.docx": as_docx(ARTICLES[0], with_table=True),
            "jlp.docx": as_docx(ARTICLES[1], with_table=True),
        },
    )
    assert run(root, "-q") == 0
    capsys.readouterr()
    assert main(["--root", str(root), "facts", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    facts = facts_json_rows(data)  # the CSV's rows: values as text
    text = json.dumps(facts, ensure_ascii=False)
    # 学校数（所） | 2023年 | 2024年 → 150 所 in 2023, 162 所 in 2024 (the unit from the label).
    rows = [
        f
        for f in facts
        if f["district"] == "巴南区" and f["value"] in ("150", "162") and f["unit"] == "所"
    ]
    assert {(f["value"], f["period"]) for f in rows} == {("150", "2023年"), ("162", "2024年")}, (
        text[:2000]
    )
    # 区县 | 新建学校（所） | 新增学位（个）: a table with districts as rows.
    assert any(
        f["district"] == "九龙坡区" and f["value"] == "6200" and f["unit"] == "个" for f in facts
    )


# ---------------------------------------------------------------- PDF


def test_newspaper_pdf_pages_import_to_their_answers(tmp_path, capsys):
    pages = [[ARTICLES[0]], [ARTICLES[1], ARTICLES[2], ARTICLES[3]]]
    root = make_project(tmp_path, {"issue.pdf": as_pdf(pages, first_page=5)})
    assert run(root) == 0
    found = imported(root)
    assert sorted(found) == sorted(a.title for a in ARTICLES)
    for number, page in enumerate(pages, start=1):
        for article in page:
            got = found[article.title]
            check_answer(got, article)
            # The header band: masthead, date, page; the footer: editors.
            assert got["source_name"] == "重庆日报" and got["published"] == "2024-06-18"
            assert got["page"] == f"第{4 + number}版"
            assert got["editors"] == ["王五", "赵六"]
            assert got["source"]["pages"] == [number, number] and "lines" not in got["source"]
    assert found[ARTICLES[1].title]["subtitle"] == ARTICLES[1].deck
    out = capsys.readouterr().out
    assert "seeds/issue.pdf: 4 篇（PDF，2 页）" in out
    assert main(["--root", str(root), "check"]) == 0


def test_a_page_with_two_articles_side_by_side(tmp_path):
    root = make_project(tmp_path, {"p.pdf": as_pdf([[ARTICLES[3], ARTICLES[2]]], first_page=3)})
    assert run(root, "-q") == 0
    found = imported(root)
    for article in (ARTICLES[3], ARTICLES[2]):
        check_answer(found[article.title], article)


def test_pdf_is_read_by_content_whatever_its_name(tmp_path):
    root = make_project(tmp_path, {"issue": as_pdf([[ARTICLES[2]]])})
    assert run(root, "-q", str(root / "seeds" / "issue")) == 0
    (found,) = imported(root).values()
    check_answer(found, ARTICLES[2])


# ---------------------------------------------------------------- all formats


def test_the_same_article_in_four_formats_imports_the_same(tmp_path):
    article = ARTICLES[0]
    results = {}
    for name, content in {
        "a.txt": as_text(article),
        "a.html": as_html(article, "news")[0],
        "a.docx": as_docx(article),
        "a.pdf": as_pdf([[article]]),
    }.items():
        root = make_project(tmp_path / name.replace(".", "_"), {name: content})
        assert run(root, "-q") == 0, name
        (found,) = imported(root).values()
        results[name] = key_of(found)
    assert results["a.txt"] == answer(article)
    for name, result in results.items():
        assert result == results["a.txt"], name


def test_given_values_win_over_what_the_file_says(tmp_path):
    page, _ = as_html(ARTICLES[0], "gov")
    root = make_project(
        tmp_path,
        {
            "page.html": page,
            "page.meta.yml": "published: 2024-07-01\nsource_name: 巴南日报\n",
            "page.hints.yml": "district: 九龙坡区\n",
        },
    )
    assert run(root, "-q", "--source-url", "https://example.org/a.html") == 0
    (found,) = imported(root).values()
    assert found["published"] == "2024-07-01" and found["source_name"] == "巴南日报"
    assert found["source"]["url"] == "https://example.org/a.html"
    assert found["district"] == "九龙坡区"


def test_hints_roles_apply_to_a_word_document(tmp_path):
    article = ARTICLES[2]
    paragraph = article.sections[0][1][1]
    root = make_project(
        tmp_path,
        {"a.docx": as_docx(article), "a.hints.yml": f'roles:\n  "{paragraph[:20]}": caption\n'},
    )
    assert run(root, "-q") == 0
    (found,) = imported(root).values()
    assert (
        paragraph in found["paragraphs"]
    )  # a role names a display line exactly; a paragraph is none
    short = make_project(
        tmp_path / "b",
        {
            "a.docx": as_docx(article),
            "a.hints.yml": f'roles:\n  "{article.headings[0]}": caption\n',
        },
    )
    assert run(short, "-q") == 0
    (found,) = imported(short).values()
    assert article.headings[0] in found["captions"] and article.headings[0] not in found["headings"]


def test_hand_edits_of_a_pdf_article_are_kept_and_reruns_write_nothing(tmp_path, capsys):
    root = make_project(tmp_path, {"issue.pdf": as_pdf([[ARTICLES[1]]])})
    assert run(root, "-q") == 0
    (path,) = (root / "docs" / "articles").rglob("*.md")
    before = snapshot(root / "docs" / "articles")
    assert run(root) == 0 and snapshot(root / "docs" / "articles") == before
    edited = path.read_text(encoding="utf-8").replace("6200个", "6300个")
    path.write_text(edited, encoding="utf-8")
    assert run(root) == 0
    assert path.read_text(encoding="utf-8") == edited
    assert "已被手工编辑，保留不动" in capsys.readouterr().err


def test_two_imports_give_identical_bytes(tmp_path):
    files = {
        "issue.pdf": as_pdf([[ARTICLES[0]], [ARTICLES[1], ARTICLES[2]]]),
        "a.docx": as_docx(ARTICLES[3], with_table=True),
        "b.html": as_html(ARTICLES[1], "school")[0],
    }
    a = make_project(tmp_path / "a", files)
    b = make_project(tmp_path / "b", files)
    assert run(a, "-q") == 0 and run(b, "-q") == 0
    assert snapshot(a / "docs" / "articles") == snapshot(b / "docs" / "articles")


def test_default_seeds_include_every_format(tmp_path, capsys):
    root = make_project(
        tmp_path,
        {
            "a.txt": GOOD,
            "b.htm": as_html(ARTICLES[1], "school")[0],
            "c.docx": as_docx(ARTICLES[2]),
            "d.pdf": as_pdf([[ARTICLES[3]]]),
            "notes.md": "# 不是种子\n",
        },
    )
    assert run(root) == 0
    out = capsys.readouterr().out
    for line in (
        "seeds/a.txt: 1 篇（文本）",
        "seeds/b.htm: 1 篇（网页）",
        "seeds/c.docx: 1 篇（Word）",
        "seeds/d.pdf: 1 篇（PDF，1 页）",
    ):
        assert line in out
    assert "notes.md" not in out


# ---------------------------------------------------------------- bad input


def _encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    from bench.typeset import FONT, _font

    _font()
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.setFont(FONT, 12)
    c.drawString(72, 720, "巴南区教育")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _scanned_pdf() -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawImage(ImageReader(io.BytesIO(_png())), 50, 50, 500, 700)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _many_pages(n: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for k in range(n):
        c.drawString(72, 720, f"page {k}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _declared_bomb() -> bytes:
    """A docx whose ZIP directory declares document.xml as 4 GB."""
    data = bytearray(as_docx(ARTICLES[2]))
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        length = struct.unpack("<H", data[pos + 28 : pos + 30])[0]
        if data[pos + 46 : pos + 46 + length] == b"word/document.xml":
            data[pos + 24 : pos + 28] = struct.pack("<I", 0xF0000000)
        pos += 4
    return bytes(data)


def _ratio_bomb() -> bytes:
    buffer = io.BytesIO(as_docx(ARTICLES[2]))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/media/zeros.bin", b"\0" * (8 << 20))
    return buffer.getvalue()


def _broken_docx() -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(as_docx(ARTICLES[2]))) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            target.writestr(
                item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data
            )
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BAD = [
    ("locked.pdf", _encrypted_pdf, "PDF 已加密"),
    ("cut.pdf", lambda: (lambda d: d[: len(d) // 2])(as_pdf([[ARTICLES[2]]])), "不完整"),
    ("garbage.pdf", lambda: b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", "PDF 已损坏"),
    ("scan.pdf", _scanned_pdf, "需要先做文字识别（OCR）"),
    ("long.pdf", lambda: _many_pages(41), "页数过多（41 页"),
    ("cut.docx", lambda: as_docx(ARTICLES[2])[:3000], "已损坏或不完整"),
    ("broken.docx", _broken_docx, "Word 文档无法解析"),
    ("bomb.docx", _declared_bomb, "压缩炸弹"),
    ("zeros.docx", _ratio_bomb, "压缩炸弹"),
    ("old.doc", lambda: OLE + b"\0" * 4096, "另存为” .docx"),
    (
        "locked.docx",
        lambda: OLE + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512,
        "密码保护",
    ),
    (
        "empty.html",
        lambda: (
            "<html><head><title>首页</title></head><body><div class='nav'><a href='/'>首页</a> <a href='/a'>新闻中心</a></div><div class='footer'>版权所有 巴南区教委</div></body></html>".encode()
        ),
        "没有找到正文",
    ),
    ("wrong.pdf", lambda: as_docx(ARTICLES[2]), "扩展名是 .pdf，内容却是Word 文档"),
    ("wrong.docx", lambda: GOOD.encode(), "扩展名是 .docx，内容却是纯文本"),
    ("wrong.html", lambda: as_pdf([[ARTICLES[2]]]), "扩展名是 .html，内容却是PDF"),
    ("sheet.docx", lambda: _zip({"xl/workbook.xml": b"<workbook/>"}), "Excel"),
]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("name, make, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_naming_the_file_and_the_rest_imports(
    tmp_path, capsys, name, make, reason
):
    root = make_project(tmp_path, {name: make(), "good.txt": GOOD})
    assert run(root) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    mine = [line for line in err if name in line]
    assert len(mine) == 1 and reason in mine[0], err
    # As every almanac command reports a file: the command, the path from the checkout.
    assert mine[0].startswith(f"almanac import: seeds/{name}: "), mine[0]
    written = [
        read_article(p).meta["source"]["file"] for p in (root / "docs" / "articles").rglob("*.md")
    ]
    assert written == ["seeds/good.txt"]


def test_size_limits_are_checked_before_parsing(tmp_path, capsys, monkeypatch):
    import generator.formats as formats

    monkeypatch.setitem(formats.MAX_BYTES, "pdf", 1000)
    root = make_project(tmp_path, {"big.pdf": as_pdf([[ARTICLES[2]]])})

    def never(*args, **kwargs):
        raise AssertionError("parsed a file over the limit")

    monkeypatch.setattr("generator.formats.pdf.read_pdf", never)
    assert run(root) == 1
    assert re.search(
        r"seeds/big\.pdf: 文件过大（\d+ 字节，PDF 上限 1000 字节）", capsys.readouterr().err
    )


def test_the_bench_issue_of_four_pages_and_eight_articles(tmp_path):
    from bench.typeset import write_issue

    root = make_project(tmp_path)
    write_issue(root / "seeds", pages=4, per_page=2)
    assert run(root, "-q") == 0
    found = [read_article(p) for p in sorted((root / "docs" / "articles").rglob("*.md"))]
    assert len(found) == 8
    by_page = {}
    for article in found:
        by_page.setdefault(article.meta["page"], []).append(article.meta["title"])
    layout = [ARTICLES[(p * 2 + k) % 4].title for p in range(4) for k in range(2)]
    assert sorted(t for titles in by_page.values() for t in titles) == sorted(layout)
    assert sorted(by_page) == ["第5版", "第6版", "第7版", "第8版"]
