"""Events: grouping, dates, types, actors, fatalities, merging across reports, outputs.

The rules are checked on the project's own test reports (``tests/data/events``, written
for these tests) and the scores on the real annotated corpora are held to floors.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from incidentmap.acled import ACLED_COLUMNS
from incidentmap.claims import Claim
from incidentmap.eval_events import load_events_gold, score_events
from incidentmap.events import fatalities_from_claims
from incidentmap.models import EVENT_FIELDS
from incidentmap.options import BuildOptions
from incidentmap.pipeline import analyse, build

EVENTS = Path(__file__).resolve().parent / "data" / "events"
EVENTS_GOLD = Path(__file__).resolve().parent / "data" / "events-gold"


@pytest.fixture(scope="module")
def own():
    return analyse([EVENTS], BuildOptions(use_cache=False))


@pytest.fixture(scope="module")
def own_build(tmp_path_factory: pytest.TempPathFactory):
    return build(
        [EVENTS], tmp_path_factory.mktemp("events-out"), BuildOptions(tiles="none", use_cache=False)
    )


def _event(result, location: str, day: str | None = None) -> dict:
    rows = [
        r
        for r in result.events.to_dict("records")
        if r["location"] == location and (day is None or r["event_date"] == day)
    ]
    assert len(rows) == 1, rows
    return rows[0]


def test_own_reports_score_against_their_annotations(own) -> None:
    s = score_events(load_events_gold(EVENTS / "events.events.gold.json"), own.accounts)
    assert s.event_recall == 1.0 and s.event_precision == 1.0, (s.misses, s.extra)
    assert s.type_accuracy == 1.0, s.type_errors
    assert s.claims_f1 == 1.0, (s.claim_misses, s.claim_extra)
    assert s.claimant_type_accuracy == 1.0, s.claimant_errors
    assert s.fatalities_exact == 1.0, s.fatality_errors


def test_reports_of_one_place_and_day_are_one_event_with_every_source(own) -> None:
    gwadar = _event(own, "Gwadar")
    assert gwadar["sources"] == ["ev-002", "ev-003"] and gwadar["n_sources"] == 2
    figures = {(c["doc_id"], c["claimant_type"], c["n_min"]) for c in gwadar["claims"]}
    assert figures == {("ev-002", "military", 6), ("ev-002", "military", 4),
                       ("ev-003", "militant", 30)}  # fmt: skip
    # ACLED's rule: the militants' 30 is left out where the ISPR gives a figure.
    assert gwadar["fatalities"] == 10
    assert all("ev-002" in source for source in gwadar["fatalities_from"])
    assert gwadar["event_type"] == "Battles" and gwadar["actor1"] == "Baloch Liberation Army"


def test_a_wave_keeps_its_figures_as_aggregates_not_spread_over_places(own) -> None:
    listed = [r for r in own.events.to_dict("records") if r["sources"] == ["ev-004"]]
    assert {r["location"] for r in listed} == {"Quetta", "Kalat", "Kharan", "Nushki"}
    for r in listed:
        assert r["claims"] == [] and r["fatalities"] is None
        assert r["event_type"] is None and r["type_reason"] == "only listed with other places"
    aggregates = [a for a in own.run["aggregates"] if a["doc_id"] == "ev-004"]
    assert [(a["whose"], a["n_min"], a["claimant_type"]) for a in aggregates] == [
        ("security", 12, "government"),
        ("civilian", 9, "government"),
        ("militant", 41, "government"),
    ]


def test_the_same_place_on_two_days_is_two_events_with_stable_ids(own) -> None:
    first, second = _event(own, "Panjgur", "2025-07-11"), _event(own, "Panjgur", "2025-07-18")
    assert (first["fatalities"], second["fatalities"]) == (7, 2)
    assert first["event_id"] != second["event_id"]
    again = analyse([EVENTS], BuildOptions(use_cache=False))
    assert list(again.events["event_id"]) == list(own.events["event_id"])


def test_an_area_named_beside_its_town_joins_its_event(own) -> None:
    hoshab = _event(own, "Hoshab")
    assert hoshab["places"][:2] == ["Hoshab", "Kech"]
    assert hoshab["sub_event_type"] == "Abduction/forced disappearance"
    assert hoshab["actor2"] == "Civilians" and hoshab["fatalities"] == 0


def test_a_security_operation_puts_the_state_first(own) -> None:
    mastung = _event(own, "Mastung")
    assert (mastung["actor1"], mastung["actor2"]) == (
        "Military Forces of Pakistan",
        "Unidentified Armed Group",
    )
    assert mastung["fatalities"] == 10


def _claim(doc: str, whose: str, n: int, *, kind: str = "government", excerpt: str = "") -> Claim:
    return Claim(doc, "x", kind, "killed", whose, n, n, f"{n}", 0, 1, excerpt or "x.", (0, 1))  # type: ignore[arg-type]


def test_fatalities_follow_the_conservative_rule() -> None:
    # Sides add up; a militant claim of enemy dead counts only when nobody else gives one.
    assert fatalities_from_claims([_claim("a", "security", 6), _claim("a", "militant", 4)])[0] == 10
    assert fatalities_from_claims([_claim("a", "security", 30, kind="militant")])[0] == 30
    both = [_claim("a", "security", 6), _claim("b", "security", 30, kind="militant")]
    assert fatalities_from_claims(both)[0] == 6
    # Across reports the lowest; a total for everyone covers the sides it includes.
    assert (
        fatalities_from_claims([_claim("a", "unspecified", 9), _claim("b", "unspecified", 7)])[0]
        == 7
    )
    assert (
        fatalities_from_claims([_claim("a", "unspecified", 9), _claim("a", "security", 2)])[0] == 9
    )
    # Partial and superseded figures give way; a rising toll wins.
    spot = _claim("a", "unspecified", 2, excerpt="It killed two people on the spot.")
    assert fatalities_from_claims([_claim("a", "unspecified", 5), spot])[0] == 5
    assert fatalities_from_claims([spot])[0] == 2  # alone, it is the report's toll
    earlier = _claim("a", "unspecified", 15, excerpt="Earlier, 15 people died.")
    risen = _claim("a", "unspecified", 51, excerpt="The toll rose to 51.")
    assert fatalities_from_claims([earlier, risen])[0] == 51
    assert fatalities_from_claims([]) == (None, [])
    # One person named among a report's dead is no competing figure of its toll; two
    # figures of several are (the lower counts).
    one, four = _claim("a", "civilian", 1), _claim("a", "civilian", 4)
    assert fatalities_from_claims([one, four])[0] == 4
    assert fatalities_from_claims([_claim("a", "civilian", 3), four])[0] == 3
    assert fatalities_from_claims([_claim("a", "civilian", 0), four])[0] == 0  # "no deaths"


def test_build_writes_events_csv_with_the_other_outputs(own_build) -> None:
    path = own_build.outputs["events"]
    assert path.name == "events.csv" and path.parent == own_build.outputs["incidents"].parent
    run = json.loads(own_build.outputs["run"].read_text(encoding="utf-8"))
    assert "events.csv" in run["outputs"] and run["counts"]["events"] == len(own_build.events)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EVENT_FIELDS
    assert len(rows) == len(own_build.events)
    gwadar = next(r for r in rows if r["location"] == "Gwadar")
    assert gwadar["fatalities"] == "10" and gwadar["sources"] == "ev-002;ev-003"
    assert len(json.loads(gwadar["claims"])) == 3
    listed = next(r for r in rows if r["location"] == "Kharan")
    assert listed["fatalities"] == "" and listed["event_type"] == ""


def test_layer_and_districts_carry_the_events(own_build) -> None:
    layer = json.loads(own_build.outputs["incidents"].read_text(encoding="utf-8"))
    by_name = {f["properties"]["name"]: f["properties"] for f in layer["features"]}
    assert [e["fatalities"] for e in by_name["Panjgur"]["events"]] == [7, 2]
    assert by_name["Punjab"]["events"] == []  # context places make no event
    districts = json.loads(own_build.outputs["districts"].read_text(encoding="utf-8"))
    counts = {f["properties"]["district"]: f["properties"] for f in districts["features"]}
    assert counts["Panjgur"]["n_events"] == 2 and counts["Panjgur"]["fatalities"] == 9
    assert sum(p["n_events"] for p in counts.values()) == len(own_build.events)


def test_acled_export_has_acleds_columns_one_row_per_event(example_build, runner) -> None:
    from incidentmap.cli import main

    out = example_build.outputs["incidents"].with_name("events-acled.csv")
    result = runner.invoke(
        main,
        ["export", str(example_build.outputs["incidents"]), "--format", "acled", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out)
    assert tuple(table.columns) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    assert len(table) == len(example_build.events)
    assert set(table["event_id_cnty"]) == set(example_build.events["event_id"])
    assert table["source_scale"].isna().all() and table["timestamp"].isna().all()
    assert set(table["country"]) == {"Pakistan"} and set(table["iso"]) == {586}
    typed = table.dropna(subset=["event_type"])
    assert set(typed["disorder_type"]) <= {"Political violence", "Strategic developments"}
    gwadar = table[(table["location"] == "Gwadar")]
    assert gwadar["fatalities"].max() >= 8
    assert gwadar["civilian_targeting"].eq("Civilian targeting").any()


def test_geopackage_has_an_events_layer(own_build, tmp_path: Path) -> None:
    import geopandas as gpd
    import pyogrio

    from incidentmap.pipeline import export_layer

    path = export_layer(own_build.outputs["incidents"], "gpkg", tmp_path / "x.gpkg")
    assert "events" in [name for name, _ in pyogrio.list_layers(path)]
    events = gpd.read_file(path, layer="events")
    assert len(events) == len(own_build.events)
    assert set(events["event_id"]) == set(own_build.events["event_id"])


def test_seeds_keep_every_figure_where_it_belongs(seeds_build) -> None:
    """The wave's totals as aggregate claims with their claimants; the Gwadar camp's
    eleven in Gwadar's event."""
    aggregates = {
        (a["doc_id"], a["whose"], a["n_min"], a["claimant_type"])
        for a in seeds_build.run["aggregates"]
    }
    assert ("seed-000", "security", 10, "government") in aggregates
    assert {("seed-002", "security", 15, "military"), ("seed-002", "civilian", 18, "military"),
            ("seed-002", "militant", 92, "military")} <= aggregates  # fmt: skip
    assert ("seed-002", "militant", 145, "government") in aggregates
    gwadar = _event(seeds_build, "Gwadar")
    eleven = [c for c in gwadar["claims"] if c["n_min"] == 11]
    assert eleven and eleven[0]["what"] == "killed" and gwadar["fatalities"] == 11
    placed = {(c["doc_id"], c["start"]) for e in seeds_build.events["claims"] for c in e}
    assert not placed & {(a["doc_id"], a["start"]) for a in seeds_build.run["aggregates"]}


