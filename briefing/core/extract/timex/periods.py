"""Calendar arithmetic for the temporal tagger: the Timex record, periods and their values."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

Day = dt.date

# What a resolver returns: the period's first and last day (None without a reference date),
# its grain and its TIMEX3-style value.
Resolved = tuple[Day | None, Day | None, str, str]


@dataclass(frozen=True)
class Timex:
    """One date expression: where it is, what it says, and the period it covers."""

    start: int
    end: int
    text: str
    value: str
    period_start: Day | None
    period_end: Day | None
    grain: str  # day, week, month, quarter, half, season, year, range
    kind: str  # the TIMEX3 type: DATE, TIME, DURATION or SET (a rule's ``type:``)


def join_adjacent(text: str, found: list[Timex], joins: Callable[[Timex, Timex], bool]
                  ) -> list[Timex]:
    """``found`` with each date that ``joins`` the one before it merged with that one into a
    single period, from the first's start to the second's end ("from May to July")."""
    out: list[Timex] = []
    for tx in found:
        prev = out[-1] if out else None
        if prev is not None and prev.period_start and tx.period_end and joins(prev, tx):
            out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end],
                            f"{prev.period_start.isoformat()}/{tx.period_end.isoformat()}",
                            prev.period_start, tx.period_end, "range", prev.kind)
        else:
            out.append(tx)
    return out


def month_end(year: int, month: int) -> Day:
    return Day(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_monday(day: Day) -> Day:
    return day - dt.timedelta(days=day.weekday())


def week_value(monday: Day) -> str:
    iso = monday.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def day_value(day: Day) -> str:
    return day.isoformat()


def period_value(start: Day, end: Day) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"


PAST_AHEAD_DAYS = 120  # a year-less date this far ahead of a past-tense sentence is last year's
# A year-less date at most this far behind a future-tense sentence is this year's, behind: "the
# lower rate would apply from August 1" said on August 21 is retroactive, not next August.
# (31: train dates 0.819 -> 0.821; among 3,000 Reuters articles 14 dates of early 1988 go
# back to 1987, 13 of them rightly: "The Fed in February said ...", "by late February the
# market had recovered"; 60 took in more of both kinds.)
FUTURE_BEHIND_DAYS = 31


def year_for(month: int, day: int, ref: Day, tense: int) -> int:
    """The year of a year-less date: the tense of the sentence decides (HeidelTime)."""
    try:
        candidate = Day(ref.year, month, min(day, calendar.monthrange(ref.year, month)[1]))
    except ValueError:
        return ref.year
    if tense > 0 and candidate < ref - dt.timedelta(days=FUTURE_BEHIND_DAYS):
        return ref.year + 1
    if tense < 0 and candidate > ref + dt.timedelta(days=PAST_AHEAD_DAYS):
        return ref.year - 1
    if tense < -1 and candidate.month > ref.month:
        return ref.year - 1  # a month after the article's, governed by a past verb
    if tense == 0 and (candidate - ref).days < -183:
        return ref.year + 1
    if tense == 0 and (candidate - ref).days > 183:
        return ref.year - 1
    return ref.year


HOURS_A_DAY = 24


def span_end(ref: Day, n: int, unit: str) -> Day:
    """The day ``n`` units (hour, day, week, month, year) after ``ref`` (hours to the day
    they run into: "within 72 hours" of a Tuesday ends on Friday)."""
    if unit == "hour":
        return ref + dt.timedelta(days=-(-n // HOURS_A_DAY))
    if unit == "day":
        return ref + dt.timedelta(days=n)
    if unit == "week":
        return ref + dt.timedelta(weeks=n)
    if unit == "month":
        year, month = add_months(ref.year, ref.month, n)
        return Day(year, month, min(ref.day, calendar.monthrange(year, month)[1]))
    try:
        return ref.replace(year=ref.year + n)
    except ValueError:
        return ref.replace(year=ref.year + n, day=28)


def last_season_year(ref: Day, first: int, last: int) -> int:
    """The year of the season (months ``first`` to ``last``) that ended last before the
    article's date: "last winter" in March 2026 is the one that began in December 2025."""
    year = ref.year
    while month_end(year + 1 if last < first else year, last) >= ref:
        year -= 1
    return year


JUST_ENDED = 31  # days: "this winter" in March may still be the one just ended


def relative_season_year(ref: Day, first: int, last: int, shift: int, tense: int,
                         relative: bool) -> int:
    """The year of a season ``shift`` seasons from the article's date's ("last winter": -1,
    "next summer": +1, "this autumn" or a bare "autumn": 0, ``relative`` when "this" says
    so): last and next count from the season just ended or the next to open, this from the
    one nearest."""
    if shift < 0:
        return last_season_year(ref, first, last) + shift + 1
    if shift > 0:
        return next_season_year(ref, first) + shift - 1
    year = nearest_season_year(ref, first, last, tense)
    if relative and (ref - month_end(year + (last < first), last)).days > JUST_ENDED:
        year += 1  # "this autumn" in March is the coming one, not last year's
    return year


SEASON_NEAR = 31  # days: a season that opens this soon is "this summer", not "next summer"


def next_season_year(ref: Day, first: int) -> int:
    """The year of the first season (opening in month ``first``) to open after the article's
    date and not within SEASON_NEAR days of it: "next summer" in December 2026 is 2027's,
    "next winter" in February this December's, "next summer" in late May next year's."""
    year = ref.year - 1
    while (Day(year, first, 1) - ref).days <= SEASON_NEAR:
        year += 1
    return year


def nearest_season_year(ref: Day, first: int, last: int, tense: int) -> int:
    """The year of the season (months ``first`` to ``last``) nearest the article's date: the
    one it falls in, one just gone, or the next; the sentence's tense breaks a tie."""
    def distance(y: int) -> int:
        lo = Day(y, first, 1)
        hi = month_end(y + 1 if last < first else y, last)
        gap = (lo - ref).days if ref < lo else (ref - hi).days if ref > hi else 0
        return gap * (1 if (ref < lo) == (tense >= 0) else 2)
    return min((ref.year - 1, ref.year, ref.year + 1), key=distance)
