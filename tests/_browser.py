"""Headless Chromium for the map tests: launch settings, a page with no network, its watchers.

Every page is opened from a file with every remote request aborted, except basemap tiles
when a test allows them: those are answered here with a plain tile, so the page behaves
as it does online without the test touching the internet. Helpers wait for the map's
state (markers placed, animations over, one popup open), never for a fixed time.
"""

from __future__ import annotations

import base64
import os
import re
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
#: The only URL schemes a page may load without the network.
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")
WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 390, "height": 844}
READY = "() => window.incidentmap && window.incidentmap.ready()"
#: Tile hosts of the named basemaps.
TILE_HOSTS = re.compile(r"^https://([a-d]\.basemaps\.cartocdn\.com|tile\.openstreetmap\.org)/")
#: A 1x1 transparent PNG, served for every tile a test lets through (the map's plain
#: background shows through it, as in the pictures in docs/).
TILE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


#: What happened on the page, for the message of a test that fails: map events, and
#: mouse events that reached the map.
TRACE = """
window.__trace = [];
window.addEventListener("load", () => {
  const note = (text) => { window.__trace.push(Math.round(performance.now()) + " " + text);
                           if (window.__trace.length > 60) window.__trace.shift(); };
  for (const type of ["mousedown", "mouseup", "click", "mouseover"]) {
    document.addEventListener(type, (e) => note(type + " " + e.clientX + "," + e.clientY + " "
      + (e.target.getAttribute && e.target.getAttribute("class"))), true);
  }
  const watch = () => {
    if (!window.incidentmap || !incidentmap.map()) { setTimeout(watch, 50); return; }
    incidentmap.map().on("movestart moveend zoomstart zoomend popupopen popupclose",
                         (e) => note(e.type));
    Object.entries(incidentmap.overlays).forEach(([k, o]) => o.cluster.on(
      "animationend spiderfied unspiderfied", (e) => note(k + " " + e.type)));
  };
  watch();
});
"""


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
    console: list[tuple[str, str]] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def remote(self) -> list[str]:
        """Requests that would leave the machine (anything but file:, data:, about:, blob:)."""
        return [url for url in self.requests if not url.startswith(LOCAL_SCHEMES)]

    @property
    def tiles(self) -> list[str]:
        """Remote requests for basemap tiles."""
        return [url for url in self.remote if TILE_HOSTS.match(url)]

    def assert_clean(self, *, failed_tiles: bool = False) -> None:
        """Nothing remote but tiles, no page errors, no console errors, no dialogs.

        With ``failed_tiles``, console errors of tiles that could not load are expected
        (the browser logs each one); any other console error still fails.
        """
        others = [url for url in self.remote if not TILE_HOSTS.match(url)]
        assert others == [], f"network requests: {others[:5]}"
        assert self.errors == [], f"page errors: {self.errors[:5]}"
        console = [(text, url) for text, url in self.console
                   if not (failed_tiles and TILE_HOSTS.match(url))]  # fmt: skip
        assert console == [], f"console errors: {console[:5]}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs[:5]}"


@contextmanager
def open_page(browser: Any, path: Path, *, hash: str = "", viewport: dict[str, int] = WIDE,
              tiles: bool = True, wait: bool = True,
              timeout_ms: float = 20_000) -> Iterator[tuple[Any, Watch]]:  # fmt: skip
    """Open ``path`` with the network cut off and every request, error and dialog recorded.

    Remote requests are recorded, then aborted, so a page that tries to reach the network
    fails the test instead of hanging or leaking; basemap tiles are answered with a plain
    tile when ``tiles`` (else aborted too, as with no network at all).
    """
    context = browser.new_context(viewport=viewport, device_scale_factor=1)
    watch = Watch()
    page = context.new_page()
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on("pageerror", lambda error: watch.errors.append(str(error)))

    def on_console(msg: Any) -> None:
        if msg.type == "error":
            watch.console.append((msg.text, str(msg.location.get("url", ""))))

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_route(route: Any) -> None:
        if tiles and TILE_HOSTS.match(route.request.url):
            route.fulfill(status=200, content_type="image/png", body=TILE_PNG)
        else:
            route.abort()

    page.on("console", on_console)
    page.on("dialog", on_dialog)
    page.add_init_script(TRACE)
    context.route(lambda url: not url.startswith(LOCAL_SCHEMES), on_route)
    try:
        page.goto(path.resolve().as_uri() + hash)
        if wait:
            page.wait_for_function(READY, timeout=timeout_ms)
        yield page, watch
    finally:
        context.close()


#: True once the markers stand still: placed, no cluster or zoom animation running.
SETTLED = """() => {
  const im = window.incidentmap, map = im.map();
  return im.ready() && !map._animatingZoom && !map._panAnim?._inProgress
    && !document.querySelector('.leaflet-cluster-anim')
    && Object.values(im.overlays).every((o) => !o.cluster._inZoomAnimation);
}"""


def settle(page: Any) -> None:
    """Wait until markers are placed and no zoom or cluster animation is running."""
    page.wait_for_function(SETTLED)


def tiles_drawn(page: Any) -> int:
    """Wait until the basemap has loaded or given up every tile; return how many drew."""
    page.wait_for_function(
        """() => { let layer = null;
          incidentmap.map().eachLayer((l) => { if (l instanceof L.TileLayer) layer = l; });
          const tiles = Object.values(layer._tiles);
          return tiles.length > 0 && tiles.every((t) => t.loaded); }"""
    )
    return int(page.evaluate(
        "() => Array.from(document.querySelectorAll('img.leaflet-tile'))"
        ".filter((img) => img.complete && img.naturalWidth > 0).length"
    ))  # fmt: skip


