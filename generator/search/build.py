"""Index files of the search index: pieces, chunks, posting shards, manifest, writing.

Sections are cut at paragraph ends into pieces of at most ``PIECE_CHARS``;
consecutive pieces form document chunks of about ``CHUNK_CHARS``
(``search/docs/<n>.json``, with title, district and URL of their pages). Posting
keys (:mod:`.keys`) map to chunk ids and are spread over ``search/shards/<n>.json``;
the shard count grows with the corpus so a shard stays around
``SHARD_TARGET_BYTES``. Everything is written beside the old index and swapped in.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path

from ..memo import IndexMemo
from . import keys
from .extract import Page, collect_pages
from .keys import BUNDLE_NAME, INDEX_DIR, encode_ids, shard_of

FORMAT_VERSION = 1
SHARD_TARGET_BYTES = 32 * 1024
PIECE_CHARS = 1200  # a section longer than this is indexed and fetched in pieces
CHUNK_CHARS = 3000  # pieces per document file (search/docs/<n>.json)
HEADING_CHUNKS = 3  # ^key postings per page (the browser shows 3 sections of a page)
MIN_SHARDS, MAX_SHARDS = 8, 4096


def pieces_of(pages: list[Page]) -> list[tuple[int, str, str, str]]:
    """(page id, anchor, heading, text) pieces: each section, cut at paragraph ends
    into pieces of at most ``PIECE_CHARS`` (a longer paragraph stays whole), so a
    huge generated section (大事记 of a year, 全部文章) is never fetched whole."""
    return [piece for piece, _first in _pieces(pages)]


def _pieces(pages: list[Page]) -> list[tuple[tuple[int, str, str, str], int]]:
    """:func:`pieces_of` with where each piece starts: 2 = the page's first piece,
    1 = a section's first piece, 0 = a later piece of a section."""
    out = []
    for pid, page in enumerate(pages):
        start = 2
        for anchor, heading, text in page.sections:
            lines: list[str] = []
            size = 0
            for line in text.split("\n"):
                if lines and size + len(line) > PIECE_CHARS:
                    out.append(((pid, anchor, heading, "\n".join(lines)), start))
                    lines, size, start = [], 0, 0
                lines.append(line)
                size += len(line) + 1
            out.append(((pid, anchor, heading, "\n".join(lines)), start))
            start = 1
    return out


def chunk_pieces(pieces: list[tuple[int, str, str, str]]) -> list[list[tuple[int, str, str, str]]]:
    """Consecutive pieces grouped into chunks of about ``CHUNK_CHARS`` characters."""
    chunks: list[list] = []
    size = CHUNK_CHARS
    for piece in pieces:
        length = len(piece[2]) + len(piece[3])
        if size + length > CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(piece)
        size += length
    return chunks


def build_index(pages: list[Page], memo: IndexMemo | None = None) -> dict[str, str]:
    """All index files as {relative path under search/: text}; pure and deterministic.

    Posting lists hold chunk ids: the browser verifies every piece of a candidate
    chunk anyway, so finer postings would only make the index bigger. The page
    title's keys (plain and ``#key``) go with the page's first chunk only, and
    ``^key`` with the chunk where a heading's section starts, at most
    ``HEADING_CHUNKS`` chunks of one page per key: so the first chunks fetched for
    a term in many titles are one per page, not every chunk of one long page.

    ``memo`` (``mkdocs serve``'s rebuilds, generator/memo.py) keeps the keys of each
    text, so a chunk whose text did not change costs a look-up, not its bigrams; and
    the last build's postings, so an edit that changed a few chunks' keys changes
    those chunks' ids in the postings instead of making them all again."""
    keys_of = (
        keys.keys_of if memo is None else lambda text: memo.keys.get(text, lambda: _keys_of(text))
    )
    marked = _pieces(pages)
    chunks = chunk_pieces([piece for piece, _start in marked])
    starts = iter([start for _piece, start in marked])
    postings: defaultdict[str, list[int]] = defaultdict(list)
    heading_pages: dict[str, list[int]] = {}  # ^key → [page id, its chunks so far, last chunk id]
    chunk_keys: list[AbstractSet[str]] = []  # with a memo: every key of each chunk
    for cid, chunk in enumerate(chunks):
        # Runs never cross a line end, so the keys of the joined text are the union of each part's keys.
        texts: list[str] = []
        titled: set[str] = set()
        headed: set[str] = set()
        previous_heading = None
        for pid, _anchor, heading, text in chunk:
            start = next(starts)
            if heading != previous_heading:
                texts.append(heading)
                previous_heading = heading
            texts.append(text)
            if start == 2:
                titled = titled | keys_of(pages[pid].title)
            if start and heading:
                for key in keys_of(heading):
                    seen = heading_pages.setdefault(key, [pid, 0, -1])
                    if seen[0] != pid:
                        seen[:] = [pid, 0, -1]
                    if seen[2] != cid and seen[1] < HEADING_CHUNKS:
                        seen[1], seen[2] = seen[1] + 1, cid
                        headed.add(key)
        body = keys_of("\n".join(texts)) | titled
        if memo is not None:
            chunk_keys.append(body | {"#" + k for k in titled} | {"^" + k for k in headed})
            continue
        for ids in map(postings.__getitem__, body):
            ids.append(cid)
        for key in titled:
            postings["#" + key].append(cid)
        for key in headed:
            postings["^" + key].append(cid)
    if memo is None:
        encoded = {key: encode_ids(ids) for key, ids in postings.items()}
    else:
        encoded = _memo_postings(chunk_keys, memo)
    total = sum(len(k.encode()) + len(v) + 6 for k, v in encoded.items())
    shards = MIN_SHARDS
    while shards < MAX_SHARDS and total / shards > SHARD_TARGET_BYTES:
        shards *= 2
    by_shard: dict[int, dict[str, str]] = {n: {} for n in range(shards)}
    for key in sorted(encoded):
        by_shard[shard_of(key, shards)][key] = encoded[key]
    files: dict[str, str] = {}
    for n, content in by_shard.items():
        files[f"shards/{n}.json"] = _dumps(content)
    for cid, chunk in enumerate(chunks):
        used = sorted({pid for pid, *_ in chunk})
        files[f"docs/{cid}.json"] = _dumps(
            {
                "p": {str(pid): pages[pid].as_json() for pid in used},
                "s": [list(piece) for piece in chunk],
            }
        )
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    manifest = {
        "version": FORMAT_VERSION,
        "shards": shards,
        "chunks": len(chunks),
        "pages": len(pages),
        "build": digest.hexdigest()[:12],
    }
    files["manifest.json"] = _dumps(manifest)
    return files


