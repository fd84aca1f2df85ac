"""Compare Chinese search options on the same built pages, in Chromium.

Engines (each built from the same project):
  almanac   this project's index (generator/search/ + almanac-search.js),
            typed into Material's header search box
  material  Material for MkDocs' built-in `search` plugin (lunr; jieba segments
            Chinese at build time when it is installed, as it is here), typed
            into the same box
  pagefind  Pagefind (`python -m pagefind`, from `pip install 'pagefind[extended]'`)
            with --force-language zh, through its JavaScript API
  jieba     jieba word index with a user dictionary from themes.yml and
            glossary.yml, query segmented with the same dictionary; simulated in
            Python (no browser segmenter exists to measure), so only results and
            index sizes, no time
Per query and engine: the top result, how many results, how many of them do not
contain the query (page text, checked in Python on the built HTML), bytes the
browser downloads for that query in a fresh browser context (cold cache), and
milliseconds from typing to results. The site is served on 127.0.0.1.

Usage:
  python bench/search_compare.py                    # the real articles (docs/articles)
  python bench/search_compare.py --articles 250     # N synthetic articles (bench/make_corpus.py)
  ... --engines almanac pagefind --json out.json --markdown out.md
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.chromium import launch  # noqa: E402
from generator.search import extract as sx  # noqa: E402
from generator.search import keys as sk  # noqa: E402

QUERIES = [
    "集团化办学",
    "心理健康",
    "双减",
    "领雁工程",
    "大足",
    "教联体",
    "家长学校",
    "名师工作室",
    "陶行知",
    "跳绳",
    "近视防控",
    "党建",
    "心理 健康",
    "AI",
    "大",
]


def make_project(dest: Path, articles: int) -> Path:
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    if articles:
        from bench.make_corpus import make_corpus
        from generator.importer import Importer
        from generator.project import Project

        shutil.copytree(ROOT / "docs", dest / "docs", ignore=shutil.ignore_patterns("articles"))
        seeds = make_corpus(articles, dest / "seeds", seed=7)
        Importer(Project(dest), quiet=True).run(seeds)
    else:
        shutil.copytree(ROOT / "docs", dest / "docs")
        shutil.copytree(
            ROOT / "seeds", dest / "seeds"
        )  # the build checks each article's source.file
    return dest


def mkdocs_build(project: Path, config: Path, site: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
        check=True,
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def material_config(project: Path) -> Path:
    """mkdocs.yml with Material's own search plugin and header (no almanac override)."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"^  custom_dir: .*\n", "", text, flags=re.M)
    text = text.replace("plugins:\n", "plugins:\n  - search\n", 1)
    path = project / "mkdocs-material-search.yml"
    path.write_text(text, encoding="utf-8")
    return path


def folder_size(path: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in path.rglob(pattern) if p.is_file()) if path.exists() else 0


@contextlib.contextmanager
def served(directory: Path):
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# ------------------------------------------------------------------ truth


class Truth:
    """Which built pages contain a query (every space-separated term, in one section)."""

    def __init__(self, site: Path):
        self.pages = {p.url: p for p in sx.collect_pages(site)}

    def page_of(self, url: str, base: str) -> sx.Page | None:
        path = unquote(urlsplit(url).path)
        base_path = urlsplit(base).path
        rel = path[len(base_path) :] if path.startswith(base_path) else path.lstrip("/")
        return self.pages.get(rel) or self.pages.get(
            rel + "/" if rel and not rel.endswith("/") else rel
        )

    def contains(self, page: sx.Page | None, query: str) -> bool:
        if page is None:
            return False
        terms = query.split()
        texts = [s[1] + "\n" + s[2] for s in page.sections] + [page.title]
        return any(all(sk.term_positions(t, term) for term in terms) for t in texts)

    def count(self, query: str) -> int:
        return sum(self.contains(p, query) for p in self.pages.values())


# ------------------------------------------------------------------ browser engines


