"""Trim the indentation that the theme's templates leave in every page.

Material's Jinja templates indent their markup and leave blank lines where a
block printed nothing; on an article page that is a tenth of its bytes, repeated
in every page. Outside ``pre``, ``textarea``, ``script`` and ``style`` a run of
whitespace renders as one space whatever it holds, so a run that contains a line
break becomes that one line break: the page renders the same and its lines stay
lines (diffs, tests reading the HTML). Inside those four elements nothing changes.
"""

from __future__ import annotations

import re

_VERBATIM = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.S | re.I)
# [ \t\r\f]*\n\s* written so that every match starts with a character of a set:
# re then skips to the next such character instead of trying every position.
_RUN = re.compile(r"[ \t\r\f\n][ \t\r\f]*\n\s*|\n\s*")


def trim_whitespace(html: str) -> str:
    """``html`` with each whitespace run holding a line break reduced to ``\\n``."""
    out, start = [], 0
    for match in _VERBATIM.finditer(html):
        out.append(_RUN.sub("\n", html[start : match.start()]))
        out.append(match.group(0))  # kept byte for byte
        start = match.end()
    out.append(_RUN.sub("\n", html[start:]))
    return "".join(out)
