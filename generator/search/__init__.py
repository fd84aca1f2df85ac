"""Chinese full-text search index for the built site (pure Python, deterministic).

Why not Material's built-in search: its lunr index treats Chinese as single
characters (every query matches every page) and is one JSON file downloaded
whole on the first search (≈ 44 KB per article). This index is read by
``docs/javascripts/almanac-search.js`` and is built from each page's final HTML
content (taken during the build, or read back from the written pages), so it sees
exactly what readers see, including the generated pages:

* **Sections.** Every page is split at its ``h2``/``h3`` headings (each has an
  ``id``, so a result links to ``page#anchor``), long sections into pieces at
  paragraph ends; consecutive pieces form document chunks of ≈ 3,000
  characters, ``search/docs/<n>.json`` (with title, district and URL of their
  pages), fetched only when the chunk is a candidate for a query.
* **Postings.** Keys are character bigrams of every CJK run and every
  Latin-letter/digit run (lower-cased), plus single characters (for one-character
  queries). A key maps to the sorted page ids containing it; ``#key`` to the pages
  whose title or a heading contains it (to fetch likely top results first).
  Keys are spread by an FNV-1a hash over ``search/shards/<n>.json``; ``#key``
  lives in the same shard as ``key``, so a query for a five-character term
  fetches at most four shards. The shard count grows with the corpus so a shard
  stays around ``SHARD_TARGET_BYTES``.
* **Verification** happens in the browser: bigram postings only find candidate
  pages; a section matches only if it contains the query term as a substring
  (教联体 never matches 教联 … 联体). Latin terms must start at a word boundary
  (``ai`` does not match ``said``).

Posting lists are delta-coded chunk ids in a 64-letter variable-length code
(``keys.encode_ids``), about one character per chunk for common keys.

Modules: :mod:`.keys` (the contract the browser's script mirrors), :mod:`.extract`
(a built page's title and sections), :mod:`.build` (pieces, chunks, shards, writing).
"""
