"""Click options shared by several commands, defined once."""

from __future__ import annotations

import click

min_confidence_opt = click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Incident places below this confidence go to the hidden low-confidence layer "
    "(default 0.5).",
)
title_opt = click.option("--title", default=None, help="Map title (default: from the reports).")
inline_opt = click.option(
    "--inline-assets",
    is_flag=True,
    help="Embed Leaflet's JS/CSS so the page opens with no network (needs the asset cache: "
    "'incidentmap data fetch --assets').",
)
tiles_opt = click.option(
    "--tiles",
    default="cartodbpositron",
    show_default=True,
    help="Basemap: cartodbpositron, openstreetmap, a tile URL template, or 'none'.",
)
excel_opt = click.option(
    "--excel",
    is_flag=True,
    help="Write CSV with a UTF-8 byte-order mark, so that Excel reads accents and curly "
    "quotes right (incidentmap.toml: csv_bom = true).",
)
