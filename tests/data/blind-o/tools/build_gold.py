#!/usr/bin/env python3
"""Writes blind-o.gold.json and blind-o.events.gold.json (run from the set folder)."""
import json

def I(s, place, kind, district, lat=None, lon=None):
    return {"surface": s, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}

def C(s, place, why):
    return {"surface": s, "place": place, "why": why}

def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": claims, "fatalities": fat}

def K(who, wtype, what, whose, nmin, nmax, surface):
    return {"claimant": who, "claimant_type": wtype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}

EXP, IED, SUI, SHELL = "Explosions/Remote violence", "Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack"
BAT, CLASH = "Battles", "Armed clash"
VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
SD = "Strategic developments"
UAG, CIV = "Unidentified Armed Group", "Civilians"
MIL, POL, FC, LEV = "Military Forces of Pakistan", "Police Forces of Pakistan", "Frontier Corps", "Levies Force"
BLA, BRA, TTP = "Baloch Liberation Army", "Baloch Republican Army", "Tehreek-e-Taliban Pakistan"

G = {}   # id -> (incident, context)
V = {}   # id -> (events, aggregate_claims)

# ---------------- WAVE: 14 August 2011 ----------------
G["bo-001"] = ([
    I(["Dera Allahyar"], "Dera Allahyar", "town", "Jafarabad", 28.37, 68.35),
    I(["Bismillah restaurant"], "Bismillah restaurant", "site", "Jafarabad", 28.37, 68.35),
    I(["National Highway"], "National Highway (N-65)", "road", None),
    I(["DC Chowk"], "DC Chowk", "site", "Jafarabad", 28.37, 68.35),
    I(["Kalat"], "Kalat", "town", "Kalat", 29.03, 66.59),
    I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
    I(["North Waziristan"], "North Waziristan", "district", None),
], [
    C(["QUETTA", "Quetta"], "Quetta", "dateline; distance reference; endpoint in the name of the 'Quetta-Jacobabad section'"),
    C(["Balochistan"], "Balochistan", "province as overall setting"),
    C(["Jacobabad"], "Jacobabad", "highway endpoint and where the injured were referred"),
    C(["Sindh"], "Sindh", "province where patients travel for hospitals"),
    C(["Larkana"], "Larkana", "injured referred to hospitals there"),
    C(["Sukkur"], "Sukkur", "where the bomb disposal team was sent from"),
    C(["Jaffarabad"], "Jaffarabad", "only in the police officer's title"),
])
V["bo-001"] = ([
    E(["Dera Allahyar", "Bismillah restaurant", "National Highway (N-65)", "DC Chowk"], "2011-08-14", "day", EXP, IED,
      "Baloch Liberation Tigers", CIV, [
        K("the report", "media", "killed", "civilian", 14, 14, "14 people"),
        K("police, FC and volunteers", "police", "killed", "civilian", 14, 14, "14 bodies"),
        K("the report", "media", "injured", "civilian", 16, 16, "Sixteen people"),
        K("the report", "media", "arrested", "unspecified", 4, 4, "Four men"),
      ], 14),
    E(["Kalat"], "2011-08-14", "day", EXP, IED, None, None, [], 0),
    E(["Mastung"], "2011-08-14", "day", EXP, IED, None, None, [], 0),
    E(["North Waziristan"], "2011-08-14", "day", EXP, SHELL, None, MIL, [], None),
], [])

G["bo-002"] = ([
    I(["Dera Allahyar"], "Dera Allahyar", "town", "Jafarabad", 28.37, 68.35),
    I(["Jaffarabad"], "Jaffarabad", "district", "Jafarabad"),
    I(["National Highway"], "National Highway (N-65)", "road", None),
    I(["Kalat"], "Kalat", "town", "Kalat", 29.03, 66.59),
    I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
], [
    C(["BALOCHISTAN", "Balochistan"], "Balochistan", "province; in the issuing government's name"),
    C(["Quetta"], "Quetta", "where the handout was issued"),
    C(["Larkana"], "Larkana", "injured referred there"),
    C(["Jacobabad"], "Jacobabad", "injured referred there"),
])
V["bo-002"] = ([
    E(["Dera Allahyar", "National Highway (N-65)", "Jaffarabad"], "2011-08-14", "day", EXP, IED, None, CIV, [
        K("Balochistan home department", "government", "killed", "civilian", 13, 13, "thirteen (13) persons"),
        K("Balochistan home department", "government", "injured", "civilian", 23, 23, "twenty-three (23)"),
        K("Balochistan home department", "government", "arrested", "unspecified", 4, 4, "Four suspects"),
    ], 13),
    E(["Kalat"], "2011-08-14", "day", EXP, IED, None, None, [], 0),
    E(["Mastung"], "2011-08-14", "day", EXP, IED, None, None, [], 0),
], [])

