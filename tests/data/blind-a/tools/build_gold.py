"""Builds blind-a.gold.json and blind-a.events.gold.json from the tables below."""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def I(surface, place, kind, district=None, lat=None, lon=None):
    if isinstance(surface, str):
        surface = [surface]
    return {
        "surface": surface,
        "place": place,
        "kind": kind,
        "district": district,
        "lat": lat,
        "lon": lon,
    }


def C(surface, place, why):
    if isinstance(surface, str):
        surface = [surface]
    return {"surface": surface, "place": place, "why": why}


def CL(claimant, ctype, what, whose, nmin, nmax, surface):
    return {
        "claimant": claimant,
        "claimant_type": ctype,
        "what": what,
        "whose": whose,
        "n_min": nmin,
        "n_max": nmax,
        "surface": surface,
    }


def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {
        "places": places,
        "event_date": date,
        "event_date_precision": prec,
        "event_type": etype,
        "sub_event_type": sub,
        "actor1": a1,
        "actor2": a2,
        "claims": claims,
        "fatalities": fat,
    }


BAT, CLASH = "Battles", "Armed clash"
EXP, SUI, IED = "Explosions/Remote violence", "Suicide bomb", "Remote explosive/landmine/IED"
VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
BLA, BLF = "Baloch Liberation Army", "Baloch Liberation Front"
MIL, POL, CIV, UAG = (
    "Military Forces of Pakistan",
    "Police Forces of Pakistan",
    "Civilians",
    "Unidentified Armed Group",
)
TTP = "Tehreek-e-Taliban Pakistan"
IS = "Islamic State"
ISPP, ISKP = "Islamic State (Pakistan Province)", "Islamic State (Khorasan Province)"


# frequently used context entries
def pak(why="country as overall setting"):
    return C("Pakistan", "Pakistan", why)


def bal(why="province as overall setting"):
    return C("Balochistan", "Balochistan", why)


def kp(why="province as overall setting"):
    return C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", why)


QUETTA = (30.18, 67.00)
GOLD, EVENTS = [], []


def add(id_, inc, ctx, events, agg=None):
    GOLD.append({"id": id_, "incident_places": inc, "context_places": ctx})
    EVENTS.append({"id": id_, "events": events, "aggregate_claims": agg or []})


# ---------------------------------------------------------------- ba-001
add(
    "ba-001",
    [I("Turbat", "Turbat", "town", "Kech", 26.00, 63.05), I("Gogdan", "Gogdan", "town", "Kech")],
    [
        C("QUETTA", "Quetta", "dateline"),
        pak(),
        bal(),
        C("Makran", "Makran", "only in an official's title (Makran division)"),
        C("Punjab", "Punjab", "origin of victims / province named in background"),
        C("Rahim Yar Khan", "Rahim Yar Khan", "home district of victims"),
        C("Sindh", "Sindh", "home province of victims"),
        C("Islamabad", "Islamabad", "capital/government"),
        C("Gwadar", "Gwadar", "distance reference and corridor project, not attacked"),
        C("China", "China", "country in background (western China)"),
    ],
    [
        E(
            ["Turbat", "Gogdan"],
            "2015-04-11",
            "day",
            VAC,
            ATT,
            BLF,
            CIV,
            [
                CL("officials", "government", "killed", "civilian", 20, 20, "20 labourers"),
                CL("officials", "government", "injured", "civilian", 3, 3, "Three workers"),
                CL(
                    "Sarfraz Bugti",
                    "government",
                    "arrested",
                    "security",
                    8,
                    8,
                    "eight members of the Levies",
                ),
            ],
            20,
        )
    ],
)

# ---------------------------------------------------------------- ba-002
add(
    "ba-002",
    [I("Kech", "Kech", "district", "Kech")],
    [
        C("RAWALPINDI", "Rawalpindi", "dateline of the military press release"),
        bal(),
        C("Turbat", "Turbat", "named only as the district headquarters"),
    ],
    [
        E(
            ["Kech"],
            "2022-01-25",
            "day",
            BAT,
            CLASH,
            BLF,
            MIL,
            [
                CL("ISPR", "military", "killed", "militant", 1, 1, "one terrorist"),
                CL("ISPR", "military", "killed", "security", 10, 10, "10 brave soldiers"),
                CL("ISPR", "military", "arrested", "militant", 3, 3, "three terrorists"),
                CL("Baloch Liberation Front", "militant", "killed", "security", 17, 17, "17"),
            ],
            11,
        )
    ],
)

# ---------------------------------------------------------------- ba-003
add(
    "ba-003",
    [
        I("Panjgur", "Panjgur", "town", "Panjgur", 26.97, 64.09),
        I("Noshki", "Nushki", "town", "Nushki", 29.55, 66.02),
        I("Kech", "Kech", "district", "Kech"),
        I("Karachi", "Karachi", "town", None, 24.86, 67.01),
        I("Chinese Consulate", "Chinese Consulate", "site"),
    ],
    [
        C("QUETTA", "Quetta", "dateline; also distance reference (provincial capital)"),
        bal(),
        C("Afghanistan", "Afghanistan", "country accused of hosting handlers"),
        C("India", "India", "country accused of hosting handlers"),
        C("Kabul", "Kabul", "capital/government speaking"),
        C("New Delhi", "New Delhi", "capital/government speaking"),
    ],
    [
        E(
            ["Panjgur"],
            "2022-02-02",
            "day",
            BAT,
            CLASH,
            BLA,
            MIL,
            [
                CL(
                    "BLA spokesman Jeeyand Baloch",
                    "militant",
                    "killed",
                    "security",
                    51,
                    None,
                    "more than 50 soldiers",
                ),
                CL("ISPR", "military", "killed", "militant", 4, 4, "four in Panjgur"),
                CL("ISPR", "military", "killed", "security", 3, 3, "three in Panjgur"),
            ],
            7,
        ),
        E(
            ["Nushki"],
            "2022-02-02",
            "day",
            BAT,
            CLASH,
            BLA,
            MIL,
            [
                CL(
                    "BLA spokesman Jeeyand Baloch",
                    "militant",
                    "killed",
                    "security",
                    100,
                    None,
                    "at least 100 personnel, including an officer",
                ),
                CL("ISPR", "military", "killed", "militant", 9, 9, "nine in Noshki"),
                CL(
                    "ISPR",
                    "military",
                    "killed",
                    "security",
                    4,
                    4,
                    "four of them, including an officer, in Noshki",
                ),
            ],
            13,
        ),
        E(
            ["Kech"],
            "2022-01-25",
            "day",
            BAT,
            CLASH,
            None,
            MIL,
            [CL("the report", "media", "killed", "security", 10, 10, "10 soldiers")],
            10,
        ),
        E(
            ["Karachi", "Chinese Consulate"],
            "2018-11",
            "month",
            BAT,
            CLASH,
            BLA,
            None,
            [CL("the report", "media", "killed", "unspecified", 4, 4, "four people")],
            4,
        ),
    ],
    [
        CL(
            "Baloch Liberation Army",
            "militant",
            "killed",
            "security",
            101,
            None,
            "well over a hundred soldiers",
        ),
        CL("ISPR", "military", "killed", "militant", 13, 13, "13 attackers"),
        CL("ISPR", "military", "killed", "security", 7, 7, "seven soldiers"),
    ],
)

