"""区县教育年鉴 generator: raw newspaper texts → Markdown articles → almanac pages.

Pipeline, one sub-package per stage:
    read        bytes of a seed file → normalised lines (generator.read)
    structure   lines → paragraphs, headings, captions, bylines → articles
    store       articles ↔ Markdown files with YAML front matter (generator.store)
    enrich      articles → themes, facts, chronology, schools, glossary
    render      enriched articles → index pages (Jinja2 templates)
"""

__version__ = "0.1.0"
