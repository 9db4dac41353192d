"""When something happened: a date per mention, from the sentence or the report's date.

Reports say "on 31 January", "January 31, 2026", "on Saturday", "yesterday" or nothing at
all. Each mention gets an ``event_date`` (ISO) and an ``event_date_precision`` that says how
it was found, so that an analyst can filter on the reliable ones:

* ``stated``: a full date in the sentence ("31 January 2026");
* ``stated-no-year``: day and month in the sentence, year from the report's date;
* ``weekday``: a weekday or "yesterday"/"today", counted back from the report's date;
* ``published``: nothing in the sentence; the report's publication date stands in;
* ``unknown``: neither.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],  # fmt: skip
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
# Month and weekday names count only capitalised, as English writes them ("may" is a verb).
_MONTH = (
    r"(?P<month>" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + r")\.?"
)
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}\b")
_WEEKDAY = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE = re.compile(r"\b(?P<word>yesterday|today|tonight|last night)\b", re.I)


def parse_iso(value: str | None) -> date | None:
    """The date at the start of an ISO string ('2026-02-01', '2026-02-01T10:00Z'), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@lru_cache(maxsize=65_536)  # the layer and mentions.csv ask for the same sentences
def event_date(sentence: str, published: str | None) -> tuple[str | None, str]:
    """Date and precision for something reported in ``sentence``.

    Parameters
    ----------
    sentence
        The sentence the mention stands in.
    published
        The report's publication date (ISO), used for missing years and weekdays.

    Returns
    -------
    tuple
        ``(iso_date or None, precision)``.
    """
    reference = parse_iso(published)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(sentence):
            found = _calendar_date(match, reference)
            if found is not None:
                return found
    relative = _RELATIVE.search(sentence)
    if relative and reference is not None:
        word = relative.group("word").lower()
        back = 1 if word in {"yesterday", "last night"} else 0
        return (reference - timedelta(days=back)).isoformat(), "weekday"
    weekday = _WEEKDAY.search(sentence)
    if weekday and reference is not None:
        wanted = WEEKDAYS[weekday.group("weekday").lower()]
        back = (reference.weekday() - wanted) % 7
        return (reference - timedelta(days=back)).isoformat(), "weekday"
    if reference is not None:
        return reference.isoformat(), "published"
    return None, "unknown"


def _calendar_date(match: re.Match[str], reference: date | None) -> tuple[str, str] | None:
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    if match.group("year"):
        try:
            return date(int(match.group("year")), month, day).isoformat(), "stated"
        except ValueError:
            return None
    if reference is None:
        return None
    try:
        candidate = date(reference.year, month, day)
    except ValueError:
        return None
    if candidate > reference + timedelta(days=1):  # "31 December" in a January report
        candidate = candidate.replace(year=reference.year - 1)
    return candidate.isoformat(), "stated-no-year"
