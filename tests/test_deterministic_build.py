"""Deterministic builds: two builds of the same sources, in different folders,
with different hash seeds and on different days, give byte-identical sites
except the two files MkDocs stamps with the build date (docs/dev/site.md names them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT_ROOT, make_project_copy

# MkDocs writes the build day into the sitemap: the gzip header time of
# sitemap.xml.gz, and (once `site_url` is set, so the sitemap lists pages) each
# <lastmod> of sitemap.xml. Both follow SOURCE_DATE_EPOCH when it is set.
STAMPED = {"sitemap.xml", "sitemap.xml.gz"}
DAY_1, DAY_2 = "1704067200", "1748736000"  # 2024-01-01, 2025-06-01 (UTC)


def build(project: Path, hash_seed: str, epoch: str) -> dict[str, bytes]:
    env = dict(
        os.environ,
        PYTHONPATH=str(PROJECT_ROOT),
        NO_MKDOCS_2_WARNING="1",
        PYTHONHASHSEED=hash_seed,
        SOURCE_DATE_EPOCH=epoch,
    )
    site = project / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def with_site_url(project: Path) -> Path:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\nsite_url: !ENV ALMANAC_SITE_URL\n" in text  # what the deploy workflow sets
    config.write_text(
        text.replace(
            "\nsite_url: !ENV ALMANAC_SITE_URL\n", "\nsite_url: https://example.org/almanac/\n"
        ),
        encoding="utf-8",
    )
    return project


def test_two_builds_differ_only_in_the_stamped_files(tmp_path):
    a = build(with_site_url(make_project_copy(tmp_path / "a", articles=None)), "1", DAY_1)
    b = build(with_site_url(make_project_copy(tmp_path / "b", articles=None)), "2", DAY_2)
    assert a.keys() == b.keys()
    assert len(a) > 50
    differing = {name for name in a if a[name] != b[name]}
    assert differing == STAMPED
    assert b"<lastmod>2024-01-01</lastmod>" in a["sitemap.xml"]
    assert b"<lastmod>2025-06-01</lastmod>" in b["sitemap.xml"]


def test_same_day_builds_are_identical_byte_for_byte(tmp_path):
    a = build(make_project_copy(tmp_path / "a", articles=None), "3", DAY_1)
    b = build(make_project_copy(tmp_path / "b", articles=None), "4", DAY_1)
    assert a == b
    # Without site_url (as mkdocs.yml ships) the sitemap lists nothing: only its
    # .gz header carries the day.
    assert b"<url>" not in a["sitemap.xml"]
