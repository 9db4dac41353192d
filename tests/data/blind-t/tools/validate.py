import json, glob, os, re
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the set folder
gold=json.load(open('blind-t.gold.json')); evs=json.load(open('blind-t.events.gold.json'))
files=sorted(os.path.basename(f)[:-3] for f in glob.glob('bt-*.md'))
gi={g['id']:g for g in gold}; ei={e['id']:e for e in evs}
assert set(files)==set(gi)==set(ei), (files, list(gi), list(ei))
errs=0; ni=nc=ne=ncl=0
for fid in files:
    raw=open(fid+'.md').read()
    body=raw.split('---',2)[2]
    g=gi[fid]; e=ei[fid]
    places=set()
    for p in g['incident_places']:
        ni+=1; places.add(p['place'])
        for k in ['surface','place','kind','district','lat','lon']: assert k in p,(fid,p)
        assert p['kind'] in ['town','district','neighbourhood','site','road','region'],p
        for s in p['surface']:
            if s not in body: print(fid,'MISSING inc',s); errs+=1
    for p in g['context_places']:
        nc+=1
        for s in p['surface']:
            if s not in body: print(fid,'MISSING ctx',s); errs+=1
    for ev in e['events']:
        ne+=1
        for pl in ev['places']:
            if pl not in places: print(fid,'event place not incident',pl); errs+=1
        for c in ev['claims']:
            ncl+=1
            if c['surface'] not in body: print(fid,'claim surface missing',c['surface']); errs+=1
            if c['n_min'] is not None and c['n_max'] is not None and c['n_min']>c['n_max']: print(fid,'nmin>nmax'); errs+=1
    for c in e['aggregate_claims']:
        ncl+=1
        if c['surface'] not in body: print(fid,'agg claim surface missing',c['surface']); errs+=1
    n=len(body.split()); 
    if not 120<=n<=500: print(fid,'words',n)
print('errors',errs,'reports',len(files),'inc',ni,'ctx',nc,'events',ne,'claims',ncl)
