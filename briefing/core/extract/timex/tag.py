"""Finding the date expressions of a text: every rule's matches, negative rules, overlaps,
resolution, and ranges ("between May and July") joined into one period."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefing.core.extract.timex.match import Groups
from briefing.core.extract.timex.periods import Day, Timex, add_months, join_adjacent, month_end
from briefing.core.extract.timex.plans import set_for
from briefing.core.extract.timex.tables import Tables, tables
from briefing.core.extract.timex.tense import past_verb_next, tense_vote
from briefing.core.extract.timex.vocab import Unresolvable, Vocabulary
from briefing.language.lexicon import Lexicon, load_lexicon

_DEFAULT: list[Lexicon] = []


def _default_lexicon() -> Lexicon:
    if not _DEFAULT:
        _DEFAULT.append(load_lexicon())
    return _DEFAULT[0]


def tag_dates(text: str, reference: Day | None, lexicon: Lexicon | None = None) -> list[Timex]:
    """Every date expression in ``text``, resolved against ``reference``.

    Each ``Timex`` has character offsets into ``text``, a TIMEX3-style ``value``
    (``2025-05-15``, ``2025-05``, ``2025-W21``, ``2025-Q2``, ``2025``, or ``start/end`` for a
    range) and the calendar period it covers. Expressions are found left to right without
    overlaps; the longest rule wins. Without a reference, relative expressions keep ``X``
    placeholders and no period.
    """
    grammar = tables(lexicon if lexicon is not None else _default_lexicon())
    found_kinds = grammar.kinds_in(text)
    if found_kinds is None:
        return []
    kinds, words = found_kinds
    viable = grammar.filter.viable(text)
    candidates: list[tuple[int, int, int, re.Match[str]]] = [
        (match.start(), -match.end(), order, match)
        for order, regex in grammar.rules_for(kinds, words) if viable(order)
        for match in regex.finditer(text)]
    if not candidates:
        return []
    # Negative rules ("May-June futures") only matter where some rule matched.
    first = len(grammar.rules)
    blocked = [m.span("not") if "not" in rx.groupindex else m.span()
               for n, (rx, needs) in enumerate(grammar.negatives)
               if needs <= kinds and viable(first + n) for m in rx.finditer(text)]
    if blocked:
        candidates = [c for c in candidates if not any(a <= c[0] < b for a, b in blocked)]
    candidates.sort(key=lambda c: c[:3])
    found: list[Timex] = []
    taken_until = -1
    for start, neg_end, order, match in candidates:
        if start < taken_until:
            continue
        timex = _resolve(grammar, text, order, match, reference)
        if timex is not None:
            found.append(timex)
            taken_until = -neg_end
    found = _follow_months(text, _follow_weekdays(text, _unapposed(text, found, grammar.vocab),
                                                  grammar, reference), grammar, reference)
    return _join_ranges(text, _follow_anaphora(text, found, grammar.vocab), grammar)


def _bare_weekday(tx: Timex, vocab: Vocabulary) -> int | None:
    """The weekday a day's expression names with no relative word ("on Tuesday", not "next
    Tuesday"), or None."""
    words = tx.text.lower().split()
    if tx.grain != "day" or tx.period_start is None or not words:
        return None
    if any(w in vocab.relative for w in words[:-1]):
        return None
    return vocab.weekdays.get(words[-1].rstrip("."))


def _unapposed(text: str, found: list[Timex], vocab: Vocabulary) -> list[Timex]:
    """Without a weekday that names the weekday of the day before it ("closes on October 31,
    a Saturday": ``weekday_appositions``)."""
    keep: list[Timex] = []
    for tx in found:
        prev = keep[-1] if keep else None
        between = text[prev.end:tx.start] if prev is not None else ""
        if (prev is not None and prev.grain == "day" and _bare_weekday(tx, vocab) is not None
                and between.lstrip().startswith(",")
                and " ".join(between.lstrip()[1:].split()).lower() in vocab.weekday_appositions):
            continue
        keep.append(tx)
    return keep


def _follow_weekdays(text: str, found: list[Timex], grammar: Tables,
                     reference: Day | None) -> list[Timex]:
    """A weekday named right after another that is ahead ("meets on Monday and Tuesday",
    "Friday to Sunday") is the first day of its name after that one, when the tense around
    each had put the first ahead and the second behind. Both behind ("met on Tuesday and
    Monday") stay as they are."""
    for n in range(1, len(found)):
        prev, tx = found[n - 1], found[n]
        first, day = _bare_weekday(prev, grammar.vocab), _bare_weekday(tx, grammar.vocab)
        if first is None or day is None or prev.period_start is None or reference is None \
                or tx.period_start is None or not prev.period_start > reference >= tx.period_start \
                or not grammar.range_joins.fullmatch(text[prev.end:tx.start]):
            continue
        after = prev.period_start + dt.timedelta(days=(day - first) % 7 or 7)
        if after != tx.period_start:
            found[n] = replace(tx, value=after.isoformat(), period_start=after, period_end=after)
    return found


ASIDE_REACH = 40  # characters before a date in which the comma that opens its aside stands


