"""Roles: every rule of the table on an example of its own, its thresholds, and the passes.

The sentences are written for these tests (none comes from a real report). Each rule has
one example where it must hold for a named mention and one near miss where it must not, so
removing a rule, or moving one of its thresholds, fails here.
"""

from __future__ import annotations

import pytest

from incidentmap.models import Report
from incidentmap.pipeline import evidence_from_report, geoparse_report
from incidentmap.roles import ACT_DISTANCES, PASS_RULES, RULES, RULES_BY_ID, SIGNALS


def _evidence(text: str, surface: str, gazetteer) -> list[tuple[str, tuple[str, ...], str]]:
    """(deciding rule, evidence, role) of each mention of ``surface`` under the rules."""
    report = Report(doc_id="t", text=text, path="t.txt")
    found = [
        (r.role_rule, r.evidence, r.role)
        for r in evidence_from_report(report, gazetteer)
        if r.mention.surface == surface
    ]
    assert found, f"{surface!r} not found in {text!r}"
    return found


def _holds(rule: str, text: str, surface: str, gazetteer) -> bool:
    return any(rule in evidence for _, evidence, _ in _evidence(text, surface, gazetteer))


#: rule id -> (text, mention, near miss, mention in the near miss)
EXAMPLES: dict[str, tuple[str, str, str, str]] = {
    "coarse": (
        "Violence rose across Balochistan this year.", "Balochistan",
        "Violence rose across Quetta this year.", "Quetta",
    ),
    "in_name": (
        "The Quetta Electric Supply Company cut power for hours.", "Quetta",
        "The supply company cut power in Quetta for hours.", "Quetta",
    ),
    "where_it_happened": (
        "Mardan lies 60 km from the provincial capital Peshawar, where gunmen stormed an air "
        "force camp in September.", "Peshawar",
        "Mardan lies 60 km from the provincial capital Peshawar, where the governor lives.",
        "Peshawar",
    ),
    "dateline_scene": (
        "KOHAT: Two policemen were shot dead here on Monday night.", "KOHAT",
        "KOHAT: A shrine 90 km south of here was bombed on Monday night.", "KOHAT",
    ),
    "dateline": (
        "SIBI \u2013 Two policemen were shot dead at a checkpoint.", "SIBI",
        "Two policemen from SIBI were shot dead at a checkpoint.", "SIBI",
    ),
    "speaker": (
        "Kabul has strongly denied any role in the raid.", "Kabul",
        "A bomb went off in Kabul on Friday.", "Kabul",
    ),
    "speech_location": (
        "Speaking to reporters in Quetta, the minister condemned the raid.", "Quetta",
        "Gunmen opened fire in Quetta, the minister said.", "Quetta",
    ),
    "title": (
        "The Panjgur deputy commissioner visited the families.", "Panjgur",
        "The deputy commissioner visited Panjgur on Monday.", "Panjgur",
    ),
    "accident": (
        "A truck ran over a van near Othal on Monday, killing two men.", "Othal",
        "Gunmen fired on a van near Othal, which overturned, killing two men.", "Othal",
    ),
    "province_of_place": (
        "Gunmen killed two guards near Saravan in Sistan and Baluchestan province.",
        "Sistan and Baluchestan",
        "Jets struck hideouts in Sistan and Baluchestan province on Monday.",
        "Sistan and Baluchestan",
    ),
    "precaution": (
        "Security was tightened at mosques in Rawalpindi after the attack.", "Rawalpindi",
        "Gunmen attacked a mosque in Rawalpindi after the prayers.", "Rawalpindi",
    ),
    "threatened": (
        "The group said it would carry out more attacks in Multan and Lahore.", "Lahore",
        "The group said it had carried out the attacks in Multan and Lahore.", "Lahore",
    ),
    "table_row": (
        "| No. | District | Date | Killed |\n| 2 | Kohlu | 14-05-2016 | 02 Levies men |",
        "Kohlu",
        "| District | Polio teams |\n| Kohlu | 14 teams in the field |", "Kohlu",
    ),
    "form_field": (
        "LEVIES INCIDENT REPORT\nDate: 2 May 2016\nPlace of occurrence: Kohlu bazaar", "Kohlu",
        "MINUTES OF THE DISTRICT MEETING\nDistrict: Kohlu\nAgenda: the polio campaign", "Kohlu",
    ),
    "case_registered": (
        "A case was registered at the Ubauro police station against the gang.",
        "Ubauro police station",
        "Gunmen attacked the Ubauro police station against all odds.", "Ubauro police station",
    ),
    "person_name": (
        "Maulana Muhammad Khan Sherani chaired the meeting.", "Sherani",
        "Gunmen attacked a convoy near Sherani.", "Sherani",
    ),
    "named_person": (
        "The dead militant was Shah Faisal, police said.", "Shah Faisal",
        "The attack was in Turbat, police said.", "Turbat",
    ),
    "tribe_name": (
        "The Taliban said they had targeted members of the Salarzai tribe.", "Salarzai",
        "The Taliban said they had targeted a jirga in Salarzai.", "Salarzai",
    ),
    "origin": (
        "Lance Naik Akbar, 29, from Chakwal was among the dead.", "Chakwal",
        "The convoy was ambushed near Chakwal.", "Chakwal",
    ),
    "journey": (
        "Gunmen stopped a Karachi-bound coach and shot four men.", "Karachi",
        "Gunmen stopped a coach in Karachi and shot four men.", "Karachi",
    ),
    "casualties_taken": (
        "The wounded were later shifted to a hospital in neighbouring Loralai.", "Loralai",
        "The wounded were later found near Loralai.", "Loralai",
    ),
    "response_base": (
        "An emergency was declared in the hospitals of Sibi.", "Sibi",
        "An emergency was declared after the blast in Sibi.", "Sibi",
    ),
    "organisation_base": (
        "A Turbat-based rights group counted the missing.", "Turbat",
        "A rights group counted the missing in Turbat.", "Turbat",
    ),
    "road_end": (
        "Gunmen blocked the Hoshab-Awaran road for hours.", "Awaran",
        "Gunmen blocked the road near Awaran for hours.", "Awaran",
    ),
    "distance_reference": (
        "The camp lies about 90 km south of Sibi.", "Sibi",
        "The camp lies in Sibi.", "Sibi",
    ),
    "effect_elsewhere": (
        "Saboteurs blew up a pylon, cutting Gwadar's power supply.", "Gwadar",
        "Saboteurs blew up a pylon outside Gwadar's port.", "Gwadar",
    ),
    "seat_of_government": (
        "The government in Islamabad ordered an inquiry.", "Islamabad",
        "The students in Islamabad ordered an inquiry.", "Islamabad",
    ),
    "funeral_site": (
        "Gunmen killed two guards in Zhob. Funeral prayers were held in Loralai for the "
        "guards killed in the raid.", "Loralai",
        "Gunmen killed two guards in Zhob. A bomb exploded at a funeral held in Loralai.",
        "Loralai",
    ),
    "protest_site": (
        "A student was shot dead in Turbat. The killing prompted protests in Panjgur.",
        "Panjgur",
        "A student was shot dead in Turbat. Protesters in Panjgur clashed with police.",
        "Panjgur",
    ),
    "taken_there": (
        "The bodies of two labourers were recovered from Surab on Monday.", "Surab",
        "The two abducted labourers from Surab were freed on Monday.", "Surab",
    ),
    "event_list": (
        "Small bombs went off outside banks in 16 towns, among them Dadu and Badin.", "Badin",
        "Small bombs went off outside banks in 16 towns; Dadu and Badin were spared.", "Badin",
    ),
    "event_at_place": (
        "A bomb exploded in Mastung on Friday.", "Mastung",
        "A bomb exploded on Friday; Mastung mourned.", "Mastung",
    ),
    "event_next_to": (
        "Mastung mourned after the blast.", "Mastung",
        "Mastung mourned for a week after what happened there last year in the blast.",
        "Mastung",
    ),
    "hospital_receiving": (
        "The wounded reached the Civil Hospital late at night.", "Civil Hospital",
        "The wounded reached the Civil Hospital Chowk late at night.", "Civil Hospital Chowk",
    ),
    "seat_of_institution": (
        "Officials said the authorities in Kalat had been warned.", "Kalat",
        "Officials said the shops in Kalat had been warned.", "Kalat",
    ),
    "event_locative": (
        "The attackers fired rockets for an hour at the camp near Nushki.", "Nushki",
        "The attackers fired rockets for an hour at the camp, Nushki residents said.", "Nushki",
    ),
    "event_in_sentence": (
        "Levies said the raid was over and Kharan was calm again by the evening.", "Kharan",
        "Levies said the town was calm again, and shops in Kharan opened by the evening.",
        "Kharan",
    ),
    "statistic": (
        "Kech recorded 14 attacks in March, a 40 percent rise.", "Kech",
        "Kech recorded heavy rain in March.", "Kech",
    ),
    "names_a_facility": (
        "Militants stormed the Loralai Police Lines before dawn.", "Loralai",
        "Militants stormed a house in Loralai before dawn.", "Loralai",
    ),
    "protest": (
        "A shutter-down strike was observed in Kharan against the killings.", "Kharan",
        "A bomb went off in Kharan.", "Kharan",
    ),
    "funeral": (
        "Funeral prayers were held in Pasni after the ambush.", "Pasni",
        "Prayers for rain were held in Pasni.", "Pasni",
    ),
    "hypothetical": (
        "Further attacks on convoys near Kalat are likely this winter.", "Kalat",
        "Attacks on convoys near Kalat rose this winter.", "Kalat",
    ),
    "no_event": (
        "Kalat lies on the main highway.", "Kalat",
        "A blast in Kalat damaged the highway.", "Kalat",
    ),
    "listed_with_incident": (
        "Coordinated attacks struck Quetta, Gwadar, Pasni, Ormara, Turbat, Panjgur, Kharan, "
        "Kalat and Mastung.",
        "Mastung",
        "Coordinated attacks struck Quetta. Mastung was quiet.", "Mastung",
    ),
    "listed_with_context": (
        "Families from Khuzdar, Kalat and Surab were among the mourners.", "Surab",
        "Families were among the mourners in Surab.", "Surab",
    ),
    "list_governed": (
        "Gunmen ambushed buses travelling from Gwadar and Pasni.", "Pasni",
        "Gunmen ambushed buses in Gwadar and Pasni.", "Pasni",
    ),
    "heading_of_events": (
        "QUETTA: Polling ended quietly on Thursday.\n\nKALAT\nA grenade hit a polling "
        "station at noon.\n\nNUSHKI AND KHARAN\nGunmen fired on two polling stations.",
        "NUSHKI",
        "QUETTA: Polling ended quietly on Thursday.\n\nKALAT\nVoters queued at noon.\n\n"
        "NUSHKI AND KHARAN\nTurnout was low.",
        "NUSHKI",
    ),
    "chained_with_incident": (
        # Mangochar is 12 words from "bomb" (a clear incident), Kalat 18 (no event of its own).
        "The convoy was hit by a bomb as it very slowly crossed the wide dry river bed at "
        "Mangochar area in the district Kalat.",
        "Kalat",
        # One word more: Mangochar's incident is no longer clear (0.6), so it is not shared.
        "The convoy was hit by a bomb as it very slowly crossed the wide dry old river bed at "
        "Mangochar area in the district Kalat.",
        "Kalat",
    ),
    "listed_after_event": (
        "Militants attacked several towns at once. Quetta, Gwadar and Mastung were among them.",
        "Mastung",
        "Militants attacked the convoy. Quetta, Gwadar and Mastung are large towns.",
        "Mastung",
    ),
    "event_sentence_before": (
        "Gunmen killed two guards. It happened in Dalbandin late at night.",
        "Dalbandin",
        "Gunmen killed two guards. The weather in Dalbandin was cold late at night.",
        "Dalbandin",
    ),
}  # fmt: skip


