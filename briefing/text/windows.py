"""Showing a long text in a narrow place: start near the part that matters."""

from __future__ import annotations

import re
from functools import cache

from briefing.language.lexicon import packaged_section

LEAD_WORDS = 4  # words kept before the part that matters
SPAN_WORDS = 14  # a row shows about this many words: start early enough to fill them
NEGATION_REACH = 6  # words before the start in which a negation pulls the start back to it
_WORD_START = re.compile(r"\S+")
_TRIM = ",.;:\"'“”‘’()"


@cache
def _negators() -> frozenset[str]:
    """The words of cues.yaml's ``negation`` and ``denials``: a row that starts after one
    says the opposite ("… duties on chocolate to help ease friction" for "were not
    considering cuts in duties on chocolate ...")."""
    cues = packaged_section("cues")
    words = [str(w).lower().split() for w in [*(cues.get("negation") or []),
                                              *(cues.get("denials") or [])]]
    # One word, or the verb of "failed to" ("could not": its "not" is one already)
    return frozenset(w[0] for w in words if len(w) == 1 or (len(w) == 2 and w[1] == "to"))


def around(text: str, at: int, lead: int = LEAD_WORDS, span: int = SPAN_WORDS) -> str:
    """``text`` from a few words before offset ``at`` (``lead``, or more when the text ends
    within ``span`` words), with "… " when that cuts its start; the whole text when ``at``
    is near the start or not in it."""
    if at <= 0 or at > len(text):
        return text
    words = list(_WORD_START.finditer(text))
    cue = sum(1 for w in words if w.start() < at)
    first = max(0, min(cue - lead, len(words) - span))
    # Never start just after a figure: "… pct tariff" says nothing without its "25".
    while first and any(ch.isdigit() for ch in words[first - 1].group()):
        first -= 1
    # Nor after a negation or a denial near the start: the row would say the opposite.
    negators = _negators()
    for i in range(first - 1, max(-1, first - 1 - NEGATION_REACH), -1):
        word = words[i].group()
        if word.endswith((",", ";", ":")):
            break  # another clause's ("did not say when talks resume, but Japan rejected")
        if word.lower().strip(_TRIM) in negators:
            first = i
            break
    return "… " + text[words[first].start():] if first else text
