"""Extraction: offsets, word boundaries, case, multi-word names, sites and areas."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from incidentmap.extract import mentions_from_report
from incidentmap.models import Report


def _mentions(text: str, gazetteer) -> list:
    return mentions_from_report(Report(doc_id="t", text=text, path="t.txt"), gazetteer)


def _surfaces(text: str, gazetteer) -> list[str]:
    return [m.surface for m in _mentions(text, gazetteer)]


def test_offsets_point_at_surfaces_in_real_reports(gazetteer, seeds_dir: Path, dev_dir: Path):
    for path in [*seeds_dir.glob("*.txt"), *dev_dir.glob("*.txt")]:
        text = path.read_text(encoding="utf-8")
        mentions = _mentions(text, gazetteer)
        assert mentions, path.name
        for m in mentions:
            assert text[m.start : m.end] == m.surface
            assert m.sentence_start <= m.start < m.end <= m.sentence_end


def test_word_boundaries_possessive_and_hyphen(gazetteer):
    text = "Quetta's hospitals filled after the Quetta-Chaman road attack; Quettans were shocked."
    surfaces = _surfaces(text, gazetteer)
    assert surfaces.count("Quetta") == 2  # 'Quetta's' and 'Quetta-Chaman', not 'Quettans'
    assert "Chaman" in surfaces


def test_multi_word_names_win_over_their_parts(gazetteer):
    mentions = _mentions("Gunmen attacked a post in Dera Bugti on Friday.", gazetteer)
    assert [m.surface for m in mentions] == ["Dera Bugti"]


def test_lower_case_words_are_not_places(gazetteer):
    text = "Gwadar is the hub of the corridor, and the bela of the river is dry."
    assert _surfaces(text, gazetteer) == ["Gwadar"]


def test_spelling_variants_are_aliases(gazetteer):
    mentions = _mentions("Militants struck Noshki and Chaghi overnight.", gazetteer)
    assert [(m.surface, m.match) for m in mentions] == [("Noshki", "alias"), ("Chaghi", "alias")]


def test_accented_and_curly_text_keeps_offsets(gazetteer):
    text = "Explosions in Quetta\u2019s Red Zone \u2014 and in Gw\u0101dar \u2026"
    for m in _mentions(text, gazetteer):
        assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("A car bomb hit the Serena Hotel in Quetta.", "Serena Hotel"),
        ("The truck was hit at the Kuchlak bypass in Baleli.", "Kuchlak bypass"),
        (
            "A bomber struck the University of Karachi's Confucius Institute.",
            "University of Karachi",
        ),
        # an army's or the police's school or college is named with its owner
        ("Gunmen stormed the Army Public School in Peshawar.", "Army Public School"),
        ("Gunmen stormed the Police Training College in Quetta.", "Police Training College"),
    ],
)
def test_sites_are_found_with_their_own_surface(gazetteer, text, site):
    """Found either as a site by its head noun or as a curated site of the gazetteer."""
    mentions = {m.surface: m for m in _mentions(text, gazetteer)}
    found = mentions[site]
    kinds = {gazetteer.entries[c].kind for c in found.candidates}
    assert found.match == "site" or kinds <= {"site", "neighbourhood", "road"}


def test_site_head_nouns_find_sites_no_gazetteer_knows(gazetteer):
    mentions = _mentions("Gunmen opened fire near the Zarkoon Plaza in Sibi.", gazetteer)
    assert [m.surface for m in mentions if m.match == "site"] == ["Zarkoon Plaza"]


def test_names_inside_sites_and_organisations_are_marked(gazetteer):
    mentions = _mentions(
        "The Tehreek-i-Taliban Pakistan and the Balochistan Liberation Army clashed on the "
        "Quetta-Chaman national highway.",
        gazetteer,
    )
    inside = {m.surface for m in mentions if m.in_name}
    assert {"Pakistan", "Balochistan", "Quetta", "Chaman"} <= inside


def test_unknown_named_area_is_kept(gazetteer):
    mentions = _mentions(
        "Three militants were killed in the Zizzar area of Kech district.", gazetteer
    )
    areas = [m for m in mentions if m.match == "area"]
    assert [a.surface for a in areas] == ["Zizzar"]


def test_faiths_are_no_unknown_areas(gazetteer):
    """'between Sunni and Shia tribes' names people, not two places."""
    mentions = _mentions(
        "A land dispute between Sunni and Shia tribes of the Zizzar area led to a clash.",
        gazetteer,
    )
    assert [m.surface for m in mentions if m.match == "area"] == ["Zizzar"]


def test_a_man_named_after_town_of_is_no_unknown_area(gazetteer):
    """'the seminary town of Maulana Zarif': a man's town, named by him, not a place."""
    mentions = _mentions(
        "Shells hit the Tangai area and the seminary town of Maulana Zarif.", gazetteer
    )
    assert [m.surface for m in mentions if m.match == "area"] == ["Tangai"]