# ---------------------------------------------------------------- ba-004
add(
    "ba-004",
    [
        I("Khanozai", "Khanozai", "town", "Pishin"),
        I("Pishin", "Pishin", "district", "Pishin"),
        I("Qila Saifullah", "Qila Saifullah", "town", "Qilla Saifullah", 30.70, 68.36),
        I("Daraban", "Daraban", "town"),
        I("Dera Ismail Khan", "Dera Ismail Khan", "district"),
    ],
    [
        C("ISLAMABAD", "Islamabad", "dateline; seat of the think tank (also 'Islamabad-based')"),
        bal("province named for statistics and in party name"),
        kp("province named for statistics"),
        C("Pakistan", "Pakistan", "only inside organisation names (PICSS, Pakistan Peoples Party)"),
        C("Punjab", "Punjab", "province named for statistics"),
        C("Sindh", "Sindh", "province named for statistics"),
    ],
    [
        E(
            ["Khanozai", "Pishin"],
            "2024-02-07",
            "day",
            EXP,
            IED,
            ISPP,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 14, None, "at least 14 people")],
            14,
        ),
        E(
            ["Qila Saifullah"],
            "2024-02-07",
            "day",
            EXP,
            IED,
            ISPP,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 12, None, "at least 12")],
            12,
        ),
        E(
            ["Daraban", "Dera Ismail Khan"],
            "2024-02-05",
            "day",
            BAT,
            CLASH,
            UAG,
            POL,
            [
                CL("the report", "media", "killed", "security", 10, 10, "10 policemen"),
                CL("the report", "media", "injured", "security", 6, 6, "wounding six"),
            ],
            10,
        ),
    ],
    [
        CL("PICSS", "other", "killed", "unspecified", 87, 87, "87 people dead"),
        CL("PICSS", "other", "injured", "unspecified", 118, 118, "118 injured"),
        CL("PICSS", "other", "killed", "unspecified", 90, 90, "90 deaths"),
        CL("PICSS", "other", "injured", "unspecified", 135, 135, "135 injuries"),
        CL("PICSS", "other", "killed", "unspecified", 42, 42, "42 people were killed"),
        CL("PICSS", "other", "injured", "unspecified", 72, 72, "72 wounded"),
        CL("PICSS", "other", "killed", "unspecified", 31, 31, "31 deaths"),
        CL("PICSS", "other", "injured", "unspecified", 50, 50, "50 injuries"),
    ],
)

# ---------------------------------------------------------------- ba-005
add(
    "ba-005",
    [
        I("Quetta", "Quetta", "town", "Quetta", *QUETTA),
        I("Hazarganji", "Hazarganji", "neighbourhood", "Quetta"),
        I("Alamdar Road", "Alamdar Road", "road", "Quetta"),
    ],
    [
        C("Islamabad", "Islamabad", "dateline"),
        bal(),
        C("Afghanistan", "Afghanistan", "neighbouring country in background"),
        C("Iran", "Iran", "neighbouring country in background"),
        C(
            "Bolan Medical Complex",
            "Bolan Medical Complex",
            "hospital where the wounded were taken (name contains Bolan)",
        ),
        C("Hazara Town", "Hazara Town", "residential enclave of the community, not attacked"),
        C("Mariabad", "Mariabad", "residential enclave of the community, not attacked"),
        pak("country of the prime minister"),
    ],
    [
        E(
            ["Quetta", "Hazarganji"],
            "2019-04-12",
            "day",
            EXP,
            IED,
            IS,
            CIV,
            [
                CL("the report", "media", "killed", "unspecified", 20, None, "at least 20 people"),
                CL("the report", "media", "injured", "unspecified", 48, 48, "wounding 48"),
                CL(
                    "officials",
                    "government",
                    "killed",
                    "security",
                    1,
                    1,
                    "A member of the paramilitary Frontier Corps",
                ),
            ],
            20,
        ),
        E(
            ["Quetta", "Alamdar Road"],
            "2013-01",
            "month",
            EXP,
            None,
            None,
            CIV,
            [CL("the report", "media", "killed", "civilian", 91, None, "more than 90 people")],
            91,
        ),
    ],
)

# ---------------------------------------------------------------- ba-006
add(
    "ba-006",
    [
        I("Quetta", "Quetta", "town", "Quetta", *QUETTA),
        I("Civil Hospital", "Civil Hospital", "site", "Quetta"),
        I("Manu Jan Road", "Manu Jan Road", "road", "Quetta"),
        I("Bolan Medical Complex", "Bolan Medical Complex", "site", "Quetta"),
    ],
    [
        C("Pakistan", "Pakistan", "country as overall setting"),
        C("Balochistan", "Balochistan", "province; also inside 'Balochistan Bar Association'"),
        C("India", "India", "country accused by the chief minister"),
        C("New Delhi", "New Delhi", "capital/government speaking"),
    ],
    [
        E(
            ["Quetta", "Civil Hospital", "Manu Jan Road"],
            "2016-08-08",
            "day",
            EXP,
            SUI,
            "Jamaat-ul-Ahrar",
            CIV,
            [
                CL("officials", "government", "killed", "civilian", 70, None, "at least 70 people"),
                CL("officials", "government", "injured", "civilian", 101, None, "more than 100"),
                CL("the report", "media", "killed", "civilian", 1, 1, "a colleague"),
                CL("the report", "media", "killed", "civilian", 2, 2, "Two television cameramen"),
            ],
            71,
        ),
        E(
            ["Quetta", "Bolan Medical Complex"],
            "2013-06",
            "month",
            EXP,
            None,
            None,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 24, None, "At least 24 people")],
            24,
        ),
    ],
)

