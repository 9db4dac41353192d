"""Click options shared by several commands, defined once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .errors import InputError

F = TypeVar("F", bound=Callable[..., Any])


def log_level(verbose: int, quiet: int) -> int:
    """Logging level for ``-v``/``-q`` counts: WARNING by default, one step per flag."""
    return max(logging.DEBUG, min(logging.CRITICAL, logging.WARNING - 10 * (verbose - quiet)))


def _add_verbosity(ctx: click.Context, param: click.Parameter, value: int) -> int:
    """``-v``/``-q`` after a command name count with those before it (``fio`` style)."""
    if value and param.name:
        obj = ctx.find_root().ensure_object(dict)
        obj[param.name] = obj.get(param.name, 0) + value
        logging.getLogger().setLevel(log_level(obj.get("verbose", 0), obj.get("quiet", 0)))
    return value


def is_quiet(ctx: click.Context) -> bool:
    """True when ``-q`` was given anywhere on the command line: no summary lines."""
    obj = ctx.find_root().obj or {}
    return bool(obj.get("quiet", 0))


def verbosity_opt(f: F) -> F:
    """``-v/--verbose`` and ``-q/--quiet`` on a command, as on the ``incidentmap`` group."""
    f = click.option(
        "-q", "--quiet", count=True, expose_value=False, callback=_add_verbosity,
        help="Less output: no summary line; -qq hides warnings too.",
    )(f)  # fmt: skip
    return click.option(
        "-v", "--verbose", count=True, expose_value=False, callback=_add_verbosity,
        help="More log output (repeatable).",
    )(f)  # fmt: skip


min_confidence_opt = click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Incident places below this confidence go to the hidden low-confidence layer "
    "(default 0.5).",
)
title_opt = click.option("--title", default=None, help="Map title (default: from the reports).")
inline_opt = click.option(
    "--inline-assets/--cdn-assets",
    "inline_assets",
    default=None,
    help="Embed Leaflet in the page so that it opens with no network (the default), or "
    "link it from a CDN: a lighter page that needs the network.",
)


def check_tiles(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse a ``--tiles`` value that names no basemap, before any work is done."""
    if value is None:
        return None
    from .render.tiles import basemap

    try:
        basemap(value)
    except InputError as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from err
    return value


TILES_HELP = "Basemap: cartodbpositron, openstreetmap, an http(s) tile URL template, or 'none'."
tiles_opt = click.option(
    "--tiles", default="cartodbpositron", show_default=True, callback=check_tiles, help=TILES_HELP
)
excel_opt = click.option(
    "--excel",
    "csv_bom",
    is_flag=True,
    help="Write CSV with a UTF-8 byte-order mark, so that Excel reads accents and curly "
    "quotes right (incidentmap.toml: csv_bom = true).",
)
