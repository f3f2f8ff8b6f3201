"""Resolvers of periods longer than a month and of named spans: parts of a year ("mid-1987"),
weekends, fiscal years (which country's, from the words of the sentence), and spans counted
from the article's date ("within two months", "in two weeks")."""

from __future__ import annotations

import datetime as dt
import re

from briefing.core.extract.timex.match import Groups, Handler, Tense
from briefing.core.extract.timex.periods import (
    Day,
    Resolved,
    add_months,
    day_value,
    month_end,
    period_value,
    span_end,
    week_monday,
    week_value,
)
from briefing.core.extract.timex.vocab import FiscalYear, Vocabulary, find, phrase, year_of

_UNKNOWN_YEAR = "XXXX"
_WORDS = re.compile(r"[\w.]+")
_SATURDAY = 5


def part_year(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"mid-1987", "early 1990", "the end of 1988": months of the year (GUIDE: early Jan-Apr,
    mid May-Aug, late Sep-Dec, the end Oct-Dec)."""
    year = year_of(m.need("y"))
    start, end = year_span(v, year, m.need("part"))
    return start, end, "year", f"{year:04d}"


def year_span(v: Vocabulary, year: int, part: str) -> tuple[Day, Day]:
    """The first and last day of a part of a year: its months ("mid": May..August), or a
    week counted from either end ("the last week of": December 25..31)."""
    week = v.year_week_of(part)
    if week is None:
        first, last = v.year_part_of(part)
        return Day(year, first, 1), month_end(year, last)
    edge, shift = (Day(year, 1, 1), -1) if week[0] > 0 else (Day(year, 12, 31), 1)
    return edge + dt.timedelta(days=week[0] + shift), edge + dt.timedelta(days=week[1] + shift)


_LATE_IN_THE_WEEK = 3  # Thursday: "this weekend" said from then on is the coming one


def weekend(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"this weekend", "next weekend", "at the weekend": its Saturday and Sunday."""
    if ref is None:
        return None, None, "week", f"{_UNKNOWN_YEAR}-WXX-WE"
    shift = v.relative_of(m["rel"] or v.own_period)
    saturday = week_monday(ref) + dt.timedelta(weeks=shift, days=_SATURDAY)
    # "at the weekend" not said to be ahead is the last one; "this weekend" is the coming
    # one unless the sentence is in the past, and from Thursday on whatever its tense (a
    # Friday's "the vote set for this weekend was postponed" is of tomorrow's).
    late = m["rel"] is not None and ref.weekday() >= _LATE_IN_THE_WEEK
    if shift == 0 and not late and (tense() < 0 or (tense() == 0 and not m["rel"])) \
            and saturday > ref:
        saturday -= dt.timedelta(weeks=1)
    iso = saturday.isocalendar()
    return saturday, saturday + dt.timedelta(days=1), "week", f"{iso[0]:04d}-W{iso[1]:02d}-WE"


def week_after_next(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"the week after next": the week two from the article's."""
    if ref is None:
        return None, None, "week", f"{_UNKNOWN_YEAR}-WXX"
    monday = week_monday(ref) + dt.timedelta(weeks=2)
    return monday, monday + dt.timedelta(days=6), "week", week_value(monday)


def year_range(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"from 2030 to 2034": the years, whole (none backwards). ("between 1987 and 1992", in
    the 1987 wires most often debt falling due, stays no date: no gold set tells.)"""
    first, last = year_of(m.need("y")), year_of(m.need("y2"))
    if last < first:
        return None
    return dt.date(first, 1, 1), dt.date(last, 12, 31), "year", f"{first:04d}"


def weekday_of_week(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense
                    ) -> Resolved | None:
    """"on Thursday next week", "Monday of this week": that day of the week named."""
    if ref is None:
        return None, None, "day", f"{_UNKNOWN_YEAR}-XX-XX"
    target = find(v.weekdays, m.need("wd").lower().rstrip("."))
    day = week_monday(ref) + dt.timedelta(weeks=v.relative_of(m.need("rel")), days=target)
    return day, day, "day", day_value(day)


def fiscal_year(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"fiscal 1988", "the 1988/89 fiscal year", "the coming fiscal year": the fiscal year of
    the country the sentence names (``fiscal_years`` in time.yaml), else the calendar year."""
    fiscal = _country(v, m.string)
    if m["y"]:
        first = year_of(m.need("y"))
        second = _second_year(first, m["y2"])
        if fiscal is None:
            return Day(first, 1, 1), Day(first, 12, 31), "year", f"{v.fiscal_prefix}{first:04d}"
        named = first if not fiscal.named_by_end or second is None else second
    elif ref is None:
        return None, None, "year", f"{v.fiscal_prefix}{_UNKNOWN_YEAR}"
    else:
        shift = v.relative_of(m["rel"] or v.own_period)
        if fiscal is None:
            year = ref.year + shift
            return Day(year, 1, 1), Day(year, 12, 31), "year", f"{v.fiscal_prefix}{year:04d}"
        begun = ref.year if ref.month >= fiscal.start_month else ref.year - 1
        named = begun + shift + (1 if fiscal.named_by_end else 0)
    start_year = named - 1 if fiscal.named_by_end else named
    start = Day(start_year, fiscal.start_month, 1)
    year, month = add_months(start_year, fiscal.start_month, 11)
    return start, month_end(year, month), "year", f"{v.fiscal_prefix}{named:04d}"


def _second_year(first: int, written: str | None) -> int | None:
    """The second year of "1988/89" (1989), or None."""
    if not written or not written.isdigit():
        return None
    if len(written) == 4:
        return int(written)
    return first - first % 100 + int(written) + (100 if int(written) < first % 100 else 0)


def _country(v: Vocabulary, text: str) -> FiscalYear | None:
    """The fiscal year of the first country whose words the text holds."""
    words = set(_WORDS.findall(text.lower())) | {w.rstrip(".") for w in _WORDS.findall(
        text.lower())}
    return next((f for f in v.fiscal_years if f.words & words), None)


def duration(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"90 days", "a month", "two years": a length of time (TIMEX3 DURATION: P90D), no
    period of the calendar."""
    n, unit = v.number_of(m["n"]), v.unit_of(m["unit"])
    return None, None, unit, f"{v.duration_prefix}{n}{find(v.unit_codes, unit)}"


def reference(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"now", "currently", "in the past": TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF."""
    return None, None, "day", find(v.references, phrase(m.need("w")))


def recurrence(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"annually", "each month": a TIMEX3 SET, its value the period it recurs with."""
    return None, None, "range", find(v.sets, phrase(m.need("w")))


def ago(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"three years ago", "a week ago": that unit, so far back from the article's date."""
    n, unit = v.number_of(m["n"]), v.unit_of(m["unit"])
    if ref is None:
        return None, None, unit, _UNKNOWN_YEAR
    day = span_end(ref, -n, unit)
    if unit == "year":
        return Day(day.year, 1, 1), Day(day.year, 12, 31), unit, f"{day.year:04d}"
    if unit == "month":
        return (Day(day.year, day.month, 1), month_end(day.year, day.month), unit,
                f"{day.year:04d}-{day.month:02d}")
    if unit == "week":
        monday = week_monday(day)
        return monday, monday + dt.timedelta(days=6), unit, week_value(monday)
    return day, day, "day", day.isoformat()


def within(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    if ref is None:
        return None, None, "range", _UNKNOWN_YEAR
    end = span_end(ref, v.number_of(m["n"]), v.unit_of(m["unit"]))
    start = ref + dt.timedelta(days=1)
    return start, end, "range", period_value(start, end)


def in_time(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    if ref is None:
        return None, None, "day", _UNKNOWN_YEAR
    day = span_end(ref, v.number_of(m["n"]), v.unit_of(m["unit"]))
    return day, day, "day", day_value(day)


def in_ahead(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"will resume in two weeks": the day that span after the reference, when the sentence
    looks ahead; else None, and the words are a duration ("rose 5 pct in two years")."""
    return in_time(v, m, ref, tense) if tense() > 0 else None


GIVER_REACH = 4  # words before a span among which the verb that gives it stands


def given_span(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"will have 60 days to respond", "gave each side 30 days to ...": the span ahead, as
    "within 60 days", when a verb of ``span_having`` stands right before it or one of
    ``span_giving`` among the words before it; else None (a duration)."""
    before = m.string[max(0, m.start() - 60):m.start()].lower().split()[-GIVER_REACH:]
    if not before or (before[-1] not in v.span_having and v.span_giving.isdisjoint(before)):
        return None
    stop = min((i for i in (m.string.find(c, m.end()) for c in ",.;") if i >= 0),
               default=len(m.string))
    if not (v.subordinators.isdisjoint(m.string[m.end():stop].lower().split())
            and v.span_sequels.isdisjoint(before)):
        return None  # "45 days to provide the money once a project is chosen", "... and
        # Japan then has 45 days to ...": from that event
    start = max(m.string.rfind(". ", 0, m.start()), 0)
    said = [w.strip(".,;:") for w in m.string[start:m.start()].lower().split()]
    rest = [w.strip(".,;:") for w in m.string[m.end():].split(". ", 1)[0].lower().split()]
    if not (v.past.isdisjoint(rest) and all(w.rstrip(".") not in v.months for w in said)):
        return None  # "Japan had 30 days to respond but failed to"; "In January, the US gave
        # Japan 90 days": from a day past
    return within(v, m, ref, tense)


SPAN_HANDLERS: dict[str, Handler] = {
    "part_year": part_year, "weekend": weekend, "fiscal_year": fiscal_year,
    "weekday_of_week": weekday_of_week, "week_after_next": week_after_next,
    "year_range": year_range,
    "duration": duration, "reference": reference, "recurrence": recurrence, "ago": ago,
    "within": within, "in_time": in_time, "in_ahead": in_ahead, "given_span": given_span,
}
