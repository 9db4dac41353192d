from gold_data import *  # noqa: F401,F403

# ---------------------------------------------------------------- bf-017
GOLD["bf-017"] = dict(
incident=[
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00),
    I(["Ghousabad"], "Ghousabad", "neighbourhood", "Quetta", 30.17, 66.99),
    I(["Satellite Town"], "Satellite Town", "neighbourhood", "Quetta", 30.17, 66.99),
    I(["Sariab Road"], "Sariab Road", "road", "Quetta", 30.15, 66.99),
    I(["McConaghey Road"], "McConaghey Road", "road", "Quetta", 30.19, 67.01),
],
context=[
    C(["Balochistan"], "Balochistan", "province, in an official's title"),
])
EVENTS["bf-017"] = dict(events=[
    E(["Quetta", "Ghousabad", "Satellite Town"], "2020-01-10", "day", EXP, SB,
      "Islamic State (Pakistan Province)", CIV, [
        K(R, "media", "killed", "civilian", 15, 15, "15 worshippers"),
        K("Home Minister Mir Ziaullah Langove", "government", "killed", "unspecified", 15, 15, "15 deaths"),
        K("Home Minister Mir Ziaullah Langove", "government", "injured", "unspecified", 19, 19, "19 people"),
        K("Civil Hospital spokesman", "medical", "injured", "unspecified", 21, 21, "21")], 15),
    E(["Quetta", "Sariab Road"], "2019-12", "month", VAC, ATT, UAG, CIV, [
        K(R, "media", "killed", "civilian", 1, 1, "his son")], 1),
    E(["Quetta", "McConaghey Road"], "2020-01-07", "day", EXP, IED, UAG, FC, [
        K(R, "media", "killed", "unspecified", 2, 2, "two people"),
        K(R, "media", "injured", "unspecified", 14, 14, "14")], 2),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-018
GOLD["bf-018"] = dict(
incident=[
    I(["TURBAT", "Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
    I(["Dannuk"], "Dannuk", "neighbourhood", "Kech"),
    I(["Kech"], "Kech", "district", "Kech"),
],
context=[
    C(["Gwadar"], "Gwadar", "protest venue"),
    C(["Buleda"], "Buleda", "protest venue"),
    C(["Noshki"], "Nushki", "protest venue"),
    C(["Quetta"], "Quetta", "planned protest venue"),
    C(["Karachi"], "Karachi", "where the wounded girl was treated; planned protest venue"),
    C(["Shaheed Fida Chowk"], "Shaheed Fida Chowk", "protest venue in Turbat"),
    C(["Balochistan"], "Balochistan", "province named in a quoted statement"),
    C(["Dalbandin"], "Dalbandin", "protest venue"),
])
EVENTS["bf-018"] = dict(events=[
    E(["Turbat", "Dannuk", "Kech"], "2020-05-26", "day", VAC, ATT, UAG, CIV, [
        K(R, "media", "killed", "civilian", 1, 1, "a young mother"),
        K(R, "media", "injured", "civilian", 1, 1, "her four-year-old daughter"),
        K("police", "police", "arrested", "unspecified", 1, 1, "one suspect")], 1),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-019
GOLD["bf-019"] = dict(
incident=[
    I(["CHAMAN", "Chaman"], "Chaman", "town", "Qilla Abdullah", 30.92, 66.45),
    I(["Mall Road"], "Mall Road", "road", "Qilla Abdullah", 30.92, 66.45),
    I(["Levies Lines"], "Levies Lines", "site", "Qilla Abdullah", 30.92, 66.45),
    I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
    I(["Bolan"], "Bolan", "district", "Kachhi"),
    I(["Makran"], "Makran", "region"),
],
context=[
    C(["Quetta"], "Quetta", "where the seriously injured were referred"),
    C(["Kandahar"], "Kandahar", "Afghan province across the border (reference)"),
])
EVENTS["bf-019"] = dict(events=[
    E(["Chaman", "Mall Road"], "2020-08-10", "day", EXP, IED, UAG, "Anti-Narcotics Force", [
        K("officials", "government", "killed", "unspecified", 5, None, "At least five people"),
        K("officials", "government", "injured", "unspecified", 20, 20, "20 injured"),
        K(R, "media", "killed", "unspecified", 5, 5, "Five killed"),
        K(R, "media", "injured", "unspecified", 20, 20, "20 hurt")], 5),
    E(["Chaman", "Levies Lines"], "2020-03", "month", EXP, IED, UAG, LEV, [
        K(R, "media", "injured", "unspecified", 9, 9, "nine people")], 0),
    E(["Turbat"], "2020-07", "month", EXP, IED, UAG, CIV, [
        K(R, "media", "killed", "unspecified", 1, 1, "one person"),
        K(R, "media", "injured", "unspecified", 7, 7, "seven")], 1),
    E(["Bolan"], "2020-05", "month", EXP, IED, UAG, MIL, [
        K(R, "media", "killed", "security", 6, 6, "six soldiers")], 6),
    E(["Makran"], "2020-05", "month", BAT, AC, UAG, MIL, [
        K(R, "media", "killed", "security", 1, 1, "another soldier")], 1),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-020
GOLD["bf-020"] = dict(
incident=[
    I(["TURBAT", "Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
    I(["Absar"], "Absar", "neighbourhood", "Kech", 26.00, 63.05),
    I(["Dannuk"], "Dannuk", "neighbourhood", "Kech"),
],
context=[
    C(["Karachi"], "Karachi", "inside an institution's name (Karachi University); protest venue"),
    C(["Kech"], "Kech", "named only in an official's title (Kech District Police Officer)"),
    C(["Balochistan"], "Balochistan", "only inside an organisation's name (FC Balochistan)"),
    C(["Quetta"], "Quetta", "protest venue"),
    C(["Gwadar"], "Gwadar", "protest venue"),
    C(["Khuzdar"], "Khuzdar", "protest venue"),
    C(["Islamabad"], "Islamabad", "where the federal minister spoke"),
])
EVENTS["bf-020"] = dict(events=[
    E(["Turbat", "Absar"], "2020-08-13", "day", VAC, ATT, FC, CIV, [
        K("FC Balochistan", "military", "injured", "security", 3, 3, "three personnel")], 1),
    E(["Dannuk"], "2020-05", "month", VAC, ATT, UAG, CIV, [], 1),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-021
GOLD["bf-021"] = dict(
incident=[
    I(["Hoshab"], "Hoshab", "town", "Kech", 26.02, 63.87),
    I(["Kech"], "Kech", "district", "Kech"),
],
context=[
    C(["QUETTA", "Quetta"], "Quetta", "dateline; sit-in venue"),
    C(["Turbat"], "Turbat", "direction reference; hospital; earlier sit-in"),
    C(["Panjgur"], "Panjgur", "direction reference"),
    C(["Balochistan"], "Balochistan", "province, in an official's title"),
    C(["Shaheed Fida Chowk"], "Shaheed Fida Chowk", "sit-in venue in Turbat"),
])
EVENTS["bf-021"] = dict(events=[
    E(["Hoshab", "Kech"], "2021-10-10", "day", EXP, "Shelling/artillery/missile attack", None, CIV, [
        K(R, "media", "killed", "civilian", 2, 2, "two children"),
        K("Levies Force", "police", "killed", "civilian", 2, 2, "Two of them")], 2),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-022
GOLD["bf-022"] = dict(
incident=[
    I(["Hoshab"], "Hoshab", "town", "Kech", 26.02, 63.87),
    I(["Kech"], "Kech", "district", "Kech"),
    I(["Gogdan"], "Gogdan", "town", "Kech"),
    I(["Buleda"], "Buleda", "town", "Kech"),
    I(["Tijaban"], "Tijaban", "town", "Kech"),
    I(["Dannuk"], "Dannuk", "neighbourhood", "Kech"),
    I(["Absar"], "Absar", "neighbourhood", "Kech", 26.00, 63.05),
    I(["M-8 highway"], "M-8 highway", "road"),
],
context=[
    C(["Quetta"], "Quetta", "where the bodies were carried; sit-in venue"),
    C(["Turbat"], "Turbat", "district headquarters; distance reference; seat of a court; a lawyer's base"),
    C(["Mand"], "Mand", "named in passing to describe the district's extent"),
    C(["Tump"], "Tump", "named in passing to describe the district's extent"),
    C(["Dasht"], "Dasht", "named in passing to describe the district's extent"),
    C(["Balochistan"], "Balochistan", "only inside an organisation's name (Balochistan Liberation Front)"),
    C(["Sindh"], "Sindh", "victims' province of origin"),
    C(["Punjab"], "Punjab", "victims' province of origin"),
    C(["Iran"], "Iran", "migrants' transit country; fighters said to come from there"),
    C(["Europe"], "Europe", "migrants' intended destination"),
    C(["Karachi"], "Karachi", "only inside an institution's name (Karachi University)"),
    C(["China-Pakistan Economic Corridor"], "China-Pakistan Economic Corridor", "places only inside a project's name"),
])
EVENTS["bf-022"] = dict(events=[
    E(["Hoshab"], "2021-10-10", "day", EXP, "Shelling/artillery/missile attack", None, CIV, [
        K(R, "media", "killed", "civilian", 2, 2, "two siblings"),
        K(R, "media", "injured", "civilian", 1, 1, "a third child")], 2),
    E(["Gogdan"], "2015-04", "month", VAC, ATT, BLF, CIV, [
        K(R, "media", "killed", "civilian", 20, 20, "20 workers")], 20),
    E(["Buleda"], "2017-11", "month", VAC, ATT, BLF, CIV, [
        K(R, "media", "killed", "civilian", 15, 15, "15 young men")], 15),
    E(["Kech"], "2018-12", "month", BAT, AC, UAG, FC, [
        K(R, "media", "killed", "security", 6, 6, "six FC men"),
        K(R, "media", "injured", "security", 14, 14, "14")], 6),
    E(["Tijaban"], "2019-07", "month", BAT, AC, BLF, MIL, [
        K("the military", "military", "killed", "security", 4, 4, "four soldiers"),
        K("BLF", "militant", "killed", "security", 10, 10, "ten")], 4),
    E(["Buleda"], "2020-05", "month", EXP, IED, UAG, MIL, [
        K(R, "media", "killed", "security", 6, 6, "a major and five soldiers")], 6),
    E(["Dannuk"], "2020-05", "month", VAC, ATT, UAG, CIV, [
        K(R, "media", "injured", "civilian", 1, 1, "her four-year-old daughter")], 1),
    E(["Absar"], "2020-08", "month", VAC, ATT, FC, CIV, [], 1),
    E(["M-8 highway"], None, None, EXP, IED, UAG, None, [], None),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-023
GOLD["bf-023"] = dict(
incident=[
    I(["Kohlu"], "Kohlu", "district", "Kohlu"),
    I(["Janthali"], "Janthali", "town", "Kohlu"),
    I(["Chaman"], "Chaman", "town", "Qilla Abdullah", 30.92, 66.45),
    I(["Roghani Road"], "Roghani Road", "road", "Qilla Abdullah", 30.92, 66.45),
],
context=[
    C(["QUETTA", "Quetta"], "Quetta", "dateline; injured shifted to CMH Quetta"),
    C(["Balochistan"], "Balochistan", "province, in an official's title"),
])
EVENTS["bf-023"] = dict(events=[
    E(["Janthali", "Kohlu"], "2023-02-27", "day", EXP, IED, UAG, LEV, [
        K(R, "media", "killed", "security", 1, 1, "A Levies soldier"),
        K(R, "media", "injured", "security", 6, 6, "six others"),
        K("other Levies officials", "police", "killed", "security", 2, 2, "two dead"),
        K("other Levies officials", "police", "injured", "security", 5, 5, "five injured")], 1),
    E(["Chaman"], "2023-02-27", "day", BAT, AC, UAG, LEV, [
        K(R, "media", "injured", "security", 1, 1, "another Levies man")], 0),
    E(["Chaman", "Roghani Road"], "2023-02", "month", BAT, AC, UAG, FC, [
        K(R, "media", "killed", "security", 2, 2, "Two Frontier Corps men")], 2),
    E(["Chaman"], "2023-02", "month", BAT, AC, UAG, LEV, [
        K(R, "media", "killed", "security", 1, 1, "a Levies man")], 1),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-024
GOLD["bf-024"] = dict(
incident=[
    I(["Tank"], "Tank", "town", None, 32.22, 70.38),
    I(["Khyber"], "Khyber", "district"),
    I(["Nala Khwarh"], "Nala Khwarh", "site"),
    I(["Daraban"], "Daraban", "town", None, 31.73, 70.33),
    I(["DERA ISMAIL KHAN", "Dera Ismail Khan"], "Dera Ismail Khan", "district"),
],
context=[
    C(["PESHAWAR"], "Peshawar", "dateline"),
    C(["Dera Road"], "Dera Road", "road in Tank closed as a precaution (not the attack site)"),
    C(["Pakistan"], "Pakistan", "only inside an organisation's name (Tehreek-e-Jihad Pakistan)"),
])
EVENTS["bf-024"] = dict(events=[
    E(["Tank"], "2023-12-15", "day", BAT, AC, "Ansarul Islam", POL, [
        K(R, "media", "killed", "security", 3, 3, "Three policemen"),
        K("DPO Iftikhar Ali Shah", "police", "injured", "security", 2, 2, "two other policemen"),
        K("ISPR", "military", "killed", "militant", 5, 5, "all five terrorists"),
        K("provincial police chief Akhtar Hayat", "police", "killed", "militant", 3, 3, "three attackers")], 6),
    E(["Nala Khwarh", "Khyber"], "2023-12-15", "day", BAT, AC, UAG, POL, [
        K(R, "media", "killed", "security", 2, 2, "two personnel of the Frontier Constabulary"),
        K("senior police official", "police", "killed", "security", 2, 2, "Two FC personnel"),
        K("senior police official", "police", "injured", "security", 6, 6, "six others"),
        K("senior police official", "police", "injured", "security", 1, 1, "a policeman"),
        K(R, "media", "killed", "security", 2, 2, "two FC men")], 2),
    E(["Daraban", "Dera Ismail Khan"], "2023-12-12", "day", EXP, SB, "Tehreek-e-Jihad Pakistan", MIL, [
        K(R, "media", "killed", "security", 23, 23, "23 soldiers")], 23),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-025
GOLD["bf-025"] = dict(
incident=[
    I(["Quetta-Karachi highway"], "Quetta-Karachi highway", "road"),
    I(["Khadkocha"], "Khad Kocha", "town", "Mastung"),
    I(["Mastung"], "Mastung", "district", "Mastung"),
    I(["Kand Umrani"], "Kund Umrani", "site", "Mastung"),
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00),
    I(["Satellite Town"], "Satellite Town", "neighbourhood", "Quetta", 30.17, 66.99),
    I(["Chalo Bawri"], "Chalo Bawri", "neighbourhood", "Quetta", 30.17, 66.99),
    I(["Sariab"], "Sariab", "neighbourhood", "Quetta", 30.15, 66.98),
],
context=[
    C(["Panjgur"], "Panjgur", "named only in the victim's title and an institution's name (Panjgur Municipal Committee)"),
    C(["Turbat"], "Turbat", "the victim's home town"),
])
EVENTS["bf-025"] = dict(events=[
    E(["Khad Kocha", "Kund Umrani", "Quetta-Karachi highway", "Mastung"], "2024-08-12", "day", VAC, ATT, UAG, CIV, [
        K(R, "media", "injured", "unspecified", 4, 4, "four other people")], 1),
    E(["Quetta", "Satellite Town", "Chalo Bawri"], "2024-08-12", "day", EXP, "Grenade", UAG, POL, [
        K("police", "police", "injured", "civilian", 8, 8, "eight people")], 0),
    E(["Quetta", "Sariab"], "2024-08-12", "day", EXP, "Grenade", None, None, [], None),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-026
GOLD["bf-026"] = dict(
incident=[
    I(["PISHIN", "Pishin"], "Pishin", "town", "Pishin", 30.58, 67.00),
    I(["Surkhab Chowk"], "Surkhab Chowk", "site", "Pishin", 30.58, 67.00),
    I(["Noshki"], "Nushki", "district", "Nushki"),
],
context=[
    C(["Quetta"], "Quetta", "where the wounded were referred"),
])
EVENTS["bf-026"] = dict(events=[
    E(["Pishin", "Surkhab Chowk"], "2024-08-24", "day", EXP, IED, UAG, CIV, [
        K(R, "media", "killed", "civilian", 3, 3, "Two children and a woman"),
        K(R, "media", "injured", "unspecified", 13, None, "more than a dozen people"),
        K("Dr Wakeel Sherani (medical superintendent)", "medical", "killed", "civilian", 2, 2, "two children"),
        K("Dr Wakeel Sherani (medical superintendent)", "medical", "injured", "unspecified", 14, 14, "14 people"),
        K("Trauma Centre managing director", "medical", "killed", "civilian", 1, 1, "a woman"),
        K("SHO Mujibur Rehman", "police", "injured", "security", 2, 2, "two traffic policemen"),
        K("SSP Manzoor Buledi", "police", "injured", "security", 7, 7, "seven policemen"),
        K(R, "media", "killed", "civilian", 3, 3, "Two children, woman")], 3),
    E(["Nushki"], "2024-08", "month", EXP, IED, UAG, FC, [
        K(R, "media", "injured", "civilian", 2, 2, "two pedestrians")], 0),
    E(["Pishin"], "2024-07", "month", EXP, IED, UAG, POL, [
        K(R, "media", "injured", "security", 3, 3, "three CTD officials"),
        K(R, "media", "injured", "civilian", 3, 3, "three passers-by")], 0),
    E(["Pishin"], "2024-02", "month", EXP, IED, UAG, CIV, [
        K(R, "media", "killed", "unspecified", 14, None, "at least 14 people")], 14),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-027
GOLD["bf-027"] = dict(
incident=[
    I(["Musakhel"], "Musakhel", "district", "Musakhel"),
    I(["Rarasham"], "Rarasham", "town", "Musakhel"),
    I(["Kalat"], "Kalat", "town", "Kalat", 29.03, 66.59),
    I(["Bolan"], "Bolan", "district", "Kachhi"),
    I(["Dozan"], "Dozan", "site", "Kachhi"),
    I(["Kolpur"], "Kolpur", "town", "Kachhi"),
    I(["Bela"], "Bela", "town", "Lasbela", 26.23, 66.31),
    I(["Lasbela"], "Lasbela", "district", "Lasbela"),
    I(["Mastung"], "Mastung", "district", "Mastung"),
    I(["Khad Kocha"], "Khad Kocha", "town", "Mastung"),
    I(["Kohlu"], "Kohlu", "district", "Kohlu"),
],
context=[
    C(["QUETTA", "Quetta"], "Quetta", "dateline; train services to and from Quetta suspended"),
    C(["Pakistan"], "Pakistan", "dateline country; national statistics"),
    C(["Balochistan"], "Balochistan", "province named as overall setting"),
    C(["Punjab"], "Punjab", "victims' home province"),
    C(["Dera Bugti"], "Dera Bugti", "in a person's description (chieftain of Dera Bugti)"),
])
D27 = "2024-08-26"
EVENTS["bf-027"] = dict(events=[
    E(["Rarasham", "Musakhel"], D27, "day", VAC, ATT, BLA, CIV, [
        K(R, "media", "killed", "civilian", 23, 23, "23 travellers"),
        K("SSP Ayub Achakzai", "police", "killed", "civilian", 23, 23, "23 men")], 23),
    E(["Kalat"], D27, "day", BAT, AC, BLA, POL, [
        K("district police chief Dostin Dashti", "police", "killed", "unspecified", 10, 10, "10 people"),
        K("district police chief Dostin Dashti", "police", "killed", "security", 1, 1, "a police sub-inspector"),
        K("district police chief Dostin Dashti", "police", "killed", "security", 4, 4, "four Levies personnel"),
        K("district police chief Dostin Dashti", "police", "killed", "civilian", 5, 5, "five civilians")], 10),
    E(["Dozan", "Bolan"], D27, "day", EXP, IED, BLA, None, [
        K("railway officials", "other", "killed", "unspecified", 1, 1, "One person")], 1),
    E(["Kolpur", "Bolan"], D27, "day", VAC, ATT, None, CIV, [
        K(R, "media", "killed", "unspecified", 4, 4, "four men")], 4),
    E(["Bela", "Lasbela"], D27, "day", BAT, AC, BLA, FC, [
        K("security officials", "military", "killed", "militant", 5, 5, "five attackers"),
        K("another official", "government", "killed", "militant", 2, 2, "two attackers"),
        K("security officials", "military", "injured", "security", 2, 2, "two personnel")], 2),
    E(["Khad Kocha", "Mastung"], D27, "day", BAT, AC, BLA, LEV, [], 0),
    E(["Kohlu"], "2006-08-26", "day", BAT, AC, MIL, None, [], 1),
], aggregate_claims=[
    K("officials", "government", "killed", "unspecified", 38, None, "At least 38 people"),
    K("ISPR", "military", "killed", "militant", 21, 21, "21 militants"),
    K("ISPR", "military", "killed", "security", 14, 14, "14 members of the security forces"),
    K("ISPR", "military", "killed", "security", 10, 10, "10 soldiers"),
    K("ISPR", "military", "killed", "security", 4, 4, "four police and Levies personnel"),
    K("Baloch Liberation Army", "militant", "killed", "security", 24, None, "dozens of soldiers"),
    K("Centre for Research and Security Studies", "other", "killed", "unspecified", 380, 380, "380 violence-linked fatalities"),
])

# ---------------------------------------------------------------- bf-028
GOLD["bf-028"] = dict(
incident=[
    I(["Bolan"], "Bolan", "district", "Kachhi"),
    I(["Dhadar"], "Dhadar", "town", "Kachhi", 29.48, 67.65),
    I(["Mashkaf tunnel"], "Mashkaf tunnel", "site", "Kachhi"),
],
context=[
    C(["RAWALPINDI"], "Rawalpindi", "dateline (military spokesman)"),
    C(["Quetta"], "Quetta", "train's origin; distance reference"),
    C(["Peshawar"], "Peshawar", "train's destination"),
    C(["Afghanistan"], "Afghanistan", "where the alleged handlers were"),
    C(["Pehro Kunri"], "Pehro Kunri", "station named as a location reference"),
    C(["Mach"], "Mach", "where freed hostages were taken"),
    C(["Pakistan"], "Pakistan", "country, in a general statement"),
])
EVENTS["bf-028"] = dict(events=[
    E(["Dhadar", "Mashkaf tunnel", "Bolan"], "2025-03-11", "day", VAC, "Abduction/forced disappearance", BLA, CIV, [
        K("DG ISPR", "military", "killed", "civilian", 21, 21, "21 passengers"),
        K("DG ISPR", "military", "killed", "security", 4, 4, "four Frontier Corps personnel"),
        K("DG ISPR", "military", "killed", "security", 3, 3, "Three FC personnel"),
        K("security sources", "military", "abducted", "civilian", 151, None, "more than 150 hostages"),
        K(R, "media", "injured", "civilian", 37, 37, "Thirty-seven injured passengers")], 24),
    E(["Dhadar", "Mashkaf tunnel", "Bolan"], "2025-03-12", "day", BAT, AC, MIL, BLA, [
        K("DG ISPR", "military", "killed", "militant", 33, 33, "all 33 militants"),
        K("DG ISPR", "military", "killed", "security", 1, 1, "one FC soldier"),
        K("ISPR", "military", "killed", "militant", 33, 33, "all 33 attackers")], 34),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-029
GOLD["bf-029"] = dict(
incident=[
    I(["Surab"], "Surab", "town", "Kalat", 28.49, 66.26),
    I(["Quetta-Karachi highway"], "Quetta-Karachi highway", "road"),
    I(["Kalat"], "Kalat", "district", "Kalat"),
    I(["Mangochar"], "Mangochar", "town", "Kalat"),
],
context=[
    C(["QUETTA", "Quetta"], "Quetta", "dateline; in an official's title; road reference"),
    C(["Balochistan"], "Balochistan", "government's name; inside a group's name"),
    C(["Hindustan"], "India", "named in an official's accusation"),
    C(["Khuzdar"], "Khuzdar", "road reference"),
    C(["Karachi"], "Karachi", "road reference"),
])
EVENTS["bf-029"] = dict(events=[
    E(["Surab", "Quetta-Karachi highway"], "2025-05-30", "day", BAT, AC, BLA, POL, [
        K(R, "media", "killed", "civilian", 1, 1, "a senior district official")], 1),
    E(["Mangochar", "Kalat"], "2025-01", "month", BAT, AC, UAG, FC, [
        K(R, "media", "killed", "security", 18, 18, "18 Frontier Corps soldiers")], 18),
], aggregate_claims=[])

# ---------------------------------------------------------------- bf-030
GOLD["bf-030"] = dict(
incident=[
    I(["Sambaza"], "Sambaza", "town", "Zhob"),
    I(["Zhob"], "Zhob", "district", "Zhob"),
    I(["Hassan Khel"], "Hassan Khel", "region"),
    I(["North Waziristan"], "North Waziristan", "district"),
    I(["Mastung"], "Mastung", "district", "Mastung"),
],
context=[
    C(["RAWALPINDI"], "Rawalpindi", "dateline"),
    C(["Balochistan"], "Balochistan", "province the infiltrators tried to enter"),
    C(["Afghanistan"], "Afghanistan", "origin of the infiltrators; inside the border's name"),
    C(["Pakistan-Afghanistan border"], "Pakistan-Afghanistan border", "border named as the line crossed; the clash place is Sambaza"),
    C(["Pakistan"], "Pakistan", "inside the border's name and an organisation's name"),
    C(["Islamabad"], "Islamabad", "government making an accusation"),
    C(["Kabul"], "Kabul", "government denying an accusation"),
    C(["Narowal"], "Narowal", "a soldier's home town"),
    C(["Swabi"], "Swabi", "a soldier's home town"),
    C(["Karak"], "Karak", "a soldier's home town"),
])
EVENTS["bf-030"] = dict(events=[
    E(["Sambaza", "Zhob"], "2025-08-08", "day", BAT, AC, MIL, TTP, [
        K("ISPR", "military", "killed", "militant", 33, 33, "33 of them")], 33),
    E(["Sambaza", "Zhob"], "2025-08", "month", BAT, AC, MIL, TTP, [
        K("ISPR", "military", "killed", "militant", 14, 14, "14 more militants")], 14),
    E(["Hassan Khel", "North Waziristan"], "2025-07", "month", BAT, AC, MIL, UAG, [
        K("security forces", "military", "killed", "militant", 30, 30, "30 militants")], 30),
    E(["Mastung"], "2025-08-06", "day", EXP, IED, UAG, MIL, [
        K("ISPR", "military", "killed", "security", 3, 3, "three soldiers")], 3),
    E(["Mastung"], "2025-08", "month", BAT, AC, MIL, UAG, [
        K("ISPR", "military", "killed", "militant", 4, 4, "Four militants")], 4),
], aggregate_claims=[
    K("ISPR", "military", "killed", "militant", 47, 47, "47"),
])

# ---------------------------------------------------------------- bf-031
GOLD["bf-031"] = dict(
incident=[
    I(["Sherani"], "Sherani", "district", "Zhob"),
    I(["Dhana Sar"], "Dhana Sar", "town", "Zhob"),
],
context=[
    C(["ZHOB", "Zhob"], "Zhob", "dateline; hospital where the injured were first treated (Civil Hospital Zhob)"),
    C(["Quetta"], "Quetta", "where the injured were referred"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "neighbouring province (border reference)"),
])
EVENTS["bf-031"] = dict(events=[
    E(["Sherani"], "2025-09-17", "day", BAT, AC, UAG, POL, [
        K(R, "media", "killed", "security", 1, 1, "a police constable"),
        K(R, "media", "injured", "security", 2, 2, "two Levies personnel"),
        K("other reports", "media", "killed", "security", 1, 1, "a Levies official"),
        K("other reports", "media", "injured", "unspecified", 6, 6, "six people")], 1),
    E(["Dhana Sar", "Sherani"], "2023-07", "month", BAT, AC, UAG, POL, [
        K(R, "media", "killed", "security", 3, 3, "three policemen"),
        K(R, "media", "killed", "security", 1, 1, "an FC soldier"),
        K(R, "media", "killed", "militant", 1, 1, "one attacker")], 5),
], aggregate_claims=[])