def test_peoples_are_no_unknown_areas(gazetteer):
    """'the Pashtun areas of the province' are where a people lives, not a place named so."""
    mentions = _mentions(
        "Shops closed in the Pashtun areas of the province and in the Zizzar area.", gazetteer
    )
    assert [m.surface for m in mentions if m.match == "area"] == ["Zizzar"]


def test_a_town_opening_a_company_name_is_inside_the_name(gazetteer):
    """'the Sui Southern Gas Company', 'the Kohat Cement Company Limited': companies."""
    mentions = _mentions(
        "The Sui Southern Gas Company and the Kohat Cement Company closed offices in Sui.",
        gazetteer,
    )
    assert [(m.surface, m.in_name) for m in mentions] == [
        ("Sui", True), ("Kohat", True), ("Sui", False)
    ]  # fmt: skip


def test_a_letter_is_no_unknown_area(gazetteer):
    """The Levies-run "B areas" are a category of land, not a place named B."""
    mentions = _mentions(
        'Police took over the B areas and the "A area" of the Zizzar area last year.', gazetteer
    )
    assert [m.surface for m in mentions if m.match == "area"] == ["Zizzar"]


@pytest.mark.parametrize(
    "text, site",
    [
        ("Blast at Jinnah Hosp\u0131tal in Quetta kills two.", "Jinnah Hosp\u0131tal"),
        ("Gunmen attacked the Shr\u0131ne of Bari Imam in Islamabad.", "Shr\u0131ne of Bari Imam"),
        ("Militants stormed Jinnah Road\u24b6 in Quetta.", "Jinnah Road"),
    ],
)
def test_sites_written_with_odd_letters_are_found(text: str, site: str, gazetteer):
    """The site pattern ignores case the Unicode way (dotless i); its cue scan must too."""
    mentions = _mentions(text, gazetteer)
    assert site in [m.surface for m in mentions if m.match == "site"]


def test_a_lone_surrogate_does_not_stop_the_scan(gazetteer):
    mentions = _mentions("Blast in Quetta kills two \ud800 people", gazetteer)
    assert [m.surface for m in mentions] == ["Quetta"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Gunmen attacked the Ullangi outpost in Mashkay.", "Ullangi outpost"),
        # A capitalised head makes the whole a proper name, not a locality's site.
        ("A grenade hit the Bakakhel Police Station in Bannu.", "Bakakhel Police Station"),
        # Common words capitalised inside a sentence name the site with its head.
        ("Militants stormed the Central Jail in Bannu before dawn.", "Central Jail"),
        ("The raid on the General Headquarters shook the capital.", "General Headquarters"),
        ("Bombers tried to enter the Police Lines in Loralai.", "Police Lines"),
        ("They targeted Police Lines Loralai at dawn.", "Police Lines Loralai"),
        ("A blast hit the Pir Koh gas field pipeline.", "Pir Koh gas field"),
        ("Traffic on the Shahrah-e-Quaideen was stopped.", "Shahrah-e-Quaideen"),
        ("A bomb went off at Imambargah Maula Karballa in Shikarpur.", "Imambargah Maula Karballa"),
        (
            "Protesters blocked the Quetta\u2013Karachi highway near Khuzdar.",
            "Quetta\u2013Karachi highway",
        ),
        # Neighbourhoods: "<name> Town" with a capital T, and "Mohalla <name>".
        ("A car bomb went off in Orangi Town on Sunday.", "Orangi Town"),
        ("Two shopkeepers were shot in Mohalla Abdul Rehman of Panjgur.", "Mohalla Abdul Rehman"),
    ],
)
def test_sites_by_head_noun(gazetteer, text, site):
    sites = [m.surface for m in _mentions(text, gazetteer) if m.match == "site"]
    assert sites == [site]


