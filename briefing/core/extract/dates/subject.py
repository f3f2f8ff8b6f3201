"""A date label that opens with an auxiliary ("will meet") takes its subject from before it."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from briefing.core.extract.dates.context import DateContext
from briefing.core.extract.dates.literal import literal, span_of
from briefing.core.extract.dates.terms import LABEL_WORDS, TERM, first_terms, last_terms
from briefing.core.extract.dates.words import DateWords
from briefing.core.extract.timex import Timex

_SUBJECT_WORDS = 5  # words of a subject put before a label that lacks one, at most
_SUBJECT_REACH = 6  # clauses looked back over for it
_ASIDE_MARKS = (",", ";", ":", "-")  # the breaks that open an aside (not "but", "said")


def _subject_clause(context: DateContext, lo: int) -> tuple[int, int] | None:
    """The clause that holds the subject of a label whose clause starts at ``lo`` with an
    auxiliary: the one that opens the sentence or follows a joining word, over the asides
    between, and past an opening phrase ("Under the agreement, the access arrangements ...,
    which ..., will be extended"); None when the sentence opens with the label's clause."""
    text, words = context.text, context.words
    k = bisect.bisect_right(context.ends, lo) - 1
    if k < 0 or context.ends[k] != lo:
        return None
    for _ in range(_SUBJECT_REACH):
        start, end = (context.ends[k - 1] if k > 0 else 0), context.starts[k]
        first = TERM.findall(text[start:end])[:1]
        opener = text[context.starts[k - 1]:context.ends[k - 1]].strip() if k > 0 else ""
        if start == 0 or not first or first[0].lower() in words.joiners \
                or opener not in _ASIDE_MARKS:
            break  # the sentence's first clause, or one a joining word opens
        k -= 1  # an aside or an item of a list: the subject stands before it
    else:
        return None
    after = TERM.findall(text[context.ends[k]:lo])[:1] if context.ends[k] < lo else []
    if first and first[0].lower() in words.prepositions and after and \
            after[0].lower() not in words.relatives:
        return context.ends[k], context.starts[k + 1]  # past the opening phrase
    return start, end


def with_subject(context: DateContext, tx: Timex, lo: int, hi: int, label: str) -> str:
    """A label that opens with an auxiliary ("will meet", "is due to lapse") with its subject
    before it: the first words of the date's clause when the label starts further in, else of
    the clause that opens the sentence or follows a joining word, over the asides between
    ("the GST Council, which sets the tax, will meet"; "The walkout, the first since July,
    is due to run"). Not when the date is the subject, nor after a relative word (whose noun
    ``_what_is_due`` adds)."""
    text, words = context.text, context.words
    terms = label.split()
    if not terms or terms[0].lower() not in words.auxiliaries:
        return label
    found = span_of(text[lo:hi], terms)
    if found is None:
        return label  # taken from another clause, which has its own subject
    at = lo + found[0]
    before = [t.lower() for t in TERM.findall(text[lo:at]) if t[0].isalpha()]
    if lo <= tx.start < at or not words.relatives.isdisjoint(before):
        return label  # the date is the subject ("Next May is ..."), or a relative's noun is
    start, end = lo, at
    if not before or before[0] in words.auxiliaries:
        found_clause = _subject_clause(context, lo)
        if found_clause is None:
            return label
        start, end = found_clause
    subject = TERM.findall(text[start:end])
    # "He said (that) the Council will meet": the Council ("Talks that stalled, ..., will
    # resume": a clause of its own opens with its subject, and "that" follows it).
    cuts = words.reporting | (words.complementizers if start == lo else frozenset())
    said = [n for n, t in enumerate(subject) if t.lower() in cuts]
    if said:
        subject = subject[said[-1] + 1:]
    while subject and subject[0].lower() in words.joiners | words.complementizers:
        subject = subject[1:]
    if start != lo:  # a clause of its own: the noun phrase opens it, up to "that" or "which"
        ends = words.relatives | words.complementizers
        cut = next((n for n, t in enumerate(subject) if n and t.lower() in ends), len(subject))
        subject = first_terms(subject[:cut], _SUBJECT_WORDS)
    alpha = [t.lower() for t in subject if t[0].isalpha()]
    if not alpha or len(alpha) > LABEL_WORDS or not words.auxiliaries.isdisjoint(alpha):
        return label  # no noun phrase alone ("Jamaica has put", "it continues to expect")
    while subject and subject[-1].lower() in words.stop:
        subject.pop()
    if not any(t[0].isalpha() for t in subject):
        return label
    # Each part as the sentence writes it ("The S&P 500 index"): the two need not touch.
    return f"{literal(text[start:], ' '.join(subject))} {literal(text[lo:], label)}"


_WHICH_WORDS = 6  # words of the noun before a clause that says which one it is, at most


def of_which(context: DateContext, lo: int, label: str,
             words_before: Callable[[str, int, int, DateWords], list[str]]) -> str:
    """A label that opens on a relative as the subject of an auxiliary, with no comma before
    it ("a working group on steel that will meet next Tuesday"; "that" is a relative then, as
    "which" is), with the noun it says which of; else ""."""
    text, words = context.text, context.words
    parts = label.lower().split()
    if len(parts) < 2 or parts[1] not in words.auxiliaries or not (
            parts[0] in words.relatives or parts[0] in words.complementizers):
        return ""
    own = span_of(text[lo:], label.split())
    if own is None or lo + own[0] < 2 or not text[lo + own[0] - 2].isalnum():
        return ""
    before = last_terms(words_before(text, 0, lo + own[0] - 1, words), _WHICH_WORDS)
    while before and before[0].lower() in words.stop | words.prepositions:
        before = before[1:]
    return " ".join([*before, label]) if before else ""