G["bo-003"] = ([
    I(["Dera Allahyar"], "Dera Allahyar", "town", "Jafarabad", 28.37, 68.35),
    I(["DC Chowk"], "DC Chowk", "site", "Jafarabad", 28.37, 68.35),
    I(["Kalat"], "Kalat", "town", "Kalat", 29.03, 66.59),
    I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
], [
    C(["QUETTA", "Quetta"], "Quetta", "dateline; newspaper offices where the statement was sent"),
    C(["Balochistan"], "Balochistan", "province (government accused)"),
    C(["Pakistan"], "Pakistan", "country, in 'Pakistan's Independence Day'"),
    C(["Larkana"], "Larkana", "injured shifted there"),
    C(["Jacobabad"], "Jacobabad", "injured shifted there"),
    C(["Sindh"], "Sindh", "province where the injured were shifted"),
    C(["Jaffarabad"], "Jaffarabad", "named only as the police district investigating"),
    C(["Naseerabad"], "Naseerabad", "region where armed groups are said to be active; no attack there"),
])
V["bo-003"] = ([
    E(["Dera Allahyar", "DC Chowk"], "2011-08-14", "day", EXP, IED, "Baloch Liberation Tigers", CIV, [
        K("Balochistan home department", "government", "killed", "civilian", 13, 13, "13 dead"),
        K("district hospital staff", "medical", "killed", "civilian", 15, 15, "15 bodies"),
        K("district hospital staff", "medical", "injured", "civilian", 33, 33, "33 wounded people"),
        K("police", "police", "arrested", "unspecified", 4, 4, "four men"),
    ], 13),
    E(["Kalat"], "2011-08-14", "day", EXP, IED, None, None, [], 0),
    E(["Mastung"], "2011-08-14", "day", EXP, IED, None, None, [], 0),
], [])

# ---------------- Quetta polio 2014 ----------------
G["bo-004"] = ([
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.19, 67.01),
    I(["Eastern Bypass"], "Eastern Bypass", "road", "Quetta", 30.20, 67.05),
    I(["Karachi"], "Karachi", "town", None, 24.86, 67.01),
    I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
], [
    C(["Pakistan"], "Pakistan", "country"),
    C(["Killi Ahmedzai"], "Killi Ahmedzai", "where the team collected its vaccines before the attack"),
    C(["Balochistan"], "Balochistan", "province (lady health workers' association)"),
    C(["Afghanistan"], "Afghanistan", "polio-endemic country, comparison"),
    C(["Nigeria"], "Nigeria", "polio-endemic country, comparison"),
])
V["bo-004"] = ([
    E(["Quetta", "Eastern Bypass"], "2014-11-26", "day", VAC, ATT, UAG, CIV, [
        K("the report", "media", "killed", "civilian", 4, 4, "four members"),
        K("doctors", "medical", "injured", "civilian", 3, 3, "Three other women"),
    ], 4),
    E(["Karachi"], "2012-12", "month", VAC, ATT, UAG, CIV, [], None),
    E(["Peshawar"], "2012-12", "month", VAC, ATT, UAG, CIV, [], None),
], [
    K("the report", "media", "killed", "unspecified", 24, None, "Dozens of vaccinators"),
])

# ---------------- Quetta BYC 2025 ----------------
G["bo-005"] = ([
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.19, 67.01),
    I(["Sariab Road"], "Sariab Road", "road", "Quetta", 30.15, 66.99),
    I(["University of Balochistan"], "University of Balochistan", "site", "Quetta", 30.16, 66.99),
], [
    C(["Balochistan"], "Balochistan", "only inside the name University of Balochistan"),
    C(["Bolan"], "Bolan", "only inside the names Bolan Medical College / Bolan Medical College Hospital"),
    C(["Brewery Road"], "Brewery Road", "shops shut during the strike; no violence"),
    C(["Dalbandin"], "Dalbandin", "strike (closed bazaars)"),
    C(["Khuzdar"], "Khuzdar", "strike (closed bazaars)"),
    C(["Surab"], "Surab", "strike (closed bazaars)"),
    C(["Washuk"], "Washuk", "strike (closed bazaars)"),
    C(["Mastung"], "Mastung", "tyre-burning protest; no attack"),
    C(["Dera Murad Jamali"], "Dera Murad Jamali", "tyre-burning protest; no attack"),
    C(["Turbat"], "Turbat", "tyre-burning protest; no attack"),
])
V["bo-005"] = ([
    E(["Quetta", "Sariab Road", "University of Balochistan"], "2025-03-21", "day", "Protests",
      "Excessive force against protesters", POL, "Baloch Yakjehti Committee", [
        K("BYC (Dr Mahrang Baloch)", "other", "killed", "civilian", 3, 3, "three protesters"),
        K("BYC (Dr Mahrang Baloch)", "other", "injured", "civilian", 13, 13, "13 wounded"),
        K("hospital officials", "medical", "killed", "unspecified", 2, 2, "two bodies"),
        K("hospital officials", "medical", "killed", "unspecified", 1, 1, "one body"),
        K("hospital officials", "medical", "injured", "unspecified", 9, 9, "nine injured people"),
        K("provincial government", "government", "injured", "security", 10, 10, "ten personnel"),
    ], 3),
    E(["Quetta", "Sariab Road"], "2025-03-22", "day", SD, "Arrests", POL, "Baloch Yakjehti Committee", [
        K("the report", "media", "arrested", "civilian", 17, 17, "17 activists"),
    ], 0),
], [
    K("BYC", "other", "killed", "unspecified", 13, 13, "13 bodies"),
])

