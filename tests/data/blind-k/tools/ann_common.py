# helpers for building blind-k gold
GOLD = {}
EVENTS = {}
COORD = {
 'Quetta':(30.18,67.00),'Mastung':(29.80,66.85),'Khuzdar':(27.80,66.61),'Turbat':(26.00,63.05),
 'Panjgur':(26.96,64.09),'Dhadar':(29.48,67.65),'Dera Allahyar':(28.37,68.35),'Sibi':(29.54,67.88),
 'Mach':(29.87,67.33),'Hub':(25.05,66.89),'Uthal':(25.81,66.62),'Kharan':(28.58,65.42),
 'Kohlu':(29.90,69.25),'Chaman':(30.92,66.45),'Hoshab':(26.02,63.88),'Pasni':(25.26,63.47),
 'Gilgit':(35.92,74.31),'Chilas':(35.42,74.10),'Karachi':(24.86,67.01),'Wagah':(31.60,74.57),
 'Peshawar':(34.01,71.58),'Shikarpur':(27.96,68.64),'Rawalpindi':(33.60,73.05),'Sanjawi':(30.29,68.35),
 'Loralai':(30.37,68.60),'Awaran':(26.46,65.23),'Jiwani':(25.05,61.75),'Mirjaveh':(29.02,61.45),
 'Nokkundi':(28.82,62.75),'Surab':(28.49,66.26),'Jaranwala':(31.33,73.42),
 'Gojra':(31.15,72.68),'Khar':(34.73,71.52),'Umerkot':(25.36,69.74),'Akora Khattak':(34.00,72.13),
 'Sui':(28.64,69.18),'Dera Murad Jamali':(28.55,68.22),'Jacobabad':(28.28,68.44),
}
def P(surface, place, kind, district):
    lat, lon = COORD.get(place,(None,None)) if kind=='town' else (None,None)
    return {"surface": surface if isinstance(surface,list) else [surface], "place": place, "kind": kind,
            "district": district, "lat": lat, "lon": lon}
def C(surface, place, why):
    return {"surface": surface if isinstance(surface,list) else [surface], "place": place, "why": why}
def CL(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}
TYPES = {
 'IED':('Explosions/Remote violence','Remote explosive/landmine/IED'),
 'GRENADE':('Explosions/Remote violence','Grenade'),
 'SUICIDE':('Explosions/Remote violence','Suicide bomb'),
 'SHELL':('Explosions/Remote violence','Shelling/artillery/missile attack'),
 'EXPL':('Explosions/Remote violence',None),
 'CLASH':('Battles','Armed clash'),
 'ATTACK':('Violence against civilians','Attack'),
 'ABDUCT':('Violence against civilians','Abduction/forced disappearance'),
 'LOOT':('Strategic developments','Looting/property destruction'),
 'DISRUPT':('Strategic developments','Disrupted weapons use'),
 'OTHER':('Strategic developments','Other'),
 'MOB':('Riots','Mob violence'),
 'VIOLDEMO':('Riots','Violent demonstration'),
 None:(None,None),
}
def E(places, date, prec, typ, a1, a2, fat, claims=()):
    t, s = TYPES[typ]
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": t, "sub_event_type": s, "actor1": a1, "actor2": a2,
            "claims": list(claims), "fatalities": fat}
def add(id_, inc, ctx, events, agg=()):
    GOLD[id_] = {"id": id_, "incident_places": inc, "context_places": ctx}
    EVENTS[id_] = {"id": id_, "events": events, "aggregate_claims": list(agg)}
UAG='Unidentified Armed Group'; CIV='Civilians'; POL='Police Forces of Pakistan'; MIL='Military Forces of Pakistan'
LEV='Levies Force'; FC='Frontier Corps'; TTP='Tehreek-e-Taliban Pakistan'; BLA='Baloch Liberation Army'
