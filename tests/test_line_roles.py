"""Gold line roles derived from the answer keys (bench/line_roles.py).

Only the derivation is tested: it uses the project's own dependencies, not
python-crfsuite (the CRF half of the benchmark is not part of the test suite;
its ``bench`` extra installs it).
"""

from __future__ import annotations

import sys
import tomllib

import pytest
from conftest import PROJECT_ROOT
from packaging.requirements import Requirement

from bench.line_roles import FIXTURES, ROLES, corpus_labels, crfsuite, fixture_page


def _by_text(page):
    return {
        line.text: label for line, label in zip(page.lines, page.gold, strict=True) if line.text
    }


def test_print_page_lines_get_the_roles_of_the_key():
    page = fixture_page(FIXTURES / "tune" / "p01_tongnan.txt")
    labels = _by_text(page)
    assert labels["家门口的好学校一年比一年多"] == "title"  # the key's headline
    assert labels["——我区推进义务教育优质均衡发展综述"] == "title"  # its deck
    assert (
        labels["办好人民满意的教育"] == "title"
    )  # the kicker over it (phenomenon kicker_headline_deck)
    assert labels["本报记者 刘洋　通讯员 周婷".replace("　", " ")] == "byline"
    assert (
        labels["图为凉风垭小学的孩子们在学校食堂吃营养午餐。（全媒体记者 陈晓峰 摄）"] == "caption"
    )
    for furniture in ("潼南报", "第A1版", "要闻", "责任编辑：韩冰 美编：曹阳 校对：许峰"):
        assert labels[furniture] == "furniture", furniture
    assert labels["这几年，区委、区政府把教育摆在各"] == "body"  # a column line of a key paragraph
    assert labels["学。"] == "body"  # the paragraph's last characters on a line of their own
    assert all(
        label is None for line, label in zip(page.lines, page.gold, strict=True) if not line.text
    )
    assert set(page.gold) - {None} <= set(ROLES)


def test_web_page_cms_lines_are_furniture_and_unlisted_paragraphs_body():
    page = fixture_page(FIXTURES / "tune" / "w01_xiushui.txt")
    labels = _by_text(page)
    assert labels["修水县教体局获评全市教育宣传信息工作先进集体"] == "title"
    info = next(text for text in labels if text.startswith("发布时间"))
    assert labels[info] == "furniture"  # the CMS info line, though it names the author
    for furniture in ("返回栏目", "修水网 • 首页动态 • 正文", "相关文章Related", "返回栏目>>"):
        assert labels[furniture] == "furniture", furniture
    # the key lists three paragraphs; the two after them are the article's text all the same
    last = next(text for text in labels if text.startswith("据了解，该局还将每季度"))
    assert labels[last] == "body"
    footer = next(text for text in labels if text.startswith("修水网 XiuShui.Net"))
    assert labels[footer] == "furniture"


def test_synthetic_pages_are_labelled_from_their_truth(tmp_path):
    pages = corpus_labels(6, tmp_path / "corpus", seed=3, cache=False)
    for page in pages:
        labels = _by_text(page)
        for key in page.keys:
            assert labels[key.title] == "title"
            for heading in key.headings:
                assert labels[heading] == "heading"
            assert labels[" ".join(key.authors)] == "byline"
            if key.banner:
                assert labels[key.banner] == "furniture"
        assert sum(label == "body" for label in page.gold) > 0.6 * sum(
            label is not None for label in page.gold
        )


def test_without_crfsuite_the_bench_names_the_extra_that_installs_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pycrfsuite", None)  # what an absent package gives
    with pytest.raises(SystemExit, match=r"pip install -e '\.\[bench\]'"):
        crfsuite()
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    bench = [Requirement(r).name for r in pyproject["project"]["optional-dependencies"]["bench"]]
    assert "python-crfsuite" in bench
