"""The ``almanac`` command line: one sub-command per pipeline step."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .project import Project


def _cmd_import(args: argparse.Namespace) -> int:
    from .build import guarded
    from .importer import run_import
    from .read import SeedError
    from .structure import PUBLICATION_KEYS, publication_value

    project = Project.find(args.root)
    try:  # a bad option value is a usage error: exit 2, as argparse's own
        publication = {
            key: publication_value(key, value, f"--{key.replace('_', '-')}")
            for key in PUBLICATION_KEYS
            if (value := getattr(args, key)) is not None
        }
    except SeedError as exc:
        print(f"almanac import: {exc}", file=sys.stderr)
        return 2

    def import_seeds() -> int:
        # An unreadable districts.yml or no seeds stop the run before any seed is read;
        # a seed that cannot be imported is reported and the next one is tried.
        return run_import(
            project,
            [Path(p) for p in args.seeds],
            force=args.force,
            quiet=args.quiet,
            dry_run=args.dry_run,
            publication=publication,
        )

    return guarded("almanac import", project.root, import_seeds)


def _cmd_pages(args: argparse.Namespace) -> int:
    from .build import guarded, write_pages, write_plain_project

    project = Project.find(args.root)
    if args.out is not None:
        # The export's mkdocs.yml reads ALMANAC_SITE_URL when built: the same address.
        site_url = args.site_url or os.environ.get("ALMANAC_SITE_URL") or None
        return guarded(
            "almanac pages",
            project.root,
            lambda: write_plain_project(project, args.out, site_url=site_url, quiet=args.quiet),
        )
    return guarded("almanac pages", project.root, lambda: write_pages(project, quiet=args.quiet))


def _cmd_facts(args: argparse.Namespace) -> int:
    from .build import guarded, prepare
    from .render.facts_page import facts_csv, facts_json

    project = Project.find(args.root)

    def facts() -> int:
        data = prepare(project, check=False, cache=False).almanac.facts
        sys.stdout.write(facts_json(data) if args.json else facts_csv(data).lstrip("\ufeff"))
        return 0

    return guarded("almanac facts", project.root, facts)


def _cmd_check(args: argparse.Namespace) -> int:
    from .check import check_project, errors

    project = Project.find(args.root)
    problems = check_project(project)
    for problem in problems:
        print(problem)
    failed = errors(problems)
    if failed:
        files = len({p.path for p in failed})
        print(
            f"almanac check: {len(failed)} 个问题，涉及 {files} 个文件（说明见编辑指南 docs/guide.md）",
            file=sys.stderr,
        )
        return 1
    note = f"（另有 {len(problems)} 条提醒）" if problems else ""
    print(f"almanac check: 全部文章和数据文件检查通过{note}")
    return 0


def _cmd_offline_zip(args: argparse.Namespace) -> int:
    from .build import guarded
    from .offline import zip_site

    def pack() -> int:
        count = zip_site(args.site_dir, args.output, top=args.top)
        print(f"almanac offline-zip: {count} files → {args.output}")
        return 0

    return guarded("almanac offline-zip", Path.cwd(), pack)


def _cmd_search_index(args: argparse.Namespace) -> int:
    from .build import guarded, prepare
    from .errors import AlmanacError
    from .render.site import generate_pages, listing_pages
    from .search.build import write_index
    from .search.extract import listing_urls, site_facts

    project = Project.find(args.root)

    def index() -> int:
        if not (args.site_dir / "index.html").is_file():
            raise AlmanacError(f"{args.site_dir}: 没有 index.html，请先构建网站")
        almanac = prepare(project, check=False, cache=False).almanac
        districts, articles = site_facts(almanac.corpus)
        listings = listing_urls(listing_pages(generate_pages(almanac)))
        stats = write_index(
            args.site_dir, districts, articles, bundle=args.bundle, listings=listings
        )
        print(
            f"almanac search-index: {stats['pages']} pages, {stats['sections']} sections, "
            f"{stats['shards']} shards, {stats['bytes'] / 1024:.0f} KiB → {args.site_dir / 'search'}"
        )
        return 0

    return guarded("almanac search-index", project.root, index)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="almanac", description="区县教育年鉴 generator")
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="almanac checkout (default: the one containing the cwd)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "import", help="seed texts → one Markdown article per newspaper article in docs/articles/"
    )
    p.add_argument(
        "seeds",
        nargs="*",
        help="seed files: text, saved web pages, Word .docx, newspaper PDFs (default: seeds/*.{txt,html,htm,docx,pdf})",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="overwrite hand-edited articles (a backup is kept first)",
    )
    p.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    p.add_argument(
        "--published",
        default=None,
        help="publication date of these seeds (2024-06-18), over what the page says",
    )
    p.add_argument(
        "--source-name", dest="source_name", default=None, help="the newspaper or site (重庆日报)"
    )
    p.add_argument("--page", default=None, help="page or edition (第7版, A3版)")
    p.add_argument("--source-url", dest="source_url", default=None, help="the original web address")
    p.set_defaults(func=_cmd_import)

    p = sub.add_parser(
        "pages",
        help="write the generated index pages as plain Markdown into docs/ (for engines without the plugin)",
    )
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        help="instead: write a complete plain MkDocs project (mkdocs.yml without the almanac plugin, docs/ with "
        "rendered articles and generated pages) into this folder",
    )
    p.add_argument(
        "--site-url",
        default=None,
        help="with --out: the published address (default: $ALMANAC_SITE_URL), for absolute citation "
        "permalinks and the path the export's raw-HTML links start from (else /)",
    )
    p.set_defaults(func=_cmd_pages)

    p = sub.add_parser(
        "facts",
        help="print every figure found in the articles, with its source (CSV, or JSON with --json)",
    )
    p.add_argument("--json", action="store_true", help="JSON instead of CSV")
    p.set_defaults(func=_cmd_facts)

    p = sub.add_parser(
        "check",
        help="validate every article and data file; print each problem as path:line: message",
    )
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser(
        "offline-zip",
        help="pack an offline build (ALMANAC_OFFLINE=true mkdocs build) into a deterministic zip",
    )
    p.add_argument("site_dir", type=Path, help="the offline build, e.g. build/offline-site")
    p.add_argument("output", type=Path, help="zip to write, e.g. build/almanac-offline.zip")
    p.add_argument("--top", default="almanac", help="folder inside the zip (default: almanac)")
    p.set_defaults(func=_cmd_offline_zip)

    p = sub.add_parser(
        "search-index",
        help="write the Chinese search index (search/) into a built site (the plugin does this on every build)",
    )
    p.add_argument("site_dir", type=Path, help="the built site, e.g. site/")
    p.add_argument(
        "--bundle",
        action="store_true",
        help="also write search/bundle.js, for a site opened from the file system",
    )
    p.set_defaults(func=_cmd_search_index)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
