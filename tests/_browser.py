"""Headless Chromium for the map tests: launch settings, an offline page, and its watchers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: The only URL schemes an offline page may request.
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")
VIEWPORT = {"width": 1280, "height": 800}
READY = "() => window.incidentmap && window.incidentmap.ready()"


def require_chromium() -> None:
    """Skip when Chromium is absent, unless INCIDENTMAP_REQUIRE_BROWSER=1 (then fail)."""
    if CHROMIUM.is_file():
        return
    reason = f"{CHROMIUM} not found (apt-get install -y chromium)"
    if os.environ.get("INCIDENTMAP_REQUIRE_BROWSER") == "1":
        pytest.fail(f"INCIDENTMAP_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (Debian's), launched with the settings every test shares."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=LAUNCH_ARGS)  # fmt: skip
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watch:
    """What a page did that a test must see: requests, errors, console errors, dialogs."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def remote(self) -> list[str]:
        """Requests that left the machine (anything but file:, data:, about:, blob:)."""
        return [url for url in self.requests if not url.startswith(LOCAL_SCHEMES)]

    def assert_clean(self) -> None:
        """No network, no page errors, no console errors, no dialogs."""
        assert self.remote == [], f"network requests: {self.remote[:5]}"
        assert self.errors == [], f"page errors: {self.errors[:5]}"
        assert self.console == [], f"console errors: {self.console[:5]}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs[:5]}"


@contextmanager
def offline_page(browser: Any, path: Path, *, hash: str = "", wait: bool = True,
                 timeout_ms: float = 20_000) -> Iterator[tuple[Any, Watch]]:  # fmt: skip
    """Open ``path`` with the network cut off and every request, error and dialog recorded.

    Remote requests are recorded, then aborted, so a page that tries to reach the network
    fails the test instead of hanging or leaking.
    """
    context = browser.new_context(viewport=VIEWPORT, offline=True, device_scale_factor=1)
    watch = Watch()
    page = context.new_page()
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.on("console", lambda msg: watch.console.append(msg.text) if msg.type == "error" else None)

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    context.route(lambda url: not url.startswith(LOCAL_SCHEMES), lambda route: route.abort())
    try:
        page.goto(path.resolve().as_uri() + hash)
        if wait:
            page.wait_for_function(READY, timeout=timeout_ms)
        yield page, watch
    finally:
        context.close()


def reveal_place(page: Any, name: str, group: str | None = None) -> Any:
    """Centre on the marker of the place called ``name``, zoomed until it stands alone.

    Returns its element, ready for a real click or hover.
    """
    handle = page.evaluate_handle(
        """([name, group]) => new Promise((resolve, reject) => {
          const im = window.incidentmap, data = im.data(), map = im.map();
          map.closePopup();
          const keys = group ? [group] : Object.keys(im.overlays);
          const key = keys.find((k) => im.overlays[k].markers.some(
            (m) => data.s[data.places[m._im][2]] === name));
          if (!key) { reject(new Error("no marker for " + name)); return; }
          const o = im.overlays[key];
          const marker = o.markers.find((m) => data.s[data.places[m._im][2]] === name);
          if (!map.hasLayer(o.group)) map.addLayer(o.group);
          let tries = 0, moved = false;
          (function step() {
            if (++tries > 400) { reject(new Error("marker of " + name + " never showed")); return; }
            if (!o.done || o.cluster._inZoomAnimation) { setTimeout(step, 25); return; }
            if (!moved) {  // below the zoom of its smallest cluster it stands alone
              const alone = Math.max(map.getZoom(), marker.__parent._zoom + 1);
              map.setView(marker.getLatLng(), Math.min(alone, map.getMaxZoom()), {animate: false});
              moved = true; setTimeout(step, 25); return;
            }
            const element = marker.getElement();
            if (element) { resolve(element); return; }
            if (marker.__parent._icon && tries % 40 === 0) marker.__parent.spiderfy();
            setTimeout(step, 25);
          })();
        })""",
        [name, group],
    )
    element = handle.as_element()
    assert element is not None, f"marker of {name} is not in the page"
    page.wait_for_timeout(100)  # let the markers settle after the move
    return element
