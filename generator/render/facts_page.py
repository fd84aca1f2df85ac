"""The 区县数据对比 page, its CSV/JSON downloads, bar charts and per-district fact lists.

``pages(almanac)`` gives ``facts/index.md`` (table: rows = metrics, columns =
districts; each figure links to its paragraph and quotes its sentence),
``facts/facts.csv`` and ``facts/facts.json`` (every fact with provenance, the
same rows the table shows plus the unclassified ones; the JSON holds what rows
share once: see ``facts_json``). Charts are inline SVG
drawn at build time, so they read without JavaScript; colours come from the
theme (``currentColor`` and Material's CSS variables), so light and dark both work.
"""

from __future__ import annotations

import csv
import io
import json
import posixpath

from jinja2 import Environment

from ..enrich.almanac import Almanac
from ..enrich.facts import Metric, SourcedFact
from ..enrich.facts_table import FactsData
from ..paths import (
    FACTS_CSV,
    FACTS_JSON,
    FACTS_PAGE,
    ONLINE,
    SitePaths,
    district_page,
    relative_link,
)
from .jinja import html_environment

CSV_COLUMNS = (
    "district",
    "district_slug",
    "metric",
    "metric_name",
    "value",
    "unit",
    "display",
    "measure",
    "scope",
    "qualifier",
    "period",
    "label",
    "noun",
    "sentence",
    "article_title",
    "article_path",
    "paragraph",
    "url",
    "source",
    "note",
)


def _environment(corpus) -> Environment:
    return html_environment(corpus.project.templates_dir)


def figure_text(f: SourcedFact) -> str:
    """The figure as shown in a cell, in its metric's unit: 近1.7万名, 10个 (10大), 17万人
    (惠及17万学生); an unclassified bare 万 figure keeps its noun (3万学生)."""
    if f.fact.metric:
        return f.fact.in_unit
    text = f.fact.display
    if not f.fact.unit and f.fact.noun:
        text += f.fact.noun
    return text


def _as_written(f: SourcedFact) -> str:
    """The figure in the text's words: 10大, 17万学生 (a bare 万 figure with its noun)."""
    return f.fact.display + (f.fact.noun if not f.fact.measure else "")


def _cell_items(
    facts: list[SourcedFact],
    page: str,
    site: SitePaths = ONLINE,
    data: FactsData | None = None,
) -> list[dict]:
    labels = {f.fact.label for f in facts}
    items = []
    for f in facts:
        items.append(
            {
                "figure": figure_text(f),
                "written": _as_written(f) if figure_text(f) != f.fact.display else "",
                "scope": f.fact.scope,
                "incomparable": bool(data and data.incomparable(f)),
                "label": f.fact.label if len(labels) > 1 else "",
                "period": f.fact.period,
                "sentence": f.fact.sentence,
                "href": site.page_link(page, f.docs_path, f.anchor),
                "district": f.district,
                "article_title": f.article_title,
                "note": f.note,
                "source": f.source,
                "context": f.fact.context if f.fact.context[1] else ("", f.fact.display, ""),
                "metric_name": "",
            }
        )
    return items


def sentence_groups(facts: list[SourcedFact], items: list[dict]) -> list[dict]:
    """The figures of a list, one entry per sentence: a sentence with twelve figures
    is shown once, each figure marked in it, not twelve times (issue 16).

    Each group is ``{"parts": [(text, item or None)], "title", "metric_names",
    "item"}``; ``parts`` is empty when the figures cannot be placed in their
    sentence (an editor's figure without one), and ``item`` is then shown alone."""
    groups: dict[tuple, list[tuple[SourcedFact, dict]]] = {}
    for f, item in zip(facts, items, strict=True):
        key = (f.link, f.fact.sentence) if f.fact.sentence else (f.link, id(f))
        groups.setdefault(key, []).append((f, item))
    out = []
    for members in groups.values():
        members.sort(key=lambda m: m[0].fact.start)
        sentence = members[0][0].fact.sentence
        parts: list[tuple[str, dict | None]] = []
        cursor = 0
        for _, item in members:
            figure = item["context"][1]
            at = sentence.find(figure, cursor) if sentence and figure else -1
            if at < 0:
                parts = []
                break
            parts += [(sentence[cursor:at], None), (figure, item)]
            cursor = at + len(figure)
        if parts:
            parts.append((sentence[cursor:], None))
            names = list(
                dict.fromkeys(i["metric_name"] for _, i in members if i.get("metric_name"))
            )
            out.append(
                {
                    "parts": [p for p in parts if p[0]],
                    "title": members[0][1]["article_title"],
                    "metric_names": names,
                    "item": None,
                }
            )
        else:
            out.extend(
                {"parts": [], "title": i["article_title"], "metric_names": [], "item": i}
                for _, i in members
            )
    return out


