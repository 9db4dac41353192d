"""Casualty claims: figures, what and whose, bounds, claimants and offsets.

Every sentence here is written for the test (no report's wording), one per rule.
"""

from __future__ import annotations

import pytest

from incidentmap.claims import THE_REPORT, claimant_type, claims_from_report


def _claims(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(c.what, c.whose, c.n_min, c.n_max) for c in claims_from_report(text, "t")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers in digits and words, people words and whose
        ("Gunmen killed 14 passengers on the highway.", [("killed", "civilian", 14, 14)]),
        ("Eleven labourers were shot dead at the camp.", [("killed", "civilian", 11, 11)]),
        ("The blast killed ninety-two people.", [("killed", "unspecified", 92, 92)]),
        ("A soldier was martyred in the firing.", [("killed", "security", 1, 1)]),
        ("Two policemen were injured in the attack.", [("injured", "security", 2, 2)]),
        ("Another soldier was wounded later.", [("injured", "security", 1, 1)]),
        ("A dozen workers were kidnapped from the site.", [("abducted", "civilian", 12, 12)]),
        ("Police arrested three suspects after the raid.", [("arrested", "militant", 3, 3)]),
        # vague numbers and bounds
        ("Dozens of people were injured in the explosion.", [("injured", "unspecified", 24, None)]),
        ("At least 10 security personnel were killed.", [("killed", "security", 10, None)]),
        ("Over 40 militants were killed in the operation.", [("killed", "militant", 41, None)]),
        ("More than a dozen civilians died in the shelling.", [("killed", "civilian", 13, None)]),
        ("Nearly 30 people lost their lives.", [("killed", "unspecified", None, 30)]),
        ("Between 8 and 12 villagers were abducted.", [("abducted", "civilian", 8, 12)]),
        ("Some 15 to 20 people were wounded.", [("injured", "unspecified", 15, 20)]),
        ("The death toll has gone up to 61.", [("killed", "unspecified", 61, 61)]),
        # a toll told far from its figure, through a long clause
        (
            "The death toll from Friday's bombing, which ripped through a crowded vegetable "
            "market near the old bus stand on the eastern side of the town, rose to 31 on Monday.",
            [("killed", "unspecified", 31, 31)],
        ),
        # the people word is the casualty
        (
            "The hospital reported 34 fatalities and 70 injuries.",
            [("killed", "unspecified", 34, 34), ("injured", "unspecified", 70, 70)],
        ),
        # two sides: two claims; one side joined by "and": one claim
        (
            "Officials said 18 soldiers and 23 terrorists were killed.",
            [("killed", "security", 18, 18), ("killed", "militant", 23, 23)],
        ),
        ("Five women and three children died in the fire.", [("killed", "civilian", 8, 8)]),
        ("An army major and a soldier were martyred.", [("killed", "security", 2, 2)]),
        (
            "The attack left four people dead and 12 others wounded.",
            [("killed", "unspecified", 4, 4), ("injured", "unspecified", 12, 12)],
        ),
        # bare numbers beside a casualty word
        (
            "The bomb went off in the market, killing four and wounding 12.",
            [("killed", "unspecified", 4, 4), ("injured", "unspecified", 12, 12)],
        ),
        # zero
        ("Officials said there was no loss of life.", [("killed", "unspecified", 0, 0)]),
        (
            "The raid on the post was beaten back without casualties.",
            [("killed", "unspecified", 0, 0)],
        ),
        ("The grenade did not cause any injuries.", [("injured", "unspecified", 0, 0)]),
        # people reports often name among the dead
        ("A landmine killed a shepherd and two herders.", [("killed", "civilian", 3, 3)]),
        # an age between the figure and its people
        ("A roadside bomb killed a 12-year-old boy.", [("killed", "civilian", 1, 1)]),
        ("Two 40 year old traders were shot dead.", [("killed", "civilian", 2, 2)]),
        # trades and callings are civilians; a force before "officials" makes them forces
        ("Gunmen killed a schoolteacher and two masons.", [("killed", "civilian", 3, 3)]),
        ("Two Levies officials were killed.", [("killed", "security", 2, 2)]),
        # coffins stand for the dead
        ("Mourners sat beside the coffins of 11 coal miners.", [("killed", "civilian", 11, 11)]),
        # idioms of press releases: "sent to hell", "shuhada", "martyring", "gunning down"
        ("Seven khawarij were sent to hell in the raid.", [("killed", "militant", 7, 7)]),
        ("The toll of the ambush stood at five shuhada.", [("killed", "security", 5, 5)]),
        ("A mine went off, martyring one sepoy.", [("killed", "security", 1, 1)]),
        ("Raiders struck the camp, gunning down nine guards.", [("killed", "civilian", 9, 9)]),
        # people words of schools, jails, vehicles and railways
        (
            "Two schoolchildren and a driver were killed.",
            [("killed", "civilian", 3, 3)],
        ),
        ("Four occupants of the car were injured.", [("injured", "civilian", 4, 4)]),
        ("One prisoner died in the riot.", [("killed", "unspecified", 1, 1)]),
        # a breakdown with a two-word rank does not hide the total's verb
        (
            "Six soldiers, including a lieutenant colonel and a captain, were martyred.",
            [("killed", "security", 6, 6), ("killed", "security", 2, 2)],
        ),
        # a rank or title before a name is one person; not "Inspector General"
        ("Lance Naik Arif Hussain embraced shahadat.", [("killed", "security", 1, 1)]),
        ("Attackers fired on the post, killing sepoy Gul Zaman.", [("killed", "security", 1, 1)]),
        ("Gunmen shot dead cleric Abdul Ghani Rind.", [("killed", "civilian", 1, 1)]),
        ("Inspector General Tariq Khan said three were hurt.", [("injured", "unspecified", 3, 3)]),
        # "of them" stands for the side named before it; "personnel of the Frontier Corps"
        (
            "Gunmen tried to storm the post at dawn. Six of them were killed in the fighting.",
            [("killed", "militant", 6, 6)],
        ),
        ("Nine personnel of the Frontier Corps Balochistan died.", [("killed", "security", 9, 9)]),
        # the doer of an active verb is not among the dead: "a bomber killed 30 people"
        (
            "A bomber killed at least 30 people at the shrine.",
            [("killed", "unspecified", 30, None)],
        ),
        ("Three gunmen killed two guards.", [("killed", "civilian", 2, 2)]),
        # ... but "were also killed" is passive whatever follows
        ("Three gunmen were also killed the other day.", [("killed", "militant", 3, 3)]),
        ("Two soldiers killed a day earlier were buried.", [("killed", "security", 2, 2)]),
        # the people of a figure killed after a clause of 'after': "... and shot them dead"
        (
            "Gunmen took six labourers off a van after checking their papers and shot them dead.",
            [("killed", "civilian", 6, 6)],
        ),
        ("Police stopped six men after the killing and questioned them.", []),
        # "the dead militant": "dead" is the act even where a wound is told after it
        (
            "Officials said the dead militant was wanted, and two policemen were wounded.",
            [("killed", "militant", 1, 1), ("injured", "security", 2, 2)],
        ),
        # a bomber blowing himself up is no figure of the dead: only those he killed are
        (
            "A suicide bomber blew himself up at the gate, killing four policemen.",
            [("killed", "security", 4, 4)],
        ),
        # "and all" joins two figures of one act
        (
            "The army said eight soldiers and all 10 attackers were killed.",
            [("killed", "security", 8, 8), ("killed", "militant", 10, 10)],
        ),
        # killed "to death", but not sentenced to it
        ("A mob beat two men to death near the shrine.", [("killed", "unspecified", 2, 2)]),
        ("The court sentenced two men to death on Monday.", []),
        # people taken off a vehicle and "shot" were executed, whichever side the figure is
        (
            "Armed men halted a coach near Kalat, made eleven travellers get off and shot them.",
            [("killed", "civilian", 11, 11)],
        ),
        ("Four labourers were offloaded from the truck and shot.", [("killed", "civilian", 4, 4)]),
        ("They ordered the riders off and shot 12 of them.", [("killed", "unspecified", 12, 12)]),
        (
            "Gunmen pulled six men off a coach heading from Quetta towards Karachi on the "
            "national highway, led them into the hills and shot them.",
            [("killed", "unspecified", 6, 6)],
        ),
        # a people word before a thing is an adjective
        (
            "Two civilian vehicles were hit and three soldiers killed.",
            [("killed", "security", 3, 3)],
        ),
        # a breakdown goes on after "of ...": "four soldiers of the Frontier Corps and ..."
        (
            "Nine people, including four soldiers of the Frontier Corps and five guards, were "
            "killed.",
            [
                ("killed", "unspecified", 9, 9),
                ("killed", "security", 4, 4),
                ("killed", "civilian", 5, 5),
            ],
        ),
        # ... but not a figure whose people were only taken off, nor a wound
        (
            "They forced 20 men off the buses and shot 15 of them dead.",
            [("killed", "unspecified", 15, 15)],
        ),
        ("They took three men off the van and shot them in the legs.", []),
        ("A man was shot at a wedding in Chaman.", []),
        # singular victims of every trade and office
        ("A tribal leader was killed in Dera Bugti.", [("killed", "civilian", 1, 1)]),
        ("Gunmen shot dead a Saudi diplomat in Karachi.", [("killed", "civilian", 1, 1)]),
        ("Police killed a dacoit in Jacobabad.", [("killed", "unspecified", 1, 1)]),
        ("Two coastguards were martyred near Jiwani.", [("killed", "security", 2, 2)]),
        # ... but "the" before an office points back to someone counted already
        ("The candidate was killed on the spot, police said.", []),
        # "along with", "together with": the act said of the one before is the figure's too
        (
            "A judge was shot dead along with two guards outside the court.",
            [("killed", "civilian", 1, 1), ("killed", "civilian", 2, 2)],
        ),
        ("The minister arrived along with two guards.", []),
        # "among the dead were ...", "among the injured were ..."
        ("Among the dead were six sailors.", [("killed", "security", 6, 6)]),
        ("Among the injured were three pupils.", [("injured", "civilian", 3, 3)]),
        # a count of the dead that rises, and whose dead it counts
        (
            "The number of people killed in the blast rose to 31 on Monday.",
            [("killed", "unspecified", 31, 31)],
        ),
        ("The number of attacks rose to 31 last year.", []),
        ("By evening the toll had climbed above 40.", [("killed", "unspecified", 41, None)]),
        (
            "Officials put the number of policemen killed at nine.",
            [("killed", "security", 9, 9)],
        ),
        # a figure with its own act is no breakdown of a list "among the injured" after it
        (
            "A bomb hit a rally in Bannu; at least 12 killed, the candidate among the injured.",
            [("killed", "unspecified", 12, None)],
        ),
        # a form's fields: "Killed: 6 | Injured: 9"
        (
            "Incidents: 3 | Killed: 6 | Injured: 9 | Arrested: nil",
            [("killed", "unspecified", 6, 6), ("injured", "unspecified", 9, 9)],
        ),
        ("Time: 10:30 | Incidents: 3 | Police station: 4", []),
        # counts of other things are not claims
        ("Attacks were reported in 14 towns and 48 locations on 31 January 2026.", []),
        ("The 12-year-old campaign of attacks went on.", []),
        ("The 72-hour operation ended at 03:00 on Saturday.", []),
    ],
)
def test_figures(text: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    assert _claims(text) == expected


def test_a_breakdown_is_kept_but_marked() -> None:
    claims = claims_from_report("The blast killed six people, including a policeman.", "t")
    assert [(c.surface, c.breakdown) for c in claims] == [
        ("six people", False),
        ("a policeman", True),
    ]
    assert claims[1].what == "killed" and claims[1].whose == "security"


def test_a_list_after_a_colon_repeats_the_total() -> None:
    text = "Gunmen killed eleven people: five men, three women and three children."
    assert [c.surface for c in claims_from_report(text, "t")] == ["eleven people"]


def test_a_tables_casualty_columns_give_claims() -> None:
    """Cells under "Killed" or "Martyred" count the dead with no verb; a figure the row's
    own words already gave is not counted twice; other columns give nothing."""
    text = (
        "| Date | District | Incident | Martyred | Injured |\n"
        "|---|---|---|---|---|\n"
        "| 3 May | Kech | Camp of labourers attacked | 09 labourers | 4 |\n"
        "| 5 May | Zhob | Two Levies men shot dead | 2 | 0 |\n"
        "| 6 May | Kalat | 12 shops torched | nil | 1 |\n"
    )
    claims = claims_from_report(text, "t")
    assert [(c.what, c.whose, c.n_min) for c in claims] == [
        ("killed", "civilian", 9), ("injured", "unspecified", 4),
        ("killed", "security", 2), ("injured", "unspecified", 0),
        ("injured", "unspecified", 1),
    ]  # fmt: skip
    assert all(text[c.start : c.end] == c.surface for c in claims)


def test_offsets_point_at_the_surface() -> None:
    text = "QUETTA: At least 20 people, including 9 policemen, were killed on Friday, police said."
    claims = claims_from_report(text, "t")
    assert [c.surface for c in claims] == ["At least 20 people", "9 policemen"]
    for c in claims:
        assert text[c.start : c.end] == c.surface
        assert c.excerpt == text


@pytest.mark.parametrize(
    ("text", "claimant", "kind"),
    [
        ("Police said three people were killed.", "Police", "police"),
        ("Three people were killed, police said.", "police", "police"),
        (
            "Three people were killed, said a senior police officer.",
            "a senior police officer",
            "police",
        ),
        (
            "According to hospital officials, three people were killed.",
            "hospital officials",
            "medical",
        ),
        ("The ISPR said three soldiers were martyred.", "The ISPR", "military"),
        (
            "A BLA spokesman claimed that 40 soldiers had been killed.",
            "A BLA spokesman",
            "militant",
        ),
        ("Residents told reporters that two children were injured.", "Residents", "local"),
        ("Three people were killed in the blast.", THE_REPORT, "media"),
        (
            "Interior Minister Ali Khan praised the police, saying 12 attackers were killed.",
            "Interior Minister Ali Khan",
            "government",
        ),
        # a participle after a comma gives the subject, an article and adjectives with it
        (
            "The banned Baloch Republican Army owned the ambush, putting the toll at 12.",
            "The banned Baloch Republican Army",
            "militant",
        ),
    ],
)
def test_claimant_in_the_sentence(text: str, claimant: str, kind: str) -> None:
    (claim,) = claims_from_report(text, "t")
    assert (claim.claimant, claim.claimant_type) == (claimant, kind)


@pytest.mark.parametrize(
    ("text", "claimant", "kind"),
    [
        ("Twelve shepherds were killed, a tribal elder from Tangai said.",
         "a tribal elder from Tangai", "local"),
        ("Nine soldiers were killed, officials in the region said.", "officials in the region",
         "government"),
        ("Forty wounded people were brought in, a doctor at the Civil Hospital in Sibi said.",
         "a doctor at the Civil Hospital in Sibi", "medical"),
        ("Eleven soldiers were killed, a senior police officer in D.I. Khan said.",
         "a senior police officer in D.I. Khan", "police"),
        # A place of the event before the speaker stays out of the speaker.
        ("Four people were killed in the blast in Sibi, police said.", "police", "police"),
        # Asides and clauses set off between the speaker and the verb.
        ("Officials at the Civil Hospital Sibi, however, put the death toll at 56.",
         "Officials at the Civil Hospital Sibi", "medical"),
        ("Officials at the Civil Hospital, where the wounded were taken, said 42 people died.",
         "Officials at the Civil Hospital", "medical"),
        ("The military's media wing, ISPR, said four soldiers were killed.", "ISPR",
         "military"),
    ],
)  # fmt: skip
def test_a_source_is_named_with_its_place(text: str, claimant: str, kind: str) -> None:
    """'a tribal elder from Tangai said': the elder of Tangai speaks, not Tangai; and the
    speaker is no victim of the figure it gives."""
    (claim,) = claims_from_report(text, "t")
    assert (claim.claimant, claim.claimant_type) == (claimant, kind)


def test_a_victim_opening_the_sentence_is_no_speaker() -> None:
    """ ", adding ..." reads the sentence's opening words as its subject: a victim there."""
    text = "An elderly watchman died during the siege, adding to the toll of the week."
    assert [(c.surface, c.n_min, c.claimant) for c in claims_from_report(text, "t")] == [
        ("An elderly watchman", 1, THE_REPORT)
    ]


def test_who_did_not_say_is_no_speaker() -> None:
    """'Police did not say where ...': the next sentence's figure is not theirs."""
    text = "Police did not say where the men were held. Two of the guards were killed in the raid."
    assert [c.claimant for c in claims_from_report(text, "t")] == [THE_REPORT]


def test_a_pronoun_stands_for_the_speaker_named_before() -> None:
    text = (
        "District police chief Amjad Ali told reporters that the attackers had fled. "
        "Four guards were killed, he said."
    )
    (claim,) = claims_from_report(text, "t")
    assert claim.claimant == "District police chief Amjad Ali"
    assert claim.claimant_type == "police"


def test_the_sentence_before_speaks_for_the_next_in_its_paragraph() -> None:
    text = (
        "Levies officials said the convoy was ambushed at dawn. "
        "Two drivers were killed and a guard was injured.\n\n"
        "Five shops were burned in the bazaar, where one man died."
    )
    claims = claims_from_report(text, "t")
    assert [(c.surface, c.claimant_type) for c in claims] == [
        ("Two drivers", "police"),
        ("a guard", "police"),
        ("one man", "media"),
    ]


def test_a_sentence_confirming_the_casualties_names_their_source() -> None:
    text = (
        "The toll in the market bombing rose to 25. "
        "The district health officer confirmed the casualties."
    )
    (claim,) = claims_from_report(text, "t")
    assert claim.n_min == 25 and claim.claimant_type == "medical"


def test_quoting_a_source_credits_the_source_not_the_medium() -> None:
    text = "Quoting the ISPR, the newspaper gives nine soldiers killed."
    (claim,) = claims_from_report(text, "t")
    assert claim.claimant == "the ISPR" and claim.claimant_type == "military"


def test_a_headline_repeating_the_body_makes_no_claim() -> None:
    text = "Blast kills four in Sibi\n\nA bomb killed four people in Sibi on Monday, police said."
    claims = claims_from_report(text, "t")
    assert [c.surface for c in claims] == ["four people"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ISPR", "military"),
        ("security sources", "military"),
        ("the CTD", "police"),
        ("Deputy Commissioner Kech", "government"),
        ("Civil Hospital doctors", "medical"),
        ("Jeeyand Baloch, the BLA spokesman", "militant"),
        ("Reuters", "media"),
        ("eyewitnesses", "local"),
        ("the Centre for Research and Security Studies", "other"),
        ("Amnesty International", "other"),
        ("Chief of the Naval Staff Admiral Zafar Ali", "military"),
        ("Major General Asad Khan", "military"),
        ("the local administrator", "government"),
        ("the Taliban government spokesman", "government"),
        ("a Taliban commander", "militant"),
        # Written with a space where the types list a hyphen.
        ("Counter Terrorism Department, Sindh", "police"),
        ("INTER SERVICES PUBLIC RELATIONS", "military"),
    ],
)
def test_claimant_types(name: str, kind: str) -> None:
    assert claimant_type(name) == kind


