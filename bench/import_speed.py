"""Time `almanac import` on synthetic seeds: this checkout against a reference
revision, side by side in one run (the machine is shared and noisy).
Besides wall time it records each import's CPU time (user + system of the
child process), which other jobs on the machine disturb far less.

The reference is unpacked with `git archive` into a temporary folder; both
import the same seeds (made once by bench/make_corpus.py) into fresh projects,
alternating, each in its own process. Median wall time of --runs rounds.

Usage: python bench/import_speed.py [--articles 1000] [--runs 3] [--ref 0b69b01] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from bench.scratch import scratch_project  # noqa: E402

# Runs in the checkout under test: import every seed of a fresh project.
IMPORT = """
import sys, shutil
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from generator.importer import Importer
from generator.project import Project
root = Path(sys.argv[2])
seeds = sorted((root / "seeds").glob("*.txt"))
status = Importer(Project(root), quiet=True).run(seeds)
print(len(list((root / "docs" / "articles").rglob("*.md"))), status)
"""


def project(where: Path, checkout: Path, seeds: Path) -> Path:
    root = scratch_project(where, checkout)
    root.joinpath("seeds").rmdir()
    shutil.copytree(seeds, root / "seeds")
    return root


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(checkout: Path, seeds: Path) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds and the import's summary line."""
    with tempfile.TemporaryDirectory() as tmp:
        root = project(Path(tmp), checkout, seeds)
        cpu = _children_cpu()
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", IMPORT, str(checkout), str(root)],
            capture_output=True,
            text=True,
            check=True,
        )
        wall = time.perf_counter() - start
        return wall, _children_cpu() - cpu, done.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--ref",
        default="0b69b01",
        help="reference revision (default: before issue 13's importer work)",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds = tmp / "seeds"
        make_corpus(args.articles, seeds, seed=7)
        ref = tmp / "ref"
        ref.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.ref], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(ref)], input=archive, check=True)
        times: dict[str, list[float]] = {"reference": [], "current": []}
        cpu: dict[str, list[float]] = {"reference": [], "current": []}
        outputs: dict[str, str] = {}
        for _ in range(args.runs):
            for name, checkout in (("reference", ref), ("current", ROOT)):
                seconds, cpu_seconds, out = run_once(checkout, seeds)
                times[name].append(seconds)
                cpu[name].append(cpu_seconds)
                outputs[name] = out
    result = {
        "articles": args.articles,
        "runs": args.runs,
        "reference_rev": args.ref,
        "reference_s": round(statistics.median(times["reference"]), 2),
        "current_s": round(statistics.median(times["current"]), 2),
        "all_s": {k: [round(t, 2) for t in v] for k, v in times.items()},
        "reference_cpu_s": round(statistics.median(cpu["reference"]), 2),
        "current_cpu_s": round(statistics.median(cpu["current"]), 2),
        "all_cpu_s": {k: [round(t, 2) for t in v] for k, v in cpu.items()},
        "articles_written": outputs,
    }
    result["ratio"] = round(result["current_s"] / result["reference_s"], 3)
    result["cpu_ratio"] = round(result["current_cpu_s"] / result["reference_cpu_s"], 3)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(
            json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
