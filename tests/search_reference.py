"""Reference implementation of the browser's search (almanac-search.js), for tests:
candidate chunks in the order the browser fetches them, and the matching pieces."""

from __future__ import annotations

import json
from pathlib import Path

from generator.search.keys import decode_ids, query_keys, shard_of, term_positions


def _shard_entry(index_dir: Path, manifest: dict, key: str) -> list[int]:
    shard = json.loads(
        (index_dir / f"shards/{shard_of(key, manifest['shards'])}.json").read_text(encoding="utf-8")
    )
    return decode_ids(shard.get(key, ""))


def ranked_candidates(index_dir: Path, query: str) -> list[int]:
    """Candidate chunk ids of ``query`` in the order the browser fetches them
    (``candidates`` in almanac-search.js): chunks whose page title has every key
    of a term first, then those where a heading with it starts, then by id."""
    index_dir = Path(index_dir)
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    chunks: set[int] | None = None
    rank: dict[int, int] = {}
    for term in dict.fromkeys(query.split()):
        keys = query_keys(term)
        if not keys:
            return []
        for key in keys:
            ids = set(_shard_entry(index_dir, manifest, key))
            chunks = ids if chunks is None else chunks & ids
        for prefix, weight in (("^", 1), ("#", 2)):
            hit = set.intersection(
                *(set(_shard_entry(index_dir, manifest, prefix + key)) for key in keys)
            )
            for cid in hit:
                rank[cid] = max(rank.get(cid, 0), weight)
    return sorted(chunks or (), key=lambda cid: (-rank.get(cid, 0), cid))


def search(index_dir: Path, query: str) -> list[dict]:
    """Reference implementation of the browser's matching (no ranking, no paging):
    the pieces containing every whitespace-separated term of ``query``, in index order
    (one hit per page and anchor)."""
    index_dir = Path(index_dir)
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    terms = query.split()
    candidates: set[int] | None = None
    for term in terms:
        keys = query_keys(term)
        if not keys:
            return []
        for key in keys:
            shard = json.loads(
                (index_dir / f"shards/{shard_of(key, manifest['shards'])}.json").read_text(
                    encoding="utf-8"
                )
            )
            ids = set(decode_ids(shard.get(key, "")))
            candidates = ids if candidates is None else candidates & ids
    found: dict[int, dict] = {}  # page id → {"page", "anchors": {anchor: heading}, "title_only"}
    for cid in sorted(candidates or ()):
        chunk = json.loads((index_dir / f"docs/{cid}.json").read_text(encoding="utf-8"))
        for pid, anchor, heading, text in chunk["s"]:
            entry = found.setdefault(
                pid, {"page": chunk["p"][str(pid)], "anchors": {}, "title_only": False}
            )
            if all(term_positions(heading + "\n" + text, t) for t in terms):
                entry["anchors"].setdefault(anchor, heading)
            elif all(term_positions(entry["page"]["t"], t) for t in terms):
                entry["title_only"] = True
    hits = []
    for pid in sorted(found):
        entry, page = found[pid], found[pid]["page"]
        anchors = entry["anchors"] or ({"": ""} if entry["title_only"] else {})
        for anchor, heading in anchors.items():
            url = page["u"] + (f"#{anchor}" if anchor else "")
            hits.append({"url": url, "title": page["t"], "heading": heading, "district": page["d"]})
    return hits
