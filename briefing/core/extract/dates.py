"""The Upcoming dates panel: dates and periods ahead, each with what is due then."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from typing import Any

from briefing.core.extract.timex import Timex, tag_dates
from briefing.core.extract.timex.periods import join_adjacent, span_end
from briefing.language.lexicon import Lexicon
from briefing.model import DateItem, Evidence, Sentence
from briefing.text.regex import with_first_chars

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# What is due keeps its figures ("a 25 pct tariff"): words, and numbers with their decimal
# and thousands marks; only words count towards a label's length.
_TERM = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'\-]*|\d(?:[\d.,]*\d)?%?")  # "U.S." is one
_LABEL_WORDS = 7


def _last(terms: list[str], size: int) -> list[str]:
    """The last terms holding ``size`` words (figures among them ride along)."""
    count = 0
    for n in range(len(terms) - 1, -1, -1):
        count += terms[n][0].isalpha()
        if count == size:
            return terms[n:]
    return terms


def _first(terms: list[str], size: int) -> list[str]:
    """The first terms holding ``size`` words."""
    count = 0
    for n, term in enumerate(terms):
        count += term[0].isalpha()
        if count == size:
            return terms[:n + 1]
    return terms


def extract_dates(
    sentences: list[Sentence], published: dt.date | None, lexicon: Lexicon
) -> list[DateItem]:
    """Every dated mention in the article, past ones included (the timeline).

    The panel keeps those that end after the as-of date; see ``core.merge.upcoming``.
    """
    if published is None:
        return []
    words: _Words = lexicon.cached("date_words", lambda: _Words(lexicon["time"],
                                                                 lexicon["grammar"]))
    items: list[DateItem] = []
    for sent in sentences:
        context: _Context | None = None
        found = tag_dates(sent.text, published, lexicon)
        for tx in _coordinated(sent.text, [_year_from(sent.text, tx, words) for tx in found],
                               words):
            if tx.period_start is None or tx.period_end is None:
                continue
            if tx.text.lower() in words.vague:
                continue
            lead = _WORD.findall(sent.text[max(0, tx.start - 80):tx.start])[-7:]
            if words.hedges & set(lead):
                continue  # "maybe not tomorrow", "a possible cut from next year"
            context = context or _Context(sent.text, words)
            if context.conditional(tx):
                continue  # "if talks fail, tariffs rise on August 1": not due
            items.append(DateItem(
                start=tx.period_start,
                end=tx.period_end,
                expression=tx.text,
                what=_what(context, tx),
                value=tx.value,
                evidence=[Evidence(sent.article_id, sent.text, ((tx.start, tx.end),))],
                # Only a date still ahead is an event called off ("suspended ... last month"
                # dates the act itself).
                called_off=(sent.text if tx.period_end > published and context.called_off(tx)
                            else ""),
            ))
    return items


def _coordinated(text: str, found: list[Timex], words: _Words) -> list[Timex]:
    """Two days or two months joined by "and" or "or" ("on Thursday and Friday", "in May or
    June"), the second soon after the first: one period from the first to the last."""
    return join_adjacent(text, found, lambda prev, tx: _joinable(
        prev, tx, text[prev.end:tx.start], words))


def _year_from(text: str, tx: Timex, words: _Words) -> Timex:
    """A day that opens a year ("the fiscal year starting April 1"): the year from it."""
    if tx.grain != "day" or tx.period_start is None or not words.year_from.search(
            text, max(0, tx.start - 40), tx.start):
        return tx
    first = tx.period_start
    last = span_end(first, 1, "year") - dt.timedelta(days=1)
    return replace(tx, value=f"{first.isoformat()}/{last.isoformat()}", period_end=last,
                   grain="range")


def _joinable(prev: Timex, tx: Timex, between: str, words: _Words) -> bool:
    if (prev.grain != tx.grain or prev.grain not in ("day", "month")
            or prev.period_end is None or tx.period_start is None
            or between.strip().lower() not in words.coordinated):
        return False
    gap = (tx.period_start - prev.period_end).days
    limit = words.coordinated_days if prev.grain == "day" else 31 * words.coordinated_months
    return 0 < gap <= limit


_POSSESSIVE_HEAD = re.compile(r"^['’]s\b")


class _Words:
    """The words of ``time.yaml`` that find what is due at a date, compiled once per lexicon."""

    def __init__(self, time: dict[str, Any], grammar: dict[str, Any] | None = None) -> None:
        self.stop = frozenset(w.lower() for w in time.get("what_stop_words", []))
        self.coordinated = frozenset(w.lower() for w in time.get("coordinated_joins", []))
        self.coordinated_days = int(time.get("coordinated_days", 0))
        self.coordinated_months = int(time.get("coordinated_months", 0))
        self.year_from = re.compile(r"\b(?:" + _alternatives(time.get("year_from", []))
                                    + r")(?:\s+on)?\s+$", re.IGNORECASE)
        self.reporting = frozenset(w.lower() for w in time.get("reporting_verbs", []))
        self.relatives = frozenset(w.lower() for w in (grammar or {}).get("relative_words", []))
        # A label does not open with a word that joins it to the clause before ("and").
        joins = grammar or {}
        self.joiners = frozenset(w.lower() for w in [*joins.get("coordinators", []),
                                                     *joins.get("contrast_words", [])])
        self.participles = tuple(str(w) for w in (grammar or {}).get("participle_suffixes", []))
        # Only from the start of a run of spaces: tried inside a long run, `\s+` would rescan
        # it from every position (quadratic on a line of blanks).
        self.verb_object = re.compile(
            r"(?<!\s)\s+(?:" + _alternatives(time.get("determiners", []))
            + r"|[A-Z][a-z]+'s)\b")
        # Every break opens with one of these: the lookahead lets the scan skip the rest.
        self.clause = re.compile(r"(?=[,;:\s])(?:,\s|;\s|\s-\s|:\s|\s(?:"
                                 + _alternatives(time.get("clause_breaks", [])) + r")\s)")
        # From the start of a run of spaces only (as verb_object above): linear on any line.
        self.link = re.compile(r"(?<!\s)\s+(" + _alternatives(time.get("event_links", []))
                               + r")\s+((?:[\w'’-]+\s+){0,3}?(?:(?:[A-Z]\.){2,}|[\w'’-]+?))"
                               r"(?=[\s,.;]|$)")  # "talks with U.S. officials": not "U"
        self.vague = frozenset(v.lower() for v in time.get("vague", []))
        # Conditions: a clause opening the sentence ("Without the deal, ...", "If talks fail,
        # ..."), or a word of condition or possibility before the date in its own clause.
        self.opening_condition = re.compile(
            r"^\W*(?:" + _alternatives(time.get("opening_conditions", [])) + r")\b[^,;]*[,;]",
            re.IGNORECASE)
        # Not as a noun after a determiner ("will review the forecast in June").
        nouns = "".join(f"(?<!{re.escape(w)} )" for w in time.get("determiners", []))
        self.condition = re.compile(
            r"\b" + nouns + r"(?:" + _alternatives(time.get("conditions", [])) + r")\b")
        self.hedges = {case(h) for h in time.get("hedges", []) for case in (str.lower, str.capitalize)
                       } | set(time.get("hedges_as_written", []))  # "may", not the month
        # With its first letters up front, the engine skips to where an event word can start.
        self.events = with_first_chars(
            r"\b(?:" + "|".join(re.escape(e.lower()) for e in sorted(
                time.get("events", []), key=len, reverse=True)) + r")s?\b")
        self.called_off = re.compile(r"\b(?:" + _alternatives(time.get("called_off", []))
                                     + r")\b", re.IGNORECASE)
        not_scheduled = "".join(f"(?<!{re.escape(w)} )" for w in time.get("scheduled", []))
        self.new_date = re.compile(
            r"\b(?:" + _alternatives(time.get("new_date_links", [])) + r")\s+(?:the\s+)?$"
            r"|(?<!\w)" + not_scheduled + r"(?:" + _alternatives(time.get("new_date_after", []))
            + r")\s+$", re.IGNORECASE)
        # "suspended January 22", "suspended its cover ... in 1983": the date of the act.
        # Not after a word of `scheduled`: "averts the tariffs due on April 5" calls the
        # tariffs off; the date is theirs, not the averting's.
        self.action_date = re.compile(r"(?:^|\b" + not_scheduled + r"(?:"
                                      + _alternatives(time.get("act_date_links", []))
                                      + r"))\s*$", re.IGNORECASE)


def _alternatives(words: list[str]) -> str:
    """The words as regex alternatives, in their order, a space matching a space (no words:
    an alternative that never matches)."""
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in words) or "(?!)"


