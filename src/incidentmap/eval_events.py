"""Score events and casualty claims against hand annotations (``*.events.gold.json``).

The format is ``docs/events-gold.md``. Scoring is per report, on each report's own
account of its events (before accounts of different reports are merged), because that
is what an annotator reading one report can mark:

* a gold event is *found* when one of the report's events names one of its places
  (a place name, or a site's name before its comma: "Serena Hotel, Quetta"), ignoring
  case and accents; where two gold events share a place, the one on the same date wins;
* *event type accuracy*: found events with the same ``event_type`` (null = null counts:
  "no basis" is an answer); sub-event type and actors are reported beside it;
* *claims*: every figure of the report (events' and aggregate claims together), matched
  one to one on ``what`` and ``n_min``; precision, recall and F1, and among matched
  claims how many have the right claimant type;
* *exact fatalities*: found events whose fatality count equals the gold's (null = null),
  and the same over the gold events that give a number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._text import fold_name
from .claims import Claim
from .eval import load_gold
from .events import ReportEvent, ReportEvents


@dataclass
class EventScores:
    """Totals over a gold set, with the errors listed for reading."""

    gold_events: int = 0
    found: int = 0
    predicted_events: int = 0
    predicted_matched: int = 0
    type_right: int = 0
    subtype_right: int = 0
    actor1_right: int = 0
    date_right: int = 0
    fatalities_right: int = 0
    fatalities_numeric: int = 0
    fatalities_numeric_right: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    claims_matched: int = 0
    claimant_type_right: int = 0
    whose_right: int = 0
    misses: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    type_errors: list[str] = field(default_factory=list)
    fatality_errors: list[str] = field(default_factory=list)
    date_errors: list[str] = field(default_factory=list)
    claim_misses: list[str] = field(default_factory=list)
    claim_extra: list[str] = field(default_factory=list)
    claimant_errors: list[str] = field(default_factory=list)

    @staticmethod
    def _share(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def event_recall(self) -> float:
        """Share of gold events found."""
        return self._share(self.found, self.gold_events)

    @property
    def event_precision(self) -> float:
        """Share of predicted events that are gold events."""
        return self._share(self.predicted_matched, self.predicted_events)

    @property
    def type_accuracy(self) -> float:
        """Found events with the gold event type."""
        return self._share(self.type_right, self.found)

    @property
    def claims_precision(self) -> float:
        """Predicted claims that match a gold claim (on what and n_min)."""
        return self._share(self.claims_matched, self.predicted_claims)

    @property
    def claims_recall(self) -> float:
        """Gold claims matched by a predicted claim."""
        return self._share(self.claims_matched, self.gold_claims)

    @property
    def claims_f1(self) -> float:
        """Harmonic mean of claims precision and recall."""
        p, r = self.claims_precision, self.claims_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def claimant_type_accuracy(self) -> float:
        """Matched claims with the gold claimant type."""
        return self._share(self.claimant_type_right, self.claims_matched)

    @property
    def fatalities_exact(self) -> float:
        """Found events with exactly the gold fatality count (null counts as a value)."""
        return self._share(self.fatalities_right, self.found)

    def as_dict(self) -> dict[str, Any]:
        """Headline numbers, counts and error lists, JSON-ready."""
        return {
            "event_recall": round(self.event_recall, 4),
            "event_precision": round(self.event_precision, 4),
            "event_type_accuracy": round(self.type_accuracy, 4),
            "sub_event_type_accuracy": round(self._share(self.subtype_right, self.found), 4),
            "actor1_accuracy": round(self._share(self.actor1_right, self.found), 4),
            "event_date_accuracy": round(self._share(self.date_right, self.found), 4),
            "claims_precision": round(self.claims_precision, 4),
            "claims_recall": round(self.claims_recall, 4),
            "claims_f1": round(self.claims_f1, 4),
            "claimant_type_accuracy": round(self.claimant_type_accuracy, 4),
            "claim_whose_accuracy": round(self._share(self.whose_right, self.claims_matched), 4),
            "fatalities_exact": round(self.fatalities_exact, 4),
            "fatalities_exact_where_numeric": round(
                self._share(self.fatalities_numeric_right, self.fatalities_numeric), 4
            ),
            "counts": {
                "gold_events": self.gold_events,
                "found": self.found,
                "predicted_events": self.predicted_events,
                "gold_claims": self.gold_claims,
                "predicted_claims": self.predicted_claims,
                "claims_matched": self.claims_matched,
            },
            "missed_events": self.misses,
            "extra_events": self.extra,
            "type_errors": self.type_errors,
            "fatality_errors": self.fatality_errors,
            "date_errors": self.date_errors,
            "missed_claims": self.claim_misses,
            "extra_claims": self.claim_extra,
            "claimant_type_errors": self.claimant_errors,
        }


def load_events_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read an events gold file (``docs/events-gold.md``); one line on a malformed one."""
    return load_gold(path, lists=("events",))


