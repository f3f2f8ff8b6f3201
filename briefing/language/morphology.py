"""English morphology: a verb's inflections from its lemma, a plural's singular, a past form.

Regular forms are made by rule; irregular ones come from the ``cues`` section's ``irregular``
table (lemma: [forms]).
"""

from __future__ import annotations

import re

from briefing.language.lexicon import Lexicon

_CONSONANT_Y = re.compile(r"[^aeiou]y$")
_SIBILANT = re.compile(r"(?:s|sh|ch|x|z)$")
# Anchored: it is only ever matched against a whole lemma, and unanchored it would rescan a
# long run of consonants from every place (quadratic).
_SHORT_CVC = re.compile(r"\A[^aeiou]*[aeiou][^aeiouwxy]\Z")


def inflections(phrase: str, lexicon: Lexicon) -> list[str]:
    """The phrase with its first word as lemma, -s, -ed and -ing forms."""
    words = phrase.split()
    lemma, rest = words[0], words[1:]
    irregular = lexicon["cues"].get("irregular", {})
    forms = {lemma, *irregular.get(lemma, [])}
    if lemma not in irregular:
        if lemma in lexicon.cached("doubling", lambda: frozenset(
                lexicon["cues"].get("doubling", []))):
            forms |= {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        elif lemma.endswith("ee"):
            forms |= {lemma + "s", lemma + "d", lemma + "ing"}
        elif lemma.endswith("e"):
            forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        elif _CONSONANT_Y.search(lemma):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        elif _SIBILANT.search(lemma):
            forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
        elif len(lemma) <= 4 and _SHORT_CVC.match(lemma):
            forms |= {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        else:
            forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    tail = (" " + " ".join(rest)) if rest else ""
    return sorted(f + tail for f in forms)


def singular(word: str) -> str | None:
    """The regular singular of a plural-looking word ("ministers" -> "minister"), else None."""
    return word[:-1] if word.endswith("s") else None


def looks_past(word: str) -> bool:
    """Whether a word has the regular past or past-participle ending ("signed", "agreed")."""
    return word.lower().endswith("ed")


def count_of(n: int, noun: str) -> str:
    """ "1 article", "2,345 articles": a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural(noun)}"


def plural(noun: str) -> str:
    """The plural of a regular English noun (the ones the interface counts)."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"