class _Context:
    """A sentence's clause breaks and event words, worked out once for all its dates
    (a sentence can hold hundreds: the cost per date must not grow with its length)."""

    def __init__(self, text: str, words: _Words) -> None:
        self.text = text
        self.words = words
        breaks = [m.span() for m in words.clause.finditer(text)]
        self.starts = [a for a, _ in breaks]
        self.ends = [b for _, b in breaks]
        self.events = [m.span() for m in words.events.finditer(text.lower())]
        self.event_starts = [a for a, _ in self.events]

    def conditional(self, tx: Timex) -> bool:
        """Whether the date is only due on a condition, or only possible: after an opening
        conditional clause, or after a word of condition in its own clause."""
        opening = self.words.opening_condition.match(self.text)
        if opening and opening.end() <= tx.start:
            return True
        lo, _ = self.clause(tx.start, tx.end)
        return self.words.condition.search(self.text, lo, tx.start) is not None

    def called_off(self, tx: Timex) -> bool:
        """Whether the date's clause calls its event off or moves it, the date not being the
        new one ("postponed until May 5")."""
        lo, hi = self.clause(tx.start, tx.end)
        for found in self.words.called_off.finditer(self.text, lo, hi):
            if found.end() <= tx.start:
                gap = self.text[found.end():tx.start]
                if self.words.new_date.search(gap) or self.words.action_date.search(gap):
                    continue  # "postponed until May 5": the new date; "suspended in 1983"
            else:
                gap = self.text[tx.end:found.start()]
            if len(gap.split()) <= CALLED_OFF_REACH:
                return True
        return False

    def events_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The event words found between ``lo`` and ``hi`` (events hold no clause break)."""
        i = bisect.bisect_left(self.event_starts, lo)
        j = bisect.bisect_left(self.event_starts, hi)
        return [span for span in self.events[i:j] if span[1] <= hi]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``text[start:end]``: after the last break before it, up to the
        first break after it. (Breaks begin with punctuation or a space, and a date begins
        and ends with a word character, so no break straddles either end.)"""
        i = bisect.bisect_right(self.ends, start)
        j = bisect.bisect_left(self.starts, end)
        return (self.ends[i - 1] if i else 0), (self.starts[j] if j < len(self.starts)
                                                else len(self.text))