# ---------------- Chaman 2022 ----------------
G["bo-006"] = ([
    I(["Chaman"], "Chaman", "town", "Qilla Abdullah", 30.92, 66.45),
    I(["Friendship Gate"], "Friendship Gate", "site", "Qilla Abdullah", 30.92, 66.43),
    I(["Spin Boldak"], "Spin Boldak", "town", None, 31.00, 66.40),
], [
    C(["QUETTA"], "Quetta", "dateline"),
    C(["Pakistan"], "Pakistan", "country closing the crossing"),
    C(["Afghanistan"], "Afghanistan", "neighbouring country"),
    C(["Kandahar"], "Kandahar", "injured Afghan personnel taken to hospital there"),
    C(["Torkham"], "Torkham", "other crossing, comparison"),
    C(["Kabul"], "Kabul", "Taliban government"),
    C(["Islamabad"], "Islamabad", "Pakistani government"),
])
V["bo-006"] = ([
    E(["Chaman", "Friendship Gate"], "2022-11-13", "day", BAT, CLASH, UAG, FC, [
        K("officials", "government", "killed", "security", 1, 1, "a paramilitary soldier"),
        K("officials", "government", "injured", "security", 2, 2, "two others"),
    ], 1),
    E(["Spin Boldak"], "2022-11-13", "day", BAT, CLASH, MIL, "Afghan border forces", [
        K("reports from Spin Boldak", "local", "killed", "security", 5, 5, "five members of the Afghan forces"),
        K("reports from Spin Boldak", "local", "injured", "security", 14, 14, "14 wounded"),
    ], 5),
], [])

# ---------------- Hub 2021 ----------------
G["bo-007"] = ([
    I(["HUB", "Hub"], "Hub", "town", "Lasbela", 25.05, 66.89),
    I(["Allahabad Town"], "Allahabad Town", "neighbourhood", "Lasbela", 25.05, 66.89),
    I(["Ormara"], "Ormara", "town", "Gwadar", 25.21, 64.64),
    I(["Makran Coastal Highway"], "Makran Coastal Highway", "road", None),
], [
    C(["Karachi"], "Karachi", "wounded referred there; geographic reference across the river"),
    C(["Lasbela"], "Lasbela", "only in the SSP's title"),
    C(["Hub river"], "Hub River", "geographic description of the town's position"),
])
V["bo-007"] = ([
    E(["Hub", "Allahabad Town"], "2021-04-13", "day", EXP, IED, UAG, CIV, [
        K("the report", "media", "injured", "civilian", 12, None, "At least twelve people"),
        K("DSP Younus Raza", "police", "injured", "civilian", 10, 10, "ten people"),
        K("rescue volunteers", "other", "injured", "civilian", 14, 14, "fourteen"),
    ], 0),
    E(["Ormara", "Makran Coastal Highway"], "2020-10", "month", BAT, CLASH, UAG, FC, [
        K("the report", "media", "killed", "security", 7, 7, "seven FC personnel"),
        K("the report", "media", "killed", "civilian", 7, 7, "seven private security guards"),
    ], 14),
], [])

# ---------------- Khuzdar / HRCP 2022 ----------------
G["bo-008"] = ([
    I(["Khuzdar"], "Khuzdar", "town", "Khuzdar", 27.80, 66.61),
    I(["University of Balochistan"], "University of Balochistan", "site", "Quetta", 30.16, 66.99),
    I(["Quetta"], "Quetta", "town", "Quetta", 30.19, 67.01),
], [
    C(["Lahore"], "Lahore", "where the statement was issued"),
    C(["Pakistan"], "Pakistan", "inside the name Human Rights Commission of Pakistan"),
    C(["Islamabad"], "Islamabad", "location of the student's university and of the protest camp"),
    C(["Balochistan"], "Balochistan", "province as overall setting"),
    C(["National Press Club"], "National Press Club (Islamabad)", "site of a peaceful protest"),
])
V["bo-008"] = ([
    E(["Khuzdar"], "2022-02-08", "day", VAC, ABD, UAG, CIV, [], 0),
    E(["Quetta", "University of Balochistan"], "2021-11", "month", VAC, ABD, None, CIV, [
        K("HRCP", "other", "abducted", "civilian", 2, 2, "two students"),
    ], 0),
], [
    K("Voice for Baloch Missing Persons", "other", "abducted", "civilian", 5001, None, "more than 5,000 cases"),
])

# ---------------- Panjgur 2025 ----------------
G["bo-009"] = ([
    I(["Chitkan"], "Chitkan", "town", "Panjgur", 26.96, 64.09),
    I(["PANJGUR", "Panjgur"], "Panjgur", "district", "Panjgur"),
], [
    C(["Balochistan"], "Balochistan", "inside the name Balochistan Assembly"),
    C(["Quetta"], "Quetta", "seat of the assembly that passed the resolution"),
])
V["bo-009"] = ([
    E(["Chitkan", "Panjgur"], "2025-10-19", "day", VAC, ATT, UAG, CIV, [], 1),
], [])

# ---------------- Buleda ISPR 2024 ----------------
G["bo-010"] = ([
    I(["Buleda"], "Buleda", "town", "Kech"),
    I(["Gillisar"], "Gillisar checkpoint", "site", "Kech"),
    I(["Kech"], "Kech", "district", "Kech"),
], [
    C(["Rawalpindi"], "Rawalpindi", "where the ISPR release was issued"),
    C(["Balochistan"], "Balochistan", "province"),
    C(["Pakistan"], "Pakistan", "country"),
    C(["Makran"], "Makran", "region of the officials quoted"),
    C(["Turbat"], "Turbat", "bodies shifted to the hospital there"),
])
V["bo-010"] = ([
    E(["Buleda", "Gillisar checkpoint", "Kech"], "2024-01-13", "day", EXP, IED, UAG, MIL, [
        K("ISPR", "military", "killed", "militant", 3, 3, "three terrorists"),
        K("ISPR", "military", "killed", "security", 5, 5, "five brave soldiers"),
        K("officials in Makran", "government", "injured", "security", 2, 2, "Two other personnel"),
    ], 8),
], [])

