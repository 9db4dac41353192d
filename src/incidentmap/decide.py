"""Decide, per place and report, whether the report makes the place an incident location.

The rules (``roles.py``) give every mention evidence: the ids of the constructions that
hold around it. Here the evidence of all mentions of one place in one report is weighed
together with what the gazetteer says the place is (a capital, a district, a big city far
from the report's province, an area known only by its district) by a logistic model
fitted on every annotated report (``incidentmap eval --fit``, see ``learn.py``). Its
probability is the place's ``p_report``; the place is an incident place of the report when
that is at least the model's threshold, and each mention's role follows from it.

Three decisions are not learned, because the annotation rules state them outright:
countries and provinces are the setting, never an incident place; and a place no mention
of which can be placed stays as the rules left it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .geocode.score import DecisionModel, shipped_model
from .models import COARSE_KINDS, GazetteerEntry, Report, ResolvedMention, Role
from .roles import RULES_BY_ID, SIGNALS, WEAK_DEFAULT

#: Kinds of place the model tells apart (the rest count as ``kind:other``).
KINDS = ("town", "village", "district", "tehsil", "area", "region", "neighbourhood", "site")
#: Rule ids whose evidence the model weighs.
EVIDENCE = (*sorted(RULES_BY_ID), *SIGNALS)
_EVIDENCE_FEATURE = {name: f"ev:{name}" for name in EVIDENCE}
_KIND_FEATURE = {kind: f"kind:{kind}" for kind in (*KINDS, "other")}


def feature_names() -> tuple[str, ...]:
    """Every feature of a place in a report, in a fixed order."""
    return (
        "rule_score",
        *(f"ev:{rule}" for rule in EVIDENCE),
        *(f"kind:{kind}" for kind in (*KINDS, "other")),
        "capital",
        "big_city",
        "outside_province",
        "outside_country",
        "main_place",
        "mentions",
        "incident_mentions",
        "first_line",
        "early",
        "only_sites",
        "district_of_incidents",
        "region_statistic",
        "holds_incident_area",
        "dateline_alone",
        "in_incident_list",
    )


@dataclass(frozen=True)
class ReportFrame:
    """What the features need to know about the whole report."""

    text_length: int
    first_line_end: int
    province: str | None
    country: str | None
    main_place: str | None
    incident_districts: frozenset[str]
    #: Places an unknown area with an incident mention was placed at.
    incident_area_parents: frozenset[str] = frozenset()
    #: Towns and villages with an incident mention under the rules.
    incident_towns: frozenset[str] = frozenset()
    #: Starts of the mentions named in a list of three or more places ("in the districts
    #: of Lakki Marwat, Bannu, Mir Ali and Zhob") whose other members are incident
    #: mentions under the rules: the list is told as one.
    incident_list_members: frozenset[int] = frozenset()


def report_frame(report: Report, resolved: Sequence[ResolvedMention]) -> ReportFrame:
    """The report's province, country, main place and the districts its incidents lie in."""
    provinces: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    incident_districts = set()
    area_parents = set()
    towns = set()
    for r in resolved:
        entry = r.entry
        if entry is None or entry.kind in COARSE_KINDS or r.mention.in_name:
            continue
        if r.role == "incident" and entry.kind == "area" and entry.parent:
            area_parents.add(entry.parent)
        if r.role == "incident" and entry.kind in {"town", "village"}:
            towns.add(entry.id)
        if r.ambiguity <= 1:
            if entry.province:
                provinces[entry.province] += 1
            countries[entry.country] += 1
        weight[entry.id] += 2 if r.role == "incident" else 1
        if r.role == "incident" and entry.kind != "district" and entry.district:
            incident_districts.add(entry.district)
    main = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if weight else None
    first_line = report.text.find("\n")
    return ReportFrame(
        text_length=max(1, len(report.text)),
        first_line_end=first_line if first_line >= 0 else len(report.text),
        province=provinces.most_common(1)[0][0] if provinces else None,
        country=countries.most_common(1)[0][0] if countries else None,
        main_place=main,
        incident_districts=frozenset(incident_districts),
        incident_area_parents=frozenset(area_parents),
        incident_towns=frozenset(towns),
        incident_list_members=_incident_list_members(report.text, resolved),
    )