#: Floors under the scores on the annotated corpora (rules were written against them:
#: these guard against regressions; first-sight scores are in tests/data/FIRST_SIGHT.md).
FLOORS = {
    "seeds": {"recall": 1.0, "type": 0.9, "claims_f1": 0.95, "fatalities": 0.95},
    # 25 of 28: since Bannu lies in its own district, dev-012's North Waziristan holds one
    # attacked town and folds into it, where the gold keeps two events; and since the refit
    # with blind-aq in, Bannu itself, one of four districts listed, stands at p 0.49.
    "dev": {"recall": 0.89, "type": 0.95, "claims_f1": 0.9, "fatalities": 0.85},
    "example": {"recall": 0.95, "type": 0.9, "claims_f1": 0.95, "fatalities": 0.9},
    # Real reports of 24 outlets; event recall is bounded by the places found (R 0.70).
    "train": {"recall": 0.65, "type": 0.72, "claims_f1": 0.82, "fatalities": 0.65},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_event_scores_on_annotated_corpora(name: str, shared_dir: Path, example_dir: Path) -> None:
    sources = {
        "seeds": shared_dir / "corpus" / "seeds",
        "dev": shared_dir / "corpus" / "dev",
        "train": shared_dir / "corpus" / "train",
        "example": example_dir,
    }
    gold_file = (
        example_dir / "example.events.gold.json"
        if name == "example"
        else (EVENTS_GOLD / f"{name}.events.gold.json")
    )
    s = score_events(load_events_gold(gold_file), analyse([sources[name]]).accounts)
    floor = FLOORS[name]
    assert s.event_recall >= floor["recall"], s.misses
    assert s.type_accuracy >= floor["type"], s.type_errors
    assert s.claims_f1 >= floor["claims_f1"], (s.claim_misses, s.claim_extra)
    assert s.fatalities_exact >= floor["fatalities"], s.fatality_errors


def test_eval_cli_reports_event_scores(runner, seeds_dir: Path, shared_dir: Path) -> None:
    from incidentmap.cli import main

    gold = shared_dir / "corpus" / "gold" / "seeds.gold.json"
    events_gold = EVENTS_GOLD / "seeds.events.gold.json"
    args = ["eval", "--gold", str(gold), "--events-gold", str(events_gold), str(seeds_dir)]
    result = runner.invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["events"]
    assert scores["event_recall"] == 1.0 and scores["counts"]["gold_events"] == 20
    assert scores["date_errors"] == [] and scores["event_date_accuracy"] == 1.0
    text = runner.invoke(main, args)
    assert "claims P" in text.output and "exact fatalities" in text.output


def test_a_malformed_events_gold_is_one_clear_error(runner, tmp_path: Path, seeds_dir: Path,
                                                    shared_dir: Path) -> None:  # fmt: skip
    from incidentmap.cli import main

    bad = tmp_path / "bad.events.gold.json"
    bad.write_text('{"id": "x"}', encoding="utf-8")
    gold = shared_dir / "corpus" / "gold" / "seeds.gold.json"
    result = runner.invoke(main, ["eval", "--gold", str(gold), "--events-gold", str(bad),
                                  str(seeds_dir)])  # fmt: skip
    assert result.exit_code == 1
    assert f"{bad}: expected a list of objects" in result.output
    assert "Traceback" not in result.output


def _report_events(gazetteer, text: str, published: str | None = None):
    """The events of one report written in our own words (``ReportEvents``)."""
    from incidentmap.events import events_from_report
    from incidentmap.models import Report
    from incidentmap.pipeline import geoparse_report

    report = Report("own", text, "own.md", published=published)
    return events_from_report(report, geoparse_report(report, gazetteer))


def _types(gazetteer, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each event of one report (our own words) by its place: its type and sub-type."""
    found = _report_events(gazetteer, text).events
    return {e.names[0]: (e.event_type, e.sub_event_type) for e in found}


def test_what_happened_told_in_the_sentence_next_to_the_place(gazetteer) -> None:
    """One sentence says what happened, the next where: the event takes the first's type."""
    shot = _types(
        gazetteer,
        "Gunmen stormed a bus terminal on Saturday and opened fire on passengers. Two people "
        "died on the spot in Hub, police said, and three were wounded.",
    )
    assert shot["Hub"] == ("Violence against civilians", "Attack")
    thrown = _types(
        gazetteer,
        "A grenade was hurled into a crowded shop on Sunday evening. Three customers were "
        "wounded in Pasni, a police official said.",
    )
    assert thrown["Pasni"] == ("Explosions/Remote violence", "Grenade")


def test_a_neighbouring_sentence_lends_no_type_across_a_turn_a_place_or_a_list(gazetteer) -> None:
    """Near misses: another incident begins, the sentence names its own place, or the
    place is only listed."""
    turned = _types(
        gazetteer,
        "Militants set off a car bomb outside a market on Friday. Separately, police "
        "said two men were wounded in Panjgur. The blast was in Khuzdar.",
    )
    assert turned["Panjgur"] == (None, None)
    assert turned["Khuzdar"][1] == "Remote explosive/landmine/IED"
    other_place = _types(
        gazetteer,
        "A suicide bomber struck a police post in Mastung on Friday morning. Hours later, two "
        "policemen were found dead in Kalat.",
    )
    assert other_place["Mastung"][1] == "Suicide bomb" and other_place["Kalat"] == (None, None)
    listed = _types(
        gazetteer,
        "Roadside bombs went off across the province on Monday, wounding nine people in all. "
        "Officials named Kech, Panjgur, Awaran and Kharan among the districts hit.",
    )
    assert set(listed.values()) == {(None, None)}


def test_a_list_of_places_targeted_takes_the_bombs_told_next_to_it(gazetteer) -> None:
    """A wave's list of targets: the sentence before says what went off (ACLED codes each
    place as the explosion); a list of places merely named takes nothing (test above)."""
    targeted = _types(
        gazetteer,
        "Small bombs went off outside bank branches across interior Sindh before dawn on "
        "Wednesday. Branches were targeted in Dadu, Hala, Mehar and Moro, officials said.",
    )
    assert set(targeted.values()) == {
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    }, targeted
    operation = _types(
        gazetteer,
        "Security forces launched an operation in the hills on Monday. Officials said "
        "militants had targeted Kech, Panjgur, Awaran and Kharan in recent weeks.",
    )
    assert {operation[p] for p in ("Panjgur", "Awaran")} == {(None, None)}, operation


def test_a_lead_that_tells_what_but_not_where_types_the_first_event(gazetteer) -> None:
    """Wire copy: the lead says what happened, a later sentence where; a recalled attack
    later in the report does not take the lead's type."""
    types = _types(
        gazetteer,
        "Gunmen stopped a coach on the highway late on Monday and opened fire on the "
        "passengers, officials said. The coach had left Quetta in the afternoon. The attack "
        "took place near Rakhni. In 2019, Kalat saw a similar ambush.",
    )
    assert types["Rakhni"] == ("Violence against civilians", "Attack"), types
    assert types.get("Kalat", (None, None))[0] != "Violence against civilians"
    named = _types(
        gazetteer,
        "Gunmen shot five passengers dead near Mastung, officials said. Police later searched "
        "the hills around Rakhni.",
    )
    assert named.get("Rakhni", (None, None)) == (None, None), named


@pytest.mark.parametrize(
    "text",
    [
        "In May 2015, twenty passengers were taken into the hills and shot near Surab.",
        "In 2013, gunmen pulled 13 men off two buses near Mach and killed them.",
        "Militants closed the highway near Rakhni at night and killed 23 travellers.",
    ],
)
def test_passengers_shot_or_pulled_off_buses_are_attacked_civilians(gazetteer, text) -> None:
    types = _types(gazetteer, text)
    assert set(types.values()) == {("Violence against civilians", "Attack")}, types


def test_no_casualties_across_the_district_is_no_toll_of_the_wave(gazetteer) -> None:
    """'No casualties were reported from the district' is a figure of the wave, but of no
    deaths: the events told there are counted 0, as ACLED does, not left empty."""
    from incidentmap.events import events_from_report
    from incidentmap.models import Report
    from incidentmap.pipeline import geoparse_report

    text = (
        "Militants struck polling stations across Kech district on Thursday. Armed men "
        "stormed a polling station in Zamran and set ballot papers on fire, and rockets were "
        "fired at a polling station in Tump. No casualties were reported from the district."
    )
    report = Report("own", text, "own.md")
    found = events_from_report(report, geoparse_report(report, gazetteer))
    typed = [e for e in found.events if e.event_type]
    assert typed and all(e.fatalities == 0 for e in typed), found.events
    assert any(c.what == "killed" and c.n_max == 0 for c in found.aggregates)


def test_bodies_found_is_an_attack_either_way_round(gazetteer) -> None:
    found = _types(gazetteer, "Levies found the bodies of two shepherds near Kohlu on Monday.")
    assert found["Kohlu"] == ("Violence against civilians", "Attack"), found


def test_a_shooting_at_civilians_with_no_figure_is_violence_against_civilians(gazetteer) -> None:
    """ACLED: gunfire at unarmed people is an attack on civilians, not a battle, even where
    the report gives no toll; witnesses hearing gunfire, or forces among those hit, are not."""
    vendors = _types(
        gazetteer,
        "Gunfire from two motorbikes hit a pickup carrying fruit vendors near Surab on Tuesday, "
        "and the attackers fled.",
    )
    assert vendors["Surab"] == ("Violence against civilians", "Attack")
    heard = _types(
        gazetteer,
        "Heavy gunfire was heard near the airport in Turbat on Tuesday night, residents said.",
    )
    assert heard["Turbat"] == ("Battles", "Armed clash")
    post = _types(
        gazetteer,
        "Gunfire from two motorbikes hit a pickup carrying labourers and their Levies escort "
        "near Surab on Tuesday, "
        "and the attackers fled.",
    )
    assert post["Surab"] == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of two rival candidates clashed outside a polling station in Khuzdar.",
        "Six people were hurt in clashes between rival groups in Khuzdar on polling day.",
        "A scuffle at a women's polling station in Khuzdar left three voters injured.",
        "Two men were stabbed in a fight at the procession in Khuzdar on Friday.",
    ],
)
def test_rival_groups_and_crowds_fighting_are_mob_violence(gazetteer, text) -> None:
    """ACLED: supporters of rival parties fighting on polling day, a scuffle, a brawl at a
    procession are Riots (mob violence), not battles between armed groups and forces."""
    assert _types(gazetteer, text)["Khuzdar"] == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "Precision strikes hit a seminary in Kotli before dawn, killing three people.",
        "The army said its strikes on militant hideouts in Kotli killed eight fighters.",
    ],
)
def test_strikes_by_a_state_on_targets_are_air_or_missile_strikes(gazetteer, text) -> None:
    found = _types(gazetteer, text)["Kotli"]
    assert found == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police opened fire on protesters outside the press club in Kohlu on 4 May 2024, "
            "killing two.",
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "Police used tear gas and batons on residents blocking the road, injuring 12 in "
            "Kohlu on 4 May 2024.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "Two workers were killed in the police firing at the party's secretariat in Kohlu "
            "on 4 May 2024.",
            ("Protests", "Excessive force against protesters"),
        ),
        # a convoy of passengers is no force: gunmen attacking it attack civilians
        (
            "Gunmen opened fire on a passenger convoy near Kohlu on 4 May 2024, killing six "
            "travellers.",
            ("Violence against civilians", "Attack"),
        ),
        ("Militants attacked an army convoy near Kohlu on 4 May 2024.", ("Battles", "Armed clash")),
    ],
)
def test_force_against_protesters_and_convoys_of_passengers(gazetteer, text, expected) -> None:
    """ACLED: forces firing on protesters is excessive force, tear gas and batons an
    intervention; a passenger convoy attacked is violence against civilians."""
    assert _types(gazetteer, text)["Kohlu"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nato helicopters attacked two border posts near Kohlu on 4 May 2024, killing 20 "
            "soldiers.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "On 4 May 2024 jet aircraft struck hideouts near Kohlu, the army said.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        # ... a battle when a fight on the ground is told
        (
            "On 4 May 2024 jet aircraft struck hideouts near Kohlu as troops exchanged fire "
            "with militants, the army said.",
            ("Battles", "Armed clash"),
        ),
    ],
)
def test_aircraft_that_attack_make_an_air_strike(gazetteer, text, expected) -> None:
    """'Nato helicopters attacked two border posts': the attackers fly, so ACLED's air
    strike, though forces were hit; a security operation that kills militants stays a
    battle."""
    assert _types(gazetteer, text)["Kohlu"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops launched an operation near Kohlu on 4 May 2024. Helicopter gunships "
            "pounded villages in the hills for hours, the party said.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "An operation backed by gunship helicopters went on in Kohlu, the party said.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        # ... fighting on the ground, or militants killed: an armed clash
        (
            "Troops launched an operation near Kohlu on 4 May 2024. Helicopter gunships "
            "pounded the hills and six militants were killed, officials said.",
            ("Battles", "Armed clash"),
        ),
        (
            "Troops launched an operation near Kohlu on 4 May 2024. Gunships pounded the "
            "hills and a number of terrorists have been killed, the army said.",
            ("Battles", "Armed clash"),
        ),
        (
            "Troops launched an operation near Kohlu on 4 May 2024. Gunships pounded the "
            "hills as the two sides exchanged fire.",
            ("Battles", "Armed clash"),
        ),
        # helicopters only seen, or strikes only a motive, say nothing of the operation
        (
            "Troops launched an operation near Kohlu on 4 May 2024. Helicopters were seen "
            "circling over the town.",
            ("Battles", "Armed clash"),
        ),
        (
            "Troops launched an operation near Kohlu on 4 May 2024. The group vowed revenge "
            "for drone strikes.",
            ("Battles", "Armed clash"),
        ),
    ],
)
def test_an_operation_told_only_as_strikes_from_the_air_is_an_air_strike(
    gazetteer, text, expected
) -> None:
    """ACLED codes an operation by what it did: gunships shelling villages with no fight
    told is an air strike; a security operation that kills militants is a battle."""
    assert _types(gazetteer, text)["Kohlu"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a routine patrol near Kohlu, the military said.",
        "Gunmen fired from the hills on a Levies checkpost near Kohlu on Friday.",
        "Attackers who had blocked the road near Kohlu killed six Levies personnel.",
        "Three soldiers were martyred near Kohlu on Sunday, the military said.",
    ],
)
def test_an_attack_on_forces_or_forces_killed_is_a_battle(gazetteer, text) -> None:
    """ACLED codes an armed attack on security forces as Battles/Armed clash."""
    assert _types(gazetteer, text)["Kohlu"] == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Men fired rockets at a Levies post near Kohlu.", "Shelling/artillery/missile attack"),
        ("Men attacked a polling station in Kohlu with grenades.", "Grenade"),
        ("Two soldiers were martyred by a bomb near Kohlu.", "Remote explosive/landmine/IED"),
    ],
)  # fmt: skip
def test_the_weapon_types_an_attack_on_forces_before_the_fight(gazetteer, text, sub) -> None:
    assert _types(gazetteer, text)["Kohlu"] == ("Explosions/Remote violence", sub)


