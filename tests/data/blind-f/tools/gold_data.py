# Hand annotations for the blind-f set (places, events, claims).
# Built into blind-f.gold.json and blind-f.events.gold.json by build.py.

def I(surface, place, kind, district=None, lat=None, lon=None):
    return {"surface": surface, "place": place, "kind": kind,
            "district": district, "lat": lat, "lon": lon}

def C(surface, place, why):
    return {"surface": surface, "place": place, "why": why}

def K(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what,
            "whose": whose, "n_min": nmin, "n_max": nmax, "surface": surface}

def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1,
            "actor2": a2, "claims": claims, "fatalities": fat}

EXP = "Explosions/Remote violence"
BAT = "Battles"
VAC = "Violence against civilians"
STR = "Strategic developments"
RIO = "Riots"
IED = "Remote explosive/landmine/IED"
SB = "Suicide bomb"
AC = "Armed clash"
ATT = "Attack"
UAG = "Unidentified Armed Group"
MIL = "Military Forces of Pakistan"
POL = "Police Forces of Pakistan"
FC = "Frontier Corps"
LEV = "Levies Force"
CIV = "Civilians"
TTP = "Tehreek-e-Taliban Pakistan"
BLA = "Baloch Liberation Army"
BLF = "Baloch Liberation Front"
R = "the report"

GOLD = {}
EVENTS = {}

# ---------------------------------------------------------------- bf-001
GOLD["bf-001"] = dict(
incident=[
    I(["Hub"], "Hub", "town", "Lasbela", 25.05, 66.89),
    I(["Sakran Road"], "Sakran Road", "road", "Lasbela", 25.05, 66.89),
    I(["Uthal"], "Uthal", "town", "Lasbela", 25.81, 66.62),
    I(["Panjgur"], "Panjgur", "town", "Panjgur", 26.97, 64.09),
    I(["Kharan"], "Kharan", "town", "Kharan", 28.58, 65.42),
    I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
    I(["Kalat"], "Kalat", "town", "Kalat", 29.03, 66.59),
    I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
    I(["Khuzdar"], "Khuzdar", "town", "Khuzdar", 27.81, 66.61),
],
context=[
    C(["QUETTA"], "Quetta", "dateline (publisher's location)"),
    C(["Karachi"], "Karachi", "reference for Hub's location; wounded referred there"),
    C(["Lasbela"], "Lasbela", "named only in an official's title (Lasbela District Police Officer)"),
    C(["Balochistan"], "Balochistan", "province named as overall setting (headline)"),
])
EVENTS["bf-001"] = dict(events=[
    E(["Hub", "Sakran Road"], "2008-08-13", "day", EXP, IED, UAG, CIV, [
        K(R, "media", "killed", "civilian", 2, 2, "Two passers-by"),
        K(R, "media", "injured", "unspecified", 9, 9, "Nine people")], 2),
    E(["Uthal"], "2008-08-13", "day", EXP, IED, UAG, POL, [
        K(R, "media", "killed", "civilian", 1, 1, "a schoolteacher"),
        K(R, "media", "injured", "security", 4, 4, "Four policemen"),
        K(R, "media", "injured", "unspecified", 4, 4, "four other people")], 1),
    E(["Panjgur"], "2008-08-13", "day", EXP, "Grenade", UAG, CIV, [
        K(R, "media", "killed", "civilian", 1, 1, "a young girl"),
        K(R, "media", "injured", "civilian", 1, 1, "one man")], 1),
    E(["Kharan"], "2008-08-13", "day", VAC, ATT, UAG, CIV, [
        K(R, "media", "killed", "civilian", 1, 1, "A man"),
        K(R, "media", "injured", "civilian", 1, 1, "another man")], 1),
    E(["Turbat"], "2008-08-13", "day", VAC, ATT, UAG, POL, [
        K(R, "media", "killed", "security", 1, 1, "an official of the Federal Investigation Agency")], 1),
    E(["Kalat"], "2008-08-13", "day", EXP, None, None, None, [], None),
    E(["Mastung"], "2008-08-13", "day", EXP, None, None, None, [], None),
    E(["Khuzdar"], "2008-08-13", "day", EXP, None, None, None, [], None),
], aggregate_claims=[
    K(R, "media", "killed", "unspecified", 6, 6, "Six people"),
    K(R, "media", "injured", "unspecified", 19, 19, "19 injured"),
    K(R, "media", "killed", "unspecified", 6, 6, "Six killed"),
])

