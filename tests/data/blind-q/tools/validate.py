"""Validate the blind-q set (run from anywhere)."""
import json, glob, os, re
OUT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
ETYPES={"Battles":["Armed clash","Government regains territory","Non-state actor overtakes territory"],
"Explosions/Remote violence":["Chemical weapon","Air/drone strike","Suicide bomb","Shelling/artillery/missile attack","Remote explosive/landmine/IED","Grenade"],
"Violence against civilians":["Sexual violence","Attack","Abduction/forced disappearance"],
"Protests":["Peaceful protest","Protest with intervention","Excessive force against protesters"],
"Riots":["Violent demonstration","Mob violence"],
"Strategic developments":["Agreement","Arrests","Change to group/activity","Disrupted weapons use","Headquarters or base established","Looting/property destruction","Non-violent transfer of territory","Other"]}
DISTS={"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech","Kharan","Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin","Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
KINDS={"town","district","neighbourhood","site","road","region"}
gold=json.load(open(OUT+'/blind-q.gold.json')); ev=json.load(open(OUT+'/blind-q.events.gold.json'))
files=sorted(os.path.basename(p)[:-3] for p in glob.glob(OUT+'/bq-*.md'))
err=[]
assert [g['id'] for g in gold]==files, "gold ids"
assert [e['id'] for e in ev]==files, "event ids"
def body(i):
    s=open(f'{OUT}/{i}.md').read()
    fm=s.split('---',2)
    # front matter check
    m=fm[1]
    for k in ['title:','url:','publisher: blind-q (incidentmap blind set)','published:']:
        if k not in m: err.append(f'{i} front matter missing {k}')
    return fm[2], s
nI=nC=nE=nCl=nA=0
for g,e in zip(gold,ev):
    i=g['id']; text,full=body(i)
    wc=len(text.split())
    if not 150<=wc<=700: err.append(f'{i} words {wc}')
    places=set()
    for p in g['incident_places']:
        nI+=1
        for s in p['surface']:
            if s not in text: err.append(f'{i} incident surface missing: {s}')
        if p['kind'] not in KINDS: err.append(f'{i} kind {p}')
        if p['district'] is not None and p['district'] not in DISTS: err.append(f'{i} district {p}')
        if (p['lat'] is None)!=(p['lon'] is None): err.append(f'{i} latlon {p}')
        places.add(p['place'])
    for p in g['incident_places']+g['context_places']:
        for s_ in p['surface']:
            for m in re.finditer(r'(?i)\b'+re.escape(s_)+r'\b',text):
                if m.group(0) not in p['surface']: err.append(f"{i} casing not listed: {m.group(0)!r} ({p['place']})")
    cps=set()
    for c in g['context_places']:
        nC+=1
        for s in c['surface']:
            if s not in text: err.append(f'{i} context surface missing: {s}')
        if not c.get('why'): err.append(f'{i} no why {c}')
        cps.add(c['place'])
    if places & cps: err.append(f'{i} place in both lists: {places&cps}')
    for x in e['events']:
        nE+=1
        for p in x['places']:
            if p not in places: err.append(f'{i} event place not incident: {p}')
        if x['event_type'] is not None and x['event_type'] not in ETYPES: err.append(f'{i} etype {x["event_type"]}')
        if x['sub_event_type'] is not None:
            if x['event_type'] is None or x['sub_event_type'] not in ETYPES[x['event_type']]: err.append(f'{i} subtype {x["sub_event_type"]}')
        if x['event_date_precision'] not in (None,'day','month','year'): err.append(f'{i} prec')
        d=x['event_date']; pr=x['event_date_precision']
        if d is not None:
            L={'day':10,'month':7,'year':4}.get(pr)
            if L and len(d)!=L: err.append(f'{i} date/prec mismatch {d} {pr}')
            if pr is None and len(d)!=10: err.append(f'{i} null prec date {d}')
        for c in x['claims']:
            nCl+=1
            if c['surface'] not in text: err.append(f'{i} claim surface missing: {c["surface"]}')
            if c['n_min'] is not None and c['n_max'] is not None and c['n_min']>c['n_max']: err.append(f'{i} nmin>nmax')
            if c['what'] not in ('killed','injured','abducted','arrested') or c['whose'] not in ('security','civilian','militant','unspecified'): err.append(f'{i} claim enum {c}')
            if c['claimant_type'] not in ('military','police','government','militant','medical','media','local','other'): err.append(f'{i} ctype {c}')
    # every incident place used in an event
    used={p for x in e['events'] for p in x['places']}
    for p in places-used: err.append(f'{i} incident place without event: {p}')
    for c in e['aggregate_claims']:
        nA+=1
        if c['surface'] not in text: err.append(f'{i} agg surface missing: {c["surface"]}')
        if c['n_min'] is not None and c['n_max'] is not None and c['n_min']>c['n_max']: err.append(f'{i} agg nmin>nmax')
print('\n'.join(err) or 'OK')
print(f'reports={len(files)} incident={nI} context={nC} events={nE} claims={nCl} aggregate={nA}')
