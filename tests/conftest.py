"""Shared fixtures: a throw-away copy of the project, its built site served on
127.0.0.1, and a Playwright browser driving Debian's Chromium.

Reuse them from any test module:

``site_project``   session-scoped copy of mkdocs.yml, docs/ and templates/ in a tmp
                   dir, with the fixture articles of ``tests/fixtures/articles``
                   in place of docs/articles (tests never read or write the real
                   docs/). Build your own variant with :func:`make_project_copy`.
``built_site``     the site directory of ``mkdocs build --strict`` of that copy
                   (built once per session; the build fails the session on any
                   warning).
``site_url``       base URL (ending in ``/``) of ``built_site`` served by an
                   ``http.server`` thread on a free port of 127.0.0.1; serve
                   another build with ``serve_directory(path)``.
``browser``        session-scoped Playwright Chromium (``/usr/bin/chromium``).
``page``           a fresh browser page per test, closed afterwards.
``screenshot``     ``screenshot(page, "name")`` saves ``test-artifacts/screenshots/name.png``
                   (gitignored; CI keeps it as an artifact).
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import settings

from bench.chromium import launch

# Property tests draw the same examples on every run, so CI is reproducible and a red
# run can be replayed; HYPOTHESIS_PROFILE=explore draws new ones to look for bugs.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

PROJECT_ROOT = Path(__file__).resolve().parents[1]
FIXTURE_ARTICLES = PROJECT_ROOT / "tests" / "fixtures" / "articles"
SCREENSHOTS_DIR = PROJECT_ROOT / "test-artifacts" / "screenshots"


def make_project_copy(dest: Path, articles: Path | None = FIXTURE_ARTICLES) -> Path:
    """Copy the files a build needs into ``dest`` and return ``dest``.

    ``articles`` replaces docs/articles (default: the test fixtures); pass
    ``None`` to keep the real imported articles instead.
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PROJECT_ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(PROJECT_ROOT / "templates", dest / "templates", dirs_exist_ok=True)
    # Articles' `source.file` points into seeds/ (almanac check verifies it exists).
    shutil.copytree(PROJECT_ROOT / "seeds", dest / "seeds", dirs_exist_ok=True)
    ignore = shutil.ignore_patterns("articles") if articles is not None else None
    shutil.copytree(PROJECT_ROOT / "docs", dest / "docs", ignore=ignore, dirs_exist_ok=True)
    if articles is not None:
        shutil.copytree(articles, dest / "docs" / "articles", dirs_exist_ok=True)
    return dest


def build_site(project: Path, site_dir: Path | None = None) -> Path:
    """``mkdocs build --strict`` of ``project`` with this checkout's generator.

    Runs in a subprocess so every build starts from a clean MkDocs state; fails
    the test with MkDocs' output when the build fails or warns.
    """
    site_dir = Path(site_dir or Path(project) / "site")
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")]),
    )
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(Path(project) / "mkdocs.yml"),
            "-d",
            str(site_dir),
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return site_dir


@pytest.fixture(scope="session")
def site_project(tmp_path_factory) -> Path:
    return make_project_copy(tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="session")
def built_site(site_project) -> Path:
    return build_site(site_project)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output readable
        pass


@contextlib.contextmanager
def serve_directory(directory: Path):
    """Serve ``directory`` over HTTP on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def facts_table_cell(page, district: str, metric: str):
    """The cell of the facts page's table for ``district`` (its column) and ``metric``
    (its row, th#metric-<slug>): figures carry no data- attributes to select them by."""
    columns = page.locator("#almanac-facts-table thead th").all_inner_texts()
    return page.locator(f"#almanac-facts-table tr:has(> th#metric-{metric}) > td").nth(
        columns.index(district) - 1
    )


@pytest.fixture(scope="session")
def site_url(built_site):
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture
def screenshot():
    def save(tab, name: str) -> Path:
        SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS_DIR / f"{name}.png"
        tab.screenshot(path=str(path), full_page=False)
        return path

    return save
