"""Time ``almanac import`` of a newspaper issue as a PDF (issue 17's target:
a 4-page PDF of 8 articles in under 3 s), and of the same articles as a Word
document and as saved web pages, each in a fresh temporary project.

Each run is a new ``python -m generator.cli import`` process, as an editor
runs it, so the time includes Python's and the libraries' start-up and
jieba's dictionary. The fixture is typeset by bench/typeset.py; the script
also checks that every article came out (the answer key's titles).

Usage: python bench/formats.py [--runs 5] [--pages 4] [--per-page 2] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scratch import scratch_project as _project  # noqa: E402
from bench.typeset import as_docx, as_html, sample_articles, write_issue  # noqa: E402


def _time_import(make_seeds, runs: int) -> tuple[list[float], int]:
    times, count = [], 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            root = _project(Path(tmp))
            make_seeds(root / "seeds")
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "generator.cli", "--root", str(root), "import", "-q"],
                check=True,
                cwd=ROOT,
            )
            times.append(time.perf_counter() - start)
            count = len(list((root / "docs" / "articles").rglob("*.md")))
    return times, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--per-page", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    articles = sample_articles()
    cases = {
        f"pdf {args.pages} pages × {args.per_page} articles": lambda seeds: write_issue(
            seeds, args.pages, args.per_page
        ),
        "docx × 4 articles": lambda seeds: [
            (seeds / f"a{k}.docx").write_bytes(as_docx(a, with_table=True))
            for k, a in enumerate(articles)
        ],
        "html × 4 articles (3 templates)": lambda seeds: [
            (seeds / f"a{k}.html").write_bytes(as_html(a, ("gov", "news", "school")[k % 3])[0])
            for k, a in enumerate(articles)
        ],
        "txt × 4 articles (baseline)": lambda seeds: [
            (seeds / f"a{k}.txt").write_text(
                __import__("bench.typeset", fromlist=["as_text"]).as_text(a), encoding="utf-8"
            )
            for k, a in enumerate(articles)
        ],
    }
    rows = []
    for name, make in cases.items():
        times, count = _time_import(make, args.runs)
        rows.append(
            {
                "case": name,
                "articles": count,
                "median_s": round(statistics.median(times), 2),
                "min_s": round(min(times), 2),
                "max_s": round(max(times), 2),
                "runs": args.runs,
            }
        )
        print(
            f"{name:36} {count:3} articles  median {rows[-1]['median_s']:.2f} s  (min {rows[-1]['min_s']:.2f}, max {rows[-1]['max_s']:.2f})"
        )
    if args.json:
        info = {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "processor": platform.processor(),
        }
        args.json.write_text(
            json.dumps({"machine": info, "rows": rows}, ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
