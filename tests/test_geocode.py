"""Gazetteer and resolution: aliases, ambiguity, document geography, confidence."""

from __future__ import annotations

import pytest

from incidentmap.geocode import IndexedGazetteer, LocalGazetteer
from incidentmap.models import Report
from incidentmap.pipeline import evidence_from_report, geoparse_report
from incidentmap.sources import reports_from_paths


def _resolved(text: str, gazetteer) -> dict[str, object]:
    out = {}
    for r in geoparse_report(Report("t", text, "t.txt"), gazetteer):
        out.setdefault(r.mention.surface, r)
    return out


def test_gazetteer_knows_variants_districts_and_curated_places(gazetteer):
    assert gazetteer.lookup("Noshki")[0].name == "Nushki"
    assert gazetteer.lookup("Chaghi")[0].name == "Chagai"
    assert any(e.kind == "district" and e.name == "Kachhi" for e in gazetteer.lookup("Bolan"))
    assert any(e.name == "Tump" and e.district == "Kech" for e in gazetteer.lookup("Tump"))
    quetta = gazetteer.lookup("Quetta")[0]
    assert (quetta.id, quetta.province) == ("geonames:1167528", "Balochistan")


@pytest.mark.parametrize(
    ("text", "surface", "district"),
    [
        ("Militants attacked a Levies post in FR Kohat on Monday.", "FR Kohat", "Kohat"),
        ("Gunmen abducted 20 Levies men in Frontier Region Peshawar.",
         "Frontier Region Peshawar", "Peshawar"),
        ("KARACHI: Gunmen shot dead two men in Sohrab Goth on Monday.", "Sohrab Goth",
         "Karachi"),
        ("PESHAWAR: Militants attacked the US consulate on Monday.", "US consulate", "Peshawar"),
        ("KARACHI: Protesters tried to storm the US consulate on Friday.", "US consulate",
         "Karachi"),
        # air bases that reports of cross-border strikes name, and two towns of the
        # riverine belt
        ("Missiles struck the Nur Khan air base and the Rafiqui airbase at night.",
         "Rafiqui airbase", "Jhang"),
        ("Missiles struck the Nur Khan air base and the Rafiqui airbase at night.",
         "Nur Khan air base", "Rawalpindi"),
        ("Drones fell near PAF Base Shahbaz on Saturday.", "PAF Base Shahbaz", "Jacobabad"),
        ("Dacoits fired on a police van near Sakhi Sarwar on Friday.", "Sakhi Sarwar",
         "Dera Ghazi Khan"),
        ("Dacoits fired on a police van near Guddu on Friday.", "Guddu", "Kashmore"),
        ("Police raided the gang's hideouts in Kacha Jamal on Friday.", "Kacha Jamal",
         "Rajanpur"),
    ],
)  # fmt: skip
def test_former_frontier_regions_karachis_neighbourhoods_and_consulates(
    gazetteer, text, surface, district
):
    """Reports name these often; a consulate is the one of the town the report names."""
    assert _resolved(text, gazetteer)[surface].entry.district == district


def test_a_foreign_capital_is_named_by_its_own_name_not_a_transliteration(gazetteer):
    """'Nasau', a village of Kech, is one of Nassau's spellings; 'Nassau' is the capital."""
    text = "QUETTA: Gunmen shot dead two labourers in Nasau, Kech, on Monday."
    nasau = _resolved(text, gazetteer)["Nasau"].entry
    assert nasau is None or nasau.country == "PK"
    text = "QUETTA: A delegation from Nassau met officials on Monday."
    assert _resolved(text, gazetteer)["Nassau"].entry.country == "BS"


def test_a_city_across_the_border_is_placed_though_its_country_goes_unnamed(gazetteer):
    """'killed in a suicide bombing in Kandahar': the Afghan city, in a report on Quetta."""
    text = (
        "QUETTA: Police said the commander of the group was killed in a suicide bombing in "
        "Kandahar in December 2018."
    )
    assert _resolved(text, gazetteer)["Kandahar"].entry.country == "AF"


class OnlyTheProtocol:
    """A gazetteer offering the members of ``IndexedGazetteer`` and nothing else."""

    MEMBERS = frozenset(
        {"lookup", "entries", "names", "alias_keys", "word_keys", "person_keys", "find_names"}
    )

    def __init__(self, inner: LocalGazetteer) -> None:
        self._inner = inner

    def __getattr__(self, name: str):
        if name not in self.MEMBERS:
            raise AttributeError(f"{name!r} is not part of IndexedGazetteer")
        return getattr(self._inner, name)


