"""Validate the blind-y set: JSON parses, surfaces occur verbatim, ids match files,
event places are incident places, claims n_min <= n_max."""
import json, os, re, sys, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
pg = json.load(open(os.path.join(D, 'blind-y.gold.json')))
eg = json.load(open(os.path.join(D, 'blind-y.events.gold.json')))
files = sorted(os.path.basename(f)[:-3] for f in glob.glob(os.path.join(D, 'by-*.md')))
err = []
def body(rid):
    t = open(os.path.join(D, rid + '.md')).read()
    fm = t.split('---', 2)
    assert len(fm) == 3, rid
    meta = fm[1]
    for k in ('title:', 'url:', 'publisher: blind-y (incidentmap blind set)', 'published:'):
        if k not in meta: err.append(f'{rid}: front matter lacks {k}')
    m = re.search(r'published: (\d{4}-\d{2}-\d{2})', meta)
    if not m: err.append(f'{rid}: bad published date')
    return fm[2]
pids = [x['id'] for x in pg]; eids = [x['id'] for x in eg]
if sorted(pids) != files: err.append(f'place gold ids != files: {set(pids)^set(files)}')
if sorted(eids) != files: err.append(f'event gold ids != files: {set(eids)^set(files)}')
if len(set(pids)) != len(pids) or len(set(eids)) != len(eids): err.append('duplicate ids')
KINDS = {'town', 'district', 'neighbourhood', 'site', 'road', 'region'}
DISTS = set("Awaran Barkhan Chagai,Dera Bugti,Gwadar,Jafarabad,Jhal Magsi,Kachhi,Kalat,Kech,Kharan,Khuzdar,Kohlu,Lasbela,Loralai,Mastung,Musakhel,Nasirabad,Nushki,Panjgur,Pishin,Qilla Abdullah,Qilla Saifullah,Quetta,Sibi,Zhob,Ziarat".replace('Awaran Barkhan ', 'Awaran,Barkhan,').split(','))
TYPES = {'Battles': {'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'},
 'Explosions/Remote violence': {'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'},
 'Violence against civilians': {'Sexual violence', 'Attack', 'Abduction/forced disappearance'},
 'Protests': {'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'},
 'Riots': {'Violent demonstration', 'Mob violence'},
 'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'}}
ni = nc = ne = ncl = 0
for r in pg:
    t = body(r['id'])
    places = set()
    for p in r['incident_places']:
        ni += 1
        places.add(p['place'])
        if p['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {p}")
        if p['district'] is not None and p['district'] not in DISTS: err.append(f"{r['id']}: bad district {p['district']}")
        for s in p['surface']:
            if s not in t: err.append(f"{r['id']}: incident surface not in text: {s}")
    for p in r['context_places']:
        nc += 1
        if not p.get('why'): err.append(f"{r['id']}: context without why {p}")
        for s in p['surface']:
            if s not in t: err.append(f"{r['id']}: context surface not in text: {s}")
    e = next(x for x in eg if x['id'] == r['id'])
    claims = list(e.get('aggregate_claims', []))
    for ev in e['events']:
        ne += 1
        for pl in ev['places']:
            if pl not in places: err.append(f"{r['id']}: event place not an incident place: {pl}")
        if ev['event_type'] is not None:
            if ev['event_type'] not in TYPES or (ev['sub_event_type'] is not None and ev['sub_event_type'] not in TYPES[ev['event_type']]):
                err.append(f"{r['id']}: bad type {ev['event_type']} / {ev['sub_event_type']}")
        if ev['event_date_precision'] not in ('day', 'month', 'year', None): err.append(f"{r['id']}: bad precision")
        claims += ev['claims']
    for c in claims:
        ncl += 1
        if c['surface'] not in t: err.append(f"{r['id']}: claim surface not in text: {c['surface']}")
        if c['n_min'] is not None and c['n_max'] is not None and c['n_min'] > c['n_max']: err.append(f"{r['id']}: n_min > n_max {c}")
        if c['what'] not in ('killed', 'injured', 'abducted', 'arrested'): err.append(f"{r['id']}: bad what {c}")
        if c['whose'] not in ('security', 'civilian', 'militant', 'unspecified'): err.append(f"{r['id']}: bad whose {c}")
        if c['claimant_type'] not in ('military', 'police', 'government', 'militant', 'medical', 'media', 'local', 'other'): err.append(f"{r['id']}: bad claimant_type {c}")
    # places in events overlap? all incident places should be in some event
    used = {pl for ev in e['events'] for pl in ev['places']}
    for p in places - used: err.append(f"{r['id']}: incident place with no event: {p}")
    words = len(t.split())
    if not 120 <= words <= 600: err.append(f"{r['id']}: length {words}")
print(f'{len(files)} reports; {ni} incident places, {nc} context places, {ne} events, {ncl} claims')
print('\n'.join(err) if err else 'OK: no errors')
sys.exit(1 if err else 0)