#: What joins the names of a list: ", ", " and ", ", and ", " & ".
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def _incident_list_members(text: str, resolved: Sequence[ResolvedMention]) -> frozenset[int]:
    """Mentions in a list of three or more places whose other members are incidents."""
    named = sorted(
        (r for r in resolved if r.entry is not None and r.entry.kind not in COARSE_KINDS),
        key=lambda r: r.mention.start,
    )
    lists: list[list[ResolvedMention]] = []
    for r in named:
        if lists and _LIST_GLUE.fullmatch(text, lists[-1][-1].mention.end, r.mention.start):
            lists[-1].append(r)
        else:
            lists.append([r])
    members: set[int] = set()
    for items in lists:  # two other incident members: a list of three or more
        incidents = sum(r.role == "incident" for r in items)
        members.update(r.mention.start for r in items if incidents - (r.role == "incident") >= 2)
    return frozenset(members)


def place_features(
    entry: GazetteerEntry, items: Sequence[ResolvedMention], frame: ReportFrame
) -> dict[str, float]:
    """Features of one place in one report, from all its mentions there.

    Parameters
    ----------
    entry
        What the place resolved to.
    items
        Its mentions in the report (at least one).
    frame
        What is known about the report as a whole.

    Returns
    -------
    dict
        Feature name to value; absent features are zero.
    """
    features: dict[str, float] = {"rule_score": 0.0}  # first, whatever its value
    incident = 0
    signed = []
    first = items[0].mention.start
    only_sites, dateline = True, False
    listed = any(r.mention.start in frame.incident_list_members for r in items)
    for r in items:  # one pass over the mentions for all that is asked of them
        if r.role == "incident":
            incident += 1
            signed.append(r.role_strength)
        else:
            signed.append(-r.role_strength)
        for rule in r.evidence:
            features[_EVIDENCE_FEATURE[rule]] = 1.0
        first = min(first, r.mention.start)
        only_sites = only_sites and r.mention.match == "site"
        dateline = dateline or r.role_rule == "dateline"
    features["rule_score"] = max(signed)
    features[_KIND_FEATURE[entry.kind if entry.kind in KINDS else "other"]] = 1.0
    flags = (
        ("capital", bool(entry.raw.get("capital"))),
        ("big_city", entry.population >= 1_000_000),
        ("outside_province", frame.province is not None and entry.province != frame.province),
        ("outside_country", frame.country is not None and entry.country != frame.country),
        ("main_place", entry.id == frame.main_place),
        ("first_line", first < frame.first_line_end),
        ("early", first / frame.text_length < 0.15),
        ("only_sites", only_sites),
        (
            "district_of_incidents",
            entry.kind == "district" and entry.district in frame.incident_districts,
        ),
        (
            "region_statistic",
            entry.kind == "region" and any("statistic" in r.evidence for r in items),
        ),
        ("holds_incident_area", entry.id in frame.incident_area_parents),
        (
            "dateline_alone",
            dateline and not (frame.incident_towns - {entry.id}),
        ),
        ("in_incident_list", listed),
    )
    for name, on in flags:
        if on:
            features[name] = 1.0
    features["mentions"] = math.log1p(len(items) - 1)
    features["incident_mentions"] = math.log1p(incident)
    return features