def test_every_rule_has_an_example():
    assert set(EXAMPLES) == set(RULES_BY_ID)


@pytest.mark.parametrize("rule", sorted(EXAMPLES))
def test_rule_holds_on_its_example_and_not_on_its_near_miss(gazetteer, rule):
    text, surface, near_miss, near_surface = EXAMPLES[rule]
    assert _holds(rule, text, surface, gazetteer), _evidence(text, surface, gazetteer)
    assert not _holds(rule, near_miss, near_surface, gazetteer), _evidence(
        near_miss, near_surface, gazetteer
    )


def test_the_first_rule_in_table_order_decides():
    """Rules with a role come in the order of their priority (constructions, events, default)."""
    ids = [r.id for r in RULES]
    assert ids.index("dateline") < ids.index("event_at_place") < ids.index("no_event")
    assert ids[-1] == "no_event" and all(r.role for r in PASS_RULES)


@pytest.mark.parametrize(
    ("rule", "limit"),
    [
        ("event_at_place", 6),
        ("event_next_to", 6),
        ("event_locative", 12),
        ("event_in_sentence", 16),
    ],
)
def test_event_distance_thresholds(gazetteer, rule, limit):
    """An event word exactly at the limit holds; one word further does not."""

    def text(gap: int) -> str:
        filler = " ".join(["very"] * gap)
        # "in Mastung" + filler + "blast": the cue stands gap + 1 words after the mention.
        return f"Residents in Mastung {filler} heard the blast."

    def distance(gap: int) -> int:
        return gap + 3  # the cue is the third word after the filler: "heard the blast"

    at = next(g for g in range(40) if distance(g) == limit)
    assert _holds(rule, text(at), "Mastung", gazetteer)
    assert not _holds(rule, text(at + 1), "Mastung", gazetteer)


def test_graded_distance_signals(gazetteer):
    text = "Residents in Mastung heard the blast."
    found = _evidence(text, "Mastung", gazetteer)[0][1]
    assert {f"act<={d}" for d in ACT_DISTANCES} <= set(found)
    assert "prep:in" in found and set(SIGNALS) >= {"act<=3", "prep:in"}


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        # the act opens the clause the place ends, however far back
        ("Gunmen hiding in the hills ambushed a long convoy of trucks of a mining company "
         "escorted by two vehicles of the Levies on the coastal road near Pasni.", True),
        # a comma, a relative or a new clause between: another clause's place
        ("Gunmen ambushed a convoy of trucks of a mining company, which had set out from "
         "its camp a day earlier near Pasni.", False),
        ("Gunmen ambushed a convoy of trucks of a mining company after the drivers had "
         "rested for the night in a hotel near Pasni.", False),
        # ... within reach: a clause of forty words is a description, not the act's
        ("Gunmen ambushed a convoy of trucks of a mining company carrying copper and gold "
         "ore from the mines in the hills of the district to the port for export to China "
         "by the sea route along the coastal road near Pasni.", False),
        # an act after the place does not open its clause
        ("Near Pasni the drivers of the mining company's trucks rested before gunmen "
         "ambushed them.", False),
    ],
)  # fmt: skip
def test_an_act_opening_the_clause_of_a_place(text: str, holds: bool, gazetteer):
    found = _evidence(text, "Pasni", gazetteer)[0][1]
    assert ("locative&act_in_clause" in found) is holds, found


