"""The normalisation functions that date rules name (``resolve:`` in ``time.yaml``).

Each takes the word tables, the rule's match, the reference date (or None) and the tense of
the sentence (``tense()``: +1 future, -1 past, 0 unknown), and returns the period as ``Resolved`` or None
when the match is no date. ``HANDLERS`` maps each name of the registry
(``briefing.language.rules.RESOLVERS``) to its function.
"""

from __future__ import annotations

import calendar
import datetime as dt

from briefing.core.extract.timex.match import Groups, Handler, Tense
from briefing.core.extract.timex.periods import (
    PAST_AHEAD_DAYS,
    Day,
    Resolved,
    add_months,
    day_value,
    month_end,
    period_value,
    relative_season_year,
    week_monday,
    week_value,
    year_for,
)
from briefing.core.extract.timex.spans import SPAN_HANDLERS, year_span
from briefing.core.extract.timex.vocab import Vocabulary, day_of, find, year_of

_UNKNOWN_YEAR = "XXXX"  # TIMEX3: a value without a reference date
_UNKNOWN_DAY = "XXXX-XX-XX"
_OTHER_SEASON = "SE"
# A quarter that ended at most this long before the reference is the one whose results are
# still to come, even in the future tense.
REPORTED_AFTER_DAYS = 31


