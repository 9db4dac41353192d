"""The JavaScript and CSS the map page uses, pinned and verified, linked or inlined.

Pages link them from a CDN with Subresource Integrity by default. ``--inline-assets``
embeds them, so the page opens with no network: the files then come from a local cache
(``<cache>/assets``), filled with ``incidentmap data fetch --assets`` (downloads the
pinned CDN files), ``--assets-from DIR`` (copies them from an npm ``node_modules`` folder
holding the same versions), or on first use when the network is there. Every file is
checked against its sha256 on the way in and on every read.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import settings
from .errors import DataError

CDN = "https://cdn.jsdelivr.net/npm"


@dataclass(frozen=True)
class Asset:
    """One pinned file of an npm package."""

    package: str
    version: str
    path: str
    sha256: str

    @property
    def url(self) -> str:
        """Where the CDN serves this exact file."""
        return f"{CDN}/{self.package}@{self.version}/{self.path}"

    @property
    def filename(self) -> str:
        """Name in the local cache (package, version and path in one)."""
        return f"{self.package}@{self.version}/{self.path}"

    @property
    def integrity(self) -> str:
        """Subresource Integrity value for the ``<script>``/``<link>`` tag."""
        return "sha256-" + base64.b64encode(bytes.fromhex(self.sha256)).decode()


LEAFLET = "leaflet", "1.9.4"
MARKERCLUSTER = "leaflet.markercluster", "1.5.3"
SCRIPTS = (
    Asset(*LEAFLET, "dist/leaflet.js",
          "db49d009c841f5ca34a888c96511ae936fd9f5533e90d8b2c4d57596f4e5641a"),
    Asset(*MARKERCLUSTER, "dist/leaflet.markercluster.js",
          "1e4e1d22972a3926f48598e0caf14e3fe7049835d428a344fed4f9e3665b3508"),
)  # fmt: skip
STYLES = (
    Asset(*LEAFLET, "dist/leaflet.css",
          "a7837102824184820dfa198d1ebcd109ff6d0ff9a2672a074b9a1b4d147d04c6"),
    Asset(*MARKERCLUSTER, "dist/MarkerCluster.css",
          "614dea0a98ff3f4ead74f04918f6b1d1b9ba435c25b5fc23b21a394d1e3e4d87"),
    Asset(*MARKERCLUSTER, "dist/MarkerCluster.Default.css",
          "61258232d98d64dc2a7b1e02130d67421bc5b9bda5994eef70228ff97570c170"),
)  # fmt: skip
IMAGES = (
    Asset(*LEAFLET, "dist/images/layers.png",
          "1dbbe9d028e292f36fcba8f8b3a28d5e8932754fc2215b9ac69e4cdecf5107c6"),
    Asset(*LEAFLET, "dist/images/layers-2x.png",
          "066daca850d8ffbef007af00b06eac0015728dee279c51f3cb6c716df7c42edf"),
    Asset(*LEAFLET, "dist/images/marker-icon.png",
          "574c3a5cca85f4114085b6841596d62f00d7c892c7b03f28cbfa301deb1dc437"),
)  # fmt: skip
ALL_ASSETS = (*SCRIPTS, *STYLES, *IMAGES)


def asset_dir() -> Path:
    """The local asset cache."""
    return settings.resolved_cache_folder(create=False) / "assets"


def _verified(asset: Asset, data: bytes, where: str) -> bytes:
    digest = hashlib.sha256(data).hexdigest()
    if digest != asset.sha256:
        msg = f"{where}: sha256 {digest[:12]}... does not match the pinned {asset.filename}"
        raise DataError(msg)
    return data


def read_asset(asset: Asset, *, download: bool = True) -> bytes:
    """Return a cached asset's bytes, verified.

    Parameters
    ----------
    asset
        The pinned file.
    download
        Fetch it from the CDN into the cache when it is missing.

    Returns
    -------
    bytes
        The file's content, checked against its sha256.
    """
    path = asset_dir() / asset.filename
    if not path.is_file():
        reason = "downloads not allowed"
        if download:
            try:
                _store(asset, _download(asset, settings.http_timeout), asset.url)
            except DataError as err:
                reason = str(err)
        if not path.is_file():
            msg = (
                f"--inline-assets needs {asset.filename}, which is not in the asset cache "
                f"({asset_dir()}) and could not be downloaded ({reason}); run 'incidentmap "
                "data fetch --assets' with network, or --assets-from NODE_MODULES"
            )
            raise DataError(" ".join(msg.split()))
    return _verified(asset, path.read_bytes(), str(path))


def _download(asset: Asset, timeout: float) -> bytes:
    request = urllib.request.Request(asset.url, headers={"User-Agent": settings.user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data: bytes = response.read()
    except (OSError, ValueError) as err:
        raise DataError(f"{asset.url}: download failed ({err})") from err
    return data


def _store(asset: Asset, data: bytes, where: str) -> Path:
    target = asset_dir() / asset.filename
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(_verified(asset, data, where))
    tmp.replace(target)
    return target


def fetch_assets(*, from_dir: str | Path | None = None, timeout: float | None = None) -> list[Path]:
    """Fill the asset cache from an npm ``node_modules`` folder or from the CDN.

    Parameters
    ----------
    from_dir
        A ``node_modules`` folder holding the pinned package versions; when None, the
        files are downloaded from the CDN.
    timeout
        Seconds per download (default ``settings.http_timeout``).

    Returns
    -------
    list
        Paths of the cached files.
    """
    timeout = settings.http_timeout if timeout is None else timeout
    stored = []
    for asset in ALL_ASSETS:
        if from_dir is not None:
            source = Path(from_dir) / asset.package / asset.path
            if not source.is_file():
                raise DataError(f"{source}: missing (npm install {asset.package}@{asset.version})")
            stored.append(_store(asset, source.read_bytes(), str(source)))
            continue
        stored.append(_store(asset, _download(asset, timeout), asset.url))
    return stored


def _inline_css(asset: Asset) -> str:
    css = read_asset(asset).decode("utf-8")
    images = {a.path.rsplit("/", 1)[-1]: a for a in IMAGES if a.package == asset.package}

    def data_uri(match: re.Match[str]) -> str:
        image = images.get(match.group(1).rsplit("/", 1)[-1])
        if image is None:
            return "none"
        encoded = base64.b64encode(read_asset(image)).decode()
        return f"url(data:image/png;base64,{encoded})"

    return re.sub(r"url\((?:images/)?([\w.-]+\.png)\)", data_uri, css)


def head_html(*, inline: bool) -> str:
    """The ``<link>``/``<script>`` tags (or inline ``<style>``/``<script>``) for the page."""
    parts = []
    for asset in STYLES:
        if inline:
            parts.append(f"<style>/* {asset.filename} */\n{_inline_css(asset)}</style>")
        else:
            parts.append(
                f'<link rel="stylesheet" href="{asset.url}" integrity="{asset.integrity}" '
                'crossorigin="anonymous"/>'
            )
    for asset in SCRIPTS:
        if inline:
            code = read_asset(asset).decode("utf-8").replace("</script", "<\\/script")
            parts.append(f"<script>/* {asset.filename} */\n{code}</script>")
        else:
            parts.append(
                f'<script src="{asset.url}" integrity="{asset.integrity}" '
                'crossorigin="anonymous"></script>'
            )
    return "\n".join(parts)


def copy_tree(source: Path, target: Path) -> None:
    """Copy a folder (used by tests to seed a cache)."""
    shutil.copytree(source, target, dirs_exist_ok=True)
