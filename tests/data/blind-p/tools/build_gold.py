#!/usr/bin/env python3
"""Builds blind-p.gold.json and blind-p.events.gold.json (hand annotations)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder

def I(surf, place, kind, district=None, lat=None, lon=None):
    if isinstance(surf, str): surf = [surf]
    return {"surface": surf, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}
def C(surf, place, why):
    if isinstance(surf, str): surf = [surf]
    return {"surface": surf, "place": place, "why": why}
def K(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}
def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": claims, "fatalities": fat}

EXP = "Explosions/Remote violence"; VAC = "Violence against civilians"; BAT = "Battles"
SD = "Strategic developments"
IED = "Remote explosive/landmine/IED"; SB = "Suicide bomb"; AIR = "Air/drone strike"
UAG = "Unidentified Armed Group"; MIL = "Military Forces of Pakistan"; POL = "Police Forces of Pakistan"
FC = "Frontier Corps"; LEV = "Levies Force"; TTP = "Tehreek-e-Taliban Pakistan"; BLA = "Baloch Liberation Army"
CIV = "Civilians"

G = {}   # id -> (incident, context, events, aggregate)

# ---------------- bp-001 Quetta polio centre 2016
G["bp-001"] = (
 [I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.19, 67.01),
  I("Satellite Town", "Satellite Town", "neighbourhood", "Quetta", 30.18, 67.0)],
 [C("Pakistan", "Pakistan", "country, overall setting"),
  C("Balochistan", "Balochistan", "province, in the home minister's title"),
  C("Civil Hospital", "Civil Hospital Quetta", "hospital where the wounded were taken"),
  C("Combined Military Hospital", "Combined Military Hospital Quetta", "hospital where critically injured were shifted"),
  C("Afghanistan", "Afghanistan", "country named in a statement about polio endemicity")],
 [E(["Quetta", "Satellite Town"], "2016-01-13", "day", EXP, SB, TTP, POL,
    [K("officials", "government", "killed", "unspecified", 14, None, "At least 14 people"),
     K("officials", "government", "killed", "security", 13, 13, "13 of them policemen"),
     K("officials", "government", "injured", "unspecified", 21, None, "more than 20 others"),
     K("Mir Sarfaraz Bugti", "government", "killed", "security", 1, 1, "a soldier of the paramilitary Frontier Corps"),
     K("a doctor at the Civil Hospital", "medical", "killed", "unspecified", 14, 14, "14 bodies"),
     K("a doctor at the Civil Hospital", "medical", "injured", "unspecified", 26, 26, "26 injured people")], 14)],
 [K("the report", "media", "killed", "unspecified", 24, None, "dozens of polio workers")])

# ---------------- bp-002 Margat 2025
G["bp-002"] = (
 [I("Margat", "Margat", "town", "Quetta"),
  I("Khanai Baba", "Khanai Baba", "town", "Pishin"),
  I("Pishin", "Pishin", "district", "Pishin"),
  I("Mastung", "Mastung", "town", "Mastung", 29.80, 66.85),
  I("Dasht Road", "Dasht Road", "road", "Mastung"),
  I("Lakpass", "Lak Pass", "site", "Mastung")],
 [C(["QUETTA", "Quetta"], "Quetta", "dateline, official's title and hospital location; the attack was at Margat"),
  C("Hanna Urak", "Hanna Urak", "only in the name of the police station whose SHO spoke"),
  C("Combined Military Hospital", "Combined Military Hospital Quetta", "hospital where the injured were moved"),
  C("Kalat", "Kalat", "origin of the constabulary truck (Recruits Training Centre)"),
  C("Balochistan", "Balochistan", "province, setting; also inside organisation names"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province named in a general trend statement"),
  C("Islamabad", "Islamabad", "location of the think tank (Islamabad-based)")],
 [E(["Margat"], "2025-04-25", "day", EXP, IED, UAG, FC,
    [K("police", "police", "killed", "security", 4, 4, "Four personnel of the Frontier Corps"),
     K("police", "police", "injured", "security", 3, 3, "three others")], 4),
  E(["Khanai Baba", "Pishin"], "2025-04-26", None, BAT, "Armed clash", POL, UAG,
    [K("Counter-Terrorism Department", "police", "killed", "militant", 9, 9, "nine suspected militants")], 9),
  E(["Mastung", "Dasht Road"], "2025-04-15", "day", EXP, IED, UAG, POL,
    [K("the report", "media", "killed", "security", 3, 3, "three of them"),
     K("the report", "media", "injured", "security", 16, 16, "wounding 16")], 3),
  E(["Lak Pass"], None, None, EXP, SB, None, "Balochistan National Party", [], 1)],
 [])

# ---------------- bp-003 Gwadar statue 2021
G["bp-003"] = (
 [I(["GWADAR", "Gwadar"], "Gwadar", "town", "Gwadar", 25.13, 62.32),
  I("Marine Drive", "Marine Drive", "road", "Gwadar", 25.12, 62.33),
  I("Ziarat", "Ziarat", "town", "Ziarat", 30.38, 67.73),
  I("Quaid-e-Azam Residency", "Quaid-e-Azam Residency", "site", "Ziarat", 30.38, 67.72),
  I("East Bay Expressway", "East Bay Expressway", "road", "Gwadar")],
 [C("China-Pakistan Economic Corridor", "China-Pakistan Economic Corridor", "project name only")],
 [E(["Gwadar", "Marine Drive"], "2021-09-26", "day", EXP, IED, "Baloch Republican Army", None, [], 0),
  E(["Ziarat", "Quaid-e-Azam Residency"], "2013-06", "month", SD, "Looting/property destruction", None, None, [], 0),
  E(["Gwadar", "East Bay Expressway"], "2021-08", "month", EXP, SB, None, CIV,
    [K("the report", "media", "killed", "civilian", 2, 2, "two local children")], 2)],
 [])

# ---------------- bp-004 ISPR Mand 2020
G["bp-004"] = (
 [I("Mand", "Mand", "town", "Kech"),
  I("Kech", "Kech", "district", "Kech")],
 [C("Rawalpindi", "Rawalpindi", "place of issue of the press release"),
  C("Pakistan-Iran border", "Pakistan-Iran border", "reference line for the location"),
  C("Balochistan", "Balochistan", "province; also inside 'Frontier Corps Balochistan'"),
  C("Pakistan", "Pakistan", "country, setting"),
  C("Iran", "Iran", "neighbouring country named re border fencing"),
  C("Afghanistan", "Afghanistan", "neighbouring country named re border fencing")],
 [E(["Mand", "Kech"], "2020-05-19", "day", EXP, IED, UAG, FC,
    [K("ISPR", "military", "killed", "security", 6, 6, "6 soldiers")], 6)],
 [])

# ---------------- bp-005 Nohkani 2017
G["bp-005"] = (
 [I("Nohkani", "Nohkani", "town", "Dera Bugti"),
  I("Dera Bugti", "Dera Bugti", "district", "Dera Bugti"),
  I("Sui", "Sui", "town", "Dera Bugti", 28.64, 69.17)],
 [C("QUETTA", "Quetta", "dateline"),
  C("Balochistan", "Balochistan", "province, setting"),
  C("Pakistan Petroleum Limited", "Pakistan", "only inside a company (hospital) name")],
 [E(["Nohkani", "Dera Bugti"], "2017-12-14", "day", VAC, "Attack", UAG, CIV,
    [K("local officials", "government", "killed", "civilian", 5, 5, "five members of a family"),
     K("local officials", "government", "injured", "civilian", 1, 1, "His youngest son"),
     K("local officials", "government", "killed", "unspecified", 1, 1, "one of his armed guards"),
     K("local officials", "government", "injured", "unspecified", 3, 3, "three others")], 6),
  E(["Sui"], None, None, None, None, "Baloch Republican Army", None, [], None)],
 [])

# ---------------- bp-006 Naseerabad 2023
G["bp-006"] = (
 [I(["DERA MURAD JAMALI", "Dera Murad Jamali"], "Dera Murad Jamali", "town", "Nasirabad", 28.55, 68.22),
  I("Naseerabad", "Nasirabad", "district", "Nasirabad"),
  I("Notal", "Notal", "town", "Nasirabad"),
  I("Jamal Wah", "Jamal Wah", "town", "Nasirabad"),
  I("Jhand", "Jhand", "town", "Nasirabad"),
  I("Domki", "Domki", "neighbourhood", "Nasirabad")],
 [C("Balochistan", "Balochistan", "province, general statement on land disputes")],
 [E(["Notal", "Jamal Wah", "Nasirabad"], "2023-11-24", "day", VAC, "Attack", UAG, CIV,
    [K("police", "police", "killed", "civilian", 2, 2, "a woman and her daughter")], 2),
  E(["Jhand", "Nasirabad"], "2023-11-24", "day", BAT, "Armed clash", "Bugti tribe", "Bhangar tribe",
    [K("the report", "media", "killed", "unspecified", 1, 1, "one man"),
     K("the report", "media", "injured", "unspecified", 7, 7, "seven people from both sides")], 1),
  E(["Dera Murad Jamali", "Domki", "Nasirabad"], "2023-11-24", "day", VAC, "Attack", UAG, CIV,
    [K("the report", "media", "killed", "civilian", 1, 1, "another man")], 1)],
 [K("the report", "media", "killed", "unspecified", 4, 4, "Four people"),
  K("the report", "media", "injured", "unspecified", 7, 7, "seven others")])

# ---------------- bp-007 Khuzdar grenade 2022
G["bp-007"] = (
 [I(["KHUZDAR", "Khuzdar"], "Khuzdar", "town", "Khuzdar", 27.81, 66.61),
  I("Azadi Chowk", "Azadi Chowk", "site", "Khuzdar", 27.81, 66.61)],
 [C("Civil Hospital Khuzdar", "Civil Hospital Khuzdar", "hospital where the injured were taken"),
  C("Balochistan", "Balochistan", "province, in the chief minister's title"),
  C("Quetta-Karachi highway", "Quetta-Karachi highway (N-25)", "road named only to locate the town")],
 [E(["Khuzdar", "Azadi Chowk"], "2022-05-25", None, EXP, "Grenade", UAG, None,
    [K("Deputy Commissioner Khuzdar", "government", "killed", "unspecified", 1, 1, "One person"),
     K("Deputy Commissioner Khuzdar", "government", "injured", "unspecified", 5, 5, "five others")], 1)],
 [])

# ---------------- bp-008 Kahan 2024
G["bp-008"] = (
 [I("Kahan", "Kahan", "town", "Kohlu"),
  I("Kohlu", "Kohlu", "district", "Kohlu"),
  I("Dera Bugti", "Dera Bugti", "district", "Dera Bugti")],
 [],
 [E(["Kahan"], "2024-02-25", "day", BAT, "Armed clash", "death squad (state-backed armed group)", None,
    [K("sources", "other", "killed", "militant", 3, 3, "three sarmachars")], 3),
  E(["Kohlu"], None, None, VAC, "Attack", "death squads", CIV, [], None),
  E(["Dera Bugti"], None, None, VAC, "Attack", "death squads", CIV, [], None)],
 [])

# ---------------- bp-009 Kalat / Harnai
G["bp-009"] = (
 [I(["KALAT", "Kalat"], "Kalat", "district", "Kalat"),
  I("Sheikhri", "Sheikhri", "town", "Kalat"),
  I("Iskalku", "Iskalku", "region", "Kalat"),
  I("Narmuk", "Narmuk", "town", "Kalat"),
  I(["HARNAI", "Harnai"], "Harnai", "town", "Sibi", 30.10, 67.94)],
 [C("Johan", "Johan", "locator for the village of Narmuk ('near Johan')"),
  C("Duki", "Duki", "named only for transporters' extortion complaints")],
 [E(["Sheikhri", "Iskalku", "Kalat"], "2023-06-12", None, VAC, "Attack", UAG, CIV,
    [K("the report", "media", "killed", "civilian", 1, 1, "one man")], 1),
  E(["Narmuk", "Kalat"], "2023-06-11", "day", VAC, "Attack", UAG, CIV,
    [K("the report", "media", "killed", "civilian", 3, 3, "three real brothers")], 3),
  E(["Harnai"], "2023-06-12", None, VAC, "Attack", UAG, CIV,
    [K("the report", "media", "killed", "unspecified", 3, 3, "three people"),
     K("the report", "media", "injured", "security", 2, 2, "two policemen")], 3)],
 [K("the report", "media", "killed", "unspecified", 4, 4, "Four people")])

# ---------------- bp-010 April 2024 round-up
G["bp-010"] = (
 [I("Manjho Shori", "Manjho Shori", "town", "Nasirabad"),
  I("Naseerabad", "Nasirabad", "district", "Nasirabad"),
  I("Duki", "Duki", "town", "Loralai", 30.15, 68.57),
  I("Tump", "Tump", "town", "Kech", 26.12, 62.37),
  I("Kech", "Kech", "district", "Kech")],
 [C("Balochistan", "Balochistan", "province, setting"),
  C("Lasbela", "Lasbela", "district of a road accident, not political violence"),
  C("Othal", "Uthal", "site of a road accident"),
  C("Pakistan Coast Guards", "Pakistan", "only inside an organisation name"),
  C("Karachi", "Karachi", "where an accident victim was referred for treatment"),
  C("Hub", "Hub", "district of a road accident"),
  C("Lang Lohar", "Lang Lohar", "site of a road accident"),
  C("Sakran", "Sakran", "site of a road accident")],
 [E(["Manjho Shori", "Nasirabad"], "2024-04-16", None, BAT, "Armed clash", None, None,
    [K("the report", "media", "killed", "unspecified", 1, 1, "one man"),
     K("the report", "media", "injured", "unspecified", 1, 1, "another person")], 1),
  E(["Duki"], "2024-04-15", "day", VAC, "Attack", "robbers", CIV,
    [K("the report", "media", "killed", "civilian", 1, 1, "a coal mine engine driver")], 1),
  E(["Tump", "Kech"], "2024-04-16", None, VAC, "Attack", UAG, CIV, [], 0)],
 [])

# ---------------- bp-011 Qilla Saifullah
G["bp-011"] = (
 [I(["QILLA SAIFULLAH", "Qilla Saifullah"], "Qilla Saifullah", "town", "Qilla Saifullah", 30.70, 68.36)],
 [C("Quetta", "Quetta", "where seriously injured were referred"),
  C("Quetta-Zhob highway", "Quetta-Zhob highway (N-50)", "traffic suspended (effect), not an attack site"),
  C("Balochistan", "Balochistan", "province, setting")],
 [E(["Qilla Saifullah"], "2024-11-18", None, EXP, IED, UAG, CIV, [], 0),
  E(["Qilla Saifullah"], "2024-02", "month", EXP, IED, None, None,
    [K("the report", "media", "killed", "unspecified", 12, 12, "12 people")], 12)],
 [])

# ---------------- bp-012 Surab / Musakhel / Awaran
G["bp-012"] = (
 [I("Surab", "Surab", "town", "Kalat", 28.49, 66.26),
  I("Chhad Bodla", "Chhad Bodla", "town", "Kalat"),
  I("Goru", "Goru", "site", "Musakhel"),
  I("Musakhel", "Musakhel", "district", "Musakhel"),
  I("Jhao", "Jhao", "town", "Awaran"),
  I("Awaran", "Awaran", "district", "Awaran"),
  I("Ornach", "Ornach", "town", "Khuzdar"),
  I("Khuzdar", "Khuzdar", "district", "Khuzdar")],
 [C("Balochistan", "Balochistan", "province, setting")],
 [E(["Surab", "Chhad Bodla"], "2025-09-05", None, VAC, "Attack", UAG, CIV,
    [K("the report", "media", "killed", "civilian", 1, 1, "one man")], 1),
  E(["Goru", "Musakhel"], "2025-09-05", None, VAC, "Attack", None, None,
    [K("Levies sources", "police", "killed", "unspecified", 2, 2, "two unidentified men")], 2),
  E(["Jhao", "Awaran"], "2025-09-04", "day", VAC, "Attack", "armed group backed by the Pakistani army", CIV,
    [K("the administration / sources", "other", "killed", "civilian", 1, 1, "a young man")], 1),
  E(["Ornach", "Khuzdar"], "2025-08-31", "day", VAC, "Abduction/forced disappearance",
    "armed group backed by the Pakistani army", CIV, [], 0)],
 [K("the report", "media", "killed", "unspecified", 4, 4, "Four people")])

# ---------------- bp-013 HRW 2011
G["bp-013"] = (
 [I("Quetta", "Quetta", "town", "Quetta", 30.19, 67.01),
  I("Khuzdar", "Khuzdar", "town", "Khuzdar", 27.81, 66.61),
  I("Turbat", "Turbat", "town", "Kech", 26.00, 63.05)],
 [C("Balochistan", "Balochistan", "province, overall setting; also in 'Balochistan High Court'"),
  C("Islamabad", "Islamabad", "seat of the federal government / commission"),
  C("Pakistan", "Pakistan", "country, government addressed")],
 [E(["Quetta"], None, None, VAC, "Abduction/forced disappearance", FC, CIV, [], None),
  E(["Khuzdar"], None, None, VAC, "Abduction/forced disappearance", FC, CIV, [], None),
  E(["Turbat"], None, None, VAC, "Abduction/forced disappearance", FC, CIV, [], None)],
 [K("Human Rights Watch", "other", "abducted", "civilian", 24, None, "several dozen cases"),
  K("Human Rights Watch", "other", "killed", "civilian", 24, None, "dozens of people")])

# ---------------- bp-014 Hakimullah 2013
G["bp-014"] = (
 [I("North Waziristan", "North Waziristan", "region"),
  I("Dande Darpa Khel", "Dande Darpa Khel", "town", None, 33.04, 70.07),
  I("South Waziristan", "South Waziristan", "region"),
  I("Khost", "Khost", "town", None, 33.34, 69.92)],
 [C("PESHAWAR", "Peshawar", "dateline"),
  C("Pakistan", "Pakistan", "country, setting"),
  C("Miranshah", "Miranshah", "locator for the village ('north of Miranshah')"),
  C("Afghanistan", "Afghanistan", "country, locating Khost"),
  C("U.S.", "United States", "country whose drone carried out the strike / bounty"),
  C("Islamabad", "Islamabad", "government speaking")],
 [E(["Dande Darpa Khel", "North Waziristan"], "2013-11-01", "day", EXP, AIR,
    "Military Forces of the United States", TTP,
    [K("two intelligence officials", "government", "killed", "unspecified", 4, None, "at least four other people")], 5),
  E(["South Waziristan"], "2009-08", "month", EXP, AIR, "Military Forces of the United States", TTP, [], 1),
  E(["Khost"], "2009-12", "month", EXP, SB, None, "CIA",
    [K("the report", "media", "killed", "security", 7, 7, "seven CIA employees")], 7),
  E(["North Waziristan"], "2013-05", "month", EXP, AIR, "Military Forces of the United States", TTP, [], 1)],
 [K("the report", "media", "killed", "unspecified", 2000, None, "thousands of people")])

# ---------------- bp-015 Chitral 2011
G["bp-015"] = (
 [I("Chitral", "Chitral", "district"),
  I("Arandu", "Arandu", "town"),
  I("Shaltalu", "Shaltalu", "town"),
  I("Upper Dir", "Upper Dir", "district"),
  I("Swat", "Swat", "district")],
 [C(["PESHAWAR", "Peshawar"], "Peshawar", "dateline and location of the official quoted"),
  C("Pakistan", "Pakistan", "country, setting"),
  C("Afghanistan", "Afghanistan", "origin of the attackers / NATO forces"),
  C("Kunar", "Kunar", "Afghan province across the border; where militants regrouped"),
  C("Nuristan", "Nuristan", "Afghan province where militants regrouped"),
  C("Kabul", "Kabul", "government receiving protests"),
  C("Kalash valleys", "Kalash valleys", "description of the district"),
  C("Shandur", "Shandur", "description of the district (polo festival)")],
 [E(["Arandu", "Chitral"], "2011-08-27", "day", BAT, "Armed clash", TTP, POL,
    [K("officials", "government", "killed", "security", 25, None, "at least 25 police and paramilitary soldiers")], 25),
  E(["Shaltalu", "Upper Dir"], "2011-06", "month", BAT, "Armed clash", UAG, POL,
    [K("the report", "media", "killed", "unspecified", 24, None, "dozens of policemen and civilians")], 24),
  E(["Swat"], None, None, BAT, "Armed clash", MIL, None, [], None)],
 [])

# ---------------- bp-016 Mardan + Warsak Road 2016
G["bp-016"] = (
 [I(["MARDAN", "Mardan"], "Mardan", "town", None, 34.20, 72.04),
  I(["PESHAWAR", "Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
  I("Christian Colony", "Christian Colony (Warsak Road)", "site"),
  I("Warsak Road", "Warsak Road", "road"),
  I("Quetta", "Quetta", "town", "Quetta", 30.19, 67.01),
  I("Civil Hospital", "Civil Hospital Quetta", "site", "Quetta", 30.20, 67.01)],
 [C("Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa", "province, setting"),
  C("Pakistan", "Pakistan", "only inside the name Tehreek-e-Taliban Pakistan"),
  C("Mardan Medical Complex", "Mardan Medical Complex", "hospital where the wounded were taken"),
  C("Warsak Dam", "Warsak Dam", "landmark locating the colony"),
  C("Balochistan", "Balochistan", "only inside 'Balochistan Bar Association'")],
 [E(["Mardan"], "2016-09-02", "day", EXP, SB, "Jamaat-ul-Ahrar", CIV,
    [K("the report", "media", "killed", "unspecified", 12, None, "At least 12 people"),
     K("the report", "media", "injured", "unspecified", 24, None, "dozens wounded")], 12),
  E(["Peshawar", "Warsak Road", "Christian Colony (Warsak Road)"], "2016-09-02", "day", BAT, "Armed clash",
    "Jamaat-ul-Ahrar", MIL,
    [K("the report", "media", "killed", "militant", 4, 4, "All four attackers"),
     K("the report", "media", "killed", "civilian", 1, 1, "a guard of the colony")], 5),
  E(["Quetta", "Civil Hospital Quetta"], "2016-08", "month", EXP, SB, None, CIV,
    [K("the report", "media", "killed", "unspecified", 71, None, "more than 70 people")], 71)],
 [])

# ---------------- bp-017 Idrees Khan obituary 2022
G["bp-017"] = (
 [I("Swat", "Swat", "district"),
  I("Kabal", "Kabal", "town", None, 34.79, 72.29),
  I("Bara Bandai", "Bara Bandai", "town"),
  I("Kotkay", "Kotkay", "town"),
  I("Matta", "Matta", "region")],
 [C("Pakistan", "Pakistan", "only inside the name Tehreek-e-Taliban Pakistan")],
 [E(["Kabal", "Bara Bandai", "Kotkay", "Swat"], "2022-09-13", "day", EXP, IED, TTP, CIV,
    [K("the report", "media", "killed", "unspecified", 5, None, "at least five people"),
     K("the report", "media", "killed", "security", 2, 2, "the two police constables")], 5),
  E(["Matta"], "2022-08", "month", BAT, "Armed clash", UAG, POL, [], 0),
  E(["Swat"], "2009", "year", BAT, "Government regains territory", MIL, TTP, [], None)],
 [])

# ---------------- bp-018 Bajaur Sheikh Kali 2013
G["bp-018"] = (
 [I(["BAJAUR", "Bajaur"], "Bajaur", "district"),
  I("Sheikh Kali", "Sheikh Kali", "town")],
 [C("Khar", "Khar", "where the militant's body was taken; extra deployment in Khar tehsil"),
  C("Afghanistan", "Afghanistan", "neighbouring country (border description)"),
  C("Kunar", "Kunar", "Afghan province across the border")],
 [E(["Sheikh Kali", "Bajaur"], "2013-10-01", "day", BAT, "Armed clash", UAG, LEV,
    [K("officials", "government", "killed", "militant", 1, 1, "A militant"),
     K("officials", "government", "injured", "security", 1, 1, "a Levies man")], 1),
  E(["Bajaur"], None, None, VAC, "Attack", None, CIV, [], None)],
 [])

# ---------------- bp-019 Raghzai NW 2019
G["bp-019"] = (
 [I("North Waziristan", "North Waziristan", "region"),
  I("Shewa", "Shewa", "town"),
  I("Malik Shahi", "Malik Shahi", "town"),
  I("Raghzai", "Raghzai", "town")],
 [C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province; chief minister's title and merger"),
  C("Fata", "FATA", "former administrative unit named re the merger")],
 [E(["Shewa", "Malik Shahi", "Raghzai", "North Waziristan"], "2019-04-27", "day", EXP, IED, UAG, LEV,
    [K("district administration sources", "government", "killed", "security", 3, 3, "Three Levies personnel"),
     K("district administration sources", "government", "injured", "security", 1, 1, "one other")], 3)],
 [])

# ---------------- bp-020 Bannu march 2024
G["bp-020"] = (
 [I(["BANNU", "Bannu"], "Bannu", "town", None, 32.99, 70.60),
  I("Bannu Cantonment", "Bannu Cantonment", "site", None, 33.00, 70.62)],
 [C("District Headquarters Hospital", "District Headquarters Hospital Bannu", "hospital where the injured were taken"),
  C("Khalifa Gul Nawaz Teaching Hospital", "Khalifa Gul Nawaz Teaching Hospital", "hospital where the injured were taken")],
 [E(["Bannu", "Bannu Cantonment"], "2024-07-19", "day", "Riots", "Violent demonstration", "Protesters", MIL,
    [K("officials and organisers", "other", "killed", "civilian", 1, 1, "One person"),
     K("officials and organisers", "other", "injured", "civilian", 21, None, "more than 20")], 1),
  E(["Bannu", "Bannu Cantonment"], "2024-07-15", "day", EXP, SB, UAG, MIL,
    [K("the military", "military", "killed", "security", 8, 8, "eight soldiers"),
     K("the military", "military", "killed", "militant", 10, 10, "all ten attackers")], 18)],
 [])

# ---------------- bp-021 Latif Afridi 2023
G["bp-021"] = (
 [I(["PESHAWAR", "Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
  I("Peshawar High Court", "Peshawar High Court", "site", None, 34.00, 71.55)],
 [C("Lady Reading Hospital", "Lady Reading Hospital", "hospital where the victim was taken"),
  C("Khyber", "Khyber", "home district of the victim ('a native of Khyber district')")],
 [E(["Peshawar", "Peshawar High Court"], "2023-01-16", "day", VAC, "Attack", None, CIV,
    [K("Capital City Police Peshawar", "police", "killed", "civilian", 1, 1, "Senior lawyer"),
     K("Capital City Police Peshawar", "police", "arrested", "unspecified", 1, 1, "the accused")], 1)],
 [])

# ---------------- bp-022 Naeemuddin Khattak 2020
G["bp-022"] = (
 [I(["PESHAWAR", "Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
  I("Peshawar judicial complex", "Peshawar judicial complex", "site", None, 34.01, 71.58)],
 [C("Pakistan", "Pakistan", "country, setting"),
  C("Rabwah", "Rabwah (Chenab Nagar)", "where the community spokesman spoke from"),
  C("Punjab", "Punjab", "province locating Rabwah")],
 [E(["Peshawar"], "2020-10-05", "day", VAC, "Attack", UAG, CIV,
    [K("police and community officials", "police", "killed", "civilian", 1, 1, "An Ahmadi university professor")], 1),
  E(["Peshawar", "Peshawar judicial complex"], "2020-07", "month", VAC, "Attack", None, CIV,
    [K("the report", "media", "killed", "civilian", 1, 1, "an American citizen")], 1),
  E(["Peshawar"], "2020-08", "month", VAC, "Attack", None, CIV,
    [K("the report", "media", "killed", "civilian", 1, 1, "an elderly Ahmadi shopkeeper")], 1)],
 [])

# ---------------- bp-023 Mashal Khan verdict
G["bp-023"] = (
 [I("Mardan", "Mardan", "town", None, 34.20, 72.04),
  I("Abdul Wali Khan University Mardan", "Abdul Wali Khan University Mardan", "site", None, 34.20, 72.04)],
 [C("Abbottabad", "Abbottabad", "seat of the anti-terrorism court"),
  C("Haripur", "Haripur", "where the trial was held (jail)"),
  C("Haripur Central Jail", "Haripur Central Jail", "venue of the proceedings"),
  C("Peshawar High Court", "Peshawar High Court", "court that transferred the trial (name only)"),
  C("Zaida", "Zaida", "home town of the victim"),
  C("Swabi", "Swabi", "home district of the victim"),
  C("Pakistan", "Pakistan", "country, setting")],
 [E(["Mardan", "Abdul Wali Khan University Mardan"], "2017-04-13", "day", "Riots", "Mob violence", "Rioters", CIV,
    [K("the court summary", "other", "killed", "civilian", 1, 1, "one student"),
     K("the court summary", "other", "injured", "civilian", 1, 1, "a second")], 1)],
 [])

# ---------------- bp-024 Rawalakot 2023
G["bp-024"] = (
 [I("Rawalakot", "Rawalakot", "town", None, 33.86, 73.76),
  I("Al-Quds mosque", "Al-Quds mosque (Rawalakot)", "site", None, 33.86, 73.76),
  I("Rajouri", "Rajouri", "district"),
  I(["Dhangri", "Upper Dhangri"], "Dhangri", "town"),
  I("Poonch", "Poonch (Jammu and Kashmir)", "district"),
  I("Rawalpindi", "Rawalpindi", "town", None, 33.60, 73.05),
  I("Karachi", "Karachi", "town", None, 24.86, 67.01)],
 [C("New Delhi", "New Delhi", "dateline; government speaking"),
  C(["Pakistan-occupied Kashmir", "PoK"], "Azad Jammu and Kashmir", "territory (province-level) setting"),
  C("Jammu", "Jammu region", "origin of the victim"),
  C(["Line of Control", "LoC"], "Line of Control", "crossed by the victim in the 1990s"),
  C("Islamabad", "Islamabad", "government speaking"),
  C("India", "India", "country accused")],
 [E(["Rawalakot", "Al-Quds mosque (Rawalakot)"], "2023-09-08", "day", VAC, "Attack", UAG, "Lashkar-e-Taiba",
    [K("sources", "other", "killed", "militant", 1, 1, "A top Lashkar-e-Taiba commander")], 1),
  E(["Rajouri", "Dhangri"], "2023-01-01", "day", VAC, "Attack", "Lashkar-e-Taiba", CIV,
    [K("the report", "media", "killed", "civilian", 5, 5, "five civilians")], 5),
  E(["Rajouri", "Dhangri"], "2023-01-02", "day", EXP, IED, "Lashkar-e-Taiba", CIV,
    [K("the report", "media", "killed", "civilian", 2, 2, "two children")], 2),
  E(["Rajouri"], None, None, None, None, None, None, [], None),
  E(["Poonch (Jammu and Kashmir)"], None, None, None, None, None, None, [], None),
  E(["Rawalpindi"], "2023-02", "month", VAC, "Attack", UAG, "Hizbul Mujahideen", [], 1),
  E(["Karachi"], "2023-02", "month", VAC, "Attack", UAG, "Al-Badr", [], 1)],
 [])

# ---------------- bp-025 Karachi dockyard 2014
G["bp-025"] = (
 [I(["KARACHI", "Karachi"], "Karachi", "town", None, 24.86, 67.01),
  I("Naval Dockyard", "Karachi Naval Dockyard", "site", None, 24.84, 66.98),
  I("West Wharf", "West Wharf", "neighbourhood", None, 24.84, 66.98),
  I("PNS Mehran", "PNS Mehran", "site", None, 24.88, 67.10)],
 [C("Pakistan Navy", "Pakistan", "only inside the name Pakistan Navy"),
  C("PNS Shifa", "PNS Shifa", "naval hospital where the wounded were taken")],
 [E(["Karachi", "West Wharf", "Karachi Naval Dockyard"], "2014-09-06", "day", BAT, "Armed clash", UAG, MIL,
    [K("officials", "government", "killed", "militant", 2, 2, "two attackers"),
     K("officials", "government", "killed", "security", 1, 1, "one sailor")], 3),
  E(["Karachi", "PNS Mehran"], "2011-05", "month", BAT, "Armed clash", UAG, MIL,
    [K("the report", "media", "killed", "security", 10, 10, "ten security personnel")], 10)],
 [])

# ---------------- bp-026 Lahore 2017
G["bp-026"] = (
 [I(["LAHORE", "Lahore"], "Lahore", "town", None, 31.55, 74.34),
  I("Ferozepur Road", "Ferozepur Road", "road"),
  I("Arfa Software Technology Park", "Arfa Software Technology Park", "site", None, 31.48, 74.33),
  I("Mall Road", "Mall Road (Lahore)", "road"),
  I("Punjab Assembly", "Punjab Assembly", "site", None, 31.56, 74.33)],
 [C("Pakistan", "Pakistan", "country, setting"),
  C("Jinnah Hospital", "Jinnah Hospital Lahore", "hospital where the wounded were taken")],
 [E(["Lahore", "Ferozepur Road", "Arfa Software Technology Park"], "2017-07-24", "day", EXP, SB, TTP, POL,
    [K("officials", "government", "killed", "unspecified", 26, None, "at least 26 people"),
     K("officials", "government", "killed", "security", 9, 9, "nine police officers"),
     K("rescue officials", "other", "injured", "unspecified", 24, None, "Dozens of people")], 26),
  E(["Lahore", "Mall Road (Lahore)", "Punjab Assembly"], "2017-02", "month", EXP, SB, None, CIV,
    [K("the report", "media", "killed", "unspecified", 13, None, "at least 13 people")], 13)],
 [])

# ---------------- bp-027 weekly round-up Jan 2014
G["bp-027"] = (
 [I("North Waziristan", "North Waziristan", "region"),
  I("Bannu", "Bannu", "town", None, 32.99, 70.60),
  I("Bannu cantonment", "Bannu Cantonment", "site", None, 33.00, 70.62),
  I("Rawalpindi", "Rawalpindi", "town", None, 33.60, 73.05),
  I("RA Bazaar", "RA Bazaar", "neighbourhood", None, 33.59, 73.05),
  I("Mir Ali", "Mir Ali", "town", None, 33.00, 70.28),
  I("Dringarh", "Dringarh", "town", "Mastung"),
  I("Karachi", "Karachi", "town", None, 24.86, 67.01),
  I("Qayyumabad", "Qayyumabad", "neighbourhood", None, 24.83, 67.08)],
 [C("Islamabad", "Islamabad", "seat of government debate"),
  C("General Headquarters", "General Headquarters (GHQ), Rawalpindi", "landmark locating the blast"),
  C("Davos", "Davos", "PM's cancelled trip"),
  C("Iran", "Iran", "origin of the pilgrims' journey"),
  C("Mastung", "Mastung", "locator for Dringarh ('near Mastung')"),
  C("Quetta", "Quetta", "where Hazara families held a protest (refusal to bury)")],
 [E(["Bannu", "Bannu Cantonment"], "2014-01-19", "day", EXP, IED, TTP, MIL,
    [K("the report", "media", "killed", "security", 20, 20, "20 soldiers"),
     K("the report", "media", "injured", "unspecified", 24, None, "dozens more")], 20),
  E(["Rawalpindi", "RA Bazaar"], "2014-01-20", "day", EXP, SB, TTP, MIL,
    [K("the report", "media", "killed", "unspecified", 13, None, "at least 13 people")], 13),
  E(["Mir Ali", "North Waziristan"], "2014-01-20", "day", EXP, AIR, MIL, UAG,
    [K("the military", "military", "killed", "militant", 40, 40, "40 militants")], 40),
  E(["Dringarh"], "2014-01-21", "day", EXP, IED, "Lashkar-e-Jhangvi", CIV,
    [K("the report", "media", "killed", "unspecified", 24, None, "at least 24 people")], 24),
  E(["Karachi", "Qayyumabad"], "2014-01-21", "day", VAC, "Attack", UAG, CIV,
    [K("the report", "media", "killed", "civilian", 3, 3, "three polio workers")], 3)],
 [])

# ---------------- bp-028 PICSS April 2024
G["bp-028"] = (
 [I("Besham", "Besham", "town", None, 34.93, 72.88),
  I("Dera Ismail Khan", "Dera Ismail Khan", "district"),
  I("Tank", "Tank", "district"),
  I("Lakki Marwat", "Lakki Marwat", "district"),
  I("Bannu", "Bannu", "district"),
  I("N-40", "N-40 (Quetta-Taftan highway)", "road", "Nushki"),
  I("Noshki", "Nushki", "town", "Nushki", 29.55, 66.02),
  I("Karachi", "Karachi", "town", None, 24.86, 67.01),
  I("Landhi", "Landhi", "neighbourhood", None, 24.85, 67.20)],
 [C("Pakistan", "Pakistan", "country, setting; also inside PICSS's name"),
  C("Islamabad", "Islamabad", "location of the think tank"),
  C(["Khyber Pakhtunkhwa", "K-P"], "Khyber Pakhtunkhwa", "province statistics"),
  C("Balochistan", "Balochistan", "province statistics"),
  C("Sindh", "Sindh", "province heading"),
  C("Taftan", "Taftan", "destination of the bus"),
  C("Punjab", "Punjab", "home province of the victims")],
 [E(["Nushki", "N-40 (Quetta-Taftan highway)"], "2024-04-12", "day", VAC, "Attack", UAG, CIV,
    [K("PICSS", "other", "killed", "civilian", 9, 9, "nine of them")], 9),
  E(["Karachi", "Landhi"], "2024-04-19", "day", EXP, SB, UAG, CIV,
    [K("PICSS", "other", "killed", "militant", 2, 2, "both attackers")], 2),
  E(["Dera Ismail Khan"], "2024-04-27", "day", VAC, "Abduction/forced disappearance", UAG, CIV,
    [K("PICSS", "other", "abducted", "civilian", 1, 1, "a district and sessions judge")], 0),
  E(["Besham"], "2024-03-26", "day", EXP, SB, None, CIV,
    [K("PICSS", "other", "killed", "civilian", 5, 5, "five Chinese nationals"),
     K("PICSS", "other", "killed", "civilian", 1, 1, "their Pakistani driver")], 6),
  E(["Dera Ismail Khan"], "2024-04", "month", None, None, None, None, [], None),
  E(["Tank"], "2024-04", "month", None, None, None, None, [], None),
  E(["Lakki Marwat"], "2024-04", "month", None, None, None, None, [], None),
  E(["Bannu"], "2024-04", "month", None, None, None, None, [], None)],
 [K("PICSS", "other", "killed", "unspecified", 70, 70, "70 people"),
  K("PICSS", "other", "killed", "civilian", 35, 35, "35 civilians"),
  K("PICSS", "other", "killed", "security", 31, 31, "31 security forces personnel"),
  K("PICSS", "other", "killed", "militant", 4, 4, "four militants"),
  K("PICSS", "other", "injured", "unspecified", 67, 67, "67 people"),
  K("PICSS", "other", "injured", "civilian", 32, 32, "32 civilians"),
  K("PICSS", "other", "injured", "security", 35, 35, "35 security personnel"),
  K("PICSS", "other", "killed", "unspecified", 77, 77, "77 fatalities"),
  K("PICSS", "other", "injured", "unspecified", 67, 67, "67 injuries"),
  K("PICSS", "other", "killed", "militant", 55, None, "55 suspected militants"),
  K("PICSS", "other", "arrested", "militant", 12, 12, "12 others"),
  K("PICSS", "other", "killed", "unspecified", 43, 43, "43 people"),
  K("PICSS", "other", "killed", "security", 26, 26, "26 security personnel"),
  K("PICSS", "other", "killed", "civilian", 17, 17, "17 civilians"),
  K("PICSS", "other", "injured", "unspecified", 32, 32, "32 injured")])

# ---------------- bp-029 CRSS annual 2024
G["bp-029"] = (
 [I("Kurram", "Kurram", "district"),
  I("North Waziristan", "North Waziristan", "region"),
  I("Khyber", "Khyber", "district"),
  I("Quetta", "Quetta", "district", "Quetta"),
  I("Kech", "Kech", "district", "Kech"),
  I("Kalat", "Kalat", "district", "Kalat"),
  I("Musakhail", "Musakhel", "district", "Musakhel"),
  I("Quetta railway station", "Quetta railway station", "site", "Quetta", 30.19, 67.00)],
 [C("Pakistan", "Pakistan", "country, national statistics"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province statistics"),
  C("Balochistan", "Balochistan", "province statistics"),
  C("Afghanistan", "Afghanistan", "border reference for KP districts")],
 [E(["Kurram"], "2024", "year", None, None, None, None, [], None),
  E(["North Waziristan"], "2024", "year", None, None, None, None, [], None),
  E(["Khyber"], "2024", "year", None, None, None, None, [], None),
  E(["Quetta"], "2024", "year", None, None, None, None, [], None),
  E(["Kech"], "2024", "year", None, None, None, None, [], None),
  E(["Kalat"], "2024", "year", None, None, None, None, [], None),
  E(["Musakhel"], "2024", "year", None, None, None, None, [], None),
  E(["Quetta", "Quetta railway station"], "2024-11-09", "day", EXP, SB, None, MIL,
    [K("CRSS", "other", "killed", "unspecified", 26, None, "at least 26 people")], 26)],
 [K("CRSS", "other", "killed", "unspecified", 2546, 2546, "2,546 violence-linked fatalities"),
  K("CRSS", "other", "injured", "unspecified", 2267, 2267, "2,267 injuries"),
  K("CRSS", "other", "killed", "unspecified", 1533, 1533, "1,533 people"),
  K("CRSS", "other", "injured", "unspecified", 1462, 1462, "1,462 injured"),
  K("CRSS", "other", "killed", "security", 685, None, "685 security personnel"),
  K("CRSS", "other", "killed", "unspecified", 1612, 1612, "1,612 deaths"),
  K("CRSS", "other", "killed", "militant", 934, 934, "934 outlaws"),
  K("CRSS", "other", "killed", "unspecified", 1616, 1616, "1,616 fatalities"),
  K("CRSS", "other", "killed", "unspecified", 782, 782, "782"),
  K("CRSS", "other", "killed", "unspecified", 450, 450, "450 fatalities"),
  K("CRSS", "other", "injured", "unspecified", 625, 625, "625 injuries"),
  K("CRSS", "other", "killed", "unspecified", 182, 182, "182 lives"),
  K("CRSS", "other", "injured", "unspecified", 234, 234, "234 people"),
  K("CRSS", "other", "killed", "civilian", 79, 79, "79 fatalities"),
  K("ISPR", "military", "killed", "militant", 925, 925, "925 terrorists"),
  K("ISPR", "military", "killed", "security", 383, 383, "383 officers and soldiers")])

# ---------------- bp-030 analysis
G["bp-030"] = (
 [I("Bolan", "Bolan", "district", "Kachhi"),
  I("Mashkaf", "Mashkaf", "site", "Kachhi"),
  I("Bannu", "Bannu", "town", None, 32.99, 70.60),
  I("Bannu cantonment", "Bannu Cantonment", "site", None, 33.00, 70.62),
  I("Lakki Marwat", "Lakki Marwat", "district"),
  I("Peshawar", "Peshawar", "town", None, 34.01, 71.58),
  I("Police Lines mosque", "Police Lines mosque (Peshawar)", "site", None, 34.00, 71.55),
  I("Dalbandin", "Dalbandin", "town", "Chagai", 28.89, 64.41),
  I("Karachi", "Karachi", "town", None, 24.86, 67.01),
  I("Chinese consulate", "Chinese consulate (Karachi)", "site", None, 24.82, 67.03),
  I("Pakistan Stock Exchange", "Pakistan Stock Exchange", "site", None, 24.85, 67.00),
  I("University of Karachi", "University of Karachi", "site", None, 24.94, 67.12),
  I("Quetta", "Quetta", "town", "Quetta", 30.19, 67.01),
  I("Quetta railway station", "Quetta railway station", "site", "Quetta", 30.19, 67.00),
  I("Rarasham", "Rarasham", "town", "Musakhel"),
  I("Musakhel", "Musakhel", "district", "Musakhel")],
 [C("Pakistan", "Pakistan", "country, setting; also inside TTP's name"),
  C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province, setting and statistics"),
  C("Balochistan", "Balochistan", "province statistics"),
  C("Afghanistan", "Afghanistan", "location of TTP sanctuaries"),
  C("Islamabad", "Islamabad", "government"),
  C("Kabul", "Kabul", "Afghan Taliban government"),
  C("Punjab", "Punjab", "home province of the victims")],
 [E(["Bolan", "Mashkaf"], "2025-03", "month", BAT, "Armed clash", BLA, MIL,
    [K("the military", "military", "killed", "unspecified", 26, 26, "26 hostages"),
     K("the military", "military", "killed", "militant", 33, 33, "all 33 attackers")], 59),
  E(["Bannu"], None, None, EXP, AIR, TTP, POL, [], None),
  E(["Lakki Marwat"], None, None, EXP, AIR, TTP, POL, [], None),
  E(["Peshawar", "Police Lines mosque (Peshawar)"], "2023-01", "month", EXP, SB, TTP, POL,
    [K("the report", "media", "killed", "unspecified", 81, None, "more than 80 people")], 81),
  E(["Bannu", "Bannu Cantonment"], "2025-03", "month", EXP, SB, TTP, MIL, [], None),
  E(["Dalbandin"], "2018-08", "month", EXP, SB, BLA, CIV, [], None),
  E(["Karachi", "Chinese consulate (Karachi)"], "2018-11", "month", BAT, "Armed clash", BLA, None, [], None),
  E(["Karachi", "Pakistan Stock Exchange"], "2020-06", "month", BAT, "Armed clash", BLA, None, [], None),
  E(["Karachi", "University of Karachi"], "2022-04", "month", EXP, SB, BLA, CIV,
    [K("the report", "media", "killed", "civilian", 3, 3, "three Chinese teachers")], 3),
  E(["Quetta", "Quetta railway station"], "2024-11", "month", EXP, SB, BLA, None,
    [K("the report", "media", "killed", "unspecified", 26, None, "at least 26 people")], 26),
  E(["Rarasham", "Musakhel"], "2024-08-26", "day", VAC, "Attack", BLA, CIV,
    [K("the report", "media", "killed", "civilian", 23, 23, "23 passengers")], 23)],
 [])

def main():
    ids = sorted(G)
    places, events = [], []
    for i in ids:
        inc, ctx, evs, agg = G[i]
        places.append({"id": i, "incident_places": inc, "context_places": ctx})
        events.append({"id": i, "events": evs, "aggregate_claims": agg})
    with open(os.path.join(HERE, "blind-p.gold.json"), "w") as f:
        json.dump(places, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "blind-p.events.gold.json"), "w") as f:
        json.dump(events, f, indent=1, ensure_ascii=False)
    print("wrote", len(ids), "reports")

if __name__ == "__main__":
    main()
