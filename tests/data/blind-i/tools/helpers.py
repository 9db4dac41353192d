def I(surface, place, kind, district, lat=None, lon=None):
    return {"surface": surface, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}

def C(surface, place, why):
    return {"surface": surface, "place": place, "why": why}

def cl(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}

def ev(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": claims, "fatalities": fat}
