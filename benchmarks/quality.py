"""Geoparsing quality on every annotated set: in-sample, out of fold, and refitting.

    python benchmarks/quality.py                 # out-of-fold scores of every set (10 folds)
    python benchmarks/quality.py --in-sample     # the shipped model on every set
    python benchmarks/quality.py --fit           # refit src/incidentmap/geocode/decision_model.json
    python benchmarks/quality.py --only blind-a  # one set (e.g. a new one, at first sight)

The sets are listed in tests/data/annotated_sets.toml. Out-of-fold numbers are the ones to
quote: every report is decided by a model fitted without it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("INCIDENTMAP_SHARED", REPO.parent / "shared"))
MANIFEST = REPO / "tests" / "data" / "annotated_sets.toml"
MODEL = REPO / "src" / "incidentmap" / "geocode" / "decision_model.json"


def resolve(path: str) -> Path:
    return SHARED / path.removeprefix("shared:") if path.startswith("shared:") else REPO / path


def manifest(only: list[str] | None = None, exclude: list[str] | None = None) -> list[dict]:
    sets = tomllib.loads(MANIFEST.read_text(encoding="utf-8"))["set"]
    sets = [s for s in sets if not only or s["name"] in only]
    sets = [s for s in sets if s["name"] not in (exclude or [])]
    return [s for s in sets if resolve(s["gold"]).is_file()]


def headline(s) -> dict:
    return {
        "P": round(s.precision, 3), "R": round(s.recall, 3), "F1": round(s.f1, 3),
        "district": round(s.district_accuracy, 3), "ctx_as_inc": len(s.context_as_incident),
        "ctx_per_10": round(s.context_per_10_reports, 2), "ECE": round(s.ece, 3),
        "high_share": round(s.high_share, 2), "high_P": round(s.high_precision, 3),
        "dups": len(s.duplicates), "reports": s.reports,
    }  # fmt: skip


def pooled(scores: dict) -> dict:
    from incidentmap.eval import Scores

    total = Scores()
    for s in scores.values():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
        total.tp_gold += s.tp_gold
        total.district_checked += s.district_checked
        total.district_right += s.district_right
        total.context_as_incident += s.context_as_incident
        total.duplicates += s.duplicates
        total.samples += s.samples
        total.reports += s.reports
    return headline(total)


def markdown(rows: dict) -> str:
    lines = [
        "| set | reports | P / R / F1 | district | context as incident (per 10 reports) "
        "| ECE | high: share, precision | duplicates |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in rows.items():
        lines.append(
            f"| {name} | {r['reports']} | {r['P']:.3f} / {r['R']:.3f} / {r['F1']:.3f} "
            f"| {r['district']:.3f} | {r['ctx_as_inc']} ({r['ctx_per_10']:.1f}) | {r['ECE']:.3f} "
            f"| {r['high_share']:.0%}, {r['high_P']:.3f} | {r['dups']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--in-sample", action="store_true")
    parser.add_argument("--fit", action="store_true", help="refit the shipped model")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument(
        "--by-set",
        action="store_true",
        help="leave one set out: each set decided by a model that never saw it (first-sight proxy)",
    )
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--only", action="append")
    parser.add_argument("--exclude", action="append", help="leave a set out (e.g. a blind one)")
    parser.add_argument("--errors", action="store_true", help="print the error lists too")
    parser.add_argument("--markdown", action="store_true", help="print a table for the ledger")
    args = parser.parse_args()

    from incidentmap.eval import format_scores
    from incidentmap.export import write_json
    from incidentmap.learn import cross_validate, evaluate, fit, load_sets

    chosen = manifest(args.only, args.exclude)
    sets = load_sets([resolve(s["gold"]) for s in chosen], [resolve(s["reports"]) for s in chosen])
    for s, a in zip(chosen, sets, strict=True):
        a.name = s["name"]
    if args.fit:
        model = fit(sets, folds=args.folds, l2=args.l2)
        write_json(model.to_json(), MODEL)
        print(f"wrote {MODEL.relative_to(REPO)}", file=sys.stderr)
    if args.in_sample:
        scores = evaluate(sets)
    else:
        scores = cross_validate(sets, folds=args.folds, l2=args.l2, by_set=args.by_set)
    rows = {name: headline(s) for name, s in scores.items()}
    rows["pooled"] = pooled(scores)
    if args.markdown:
        print(markdown(rows))
    else:
        print(json.dumps(rows, indent=1))
    if args.errors:
        for name, s in scores.items():
            print(format_scores(name, s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
