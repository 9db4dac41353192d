"""Validate the blind-i set: JSON, ids, surfaces, event places, claims, vocabularies."""
import json, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
def err(m): errs.append(m)

def body(path):
    t = open(path, encoding='utf-8').read()
    m = re.match(r'^---\n(.*?)\n---\n(.*)$', t, re.S)
    if not m: err(f'{path}: bad front matter'); return '', {}
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(':'); fm[k.strip()] = v.strip()
    return m.group(2), fm

ids = sorted(f[:-3] for f in os.listdir(OUT) if f.startswith('bi-') and f.endswith('.md'))
texts = {}
for i in ids:
    b, fm = body(os.path.join(OUT, i + '.md'))
    texts[i] = b
    for k in ('title', 'url', 'publisher', 'published'):
        if k not in fm: err(f'{i}: front matter lacks {k}')
    if fm.get('publisher') != 'blind-i (incidentmap blind set)': err(f'{i}: publisher')
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', fm.get('published', '')): err(f'{i}: published date')
    n = len(b.split())
    if not 120 <= n <= 600: err(f'{i}: {n} words')

gold = json.load(open(os.path.join(OUT, 'blind-i.gold.json'), encoding='utf-8'))
evg = json.load(open(os.path.join(OUT, 'blind-i.events.gold.json'), encoding='utf-8'))
if [g['id'] for g in gold] != ids: err('gold ids do not match files')
if [e['id'] for e in evg] != ids: err('events ids do not match files')

DISTRICTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech","Kharan",
 "Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin","Qilla Abdullah",
 "Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
KINDS = {"town","district","neighbourhood","site","road","region"}
TYPES = {"Battles": {"Armed clash","Government regains territory","Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon","Air/drone strike","Suicide bomb","Shelling/artillery/missile attack","Remote explosive/landmine/IED","Grenade"},
 "Violence against civilians": {"Sexual violence","Attack","Abduction/forced disappearance"},
 "Protests": {"Peaceful protest","Protest with intervention","Excessive force against protesters"},
 "Riots": {"Violent demonstration","Mob violence"},
 "Strategic developments": {"Agreement","Arrests","Change to group/activity","Disrupted weapons use","Headquarters or base established","Looting/property destruction","Non-violent transfer of territory","Other"}}
CTYPES = {"military","police","government","militant","medical","media","local","other"}
WHAT = {"killed","injured","abducted","arrested"}; WHOSE = {"security","civilian","militant","unspecified"}
PREC = {"day","month","year",None}

stats = dict(inc=0, ctx=0, ev=0, claims=0, agg=0)
for g, e in zip(gold, evg):
    i = g['id']; t = texts.get(i, '')
    incplaces = set()
    seen = {}
    for kind, lst in (('inc', g['incident_places']), ('ctx', g['context_places'])):
        for p in lst:
            stats[kind] += 1
            if not p['surface']: err(f'{i}: empty surface list for {p["place"]}')
            for s in p['surface']:
                if s not in t: err(f'{i}: surface {s!r} not in text')
                if s in seen and seen[s] != (kind, p['place']): err(f'{i}: surface {s!r} listed twice')
                seen[s] = (kind, p['place'])
            if kind == 'inc':
                incplaces.add(p['place'])
                if p['kind'] not in KINDS: err(f'{i}: kind {p["kind"]}')
                if p['district'] is not None and p['district'] not in DISTRICTS: err(f'{i}: district {p["district"]}')
                if (p['lat'] is None) != (p['lon'] is None): err(f'{i}: lat/lon half set')
                if p['lat'] is not None and not (23 < p['lat'] < 37 and 60 < p['lon'] < 78): err(f'{i}: lat/lon out of range {p["place"]}')
                for k in ('surface','place','kind','district','lat','lon'):
                    if k not in p: err(f'{i}: incident place lacks {k}')
            else:
                if not p.get('why'): err(f'{i}: context {p["place"]} lacks why')
    inc_ctx = {p['place'] for p in g['context_places']} & incplaces
    if inc_ctx: err(f'{i}: place both incident and context: {inc_ctx}')
    def chk_claim(c, where):
        stats['claims'] += 1
        if c['surface'] not in t: err(f'{i}: claim surface {c["surface"]!r} not in text ({where})')
        if c['claimant_type'] not in CTYPES: err(f'{i}: claimant_type {c["claimant_type"]}')
        if c['what'] not in WHAT or c['whose'] not in WHOSE: err(f'{i}: what/whose {c}')
        if c['n_min'] is not None and c['n_max'] is not None and c['n_min'] > c['n_max']: err(f'{i}: n_min>n_max {c}')
        if c['n_min'] is None and c['n_max'] is None: err(f'{i}: claim without numbers {c}')
    for ev in e['events']:
        stats['ev'] += 1
        for p in ev['places']:
            if p not in incplaces: err(f'{i}: event place {p!r} not an incident place')
        if ev['event_date_precision'] not in PREC: err(f'{i}: precision')
        d = ev['event_date']
        if d is not None and not re.match(r'^\d{4}(-\d{2}(-\d{2})?)?$', d): err(f'{i}: date {d}')
        if ev['event_date_precision'] == 'day' and (d is None or len(d) != 10): err(f'{i}: day precision with {d}')
        if ev['event_date_precision'] == 'month' and (d is None or len(d) != 7): err(f'{i}: month precision with {d}')
        if ev['event_date_precision'] == 'year' and (d is None or len(d) != 4): err(f'{i}: year precision with {d}')
        et, st = ev['event_type'], ev['sub_event_type']
        if et is not None and et not in TYPES: err(f'{i}: event_type {et}')
        if st is not None and (et is None or st not in TYPES[et]): err(f'{i}: sub_event_type {st} for {et}')
        for c in ev['claims']: chk_claim(c, 'event ' + '/'.join(ev['places']))
        f = ev['fatalities']
        if f is not None and (not isinstance(f, int) or f < 0): err(f'{i}: fatalities {f}')
    for c in e['aggregate_claims']:
        stats['agg'] += 1; chk_claim(c, 'aggregate')
    # every incident place should be used by some event (warning only)
    used = {p for ev in e['events'] for p in ev['places']}
    for p in incplaces - used:
        print(f'note {i}: incident place {p} in no event')

print(json.dumps(stats))
if errs:
    print('\n'.join(errs)); print(len(errs), 'errors'); sys.exit(1)
print('OK: all checks passed')
