"""Where the sentence around a date ends, for the words that vote on its tense: a period
ends it unless it closes an initial or a month's abbreviation."""

from __future__ import annotations

from briefing.core.extract.timex.vocab import Vocabulary


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
    a month's abbreviation before a day ("Oct. 1"; not "in May. 12 firms")."""
    if text[at - 1].isupper() and (at < 2 or text[at - 2] in ". "):
        return True
    word = text[max(0, at - 5):at].rsplit(" ", 1)[-1].lower()
    return word in v.month_abbreviations and text[at + 2:at + 3].isdigit()
