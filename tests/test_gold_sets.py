"""The blind sets' gold agrees with their reports (``tests/data/check_blind_set.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
_spec = importlib.util.spec_from_file_location("check_blind_set", DATA / "check_blind_set.py")
assert _spec is not None and _spec.loader is not None
check_blind_set = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_blind_set)

#: Surfaces of early sets that the text incidentmap reads does not hold (a headline's
#: words the writer took from a title incidentmap does not see, a name spelt otherwise),
#: and one sub-type blind-v's writer put under another event type: they count as misses
#: in every score, and stay as their writers left them.
KNOWN_GAPS = {"blind-a": 2, "blind-c": 2, "blind-d": 3, "blind-f": 17, "blind-v": 1}
SETS = sorted(p.parent for p in DATA.glob("blind-*/*.events.gold.json"))


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_a_blind_sets_gold_agrees_with_its_reports(folder: Path) -> None:
    assert len(check_blind_set.check(folder)) == KNOWN_GAPS.get(folder.name, 0)


def test_the_check_finds_a_surface_missing_from_the_text(tmp_path: Path) -> None:
    folder = tmp_path / "blind-x"
    folder.mkdir()
    (folder / "bx-001.md").write_text(
        '---\ntitle: "A blast in Kalat"\npublished: 2020-01-01\n---\nA bomb went off in Kalat.\n',
        encoding="utf-8",
    )
    place = {"surface": ["Kalat"], "place": "Kalat"}
    gold = [{"id": "bx-001", "incident_places": [place], "context_places": [
        {"surface": ["Quetta"], "place": "Quetta", "why": "nowhere"},
        {"surface": ["Kalat"], "place": "Kalat", "why": "twice"}]}]  # fmt: skip
    events = [{"id": "bx-001", "events": [{"places": ["Sibi"], "event_type": "Battles",
        "sub_event_type": "Suicide bomb", "claims": [
        {"surface": "two killed", "n_min": 3, "n_max": 2}]}], "aggregate_claims": []}]  # fmt: skip
    (folder / "blind-x.gold.json").write_text(str(gold).replace("'", '"'), encoding="utf-8")
    (folder / "blind-x.events.gold.json").write_text(str(events).replace("'", '"'), "utf-8")
    assert check_blind_set.check(folder) == [
        "bx-001: 'Kalat' is both incident and context",
        "bx-001: 'Quetta' not in the text",
        "bx-001: event place 'Sibi' is no incident place",
        "bx-001: no ACLED type Battles/Suicide bomb",
        "bx-001: claim 'two killed' not in the text",
        "bx-001: claim 'two killed' has n_min > n_max",
    ]