CALLED_OFF_REACH = 8  # words between a date and the word that calls its event off, at most
_LEAD_REACH = 300  # characters looked at for the words next to a date, when that is enough


def _words_before(text: str, lo: int, start: int, stop: frozenset[str]) -> list[str]:
    """The last seven words before ``start`` in the clause, trailing stop words dropped.

    Looks back one window, then two; a date after more than that of stop words alone has no
    words before it (only in garbage text, where looking further would cost per date what
    the whole clause costs)."""
    for reach in (max(lo, start - _LEAD_REACH), max(lo, start - 2 * _LEAD_REACH)):
        words = _TERM.findall(text[reach:start])
        if reach > lo:
            words = words[1:]  # the first may be cut in two by the window
        while words and words[-1].lower() in stop:
            words.pop()  # "meet in London on" -> "meet in London"
        if sum(w[0].isalpha() for w in words) >= _LABEL_WORDS or reach == lo:
            break
    return _last(words, _LABEL_WORDS)


def _words_after(text: str, end: int, hi: int) -> list[str]:
    """The first seven words after ``end`` in the clause, a possessive "'s" dropped."""
    reach = min(hi, end + _LEAD_REACH)
    words = _TERM.findall(_POSSESSIVE_HEAD.sub("", text[end:reach]))
    if sum(w[0].isalpha() for w in words) <= _LABEL_WORDS and reach < hi:
        words = _TERM.findall(_POSSESSIVE_HEAD.sub("", text[end:hi]))  # the last may be cut
    return _first(words, _LABEL_WORDS)


def _what(context: _Context, tx: Timex) -> str:
    """What is due at a date: the event the clause names, with its modifiers and "of" phrase;
    a clause that only adds to the noun before it ("the talks, starting on April 14", "the
    OECD, which meets next month") names that noun too."""
    text, words = context.text, context.words
    lo, hi = context.clause(tx.start, tx.end)
    label = _drop_joiner(_what_in_clause(context, tx, lo, hi)
                         or _what_next_to(context, tx, lo, hi), words)
    parts = label.lower().split()
    adds = bool(parts) and (parts[0] in words.relatives or (
        len(parts) == 1 and parts[0].endswith(words.participles)
        and not words.events.fullmatch(parts[0])))  # "starting", not "meeting"
    if lo >= 2 and text[lo - 2:lo] == ", " and adds:
        before = _words_before(text, 0, lo - 2, words.stop)
        return " ".join([*_last(before, _ANTECEDENT_WORDS), label])
    if _weak(label, words) and not _reported_on(context, tx):
        # One word that names nothing ("despite", "through", "led") or none: what the clause
        # says after the date, then the clause next to it, then the sentence's first clause.
        after = _words_after(text, tx.end, hi)
        if after and after[0].lower() in words.joiners:
            after = []  # "through fiscal 1990 and urged ...": another clause's
        label = next((_drop_joiner(found, words) for found in (
            " ".join(after), _what_next_to(context, tx, lo, hi), _opening(context, tx, lo))
            if not _weak(found, words)), label)
    return label


def _reported_on(context: _Context, tx: Timex) -> bool:
    """Whether the date is the day of a report ("Marsh said on Friday, after ..."), which has
    nothing due. ("said" breaks a clause: the words looked at reach across the break.)"""
    words = context.words
    for term in reversed(_TERM.findall(context.text[max(0, tx.start - 40):tx.start])):
        low = term.lower()
        if low in words.reporting or low not in words.stop:
            return low in words.reporting
    return False


