"""Click options shared by several commands, defined once."""

from __future__ import annotations

import click

from .errors import InputError

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
