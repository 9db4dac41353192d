"""When something happened: a date per mention, from the sentence or the report's date.

Reports say "on 31 January", "January 31, 2026", "on Saturday", "yesterday" or nothing at
all. Each mention gets an ``event_date`` (ISO) and an ``event_date_precision`` that says how
it was found, so that an analyst can filter on the reliable ones:

* ``stated``: a full date in the sentence ("31 January 2026", "Jan. 31, 2026",
  "2026-01-31", "31/01/2026": numbers are read day first, as Pakistani and British
  outlets write them, unless only the other order is a date);
* ``stated-no-year``: day and month in the sentence, year from the report's date;
* ``weekday``: a weekday or "yesterday"/"today", counted back from the report's date;
* ``month``: only the month is known ("in December 2025", "in December", "last December",
  "last month", "earlier this month"); ``event_date`` is the month's first day, and ``date_span``
  gives the whole month (a time window keeps the mention if the month overlaps it);
* ``published``: nothing in the sentence; the report's publication date stands in;
* ``unknown``: neither.

A date is looked for in that order: a sentence with "on Saturday" and "last month"
reports Saturday.
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
#: A weekday, not the name of what is held on it ("Friday prayers", "the Sunday bazaar").
_WEEKDAY = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s+(?i:prayers?|sermon|congregation|namaz|bazaar|market|service|mass)\b)"
)
_RELATIVE = re.compile(r"\b(?P<word>yesterday|today|tonight|last night)\b", re.I)
#: 2026-01-31 (ISO 8601), not inside a longer run of digits or dashes.
_ISO = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")
#: 31/01/2026, 31-01-2026, 31.01.2026: day first.
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d/-])"
)
#: "in December 2025", "December 2025", "in December", "since early March".
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+|,\s*)(?P<year>\d{{4}})\b")
_IN_MONTH = re.compile(
    rf"\b(?i:in|during|since|through|throughout|until|till|by|of|early|late|mid-?|last|this)\s+"
    rf"(?:(?:early|late|mid-?)\s*)?{_MONTH}(?![\w-]|\.\w)"
)
_RELATIVE_MONTH = re.compile(r"\b(?P<which>last|this|previous|past) month\b", re.I)
#: The year right after a month: "October last year", "March of this year".
_WHICH_YEAR = re.compile(r"\s+(?:of\s+)?(?P<which>last|this|previous|past) year\b", re.I)
#: Years a report can mean: a four-digit number outside them is no date.
_YEARS = range(1900, 2101)


def parse_iso(value: str | None) -> date | None:
    """The date at the start of an ISO string ('2026-02-01', '2026-02-01T10:00Z'), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # a report's mentions and events ask for the same sentences
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
    found = _numeric_date(sentence)
    if found is not None:
        return found
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
    month = _month(sentence, reference)
    if month is not None:
        return month.isoformat(), "month"
    if reference is not None:
        return reference.isoformat(), "published"
    return None, "unknown"


@lru_cache(maxsize=4096)  # each place in a sentence asks again
def dates_stated(text: str) -> int:
    """How many dates ``text`` states: calendar days, weekdays, months with a year.

    A sentence stating two ("shot dead on 16 January, and on 9 January a bomber struck")
    tells two events, each dated in its own clause.
    """
    months = sum(not _YEAR_AFTER.match(text, m.end()) for m in _IN_MONTH.finditer(text))
    return months + sum(
        len(pattern.findall(text))
        for pattern in (_DAY_MONTH, _MONTH_DAY, _ISO, _NUMERIC, _WEEKDAY, _MONTH_YEAR)
    )


#: A year or a day right after a month ("in March 2013", "in March 3"): that date is
#: counted by its own pattern, not again as a month.
_YEAR_AFTER = re.compile(r"(?:,?\s+\d{4}|\s+\d{1,2}\b)")


def date_span(when: str | None, precision: str) -> tuple[date, date] | None:
    """The days an ``event_date`` stands for: the whole month for ``month`` precision.

    Parameters
    ----------
    when
        An ``event_date`` (ISO), or None.
    precision
        Its ``event_date_precision``.

    Returns
    -------
    tuple or None
        First and last day (equal but for a month), or None without a date.
    """
    day = parse_iso(when)
    if day is None:
        return None
    if precision != "month":
        return day, day
    next_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day.replace(day=1), next_month - timedelta(days=1)


def header_date(text: str) -> str | None:
    """The date a saved web page prints above its story, as ISO, or None.

    Pages saved as text carry their date among the first short lines ("Published: 09:12
    AM, 4 Mar 2019", "March 4, 2019", "2019-03-04"); a report without metadata takes it
    as its own date, so that "on Sunday" can be counted from it. Only a full date (with
    its year) on a line of at most ``_HEADER_LINE_CHARS`` characters counts.
    """
    lines = [line for line in text[:HEADER_CHARS].splitlines() if line.strip()]
    for line in lines[:HEADER_LINES]:
        if len(line) > _HEADER_LINE_CHARS:
            continue  # a paragraph of the story
        when, how = event_date(line, None)  # with no reference, only a full date is "stated"
        if how == "stated":
            return when
    return None


#: Where a page prints its metadata above the story (``header_date``, and the publisher
#: ``sources`` reads): the first lines of its first characters.
HEADER_CHARS = 800
HEADER_LINES = 6
_HEADER_LINE_CHARS = 100


def _numeric_date(sentence: str) -> tuple[str, str] | None:
    """A date written in numbers: ISO, or day/month/year (month/day/year where only that fits)."""
    for match in _ISO.finditer(sentence):
        found = _valid(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if found is not None:
            return found.isoformat(), "stated"
    for match in _NUMERIC.finditer(sentence):
        day, month, year = (int(match.group(k)) for k in ("day", "month", "year"))
        found = _valid(year, month, day) or _valid(year, day, month)
        if found is not None:
            return found.isoformat(), "stated"
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(sentence: str, reference: date | None) -> date | None:
    """The first day of a month the sentence names, or counts from the report's date."""
    for match in _MONTH_YEAR.finditer(sentence):
        year = int(match.group("year"))
        if year in _YEARS:
            return date(year, MONTHS[match.group("month").lower()], 1)
    if reference is None:
        return None
    named = _IN_MONTH.search(sentence)
    if named is not None:
        month = MONTHS[named.group("month").lower()]
        # The latest such month not after the report: "in December" in a January report;
        # "in October last year" a year before that, "in March this year" this year's.
        year = reference.year if month <= reference.month else reference.year - 1
        if named.group(0)[:4].lower() == "last" and month >= reference.month:
            year = reference.year - 1  # "last March" in a March report: a year before
        which = _WHICH_YEAR.match(sentence, named.end())
        if which is not None:
            last = which.group("which").lower() in {"last", "previous", "past"}
            year = reference.year - 1 if last else reference.year
        return date(year, month, 1)
    relative = _RELATIVE_MONTH.search(sentence)
    if relative is not None:
        first = reference.replace(day=1)
        if relative.group("which").lower() in {"last", "previous", "past"}:
            first = (first - timedelta(days=1)).replace(day=1)
        return first
    return None


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
