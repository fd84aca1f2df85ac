"""Citation block and the offline zip."""

import dataclasses
import zipfile

import pytest
from reader_project import load_corpus

from generator.corpus import Entry
from generator.errors import AlmanacError
from generator.offline import zip_site
from generator.render.citation import citation_markdown


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return load_corpus(tmp_path_factory.mktemp("citation"))


def entry(corpus, path):
    return next(e for e in corpus.entries if e.docs_path == path)


def with_meta(e: Entry, **changes) -> Entry:
    """A copy of the article with other front matter (the loaded one is read once, typed)."""
    return Entry(dataclasses.replace(e.article, meta={**e.meta, **changes}), e.docs_path)


def test_citation_without_publication_details_cites_the_almanac_page(corpus):
    # No newspaper, date or page in front matter: the almanac's page is the source
    # (GB/T 7714 electronic form), never the district in the newspaper's place.
    text = citation_markdown(
        entry(corpus, "articles/nanan/zonghe-gaige.md"), "https://example.org/almanac/"
    )
    assert text.startswith("## 引用本文 {: #cite }")
    assert (
        "何霜, 杜林燕, 张骞月. 深化改革创新 推动南岸教育优质均衡发展[EB/OL]. 区县教育年鉴"
        '[<span class="almanac-cite__accessed">引用日期</span>]. '
        '<span class="almanac-cite__url">https://example.org/almanac/articles/nanan/zonghe-gaige/</span>.'
    ) in text
    assert "南岸区" not in text.split("\n", 1)[1].split("[EB/OL]")[1]
    assert text.rstrip().endswith(
        "本站永久链接：<https://example.org/almanac/articles/nanan/zonghe-gaige/>\n\n</div>"
    )


def test_citation_with_a_newspaper_follows_gbt_7714(corpus):
    e = entry(corpus, "articles/banan/liuda-gongcheng.md")
    added = {"source_name": "重庆日报", "published": "2023-09-12", "page": "第7版"}
    text = citation_markdown(with_meta(e, **added), None)
    assert (
        "何霜, 杜林燕, 胡忠英. 巴南“六大工程”齐发力 加快建设高品质教育强区[N]. 重庆日报, 2023-09-12(7).</p>"
        in text
    )
    assert "引用日期" not in text  # a newspaper reference has no access date
    assert "本站永久链接：[/articles/banan/liuda-gongcheng/](liuda-gongcheng.md)" in text


def test_zip_is_deterministic_and_complete(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text("<h1>年鉴</h1>", encoding="utf-8")
    (site / "a" / "b.html").write_text("b", encoding="utf-8")
    first, second = tmp_path / "1.zip", tmp_path / "2.zip"
    assert zip_site(site, first) == 2
    (site / "index.html").touch()  # a new mtime must not change the zip
    zip_site(site, second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert archive.namelist() == ["a/b.html", "index.html"]
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    with zipfile.ZipFile(
        zip_site(site, tmp_path / "3.zip", top="almanac") and tmp_path / "3.zip"
    ) as archive:
        assert archive.namelist() == ["almanac/a/b.html", "almanac/index.html"]


def test_zip_refuses_a_folder_without_a_site(tmp_path):
    with pytest.raises(AlmanacError, match="index.html"):
        zip_site(tmp_path, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_site_pages_include_the_reference_pages_and_are_deterministic(corpus):
    from generator.enrich.almanac import enrich
    from generator.render.site import generate_pages

    first, second = generate_pages(enrich(corpus)), generate_pages(enrich(corpus))
    assert {"chronology/index.md", "schools/index.md", "glossary/index.md"} <= set(first)
    assert first == second


def test_offline_zip_command(tmp_path, capsys):
    from generator.cli import main

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("x", encoding="utf-8")
    assert main(["offline-zip", str(tmp_path / "site"), str(tmp_path / "out.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        assert archive.namelist() == ["almanac/index.html"]
    capsys.readouterr()
    assert main(["offline-zip", str(tmp_path / "nothing"), str(tmp_path / "bad.zip")]) == 1
    err = capsys.readouterr().err
    assert (
        err == f"almanac offline-zip: {tmp_path / 'nothing'}: 没有 index.html，请先构建离线版网站\n"
    )
    # A folder the zip cannot be written into is said as such, not a traceback.
    (tmp_path / "locked").write_text("a file where the zip's folder should be", encoding="utf-8")
    assert main(["offline-zip", str(tmp_path / "site"), str(tmp_path / "locked" / "x.zip")]) == 1
    assert capsys.readouterr().err.startswith("almanac offline-zip: ")