def test_hospitals_answer_only_to_acts_close_by(gazetteer):
    """A hospital is the scene only with an act within four words (the wounded arrive at many)."""
    near = "A bomb exploded at the Civil Hospital."
    far = "A bomb exploded and the dead were taken to the Civil Hospital."
    assert _holds("event_next_to", near, "Civil Hospital", gazetteer)
    assert not _holds("event_next_to", far, "Civil Hospital", gazetteer)


def test_list_sharing_keeps_strong_context(gazetteer):
    """An incident spreads over a list, but not over a member the rules call context firmly."""
    text = "Gunmen attacked Quetta and Gwadar, the Kabul government said."
    assert _evidence(text, "Gwadar", gazetteer)[0][2] == "incident"


def test_a_preposition_between_two_places_ends_a_list(gazetteer):
    """'the Dozan area, suspending trains between Quetta and...': no list of Dozan and Quetta,
    so the journey word that governs Quetta says nothing of Dozan."""
    text = (
        "A blast destroyed a railway bridge in the Dozan area, suspending all trains between "
        "Quetta and Sibi."
    )
    assert "list_governed" not in _evidence(text, "Dozan", gazetteer)[0][1]


def test_a_direction_between_two_places_ends_a_list(gazetteer):
    """ "Mastung, a short drive south of Quetta": Quetta is measured from, not listed."""
    text = "A bomb went off in Mastung, a short drive south of Quetta."
    assert "listed_with_incident" not in _evidence(text, "Quetta", gazetteer)[0][1]


def _roles(text: str, gazetteer) -> dict[str, str]:
    """The final role of each place named in ``text`` (after the learned decision)."""
    report = Report(doc_id="t", text=text, path="t.txt")
    roles: dict[str, str] = {}
    for r in geoparse_report(report, gazetteer):
        name = r.entry.name if r.entry else r.mention.surface
        if roles.get(name) != "incident":
            roles[name] = r.role
    return roles


def test_a_name_said_to_be_a_persons_is_that_person_throughout(gazetteer):
    """'the dead militant was Shah Faisal ... Shah Faisal had planned the attack'."""
    text = (
        "Police said the dead militant was Shah Faisal. Shah Faisal had planned the attack "
        "on a bus near Chilas."
    )
    assert _roles(text, gazetteer).get("Shah Faisal", "context") == "context"


def test_a_border_between_two_places_ends_a_list(gazetteer):
    """'lies on the edge of Peshawar and borders the Bara tehsil': Bara is no list mate."""
    text = "Militants attacked a post on the edge of Kalat and bordering Mangochar, police said."
    assert _roles(text, gazetteer)["Mangochar"] == "context"


def test_an_act_between_two_places_ends_a_list(gazetteer):
    """'cut the road to Quetta and attacked a post in Mastung': no list of Quetta and Mastung."""
    text = "Militants blocked the road to Kalat and attacked a post in Surab."
    assert _roles(text, gazetteer) == {"Kalat": "context", "Surab": "incident"}


@pytest.mark.parametrize(
    ("text", "incident", "context"),
    [
        (
            "Coordinated attacks were reported in Quetta, Gwadar, Mastung and Nushki.",
            {"Quetta", "Gwadar", "Mastung", "Nushki"},
            set(),
        ),
        ("A family from Khuzdar was killed in Gwadar on Saturday.", {"Gwadar"}, {"Khuzdar"}),
        (
            "Gunmen stopped buses travelling from Gwadar to Karachi and shot 14 passengers near "
            "Ormara.",
            {"Ormara"},
            {"Gwadar", "Karachi"},
        ),
        (
            "QUETTA: Militants attacked a police station in Turbat on Sunday.",
            {"Turbat"},
            {"Quetta"},
        ),
        (
            "Islamabad accused India after the blast in Kalat; Tehran and Kabul denied it.",
            {"Kalat"},
            {"Islamabad", "India", "Tehran", "Kabul"},
        ),
        (
            "The injured were referred to Quetta after the blast in Mastung.",
            {"Mastung"},
            {"Quetta"},
        ),
        ("The Deputy Commissioner of Panjgur said nothing had happened.", set(), {"Panjgur"}),
        ("Pakistan Navy sailors were among those killed in Pasni.", {"Pasni"}, {"Pakistan"}),
        (
            "An emergency was declared in hospitals of Quetta and Sibi after the Sibi blast.",
            {"Sibi"},
            {"Quetta"},
        ),
        (
            "PESHAWAR, AUG 3: A policeman was shot dead in Bannu, officials said.",
            {"Bannu"},
            {"Peshawar"},
        ),
        (
            "KARACHI (Reuters) - A roadside bomb killed three soldiers in Kech district.",
            {"Kech"},
            {"Karachi"},
        ),
        # a byline's place is where the report was filed
        (
            "By a Staff Reporter | Karachi\n\nA roadside bomb killed three soldiers in Kech.",
            {"Kech"},
            {"Karachi"},
        ),
        # the ends of a coach's route
        (
            "He was riding a Quetta-Sukkur passenger coach when gunmen opened fire near Sibi.",
            {"Sibi"},
            {"Quetta", "Sukkur"},
        ),
        (
            "Sepoy Faisal, r/o Hafizabad, was martyred in the exchange of fire in Awaran.",
            {"Awaran"},
            {"Hafizabad"},
        ),
        (
            "LARKANA: A grenade hurled at a shop on Station Road in the city on Friday wounded "
            "four men, police said.",
            {"Larkana"},
            set(),
        ),
        (
            "KHUZDAR: A bomb fixed to a motorcycle went off in the main bazaar of this dusty "
            "town on Monday, killing three people.",
            {"Khuzdar"},
            set(),
        ),
        (
            "LARKANA: Officials here on Friday said a grenade had wounded four men in Jacobabad.",
            {"Jacobabad"},
            {"Larkana"},
        ),
        (
            "Rescue teams from Hyderabad reached the site of the blast in Sehwan.",
            {"Sehwan"},
            {"Hyderabad"},
        ),
        # Acts the event words must know: beatings, kidnappings, graves, assassinations.
        (
            "In Rawalpindi, six men beat up a polio team in the Pirwadhai area on Wednesday.",
            {"Rawalpindi", "Pirwadhai"},
            set(),
        ),
        (
            "Families still recall the kidnappings for ransom that emptied homes in Kalat.",
            {"Kalat"},
            set(),
        ),
        ("Three mass graves were discovered at Tootak last year.", {"Tootak"}, set()),
        ("A device went off near Kohlu at dawn, wounding two men.", {"Kohlu"}, set()),
        ("The tribal elder was assassinated in Kohlu in 2019.", {"Kohlu"}, set()),
        # A capital named by its region: "the Azad Kashmir capital".
        (
            "Three people were killed when Rangers opened fire while leaving the Azad Kashmir "
            "capital on Monday.",
            {"Muzaffarābād"},
            {"Azad Kashmir"},
        ),
        (
            "A fateha for the slain teacher was held at his home in Kohlu.",
            set(),
            {"Kohlu"},
        ),
    ],
)
def test_final_roles_follow_the_annotation_rules(gazetteer, text, incident, context):
    roles = _roles(text, gazetteer)
    for name in incident:
        assert roles.get(name) == "incident", (name, roles)
    for name in context:
        assert roles.get(name) == "context", (name, roles)