def exact(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    month, day = v.month_of(m["m"]), day_of(m["d"], v.day_words)
    if not 1 <= day <= 31 or _word_day_after_a_verb(v, m["m"], m["d"]):
        return None
    if m["y"]:
        year = year_of(m.need("y"))
    elif m["yrel"] and ref is not None:  # "November 10 next year": that year, whatever the tense
        year = ref.year + v.relative_of(m["yrel"])
    elif ref is None:
        return None, None, "day", f"{_UNKNOWN_YEAR}-{month:02d}-{day:02d}"
    else:
        year = year_for(month, day, ref, tense())
    try:
        date = Day(year, month, day)
    except ValueError:
        return None
    return date, date, "day", day_value(date)


def range_one_month(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"June 9/12", "June 15-17": a range within one month (none that runs backwards)."""
    month = v.month_of(m["m1"])
    found = _day_range(v, m, ref, tense, month, month)
    if found is not None and found[0] is not None and found[1] is not None and found[1] < found[0]:
        return None
    return found


def range_two_months(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"March 31-April 2": a range across two months (into the next year if it wraps)."""
    return _day_range(v, m, ref, tense, v.month_of(m["m1"]), v.month_of(m["m2"]))


def _day_range(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense, m1: int,
               m2: int) -> Resolved | None:
    """From day ``d1`` of month ``m1`` to day ``d2`` of month ``m2``, in the year given or
    the one the tense points at."""
    if _word_day_after_a_verb(v, m["m1"], m["d1"]):
        return None
    d1, d2 = day_of(m["d1"], v.day_words), day_of(m["d2"], v.day_words)
    if m["y"]:
        year = year_of(m.need("y"))
    elif ref is None:
        return (None, None, "range",
                f"{_UNKNOWN_YEAR}-{m1:02d}-{d1:02d}/{_UNKNOWN_YEAR}-{m2:02d}-{d2:02d}")
    else:
        year = year_for(m1, d1, ref, tense())
    try:
        start = Day(year, m1, d1)
        end = Day(year + (1 if m2 < m1 else 0), m2, d2)
    except ValueError:
        return None
    return start, end, "range", period_value(start, end)


def _month_span(v: Vocabulary, year: int, month: int, part: str | None) -> tuple[Day, Day, str]:
    if not part:
        return Day(year, month, 1), month_end(year, month), f"{year:04d}-{month:02d}"
    first, last = v.part_of(part)
    days = calendar.monthrange(year, month)[1]
    end_day = days if last == "last" else int(last)
    if first < 0:  # counted back from the month's last day: "the last week of April"
        first = days + first + 1
    return Day(year, month, first), Day(year, month, end_day), f"{year:04d}-{month:02d}"


def month(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    written = m.need("m")
    token = written.lower().rstrip(".")
    if token in v.ambiguous and not (m["y"] or written[0].isupper()):
        return None
    if token in v.ambiguous and not m["y"] and not _month_context(v, m):
        return None
    return part_month(v, m, ref, tense)


def _word_day_after_a_verb(v: Vocabulary, month: str | None, day: str | None) -> bool:
    """"may one day", "March six": a day written as a word after a month name that is also
    a verb is no date (the words would be read as the verb and a number)."""
    return (day is not None and day[:1].isalpha()
            and (month or "").lower().rstrip(".") in v.ambiguous)


def _month_context(v: Vocabulary, m: Groups) -> bool:
    """A bare "May" or "March" is a month only after a word such as a preposition."""
    before = m.string[max(0, m.start() - 12):m.start()].lower().split()
    return bool(before) and before[-1] in v.month_cues


def relative_month(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"last August", "next March", "this June": the nearest such month that way; not a
    month that is also a word, in lower case ("this may lead to a slump")."""
    written = m.need("m")
    if written.lower().rstrip(".") in v.ambiguous and not written[0].isupper():
        return None
    month = v.month_of(written)
    if ref is None:
        return None, None, "month", f"{_UNKNOWN_YEAR}-{month:02d}"
    start, end, value = _month_span(v, _relative_year(v, m, ref, month), month, None)
    return start, end, "month", value


def relative_month_day(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense
                       ) -> Resolved | None:
    """"next March 31", "last June 5": that day of the nearest such month that way."""
    month, day = v.month_of(m["m"]), day_of(m["d"], v.day_words)
    if ref is None:
        return None, None, "day", f"{_UNKNOWN_YEAR}-{month:02d}-{day:02d}"
    try:
        date = Day(_relative_year(v, m, ref, month), month, day)
    except ValueError:
        return None
    return date, date, "day", day_value(date)


def _relative_year(v: Vocabulary, m: Groups, ref: Day, month: int) -> int:
    move = v.relative_of(m["rel"])
    if move < 0 and month >= ref.month:
        return ref.year - 1
    if move > 0 and month <= ref.month:
        return ref.year + 1
    return ref.year


def part_month(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """A month, or a part of one ("mid-May"), in the year the tense points at."""
    month = v.month_of(m["m"])
    if m["y"]:
        year = year_of(m.need("y"))
    elif m["yrel"] and ref is not None:  # "June next year": that year, whatever the tense
        year = ref.year + v.relative_of(m["yrel"])
    elif ref is None:
        return None, None, "month", f"{_UNKNOWN_YEAR}-{month:02d}"
    elif not m["part"] and _in_month_then_past(v, m) and tense.past_verb_next():
        year = year_for(month, 15, ref, -2)  # "The EU in October proposed": the verb's month
    else:
        year = year_for(month, 15, ref, tense())
    start, end, value = _month_span(v, year, month, m["part"])
    return start, end, "month", value


def _in_month_then_past(v: Vocabulary, m: Groups) -> bool:
    """"in October" set between a subject and its verb, the verb in the past and written in
    lower case, no auxiliary ("The EU in October proposed ..."; not "postponed to April had
    been", "the July United Nations conference")."""
    before = m.string[max(0, m.start() - 12):m.start()].lower().split()
    after = m.string[m.end():m.end() + 30].split()[:1]
    if not before or before[-1] not in v.subject_month_links or not after or not (
            after[0].isalpha()):
        return False
    word = after[0]
    return word.islower() and word not in v.auxiliaries


def part_relative(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"early next week", "by the end of next month", "late last year"."""
    unit = v.unit_of(m["unit"])
    if ref is None:
        return None, None, unit, _UNKNOWN_YEAR
    shift = v.relative_of(m["rel"] or v.own_period)  # "by the end of the week": this week's
    part = m.need("part")
    if unit == "month":
        year, month = add_months(ref.year, ref.month, shift)
        start, end, value = _month_span(v, year, month, part)
        return start, end, "month", value
    if unit == "week":
        monday = week_monday(ref) + dt.timedelta(weeks=shift)
        first_day = v.part_of(part)[0]
        first, last = (0, 2) if first_day == 1 else (4, 6)
        if first_day == 11:
            first, last = 2, 3
        start, end = monday + dt.timedelta(days=first), monday + dt.timedelta(days=last)
        return start, end, "week", week_value(monday)
    year = ref.year + shift
    start, end = year_span(v, year, part)
    return start, end, "year", f"{year:04d}"


def _behind(start: Day, ref: Day, tense: int) -> bool:
    """Whether a year-less period starting at ``start`` (after ``ref``) is last year's, as
    ``year_for`` places a month: a past tense and a start months ahead, or a past verb
    governing it ("sales in the second quarter rose")."""
    return start > ref and ((tense < 0 and start > ref + dt.timedelta(days=PAST_AHEAD_DAYS))
                            or tense < -1)


def quarter(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    q = find(v.ordinals, m.need("ord").lower())
    if not 1 <= q <= 4:
        return None
    if m["y"]:
        year = year_of(m.need("y"))
    elif ref is None:
        return None, None, "quarter", f"{_UNKNOWN_YEAR}-Q{q}"
    elif m["rel"]:
        year = ref.year + v.relative_of(m["rel"])  # "the first quarter of next year"
    else:
        year = ref.year
        if tense() > 0 and month_end(year, 3 * q) < ref - dt.timedelta(days=REPORTED_AFTER_DAYS):
            year += 1  # ahead, unless it ended lately: "net income for the first quarter will
            # fall", said on April 1, is the quarter just ended, whose results are to come
        elif _behind(Day(year, 3 * q - 2, 1), ref, tense()):
            year -= 1  # "fourth quarter profit rose", said in March: last year's
    start = Day(year, 3 * q - 2, 1)
    return start, month_end(year, 3 * q), "quarter", f"{year:04d}-Q{q}"


def half(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    h = find(v.ordinals, m.need("ord").lower())
    if not 1 <= h <= 2:
        return None
    if m["y"]:
        year = year_of(m.need("y"))
    elif ref is None:
        return None, None, "half", f"{_UNKNOWN_YEAR}-H{h}"
    elif m["rel"]:
        year = ref.year + v.relative_of(m["rel"])  # "the second half of next year"
    else:
        ended = month_end(ref.year, 6 * h) < ref - dt.timedelta(days=REPORTED_AFTER_DAYS)
        year = ref.year + (1 if tense() > 0 and ended else
                           -1 if _behind(Day(ref.year, 6 * h - 5, 1), ref, tense()) else 0)
    return Day(year, 6 * h - 5, 1), month_end(year, 6 * h), "half", f"{year:04d}-H{h}"


def _season_noun(v: Vocabulary, m: Groups) -> bool:
    """Whether a season name that is more often a verb reads as the season: after a
    preposition and "the" ("by the fall", not a passive's agent), and no noun's complement
    after it ("by the fall in prices", "the fall-out")."""
    words = m.string[max(0, m.start() - 40):m.start()].lower().split()
    before, after = " ".join(words[-2:]), m.string[m.end():m.end() + 8].lower().split()[:1]
    return (before in v.verb_season_openers and not m.string.startswith("-", m.end())
            and not (after and after[0].strip(",.;") in v.verb_season_nouns)
            and not (before in v.verb_season_agents  # "were hurt by the fall": an agent
                     and not v.verb_season_agent_auxiliaries.isdisjoint(words[-5:-2])))


def season(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    name = m.need("s").lower()
    if name in v.verb_seasons and not (m["rel"] or m["y"] or m["yrel"]
                                       or _season_noun(v, m)):
        return None  # "fall" is far more often the verb
    first, last = find(v.seasons, name)
    code = v.season_codes.get(name, _OTHER_SEASON)
    if m["y"]:
        year = year_of(m.need("y"))
    elif ref is None:
        return None, None, "season", f"{_UNKNOWN_YEAR}-{code}"
    elif m["yrel"]:
        year = ref.year + v.relative_of(m["yrel"])  # "the fall of this year"
    else:
        # "this winter" in February is the winter under way (begun last December), "next
        # winter" the one after it: relative to the season nearest the article's date.
        shift = v.relative.get(" ".join(m.need("rel").lower().split()), 0) if m["rel"] else 0
        year = relative_season_year(ref, first, last, shift, tense() if shift == 0 else 0,
                                    bool(m["rel"]))
    end_year = year + 1 if last < first else year
    start, end = Day(year, first, 1), month_end(end_year, last)
    return start, end, "season", f"{year:04d}-{code}"


def year(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    y = year_of(m.need("y"))
    return Day(y, 1, 1), Day(y, 12, 31), "year", f"{y:04d}"


def week_of(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"the week of June 22": the seven days from that day, its year as for "June 22"."""
    found = exact(v, m, ref, tense)
    if found is None or found[0] is None:
        return found
    return found[0], found[0] + dt.timedelta(days=6), "week", week_value(week_monday(found[0]))


def relative_unit(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    """"next week", "the following month", "later this year", "earlier this week"."""
    unit = v.unit_of(m["unit"])
    rel = " ".join(m.need("rel").lower().split())
    if ref is None:
        return None, None, unit, _UNKNOWN_YEAR
    shift = v.relative_of(rel)
    after = ref + dt.timedelta(days=1)
    if unit == "week":
        monday = week_monday(ref) + dt.timedelta(weeks=shift)
        start, end = monday, monday + dt.timedelta(days=6)
        if shift == 0 and (rel in v.relative_behind or tense() < 0 or tense.past_verb_next()):
            end = ref  # "this week announced", "India this week proposed": the part gone
        elif shift == 0:
            start = max(start, after) if end >= after else start
        return start, end, "week", week_value(monday)
    if unit == "month":
        y, mo = add_months(ref.year, ref.month, shift)
        start, end = Day(y, mo, 1), month_end(y, mo)
        if rel in v.relative_ahead or (shift == 0 and rel not in v.relative_behind
                                       and tense() >= 0 and not tense.past_verb_next()):
            start = min(after, end)  # "this month" ahead: the rest of it (GUIDE)
        elif rel in v.relative_behind or (shift == 0 and (tense() == -2 or tense.past_verb_next())):
            end = max(start, min(ref, end))  # "earlier this month", "met this month": gone
        return start, end, "month", f"{y:04d}-{mo:02d}"
    y = ref.year + shift
    start, end = Day(y, 1, 1), Day(y, 12, 31)
    if rel in v.relative_ahead:
        start = min(after, end)  # not "this year", most often a period measured
    elif rel in v.relative_behind:
        end = max(start, min(ref, end))  # "earlier this year": the part gone
    return start, end, "year", f"{y:04d}"



def deictic(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    shift = find(v.deictic, m.need("w").lower())
    if ref is None:
        return None, None, "day", _UNKNOWN_DAY
    day = ref + dt.timedelta(days=shift)
    return day, day, "day", day_value(day)


def weekday(v: Vocabulary, m: Groups, ref: Day | None, tense: Tense) -> Resolved | None:
    written = m.need("wd")
    token = written.lower().rstrip(".")
    if len(token) <= 4 and not written[0].isupper():
        return None  # "sun", "wed", "sat" as words
    if token in v.word_weekdays and not written.endswith("."):
        return None
    target = find(v.weekdays, token)
    if ref is None:
        return None, None, "day", _UNKNOWN_DAY
    move = v.relative.get(" ".join((m["rel"] or "").lower().split()))  # None: "on", nothing
    ahead = (target - ref.weekday()) % 7 or 7
    behind = (ref.weekday() - target) % 7  # "said on Monday" in a Monday paper is today
    if target == ref.weekday() and not move:
        shift = 0  # "on Wednesday" in a Wednesday paper is that day, not a week ahead
    elif (move is not None and move > 0) or (move is None and tense.set_for()):
        shift = ahead  # "next Tuesday", "a strike for Wednesday"
    elif (move is not None and move < 0) or (tense() < 0 and move != 0) or (
            move is None and tense.past_verb_next()):
        shift = -behind  # "the Commission on Tuesday proposed": the verb's own day
    elif tense() > 0 or move == 0:
        shift = ahead
    elif ahead < behind and not tense.leans_past():
        # No tense to go by: the nearer day, as a reader takes it ("the talks open in London
        # on Monday" in a Sunday paper), unless a word of the past leans the other way.
        shift = ahead
    else:
        shift = -behind
    day = ref + dt.timedelta(days=shift)
    return day, day, "day", day_value(day)


HANDLERS: dict[str, Handler] = {
    "exact": exact, "range_one_month": range_one_month, "range_two_months": range_two_months,
    "month": month, "relative_month": relative_month,
    "relative_month_day": relative_month_day, "part_month": part_month,
    "part_relative": part_relative, "quarter": quarter, "half": half, "season": season,
    "year": year, "week_of": week_of, "relative_unit": relative_unit,
    "deictic": deictic, "weekday": weekday, **SPAN_HANDLERS,
}