def _json_number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# ---------------------------------------------------------------- charts

# Each bar under its label line (district · label on the left, the figure on the
# right): the whole width is the bars', and the chart stays narrow enough that a
# phone (390 px, about 358 px of text) scales it to 0.94, so 14-unit text reads at 13 px.
CHART_WIDTH = 380
FONT_SIZE = 14  # as docs/stylesheets/facts.css sets it (the sanitiser drops font-size attributes)
LABEL_HEIGHT = 18
BAR_HEIGHT = 12
ROW_GAP = 10


def chart_svg(corpus, metric, facts: list[SourcedFact], chart_id: str = "") -> str:
    """Horizontal bar chart, one bar per figure, as static SVG markup."""
    labels_per_district: dict[str, set[str]] = {}
    bars_per_district: dict[str, int] = {}
    for f in facts:
        labels_per_district.setdefault(f.district, set()).add(f.fact.label)
        bars_per_district[f.district] = bars_per_district.get(f.district, 0) + 1
    top = max(float(f.fact.value) for f in facts) or 1.0
    row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    bars = []
    for i, f in enumerate(facts):
        name = f.district
        if len(labels_per_district[f.district]) > 1 or bars_per_district[f.district] > 1:
            name += " · " + (f.fact.label or f.fact.period or str(i + 1))
        y = ROW_GAP // 2 + i * row
        bars.append(
            {
                "name": name,
                "figure": figure_text(f) + (f"（{f.fact.period}）" if f.fact.period else ""),
                "text_y": y + FONT_SIZE,
                "y": y + LABEL_HEIGHT,
                "width": max(1.0, round(CHART_WIDTH * float(f.fact.value) / top, 1)),
            }
        )
    height = ROW_GAP // 2 + len(facts) * row
    template = _environment(corpus).get_template("facts/chart.svg.j2")
    return template.render(
        metric=metric,
        bars=bars,
        width=CHART_WIDTH,
        height=height,
        bar_height=BAR_HEIGHT,
        font_size=FONT_SIZE,
        chart_id=chart_id or f"chart-{metric.slug}",
        summary="；".join(f"{b['name']} {b['figure']}" for b in bars),
    ).strip()


def comparable_metrics(data: FactsData) -> list[tuple[Metric, list[SourcedFact]]]:
    """Metrics reported by two or more districts, with their figures in table order."""
    return data.comparable


# ---------------------------------------------------------------- downloads


def fact_rows(data: FactsData) -> list[dict[str, str]]:
    rows = []
    for f in data.facts:
        rows.append(
            {
                "district": f.district,
                "district_slug": f.district_slug,
                "metric": f.fact.metric or "",
                "metric_name": data.metric_name(f.fact.metric),
                "value": _json_number(f.fact.value),
                "unit": f.fact.unit,
                "display": figure_text(f),
                "measure": f.fact.measure,
                "scope": f.fact.scope,
                "qualifier": f.fact.qualifier,
                "period": f.fact.period,
                "label": f.fact.label,
                "noun": f.fact.noun,
                "sentence": f.fact.sentence,
                "article_title": f.article_title,
                "article_path": f.docs_path,
                "paragraph": f.anchor,
                "url": f.link,
                "source": f.source,
                "note": f.note,
            }
        )
    return rows


def facts_csv(data: FactsData) -> str:
    out = io.StringIO()
    # BOM: spreadsheet programs then read the Chinese text as UTF-8.
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(fact_rows(data))
    return out.getvalue()


