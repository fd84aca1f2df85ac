"""Benchmark the almanac at N synthetic articles (default N = 100, 1000, 5000).

For each N, in a temporary project (never the real docs/):
  import_s          almanac import of the synthetic seeds
  pages_s           generator share: corpus load + every generated page (no MkDocs)
  build_s           full `mkdocs build` (subprocess), with its peak RSS (MiB)
  generator_share   pages_s / build_s
  rebuild_pages_s   generator share again after editing one article
  site_mib          size of site/
  search_index_mib  size of site/search/ (whatever the search engine writes)
  first_search_kib  bytes the browser downloads for the first query (Chromium),
                    when --browser is given
Prints a table and writes it as JSON (--json).

Usage: python bench/run.py [--sizes 100 1000] [--json bench/results.json] [--browser]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from generator.corpus import Corpus  # noqa: E402
from generator.importer import Importer  # noqa: E402
from generator.project import Project  # noqa: E402
from generator.render.site import generate_pages  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def make_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copytree(ROOT / "docs", dest / "docs", ignore=shutil.ignore_patterns("articles"))
    (dest / "seeds").mkdir()
    return dest


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def mkdocs_build(project: Path) -> tuple[float, float]:
    """(seconds, peak RSS MiB) of a full build in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")],
        check=True,
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return seconds, peak / 1024


def first_search_bytes(site: Path, query: str = "集团化办学") -> int:
    """Bytes the browser fetches from typing ``query`` into the search box to results."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from playwright.sync_api import sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    total = 0
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            )
            page = browser.new_page()
            # Search engines may prefetch their index on page load: count every
            # search request from navigation until the first results are shown.
            sizes: list[int] = []
            page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]) if "search" in r.url else None)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            page.wait_for_load_state("networkidle")
            page.fill("input.md-search__input, input[type=search]", query)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)
            total = sum(sizes)
            browser.close()
    finally:
        server.shutdown()
    return total


def measure(n: int, workdir: Path, browser: bool) -> dict:
    project = make_project(workdir / f"n{n}")
    seeds = make_corpus(n, project / "seeds", seed=7)
    import_s, _ = timed(lambda: Importer(Project(project), quiet=True).run(seeds))
    pages_s, pages = timed(lambda: generate_pages(Corpus.load(Project(project))))
    build_s, peak_mib = mkdocs_build(project)
    article = sorted((project / "docs" / "articles").rglob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8").replace("。", "。（编辑修改）", 1), encoding="utf-8")
    rebuild_s, _ = timed(lambda: generate_pages(Corpus.load(Project(project))))
    site = project / "site"
    row = {
        "articles": n,
        "import_s": round(import_s, 2),
        "pages_s": round(pages_s, 2),
        "generated_pages": len(pages),
        "build_s": round(build_s, 2),
        "generator_share": round(pages_s / build_s, 3),
        "per_article_ms": round(1000 * build_s / n, 1),
        "rebuild_pages_s": round(rebuild_s, 2),
        "peak_rss_mib": round(peak_mib),
        "site_mib": round(folder_size(site) / 2**20, 1),
        "search_index_mib": round(folder_size(site / "search") / 2**20, 2),
    }
    if browser:
        row["first_search_kib"] = round(first_search_bytes(site) / 1024, 1)
    shutil.rmtree(project)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--browser", action="store_true", help="also measure the first search in Chromium")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="almanac-bench-") as tmp:
        for n in args.sizes:
            rows.append(measure(n, Path(tmp), args.browser))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    if len(rows) >= 2:
        ratio = rows[-1]["per_article_ms"] / rows[0]["per_article_ms"]
        print(f"per-article build time ratio N={rows[-1]['articles']} / N={rows[0]['articles']}: {ratio:.2f}")
    keys = list(rows[0])
    print(" | ".join(keys))
    for row in rows:
        print(" | ".join(str(row.get(k, "")) for k in keys))
    if args.json:
        machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        args.json.write_text(json.dumps({"machine": machine, "rows": rows}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