def test_the_protocol_members_are_the_protocols_and_local_has_them(gazetteer):
    members = {name for name in dir(IndexedGazetteer) if not name.startswith("_")}
    assert members == OnlyTheProtocol.MEMBERS
    assert all(hasattr(gazetteer, name) for name in members)


def test_extraction_and_resolution_need_nothing_beyond_the_protocol(gazetteer, seeds_dir):
    """Geoparsing through the protocol alone gives what it gives with the whole gazetteer."""
    reports, _ = reports_from_paths([seeds_dir])
    narrow = OnlyTheProtocol(gazetteer)
    for report in reports:
        assert evidence_from_report(report, narrow) == evidence_from_report(report, gazetteer)


def test_kalat_in_balochistan_not_qalat_in_afghanistan(gazetteer):
    kalat = _resolved("Militants attacked Kalat and Mastung overnight.", gazetteer)["Kalat"]
    assert kalat.entry.country == "PK" and kalat.entry.district == "Kalat"
    assert kalat.ambiguity >= 2


def test_district_word_selects_the_district(gazetteer):
    r = _resolved("Soldiers were killed in Panjgur district on Sunday.", gazetteer)["Panjgur"]
    assert r.entry.kind == "district" and r.entry.precision == 2


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("A bomb damaged a train near Dasht in Mastung district.", "Mastung"),
        ("Gunmen killed two labourers in the Dasht area of Kech.", "Kech"),
        ("Gunmen killed two labourers in Dasht tehsil of district Mastung.", "Mastung"),
    ],
)
def test_the_district_a_name_is_said_to_be_in_picks_its_namesake(gazetteer, text, district):
    """Two tehsils are called Dasht; the words after the name say which."""
    r = _resolved(text, gazetteer)["Dasht"]
    assert r.entry.district == district, r.resolve_reason
    assert "as the text says" in r.resolve_reason


def test_an_unknown_area_is_not_put_where_the_text_says_nothing_happened(gazetteer):
    """The area joins the last place of the story, not the town the travellers came from."""
    text = (
        "Gunmen seized two tourists in Loralai district on Monday. They had entered the "
        "province from Dera Ghazi Khan earlier that day. Police later found their van in "
        "the Killi Nigah area."
    )
    r = _resolved(text, gazetteer)["Killi Nigah"]
    assert r.entry.district == "Loralai", r.resolve_reason


def test_a_district_and_its_town_of_another_name_are_one_place(gazetteer):
    """'Musakhel' is the town Musa Khel Bazar; 'Musakhel district' beside it is the same
    place in that report, not a second feature."""
    report = Report(
        "t",
        "Gunmen torched ten trucks in Musakhel on Friday night. Officials said the attackers "
        "had fled into the hills of Musakhel district.",
        "t.txt",
    )
    entries = {r.entry.id for r in geoparse_report(report, gazetteer) if r.entry is not None}
    assert len(entries) == 1, entries


@pytest.mark.parametrize(
    ("town", "province", "lat", "lon"),
    [  # GeoNames' point; geoBoundaries' simplified border leaves it in the next district
        ("Bannu", "Khyber Pakhtunkhwa", 32.98527, 70.60403),  # was North Waziristan
        ("Jacobabad", "Sindh", 28.28187, 68.43761),  # was Jafarabad, Balochistan
        ("Hangu", "Khyber Pakhtunkhwa", 33.53198, 71.0595),  # was Orakzai
        ("Garhi Khairo", "Sindh", None, None),  # GeoNames says Sindh; was Jafarabad
        # places.csv says Jafarabad (its seat); the simplified border put it in Nasirabad
        ("Dera Allahyar", "Balochistan", None, None),
    ],
)
def test_a_district_town_lies_in_its_own_district(gazetteer, town, province, lat, lon):
    import math

    entry = next(e for e in gazetteer.lookup(town) if e.kind == "town" and e.country == "PK")
    assert entry.province == province
    if town == "Dera Allahyar":
        assert entry.district == "Jafarabad" and "moved into" in entry.raw["point"]
    if lat is None:
        return
    assert entry.district == town
    km = 111 * math.hypot(entry.lat - lat, (entry.lon - lon) * math.cos(math.radians(lat)))
    assert km < 10, km  # moved in by a few kilometres, no more
    assert "moved into" in entry.raw["point"]


