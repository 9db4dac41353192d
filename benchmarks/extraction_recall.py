"""Recall of extraction, and false extractions, on the annotated sets (before roles).

*Recall of extraction* is the share of gold incident places for which the extractor
(``mentions_from_report``: gazetteer names, sites and named areas) produces at least one
mention whose surface, or the name of one of its gazetteer candidates, equals one of the
place's gold surfaces or its canonical name, ignoring case and accents: the scorer's
match ("Paktika province" is the gazetteer's Paktika). It is an upper bound of incident
recall: a place never extracted can never be mapped.

A *false extraction* is a distinct (report, surface) that the extractor produced and that
is neither a gold incident nor a gold context place of that report (surface or canonical
name). They are counted for gazetteer matches (``name``/``alias``) and for all mentions,
and listed with ``--list`` so that common words and personal names read as places show.

Usage, from the repository root (the shared corpus is found through
``$INCIDENTMAP_SHARED``, default ``../shared``)::

    python benchmarks/extraction_recall.py            # a table over every set
    python benchmarks/extraction_recall.py --list     # and every miss and false extraction
    python benchmarks/extraction_recall.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import manifest, resolve  # noqa: E402 - the one list of annotated sets

#: name -> (gold file, report folder), from tests/data/annotated_sets.toml: a set joins it
#: only after its first-sight score is in the ledger.
SETS = {s["name"]: (resolve(s["gold"]), resolve(s["reports"])) for s in manifest()}


@dataclass
class SetResult:
    """Counts over one annotated set, with the misses and false extractions listed."""

    gold: int = 0
    found: int = 0
    found_outside_names: int = 0
    misses: list[str] = field(default_factory=list)
    false_gazetteer: list[str] = field(default_factory=list)
    false_other: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Share of gold incident places with at least one matching mention."""
        return self.found / self.gold if self.gold else 1.0


def _surfaces(place: dict[str, Any], fold_name: Any) -> set[str]:
    return {fold_name(s) for s in place.get("surface", [])}


def _names(mention: Any, gazetteer: Any, fold_name: Any) -> set[str]:
    """A mention's surface and the names of its gazetteer candidates, folded."""
    names = {fold_name(mention.surface)}
    for candidate in mention.candidates:
        entry = gazetteer.entries.get(candidate)
        if entry is not None:
            names.add(fold_name(entry.name))
    return names


def score_set(gold_path: Path, folder: Path) -> SetResult:
    """Extract every report of ``folder`` and compare with ``gold_path``."""
    from incidentmap._text import fold_name
    from incidentmap.eval import load_gold
    from incidentmap.extract import mentions_from_report
    from incidentmap.geocode.local import load_gazetteer
    from incidentmap.sources import reports_from_paths

    gazetteer = load_gazetteer()
    reports, _ = reports_from_paths([folder])
    by_id = {r.doc_id: r for r in reports}
    result = SetResult()
    for doc in load_gold(gold_path):
        report = by_id.get(doc["id"])
        if report is None:
            continue
        mentions = mentions_from_report(report, gazetteer)
        seen = {key for m in mentions for key in _names(m, gazetteer, fold_name)}
        outside = {
            key for m in mentions if not m.in_name for key in _names(m, gazetteer, fold_name)
        }
        known: set[str] = set()
        for place in doc.get("incident_places", []):
            keys = _surfaces(place, fold_name) | {fold_name(place["place"])}
            known |= keys
            result.gold += 1
            if keys & seen:
                result.found += 1
            else:
                result.misses.append(f"{doc['id']}: {place['place']} {sorted(keys)}")
            result.found_outside_names += bool(keys & outside)
        for place in doc.get("context_places", []):
            known |= _surfaces(place, fold_name) | {fold_name(place["place"])}
        false = {}
        for m in mentions:
            key = fold_name(m.surface)
            if key not in known:
                false.setdefault(key, (m.match, m.in_name, m.surface))
        for match, in_name, surface in false.values():
            line = f"{doc['id']}: {surface!r} ({match}{', in a name' if in_name else ''})"
            gazetteer_match = match in {"name", "alias"}
            (result.false_gazetteer if gazetteer_match else result.false_other).append(line)
    return result


def table(results: dict[str, SetResult]) -> Iterable[str]:
    """Markdown rows of the results."""
    yield (
        "| set | gold incident places | extracted | recall of extraction "
        "| extracted outside org names | false extractions: gazetteer | other |"
    )
    yield "|---|---|---|---|---|---|---|"
    for name, r in results.items():
        yield (
            f"| {name} | {r.gold} | {r.found} | **{r.recall:.3f}** "
            f"| {r.found_outside_names} | {len(r.false_gazetteer)} | {len(r.false_other)} |"
        )


def main(argv: list[str] | None = None) -> int:
    """Run over every set whose files are present; print a table (and lists)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    parser.add_argument("--list", action="store_true", help="list misses and false extractions")
    parser.add_argument("--json", type=Path, help="write the raw results to this file")
    args = parser.parse_args(argv)
    results: dict[str, SetResult] = {}
    for name in args.sets.split(","):
        gold, folder = SETS[name]
        if not gold.is_file():
            print(f"{name}: {gold} not found; skipped", file=sys.stderr)
            continue
        results[name] = score_set(gold, folder)
    print("\n".join(table(results)))
    if args.list:
        for name, r in results.items():
            print(f"\n## {name}\n\nmissed:")
            print("\n".join(f"  {m}" for m in r.misses) or "  none")
            print("false extractions (gazetteer):")
            print("\n".join(f"  {m}" for m in r.false_gazetteer) or "  none")
            print("false extractions (sites, areas):")
            print("\n".join(f"  {m}" for m in r.false_other) or "  none")
    if args.json:
        raw = {name: {**r.__dict__, "recall": r.recall} for name, r in results.items()}
        args.json.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
