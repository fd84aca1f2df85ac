"""The one Chromium the benches and the browser tests drive: Debian's
/usr/bin/chromium through Playwright (never ``playwright install``), launched
with the same flags everywhere. Independent of the generator (tests import it too)."""

from __future__ import annotations

from typing import Any

CHROMIUM = "/usr/bin/chromium"
# No sandbox (containers lack the namespaces), no GPU, nothing fetched in the background.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def launch(playwright: Any) -> Any:
    """A headless Chromium browser from a started ``sync_playwright()``."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
