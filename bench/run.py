"""Benchmark the almanac at N synthetic articles (default N = 100, 1000, 5000).

For each N, in a temporary project (never the real docs/):
  import_s          almanac import of the synthetic seeds
  pages_s           generator share without cache: corpus load + every generated
                    page (no MkDocs), as a first build or ALMANAC_CACHE=0 does it
  build_s           full `mkdocs build` (subprocess) with an empty cache
  page_hooks_s      what the plugin adds to each article page (on_page_markdown),
                    on the corpus pages_s made, as in a build (on_files loads the
                    corpus and computes its facts and themes once; the hooks reuse them)
  generator_share   (pages_s + page_hooks_s) / build_s
  check_s           `almanac check`, which the plugin runs first in on_files
  post_build_s      the plugin's on_post_build: the Chinese search index written
                    from the built site (generator/search/)
  generator_share_all  (check_s + pages_s + page_hooks_s + post_build_s) / build_s:
                    everything of the build that is the almanac's rather than MkDocs'
  per_article_ms    build_s / N
  build_cpu_s       CPU seconds (user + system) of that build: steadier than build_s
                    on a shared machine
  plain_build_s     `mkdocs build` of the same article files in a plain Material
                    project (no almanac plugin, no search, a one-page nav): the
                    engine's floor, measured in the same run (plain_cpu_s: its CPU)
  vs_plain          build_cpu_s / plain_cpu_s
  article_page_kib  mean size of a built article page (site/articles/**/index.html)
  peak_rss_mib      peak resident memory of that build (os.wait4's rusage)
  pages_warm_s      generator with a warm cache (nothing changed), cache read from disk
  rebuild_pages_s   generator after editing one article, cache warm in memory (as
                    between `mkdocs serve` rebuilds): only that article is recomputed
  rebuild_build_s   full `mkdocs build` after that edit, cache warm on disk
                    (skipped with --no-rebuild-build)
  site_mib          size of site/
  search_index_mib  size of site/search/ (whatever the search engine writes)
  search_preload_kib  bytes of search requests (URL under /search/ or containing
                    "search") while the home page loads, before any query (--browser)
  first_search_kib  bytes of such requests from typing the query into the search
                    box until the results are shown (--browser)
Prints a table and writes it as JSON (--json).

--build-only measures only import_s, build_s, build_cpu_s, peak_rss_mib, per_article_ms,
article_page_kib, site_mib and search_index_mib (with import_cpu_s), for a size too large
to measure every stage of (docs/dev/scale.md's 20,000 articles); it prints the import's
figures as soon as they are known, so a build cut short still leaves them.

Usage: python bench/run.py [--sizes 100 1000] [--json bench/results.json] [--browser]
       [--browser-max N] [--no-rebuild-build] [--build-only]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from generator.cache import CACHE_DIR_NAME, ArticleCache  # noqa: E402
from generator.check import check_project  # noqa: E402
from generator.corpus import Corpus  # noqa: E402
from generator.enrich.almanac import enrich  # noqa: E402
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


def mkdocs_build(project: Path, **env) -> tuple[float, float]:
    """(seconds, peak RSS MiB) of a full build in a child process."""
    seconds, peak, _ = mkdocs_build_cpu(project, **env)
    return seconds, peak


def mkdocs_build_cpu(project: Path, **env) -> tuple[float, float, float]:
    """(seconds, peak RSS MiB, CPU seconds) of a full build in a child process."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT), **env},
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)  # this child's own rusage
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"mkdocs build failed ({child.returncode}) in {project}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # KiB on Linux


PLAIN_CONFIG = """site_name: plain
docs_dir: docs
theme:
  name: material
  language: zh
  font: false
nav:
  - index.md
plugins: []
"""