def test_lists_of_areas_and_stations_are_places(gazetteer):
    text = (
        "Terrorists attacked the Dadiwala and Pezo police stations. Armed men set up "
        "blockades in the Washbod and Bonistan areas. Workers were shot in Gogdan, 15km "
        "from Turbat. Six labourers were killed in the Satellite Area of Turbat. Posts in the "
        "Gadri, Lashkari and Sheen Tangi areas came under fire, as did the Shabo and Kotal "
        "checkposts. Two teachers were shot in the Kand Miranzai union council. Bodies were "
        "found near the Badrang mountain range."
    )
    areas = [m.surface for m in _mentions(text, gazetteer) if m.match == "area"]
    assert areas == [
        "Dadiwala", "Pezo", "Washbod", "Bonistan", "Gogdan", "Satellite Area",
        "Gadri", "Lashkari", "Sheen Tangi", "Shabo", "Kotal", "Kand Miranzai", "Badrang",
    ]  # fmt: skip


def test_highways_by_number(gazetteer):
    mentions = _mentions(
        "Gunmen blocked the N-25 near Khuzdar and the M-8; N-999 is no road.", gazetteer
    )
    roads = [(m.surface, m.note) for m in mentions if m.match == "site"]
    assert roads == [("N-25", "highway N-25"), ("M-8", "highway M-8")]


def test_highway_stretch_is_the_route_town_nearest_the_named_place(gazetteer):
    from incidentmap.geocode.roads import highway_stretch, highways

    khuzdar = gazetteer.lookup("Khuzdar")[0]
    assert highway_stretch("N-25", khuzdar, gazetteer) == khuzdar
    assert highway_stretch("RCD Highway", khuzdar, gazetteer) == khuzdar
    surab_road = highway_stretch("N-85", khuzdar, gazetteer)  # Khuzdar is not on the N-85
    assert surab_road is not None and surab_road.name == "Surab"
    assert highway_stretch("N-25", None, gazetteer) is None
    assert highway_stretch("N-999", khuzdar, gazetteer) is None
    for road in highways().values():  # every route town is in the gazetteer
        assert all(
            any(e.country == "PK" for e in gazetteer.lookup(t, limit=20)) for t in road.towns
        ), road.number


def test_a_town_written_small_is_the_town_and_a_neighbourhood_is_placed_by_its_name(gazetteer):
    """ "in Turbat town" is Turbat; "Turbat Town" too; "Orangi Town" is in Orangi (Karachi)."""
    from incidentmap.pipeline import geoparse_report

    assert not [m for m in _mentions("Two men were shot in Turbat town.", gazetteer)
                if m.match == "site"]  # fmt: skip
    text = "QUETTA: A bomb went off in Turbat Town; later gunmen fired in Orangi Town."
    resolved = geoparse_report(Report("t", text, "t.md"), gazetteer)
    placed = {m.mention.surface: m.entry for m in resolved if m.entry}
    assert placed["Turbat Town"].name == "Turbat"
    assert placed["Orangi Town"].district == "Karachi"


def test_case_specials_are_every_character_that_ignoring_case_ties_to_ascii():
    """Outside ``CASE_SPECIALS``, ignoring case for ASCII cue words is lower-casing.

    The site cue is searched in lower-cased text when none of them occurs: this holds only
    if no other character matches an ASCII letter or digit under ``re.IGNORECASE`` or has
    a lower case that is ASCII or longer than one character.
    """
    import string
    import sys

    from incidentmap._text import CASE_SPECIALS

    others = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    tied = {
        m for c in string.ascii_lowercase + string.digits for m in re.findall(f"(?i:{c})", others)
    }
    odd = {c for c in others if len(c.lower()) != 1 or c.lower().isascii()}
    assert tied | odd == set(CASE_SPECIALS)


