"""Clauses: where the clause around a place in a sentence begins and ends, and where an item's
text starts that a break cut from its speaker.

A clause ends at punctuation (";", ":", dashes, a comma before a space, a spaced hyphen) or at
one of the ``grammar`` section's ``clause_breaks`` between spaces ("but", "while").
"""

from __future__ import annotations

import re

from briefing.language.lexicon import Lexicon
from briefing.language.morphology import inflections

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


ASIDES_AT_MOST = 2  # asides before a cut clause that its speaker stands past
_NAME_WORDS = 3  # words of an aside that is a name alone ("Meera Subramanian")


def speaker_start(text: str, lo: int, breaks: re.Pattern[str], lexicon: Lexicon) -> int:
    """Where an item's text starts that a break cut right before its verb of speech ("The
    Commission, the EC's executive body, said it approved ...": not "said it approved"):
    back at its speaker, past an aside on them ("the EC's executive body,") or their name
    after their role."""
    speech, appositive, joins = lexicon.cached("speaker_words", lambda: (
        frozenset(form for verb in lexicon.words("roles", "speech_verbs")
                  for form in inflections(verb, lexicon)),
        frozenset([*lexicon.words("grammar", "determiners"),
                   *lexicon.words("grammar", "relative_words")]),
        tuple(f" {w} " for w in [*lexicon.words("grammar", "coordinators"),
                                 *lexicon.words("grammar", "clause_breaks")])))

    verb = WORD.search(text, lo)
    if not lo or verb is None or verb.group() not in speech:
        return lo
    for step in range(ASIDES_AT_MOST):
        # Back past a coordinator to the subject it shares ("welcomed the move but said"),
        # past a comma only to an aside or a name ("the EC's executive body,", "Meera
        # Subramanian,"; not "exports fell 12% in June, said Ana Reyes": the content), never
        # past a semicolon or a dash (a sentence's other point).
        joined = step == 0 and text[:lo].endswith(joins)
        if not joined and not text[:lo].endswith(", "):
            break
        start = clause_start(text, max(lo - 2, 0), breaks)
        words = WORD.findall(text, start, lo)
        if not words or (not joined and words[0].lower() not in appositive
                         and len(words) > _NAME_WORDS):
            break
        lo = start
        if not lo or joined or speech.intersection(words):
            break  # (the speaker's own clause: ", a spokesman said, adding that")
    return lo
