"""Content-hash cache for per-article enrichment (front matter, schools, facts, dates).

An article that has not changed since the last build costs a file read and a
dictionary look-up instead of YAML parsing and jieba segmentation. An entry's
key is the SHA-256 of:

* :data:`CACHE_VERSION` and the kind of result (``schools``, ``facts`` …);
* the *dependencies* of that kind: the bytes of the data file it reads
  (``docs/data/schools.yml`` …), the source of the Python modules that compute
  it, and the versions of the libraries involved (jieba, cn2an, PyYAML);
* the article's docs-relative path and its full text.

So editing an article invalidates only that article's entries, editing
``schools.yml`` only the school entries, and changing the code everything it
affects — no entry is ever stale, and results are the same with or without the
cache (tests compare the pages byte for byte).

Entries are JSON, one file each under ``.almanac-cache/<kind>/`` at the
project root (gitignored; deleting it is always safe), written to a temporary
file and renamed into place, so concurrent builds never see half an entry. An
unreadable or malformed entry is treated as missing and recomputed. The same
entries are kept in memory, so ``mkdocs serve`` rebuilds do not even read them
from disk; entries not used in the last two builds are dropped from memory.

``ALMANAC_CACHE=0`` turns the cache off; ``ALMANAC_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

# Bump when the meaning of a cached value changes in a way the hashed module
# sources below would not show (e.g. a change in a shared helper module).
CACHE_VERSION = 1
CACHE_DIR_NAME = ".almanac-cache"
_MISSING = object()
MAX_ENTRY_BYTES = 16 * 1024 * 1024
_INSTANCES: dict[Path, ArticleCache] = {}


@cache
def code_fingerprint(*modules: str) -> str:
    """SHA-256 of the source files of ``modules`` (dotted names) and of the
    versions of the libraries whose output is cached."""
    import importlib

    digest = hashlib.sha256()
    for name in modules:
        module = importlib.import_module(name)
        assert module.__file__ is not None  # a module of this package, not a namespace
        digest.update(name.encode() + b"\0" + Path(module.__file__).read_bytes() + b"\0")
    for dist in ("jieba", "cn2an", "PyYAML"):
        try:
            digest.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}=?\0".encode())
    return digest.hexdigest()


def file_fingerprint(path: Path) -> str:
    """SHA-256 of a data file's bytes ("absent" when it does not exist)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return "absent"


class ArticleCache:
    """Per-article results keyed by content hash, in memory and (optionally) on disk."""

    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory is not None else None
        self._current: dict[str, str] = {}  # key → JSON text, used in this build
        self._previous: dict[str, str] = {}  # … used in the build before
        self.hits = 0
        self.misses = 0
        self.missed: dict[str, int] = {}  # kind → misses in this build

    @classmethod
    def for_project(cls, project) -> ArticleCache | None:
        """The project's cache, or None when ``ALMANAC_CACHE`` is 0/false/off/no.

        One instance per cache folder and process: the memory part serves every
        build of a ``mkdocs serve`` and whatever calls ``Corpus.load`` in between.
        """
        if os.environ.get("ALMANAC_CACHE", "1").strip().lower() in ("0", "false", "off", "no"):
            return None
        directory = Path(
            os.environ.get("ALMANAC_CACHE_DIR") or Path(project.root) / CACHE_DIR_NAME
        ).absolute()
        instance = _INSTANCES.get(directory)
        if instance is None:
            instance = _INSTANCES[directory] = cls(directory)
        return instance

    def new_build(self) -> None:
        """Start a build: entries unused for two builds leave memory (not the disk)."""
        if self._current:
            self._previous = self._current
            self._current = {}
        self.hits = self.misses = 0
        self.missed = {}

    @staticmethod
    def key(kind: str, dependencies: str, *parts: str) -> str:
        digest = hashlib.sha256(f"{CACHE_VERSION}\0{kind}\0{dependencies}\0".encode())
        for part in parts:
            digest.update(part.encode("utf-8") + b"\0")
        return digest.hexdigest()

    def get_or_compute(
        self,
        kind: str,
        key: str,
        compute: Callable[[], Any],
        encode: Callable[[Any], Any] = lambda value: value,
        decode: Callable[[Any], Any] = lambda data: data,
    ) -> Any:
        """``decode(cached)`` for ``key``, else ``compute()`` (stored as ``encode(result)``).

        A value whose encoding does not survive a JSON round trip unchanged (a
        date in front matter, say) is returned but not stored.
        """
        text = self._lookup(kind, key)
        if text is not None:
            try:
                stored = json.loads(text)
                value = decode(stored["value"]) if stored.get("key") == key else _MISSING
            except Exception:  # a damaged or foreign entry is a miss, never an error
                value = _MISSING
            if value is not _MISSING:
                self.hits += 1
                self._current[key] = text
                return value
        self.misses += 1
        self.missed[kind] = self.missed.get(kind, 0) + 1
        value = compute()
        try:
            data = encode(value)
            text = json.dumps({"key": key, "value": data}, ensure_ascii=False, sort_keys=False)
            if json.loads(text)["value"] != data:
                return value
        except (TypeError, ValueError):
            return value  # not representable as JSON: just not cached
        self._current[key] = text
        self._write(kind, key, text)
        return value

    # ------------------------------------------------------------ storage

    def _path(self, kind: str, key: str) -> Path:
        assert self.directory is not None  # callers check: an in-memory cache has no files
        return self.directory / kind / key[:2] / f"{key}.json"

    def _lookup(self, kind: str, key: str) -> str | None:
        text = self._current.get(key)
        if text is None:
            text = self._previous.get(key)
        if text is None and self.directory is not None:
            try:
                path = self._path(kind, key)
                if path.stat().st_size > MAX_ENTRY_BYTES:
                    return None  # no entry this project writes is that large: recompute
                text = path.read_text(encoding="utf-8")
            except (OSError, ValueError):  # ValueError: not UTF-8
                text = None
        return text

    def _write(self, kind: str, key: str, text: str) -> None:
        if self.directory is None:
            return
        target = self._path(kind, key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=target.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(tmp, target)  # atomic: readers see no entry or the whole entry
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
        except (OSError, UnicodeError):
            pass  # a read-only or full disk makes the cache memory-only, not the build fail
