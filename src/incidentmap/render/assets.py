"""What the page loads besides its data: Leaflet, Leaflet.markercluster, and its own script.

Leaflet 1.9.4 (BSD-2-Clause) and Leaflet.markercluster 1.5.3 (MIT) ship inside the
package, byte for byte as their npm releases, with their licence files beside them
(``static/vendor/``). By default the page inlines them, so it opens with no network and
no cache (only basemap tiles need one), and carries their licence texts in comments.
``cdn=True`` links them from jsDelivr instead, for a lighter page; the links carry
Subresource Integrity hashes equal to the pins below, so both pages run the same code.
Every shipped file is checked against its pin when read: a damaged install fails with a
clear message instead of drawing a broken map.

The page's own script and style (``static/incidentmap.js``, ``static/incidentmap.css``)
are always inlined.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataError

CDN = "https://cdn.jsdelivr.net/npm"


#: The page's static files inside the installed package.
STATIC = Path(__file__).parent / "static"


@dataclass(frozen=True)
class Library:
    """One npm package shipped with incidentmap."""

    title: str
    package: str
    version: str
    licence: str
    licence_file: str
    homepage: str

    @property
    def folder(self) -> Path:
        """Where its files are kept in the package."""
        return STATIC / "vendor" / f"{self.package}-{self.version}"

    def licence_text(self) -> str:
        """The library's licence, as shipped beside its files."""
        return (self.folder / self.licence_file).read_text(encoding="utf-8")


LEAFLET = Library("Leaflet", "leaflet", "1.9.4", "BSD-2-Clause", "LICENSE", "https://leafletjs.com")
MARKERCLUSTER = Library(
    "Leaflet.markercluster",
    "leaflet.markercluster",
    "1.5.3",
    "MIT",
    "MIT-LICENCE.txt",
    "https://github.com/Leaflet/Leaflet.markercluster",
)
LIBRARIES = (LEAFLET, MARKERCLUSTER)


@dataclass(frozen=True)
class Asset:
    """One pinned file of a shipped library (``path`` as in its npm package)."""

    library: Library
    path: str
    sha256: str

    @property
    def url(self) -> str:
        """Where the CDN serves this exact file."""
        return f"{CDN}/{self.library.package}@{self.library.version}/{self.path}"

    @property
    def name(self) -> str:
        """Package, version and path in one (for messages and page comments)."""
        return f"{self.library.package}@{self.library.version}/{self.path}"

    @property
    def integrity(self) -> str:
        """Subresource Integrity value for the ``<script>``/``<link>`` tag."""
        return "sha256-" + base64.b64encode(bytes.fromhex(self.sha256)).decode()


SCRIPTS = (
    Asset(LEAFLET, "dist/leaflet.js",
          "db49d009c841f5ca34a888c96511ae936fd9f5533e90d8b2c4d57596f4e5641a"),
    Asset(MARKERCLUSTER, "dist/leaflet.markercluster.js",
          "1e4e1d22972a3926f48598e0caf14e3fe7049835d428a344fed4f9e3665b3508"),
)  # fmt: skip
STYLES = (
    Asset(LEAFLET, "dist/leaflet.css",
          "a7837102824184820dfa198d1ebcd109ff6d0ff9a2672a074b9a1b4d147d04c6"),
    Asset(MARKERCLUSTER, "dist/MarkerCluster.css",
          "614dea0a98ff3f4ead74f04918f6b1d1b9ba435c25b5fc23b21a394d1e3e4d87"),
)  # fmt: skip
#: Images Leaflet's stylesheet refers to; inlined into it as data URIs.
IMAGES = (
    Asset(LEAFLET, "dist/images/layers.png",
          "1dbbe9d028e292f36fcba8f8b3a28d5e8932754fc2215b9ac69e4cdecf5107c6"),
    Asset(LEAFLET, "dist/images/layers-2x.png",
          "066daca850d8ffbef007af00b06eac0015728dee279c51f3cb6c716df7c42edf"),
    Asset(LEAFLET, "dist/images/marker-icon.png",
          "574c3a5cca85f4114085b6841596d62f00d7c892c7b03f28cbfa301deb1dc437"),
)  # fmt: skip
ALL_ASSETS = (*SCRIPTS, *STYLES, *IMAGES)


@cache
def read_asset(asset: Asset) -> bytes:
    """Return a shipped file's bytes, checked against its pin.

    Raises
    ------
    DataError
        When the file is missing or differs from the pinned release.
    """
    source = asset.library.folder / asset.path
    try:
        data = source.read_bytes()
    except OSError as err:
        msg = f"{source}: missing from the installed package ({err}); reinstall incidentmap"
        raise DataError(msg) from err
    digest = hashlib.sha256(data).hexdigest()
    if digest != asset.sha256:
        msg = (f"{source}: sha256 {digest[:12]}... does not match the pinned {asset.name}; "
               "reinstall incidentmap")  # fmt: skip
        raise DataError(msg)
    return data


def own_file(name: str) -> str:
    """The text of one of the page's own static files (``incidentmap.js``, ...)."""
    return (STATIC / name).read_text(encoding="utf-8")


def _in_element(code: str, tag: str) -> str:
    """Code that cannot close the ``<script>``/``<style>`` element it is inlined into."""
    return re.sub(f"</(?={tag})", r"<\\/", code, flags=re.IGNORECASE)


def _licence_comment(asset: Asset) -> str:
    """A comment naming the file and holding its library's licence (kept with the copy)."""
    text = asset.library.licence_text().replace("*/", "* /")
    return f"/* {asset.name} ({asset.library.licence}, {asset.library.homepage})\n\n{text}*/\n"


def _inline_css(asset: Asset) -> str:
    css = read_asset(asset).decode("utf-8")
    images = {a.path.rsplit("/", 1)[-1]: a for a in IMAGES if a.library == asset.library}

    def data_uri(match: re.Match[str]) -> str:
        image = images.get(match.group(1))
        if image is None:
            return "none"
        return f"url(data:image/png;base64,{base64.b64encode(read_asset(image)).decode()})"

    return re.sub(r"url\((?:images/)?([\w.-]+\.png)\)", data_uri, css)


def head_html(*, cdn: bool = False) -> str:
    """The libraries' tags for the page's ``<head>``: inline, or CDN links with SRI."""
    parts = []
    for asset in STYLES:
        if cdn:
            parts.append(f'<link rel="stylesheet" href="{asset.url}" '
                         f'integrity="{asset.integrity}" crossorigin="anonymous"/>')  # fmt: skip
        else:
            css = _in_element(_inline_css(asset), "style")
            parts.append(f"<style>{_licence_comment(asset)}{css}</style>")
    for asset in SCRIPTS:
        if cdn:
            parts.append(f'<script src="{asset.url}" integrity="{asset.integrity}" '
                         'crossorigin="anonymous"></script>')  # fmt: skip
        else:
            code = _in_element(read_asset(asset).decode("utf-8"), "script")
            parts.append(f"<script>{_licence_comment(asset)}{code}</script>")
    return "\n".join(parts)


def page_script() -> str:
    """The page's own script, ready to inline."""
    return _in_element(own_file("incidentmap.js"), "script")


def page_style() -> str:
    """The page's own stylesheet, ready to inline."""
    return _in_element(own_file("incidentmap.css"), "style")
