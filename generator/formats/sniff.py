"""Which format a file is, from its first bytes, checked against its name.

The content decides (a PDF saved as ``page`` is read as a PDF); a name that
says one format while the content is another is refused, because either the
file or its name is not what the editor thinks it is.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .model import FormatError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# An OOXML file saved with a password is an OLE container holding this stream.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|head)\b[^>]*>", re.I)

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".doc": "doc",
}
NAMES = {
    "text": "纯文本",
    "html": "网页",
    "docx": "Word 文档（.docx）",
    "pdf": "PDF",
    "doc": "旧版 Word 文档（.doc）",
    "zip": "ZIP 压缩包",
    "ole": "Office 97–2003 文件",
    "image": "图片",
    "rtf": "RTF 文档",
}


def sniff_bytes(head: bytes) -> str:
    """text | html | pdf | zip | ole | image | rtf, from a file's first kilobytes."""
    if b"%PDF-" in head[:1024]:  # the header may follow a few bytes of junk
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if _HTML_START.match(body) or _HTML_ANYWHERE.search(body[:4096]):
        return "html"
    return "text"


def detect(path: Path) -> str:
    """The format to read ``path`` as: text | html | docx | pdf, or a
    :class:`FormatError` saying what the file is and what to do."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise FormatError(path, f"无法读取：{exc.strerror}") from None
    found = sniff_bytes(head)
    said = EXTENSIONS.get(path.suffix.lower())
    if said == "text" and found in ("image", "rtf", "ole", "zip"):
        return "text"  # named a text: the text reader refuses binary content as it always has
    if found == "zip":
        found = _zip_kind(path)
    if found == "ole":
        if _ENCRYPTED_STREAM in _head_of(path, 1 << 20):
            raise FormatError(
                path, "Word 文档有密码保护（已加密）：请在 Word/WPS 中取消密码后另存为 .docx 再导入"
            )
        raise FormatError(
            path,
            "旧版 Word 文档（.doc，Office 97–2003 格式）无法读取：请在 Word/WPS 中“另存为” .docx 后再导入",
        )
    if found == "image":
        raise FormatError(path, "这是图片文件，没有文字：需要先做文字识别（OCR），再以文本导入")
    if found == "rtf":
        raise FormatError(path, "RTF 文档无法读取：请在 Word/WPS 中另存为 .docx 后再导入")
    if said == "text" and found == "html" and not _looks_like_page(head):
        return "text"  # a text that quotes a tag (<body>) is still a text
    if said and said != found:
        raise FormatError(
            path,
            f"扩展名是 {path.suffix}，内容却是{NAMES.get(found, found)}：请检查文件，或改正扩展名",
        )
    return found


def _looks_like_page(head: bytes) -> bool:
    """A .txt holding a whole saved page, not a text that quotes a tag."""
    return bool(_HTML_START.match(head[3:] if head.startswith(b"\xef\xbb\xbf") else head))


def _head_of(path: Path, size: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def _zip_kind(path: Path) -> str:
    """docx for a Word package; any other ZIP (xlsx, pptx, an archive) is refused."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FormatError(
            path, "文件已损坏或不完整（ZIP 结构无法读取）：请重新保存或重新下载"
        ) from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise FormatError(path, "这是 Excel 表格，不是 Word 文档：请把文章保存为 .docx")
    if "ppt/presentation.xml" in names:
        raise FormatError(path, "这是 PowerPoint 演示文稿，不是 Word 文档：请把文章保存为 .docx")
    raise FormatError(path, "这是 ZIP 压缩包，不是 Word 文档：请解压后导入其中的文件")