def _follow_anaphora(text: str, found: list[Timex], vocab: Vocabulary) -> list[Timex]:
    """A year or month told relative to the date named before it in the sentence ("in 2013,
    in a dispute that ended the following year": 2014; "signed in March and ratified the
    following month": April), not to the article's day (time.yaml's
    ``anaphoric_relatives``)."""
    for n in range(1, len(found)):
        prev, tx = found[n - 1], found[n]
        words = " ".join(tx.text.lower().split()[:-1])
        if "," in text[max(0, prev.start - ASIDE_REACH):prev.start] and "," in text[
                prev.end:tx.start]:
            continue  # an aside's date ("The company, founded in 1920, expects ...") is none
        if words not in vocab.anaphoric or prev.period_start is None or prev.kind != "DATE" \
                or tx.grain not in ("year", "month") or (tx.grain == "month" and prev.grain
                                                        not in ("month", "day")):
            continue
        shift, anchor = vocab.relative_of(words), prev.period_start
        if tx.grain == "year":
            y = anchor.year + shift
            start, end, value = Day(y, 1, 1), Day(y, 12, 31), f"{y:04d}"
        else:
            y, mo = add_months(anchor.year, anchor.month, shift)
            start, end, value = Day(y, mo, 1), month_end(y, mo), f"{y:04d}-{mo:02d}"
        found[n] = replace(tx, value=value, period_start=start, period_end=end)
    return found


WRAP_MONTHS = 4  # months from the first to the second of "December and January" at most


def _follow_months(text: str, found: list[Timex], grammar: Tables,
                   reference: Day | None) -> list[Timex]:
    """A month's bare name right after another's and earlier in the calendar ("shipment in
    December and January", "the April through February period") is of the year after the
    first: of the two readings (the second moved on, or the first moved back) the one nearer
    the article's date. (Not "in January and December", nor "in February and January": a
    report lists months in either order; "and" joins a turn of the year only.)"""
    for n in range(1, len(found)):
        prev, tx = found[n - 1], found[n]
        if (reference is None or prev.grain != "month" or tx.grain != "month"
                or prev.period_start is None or prev.period_end is None
                or tx.period_start is None or tx.period_end is None
                or tx.period_start.month >= prev.period_start.month
                or tx.period_start.year == prev.period_start.year + 1
                or (not grammar.vocab.list_joins.isdisjoint(text[prev.end:tx.start].lower().split())
                    and (tx.period_start.month - prev.period_start.month) % 12 > WRAP_MONTHS)
                or tx.text.lower().rstrip(".") not in grammar.vocab.months
                or prev.text.lower().rstrip(".") not in grammar.vocab.months
                or not grammar.range_joins.fullmatch(text[prev.end:tx.start])):
            continue
        on = prev.period_start.year + 1  # the second moved on
        back = tx.period_start.year - 1  # the first moved back
        if _distance(prev.period_start, tx.period_end.replace(year=on), reference) <= _distance(
                prev.period_start.replace(year=back), tx.period_end, reference):
            found[n] = _in_year(tx, on)
        else:
            found[n - 1] = _in_year(prev, back)
    return found


def _distance(first: Day, last: Day, reference: Day) -> int:
    """Days from ``reference`` to the period ``first``..``last`` (0 within it)."""
    return max((first - reference).days, (reference - last).days, 0)


def _in_year(tx: Timex, year: int) -> Timex:
    """A month's expression moved to ``year``."""
    assert tx.period_start is not None and tx.period_end is not None
    first, last = tx.period_start.replace(year=year), tx.period_end.replace(year=year)
    return replace(tx, value=first.strftime("%Y-%m"), period_start=first, period_end=last)


def _resolve(grammar: Tables, text: str, order: int, match: re.Match[str],
             reference: Day | None) -> Timex | None:
    """The date a rule's match stands for, or None (also for a word its tables lack)."""
    start, end = match.span()
    try:
        result = grammar.rules[order].handler(
            grammar.vocab, Groups(match), reference, _LazyTense(grammar.vocab, text, start, end))
    except Unresolvable:
        return None
    if result is None:
        return None
    begin, finish, grain, value = result
    return Timex(start, end, match.group(), value, begin, finish, grain,
                 grammar.rules[order].kind)


class _LazyTense:
    """The tense of the sentence around ``text[start:end]``, worked out on the first call
    (a resolver may ask twice; most never ask)."""

    def __init__(self, vocab: Vocabulary, text: str, start: int, end: int) -> None:
        self._args = (vocab, text, start, end)
        self._vote: tuple[int, float] | None = None

    def _get(self) -> tuple[int, float]:
        if self._vote is None:
            self._vote = tense_vote(*self._args)
        return self._vote

    def __call__(self) -> int:
        return self._get()[0]

    def leans_past(self) -> bool:
        return self._get()[1] < 0

    def past_verb_next(self) -> bool:
        return past_verb_next(*self._args)

    def set_for(self) -> bool:
        return set_for(*self._args)


def _join_ranges(text: str, found: list[Timex], grammar: Tables) -> list[Timex]:
    """"between January 1987 and December 1992", "from May to July": one period, not two."""
    def joins(prev: Timex, tx: Timex) -> bool:
        return bool(grammar.range_joins.fullmatch(text[prev.end:tx.start])
                    and any(w in grammar.range_starts
                            for w in text[:prev.start].rstrip().rsplit(None, 1)[-1:])
                    and prev.period_start and tx.period_end
                    and prev.period_start <= tx.period_end)
    return join_adjacent(text, found, joins)