def calm(page: Any) -> None:
    """Close popups and tooltips, move the pointer off the map, and wait until they are gone.

    A tooltip of a district the pointer crossed, or a popup fading out, would otherwise
    stand beside the one the next step opens.
    """
    page.mouse.move(1, 1)  # the page title, above the map
    page.evaluate(
        """() => { const im = window.incidentmap, map = im.map();
          map.closePopup();
          map.eachLayer((l) => {
            if (l instanceof L.Tooltip) map.closeTooltip(l);
            else if (l.closeTooltip) l.closeTooltip();
          }); }"""
    )
    page.wait_for_function("() => !document.querySelector('.leaflet-popup, .leaflet-tooltip')")


def reveal_place(page: Any, name: str, group: str | None = None) -> Any:
    """Centre on the marker of the place called ``name``, zoomed until it stands alone.

    Returns its element, settled and ready for a real click or hover, with nothing else
    open on the map.
    """
    calm(page)
    handle = page.evaluate_handle(
        """([name, group]) => new Promise((resolve, reject) => {
          const im = window.incidentmap, data = im.data(), map = im.map();
          const NAME = data.fields.place.indexOf("name");
          const named = (m) => data.s[data.places[m._im][NAME]] === name;
          const keys = group ? [group] : Object.keys(im.overlays);
          const key = keys.find((k) => im.overlays[k].markers.some(named));
          if (!key) { reject(new Error("no marker for " + name)); return; }
          const o = im.overlays[key], marker = o.markers.find(named);
          if (!map.hasLayer(o.group)) map.addLayer(o.group);
          let tries = 0, moved = false;
          (function step() {
            if (++tries > 400) { reject(new Error("marker of " + name + " never showed")); return; }
            if (!im.ready() || o.cluster._inZoomAnimation) { setTimeout(step, 25); return; }
            if (!moved) {  // below the zoom of its smallest cluster it stands alone
              const alone = Math.max(map.getZoom(), marker.__parent._zoom + 1);
              map.setView(marker.getLatLng(), Math.min(alone, map.getMaxZoom()), {animate: false});
              moved = true;  // two frames: the browser has drawn the moved map
              requestAnimationFrame(() => requestAnimationFrame(step)); return;
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
    settle(page)
    return element


#: True when a marker is drawn where Leaflet put it (no transition still carrying it).
AT_HOME = """(e) => {
  const map = window.incidentmap.map(), box = map.getContainer().getBoundingClientRect();
  const want = map.layerPointToContainerPoint(e._leaflet_pos), got = e.getBoundingClientRect();
  const x = want.x + (parseFloat(e.style.marginLeft) || 0);  // the icon's anchor
  const y = want.y + (parseFloat(e.style.marginTop) || 0);
  return Math.abs(got.left - box.left - x) < 1 && Math.abs(got.top - box.top - y) < 1;
}"""


def pointer_on(page: Any, element: Any) -> tuple[float, float]:
    """The centre of a marker, checked to be the marker's own point on the screen.

    The tests move the mouse there instead of calling ``element.hover()``: Playwright
    would first scroll the element into view, and scrolling the map's container makes
    Leaflet jump back a moment later, leaving the pointer over whatever lies beside.
    """
    page.wait_for_function(AT_HOME, arg=element)
    box = element.bounding_box()
    assert box is not None, "the marker is not shown"
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    hit = page.evaluate(
        "([e, x, y]) => e.contains(document.elementFromPoint(x, y))", [element, x, y]
    )
    assert hit, "something covers the marker"
    return x, y


def _wait_for(page: Any, condition: str, arg: Any, what: str, point: tuple[float, float]) -> None:
    """Wait for ``condition``; when it never holds, fail saying what the map showed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(condition, arg=arg, timeout=15_000)
    except PlaywrightTimeout:
        state = page.evaluate(
            """([x, y]) => { const at = document.elementFromPoint(x, y);
              return {popups: Array.from(document.querySelectorAll('.leaflet-popup h4'),
                                         (h) => h.textContent),
                      tooltips: Array.from(document.querySelectorAll('.leaflet-tooltip'),
                                           (t) => t.className + ': ' + t.textContent),
                      at: at && at.getAttribute('class'), view: location.hash,
                      trace: window.__trace}; }""",
            list(point),
        )
        raise AssertionError(f"{what} never showed; the map showed {state}") from None


def open_popup(page: Any, name: str, group: str | None = None) -> Any:
    """Click the marker of ``name`` and return its popup, once it is the only one open."""
    point = pointer_on(page, reveal_place(page, name, group))
    page.mouse.click(*point)
    _wait_for(
        page,
        """(name) => {
          const popups = document.querySelectorAll('.leaflet-popup');
          return popups.length === 1 && popups[0].querySelector('h4')?.textContent === name;
        }""",
        name,
        f"the popup of {name}",
        point,
    )
    return page.locator(".leaflet-popup-content")


def hover_place(page: Any, name: str, group: str | None = None) -> Any:
    """Hover the marker of ``name`` and return its tooltip, once it is the only one open."""
    point = pointer_on(page, reveal_place(page, name, group))
    page.mouse.move(*point)
    _wait_for(
        page,
        """(name) => {
          const tips = document.querySelectorAll('.leaflet-tooltip');
          return tips.length === 1 && tips[0].classList.contains('incidentmap-place-tip')
            && tips[0].textContent === name;
        }""",
        name,
        f"the tooltip of {name}",
        point,
    )
    return page.locator(".incidentmap-place-tip")
