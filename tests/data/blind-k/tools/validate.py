#!/usr/bin/env python3
"""Validate the blind-k set: JSON parses, ids match files, surfaces occur verbatim,
event places are incident places, claim bounds are ordered, taxonomy is valid."""
import json, os, re, glob, sys
D = os.path.dirname(os.path.abspath(__file__))
SET = 'blind-k'
TAX = {
 'Battles': {'Armed clash','Government regains territory','Non-state actor overtakes territory'},
 'Explosions/Remote violence': {'Chemical weapon','Air/drone strike','Suicide bomb','Shelling/artillery/missile attack','Remote explosive/landmine/IED','Grenade'},
 'Violence against civilians': {'Sexual violence','Attack','Abduction/forced disappearance'},
 'Protests': {'Peaceful protest','Protest with intervention','Excessive force against protesters'},
 'Riots': {'Violent demonstration','Mob violence'},
 'Strategic developments': {'Agreement','Arrests','Change to group/activity','Disrupted weapons use','Headquarters or base established','Looting/property destruction','Non-violent transfer of territory','Other'},
}
KINDS = {'town','district','neighbourhood','site','road','region'}
DISTRICTS = {'Awaran','Barkhan','Chagai','Dera Bugti','Gwadar','Jafarabad','Jhal Magsi','Kachhi','Kalat','Kech','Kharan','Khuzdar','Kohlu','Lasbela','Loralai','Mastung','Musakhel','Nasirabad','Nushki','Panjgur','Pishin','Qilla Abdullah','Qilla Saifullah','Quetta','Sibi','Zhob','Ziarat'}
CT = {'military','police','government','militant','medical','media','local','other'}
errs = []
def err(*a): errs.append(' '.join(str(x) for x in a))
files = sorted(glob.glob(os.path.join(D, 'bk-*.md')))
texts = {}
for f in files:
    raw = open(f, encoding='utf-8').read()
    m = re.match(r'---\n(.*?)\n---\n(.*)', raw, re.S)
    if not m: err('bad front matter', f); continue
    fm, body = m.group(1), m.group(2)
    keys = dict(l.split(':',1) for l in fm.splitlines())
    for k in ('title','url','publisher','published'):
        if k not in keys: err(f, 'missing', k)
    if keys.get('publisher','').strip() != 'blind-k (incidentmap blind set)': err(f,'publisher')
    if not re.fullmatch(r' \d{4}-\d{2}-\d{2}', keys.get('published','')): err(f,'published format')
    n = len(body.split())
    if not (120 <= n <= 600): err(f, 'word count', n)
    texts[os.path.basename(f)[:-3]] = body
gold = json.load(open(os.path.join(D, SET + '.gold.json'), encoding='utf-8'))
ev = json.load(open(os.path.join(D, SET + '.events.gold.json'), encoding='utf-8'))
gids = [g['id'] for g in gold]; eids = [e['id'] for e in ev]
if sorted(gids) != sorted(texts): err('gold ids != files', set(gids) ^ set(texts))
if sorted(eids) != sorted(texts): err('events ids != files', set(eids) ^ set(texts))
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids): err('duplicate ids')
def occurs(s, t):
    return re.search(r'(?<![A-Za-z0-9])' + re.escape(s) + r'(?![A-Za-z0-9])', t) is not None
n_inc = n_ctx = n_ev = n_cl = 0
for g in gold:
    t = texts.get(g['id'], '')
    seen = set()
    for p in g['incident_places']:
        n_inc += 1
        if p['kind'] not in KINDS: err(g['id'], 'kind', p)
        if p['district'] is not None and p['district'] not in DISTRICTS: err(g['id'], 'district', p['place'], p['district'])
        if (p['lat'] is None) != (p['lon'] is None): err(g['id'], 'latlon pair', p['place'])
        for s in p['surface']:
            if not occurs(s, t): err(g['id'], 'incident surface not in text:', repr(s))
            if s in seen: err(g['id'], 'surface listed twice', s)
            seen.add(s)
    for p in g['context_places']:
        n_ctx += 1
        if not p.get('why'): err(g['id'], 'context without why', p['place'])
        for s in p['surface']:
            if not occurs(s, t): err(g['id'], 'context surface not in text:', repr(s))
            if s in seen: err(g['id'], 'surface listed twice', s)
            seen.add(s)
inc_names = {g['id']: {p['place'] for p in g['incident_places']} for g in gold}
def check_claim(i, c):
    if c['claimant_type'] not in CT: err(i, 'claimant_type', c)
    if c['what'] not in {'killed','injured','abducted','arrested'}: err(i, 'what', c)
    if c['whose'] not in {'security','civilian','militant','unspecified'}: err(i, 'whose', c)
    if c['n_min'] is not None and c['n_max'] is not None and c['n_min'] > c['n_max']: err(i, 'n_min>n_max', c)
    if c['n_min'] is None and c['n_max'] is None: err(i, 'claim without figure', c)
    if not occurs(c['surface'], texts.get(i, '')): err(i, 'claim surface not in text:', repr(c['surface']))
for e in ev:
    i = e['id']
    used = set()
    for x in e['events']:
        n_ev += 1
        for p in x['places']:
            if p not in inc_names.get(i, set()): err(i, 'event place not incident place:', p)
            used.add(p)
        et, st = x['event_type'], x['sub_event_type']
        if et is not None and et not in TAX: err(i, 'event_type', et)
        if st is not None and (et is None or st not in TAX[et]): err(i, 'sub_event_type', et, st)
        if x['event_date_precision'] not in ('day','month','year',None): err(i, 'precision', x)
        d = x['event_date'] or ''
        want = {'day': r'\d{4}-\d{2}-\d{2}', 'month': r'\d{4}-\d{2}', 'year': r'\d{4}', None: r'\d{4}-\d{2}-\d{2}'}[x['event_date_precision']]
        if not re.fullmatch(want, d): err(i, 'event_date vs precision', d, x['event_date_precision'])
        if x['fatalities'] is not None and (not isinstance(x['fatalities'], int) or x['fatalities'] < 0): err(i, 'fatalities', x)
        for c in x['claims']:
            n_cl += 1; check_claim(i, c)
    for c in e['aggregate_claims']:
        n_cl += 1; check_claim(i, c)
    unused = inc_names.get(i, set()) - used
    if unused: err(i, 'incident places without an event:', sorted(unused))
print(f'{len(texts)} reports, {n_inc} incident places, {n_ctx} context places, {n_ev} events, {n_cl} claims')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