# ---------------- BLA statement Oct 2025 ----------------
G["bo-011"] = ([
    I(["Mastung"], "Mastung", "district", "Mastung"),
    I(["Gondin"], "Gondin", "town", "Mastung"),
    I(["Maro"], "Maro", "site", "Mastung"),
    I(["Balgatar"], "Balgatar", "town", "Kech"),
    I(["Kech"], "Kech", "district", "Kech"),
    I(["Kurki Chowki"], "Kurki Chowki", "site", "Kech"),
    I(["Surab"], "Surab", "town", "Kalat", 28.49, 66.26),
    I(["Mil Shahurai"], "Mil Shahurai", "site", "Kalat"),
], [
    C(["QUETTA"], "Quetta", "dateline"),
    C(["Pakistan"], "Pakistan", "in 'Pakistan army'"),
    C(["Kalat"], "Kalat", "Levies protest against merger; no attack"),
])
V["bo-011"] = ([
    E(["Mastung"], "2025-10-17", "day", BAT, CLASH, BLA, MIL, [], None),
    E(["Gondin", "Maro"], "2025-10-17", "day", SD, "Looting/property destruction", BLA, None, [], 0),
    E(["Balgatar", "Kurki Chowki", "Kech"], "2025-10-20", None, EXP, IED, BLA, MIL, [
        K("BLA spokesman Jeeyand Baloch", "militant", "killed", "security", 1, 1, "an officer"),
    ], 1),
    E(["Surab", "Mil Shahurai"], "2025-10-16", "day", BAT, CLASH, BLA, LEV, [
        K("BLA spokesman Jeeyand Baloch", "militant", "killed", "militant", 2, 2, "two of its own fighters"),
    ], 2),
], [
    K("BLA spokesman Jeeyand Baloch", "militant", "killed", "security", 3, 3, "three officers"),
])

# ---------------- Naseerabad pylons 2013 ----------------
ctx12 = [C(["QUETTA", "Quetta"], "Quetta", "dateline; power supply cut; inside Quetta Electric Supply Company"),
         C(["Balochistan"], "Balochistan", "province"),
         C(["Dera Murad Jamali"], "Dera Murad Jamali", "distance reference for the blast site"),
         C(["Guddu"], "Guddu", "power plant feeding the line"),
         C(["Dera Ghazi Khan"], "Dera Ghazi Khan", "alternative transmission line"),
         C(["Loralai"], "Loralai", "alternative transmission line"),
         C(["Harnai"], "Harnai", "alternative transmission line")]
for d in ["Mastung", "Kalat", "Khuzdar", "Noshki", "Kharan", "Pishin", "Ziarat", "Zhob", "Qila Abdullah", "Sibi",
          "Bolan", "Gandawah", "Dera Bugti", "Chagai", "Qila Saifullah", "Sherani"]:
    ctx12.append(C([d], d, "district whose power supply was cut (effect, not scene)"))
G["bo-012"] = ([
    I(["Chattar"], "Chattar", "town", "Nasirabad", 28.55, 68.19),
    I(["Naseerabad"], "Naseerabad", "district", "Nasirabad"),
], ctx12)
V["bo-012"] = ([
    E(["Chattar", "Naseerabad"], "2013-05-07", "day", EXP, IED, BRA, None, [], 0),
], [])

# ---------------- Kalat / Noshki 2025 ----------------
G["bo-013"] = ([
    I(["Mangochar"], "Mangochar", "town", "Kalat"),
    I(["Malangzai"], "Malangzai", "neighbourhood", "Kalat"),
    I(["KALAT", "Kalat"], "Kalat", "district", "Kalat"),
    I(["NOSHKI", "Noshki"], "Noshki", "town", "Nushki", 29.55, 66.02),
    I(["Gharibabad"], "Gharibabad", "neighbourhood", "Nushki", 29.55, 66.02),
    I(["Bolan Pass"], "Bolan Pass", "site", "Kachhi"),
    I(["RCD Highway"], "RCD Highway (N-40)", "road", None),
], [
    C(["Punjab"], "Punjab", "province the labourers came from"),
    C(["Sadiqabad"], "Sadiqabad", "home town of the labourers"),
    C(["Mand-e-Haji"], "Mand-e-Haji", "bodies shifted to the rural health centre there"),
])
V["bo-013"] = ([
    E(["Mangochar", "Malangzai", "Kalat"], "2025-03-22", "day", VAC, ATT, UAG, CIV, [
        K("the report", "media", "killed", "civilian", 4, 4, "Four labourers"),
        K("Kalat Deputy Commissioner Jamil Baloch", "government", "killed", "civilian", 4, 4, "Four of them"),
    ], 4),
    E(["Noshki", "Gharibabad"], "2025-03-22", "day", BAT, CLASH, UAG, POL, [
        K("the report", "media", "killed", "security", 4, 4, "four policemen"),
        K("SSP Hashim Khan", "police", "killed", "security", 4, 4, "all four policemen"),
    ], 4),
    E(["Bolan Pass"], "2025-03-11", "day", VAC, ABD, None, CIV, [], None),
    E(["Noshki", "RCD Highway (N-40)"], "2025-03-16", "day", EXP, SUI, None, FC, [], None),
], [])

# ---------------- Hoshab 2022 ----------------
G["bo-014"] = ([
    I(["HOSHAB", "Hoshab"], "Hoshab", "town", "Kech", 26.01, 63.89),
    I(["Zero Point"], "Zero Point (Hoshab)", "site", "Kech", 26.01, 63.89),
    I(["Kech"], "Kech", "district", "Kech"),
], [
    C(["Turbat"], "Turbat", "endpoint of the road project"),
    C(["Sindh"], "Sindh", "province the victims came from"),
    C(["Mirpur Khas"], "Mirpur Khas", "victim's home town"),
    C(["Naushahro Feroze"], "Naushahro Feroze", "victim's home town"),
    C(["Balochistan"], "Balochistan", "province"),
])
V["bo-014"] = ([
    E(["Hoshab", "Zero Point (Hoshab)", "Kech"], "2022-06-20", "day", VAC, ATT, UAG, CIV, [
        K("Levies officials", "police", "killed", "civilian", 2, 2, "Two labourers"),
    ], 2),
], [])