@pytest.mark.parametrize("city", ["Quetta", "Lahore"])
def test_a_neighbourhood_name_of_many_cities_is_in_the_reports_city(gazetteer, city):
    """'Model Town' is a neighbourhood of Lahore, Quetta, Karachi...: the report's city."""
    report = Report(
        "t", f"{city.upper()}: A bomb went off in Model Town on Friday, killing two people.", "t"
    )
    found = [r for r in geoparse_report(report, gazetteer) if r.mention.surface == "Model Town"]
    assert found and found[0].entry is not None
    assert found[0].entry.name == city


def test_newer_district_is_reported_inside_its_old_polygon(gazetteer):
    r = _resolved("Coal miners were killed in Duki district.", gazetteer)["Duki"]
    assert r.entry.district_current == "Duki"


def test_small_foreign_town_in_a_name_is_not_placed(gazetteer):
    resolved = _resolved(
        "Police chief Mohsin Hassan Butt said the attack in Ormara was planned.", gazetteer
    )
    # A personal name that is also a town (name_collisions.csv) is not even extracted here.
    assert "Hassan" not in resolved
    assert resolved["Ormara"].entry.name == "Ormara"


def test_site_is_carried_by_its_town_with_its_own_surface(gazetteer):
    resolved = _resolved("A car bomb exploded at the Serena Hotel in Quetta.", gazetteer)
    site = resolved["Serena Hotel"]
    assert site.entry.name == "Quetta" and site.mention.site == "Serena Hotel"


def test_unknown_area_is_placed_at_district_level(gazetteer):
    r = _resolved("Three militants were killed in the Zizzar area of Kech district.", gazetteer)[
        "Zizzar"
    ]
    assert r.entry.kind == "area" and r.entry.district == "Kech" and r.entry.precision == 2


def test_a_site_named_after_an_unknown_locality_is_that_locality(gazetteer):
    """'The Zizzar bazaar in Kurram': the feature is Zizzar, placed at Kurram, not Kurram."""
    r = _resolved("Gunmen fired on a van near the Zizzar bazaar in Kurram district.", gazetteer)
    zizzar = r["Zizzar bazaar"]
    assert zizzar.entry.kind == "area" and zizzar.entry.name == "Zizzar"
    assert zizzar.entry.district == "Kurram"


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("A bomber hit the Doaba police station in Hangu.", "Doaba police station", "Doaba"),
        ("A blast hit the Pirkoh gas field in Dera Bugti at night.", "Pirkoh gas field", "Pir Koh"),
        # A bypass goes round the town it is named after.
        ("QUETTA: A bomb went off near the Pishin bypass on Friday.", "Pishin bypass", "Pishin"),
        # Near misses: a road leads to the place it is named after; a site named after a
        # place in another district is where the text puts it.
        ("QUETTA: Gunmen fired on a van on Pasni Road in Turbat.", "Pasni Road", "Turbat"),
        ("Gunmen attacked the Quetta Hotel in Mastung district.", "Quetta Hotel", "Mastung"),
        # A place name inside a longer name ("Bagh" in "Jinnah Bagh") names no site.
        ("A crowd gathered at Jinnah Bagh Chowk in Larkana.", "Jinnah Bagh Chowk", "Larkana"),
        ("LARKANA: A blast hit Jinnah Bagh Chowk on Friday.", "Jinnah Bagh Chowk", "Larkana"),
    ],
)  # fmt: skip
def test_a_site_is_in_the_place_it_is_named_after_when_that_lies_where_the_text_says(
    gazetteer, text, surface, place
):
    assert _resolved(text, gazetteer)[surface].entry.name == place


def test_one_unknown_name_is_one_feature_wherever_it_was_attached(gazetteer):
    """Two mentions of one unknown name, placed at two towns, make one feature."""
    text = (
        "Militants attacked the Lakhani check post of Vehoa police in Taunsa on Monday. "
        "Dera Ghazi Khan police said the Lakhani check post had been hit twice this year."
    )
    ids = {r.entry.id for r in geoparse_report(Report("t", text, "t.txt"), gazetteer)
           if r.entry is not None and r.entry.name == "Lakhani"}  # fmt: skip
    assert len(ids) == 1


