"""Enrich stage: derived knowledge about the articles (themes, facts, chronology,
schools, glossary).

Each module reads the :class:`generator.corpus.Corpus` and editor-maintained data
files under ``docs/data/``; none of them writes article files.
"""
