"""A full disk or a read-only folder during import, pages and build (issue 14).

Each is reported as ``path:1: 磁盘已满…`` / ``…没有写入权限…`` with exit 1, never a
traceback, and nothing is half-written: no temporary file is left, no article
of a seed is written unless all are, no generated page changes unless all do.
The disk fills where it really would: at ``fsync`` (the data reaching the disk)
or at the rename; the read-only folder is a real one.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_project_copy

from generator.cli import main

SEED = "巴南区推进集团化办学\n\n巴南区组建7个优质教育集团，惠及学生2000余人。\n\n何霜 杜林燕\n"
TWO_ARTICLES = (
    "巴南区推进集团化办学\n\n巴南区组建7个优质教育集团，惠及学生2000余人。\n\n何霜\n\n\n\n"
    "大足区新建学校\n\n大足区新建学校12所，新增学位8000个。\n\n杜林燕\n"
)


@pytest.fixture
def small(tmp_path) -> Path:
    return make_project_copy(tmp_path / "p")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def temporary_files(folder: Path) -> list[Path]:
    return list(folder.rglob("*.tmp"))


def disk_full_at(monkeypatch, name: str, after: int = 0) -> None:
    """``os.<name>`` fails with ENOSPC from its ``after``-th call on."""
    real = getattr(os, name)
    calls = {"n": 0}

    def full(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, full)


@contextlib.contextmanager
def unwritable(folder: Path):
    """A folder nobody may write into: chmod for a user, the immutable flag for root."""
    folder.mkdir(parents=True, exist_ok=True)
    mode = folder.stat().st_mode
    os.chmod(folder, 0o555)
    immutable = os.geteuid() == 0
    if immutable:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        with pytest.raises(OSError):  # the folder really refuses a new file
            (folder / ".probe").write_text("x", encoding="utf-8")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        os.chmod(folder, mode)


@pytest.mark.parametrize("where, after", [("fsync", 1), ("replace", 0)])
def test_disk_full_during_import_writes_no_article_of_the_seed(
    small, capsys, monkeypatch, where, after
):
    seeds = small / "seeds"
    (seeds / "two.txt").write_text(TWO_ARTICLES, encoding="utf-8")
    before = snapshot(small / "docs")
    disk_full_at(monkeypatch, where, after)  # the second article's data, or the first rename
    assert main(["--root", str(small), "import", str(seeds / "two.txt")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert ".md:1: 磁盘已满（或超出配额）：未写入" in err
    assert snapshot(small / "docs") == before  # neither article, nor any temporary file
    assert temporary_files(small) == []


def test_disk_full_for_one_seed_and_the_next_still_imports(small, capsys, monkeypatch):
    seeds = small / "seeds"
    (seeds / "a.txt").write_text(SEED, encoding="utf-8")
    (seeds / "b.txt").write_text(SEED.replace("巴南区推进", "巴南区深化"), encoding="utf-8")
    real_fsync = os.fsync
    calls = {"n": 0}

    def full_once(fd):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_once)
    assert main(["--root", str(small), "import", str(seeds / "a.txt"), str(seeds / "b.txt")]) == 1
    out = capsys.readouterr()
    assert out.err.count("磁盘已满") == 1 and "新增 1" in out.out and "失败 1" in out.out
    written = [
        p
        for p in (small / "docs/articles/banan").glob("*.md")
        if "seeds/b.txt" in p.read_text(encoding="utf-8")
    ]
    assert len(written) == 1 and temporary_files(small) == []


def test_read_only_articles_folder_is_reported_by_name(small, capsys):
    (small / "seeds/a.txt").write_text(SEED, encoding="utf-8")
    folder = small / "docs/articles/banan"
    before = snapshot(folder)
    with unwritable(folder):
        assert main(["--root", str(small), "import", str(small / "seeds/a.txt")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "docs/articles/banan/" in err and ":1: 没有写入权限（文件夹只读？）：未写入" in err
    assert snapshot(folder) == before


def test_disk_full_during_pages_changes_no_page(small, capsys, monkeypatch):
    assert main(["--root", str(small), "pages", "-q"]) == 0
    # An article changes, so several generated pages would change with it.
    article = next((small / "docs/articles/banan").glob("*.md"))
    # (a dated sentence: the chronology and district pages change; the article still passes check)
    article.write_text(
        article.read_text(encoding="utf-8") + "\n2024年5月，巴南区新建学校3所。\n", encoding="utf-8"
    )
    before = snapshot(small / "docs")
    disk_full_at(monkeypatch, "replace", after=1)  # the first page is renamed, then the disk fills
    assert main(["--root", str(small), "pages", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("almanac pages: ") and ":1: 磁盘已满" in err and "Traceback" not in err
    after = snapshot(small / "docs")
    changed = [rel for rel in after if after[rel] != before.get(rel)]
    assert len(changed) <= 1 and temporary_files(small) == []  # each page whole, old or new


def test_read_only_folder_during_pages(small, capsys):
    with unwritable(small / "docs/chronology"):
        assert main(["--root", str(small), "pages", "-q"]) == 1
    err = capsys.readouterr().err
    assert "docs/chronology/" in err and "没有写入权限" in err and "Traceback" not in err
    assert not (small / "docs/chronology/index.md").exists()


def build_in_process(root: Path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"))
    build(config)


def test_disk_full_during_build_names_the_page(small, monkeypatch, caplog):
    from mkdocs import utils
    from mkdocs.exceptions import Abort

    real = utils.write_file
    monkeypatch.setenv("ALMANAC_CACHE", "0")

    def full_after_three(content, output_path, _calls={"n": 0}):  # noqa: B006 — a call counter
        _calls["n"] += 1
        if _calls["n"] > 3:
            os.makedirs(os.path.dirname(output_path), exist_ok=True)
            with open(output_path, "wb") as handle:
                handle.write(content[:10])  # part of the page reached the disk
            raise OSError(errno.ENOSPC, "No space left on device", output_path)
        return real(content, output_path)

    monkeypatch.setattr(utils, "write_file", full_after_three)
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build_in_process(small)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    (failed,) = [m for m in errors if "磁盘已满" in m]
    path = failed.split(":1: ")[0]
    assert path.startswith(str(small / "site")) and path.endswith(".html")
    assert not Path(path).exists()  # the part-written page is removed


def test_read_only_site_folder_during_build(small):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", ALMANAC_CACHE="0")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    site = small / "site"
    with unwritable(site):
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
            cwd=small,
            env=env,
            capture_output=True,
            text=True,
        )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert f"{site}" in result.stderr and "没有写入权限" in result.stderr


# -- an article's identity survives an editor's YAML error or a deleted import_key


def imported_from(root: Path, seed: str) -> list[Path]:
    return sorted(
        p
        for p in (root / "docs/articles").rglob("*.md")
        if f"seeds/{seed}" in p.read_text(encoding="utf-8")
    )


@pytest.mark.parametrize(
    "edit",
    [
        # An editor's quote left open: the front matter no longer parses.
        lambda text: text.replace("\nsummary: ", '\nsummary: "未闭合的引号 ', 1),
        # An editor deleted the importer's key.
        lambda text: "".join(
            line for line in text.splitlines(keepends=True) if not line.startswith("import_key:")
        ),
        # Both.
        lambda text: "".join(
            line for line in text.splitlines(keepends=True) if not line.startswith("import_key:")
        ).replace("\nsummary: ", "\nsummary: [未闭合 ", 1),
    ],
    ids=["yaml-error", "no-import-key", "both"],
)
def test_reimport_after_an_editors_mistake_writes_no_duplicate(small, capsys, edit):
    (small / "seeds/a.txt").write_text(SEED, encoding="utf-8")
    assert main(["--root", str(small), "import", "-q", str(small / "seeds/a.txt")]) == 0
    (path,) = imported_from(small, "a.txt")
    edited = edit(path.read_text(encoding="utf-8"))
    path.write_text(edited, encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(small), "import", str(small / "seeds/a.txt")]) == 0
    out = capsys.readouterr()
    assert imported_from(small, "a.txt") == [path]  # no -2.md beside it
    assert path.read_text(encoding="utf-8") == edited  # the editor's file is left alone
    assert "保留手工编辑 1" in out.out and "Traceback" not in out.err
    # --force replaces it (after a backup), still in the same file.
    assert main(["--root", str(small), "import", "--force", "-q", str(small / "seeds/a.txt")]) == 0
    assert imported_from(small, "a.txt") == [path]
    assert "import_key: a.txt#1" in path.read_text(encoding="utf-8")
    (backup,) = (small / ".almanac-backups").rglob(path.name)
    assert backup.read_text(encoding="utf-8") == edited
