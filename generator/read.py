"""Read stage: the bytes of a seed file → normalised, numbered lines.

Encoding policy (documented in docs/dev/importer.md): UTF-8 (with or without BOM) is read as
is; anything else that decodes cleanly as GB18030 (a superset of GBK/GB2312, the
encodings Chinese newsroom tools export) is decoded as GB18030. A file that is
neither, or that contains NUL bytes, is refused as "not text". Files larger than
``MAX_SEED_BYTES`` are refused before they are read, so a runaway file can
never hang an import.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import AlmanacError

MAX_SEED_BYTES = 8 * 1024 * 1024  # the seeds are ~15 KB; a full page is never megabytes

# Layout noise that carries no text: zero-width characters and soft hyphens.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


class SeedError(AlmanacError):
    """A seed that cannot be imported; the message names the file (and line)."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the seed
    text: str  # stripped of surrounding whitespace and invisible characters
    indented: bool  # the raw line started with whitespace (a new text frame in print extractions)

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class SeedText:
    path: Path
    lines: tuple[Line, ...]
    sha256: str
    encoding: str


def decode_seed(data: bytes, path: Path | str) -> tuple[str, str]:
    """(text, encoding name) or :class:`SeedError`."""
    if b"\x00" in data:
        raise SeedError(path, "不是文本文件（含 NUL 字节），已跳过")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise SeedError(
            path, "既不是 UTF-8 也不是 GB18030/GBK 编码的文本，无法读取", line
        ) from None
    # Binary data can decode as GB18030 by accident; real text is mostly printable.
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    if printable < 0.95 * len(text):
        raise SeedError(path, "不是文本文件（大量不可打印字符），已跳过")
    return text, "gb18030"


def normalise_line(raw: str) -> str:
    text = _INVISIBLE.sub("", raw)
    # Ideographic and no-break spaces are justification, same as ASCII spaces.
    text = text.replace("\u3000", " ").replace("\u00a0", " ")
    return text.strip()


def split_lines(text: str) -> list[Line]:
    # CRLF, lone CR and Unicode line separators all end a line.
    raw_lines = re.split(r"\r\n|\r|\n|\u2028|\u2029", text)
    lines = []
    for number, raw in enumerate(raw_lines, start=1):
        cleaned = normalise_line(raw)
        lead = _INVISIBLE.sub("", raw)
        lines.append(Line(number, cleaned, indented=bool(cleaned) and lead[:1].isspace()))
    while lines and lines[-1].blank:
        lines.pop()
    return lines


def vet_seed_path(path: Path) -> os.stat_result:
    """A seed must be a regular file: refused by name, before anything opens it
    (a link may point anywhere, and `almanac check` refuses links in seeds/;
    a FIFO would hang the import)."""
    try:
        info = Path(path).lstat()
    except OSError as exc:
        raise SeedError(path, f"无法读取：{exc.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise SeedError(path, "是符号链接，已跳过（请放入真实文件）")
    if stat.S_ISDIR(info.st_mode):
        raise SeedError(path, "是文件夹，不是种子文件，已跳过")
    if not stat.S_ISREG(info.st_mode):
        raise SeedError(path, "不是普通文件（管道、设备等），已跳过")
    return info


def read_seed(path: Path, max_bytes: int = MAX_SEED_BYTES) -> SeedText:
    path = Path(path)
    size = vet_seed_path(path).st_size
    if size > max_bytes:
        raise SeedError(path, f"文件过大（{size} 字节，上限 {max_bytes} 字节），已跳过")
    data = path.read_bytes()
    text, encoding = decode_seed(data, path)
    text = unicodedata.normalize("NFC", text)
    lines = split_lines(text)
    if not any(not line.blank for line in lines):
        raise SeedError(path, "文件为空（没有任何文字），已跳过")
    return SeedText(
        path=path, lines=tuple(lines), sha256=hashlib.sha256(data).hexdigest(), encoding=encoding
    )