def test_a_common_word_opening_a_sentence_names_no_site(gazetteer):
    """At the start of a sentence the capital says nothing: "Central" stays a word."""
    sites = [m for m in _mentions("Central Jail officials refused to comment.", gazetteer)]
    assert sites == []


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Gunmen fired on a van near the Tangai bazaar on Friday.", "Tangai bazaar", "Tangai"),
        ("Militants attacked the Shpolai checkpost at night.", "Shpolai checkpost", "Shpolai"),
        ("A mortar hit the Shinkai check post in the hills.", "Shinkai check post", "Shinkai"),
        ("Two men were held at the Machka police camp.", "Machka police camp", "Machka"),
        ("The blast caved in the Gashterri coalfield shafts.", "Gashterri coalfield", "Gashterri"),
        ("A bomb went off near the Kandi railway station.", "Kandi railway station", "Kandi"),
        ("Gunmen stormed the Sorgai mine at dawn.", "Sorgai mine", "Sorgai"),
        ("Men raided the Gondain Levies checkpost.", "Gondain Levies checkpost", "Gondain"),
    ],
)
def test_a_site_named_after_its_locality_is_that_locality(gazetteer, text, surface, name):
    """'The Tangai bazaar' is the bazaar of Tangai, a place the gazetteer lacks: an area.

    Its mention keeps the whole surface; the area it makes is named by the locality.
    """
    from incidentmap.extract import area_name

    areas = [m for m in _mentions(text, gazetteer) if m.match == "area"]
    assert [m.surface for m in areas] == [surface]
    assert area_name(areas[0].surface) == name


@pytest.mark.parametrize(
    "text",
    [
        "A grenade was thrown at the FC camp on Sunday.",  # an acronym, an organisation
        "Gunmen stormed the Frontier Corps camp at night.",  # an organisation
        "Devotees gathered at a Sufi shrine in the hills.",  # a faith
        "Shots were fired at the Afghan checkpost across the line.",  # a people
        "The suspect was taken to the City police station.",  # a place word
        "Gunmen attacked the Chaman bazaar on Friday.",  # a known town: the town's site
    ],
)
def test_a_site_named_after_no_unknown_place_stays_a_site(gazetteer, text):
    assert not [m for m in _mentions(text, gazetteer) if m.match == "area"]


@pytest.mark.parametrize(
    ("text", "area", "not_a_place"),
    [
        ("Men raided a house in the Khuda-i-Abadan area of Panjgur.", "Khuda-i-Abadan", "Abadan"),
        ("A cracker went off in the Gulistan-e-Sajjad area.", "Gulistan-e-Sajjad", "Gulistan"),
    ],
)
def test_an_izafat_compound_is_one_name(gazetteer, text, area, not_a_place):
    """'Abadan' in 'Khuda-i-Abadan' is not the Iranian port: the compound is the name."""
    mentions = _mentions(text, gazetteer)
    assert area in [m.surface for m in mentions if m.match == "area"]
    assert not [m for m in mentions if m.surface == not_a_place and not m.in_name]


def test_a_name_outside_an_izafat_compound_stays_a_place(gazetteer):
    mentions = _mentions(
        "Gulistan came under rocket fire; Lashkar-e-Balochistan claimed it.", gazetteer
    )
    places = {m.surface: m.in_name for m in mentions}
    assert places == {"Gulistan": False, "Balochistan": True}