# ---------------------------------------------------------------- ba-007
add(
    "ba-007",
    [
        I("Zhob", "Zhob", "town", "Zhob", 31.34, 69.45),
        I(["Zhob Garrison", "Zhob Cantt"], "Zhob Garrison", "site", "Zhob"),
        I("Sui", "Sui", "town", "Dera Bugti", 28.64, 69.18),
        I("Dera Bugti", "Dera Bugti", "district", "Dera Bugti"),
    ],
    [
        C("RAWALPINDI", "Rawalpindi", "dateline of the military press release"),
        bal(),
        C("Pakistan", "Pakistan", "country as overall setting; also inside group name"),
        C("Dera Ismail Khan", "Dera Ismail Khan", "origin of the bus caught in crossfire"),
        C("Quetta", "Quetta", "where the injured were referred"),
    ],
    [
        E(
            ["Zhob", "Zhob Garrison"],
            "2023-07-12",
            "day",
            BAT,
            CLASH,
            "Tehreek-e-Jihad Pakistan",
            MIL,
            [
                CL("ISPR", "military", "killed", "militant", 5, 5, "five terrorists"),
                CL("ISPR", "military", "killed", "security", 9, 9, "nine shuhada"),
                CL(
                    "Zhob Deputy Commissioner Azeem Kakar",
                    "government",
                    "killed",
                    "civilian",
                    1,
                    1,
                    "a woman",
                ),
                CL(
                    "Zhob Deputy Commissioner Azeem Kakar",
                    "government",
                    "injured",
                    "civilian",
                    5,
                    5,
                    "five other civilians",
                ),
            ],
            15,
        ),
        E(
            ["Sui", "Dera Bugti"],
            "2023-07-12",
            "day",
            BAT,
            CLASH,
            MIL,
            UAG,
            [
                CL("ISPR", "military", "killed", "security", 3, 3, "three brave soldiers"),
                CL("ISPR", "military", "killed", "militant", 2, 2, "two terrorists"),
            ],
            5,
        ),
    ],
)

# ---------------------------------------------------------------- ba-008
add(
    "ba-008",
    [
        I("Makran Coastal Highway", "Makran Coastal Highway", "road"),
        I("Buzi Top", "Buzi Top", "site", "Lasbela"),
    ],
    [
        C("QUETTA", "Quetta", "dateline"),
        bal(),
        C("Karachi", "Karachi", "origin/destination of the buses"),
        C("Gwadar", "Gwadar", "origin/destination of the buses"),
        C("Ormara", "Ormara", "where the bodies were taken; direction reference"),
        C("Iran", "Iran", "country accused of hosting camps"),
        C("Islamabad", "Islamabad", "government speaking"),
        C("Tehran", "Tehran", "government addressed"),
    ],
    [
        E(
            ["Buzi Top", "Makran Coastal Highway"],
            "2019-04-18",
            "day",
            VAC,
            ATT,
            "Baloch Raji Aajoi Sangar",
            CIV,
            [
                CL("officials", "government", "abducted", "unspecified", 16, 16, "16 men"),
                CL("officials", "government", "killed", "unspecified", 14, 14, "14 of them"),
            ],
            14,
        )
    ],
)

# ---------------------------------------------------------------- ba-009
add(
    "ba-009",
    [
        I("Dringarh", "Dringarh", "town", "Mastung"),
        I("Mastung", "Mastung", "district", "Mastung"),
        I("Bannu", "Bannu", "district"),
        I("Peshawar", "Peshawar", "town", None, 34.01, 71.58),
    ],
    [
        pak(),
        C("Balochistan", "Balochistan", "province; also inside 'Balochistan Awami Party'"),
        C("Quetta", "Quetta", "direction reference; hospital where the wounded were taken"),
        kp("in a politician's title; home region of expatriates"),
        C("UAE", "United Arab Emirates", "where expatriate Pakistanis live"),
        C("Iran", "Iran", "neighbouring country in background"),
        C("Afghanistan", "Afghanistan", "neighbouring country in background"),
        C("Gwadar", "Gwadar", "port named in background"),
        C("China", "China", "investor country in background"),
    ],
    [
        E(
            ["Dringarh", "Mastung"],
            "2018-07-13",
            "day",
            EXP,
            SUI,
            IS,
            CIV,
            [
                CL(
                    "the report", "media", "killed", "unspecified", 128, None, "at least 128 people"
                ),
                CL(
                    "the report",
                    "media",
                    "injured",
                    "unspecified",
                    151,
                    None,
                    "more than 150 wounded people",
                ),
            ],
            128,
        ),
        E(
            ["Bannu"],
            "2018-07-13",
            "day",
            EXP,
            IED,
            None,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 4, 4, "four people")],
            4,
        ),
        E(
            ["Peshawar"],
            "2018-07-10",
            "day",
            EXP,
            SUI,
            None,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 20, None, "at least 20 people")],
            20,
        ),
    ],
)

# ---------------------------------------------------------------- ba-010
add(
    "ba-010",
    [
        I("Gwadar", "Gwadar", "town", "Gwadar", 25.12, 62.32),
        I("Faqeer Colony", "Faqeer Colony", "neighbourhood", "Gwadar"),
        I("South Waziristan", "South Waziristan", "district"),
        I("Bannu", "Bannu", "district"),
        I("Jani Khel", "Jani Khel", "town"),
    ],
    [
        C("ISLAMABAD", "Islamabad", "dateline"),
        C("Pakistan", "Pakistan", "country as overall setting; also in organisation names"),
        kp("province named for statistics"),
        C(
            ["Federally Administered Tribal Areas", "FATA"],
            "Federally Administered Tribal Areas",
            "former region named for statistics",
        ),
        bal("province named for statistics"),
    ],
    [
        E(
            ["Gwadar", "Faqeer Colony"],
            "2023-08-13",
            "day",
            BAT,
            CLASH,
            BLA,
            MIL,
            [CL("the military", "military", "killed", "militant", 2, 2, "two attackers")],
            2,
        ),
        E(
            ["South Waziristan"],
            "2023-08-22",
            "day",
            BAT,
            CLASH,
            None,
            MIL,
            [
                CL("the military", "military", "killed", "security", 6, 6, "six soldiers"),
                CL("the military", "military", "killed", "militant", 4, 4, "four militants"),
            ],
            10,
        ),
        E(
            ["Jani Khel", "Bannu"],
            "2023-08-31",
            "day",
            EXP,
            SUI,
            None,
            MIL,
            [
                CL("the report", "media", "killed", "security", 9, 9, "nine soldiers"),
                CL("the report", "media", "injured", "security", 5, 5, "wounding five"),
            ],
            9,
        ),
    ],
    [
        CL("PICSS", "other", "killed", "unspecified", 112, 112, "112 people"),
        CL("PICSS", "other", "injured", "unspecified", 87, 87, "87 injured"),
    ],
)