def measure_browser(engine: str, site: Path, queries: list[str], truth: Truth) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with served(site) as base, sync_playwright() as p:
        browser = launch(p)
        for query in queries:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            page = context.new_page()
            page.set_default_timeout(120_000)
            sizes: list[int] = []
            marker = "/pagefind/" if engine == "pagefind" else "/search/"
            page.on(
                "requestfinished",
                lambda r, sizes=sizes, marker=marker: (
                    sizes.append(r.sizes()["responseBodySize"])
                    if marker in r.url or "/workers/" in r.url or "lunr" in r.url
                    else None
                ),
            )
            page.goto(base)
            page.wait_for_load_state("networkidle")
            before = sum(sizes)
            if engine == "pagefind":
                urls, ms = _pagefind_query(page, base, query)
            else:
                urls, ms = _box_query(page, engine, query)
            page.wait_for_load_state("networkidle")
            results = [truth.page_of(u, base) for u in urls]
            rows.append(
                {
                    "engine": engine,
                    "query": query,
                    "results": len(urls),
                    "top": results[0].title
                    if results and results[0]
                    else (urls[0] if urls else ""),
                    "top_contains": bool(results) and truth.contains(results[0], query),
                    "without_term": sum(not truth.contains(r, query) for r in results),
                    "pages_with_term": truth.count(query),
                    "kib_on_load": round(before / 1024, 1),
                    "kib_query": round(sum(sizes) / 1024, 1),
                    "ms": round(ms),
                }
            )
            context.close()
        browser.close()
    return rows


def _box_query(page, engine: str, query: str) -> tuple[list[str], float]:
    box = page.locator("input.md-search__input")
    box.click()
    start = time.perf_counter()
    box.fill(query)
    if engine == "almanac":
        page.wait_for_selector(".md-search-result[data-almanac-state=done]")
        items = page.locator("li.almanac-search-result")
    else:
        # Material: results (or "no results") once its worker has the index.
        page.wait_for_function(
            "() => { const m = document.querySelector('.md-search-result__meta');"
            " return m && !/初始化|Initializing/.test(m.textContent) && (document.querySelectorAll('.md-search-result__item').length || /没有|No matching/.test(m.textContent)); }"
        )
        items = page.locator(".md-search-result__item")
    ms = (time.perf_counter() - start) * 1000
    if engine != "almanac":
        page.wait_for_timeout(1500)  # let Material settle (it may redraw once the worker answers)
    return [
        a.get_attribute("href") for a in items.locator("a.md-search-result__link:first-child").all()
    ], ms


def _pagefind_query(page, base: str, query: str) -> tuple[list[str], float]:
    out = page.evaluate(
        """async ([base, query]) => {
            const start = performance.now();
            const pf = await import(base + 'pagefind/pagefind.js');
            await pf.init();
            const search = await pf.search(query);
            const data = await Promise.all(search.results.slice(0, 20).map(r => r.data()));
            return {ms: performance.now() - start, urls: data.map(d => (d.sub_results && d.sub_results[0] ? d.sub_results[0].url : d.url)), total: search.results.length};
        }""",
        [base, query],
    )
    return out["urls"], out["ms"]


def build_pagefind(site: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--force-language",
            "zh",
            "--root-selector",
            "article.md-content__inner",
            "--quiet",
        ],
        check=True,
    )


# ------------------------------------------------------------------ jieba (simulated)