def test_two_places_that_share_their_last_words_are_both_named(gazetteer):
    """'North and South Waziristan' names two districts; 'Waziristan' is written once."""
    mentions = _mentions(
        "Troops raided hideouts in North and South Waziristan and Upper and Lower Dir.", gazetteer
    )
    names = {m.surface: {gazetteer.entries[c].name for c in m.candidates} for m in mentions}
    assert names["North"] == {"North Waziristan"}
    assert names["South Waziristan"] == {"South Waziristan"}
    assert "Upper Dir" in names["Upper"]
    assert names["Lower Dir"] == {"Lower Dir"}


def test_a_side_word_before_an_unknown_name_adds_nothing(gazetteer):
    """No 'East Waziristan' exists: the word before 'and' is not made a place."""
    mentions = _mentions("Drones flew over East and South Waziristan.", gazetteer)
    assert [m.surface for m in mentions] == ["South Waziristan"]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Gunmen stormed a camp at Kallag, on the outskirts of Turbat, before dawn.", "Kallag"),
        ("The bus came under fire at Shatial Bala, a few kilometres from Chilas.", "Shatial Bala"),
        ("Men blocked the road near Dak Kili, about five kilometres outside Noshki.", "Dak Kili"),
        ("A bomb went off in Lwarkai, the main town of upper Orakzai.", "Lwarkai"),
        ("A patrol was ambushed in the Zardkan sector of Kech district.", "Zardkan"),
    ],
)
def test_an_unknown_name_placed_by_the_words_after_it_is_an_area(gazetteer, text, area):
    areas = [m.surface for m in _mentions(text, gazetteer) if m.match == "area"]
    assert areas == [area]


def test_a_date_placed_by_the_words_after_it_is_no_area(gazetteer):
    text = "It happened in March, a few kilometres from Chilas, on the Karakoram Highway."
    assert not [m for m in _mentions(text, gazetteer) if m.match == "area"]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Fighters ambushed an army convoy near Kohbanr on Tuesday.", "Kohbanr"),
        ("In Gwarkop, armed men disarmed two policemen.", "Gwarkop"),
        ("A landmine went off at Sorokai as the vehicle passed.", "Sorokai"),
        ("Robbers killed a woman in Shahi Bagh Kalat during a raid.", "Shahi Bagh Kalat"),
    ],
)
def test_a_lone_unknown_name_after_near_at_or_in_is_an_area(gazetteer, text, area):
    """In reports of violence a name the gazetteer lacks after 'near', 'at' or 'in' is a place."""
    areas = [m.surface for m in _mentions(text, gazetteer) if m.match == "area"]
    assert areas == [area]


@pytest.mark.parametrize(
    "text",
    [
        "Pamphlets written in Sindhi were left at the gate.",  # a language
        "The suspect was arrested near Ahmed's shop on Friday.",  # owning something
        "Gunmen fired at Karim as he left the mosque.",  # a target
        "The meeting was held at Naseer Baloch's request.",  # a person
        "Supporters crowded near Jan Muhammad as he spoke.",  # a person's name
        "Police said they met at Sardar Bakhtiar's house.",  # a title
        "Mourners gathered in Muharram to remember the dead.",  # a month
        "Blast Kills Three in Market Attack",  # a headline capitalises every word
    ],
)
def test_a_lone_name_that_is_no_place_makes_no_area(gazetteer, text):
    assert not [m for m in _mentions(text, gazetteer) if m.match == "area"]


def test_the_target_of_a_shot_is_no_place_but_where_it_was_is(gazetteer):
    areas = [m.surface for m in _mentions("Two men shot at Wahid in Kallag.", gazetteer)]
    assert areas == ["Kallag"]


def test_number_words_opening_a_sentence_name_no_site(gazetteer):
    assert not _mentions("Four hotel workers were taken into custody.", gazetteer)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("A grenade was thrown into a school in Killi Shadi Khan at night.", "Killi Shadi Khan"),
        ("Dacoits raided a house in Goth Allah Warayo before dawn.", "Goth Allah Warayo"),
        ("A mobile tower was torched in Union Council Spinkai.", "Spinkai"),
        ("Two brothers were shot dead in Basti Malik Wala.", "Basti Malik Wala"),
    ],
)
def test_a_name_opened_by_a_village_word_or_a_unit_is_an_area(gazetteer, text, area):
    """'Killi', 'Goth', 'Basti' are part of a village's name; 'Union Council' precedes one."""
    areas = [m.surface for m in _mentions(text, gazetteer) if m.match == "area"]
    assert areas == [area]


