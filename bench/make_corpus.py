"""Make a synthetic corpus of seed texts in the genre and layout of seeds/.

Deterministic: the same ``--articles`` and ``--seed`` give byte-identical files.
Articles are recombined from the real seed articles' paragraphs and headings,
with the district names swapped for one of Chongqing's 38 districts and
counties, then set in print layout with the defects of the real extractions:
column line breaks at 12–22 characters, one-blank-line column streams,
photo captions between paragraphs, bylines, photo credits, page banners,
headlines after the body and two articles (two districts) on one page.

Usage: python bench/make_corpus.py --articles 1000 --out /tmp/corpus [--seed 7]
It refuses to write into a docs/ folder.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.districts import Gazetteer, base_name  # noqa: E402
from generator.store import load_articles  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏"
GIVEN = "霜林燕忠英杨丹珣小寒华颖莺月骞明伟芳敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂"
CAPTIONS = [
    "{s}的学生们在课堂上开展实验",
    "{s}的老师们在交流学习",
    "{s}学子参加艺术展演",
    "{s}师生体育节演出现场",
    "{s}的孩子们一起游戏",
]
SCHOOLS = ["第一小学", "实验中学", "第二幼儿园", "育才学校", "职业教育中心"]


def source_material(root: Path) -> tuple[list[str], list[str], list[str]]:
    """Paragraphs, section headings and titles of the imported seed articles."""
    paragraphs, headings, titles = [], [], []
    for article in load_articles(root / "docs"):
        titles.append(article.title)
        for block in article.body.strip().split("\n\n"):
            if block.startswith("#"):
                headings.append(block.lstrip("# ").strip())
            else:
                paragraphs.append(block.replace("\\", ""))
    return paragraphs, headings, titles


def swap_district(text: str, source_names: list[tuple[str, str]], name: str) -> str:
    short = base_name(name)
    for full, abbreviated in source_names:
        text = text.replace(full, name).replace(abbreviated, short)
    return text


@dataclass
class Truth:
    """What one synthetic article really is: the answer key for the importer."""

    file: str  # seed file name
    index: int  # 1-based position of the article on its page
    district: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # in page order
    headings: list[str] = field(default_factory=list)  # section headings, in order
    paragraphs: list[str] = field(default_factory=list)
    banner: str = ""  # the page banner above the article, if any
    credit: str = ""  # the photo credit line
    stream: bool = False  # body set as one-blank-line column stream
    width: int = 0  # column width


_NO_LINE_START = "。，、；：？！”’）》…"


def wrap(paragraph: str, width: int) -> list[str]:
    """Column lines; like real typesetting, no line starts with closing punctuation."""
    lines, start = [], 0
    while start < len(paragraph):
        end = min(start + width, len(paragraph))
        while end < len(paragraph) and paragraph[end] in _NO_LINE_START:
            end += 1
        lines.append(paragraph[start:end])
        start = end
    return lines


def set_article(
    rng: random.Random, district: str, material, source_names, truth: Truth | None = None
) -> tuple[list[str], list[str]]:
    """(lines above the body, body lines) of one article in print layout;
    ``truth`` (if given) is filled with what was set. The random draws are the
    same either way, so a seed always gives the same bytes."""
    paragraphs, headings, titles = material
    truth = truth if truth is not None else Truth("", 0, district)
    swap = lambda t: swap_district(t, source_names, district)  # noqa: E731
    short = base_name(district)
    title = swap(rng.choice(titles))
    names = [
        rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))
        for _ in range(rng.randint(1, 3))
    ]
    byline = " ".join(names)
    width = rng.randint(12, 22)
    stream = rng.random() < 0.2
    truth.title, truth.authors, truth.width, truth.stream = title, names, width, stream
    truth.credit = f"{district}教委"
    body: list[str] = []
    for _ in range(rng.randint(2, 4)):
        heading = swap(rng.choice(headings))
        truth.headings.append(heading)
        body += ["", heading, ""]
        for _ in range(rng.randint(2, 5)):
            paragraph = swap(rng.choice(paragraphs))
            truth.paragraphs.append(paragraph)
            lines = wrap(paragraph, width)
            body += ("\n\n".join(lines) if stream else "\n".join(lines)).split("\n") + [""]
            if rng.random() < 0.15:
                caption = rng.choice(CAPTIONS).format(s=short + rng.choice(SCHOOLS))
                truth.captions.append(caption)
                body += ["", "", caption, "", "", ""]
    body += [byline, f"图片由{district}教委提供", ""]
    if rng.random() < 0.5:
        caption = rng.choice(CAPTIONS).format(s=short + rng.choice(SCHOOLS))
        truth.captions.insert(0, caption)
        top = ["", caption, "", "", title, ""]
        return top, body
    return [], body + ["", title, ""]  # headline printed after the body


def make_corpus(
    articles: int,
    out: Path,
    seed: int = 7,
    root: Path = ROOT,
    districts: int = 38,
    truth: list[Truth] | None = None,
) -> list[Path]:
    """Write the seed files; ``districts`` (≥ 2) limits them to the gazetteer's first few.
    ``truth``, if given, receives one :class:`Truth` per article, in page order."""
    out = Path(out)
    if "docs" in out.resolve().parts:
        raise SystemExit(
            f"refusing to write a synthetic corpus into {out}: it would mix with the almanac"
        )
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    gazetteer = Gazetteer.load(root / "docs" / "data")
    districts = [d.name for d in gazetteer.districts][: max(2, min(districts, 38))]
    material = source_material(root)
    source_names = [
        (d.name, base_name(d.name))
        for d in gazetteer.districts
        if d.name in {"巴南区", "南岸区", "大足区", "九龙坡区"}
    ]
    written, n, page = [], 0, 0
    while n < articles:
        page += 1
        per_page = 2 if (articles - n >= 2 and rng.random() < 0.25) else 1
        chosen = rng.sample(districts, per_page)
        lines: list[str] = []
        banner = ""
        if rng.random() < 0.3:
            banner = base_name(chosen[0])
            lines += ["", banner, ""]  # page banner
        answers = [Truth("", k + 1, district) for k, district in enumerate(chosen)]
        answers[0].banner = banner
        for district, answer in zip(chosen, answers, strict=True):
            top, body = set_article(rng, district, material, source_names, answer)
            lines += top + body
        path = out / f"{page:05d}_{rng.getrandbits(32):08x}.txt"
        for answer in answers:
            answer.file = path.name
        if truth is not None:
            truth.extend(answers)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
        n += per_page
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--districts", type=int, default=38, help="use only the first N districts (2–38)"
    )
    args = parser.parse_args()
    files = make_corpus(args.articles, args.out, args.seed, districts=args.districts)
    print(f"{len(files)} seed files, {args.articles} articles → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
