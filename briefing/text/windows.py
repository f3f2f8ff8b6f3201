"""Showing a long text in a narrow place: start near the part that matters."""

from __future__ import annotations

import re

LEAD_WORDS = 4  # words kept before the part that matters
SPAN_WORDS = 14  # a row shows about this many words: start early enough to fill them
_WORD_START = re.compile(r"\S+")


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
    return "… " + text[words[first].start():] if first else text