def test_a_locality_owned_by_a_town_is_an_area(gazetteer):
    """'Peshawar's Hayatabad' is a locality of Peshawar; 'Pakistan's Foreign Office' is not."""
    text = "A car bomb hit a van in Peshawar's Hayatabad. Pakistan's Foreign Office condemned it."
    areas = [m.surface for m in _mentions(text, gazetteer) if m.match == "area"]
    assert areas == ["Hayatabad"]


@pytest.mark.parametrize(
    "text",
    [
        "One man was shot dead in Ward 7 of the town.",  # a numbered unit, not a name
        "Fatalities fell from 358 in January-March.",  # months joined by a hyphen
        "Many young Hazaras from Quetta work in the mines.",  # a people
    ],
)
def test_numbered_units_months_and_peoples_make_no_area(gazetteer, text):
    assert not [m for m in _mentions(text, gazetteer) if m.match == "area"]


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("QUETTA: A blast in the provincial capital killed two; Kalat was calm.", "Quetta"),
        ("PESHAWAR: Hospitals in the provincial capital declared an emergency.", "Peshawar"),
        ("Schools in the federal capital were shut after the threat.", "Islamabad"),
        ("Rangers fired on protesters leaving the Balochistan capital.", "Quetta"),
        ("Shops were shut across the Sindh capital on Friday.", "Karachi"),
    ],
)
def test_a_capital_named_by_its_office_is_that_capital(gazetteer, text, capital):
    """'The provincial capital' is the report's province's capital, ranked like any name;
    'the Sindh capital' is Karachi, the word 'capital' standing for it."""
    from incidentmap.pipeline import geoparse_report

    resolved = geoparse_report(Report("t", text, "t.txt"), gazetteer)
    found = {r.mention.surface: r.entry.name for r in resolved if r.entry is not None}
    office = next(k for k in ("federal capital", "provincial capital", "capital") if k in found)
    assert found[office] == capital


@pytest.mark.parametrize(
    "text",
    [
        "Zahedan, the provincial capital near the border, was calm.",  # an apposition
        "Troops were sent to the provincial capital, Quetta, at night.",  # named after it
    ],
)
def test_a_capital_named_beside_its_office_is_only_the_name(gazetteer, text):
    assert not [m for m in _mentions(text, gazetteer) if m.note == "a capital named by its office"]


def test_unknown_names_listed_with_known_places_are_places(gazetteer):
    """'posts in Bannu, Shabo Khel and Tank': two known places or more make the list one of
    places; one known place among unknown names does not (they may be people's)."""
    listed = "Gunmen attacked police posts in Bannu, Shabo Khel and Tank on Friday."
    assert [m.surface for m in _mentions(listed, gazetteer) if m.match == "area"] == ["Shabo Khel"]
    one = "Gunmen fired on houses in Turbat, Shabo Khel and Dandar Sehra on Friday."
    assert not [m for m in _mentions(one, gazetteer) if m.match == "area"]


def test_a_site_head_left_alone_is_no_area(gazetteer):
    """'went off at Chief Chowk': with the common word gone, 'Chowk' names nothing."""
    text = "A bomb went off at Chief Chowk, the busiest junction of the town, on Tuesday."
    assert not [m for m in _mentions(text, gazetteer) if m.match == "area"]


def test_a_date_of_the_islamic_calendar_names_no_place(gazetteer):
    """Saved pages print '27 Jumadi-us-Sani 1440' under the headline: Sanni, Safar and Rajab
    are places too, but not there; the same words elsewhere still are."""
    text = "Published 4 March 2019\n27 Jumadi-us-Sani 1440\n\nGunmen attacked a post in Sani."
    assert _surfaces(text, gazetteer) == ["Sani"]
    assert [m.start for m in _mentions(text, gazetteer)] == [text.rindex("Sani")]