def test_an_unknown_spelling_of_a_place_the_report_names_is_that_place(gazetteer):
    """'Naushki' is one letter from Nushki, which the report names: one feature, not two."""
    text = "A grenade hit a shop in Noshki on Monday. Traders in Naushki shut their shops."
    names = {
        r.mention.surface: r.entry.name
        for r in geoparse_report(Report("t", text, "t.txt"), gazetteer)
    }
    assert names == {"Noshki": "Nushki", "Naushki": "Nushki"}


@pytest.mark.parametrize(
    ("text", "spellings"),
    [
        (
            "KARACHI: A bomb hit a van in Gulshan-e-Hadeed on Monday near the Port Qasim road. "
            "It was the second attack in Gulshan-i-Hadeed this month.",
            ("Gulshan-e-Hadeed", "Gulshan-i-Hadeed"),
        ),
        (
            "Militants torched a school in the Mallazai area near Kalat. In Mastung, officials "
            "said a teacher had been abducted in Malazai a week earlier.",
            ("Mallazai", "Malazai"),
        ),
        (
            "Gunmen burnt two trucks in the Doorani area near Khuzdar. In Kalat, police said "
            "the trucks torched in Durani belonged to a Quetta firm.",
            ("Doorani", "Durani"),
        ),
        (
            "Gunmen burnt two trucks in the Sheenkai area near Khuzdar. In Kalat, police said "
            "the trucks torched in Shinkai belonged to a Quetta firm.",
            ("Sheenkai", "Shinkai"),
        ),
    ],
)
def test_spellings_of_one_name_that_differ_by_transliteration_are_one_place(
    gazetteer, text, spellings
):
    """Long vowels (oo, ee), doubled letters and the ezafe (-e-, -i-) spell one place."""
    resolved = _resolved(text, gazetteer)
    assert len({resolved[s].entry.id for s in spellings}) == 1


def test_a_bare_name_is_the_place_another_mention_of_it_is_said_to_be(gazetteer):
    """'Dasht in Mastung district' tells which Dasht the headline's bare 'Dasht' is."""
    text = (
        "Three killed in Dasht raid\n\n"
        "QUETTA: Police said three suspects were killed in a raid in Dasht in Mastung "
        "district on Friday."
    )
    found = [r for r in geoparse_report(Report("t", text, "t.txt"), gazetteer)
             if r.mention.surface == "Dasht"]  # fmt: skip
    assert len(found) == 2
    assert {r.entry.district for r in found} == {"Mastung"}
    text = "Three suspects were killed in a raid in Dasht on Friday."
    assert _resolved(text, gazetteer)["Dasht"].entry.district == "Kech"  # nothing said: ranked


def test_a_bare_name_stays_the_town_when_another_mention_is_its_district(gazetteer):
    """'Panjgur district' says nothing against the town of Panjgur named bare before it."""
    text = (
        "Gunmen killed two shopkeepers in Panjgur on Monday. Schools across Panjgur "
        "district were closed on Tuesday."
    )
    assert _resolved(text, gazetteer)["Panjgur"].entry.kind == "town"


def test_a_curated_site_goes_to_its_town_named_in_its_sentence_even_inside_a_name(gazetteer):
    """'stormed the Karachi Police Office on Sharea Faisal': Karachi's road, not Quetta's."""
    text = (
        "QUETTA: Gunmen killed two policemen in Quetta on Monday. Last year militants "
        "stormed the Karachi Police Office on Sharea Faisal, killing four people."
    )
    assert _resolved(text, gazetteer)["Sharea Faisal"].entry.name == "Karachi"


def test_an_unknown_name_unlike_the_places_of_the_report_stays_its_own(gazetteer):
    text = "A grenade hit a shop in Noshki on Monday. Traders in Nokjo shut their shops."
    names = {
        r.mention.surface: r.entry.name
        for r in geoparse_report(Report("t", text, "t.txt"), gazetteer)
    }
    assert names["Nokjo"] == "Nokjo"


def test_a_curated_site_is_not_placed_at_an_unknown_area_named_after_it(gazetteer):
    """'On Sariab Road, near the X police station': the road is Quetta's, and X is near it."""
    text = "QUETTA: Grenades were hurled on Sariab Road, near the Manzoor Shaheed police station."
    resolved = _resolved(text, gazetteer)
    assert resolved["Sariab Road"].entry.name == "Quetta"
    assert resolved["Manzoor Shaheed police station"].entry.district == "Quetta"


