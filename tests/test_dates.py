"""Event dates per mention: stated, stated without a year, weekday, publication date."""

from __future__ import annotations

import pytest

from incidentmap.dates import event_date


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("On 31 January 2026, attacks hit Quetta.", "2026-02-01", ("2026-01-31", "stated")),
        ("Attacks on January 31, 2026 hit Quetta.", None, ("2026-01-31", "stated")),
        ("Attacks on January 31 hit Quetta.", "2026-02-03", ("2026-01-31", "stated-no-year")),
        ("The blast on 31 Dec. killed four.", "2026-01-05", ("2025-12-31", "stated-no-year")),
        ("Gunmen struck on Saturday night.", "2026-02-02", ("2026-01-31", "weekday")),
        ("The blast occurred yesterday.", "2026-02-02", ("2026-02-01", "weekday")),
        ("Troops may 5 times have tried.", "2026-02-02", ("2026-02-02", "published")),
        ("No date at all.", None, (None, "unknown")),
        ("On 30 February a blast was reported.", "2026-03-02", ("2026-03-02", "published")),
    ],
)
def test_event_dates(sentence, published, expected):
    assert event_date(sentence, published) == expected


def test_layer_mentions_carry_event_dates(example_build):
    dates = {
        m["event_date"]
        for mentions in example_build.places["mentions"]
        for m in mentions
        if m["role"] == "incident"
    }
    assert "2026-01-31" in dates
    precisions = {m["event_date_precision"] for ms in example_build.places["mentions"] for m in ms}
    assert precisions <= {"stated", "stated-no-year", "weekday", "published", "unknown"}