def test_people_seized_are_abducted_not_a_place_taken(gazetteer) -> None:
    """'Four miners were seized near Kohlu': the passive seizes people, an abduction."""
    text = "Four miners were seized near Kohlu before dawn on Sunday, officials said."
    found = _types(gazetteer, text)["Kohlu"]
    assert found == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_place_seized_is_a_place_taken(gazetteer) -> None:
    text = "Militants seized the Levies station at Kohlu and held it for two hours."
    assert _types(gazetteer, text)["Kohlu"] == ("Battles", "Non-state actor overtakes territory")


def test_bursts_of_automatic_fire_are_a_fight(gazetteer) -> None:
    """Explosions and long bursts of automatic fire around a compound: an armed clash."""
    text = "Residents woke to explosions and long bursts of automatic fire at the camp in Kohlu."
    assert _types(gazetteer, text)["Kohlu"] == ("Battles", "Armed clash")


def test_people_shot_at_a_place_are_shot(gazetteer) -> None:
    text = "Two passengers were taken off a coach and shot at Kohlu on Monday."
    assert _types(gazetteer, text)["Kohlu"] == ("Violence against civilians", "Attack")


def test_clashes_between_forces_and_militants_stay_battles(gazetteer) -> None:
    text = "Two soldiers died in clashes between security forces and militants near Khuzdar."
    assert _types(gazetteer, text)["Khuzdar"] == ("Battles", "Armed clash")


