"""Clauses: where the clause around a place in a sentence begins and ends.

A clause ends at punctuation (";", ":", dashes, a comma before a space, a spaced hyphen) or at
one of the ``grammar`` section's ``clause_breaks`` between spaces ("but", "while").
"""

from __future__ import annotations

import re

from briefing.language.lexicon import Lexicon

# Words as the statement extractors count them (a contraction's "n't" is a word of its own).
WORD = re.compile(r"[A-Za-z']+|n't")


def clause_breaks(lexicon: Lexicon) -> re.Pattern[str]:
    """The pattern of clause breaks, built once per lexicon."""
    def build() -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in lexicon["grammar"]["clause_breaks"])
        # Every break opens with one of these: the lookahead lets the scan skip the rest. A
        # colon before a digit is a time's or a ratio's ("at 12:01 a.m."), no break.
        return re.compile(r"(?=[;:—–,\s])(?:[;—–]|:(?!\d)|,\s|\s-\s"
                          + (rf"|\s(?:{words})\s" if words else "") + ")")
    return lexicon.cached("clause_breaks", build)


def clause_start(text: str, pos: int, breaks: re.Pattern[str]) -> int:
    """Where the clause that holds ``pos`` begins: after the last break before it."""
    start = 0
    for m in breaks.finditer(text, 0, pos):
        start = m.end()
    return start


def clause_end(text: str, pos: int, breaks: re.Pattern[str]) -> int:
    """Where the clause that holds ``pos`` ends: at the first break from it on."""
    m = breaks.search(text, pos)
    return m.start() if m else len(text)
