"""Roles: incident vs context on constructions the annotation rules name."""

from __future__ import annotations

import pytest

from incidentmap.models import Report
from incidentmap.pipeline import resolved_mentions_from_report


def _roles(text: str, gazetteer) -> dict[str, str]:
    report = Report(doc_id="t", text=text, path="t.txt")
    roles: dict[str, str] = {}
    for r in resolved_mentions_from_report(report, gazetteer):
        name = r.entry.name if r.entry else r.mention.surface
        if roles.get(name) != "incident":
            roles[name] = r.role
    return roles


@pytest.mark.parametrize(
    ("text", "incident", "context"),
    [
        (
            "Coordinated attacks were reported in Quetta, Gwadar, Mastung and Nushki.",
            {"Quetta", "Gwadar", "Mastung", "Nushki"},
            set(),
        ),
        ("A family from Khuzdar was killed in Gwadar on Saturday.", {"Gwadar"}, {"Khuzdar"}),
        (
            "Gunmen stopped buses travelling from Gwadar to Karachi and shot 14 passengers near "
            "Ormara.",
            {"Ormara"},
            {"Gwadar", "Karachi"},
        ),
        (
            "QUETTA: Militants attacked a police station in Turbat on Sunday.",
            {"Turbat"},
            {"Quetta"},
        ),
        (
            "Islamabad accused India after the blast in Kalat; Tehran and Kabul denied it.",
            {"Kalat"},
            {"Islamabad", "India", "Tehran", "Kabul"},
        ),
        (
            "The injured were referred to Quetta after the blast in Mastung.",
            {"Mastung"},
            {"Quetta"},
        ),
        ("The Deputy Commissioner of Panjgur said nothing had happened.", set(), {"Panjgur"}),
        ("Pakistan Navy sailors were among those killed in Pasni.", {"Pasni"}, {"Pakistan"}),
        (
            "An emergency was declared in hospitals of Quetta and Sibi after the Sibi blast.",
            {"Sibi"},
            {"Quetta"},
        ),
    ],
)
def test_roles_follow_the_annotation_rules(gazetteer, text, incident, context):
    roles = _roles(text, gazetteer)
    for name in incident:
        assert roles.get(name) == "incident", (name, roles)
    for name in context:
        assert roles.get(name) == "context", (name, roles)


def test_every_role_has_a_reason(gazetteer, seeds_dir):
    text = (seeds_dir / "seed-002.txt").read_text(encoding="utf-8")
    for r in resolved_mentions_from_report(Report("seed-002", text, "x"), gazetteer):
        assert r.role in {"incident", "context"} and r.role_reason
        assert 0 <= r.role_strength <= 1