def test_riots_are_their_own_type(gazetteer) -> None:
    """ACLED's Riots: a mob's violence, and a protest that turned violent, are neither a
    peaceful protest nor property destruction by armed men."""
    mob = _types(gazetteer, "An angry mob set fire to a police van in Ghotki on Friday.")
    assert mob["Ghotki"] == ("Riots", "Mob violence")
    stones = _types(
        gazetteer,
        "Protesters pelted the police with stones and blocked the highway in Khuzdar on Friday.",
    )
    assert stones["Khuzdar"] == ("Riots", "Violent demonstration")
    burnt = _types(gazetteer, "Armed men set fire to two trucks near Khuzdar on Friday.")
    assert burnt["Khuzdar"] == ("Strategic developments", "Looting/property destruction")
    van = _types(
        gazetteer, "Armed men set fire to a van carrying schoolgirls near Khuzdar on Friday."
    )
    assert van["Khuzdar"] == ("Violence against civilians", "Attack")


def test_a_raid_on_a_post_and_exchanges_of_fire_are_battles(gazetteer) -> None:
    """'raided a Levies post', 'exchanges of fire': armed men against forces; a police raid
    on a house is not."""
    post = _types(gazetteer, "Militants raided a Levies post near Kohlu on Sunday night.")
    assert post["Kohlu"] == ("Battles", "Armed clash")
    fire = _types(gazetteer, "Exchanges of fire went on through the night in Kohlu.")
    assert fire["Kohlu"] == ("Battles", "Armed clash")
    house = _types(gazetteer, "Police raided a house in Kohlu and arrested two suspects.")
    assert house["Kohlu"] == ("Strategic developments", "Arrests")


def test_a_shooting_with_no_toll_and_no_force_is_an_attack_on_a_civilian(gazetteer) -> None:
    """'a trader was shot dead', 'the killings took place at': no figure, no force named;
    a soldier shot dead, or a protest against the killings, is not."""
    trader = _types(gazetteer, "Last year a grain trader was shot dead in Kharan.")
    assert trader["Kharan"] == ("Violence against civilians", "Attack")
    killings = _types(gazetteer, "The killings took place at a roadblock near Kharan at night.")
    assert killings["Kharan"] == ("Violence against civilians", "Attack")
    soldier = _types(gazetteer, "Last year a soldier was shot dead at a checkpoint in Kharan.")
    assert soldier["Kharan"] != ("Violence against civilians", "Attack")
    rally = _types(gazetteer, "Hundreds rallied against the killings in Kharan on Monday.")
    assert rally.get("Kharan", (None, None)) != ("Violence against civilians", "Attack")


def test_a_school_named_after_the_army_is_no_military_target(gazetteer) -> None:
    """'stormed the Army Public School' is an attack on a school; 'stormed the army camp' is
    one on a force."""
    school = _types(gazetteer, "Gunmen stormed the Army Public School in Kohat on Monday.")
    camp = _types(gazetteer, "Gunmen stormed the army camp in Kohat on Monday.")
    assert school["Kohat"] != ("Battles", "Armed clash")
    assert camp["Kohat"] == ("Battles", "Armed clash")


def _tolls(gazetteer, text: str) -> tuple[dict[str, int | None], list[int | None]]:
    """Each event's fatalities by place, and the wave's figures, of one report (own words)."""
    found = _report_events(gazetteer, text)
    return {e.names[0]: e.fatalities for e in found.events}, [c.count for c in found.aggregates]


