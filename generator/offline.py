"""The offline edition: a built site packed into a zip that opens from the file system.

The site itself is built by MkDocs with Material's ``offline`` plugin enabled
(``ALMANAC_OFFLINE=true``, see ``.ci/build-offline``), which turns off directory
URLs so every link points at an ``.html`` file. This module only packs it:
entries sorted, timestamps and permissions fixed, so the same site gives a
byte-identical zip.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from .errors import AlmanacError

# 1980-01-01, the earliest time a zip entry can carry.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def zip_site(site_dir: Path, zip_path: Path, top: str = "") -> int:
    """Pack ``site_dir`` into ``zip_path`` (under folder ``top`` if given); returns the file count."""
    site_dir, zip_path = Path(site_dir), Path(zip_path)
    if not (site_dir / "index.html").is_file():
        raise AlmanacError(f"{site_dir}: 没有 index.html，请先构建离线版网站")
    files = sorted(
        p for p in site_dir.rglob("*") if p.is_file() and p.resolve() != zip_path.resolve()
    )
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{zip_path.name}.", suffix=".tmp", dir=zip_path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(
            tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9
        ) as archive:
            for path in files:
                name = path.relative_to(site_dir).as_posix()
                info = zipfile.ZipInfo(f"{top}/{name}" if top else name, date_time=FIXED_TIME)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the zip is for sharing
        os.replace(tmp, zip_path)  # never leave a half-written zip behind
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return len(files)