# ---------------------------------------------------------------- ba-011
add(
    "ba-011",
    [
        I("Mastung", "Mastung", "town", "Mastung", 29.80, 66.85),
        I("Al-Falah Road", "Al-Falah Road", "road", "Mastung"),
        I("Madina mosque", "Madina mosque", "site", "Mastung"),
        I("Doaba", "Doaba", "town"),
        I("Hangu", "Hangu", "district"),
    ],
    [
        C(
            "Quetta",
            "Quetta",
            "dateline; hospitals where critically injured were moved; distance reference",
        ),
        pak(),
        bal(),
        kp(),
        C("Kohat", "Kohat", "where the wounded were taken"),
        C("Islamabad", "Islamabad", "government (ceasefire with Islamabad)"),
    ],
    [
        E(
            ["Mastung", "Al-Falah Road", "Madina mosque"],
            "2023-09-29",
            "day",
            EXP,
            SUI,
            None,
            CIV,
            [
                CL(
                    "officials",
                    "government",
                    "killed",
                    "unspecified",
                    52,
                    None,
                    "at least 52 people",
                ),
                CL(
                    "a district health official",
                    "medical",
                    "injured",
                    "unspecified",
                    51,
                    None,
                    "More than 50 people",
                ),
            ],
            52,
        ),
        E(
            ["Doaba", "Hangu"],
            "2023-09-29",
            "day",
            EXP,
            SUI,
            None,
            CIV,
            [
                CL("police", "police", "killed", "unspecified", 5, 5, "Five people"),
                CL("police", "police", "injured", "unspecified", 12, 12, "12 wounded"),
            ],
            5,
        ),
        E(
            ["Mastung"],
            "2018-07",
            "month",
            EXP,
            SUI,
            IS,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 149, 149, "149 people")],
            149,
        ),
    ],
)

# ---------------------------------------------------------------- ba-012
add(
    "ba-012",
    [
        I("Mangochar", "Mangochar", "town", "Kalat"),
        I("Kalat", "Kalat", "district", "Kalat"),
        I("Harnai", "Harnai", "district", "Sibi"),
    ],
    [
        C("RAWALPINDI", "Rawalpindi", "dateline of the military press release"),
        bal(),
        C("Quetta", "Quetta", "end point of the highway named"),
        C("Karachi", "Karachi", "end point of the highway named"),
    ],
    [
        E(
            ["Mangochar", "Kalat"],
            "2025-01-31",
            "day",
            BAT,
            CLASH,
            BLA,
            MIL,
            [
                CL("ISPR", "military", "killed", "militant", 12, 12, "twelve terrorists"),
                CL("ISPR", "military", "killed", "security", 18, 18, "eighteen valiant soldiers"),
            ],
            30,
        ),
        E(
            ["Harnai"],
            "2025-02-01",
            "day",
            BAT,
            CLASH,
            MIL,
            UAG,
            [CL("ISPR", "military", "killed", "militant", 11, 11, "eleven more terrorists")],
            11,
        ),
    ],
    [CL("ISPR", "military", "killed", "militant", 23, 23, "23 terrorists")],
)

# ---------------------------------------------------------------- ba-013
add(
    "ba-013",
    [
        I("Karachi", "Karachi", "town", None, 24.86, 67.01),
        I(["University of Karachi", "Karachi University"], "University of Karachi", "site"),
        I("Confucius Institute", "Confucius Institute", "site"),
        I("Chinese Consulate", "Chinese Consulate", "site"),
        I("Clifton", "Clifton", "neighbourhood"),
        I("Pakistan Stock Exchange", "Pakistan Stock Exchange", "site"),
    ],
    [
        C("Beijing", "Beijing", "capital/government speaking"),
        C("Balochistan", "Balochistan", "province named in background"),
        C("Turbat", "Turbat", "home area of the bomber"),
        C("Kech", "Kech", "home district of the bomber"),
        C("China", "China", "country named in background"),
        C("Pakistan", "Pakistan", "government addressed; also inside 'Pakistan Stock Exchange'"),
        C("Islamabad", "Islamabad", "location of the embassy visited"),
    ],
    [
        E(
            ["Karachi", "University of Karachi", "Confucius Institute"],
            "2022-04-26",
            "day",
            EXP,
            SUI,
            BLA,
            CIV,
            [
                CL("the report", "media", "killed", "civilian", 3, 3, "three Chinese teachers"),
                CL("the report", "media", "killed", "civilian", 1, 1, "the van's Pakistani driver"),
                CL("the report", "media", "injured", "unspecified", 4, 4, "Four other people"),
            ],
            4,
        ),
        E(
            ["Karachi", "Clifton", "Chinese Consulate"],
            "2018-11",
            "month",
            BAT,
            CLASH,
            BLA,
            POL,
            [
                CL("the report", "media", "killed", "security", 2, 2, "two policemen"),
                CL("the report", "media", "killed", "civilian", 2, 2, "two visa applicants"),
                CL("the report", "media", "killed", "militant", 3, 3, "three of its fighters"),
            ],
            7,
        ),
        E(
            ["Karachi", "Pakistan Stock Exchange"],
            "2020-06",
            "month",
            BAT,
            CLASH,
            BLA,
            None,
            [CL("the report", "media", "killed", "militant", 4, 4, "four gunmen")],
            4,
        ),
    ],
)

# ---------------------------------------------------------------- ba-014
add(
    "ba-014",
    [
        I("Mach", "Mach", "town", "Kachhi", 29.87, 67.33),
        I("Gishtari", "Gishtari", "site", "Kachhi"),
        I("Bolan", "Kachhi", "district", "Kachhi"),
        I("Quetta", "Quetta", "town", "Quetta", *QUETTA),
        I("Hazarganji", "Hazarganji", "neighbourhood", "Quetta"),
    ],
    [
        pak(),
        bal(),
        C(
            "Western Bypass",
            "Western Bypass",
            "road where the protest sit-in was held, not an attack site",
        ),
        C("Karachi", "Karachi", "protests spread there"),
        C("Lahore", "Lahore", "protests spread there"),
        C("Islamabad", "Islamabad", "origin of the minister / capital"),
        C("Afghanistan", "Afghanistan", "origin of the community's ancestors"),
        C("Hazara Town", "Hazara Town", "home of the victims"),
        C("Mariabad", "Mariabad", "residential enclave of the community"),
    ],
    [
        E(
            ["Mach", "Gishtari", "Kachhi"],
            "2021-01-03",
            "day",
            VAC,
            ATT,
            IS,
            CIV,
            [CL("the report", "media", "killed", "civilian", 11, 11, "11 coal miners")],
            11,
        ),
        E(
            ["Quetta", "Hazarganji"],
            "2019-04",
            "month",
            EXP,
            IED,
            None,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 20, None, "at least 20 people")],
            20,
        ),
    ],
)