def test_a_wave_named_in_another_clause_leaves_the_figure_its_place(gazetteer) -> None:
    """'killed in a bombing in Turbat, and was seen as part of a wave': Turbat's figure."""
    placed, wave = _tolls(
        gazetteer,
        "The strike came two weeks after more than 30 labourers were killed in a bombing in "
        "Turbat, and was seen as part of a wider wave of attacks on workers.",
    )
    assert placed == {"Turbat": 31} and wave == []
    placed, wave = _tolls(  # near miss: the same clause speaks of the whole province
        gazetteer,
        "Twelve people were killed in Quetta and elsewhere across the province on Friday.",
    )
    assert placed == {"Quetta": None} and wave == [12]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A young man blew himself up at the gate of a seminary in Kohlu.", "Suicide bomb"),
        ("The bomber struck a crowded tent in Kohlu as a cleric spoke.", "Suicide bomb"),
        ("Militants bombed a van carrying miners near Kohlu.", "Remote explosive/landmine/IED"),
        ("Two low-intensity devices damaged a bank's gate in Kohlu.",
         "Remote explosive/landmine/IED"),
        ("A device went off under a bridge near Kohlu at dawn, wounding two men.",
         "Remote explosive/landmine/IED"),
        ("Villagers said helicopter strikes on Kohlu had killed nine people.",
         "Air/drone strike"),
        ("Jet aircraft struck hideouts near Kohlu, destroying an ammunition dump.",
         "Air/drone strike"),
    ],
)  # fmt: skip
def test_bombers_devices_and_helicopters_are_remote_violence(gazetteer, text, kind) -> None:
    assert _types(gazetteer, text)["Kohlu"] == ("Explosions/Remote violence", kind)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot the shopkeeper dead outside his store in Kohlu.",
        "An elder was stabbed near the mosque in Kohlu on Friday.",
        "Men on a motorbike fired on the car of a local politician in Kohlu.",
        "Masked men sprayed bullets at a wedding party in Kohlu.",
        "Armed men beat up two teachers at a tuition centre in Kohlu.",
        "The body of a missing student was found in Kohlu on Sunday.",
    ],
)
def test_shootings_stabbings_and_a_body_found_are_attacks(gazetteer, text) -> None:
    assert _types(gazetteer, text)["Kohlu"] == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen stormed a newspaper office in Kohlu and killed its editor.",
         ("Violence against civilians", "Attack")),
        ("The attack took place near Kohlu shortly after midnight, officials said.",
         ("Violence against civilians", "Attack")),
        ("Gunmen in Frontier Corps uniforms stopped two coaches near Kohlu on Friday.",
         ("Violence against civilians", "Attack")),
        ("Four policemen having tea at a roadside hotel in Kohlu were gunned down.",
         ("Battles", "Armed clash")),
        ("A Levies post near Kohlu came under attack on Sunday night.",
         ("Battles", "Armed clash")),
        ("The Baloch Liberation Army said its men attacked a hotel in Kohlu.",
         ("Violence against civilians", "Attack")),
        ("The army launched a large-scale offensive in Kohlu in June.",
         ("Battles", "Armed clash")),
    ],
)  # fmt: skip
def test_an_attack_told_without_weapon_takes_its_type_from_who_was_hit(
    gazetteer, text, kind
) -> None:
    """No word of a weapon or a fight: forces among those hit make it a battle, else an
    attack on civilians; forces named as a disguise are not hit."""
    assert _types(gazetteer, text)["Kohlu"] == kind


def _dates(gazetteer, text: str, published: str) -> dict[str, list[str | None]]:
    """The dates of each place's events in one report (own words)."""
    dates: dict[str, list[str | None]] = {}
    for e in _report_events(gazetteer, text, published).events:
        dates.setdefault(e.names[0], []).append(e.event_date)
    return dates


def test_a_recalled_month_is_an_event_of_its_own(gazetteer) -> None:
    """'In January 2016, ...', 'In January, ...' (a February report) and 'In 2011, ...'
    recall past attacks at the same town: events of their own, not the lead's."""
    dates = _dates(
        gazetteer,
        "A bomb killed nine people at a market in Kohlu on Monday. In January 2016, a "
        "suicide bomber struck a polio centre in Kohlu. In January, gunmen shot dead two "
        "teachers in Kohlu. In 2011, a landmine killed four miners in Kohlu.",
        "2026-02-04",
    )
    assert sorted(dates["Kohlu"]) == ["2011", "2016-01", "2026-01", "2026-02-02"]


def test_each_clause_of_a_sentence_with_two_dates_dates_its_own_place(gazetteer) -> None:
    dates = _dates(
        gazetteer,
        "A constable was shot dead in Kohlu on 16 January, and on 9 January a bomber killed "
        "six people in Barkhan.",
        "2026-01-20",
    )
    assert dates == {"Kohlu": ["2026-01-16"], "Barkhan": ["2026-01-09"]}


def test_a_wave_over_many_places_lends_them_no_attack(gazetteer) -> None:
    """'struck a dozen sites, among them Kohlu and Barkhan' tells nothing of each place."""
    found = _types(
        gazetteer,
        "The raids struck close to a dozen sites, among them the town of Kohlu and the "
        "district headquarters Barkhan.",
    )
    assert found["Kohlu"] == (None, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two police posts in Kohlu were attacked with rockets before dawn.",
         ("Battles", "Armed clash")),
        ("A Levies checkpost in Kohlu came under rocket fire on Sunday night.",
         ("Battles", "Armed clash")),
        ("An attack on the police station in Kohlu was beaten back.",
         ("Battles", "Armed clash")),
        ("Men of two clans opened fire on each other over a water dispute in Kohlu.",
         ("Battles", "Armed clash")),
        ("A constable died in a clash between police and protesters in Kohlu.",
         ("Riots", "Violent demonstration")),
        ("Party workers marching on the capital clashed with police in Kohlu.",
         ("Riots", "Violent demonstration")),
        ("Police clashed with militants in Kohlu on Sunday.", ("Battles", "Armed clash")),
        ("Gunmen seized a passenger train near Kohlu and held its passengers for a day.",
         ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)  # fmt: skip
def test_forces_attacked_in_the_passive_and_fights_between_sides(gazetteer, text, kind) -> None:
    """Posts 'were attacked' or 'came under fire' are battles as much as 'attacked a post';
    a clash with protesters is a riot; a train seized is its passengers taken."""
    assert _types(gazetteer, text)["Kohlu"] == kind


def test_a_figure_over_a_span_of_time_is_no_events_toll(gazetteer) -> None:
    """'have killed hundreds over the past two decades' counts years, not the bombing."""
    placed, wave = _tolls(
        gazetteer,
        "A bomb killed 12 people at a market in Kohlu on Monday. Armed groups have killed "
        "hundreds of people in Kohlu over the past two decades.",
    )
    assert placed["Kohlu"] == 12
    assert 200 in wave
    placed, wave = _tolls(
        gazetteer,
        "A bomb killed 12 people at a market in Kohlu on Monday. Police said 300 raids were "
        "made in the same period, in which 45 suspects were killed.",
    )
    assert placed["Kohlu"] == 12
    assert 45 in wave


def test_the_country_as_setting_of_one_attack_keeps_its_figure(gazetteer) -> None:
    """'killed 40 people at a rally in south-western Pakistan' in a report of one attack
    that recalls another on another day: the figure is the attack's, not a wave's."""
    placed, wave = _tolls(
        gazetteer,
        "A suicide bomber killed at least 40 people at a rally in south-western Pakistan on "
        "Friday, officials said. The bomb went off in Kalat as a candidate spoke on 12 July "
        "2018. In March 2016 a bomb in Khuzdar had killed six people.",
    )
    assert placed == {"Kalat": 40, "Khuzdar": 6} and wave == [], (placed, wave)


def test_a_countrys_toll_over_a_period_stays_the_reports(gazetteer) -> None:
    """'Pakistan recorded 300 deaths in the first quarter' beside an attack and a recalled
    one is no event's toll."""
    placed, wave = _tolls(
        gazetteer,
        "Pakistan recorded at least 300 violence-related deaths in the first quarter, a "
        "think tank said. A bomb killed four people in Kalat on 2 April 2025. In March "
        "2016 a bomb in Khuzdar had killed six people.",
    )
    assert placed == {"Kalat": 4, "Khuzdar": 6} and wave == [300], (placed, wave)


