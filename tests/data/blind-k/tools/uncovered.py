import os
HERE = os.path.dirname(os.path.abspath(__file__))
import json, re, glob, os
gold = {g['id']: g for g in json.load(open(os.path.join(HERE, '..', 'blind-k.gold.json')))}
for f in sorted(glob.glob(os.path.join(HERE, '..', 'bk-*.md'))):
    i = os.path.basename(f)[:-3]
    body = open(f).read().split('---\n',2)[2]
    surf = [s for p in gold[i]['incident_places']+gold[i]['context_places'] for s in p['surface']]
    # mask covered surfaces
    masked = body
    for s in sorted(surf, key=len, reverse=True):
        masked = re.sub(r'(?<![A-Za-z0-9])'+re.escape(s)+r'(?![A-Za-z0-9])', ' ' * len(s), masked)
    caps = re.findall(r"\b[A-Z][A-Za-z'\-\.]+(?:\s+[A-Z][A-Za-z'\-\.]+)*", masked)
    caps = sorted(set(caps))
    print(i, '|', '; '.join(caps))