def test_a_press_release_states_its_figures_as_its_issuer() -> None:
    """An ISPR or CTD press release gives figures without "said": they are its issuer's."""
    release = (
        "COUNTER TERRORISM DEPARTMENT, SINDH\nPRESS RELEASE\n\nKarachi, 3 May 2024\n\n"
        "The CTD conducted a raid in Lyari. Three terrorists were killed in the exchange of "
        "fire and two were arrested."
    )
    claims = claims_from_report(release, "pr")
    assert {(c.claimant, c.claimant_type) for c in claims} == {
        ("COUNTER TERRORISM DEPARTMENT, SINDH", "police")
    }, claims
    story = "Three terrorists were killed in the exchange of fire and two were arrested."
    assert {c.claimant for c in claims_from_report(story, "s")} == {THE_REPORT}


@pytest.mark.parametrize(
    ("head", "claimant", "kind"),
    [
        ("POLICE DEPARTMENT, GOVERNMENT OF SINDH\nFIRST INFORMATION REPORT\n",
         "POLICE DEPARTMENT, GOVERNMENT OF SINDH", "police"),
        ("GOVERNMENT OF KHYBER PAKHTUNKHWA\nHOME DEPARTMENT\n(Internal Security Wing)\n",
         "HOME DEPARTMENT", "government"),
    ],
)  # fmt: skip
def test_an_official_documents_letterhead_gives_its_figures(
    head: str, claimant: str, kind: str
) -> None:
    """An FIR or a home department's note states its figures without "said": its body's."""
    claims = claims_from_report(head + "\nTwo constables were martyred at the post.", "t")
    assert [(c.claimant, c.claimant_type) for c in claims] == [(claimant, kind)]