# ---------------------------------------------------------------- ba-015
add(
    "ba-015",
    [
        I("Peshawar", "Peshawar", "town", None, 34.01, 71.58),
        I("Police Lines", "Police Lines", "site"),
        I("Kocha Risaldar", "Kocha Risaldar", "neighbourhood"),
        I("Army Public School", "Army Public School", "site"),
    ],
    [
        pak(),
        C("Islamabad", "Islamabad", "government speaking; venue of the IMF mission"),
        C("Kabul", "Kabul", "government addressed"),
    ],
    [
        E(
            ["Peshawar", "Police Lines"],
            "2023-01-30",
            "day",
            EXP,
            SUI,
            None,
            POL,
            [
                CL("officials", "government", "killed", "unspecified", 100, None, "at least 100"),
                CL(
                    "the report",
                    "media",
                    "injured",
                    "unspecified",
                    221,
                    None,
                    "More than 220 people",
                ),
            ],
            100,
        ),
        E(
            ["Peshawar", "Army Public School"],
            "2014-12",
            "month",
            VAC,
            ATT,
            TTP,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 140, None, "at least 140 people")],
            140,
        ),
        E(
            ["Peshawar", "Kocha Risaldar"],
            "2022-03",
            "month",
            EXP,
            SUI,
            IS,
            CIV,
            [CL("the report", "media", "killed", "civilian", 60, None, "at least 60 worshippers")],
            60,
        ),
    ],
)

# ---------------------------------------------------------------- ba-016
add(
    "ba-016",
    [
        I(["Dera Ismail Khan", "DI Khan"], "Dera Ismail Khan", "district"),
        I("Daraban", "Daraban", "town"),
        I("Darazinda", "Darazinda", "town"),
        I("Kulachi", "Kulachi", "town"),
    ],
    [
        C("RAWALPINDI", "Rawalpindi", "dateline of the military press release"),
        C("Pakistan", "Pakistan", "country; also inside group name"),
        kp(),
        C("Islamabad", "Islamabad", "government issuing a demarche"),
    ],
    [
        E(
            ["Daraban", "Dera Ismail Khan"],
            "2023-12-12",
            "day",
            EXP,
            SUI,
            "Tehreek-e-Jihad Pakistan",
            MIL,
            [
                CL("ISPR", "military", "killed", "security", 23, 23, "Twenty three brave soldiers"),
                CL("ISPR", "military", "killed", "militant", 6, 6, "all six terrorists"),
                CL(
                    "rescue officials",
                    "other",
                    "injured",
                    "unspecified",
                    31,
                    None,
                    "more than 30 wounded",
                ),
            ],
            29,
        ),
        E(
            ["Darazinda"],
            "2023-12-11",
            "day",
            BAT,
            CLASH,
            MIL,
            UAG,
            [CL("ISPR", "military", "killed", "militant", 17, 17, "seventeen terrorists")],
            17,
        ),
        E(
            ["Kulachi"],
            "2023-12-11",
            "day",
            BAT,
            CLASH,
            MIL,
            UAG,
            [
                CL("ISPR", "military", "killed", "militant", 4, 4, "four terrorists"),
                CL("ISPR", "military", "killed", "security", 2, 2, "two soldiers"),
            ],
            6,
        ),
    ],
    [CL("ISPR", "military", "killed", "militant", 27, 27, "27 terrorists")],
)

# ---------------------------------------------------------------- ba-017
add(
    "ba-017",
    [
        I("Ochat", "Ochat", "town"),
        I("Kurram", "Kurram", "district"),
        I("Malikhel", "Malikhel", "town"),
        I("Bannu", "Bannu", "district"),
        I("Quetta", "Quetta", "town", "Quetta", *QUETTA),
        I("Mastung", "Mastung", "town", "Mastung", 29.80, 66.85),
        I("Civil Hospital Chowk", "Civil Hospital Chowk", "site", "Mastung"),
        I("Shah Mardan", "Shah Mardan", "site", "Kalat"),
        I("Johan", "Johan", "town", "Kalat"),
        I("Kalat", "Kalat", "district", "Kalat"),
        I("Dera Ghazi Khan", "Dera Ghazi Khan", "district"),
    ],
    [
        C("ISLAMABAD", "Islamabad", "dateline"),
        pak(),
        kp("province named for statistics"),
        bal("province named for statistics"),
        C("Sindh", "Sindh", "province named for statistics (no attack)"),
        C("Punjab", "Punjab", "province named for statistics"),
        C("Parachinar", "Parachinar", "origin of the convoy, not the attack site"),
        C("Peshawar", "Peshawar", "destination of the convoy"),
    ],
    [
        E(
            ["Ochat", "Kurram"],
            "2024-11-21",
            "day",
            VAC,
            ATT,
            UAG,
            CIV,
            [CL("PIPS", "other", "killed", "civilian", 42, None, "at least 42 people")],
            42,
        ),
        E(
            ["Malikhel", "Bannu"],
            "2024-11-19",
            "day",
            EXP,
            SUI,
            None,
            MIL,
            [CL("PIPS", "other", "killed", "security", 12, 12, "12 security personnel")],
            12,
        ),
        E(
            ["Quetta"],
            "2024-11-09",
            "day",
            EXP,
            SUI,
            None,
            None,
            [
                CL("PIPS", "other", "killed", "unspecified", 26, 26, "26 people"),
                CL("PIPS", "other", "injured", "unspecified", 61, None, "more than 60"),
            ],
            26,
        ),
        E(
            ["Mastung", "Civil Hospital Chowk"],
            "2024-11-01",
            "day",
            EXP,
            IED,
            None,
            POL,
            [CL("PIPS", "other", "killed", "unspecified", 7, 7, "seven people")],
            7,
        ),
        E(
            ["Johan", "Shah Mardan", "Kalat"],
            "2024-11-15",
            "day",
            BAT,
            CLASH,
            None,
            MIL,
            [
                CL("PIPS", "other", "killed", "security", 7, 7, "seven soldiers"),
                CL("PIPS", "other", "killed", "militant", 6, 6, "six attackers"),
            ],
            13,
        ),
        E(["Dera Ghazi Khan"], "2024-11", "month", BAT, CLASH, None, None, [], 0),
    ],
    [
        CL("PIPS", "other", "killed", "unspecified", 100, 100, "100 in October"),
        CL("PIPS", "other", "killed", "unspecified", 169, 169, "169"),
        CL("PIPS", "other", "injured", "unspecified", 225, 225, "225 people"),
        CL("PIPS", "other", "killed", "unspecified", 114, 114, "114 people"),
        CL("PIPS", "other", "injured", "unspecified", 95, 95, "wounded 95"),
        CL("PIPS", "other", "killed", "unspecified", 115, 115, "115 dead"),
        CL("PIPS", "other", "injured", "unspecified", 137, 137, "137 injured"),
        CL("PIPS", "other", "killed", "unspecified", 55, 55, "55 people"),
        CL("PIPS", "other", "injured", "unspecified", 130, 130, "130 were hurt"),
        CL("PIPS", "other", "killed", "unspecified", 45, 45, "45 lives"),
    ],
)