def _place_keys(names: Iterable[str]) -> set[str]:
    keys = set()
    for name in names:
        keys.add(fold_name(name))
        keys.add(fold_name(name.split(",")[0]))
    return keys


def _match_events(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[ReportEvent]
) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), one to one.

    Same date first, then the event holding the gold's main (first) place, then the
    larger overlap of names.
    """
    pairs: list[tuple[int, int, int, int, int]] = []
    for g, gold_event in enumerate(gold):
        names = gold_event.get("places") or []
        keys = _place_keys(names)
        main = _place_keys(names[:1])
        for p, event in enumerate(predicted):
            predicted_keys = _place_keys(event.names)
            if keys & predicted_keys:
                same_day = _same_date(gold_event.get("event_date"), event.event_date)
                has_main = bool(main & predicted_keys)
                overlap = len(keys & predicted_keys)
                pairs.append((0 if same_day else 1, 0 if has_main else 1, -overlap, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for *_, g, p in sorted(pairs):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


def _same_date(gold: str | None, predicted: str | None) -> bool:
    if not gold or not predicted:
        return gold == predicted
    return predicted.startswith(gold) or gold.startswith(predicted)


def _match_claims(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Claim]
) -> list[tuple[int, int]]:
    """Pairs matched on what and n_min, one to one (same whose and claimant type first)."""
    pairs: list[tuple[int, int, int]] = []
    for g, gc in enumerate(gold):
        for p, pc in enumerate(predicted):
            if gc.get("what") == pc.what and gc.get("n_min") == pc.n_min:
                rank = (gc.get("whose") != pc.whose) + (gc.get("claimant_type") != pc.claimant_type)
                pairs.append((rank, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, g, p in sorted(pairs):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


def score_events(
    gold: Sequence[Mapping[str, Any]], predicted: Mapping[str, ReportEvents]
) -> EventScores:
    """Score each report's events and claims against the gold, and total them.

    Parameters
    ----------
    gold
        The gold annotations (``load_events_gold``).
    predicted
        Each report's events by doc_id (``events.events_from_report``); a report missing
        here counts as one with no events.

    Returns
    -------
    EventScores
        Totals and error lists.
    """
    s = EventScores()
    for doc in gold:
        doc_id = doc["id"]
        account = predicted.get(doc_id) or ReportEvents(doc_id, [], [], [])
        _score_report_events(s, doc_id, doc.get("events") or [], account.events)
        gold_claims = [c for e in doc.get("events") or [] for c in e.get("claims") or []]
        gold_claims += doc.get("aggregate_claims") or []
        predicted_claims = [c for e in account.events for c in e.claims] + account.aggregates
        _score_claims(s, doc_id, gold_claims, predicted_claims)
    return s


def _score_report_events(
    s: EventScores,
    doc_id: str,
    gold_events: Sequence[Mapping[str, Any]],
    events: Sequence[ReportEvent],
) -> None:
    pairs = _match_events(gold_events, events)
    s.gold_events += len(gold_events)
    s.predicted_events += len(events)
    s.found += len(pairs)
    s.predicted_matched += len(pairs)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    s.misses += [f"{doc_id}: {gold_events[g]['places']}" for g in range(len(gold_events))
                 if g not in matched_g]  # fmt: skip
    s.extra += [f"{doc_id}: {events[p].names}" for p in range(len(events)) if p not in matched_p]
    for g, p in pairs:
        gold_event, event = gold_events[g], events[p]
        where = f"{doc_id}: {gold_event['places'][0]}"
        if gold_event.get("event_type") == event.event_type:
            s.type_right += 1
        else:
            s.type_errors.append(
                f"{where} gold {gold_event.get('event_type')}/{gold_event.get('sub_event_type')}"
                f", got {event.event_type}/{event.sub_event_type} ({event.type_reason})"
            )
        s.subtype_right += gold_event.get("sub_event_type") == event.sub_event_type
        s.actor1_right += _same_actor(gold_event.get("actor1"), event.actor1)
        if _same_date(gold_event.get("event_date"), event.event_date):
            s.date_right += 1
        else:
            s.date_errors.append(
                f"{where} gold {gold_event.get('event_date')}, got {event.event_date}"
                f" ({event.date_source})"
            )
        gold_dead = gold_event.get("fatalities")
        if gold_dead == event.fatalities:
            s.fatalities_right += 1
        else:
            s.fatality_errors.append(f"{where} gold {gold_dead}, got {event.fatalities}")
        if gold_dead is not None:
            s.fatalities_numeric += 1
            s.fatalities_numeric_right += gold_dead == event.fatalities


def _same_actor(gold: str | None, predicted: str | None) -> bool:
    """The Frontier Corps and the Levies may be coded as the military/police they serve."""
    from .actors import FC, LEVIES, MILITARY, POLICE

    if gold == predicted:
        return True
    return (gold, predicted) in {(FC, MILITARY), (MILITARY, FC), (LEVIES, POLICE), (POLICE, LEVIES)}


def _score_claims(
    s: EventScores,
    doc_id: str,
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Claim],
) -> None:
    pairs = _match_claims(gold, predicted)
    s.gold_claims += len(gold)
    s.predicted_claims += len(predicted)
    s.claims_matched += len(pairs)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    s.claim_misses += [f"{doc_id}: {gold[g].get('what')} {gold[g].get('n_min')} "
                       f"{gold[g].get('surface')!r}" for g in range(len(gold))
                       if g not in matched_g]  # fmt: skip
    s.claim_extra += [f"{doc_id}: {c.what} {c.n_min} {c.surface!r}"
                      for p, c in enumerate(predicted) if p not in matched_p]  # fmt: skip
    for g, p in pairs:
        if gold[g].get("claimant_type") == predicted[p].claimant_type:
            s.claimant_type_right += 1
        else:
            s.claimant_errors.append(
                f"{doc_id}: {predicted[p].surface!r} gold {gold[g].get('claimant')!r} "
                f"({gold[g].get('claimant_type')}), got {predicted[p].claimant!r} "
                f"({predicted[p].claimant_type})"
            )
        s.whose_right += gold[g].get("whose") == predicted[p].whose


def format_event_scores(name: str, s: EventScores) -> str:
    """A human-readable report: headline numbers, then the errors."""
    d = s.as_dict()
    lines = [
        f"{name}: events R {s.event_recall:.3f} P {s.event_precision:.3f} "
        f"({s.found}/{s.gold_events}); type accuracy {s.type_accuracy:.3f} "
        f"(sub-type {d['sub_event_type_accuracy']:.3f}, actor1 {d['actor1_accuracy']:.3f}, "
        f"date {d['event_date_accuracy']:.3f})",
        f"  claims P {s.claims_precision:.3f} R {s.claims_recall:.3f} F1 {s.claims_f1:.3f} "
        f"({s.claims_matched} matched of {s.gold_claims} gold, {s.predicted_claims} predicted);"
        f" claimant type accuracy {s.claimant_type_accuracy:.3f}",
        f"  exact fatalities {s.fatalities_exact:.3f} over found events, "
        f"{d['fatalities_exact_where_numeric']:.3f} where the gold gives a number",
    ]
    for label, items in (("missed events", s.misses), ("extra events", s.extra),
                         ("type errors", s.type_errors), ("fatality errors", s.fatality_errors),
                         ("date errors", s.date_errors),
                         ("missed claims", s.claim_misses), ("extra claims", s.claim_extra),
                         ("claimant type errors", s.claimant_errors)):  # fmt: skip
        if items:
            lines.append(f"  {label}: " + "; ".join(items))
    return "\n".join(lines)