# facts.json holds the rows of facts.csv without repeating what many rows share: an
# article's path, link and title once in "articles", a quoted sentence once in
# "sentences", a district's slug once in "districts", a metric's name once in
# "metrics", and each fact as a list of values named by "columns" (key names once).
# At 1,000 synthetic articles that is 7.2 → about 2 MiB (reports/weight.md); the CSV
# stays one flat row per fact for spreadsheets. facts_json_rows() gives the CSV's rows back.
FACTS_JSON_FORMAT = "almanac-facts/2"
JSON_FACT_COLUMNS = (
    "district",
    "metric",
    "value",
    "unit",
    "display",
    "measure",
    "scope",
    "qualifier",
    "period",
    "label",
    "noun",
    "sentence",  # index into "sentences"
    "source",
    "note",
)
JSON_SENTENCE_COLUMNS = ("article", "paragraph", "text")  # article: index into "articles"
JSON_ARTICLE_COLUMNS = ("path", "url", "title")


def facts_json(data: FactsData) -> str:
    metrics = [
        {"slug": m.slug, "name": m.name, "unit": m.unit, "phrases": list(m.phrases)}
        for m in data.taxonomy.metrics
    ]
    districts: dict[str, str] = {}
    articles: dict[str, int] = {}
    article_rows: list[list] = []
    sentences: dict[tuple[int, str, str], int] = {}
    sentence_rows: list[list] = []
    facts: list[list] = []
    for row, f in zip(fact_rows(data), data.facts, strict=True):
        districts.setdefault(f.district, f.district_slug)
        if f.docs_path not in articles:
            articles[f.docs_path] = len(article_rows)
            article_rows.append([f.docs_path, f.url, f.article_title])
        key = (articles[f.docs_path], f.anchor, f.fact.sentence)
        if key not in sentences:
            sentences[key] = len(sentence_rows)
            sentence_rows.append(list(key))
        values = {**row, "value": f.fact.value, "sentence": sentences[key]}
        facts.append([values[c] for c in JSON_FACT_COLUMNS])

    def compact(value) -> str:
        # allow_nan=False: facts.json stays JSON a strict parser reads (values are checked finite).
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def table(columns, rows) -> str:
        # One row a line: still read line by line.
        lines = ",\n".join(compact(r) for r in rows)
        return f'{{"columns":{compact(list(columns))},"rows":[\n{lines}\n]}}'

    return (
        f'{{"format":{compact(FACTS_JSON_FORMAT)},\n"metrics":{compact(metrics)},\n'
        f'"districts":{compact(districts)},\n'
        f'"articles":{table(JSON_ARTICLE_COLUMNS, article_rows)},\n'
        f'"sentences":{table(JSON_SENTENCE_COLUMNS, sentence_rows)},\n'
        f'"facts":{table(JSON_FACT_COLUMNS, facts)}}}\n'
    )


def facts_json_rows(payload: dict) -> list[dict[str, str]]:
    """The rows of facts.csv (the same columns and text) from a parsed facts.json."""
    if payload.get("format") != FACTS_JSON_FORMAT:
        raise ValueError(f"facts.json: format {payload.get('format')!r}, not {FACTS_JSON_FORMAT}")

    def named(part: str) -> list[dict]:
        columns = payload[part]["columns"]
        return [dict(zip(columns, r, strict=True)) for r in payload[part]["rows"]]

    names = {m["slug"]: m["name"] for m in payload["metrics"]}
    articles, sentences = named("articles"), named("sentences")
    rows = []
    for fact in named("facts"):
        sentence = sentences[fact["sentence"]]
        article = articles[sentence["article"]]
        paragraph = sentence["paragraph"]
        full = {
            **fact,
            "district_slug": payload["districts"][fact["district"]],
            "metric_name": names.get(fact["metric"], ""),
            "value": _json_number(fact["value"]),
            "sentence": sentence["text"],
            "article_title": article["title"],
            "article_path": article["path"],
            "paragraph": paragraph,
            "url": article["url"] + (f"#{paragraph}" if paragraph else ""),
        }
        rows.append({c: full[c] for c in CSV_COLUMNS})
    return rows


# ---------------------------------------------------------------- pages