def _memo_postings(chunk_keys: list[AbstractSet[str]], memo: IndexMemo) -> dict[str, str]:
    """The encoded postings of ``chunk_keys``: the last build's, with the ids of the
    chunks whose keys changed taken out of and put into the keys concerned, when
    there are as many chunks as before and few changed; else made whole."""
    last = memo.last
    patched = None
    if last is not None and len(last[0]) == len(chunk_keys):
        old_keys, postings, encoded = last
        changed = [
            cid for cid, (a, b) in enumerate(zip(old_keys, chunk_keys, strict=True)) if a != b
        ]
        if len(changed) <= max(8, len(chunk_keys) // 20):
            postings, encoded = dict(postings), dict(encoded)
            touched: set[str] = set()
            for cid in changed:
                for key in old_keys[cid] ^ chunk_keys[cid]:
                    if key not in touched:  # the last build's lists are never changed
                        postings[key] = list(postings.get(key, ()))
                        touched.add(key)
                    if key in chunk_keys[cid]:
                        bisect.insort(postings[key], cid)
                    else:
                        postings[key].remove(cid)
            for key in touched:
                if postings[key]:
                    encoded[key] = encode_ids(postings[key])
                else:
                    del postings[key], encoded[key]
            patched = postings, encoded
    if patched is None:
        lists: defaultdict[str, list[int]] = defaultdict(list)
        for cid, chunk in enumerate(chunk_keys):
            for ids in map(lists.__getitem__, chunk):
                ids.append(cid)
        patched = dict(lists), {key: encode_ids(ids) for key, ids in lists.items()}
    memo.last = (chunk_keys, *patched)
    return patched[1]


def _keys_of(text: str) -> frozenset[str]:
    return frozenset(keys.keys_of(text))


def bundle_js(files: dict[str, str]) -> str:
    """The whole index as one script (for the offline edition: browsers refuse fetch() from file://)."""
    data = {name: json.loads(text) for name, text in sorted(files.items())}
    return "window.__almanacSearchBundle=" + _dumps(data) + ";\n"


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def write_index(
    site_dir: Path,
    districts: dict[str, str] | None = None,
    articles: set[str] | frozenset = frozenset(),
    bundle: bool = False,
    known: Mapping[str, Page | None] | None = None,
    listings: set[str] | frozenset = frozenset(),
    memo: IndexMemo | None = None,
) -> dict:
    """Build the index of ``site_dir`` into ``site_dir/search/`` (replacing it whole); returns stats.
    ``known``: pages the build has read already; ``listings``: URLs of the pages indexed
    by their title and headings only (both: :func:`.extract.collect_pages`); ``memo``:
    :func:`build_index`'s."""
    site_dir = Path(site_dir)
    pages = collect_pages(site_dir, districts, articles, known=known, listings=listings)
    files = build_index(pages, memo)
    if bundle:
        files[BUNDLE_NAME] = bundle_js(files)
    target = site_dir / INDEX_DIR
    try:
        _swap_in(target, files)
    except OSError as exc:
        from ..store import WriteError, write_problem

        raise WriteError(exc.filename or target, 1, write_problem(exc)) from None
    manifest = json.loads(files["manifest.json"])
    return {
        "pages": len(pages),
        "sections": sum(len(p.sections) for p in pages),
        "shards": manifest["shards"],
        "bytes": sum(len(t.encode()) for t in files.values()),
    }


def _swap_in(target: Path, files: dict[str, str]) -> None:
    target.mkdir(exist_ok=True)
    # Written beside the index and swapped in entry by entry, so a failed build
    # never leaves half an index; other engines' files in search/ are left alone.
    staging = Path(tempfile.mkdtemp(prefix=".almanac-", dir=target))
    try:
        for name, text in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for path in staging.rglob("*"):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        for name in ("shards", "docs", "manifest.json", BUNDLE_NAME):
            old = target / name
            if old.is_dir():
                shutil.rmtree(old)
            elif old.exists():
                old.unlink()
            if (staging / name).exists():
                os.replace(staging / name, old)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
