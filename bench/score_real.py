"""Score the importer on the real-genre fixtures (tests/fixtures/real/).

Each fixture is a page written in our own words after a real article, with an
answer key (``NAME.expect.yml``, format in tests/fixtures/real/README.md).
This imports every page of a group into a throwaway project and counts, per
check kind, how many of the key's checks the import gets right:

  imported   the file was imported at all (not refused)
  articles   the page gave as many articles as the key lists
  district, title, authors, captions, headings   per article
  reflow     every key paragraph appears as one whole paragraph of the body
  published, source_name, page   per article where the key states them
  furniture  none of the key's not_in_text lines in a title, heading or paragraph
  figures    per figure: reached `almanac facts` (its display or value+unit)

Usage: python bench/score_real.py [tune|scored|all] [--show] [--json FILE]
       python bench/score_real.py --dir FOLDER [--dir FOLDER …] [--show]  (pages kept outside)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.score_import import body_parts  # noqa: E402
from bench.scratch import scratch_project  # noqa: E402
from generator.corpus import Corpus  # noqa: E402
from generator.enrich.facts import MetricTaxonomy  # noqa: E402
from generator.enrich.facts_table import facts_data  # noqa: E402
from generator.importer import Importer  # noqa: E402
from generator.project import Project  # noqa: E402
from generator.render.facts_page import fact_rows  # noqa: E402
from generator.store import Article, load_articles  # noqa: E402

FIXTURES = Path(
    __import__("os").environ.get("REAL_FIXTURES", str(ROOT / "tests" / "fixtures" / "real"))
)
KINDS = (
    "imported",
    "articles",
    "district",
    "title",
    "authors",
    "captions",
    "headings",
    "reflow",
    "published",
    "source_name",
    "page",
    "furniture",
    "figures",
)
# The checks the outside measure of issue 13 counts ("all checks").
CORE = ("imported", "district", "title", "authors", "captions", "headings", "reflow")


def flat(text: str) -> str:
    """Compared by their characters: no spaces, Markdown escapes or caption marks."""
    text = str(text).replace("\\", "")
    text = re.sub(r"^(?:▲|△|▼|↑|↓|图为|上图[:：]|下图[:：]|图[:：])\s*", "", text.strip())
    text = re.sub(r"[（(][^（）()]*摄[）)]$", "", text)
    return re.sub(r"[\s\u3000。]", "", text)


def page_number(page) -> str:
    return re.sub(r"^第|版$", "", str(page or "")).lstrip("0")


def make_project(where: Path) -> Path:
    return scratch_project(where)


def match_articles(expected: list[dict], got: list[Article]) -> list[tuple[dict, Article | None]]:
    """Each key article with the imported one sharing most of its paragraphs."""
    pairs, free = [], list(got)
    for key in expected:
        wanted = {flat(p) for p in key.get("paragraphs") or ()}

        def overlap(article: Article, wanted: set = wanted, key: dict = key) -> int:
            _, paragraphs = body_parts(article)
            text = flat("".join(paragraphs))
            return sum(1 for p in wanted if p and p in text) * 10 + (
                flat(article.title) == flat(key.get("title", ""))
            )

        best = max(free, key=overlap, default=None)
        if best is not None and overlap(best) > 0:
            free.remove(best)
            pairs.append((key, best))
        else:
            pairs.append((key, None))
    return pairs


def score_page(txt: Path, key: dict, score: Counter, total: Counter, misses: list[str]) -> None:
    def check(kind: str, ok: bool, detail: str = "") -> None:
        total[kind] += 1
        score[kind] += ok
        if not ok:
            misses.append(f"{txt.name}: {kind}: {detail}")

    with tempfile.TemporaryDirectory() as tmp:
        root = make_project(Path(tmp))
        shutil.copy(txt, root / "seeds" / txt.name)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            status = Importer(Project(root), quiet=True).run([root / "seeds" / txt.name])
        articles = load_articles(root / "docs")
        check("imported", status == 0 and bool(articles), err.getvalue().strip()[:200])
        expected = key.get("articles") or []
        check("articles", len(articles) == len(expected), f"{len(articles)} for {len(expected)}")
        facts = []
        if articles:
            with contextlib.redirect_stderr(io.StringIO()):
                corpus = Corpus.load(Project(root))
                metrics = MetricTaxonomy.load(corpus.project.data_dir / "metrics.yml")
                facts = fact_rows(facts_data(corpus, metrics))
        for want, got in match_articles(expected, articles):
            meta = got.meta if got else {}
            headings, paragraphs = body_parts(got) if got else ([], [])
            check(
                "district",
                meta.get("district") == want.get("district"),
                f"{meta.get('district')!r} for {want.get('district')!r}",
            )
            check(
                "title",
                flat(meta.get("title", "")) == flat(want.get("title", "")),
                f"{meta.get('title')!r} for {want.get('title')!r}",
            )
            check(
                "authors",
                sorted(meta.get("authors") or []) == sorted(want.get("authors") or []),
                f"{meta.get('authors')} for {want.get('authors')}",
            )
            check(
                "captions",
                [flat(c) for c in meta.get("captions") or []]
                == [flat(c) for c in want.get("captions") or []],
                f"{meta.get('captions')} for {want.get('captions')}",
            )
            # A heading set on two lines may be keyed as one heading or two: the
            # text and order of all headings is what counts.
            check(
                "headings",
                flat("".join(headings)) == flat("".join(want.get("headings") or [])),
                f"{headings} for {want.get('headings')}",
            )
            flat_paragraphs = {flat(p) for p in paragraphs}
            lost = [p for p in want.get("paragraphs") or () if flat(p) not in flat_paragraphs]
            check("reflow", got is not None and not lost, f"{lost[:1]}")
            for name in ("published", "source_name", "page"):
                if want.get(name):
                    same = str(meta.get(name, "")) == str(want[name])
                    if name == "page":  # 第7版 = 7版 = 第07版
                        same = page_number(meta.get(name)) == page_number(want[name])
                    check(name, same, f"{meta.get(name)!r} for {want[name]!r}")
            shown = [meta.get("title", ""), *headings, *paragraphs]
            leaked = [f for f in want.get("not_in_text") or () if any(str(f) in s for s in shown)]
            check("furniture", got is not None and not leaked, f"{leaked}")
            district_facts = [f for f in facts if f["district"] == want.get("district")]
            for figure in want.get("figures") or ():
                target = flat(figure)
                found = any(
                    target == flat(f["display"])
                    or target == flat(f["value"] + f["unit"])
                    or target in flat(f["display"])
                    for f in district_facts
                )
                check("figures", found, figure)


def score_group(group: str) -> tuple[Counter, Counter, list[str]]:
    folders = ["tune", "scored"] if group == "all" else [group]
    return score_folders([FIXTURES / folder for folder in folders])


def score_folders(folders: list[Path]) -> tuple[Counter, Counter, list[str]]:
    score, total, misses = Counter(), Counter(), []
    for folder in folders:
        for txt in sorted(folder.glob("*.txt")):
            key = yaml.safe_load(txt.with_suffix(".expect.yml").read_text(encoding="utf-8"))
            score_page(txt, key, score, total, misses)
    return score, total, misses


def summary(score: Counter, total: Counter) -> dict:
    rows = {k: [score[k], total[k]] for k in KINDS if total[k]}
    core_right = sum(score[k] for k in CORE)
    core_total = sum(total[k] for k in CORE)
    rows["all_checks"] = [core_right, core_total]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("group", nargs="?", default="all", choices=("tune", "scored", "all"))
    parser.add_argument("--show", action="store_true", help="list every check that failed")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument(
        "--dir",
        type=Path,
        action="append",
        help="score the pages in this folder instead (pages kept outside the repository); repeatable",
    )
    args = parser.parse_args()
    groups = (
        [str(d) for d in args.dir]
        if args.dir
        else (("tune", "scored") if args.group == "all" else (args.group,))
    )
    results = {}
    for group in groups:
        score, total, misses = score_folders([Path(group)]) if args.dir else score_group(group)
        results[group] = summary(score, total)
        print(f"## {group}")
        for kind, (right, n) in results[group].items():
            print(f"  {kind:12} {right:4}/{n:<4} {100 * right / n:5.1f} %")
        if args.show:
            for miss in misses:
                print("   -", miss)
    if args.json:
        args.json.write_text(
            json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