def test_every_role_has_a_rule_and_a_reason(gazetteer, seeds_dir):
    text = (seeds_dir / "seed-002.txt").read_text(encoding="utf-8")
    for r in geoparse_report(Report("seed-002", text, "x"), gazetteer):
        assert r.role in {"incident", "context"} and r.role_reason
        assert r.role_rule in RULES_BY_ID and set(r.evidence) <= set(RULES_BY_ID) | set(SIGNALS)
        assert 0 <= r.role_strength <= 1


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # "from the X area of Y": a modifier between 'from' and the place.
        (
            "Gunmen shot dead five labourers at a brick kiln near Turbat; all of them were from "
            "the Shujabad area of Multan district.",
            "Shujabad",
        ),
        # People named before, pointed back to: "all of them from", "both from".
        (
            "Gunmen shot dead five labourers at a brick kiln near Turbat, all of them from "
            "Multan, police said.",
            "Multan",
        ),
        ("Two labourers, both from neighbouring Kech, were killed in the blast.", "Kech"),
        # ... and the district that holds such a place.
        (
            "Gunmen shot dead five labourers at a brick kiln near Turbat; all of them were from "
            "the Shujabad area of Multan district.",
            "Multan",
        ),
        # Who a person is: an activist, a schoolgirl, a cleric from a place.
        ("The rights activist from Swat was shot as she left her office.", "Swat"),
        # A second "from" in a list of where the dead came from.
        (
            "The dead soldiers came from Swat and Dir in the north, from Kohat and Karak.",
            "Kohat",
        ),
        # ... a long list back, past the ten words every rule reads.
        (
            "The slain soldiers included men from Attock, Jhelum, Chakwal and Mianwali in "
            "Punjab, from Kohat and Karak.",
            "Kohat",
        ),
        # A second "to" after a word of belonging, and "to the".
        (
            "Most of the dead miners belonged to Shangla district and to the Swat valley.",
            "Swat",
        ),
        # A named man "of" a place: where he is from.
        ("Among the dead was Captain Saad Ahmed of Chakwal, an army spokesman said.", "Chakwal"),
        # The dead named one by one, each "of" his home town.
        (
            "Police named the dead as Gul Khan of Kalat, Noor Ahmed of Surab and Ali Raza "
            "of Mastung.",
            "Surab",
        ),
    ],
)
def test_where_people_come_from_in_other_shapes(text: str, surface: str, gazetteer) -> None:
    assert _holds("origin", text, surface, gazetteer)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("All roads from Quetta were closed after the blast.", "Quetta"),
        ("Gunmen shot dead five labourers at a brick kiln in Multan on Sunday.", "Multan"),
        ("Gunmen attacked a police post in the Shujabad area of Multan district.", "Multan"),
        # Where people were found or taken is where it happened.
        ("The bodies of three men were recovered from Kalat on Friday.", "Kalat"),
        # A second "from" with no people before the first.
        ("Supplies were trucked in from Sibi and Dhadar in Kachhi, from Kohat and Karak.", "Kohat"),
        # A second "to" with no belonging before the first.
        ("The convoy drove to Gwadar district and to the Pasni fish harbour.", "Pasni"),
        ("Armed men picked up four shepherds from Mastung late on Sunday.", "Mastung"),
        # A rank with no name: an office, not a man's home ("the commander of Zhob garrison").
        ("Gunmen shot dead the inspector of Chakwal police station on Monday.", "Chakwal"),
        # "the general area of": a place's surroundings, not a man's home.
        ("Troops combed the general area of Mastung after the attack.", "Mastung"),
        ("Militants attacked a post in the Tirah Valley of Khyber on Monday.", "Khyber"),
    ],
)
def test_not_where_people_come_from(text: str, surface: str, gazetteer) -> None:
    assert not _holds("origin", text, surface, gazetteer)


def test_a_town_that_is_the_headquarters_of_a_district_is_no_seat(gazetteer) -> None:
    """'Dera Allah Yar, the headquarters of Jaffarabad district': the district is where."""
    text = "A grenade hit a chowk in Dera Allah Yar, the headquarters of Jaffarabad district."
    assert not _holds("seat_of_institution", text, "Jaffarabad", gazetteer)
    assert _holds(
        "seat_of_institution",
        "Officials at the headquarters of Kalat denied it.",
        "Kalat",
        gazetteer,
    )


def test_an_institution_attacked_is_no_seat(gazetteer) -> None:
    """'outside the police headquarters in Kalat': the building was the target, so the
    place is not only where the institution sits."""
    text = "A car bomb went off outside the police headquarters in Kalat on Sunday."
    assert not _holds("seat_of_institution", text, "Kalat", gazetteer)
    assert _holds("seat_of_institution", "The headquarters in Kalat denied it.", "Kalat", gazetteer)