# ---------------------------------------------------------------- bf-002
GOLD["bf-002"] = dict(
incident=[
    I(["Bagiari"], "Bagiari", "town"),
    I(["JAMRUD", "Jamrud"], "Jamrud", "town", None, 34.00, 71.38),
    I(["Peshawar-Torkham highway"], "Peshawar-Torkham highway", "road"),
    I(["Khyber"], "Khyber", "district"),
],
context=[
    C(["Pakistan"], "Pakistan", "country: dateline and overall setting"),
    C(["Afghanistan"], "Afghanistan", "destination of supplies; war context"),
    C(["Torkham"], "Torkham", "destination of traffic (border crossing); also inside the highway name"),
    C(["Peshawar"], "Peshawar", "where the wounded were treated; distance reference"),
    C(["US"], "United States", "named in a title (US President)"),
])
EVENTS["bf-002"] = dict(events=[
    E(["Bagiari", "Jamrud", "Peshawar-Torkham highway", "Khyber"], "2009-03-27", "day", EXP, SB, UAG, CIV, [
        K("officials", "government", "killed", "unspecified", 48, None, "at least 48 people"),
        K("Fida Mohammad Bangash", "government", "killed", "unspecified", 48, 48, "48 dead"),
        K("Fida Mohammad Bangash", "government", "injured", "unspecified", 153, 153, "153 wounded"),
        K("witnesses", "local", "killed", "unspecified", 70, None, "no fewer than 70"),
        K("local officials", "government", "killed", "security", 4, 4, "four Frontier Corps men"),
        K("local officials", "government", "killed", "security", 12, 12, "12 Khassadars"),
        K(R, "media", "killed", "unspecified", 24, None, "dozens dead")], 48),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-003
GOLD["bf-003"] = dict(
incident=[
    I(["RAWALPINDI", "Rawalpindi"], "Rawalpindi", "town", None, 33.60, 73.05),
    I(["Parade Lane"], "Parade Lane", "neighbourhood", None, 33.60, 73.05),
    I(["Qasim Market"], "Qasim Market", "site", None, 33.60, 73.04),
    I(["Peshawar Road"], "Peshawar Road", "road"),
    I(["General Headquarters"], "General Headquarters", "site", None, 33.59, 73.05),
    I(["Islamabad"], "Islamabad", "town", None, 33.69, 73.05),
    I(["South Waziristan"], "South Waziristan", "district"),
],
context=[
    C(["Peshawar"], "Peshawar", "named only in an official's title (Peshawar corps commander)"),
    C(["North West Frontier Province"], "Khyber Pakhtunkhwa", "province the militants' car came from"),
])
EVENTS["bf-003"] = dict(events=[
    E(["Rawalpindi", "Parade Lane", "Qasim Market", "Peshawar Road"], "2009-12-04", "day", EXP, SB, UAG, CIV, [
        K("officials", "government", "killed", "unspecified", 40, 40, "40 people"),
        K("officials", "government", "killed", "civilian", 17, 17, "17 children"),
        K("officials", "government", "killed", "militant", 4, None, "at least four attackers"),
        K(R, "media", "injured", "unspecified", 24, None, "dozens of people"),
        K("investigators", "police", "arrested", "unspecified", 6, 6, "six suspects"),
        K(R, "media", "killed", "unspecified", 40, 40, "40 dead")], 40),
    E(["Rawalpindi", "General Headquarters"], "2009-10", "month", BAT, AC, UAG, MIL, [], None),
    E(["Rawalpindi", "Peshawar Road"], "2009", "year", EXP, SB, UAG, MIL, [], None),
    E(["Islamabad"], "2009-12-03", "day", EXP, SB, UAG, MIL, [
        K(R, "media", "killed", "security", 2, 2, "two guards"),
        K(R, "media", "injured", "unspecified", 11, 11, "11 people")], 2),
    E(["South Waziristan"], "2009-10", "month", BAT, AC, MIL, TTP, [], None),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-004
GOLD["bf-004"] = dict(
incident=[
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00),
    I(["Meezan Chowk"], "Meezan Chowk", "site", "Quetta", 30.19, 67.01),
    I(["Lahore"], "Lahore", "town", None, 31.55, 74.34),
    I(["Mardan"], "Mardan", "town", None, 34.20, 72.05),
    I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
],
context=[
    C(["Balochistan"], "Balochistan", "province, in an official's title and an organisation's name"),
    C(["Pakistan"], "Pakistan", "only inside an organisation's name (Tehreek-e-Taliban Pakistan)"),
])
EVENTS["bf-004"] = dict(events=[
    E(["Quetta", "Meezan Chowk"], "2010-09-03", "day", EXP, SB, UAG, CIV, [
        K(R, "media", "killed", "unspecified", 51, None, "more than 50 people"),
        K(R, "media", "injured", "unspecified", None, 200, "nearly 200"),
        K("Sardar Khan (police control room)", "police", "killed", "unspecified", 53, 53, "53 people"),
        K("Sardar Khan (police control room)", "police", "injured", "unspecified", 197, 197, "197 people"),
        K(R, "media", "killed", "civilian", 1, 1, "the driver of a news channel's van"),
        K(R, "media", "killed", "unspecified", 51, None, "over 50 killed")], 53),
    E(["Lahore"], "2010-09-01", "day", EXP, None, TTP, CIV, [
        K(R, "media", "killed", "unspecified", 31, None, "more than 30 people")], 31),
    E(["Mardan"], "2010-09-03", "day", EXP, SB, UAG, CIV, [
        K(R, "media", "killed", "unspecified", 1, 1, "one person")], 1),
    E(["Peshawar"], "2010-09-03", "day", EXP, None, None, None, [], None),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-005
GOLD["bf-005"] = dict(
incident=[
    I(["GHALANAI", "Ghalanai"], "Ghalanai", "town"),
    I(["Mohmand Agency", "Mohmand"], "Mohmand", "district"),
    I(["Safi"], "Safi", "region"),
    I(["Yakaghund"], "Yakaghund", "town"),
],
context=[
    C(["Peshawar"], "Peshawar", "where the wounded were treated"),
    C(["Charsadda"], "Charsadda", "where the wounded were treated"),
    C(["Islamabad"], "Islamabad", "distance reference"),
])
EVENTS["bf-005"] = dict(events=[
    E(["Ghalanai", "Mohmand"], "2010-12-06", "day", EXP, SB, TTP, CIV, [
        K(R, "media", "killed", "unspecified", 40, None, "at least 40 people"),
        K("Miraj Khan", "government", "killed", "unspecified", 43, 43, "43"),
        K(R, "media", "killed", "civilian", 2, 2, "Two television journalists"),
        K("Political Agent Amjad Ali Khan", "government", "injured", "unspecified", 60, 60, "60 people"),
        K(R, "media", "killed", "unspecified", 43, 43, "kill 43")], 43),
    E(["Safi"], None, None, BAT, AC, MIL, None, [], None),
    E(["Yakaghund", "Mohmand"], "2010-07", "month", EXP, SB, UAG, CIV, [
        K(R, "media", "killed", "unspecified", 105, 105, "105 people")], 105),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-006
GOLD["bf-006"] = dict(
incident=[
    I(["BANNU", "Bannu"], "Bannu", "town", None, 32.99, 70.60),
    I(["Central Jail"], "Bannu Central Jail", "site"),
],
context=[
    C(["Pakistan"], "Pakistan", "only inside organisation names (Pakistan Air Force, Tehreek-e-Taliban Pakistan)"),
    C(["Kohat"], "Kohat", "prisoners had earlier been shifted from its jail"),
    C(["Lakki Marwat"], "Lakki Marwat", "prisoners had earlier been shifted from its jail"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province, in an official's title"),
    C(["North Waziristan"], "North Waziristan", "neighbouring area; expected destination of the fugitives"),
])
EVENTS["bf-006"] = dict(events=[
    E(["Bannu", "Bannu Central Jail"], "2012-04-15", "day", BAT, AC, TTP, POL, [
        K("police", "police", "injured", "security", 4, 4, "Four policemen")], 0),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-007
GOLD["bf-007"] = dict(
incident=[
    I(["Nanga Parbat"], "Nanga Parbat", "site", None, 35.24, 74.59),
    I(["Diamir base camp"], "Diamir base camp", "site"),
    I(["Diamer"], "Diamer", "district"),
    I(["North Waziristan"], "North Waziristan", "district"),
],
context=[
    C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; bodies flown there; government addressed"),
    C(["Pakistan"], "Pakistan", "country, overall setting"),
    C(["Gilgit"], "Gilgit", "only inside a force's name (Gilgit Scouts)"),
    C(["Ukraine"], "Ukraine", "victims' country of origin"),
    C(["China"], "China", "victims' country of origin; government speaking"),
    C(["Slovakia"], "Slovakia", "victims' country of origin"),
    C(["Lithuania"], "Lithuania", "victims' country of origin"),
    C(["Nepal"], "Nepal", "victim's country of origin"),
    C(["US"], "United States", "state operating the drone (not a place where something happened)"),
    C(["Karakoram Highway"], "Karakoram Highway", "direction reference for the search"),
])
EVENTS["bf-007"] = dict(events=[
    E(["Diamir base camp", "Nanga Parbat", "Diamer"], "2013-06-22", "day", VAC, ATT, TTP, CIV, [
        K("officials", "government", "killed", "civilian", 10, 10, "ten foreign mountaineers"),
        K("officials", "government", "killed", "civilian", 1, 1, "a Pakistani member of their support staff"),
        K(R, "media", "killed", "civilian", 10, 10, "ten foreign climbers")], 11),
    E(["North Waziristan"], "2013-05", "month", EXP, "Air/drone strike",
      "Military Forces of the United States", TTP, [], 1),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-008
GOLD["bf-008"] = dict(
incident=[
    I(["SUKKUR", "Sukkur"], "Sukkur", "town", None, 27.70, 68.86),
    I(["Barrage Colony"], "Barrage Colony", "neighbourhood", None, 27.70, 68.86),
],
context=[
    C(["Rohri"], "Rohri", "where the injured were taken"),
    C(["Sindh"], "Sindh", "province: in the Rangers' name and as a regional description (upper Sindh)"),
    C(["Karachi"], "Karachi", "distance reference"),
])
EVENTS["bf-008"] = dict(events=[
    E(["Sukkur", "Barrage Colony"], "2013-07-24", "day", EXP, SB, UAG, MIL, [
        K("Rangers spokesman", "military", "killed", "unspecified", 9, 9, "nine people"),
        K("Rangers spokesman", "military", "killed", "militant", 5, 5, "five attackers"),
        K("Rangers spokesman", "military", "killed", "security", 4, 4, "four officials"),
        K("sources", "other", "killed", "civilian", 1, 1, "a gardener"),
        K("Edhi volunteers", "other", "injured", "unspecified", 50, 50, "50 injured people"),
        K("state television", "media", "injured", "unspecified", 38, 38, "38"),
        K(R, "media", "killed", "unspecified", 9, 9, "nine dead")], 9),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-009
GOLD["bf-009"] = dict(
incident=[
    I(["DERA ISMAIL KHAN", "Dera Ismail Khan", "D.I. Khan"], "Dera Ismail Khan", "town", None, 31.83, 70.90),
    I(["Central Jail", "central jail"], "Dera Ismail Khan Central Jail", "site", None, 31.83, 70.90),
    I(["Daraban Road"], "Daraban Road", "road"),
    I(["Bannu"], "Bannu", "town", None, 32.99, 70.60),
],
context=[
    C(["Daraban"], "Daraban", "only inside a road's name (Daraban Road)"),
    C(["Pakistan"], "Pakistan", "only inside an organisation's name (Tehreek-e-Taliban Pakistan)"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province, in an official's title"),
    C(["Peshawar"], "Peshawar", "where the chief minister spoke"),
])
EVENTS["bf-009"] = dict(events=[
    E(["Dera Ismail Khan", "Dera Ismail Khan Central Jail"], "2013-07-29", "day", BAT, AC, TTP, POL, [
        K("officials", "government", "killed", "unspecified", 12, None, "At least twelve people"),
        K("Commissioner Mushtaq Jadoon", "government", "killed", "security", 4, 4, "four policemen"),
        K("Commissioner Mushtaq Jadoon", "government", "killed", "unspecified", 4, 4, "four prisoners"),
        K("Commissioner Mushtaq Jadoon", "government", "killed", "civilian", 3, 3, "three passers-by"),
        K("Commissioner Mushtaq Jadoon", "government", "killed", "militant", 2, 2, "two of the attackers"),
        K("Commissioner Mushtaq Jadoon", "government", "injured", "unspecified", 13, 13, "Thirteen people"),
        K("Commissioner Mushtaq Jadoon", "government", "injured", "security", 6, 6, "six of them policemen")], 12),
    E(["Dera Ismail Khan", "Daraban Road"], "2013-07-30", "day", STR, "Arrests", POL, None, [
        K("Commissioner Mushtaq Jadoon", "government", "arrested", "unspecified", 6, 6, "Six of the fugitives")], 0),
    E(["Bannu"], "2012-04", "month", BAT, AC, UAG, POL, [], None),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-010
GOLD["bf-010"] = dict(
incident=[
    I(["Mashkay"], "Mashkay", "town", "Awaran"),
    I(["Awaran"], "Awaran", "district", "Awaran"),
    I(["Bazdad"], "Bazdad", "town", "Awaran"),
],
context=[
    C(["QUETTA", "Quetta"], "Quetta", "dateline; relief supplies sent from there"),
    C(["Karachi"], "Karachi", "relief supplies sent from there"),
    C(["Kech"], "Kech", "district hit by the earthquake, not by the attacks"),
    C(["Punjab"], "Punjab", "province, in an official's title"),
    C(["Balochistan"], "Balochistan", "province, in an official's title and an organisation's name"),
])
EVENTS["bf-010"] = dict(events=[
    E(["Mashkay", "Awaran"], "2013-09-27", "day", BAT, AC, UAG, FC, [], 0),
    E(["Mashkay", "Awaran"], "2013-09-26", "day", EXP, "Shelling/artillery/missile attack", UAG, MIL, [], 0),
    E(["Bazdad", "Awaran"], "2013-09-26", "day", BAT, AC, UAG, FC, [], 0),
], aggregate_claims=[
    K("provincial government", "government", "killed", "civilian", 359, 359, "359 people"),
])

# ---------------------------------------------------------------- bf-011
GOLD["bf-011"] = dict(
incident=[
    I(["LARKANA", "Larkana"], "Larkana", "town", None, 27.56, 68.21),
    I(["Jinnah Bagh", "Jinnah Bagh Chowk"], "Jinnah Bagh", "neighbourhood", None, 27.56, 68.21),
    I(["Dera Allahyar"], "Dera Allahyar", "town", "Jafarabad", 28.37, 68.35),
    I(["Jaffarabad"], "Jafarabad", "district", "Jafarabad"),
    I(["Usta Muhammad"], "Usta Muhammad", "town", "Jafarabad", 28.18, 68.04),
    I(["Sohbatpur"], "Sohbatpur", "town", "Jafarabad", 28.52, 68.54),
],
context=[
    C(["Sindh"], "Sindh", "province, in an official's title"),
    C(["Balochistan"], "Balochistan", "province named as overall setting of the spill-over"),
])
EVENTS["bf-011"] = dict(events=[
    E(["Larkana", "Jinnah Bagh"], "2014-03-15", "day", RIO, "Mob violence", "Rioters", CIV, [
        K("police", "police", "arrested", "unspecified", 3, 3, "three people")], 0),
    E(["Dera Allahyar", "Jafarabad"], "2014-03-16", "day", RIO, "Violent demonstration", "Rioters", POL, [
        K(R, "media", "injured", "civilian", 2, 2, "two protesters"),
        K(R, "media", "injured", "security", 1, 1, "a policeman")], 0),
    E(["Usta Muhammad"], "2014-03-16", "day", RIO, "Mob violence", "Rioters", CIV, [], 0),
    E(["Sohbatpur"], "2014-03-16", "day", RIO, "Violent demonstration", "Rioters", POL, [], 0),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-012
GOLD["bf-012"] = dict(
incident=[
    I(["PANJGUR", "Panjgur"], "Panjgur", "district", "Panjgur"),
    I(["Gramkan"], "Gramkan", "town", "Panjgur"),
    I(["Washbood"], "Washbood", "town", "Panjgur"),
    I(["Sawaran"], "Sawaran", "town", "Panjgur"),
],
context=[
    C(["Balochistan"], "Balochistan", "only inside a party's name (Balochistan National Party)"),
    C(["Turbat"], "Turbat", "where parents fear the threats may spread"),
    C(["Makran"], "Makran", "region named in passing"),
])
EVENTS["bf-012"] = dict(events=[
    E(["Gramkan", "Panjgur"], "2014-05-13", "day", VAC, ATT, UAG, CIV, [], 0),
    E(["Washbood", "Panjgur"], "2014-05-07", "day", VAC, ATT, "Tanzeem-ul-Islam-ul-Furqan", CIV, [], 0),
    E(["Sawaran", "Panjgur"], "2014-05-07", "day", VAC, ATT, "Tanzeem-ul-Islam-ul-Furqan", CIV, [], 0),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-013
GOLD["bf-013"] = dict(
incident=[
    I(["Notal"], "Notal", "town", "Nasirabad"),
    I(["Naseerabad"], "Nasirabad", "district", "Nasirabad"),
],
context=[
    C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; city affected by the blackout"),
    C(["Pakistan"], "Pakistan", "country affected by the blackout"),
    C(["Balochistan"], "Balochistan", "province named as overall setting"),
    C(["Guddu"], "Guddu", "power station where the cascade started (effect, not the attack site)"),
    C(["Sindh"], "Sindh", "province of the power station"),
    C(["Lahore"], "Lahore", "city affected by the blackout"),
    C(["Peshawar"], "Peshawar", "city affected by the blackout"),
    C(["Karachi"], "Karachi", "city affected by the blackout"),
    C(["Quetta"], "Quetta", "city affected by the blackout"),
    C(["Punjab"], "Punjab", "province affected by the blackout"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province affected by the blackout"),
])
EVENTS["bf-013"] = dict(events=[
    E(["Notal", "Nasirabad"], "2015-01-24", "day", EXP, IED, "Baloch Republican Army", None, [], 0),
    E(["Nasirabad"], "2015-01", "month", EXP, None, None, None, [], None),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-014
GOLD["bf-014"] = dict(
incident=[
    I(["Mastung"], "Mastung", "district", "Mastung"),
    I(["Khad Kocha"], "Khad Kocha", "town", "Mastung"),
    I(["Kund Umrani"], "Kund Umrani", "site", "Mastung"),
],
context=[
    C(["QUETTA", "Quetta"], "Quetta", "dateline; sit-in venue; hospital; coaches' departure point"),
    C(["Karachi"], "Karachi", "destination of the coaches"),
    C(["Pishin"], "Pishin", "victims' home district; coaches picked up passengers there"),
    C(["Chaman"], "Chaman", "starting point of one coach"),
    C(["India"], "India", "country accused by an official"),
    C(["Balochistan"], "Balochistan", "province, in an official's title"),
    C(["Quetta-Karachi highway"], "Quetta-Karachi highway", "road where transporters suspended services in protest"),
])
EVENTS["bf-014"] = dict(events=[
    E(["Khad Kocha", "Kund Umrani", "Mastung"], "2015-05-29", "day", VAC, ATT, "United Baloch Army", CIV, [
        K("Home Secretary Akbar Hussain Durrani", "government", "abducted", "civilian", 30, 30, "30 passengers"),
        K("Home Minister Mir Sarfraz Bugti", "government", "killed", "civilian", 19, 19, "19 deaths"),
        K("Home Minister Mir Sarfraz Bugti", "government", "killed", "civilian", 22, 22, "22 passengers"),
        K("Home Minister Mir Sarfraz Bugti", "government", "injured", "civilian", 3, 3, "three others"),
        K(R, "media", "killed", "civilian", 22, 22, "22")], 22),
    E(["Mastung"], "2015-05-30", "day", BAT, AC, FC, UAG, [
        K("Frontier Corps spokesman", "military", "killed", "militant", 5, None, "at least five militants"),
        K(R, "media", "killed", "militant", 5, 5, "five militants")], 5),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-015
GOLD["bf-015"] = dict(
incident=[
    I(["CHILAS", "Chilas"], "Chilas", "town", None, 35.42, 74.10),
    I(["Diamer"], "Diamer", "district"),
    I(["Darel"], "Darel", "region"),
    I(["Tangir"], "Tangir", "region"),
    I(["Ronay"], "Ronay", "neighbourhood"),
    I(["Tabor"], "Tabor", "town"),
    I(["Galee Bala"], "Galee Bala", "town"),
],
context=[
    C(["Gilgit-Baltistan"], "Gilgit-Baltistan", "region named as overall setting; in an official's title"),
    C(["Kohistan"], "Kohistan", "neighbouring district named as a border reference"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province of the neighbouring district"),
    C(["Northern Areas"], "Northern Areas", "only inside an official's title (Force Commander Northern Areas)"),
    C(["Bhasha"], "Bhasha", "only inside a project's name (Diamer-Bhasha dam)"),
])
EVENTS["bf-015"] = dict(events=[
    E(["Chilas", "Ronay", "Diamer"], "2018-08-02", "day", STR, "Looting/property destruction", UAG, CIV, [], 0),
    E(["Tabor", "Darel", "Diamer"], "2018-08-02", "day", STR, "Looting/property destruction", UAG, CIV, [], 0),
    E(["Galee Bala", "Tangir", "Diamer"], "2018-08-02", "day", STR, "Looting/property destruction", UAG, CIV, [], 0),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-016
GOLD["bf-016"] = dict(
incident=[
    I(["Boya"], "Boya", "town"),
    I(["Kharqamar", "Khar Qamar"], "Kharqamar", "site"),
    I(["North Waziristan"], "North Waziristan", "district"),
    I(["Makki Garh"], "Makki Garh", "site"),
    I(["Shawal"], "Shawal", "region"),
],
context=[
    C(["RAWALPINDI"], "Rawalpindi", "dateline (military media wing's location)"),
    C(["MIRANSHAH", "Miranshah"], "Miranshah", "dateline; officials flew there for briefings"),
    C(["Islamabad"], "Islamabad", "where an official spoke"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province, in officials' titles"),
])
EVENTS["bf-016"] = dict(events=[
    E(["Boya", "Kharqamar", "North Waziristan"], "2019-05-26", "day", BAT, AC, "Pashtun Tahaffuz Movement", MIL, [
        K(R, "media", "killed", "unspecified", 3, 3, "Three people"),
        K(R, "media", "injured", "security", 5, 5, "five soldiers"),
        K("ISPR", "military", "killed", "unspecified", 3, 3, "three of the attackers"),
        K("ISPR", "military", "injured", "unspecified", 10, 10, "10 others"),
        K("ISPR", "military", "arrested", "unspecified", 9, 9, "Ali Wazir and eight other people"),
        K("ISPR", "military", "killed", "unspecified", 5, 5, "five bullet-riddled bodies"),
        K("ISPR", "military", "killed", "unspecified", 3, 3, "Three killed")], 3),
    E(["Makki Garh", "Shawal", "North Waziristan"], "2019-05-27", "day", BAT, AC, UAG, MIL, [
        K("ISPR", "military", "killed", "security", 1, 1, "one soldier")], 1),
], aggregate_claims=[])
