from build_gold_part1 import *

# ---------------- bl-011 Landi Khosa land dispute, 6 Oct 2020
PLACES["bl-011"] = dict(
 incident=[I(["Landi Khosa"], "Landi Khosa", "town", "Kachhi"),
           I(["Kachhi"], "Kachhi", "district", "Kachhi"),
           I(["Goth Behram Buleadi"], "Goth Behram Buleadi", "town", "Nasirabad"),
           I(["Dera Murad Jamali"], "Dera Murad Jamali", "town", "Nasirabad", 28.55, 68.22)],
 context=[C(["SIBI", "Sibi"], "Sibi", "dateline; inside the title 'Sibi municipal committee'"),
          C(["Balochistan"], "Balochistan", "province (statistical remark)")])
EVENTS["bl-011"] = dict(events=[
 E(["Landi Khosa", "Kachhi"], "2020-10-06", "day", BAT, CLASH, "Rind tribe", "Khosa tribe", [
   Cl("the report", "media", "killed", "unspecified", 5, 5, "Five people"),
   Cl("the report", "media", "injured", "unspecified", 2, 2, "two others")], 5),
 E(["Goth Behram Buleadi", "Dera Murad Jamali"], "2012-04", "month", BAT, CLASH, None, None, [
   Cl("the report", "media", "killed", "unspecified", 2, 2, "two men"),
   Cl("the report", "media", "injured", "unspecified", 1, 1, "another wounded")], 2)],
 aggregate_claims=[])

