#!/usr/bin/env python3
"""Builds blind-n.gold.json and blind-n.events.gold.json from the annotations below.
Run from the set folder: python3 build_gold.py"""
import json, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
SET = "blind-n"

def I(surface, place, kind, district=None, lat=None, lon=None):
    if isinstance(surface, str): surface = [surface]
    return {"surface": surface, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}

def C(surface, place, why):
    if isinstance(surface, str): surface = [surface]
    return {"surface": surface, "place": place, "why": why}

def K(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}

def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": claims, "fatalities": fat}

VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
BAT, CLASH = "Battles", "Armed clash"
EXP, IED, SUI, GREN, SHELL, AIR = ("Explosions/Remote violence", "Remote explosive/landmine/IED",
    "Suicide bomb", "Grenade", "Shelling/artillery/missile attack", "Air/drone strike")
SD, LOOT, ARR, OTH = "Strategic developments", "Looting/property destruction", "Arrests", "Other"
PRO, PEACE = "Protests", "Peaceful protest"
UAG, TTP, CIV = "Unidentified Armed Group", "Tehreek-e-Taliban Pakistan", "Civilians"
MIL, POL, FC, LEV = "Military Forces of Pakistan", "Police Forces of Pakistan", "Frontier Corps", "Levies Force"

R = {}  # id -> (incident, context, events, aggregate_claims)

# ---------------------------------------------------------------- Balochistan
R["bn-001"] = (
 [I("Mastung", "Mastung", "district", "Mastung"),
  I("Ganjidori", "Ganjidori", "site", "Mastung"),
  I("Quetta-Taftan road", "Quetta-Taftan road", "road", None),
  I(["Quetta", "QUETTA"], "Quetta", "town", "Quetta", 30.18, 67.00),
  I("Akhtarabad", "Akhtarabad", "neighbourhood", "Quetta")],
 [C("Taftan", "Taftan", "destination of the bus; not attacked there"),
  C("Iran", "Iran", "destination country of the pilgrims"),
  C("Bolan", "Bolan", "only inside a hospital's name (Bolan Medical Complex)"),
  C("Balochistan", "Balochistan", "province as overall setting"),
  C("Pakistan", "Pakistan", "country as overall setting")],
 [E(["Mastung", "Ganjidori", "Quetta-Taftan road"], "2011-09-20", "day", VAC, ATT, "Lashkar-e-Jhangvi", CIV,
    [K("officials", "government", "killed", "civilian", 26, 26, "26 of them"),
     K("Mastung deputy commissioner", "government", "injured", "civilian", 6, None, "At least six people")], 26),
  E(["Quetta", "Akhtarabad"], "2011-09-20", "day", VAC, ATT, "Lashkar-e-Jhangvi", CIV,
    [K("police", "police", "killed", "civilian", 3, 3, "three men"),
     K("police", "police", "injured", "civilian", 1, 1, "a fourth")], 3),
  E(["Quetta"], "2010-09", "month", EXP, SUI, None, CIV,
    [K("the report", "media", "killed", "civilian", 57, None, "at least 57 people")], 57),
  E(["Quetta"], "2011-08", "month", EXP, SUI, None, CIV,
    [K("the report", "media", "killed", "civilian", 13, 13, "13 people")], 13)],
 [])

R["bn-002"] = (
 [I(["Loralai", "LORALAI"], "Loralai", "town", "Loralai", 30.37, 68.60)],
 [C("ISLAMABAD", "Islamabad", "dateline (publisher location)"),
  C("Pakistan", "Pakistan", "only inside an organisation's name (Tehreek-i-Taliban Pakistan)"),
  C("Balochistan", "Balochistan", "province as setting"),
  C("Punjab", "Punjab", "geographic reference for the road through the district")],
 [E(["Loralai"], "2019-01-01", "day", BAT, CLASH, TTP, FC,
    [K("ISPR", "military", "killed", "militant", 4, 4, "four heavily armed terrorists"),
     K("ISPR", "military", "killed", "security", 4, 4, "Four security personnel"),
     K("ISPR", "military", "injured", "security", 2, 2, "two others were injured")], 8)],
 [])

R["bn-003"] = (
 [I("Spin Boldak", "Spin Boldak", "district", None),
  I("Chaman", "Chaman", "town", "Qilla Abdullah", 30.92, 66.45)],
 [C(["Kandahar", "KANDAHAR"], "Kandahar", "dateline and Afghan province named as setting / in the governor's title"),
  C("Durand Line", "Durand Line", "border line named as setting of the crossing"),
  C("Islamabad", "Islamabad", "government acting (reopened the crossing)"),
  C("Kabul", "Kabul", "seat of the Afghan Ministry of Defence speaking")],
 [E(["Spin Boldak"], "2020-07-30", "day", EXP, SHELL, MIL, CIV,
    [K("Kandahar provincial officials", "government", "killed", "civilian", 15, 15, "Fifteen civilians"),
     K("Kandahar provincial officials", "government", "injured", "civilian", 80, 80, "about 80 others"),
     K("Afghan Ministry of Defence", "military", "killed", "civilian", 9, 9, "nine")], 9),
  E(["Chaman"], "2020-07-30", "day", BAT, CLASH, "Military Forces of Afghanistan", MIL,
    [K("hospital officials in Chaman", "medical", "killed", "unspecified", 7, 7, "seven people dead"),
     K("hospital officials in Chaman", "medical", "injured", "unspecified", 31, 31, "31 treated for gunshot wounds")], 7)],
 [])

