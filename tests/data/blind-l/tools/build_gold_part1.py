# Gold annotations for blind-l, part 1 (bl-001 .. bl-010)
def I(surface, place, kind, district=None, lat=None, lon=None):
    return {"surface": surface, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}
def C(surface, place, why):
    return {"surface": surface, "place": place, "why": why}
def Cl(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}
def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": claims, "fatalities": fat}

VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
EXP, IED, SUI, AIR, SHELL = "Explosions/Remote violence", "Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack"
BAT, CLASH = "Battles", "Armed clash"
UAG, CIV = "Unidentified Armed Group", "Civilians"
MIL, POL = "Military Forces of Pakistan", "Police Forces of Pakistan"
TTP, BLA, LEJ = "Tehreek-e-Taliban Pakistan", "Baloch Liberation Army", "Lashkar-e-Jhangvi"

PLACES = {}
EVENTS = {}

# ---------------- bl-001 Mastung pilgrims bus, 21 Jan 2014
PLACES["bl-001"] = dict(
 incident=[I(["Dringarh"], "Dringarh", "town", "Mastung"),
           I(["Mastung"], "Mastung", "district", "Mastung"),
           I(["Quetta-Taftan highway"], "Quetta-Taftan highway", "road", None),
           I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00)],
 context=[C(["Iran"], "Iran", "country the pilgrims were returning from; route named"),
          C(["Taftan"], "Taftan", "origin of the buses / border crossing, not attacked there"),
          C(["Balochistan"], "Balochistan", "province named as overall setting"),
          C(["Pakistan"], "Pakistan", "country"),
          C(["Bolan"], "Bolan", "only inside the hospital name Bolan Medical Complex")])
EVENTS["bl-001"] = dict(events=[
 E(["Dringarh", "Quetta-Taftan highway", "Mastung"], "2014-01-21", "day", EXP, IED, LEJ, CIV, [
   Cl("the report", "media", "killed", "civilian", 24, None, "At least 24 people"),
   Cl("the report", "media", "injured", "civilian", 32, 32, "32 others"),
   Cl("Mastung Assistant Commissioner Shafqat Anwar", "government", "injured", "civilian", 8, 8, "eight women"),
   Cl("the report", "media", "killed", "civilian", 22, 22, "22 dead"),
   Cl("the report", "media", "killed", "civilian", 2, 2, "two of the wounded")], 24),
 E(["Quetta"], "2014-01-01", "day", EXP, IED, None, CIV, [
   Cl("the report", "media", "killed", "civilian", 2, 2, "two people"),
   Cl("the report", "media", "injured", "civilian", 31, None, "more than 30")], 2),
 E(["Dringarh"], "2013-10", "month", EXP, IED, None, "Frontier Corps", [
   Cl("the report", "media", "killed", "security", 2, 2, "two Frontier Corps men")], 2)],
 aggregate_claims=[])

# ---------------- bl-002 Akhtarabad Hazara bus, 4 Oct 2011
PLACES["bl-002"] = dict(
 incident=[I(["QUETTA"], "Quetta", "town", "Quetta", 30.18, 67.00),
           I(["Akhtarabad"], "Akhtarabad", "neighbourhood", "Quetta"),
           I(["Western Bypass"], "Western Bypass", "road", "Quetta"),
           I(["Mastung"], "Mastung", "district", "Mastung"),
           I(["Mach"], "Mach", "town", "Kachhi", 29.87, 67.33)],
 context=[C(["Brewery"], "Brewery", "origin of the bus and name of the police station; nothing happened there"),
          C(["Hazar Ganji"], "Hazar Ganji", "destination market of the bus, not attacked"),
          C(["Iran"], "Iran", "destination of pilgrims"),
          C(["Bolan"], "Bolan", "only inside the hospital name Bolan Medical Complex")])
