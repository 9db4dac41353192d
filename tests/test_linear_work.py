"""Work per report is linear in its length (counted in function calls, not timed)."""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

from incidentmap.models import Report
from incidentmap.pipeline import geoparse_report

OWN = Path(__file__).resolve().parent / "data" / "own"


def _calls(text: str, gazetteer) -> int:
    profile = cProfile.Profile()
    profile.enable()
    geoparse_report(Report("long", text, "long.txt"), gazetteer)
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


def test_one_long_report_costs_linear_work(gazetteer):
    """One report of many pages (all sites, areas and names) costs what its pages cost.

    Quadratic steps (every site tested against every name; every area against every
    earlier place) made a 2 MB report 4x slower than a 1 MB one; a 50 MB one never ended.
    """
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(OWN.glob("*.md")))
    small = _calls(base * 4, gazetteer)
    large = _calls(base * 16, gazetteer)
    assert large / small < 4.6, (small, large)
