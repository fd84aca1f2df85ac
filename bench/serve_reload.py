"""How long after saving an article `mkdocs serve` shows the edit in the browser.

Issue 18's target: ≤ 5 s at 1,000 articles. Generates N synthetic articles
(bench/make_corpus.py, seed 7) into a temporary project, imports them, starts
`mkdocs serve` (MkDocs' own livereload; `--dirty` with --dirty) on 127.0.0.1 on a
free port, opens one article in Chromium (Debian's /usr/bin/chromium through
Playwright), appends a new sentence to the article's Markdown and times until the
sentence is visible in that browser tab, reloaded by livereload. Repeats for
--edits edits (each a new sentence) and reports each, with the server's own log
lines timed on the same clock: when it saw the change, how long it said the build
took, when it told the browsers to reload; and the server's CPU seconds from saving to
seeing (steadier than wall-clock time on a shared machine).

Usage: python bench/serve_reload.py [--articles 1000] [--edits 3] [--dirty]
       [--json reports/serve.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.chromium import launch  # noqa: E402
from bench.make_corpus import make_corpus  # noqa: E402
from bench.run import make_project  # noqa: E402
from generator.importer import Importer  # noqa: E402
from generator.project import Project  # noqa: E402

PATIENCE_S = 1800  # a first build at 5,000 articles on a loaded machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerLog:
    """The server's log lines, each with the time it was read (perf_counter)."""

    def __init__(self, stream):
        self.lines: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._lock:
                self.lines.append((time.perf_counter(), line.rstrip()))

    def since(self, start: float) -> list[tuple[float, str]]:
        with self._lock:
            return [(t, line) for t, line in self.lines if t >= start]

    def text(self) -> str:
        with self._lock:
            return "\n".join(line for _, line in self.lines)


def wait_served(url: str, server: subprocess.Popen, log: ServerLog) -> float:
    """Seconds until ``url`` answers (the first build is done)."""
    start = time.perf_counter()
    while time.perf_counter() - start < PATIENCE_S:
        if server.poll() is not None:
            raise SystemExit(f"mkdocs serve exited ({server.returncode}):\n{log.text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - start
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} not served within {PATIENCE_S} s")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process ``pid`` so far (Linux /proc): the server's
    work for one edit, less sensitive than wall-clock time to other load on the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_phases(log: ServerLog, start: float) -> dict:
    """From the log lines after ``start``: seconds until MkDocs noticed the change,
    the build time it reports, seconds until it sent the reload."""
    out: dict = {}
    for t, line in log.since(start):
        if "Detected file changes" in line and "detected_s" not in out:
            out["detected_s"] = round(t - start, 2)
        match = re.search(r"Documentation built in ([\d.]+) seconds", line)
        if match:
            out["server_build_s"] = float(match.group(1))
        if "Reloading browsers" in line and "reload_sent_s" not in out:
            out["reload_sent_s"] = round(t - start, 2)
    return out


def measure(n: int, edits: int, dirty: bool, workdir: Path) -> dict:
    from playwright.sync_api import sync_playwright

    project = make_project(workdir / f"serve{n}")
    seeds = make_corpus(n, project / "seeds", seed=7)
    Importer(Project(project), quiet=True).run(seeds)
    articles = sorted((project / "docs" / "articles").rglob("*.md"))
    article = articles[len(articles) // 2]
    port = free_port()
    url = f"http://127.0.0.1:{port}/{article.relative_to(project / 'docs').with_suffix('').as_posix()}/"
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    command += ["-f", str(project / "mkdocs.yml")] + (["--dirty"] if dirty else [])
    server = subprocess.Popen(
        command,
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
    )
    log = ServerLog(server.stdout)
    rows = []
    try:
        first_build_s = wait_served(url, server, log)
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page()
            page.goto(url)
            page.wait_for_load_state("load")
            for edit in range(edits):
                marker = f"编辑预览第{edit + 1}句在此"
                time.sleep(3)  # the watcher and the livereload poll settle
                text = article.read_text(encoding="utf-8").rstrip("\n")
                cpu = cpu_seconds(server.pid)
                start = time.perf_counter()
                article.write_text(f"{text}\n\n{marker}。\n", encoding="utf-8")
                # A locator waits across the reload livereload triggers.
                page.get_by_text(marker).wait_for(state="visible", timeout=PATIENCE_S * 1000)
                visible_s = time.perf_counter() - start
                rows.append(
                    {
                        "edit": edit + 1,
                        "visible_s": round(visible_s, 2),
                        "server_cpu_s": round(cpu_seconds(server.pid) - cpu, 2),
                    }
                    | server_phases(log, start)
                )
                print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    visible = [r["visible_s"] for r in rows]
    return {
        "articles": n,
        "dirty": dirty,
        "first_build_s": round(first_build_s, 1),
        "edits": rows,
        "median_visible_s": statistics.median(visible) if visible else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--dirty", action="store_true", help="serve with --dirty")
    parser.add_argument("--json", type=Path, default=None, help="add the row to this JSON list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="almanac-serve-") as tmp:
        row = measure(args.articles, args.edits, args.dirty, Path(tmp))
    print(json.dumps(row, ensure_ascii=False))
    if args.json:
        rows = json.loads(args.json.read_text(encoding="utf-8")) if args.json.exists() else []
        rows = [r for r in rows if (r["articles"], r["dirty"]) != (row["articles"], row["dirty"])]
        args.json.write_text(
            json.dumps(rows + [row], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