EVENTS["bl-002"] = dict(events=[
 E(["Quetta", "Akhtarabad", "Western Bypass"], "2011-10-04", "day", VAC, ATT, UAG, CIV, [
   Cl("the report", "media", "killed", "civilian", 13, 13, "13 people"),
   Cl("police", "police", "killed", "civilian", 13, 13, "the death toll at 13"),
   Cl("other officials", "government", "killed", "civilian", 14, 14, "14 people")], 13),
 E(["Mastung"], "2011-09-20", "day", VAC, ATT, LEJ, CIV, [
   Cl("the report", "media", "killed", "civilian", 26, 26, "26 of them")], 26),
 E(["Mach"], "2011-09-23", "day", VAC, ATT, LEJ, CIV, [
   Cl("the report", "media", "killed", "civilian", 3, 3, "three Hazaras")], 3)],
 aggregate_claims=[])

# ---------------- bl-003 Awaran Zikri zikr khana, 28 Aug 2014
PLACES["bl-003"] = dict(
 incident=[I(["Teertej"], "Teertej", "town", "Awaran"),
           I(["Awaran"], "Awaran", "district", "Awaran")],
 context=[C(["QUETTA"], "Quetta", "dateline (wire's location)"),
          C(["Pakistan"], "Pakistan", "country"),
          C(["Balochistan"], "Balochistan", "province setting"),
          C(["Karachi"], "Karachi", "where the wounded were taken; home of Zikris"),
          C(["Makran"], "Makran", "region where Zikris live"),
          C(["Iran"], "Iran", "neighbouring country"),
          C(["Afghanistan"], "Afghanistan", "neighbouring country")])
EVENTS["bl-003"] = dict(events=[
 E(["Teertej", "Awaran"], "2014-08-28", "day", VAC, ATT, UAG, CIV, [
   Cl("officials", "government", "killed", "civilian", 6, None, "at least six people"),
   Cl("officials", "government", "injured", "civilian", 7, 7, "wounding seven"),
   Cl("a Baloch nationalist news website", "media", "killed", "civilian", 8, 8, "the number of dead at eight")], 6)],
 aggregate_claims=[])

# ---------------- bl-004 Noshki drone strike, 21 May 2016
PLACES["bl-004"] = dict(
 incident=[I(["Koshki"], "Koshki", "town", "Nushki"),
           I(["Ahmad Wal"], "Ahmad Wal", "town", "Nushki"),
           I(["Noshki", "Nushki"], "Nushki", "district", "Nushki")],
 context=[C(["QUETTA", "Quetta"], "Quetta", "dateline; hospital where the brother spoke"),
          C(["Pakistan"], "Pakistan", "country"),
          C(["Taftan"], "Taftan", "where the passenger was picked up"),
          C(["Iran"], "Iran", "border / passenger's travel"),
          C(["Killa Abdullah"], "Qilla Abdullah", "residence on the passenger's identity card"),
          C(["Karachi"], "Karachi", "second address on the identity card"),
          C(["Afghanistan"], "Afghanistan", "government agency speaking"),
          C(["Dalbandin"], "Dalbandin", "location given in the Afghan chief executive's tweet; the text places the strike near Ahmad Wal"),
          C(["Islamabad"], "Islamabad", "government"),
          C(["Balochistan"], "Balochistan", "province"),
          C(["U.S."], "United States", "country operating the drone")])
EVENTS["bl-004"] = dict(events=[
 E(["Ahmad Wal", "Koshki", "Nushki"], "2016-05-21", "day", EXP, AIR, "Military Forces of the United States", "Afghan Taliban", [
   Cl("Pakistani officials", "government", "killed", "unspecified", 2, 2, "its driver and a passenger"),
   Cl("the report", "media", "killed", "unspecified", 2, 2, "two charred bodies")], 2)],
 aggregate_claims=[])