def measure_jieba(project: Path, site: Path, queries: list[str], truth: Truth) -> list[dict]:
    import jieba
    import yaml

    data = project / "docs" / "data"
    words = set()
    for theme in (yaml.safe_load((data / "themes.yml").read_text(encoding="utf-8")) or {}).get(
        "themes", []
    ):
        words.update(
            [theme["name"], *(theme.get("keywords") or []), *(theme.get("synonyms") or [])]
        )
        words.update(p["name"] for p in theme.get("projects") or [])
    for term in (yaml.safe_load((data / "glossary.yml").read_text(encoding="utf-8")) or {}).get(
        "terms", []
    ):
        words.update([term["term"], *(term.get("aliases") or [])])
    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    for word in sorted(words):
        tokenizer.add_word(word, freq=100000)

    def tokens(text: str) -> list[str]:
        return [
            t.lower() for t in tokenizer.lcut_for_search(text) if t.strip() and re.search(r"\w", t)
        ]

    pages = list(truth.pages.values())
    postings: dict[str, dict[int, int]] = {}
    for pid, page in enumerate(pages):
        for section in page.sections:
            for t in tokens(page.title + "\n" + section[1] + "\n" + section[2]):
                postings.setdefault(t, {}).setdefault(pid, 0)
                postings[t][pid] += 1
    shards = 64
    shard_bytes = [0] * shards
    for key, ids in postings.items():
        shard_bytes[sk.shard_of(key, shards)] += (
            len(key.encode()) + len(sk.encode_ids(sorted(ids))) + 6
        )
    vocab_kib = sum(len(k.encode()) + 1 for k in postings) / 1024
    rows = []
    for query in queries:
        q_tokens = [t for term in query.split() for t in tokenizer.lcut(term) if t.strip()]
        q_tokens = [t.lower() for t in q_tokens]
        hits = None
        for t in q_tokens:
            ids = set(postings.get(t, {}))
            hits = ids if hits is None else hits & ids
        ranked = sorted(
            hits or (), key=lambda pid: (-sum(postings[t].get(pid, 0) for t in q_tokens), pid)
        )
        results = [pages[pid] for pid in ranked]
        rows.append(
            {
                "engine": "jieba",
                "query": query,
                "query_tokens": q_tokens,
                "results": len(results),
                "top": results[0].title if results else "",
                "top_contains": bool(results) and truth.contains(results[0], query),
                "without_term": sum(not truth.contains(r, query) for r in results),
                "pages_with_term": truth.count(query),
                "missed": truth.count(query) - sum(truth.contains(r, query) for r in results),
                "kib_on_load": round(
                    vocab_kib, 1
                ),  # a browser segmenter needs at least the vocabulary
                "kib_query": round(
                    (
                        vocab_kib * 1024
                        + sum(shard_bytes[sk.shard_of(t, shards)] for t in set(q_tokens))
                    )
                    / 1024,
                    1,
                ),
                "ms": None,
            }
        )
    return rows


# ------------------------------------------------------------------ main


def markdown_table(rows: list[dict]) -> str:
    lines = [
        "| engine | query | results | pages with term | top result | top has term | results without term | KiB first query | ms |",
        "| --- | --- | ---: | ---: | --- | :---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['engine']} | {r['query']} | {r['results']} | {r['pages_with_term']} | {r['top'][:24]} | "
            f"{'✓' if r['top_contains'] else '✗'} | {r['without_term']} | {r['kib_query']} | {'' if r['ms'] is None else r['ms']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles",
        type=int,
        default=0,
        help="N synthetic articles (default: the real docs/articles)",
    )
    parser.add_argument(
        "--engines", nargs="+", default=["almanac", "material", "pagefind", "jieba"]
    )
    parser.add_argument("--queries", nargs="+", default=QUERIES)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--markdown", type=Path)
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and keep it (default: a temporary one)"
    )
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="search-compare-"))
    project = make_project(work / "project", args.articles)
    site = work / "site-almanac"
    summary: dict[str, dict] = {}
    build_s = mkdocs_build(project, project / "mkdocs.yml", site)
    truth = Truth(site)
    summary["almanac"] = {
        "build_s": round(build_s, 1),
        "index_kib": round(folder_size(site / "search") / 1024),
        "files": sum(1 for p in (site / "search").rglob("*") if p.is_file()),
    }
    print(f"pages {len(truth.pages)}; almanac build {build_s:.1f}s", file=sys.stderr)
    rows: list[dict] = []
    for engine in args.engines:
        if engine == "almanac":
            rows += measure_browser("almanac", site, args.queries, truth)
        elif engine == "material":
            msite = work / "site-material"
            seconds = mkdocs_build(project, material_config(project), msite)
            summary["material"] = {
                "build_s": round(seconds, 1),
                "index_kib": round((msite / "search" / "search_index.json").stat().st_size / 1024),
            }
            rows += measure_browser("material", msite, args.queries, truth)
        elif engine == "pagefind":
            psite = work / "site-pagefind"
            shutil.copytree(site, psite)
            start = time.perf_counter()
            build_pagefind(psite)
            summary["pagefind"] = {
                "index_s": round(time.perf_counter() - start, 1),
                "index_kib": round(folder_size(psite / "pagefind") / 1024),
            }
            rows += measure_browser("pagefind", psite, args.queries, truth)
        elif engine == "jieba":
            jrows = measure_jieba(project, site, args.queries, truth)
            summary["jieba"] = {"vocabulary_kib": jrows[0]["kib_on_load"] if jrows else 0}
            rows += jrows
    result = {
        "articles": args.articles or "docs/articles",
        "pages": len(truth.pages),
        "summary": summary,
        "rows": rows,
    }
    table = markdown_table(rows)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    print(table)
    if args.json:
        args.json.write_text(
            json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
