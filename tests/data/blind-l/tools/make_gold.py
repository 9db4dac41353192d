import json, glob, os
from build_gold_part4 import PLACES, EVENTS
ids = sorted(os.path.basename(f)[:-3] for f in glob.glob("bl-*.md"))
gold = []
ev = []
for i in ids:
    p = PLACES[i]; e = EVENTS[i]
    gold.append({"id": i, "incident_places": p["incident"], "context_places": p["context"]})
    ev.append({"id": i, "events": e["events"], "aggregate_claims": e.get("aggregate_claims", [])})
json.dump(gold, open("blind-l.gold.json", "w"), indent=1, ensure_ascii=False)
json.dump(ev, open("blind-l.events.gold.json", "w"), indent=1, ensure_ascii=False)
print(len(gold), "reports written")