def test_places_inside_a_place_called_a_district_are_one_event(gazetteer) -> None:
    """'the Gharib hills of the Kardgap area in Mastung district': the text calls Mastung
    a district, so the places it holds that day are one event with it."""
    found = _report_events(
        gazetteer,
        "Police raided a hideout in the Gharib hills of the Kardgap area in Mastung district "
        "on Monday, killing four militants.",
    )
    assert len(found.events) == 1 and found.events[0].fatalities == 4, found.events


def test_a_province_named_as_where_is_no_wave(gazetteer) -> None:
    """'in the restive southwestern province of Balochistan' sets the scene of the one
    attack the report is about; 'across the province' speaks of more."""
    placed, wave = _tolls(
        gazetteer,
        "Seven soldiers were killed when militants raided their post in the restive "
        "southwestern province of Balochistan late on Saturday. The attack on the post near "
        "Kalat lasted an hour.",
    )
    assert placed == {"Kalat": 7} and wave == [], (placed, wave)
    placed, wave = _tolls(
        gazetteer,
        "Seven soldiers were killed in raids across the province late on Saturday. One post "
        "lies near Kalat.",
    )
    assert wave == [7], (placed, wave)


def test_a_chronologys_year_headings_date_the_entries_under_them(gazetteer) -> None:
    """'Year 2009:' over 'May 4: a bomb in Kalat ...': the entry is 4 May 2009, not May of
    the report's year."""
    found = _report_events(
        gazetteer,
        "Attacks in the province since 2008:\n\nYear 2008:\n\nMay 4: A bomb killed two people "
        "in Kalat.\n\n2009\n\nJune 9: Gunmen shot dead a trader in Kharan.\n",
        published="2013-06-17",
    )
    assert {e.names[0]: e.event_date for e in found.events} == {
        "Kalat": "2008-05-04", "Kharan": "2009-06-09"
    }, found.events  # fmt: skip


def test_a_figure_in_a_clause_looking_back_is_the_place_before_it(gazetteer) -> None:
    """'an attack on a church in Kalat on 2 May, in which more than 30 people were killed,
    and the bombing of a bus in Sibi on 6 May': the 30 are Kalat's, not Sibi's; a figure
    whose clause names its own place keeps it ('killing one man in Sibi')."""
    placed, _ = _tolls(
        gazetteer,
        "The blast came after an attack on a church in Kalat on 2 May 2024, in which more "
        "than 30 people were killed, and the bombing of a bus in Sibi on 6 May 2024, in "
        "which 12 died.",
    )
    assert placed == {"Kalat": 31, "Sibi": 12}, placed
    placed, _ = _tolls(
        gazetteer,
        "Grenades were thrown at police in Kalat and Sibi on 2 May 2024, wounding six "
        "people and killing one man in Sibi.",
    )
    assert placed["Sibi"] == 1 and placed["Kalat"] != 1, placed
    placed, _ = _tolls(
        gazetteer,
        "Gunmen attacked a convoy in Kalat on 2 May 2024, in which a guard died, and on "
        "3 May 2024 killed three labourers in Sibi.",
    )
    assert placed == {"Kalat": 1, "Sibi": 3}, placed


def test_a_place_after_a_turn_to_another_figure_is_not_the_first_figures(gazetteer) -> None:
    """'In Kalat, 23 travellers were shot dead, while 11 people were killed in Sibi': the 23
    are Kalat's; without the turn, the figures of one clause share the place after them."""
    placed, _ = _tolls(
        gazetteer,
        "On 2 May 2024, near Kalat, gunmen shot dead 23 travellers, while 11 people were "
        "killed in a blast in Sibi.",
    )
    assert placed == {"Kalat": 23, "Sibi": 11}, placed
    placed, _ = _tolls(
        gazetteer,
        "On 2 May 2024 in Kalat a convoy was hit by a bomb that killed 5 soldiers and wounded "
        "12 others in Sibi.",
    )
    assert placed["Sibi"] == 5, placed


def test_a_month_beside_a_day_in_it_joins_that_days_event(gazetteer) -> None:
    """'on 12 March 2024' and 'in March 2024' at one place: one event, dated to the day
    (this once raised KeyError: a month's mention joining a dated event had no rank)."""
    found = _report_events(
        gazetteer,
        "Gunmen attacked a post in Kalat on 12 March 2024, killing two soldiers. Earlier, "
        "in March 2024, militants had attacked Kalat twice.",
    )
    assert [(e.names[0], e.event_date) for e in found.events] == [("Kalat", "2024-03-12")]


def test_a_wrong_date_is_listed_with_where_it_came_from(own) -> None:
    """The scorer lists each found event whose date differs from the gold's."""
    gold = load_events_gold(EVENTS / "events.events.gold.json")
    next(g for g in gold if g["events"])["events"][0]["event_date"] = "1999-01-01"
    s = score_events(gold, own.accounts)
    assert len(s.date_errors) == 1 and "gold 1999-01-01, got" in s.date_errors[0]
    assert s.as_dict()["date_errors"] == s.date_errors


def _killed_at(result) -> dict[str, list[int | None]]:
    """Per event's first name, the n_min of its killed claims; "aggregate" for the wave's."""
    out = {e.names[0]: [c.n_min for c in e.claims if c.what == "killed"] for e in result.events}
    out["aggregate"] = [c.n_min for c in result.aggregates if c.what == "killed"]
    return out


def test_a_lead_figure_of_one_attack_is_that_attacks_in_a_report_of_two(gazetteer) -> None:
    """'A suicide bomber killed 40 ... in southwestern Pakistan, and a second attack ...'.

    Two places hit the same day make the sentences naming the country possibly the
    wave's; the figure's clause tells one attack, told next in Kalat.
    """
    one = (
        "A suicide bomber killed at least 40 people at a rally in southwestern Pakistan on "
        "Friday, and a second attack hours later hit a mosque in the northwest, officials "
        "said.\n\nThe bomber struck a rally in the town of Kalat on Friday. Hours later a "
        "bomb went off in a mosque in Hangu on Friday, killing five worshippers."
    )
    assert _killed_at(_report_events(gazetteer, one))["Kalat"] == [40]
    two = (
        "Two bombings killed at least 40 people in southwestern Pakistan on Friday, "
        "officials said.\n\nThe first struck a rally in the town of Kalat on Friday. Hours "
        "later a bomb went off in a mosque in Hangu on Friday, killing five worshippers."
    )
    assert _killed_at(_report_events(gazetteer, two))["aggregate"] == [40]
    twin = two.replace("Two bombings", "A suicide bomber and a car bomb").replace(
        "killed at least 40 people in", "killed at least 40 people in twin attacks in"
    )
    assert _killed_at(_report_events(gazetteer, twin))["aggregate"] == [40]
    after = one.replace(
        "A suicide bomber killed", "Violence has surged with bombings; a suicide bomber killed"
    ).replace(", and a second attack hours later hit a mosque in the northwest", "")
    assert _killed_at(_report_events(gazetteer, after))["Kalat"] == [40]
    fired = one.replace(
        "A suicide bomber killed at least 40 people at a rally",
        "At least 40 people were killed when gunmen opened fire on a rally",
    )
    assert _killed_at(_report_events(gazetteer, fired))["Kalat"] == [40]
    gunmen = one.replace(
        "A suicide bomber killed at least 40 people at a rally",
        "Gunmen stormed a rally, killing at least 40 people,",
    )
    assert _killed_at(_report_events(gazetteer, gunmen))["Kalat"] == [40]


