"""Build blind-i.gold.json and blind-i.events.gold.json from tools/gold_part*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_part1, gold_part2, gold_part3
OUT = os.path.dirname(HERE)
G = {}; E = {}
for m in (gold_part1, gold_part2, gold_part3):
    G.update(m.G); E.update(m.E)
ids = sorted(f[:-3] for f in os.listdir(OUT) if f.startswith('bi-') and f.endswith('.md'))
gold = [{"id": i, "incident_places": G[i]['inc'], "context_places": G[i]['ctx']} for i in ids]
events = [{"id": i, "events": E[i]['events'], "aggregate_claims": E[i]['agg']} for i in ids]
json.dump(gold, open(os.path.join(OUT, 'blind-i.gold.json'), 'w'), indent=1, ensure_ascii=False)
json.dump(events, open(os.path.join(OUT, 'blind-i.events.gold.json'), 'w'), indent=1, ensure_ascii=False)
print(len(gold), 'reports written')