# ---------------- bl-005 Gwadar Chinese convoy, 13 Aug 2023
PLACES["bl-005"] = dict(
 incident=[I(["GWADAR", "Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.32),
           I(["Faqeer Colony bridge"], "Faqeer Colony bridge", "site", "Gwadar"),
           I(["East Bay Expressway"], "East Bay Expressway", "road", "Gwadar")],
 context=[C(["China"], "China", "country of the engineers; inside China-Pakistan Economic Corridor"),
          C(["Islamabad"], "Islamabad", "seat of the Chinese embassy speaking"),
          C(["Karachi"], "Karachi", "seat of the Chinese consulate general"),
          C(["Sindh"], "Sindh", "province named in an advisory"),
          C(["Balochistan"], "Balochistan", "province named in an advisory / inside group name"),
          C(["Pakistan"], "Pakistan", "only inside China-Pakistan Economic Corridor")])
EVENTS["bl-005"] = dict(events=[
 E(["Gwadar", "Faqeer Colony bridge"], "2023-08-13", "day", BAT, CLASH, BLA, MIL, [
   Cl("officials", "government", "killed", "militant", 2, 2, "two of the attackers"),
   Cl("Global Times", "media", "injured", "civilian", 0, 0, "none of whom was hurt"),
   Cl("ISPR", "military", "killed", "militant", 2, 2, "two of them"),
   Cl("ISPR (earlier statement)", "military", "killed", "militant", 1, 1, "one militant"),
   Cl("ISPR (earlier statement)", "military", "injured", "militant", 3, 3, "three injured"),
   Cl("Gwadar DSP Chakar Baloch", "police", "killed", "militant", 2, 2, "both attackers")], 2),
 E(["Gwadar", "East Bay Expressway"], "2021-08", "month", EXP, SUI, None, CIV, [
   Cl("the report", "media", "killed", "civilian", 2, 2, "two children")], 2)],
 aggregate_claims=[])

# ---------------- bl-006 Gwadar Haq Do Tehreek protests, Dec 2022
PLACES["bl-006"] = dict(
 incident=[I(["GWADAR", "Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.32),
           I(["Surbandan"], "Surbandan", "town", "Gwadar"),
           I(["Makran Coastal Highway"], "Makran Coastal Highway", "road", None)],
 context=[C(["QUETTA"], "Quetta", "dateline"),
          C(["Balochistan"], "Balochistan", "provincial government speaking"),
          C(["Zero Point"], "Zero Point", "police deployment point; nothing happened there"),
          C(["Iran"], "Iran", "border trade demand")])
EVENTS["bl-006"] = dict(events=[
 E(["Gwadar"], "2022-12-27", "day", "Riots", "Violent demonstration", "Haq Do Tehreek protesters", POL, [
   Cl("the report", "media", "killed", "security", 1, 1, "a police constable")], 1),
 E(["Gwadar"], "2022-12-26", "day", "Strategic developments", "Arrests", POL, "Haq Do Tehreek", [
   Cl("the report", "media", "arrested", "civilian", 7, 7, "seven activists")], 0),
 E(["Surbandan", "Makran Coastal Highway"], "2022-12-26", "day", "Protests", "Peaceful protest", "Haq Do Tehreek", None, [], 0)],
 aggregate_claims=[])

# ---------------- bl-007 Irshad Mastoi obituary, 28 Aug 2014
PLACES["bl-007"] = dict(
 incident=[I(["Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00),
           I(["Jinnah Road"], "Jinnah Road", "road", "Quetta"),
           I(["Khuzdar"], "Khuzdar", "town", "Khuzdar", 27.81, 66.61)],
 context=[C(["Balochistan"], "Balochistan", "only inside names (University of Balochistan, Balochistan Union of Journalists)")])
EVENTS["bl-007"] = dict(events=[
 E(["Quetta", "Jinnah Road"], "2014-08-28", "day", VAC, ATT, UAG, CIV, [
   Cl("the report", "media", "killed", "civilian", 3, 3, "The three men")], 3),
 E(["Khuzdar"], "2011", "year", VAC, ATT, None, CIV, [
   Cl("the report", "media", "killed", "civilian", 1, 1, "one of its own")], 1)],
 aggregate_claims=[])

# ---------------- bl-008 Jaffar Express near Spezand, 10 Aug 2025
PLACES["bl-008"] = dict(
 incident=[I(["Spezand"], "Spezand", "town", "Mastung"),
           I(["Dasht"], "Dasht", "region", "Mastung"),
           I(["Mastung"], "Mastung", "district", "Mastung"),
           I(["Bolan Pass"], "Bolan Pass", "region", "Kachhi"),
           I(["Jacobabad"], "Jacobabad", "town", None, 28.28, 68.44)],
 context=[C(["QUETTA", "Quetta"], "Quetta", "dateline; origin of the train; railway division name"),
          C(["Peshawar"], "Peshawar", "destination of the train"),
          C(["Pakistan"], "Pakistan", "only inside Pakistan Railways"),
          C(["Balochistan"], "Balochistan", "only inside the group name Balochistan Liberation Army")])
EVENTS["bl-008"] = dict(events=[
 E(["Spezand", "Dasht", "Mastung"], "2025-08-10", "day", EXP, IED, None, CIV, [
   Cl("Muhammad Kashif, Pakistan Railways PRO", "government", "killed", "civilian", 0, 0, "no loss of life"),
   Cl("Muhammad Kashif, Pakistan Railways PRO", "government", "injured", "civilian", 4, 4, "Four passengers")], 0),
 E(["Bolan Pass"], "2025-03", "month", VAC, ABD, BLA, CIV, [
   Cl("the report", "media", "abducted", "civilian", 200, None, "hundreds of passengers"),
   Cl("the military", "military", "killed", "civilian", 26, 26, "26 hostages")], 26),
 E(["Jacobabad"], "2025-06", "month", EXP, IED, None, CIV, [
   Cl("the report", "media", "injured", "civilian", 0, 0, "no one was hurt")], 0)],
 aggregate_claims=[])

# ---------------- bl-009 Panjgur mass grave (Darg-e-Dap), July 2018
PLACES["bl-009"] = dict(
 incident=[I(["Darg-e-Dap"], "Darg-e-Dap", "site", "Panjgur"),
           I(["PANJGUR", "Panjgur"], "Panjgur", "district", "Panjgur"),
           I(["Tootak"], "Tootak", "town", "Khuzdar"),
           I(["Khuzdar"], "Khuzdar", "district", "Khuzdar")],
 context=[C(["Diz"], "Diz", "home village of the missing man (fateha held there)"),
          C(["Parom"], "Parom", "home area of the missing man")])
EVENTS["bl-009"] = dict(events=[
 E(["Darg-e-Dap", "Panjgur"], "2018-07-18", "day", VAC, ATT, None, CIV, [
   Cl("the report", "media", "killed", "unspecified", 4, None, "At least four bodies"),
   Cl("Khair Baksh's father (quoting FC officers)", "local", "killed", "unspecified", 3, 3, "three others")], 4),
 E(["Tootak", "Khuzdar"], "2014-01", "month", VAC, ATT, None, CIV, [
   Cl("officials", "government", "killed", "unspecified", 13, 13, "13 bodies"),
   Cl("nationalist groups", "other", "killed", "unspecified", 101, None, "more than 100")], 13)],
 aggregate_claims=[])

# ---------------- bl-010 Rockets on village near Dera Allah Yar, 15 Dec 2023
PLACES["bl-010"] = dict(
 incident=[I(["Goth Abdul Rasheed Jakhrani"], "Goth Abdul Rasheed Jakhrani", "town", "Jafarabad"),
           I(["Abdul Karim Samalani"], "Abdul Karim Samalani", "town", "Jafarabad"),
           I(["Dera Allah Yar", "Dera Allahyar"], "Dera Allah Yar", "town", "Jafarabad", 28.37, 68.35),
           I(["JAFFARABAD", "Jaffarabad"], "Jafarabad", "district", "Jafarabad")],
 context=[C(["Balochistan"], "Balochistan", "province"),
          C(["Sindh"], "Sindh", "neighbouring province (border)")])
EVENTS["bl-010"] = dict(events=[
 E(["Goth Abdul Rasheed Jakhrani", "Dera Allah Yar", "Jafarabad"], "2023-12-15", "day", EXP, SHELL, UAG, CIV, [], 0),
 E(["Abdul Karim Samalani"], "2023-12-15", "day", EXP, SHELL, UAG, CIV, [
   Cl("police", "police", "injured", "civilian", 1, 1, "wounding a woman")], 0)],
 aggregate_claims=[])