@pytest.mark.parametrize(
    "head",
    [
        "POLICE SAY TWO KILLED IN BANNU\n",  # a headline in capitals
        "SENATE OF PAKISTAN\nQUESTIONS FOR ORAL ANSWERS\n",  # a minister answers there
    ],
)
def test_no_letterhead_in_a_headline_or_parliaments_papers(head: str) -> None:
    claims = claims_from_report(head + "\nTwo constables were martyred at the post.", "t")
    assert [c.claimant for c in claims] == [THE_REPORT]


def test_a_review_of_a_think_tanks_figures_gives_them_in_its_voice() -> None:
    """A report that first quotes a study gives its other figures as the study's; one that
    first quotes anyone else (a hospital named 'Institute') keeps 'the report'."""
    review = (
        "According to a monthly review by the Pak Institute for Peace Studies, 61 people were "
        "killed in attacks in March.\n\nAnother 80 people were injured in the same month."
    )
    claimants = {c.claimant for c in claims_from_report(review, "r")}
    assert len(claimants) == 1 and "Pak Institute for Peace Studies" in claimants.pop()
    hospital = (
        "The Pakistan Institute of Medical Sciences said 12 people were brought in dead.\n\n"
        "Another 30 people were injured in the market."
    )
    assert THE_REPORT in {c.claimant for c in claims_from_report(hospital, "h")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Finding the device early saved the lives of hundreds of commuters," police said.', []),
        ("The device could have killed dozens of worshippers, police said.", []),
        ("The bomb could have killed dozens of people, including ten children.", []),
        ("The blast killed 12 people and could have killed dozens more.",
         [("killed", "unspecified", 12, 12)]),
        # A modal elsewhere in the sentence, a guess, or a life saved before a comma leave
        # the figure alone.
        ("The bomber, who could have been stopped, killed 12 people.",
         [("killed", "unspecified", 12, 12)]),
        ("The gang would have recruited 12 boys who were later killed, police said.",
         [("killed", "civilian", 12, 12)]),
        ("The militants may have abducted 12 labourers, officials said.",
         [("abducted", "civilian", 12, 12)]),
        ("Doctors saved one, but bombs killed 12 people.",
         [("killed", "unspecified", 12, 12)]),
    ],
)  # fmt: skip
def test_harm_that_did_not_happen_is_no_figure(text: str, expected) -> None:
    """Lives saved and deaths a bomb could have caused are not casualties."""
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "claimant", "kind"),
    [
        # The group's spokesman who claimed the attack is "the spokesman" who gives figures.
        ("BRA spokesman Mir Baloch claimed responsibility for the attack. "
         '"Three FC personnel were killed," the spokesman said.',
         "BRA spokesman Mir Baloch", "militant"),
        # His title and name again, without the group: still he (a rank is his title there).
        ("BLF spokesman Major Gwahram Baloch accepted responsibility for the attacks. "
         "Major Gwahram Baloch said two soldiers were killed.",
         "BLF spokesman Major Gwahram Baloch", "militant"),
        # A participle aside between the speaker and the verb.
        ("BRA spokesman Mir Baloch, speaking from an unknown place, said four soldiers died.",
         "BRA spokesman Mir Baloch", "militant"),
        # Nobody claimed it: nobody is no speaker.
        ("No group claimed responsibility for the attack. Two soldiers died, it said.",
         THE_REPORT, "media"),
    ],
)  # fmt: skip
def test_the_spokesman_who_claimed_an_attack_gives_its_figures(text, claimant, kind) -> None:
    claims = claims_from_report(text, "t")
    assert [(c.claimant, c.claimant_type) for c in claims][-1] == (claimant, kind)


@pytest.mark.parametrize(
    ("claimant", "kind"),
    [
        ("Maj Gen Ahmed Khan", "military"),
        ("Lt Gen Zafar Ali", "military"),
        ("RPO Mardan", "police"),
        ("DSP Sher Khan", "police"),
        ("the prosecution", "government"),
        ("the JIT", "government"),
    ],
)
def test_abbreviated_ranks_offices_and_the_states_lawyers_have_their_types(claimant, kind):
    """Ranks as the press abbreviates them, police offices by their initials, and the
    state's prosecutors and investigation teams."""
    assert claimant_type(claimant) == kind
