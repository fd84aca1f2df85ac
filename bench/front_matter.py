"""What typing the front matter costs: store.ArticleMeta against the dict (issue 15).

Imports a synthetic corpus (bench/make_corpus.py, seed 7) into a throw-away project,
then times, best of ``--repeat`` runs each: reading and parsing every article
(``load_articles``: YAML and the dict), building every article's ``ArticleMeta``
from its dict, and the reads the renderers made before, straight from the dict
(the same fields, each coerced as the call sites did).

Usage: python bench/front_matter.py [--articles 1000] [--repeat 7] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from generator.importer import Importer  # noqa: E402
from generator.project import Project  # noqa: E402
from generator.store import ArticleMeta, load_articles  # noqa: E402


def dict_reads(meta: dict) -> tuple:
    """The fields the renderers read, the way each read them from the dict before."""
    source = meta["source"] if isinstance(meta.get("source"), dict) else {}
    themes = meta.get("themes") or []
    tags = meta.get("tags")
    return (
        str(meta.get("title", "")),
        str(meta.get("district", "")),
        str(meta.get("district_slug", "")),
        str(meta.get("summary") or "").strip(),
        [str(c).strip() for c in meta.get("captions") or [] if str(c).strip()],
        [str(a) for a in meta.get("authors") or () if isinstance(a, str)],
        meta.get("photo_credit") or "",
        str(source.get("file") or ""),
        source.get("lines"),
        [str(v).strip() for v in ([themes] if isinstance(themes, str) else themes)],
        [str(t).strip() for t in tags if str(t).strip()] if isinstance(tags, list) else [],
        meta.get("year"),
        meta.get("published"),
    )


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="almanac-fm-") as tmp:
        project = Path(tmp) / "p"
        project.mkdir()
        shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("articles"))
        seeds = make_corpus(args.articles, project / "seeds", seed=7)
        Importer(Project(project), quiet=True).run(seeds)
        docs = project / "docs"
        articles = load_articles(docs)
        metas = [a.meta for a in articles]
        load_s = best(lambda: load_articles(docs), args.repeat)
        typed_s = best(lambda: [ArticleMeta.from_dict(m) for m in metas], args.repeat)
        dict_s = best(lambda: [dict_reads(m) for m in metas], args.repeat)
    n = len(metas)
    result = {
        "articles": n,
        "load_articles_ms": round(load_s * 1000, 1),
        "article_meta_ms": round(typed_s * 1000, 2),
        "dict_reads_ms": round(dict_s * 1000, 2),
        "article_meta_us_per_article": round(typed_s / n * 1e6, 1),
        "article_meta_share_of_load": f"{typed_s / load_s:.1%}",
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
