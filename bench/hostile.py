"""Time ``almanac check`` and ``mkdocs build`` on the denial-of-service inputs of issue 14.

Each case is a copy of the project (fixture articles) with one hostile input;
check and build run in subprocesses, so each figure includes start-up and the
peak RSS is the child's (``ru_maxrss``). The target: every case finishes in
under 10 s (or is refused in under 1 s), peak RSS under 500 MB.

    python bench/hostile.py            # table on stdout
    python bench/hostile.py --markdown # the table for reports/hostile.md
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from conftest import make_project_copy  # noqa: E402

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)


def article(body: str, extra: str = "") -> str:
    return f"---\ntitle: 九龙坡区测试\ndistrict: 九龙坡区\ndistrict_slug: jiulongpo\n{extra}---\n\n{body}"


def write(root: Path, rel: str, text: str) -> None:
    (root / rel).write_text(text, encoding="utf-8")


def metrics_wildcards(root: Path) -> None:
    path = root / "docs/data/metrics.yml"
    text = path.read_text(encoding="utf-8")
    # The most wildcards a phrase may now have (2), on clauses without punctuation.
    path.write_text(
        text.replace('phrases: ["惠及…学生#", "惠及#学生"]', 'phrases: ["惠及…学…生#"]', 1),
        encoding="utf-8",
    )
    write(
        root,
        "docs/articles/jiulongpo/long.md",
        article(("惠及" * 4000 + "学" * 4000 + "1个\n\n") * 10),  # 360 KB: under the size limit
    )


def metrics_too_many(root: Path) -> None:
    path = root / "docs/data/metrics.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('phrases: ["惠及…学生#", "惠及#学生"]', 'phrases: ["惠…及…学…生…的…人#"]', 1),
        encoding="utf-8",
    )
    write(
        root,
        "docs/articles/jiulongpo/long.md",
        article(("惠及" * 4000 + "学" * 4000 + "1人\n\n") * 10),
    )


PARAGRAPH = "九龙坡区新建学校12所，惠及学生2000余人，继续推进。\n\n"  # 80 bytes

CASES = {
    "front matter alias bomb (9 levels)": lambda r: write(
        r,
        "docs/articles/jiulongpo/bomb.md",
        article("正文。\n", "x:\n" + "".join("  " + ln + "\n" for ln in BOMB.splitlines())),
    ),
    "glossary alias bomb": lambda r: (r / "docs/data/glossary.yml").write_text(
        BOMB + (r / "docs/data/glossary.yml").read_text(encoding="utf-8"), encoding="utf-8"
    ),
    "5,000 nested [ in front matter": lambda r: write(
        r, "docs/articles/jiulongpo/deep.md", article("正文。\n", "summary: " + "[" * 5000 + "\n")
    ),
    "20,000 nested [ in a body": lambda r: write(
        r, "docs/articles/jiulongpo/deep.md", article("[" * 20000 + "x\n")
    ),
    "2,000-level nested list": lambda r: write(
        r, "docs/articles/jiulongpo/deep.md", article("".join("- " * 2000 + "项\n"))
    ),
    "metrics: 2 wildcards over 8,000-char clauses": metrics_wildcards,
    "metrics: 5 wildcards (refused)": metrics_too_many,
    "20,000 repeated paragraphs (1.6 MB, refused)": lambda r: write(
        r,
        "docs/articles/jiulongpo/repeat.md",
        article(PARAGRAPH * 20000),
    ),
    "6,500 repeated paragraphs (just under the 512 KB limit)": lambda r: write(
        r,
        "docs/articles/jiulongpo/repeat.md",
        article(PARAGRAPH * 6500),
    ),
}


def run(cmd: list[str], cwd: Path) -> tuple[float, float, int, float]:
    """(wall seconds, CPU seconds, exit code, peak RSS of the child in MB).

    CPU time (user + system of the child) is the figure to compare on a shared
    machine: wall time grows with the other processes' load."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1", ALMANAC_CACHE="0")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu
    if "Traceback" in result.stderr:
        raise SystemExit(f"traceback in {cmd}:\n{result.stderr}")
    # ru_maxrss of children is the largest so far: report it only when this child raised it.
    return seconds, cpu, result.returncode, (peak if peak > before else before) / 1024


def main() -> None:
    markdown = "--markdown" in sys.argv
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in CASES.items():
            root = make_project_copy(Path(tmp) / f"case{len(rows)}")
            make(root)
            check = run([sys.executable, "-m", "generator.cli", "--root", str(root), "check"], root)
            build = run(
                [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(root / "site")], root
            )
            rows.append((name, check, build))
    if markdown:
        print(
            "| input | check s (CPU) | check exit | build s (CPU) | build exit | peak RSS MB (≤) |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, (cs, cc, cx, cm), (bs, bc, bx, bm) in rows:
        if markdown:
            print(
                f"| {name} | {cs:.2f} ({cc:.2f}) | {cx} | {bs:.2f} ({bc:.2f}) | {bx} | {max(cm, bm):.0f} |"
            )
        else:
            print(
                f"{name:56} check {cs:6.2f}s ({cc:5.2f} CPU) exit {cx}   "
                f"build {bs:6.2f}s ({bc:5.2f} CPU) exit {bx}   peak ≤ {max(cm, bm):.0f} MB"
            )


if __name__ == "__main__":
    main()