# ---------------- Duki CTD 2025 ----------------
G["bo-015"] = ([
    I(["Duki"], "Duki", "district", "Loralai"),
    I(["Dhabar Pahari"], "Dhabar Pahari", "site", "Loralai"),
], [
    C(["BALOCHISTAN", "Balochistan"], "Balochistan", "province; in the department's name"),
    C(["Quetta"], "Quetta", "where the release was issued; bodies sent there"),
])
V["bo-015"] = ([
    E(["Duki", "Dhabar Pahari"], "2025-04-19", "day", BAT, CLASH, POL, UAG, [
        K("CTD Balochistan", "police", "killed", "militant", 5, 5, "five terrorists"),
    ], 5),
], [])

# ---------------- Awaran / roundup 2014 ----------------
G["bo-016"] = ([
    I(["Jhao"], "Jhao", "town", "Awaran"),
    I(["Awaran"], "Awaran", "district", "Awaran"),
    I(["Kuchlak"], "Kuchlak", "town", "Quetta", 30.40, 66.97),
    I(["Killi Sardar Satakzai"], "Killi Sardar Satakzai", "town", "Kachhi"),
    I(["Machh"], "Mach", "town", "Kachhi", 29.87, 67.33),
    I(["Dera Murad Jamali"], "Dera Murad Jamali", "town", "Nasirabad", 28.55, 68.22),
], [
    C(["QUETTA"], "Quetta", "dateline (bureau report)"),
    C(["Balochistan"], "Balochistan", "province whose districts lost gas supply"),
])
V["bo-016"] = ([
    E(["Jhao", "Awaran"], "2014-01-31", "day", EXP, IED, None, FC, [
        K("the report", "media", "killed", "security", 4, 4, "Four personnel of the Frontier Corps"),
        K("the report", "media", "injured", "security", 3, 3, "three others"),
    ], 4),
    E(["Kuchlak"], "2014-02-01", None, None, None, None, CIV, [], 1),
    E(["Mach", "Killi Sardar Satakzai"], "2014-02-01", None, VAC, ATT, UAG, CIV, [], 1),
    E(["Dera Murad Jamali"], "2014-02-01", None, EXP, IED, None, None, [], 0),
], [])

# ---------------- Sibi 2021 ----------------
G["bo-017"] = ([
    I(["Sangan"], "Sangan", "site", "Sibi"),
    I(["Sibi"], "Sibi", "district", "Sibi"),
    I(["Hulmerg"], "Hulmerg", "site", "Kharan"),
    I(["Kharan"], "Kharan", "district", "Kharan"),
], [
    C(["QUETTA"], "Quetta", "dateline"),
    C(["Lakki Marwat"], "Lakki Marwat", "home district of three soldiers"),
    C(["Bhakkar"], "Bhakkar", "home town of a soldier"),
    C(["Naseerabad"], "Naseerabad", "home of a soldier (not an attack place)"),
    C(["Balochistan"], "Balochistan", "province"),
])
V["bo-017"] = ([
    E(["Sangan", "Sibi"], "2021-06-25", None, BAT, CLASH, UAG, FC, [
        K("ISPR", "military", "killed", "security", 5, 5, "Five soldiers"),
    ], 5),
    E(["Hulmerg", "Kharan"], "2021-06-11", "day", BAT, CLASH, MIL, UAG, [
        K("ISPR", "military", "killed", "security", 1, 1, "a soldier"),
        K("ISPR", "military", "killed", "militant", 2, 2, "two militants"),
    ], 3),
], [])

# ---------------- Gwadar 2018 ----------------
G["bo-018"] = ([
    I(["Gunz"], "Gunz", "town", "Gwadar"),
    I(["Gwadar"], "Gwadar", "district", "Gwadar"),
    I(["Kharan"], "Kharan", "district", "Kharan"),
], [
    C(["QUETTA"], "Quetta", "dateline"),
    C(["Pakistan"], "Pakistan", "country; also inside China-Pakistan Economic Corridor"),
    C(["Baluchistan"], "Balochistan", "province"),
    C(["Jiwani"], "Jiwani", "reference town bounding the stretch of coast"),
    C(["Pishukan"], "Pishukan", "reference town bounding the stretch of coast"),
    C(["Karachi"], "Karachi", "home of some victims"),
    C(["Multan"], "Multan", "home of some victims"),
    C(["Punjab"], "Punjab", "province of Multan"),
    C(["China"], "China", "only inside China-Pakistan Economic Corridor"),
])
V["bo-018"] = ([
    E(["Gunz", "Gwadar"], "2018-10-31", "day", VAC, ATT, UAG, CIV, [
        K("police", "police", "killed", "civilian", 5, 5, "killing five"),
        K("police", "police", "injured", "civilian", 3, 3, "critically wounding three"),
    ], 5),
    E(["Kharan"], "2018-05", "month", VAC, ATT, UAG, CIV, [
        K("the report", "media", "killed", "civilian", 6, 6, "six laborers"),
    ], 6),
], [])

