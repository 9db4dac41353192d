import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import R, PUB
from gold import G, E
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
for k, v in R.items():
    with open(os.path.join(D, k + ".md"), "w") as f:
        f.write("---\n")
        f.write('title: "%s"\n' % v["title"].replace('"', '\\"'))
        f.write("url: %s\n" % v["url"])
        f.write("publisher: %s\n" % PUB)
        f.write("published: %s\n" % v["date"])
        f.write("---\n")
        f.write(v["title"] + "\n\n" + v["text"].strip() + "\n")
gold = [{"id": k, "incident_places": G[k][0], "context_places": G[k][1]} for k in sorted(R)]
ev = [{"id": k, "events": E[k][0], "aggregate_claims": E[k][1]} for k in sorted(R)]
json.dump(gold, open(os.path.join(D, "blind-r.gold.json"), "w"), indent=1, ensure_ascii=False)
json.dump(ev, open(os.path.join(D, "blind-r.events.gold.json"), "w"), indent=1, ensure_ascii=False)
print("built", len(R))
