import os
HERE = os.path.dirname(os.path.abspath(__file__))
import json, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ann_a, ann_b, ann_c
from ann_common import GOLD, EVENTS
ids = sorted(GOLD)
json.dump([GOLD[i] for i in ids], open(os.path.join(HERE, '..', 'blind-k.gold.json'),'w'), indent=1, ensure_ascii=False)
json.dump([EVENTS[i] for i in ids], open(os.path.join(HERE, '..', 'blind-k.events.gold.json'),'w'), indent=1, ensure_ascii=False)
print(len(ids), 'reports')
