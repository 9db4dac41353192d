#!/usr/bin/env python3
"""Review aid: print capitalised tokens of each report not covered by any annotated place surface."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
gold = {g["id"]: g for g in json.load(open(os.path.join(HERE, "blind-c.gold.json")))}
for p in sorted(glob.glob(os.path.join(HERE, "bc-*.md"))):
    did = os.path.basename(p)[:-3]
    s = open(p).read().split("\n---\n", 1)
    fm, body = s[0], s[1]
    title = re.search(r'title: "(.*)"', fm).group(1)
    text = title + "\n" + body
    surf = [x for pl in gold[did]["incident_places"] + gold[did]["context_places"] for x in pl["surface"]]
    covered = [False] * len(text)
    for su in surf:
        for m in re.finditer(re.escape(su), text):
            for i in range(m.start(), m.end()): covered[i] = True
    toks = set()
    for m in re.finditer(r"\b[A-Z][A-Za-z\-']+(?:\s+[A-Z][A-Za-z\-']+)*", text):
        if not all(covered[m.start():m.end()]):
            toks.add(m.group(0))
    print(did, "|", "; ".join(sorted(toks)))