def test_an_unknown_area_named_before_a_comma_and_a_district_is_in_it(gazetteer):
    """'a blast hit a house in Surdu, Panjgur, and ...': Panjgur holds Surdu; in a list
    ('in Surdu, Panjgur and Pasni') Panjgur is only its neighbour."""
    text = "Men bombed a house in Rodkan, Washuk, and a bomb was defused near Kalat."
    assert _resolved(text, gazetteer)["Rodkan"].entry.district == "Kharan"  # Washuk's polygon
    text = "Blasts hit Kalat and homes in Rodkan, Washuk, Pasni and Turbat."
    listed = _resolved(text, gazetteer)
    assert listed["Rodkan"].entry.district == "Kalat"  # the nearest before, not a container


def test_an_unknown_area_is_not_placed_where_someone_only_spoke(gazetteer):
    """A minister speaking in Islamabad puts nothing there: the area goes to Turbat."""
    text = (
        "Gunmen killed a teacher in Turbat on Monday. The minister, speaking in Islamabad, "
        "ordered an inquiry. Residents recalled a killing in Solband in May."
    )
    assert _resolved(text, gazetteer)["Solband"].entry.district == "Kech"


def test_a_village_named_like_a_tehsil_is_that_tehsil(gazetteer):
    """'Qamar Din Karez, a village near the border': the tehsil is named after it."""
    text = "Shells hit Qamar Din Karez, a village near the border, on Wednesday."
    r = _resolved(text, gazetteer)["Qamar Din Karez"]
    assert r.entry.kind == "tehsil" and r.entry.district == "Zhob"


@pytest.mark.parametrize(
    ("name", "district"),
    [
        ("Muslim Bagh", "Qilla Saifullah"),  # a curated point just outside its stated district
        ("Dera Allahyar", "Jafarabad"),  # a GeoNames point just outside its stated district
        ("Poonch", "Azad Kashmir"),  # a census district of Azad Kashmir
    ],
)
def test_a_place_is_in_the_district_its_row_states(gazetteer, name, district):
    assert gazetteer.lookup(name)[0].district == district


def test_a_town_run_from_another_district_says_so(gazetteer):
    """Sinjawi lies in the 2019 Loralai polygon but belongs to Ziarat district."""
    sinjawi = gazetteer.lookup("Sanjawi")[0]
    assert (sinjawi.district, sinjawi.district_current) == ("Loralai", "Ziarat")


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("LoC", "Line of Control"),
        ("Working Boundary", "Working Boundary"),
        ("Khirthar", "Kirthar Range"),
        ("Toba Kakar", "Toba Kakar Range"),
    ],
)
def test_lines_and_ranges_reports_name_are_regions(gazetteer, name, region):
    """Firing 'along the LoC', hideouts 'in the Kirthar range': areas, drawn coarse."""
    found = gazetteer.lookup(name)
    assert [(e.name, e.kind) for e in found] == [(region, "region")]


def test_confidence_is_higher_for_clear_incidents_than_for_context(gazetteer):
    resolved = _resolved("QUETTA: A bomb blast killed four people in Sibi on Tuesday.", gazetteer)
    assert resolved["Sibi"].confidence > 0.6 > resolved["QUETTA"].confidence


def test_generic_curated_site_follows_the_town_the_text_names(gazetteer):
    """Every city has a Jinnah Road: the table's Quetta one must not pull Sibi's to Quetta."""
    resolved = _resolved("A blast near GPO Chowk on Jinnah Road, Sibi, killed four.", gazetteer)
    assert resolved["Jinnah Road"].entry.name == "Sibi"


def test_scoring_keeps_every_field_of_a_resolved_mention(gazetteer):
    """``_scored`` rebuilds the record by hand (cheaper than ``replace``): no field lost."""
    from dataclasses import fields

    from incidentmap.geocode.resolve import _scored
    from incidentmap.models import ResolvedMention

    r = _resolved("A blast in Turbat killed two.", gazetteer)["Turbat"]
    scored = _scored(r, {"p_report": 0.5})
    for f in fields(ResolvedMention):
        if f.name not in {"confidence", "factors"}:
            assert getattr(scored, f.name) == getattr(r, f.name), f.name
    assert scored.factors == {"p_report": 0.5} and scored is not r


