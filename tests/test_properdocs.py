"""Issue 18, item 3: the site builds on ProperDocs, the maintained fork of MkDocs 1.x
(MkDocs 1.6.1 is the last 1.x), with ``--strict`` and the same pages.

The one difference allowed is the ``<meta name="generator">`` line, which names the engine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

_GENERATOR_META = re.compile(rb'<meta name="generator" content="[^"]*">')


def _files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): _GENERATOR_META.sub(b"", p.read_bytes())
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def properdocs_site(site_project, built_site, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("properdocs") / "site"
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "properdocs",
            "build",
            "--strict",
            "-f",
            str(site_project / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        cwd=site_project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return site


def test_properdocs_strict_build_gives_the_same_pages(properdocs_site, built_site):
    ours, theirs = _files(built_site), _files(properdocs_site)
    assert sorted(ours) == sorted(theirs)
    assert len([p for p in ours if p.endswith(".html")]) > 30
    assert [p for p in ours if ours[p] != theirs[p]] == []
    # It ran the almanac plugin (generated pages, the Chinese search index) under its own name.
    assert "districts/banan/index.html" in theirs and "search/manifest.json" in theirs
    assert b"ProperDocs" in (properdocs_site / "index.html").read_bytes()
