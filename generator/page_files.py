"""Generated pages as files whose time stamp moves only when their text changes.

MkDocs' ``--dirty`` (``mkdocs serve --dirty``) renders a page again only when its
source is newer than its output, but a page generated in memory always counts as
changed: after any edit every district, theme and listing page (64 at 1,000
articles, the largest pages of the site) went through Markdown and the theme again.
With ``--dirty`` the plugin writes each generated page into a folder of its own and
rewrites a file only when the page's text differs, so a dirty rebuild renders the
pages an edit changed and leaves the others as they are.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path


class PageFiles:
    """The generated pages of one MkDocs process, each in a file (removed by :meth:`close`)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="almanac-pages-"))
        self._digests: dict[str, str] = {}  # page → SHA-256 of the text its file holds

    def path(self, rel: str, text: str) -> str | None:
        """The file that holds ``text`` for the generated page ``rel`` (docs-relative),
        written only if the text changed since the last call; None if it cannot be
        written (the page then stays in memory and is simply rendered again)."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        path = self.folder / rel
        if self._digests.get(rel) != digest:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            except OSError:
                self._digests.pop(rel, None)
                return None
            self._digests[rel] = digest
        return str(path)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
