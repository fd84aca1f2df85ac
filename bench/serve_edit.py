"""How long `mkdocs serve` takes to show an edit to one article, at N articles.

Imports N synthetic articles into a temporary project, starts `mkdocs serve`
(with or without --dirty) on 127.0.0.1, waits for the first build, appends a
sentence to one article and polls that article's page until the sentence is
served. Prints JSON: first build seconds and edit-to-visible seconds.

Usage: python bench/serve_edit.py --articles 1000 [--dirty] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from bench.run import make_project  # noqa: E402
from generator.importer import Importer  # noqa: E402
from generator.project import Project  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, needle: str, timeout: float) -> float:
    """Seconds until ``url`` serves a page containing ``needle``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if needle in response.read().decode("utf-8", "replace"):
                    return time.perf_counter() - start
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {needle!r} at {url}")


def measure(n: int, dirty: bool, workdir: Path) -> dict:
    project = make_project(workdir / f"serve{n}")
    seeds = make_corpus(n, project / "seeds", seed=7)
    Importer(Project(project), quiet=True).run(seeds)
    articles = sorted((project / "docs" / "articles").rglob("*.md"))
    article = articles[len(articles) // 2]
    url_path = article.relative_to(project / "docs").with_suffix("").as_posix() + "/"
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "-a",
        f"127.0.0.1:{port}",
        "-f",
        str(project / "mkdocs.yml"),
    ]
    if dirty:
        command.append("--dirty")
    server = subprocess.Popen(
        command,
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        first_build = wait_for(base + url_path, "</html>", 3600)
        marker = "编辑预览测试句子"
        time.sleep(2)  # let the watcher settle after the first build
        start = time.perf_counter()
        article.write_text(
            article.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{marker}。\n", encoding="utf-8"
        )
        wait_for(base + url_path, marker, 3600)
        edit_s = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "articles": n,
        "dirty": dirty,
        "first_build_s": round(first_build, 1),
        "edit_visible_s": round(edit_s, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--dirty", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="almanac-serve-") as tmp:
        row = measure(args.articles, args.dirty, Path(tmp))
    print(json.dumps(row, ensure_ascii=False))
    if args.json:
        rows = json.loads(args.json.read_text(encoding="utf-8")) if args.json.exists() else []
        rows = [
            r for r in rows if (r["articles"], r["dirty"]) != (row["articles"], row["dirty"])
        ] + [row]
        args.json.write_text(
            json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