@pytest.mark.parametrize(
    ("rule", "text", "surface", "holds"),
    [
        # A border named through its owner: "bordering Afghanistan's Khost".
        ("distance_reference",
         "The Kurram valley, bordering Afghanistan's Khost province, has a long history of "
         "clashes.", "Khost province", True),
        ("distance_reference",
         "Militants attacked a check post in Musakhel, bordering the Zhob district, on Monday.",
         "Zhob", True),
        ("distance_reference",
         "Militants attacked a check post in Punjab's Dera Ghazi Khan on Monday.",
         "Dera Ghazi Khan", False),
        # The second of two destinations of the wounded.
        ("casualties_taken",
         "A bomb went off in Quetta. The injured were shifted to the Combined Military "
         "Hospital and the Bolan Medical Complex.", "Bolan Medical Complex", True),
        ("casualties_taken",
         "A bomb went off in Mastung. The wounded were taken to hospital and Quetta was put on "
         "high alert.", "Quetta", False),
        # The people moved stand between the move and where it goes.
        ("casualties_taken",
         "A bomb went off in Wadh. Officials shifted the injured to Khuzdar.", "Khuzdar", True),
        ("casualties_taken",
         "A bomb went off in Wadh. A helicopter flew the critically wounded to Karachi.",
         "Karachi", True),
        ("casualties_taken",
         "A bomb went off in Wadh. Officials shifted the police post after an attack in "
         "Khuzdar.", "Khuzdar", False),
        # A diplomat or a correspondent in a place: a seat, not the scene.
        ("seat_of_government",
         "Nine labourers were shot dead in Saravan. The consul in Zahedan visited the injured.",
         "Zahedan", True),
        ("seat_of_government",
         "Gunmen shot two policemen in Turbat, our correspondent in Gwadar reported.",
         "Gwadar", True),
        # A protest whose place is only its cause's; one that was attacked; one in a list.
        ("protest_site",
         "A shutter-down strike was observed in Kharan against the killings.", "Kharan", True),
        ("protest_site",
         "A bomb went off at a protest camp in Quetta, wounding nine.", "Quetta", False),
        ("protest_site",
         "In 2018 a suicide bomber killed more than 120 people at an election rally in the "
         "Dringarh area.", "Dringarh", False),
        ("funeral_site",
         "Gunmen opened fire on mourners at a funeral held in Mastung.", "Mastung", False),
        # The funeral word far back, the place behind its owner's name.
        ("funeral_site",
         "Funeral prayers for the slain men were offered on Sunday at the Levies' Sorab "
         "Camp in Kalat.", "Kalat", True),
        # A direction measured by a drive, not a unit.
        ("distance_reference",
         "Mastung, a short drive south of Quetta, has seen repeated attacks.", "Quetta", True),
        ("distance_reference",
         "Militants attacked the camp south of Quetta on Monday.", "Quetta", False),
        # What the place is called between the measure and its name.
        ("distance_reference",
         "The van was seized in Loralai, about 150 km east of the provincial capital Quetta.",
         "Quetta", True),
        # A journey's places behind what they are called, or named far from the travel.
        ("journey",
         "The van was on its way from Parachinar to the provincial capital Peshawar when it "
         "was attacked.", "Peshawar", True),
        ("journey",
         "Two men died in an attack on a car travelling from the Kothi Bala area of Hangu "
         "district to Parachinar.", "Hangu", True),
        ("journey",
         "Two men died in an attack on a car travelling from the Kothi Bala area of Hangu "
         "district to Parachinar.", "Parachinar", True),
        ("journey", "Gunmen attacked a post in the Kothi Bala area of Hangu district.", "Hangu",
         False),
        # Entering or crossing from a place is a journey.
        ("journey",
         "The couple had entered the province from Dera Ghazi Khan that morning.",
         "Dera Ghazi Khan", True),
        ("journey", "Gunmen entered Kalat and torched the Levies station.", "Kalat", False),
        ("taken_there", "A second blast was reported from Peshawar.", "Peshawar", True),
        ("taken_there", "Shutdowns were also reported from Hub and Bela.", "Hub", False),
        # A list of places after 'from several districts' is a list of origins.
        ("origin",
         "The blast killed 12 labourers from several districts, including Kech and Panjgur.",
         "Panjgur", True),
        ("event_list",
         "The blast killed 12 labourers from several districts, including Kech and Panjgur.",
         "Panjgur", False),
        # An office with its district right after it, no "of".
        ("title",
         "A bomb went off as the car of the Assistant Commissioner Barshore passed.",
         "Barshore", True),
        ("title", "A bomb went off as the car of the DPO passed Barshore.", "Barshore", False),
        # An office with its district after a comma ("of Police, Malakand,").
        ("title",
         "The Deputy Inspector General of Police, Malakand, said 40 attackers were killed.",
         "Malakand", True),
        ("title", "The attackers fled towards Malakand, police said.", "Malakand", False),
        # One line with a name alone is a dateline, not a roundup's heading.
        ("heading_of_events", "KALAT\nGunmen attacked a Levies post on Monday.", "KALAT",
         False),
        # Paragraphs opening "Place:": three make a roundup, each place its paragraph's scene;
        # two are datelines (of the report, or of briefs filed from each town).
        ("heading_of_events",
         "Police reported attacks overnight.\n\nKohlu: A post was attacked with rockets.\n\n"
         "Barkhan: Gunmen ambushed a patrol.\n\nSibi: A checkpoint came under fire.",
         "Barkhan", True),
        ("heading_of_events",
         "KOHLU: A post was attacked with rockets.\n\nBARKHAN: Gunmen ambushed a patrol.",
         "BARKHAN", False),
        # A wounded man driven to a city for surgery: the response, not the scene.
        ("casualties_taken",
         "Two of the wounded had to be driven for hours to Karachi for surgery.", "Karachi",
         True),
        # A list of origins whose plural is placed first: "districts of X and Y, including".
        ("origin",
         "The soldiers killed came from several districts of Khyber Pakhtunkhwa and Punjab, "
         "including Mansehra, Kohat and Attock.", "Kohat", True),
        # An office "of police of" its district.
        ("title", "Militants killed the senior superintendent of police of Diamer.", "Diamer",
         True),
        # A supply cut elsewhere: the place suffers an effect, the scene is the blast's.
        ("effect_elsewhere",
         "The blast in Dera Bugti disrupted the power supply to Sibi for two days.", "Sibi",
         True),
        ("effect_elsewhere", "Gunmen cut the throats of two men in Sibi.", "Sibi", False),
        # Every place of a list of those hit by a blackout suffers an effect.
        ("effect_elsewhere",
         "Pylons were blown up near Dera Bugti; districts hit by the blackout include Kalat, "
         "Sibi and Kohlu.", "Sibi", True),
        ("effect_elsewhere",
         "Pylons were blown up near Dera Bugti; attacks were also reported in Kalat, Sibi "
         "and Kohlu.", "Sibi", False),
        ("effect_elsewhere",
         "Areas hit by the outages include the hills where gunmen attacked a post in Sibi.",
         "Sibi", False),
        # Words of acts of violence: a bus intercepted, a man snatched, grenades hurled.
        ("event_in_sentence", "A bus was intercepted near Kalat on Monday.", "Kalat", True),
        ("event_in_sentence", "A trader was snatched near Kalat on Monday.", "Kalat", True),
        ("event_in_sentence", "Men hurled something at a shop in Kalat on Monday.", "Kalat",
         True),
        # A vehicle plunged into a ravine is an accident; a town plunged into darkness, or
        # a van that overturned when men blew it up, is not.
        ("accident", "A van plunged into a ravine near Othal on Monday, killing two men.",
         "Othal", True),
        ("accident", "A power breakdown plunged Othal into darkness on Monday.", "Othal",
         False),
        ("accident", "Men blew up a van near Othal, which overturned.", "Othal", False),
        # An FIR's district field names the incident's district.
        ("form_field",
         "FIRST INFORMATION REPORT\nPolice Station: Saddar      District: Kohlu\n"
         "Date of report: 2 May 2016", "Kohlu", True),
        # Press releases: two constables "embraced shahadat" in a village.
        ("event_in_sentence",
         "Two constables escorting a polio team embraced shahadat this morning in Kulachi.",
         "Kulachi", True),
        # A convoy hit as it passed through a place: "through" is a locative.
        ("event_locative",
         "Militants detonated a bomb as a convoy passed through Mach on Monday.", "Mach", True),
        # "hit by the blackout" is no attack; "hit by the rockets" is.
        ("event_in_sentence",
         "The towns hit by the blackout that week were Kalat, Sibi, Kohlu, Zhob and Loralai.",
         "Loralai", False),
        ("event_in_sentence",
         "The towns hit by the rockets that week were Kalat, Sibi, Kohlu, Zhob and Loralai.",
         "Loralai", True),
        # A journey's end, then the scene: "home from Iran in the Dringarh area of Mastung".
        ("journey",
         "A bomb struck a bus carrying pilgrims home from Iran in the Dringarh area of Mastung "
         "district.", "Mastung", False),
        ("journey", "Gunmen fired on a van travelling from the Kothi Bala area of Hangu district.",
         "Hangu", True),
        # A verb of moving with a particle moves nobody: "brought down the roof".
        ("casualties_taken",
         "The blast brought down the roof of the mosque in the Lakhi Dar area.", "Lakhi Dar",
         False),
        # A clash between police and protesters is no peaceful protest.
        ("protest_site",
         "A constable was killed in a clash between police and protesters at Islamgarh.",
         "Islamgarh", False),
        # The dateline's city told as the scene: "on the western edge of the city".
        ("dateline_scene",
         "QUETTA: Armed men stopped a bus on the western edge of the city and shot dead 13 "
         "passengers.", "QUETTA", True),
        # A town's own bodies, in lower case: "the Sibi municipal committee".
        ("in_name", "A former member of the Sibi municipal committee was shot dead in Dhadar.",
         "Sibi", True),
        # A party's or a group's branch named after its area.
        ("organisation_base",
         "The attack was claimed by the group's Swat chapter.", "Swat", True),
        # The month May is no forecast.
        ("hypothetical",
         "Early on May 2, bombs went off outside banks in Dadu.", "Dadu", False),
        ("hypothetical", "Bombs may go off outside banks in Dadu.", "Dadu", True),
        ("taken_there",
         "The truck had been reported stolen from Khanozai in January.", "Khanozai", False),
        ("casualties_taken",
         "A bomb went off in Mastung. The wounded were taken to hospital, and gunmen later "
         "attacked a post in Kalat.", "Kalat", False),
        # The town of the hospitals the wounded were taken to, named after them.
        ("casualties_taken",
         "A mine hit a bus near Kolpur. The injured were moved to the Combined Military "
         "Hospital and the Sandeman Provincial Hospital in Quetta.", "Quetta", True),
        ("casualties_taken",
         "A mine hit a bus near Kolpur. The injured were moved to a hospital, then a "
         "second bomb hit a shop in Quetta.", "Quetta", False),
        # A gerund of moving the dead: "before bringing the bodies to X".
        ("casualties_taken",
         "Two men were shot in Hoshab. Before bringing the bodies to Turbat, relatives "
         "blocked the road.", "Turbat", True),
        # A hospital struck is the scene; its town is no seat of the response.
        ("response_base",
         "Gunmen opened fire at the gate of the Civil Hospital in Khuzdar.", "Khuzdar", False),
        ("response_base",
         "The victims of the attack were treated at a hospital in Khuzdar.", "Khuzdar", True),
        ("hospital_receiving",
         "A grenade hit the gate of the Civil Hospital in Khuzdar.", "Civil Hospital", False),
        ("hospital_receiving",
         "A grenade went off at a rally; the injured reached the Civil Hospital in Khuzdar.",
         "Civil Hospital", True),
        # A funeral named right before the place: where it was held, unless it was attacked.
        ("funeral_site",
         "Three levies men were killed in Zehri. After funeral prayers in Khuzdar, the bodies "
         "were sent to their villages.", "Khuzdar", True),
        ("funeral_site",
         "Mourners at a funeral in Surab were fired upon by gunmen.", "Surab", False),
        # A place told by its direction from another: "a district north-east of Quetta".
        ("distance_reference",
         "Attacks have risen in Duki, a coal-mining district north-east of Loralai.",
         "Loralai", True),
        ("distance_reference",
         "Attacks have risen in Mand, a border town west of Turbat.", "Turbat", True),
        ("distance_reference",
         "Gunmen attacked a convoy west of Turbat on Monday.", "Turbat", False),
        # The first end of a route named by what it links.
        ("journey", "A bomb hit the passenger train linking Sibi with Quetta.", "Sibi", True),
        # "travel to X" is a journey like "travelling to X".
        ("journey",
         "Traders had to travel to Chaman by a longer road after militants blocked the "
         "highway.", "Chaman", True),
        # A post of the police in a place is the police's building there, not their seat.
        ("seat_of_institution",
         "A bomber rammed a car into a check post of the army and police in Domel.",
         "Domel", False),
        ("seat_of_institution",
         "A bomber rammed a car into a post near Jani Khel, the police in Domel said.",
         "Domel", True),
        # A person the text names: "the dead militant was X", "identified as X", "named X".
        ("named_person",
         "Police said the dead militant was Shah Faisal, a commander from Darel.",
         "Shah Faisal", True),
        ("named_person", "A man named Chitral Khan was shot dead in Dir.", "Chitral", True),
        ("named_person", "The attacker was Turbat's most wanted man.", "Turbat", False),
        ("named_person", "The attack was in Turbat.", "Turbat", False),
        # A byline's place: "By a Staff Reporter | Karachi".
        ("dateline",
         "By a Staff Reporter | Karachi\n\nA roadside bomb killed three soldiers in Kech.",
         "Karachi", True),
        ("dateline", "Karachi\n\nA roadside bomb killed three soldiers in Kech.", "Karachi",
         False),
        # An agency's dateline with the country in brackets: "Quetta [Pakistan], May 21 (ANI):".
        ("dateline",
         "Quetta [Pakistan], May 21 (ANI): A bomb exploded in Chaman, killing six.", "Quetta",
         True),
        # Where a statement was issued is no scene.
        ("speech_location",
         "The governor condemned the attack in a statement issued in Peshawar.", "Peshawar",
         True),
        ("speech_location", "Gunmen attacked a post in Peshawar.", "Peshawar", False),
        # "sprayed with bullets" is an act of violence.
        ("event_at_place",
         "His car was sprayed with bullets in Hayatabad on Wednesday.", "Hayatabad", True),
        # A gas cylinder or a boiler that explodes without an attack is an accident.
        ("accident",
         "In Usta Muhammad, two men died when the gas cylinder of a van exploded at a "
         "filling station.", "Usta Muhammad", True),
        ("accident",
         "In Usta Muhammad, a bomb hidden in a gas cylinder exploded at a filling station.",
         "Usta Muhammad", False),
        # An office of government struck is the scene, not its seat.
        ("seat_of_government",
         "Suicide bombers attacked the compound of the political administration in Ghalanai.",
         "Ghalanai", False),
        ("seat_of_government",
         "The political administration in Ghalanai said the road was closed.", "Ghalanai",
         True),
        # A protest against outages is held where it is, not an outage suffered there.
        ("effect_elsewhere",
         "A bomber struck workers protesting against power outages in Qissa Khwani Bazaar.",
         "Qissa Khwani Bazaar", False),
        # Setting vehicles alight is an act.
        ("event_locative", "In Kalat town, three men stopped three tankers and set them alight.",
         "Kalat", True),
        # A cut supply reaches every place of the list after "to".
        ("effect_elsewhere",
         "A blast at Nokjo cut off gas to Kalat, Surab and Khuzdar.", "Khuzdar", True),
        ("effect_elsewhere",
         "A blast at Nokjo cut off gas to homes, and gunmen later attacked Surab.", "Surab",
         False),
        # What people fled happened elsewhere, not in the place of a ', where' clause.
        ("where_it_happened",
         "The bomb went off in Hangu, 40 km west of Kohat, where families who fled an "
         "army offensive in Tirah had found shelter.", "Kohat", False),
        ("where_it_happened",
         "The bomb went off near Kohat, where gunmen had killed two policemen a week "
         "earlier.", "Kohat", True),
        # The ends of roads "between" places, a list of them too; not a fight between sides.
        ("road_end",
         "Police closed the highway between Sibi and Dhadar after the blast.", "Sibi", True),
        ("road_end",
         "Containers sealed the roads between Kalat, Surab and Khuzdar.", "Khuzdar", True),
        ("road_end",
         "Clashes broke out between police and protesters in Khuzdar.", "Khuzdar", False),
        ("road_end",
         "Gunmen stopped a bus on the road between Gilgit and Chilas at Harban.", "Harban",
         False),
        ("road_end",
         "Traffic on the road between Kalat and Sibi through Mastung was halted.", "Mastung",
         False),
        # Where groups are active or operate is no event there.
        ("organisation_base",
         "Officials said the group was still active in Awaran and Kharan.", "Kharan", True),
        ("organisation_base",
         "Militants are known to operate from Kohlu, police said.", "Kohlu", True),
        ("organisation_base",
         "Militants attacked a post in Kohlu, police said.", "Kohlu", False),
        # A group seated somewhere: "based in", over the words of a district's part.
        ("organisation_base",
         "Police said the bomber was sent by militants based in the tribal region of Kurram.",
         "Kurram", True),
        ("organisation_base",
         "Four militants were killed in an intelligence-based operation in the Balgatar area "
         "of Kech.", "Kech", False),
        # Attacks still to come; not an event told from before it happened.
        ("threatened", "The TTP threatened to strike Quetta and Sibi again.", "Sibi", True),
        ("threatened",
         "The commander, who would later be killed in a drone strike in Miranshah, fled.",
         "Miranshah", False),
        ("threatened",
         "The militants would face the law, but the blast in Sibi killed six.", "Sibi", False),
        ("threatened", "Police would register a case in Sibi after the blast.", "Sibi", False),
        # A crowd gathered chanting slogans after an attack is a protest there; one that
        # goes on to attack is not.
        ("protest_site",
         "Hundreds of tribesmen gathered in Miranshah after the drone strike, chanting "
         "slogans against the government.", "Miranshah", True),
        ("protest_site",
         "Hundreds of tribesmen gathered in Miranshah and attacked the police station.",
         "Miranshah", False),
        # Gunfire at an office's building makes it the scene, not the office's seat.
        ("seat_of_institution",
         "Two workers were killed in police firing at the party's secretariat in Kohlu.",
         "Kohlu", False),
        # A province named as one name of the gazetteer's, after a unit of it; one named
        # first, at the start of a sentence.
        ("province_of_place",
         "The Taliban captured the Spin Boldak district of Kandahar province.",
         "Kandahar province", True),
        ("province_of_place", "Fighting in Kandahar province killed six soldiers.",
         "Kandahar province", False),
        # Where a journey crossed a border; not a building entered.
        ("journey",
         "The pilgrims had crossed into Pakistan at Taftan when a bomb went off in Mastung.",
         "Taftan", True),
        ("journey", "The men crossed the border at Chaman before the blast in Quetta.", "Chaman",
         True),
        ("journey", "Militants entered the compound at Mastung and opened fire.", "Mastung",
         False),
        ("journey", "Gunmen crossed into Kurram firing at Parachinar.", "Parachinar", False),
        # Shops closed in protest: a shutdown, its towns no scenes; a shop closed by a
        # blast is.
        ("protest_site", "Shops and markets closed in Moro and Kandiaro after the killing.",
         "Moro", True),
        ("protest_site", "Shops remained shut in Turbat after the killing of the activist.",
         "Turbat", True),
        ("protest_site", "A blast closed the road in Turbat after the killing.", "Turbat",
         False),
        # Where cases were registered: paperwork, list and all.
        ("case_registered",
         "He is wanted in cases of murder and extortion registered at police stations of "
         "Lyari, Kalakot and Kharadar.", "Lyari", True),
        ("list_governed",
         "He is wanted in cases of murder and extortion registered at police stations of "
         "Lyari, Kalakot and Kharadar.", "Kalakot", True),
        ("case_registered", "Gunmen attacked the police stations of Lyari and Kalakot.",
         "Lyari", False),
        # Security stepped up is a precaution; an attack told after the words is no
        # precaution of the place's.
        ("precaution", "Police were put on high alert in Quetta and Sibi.", "Sibi", True),
        ("precaution", "Security was tightened after gunmen attacked a post in Sibi.", "Sibi",
         False),
        ("precaution", "Security was stepped up, and mourners met in Sibi.", "Sibi",
         False),
        # Violence said not to have happened is no event word; casualties said not to have
        # happened tell an event all the same.
        ("event_in_sentence",
         "The party staged sit-ins in Bahawalpur, but no violence was reported.",
         "Bahawalpur", False),
        ("event_in_sentence", "No casualties were reported in Sialkot, it said.", "Sialkot",
         True),
        # A protest strike is no strike from the air: its towns are no scenes.
        ("event_list",
         "Shops were closed in a protest strike in several towns, including Mastung and "
         "Nushki.", "Mastung", False),
        ("event_list",
         "A drone strike hit several villages, including Mastung and Nushki.", "Mastung", True),
        ("organisation_base",
         "Some 800 recruits were present in a camp in Kohlu when gunmen attacked.", "Kohlu",
         False),
        # Where a vehicle's people set out from, told through the facility they left.
        ("journey",
         "A van carrying cadets from an academy in Pishin was hit by a bomb near Quetta.",
         "Pishin", True),
        ("journey",
         "Cadets at an academy in Pishin were hit by a bomb on Monday.", "Pishin", False),
        ("journey",
         "Troops from a camp in Pishin raided a hideout near Quetta.", "Pishin", False),
        ("journey",
         "Militants ambushed a convoy travelling from Pasni to Ormara in Gwadar district.",
         "Gwadar", False),
        ("journey",
         "A pipe line feeding a plant from a well in the Loti area was blown up.", "Loti", False),
        ("journey",
         "Gunmen took a doctor away from the hospital in Ornach on Monday.", "Ornach", False),
        # Arrivals: "passengers who reached Quetta" were not hit there.
        ("journey",
         "Passengers who reached Sibi late at night said the train had been fired on.",
         "Sibi", True),
        # Fire services come from a place; "fire" there is no firing.
        ("casualties_taken",
         "Fire tenders from Larkana were rushed to the burning tankers near Shikarpur.",
         "Larkana", True),
        ("event_next_to",
         "Fire tenders from Larkana were rushed to the burning tankers near Shikarpur.",
         "Larkana", False),
        # Where the displaced went or stay.
        ("casualties_taken",
         "The fighting displaced hundreds of families to Bannu.", "Bannu", True),
        ("casualties_taken",
         "Families from Tirah are living in camps near Kohat and with relatives in Hangu.",
         "Hangu", True),
        ("casualties_taken",
         "Militants who fled an offensive in Kurram regrouped in the hills.", "Kurram", False),
        ("casualties_taken",
         "Families living in camps were attacked by gunmen in Hangu.", "Hangu", False),
    ],
)  # fmt: skip
def test_borders_and_second_destinations(
    rule: str, text: str, surface: str, holds: bool, gazetteer
) -> None:
    assert _holds(rule, text, surface, gazetteer) is holds


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Attacks in Kech rose by 40 percent compared with last year.", True),
        ("A 15-year-old schoolgirl was shot in Kech on Tuesday.", False),
        ("The victim, 40 years old, was shot in Kech on Tuesday.", False),
        ("A 15-year-old was shot in Kech, the third such attack this year; 12 died in 2012.", True),
    ],
)
def test_an_age_is_not_a_statistic(text: str, holds: bool, gazetteer) -> None:
    assert _holds("statistic", text, "Kech", gazetteer) is holds