def test_geonames_records_are_read_one_by_one_as_json_reads_them():
    """The streaming reader of GeoNames' cities gives what ``json.loads`` gives, filtered."""
    import json

    from incidentmap.geocode.local import _json_object_items

    text = ' {"1" :{"name": "A", "n": [1, {"x": "}"}]},\n\t"2": {"name": "B\\u00e9"} ,"3":{} } '
    whole = json.loads(text)
    assert dict(_json_object_items(text, lambda v: True)) == whole
    assert dict(_json_object_items(text, lambda v: v.get("name") == "B\u00e9")) == {"2": whole["2"]}
    assert dict(_json_object_items("{}", lambda v: True)) == {}
    with pytest.raises(ValueError, match="GeoNames cities"):
        dict(_json_object_items('{"1": {}', lambda v: True))
    with pytest.raises(ValueError, match="GeoNames cities"):
        dict(_json_object_items("[1]", lambda v: True))


def test_the_gazetteer_reads_only_the_geonames_places_it_can_use():
    """A focus country's villages, large cities and capitals abroad, curated ids: nothing else."""
    from incidentmap.geocode.local import (
        _city_filter,
        _geonames_cities,
        _matched_city,
        near_border,
    )

    capitals = {("Vaduz", "LI")}
    kept = _geonames_cities(_city_filter(capitals, {"3042035"}, _matched_city()))
    pk = [c for c in kept.values() if c["countrycode"] == "PK"]
    assert min(int(c["population"]) for c in pk) < 1_000  # every place of the focus country
    near = near_border()
    abroad = [c for c in kept.values() if c["countrycode"] not in {"PK", "LI"}]
    small = [c for c in abroad if int(c["population"]) < 150_000]
    assert abroad and small  # the villages across the border, and only those
    assert all(
        c["countrycode"] in {"AF", "IR"} and near(c["longitude"], c["latitude"]) for c in small
    )
    assert {"Spīn Bōldak", "Mīrjāveh"} <= {c["name"] for c in small}
    assert not near(62.19, 34.35)  # Herat, some 400 km from the border
    assert "3042030" in kept  # Vaduz, a capital of 5,000
    assert "3042035" in kept  # Triesen, a curated id
    assert "3042041" not in kept  # Schaan, neither
    assert len(kept) < 20_000  # of some 235,000 in the file


def test_places_across_the_border_yield_names_to_pakistani_ones(gazetteer):
    """Spin Boldak and Saravan are known; Afghanistan's Qalat does not make Kalat ambiguous."""
    for name, country in (("Spin Boldak", "AF"), ("Saravan", "IR"), ("Mirjaveh", "IR")):
        assert [e.country for e in gazetteer.lookup(name)] == [country], name
    assert {e.country for e in gazetteer.lookup("Kalat")} == {"PK"}
    assert {e.country for e in gazetteer.lookup("Qalat")} == {"PK"}
    assert {e.country for e in gazetteer.lookup("Pishin")} == {"PK"}
    assert [e.name for e in gazetteer.lookup("Paktika province")] == ["Paktika"]


def test_landmarks_of_past_attacks_are_placed_in_their_city(gazetteer):
    """Curated landmarks: a hospital named after Bolan is in Quetta, not in Kachhi (Bolan)."""
    report = Report(
        "t",
        "QUETTA: The wounded were first taken to the Bolan Medical Complex. In Lahore, police "
        "stepped up security at Data Darbar and in Youhanabad after the threat.",
        "t.md",
    )
    placed = {m.mention.surface: m.entry for m in geoparse_report(report, gazetteer) if m.entry}
    assert placed["Bolan Medical Complex"].district == "Quetta"
    assert placed["Data Darbar"].district == "Lahore"
    assert placed["Youhanabad"].district == "Lahore"  # carried by its city, as sites are


def test_islamabads_sectors_are_places_in_islamabad(gazetteer):
    """'outside the courts in G-11', 'a house in I-10/4': sectors of Islamabad's grid; G-7,
    a name of the group of seven, is left out."""
    text = (
        "A suicide bomber blew himself up outside the courts in G-11 on Tuesday. Police "
        "later raided a house in I-10/4. The G-7 condemned the attack."
    )
    found = {r.mention.surface: r for r in geoparse_report(Report("t", text, "t.txt"), gazetteer)}
    assert found["G-11"].role == "incident"
    assert found["G-11"].entry.district == "Islamabad Capital Territory"
    assert found["I-10"].entry.district == "Islamabad Capital Territory"
    assert "G-7" not in found
