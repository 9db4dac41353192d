#!/usr/bin/env python3
"""Builds blind-c.gold.json and blind-c.events.gold.json from the hand annotations below."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def I(surface, place, kind, district=None, lat=None, lon=None):
    return {"surface": surface, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}
def C(surface, place, why):
    return {"surface": surface, "place": place, "why": why}
def E(places, date, prec, etype, sub, a1, a2, fat, claims=()):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": list(claims), "fatalities": fat}
def K(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}

UAG = "Unidentified Armed Group"; CIV = "Civilians"; MIL = "Military Forces of Pakistan"
POL = "Police Forces of Pakistan"; FC = "Frontier Corps"; BLA = "Baloch Liberation Army"
TTP = "Tehreek-e-Taliban Pakistan"; ISKP = "Islamic State (Khorasan Province)"
ERV = "Explosions/Remote violence"; SB = "Suicide bomb"; IED = "Remote explosive/landmine/IED"
VAC = "Violence against civilians"; ATT = "Attack"; BAT = "Battles"; AC = "Armed clash"
ABD = "Abduction/forced disappearance"; AIR = "Air/drone strike"; SHELL = "Shelling/artillery/missile attack"

MASTUNG = (29.80, 66.85); QUETTA = (30.18, 67.00); KARACHI = (24.86, 67.01); LAHORE = (31.55, 74.34)
PESHAWAR = (34.01, 71.58)

G = {}   # id -> (incident, context)
EV = {}  # id -> (events, aggregate)

# ---------------------------------------------------------------- bc-001
G["bc-001"] = ([
    I(["Mastung", "MASTUNG"], "Mastung", "town", "Mastung", *MASTUNG),
    I(["Alfalah Road"], "Alfalah Road", "road", "Mastung", *MASTUNG),
    I(["Madina Masjid"], "Madina Masjid", "site", "Mastung", *MASTUNG),
    I(["Doaba"], "Doaba", "town"),
    I(["Hangu"], "Hangu", "district"),
], [
    C(["QUETTA", "Quetta"], "Quetta", "dateline; critically injured referred to Quetta hospitals"),
    C(["Balochistan"], "Balochistan", "province; mourning announced across it"),
    C(["Pakistan"], "Pakistan", "only inside organisation names (TTP, Human Rights Commission of Pakistan)"),
    C(["Karachi"], "Karachi", "police placed on alert there"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province of Hangu (setting)"),
])
EV["bc-001"] = ([
    E(["Mastung", "Alfalah Road", "Madina Masjid"], "2023-09-29", "day", ERV, SB, UAG, CIV, 52, [
        K("sources", "other", "killed", "unspecified", 52, None, "At least 52 people"),
        K("sources", "other", "killed", "security", 1, 1, "a deputy superintendent of police"),
        K("sources", "other", "injured", "unspecified", 40, None, "scores wounded"),
        K("District Health Officer Abdul Rasheed Shahi", "medical", "killed", "unspecified", 52, 52, "52 deaths"),
        K("District Health Officer Abdul Rasheed Shahi", "medical", "injured", "unspecified", 58, 58, "58 people"),
    ]),
    E(["Mastung"], "2023-09-14", "day", ERV, None, UAG, CIV, 0, [
        K("the report", "media", "injured", "unspecified", 11, None, "at least 11 people"),
    ]),
    E(["Doaba", "Hangu"], "2023-09-29", "day", ERV, SB, UAG, POL, 6, [
        K("Hangu police", "police", "killed", "unspecified", 5, 5, "Five people"),
        K("Hangu police", "police", "killed", "security", 1, 1, "a policeman"),
        K("Hangu police", "police", "injured", "unspecified", 12, 12, "12 injured"),
        K("police", "police", "killed", "militant", 1, 1, "one attacker"),
    ]),
], [])

# ---------------------------------------------------------------- bc-002
G["bc-002"] = ([
    I(["Mangochar", "Mangocher"], "Mangochar", "town", "Kalat"),
    I(["Kalat", "KALAT"], "Kalat", "district", "Kalat"),
    I(["Harnai"], "Harnai", "district", "Sibi"),
    I(["Shah Mardan"], "Shah Mardan", "town", "Kalat"),
], [
    C(["RAWALPINDI"], "Rawalpindi", "dateline; seat of ISPR"),
    C(["Balochistan"], "Balochistan", "province (setting; inside 'Frontier Corps Balochistan')"),
    C(["Quetta-Karachi highway"], "Quetta-Karachi highway", "road named only to locate Mangochar"),
    C(["Quetta"], "Quetta", "only inside the highway name"),
    C(["Karachi"], "Karachi", "only inside the highway name"),
    C(["Mastung"], "Mastung", "reference point ('south of Mastung')"),
])
EV["bc-002"] = ([
    E(["Mangochar", "Kalat"], "2025-01-31", "day", BAT, AC, UAG, FC, 30, [
        K("ISPR", "military", "killed", "security", 18, 18, "Eighteen personnel"),
        K("ISPR", "military", "killed", "militant", 12, 12, "12 terrorists"),
    ]),
    E(["Harnai"], "2025-02-01", "day", BAT, AC, MIL, UAG, 11, [
        K("ISPR", "military", "killed", "militant", 11, 11, "11 more terrorists"),
    ]),
    E(["Shah Mardan", "Kalat"], "2024-11-15", "day", BAT, AC, UAG, MIL, 13, [
        K("ISPR", "military", "killed", "security", 7, 7, "seven soldiers"),
        K("ISPR", "military", "killed", "militant", 6, 6, "six attackers"),
    ]),
], [
    K("ISPR", "military", "killed", "militant", 23, 23, "23"),
])

# ---------------------------------------------------------------- bc-003
G["bc-003"] = ([
    I(["Lower Kurram"], "Lower Kurram", "region"),
    I(["Kurram"], "Kurram", "district"),
    I(["Mandori"], "Mandori", "town"),
    I(["Bagan"], "Bagan", "town"),
    I(["Ochat"], "Ochat", "town"),
], [
    C(["PARACHINAR", "Parachinar"], "Parachinar", "dateline; origin of the convoy, not attacked there"),
    C(["PESHAWAR", "Peshawar"], "Peshawar", "dateline; destination of the convoy"),
    C(["Thall"], "Thall", "injured taken to CMH Thall"),
    C(["Alizai"], "Alizai", "injured taken to Tehsil Headquarters Hospital Alizai"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province; chief minister's title"),
])
EV["bc-003"] = ([
    E(["Mandori", "Lower Kurram", "Kurram"], "2024-11-21", "day", VAC, ATT, UAG, CIV, 42, [
        K("police sources", "police", "killed", "civilian", 42, None, "At least 42 passengers"),
        K("police sources", "police", "injured", "civilian", 24, None, "dozens injured"),
        K("Deputy Commissioner Javedullah Mehsud", "government", "injured", "civilian", 12, 12, "12 injured passengers"),
        K("Deputy Commissioner Javedullah Mehsud", "government", "injured", "civilian", 16, 16, "16 others"),
        K("Barrister Muhammad Ali Saif", "government", "killed", "civilian", 33, 33, "33 dead"),
        K("Barrister Muhammad Ali Saif", "government", "injured", "civilian", 19, 19, "19 injured"),
    ]),
    E(["Bagan"], "2024-11-21", "day", VAC, ATT, UAG, CIV, None),
    E(["Ochat"], "2024-11-21", "day", VAC, ATT, UAG, CIV, None),
    E(["Kurram"], "2024-10-12", "day", VAC, ATT, UAG, None, 15, [
        K("sources", "other", "killed", "unspecified", 15, 15, "15 lives"),
    ]),
], [])

# ---------------------------------------------------------------- bc-004
G["bc-004"] = ([
    I(["Sakhi Sarwar"], "Sakhi Sarwar", "town", None, 29.99, 70.30),
    I(["DERA GHAZI KHAN", "Dera Ghazi Khan", "D.G. Khan"], "Dera Ghazi Khan", "district"),
    I(["Lahore"], "Lahore", "town", None, *LAHORE),
    I(["Data Darbar"], "Data Darbar", "site", None, *LAHORE),
    I(["Karachi"], "Karachi", "town", None, *KARACHI),
    I(["Abdullah Shah Ghazi"], "Abdullah Shah Ghazi shrine", "site", None, *KARACHI),
    I(["Pakpattan"], "Pakpattan", "town", None, 30.34, 73.39),
    I(["Baba Farid Ganjshakar"], "Baba Farid shrine", "site", None, 30.34, 73.39),
], [
    C(["Multan"], "Multan", "injured bomber moved there for treatment"),
    C(["Muzaffargarh"], "Muzaffargarh", "ambulances called in from there"),
    C(["Layyah"], "Layyah", "ambulances called in from there"),
    C(["Rajanpur"], "Rajanpur", "ambulances called in from there"),
    C(["North Waziristan"], "North Waziristan", "bombers' origin"),
    C(["Fareedi Bazaar"], "Fareedi Bazaar", "hotel where bombers stayed"),
    C(["Bajaur Agency"], "Bajaur", "where the attack was allegedly planned"),
    C(["Dera Ismail Khan"], "Dera Ismail Khan", "where vests were allegedly supplied"),
    C(["Punjab"], "Punjab", "province; victims' home districts"),
    C(["Sindh"], "Sindh", "victims' home province"),
    C(["Pakistan"], "Pakistan", "only inside 'Tehreek-e-Taliban Pakistan'"),
])
EV["bc-004"] = ([
    E(["Sakhi Sarwar", "Dera Ghazi Khan"], "2011-04-03", "day", ERV, SB, TTP, CIV, 50, [
        K("hospital sources", "medical", "killed", "civilian", 50, 50, "50"),
        K("hospital sources", "medical", "injured", "civilian", 70, 70, "about 70 injured"),
        K("DHQ hospital official", "medical", "killed", "civilian", 44, 44, "44 people"),
        K("DHQ hospital official", "medical", "killed", "civilian", 6, 6, "six families"),
        K("police", "police", "arrested", "militant", 1, 1, "A third bomber"),
        K("police sources", "police", "arrested", "unspecified", 4, 4, "Four hotel workers"),
    ]),
    E(["Lahore", "Data Darbar"], "2010-07", "month", ERV, SB, UAG, CIV, 41, [
        K("the report", "media", "killed", "civilian", 41, None, "more than 40 people"),
    ]),
    E(["Karachi", "Abdullah Shah Ghazi shrine"], "2010-10", "month", ERV, None, UAG, CIV, None),
    E(["Pakpattan", "Baba Farid shrine"], "2010-10", "month", ERV, None, UAG, CIV, None),
], [])

# ---------------------------------------------------------------- bc-005
G["bc-005"] = ([
    I(["Kech"], "Kech", "district", "Kech"),
    I(["Dasht"], "Dasht", "region", "Kech"),
    I(["Panjgur"], "Panjgur", "town", "Panjgur", 26.97, 64.09),
    I(["Noshki", "Naushki"], "Nushki", "town", "Nushki", 29.55, 66.02),
    I(["Lahore"], "Lahore", "town", None, *LAHORE),
    I(["Anarkali Bazaar"], "Anarkali Bazaar", "neighbourhood", None, *LAHORE),
    I(["Pan Mandi"], "Pan Mandi", "site", None, *LAHORE),
], [
    C(["BALOCHISTAN", "Balochistan"], "Balochistan", "province (setting)"),
    C(["PUNJAB", "Punjab"], "Punjab", "province (setting)"),
    C(["Makran"], "Makran", "region named in forward-looking assessment/advice"),
    C(["N-40", "Quetta-Noshki-Dalbandin road"], "N-40", "road named in assessment/advice"),
    C(["Quetta"], "Quetta", "road description and staff travel advice"),
    C(["Dalbandin"], "Dalbandin", "only inside road description"),
    C(["Turbat"], "Turbat", "named in forward-looking assessment"),
])
EV["bc-005"] = ([
    E(["Dasht", "Kech"], "2022-01-25", "day", BAT, AC, "Baloch Liberation Front", MIL, 11, [
        K("ISPR", "military", "killed", "security", 10, 10, "10 soldiers"),
        K("ISPR", "military", "killed", "militant", 1, 1, "one attacker"),
        K("ISPR", "military", "arrested", "militant", 3, 3, "three suspects"),
        K("BLF", "militant", "killed", "security", 17, 17, "17"),
    ]),
    E(["Panjgur"], "2022-02-02", "day", BAT, AC, BLA, FC, 7, [
        K("ISPR", "military", "killed", "security", 1, 1, "one soldier"),
        K("interior minister", "government", "killed", "militant", 6, 6, "six attackers"),
    ]),
    E(["Nushki"], "2022-02-02", "day", BAT, AC, BLA, FC, 13, [
        K("ISPR", "military", "killed", "militant", 9, 9, "nine attackers"),
        K("ISPR", "military", "killed", "security", 4, 4, "four soldiers"),
    ]),
    E(["Lahore", "Anarkali Bazaar", "Pan Mandi"], "2022-01-20", "day", ERV, IED, "Baloch Nationalist Army", CIV, 3, [
        K("the report", "media", "killed", "civilian", 3, 3, "three people"),
        K("the report", "media", "injured", "civilian", 21, None, "over 20"),
    ]),
], [
    K("ISPR", "military", "killed", "militant", 13, 13, "13 attackers"),
    K("ISPR", "military", "killed", "security", 7, 7, "seven soldiers"),
])

# ---------------------------------------------------------------- bc-006
G["bc-006"] = ([
    I(["Dera Ghazi Khan", "D.G. Khan"], "Dera Ghazi Khan", "district"),
    I(["Koh-e-Suleman"], "Koh-e-Suleman", "region"),
    I(["Midha"], "Midha", "town"),
    I(["Vehoa"], "Vehoa", "town"),
    I(["Lakhani check post", "Lakhani post"], "Lakhani check post", "site"),
    I(["Jhangi check post"], "Jhangi check post", "site"),
    I(["Rajanpur"], "Rajanpur", "district"),
    I(["Rojhan"], "Rojhan", "region"),
    I(["Kacha"], "Kacha", "region"),
    I(["Kacha Jamal"], "Kacha Jamal", "site"),
], [
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "neighbouring province across the boundary"),
    C(["PUNJAB", "Punjab"], "Punjab", "province (setting; Punjab Police)"),
    C(["South Punjab", "SOUTH PUNJAB"], "South Punjab", "region covered by the update (setting)"),
])
EV["bc-006"] = ([
    E(["Midha", "Dera Ghazi Khan"], "2025-03-02", "day", BAT, AC, TTP, POL, 0),
    E(["Vehoa", "Lakhani check post"], "2025-03-02", "day", BAT, AC, TTP, POL, 0),
    E(["Vehoa", "Lakhani check post"], "2025-03-21", "day", BAT, AC, TTP, POL, 0),
    E(["Vehoa", "Lakhani check post"], "2025-03-29", "day", BAT, AC, TTP, POL, 1, [
        K("police", "police", "killed", "militant", 1, 1, "one militant"),
        K("police", "police", "injured", "militant", 3, None, "several"),
    ]),
    E(["Vehoa", "Jhangi check post"], "2025-02-01", "day", BAT, AC, TTP, POL, 0),
    E(["Vehoa", "Lakhani check post"], "2024-08", "month", BAT, AC, TTP, POL, 0),
    E(["Koh-e-Suleman"], "2025-03", "month", BAT, AC, TTP, POL, None),
    E(["Kacha Jamal", "Kacha", "Rojhan", "Rajanpur"], "2016-04", "month", BAT, AC, POL, "Chotu gang", 7, [
        K("the report", "media", "killed", "security", 7, None, "at least seven policemen"),
        K("the report", "media", "abducted", "security", 24, 24, "24"),
    ]),
], [])

# ---------------------------------------------------------------- bc-007
G["bc-007"] = ([
    I(["Karachi"], "Karachi", "town", None, *KARACHI),
    I(["Jinnah International Airport"], "Jinnah International Airport", "site", None, *KARACHI),
    I(["Clifton"], "Clifton", "neighbourhood", None, *KARACHI),
    I(["Karachi University"], "Karachi University", "site", None, *KARACHI),
    I(["Dasu"], "Dasu", "town", None, 35.29, 73.29),
    I(["Upper Kohistan"], "Upper Kohistan", "district"),
    I(["Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.32),
    I(["East Bay Expressway"], "East Bay Expressway", "road", "Gwadar", 25.12, 62.32),
    I(["Faqir Colony"], "Faqir Colony", "neighbourhood", "Gwadar", 25.12, 62.32),
    I(["Besham"], "Besham", "town", None, 34.93, 72.88),
    I(["Shangla"], "Shangla", "district"),
    I(["Karakoram Highway"], "Karakoram Highway", "road"),
    I(["Dalbandin"], "Dalbandin", "town", "Chagai", 28.89, 64.41),
], [
    C(["PAKISTAN", "Pakistan"], "Pakistan", "country (setting)"),
    C(["Balochistan"], "Balochistan", "province (setting)"),
    C(["Sindh"], "Sindh", "province (threat rating)"),
    C(["Khyber Pakhtunkhwa", "KP"], "Khyber Pakhtunkhwa", "province (threat rating; locator)"),
    C(["Islamabad"], "Islamabad", "origin of the Besham convoy"),
    C(["Afghanistan"], "Afghanistan", "where handlers are alleged to be"),
    C(["Beijing"], "Beijing", "government making demands"),
    C(["Port Qasim"], "Port Qasim", "inside company name; site of future security measures"),
])
EV["bc-007"] = ([
    E(["Karachi", "Jinnah International Airport"], "2024-10-06", "day", ERV, SB, BLA, CIV, 3, [
        K("Chinese embassy", "government", "killed", "civilian", 2, 2, "two Chinese nationals"),
        K("Chinese embassy", "government", "injured", "civilian", 1, 1, "one injured"),
        K("Pakistani officials", "government", "killed", "unspecified", 3, 3, "three dead"),
        K("Pakistani officials", "government", "injured", "unspecified", 10, None, "at least ten injured people"),
    ]),
    E(["Karachi", "Clifton"], "2018-11-23", "day", BAT, AC, BLA, POL, 7, [
        K("the report", "media", "killed", "security", 2, 2, "Two policemen"),
        K("the report", "media", "killed", "civilian", 2, 2, "two visa applicants"),
        K("the report", "media", "killed", "militant", 3, 3, "all three attackers"),
    ]),
    E(["Dasu", "Upper Kohistan"], "2021-07-14", "day", ERV, None, UAG, CIV, 13, [
        K("the report", "media", "killed", "unspecified", 13, 13, "13 killed"),
        K("the report", "media", "killed", "civilian", 9, 9, "nine of them Chinese"),
    ]),
    E(["Gwadar", "East Bay Expressway"], "2021-08-20", "day", ERV, SB, UAG, CIV, 2, [
        K("the report", "media", "killed", "civilian", 2, 2, "two local children"),
        K("the report", "media", "injured", "civilian", 1, 1, "one Chinese national"),
    ]),
    E(["Karachi", "Karachi University"], "2022-04-26", "day", ERV, SB, BLA, CIV, 4, [
        K("the report", "media", "killed", "civilian", 3, 3, "three Chinese teachers"),
        K("the report", "media", "killed", "civilian", 1, 1, "their Pakistani driver"),
    ]),
    E(["Gwadar", "Faqir Colony"], "2023-08-13", "day", BAT, AC, UAG, MIL, 2, [
        K("ISPR", "military", "killed", "militant", 2, 2, "two attackers"),
    ]),
    E(["Besham", "Shangla", "Karakoram Highway"], "2024-03-26", "day", ERV, SB, UAG, CIV, 6, [
        K("the report", "media", "killed", "civilian", 5, 5, "five Chinese engineers"),
        K("the report", "media", "killed", "civilian", 1, 1, "their Pakistani driver"),
    ]),
    E(["Dalbandin"], "2018", "year", None, None, BLA, None, None),
], [])

# ---------------------------------------------------------------- bc-008
G["bc-008"] = ([
    I(["Mastung"], "Mastung", "town", "Mastung", *MASTUNG),
    I(["School-Hospital Chowk"], "School-Hospital Chowk", "site", "Mastung", *MASTUNG),
    I(["Majeed Road"], "Majeed Road", "road", "Mastung", *MASTUNG),
    I(["Quetta"], "Quetta", "town", "Quetta", *QUETTA),
    I(["Quetta railway station"], "Quetta railway station", "site", "Quetta", *QUETTA),
    I(["Kalat"], "Kalat", "district", "Kalat"),
    I(["Shah Mardan"], "Shah Mardan", "town", "Kalat"),
], [
    C(["BALOCHISTAN", "Balochistan"], "Balochistan", "province (setting)"),
    C(["Peshawar"], "Peshawar", "destination of the Jaffar Express"),
    C(["Chaman"], "Chaman", "only inside train name 'Chaman Passenger'"),
    C(["Karachi"], "Karachi", "road travel advice"),
    C(["N-25"], "N-25", "road where pickets were set up; travel advice"),
    C(["Pakistan"], "Pakistan", "only inside 'Pakistan Railways'"),
])
EV["bc-008"] = ([
    E(["Mastung", "School-Hospital Chowk", "Majeed Road"], "2024-11-01", "day", ERV, IED, UAG, POL, 8, [
        K("officials", "government", "killed", "unspecified", 8, None, "at least eight"),
        K("officials", "government", "killed", "civilian", 5, 5, "five schoolchildren"),
        K("officials", "government", "killed", "security", 1, 1, "one policeman"),
        K("officials", "government", "killed", "civilian", 2, 2, "two passers-by"),
        K("officials", "government", "injured", "civilian", 31, None, "more than 30"),
        K("district police officer", "police", "killed", "unspecified", 9, 9, "nine"),
        K("the report", "media", "injured", "unspecified", 11, 11, "eleven critical cases"),
    ]),
    E(["Quetta", "Quetta railway station"], "2024-11-09", "day", ERV, SB, BLA, MIL, 26, [
        K("the report", "media", "killed", "unspecified", 26, None, "At least 26"),
        K("the report", "media", "injured", "unspecified", 51, None, "more than 50"),
    ]),
    E(["Shah Mardan", "Kalat"], "2024-11-15", "day", BAT, AC, UAG, FC, 13, [
        K("ISPR", "military", "killed", "security", 7, 7, "seven soldiers"),
        K("ISPR", "military", "killed", "militant", 6, 6, "six attackers"),
        K("ISPR", "military", "injured", "militant", 4, 4, "four wounded"),
    ]),
], [])

# ---------------------------------------------------------------- bc-009
G["bc-009"] = ([
    I(["Quetta"], "Quetta", "town", "Quetta", *QUETTA),
    I(["Civil Hospital", "Sandeman Provincial Hospital"], "Civil Hospital Quetta", "site", "Quetta", *QUETTA),
    I(["Manno Jan Road"], "Manno Jan Road", "road", "Quetta", *QUETTA),
    I(["Hurumzai"], "Hurumzai", "town", "Pishin"),
    I(["Pishin"], "Pishin", "district", "Pishin"),
], [
    C(["ISLAMABAD"], "Islamabad", "dateline; seat of the Supreme Court"),
    C(["Balochistan"], "Balochistan", "province; inside institution names and government titles"),
    C(["Punjab"], "Punjab", "inside 'Punjab Forensic Science Agency'; Punjab government"),
    C(["Lahore"], "Lahore", "location of the forensic agency"),
    C(["Afghanistan"], "Afghanistan", "handlers' alleged links"),
    C(["Chaman"], "Chaman", "victims' home town"),
    C(["Loralai"], "Loralai", "victims' home town"),
    C(["Nushki"], "Nushki", "victims' home town"),
    C(["Khuzdar"], "Khuzdar", "victims' home town"),
])
EV["bc-009"] = ([
    E(["Quetta", "Civil Hospital Quetta", "Manno Jan Road"], "2016-08-08", "day", ERV, SB, "Jamaat-ul-Ahrar", CIV, 71, [
        K("the report", "media", "killed", "civilian", 70, None, "At least 70 people"),
        K("the report", "media", "killed", "civilian", 55, 55, "55 of them lawyers"),
        K("the report", "media", "killed", "civilian", 2, 2, "two television cameramen"),
        K("the report", "media", "injured", "civilian", 101, None, "more than a hundred"),
    ]),
    E(["Quetta", "Civil Hospital Quetta"], "2010", "year", None, None, None, None, None),
    E(["Hurumzai", "Pishin"], None, None, BAT, AC, None, None, 5, [
        K("Quetta Inquiry Commission", "government", "killed", "militant", 5, 5, "Five of the six militants"),
        K("Quetta Inquiry Commission", "government", "arrested", "militant", 1, 1, "one was arrested"),
    ]),
], [])

# ---------------------------------------------------------------- bc-010
G["bc-010"] = ([
    I(["Peshawar"], "Peshawar", "town", None, *PESHAWAR),
    I(["Police Lines"], "Police Lines Peshawar", "site", None, *PESHAWAR),
    I(["Army Public School", "APS"], "Army Public School Peshawar", "site", None, *PESHAWAR),
    I(["Kocha Risaldar"], "Kocha Risaldar", "neighbourhood", None, *PESHAWAR),
], [
    C(["ISLAMABAD"], "Islamabad", "dateline; seat of parliament"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province (setting)"),
    C(["Pakistan"], "Pakistan", "country (setting; inside TTP name)"),
    C(["Afghanistan"], "Afghanistan", "government accused; territory used by militants"),
    C(["Doha"], "Doha", "only inside 'Doha agreement'"),
    C(["Punjab"], "Punjab", "hypothetical future attack"),
    C(["Lahore"], "Lahore", "hypothetical future attack"),
])
EV["bc-010"] = ([
    E(["Peshawar", "Police Lines Peshawar"], "2023-01-30", "day", ERV, SB, None, POL, 100, [
        K("Lady Reading Hospital spokesman", "medical", "killed", "unspecified", 100, 100, "about 100 people"),
        K("Lady Reading Hospital spokesman", "medical", "injured", "unspecified", 169, 169, "169"),
    ]),
    E(["Peshawar", "Army Public School Peshawar"], "2014-12", "month", None, None, None, None, None),
    E(["Peshawar", "Kocha Risaldar"], "2022-03", "month", ERV, SB, UAG, CIV, 61, [
        K("the report", "media", "killed", "civilian", 61, None, "more than 60 worshippers"),
    ]),
], [])

# ---------------------------------------------------------------- bc-011
G["bc-011"] = ([
    I(["KARACHI", "Karachi"], "Karachi", "town", None, *KARACHI),
    I(["Safoora Chowrangi", "Safoora"], "Safoora Chowrangi", "site", None, *KARACHI),
    I(["Saleh Masjid"], "Saleh Masjid", "site", None, *KARACHI),
], [
    C(["Sindh"], "Sindh", "inside 'Sindh High Court'"),
    C(["Islamabad"], "Islamabad", "seat of the Supreme Court"),
    C(["Malir"], "Malir", "cantonment where the military court sat"),
    C(["Lahore"], "Lahore", "inside 'Lahore High Court'"),
    C(["Pakistan"], "Pakistan", "inside 'Protection of Pakistan Act'"),
    C(["Defence"], "Defence", "location of the cafe the victim directed"),
    C(["Balochistan"], "Balochistan", "topic of the discussion she hosted"),
])
EV["bc-011"] = ([
    E(["Karachi", "Safoora Chowrangi"], "2015-05", "month", VAC, ATT, ISKP, CIV, 45, [
        K("the report", "media", "killed", "civilian", 45, 45, "45 passengers"),
    ]),
    E(["Karachi"], "2015-04-24", "day", VAC, ATT, UAG, CIV, 1),
    E(["Karachi", "Saleh Masjid"], None, None, ERV, IED, UAG, None, None),
], [])

# ---------------------------------------------------------------- bc-012
G["bc-012"] = ([
    I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
    I(["Pasni Road"], "Pasni Road", "road", "Kech", 26.00, 63.05),
    I(["Absar"], "Absar", "neighbourhood", "Kech", 26.00, 63.05),
], [
    C(["QUETTA", "Quetta"], "Quetta", "dateline; court seat; red zone sealed ahead of marchers"),
    C(["Balochistan"], "Balochistan", "inside 'Balochistan High Court'"),
    C(["Pasni"], "Pasni", "only inside road name 'Pasni Road'"),
    C(["Shaheed Fida Chowk"], "Shaheed Fida Chowk", "site of protest sit-in"),
    C(["Makran"], "Makran", "division where strike spread"),
    C(["Kech"], "Kech", "only in an official's title"),
    C(["Gwadar"], "Gwadar", "only in an official's title"),
    C(["Koh-e-Murad"], "Koh-e-Murad", "burial place"),
    C(["Mastung"], "Mastung", "long march reached it (protest)"),
])
EV["bc-012"] = ([
    E(["Turbat", "Pasni Road"], "2023-11-23", "day", VAC, ATT, POL, CIV, 4, [
        K("CTD", "police", "killed", "militant", 4, 4, "four militants"),
    ]),
    E(["Turbat", "Absar"], "2023-10-29", "day", VAC, ABD, UAG, CIV, 0),
], [])

# ---------------------------------------------------------------- bc-013
G["bc-013"] = ([
    I(["Sistan-Baluchestan"], "Sistan-Baluchestan", "region"),
    I(["Saravan"], "Saravan", "town", None, 27.37, 62.33),
    I(["Koh-i-Sabz"], "Koh-i-Sabz", "town", "Panjgur"),
    I(["Panjgur"], "Panjgur", "district", "Panjgur"),
    I(["Rask"], "Rask", "town", None, 26.24, 61.40),
    I(["Iraq"], "Iraq", "region"),
    I(["Syria"], "Syria", "region"),
], [
    C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; government acting"),
    C(["TEHRAN", "Tehran"], "Tehran", "dateline; government acting"),
    C(["Iran"], "Iran", "country (setting; state acting)"),
    C(["Pakistan"], "Pakistan", "country (setting; state acting)"),
    C(["Balochistan"], "Balochistan", "province (setting)"),
    C(["Makran"], "Makran", "only in an official's title"),
    C(["Quetta"], "Quetta", "where the minister spoke"),
])
EV["bc-013"] = ([
    E(["Saravan", "Sistan-Baluchestan"], "2024-01-18", "day", ERV, AIR, MIL, None, 9, [
        K("Alireza Marhamati", "government", "killed", "civilian", 3, 3, "three women"),
        K("Alireza Marhamati", "government", "killed", "civilian", 4, 4, "four children"),
        K("Alireza Marhamati", "government", "killed", "civilian", 2, 2, "two men"),
        K("Alireza Marhamati", "government", "killed", "unspecified", 9, 9, "nine"),
        K("Pakistani foreign office", "government", "killed", "militant", 3, None, "several militants"),
    ]),
    E(["Koh-i-Sabz", "Panjgur"], "2024-01-16", "day", ERV, AIR, "Military Forces of Iran", CIV, 2, [
        K("Makran Commissioner Saeed Ahmed Umrani", "government", "killed", "civilian", 2, 2, "Two of the owner's children"),
        K("Makran Commissioner Saeed Ahmed Umrani", "government", "injured", "civilian", 4, 4, "his wife and three daughters"),
    ]),
    E(["Rask"], "2023-12-15", "day", BAT, AC, "Jaish al-Adl", "Police Forces of Iran", 11, [
        K("Iranian officials", "government", "killed", "security", 11, 11, "11 police personnel"),
    ]),
    E(["Iraq"], "2024-01", "month", ERV, SHELL, "Military Forces of Iran", None, None),
    E(["Syria"], "2024-01", "month", ERV, SHELL, "Military Forces of Iran", None, None),
], [])

# ---------------------------------------------------------------- bc-014
CHAMAN = (30.92, 66.45)
G["bc-014"] = ([
    I(["CHAMAN", "Chaman"], "Chaman", "town", "Qilla Abdullah", *CHAMAN),
    I(["Killi Sheikh Lal Muhammad"], "Killi Sheikh Lal Muhammad", "town", "Qilla Abdullah"),
    I(["Spin Boldak"], "Spin Boldak", "district"),
    I(["Friendship Gate"], "Friendship Gate", "site", "Qilla Abdullah", *CHAMAN),
], [
    C(["RAWALPINDI"], "Rawalpindi", "dateline; seat of ISPR"),
    C(["Balochistan"], "Balochistan", "province (setting)"),
    C(["Islamabad"], "Islamabad", "government acting"),
    C(["Kabul"], "Kabul", "government addressed"),
    C(["Quetta"], "Quetta", "critically injured sent there"),
    C(["Kandahar"], "Kandahar", "province; governor's title; trade route"),
])
EV["bc-014"] = ([
    E(["Chaman", "Killi Sheikh Lal Muhammad"], "2022-12-11", "day", ERV, SHELL, "Afghan Border Forces", CIV, 6, [
        K("ISPR", "military", "killed", "civilian", 6, None, "At least six civilians"),
        K("ISPR", "military", "injured", "civilian", 17, 17, "17 wounded"),
        K("resident", "local", "killed", "civilian", 1, 1, "a cousin"),
        K("medical superintendent of the civil hospital in Chaman", "medical", "killed", "civilian", 6, 6, "six bodies"),
        K("medical superintendent of the civil hospital in Chaman", "medical", "injured", "civilian", 30, 30, "around 30 injured people"),
    ]),
    E(["Spin Boldak"], "2022-12-11", "day", BAT, AC, MIL, "Afghan Border Forces", 1, [
        K("Ataullah Zaid", "government", "killed", "security", 1, 1, "one Taliban fighter"),
        K("Ataullah Zaid", "government", "injured", "security", 10, 10, "ten wounded"),
        K("Ataullah Zaid", "government", "injured", "civilian", 3, 3, "three civilians"),
    ]),
    E(["Chaman", "Friendship Gate"], "2022-11-13", "day", BAT, AC, UAG, MIL, 1, [
        K("the report", "media", "killed", "security", 1, 1, "a Pakistani soldier"),
    ]),
], [])

# ---------------------------------------------------------------- bc-015
G["bc-015"] = ([
    I(["Paktika"], "Paktika", "region"),
    I(["Barmal"], "Barmal", "district"),
    I(["Laman"], "Laman", "town"),
    I(["Khost"], "Khost", "region"),
    I(["Kunar"], "Kunar", "region"),
    I(["Mir Ali"], "Mir Ali", "town", None, 33.01, 70.28),
    I(["North Waziristan"], "North Waziristan", "district"),
], [
    C(["KABUL", "Kabul"], "Kabul", "dateline; seat of Taliban government"),
    C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; government acting"),
    C(["Afghanistan"], "Afghanistan", "country (setting; government speaking)"),
    C(["Pakistan"], "Pakistan", "country (setting; state acting)"),
    C(["Washington"], "Washington", "US government commenting"),
])
EV["bc-015"] = ([
    E(["Laman", "Barmal", "Paktika"], "2024-03-18", "day", ERV, AIR, MIL, CIV, 6, [
        K("Zabihullah Mujahid", "government", "killed", "civilian", 3, 3, "three women"),
        K("Zabihullah Mujahid", "government", "killed", "civilian", 3, 3, "three children"),
    ]),
    E(["Khost"], "2024-03-18", "day", ERV, AIR, MIL, CIV, 2, [
        K("Zabihullah Mujahid", "government", "killed", "civilian", 2, 2, "two women"),
    ]),
    E(["Mir Ali", "North Waziristan"], "2024-03-16", "day", ERV, SB, "Jaish-e-Fursan-e-Muhammad", MIL, 13, [
        K("the report", "media", "killed", "security", 7, 7, "seven Pakistani soldiers"),
        K("ISPR", "military", "killed", "security", 7, 7, "seven soldiers"),
        K("ISPR", "military", "killed", "militant", 6, 6, "all six attackers"),
    ]),
    E(["Khost"], "2022-04", "month", ERV, AIR, MIL, None, None),
    E(["Kunar"], "2022-04", "month", ERV, AIR, MIL, None, None),
], [
    K("Zabihullah Mujahid", "government", "killed", "civilian", 8, 8, "eight women and children"),
    K("the Taliban", "government", "killed", "unspecified", 47, None, "at least 47 people"),
])

# ---------------------------------------------------------------- bc-016
G["bc-016"] = ([
    I(["Ormara"], "Ormara", "town", "Gwadar", 25.21, 64.64),
    I(["Buzi Top"], "Buzi Top", "site", "Gwadar"),
    I(["Makran Coastal Highway"], "Makran Coastal Highway", "road"),
    I(["Mirjaveh"], "Mirjaveh", "town", None, 29.02, 61.45),
    I(["Khash-Zahedan road"], "Khash-Zahedan road", "road"),
    I(["Sistan-Baluchestan"], "Sistan-Baluchestan", "region"),
    I(["Pulwama"], "Pulwama", "town", None, 33.87, 74.90),
], [
    C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; government speaking"),
    C(["Iran"], "Iran", "country accused/addressed"),
    C(["Tehran"], "Tehran", "government addressed; PM's destination"),
    C(["Karachi"], "Karachi", "endpoint of the coaches' route"),
    C(["Gwadar"], "Gwadar", "endpoint of the coaches' route"),
    C(["India"], "India", "government mentioned"),
    C(["Afghanistan"], "Afghanistan", "government addressed"),
    C(["Turbat"], "Turbat", "planned headquarters of a new command"),
    C(["Khash"], "Khash", "only inside road name"),
    C(["Zahedan"], "Zahedan", "only inside road name"),
    C(["Makran"], "Makran", "only inside highway name"),
])
EV["bc-016"] = ([
    E(["Ormara", "Buzi Top", "Makran Coastal Highway"], "2019-04-18", "day", VAC, ATT, "Baloch Raaji Aajoi Sangar", MIL, 14, [
        K("Shah Mahmood Qureshi", "government", "killed", "security", 14, 14, "14 men"),
        K("Shah Mahmood Qureshi", "government", "killed", "security", 10, 10, "ten Navy personnel"),
        K("Shah Mahmood Qureshi", "government", "killed", "security", 3, 3, "three from the Air Force"),
        K("Shah Mahmood Qureshi", "government", "killed", "security", 1, 1, "one from the Coast Guard"),
    ]),
    E(["Khash-Zahedan road", "Sistan-Baluchestan"], "2019-02", "month", ERV, SB, "Jaish al-Adl", "Islamic Revolutionary Guard Corps", 27, [
        K("the report", "media", "killed", "security", 27, 27, "27 members of the Revolutionary Guards"),
    ]),
    E(["Mirjaveh"], "2018", "year", VAC, ABD, UAG, "Iranian border guards", 0, [
        K("Shah Mahmood Qureshi", "government", "abducted", "security", 12, 12, "12 Iranian border guards"),
    ]),
    E(["Pulwama"], None, None, None, None, None, None, None),
], [])

# ---------------------------------------------------------------- bc-017
G["bc-017"] = ([
    I(["Mashkay"], "Mashkay", "town", "Awaran"),
    I(["Awaran"], "Awaran", "district", "Awaran"),
    I(["Quetta"], "Quetta", "town", "Quetta", *QUETTA),
], [
    C(["Balochistan"], "Balochistan", "province (setting; inside union name)"),
    C(["Pakistan"], "Pakistan", "only inside 'Pakistan Federal Union of Journalists'"),
])
EV["bc-017"] = ([
    E(["Mashkay", "Awaran"], "2025-05-24", "day", VAC, ATT, UAG, CIV, 1),
    E(["Mashkay"], "2025-02-28", "day", VAC, ABD, MIL, CIV, None, [
        K("Baloch Yakjehti Committee", "other", "abducted", "civilian", 8, 8, "eight young men"),
        K("Baloch Yakjehti Committee", "other", "killed", "civilian", 8, 8, "all eight"),
    ]),
    E(["Mashkay"], None, None, VAC, ATT, UAG, CIV, 1, [
        K("police", "police", "killed", "civilian", 1, 1, "a kidnapped son"),
    ]),
    E(["Awaran"], None, None, None, None, MIL, None, None),
    E(["Quetta"], "2014-08", "month", VAC, ATT, UAG, CIV, 3, [
        K("the report", "media", "killed", "civilian", 1, 1, "a trainee reporter"),
        K("the report", "media", "killed", "civilian", 1, 1, "an accountant"),
    ]),
], [])

# ---------------------------------------------------------------- bc-018
G["bc-018"] = ([
    I(["Islamabad"], "Islamabad", "town", None, 33.70, 73.05),
    I(["G-10/4"], "G-10/4", "neighbourhood", None, 33.70, 73.05),
    I(["Dur Baba"], "Dur Baba", "district"),
    I(["Nangarhar"], "Nangarhar", "region"),
    I(["Bannu"], "Bannu", "town", None, 32.99, 70.60),
], [
    C(["PESHAWAR", "Peshawar"], "Peshawar", "dateline; funeral; postings"),
    C(["Hayatabad"], "Hayatabad", "burial place"),
    C(["Civil Lines"], "Civil Lines", "funeral prayers venue"),
    C(["Afghanistan"], "Afghanistan", "country where body was found (setting)"),
    C(["Torkham"], "Torkham", "crossing where body was handed over"),
    C(["Landi Kotal"], "Landi Kotal", "coffin taken there"),
    C(["North Waziristan"], "North Waziristan", "victim's home area"),
    C(["University Town"], "University Town", "earlier posting"),
    C(["Faqirabad"], "Faqirabad", "earlier posting"),
    C(["Jhelum"], "Jhelum", "phone's last traced location"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "provincial government"),
])
EV["bc-018"] = ([
    E(["Islamabad", "G-10/4"], "2018-10-26", "day", VAC, ABD, UAG, POL, 0),
    E(["Dur Baba", "Nangarhar"], "2018-11-13", "day", VAC, ATT, UAG, POL, 1),
    E(["Bannu"], None, None, ERV, SB, UAG, POL, None),
], [])

# ---------------------------------------------------------------- bc-019
G["bc-019"] = ([
    I(["Quetta"], "Quetta", "town", "Quetta", *QUETTA),
    I(["Sariab Road"], "Sariab Road", "road", "Quetta", *QUETTA),
], [
    C(["KARACHI", "Karachi"], "Karachi", "dateline; burial; home city"),
    C(["Lyari"], "Lyari", "where he grew up"),
    C(["Malir"], "Malir", "location of the library he founded"),
    C(["University of Balochistan"], "University of Balochistan", "employer; reference point near the shooting"),
    C(["Balochistan"], "Balochistan", "province (setting)"),
    C(["Pakistan"], "Pakistan", "country (setting)"),
])
EV["bc-019"] = ([
    E(["Quetta", "Sariab Road"], "2011-06-01", "day", VAC, ATT, UAG, CIV, 1),
    E(["Quetta"], None, None, VAC, ATT, UAG, CIV, 2),
], [])

# ---------------------------------------------------------------- bc-020
G["bc-020"] = ([
    I(["Dringarh"], "Dringarh", "town", "Mastung"),
    I(["Mastung"], "Mastung", "town", "Mastung", *MASTUNG),
    I(["Bannu"], "Bannu", "town", None, 32.99, 70.60),
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", *QUETTA),
    I(["Sariab railway crossing"], "Sariab railway crossing", "site", "Quetta", *QUETTA),
], [
    C(["Kanak"], "Kanak", "native village; burial place"),
    C(["Musa Stadium"], "Musa Stadium", "funeral prayers venue"),
    C(["Mehrgarh"], "Mehrgarh", "birthplace"),
    C(["Bolan"], "Bolan", "birthplace region; schooling"),
    C(["Sindh"], "Sindh", "only inside university name"),
    C(["Tandojam"], "Tandojam", "university location"),
    C(["Balochistan"], "Balochistan", "province; inside party names; governor's title"),
])
EV["bc-020"] = ([
    E(["Dringarh", "Mastung"], "2018-07-13", "day", ERV, SB, ISKP, CIV, 128, [
        K("Agha Umar Bangulzai", "government", "killed", "unspecified", 128, None, "at least 128 people"),
        K("Agha Umar Bangulzai", "government", "injured", "unspecified", 150, 150, "about 150"),
        K("the report", "media", "killed", "civilian", 40, None, "scores of supporters"),
    ]),
    E(["Bannu"], "2018-07-13", "day", ERV, IED, UAG, CIV, 4, [
        K("the report", "media", "killed", "unspecified", 4, 4, "four people"),
    ]),
    E(["Mastung"], "2011-07", "month", ERV, IED, UAG, CIV, 1, [
        K("the report", "media", "killed", "civilian", 1, 1, "his 14-year-old son"),
        K("the report", "media", "injured", "unspecified", 24, 24, "some two dozen others"),
        K("the report", "media", "injured", "security", 12, 12, "half of them security personnel"),
    ]),
    E(["Quetta", "Sariab railway crossing"], None, None, ERV, SB, UAG, None, None),
], [])

# ---------------------------------------------------------------- bc-021
G["bc-021"] = ([
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", *QUETTA),
    I(["Police Lines"], "Police Lines Quetta", "site", "Quetta", *QUETTA),
    I(["Peshawar"], "Peshawar", "town", None, *PESHAWAR),
    I(["Lahore"], "Lahore", "town", None, *LAHORE),
], [
    C(["Nawab Akbar Bugti Stadium"], "Nawab Akbar Bugti Stadium", "match venue; the blast was elsewhere"),
    C(["Balochistan"], "Balochistan", "province (setting)"),
    C(["Multan"], "Multan", "PSL venue"),
    C(["Karachi"], "Karachi", "PSL venue"),
    C(["Rawalpindi"], "Rawalpindi", "PSL venue"),
    C(["Zimbabwe"], "Zimbabwe", "visiting team in 1996"),
    C(["Sri Lanka"], "Sri Lanka", "team whose bus was attacked"),
    C(["Pakistan"], "Pakistan", "country (setting; inside board and TTP names)"),
])
EV["bc-021"] = ([
    E(["Quetta", "Police Lines Quetta"], "2023-02-05", "day", ERV, None, TTP, None, 0, [
        K("police", "police", "injured", "unspecified", 5, 5, "five people"),
    ]),
    E(["Peshawar"], "2023-01-30", "day", ERV, SB, UAG, POL, 100, [
        K("the report", "media", "killed", "unspecified", 100, 100, "about 100 people"),
    ]),
    E(["Lahore"], "2009-03", "month", VAC, ATT, UAG, CIV, None),
], [])

# ---------------------------------------------------------------- bc-022
G["bc-022"] = ([
    I(["Peshawar"], "Peshawar", "town", None, *PESHAWAR),
    I(["Kocha Risaldar"], "Kocha Risaldar", "neighbourhood", None, *PESHAWAR),
    I(["Karachi"], "Karachi", "town", None, *KARACHI),
    I(["Lahore"], "Lahore", "town", None, *LAHORE),
], [
    C(["RAWALPINDI", "Rawalpindi"], "Rawalpindi", "dateline; Test venue"),
    C(["Qissa Khwani Bazaar"], "Qissa Khwani Bazaar", "reference point near the mosque"),
    C(["Pakistan"], "Pakistan", "country (setting)"),
    C(["Australia"], "Australia", "touring country"),
    C(["Islamabad"], "Islamabad", "where the team is staying"),
    C(["Canberra"], "Canberra", "government department contacted"),
    C(["South Africa"], "South Africa", "earlier touring team"),
    C(["New Zealand"], "New Zealand", "team that called off a tour"),
    C(["England"], "England", "team that called off a tour"),
    C(["Sri Lanka"], "Sri Lanka", "team whose bus was attacked"),
])
EV["bc-022"] = ([
    E(["Peshawar", "Kocha Risaldar"], "2022-03-04", "day", ERV, SB, ISKP, CIV, 56, [
        K("hospital officials", "medical", "killed", "civilian", 56, 56, "56"),
        K("hospital officials", "medical", "injured", "civilian", 40, None, "scores wounded"),
    ]),
    E(["Karachi"], "2007", "year", ERV, None, UAG, CIV, None),
    E(["Lahore"], "2009", "year", VAC, ATT, UAG, CIV, None),
], [])

# ---------------------------------------------------------------- bc-023
G["bc-023"] = ([
    I(["Duki"], "Duki", "town", "Loralai", 30.15, 68.57),
    I(["Mach"], "Mach", "town", "Kachhi", 29.87, 67.33),
    I(["Gashterri"], "Gashterri", "site", "Kachhi", 29.87, 67.33),
    I(["Bolan"], "Kachhi", "district", "Kachhi"),
], [
    C(["QUETTA", "Quetta"], "Quetta", "dateline; injured moved there; protest"),
    C(["Balochistan"], "Balochistan", "province (setting)"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "labourers' and guard's origin"),
    C(["Afghanistan"], "Afghanistan", "labourers' origin"),
    C(["Zhob"], "Zhob", "victims' home district"),
    C(["Qilla Saifullah"], "Qilla Saifullah", "victims' home district"),
    C(["Pishin"], "Pishin", "victims' home district"),
    C(["Kuchlak"], "Kuchlak", "victims' home town"),
    C(["Loralai"], "Loralai", "victims' home district; injured taken there"),
    C(["Musakhel"], "Musakhel", "victims' home district"),
    C(["Shahrag"], "Shahrag", "victims' home tehsil"),
    C(["Harnai"], "Harnai", "victims' home district"),
    C(["Pakistan"], "Pakistan", "only inside 'Pakistan Mine Workers Federation'"),
])
EV["bc-023"] = ([
    E(["Duki"], "2024-10-10", "day", VAC, ATT, UAG, CIV, 21, [
        K("the report", "media", "killed", "civilian", 21, 21, "21 men"),
        K("district police", "police", "killed", "civilian", 20, 20, "20 miners"),
        K("district police", "police", "killed", "civilian", 1, 1, "a security guard"),
        K("district police", "police", "killed", "civilian", 3, 3, "three Afghan nationals"),
        K("the report", "media", "injured", "civilian", 6, 7, "Six to seven injured"),
        K("the report", "media", "injured", "civilian", 4, 4, "four critical cases"),
    ]),
    E(["Mach", "Gashterri", "Kachhi"], "2021-01", "month", VAC, ATT, ISKP, CIV, 11, [
        K("the report", "media", "killed", "civilian", 11, 11, "eleven Hazara miners"),
    ]),
], [])

# ---------------------------------------------------------------- bc-024
G["bc-024"] = ([
    I(["Dalbandin"], "Dalbandin", "town", "Chagai", 28.89, 64.41),
    I(["Chagai"], "Chagai", "district", "Chagai"),
    I(["Mastung"], "Mastung", "town", "Mastung", *MASTUNG),
], [
    C(["KARACHI", "Karachi"], "Karachi", "dateline; injured moved there; consulate"),
    C(["QUETTA"], "Quetta", "dateline"),
    C(["Saindak"], "Saindak", "mine/project name; origin of the bus"),
    C(["China"], "China", "country (export destination; inside company name)"),
    C(["Balochistan"], "Balochistan", "province (setting; inside group name)"),
    C(["Pakistan"], "Pakistan", "country asked to act"),
])
EV["bc-024"] = ([
    E(["Dalbandin", "Chagai"], "2018-08-11", "day", ERV, SB, BLA, CIV, 0, [
        K("the report", "media", "injured", "civilian", 3, 3, "three Chinese engineers"),
        K("the report", "media", "injured", "security", 2, 2, "two Frontier Corps personnel"),
        K("the report", "media", "injured", "civilian", 1, 1, "the bus driver"),
    ]),
    E(["Mastung"], "2018-07", "month", ERV, SB, UAG, CIV, 141, [
        K("the report", "media", "killed", "unspecified", 141, None, "more than 140 people"),
    ]),
], [])

ids = sorted(G)
gold = [{"id": i, "incident_places": G[i][0], "context_places": G[i][1]} for i in ids]
events = [{"id": i, "events": EV[i][0], "aggregate_claims": EV[i][1]} for i in ids]
with open(os.path.join(HERE, "blind-c.gold.json"), "w") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "blind-c.events.gold.json"), "w") as f:
    json.dump(events, f, indent=1, ensure_ascii=False)
print(len(gold), "reports")