# ---------------- Dera Bugti Levies report 2013 ----------------
G["bo-019"] = ([
    I(["Loti"], "Loti", "site", "Dera Bugti"),
    I(["Dera Bugti"], "Dera Bugti", "district", "Dera Bugti"),
    I(["Pir Koh"], "Pir Koh", "site", "Dera Bugti"),
    I(["Sui"], "Sui", "town", "Dera Bugti", 28.64, 69.18),
], [
    C(["BALOCHISTAN"], "Balochistan", "inside the name Balochistan Levies Force"),
])
V["bo-019"] = ([
    E(["Loti", "Dera Bugti"], "2013-05-30", "day", EXP, IED, None, CIV, [
        K("Levies", "police", "killed", "civilian", 1, 1, "one child"),
        K("Levies", "police", "injured", "civilian", 5, 5, "five other persons"),
    ], 1),
    E(["Pir Koh"], None, None, EXP, IED, None, None, [], None),
    E(["Sui"], None, None, EXP, IED, None, None, [], None),
], [])

# ---------------- Kalat tower 2022 ----------------
G["bo-020"] = ([
    I(["Sheikhri"], "Sheikhri", "town", "Kalat"),
    I(["KALAT", "Kalat"], "Kalat", "district", "Kalat"),
    I(["Johan"], "Johan", "town", "Kalat"),
], [
    C(["Kalat city"], "Kalat (town)", "distance reference ('about 60 kilometres from Kalat city')"),
])
V["bo-020"] = ([
    E(["Sheikhri", "Kalat"], "2022-10-16", "day", EXP, IED, UAG, None, [], 0),
    E(["Johan"], "2022-04", "month", EXP, IED, BLA, None, [], None),
], [])

# ---------------- Kohistan editorial 2012 ----------------
G["bo-021"] = ([
    I(["Karakoram Highway", "KKH"], "Karakoram Highway", "road", None),
    I(["Kohistan"], "Kohistan", "district", None),
    I(["Harban"], "Harban", "town", None),
    I(["Gilgit"], "Gilgit", "town", None, 35.92, 74.31),
    I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
], [
    C(["Rawalpindi"], "Rawalpindi", "origin of the convoy"),
    C(["Dasu"], "Dasu", "district headquarters from where a report was filed"),
    C(["Balochistan"], "Balochistan", "province of Mastung"),
    C(["Swat"], "Swat", "comparison: neighbouring district's past militancy, no specific attack"),
    C(["Gilgit-Baltistan"], "Gilgit-Baltistan", "region as setting of sectarian tension"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "provincial government urged to act"),
    C(["Besham"], "Besham", "reference point for the stretch needing patrols"),
    C(["Chilas"], "Chilas", "reference point for the stretch needing patrols"),
])
V["bo-021"] = ([
    E(["Harban", "Kohistan", "Karakoram Highway"], "2012-02-28", "day", VAC, ATT, "Jundullah", CIV, [
        K("the report", "media", "killed", "civilian", 18, 18, "18 passengers"),
        K("Kohistan police chief", "police", "killed", "civilian", 18, 18, "18 dead"),
        K("Kohistan police chief", "police", "injured", "civilian", 8, 8, "eight wounded"),
        K("Harban police", "police", "killed", "civilian", 16, 16, "the number of dead at 16"),
    ], 16),
    E(["Gilgit"], "2012-02", "month", VAC, ATT, None, CIV, [
        K("the local MNA", "government", "killed", "civilian", 2, 2, "two Sunni men"),
    ], 2),
    E(["Mastung"], "2011-09", "month", VAC, ATT, None, CIV, [], None),
], [])

# ---------------- Shabqadar 2011 ----------------
G["bo-022"] = ([
    I(["SHABQADAR", "Shabqadar"], "Shabqadar", "town", None, 34.22, 71.55),
    I(["Charsadda"], "Charsadda", "district", None),
    I(["Abbottabad"], "Abbottabad", "town", None, 34.15, 73.21),
], [
    C(["Pakistan"], "Pakistan", "country"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "provincial government"),
    C(["Peshawar"], "Peshawar", "wounded taken to hospital there; distance reference"),
    C(["Afghanistan"], "Afghanistan", "threatened future attacks"),
    C(["Islamabad"], "Islamabad", "government"),
    C(["Washington"], "Washington", "government"),
    C(["Mohmand"], "Mohmand", "neighbouring tribal region (general fighting, no specific attack)"),
])
V["bo-022"] = ([
    E(["Shabqadar", "Charsadda"], "2011-05-13", "day", EXP, SUI, TTP, POL, [
        K("the report", "media", "killed", "unspecified", 80, None, "at least 80 people"),
        K("Bashir Ahmad Bilour", "government", "killed", "security", 69, 69, "69 of the dead"),
        K("Bashir Ahmad Bilour", "government", "killed", "civilian", 11, 11, "11 were civilians"),
        K("the report", "media", "injured", "unspecified", 121, None, "More than 120 people"),
    ], 80),
    E(["Abbottabad"], "2011-05-02", "day", BAT, CLASH, "Military Forces of the United States", "al-Qaeda", [], None),
], [])

# ---------------- Taseer judgment 2011 ----------------
G["bo-023"] = ([
    I(["Islamabad"], "Islamabad", "town", None, 33.69, 73.05),
    I(["Sector F-6"], "F-6", "neighbourhood", None, 33.73, 73.08),
    I(["Kohsar Market"], "Kohsar Market", "site", None, 33.73, 73.07),
], [
    C(["Rawalpindi"], "Rawalpindi", "seat of the anti-terrorism court"),
    C(["Adiala jail"], "Adiala jail", "where the trial was held"),
    C(["Punjab"], "Punjab", "in the Governor's title and the police force's name"),
    C(["Pakistan"], "Pakistan", "only inside Pakistan Penal Code"),
])
V["bo-023"] = ([
    E(["Islamabad", "F-6", "Kohsar Market"], "2011-01-04", "day", VAC, ATT, "Malik Mumtaz Hussain Qadri", CIV, [], 1),
], [])

