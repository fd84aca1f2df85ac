"""SHA-256 of every file the almanac publishes, to prove a refactoring changes no byte.

For each fixture article set (tests/fixtures/articles, tests/fixtures/reader_articles)
a throw-away project is built three ways, with the generator of ``--code`` (default:
this checkout):

* ``site/``: ``mkdocs build --strict`` (the plugin);
* ``out/``: ``almanac pages --out`` (the plain MkDocs project for other engines),
  after the site build, and ``out-cold-cache/``: the same before it (empty cache);
* ``docs/``: ``almanac pages`` (generated pages written into docs/).

The digests of every file are written as JSON (``--write FILE``) or compared with an
earlier record (``--compare FILE``; exit 1 and the differing paths when any differ).
The build date MkDocs stamps into the sitemap is fixed by SOURCE_DATE_EPOCH and the
cache is a fresh folder, so two runs of the same code give the same record.

    python tools/output_digest.py --code /tmp/base --write /tmp/before.json
    python tools/output_digest.py --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_SETS = ("articles", "reader_articles")
EPOCH = "1704067200"  # 2024-01-01 UTC: the sitemap's build date


def _project(dest: Path, articles: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copytree(ROOT / "seeds", dest / "seeds")
    shutil.copytree(ROOT / "docs", dest / "docs", ignore=shutil.ignore_patterns("articles"))
    shutil.copytree(articles, dest / "docs" / "articles")
    return dest


def _digests(folder: Path, prefix: str) -> dict[str, str]:
    return {
        f"{prefix}/{p.relative_to(folder).as_posix()}": hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".almanac-cache" not in p.parts
    }


def record(
    code: Path, sets: tuple[str, ...] = FIXTURE_SETS, site: bool = True, hash_seed: str = "0"
) -> dict[str, str]:
    """Digest of every output file, keyed ``<fixture set>/<site|out|docs>/<path>``."""
    digests: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="almanac-digest-") as tmp:
        for name in sets:
            work = Path(tmp) / name
            env = dict(
                os.environ,
                PYTHONPATH=str(code),
                PYTHONHASHSEED=hash_seed,
                SOURCE_DATE_EPOCH=EPOCH,
                NO_MKDOCS_2_WARNING="1",
                ALMANAC_CACHE_DIR=str(work / "cache"),
            )

            def run(*args: str, cwd: Path, env=env) -> None:
                done = subprocess.run(
                    [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True
                )
                if done.returncode != 0:
                    sys.exit(f"{' '.join(args)} failed in {cwd}:\n{done.stdout}\n{done.stderr}")

            project = _project(work / "project", ROOT / "tests" / "fixtures" / name)
            # Before the build fills the cache, and after: the export must not depend on it.
            run("-m", "generator.cli", "pages", "-q", "--out", str(work / "cold"), cwd=project)
            if site:
                run(
                    "-m", "mkdocs", "build", "--strict", "-q", "-d", str(work / "site"), cwd=project
                )
            run("-m", "generator.cli", "pages", "-q", "--out", str(work / "out"), cwd=project)
            before = _digests(project / "docs", "")
            run("-m", "generator.cli", "pages", "-q", cwd=project)
            if site:
                digests.update(_digests(work / "site", f"{name}/site"))
            digests.update(_digests(work / "out", f"{name}/out"))
            digests.update(_digests(work / "cold", f"{name}/out-cold-cache"))
            # Only what `almanac pages` wrote into docs/, not the copied sources.
            written = _digests(project / "docs", "")
            digests.update({f"{name}/docs{k}": v for k, v in written.items() if before.get(k) != v})
    return dict(sorted(digests.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose generator builds")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the record to this JSON file")
    action.add_argument("--compare", type=Path, help="compare with this earlier record")
    args = parser.parse_args(argv)
    digests = record(args.code.resolve())
    if args.write:
        args.write.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
        print(f"{len(digests)} files recorded in {args.write}")
        return 0
    earlier = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = sorted(k for k in earlier.keys() | digests.keys() if earlier.get(k) != digests.get(k))
    for path in differ:
        state = "new" if path not in earlier else "gone" if path not in digests else "changed"
        print(f"{state}: {path}")
    print(f"{len(digests)} files, {len(differ)} differ from {args.compare}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