def test_a_province_named_in_apposition_is_where_not_how_many(gazetteer) -> None:
    """'the capital of Pakistan's southwestern Balochistan province': a setting."""
    text = (
        "A suicide bomber has killed at least 26 people at the main railway station of the "
        "capital of Pakistan's southwestern Balochistan province, officials said.\n\nThe "
        "blast ripped through a platform at the railway station in Quetta on Saturday. "
        "Separately, a bomb went off in Turbat on Saturday, wounding two."
    )
    killed = _killed_at(_report_events(gazetteer, text, published="2024-11-09"))
    assert (killed["aggregate"], killed["Quetta"]) == ([], [26])


def test_others_killed_are_added_to_the_figure_before_them(gazetteer) -> None:
    """'Four men died ..., while three others were burnt to death': seven dead, not three."""
    text = (
        "Gunmen attacked the village of Kalat on Monday. Four men died of gunshot wounds, "
        "while three others were burnt to death when houses were set on fire."
    )
    (event,) = _report_events(gazetteer, text, published="2024-05-06").events
    assert event.fatalities == 7
    text = text.replace("three others were burnt to death", "three others were injured")
    (event,) = _report_events(gazetteer, text, published="2024-05-06").events
    assert event.fatalities == 4


def test_an_attack_told_as_background_or_uncounted_has_no_count(gazetteer) -> None:
    """'has carried out a number of attacks in Sui' is no basis for a count of 0."""
    text = (
        "Gunmen shot dead two labourers in Kalat on Monday. The banned group has carried out "
        "a number of attacks in Sui in the past."
    )
    events = _report_events(gazetteer, text, published="2024-05-06").events
    assert {e.names[0]: e.fatalities for e in events} == {"Kalat": 2, "Sui": None}
    text = "A bomb damaged a gas pipeline in Sui on Monday. No one was hurt, police said."
    (event,) = _report_events(gazetteer, text, published="2024-05-06").events
    assert event.fatalities == 0


def test_a_figure_from_across_the_border_is_no_wave(gazetteer) -> None:
    """'Militants firing from across the border ambushed a convoy in Kurram, killing seven'."""
    text = (
        "Militants firing from across the border in Afghanistan ambushed an army convoy in "
        "the Kurram district on Thursday, killing seven soldiers."
    )
    killed = _killed_at(_report_events(gazetteer, text, published="2022-04-14"))
    assert killed["Kurram"] == [7]
    text = text.replace("from across the border in Afghanistan", "across the province")
    killed = _killed_at(_report_events(gazetteer, text, published="2022-04-14"))
    assert killed["aggregate"] == [7]
    text = (
        "Militants firing from across the border ambushed an army convoy on Thursday, "
        "killing seven soldiers. The convoy was hit near Alizai in the Kurram district."
    )
    killed = _killed_at(_report_events(gazetteer, text, published="2022-04-14"))
    assert killed["aggregate"] == []


def _fatalities(gazetteer, text: str) -> dict[str, tuple[int | None, str]]:
    """Each event's fatalities and the death told without a figure, by its first place."""
    from incidentmap.events import events_from_report
    from incidentmap.models import Report
    from incidentmap.pipeline import geoparse_report

    report = Report("own", text, "own.md", published="2024-05-10")
    found = events_from_report(report, geoparse_report(report, gazetteer))
    return {e.names[0]: (e.fatalities, e.death_told) for e in found.events}


@pytest.mark.parametrize(
    "text",
    [
        "Gulzar Ahmed Marri, who ran a pharmacy near the bus stand, was shot dead by two "
        "gunmen in Kalat on Monday.",
        "Gunmen on a motorcycle shot dead Rahim Bakhsh Lehri outside his shop in Sibi on Monday.",
        "Residents of Sibi staged a sit-in on Tuesday over the killing of Rahim Bakhsh Lehri "
        "in Kalat on Monday.",
        "The bullet-riddled body of a young shepherd was found in a ravine near Kalat on "
        "Monday, Levies officials said.",
        "Levies recovered the body of a shepherd from a ravine near Kalat on Monday.",
    ],
)
def test_one_person_told_killed_without_a_figure_is_one_fatality(gazetteer, text) -> None:
    """ACLED counts a person reported killed as one death though no figure is given: a
    named victim (an apposition between name and verb), a name after the act, "the killing
    of", one body found. Not 0, as for an event told with no death."""
    found = _fatalities(gazetteer, text)
    place = "Kalat" if "Kalat" in found else "Sibi"
    assert found[place][0] == 1 and found[place][1], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two people named: no count of one (no figure either, so the default).
        ("Gunmen shot dead Rahim Bakhsh and Karim Dad Lehri near Kalat on Monday.", 0),
        # A figure of the dead decides, whoever is named beside it.
        ("Gulzar Ahmed Marri was shot dead and two passers-by were killed in Kalat on "
         "Monday.", 2),
        ("Traders in Sibi shut their shops over the killing of Rahim Bakhsh and Karim Dad "
         "near Kalat on Monday.", 0),
        # A force is no person: its members' deaths are counted by figures.
        ("Militants ambushed a convoy near Kalat on Monday and killed Kalat Levies men, "
         "officials said.", 0),
    ],
)  # fmt: skip
def test_a_death_told_counts_one_only_where_one_person_and_no_figure(
    gazetteer, text, expected
) -> None:
    found = _fatalities(gazetteer, text)
    assert found["Kalat"][0] == expected, found
    assert found["Kalat"][1] == "", found


