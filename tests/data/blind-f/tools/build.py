"""Write the blind-f report files and gold JSON from texts_*.py and gold_data*.py."""
import json
import os

import texts_a
import texts_b
from gold_data_b import GOLD, EVENTS

SET = "blind-f"
HERE = os.path.dirname(os.path.abspath(__file__))

texts = dict(texts_a.TEXTS)
texts.update(texts_b.TEXTS)

for rid, t in sorted(texts.items()):
    title = t["title"].replace('"', '\\"')
    fm = ["---", f'title: "{title}"', f"url: {t['url']}".rstrip(),
          f"publisher: {SET} (incidentmap blind set)", f"published: {t['published']}", "---", ""]
    with open(os.path.join(HERE, rid + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(fm) + t["text"].strip() + "\n")

gold = []
events = []
for rid in sorted(texts):
    g = GOLD[rid]
    gold.append({"id": rid, "incident_places": g["incident"], "context_places": g["context"]})
    e = EVENTS[rid]
    events.append({"id": rid, "events": e["events"], "aggregate_claims": e.get("aggregate_claims", [])})

with open(os.path.join(HERE, SET + ".gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False)
    f.write("\n")
with open(os.path.join(HERE, SET + ".events.gold.json"), "w", encoding="utf-8") as f:
    json.dump(events, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("wrote", len(texts), "reports")