def make_plain_project(project: Path, dest: Path) -> Path:
    """The same article files in a plain Material project: no almanac plugin, no search."""
    (dest / "docs").mkdir(parents=True)
    shutil.copytree(project / "docs" / "articles", dest / "docs" / "articles")
    (dest / "docs" / "index.md").write_text("# plain\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    return dest


def mean_page_kib(site: Path) -> float:
    pages = list((site / "articles").rglob("index.html"))
    return sum(p.stat().st_size for p in pages) / len(pages) / 1024 if pages else 0.0


RESULT_SELECTOR = ".md-search-result__item"  # Material's and the almanac's own result items


def first_search_bytes(site: Path, query: str = "集团化办学") -> tuple[int, int, bool]:
    """(bytes of search requests while the page loads, bytes from typing ``query``
    until results are shown, whether results were shown), in headless Chromium."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    from bench.chromium import launch

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            sizes: list[tuple[str, int]] = []
            phase = ["load"]

            def finished(request):
                url = request.url
                if "/search/" in url or "search" in url.rsplit("/", 1)[-1]:
                    sizes.append((phase[0], request.sizes()["responseBodySize"]))

            page.on("requestfinished", finished)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(1000)
            phase[0] = "query"  # from here on: the first search's own downloads
            box = page.locator("input.md-search__input, input[type=search]").first
            box.click()
            box.type(query)
            shown = False
            deadline = time.monotonic() + 300
            while not shown and time.monotonic() < deadline:
                try:
                    page.wait_for_selector(RESULT_SELECTOR, timeout=10_000)
                    shown = True
                except PlaywrightTimeout:
                    # An engine still loading its index may have missed the
                    # keystrokes: type one more character and take it back.
                    box.press("End")
                    box.type(" ")
                    box.press("Backspace")
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()
    preload = sum(size for when, size in sizes if when == "load")
    first = sum(size for when, size in sizes if when == "query")
    return preload, first, shown


def page_hooks(project: Path, cache: ArticleCache | None = None, almanac=None) -> int:
    """What the plugin adds to every article page (header, anchors, facts,
    citation, tooltips): its on_page_markdown, run here for each article.

    Pass the ``almanac`` generate_pages has just used, as the plugin's on_files
    does: then what is computed once per build (facts, themes) is not counted
    again here."""
    from types import SimpleNamespace

    from generator.mkdocs_plugin import AlmanacPlugin

    plugin = AlmanacPlugin()
    plugin.project = Project(project)
    if almanac is None:
        almanac = enrich(Corpus.load(plugin.project, cache=cache))
    plugin.almanac, plugin.corpus = almanac, almanac.corpus
    plugin.entries = {e.docs_path: e for e in plugin.corpus.entries}
    size = 0
    # Just enough of MkDocs' config and page for the hook (Material's theme folders).
    config = {"site_url": None, "theme": SimpleNamespace(dirs=[])}
    for entry in plugin.corpus.entries:
        page = SimpleNamespace(
            file=SimpleNamespace(src_uri=entry.docs_path, generated_by=None), meta={}
        )
        size += len(plugin.on_page_markdown(entry.article.body, page, config, None))
    return size


def post_build(project: Path, corpus: Corpus) -> None:
    """The plugin's on_post_build on the built site/ (rewrites the same search index)."""
    from generator.mkdocs_plugin import AlmanacPlugin

    plugin = AlmanacPlugin()
    plugin.corpus = corpus
    plugin.on_post_build(_Config(site_dir=str(project / "site")))


class _Config(dict):
    """Just enough of MkDocs' config for on_post_build: no offline edition."""

    plugins = SimpleNamespace(get=lambda name: None)


def edit_one_article(project: Path) -> Path:
    article = sorted((project / "docs" / "articles").rglob("*.md"))[
        len(list((project / "docs" / "articles").rglob("*.md"))) // 2
    ]
    article.write_text(
        article.read_text(encoding="utf-8").replace("。", "。（编辑修改）", 1), encoding="utf-8"
    )
    return article


def measure(n: int, workdir: Path, browser: bool, rebuild_build: bool) -> dict:
    project = make_project(workdir / f"n{n}")
    seeds = make_corpus(n, project / "seeds", seed=7)
    import_s, _ = timed(lambda: Importer(Project(project), quiet=True).run(seeds))
    check_s, _ = timed(lambda: check_project(Project(project)))
    almanac = None

    def cold_pages():
        nonlocal almanac
        almanac = enrich(Corpus.load(Project(project)))
        return generate_pages(almanac)

    pages_s, pages = timed(cold_pages)
    corpus = almanac.corpus
    hooks_s, _ = timed(lambda: page_hooks(project, almanac=almanac))
    build_s, peak_mib, build_cpu_s = mkdocs_build_cpu(project)  # fills project/.almanac-cache
    plain = make_plain_project(project, workdir / f"plain{n}")
    plain_s, _, plain_cpu_s = mkdocs_build_cpu(plain)
    shutil.rmtree(plain)
    post_build_s, _ = timed(lambda: post_build(project, corpus))
    cache = ArticleCache(project / CACHE_DIR_NAME)  # a fresh process's view: disk only
    pages_warm_s, warm = timed(
        lambda: generate_pages(enrich(Corpus.load(Project(project), cache=cache)))
    )
    if warm != pages:
        raise SystemExit("cached pages differ from uncached ones")
    edit_one_article(project)
    cache.new_build()
    rebuild_s, _ = timed(lambda: generate_pages(enrich(Corpus.load(Project(project), cache=cache))))
    recomputed = dict(cache.missed)
    site = project / "site"
    row = {
        "articles": n,
        "import_s": round(import_s, 2),
        "pages_s": round(pages_s, 2),
        "generated_pages": len(pages),
        "build_s": round(build_s, 2),
        "page_hooks_s": round(hooks_s, 2),
        "generator_share": round((pages_s + hooks_s) / build_s, 3),
        "check_s": round(check_s, 2),
        "post_build_s": round(post_build_s, 2),
        "generator_share_all": round((check_s + pages_s + hooks_s + post_build_s) / build_s, 3),
        "per_article_ms": round(1000 * build_s / n, 1),
        "build_cpu_s": round(build_cpu_s, 2),
        "plain_build_s": round(plain_s, 2),
        "plain_cpu_s": round(plain_cpu_s, 2),
        "vs_plain": round(build_cpu_s / plain_cpu_s, 2),
        "article_page_kib": round(mean_page_kib(site), 1),
        "peak_rss_mib": round(peak_mib),
        "pages_warm_s": round(pages_warm_s, 2),
        "rebuild_pages_s": round(rebuild_s, 2),
        "rebuild_recomputed": recomputed,
        "site_mib": round(folder_size(site) / 2**20, 1),
        "search_index_mib": round(folder_size(site / "search") / 2**20, 2),
    }
    if rebuild_build:
        row["rebuild_build_s"] = round(mkdocs_build(project)[0], 2)
    if browser:
        preload, first, shown = first_search_bytes(site)
        row["search_preload_kib"] = round(preload / 1024, 1)
        row["first_search_kib"] = round(first / 1024, 1)
        row["first_search_results_shown"] = shown
    shutil.rmtree(project)
    return row


def measure_build(n: int, workdir: Path) -> dict:
    """--build-only: the import and one full build, nothing else."""
    project = make_project(workdir / f"n{n}")
    seeds = make_corpus(n, project / "seeds", seed=7)
    cpu = time.process_time()
    import_s, _ = timed(lambda: Importer(Project(project), quiet=True).run(seeds))
    import_cpu_s = time.process_time() - cpu
    print(
        json.dumps(
            {"articles": n, "import_s": round(import_s, 2), "import_cpu_s": round(import_cpu_s, 2)}
        ),
        file=sys.stderr,
        flush=True,
    )
    build_s, peak_mib, build_cpu_s = mkdocs_build_cpu(project)
    site = project / "site"
    row = {
        "articles": n,
        "import_s": round(import_s, 2),
        "import_cpu_s": round(import_cpu_s, 2),
        "build_s": round(build_s, 2),
        "build_cpu_s": round(build_cpu_s, 2),
        "per_article_ms": round(1000 * build_s / n, 1),
        "article_page_kib": round(mean_page_kib(site), 1),
        "peak_rss_mib": round(peak_mib),
        "site_mib": round(folder_size(site) / 2**20, 1),
        "search_index_mib": round(folder_size(site / "search") / 2**20, 2),
    }
    shutil.rmtree(project)
    return row


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        model = next(
            (ln.split(":", 1)[1].strip() for ln in cpuinfo if ln.startswith("model name")), ""
        )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.system()} {platform.machine()}, {model or 'CPU ?'}, {os.cpu_count()} cores, "
        f"{memory:.0f} GiB, Python {platform.python_version()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--browser", action="store_true", help="also measure the first search in Chromium"
    )
    parser.add_argument(
        "--browser-max", type=int, default=None, help="skip the browser above this many articles"
    )
    parser.add_argument(
        "--no-rebuild-build", action="store_true", help="skip the second full build after one edit"
    )
    parser.add_argument(
        "--build-only", action="store_true", help="only the import and one full build (large N)"
    )
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="almanac-bench-") as tmp:
        for n in args.sizes:
            browser = args.browser and (args.browser_max is None or n <= args.browser_max)
            if args.build_only:
                rows.append(measure_build(n, Path(tmp)))
            else:
                rows.append(measure(n, Path(tmp), browser, not args.no_rebuild_build))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    if args.json and args.json.exists():
        # Keep the rows of sizes not measured this time (N=5000 is run on its own).
        kept = json.loads(args.json.read_text(encoding="utf-8")).get("rows", [])
        measured = {row["articles"] for row in rows}
        rows = sorted(
            [r for r in kept if r["articles"] not in measured] + rows, key=lambda r: r["articles"]
        )
    ratio = None
    if len(rows) >= 2:
        ratio = round(rows[-1]["per_article_ms"] / rows[0]["per_article_ms"], 2)
        print(
            f"per-article build time ratio N={rows[-1]['articles']} / N={rows[0]['articles']}: {ratio:.2f}"
        )
    keys = list(dict.fromkeys(k for row in rows for k in row))
    print(" | ".join(keys))
    for row in rows:
        print(" | ".join(str(row.get(k, "")) for k in keys))
    if args.json:
        payload = {"machine": machine(), "per_article_ratio": ratio, "rows": rows}
        args.json.write_text(
            json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