# ---------------------------------------------------------------- ba-018
add(
    "ba-018",
    [
        I("Noshki", "Nushki", "town", "Nushki", 29.55, 66.02),
        I("Rakhshan Mill", "Rakhshan Mill", "site", "Nushki"),
        I("RCD Highway", "RCD Highway", "road"),
    ],
    [
        C("QUETTA", "Quetta", "dateline; origin of the convoy; where the wounded were flown"),
        C("Taftan", "Taftan", "destination of the convoy"),
        C("Dalbandin", "Dalbandin", "only in the name of the highway section (Noshki-Dalbandin)"),
        C("Balochistan", "Balochistan", "only in an official's title"),
    ],
    [
        E(
            ["Nushki", "Rakhshan Mill", "RCD Highway"],
            "2025-03-16",
            "day",
            EXP,
            SUI,
            BLA,
            MIL,
            [
                CL(
                    "Baloch Liberation Army",
                    "militant",
                    "killed",
                    "security",
                    90,
                    90,
                    "90 security personnel",
                ),
                CL("officials", "government", "killed", "unspecified", 5, 5, "five people"),
                CL(
                    "police and administration officials",
                    "government",
                    "killed",
                    "security",
                    3,
                    3,
                    "Three Frontier Corps personnel",
                ),
                CL(
                    "police and administration officials",
                    "government",
                    "killed",
                    "civilian",
                    2,
                    2,
                    "two civilians",
                ),
                CL(
                    "police and administration officials",
                    "government",
                    "injured",
                    "unspecified",
                    30,
                    None,
                    "at least 30 people",
                ),
                CL("police", "police", "killed", "militant", 3, 3, "Three attackers"),
            ],
            8,
        ),
        E(
            ["Nushki"],
            "2022-02",
            "month",
            BAT,
            CLASH,
            BLA,
            MIL,
            [
                CL("the military", "military", "killed", "militant", 9, 9, "nine attackers"),
                CL("the military", "military", "killed", "security", 4, 4, "four soldiers"),
            ],
            13,
        ),
    ],
)

# ---------------------------------------------------------------- ba-019
add(
    "ba-019",
    [
        I("Duki", "Duki", "town", "Loralai", 30.15, 68.57),
        I("Mach", "Mach", "town", "Kachhi", 29.87, 67.33),
        I("Bolan", "Kachhi", "district", "Kachhi"),
    ],
    [
        C("ISLAMABAD", "Islamabad", "dateline; capital hosting the summit; government accused"),
        pak(),
        bal(),
        C("Loralai", "Loralai", "where the injured were taken"),
        C("Afghanistan", "Afghanistan", "origin of some victims"),
        C("Pishin", "Pishin", "home district of victims"),
        C("Qila Saifullah", "Qila Saifullah", "home district of victims"),
        C("Zhob", "Zhob", "home district of victims"),
        C("Saudi Arabia", "Saudi Arabia", "investor country in background"),
        C("Reko Diq", "Reko Diq", "mining project named in background, not attacked"),
        C("Chagai", "Chagai", "location of the mining project, not attacked"),
    ],
    [
        E(
            ["Duki"],
            "2024-10-11",
            "day",
            VAC,
            ATT,
            UAG,
            CIV,
            [
                CL("officials", "government", "killed", "civilian", 20, None, "at least 20 miners"),
                CL("officials", "government", "injured", "civilian", 7, 7, "wounding seven"),
                CL(
                    "a doctor at the district hospital",
                    "medical",
                    "killed",
                    "civilian",
                    20,
                    20,
                    "20 bodies",
                ),
                CL("police", "police", "killed", "civilian", 3, 3, "three Afghan nationals"),
            ],
            20,
        ),
        E(
            ["Mach", "Kachhi"],
            "2021-01",
            "month",
            VAC,
            ATT,
            IS,
            CIV,
            [CL("the report", "media", "killed", "civilian", 11, 11, "11 Hazara miners")],
            11,
        ),
    ],
)

# ---------------------------------------------------------------- ba-020
add(
    "ba-020",
    [
        I("Quetta", "Quetta", "town", "Quetta", *QUETTA),
        I("Karachi", "Karachi", "town", None, 24.86, 67.01),
    ],
    [
        pak(),
        bal(),
        C("Peshawar", "Peshawar", "destination of the train"),
        C("Civil Hospital", "Civil Hospital", "hospital where the wounded were taken"),
        C("Afghanistan", "Afghanistan", "neighbouring country in background"),
        C("Iran", "Iran", "neighbouring country in background"),
    ],
    [
        E(
            ["Quetta"],
            "2024-11-09",
            "day",
            EXP,
            SUI,
            BLA,
            MIL,
            [
                CL(
                    "officials",
                    "government",
                    "killed",
                    "unspecified",
                    24,
                    None,
                    "at least 24 people",
                ),
                CL("officials", "government", "injured", "unspecified", 41, None, "more than 40"),
            ],
            24,
        ),
        E(
            ["Karachi"],
            "2024-10",
            "month",
            EXP,
            SUI,
            BLA,
            CIV,
            [CL("the report", "media", "killed", "civilian", 2, 2, "two Chinese nationals")],
            2,
        ),
    ],
)

