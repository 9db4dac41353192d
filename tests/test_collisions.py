"""Place names that are also common words or personal names: the list and the rule."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from incidentmap.extract import mentions_from_report
from incidentmap.models import Report

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "geodata" / "name_collisions.csv"
#: Real places in Pakistan that are also words or names, and what they collide with.
KNOWN = {
    "hassan": "name", "zehri": "name", "baloch": "name", "jatoi": "name", "lehri": "name",
    "gul": "name", "wazir": "name", "panhwar": "name",
    "tump": "word", "drug": "word", "mand": "word", "bela": "word", "sangar": "word",
    "nag": "word", "dak": "word", "gold": "word", "airport": None, "mehtar": "word",
}  # fmt: skip


def _surfaces(text: str, gazetteer) -> list[str]:
    report = Report(doc_id="t", text=text, path="t.txt")
    return [m.surface for m in mentions_from_report(report, gazetteer) if m.match != "area"]


def test_script_rebuilds_the_shipped_list(tmp_path: Path):
    if not all(importlib.util.find_spec(p) for p in ("english_words", "pakgender")):
        pytest.skip(
            "word and name lists not installed (english-words, pakgender: the geodata extra)"
        )
    shipped = TABLE.read_bytes()
    subprocess.run(
        [sys.executable, str(REPO / "geodata/scripts/build_collisions.py")],
        check=True,
        capture_output=True,
        env={**__import__("os").environ, "INCIDENTMAP_CACHE_DIR": str(tmp_path)},
    )
    assert TABLE.read_bytes() == shipped


def test_known_collisions_are_listed():
    with TABLE.open(encoding="utf-8", newline="") as handle:
        listed = {row["name"]: row["class"] for row in csv.DictReader(handle)}
    assert {name: listed.get(name) for name in KNOWN} == KNOWN
    # Large places are read as places whatever else the word means.
    assert not {"china", "quetta", "karachi", "hub", "tank", "swat", "riyadh"} & set(listed)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Hassan said the road was closed.", []),
        ("Chief minister Sanaullah Zehri visited the injured.", []),
        ("Baloch leaders condemned the attack.", []),
        # A people's name is the place only with an administrative word after it.
        ("A strike was held in the Baloch areas and across the Baloch belt.", []),
        ("Two policemen were shot dead in Baloch tehsil on Monday.", ["Baloch"]),
        # so is a faith's
        ("A gunman fired on members of the Ahmadi community in Okara.", ["Okara"]),
        ("Gunmen attacked a checkpost in Zehri on Friday.", ["Zehri"]),
        ("Three were killed in Kalat, Zehri and Khuzdar.", ["Kalat", "Zehri", "Khuzdar"]),
        ("Firing was reported in the Zehri tehsil.", ["Zehri"]),
        ("Armed men entered Zehri and looted the bank.", ["Zehri"]),
        ("Drug traffickers were arrested near the border.", []),
        ("Levies recovered a body in the Drug tehsil.", ["Drug"]),
        ("Militants attacked a camp near Tump, police said.", ["Tump"]),
        ("Tump was cut off for hours.", []),
        ("TUMP: A soldier was killed on Monday.", ["TUMP"]),
        ("The port is a hub of trade.", []),
        ("Two policemen were shot in Hub.", ["Hub"]),
        ("Gold prices rose as Mand traders closed shops in Turbat.", ["Mand", "Turbat"]),
    ],
)
def test_collisions_are_places_only_where_the_text_says_so(gazetteer, text, places):
    assert _surfaces(text, gazetteer) == places