@pytest.mark.parametrize(
    ("text", "counts_events"),
    [
        # a caption above the table names what is counted
        ("Disappearances by district, May 2021\n\n| District | Cases |\n|---|---|\n"
         "| Kohlu | 12 |\n| Sibi | 3 |", True),
        # the header row names it
        ("| District | Attacks | Killed |\n|---|---|---|\n| Kohlu | 4 | 9 |", True),
        # a table of other numbers by district
        ("Schools by district, May 2021\n\n| District | Schools |\n|---|---|\n"
         "| Kohlu | 12 |\n| Sibi | 3 |", False),
        # counts of events, but the row has no count of its own
        ("Attacks by district\n\n| District | Notes |\n|---|---|\n| Kohlu | see above |",
         False),
    ],
)  # fmt: skip
def test_a_row_of_a_table_counting_events_by_place_is_an_incident_row(
    gazetteer, text: str, counts_events: bool
) -> None:
    """Rights groups and think tanks count attacks or disappearances by district in a
    table without dates: a row with a count, under a header or caption naming events,
    lists where they happened."""
    assert _holds("table_row", text, "Kohlu", gazetteer) is counts_events


def test_an_enforced_disappearance_is_an_event_at_its_place(gazetteer) -> None:
    """Rights groups report abductions by the state as disappearances: an event there."""
    roles = _roles("Two students were forcibly disappeared from Kohlu bazaar on Monday.", gazetteer)
    assert roles["Kohlu"] == "incident", roles


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("He was wanted in six cases in Kohat, police said.", True),
        ("He was wanted in cases of terrorism in Kohat, police said.", True),
        ("He was wanted in cases registered in Karak and Hangu, and in two cases in Kohat.",
         True),
        ("The two cases in Kohat were the worst of the year.", False),
    ],
)  # fmt: skip
def test_cases_a_man_is_wanted_in_name_paperwork_not_the_scene(gazetteer, text, holds) -> None:
    """ "Wanted in six cases in Kohat", and the second place of "cases registered in Karak,
    and in two cases in Kohat", name where cases sit, as "a case registered in" does."""
    assert _holds("case_registered", text, "Kohat", gazetteer) is holds