def facts_page(almanac: Almanac, site: SitePaths = ONLINE) -> str:
    corpus, data = almanac.corpus, almanac.facts
    districts = data.districts(corpus)
    cells = data.cells()
    rows = []
    for metric in data.taxonomy.metrics:
        row_cells = [
            _cell_items(cells.get((metric.slug, d), []), FACTS_PAGE, site, data) for d in districts
        ]
        if any(row_cells):
            rows.append({"metric": metric, "cells": row_cells})
    charts = [
        {
            "metric": c.metric,
            "svg": chart_svg(corpus, c.metric, c.charted) if c.charted else "",
            "period": c.charted[0].fact.period if c.charted else "",
            "others": _cell_items(c.others, FACTS_PAGE, site, data),
        }
        for c in data.comparisons
    ]
    return (
        _environment(corpus)
        .get_template("facts/index.md.j2")
        .render(
            districts=districts,
            rows=rows,
            charts=charts,
            fact_count=len(data.facts),
            classified_count=len(data.classified()),
            csv_name=posixpath.basename(FACTS_CSV),
            json_name=posixpath.basename(FACTS_JSON),
        )
    )


def district_facts_markdown(
    almanac: Almanac,
    district_name: str,
    page_path: str | None = None,
    site: SitePaths = ONLINE,
) -> str:
    """Markdown (with raw HTML) listing one district's facts, for its district page.

    ``page_path`` is the docs-relative path of the page it goes on (default
    ``districts/<district_slug>.md``); links to articles are made relative to it
    (as MkDocs will place it, with or without ``use_directory_urls``: ``site``).
    Contains: the district's classified figures (metric, figure, period, source
    link with the quoted sentence), links to the facts page's chart of each metric
    it shares with other districts, then every other figure found in its articles.
    Returns "" when the district has no facts.
    """
    corpus, data = almanac.corpus, almanac.facts
    mine = list(data.by_district.get(district_name, ()))
    if not mine:
        return ""
    if page_path is None:
        page_path = district_page(mine[0].district_slug)
    classified = [f for f in mine if f.fact.metric]
    by_metric: list[dict] = []
    for metric in data.taxonomy.metrics:
        facts = [f for f in classified if f.fact.metric == metric.slug]
        if facts:
            by_metric.append(
                {"metric": metric, "figures": _cell_items(facts, page_path, site, data)}
            )
    # The metrics it shares with other districts link to their charts on the facts
    # page: a copy of each chart (every district's bars) on every district page
    # made the district pages grow with the whole corpus, not with the district.
    compared = [
        c.metric
        for c in data.comparisons
        if any(f.district == district_name for f in c.charted + c.others)
    ]
    other_facts = [f for f in mine if not f.fact.metric]
    others = sentence_groups(other_facts, _cell_items(other_facts, page_path, site))
    return (
        _environment(corpus)
        .get_template("facts/district.md.j2")
        .render(
            district=district_name,
            by_metric=by_metric,
            compared=compared,
            others=others,
            # A Markdown link: relative to the source file, so MkDocs can check it.
            facts_page=relative_link(FACTS_PAGE, page_path),
        )
    )


def article_facts_markdown(almanac: Almanac, docs_path: str) -> str:
    """The figures of one article, appended to its page (links to its own paragraphs)."""
    corpus, data = almanac.corpus, almanac.facts
    mine = list(data.by_article.get(docs_path, ()))
    if not mine:
        return ""
    mine.sort(key=lambda f: (f.paragraph_index, f.fact.start))
    items = _cell_items(mine, docs_path)
    for item, f in zip(items, mine, strict=True):
        item["metric_name"] = data.metric_name(f.fact.metric)
        item["label"] = ""  # the metric name says it; labels only tell figures of one cell apart
        item["href"] = f"#{f.anchor}" if f.anchor else "#"
    groups = sentence_groups(mine, items)
    for group in groups:
        group["title"] = ""  # on its own page the sentence needs no 《title》 after it
    return _environment(corpus).get_template("facts/article.md.j2").render(groups=groups)


def pages(almanac: Almanac, site: SitePaths = ONLINE) -> dict[str, str]:
    data = almanac.facts
    if not data.taxonomy.metrics and not data.facts:
        return {}
    return {
        FACTS_PAGE: facts_page(almanac, site),
        FACTS_CSV: facts_csv(data),
        FACTS_JSON: facts_json(data),
    }
