import json, os, re, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
g = json.load(open(os.path.join(D, 'blind-ah.gold.json')))
e = json.load(open(os.path.join(D, 'blind-ah.events.gold.json')))
files = sorted(os.path.basename(f)[:-3] for f in glob.glob(os.path.join(D, 'bah-*.md')))
gi = {x['id']: x for x in g}; ei = {x['id']: x for x in e}
assert set(gi) == set(files) == set(ei), (set(files) ^ set(gi), set(files) ^ set(ei))
ni = nc = ne = ncl = 0
for f in files:
    t = open(os.path.join(D, f + '.md')).read()
    body = t.split('---', 2)[2]
    wc = len(body.split()); assert 120 <= wc <= 600, (f, wc)
    incp = set()
    for p in gi[f]['incident_places']:
        incp.add(p['place']); ni += 1
        for s in p['surface']: assert s in body, (f, s)
        assert p['kind'] in ('town', 'district', 'neighbourhood', 'site', 'road', 'region')
    for p in gi[f]['context_places']:
        nc += 1
        for s in p['surface']: assert s in body, (f, s)
    for ev in ei[f]['events']:
        ne += 1
        for pl in ev['places']: assert pl in incp, (f, pl)
        for c in ev['claims']:
            ncl += 1; assert c['surface'] in body, (f, c['surface'])
            if c['n_min'] is not None and c['n_max'] is not None: assert c['n_min'] <= c['n_max'], (f, c)
    for c in ei[f]['aggregate_claims']:
        ncl += 1; assert c['surface'] in body, (f, c['surface'])
    print(f, wc, 'words')
print('reports', len(files), 'incident', ni, 'context', nc, 'events', ne, 'claims', ncl)
