"""The facts table: every fact of the almanac with the metrics, grouped the ways
the facts pages, district pages and article pages read them, and each compared
metric's chartable figures (moved from render/facts_page.py: it is enrichment,
not rendering)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .facts import Metric, MetricTaxonomy, SourcedFact, corpus_facts


@dataclass
class FactsData:
    taxonomy: MetricTaxonomy
    facts: list[SourcedFact]

    def metric_name(self, slug: str | None) -> str:
        metric = self.taxonomy.get(slug) if slug else None
        return metric.name if metric else ""

    def classified(self) -> list[SourcedFact]:
        return [f for f in self.facts if f.fact.metric]

    def districts(self, corpus) -> list[str]:
        names = {f.district for f in self.classified()}
        return sorted(names, key=corpus.district_sort_key)

    def cells(self) -> dict[tuple[str, str], list[SourcedFact]]:
        table: dict[tuple[str, str], list[SourcedFact]] = {}
        for f in self.classified():
            # classified(): every metric is set.
            table.setdefault((f.fact.metric or "", f.district), []).append(f)
        return table

    # Grouped once: district and article pages each ask for their own facts,
    # and scanning every fact for each of them would be quadratic.
    @cached_property
    def by_district(self) -> dict[str, list[SourcedFact]]:
        groups: dict[str, list[SourcedFact]] = {}
        for f in self.facts:
            groups.setdefault(f.district, []).append(f)
        return groups

    @cached_property
    def by_article(self) -> dict[str, list[SourcedFact]]:
        groups: dict[str, list[SourcedFact]] = {}
        for f in self.facts:
            groups.setdefault(f.docs_path, []).append(f)
        return groups

    @cached_property
    def comparisons(self) -> list[Comparison]:
        """Each metric two or more districts report: the figures of one period that
        can be charted side by side, and the others (another period: 近五年 beside
        2022年起三年), which are listed as not comparable instead."""
        by_metric: dict[str, list[SourcedFact]] = {}
        for f in self.facts:
            if f.fact.metric:
                by_metric.setdefault(f.fact.metric, []).append(f)
        result = []
        for metric in self.taxonomy.metrics:
            facts = by_metric.get(metric.slug, [])
            if len({f.district for f in facts}) < 2:
                continue
            periods: dict[str, list[SourcedFact]] = {}
            for f in facts:
                periods.setdefault(f.fact.period, []).append(f)
            shared = [group for group in periods.values() if len({f.district for f in group}) >= 2]
            # The period most districts share (the first, on a tie: table order).
            charted = max(shared, key=lambda g: len({f.district for f in g}), default=[])
            others = [f for f in facts if f not in charted]
            result.append(Comparison(metric, charted, others))
        return result

    @cached_property
    def comparable(self) -> list[tuple[Metric, list[SourcedFact]]]:
        return [(c.metric, c.charted) for c in self.comparisons if c.charted]

    @cached_property
    def _incomparable(self) -> set[int]:
        return {id(o) for c in self.comparisons for o in c.others}

    def incomparable(self, f: SourcedFact) -> bool:
        """A figure of a compared metric that is not of the charted period."""
        return id(f) in self._incomparable


@dataclass
class Comparison:
    metric: Metric
    charted: list[SourcedFact]  # one period, two or more districts ([] if none shares one)
    others: list[SourcedFact]  # of other periods: not comparable with the charted ones

    @property
    def periods(self) -> list[str]:
        return list(dict.fromkeys(f.fact.period or "时期未注明" for f in self.others))


def facts_data(corpus, taxonomy: MetricTaxonomy) -> FactsData:
    """Facts of ``corpus`` with ``taxonomy`` (metrics.yml as loaded); the build computes
    them once (generator/enrich/almanac.py)."""
    return FactsData(taxonomy, corpus_facts(corpus, taxonomy))