def decide_roles(
    report: Report,
    resolved: Sequence[ResolvedMention],
    *,
    model: DecisionModel | None = None,
) -> list[ResolvedMention]:
    """Decide every place of one report and give each mention its final role.

    Parameters
    ----------
    report
        The report.
    resolved
        Its mentions with rule roles, evidence and gazetteer entries, in text order.
    model
        The decision model; the shipped one by default.

    Returns
    -------
    list
        The same mentions, same order, with final ``role``, ``role_reason``,
        ``confidence`` (the place's probability in this report) and ``factors``.
    """
    model = model or shipped_model()
    frame = report_frame(report, resolved)
    by_place: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(resolved):
        if r.entry is not None:
            by_place[r.entry.id].append(i)
    out = list(resolved)
    incident_places: dict[str, float] = {}
    for indexes in by_place.values():
        items = [resolved[i] for i in indexes]
        entry = items[0].entry
        assert entry is not None
        features = place_features(entry, items, frame)
        p = model.place.probability(features)
        incident = p >= model.place.threshold and entry.kind not in COARSE_KINDS
        if incident:
            incident_places[entry.id] = p
        confidence, p_report = round(p, 3), round(p, 4)
        for i, role, reason in _mention_roles(items, indexes, incident, p):
            out[i] = _decided(resolved[i], role, reason, confidence, p_report)
    _tell_untold_sentences(out, incident_places)
    return out


#: The signal of a mention told within a sentence's reach of an act ("a bomber blew
#: himself up near a gathering of devotees ... on Alfalah Road in district Mastung").
_TOLD_NEAR_AN_ACT = "act<=24"


def _tell_untold_sentences(out: list[ResolvedMention], incident_places: dict[str, float]) -> None:
    """Give a sentence that tells an act but no incident mention its incident places.

    A long lead tells the act early and the place late ("a bomber blew himself up near a
    gathering ... on Alfalah Road in district Mastung"): no rule reads the place as the
    scene and the rules leave it to the weak default. When the place is an incident place
    of the report, such a mention within the act's reach is its account, so the sentence's
    figures are the event's; a sentence that already names a scene keeps it alone.
    """
    told = {r.mention.sentence_start for r in out if r.role == "incident"}
    for i, r in enumerate(out):
        if (
            r.role == "context"
            and r.role_rule == WEAK_DEFAULT
            and r.mention.sentence_start not in told
            and r.entry is not None
            and r.entry.id in incident_places
            and _TOLD_NEAR_AN_ACT in r.evidence
        ):
            reason = _learned(incident_places[r.entry.id], r)
            out[i] = replace(r, role="incident", role_reason=reason)


def _mention_roles(
    items: Sequence[ResolvedMention], indexes: Sequence[int], incident: bool, p: float
) -> Iterable[tuple[int, Role, str]]:
    """Each mention's final role: the place's decision, explained in the rules' words.

    An incident place keeps the rules' incident mentions (or, when the rules made none,
    its strongest mention); a context place has no incident mention.
    """
    best = None
    if incident and not any(r.role == "incident" for r in items):
        best = max(range(len(items)), key=lambda k: (items[k].role_strength * -1, -k))
    for k, (i, r) in enumerate(zip(indexes, items, strict=True)):
        if k == best:
            yield i, "incident", _learned(p, r)
        elif r.role == "incident" and not incident:
            yield i, "context", _learned(p, r)
        else:
            yield i, r.role, r.role_reason


def _learned(p: float, r: ResolvedMention) -> str:
    """The reason of a role the learned decision gave over the rules' reason."""
    return f"learned decision (p={p:.2f}) over '{r.role_reason}'"


def _decided(
    r: ResolvedMention, role: Role, reason: str, confidence: float, p_report: float
) -> ResolvedMention:
    """``r`` with its final role and its place's probability (by hand: cheaper than ``replace``).

    ``confidence`` and ``p_report`` are the probability rounded, once per place.
    """
    return ResolvedMention(
        mention=r.mention,
        role=role,
        role_reason=reason,
        role_strength=r.role_strength,
        entry=r.entry,
        ambiguity=r.ambiguity,
        resolve_reason=r.resolve_reason,
        confidence=confidence,
        factors={**r.factors, "p_report": p_report},
        role_rule=r.role_rule,
        evidence=r.evidence,
    )