def test_elders_from_an_area_come_from_it(gazetteer) -> None:
    """ "three elders from the Shewa area were killed ... near the Razmak bazaar": Shewa is
    where they came from."""
    assert _holds(
        "origin",
        "On May 3 three elders from the Shewa area were killed when gunmen fired on their car "
        "near the Razmak bazaar.",
        "Shewa",
        gazetteer,
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Extra police were called in from Sujawal, Thatta and Gharo and the village was "
         "cordoned off.", "Gharo"),
        ("Police contingents from Khairpur, Kingri and Faiz Ganj, backed by Rangers, cordoned "
         "off the area.", "Faiz Ganj"),
        ("Contingents of police from Mehar and Dadu reached the village after the firing "
         "stopped.", "Dadu"),
    ],
)  # fmt: skip
def test_where_police_contingents_came_from_is_not_the_scene(gazetteer, text, surface) -> None:
    """Police sent or called in from other towns (a list of them, too) are responders: the
    towns they came from are context, as those of rescue teams."""
    assert _roles(text, gazetteer)[surface] == "context"


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("The police chief said in Hyderabad that the raid on the gang would go on.", True),
        ("The minister said at Hyderabad on Monday that the gangs would be crushed.", True),
        ("Police said two men were shot dead in Hyderabad on Monday.", False),
    ],
)  # fmt: skip
def test_where_someone_said_it_is_where_they_spoke(gazetteer, text, holds) -> None:
    """ "Said in Hyderabad that ...": the place of the saying, as "speaking in"."""
    assert _holds("speech_location", text, "Hyderabad", gazetteer) is holds