# ---------------------------------------------------------------- ba-021
add(
    "ba-021",
    [
        I("Gwadar", "Gwadar", "town", "Gwadar", 25.12, 62.32),
        I(
            ["Port Authority Colony", "Gwadar Port Authority Complex"],
            "Gwadar Port Authority Complex",
            "site",
            "Gwadar",
        ),
    ],
    [
        C("RAWALPINDI", "Rawalpindi", "dateline of the military press release"),
        C("DG Khan", "Dera Ghazi Khan", "home district of a soldier"),
        C("Khairpur", "Khairpur", "home district of a soldier"),
        C("Pakistan", "Pakistan", "country; also inside the project name"),
        bal(),
        C("Makran", "Makran", "only in an official's title (Makran Commissioner)"),
        C("China", "China", "only inside the project name China-Pakistan Economic Corridor"),
    ],
    [
        E(
            ["Gwadar", "Gwadar Port Authority Complex"],
            "2024-03-20",
            "day",
            BAT,
            CLASH,
            BLA,
            MIL,
            [
                CL("ISPR", "military", "killed", "militant", 8, 8, "all eight terrorists"),
                CL("ISPR", "military", "killed", "security", 2, 2, "two brave soldiers"),
            ],
            10,
        )
    ],
)

# ---------------------------------------------------------------- ba-022
add(
    "ba-022",
    [
        I("Sehwan Sharif", "Sehwan", "town", None, 26.42, 67.86),
        I("Lal Shahbaz Qalandar", "Lal Shahbaz Qalandar shrine", "site"),
        I("Jamshoro", "Jamshoro", "district"),
        I("Lahore", "Lahore", "town", None, 31.55, 74.34),
        I("The Mall", "The Mall", "road"),
    ],
    [
        C("Dubai", "Dubai", "dateline (publisher's location)"),
        pak(),
        C("Sindh", "Sindh", "province as setting"),
        C("Hyderabad", "Hyderabad", "where the wounded were taken; origin of rescuers"),
        C("Afghanistan", "Afghanistan", "country accused of harbouring militants"),
        C("Kabul", "Kabul", "government speaking"),
        C("UAE", "United Arab Emirates", "where expatriate Pakistanis live"),
        C("South Asia", "South Asia", "region pilgrims come from"),
    ],
    [
        E(
            ["Sehwan", "Lal Shahbaz Qalandar shrine", "Jamshoro"],
            "2017-02-16",
            "day",
            EXP,
            SUI,
            IS,
            CIV,
            [
                CL(
                    "officials",
                    "government",
                    "killed",
                    "civilian",
                    88,
                    None,
                    "at least 88 devotees",
                ),
                CL(
                    "officials",
                    "government",
                    "injured",
                    "unspecified",
                    251,
                    None,
                    "More than 250 people",
                ),
            ],
            88,
        ),
        E(
            ["Lahore", "The Mall"],
            "2017-02-13",
            "day",
            EXP,
            SUI,
            "Jamaat-ul-Ahrar",
            CIV,
            [CL("the report", "media", "killed", "unspecified", 13, 13, "13 people")],
            13,
        ),
    ],
    [
        CL(
            "the army",
            "military",
            "killed",
            "militant",
            101,
            None,
            "more than 100 suspected militants",
        ),
        CL("the report", "media", "killed", "unspecified", 101, None, "more than 100 people"),
    ],
)

# ---------------------------------------------------------------- ba-023
add(
    "ba-023",
    [
        I("Panjgur", "Panjgur", "district", "Panjgur"),
        I("Surab", "Surab", "district", "Kalat"),
        I("Kech", "Kech", "district", "Kech"),
        I("Kharan", "Kharan", "district", "Kharan"),
        I("Sohbatpur", "Sohbatpur", "district", "Jafarabad"),
        I("Nasirabad", "Nasirabad", "district", "Nasirabad"),
        I("Makran", "Makran", "region"),
        I("Koh-e-Suleman", "Koh-e-Suleman", "region"),
        I("Sur-Dakai", "Sur-Dakai", "town"),
        I("N-70", "N-70", "road"),
        I("Zhob", "Zhob", "district", "Zhob"),
        I("Loralai", "Loralai", "district", "Loralai"),
    ],
    [
        C("QUETTA", "Quetta", "dateline; train services out of Quetta halted (effect, not attack)"),
        C("Balochistan", "Balochistan", "province; also inside group name"),
        C("Awaran", "Awaran", "named as a traditional stronghold, no attack reported"),
        C("Punjab", "Punjab", "destination of the coaches; home of the victims"),
        C("India", "India", "country accused by officials"),
        C("Hindustan", "India", "only inside the label 'Fitna al-Hindustan'"),
    ],
    [
        E(["Panjgur"], "2025-07-08", "day", None, None, BLF, None, [], None),
        E(["Surab"], "2025-07-08", "day", None, None, BLF, None, [], None),
        E(["Kech"], "2025-07-08", "day", None, None, BLF, None, [], None),
        E(["Kharan"], "2025-07-08", "day", None, None, BLF, None, [], None),
        E(["Sohbatpur"], "2025-07", "month", None, None, BLF, None, [], None),
        E(["Nasirabad"], "2025-07", "month", None, None, BLF, None, [], None),
        E(["Makran"], "2025-07", "month", None, None, BLF, None, [], None),
        E(["Koh-e-Suleman"], "2025-07", "month", None, None, BLF, None, [], None),
        E(
            ["Sur-Dakai", "N-70", "Zhob", "Loralai"],
            "2025-07-10",
            "day",
            VAC,
            ATT,
            UAG,
            CIV,
            [
                CL(
                    "Zhob Assistant Commissioner Naveed Alam",
                    "government",
                    "abducted",
                    "civilian",
                    10,
                    10,
                    "10 passengers",
                ),
                CL(
                    "Zhob Assistant Commissioner Naveed Alam",
                    "government",
                    "killed",
                    "civilian",
                    9,
                    9,
                    "Nine of them",
                ),
            ],
            9,
        ),
    ],
    [
        CL(
            "Balochistan Liberation Front",
            "militant",
            "killed",
            "security",
            24,
            None,
            "dozens of security personnel",
        )
    ],
)

