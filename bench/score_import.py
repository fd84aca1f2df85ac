"""Score the importer on a synthetic corpus against its ground truth.

bench/make_corpus.py knows what every synthetic article really is (title,
district, authors, captions, section headings, paragraphs); this imports the
corpus into a throwaway project and lists every way an imported article
differs from that answer key, by kind:

  missing/extra      the page gave fewer/more articles than it holds
  district, untitled, title, subtitle, authors, captions, headings
  glued:<role>       a paragraph with a banner, headline, heading, caption or
                     byline joined to it
  <role> set as a paragraph  such a display line on its own, as a paragraph
  paragraphs         the paragraphs differ otherwise (merged, split, lost)

Usage: python bench/score_import.py --articles 1000 [--seed 7] [--show 5]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import Truth, make_corpus  # noqa: E402
from generator.importer import Importer  # noqa: E402
from generator.project import Project  # noqa: E402
from generator.store import Article, load_articles  # noqa: E402


def _flat(text: str) -> str:
    """Text without spaces or Markdown escapes: paragraphs are compared by their
    characters, not by where a column break dropped a phrase space."""
    return text.replace("\\", "").replace(" ", "").replace("\u3000", "")


def body_parts(article: Article) -> tuple[list[str], list[str]]:
    headings, paragraphs = [], []
    for block in article.body.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("#"):
            headings.append(block.lstrip("#").strip().replace("\\", ""))
        elif block:
            paragraphs.append(block.replace("\\", ""))
    return headings, paragraphs


def _glued(paragraph: str, truth: Truth) -> str | None:
    """The role of a display text joined to an imported paragraph, if any."""
    text = _flat(paragraph)
    if text in {_flat(p) for p in truth.paragraphs}:
        return None
    displays = [
        ("headline", truth.title),
        ("banner", truth.banner),
        ("byline", "".join(truth.authors)),
    ]
    displays += [("heading", h) for h in truth.headings] + [("caption", c) for c in truth.captions]
    displays = [(role, _flat(d)) for role, d in displays if d]
    flat = [_flat(p) for p in truth.paragraphs]
    body = "".join(flat)
    # Display texts in a row at either end of the paragraph, when what is left
    # starts (ends) where a real paragraph does; or, for a display text no
    # paragraph of the article contains, anywhere.
    for at_start in (True, False):
        stripped, roles = text, []
        while True:
            hit = next(
                (
                    (role, d)
                    for role, d in displays
                    if len(d) < len(stripped)
                    and (stripped.startswith(d) if at_start else stripped.endswith(d))
                ),
                None,
            )
            if hit is None:
                break
            roles.append(hit[0])
            stripped = stripped[len(hit[1]) :] if at_start else stripped[: -len(hit[1])]
        if roles and any(
            p.startswith(stripped[:12]) if at_start else p.endswith(stripped[-12:]) for p in flat
        ):
            return roles[0] if at_start else roles[-1]
    for role, display in displays:
        if len(display) >= 4 and display in text and display not in body:
            return role
    for role, display in displays:
        if text == display:
            return f"{role} set as a paragraph"
    for role, display in displays:
        if len(display) >= 4 and display in text and display not in body:
            return role
    return None


def compare(article: Article, truth: Truth) -> list[tuple[str, str]]:
    """(kind, detail) for every way ``article`` differs from ``truth``."""
    out: list[tuple[str, str]] = []
    meta = article.meta
    if article.district != truth.district:
        out.append(("district", f"{article.district} ≠ {truth.district}"))
    if "标题待补" in article.title:
        out.append(("untitled", f"expected {truth.title}"))
    elif article.title != truth.title:
        out.append(("title", f"{article.title} ≠ {truth.title}"))
    if meta.get("subtitle") or meta.get("kicker"):
        out.append(("subtitle", f"{meta.get('kicker', '')}|{meta.get('subtitle', '')}"))
    authors = list(dict.fromkeys(truth.authors))
    if list(meta.get("authors") or []) != authors:
        out.append(("authors", f"{meta.get('authors')} ≠ {authors}"))
    if list(meta.get("captions") or []) != truth.captions:
        out.append(("captions", f"{meta.get('captions')} ≠ {truth.captions}"))
    headings, paragraphs = body_parts(article)
    if headings != truth.headings:
        out.append(("headings", f"{headings} ≠ {truth.headings}"))
    glued = False
    for paragraph in paragraphs:
        role = _glued(paragraph, truth)
        if role:
            glued = True
            out.append((role if " " in role else f"glued:{role}", paragraph[:80]))
    if not glued and [_flat(p) for p in paragraphs] != [_flat(p) for p in truth.paragraphs]:
        out.append(("paragraphs", f"{len(paragraphs)} vs {len(truth.paragraphs)} expected"))
    return out


def score(root: Path, truth: list[Truth]) -> list[tuple[str, str, str]]:
    """(article key, kind, detail) for every mismatch in the imported project ``root``."""
    imported: dict[str, dict[int, Article]] = {}
    for article in load_articles(root / "docs"):
        file, _, index = str(article.meta.get("import_key", "")).rpartition("#")
        imported.setdefault(file, {})[int(index or 0)] = article
    out = []
    files = {t.file for t in truth}
    for t in truth:
        key = f"{t.file}#{t.index}"
        article = imported.get(t.file, {}).get(t.index)
        if article is None:
            out.append((key, "missing", t.title))
            continue
        out.extend((key, kind, detail) for kind, detail in compare(article, t))
    for file, articles in imported.items():
        expected = sum(1 for t in truth if t.file == file)
        for index in articles:
            if file not in files or index > expected:
                out.append((f"{file}#{index}", "extra", articles[index].title))
    return out


def import_corpus(
    work: Path, articles: int, seed: int, districts: int = 38
) -> tuple[Path, list[Truth]]:
    """A throwaway project under ``work`` with the synthetic corpus imported."""
    from tests.helpers import make_project

    root = make_project(work)
    truth: list[Truth] = []
    files = make_corpus(articles, root / "seeds", seed=seed, districts=districts, truth=truth)
    Importer(Project(root), quiet=True).run(files)
    return root, truth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=3, help="examples to print per kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root, truth = import_corpus(Path(tmp), args.articles, args.seed)
        mismatches = score(root, truth)
        shutil.rmtree(root)
    kinds = Counter(kind for _, kind, _ in mismatches)
    articles = len({key for key, _, _ in mismatches})
    print(f"{len(truth)} articles, {articles} with a mismatch, {len(mismatches)} mismatches")
    for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:16} {count}")
        for key, _, detail in [m for m in mismatches if m[1] == kind][: args.show]:
            print(f"      {key}: {detail[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
