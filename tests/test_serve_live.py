"""`mkdocs serve` shows an editor's change live (issue: the index pages are
generated on every build, so a preview follows an edit without a restart):
retitling an article updates its district page, the theme pages and 全部文章,
and editing the theme taxonomy (docs/data/, excluded from the site but
watched) updates the theme pages."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from conftest import PROJECT_ROOT, make_project_copy

from generator.store import read_article, render_article

PATIENCE_S = 120  # generous on a shared 2-core machine; not a timing assertion


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait_until(url: str, predicate, server: subprocess.Popen) -> str:
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve exited"
        text = _page(url)
        if text and predicate(text):
            return text
        time.sleep(0.3)
    raise AssertionError(f"{url} did not change within {PATIENCE_S} s")


def test_serve_follows_edits_to_an_article_and_to_the_taxonomy(tmp_path):
    root = make_project_copy(tmp_path / "p")
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(root / "mkdocs.yml"),
        ],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "PYTHONPATH": str(PROJECT_ROOT),
            "ALMANAC_CACHE": "0",
        },
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        old_title = "九龙坡区办好人民满意的教育"
        _wait_until(base + "districts/jiulongpo/", lambda t: old_title in t, server)
        time.sleep(1)  # the watcher starts after the first build

        path = root / "docs/articles/jiulongpo/jiulongpo-youzhi.md"
        article = read_article(path)
        path.write_text(
            render_article(dict(article.meta, title="九龙坡区预览新标题"), article.body),
            encoding="utf-8",
        )
        district = _wait_until(
            base + "districts/jiulongpo/", lambda t: "九龙坡区预览新标题" in t, server
        )
        assert old_title not in district
        assert "九龙坡区预览新标题" in _page(base + "library/")
        assert "九龙坡区预览新标题" in _page(base + "themes/jituanhua-banxue/")

        themes = root / "docs/data/themes.yml"
        text = themes.read_text(encoding="utf-8")
        marker = "description: "
        assert marker in text
        themes.write_text(text.replace(marker, marker + "预览说明。", 1), encoding="utf-8")
        _wait_until(base + "themes/", lambda t: "预览说明。" in t, server)
    finally:
        server.terminate()
        server.wait(timeout=30)