def test_a_death_told_is_cited_in_the_events_row(tmp_path: Path) -> None:
    """events.csv names where a count of one with no figure came from, as for a claim."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Gulzar Ahmed Marri, who ran a pharmacy near the bus stand, was shot dead by two "
        "gunmen in Kalat on 6 May 2024, police said.\n",
        encoding="utf-8",
    )
    result = build([folder], tmp_path / "out", BuildOptions(tiles="none", use_cache=False))
    row = _event(result, "Kalat")
    assert row["fatalities"] == 1
    assert row["fatalities_from"] == [
        "1 (one: 'Gulzar Ahmed Marri, who ran a pharmacy near the bus stand, was shot dead')"
    ]


def test_a_past_attack_recalled_without_its_toll_has_no_count(gazetteer) -> None:
    """An attack the report recalls by its month, with no figure, is not one in which
    nobody died: its count is unknown (empty). The report's own attack with no dead is 0,
    and so is a recalled attack told with figures of other harm."""
    found = _fatalities(
        gazetteer,
        "Gunmen fired on a Levies post in Kalat on Monday; nobody was hurt, officials said. "
        "In March 2019 gunmen attacked a bank in Sibi. In June 2021 a bomb in Mastung wounded "
        "three labourers.",
    )
    assert found["Kalat"][0] == 0, found
    assert found["Sibi"][0] is None, found
    assert found["Mastung"][0] == 0, found  # its figures tell what it did


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("Riots broke out in the city after the news of his death. Banks and shops were "
         "burnt in Quetta and Hub.", "Hub", ("Riots", "Violent demonstration")),
        ("An angry mob gathered outside the police station after the killing. Shops were set "
         "on fire in Gujranwala.", "Gujranwala", ("Riots", "Mob violence")),
        # Arson by armed men stays property destruction; riot police are no rioters.
        ("Militants set fire to a bank in Turbat on Monday.", "Turbat",
         ("Strategic developments", "Looting/property destruction")),
        ("Riot police were deployed. Militants set fire to a bank in Turbat on Monday.",
         "Turbat", ("Strategic developments", "Looting/property destruction")),
    ],
)  # fmt: skip
def test_property_burnt_by_rioters_or_a_mob_is_a_riot(gazetteer, text, place, expected) -> None:
    """ACLED codes destruction by rioters or a mob as a riot, told in the sentence or the
    one next to it, not as looting by an armed group."""
    assert _types(gazetteer, text)[place] == expected


def test_a_place_told_far_from_the_act_in_its_sentence_carries_the_sentences_figures(
    gazetteer,
) -> None:
    """A long lead tells the act early and the place late ("... blew himself up beside a
    crowd ... on Jail Road in district Kalat"): no rule reads the place as the scene, but
    the place is an incident place of the report, so that sentence, which names no other
    scene, is its account and the nine dead are its toll."""
    from incidentmap.models import Report
    from incidentmap.pipeline import geoparse_report

    text = (
        "Kalat mourns its dead\n\nAt least nine people, among them a school teacher, were "
        "killed and dozens hurt on Monday when a bomber blew himself up beside a crowd of "
        "villagers waiting to collect flour outside a depot on Jail Road in district Kalat, "
        "officials said.\n\nIn a separate attack, gunmen shot dead two policemen in Mastung."
    )
    resolved = geoparse_report(Report("own", text, "own.md"), gazetteer)
    lead, end = text.index("At least"), text.index("In a separate")
    in_lead = [(r.mention.surface, r.role) for r in resolved if lead <= r.mention.start < end]
    assert in_lead == [("Jail Road", "incident"), ("Kalat", "incident")], in_lead
    assert _fatalities(gazetteer, text)["Kalat"][0] == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the district" of a sentence with its own day: Kalat's earlier event
        ("Gunmen shot dead four labourers at a construction site in Kalat on Monday, police "
         "said. It was the third attack on workers in Kalat this year. On 2 March, two guards "
         "were wounded when a grenade was thrown at a camp in the district.",
         [("2024-05-06", 4), ("2024-03-02", 0)]),
        # a month of its own, in the first of two clauses each dated by a month
        ("Gunmen shot dead four labourers at a construction site in Kalat on Monday, police "
         "said. In March, two guards were wounded when a grenade was thrown at their camp in "
         "the town, and in April a bomb hit a bus.",
         [("2024-05-06", 4), ("2024-03", 0)]),
        # told two sentences after the place
        ("Gunmen shot dead four labourers at a construction site in Kalat on Monday, police "
         "said. It was the third attack on workers in Kalat this year. The army blamed a "
         "banned group. On 2 March, two guards were wounded when a grenade was thrown at a "
         "camp in the district.",
         [("2024-05-06", 4), ("2024-03-02", 0)]),
        # a date of its own but no act told: no event
        ("Gunmen shot dead four labourers at a construction site in Kalat on Monday, police "
         "said. A jirga in the town on 2 March had asked for more police.",
         [("2024-05-06", 4)]),
    ],
)  # fmt: skip
def test_an_earlier_event_told_by_a_noun_for_its_place_is_an_event_of_that_place(
    gazetteer, text, expected
) -> None:
    """A noun ("in the district", "in the town", "in the same area") stands for the place just
    named; told with a date of the sentence's own, it makes another event there."""
    report = _report_events(gazetteer, text, published="2024-05-07")
    assert [(e.event_date, e.fatalities) for e in report.events] == expected


def test_a_noun_for_the_place_in_a_sentence_without_a_date_of_its_own_adds_nothing(
    gazetteer,
) -> None:
    """With no date of its own, "in the city" tells nothing new of the place: the sentence
    is not made one of its event's accounts (its figures are placed as any others)."""
    report = _report_events(
        gazetteer,
        "Gunmen shot dead four labourers at a construction site in Kalat on Monday, police "
        "said.\n\nOfficials in the city said the gunmen had fired from a hill.",
        published="2024-05-07",
    )
    assert [len(e.sentences) for e in report.events] == [1]


def test_a_recalled_attack_dated_by_its_month_is_not_dated_by_friday_prayers(gazetteer) -> None:
    """In "in March last year during Friday prayers" the prayers name no day; the attack
    recalled is March of the year before, an event of its own."""
    report = _report_events(
        gazetteer,
        "A suicide bomber killed 12 worshippers in a mosque in Kohat on Friday. The attack "
        "came a year after the bombing of a mosque in Kohat in March last year during Friday "
        "prayers, in which 20 people died.",
        published="2024-05-11",
    )
    assert [(e.event_date, e.fatalities) for e in report.events] == [
        ("2024-05-10", 12),
        ("2023-03", 20),
    ]


def test_a_figure_after_a_list_whose_last_member_repeats_its_preposition_is_the_lists(
    gazetteer,
) -> None:
    """ "in Surab, Kalat, and in Mastung town ..., killing at least 19": the 19 are the
    list's, kept as a figure of the report, not Mastung's alone."""
    report = _report_events(
        gazetteer,
        "Two bombs hit polling stations in Surab, Kalat, and in Mastung town on 7 February, "
        "killing at least 19 people.",
        published="2024-02-08",
    )
    assert [(c.what, c.n_min) for c in report.aggregates] == [("killed", 19)]
    assert [e.fatalities for e in report.events] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Two students were forcibly disappeared in Kohlu on Monday, their families said.",
        "Troops raided a village in Kohlu on Monday, detained four men and took them to an "
        "unknown location.",
        "Men in plain clothes raided a shop in Kohlu on Monday and took away its owner, "
        "whose whereabouts remain unknown.",
    ],
)
def test_an_enforced_disappearance_is_an_abduction(gazetteer, text) -> None:
    """ACLED codes enforced disappearances as Abduction/forced disappearance, also where
    the text says "detained" and then that nobody knows where the men were taken."""
    assert _types(gazetteer, text)["Kohlu"] == (
        "Violence against civilians",
        "Abduction/forced disappearance",
    )


@pytest.mark.parametrize(
    ("publisher", "claimant", "kind"),
    [
        ("Inter Services Public Relations (ISPR)", "Inter Services Public Relations (ISPR)",
         "military"),
        ("Balochistan Levies Force (press release)", "Balochistan Levies Force (press release)",
         "police"),
        ("Home Department, Government of Balochistan (press release)",
         "Home Department, Government of Balochistan (press release)", "government"),
        # an outlet, or a party's rights wing, does not speak for itself
        ("Dawn", "the report", "media"),
        ("Human Rights Department of the National Party", "the report", "media"),
    ],
)  # fmt: skip
def test_a_statements_own_figures_are_its_issuers(gazetteer, publisher, claimant, kind) -> None:
    """A press release tells its figures without "said": they are the issuer's claims."""
    from incidentmap.events import events_from_report
    from incidentmap.models import Report
    from incidentmap.pipeline import geoparse_report

    text = "Troops killed four terrorists in an operation in Kohlu on 3 May 2024."
    report = Report("own", text, "own.md", publisher=publisher, published="2024-05-04")
    claims = events_from_report(report, geoparse_report(report, gazetteer)).claims
    assert [(c.claimant, c.claimant_type) for c in claims] == [(claimant, kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supporters of two rival candidates exchanged fire at a polling station in Kohlu "
         "on Saturday, killing three.", ("Riots", "Mob violence")),
        ("Three men died when supporters of two candidates opened fire on each other in "
         "Kohlu on polling day.", ("Riots", "Mob violence")),
        ("A crowd demanding the reopening of the road clashed with police in Kohlu on "
         "Thursday.", ("Riots", "Violent demonstration")),
        ("Militants clashed with troops in Kohlu on Thursday, the army said.",
         ("Battles", "Armed clash")),
    ],
)  # fmt: skip
def test_party_supporters_and_crowds_who_fight_are_rioters(gazetteer, text, expected) -> None:
    """ACLED codes fights between parties' supporters as mob violence and a crowd that
    clashes with the police as a violent demonstration; armed groups against forces stay
    a battle."""
    assert _types(gazetteer, text)["Kohlu"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A quadcopter dropped two mortar shells on the police station in Kohlu on Monday, "
        "wounding three constables.",
        "Militants carried out a quadcopter attack on a police post in Kohlu on Monday.",
    ],
)
def test_a_quadcopter_attack_is_a_drone_strike(gazetteer, text) -> None:
    """Explosives dropped from quadcopters on posts and stations: ACLED's Air/drone strike,
    even where the target is a post of the forces."""
    assert _types(gazetteer, text)["Kohlu"] == ("Explosions/Remote violence", "Air/drone strike")
