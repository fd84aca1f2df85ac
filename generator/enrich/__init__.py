"""Enrich stage: derive reference data (chronology, schools, glossary, ...) from articles."""