def test_a_press_club_is_a_place_not_a_press_conference(gazetteer) -> None:
    """ "Outside the press club in Kohlu" is where protesters stood, not where someone spoke
    to the press; "a press conference in Kohlu" is."""
    text = "Police fired on protesters outside the press club in Kohlu on 4 May 2024."
    assert not _holds("speech_location", text, "Kohlu", gazetteer)
    assert _holds(
        "speech_location", "At a press conference in Kohlu, the minister spoke.", "Kohlu", gazetteer
    )


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("The trial was held in Mardan for security reasons.", True),
        ("Several convicts have since been hanged, including prisoners in Mardan.", True),
        ("The three men are held in a prison in Mardan.", True),
        ("Militants stormed the central jail in Mardan and freed 380 prisoners.", False),
        ("Two gunmen stormed a trial court hearing in Mardan.", False),
    ],
)  # fmt: skip
def test_where_a_trial_sat_or_convicts_are_held_is_not_the_scene(gazetteer, text, holds):
    """Reports of courts name where trials sit and prisoners are held or hanged: seats of
    justice, unless the text attacks them."""
    assert _holds("seat_of_institution", text, "Mardan", gazetteer) is holds


@pytest.mark.parametrize(
    ("text", "rule", "holds"),
    [
        ("Elders announced a peace jirga at Kalaya on Wednesday to discuss the attack.",
         "speech_location", True),
        ("A suicide bomber struck a peace jirga at Kalaya on Wednesday, killing 12 elders.",
         "speech_location", False),
        ("The body was taken to his native Kalaya for burial.", "origin", True),
        ("The body was taken to the Kalaya hospital.", "origin", False),
    ],
)  # fmt: skip
def test_where_a_jirga_sat_and_a_victims_home_are_not_the_scene(gazetteer, text, rule, holds):
    """A jirga called to discuss an attack sits somewhere else than the attack (unless the
    text attacks the jirga); "his native Kalaya" is where the victim came from."""
    assert _holds(rule, text, "Kalaya", gazetteer) is holds


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Shia activists blocked the main roads in Kohat on Friday.", False),
        ("Militants blocked the main road in Kohat and checked identity cards.", True),
        ("The town remained tense, but no untoward incident was reported in Kohat.", False),
        ("An untoward incident was reported in Kohat on Friday.", True),
    ],
)  # fmt: skip
def test_roads_blocked_by_protesters_and_denied_incidents_tell_no_event(gazetteer, text, holds):
    """A road blocked by activists or traders is a protest, by militants a roadblock; "no
    untoward incident" denies the incident as "no violence" does."""
    rules = {"event_at_place", "event_next_to", "event_locative", "event_in_sentence"}
    found = any(rules & set(evidence) for _, evidence, _ in _evidence(text, "Kohat", gazetteer))
    assert found is holds


@pytest.mark.parametrize(
    ("text", "rule", "holds"),
    [
        # strikes in a sentence of shutters down are protests, no event word
        ("A shutter-down was observed in Khuzdar, and traders in Kalat closed their shops; "
         "those strikes passed off peacefully.", "event_in_sentence", False),
        ("Two drone strikes hit a compound in Kalat on Monday.", "event_in_sentence", True),
        # a strike observed somewhere is a protest held there, not a saying
        ("A complete shutter-down was observed in Kalat on Monday.", "protest_site", True),
        ("A complete shutter-down was observed in Kalat on Monday.", "speech_location", False),
        ("The judge observed in Kalat that the case was weak.", "speech_location", True),
    ],
)  # fmt: skip
def test_strikes_with_shutters_down_are_protests(gazetteer, text, rule, holds) -> None:
    """ "Those strikes passed off peacefully" after a shutter-down tells no attack, and a
    strike "observed in Kalat" was held there; a judge who "observed in Kalat" spoke."""
    assert _holds(rule, text, "Kalat", gazetteer) is holds