def _drop_joiner(label: str, words: _Words) -> str:
    """"and a decision is expected" -> "a decision is expected"."""
    head, _, rest = label.partition(" ")
    return rest if rest and head.lower() in words.joiners else label


def _weak(label: str, words: _Words) -> bool:
    """Whether a label says nothing of what is due: no word but stop words, or a lone word
    that is no event ("talks" is one; "despite", "through" and "10 cargoes" are not; "the
    package" has a determiner, so it is a noun)."""
    alpha = [w for w in label.split() if w[0].isalpha()]
    if all(w.lower() in words.stop for w in alpha):
        return True
    return len(alpha) == 1 and not words.events.fullmatch(alpha[0].lower())


def _opening(context: _Context, tx: Timex, lo: int) -> str:
    """The first words of the first clause that holds neither the date nor an attribution:
    after the date's clause when the date opens it ("From September 1, the United States
    will charge ..."; "said: "Within 18 months, we think ..."), else from the sentence's
    start."""
    text, words = context.text, context.words
    clauses = list(zip([0, *context.ends], [*context.starts, len(text)], strict=True))
    if all(w.lower() in words.stop for w in _TERM.findall(text[lo:tx.start])):
        clauses.sort(key=lambda c: c[0] < tx.start)  # stable: those after the date first
    for a, b in clauses:
        if a <= tx.start < b or b - a < 2:
            continue
        found = _first(_TERM.findall(text[a:b]), _LABEL_WORDS)
        if sum(w[0].isalpha() for w in found) >= 2 and words.reporting.isdisjoint(
                w.lower() for w in found):
            return " ".join(found)
    return ""


_ANTECEDENT_WORDS = 4  # words of the noun before a clause that adds to it
_OPENING_MARKS = " \"'“‘("  # what may stand before a date that opens a sentence


def _what_next_to(context: _Context, tx: Timex, lo: int, hi: int) -> str:
    """For a date that is a clause of its own, what the clause next to it says: the one
    after a date that opens the sentence ("Tomorrow, X is to meet Y"), else the one before
    ("plans to reopen the plant, the largest in the state, on March 16")."""
    text, words = context.text, context.words
    found: list[str] = []
    if not text[:tx.start].strip(_OPENING_MARKS) and hi < len(text):
        j = bisect.bisect_left(context.starts, hi)  # the break that ends the date's clause
        end = context.starts[j + 1] if j + 1 < len(context.starts) else len(text)
        found = _words_after(text, context.ends[j], end)
    elif lo > 0:
        i = bisect.bisect_right(context.ends, lo) - 1  # the break that opens it
        if not words.reporting.isdisjoint(text[context.starts[i]:lo].lower().split()):
            return ""  # "X said on Friday": the day of a report, not of an event
        found = _words_before(text, context.ends[i - 1] if i > 0 else 0, context.starts[i],
                              words.stop)
    # Not an attribution ("Later this year, an official said"), nor another date of a list
    # or a lone word ("March, May and June"; "however").
    if (sum(w.isalpha() for w in found) < 2
            or not words.reporting.isdisjoint(w.lower() for w in found)):
        return ""
    return " ".join(found)


def _what_in_clause(context: _Context, tx: Timex, lo: int, hi: int) -> str:
    """What the date's own clause (``lo`` to ``hi``) says is due then."""
    text, words = context.text, context.words
    best: tuple[int, int, int] | None = None
    for a, b in context.events_in(lo, hi):
        if tx.start <= a < tx.end or words.verb_object.match(text, b):
            continue  # inside the date, or a verb ("meeting India's demand")
        distance = tx.start - b if a < tx.start else (a - tx.end) * 2
        if best is None or distance < best[0]:
            best = (distance, a, b)
    if best is None:
        return " ".join(_words_before(text, lo, tx.start, words.stop)
                        or _words_after(text, tx.end, hi))
    _, start, end = best
    lead = _last(_TERM.findall(text[max(lo, start - 40):start]), 3)
    keep: list[str] = []
    for word in reversed(lead):
        if word.lower() in words.stop:
            break
        keep.insert(0, word)
    tail = ""
    of = words.link.match(text[end:hi])
    if of and not any(w in tx.text for w in of.group(2).split()):
        about = of.group(2).split()
        while about and about[-1].lower() in words.stop:
            about.pop()
        tail = f" {of.group(1)} {' '.join(about)}" if about else ""
    if not keep and not tail and end <= tx.start:
        # A bare event word ("visit", "meets"): the words before the date, when they hold
        # it, also say who holds it and where ("Armacost will visit Tokyo").
        before = " ".join(_words_before(text, lo, tx.start, words.stop))
        if text[start:end] in before and len(before.split()) > 2:
            return before
    return " ".join([*keep, text[start:end]]) + tail