# ---------------------------------------------------------------- ba-024
add(
    "ba-024",
    [
        I("Kachhi", "Kachhi", "district", "Kachhi"),
        I("Khuzdar", "Khuzdar", "town", "Khuzdar", 27.80, 66.61),
        I("Zero Point", "Zero Point", "site", "Khuzdar"),
        I("Mir Ali", "Mir Ali", "town", None, 33.00, 70.27),
        I("North Waziristan", "North Waziristan", "district"),
    ],
    [
        C("ISLAMABAD", "Islamabad", "dateline; also named for statistics"),
        C("Pakistan", "Pakistan", "country as overall setting; also inside group name"),
        C(["Khyber Pakhtunkhwa", "KP"], "Khyber Pakhtunkhwa", "province named for statistics"),
        bal("province named for statistics"),
        C("Punjab", "Punjab", "province named for statistics"),
        C("Azad Jammu and Kashmir", "Azad Jammu and Kashmir", "region named for statistics"),
        C("Sindh", "Sindh", "province named for statistics"),
        C(
            "Army Public School",
            "Army Public School",
            "destination of the bus, not the attack site",
        ),
    ],
    [
        E(
            ["Kachhi"],
            "2025-05-06",
            "day",
            EXP,
            IED,
            None,
            MIL,
            [CL("the report", "media", "killed", "security", 7, 7, "seven soldiers")],
            7,
        ),
        E(
            ["Khuzdar", "Zero Point"],
            "2025-05-21",
            "day",
            EXP,
            SUI,
            None,
            CIV,
            [CL("the report", "media", "killed", "unspecified", 8, None, "at least eight people")],
            8,
        ),
        E(
            ["Mir Ali", "North Waziristan"],
            "2025-06-28",
            "day",
            EXP,
            SUI,
            None,
            MIL,
            [
                CL("the report", "media", "killed", "security", 13, 13, "13 soldiers"),
                CL("the military", "military", "killed", "militant", 14, 14, "14 militants"),
            ],
            27,
        ),
    ],
    [
        CL(
            "CRSS",
            "other",
            "killed",
            "unspecified",
            615,
            None,
            "at least 615 violence-related deaths",
        ),
        CL("CRSS", "other", "injured", "unspecified", 388, 388, "388 injuries"),
        CL("CRSS", "other", "killed", "unspecified", 900, 900, "900 fatalities"),
        CL("CRSS", "other", "killed", "militant", 333, 333, "333 fatalities"),
        CL("CRSS", "other", "killed", "unspecified", 282, 282, "282"),
        CL("CRSS", "other", "killed", "unspecified", 8, 8, "eight in the first quarter"),
        CL("CRSS", "other", "killed", "unspecified", 21, 21, "21"),
        CL("CRSS", "other", "killed", "unspecified", 6, 6, "six"),
    ],
)

# ---------------------------------------------------------------- ba-025
add(
    "ba-025",
    [
        I("Karachi", "Karachi", "town", None, 24.86, 67.01),
        I("Clifton", "Clifton", "neighbourhood"),
        I(["Chinese Consulate", "Chinese consulate"], "Chinese Consulate", "site"),
        I("Kalaya", "Kalaya", "town", None, 33.75, 70.96),
        I("Orakzai", "Orakzai", "district"),
        I("Dalbandin", "Dalbandin", "town", "Chagai", 28.89, 64.41),
        I("Chagai", "Chagai", "district", "Chagai"),
    ],
    [
        pak(),
        C("China", "China", "country; also inside the project name"),
        C("Balochistan", "Balochistan", "province as setting / home province of the group"),
        C("Beijing", "Beijing", "capital/government speaking; destination of the PM's trip"),
        kp(),
        C("Kohat", "Kohat", "where the wounded were taken"),
        C("Riyadh", "Riyadh", "destination of the PM's trip"),
        C("Abu Dhabi", "Abu Dhabi", "destination of the PM's trip"),
    ],
    [
        E(
            ["Karachi", "Clifton", "Chinese Consulate"],
            "2018-11-23",
            "day",
            BAT,
            CLASH,
            BLA,
            POL,
            [
                CL("police", "police", "killed", "security", 2, 2, "two officers"),
                CL("police", "police", "killed", "civilian", 2, 2, "two Pakistani civilians"),
                CL("police", "police", "killed", "militant", 3, 3, "All three attackers"),
            ],
            7,
        ),
        E(
            ["Kalaya", "Orakzai"],
            "2018-11-23",
            "day",
            EXP,
            IED,
            None,
            CIV,
            [
                CL(
                    "local officials",
                    "government",
                    "killed",
                    "civilian",
                    30,
                    None,
                    "at least 30 people",
                ),
                CL(
                    "local officials",
                    "government",
                    "killed",
                    "civilian",
                    3,
                    3,
                    "three members of the Sikh minority",
                ),
                CL(
                    "local officials",
                    "government",
                    "injured",
                    "unspecified",
                    51,
                    None,
                    "more than 50",
                ),
            ],
            30,
        ),
        E(["Dalbandin", "Chagai"], "2018-08", "month", EXP, SUI, BLA, CIV, [], 0),
    ],
)

# ---------------------------------------------------------------- ba-026
add(
    "ba-026",
    [
        I("Khar", "Khar", "town", None, 34.73, 71.52),
        I("Bajaur", "Bajaur", "district"),
        I("Peshawar", "Peshawar", "town", None, 34.01, 71.58),
    ],
    [
        pak(),
        C("Afghanistan", "Afghanistan", "neighbouring country (border)"),
        C("Timergara", "Timergara", "where some wounded were treated"),
        C("Khorasan", "Khorasan", "only inside the group name Islamic State Khorasan Province"),
        C("Kunar", "Kunar", "Afghan province across the border"),
        C("Kabul", "Kabul", "seat of the Taliban government"),
        C("Islamabad", "Islamabad", "government speaking"),
    ],
    [
        E(
            ["Khar", "Bajaur"],
            "2023-07-30",
            "day",
            EXP,
            SUI,
            ISKP,
            CIV,
            [
                CL(
                    "officials",
                    "government",
                    "killed",
                    "unspecified",
                    54,
                    None,
                    "at least 54 people",
                ),
                CL(
                    "officials",
                    "government",
                    "injured",
                    "unspecified",
                    None,
                    200,
                    "Nearly 200 people",
                ),
            ],
            54,
        ),
        E(
            ["Peshawar"],
            "2022-03",
            "month",
            EXP,
            SUI,
            IS,
            CIV,
            [CL("the report", "media", "killed", "civilian", 60, None, "at least 60 worshippers")],
            60,
        ),
    ],
)

# add every casing of a surface that occurs in the report (e.g. upper-case datelines)
import re


def _text(doc):
    raw = open(os.path.join(OUT, doc + ".md"), encoding="utf-8").read()
    fm, body = raw.split("\n---\n", 1)
    return re.search(r'title: "(.*)"', fm).group(1) + "\n" + body


for g in GOLD:
    t = _text(g["id"])
    for p in g["incident_places"] + g["context_places"]:
        for s in list(p["surface"]):
            for m in re.finditer(r"(?<![\w])" + re.escape(s) + r"(?![\w])", t, re.I):
                if m.group(0) not in p["surface"]:
                    p["surface"].append(m.group(0))

with open(os.path.join(OUT, "blind-a.gold.json"), "w") as f:
    json.dump(GOLD, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, "blind-a.events.gold.json"), "w") as f:
    json.dump(EVENTS, f, indent=1, ensure_ascii=False)
print(len(GOLD), "reports")
