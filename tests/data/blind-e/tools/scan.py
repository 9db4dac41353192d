import re,sys,glob,os
sys.path.insert(0,os.path.dirname(__file__))
from places import PLACES
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
stop=set("""The A An In On At Of And But For With By From To After Before As It He She They His Her Their This That These Those Police Officials Officials Prime Minister Chief President Governor Inspector General Deputy Commissioner Mr Mrs Dr Gen Maj Lt Sepoy Naib Friday Saturday Sunday Monday Tuesday Wednesday Thursday January February March April May June July August September October November December Islamic State Frontier Corps Levies Taliban Baloch Liberation Army Front Republican Guard Lashkar Jhangvi Tehreek Hazara Shia Sunni Christian Christians Pakistani Afghan Indian Chinese Muslim Eid ISPR TTP BLA FC CTD PTC CMH DIG SSP SHO SP DSP IGP BRAS OGDCL VBMP HRCP JPMC DHQ CNICs Most Many Several Some No One Two Three Four Five Six Seven Eight Nine Ten Hours Less More Security Residents Relatives Witnesses Locals Officials Health Railway Railways Home Foreign Office Interior Information Senator Sardar Nawab Mir Syed Khan Muhammad Mohammad Abdul Ali Ahmed""".split())
for f in sorted(glob.glob(D+'/be-*.md')):
    i=os.path.basename(f)[:-3]
    t=open(f).read().split('---',2)[2]
    surf=[s for e in PLACES[i][0]+PLACES[i][1] for s in e['surface']]
    toks=set(re.findall(r"\b[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)*",t))
    left=[x for x in sorted(toks) if not any(x in s or s in x for s in surf) and x.split()[0] not in stop]
    print(i, '|', '; '.join(left))