# ---------------- bl-012 Urdu column on Wadh Hindu trader killing, 31 May 2021
PLACES["bl-012"] = dict(
 incident=[I(["Wadh"], "Wadh", "town", "Khuzdar", 27.35, 66.37),
           I(["Hub"], "Hub", "town", "Lasbela", 25.05, 66.88),
           I(["Chaman"], "Chaman", "town", "Qilla Abdullah", 30.92, 66.45),
           I(["Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00),
           I(["Kalat"], "Kalat", "town", "Kalat", 29.03, 66.59),
           I(["Naseerabad"], "Nasirabad", "district", "Nasirabad")],
 context=[C(["Khuzdar"], "Khuzdar", "columnist's base; hospital where a victim died; road endpoint; home of Hindu traders"),
          C(["Karachi"], "Karachi", "road endpoint"),
          C(["Lasbela"], "Lasbela", "district where Hindu families keep shops")])
EVENTS["bl-012"] = dict(events=[
 E(["Wadh"], "2021-05-31", "day", VAC, ATT, UAG, CIV, [], 1),
 E(["Wadh"], "2020-07", "month", VAC, ATT, UAG, CIV, [], 1),
 E(["Hub"], "2021-06-04", None, VAC, ATT, UAG, CIV, [
   Cl("the columnist", "media", "killed", "civilian", 2, 2, "a Hindu businessman was gunned down along with his son")], 2),
 E(["Chaman"], "2021-06-04", None, VAC, ATT, UAG, CIV, [
   Cl("the columnist", "media", "killed", "civilian", 1, 1, "another trader was shot dead")], 1),
 E(["Quetta"], "2021-06-04", None, VAC, ABD, None, CIV, [], None),
 E(["Kalat"], "2021-06-04", None, VAC, ABD, None, CIV, [], None),
 E(["Nasirabad"], "2021-06-04", None, VAC, ABD, None, CIV, [], None)],
 aggregate_claims=[])

# ---------------- bl-013 Chaman polio worker killed, 25 Apr 2019
PLACES["bl-013"] = dict(
 incident=[I(["Chaman"], "Chaman", "town", "Qilla Abdullah", 30.92, 66.45),
           I(["Killi Sultanzai"], "Killi Sultanzai", "town", "Qilla Abdullah"),
           I(["Daman Miralizai"], "Daman Miralizai", "region", "Qilla Abdullah"),
           I(["Ghazi Baig"], "Ghazi Baig", "town", None),
           I(["Haleemzai"], "Haleemzai", "region", None),
           I(["Mohmand"], "Mohmand", "district", None),
           I(["Bannu"], "Bannu", "town", None, 32.99, 70.60),
           I(["Rawalpindi"], "Rawalpindi", "town", None, 33.60, 73.04),
           I(["Pirwadhai"], "Pirwadhai", "neighbourhood", None)],
 context=[C(["QUETTA", "Quetta"], "Quetta", "dateline; where the injured worker was referred; listed as high-risk district"),
          C(["Qila Abdullah"], "Qilla Abdullah", "district where the campaign was suspended / high-risk list"),
          C(["Pishin"], "Pishin", "listed as high-risk district for the campaign")])
EVENTS["bl-013"] = dict(events=[
 E(["Chaman", "Killi Sultanzai", "Daman Miralizai"], "2019-04-25", "day", VAC, ATT, UAG, CIV, [
   Cl("the report", "media", "killed", "civilian", 1, 1, "A woman polio worker"),
   Cl("the report", "media", "injured", "civilian", 1, 1, "another wounded")], 1),
 E(["Ghazi Baig", "Haleemzai", "Mohmand"], "2019-04-08", "day", VAC, ATT, UAG, CIV, [
   Cl("the report", "media", "killed", "civilian", 1, 1, "a union council polio officer")], 1),
 E(["Bannu"], "2019-04-23", "day", BAT, CLASH, UAG, POL, [
   Cl("the report", "media", "killed", "security", 1, 1, "a policeman")], 1),
 E(["Rawalpindi", "Pirwadhai"], "2019-04-24", "day", VAC, ATT, "family members (civilians)", CIV, [], 0)],
 aggregate_claims=[])

# ---------------- bl-014 Bridge blown up at Mach; Dera Bugti landmine, 9 Mar 2014
PLACES["bl-014"] = dict(
 incident=[I(["Mach"], "Mach", "town", "Kachhi", 29.87, 67.33),
           I(["Quetta-Sibi road"], "Quetta-Sibi road", "road", None),
           I(["Bolan"], "Bolan", "district", "Kachhi"),
           I(["Dera Bugti"], "Dera Bugti", "district", "Dera Bugti")],
 context=[C(["QUETTA", "Quetta"], "Quetta", "dateline; traffic origin; road endpoint"),
          C(["Sibi"], "Sibi", "only inside the road name Quetta-Sibi road"),
          C(["Punjab"], "Punjab", "destination of the halted traffic"),
          C(["Sindh"], "Sindh", "province in a route description"),
          C(["Bolan Pass"], "Bolan Pass", "route description, not an attack site")])
EVENTS["bl-014"] = dict(events=[
 E(["Mach", "Quetta-Sibi road", "Bolan"], "2014-03-09", "day", EXP, IED, UAG, None, [
   Cl("the report", "media", "injured", "unspecified", 0, 0, "No one was hurt")], 0),
 E(["Dera Bugti"], "2014-03-09", "day", EXP, IED, None, CIV, [
   Cl("the report", "media", "injured", "civilian", 2, 2, "two children")], 0)],
 aggregate_claims=[])

# ---------------- bl-015 ISPR: IBOs in Awaran, Dera Bugti, Kech, Nov 2024
PLACES["bl-015"] = dict(
 incident=[I(["Awaran"], "Awaran", "district", "Awaran"),
           I(["Dera Bugti"], "Dera Bugti", "district", "Dera Bugti"),
           I(["Kech"], "Kech", "district", "Kech")],
 context=[C(["Rawalpindi"], "Rawalpindi", "place of issue of the press release"),
          C(["Pakistan"], "Pakistan", "country"),
          C(["Balochistan"], "Balochistan", "province named as overall setting")])
EVENTS["bl-015"] = dict(events=[
 E(["Awaran"], "2024-11-22", None, BAT, CLASH, MIL, UAG, [
   Cl("ISPR", "military", "killed", "militant", 2, 2, "two terrorists")], 2),
 E(["Dera Bugti"], "2024-11-22", None, BAT, CLASH, MIL, UAG, [
   Cl("ISPR", "military", "killed", "militant", 1, 1, "one terrorist")], 1),
 E(["Kech"], "2024-11-22", None, BAT, CLASH, MIL, UAG, [
   Cl("ISPR", "military", "killed", "militant", 1, 1, "one more terrorist")], 1)],
 aggregate_claims=[])

# ---------------- bl-016 Chamalang landmine; Barkhan camp attack, 18 Apr 2011
PLACES["bl-016"] = dict(
 incident=[I(["Chamalang"], "Chamalang", "site", "Loralai"),
           I(["Surgari"], "Surgari", "town", "Loralai"),
           I(["Barkhan"], "Barkhan", "district", "Barkhan"),
           I(["Dada Shah Mehmood"], "Dada Shah Mehmood", "town", "Barkhan")],
 context=[C(["QUETTA"], "Quetta", "dateline"),
          C(["Loralai"], "Loralai", "only in an official's title (deputy commissioner of Loralai)"),
          C(["Kohlu"], "Kohlu", "where the bodies were taken"),
          C(["Sindh"], "Sindh", "home province of the victims")])
EVENTS["bl-016"] = dict(events=[
 E(["Surgari", "Chamalang"], "2011-04-18", "day", EXP, IED, None, "Marri security force", [
   Cl("officials", "government", "killed", "security", 2, 2, "Two security guards")], 2),
 E(["Dada Shah Mehmood", "Barkhan"], "2011-04-18", "day", VAC, ATT, UAG, CIV, [
   Cl("officials", "government", "killed", "civilian", 2, 2, "two labourers"),
   Cl("the report", "media", "injured", "civilian", 4, 4, "four others")], 2)],
 aggregate_claims=[])

# ---------------- bl-017 Datta Khel drone strike, 17 Mar 2011
PLACES["bl-017"] = dict(
 incident=[I(["Nayya Adda"], "Nayya Adda", "site", None),
           I(["Datta Khel"], "Datta Khel", "town", None),
           I(["North Waziristan"], "North Waziristan", "district", None),
           I(["Lahore"], "Lahore", "town", None, 31.55, 74.34)],
 context=[C(["MIRAMSHAH", "Miramshah"], "Miramshah", "dateline; distance reference"),
          C(["Pakistan"], "Pakistan", "country"),
          C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "in the governor's title"),
          C(["Washington"], "Washington", "government (US)"),
          C(["Islamabad"], "Islamabad", "government (Pakistan)"),
          C(["U.S."], "United States", "country operating the drones")])
EVENTS["bl-017"] = dict(events=[
 E(["Datta Khel", "Nayya Adda", "North Waziristan"], "2011-03-17", "day", EXP, AIR, "Military Forces of the United States", CIV, [
   Cl("officials and residents", "other", "killed", "unspecified", 24, None, "dozens of people"),
   Cl("local officials", "government", "killed", "unspecified", 38, 38, "38 people"),
   Cl("tribesmen", "local", "killed", "unspecified", 41, 41, "the toll at 41"),
   Cl("tribesmen", "local", "injured", "unspecified", 15, 15, "15 wounded"),
   Cl("Pakistani security officials", "military", "killed", "militant", 11, 11, "11 of the dead")], 38),
 E(["Lahore"], "2011-01", "month", VAC, ATT, "Raymond Davis (CIA contractor)", CIV, [
   Cl("the report", "media", "killed", "civilian", 2, 2, "two men")], 2)],
 aggregate_claims=[])

# ---------------- bl-018 Aliabad (Hunza) police firing, 11 Aug 2011
PLACES["bl-018"] = dict(
 incident=[I(["Aliabad"], "Aliabad", "town", None, 36.31, 74.62),
           I(["Karakoram Highway"], "Karakoram Highway", "road", None),
           I(["Hunza"], "Hunza", "region", None)],
 context=[C(["Attabad"], "Attabad", "site of the 2010 landslide (natural disaster), origin of the displaced"),
          C(["Shishkat"], "Shishkat", "home village of the protesters"),
          C(["Ayeenabad"], "Ayeenabad", "home village of the protesters"),
          C(["Gojal"], "Gojal", "home area of the protesters"),
          C(["Hunza River"], "Hunza River", "river dammed by the landslide"),
          C(["Gilgit"], "Gilgit", "where the injured were shifted"),
          C(["Garelth"], "Garelth", "crowd marched towards it but turned back; nothing happened there"),
          C(["Gilgit-Baltistan"], "Gilgit-Baltistan", "regional government")])
EVENTS["bl-018"] = dict(events=[
 E(["Aliabad", "Karakoram Highway", "Hunza"], "2011-08-11", "day", "Protests", "Excessive force against protesters", POL, "Protesters (Attabad displaced persons)", [
   Cl("the report", "media", "killed", "civilian", 2, 2, "Two people"),
   Cl("the report", "media", "injured", "civilian", 4, None, "At least four others")], 2)],
 aggregate_claims=[])

# ---------------- bl-019 Muzaffarabad Rangers firing, 13 May 2024
PLACES["bl-019"] = dict(
 incident=[I(["MUZAFFARABAD", "Muzaffarabad"], "Muzaffarabad", "town", None, 34.37, 73.47),
           I(["Western Bypass"], "Western Bypass", "road", None),
           I(["Shorran da Nakka"], "Shorran da Nakka", "town", None),
           I(["Muzaffarabad-Brarkot road"], "Muzaffarabad-Brarkot road", "road", None),
           I(["Islamgarh"], "Islamgarh", "town", None),
           I(["Mirpur"], "Mirpur", "district", None)],
 context=[C(["Plate"], "Plate", "home village of a victim"),
          C(["Dara Batangi"], "Dara Batangi", "home village of a victim"),
          C(["Chehla Bandi"], "Chehla Bandi", "home locality of a victim"),
          C(["Azad Kashmir", "AJK"], "Azad Jammu and Kashmir", "region named as overall setting / in a title"),
          C(["Jammu Kashmir"], "Jammu and Kashmir", "only inside the organisation name Jammu Kashmir Joint Awami Action Committee"),
          C(["Dhirkot"], "Dhirkot", "where convoys halted during talks; nothing happened there"),
          C(["Brarkot"], "Brarkot", "exit route not taken"),
          C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "neighbouring province (boundary)"),
          C(["Kohala"], "Kohala", "convoy's intended exit route"),
          C(["Thothal"], "Thothal", "only in the police station name in the officer's title"),
          C(["Bandral"], "Bandral", "native village where the officer was buried")])
EVENTS["bl-019"] = dict(events=[
 E(["Muzaffarabad", "Western Bypass"], "2024-05-13", "day", "Protests", "Excessive force against protesters", MIL, "Protesters", [
   Cl("the report", "media", "killed", "civilian", 3, 3, "Three people"),
   Cl("the report", "media", "injured", "civilian", 6, 6, "six injured")], 3),
 E(["Shorran da Nakka", "Muzaffarabad-Brarkot road"], "2024-05-13", "day", "Riots", "Violent demonstration", "Protesters", MIL, [], 0),
 E(["Islamgarh", "Mirpur"], "2024-05-11", "day", "Riots", "Violent demonstration", "Protesters", POL, [], 1)],
 aggregate_claims=[
   Cl("the report", "media", "injured", "unspecified", 24, None, "Dozens of policemen and protesters")])
