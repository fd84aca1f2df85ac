"""`almanac import` as editors and CI use it: idempotence, no-clobber, bad input."""

from __future__ import annotations

import os

import pytest

from generator.cli import main
from generator.read import MAX_SEED_BYTES
from tests.helpers import make_project, snapshot

ARTICLE = "## 巴南“六大工程”齐发力\n\n巴南区大力实施六大工程，组建7个优质教育集团。\n\n何霜 杜林燕\n图片由巴南区教委提供\n"


def run(root, *args):
    return main(["--root", str(root), "import", *args])


def test_rerun_is_byte_identical_and_writes_nothing(tmp_path, capsys):
    root = make_project(tmp_path, copy_seeds=True)
    assert run(root, "-q") == 0
    first = snapshot(root / "docs" / "articles")
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "docs" / "articles").rglob("*.md")}
    assert run(root) == 0
    assert snapshot(root / "docs" / "articles") == first
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes
    assert "未变 6" in capsys.readouterr().out


def test_no_seeds_is_one_line_naming_the_folder(tmp_path, capsys):
    root = make_project(tmp_path, {})
    assert run(root) == 1
    err = capsys.readouterr().err
    assert err.startswith("almanac import: ") and "中没有种子文件" in err, err
    assert "Traceback" not in err


def test_two_checkouts_give_identical_bytes(tmp_path):
    a = make_project(tmp_path / "a", copy_seeds=True)
    b = make_project(tmp_path / "b", copy_seeds=True)
    assert run(a, "-q") == 0 and run(b, "-q") == 0
    assert snapshot(a / "docs" / "articles") == snapshot(b / "docs" / "articles")


def test_hand_edit_is_kept_and_force_keeps_a_backup(tmp_path, capsys):
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    assert run(root, "-q") == 0
    (path,) = (root / "docs" / "articles").rglob("*.md")
    edited = path.read_text(encoding="utf-8").replace("组建7个", "组建8个")
    path.write_text(edited, encoding="utf-8")
    assert run(root) == 0
    assert path.read_text(encoding="utf-8") == edited
    assert "已被手工编辑，保留不动" in capsys.readouterr().err
    assert run(root, "--force", "-q") == 0
    assert "组建7个" in path.read_text(encoding="utf-8")
    (backup,) = (root / ".almanac-backups").rglob("*.md")
    assert backup.read_text(encoding="utf-8") == edited


def test_importer_output_is_updated_when_seed_changes(tmp_path):
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    assert run(root, "-q") == 0
    (path,) = (root / "docs" / "articles").rglob("*.md")
    (root / "seeds" / "a.txt").write_text(ARTICLE.replace("7个", "9个"), encoding="utf-8")
    assert run(root, "-q") == 0
    assert list((root / "docs" / "articles").rglob("*.md")) == [path]  # same path, via import_key
    assert "组建9个" in path.read_text(encoding="utf-8")


def test_gb18030_bom_and_crlf_are_read(tmp_path):
    text = ARTICLE.replace("\n", "\r\n")
    root = make_project(tmp_path, {"gbk.txt": text.encode("gb18030"), "bom.txt": "\ufeff" + text})
    assert run(root, "-q") == 0
    bodies = [
        p.read_text(encoding="utf-8") for p in sorted((root / "docs" / "articles").rglob("*.md"))
    ]
    assert len(bodies) == 2
    for body in bodies:
        assert "组建7个优质教育集团" in body and "\r" not in body and "\ufeff" not in body


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", "\n\n  \n", "文件为空"),
        ("nodistrict.txt", "## 标题一则\n\n学校推进教育改革，成效显著。\n", "无法识别文章所属区县"),
        ("binary.txt", bytes(range(256)) * 4, "不是文本文件"),
        ("latin1.txt", "caf\xe9 \xff\xfe abc".encode("latin-1") + b"\x81\x20", ""),
    ],
)
def test_bad_seed_gives_clear_error_nonzero_exit_and_writes_nothing(
    tmp_path, capsys, name, content, message
):
    root = make_project(tmp_path, {name: content})
    assert run(root) == 1
    err = capsys.readouterr().err
    assert f"seeds/{name}" in err and message in err
    assert not (root / "docs" / "articles").exists()


def test_error_names_the_line_for_undecodable_bytes(tmp_path, capsys):
    root = make_project(
        tmp_path,
        {"bad.txt": "巴南区教育。\n第二行\n".encode() + b"\xff\xff\xff\x00"[:3] + b"\n"},
    )
    run(root)
    err = capsys.readouterr().err
    # \xff\xff\xff is valid in neither UTF-8 nor GB18030: refused, with its line
    assert "bad.txt:3:" in err


def test_oversized_seed_is_refused_before_reading(tmp_path, capsys):
    root = make_project(tmp_path, {"ok.txt": ARTICLE})
    big = root / "seeds" / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(MAX_SEED_BYTES + 1)  # sparse: no 8 MB written to disk
    assert run(root) == 1
    err = capsys.readouterr().err
    assert "big.txt" in err and "文件过大" in err
    assert len(list((root / "docs" / "articles").rglob("*.md"))) == 1  # the good seed still imports


def test_one_bad_seed_does_not_stop_the_others(tmp_path):
    root = make_project(tmp_path, {"a.txt": ARTICLE, "b.txt": ""})
    assert run(root, "-q") == 1
    assert len(list((root / "docs" / "articles").rglob("*.md"))) == 1


def test_dry_run_writes_nothing(tmp_path, capsys):
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    assert run(root, "--dry-run") == 0
    assert not (root / "docs" / "articles").exists()
    assert "试运行" in capsys.readouterr().out


def test_quiet_prints_nothing_on_success(tmp_path, capsys):
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    assert run(root, "-q") == 0
    assert capsys.readouterr().out == ""


def test_progress_names_file_article_district_and_title(tmp_path, capsys):
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    run(root)
    out = capsys.readouterr().out
    assert "seeds/a.txt: 1 篇" in out and "巴南区 · 巴南“六大工程”齐发力" in out


def test_writes_are_atomic_no_temp_files_left(tmp_path):
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    run(root, "-q")
    assert [p.name for p in (root / "docs").rglob(".*.tmp")] == []
    assert all(
        not name.startswith(".")
        for _, _, files in os.walk(root / "docs" / "articles")
        for name in files
    )


def test_markup_in_seed_is_escaped(tmp_path):
    root = make_project(
        tmp_path,
        {
            "x.txt": "## 巴南区 新闻\n\n巴南区<script>alert(1)</script>推进*教育*改革。\n\n# 1. 不是标题\n"
        },
    )
    assert run(root, "-q") == 0
    (path,) = (root / "docs" / "articles").rglob("*.md")
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[
        1
    ]  # front matter is plain data, escaped when rendered
    assert "<script>" not in body and "&lt;script>" in body and r"\*教育\*" in body
