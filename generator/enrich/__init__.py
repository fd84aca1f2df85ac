"""Enrich stage: articles → themes, facts, chronology, schools, glossary (pure functions)."""
