"""Where the sentence around a date ends, for the words that vote on its tense: a period
ends it unless it closes an initial or a month's abbreviation; so do a semicolon, a paragraph
break and, for a date outside it, a quotation."""

from __future__ import annotations

from briefing.core.extract.timex.vocab import Vocabulary
from briefing.text.quotes import QUOTE_MARKS


def full_stop_before(v: Vocabulary, text: str, floor: int, start: int) -> int:
    """The last ". " between ``floor`` and ``start`` that ends a sentence, or -1: not the
    period of an initial or of "U.S." ("said that on Thursday Deputy U.S. Trade
    Representative Smith would meet ..."), nor of a month's abbreviation before its day
    ("took effect on Oct. 1 and ...")."""
    at = text.rfind(". ", floor, start)
    while at > floor and _abbreviation(v, text, at):
        at = text.rfind(". ", floor, at)
    return at


def full_stop_after(v: Vocabulary, text: str, end: int, ceiling: int) -> int:
    """The first ". " between ``end`` and ``ceiling`` that ends a sentence, or -1 (as
    ``full_stop_before``)."""
    at = text.find(". ", end, ceiling)
    while at > 0 and _abbreviation(v, text, at):
        at = text.find(". ", at + 1, ceiling)
    return at


def _abbreviation(v: Vocabulary, text: str, at: int) -> bool:
    """Whether the period at ``at`` ends an initial ("U.S.", "J. Smith"; not "the EU.") or
    a month's abbreviation before a day ("Oct. 1"; not "in May. 12 firms"), or any period
    a word in lower case follows ("from 2 a.m. on Wednesday": no sentence opens so)."""
    if text[at - 1].isupper() and (at < 2 or text[at - 2] in ". "):
        return True
    if text[at + 2:at + 3].islower():
        return True
    word = text[max(0, at - 5):at].rsplit(" ", 1)[-1].lower()
    return word in v.month_abbreviations and text[at + 2:at + 3].isdigit()


def sentence_window(v: Vocabulary, text: str, start: int, end: int, reach: int
                    ) -> tuple[int, int]:
    """The span of the words that vote on the tense of ``text[start:end]``: its sentence,
    within ``reach`` characters either side, not across a semicolon, a paragraph break or
    (for a date outside it) a quotation."""
    floor = max(0, start - reach)
    lo = max(full_stop_before(v, text, floor, start), text.rfind("; ", floor, start),
             text.rfind("\n", floor, start), floor - 1) + 1
    ceiling = end + reach
    ends = [i for i in (full_stop_after(v, text, end, ceiling), text.find("; ", end, ceiling),
                        text.find("\n", end, ceiling)) if i >= 0]
    hi = min(ends) if ends else min(len(text), ceiling)
    return _outside_quotes(text, lo, start, end, hi)


QUOTED_CLAUSE = 6  # words of a quotation that make it a speaker's clause, not a phrase quoted


def _outside_quotes(text: str, lo: int, start: int, end: int, hi: int) -> tuple[int, int]:
    """The tense window of a date outside quotation marks, cut at the quotes: the words of a
    quotation say its speaker's tense, not that of the attribution around it (""... will
    anchor the rest of the talks," said Whitfield at a briefing on Wednesday")."""
    marks = [m.start() for m in QUOTE_MARKS.finditer(text, lo, start)]
    if len(marks) % 2:
        return lo, hi  # the date stands inside a quotation
    # (a quoted phrase within the clause is the clause's: "said he was "very agreeably
    # surprised" by this week's increase")
    if len(marks) > 1 and len(text[marks[-2]:marks[-1]].split()) >= QUOTED_CLAUSE:
        lo = marks[-1] + 1
    after = [m.start() for m in QUOTE_MARKS.finditer(text, end, hi)]
    if len(after) > 1 and len(text[after[0]:after[1]].split()) >= QUOTED_CLAUSE:
        hi = after[0]
    return lo, hi