# ---------------- Weinstein 2011 ----------------
G["bo-024"] = ([
    I(["LAHORE", "Lahore"], "Lahore", "town", None, 31.55, 74.34),
    I(["Model Town"], "Model Town", "neighbourhood", None, 31.48, 74.32),
    I(["Abbottabad"], "Abbottabad", "town", None, 34.15, 73.21),
], [
    C(["Pakistan"], "Pakistan", "country"),
    C(["Virginia"], "Virginia", "inside 'Virginia-based' (firm's home)"),
    C(["Islamabad"], "Islamabad", "where the victim had returned from; government"),
    C(["Washington"], "Washington", "government"),
])
V["bo-024"] = ([
    E(["Lahore", "Model Town"], "2011-08-13", "day", VAC, ABD, UAG, CIV, [
        K("the report", "media", "abducted", "civilian", 1, 1, "an American development expert"),
    ], 0),
    E(["Abbottabad"], "2011-05", "month", BAT, CLASH, "Military Forces of the United States", "al-Qaeda", [], None),
    E(["Lahore"], "2011-01", "month", VAC, ATT, "Raymond Davis", CIV, [
        K("the report", "media", "killed", "civilian", 2, 2, "two Pakistani men"),
    ], 2),
], [])

# ---------------- Sargodha 2024 ----------------
G["bo-025"] = ([
    I(["SARGODHA", "Sargodha"], "Sargodha", "town", None, 32.08, 72.67),
    I(["Mujahid Colony"], "Mujahid Colony", "neighbourhood", None, 32.08, 72.67),
    I(["Jaranwala"], "Jaranwala", "town", None, 31.33, 73.42),
], [
    C(["Rawalpindi"], "Rawalpindi", "hospital where the victim was treated and died"),
    C(["Gillwala"], "Gillwala", "graveyard where he was buried"),
])
V["bo-025"] = ([
    E(["Sargodha", "Mujahid Colony"], "2024-05-25", "day", "Riots", "Mob violence", "Rioters (Pakistan)", CIV, [
        K("police", "police", "arrested", "unspecified", 25, None, "More than two dozen people"),
        K("police", "police", "injured", "security", 11, None, "More than ten police officials"),
    ], 1),
    E(["Jaranwala"], "2023-08", "month", "Riots", "Mob violence", "Rioters (Pakistan)", CIV, [], 0),
], [])

# ---------------- Gadani profile 2024 ----------------
G["bo-026"] = ([
    I(["Korai Goth"], "Korai Goth", "town", None),
    I(["Sukkur"], "Sukkur", "town", None, 27.70, 68.86),
], [
    C(["MIRPUR MATHELO", "Mirpur Mathelo"], "Mirpur Mathelo", "dateline; victim's work town; distance reference; hospital"),
    C(["Qabool Gadani"], "Qabool Gadani", "victim's native village and burial place"),
    C(["Ghotki"], "Ghotki", "district of the victim's base"),
    C(["Hyderabad"], "Hyderabad", "prison where he was once held; protest rally"),
    C(["Sindh"], "Sindh", "province (government, assembly)"),
    C(["Rahim Yar Khan"], "Rahim Yar Khan", "hospital where he had surgery"),
    C(["Karachi"], "Karachi", "hospital where he died"),
    C(["National Highway"], "National Highway (N-5)", "blocked by protesters; no violence"),
    C(["Larkana"], "Larkana", "journalists' rally"),
    C(["Thatta"], "Thatta", "journalists' rally"),
    C(["Sujawal"], "Sujawal", "journalists' rally"),
])
V["bo-026"] = ([
    E(["Korai Goth"], "2024-05-21", "day", VAC, ATT, UAG, CIV, [
        K("Home Minister Ziaul Hassan Lanjar", "government", "arrested", "unspecified", 3, 3, "three suspects"),
    ], 1),
    E(["Sukkur"], "2023-08", "month", VAC, ATT, UAG, CIV, [], 1),
], [])

# ---------------- Karachi Japanese 2024 ----------------
G["bo-027"] = ([
    I(["KARACHI"], "Karachi", "town", None, 24.86, 67.01),
    I(["Landhi"], "Landhi", "neighbourhood", None, 24.84, 67.20),
    I(["Murtaza Chowrangi"], "Murtaza Chowrangi", "site", None, 24.85, 67.17),
    I(["Besham"], "Besham", "town", None, 34.93, 72.87),
    I(["Shangla"], "Shangla", "district", None),
], [
    C(["Zamzama"], "Zamzama", "the victims' residence"),
    C(["Clifton"], "Clifton", "the victims' residence area"),
    C(["Sharafi Goth"], "Sharafi Goth", "inside the name of the police station whose patrol responded"),
    C(["Panjgur"], "Panjgur", "home of one of the attackers"),
])
V["bo-027"] = ([
    E(["Karachi", "Landhi", "Murtaza Chowrangi"], "2024-04-19", "day", EXP, SUI, UAG, CIV, [
        K("the report", "media", "killed", "civilian", 1, 1, "A private security guard"),
        K("the report", "media", "injured", "civilian", 2, 2, "two passers-by"),
    ], 3),
    E(["Besham", "Shangla"], "2024-03-26", "day", EXP, SUI, UAG, CIV, [
        K("the report", "media", "killed", "civilian", 5, 5, "five Chinese engineers"),
        K("the report", "media", "killed", "civilian", 1, 1, "their Pakistani driver"),
    ], 6),
], [])

