"""Event dates per mention: stated (words, ISO, numbers), stated without a year, weekday,
month, publication date; and the time window that filters mentions by them."""

from __future__ import annotations

from datetime import date

import pytest

from incidentmap.dates import date_span, dates_stated, event_date, header_date


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
        # Dates in numbers: ISO, day first, month first only where day first is no date.
        ("The attack on 2026-01-31 hit Quetta.", "2026-02-02", ("2026-01-31", "stated")),
        ("Police said on 31/01/2026 that gunmen struck.", None, ("2026-01-31", "stated")),
        ("Police said on 01/02/2026 that gunmen struck.", None, ("2026-02-01", "stated")),
        ("Police said on 01/31/2026 that gunmen struck.", None, ("2026-01-31", "stated")),
        ("The blast on 31-01-2026 killed four.", None, ("2026-01-31", "stated")),
        ("Call 0300-1234567 or 042-111-222-333.", "2026-02-02", ("2026-02-02", "published")),
        ("Case 12/34/2026 was filed.", "2026-02-02", ("2026-02-02", "published")),
        # Abbreviated months with a full stop.
        ("Attacks on Jan. 31 hit Quetta.", "2026-02-03", ("2026-01-31", "stated-no-year")),
        ("Attacks on Sept. 3, 2025 hit Quetta.", None, ("2025-09-03", "stated")),
        # Only the month: its first day, precision month.
        ("Clashes in December 2025 left dozens dead.", "2026-02-01", ("2025-12-01", "month")),
        ("Clashes in December left dozens dead.", "2026-02-01", ("2025-12-01", "month")),
        # a month with its year named relatively: "October last year", "March this year"
        ("In October last year, gunmen stormed a college.", "2017-10-18", ("2016-10-01", "month")),
        ("In March of this year, gunmen stormed a college.", "2017-10-18", ("2017-03-01", "month")),
        ("Clashes in early January left dozens dead.", "2026-02-01", ("2026-01-01", "month")),
        ("In January, clashes left dozens dead.", "2026-02-01", ("2026-01-01", "month")),
        ("Clashes last month left dozens dead.", "2026-02-01", ("2026-01-01", "month")),
        ("Clashes last month left dozens dead.", "2026-01-15", ("2025-12-01", "month")),
        ("Raids earlier this month hit Kech.", "2026-02-20", ("2026-02-01", "month")),
        ("The January 2026 offensive was the largest.", None, ("2026-01-01", "month")),
        # "last December": the latest December before the report's month
        ("Bombers struck a school last December.", "2015-09-18", ("2014-12-01", "month")),
        ("Bombers struck a school last March.", "2015-03-18", ("2014-03-01", "month")),
        # A weekday that names what is held on it is no date of the event.
        (
            "The mosque was bombed in July last year during Friday prayers.",
            "2004-03-03",
            ("2003-07-01", "month"),
        ),
        ("Gunmen fired at the Sunday bazaar in March.", "2019-05-02", ("2019-03-01", "month")),
        # A day beats a month in the same sentence.
        (
            "Gunmen struck on Saturday after clashes last month.",
            "2026-02-02",
            ("2026-01-31", "weekday"),
        ),
        (
            "On 31 January, a year after the raids of January 2025.",
            "2026-02-02",
            ("2026-01-31", "stated-no-year"),
        ),
    ],
)
def test_event_dates(sentence, published, expected):
    assert event_date(sentence, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May a bomb hit a bus in Kalat, and in August gunmen shot two guards.", 2),
        ("A bomb hit a bus in Kalat in May 2019.", 1),
        ("A bomb hit a bus in Kalat in May last year.", 1),
        ("Gunmen fired on worshippers after Friday prayers in Kalat.", 0),
    ],
)
def test_dates_stated_counts_months_named_alone(text: str, expected: int) -> None:
    """A sentence telling two months ("in May ..., and in August ...") states two dates,
    so that each clause dates its own event; a month with its year is one."""
    assert dates_stated(text) == expected


def test_layer_mentions_carry_event_dates(example_build):
    dates = {
        m["event_date"]
        for mentions in example_build.places["mentions"]
        for m in mentions
        if m["role"] == "incident"
    }
    assert "2026-01-31" in dates
    precisions = {m["event_date_precision"] for ms in example_build.places["mentions"] for m in ms}
    assert precisions <= {"stated", "stated-no-year", "weekday", "month", "published", "unknown"}


@pytest.mark.parametrize(
    ("when", "precision", "span"),
    [
        ("2026-01-31", "stated", (date(2026, 1, 31), date(2026, 1, 31))),
        ("2025-12-01", "month", (date(2025, 12, 1), date(2025, 12, 31))),
        ("2024-02-01", "month", (date(2024, 2, 1), date(2024, 2, 29))),
        (None, "unknown", None),
    ],
)
def test_date_span(when, precision, span):
    assert date_span(when, precision) == span


def test_mentions_outside_the_window_are_filtered_not_unresolved(tmp_path):
    import csv
    import io

    from incidentmap.options import BuildOptions
    from incidentmap.pipeline import build

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r.md").write_text(
        "---\npublished: 2026-02-10\n---\n"
        "Gunmen attacked a police station in Sibi on 2026-02-08.\n\n"
        "A blast hit a market in Turbat on 03/01/2026.\n\n"
        "Security forces raided hideouts in Kohlu in December 2025.\n\n"
        "Clashes in Zhob last month left three dead.\n",
        encoding="utf-8",
    )
    result = build([folder], tmp_path / "out", BuildOptions(tiles="none", since="2026-01-15"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "mentions.csv").read_text())))
    status = {r["surface"]: (r["status"], r["event_date"], r["event_date_precision"]) for r in rows}
    assert status["Sibi"] == ("resolved", "2026-02-08", "stated")
    assert status["Turbat"] == ("filtered", "2026-01-03", "stated")
    assert status["Kohlu"] == ("filtered", "2025-12-01", "month")
    assert status["Zhob"] == ("resolved", "2026-01-01", "month")  # January overlaps the window
    filtered = [r for r in rows if r["status"] == "filtered"]
    assert all(r["reason"].startswith("outside the time window") and r["lat"] for r in filtered)
    counts = result.run["counts"]
    assert counts["mentions_filtered"] == len(filtered) == 2
    assert counts["mentions_unresolved"] == sum(r["status"] == "unresolved" for r in rows)
    assert counts["mentions_found"] == (
        counts["mentions_resolved"] + counts["mentions_unresolved"] + counts["mentions_filtered"]
    )
    assert set(result.places["name"]) == {"Sibi", "Zhob"}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Blast in Turbat\nUpdated: March 4, 2019 10:15 pm\n\nText.", "2019-03-04"),
        ("Blast in Turbat\n2019-03-04\nText.", "2019-03-04"),
        ("Blast in Turbat\n27 Jumadi-us-Sani 1440 | 4th March 2019\nText.", "2019-03-04"),
        # a date in the story's own paragraph, or with no year, is not the page's
        ("Blast in Turbat\n" + "Gunmen struck the camp on 3 March 2019 at night, " * 3, None),
        ("Blast in Turbat\nMarch 4\nText.", None),
        ("1\n2\n3\n4\n5\n6\n7\nMarch 4, 2019", None),
    ],
)
def test_the_date_a_saved_page_prints_above_its_story(page: str, expected: str | None) -> None:
    assert header_date(page) == expected