R["bn-004"] = (
 [I("Kech", "Kech", "district", "Kech"),
  I("Dasht", "Dasht", "region", "Kech"),
  I("Shikarpur", "Shikarpur", "town", None, 27.96, 68.64),
  I("Bannu", "Bannu", "town", None, 32.99, 70.60)],
 [C("QUETTA", "Quetta", "dateline"),
  C("Balochistan", "Balochistan", "province as setting"),
  C("Pakistan", "Pakistan", "country as setting"),
  C("Qatar", "Qatar", "origin country of the hunting party"),
  C("Turbat", "Turbat", "reference point and where the wounded were taken"),
  C("Gwadar", "Gwadar", "reference point (between Turbat and Gwadar)"),
  C("Gulf states", "Gulf states", "origin region of visiting hunters"),
  C("Sindh", "Sindh", "province named as setting of Shikarpur"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province named as setting of Bannu")],
 [E(["Kech", "Dasht"], "2024-12-25", "day", EXP, IED, UAG, FC,
    [K("local officials", "government", "killed", "security", 2, 2, "two paramilitary soldiers"),
     K("local officials", "government", "injured", "security", 4, 4, "wounding four"),
     K("Hameed Korai, assistant commissioner of Dasht", "government", "killed", "security", 2, 2, "Two FC personnel"),
     K("Hameed Korai, assistant commissioner of Dasht", "government", "injured", "security", 4, 4, "four were injured")], 2),
  E(["Shikarpur"], "2024-12-25", "day", BAT, CLASH, UAG, POL,
    [K("the report", "media", "killed", "security", 2, 2, "two police constables")], 2),
  E(["Bannu"], "2024-12-25", "day", BAT, CLASH, UAG, POL,
    [K("the report", "media", "killed", "security", 1, 1, "a head constable")], 1)],
 [])

R["bn-005"] = (
 [I(["Panjgur", "PANJGUR"], "Panjgur", "district", "Panjgur"),
  I("Paroom", "Paroom", "region", "Panjgur"),
  I("Khudabadan", "Khudabadan", "town", "Panjgur"),
  I("Duki", "Duki", "town", "Loralai", 30.15, 68.57)],
 [C("ISLAMABAD", "Islamabad", "dateline"),
  C("Balochistan", "Balochistan", "province as setting / in official titles"),
  C("Multan", "Multan", "home town of earlier victims")],
 [E(["Panjgur", "Paroom"], "2024-10-28", "day", VAC, ATT, UAG, CIV,
    [K("the report", "media", "killed", "civilian", 5, None, "At least five people"),
     K("the report", "media", "injured", "civilian", 2, 2, "two others injured")], 5),
  E(["Panjgur", "Khudabadan"], "2024-09", "month", VAC, ATT, UAG, CIV,
    [K("the report", "media", "killed", "civilian", 7, 7, "seven labourers")], 7),
  E(["Duki"], "2024-10", "month", VAC, ATT, UAG, CIV,
    [K("the report", "media", "killed", "civilian", 21, 21, "21 coal miners")], 21)],
 [])

R["bn-006"] = (
 [I(["Gwadar", "GWADAR"], "Gwadar", "district", "Gwadar"),
  I("Kalmat", "Kalmat", "town", "Gwadar"),
  I("Makran Coastal Highway", "Makran Coastal Highway", "road", None),
  I("Tajaban", "Tajaban", "town", "Kech"),
  I("Mangochar", "Mangochar", "town", "Kalat"),
  I("Kalat", "Kalat", "district", "Kalat"),
  I("Noshki", "Nushki", "district", "Nushki"),
  I("Bolan", "Bolan", "region", "Kachhi"),
  I("Kolpur", "Kolpur", "town", "Kachhi"),
  I("Mastung", "Mastung", "town", "Mastung", 29.80, 66.85)],
 [C("Karachi", "Karachi", "destination of the bus (Karachi-bound)"),
  C("Punjab", "Punjab", "home province of the victims"),
  C("Multan", "Multan", "home town of a victim"),
  C("Pasni", "Pasni", "reference point and where bodies were taken"),
  C("Ormara", "Ormara", "reference point"),
  C("Sadiqabad", "Sadiqabad", "home town of earlier victims"),
  C("Balochistan", "Balochistan", "only inside an organisation's name (Balochistan Liberation Army)")],
 [E(["Gwadar", "Kalmat", "Makran Coastal Highway"], "2025-03-26", "day", VAC, ATT, UAG, CIV,
    [K("officials", "government", "killed", "civilian", 5, 5, "five men"),
     K("Gwadar Deputy Commissioner", "government", "injured", "civilian", 1, 1, "one more passenger"),
     K("local administration official", "government", "abducted", "civilian", 3, 3, "three other passengers")], 5),
  E(["Tajaban"], "2025-03-26", "day", SD, LOOT, UAG, None, [], 0),
  E(["Kalat", "Mangochar"], "2025-03", "month", VAC, ATT, UAG, CIV,
    [K("the report", "media", "killed", "civilian", 4, 4, "four labourers")], 4),
  E(["Nushki"], "2025-03", "month", BAT, CLASH, UAG, POL,
    [K("the report", "media", "killed", "security", 4, 4, "four policemen")], 4),
  E(["Bolan"], "2025-03-26", "day", SD, OTH, UAG, None, [], None),
  E(["Kolpur"], "2025-03-26", "day", SD, OTH, UAG, None, [], None),
  E(["Mastung"], "2025-03-26", "day", SD, OTH, UAG, None, [], None)],
 [])

R["bn-007"] = (
 [I(["Mastung", "MASTUNG"], "Mastung", "district", "Mastung"),
  I("Dasht", "Dasht", "region", "Mastung"),
  I("Gondain", "Gondain", "site", "Mastung"),
  I("Dasht cement factory", "Dasht cement factory", "site", "Mastung"),
  I("Quetta-Sibi highway", "Quetta-Sibi highway", "road", None)],
 [C("Kolpur", "Kolpur", "end point naming the blocked stretch of highway"),
  C("Quetta", "Quetta", "only inside the road's name"),
  C("Sibi", "Sibi", "only inside the road's name")],
 [E(["Mastung", "Dasht", "Gondain", "Dasht cement factory", "Quetta-Sibi highway"], "2025-01-09", "day",
    SD, LOOT, UAG, LEV, [], 0)],
 [])

R["bn-008"] = (
 [I(["Dera Murad Jamali", "DERA MURAD JAMALI"], "Dera Murad Jamali", "town", "Nasirabad", 28.55, 68.22),
  I("Benazir Bhutto Medical College", "Benazir Bhutto Medical College", "site", "Nasirabad"),
  I("Mangocher", "Mangochar", "town", "Kalat"),
  I("Badrang", "Badrang", "site", "Kalat"),
  I("Hub", "Hub", "town", "Lasbela", 25.05, 66.88),
  I("Jam Colony", "Jam Colony", "neighbourhood", "Lasbela"),
  I("Ziarat", "Ziarat", "district", "Ziarat")],
 [C("KHUZDAR", "Khuzdar", "dateline only"),
  C("Sheikhri", "Sheikhri", "home village of a victim"),
  C("Johan", "Johan", "home area of a victim"),
  C("Kalat", "Kalat", "district named only as a victim's origin (Johan area of Kalat district)")],
 [E(["Dera Murad Jamali", "Benazir Bhutto Medical College"], "2025-11-23", "day", BAT, CLASH, UAG, MIL,
    [K("officials", "government", "injured", "militant", 3, 3, "Three suspected militants")], 0),
  E(["Mangochar", "Badrang"], "2025-11-23", "day", VAC, ATT, UAG, CIV,
    [K("police", "police", "killed", "civilian", 2, 2, "two men")], 2),
  E(["Hub", "Jam Colony"], "2025-11-24", None, VAC, ATT, UAG, CIV,
    [K("police", "police", "killed", "civilian", 2, 2, "a woman and a young man")], 2),
  E(["Ziarat"], "2025-11-23", "day", SD, ARR, MIL, UAG,
    [K("security forces", "military", "arrested", "militant", 5, 5, "five armed men")], 0)],
 [])

R["bn-009"] = (
 [I("Machh", "Mach", "town", "Kachhi", 29.87, 67.33),
  I("Bolan", "Bolan", "district", "Kachhi"),
  I("Bibi Nani", "Bibi Nani", "site", "Kachhi")],
 [C(["QUETTA", "Quetta"], "Quetta", "dateline; where the victim was referred; named for the power cut; inside Quetta Electric Supply Company"),
  C("Balochistan", "Balochistan", "province as setting")],
 [E(["Bolan", "Mach"], "2013-07-23", "day", EXP, IED, UAG, CIV,
    [K("Qesco spokesman", "other", "killed", "civilian", 1, 1, "a member of the repair team")], 1),
  E(["Bolan", "Bibi Nani"], "2013-07-18", "day", EXP, IED, UAG, None, [], 0)],
 [K("Qesco", "other", "killed", "civilian", 5, 5, "Five workers of Qesco and the NTDC")])

R["bn-010"] = (
 [I("Killa Saifullah", "Qilla Saifullah", "town", "Qilla Saifullah", 30.70, 68.36),
  I("Junction Chowk", "Junction Chowk", "site", "Qilla Saifullah"),
  I("Pishin", "Pishin", "district", "Pishin")],
 [C("Zhob", "Zhob", "named as a calm district and a protest location"),
  C("Makran", "Makran", "region named for general comparison"),
  C("Kalat", "Kalat", "inside 'Kalat division', general comparison"),
  C("Quetta", "Quetta", "protest location"),
  C("Ziarat", "Ziarat", "protest location"),
  C("Balochistan", "Balochistan", "province as setting")],
 [E(["Qilla Saifullah", "Junction Chowk"], "2018-09-16", "day", BAT, CLASH, UAG, LEV, [], 1),
  E(["Qilla Saifullah"], "2018-09-18", "day", BAT, CLASH, UAG, LEV,
    [K("the report", "media", "killed", "security", 2, 2, "Two of them"),
     K("the report", "media", "killed", "security", 1, 1, "the third")], 3),
  E(["Pishin"], "2018-09-22", None, BAT, CLASH, UAG, LEV,
    [K("the report", "media", "killed", "security", 3, 3, "three Levies personnel")], 3)],
 [])

R["bn-011"] = (
 [I(["Khuzdar", "KHUZDAR"], "Khuzdar", "district", "Khuzdar"),
  I("Wadh", "Wadh", "town", "Khuzdar", 27.35, 66.37),
  I("Kararo", "Kararo", "site", "Khuzdar"),
  I("Quetta-Karachi highway", "Quetta-Karachi highway", "road", None)],
 [C("Quetta", "Quetta", "origin of the elder's journey"),
  C("Hub", "Hub", "destination of the elder's journey"),
  C("Karachi", "Karachi", "traffic destination / inside the road's name")],
 [E(["Khuzdar", "Wadh", "Kararo", "Quetta-Karachi highway"], "2024-11-14", "day", BAT, CLASH, UAG,
    "tribal elder's guards",
    [K("the report", "media", "killed", "unspecified", 4, 4, "Four people"),
     K("Khuzdar deputy commissioner", "government", "killed", "unspecified", 4, 4, "Meharullah and three others")], 4)],
 [])

R["bn-012"] = (
 [I(["Dera Bugti", "DERA BUGTI"], "Dera Bugti", "district", "Dera Bugti")],
 [C("Sui", "Sui", "where the injured were taken"),
  C("Balochistan", "Balochistan", "province as setting")],
 [E(["Dera Bugti"], "2012-11-01", "day", EXP, IED, UAG, CIV,
    [K("officials", "government", "killed", "civilian", 3, 3, "three people"),
     K("officials", "government", "injured", "civilian", 3, 3, "three other women")], 3)],
 [])

R["bn-013"] = (
 [I("Kharan", "Kharan", "town", "Kharan", 28.58, 65.42),
  I("Chief Chowk", "Chief Chowk", "site", "Kharan"),
  I("Panjgur", "Panjgur", "town", "Panjgur", 26.97, 64.09),
  I("Chitkan", "Chitkan", "neighbourhood", "Panjgur")],
 [C("Balochistan", "Balochistan", "in the chief minister's title / province as setting")],
 [E(["Kharan", "Chief Chowk"], "2021-11-02", "day", EXP, IED, UAG, CIV,
    [K("local sources", "local", "injured", "unspecified", 13, 13, "Thirteen people"),
     K("police", "police", "injured", "unspecified", 11, 11, "11")], 0),
  E(["Panjgur", "Chitkan"], "2021-10-31", "day", EXP, IED, None, None, [], None)],
 [])

R["bn-014"] = (
 [I(["Qilla Abdullah", "QILLA ABDULLAH"], "Qilla Abdullah", "town", "Qilla Abdullah", 30.73, 66.65)],
 [],
 [E(["Qilla Abdullah"], "2021-04-28", "day", EXP, IED, UAG, POL,
    [K("the report", "media", "killed", "security", 1, 1, "one policeman"),
     K("the report", "media", "injured", "unspecified", 4, 4, "four other people")], 1),
  E(["Qilla Abdullah"], "2019", "year", EXP, IED, None, CIV, [], None)],
 [])

R["bn-015"] = (
 [I(["Gwadar", "GWADAR"], "Gwadar", "district", "Gwadar"),
  I("Koldan", "Koldan", "site", "Gwadar")],
 [C("Jiwani", "Jiwani", "in the slain official's title (tehsildar of Jiwani)"),
  C(["TURBAT", "Turbat"], "Turbat", "dateline and home of victims' families"),
  C("Mozo", "Mozo", "where the convoy was returning from"),
  C("Iran", "Iran", "reference (border area near Iran)"),
  C("Europe", "Europe", "where exiled leaders live"),
  C("Balochistan", "Balochistan", "in the minister's title and an organisation's name")],
 [E(["Gwadar", "Koldan"], "2016-08-25", "day", BAT, CLASH, UAG, LEV,
    [K("the report", "media", "killed", "unspecified", 7, 7, "Seven people"),
     K("the report", "media", "killed", "security", 6, 6, "six Levies personnel"),
     K("the report", "media", "injured", "security", 4, 4, "four wounded")], 7)],
 [])

# ---------------------------------------------------------------- KP wave (14-17 March 2025)
R["bn-016"] = (
 [I("Karak", "Karak", "district"),
  I("Takht-e-Nasrati", "Takht-e-Nasrati", "town"),
  I("Khurram", "Khurram", "town"),
  I("Peshawar", "Peshawar", "district"),
  I("Pajgi", "Pajgi", "site"),
  I("Bannu", "Bannu", "district"),
  I("Lakki Marwat", "Lakki Marwat", "district")],
 [C("Rawalpindi", "Rawalpindi", "place of issue of the press release"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province as setting"),
  C("Pakistan", "Pakistan", "country as setting")],
 [E(["Karak", "Takht-e-Nasrati"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("ISPR", "military", "killed", "security", 1, 1, "Sub Inspector Islam Noor Khan")], 1),
  E(["Karak", "Khurram"], "2025-03-15", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Karak"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("ISPR", "military", "killed", "militant", 1, 1, "one kharji"),
     K("ISPR", "military", "killed", "civilian", 1, 1, "A private security guard")], 2),
  E(["Peshawar", "Pajgi"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("ISPR", "military", "killed", "security", 1, 1, "Constable Nazar Ali")], 1),
  E(["Bannu"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Lakki Marwat"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0)],
 [])

R["bn-017"] = (
 [I(["Peshawar", "PESHAWAR"], "Peshawar", "district"),
  I(["Karak", "KARAK"], "Karak", "district"),
  I("Bannu", "Bannu", "district"),
  I(["Dera Ismail Khan", "D.I. Khan"], "Dera Ismail Khan", "district"),
  I("Khyber", "Khyber", "district"),
  I("Bajaur", "Bajaur", "district"),
  I("Takht-e-Nasrati", "Takht-e-Nasrati", "town"),
  I("Khurram", "Khurram", "town"),
  I("Isak Khumari", "Isak Khumari", "site"),
  I("Pajagi", "Pajgi", "site"),
  I("Lakki Marwat", "Lakki Marwat", "district"),
  I("Dadiwala", "Dadiwala", "town"),
  I("Pezo", "Pezu", "town"),
  I("Landiwah Road", "Landiwah Road", "road"),
  I("Khojri", "Khojri", "site"),
  I("Ghoriwala", "Ghoriwala", "town"),
  I("Bakakhel", "Bakakhel", "town"),
  I("Mohmand", "Mohmand", "district"),
  I("Bannu Cantonment", "Bannu Cantonment", "site")],
 [C("Teri", "Teri", "where the injured guard was taken"),
  C("Pakistan", "Pakistan", "only inside an organisation's name (Tehreek-i-Taliban Pakistan)"),
  C("Machni Gate", "Machni Gate", "only in the name of the police station the outpost belongs to"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province as setting")],
 [E(["Karak", "Takht-e-Nasrati"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("police", "police", "killed", "security", 1, 1, "Sub-inspector Islam Noor Khan")], 1),
  E(["Karak", "Khurram"], "2025-03-15", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Karak", "Isak Khumari"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("police", "police", "killed", "civilian", 1, 1, "a security guard"),
     K("police", "police", "killed", "militant", 1, 1, "one of them")], 2),
  E(["Peshawar", "Pajgi"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("police", "police", "killed", "security", 1, 1, "Constable Nazar Ali")], 1),
  E(["Bannu"], "2025-03-15", "day", None, None, None, POL, [], None),
  E(["Dera Ismail Khan"], "2025-03-15", "day", None, None, None, POL, [], None),
  E(["Khyber"], "2025-03-15", "day", None, None, None, POL, [], None),
  E(["Bajaur"], "2025-03-15", "day", None, None, None, POL, [], None),
  E(["Lakki Marwat", "Dadiwala"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Lakki Marwat", "Pezu"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Lakki Marwat", "Landiwah Road"], "2025-03-14", "day", EXP, IED, TTP, POL,
    [K("police", "police", "injured", "security", 2, 2, "two policemen"),
     K("police", "police", "killed", "militant", 1, 1, "one attacker")], 1),
  E(["Bannu", "Khojri"], "2025-03-14", "day", EXP, GREN, TTP, POL, [], 0),
  E(["Bannu", "Ghoriwala"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Bannu", "Bakakhel"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Mohmand"], "2025-03-14", "day", None, None, None, None, [], None),
  E(["Bajaur"], "2025-03-14", "day", None, None, None, None, [], None),
  E(["Bannu", "Bannu Cantonment"], "2025-03", "month", EXP, SUI, None, None, [], None)],
 [K("police sources", "police", "killed", "security", 3, 3, "three policemen"),
  K("police sources", "police", "injured", "security", 2, 2, "two injured"),
  K("police sources", "police", "killed", "civilian", 1, 1, "a civilian was killed"),
  K("police sources", "police", "injured", "civilian", 3, 3, "three others wounded"),
  K("officials in Karak and Peshawar", "police", "killed", "security", 2, 2, "two police deaths"),
  K("officials in Karak and Peshawar", "police", "killed", "civilian", 1, 1, "a private security guard")])

R["bn-018"] = (
 [I("Lakki Marwat", "Lakki Marwat", "district"),
  I("Dadiwala", "Dadiwala", "town"),
  I("Pezo", "Pezu", "town"),
  I("Landiwah Road", "Landiwah Road", "road"),
  I("Gambila", "Gambila", "town"),
  I("Bannu", "Bannu", "district"),
  I("Khojri", "Khojri", "site"),
  I("Ghoriwala", "Ghoriwala", "town"),
  I("Bakakhel", "Bakakhel", "town"),
  I("Karak", "Karak", "district"),
  I("Takht-e-Nasrati", "Takht-e-Nasrati", "town"),
  I("Khurram", "Khurram", "town"),
  I("Isak Khumari", "Isak Khumari", "site"),
  I("Peshawar", "Peshawar", "district"),
  I("Pajgi", "Pajgi", "site"),
  I("Malazai", "Malazai", "neighbourhood"),
  I("Bajaur", "Bajaur", "district"),
  I("Mohmand", "Mohmand", "district"),
  I("D.I. Khan", "Dera Ismail Khan", "district"),
  I("Khyber", "Khyber", "district"),
  I("Bannu Cantonment", "Bannu Cantonment", "site")],
 [C(["Khyber Pakhtunkhwa", "KP"], "Khyber Pakhtunkhwa", "province covered by the brief"),
  C("Balochistan", "Balochistan", "province covered in another brief"),
  C("Pakistan", "Pakistan", "only inside an organisation's name (Tehreek-i-Taliban Pakistan)"),
  C("Machni Gate", "Machni Gate", "only in the name of the police station the checkpost belongs to")],
 [E(["Lakki Marwat", "Dadiwala"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Lakki Marwat", "Pezu"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Lakki Marwat", "Landiwah Road"], "2025-03-14", "day", EXP, IED, TTP, POL,
    [K("the report", "media", "injured", "security", 2, 2, "2 police injured"),
     K("the report", "media", "killed", "militant", 1, 1, "1 militant killed")], 1),
  E(["Lakki Marwat", "Gambila"], "2025-03-16", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Bannu", "Khojri"], "2025-03-14", "day", EXP, GREN, TTP, POL, [], 0),
  E(["Bannu", "Ghoriwala"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Bannu", "Bakakhel"], "2025-03-14", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Bannu"], "2025-03-15", "day", None, None, TTP, POL, [], 0),
  E(["Karak", "Takht-e-Nasrati"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("the report", "media", "killed", "security", 1, 1, "1 police killed")], 1),
  E(["Karak", "Khurram"], "2025-03-15", "day", BAT, CLASH, TTP, POL, [], 0),
  E(["Karak", "Isak Khumari"], "2025-03-15", "day", BAT, CLASH, TTP, POL,
    [K("the report", "media", "killed", "civilian", 1, 1, "1 guard killed"),
     K("the report", "media", "injured", "civilian", 1, 1, "1 injured"),
     K("the report", "media", "killed", "militant", 1, 1, "1 attacker killed")], 2),
  E(["Peshawar", "Pajgi"], "2025-03-15", "day", BAT, CLASH, None, POL,
    [K("the report", "media", "killed", "security", 1, 1, "(1 police killed)")], 1),
  E(["Peshawar", "Malazai"], "2025-03-16", "day", EXP, GREN, None, POL, [], 0),
  E(["Bajaur"], "2025-03-15", "day", None, None, None, None, [], None),
  E(["Mohmand"], "2025-03", "month", None, None, None, None, [], None),
  E(["Dera Ismail Khan"], "2025-03", "month", None, None, None, None, [], None),
  E(["Khyber"], "2025-03", "month", None, None, None, None, [], None),
  E(["Bannu", "Bannu Cantonment"], "2025-03-04", "day", EXP, SUI, None, None, [], None)],
 [K("the report", "media", "killed", "unspecified", 5, 5, "Killed: 5"),
  K("the report", "media", "killed", "security", 2, 2, "police 2, private"),
  K("the report", "media", "killed", "civilian", 1, 1, "private security guard 1"),
  K("the report", "media", "killed", "militant", 2, 2, "militants 2"),
  K("the report", "media", "injured", "unspecified", 3, None, "Injured: at least 3"),
  K("police", "police", "killed", "militant", 3, 3, "three militants, including a commander")])

# ---------------------------------------------------------------- rest of KP, Sindh, Punjab, ICT, AJK, GB
R["bn-019"] = (
 [I(["Kurram", "KURRAM"], "Kurram", "district"),
  I("Upper Kurram", "Upper Kurram", "region"),
  I("Boshehra", "Boshehra", "town"),
  I(["Dandar", "Dandar Sehra"], "Dandar", "town"),
  I("Khar Kallay", "Khar Kallay", "town"),
  I("Balishkhel", "Balishkhel", "town"),
  I("Peiwar", "Peiwar", "town"),
  I("Teri Mangal", "Teri Mangal", "town"),
  I("Karman", "Karman", "town"),
  I("Para Chamkani", "Para Chamkani", "town"),
  I("Maqbal", "Maqbal", "town"),
  I("Kunj Alizai", "Kunj Alizai", "town")],
 [C("Parachinar", "Parachinar", "where the injured were evacuated (DHQ Hospital Parachinar)"),
  C("Sadda", "Sadda", "where the injured were evacuated")],
 [E(["Kurram", "Upper Kurram", "Dandar", "Boshehra"], "2023-07-07", "day", BAT, CLASH, "Boshehra tribesmen", "Dandar tribesmen",
    [K("Home and Tribal Affairs Department", "government", "killed", "civilian", 7, 7, "7 people dead"),
     K("Home and Tribal Affairs Department", "government", "injured", "civilian", 37, 37, "37 injured")], 7),
  E(["Teri Mangal"], "2023-07-09", "day", BAT, CLASH, None, None,
    [K("the report", "media", "killed", "civilian", 1, 1, "one person each")], 1),
  E(["Khar Kallay"], "2023-07-09", "day", BAT, CLASH, None, None, [], 1),
  E(["Balishkhel"], "2023-07-09", "day", BAT, CLASH, None, None, [], 1),
  E(["Peiwar"], "2023-07-09", "day", BAT, CLASH, None, None,
    [K("the report", "media", "injured", "civilian", 3, 3, "three people were injured")], 0),
  E(["Karman"], "2023-07", "month", BAT, CLASH, None, None, [], None),
  E(["Para Chamkani"], "2023-07", "month", BAT, CLASH, None, None, [], None),
  E(["Maqbal"], "2023-07", "month", BAT, CLASH, None, None, [], None),
  E(["Kunj Alizai"], "2023-07", "month", BAT, CLASH, None, None, [], None)],
 [K("police and hospital sources", "police", "killed", "civilian", 11, 11, "11 dead"),
  K("police and hospital sources", "police", "killed", "civilian", 2, 2, "two deaths reported today"),
  K("police and hospital sources", "police", "injured", "civilian", 51, None, "in excess of 50")])

R["bn-020"] = (
 [I("Lakki Marwat", "Lakki Marwat", "district"),
  I("Wanda Painda Khan", "Wanda Painda Khan", "town"),
  I("Lakki-Darra Tang road", "Lakki-Darra Tang road", "road"),
  I("Kurram River", "Kurram River", "site"),
  I("Malang Adda", "Malang Adda", "site"),
  I("Dera Ismail Khan", "Dera Ismail Khan", "district"),
  I("Ghaznikhel", "Ghaznikhel", "town")],
 [C("PESHAWAR", "Peshawar", "dateline"),
  C("Qabul Khel", "Qabul Khel", "project site the workers were heading to; not attacked there"),
  C("Punjab", "Punjab", "neighbouring province, geographic reference"),
  C("Pakistan", "Pakistan", "country as setting / inside the commission's name"),
  C("Islamabad", "Islamabad", "government accusing"),
  C("Kabul", "Kabul", "government accused")],
 [E(["Lakki Marwat", "Wanda Painda Khan", "Lakki-Darra Tang road", "Kurram River"], "2025-01-09", "day",
    VAC, ABD, TTP, CIV,
    [K("police and officials", "police", "abducted", "civilian", 13, None, "more than a dozen workers"),
     K("a police official", "police", "abducted", "civilian", 17, 17, "16 workers and a driver"),
     K("police spokesman Shahid Marwat", "police", "abducted", "civilian", None, 18, "nearly 18 people"),
     K("police and officials", "police", "injured", "civilian", 3, 3, "three who were wounded")], 0),
  E(["Lakki Marwat", "Malang Adda"], "2025-01-09", "day", BAT, CLASH, POL, "Teepu Gul group",
    [K("police and the Counter-Terrorism Department", "police", "killed", "militant", 3, 3, "three militants")], 3),
  E(["Dera Ismail Khan"], "2025-01-09", "day", BAT, CLASH, UAG, MIL,
    [K("the report", "media", "killed", "security", 1, 1, "a soldier"),
     K("the report", "media", "injured", "security", 4, 4, "four wounded")], 1),
  E(["Lakki Marwat", "Ghaznikhel"], "2025-01-07", "day", BAT, CLASH, UAG, POL,
    [K("the report", "media", "killed", "security", 2, 2, "two policemen"),
     K("the report", "media", "killed", "militant", 1, 1, "one of them")], 3)],
 [])

R["bn-021"] = (
 [I(["Dera Ismail Khan", "D.I. Khan"], "Dera Ismail Khan", "district"),
  I("Garah Mohabbat Morr", "Garah Mohabbat Morr", "site"),
  I("Bagwal", "Bagwal", "town")],
 [C("Tank", "Tank", "where the judge's journey began"),
  C("South Waziristan", "South Waziristan", "in the judge's title"),
  C("Pakistan", "Pakistan", "only inside the name of a law (Pakistan Penal Code)")],
 [E(["Dera Ismail Khan", "Garah Mohabbat Morr", "Bagwal"], "2024-04-27", "day", VAC, ABD, UAG, CIV,
    [K("complainant (driver)", "police", "abducted", "civilian", 1, 1, "took the judge away")], 0)],
 [])

R["bn-022"] = (
 [I(["Mir Ali", "MIR ALI"], "Mir Ali", "town", None, 33.02, 70.28),
  I("Hurmuz", "Hurmuz", "town"),
  I("North Waziristan", "North Waziristan", "district"),
  I("Mardan", "Mardan", "district")],
 [C("Mir Ali Chowk", "Mir Ali Chowk", "protest site"),
  C("Pakistan", "Pakistan", "only inside an organisation's name (Tehreek-i-Taliban Pakistan)"),
  C("Islamabad", "Islamabad", "destination of the protest march"),
  C("Bannu", "Bannu", "on the route of the protest march"),
  C("Karak", "Karak", "on the route of the protest march"),
  C("Kohat", "Kohat", "on the route of the protest march"),
  C("Peshawar", "Peshawar", "on the route of the protest march"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "in the minister's title")],
 [E(["North Waziristan", "Mir Ali", "Hurmuz"], "2025-05-19", "day", EXP, AIR, None, CIV,
    [K("the report", "media", "killed", "civilian", 4, 4, "Four children"),
     K("the report", "media", "injured", "civilian", 5, 5, "five other people")], 4),
  E(["Mir Ali"], "2025-05-25", "day", PRO, PEACE, "Protesters", None, [], 0),
  E(["Mardan"], "2025-03", "month", EXP, AIR, MIL, CIV,
    [K("the report", "media", "killed", "civilian", 11, 11, "11 civilians")], 11)],
 [])

R["bn-023"] = (
 [I("Shewa", "Shewa", "town"),
  I("North Waziristan", "North Waziristan", "district"),
  I("Hassu Khel", "Hassu Khel", "town"),
  I("Musaki", "Musaki", "town"),
  I("Mir Ali", "Mir Ali", "town", None, 33.02, 70.28),
  I("Swat Valley", "Swat", "region")],
 [C("DERA ISMAIL KHAN", "Dera Ismail Khan", "dateline"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province as setting"),
  C("Pakistan", "Pakistan", "country as setting"),
  C("Afghanistan", "Afghanistan", "neighbouring country, general context")],
 [E(["North Waziristan", "Shewa"], "2024-05-08", "day", EXP, IED, UAG, CIV, [], 0),
  E(["Mir Ali", "Hassu Khel"], "2023-05", "month", EXP, IED, UAG, CIV, [], 0),
  E(["Mir Ali", "Musaki"], "2023-05", "month", EXP, IED, UAG, CIV, [], 0),
  E(["Swat"], "2012", "year", VAC, ATT, TTP, CIV, [], 0)],
 [])

R["bn-024"] = (
 [I("Torkham", "Torkham", "town", None, 34.11, 71.09),
  I("Khyber", "Khyber", "district"),
  I("Bacha Mena", "Bacha Mena", "town"),
  I("Afghanistan", "Afghanistan", "region")],
 [C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline / government accusing"),
  C("Kabul", "Kabul", "government building the post / denying"),
  C("Jamrud", "Jamrud", "where stranded trucks returned"),
  C("Pakistan", "Pakistan", "country as setting / inside an organisation's name")],
 [E(["Khyber", "Torkham"], "2025-03-03", "day", BAT, CLASH, "Afghan Taliban forces", MIL, [], 0),
  E(["Khyber", "Torkham"], "2023-09", "month", BAT, CLASH, "Afghan Taliban forces", FC,
    [K("the report", "media", "injured", "security", 1, 1, "a Frontier Corps soldier")], 0),
  E(["Bacha Mena"], "2023-09", "month", EXP, SHELL, "Afghan Taliban forces", CIV, [], 0),
  E(["Khyber", "Torkham"], "2016-06", "month", BAT, CLASH, "Afghan forces", MIL,
    [K("the report", "media", "killed", "security", 1, 1, "a Pakistani army major")], 1),
  E(["Afghanistan"], "2024-12", "month", EXP, AIR, MIL, None, [], None)],
 [])

R["bn-025"] = (
 [I("Swat", "Swat", "district"),
  I("Matta", "Matta", "town"),
  I(["Balasur Top", "Balasur"], "Balasur Top", "site")],
 [C("MINGORA", "Mingora", "dateline"),
  C("Dir", "Dir", "boundary reference (Swat and Dir districts)"),
  C("Upper Dir", "Upper Dir", "route by which the militants entered"),
  C("Afghanistan", "Afghanistan", "where the militants came from"),
  C("Saidu Sharif", "Saidu Sharif", "only in the hospital's name; where the DSP was admitted"),
  C("Bara Bandai", "Bara Bandai", "village of an eyewitness"),
  C("Chuprial", "Chuprial", "reported attack denied by police")],
 [E(["Swat", "Matta", "Balasur Top"], "2022-08-08", "day", BAT, CLASH, UAG, POL,
    [K("unofficial sources", "other", "injured", "security", 4, 4, "four policemen"),
     K("Swat district police officer", "police", "injured", "security", 1, 1, "only one policeman"),
     K("the report", "media", "abducted", "security", 2, None, "the wounded DSP and some of his men")], 0)],
 [])

R["bn-026"] = (
 [I("Bajaur", "Bajaur", "district"),
  I("Salarzai", "Salarzai", "region"),
  I("Mamond", "Mamond", "region"),
  I("Bakakhel", "Bakakhel", "town")],
 [C(["PESHAWAR", "Peshawar"], "Peshawar", "dateline and distance reference"),
  C("Lar Kalay", "Lar Kalay", "home village of a victim"),
  C("Bannu", "Bannu", "district of the police official quoted")],
 [E(["Bajaur", "Salarzai"], "2015-11-03", "day", EXP, IED, UAG, CIV,
    [K("officials", "government", "injured", "civilian", 3, 3, "three other people")], 1),
  E(["Bajaur", "Mamond"], "2015-11-01", "day", VAC, ATT, UAG, CIV, [], 1),
  E(["Bakakhel"], "2015-10", "month", EXP, IED, UAG, CIV, [], 1)],
 [K("some estimates", "other", "killed", "civilian", 1101, None, "more than 1,100 tribal elders")])

R["bn-027"] = (
 [I(["Karachi", "KARACHI"], "Karachi", "town", None, 24.86, 67.01),
  I("Qayyumabad", "Qayyumabad", "neighbourhood"),
  I("Oghi", "Oghi", "town"),
  I("Mansehra", "Mansehra", "district"),
  I("Panjgur", "Panjgur", "town", "Panjgur", 26.97, 64.09),
  I("Landhi", "Landhi", "neighbourhood"),
  I("Orangi Town", "Orangi Town", "neighbourhood"),
  I("Baldia Town", "Baldia Town", "neighbourhood")],
 [C("Sindh", "Sindh", "province as setting / inside an association's name"),
  C("East zone", "Karachi East", "administrative zone where the campaign was postponed; no attack there"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province named as setting of Mansehra"),
  C("Balochistan", "Balochistan", "province named as setting of Panjgur"),
  C("Peshawar", "Peshawar", "named in a WHO statement, no attack"),
  C("Pakistan", "Pakistan", "country as setting")],
 [E(["Karachi", "Qayyumabad"], "2014-01-21", "day", VAC, ATT, UAG, CIV,
    [K("the report", "media", "killed", "civilian", 3, 3, "three members of polio vaccination teams"),
     K("the report", "media", "injured", "civilian", 2, 2, "Two other people")], 3),
  E(["Mansehra", "Oghi"], "2014-01-21", "day", VAC, ATT, UAG, CIV,
    [K("the report", "media", "killed", "civilian", 1, 1, "a polio worker")], 1),
  E(["Panjgur"], "2014-01-21", "day", SD, LOOT, UAG, CIV, [], 0),
  E(["Karachi", "Landhi"], "2012-12", "month", VAC, ATT, None, CIV, [], None),
  E(["Karachi", "Orangi Town"], "2012-12", "month", VAC, ATT, None, CIV, [], None),
  E(["Karachi", "Baldia Town"], "2012-12", "month", VAC, ATT, None, CIV, [], None)],
 [])

R["bn-028"] = (
 [I(["Kandhkot", "KANDHKOT"], "Kandhkot", "town", None, 28.24, 69.18),
  I(["Dadar", "Dhudhar"], "Dadar check post", "site"),
  I("Durrani Mahar", "Durrani Mahar", "region"),
  I("Jacobabad", "Jacobabad", "town", None, 28.28, 68.44)],
 [C("SUKKUR", "Sukkur", "dateline"),
  C("Kashmore", "Kashmore", "in the SSP's title and in a district name used for future operations"),
  C("Sindh", "Sindh", "in the chief minister's title")],
 [E(["Kandhkot", "Dadar check post", "Durrani Mahar"], "2024-07-03", "day", BAT, CLASH, "dacoits (Bhayo gang)", POL,
    [K("police", "police", "killed", "security", 2, 2, "Two policemen"),
     K("police", "police", "injured", "security", 2, 2, "two others seriously injured"),
     K("police", "police", "killed", "militant", 1, 1, "one of the dacoits"),
     K("police", "police", "injured", "militant", 3, 3, "wounded three others")], 3),
  E(["Jacobabad"], "2024-07-03", "day", BAT, CLASH, POL, "dacoits",
    [K("the report", "media", "killed", "militant", 1, 1, "a dacoit")], 1),
  E(["Jacobabad"], "2024-07-02", "day", BAT, CLASH, "dacoits", POL, [], 1)],
 [])

R["bn-029"] = (
 [I("Islamabad", "Islamabad", "town", None, 33.69, 73.05),
  I("F-8", "F-8", "neighbourhood"),
  I("I-11", "I-11", "neighbourhood"),
  I("Kalat", "Kalat", "district", "Kalat"),
  I("Sibi", "Sibi", "town", "Sibi", 29.54, 67.88)],
 [C("Fata", "FATA", "home region of many victims"),
  C("Punjab", "Punjab", "origin of the fruit consignment"),
  C("Pir Wadhai", "Pir Wadhai", "reference point"),
  C("Rawalpindi", "Rawalpindi", "reference point; where the wounded were taken"),
  C("Pakistan", "Pakistan", "only inside names (Pakistan Institute of Medical Sciences, Tehreek-i-Taliban Pakistan)")],
 [E(["Islamabad", "I-11"], "2014-04-09", "day", EXP, IED, "United Baloch Army", CIV,
    [K("the report", "media", "killed", "civilian", 23, None, "at least 23 people"),
     K("the report", "media", "injured", "civilian", 101, None, "more than 100")], 23),
  E(["Islamabad", "F-8"], "2014-03", "month", VAC, ATT, None, CIV,
    [K("the report", "media", "killed", "unspecified", 12, 12, "a dozen people")], 12),
  E(["Kalat"], "2014-04", "month", BAT, CLASH, MIL, "insurgents",
    [K("the report", "media", "killed", "militant", None, 40, "up to 40 insurgents")], None),
  E(["Sibi"], "2014-04-08", "day", EXP, IED, "United Baloch Army", CIV,
    [K("the report", "media", "killed", "civilian", 17, 17, "17 people")], 17)],
 [])

R["bn-030"] = (
 [I(["Neelum valley", "Neelum"], "Neelum valley", "region"),
  I("Lawat", "Lawat", "town"),
  I("Kanari", "Kanari", "site"),
  I(["Line of Control", "LoC"], "Line of Control", "region"),
  I("Shahkot", "Shahkot", "region"),
  I("Jura", "Jura", "region"),
  I("Battal", "Battal", "region"),
  I("Karela", "Karela", "region"),
  I("Bagh", "Bagh", "region"),
  I("Tatta Pani", "Tatta Pani", "region"),
  I("Nakyal", "Nakyal", "town"),
  I("Kotli", "Kotli", "district"),
  I("Uri", "Uri", "town")],
 [C(["MUZAFFARABAD", "Muzaffarabad"], "Muzaffarabad", "dateline, destination of the coaster, distance reference, hospital"),
  C("Kel", "Kel", "where the coaster came from"),
  C("Athmuqam", "Athmuqam", "where the wounded were taken"),
  C("New Delhi", "New Delhi", "government blaming Pakistan"),
  C("Pakistan", "Pakistan", "country blamed by New Delhi; setting")],
 [E(["Neelum valley", "Lawat", "Kanari"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV,
    [K("officials", "government", "killed", "civilian", 9, 9, "Nine people"),
     K("ISPR", "military", "killed", "civilian", 8, 8, "at eight")], 8),
  E(["Line of Control"], "2016-11-23", "day", BAT, CLASH, "Indian troops", MIL,
    [K("the report", "media", "killed", "security", 3, 3, "Three Pakistani soldiers")], 3),
  E(["Shahkot"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV, [], None),
  E(["Jura"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV, [], None),
  E(["Battal"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV, [], None),
  E(["Karela"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV, [], None),
  E(["Bagh"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV, [], None),
  E(["Tatta Pani"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV, [], None),
  E(["Kotli", "Nakyal"], "2016-11-23", "day", EXP, SHELL, "Indian troops", CIV, [], 0),
  E(["Uri"], "2016-09", "month", None, None, None, None, [], None)],
 [])

R["bn-031"] = (
 [I(["Kargah", "Kargah Nala"], "Kargah", "site"),
  I("Joot", "Joot", "town"),
  I("Nanga Parbat", "Nanga Parbat", "site"),
  I("Chilas", "Chilas", "town", None, 35.42, 74.10),
  I("Diamer", "Diamer", "district"),
  I("Khanbari", "Khanbari", "town")],
 [C(["GILGIT", "Gilgit"], "Gilgit", "dateline, distance reference, SP's title, hospital")],
 [E(["Kargah", "Joot"], "2018-08-11", "day", BAT, CLASH, UAG, POL,
    [K("police", "police", "killed", "security", 3, 3, "Three policemen"),
     K("police", "police", "injured", "security", 2, 2, "two others injured"),
     K("police", "police", "killed", "militant", 1, 1, "One of the attackers"),
     K("police", "police", "injured", "militant", 1, 1, "another wounded")], 4),
  E(["Chilas"], "2018-08-11", "day", VAC, ATT, UAG, CIV, [], 0),
  E(["Khanbari"], "2018-08-12", None, SD, LOOT, UAG, None, [], 0),
  E(["Nanga Parbat"], "2013", "year", VAC, ATT, None, CIV, [], None),
  E(["Chilas"], "2013", "year", BAT, CLASH, None, MIL,
    [K("the report", "media", "killed", "security", 3, 3, "three security officials")], 3),
  E(["Diamer"], "2018-08", "month", SD, LOOT, UAG, None, [], 0)],
 [])

R["bn-032"] = (
 [I(["Dera Ghazi Khan", "DERA GHAZI KHAN"], "Dera Ghazi Khan", "district"),
  I("Tirman", "Tirman", "town"),
  I("Taunsa", "Taunsa", "region"),
  I("Lakhani", "Lakhani", "site"),
  I("Jhangi", "Jhangi", "site")],
 [C("Wahowa", "Wahowa", "police station jurisdiction named"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "neighbouring province, boundary reference"),
  C("Punjab", "Punjab", "province as setting"),
  C(["Koh-e-Sulaiman", "Sulaiman range"], "Sulaiman Mountains", "homeland of the tribes, general setting")],
 [E(["Dera Ghazi Khan", "Taunsa", "Tirman"], "2025-04-13", "day", VAC, ABD, UAG, CIV,
    [K("the report", "media", "abducted", "civilian", 2, 2, "two of its drivers")], 0),
  E(["Lakhani"], "2025-04-15", None, BAT, CLASH, UAG, POL, [], None),
  E(["Jhangi"], "2025-04-15", None, BAT, CLASH, UAG, POL, [], None)],
 [K("District Police Officer Syed Ali", "police", "killed", "militant", 8, None, "at least eight militants")])


def main():
    ids = sorted(R)
    gold, ev = [], []
    for i in ids:
        inc, ctx, events, agg = R[i]
        gold.append({"id": i, "incident_places": inc, "context_places": ctx})
        ev.append({"id": i, "events": events, "aggregate_claims": agg})
    with open(os.path.join(HERE, SET + ".gold.json"), "w") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, SET + ".events.gold.json"), "w") as f:
        json.dump(ev, f, indent=1, ensure_ascii=False)
    print(len(gold), "reports written")

if __name__ == "__main__":
    main()