# ---------------- KP polio Oct 2024 ----------------
G["bo-028"] = ([
    I(["Mullakhel Dabori"], "Mullakhel Dabori", "town", None),
    I(["Orakzai"], "Orakzai", "district", None),
    I(["Darre Wal Banda"], "Darre Wal Banda", "town", None),
    I(["Kohat"], "Kohat", "district", None),
    I(["Lakki Marwat"], "Lakki Marwat", "district", None),
    I(["Tank"], "Tank", "district", None),
], [
    C(["PESHAWAR"], "Peshawar", "dateline"),
    C(["Pakistan"], "Pakistan", "country (polio statistics)"),
    C(["Balochistan"], "Balochistan", "province in polio statistics"),
    C(["Sindh"], "Sindh", "province in polio statistics"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province in polio statistics"),
])
V["bo-028"] = ([
    E(["Mullakhel Dabori", "Orakzai"], "2024-10-29", "day", BAT, CLASH, UAG, POL, [
        K("police", "police", "killed", "security", 2, 2, "Two police constables"),
        K("police sources", "police", "killed", "militant", 3, 3, "three of them"),
        K("police sources", "police", "arrested", "militant", 1, 1, "a fourth"),
        K("police sources", "police", "arrested", "unspecified", 3, 3, "Three suspects"),
    ], 5),
    E(["Darre Wal Banda", "Kohat"], "2024-10-29", "day", BAT, CLASH, UAG, POL, [
        K("police spokesman Fazal Naeem", "police", "arrested", "unspecified", 3, 3, "three suspects"),
    ], 0),
    E(["Lakki Marwat"], "2024-10-29", "day", BAT, CLASH, UAG, POL, [
        K("the report", "media", "killed", "security", 1, 1, "a policeman"),
    ], 1),
    E(["Tank"], "2024-10-29", "day", BAT, CLASH, UAG, POL, [
        K("the report", "media", "killed", "security", 1, 1, "a second policeman"),
    ], 1),
], [])

# ---------------- Diamer 2025 ----------------
G["bo-029"] = ([
    I(["Thore Road"], "Thore Road", "road", None),
    I(["Diamer"], "Diamer", "district", None),
    I(["CHILAS", "Chilas"], "Chilas", "town", None, 35.42, 74.10),
    I(["Karakoram Highway"], "Karakoram Highway", "road", None),
], [
    C(["Dera Ismail Khan"], "Dera Ismail Khan", "soldier's home town"),
    C(["Gilgit-Baltistan"], "Gilgit-Baltistan", "in the chief minister's title"),
    C(["Islamabad"], "Islamabad", "destination in 'Islamabad-bound'"),
])
V["bo-029"] = ([
    E(["Thore Road", "Diamer"], "2025-07-20", None, BAT, CLASH, UAG, POL, [
        K("police", "police", "killed", "security", 1, 1, "A soldier"),
    ], 1),
    E(["Chilas", "Karakoram Highway"], "2023-12", "month", VAC, ATT, UAG, CIV, [
        K("the report", "media", "killed", "civilian", 9, 9, "nine people"),
        K("the report", "media", "injured", "civilian", 21, None, "more than 20"),
    ], 9),
], [])

# ---------------- Domki follow-up 2012 ----------------
G["bo-030"] = ([
    I(["KARACHI", "Karachi"], "Karachi", "town", None, 24.86, 67.01),
    I(["Clifton"], "Clifton", "neighbourhood", None, 24.81, 67.03),
    I(["Gizri"], "Gizri", "neighbourhood", None, 24.82, 67.05),
    I(["Kohlu"], "Kohlu", "district", "Kohlu"),
], [
    C(["ISLAMABAD"], "Islamabad", "dateline; seat of the Supreme Court"),
    C(["Sindh"], "Sindh", "in the police chief's title"),
    C(["Balochistan"], "Balochistan", "province; assembly; strike"),
    C(["Quetta"], "Quetta", "shutter-down strike"),
    C(["Dera Murad Jamali"], "Dera Murad Jamali", "tribal rally"),
    C(["Pakistan"], "Pakistan", "inside Human Rights Commission of Pakistan"),
])
V["bo-030"] = ([
    E(["Karachi", "Clifton", "Gizri"], "2012-01-31", "day", VAC, ATT, UAG, CIV, [
        K("the report", "media", "killed", "civilian", 3, 3, "The three"),
    ], 3),
    E(["Kohlu"], "2006-08", "month", BAT, CLASH, MIL, None, [], None),
], [])

ids = sorted(G)
gold = [{"id": i, "incident_places": G[i][0], "context_places": G[i][1]} for i in ids]
events = [{"id": i, "events": V[i][0], "aggregate_claims": V[i][1]} for i in ids]
with open("blind-o.gold.json", "w") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False)
with open("blind-o.events.gold.json", "w") as f:
    json.dump(events, f, indent=1, ensure_ascii=False)
print(len(gold), "reports;", sum(len(g["incident_places"]) for g in gold), "incident places;",
      sum(len(g["context_places"]) for g in gold), "context places;",
      sum(len(e["events"]) for e in events), "events;",
      sum(len(ev["claims"]) for e in events for ev in e["events"]) + sum(len(e["aggregate_claims"]) for e in events), "claims")
