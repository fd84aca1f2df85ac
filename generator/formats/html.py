"""Saved web pages: the article's text and metadata, by trafilatura.

trafilatura finds the main text (the CMS template's navigation, breadcrumbs,
share and print widgets, related links and footer are its job) and the page's
metadata: title, date, canonical URL (``<link rel=canonical>``, ``og:url``),
site name. What it leaves out and a Chinese page still states is read here:

* the info line under the headline (来源：… 作者：… 发布时间：…), which
  trafilatura drops as boilerplate and whose CJK names it would not take as
  authors (it wants a space inside a name);
* ``<figcaption>`` text, which it drops with the figure: each is moved after
  its figure as a paragraph before extraction, and known as a caption.

The charset comes from ``<meta charset>`` or ``http-equiv`` (GB2312 and GBK
are read as GB18030, their superset); without one, the bytes are read as the
text reader reads a seed.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

import lxml.html
from lxml import etree

from ..read import SeedError, decode_seed
from .model import Block, Extracted, FormatError, clean_line, join_text, vocabulary

MAX_HTML_BYTES = (
    8 * 1024 * 1024
)  # a saved page's HTML is a few hundred KB; its pictures are beside it
MAX_CAPTION_CHARS = 60
MAX_BOLD_HEADING_CHARS = 30
MIN_TEXT_CHARS = 30  # less running text than this is a page without an article

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TERMINAL = re.compile(r"[。！？!?；;]")
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def decode_page(data: bytes, path: Path) -> str:
    match = _CHARSET.search(data[:8192])
    if match:
        name = match.group(1).decode("ascii").lower()
        if name in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"):
            name = "gb18030"  # pages labelled GB2312 routinely hold GBK characters
        try:
            return data.decode(name.replace("utf8", "utf-8"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong label: fall back to what the bytes are
    try:
        return decode_seed(data, path)[0]
    except SeedError:
        raise FormatError(
            path, "网页的字符编码无法识别（既不是 UTF-8 也不是 GB18030/GBK）"
        ) from None


def read_html(path: Path) -> Extracted:
    import trafilatura  # imported when a page is read: a second of start-up the text import never pays

    size = path.stat().st_size
    if size > MAX_HTML_BYTES:
        raise FormatError(path, f"网页文件过大（{size} 字节，上限 {MAX_HTML_BYTES} 字节）")
    text = decode_page(path.read_bytes(), path)
    try:
        tree = lxml.html.document_fromstring(text.replace("\x00", ""))
    except (etree.ParserError, ValueError):
        raise FormatError(path, "网页无法解析（不是完整的 HTML）") from None
    info = _info_line(tree)
    captions = _lift_figcaptions(tree)
    _mark_layout_tables(tree)
    headlines = [clean_line(h.text_content()) for h in tree.iter("h1", "h2", "h3")]
    document = trafilatura.bare_extraction(
        tree,
        output_format="python",
        include_formatting=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
        # Dates from markup, meta tags and the URL; no free-text search, which
        # loads every dateparser locale (~6 s) for what the info line states.
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "outputformat": "%Y-%m-%d",
        },
    )
    assert not isinstance(document, dict)  # as_dict is off: a Document or None
    if document is None or document.body is None:
        raise FormatError(path, "网页中没有找到正文（只有导航、版权等页面框架）")
    title = clean_line(document.title or "")
    # 标题--某某教育信息网: a <title> the library could not split; the page's own headline is its head.
    title = next(
        (h for h in headlines if len(h) >= 4 and title.startswith(h) and h != title), title
    )
    blocks = _blocks(document.body, captions, title, info)
    running = sum(len(_CJK.findall(b.text)) for b in blocks if b.kind == "para")
    if running < MIN_TEXT_CHARS:
        raise FormatError(path, "网页中没有找到正文（只有导航、版权等页面框架）")
    head: list[Block] = [Block("title", title)] if title else []
    if info.get("author"):
        head.append(Block("byline", f"{info['author_label']}：{info['author']}"))
    publication = {}
    # The date the page prints in its info line, else the library's (meta tags, URL, text).
    if info.get("date"):
        publication["published"] = info["date"]
    elif document.date and re.match(r"^\d{4}-\d\d-\d\d$", document.date):
        publication["published"] = document.date
    name = info.get("source") or _site_name(document.sitename)
    if name:
        publication["source_name"] = name
    if document.url and re.match(r"^https?://[^\s<>\"']+$", document.url):
        publication["source_url"] = document.url
    return Extracted("html", [head + blocks], publication, editors=info.get("editors", []))


def _site_name(name: str | None) -> str:
    """The site's own name (og:site_name, the title's suffix), not its host name."""
    name = (name or "").strip()
    return "" if not name or re.match(vocabulary()["web"]["hostname"], name) else name


def _lift_figcaptions(tree) -> set[str]:
    """Each ``<figcaption>`` as a paragraph right after its figure (trafilatura
    drops figures with their captions; it keeps paragraphs and images)."""
    found = set()
    for caption in list(tree.iter("figcaption")):
        text = clean_line(caption.text_content())
        figure = caption.getparent()
        caption.drop_tree()
        if not text:
            continue
        found.add(text)
        paragraph = lxml.html.Element("p")
        paragraph.text = text
        if figure is not None and figure.tag == "figure":
            figure.addnext(paragraph)
        elif figure is not None:
            figure.append(paragraph)
    return found


def _mark_layout_tables(tree) -> None:
    """Old CMS templates lay the page out in tables; a table whose cells hold
    blocks (text divisions, paragraphs, headings, other tables) is layout, not
    data, and is marked so (ARIA ``role=presentation``), which trafilatura reads."""
    for table in tree.iter("table"):
        if table.get("role"):
            continue
        if any(
            cell.find(f".//{tag}") is not None
            for cell in table.iter("td", "th")
            for tag in ("div", "p", "h1", "h2", "h3", "table", "img")
        ):
            table.set("role", "presentation")


def _label_pattern() -> tuple[re.Pattern, dict[str, str]]:
    labels = vocabulary()["web"]["info_labels"]
    kind_of = {label: kind for kind, words in labels.items() for label in words}
    alternatives = "|".join(re.escape(w) for w in sorted(kind_of, key=len, reverse=True))
    return re.compile(f"({alternatives})\\s*[:：]\\s*"), kind_of


def _info_line(tree) -> dict:
    """来源：巴南区教委 作者：张丽 李明 发布时间：2024-06-18: the shortest element
    whose text holds two or more labels."""
    pattern, kind_of = _label_pattern()
    best = None
    for element in tree.iter("div", "p", "span", "td", "li", "section", "header"):
        text = " ".join(element.text_content().split())
        if len(text) > 240:
            continue
        hits = list(pattern.finditer(text))
        if len({kind_of[m.group(1)] for m in hits}) >= 2 and (
            best is None or len(text) < len(best[0])
        ):
            best = (text, hits)
    if best is None:
        return {}
    text, hits = best
    info: dict = {"text": text}
    for k, match in enumerate(hits):
        end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        value = text[match.end() : end].strip(" |｜丨/")
        kind = kind_of[match.group(1)]
        if kind == "author" and value and "author" not in info:
            names = []
            for token in filter(None, re.split(r"[\s、，,;；/]+", value)):
                if not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", token):
                    break  # the names end where the line goes on unlabelled (a time, a count)
                names.append(token)
            if names:
                info["author"], info["author_label"] = " ".join(names), match.group(1)
        elif kind == "source" and value and "source" not in info:
            info["source"] = value.split()[0]
        elif kind == "date" and "date" not in info:
            found = _DATE.search(value)
            if found:
                y, m, d = found.groups()
                info["date"] = f"{y}-{int(m):02d}-{int(d):02d}"
        elif kind == "editor" and value:
            info.setdefault("editors", []).extend(
                n for n in re.split(r"[\s、，,;；/]+", value) if n
            )
    return info


def _furniture(text: str) -> bool:
    return any(re.search(p, text) for p in vocabulary()["web"]["furniture"])


def _is_bold_alone(element) -> bool:
    """<p><strong>一、…</strong></p>: the paragraph is its bold run and nothing else."""
    children = [c for c in element if c.tag != "lb"]
    if len(children) != 1 or children[0].tag != "hi" or "#b" not in (children[0].get("rend") or ""):
        return False
    return not (element.text or "").strip() and not (children[0].tail or "").strip()


def _blocks(body, captions: set[str], title: str, info: dict) -> list[Block]:
    levels = sorted(
        {
            int(h.get("rend", "h2")[1:] or 2)
            for h in body.iter("head")
            if re.match(r"^h\d$", h.get("rend", "h2"))
        }
    )
    blocks: list[Block] = []
    after_image = False
    for element in body:
        tag = element.tag
        if tag == "graphic" or (tag == "p" and element.find(".//graphic") is not None):
            for graphic in [element] if tag == "graphic" else element.iter("graphic"):
                blocks.append(Block("image", _image_name(graphic)))
            text = clean_line(join_text(list(element.itertext()))) if tag == "p" else ""
            if not text:
                after_image = True
                continue
        if tag == "table":
            rows = tuple(
                tuple(clean_line(join_text(list(cell.itertext()))) for cell in row.iter("cell"))
                for row in element.iter("row")
            )
            rows = tuple(r for r in rows if any(r))
            if rows:
                blocks.append(Block("table", rows=rows))
            after_image = False
            continue
        items = list(element.iter("item")) if tag == "list" else [element]
        for item in items:
            text = clean_line(join_text(list(item.itertext())))
            if not text or text == title or _furniture(text) or (info and text == info.get("text")):
                continue
            if tag == "head":
                rend = element.get("rend", "h2")
                level = (
                    2
                    if not levels or not re.match(r"^h\d$", rend) or int(rend[1:]) == levels[0]
                    else 3
                )
                blocks.append(Block("heading", text, level=level))
            elif text in captions or (after_image and _caption_shaped(text)):
                blocks.append(Block("caption", text))
            elif (
                tag == "p"
                and _is_bold_alone(element)
                and len(text) <= MAX_BOLD_HEADING_CHARS
                and not _TERMINAL.search(text[-1])
            ):
                blocks.append(Block("heading", text))
            else:
                blocks.append(Block("para", text))
        after_image = False
    return blocks


def _caption_shaped(text: str) -> bool:
    """A short line right under a picture, at most one sentence: its caption."""
    return len(text) <= MAX_CAPTION_CHARS and not _TERMINAL.search(text[:-1])


def _image_name(graphic) -> str:
    src = graphic.get("src") or ""
    name = PurePosixPath(urlparse(src).path).name or src
    return name or "图片"
