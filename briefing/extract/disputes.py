"""The Open disputes panel: demands, objections, threats, refusals and failures to agree."""

from __future__ import annotations

from briefing.extract.statements import find_cues, statement
from briefing.lexicon import Lexicon
from briefing.model import Sentence, Statement


def extract_disputes(sentences: list[Sentence], lexicon: Lexicon) -> list[Statement]:
    """One item per sentence that states a point of contention.

    A negated agreement ("failed to agree", "no agreement") is a dispute (PETRARCH); a
    sentence that reports an agreement settles the point unless a dispute cue stands in
    another clause of it.
    """
    items: list[Statement] = []
    for sent in sentences:
        cues = find_cues(sent.text, lexicon)
        settled = [c for c in cues if c.kind == "agreed" and not c.negated
                   and not c.hypothetical and not c.historical]
        for cue in cues:
            disputed = cue.kind == "dispute" or (cue.kind == "agreed" and cue.negated)
            if not disputed or cue.defused:
                continue
            if settled and not _separate_clause(sent.text, settled[0].start, cue.start):
                continue
            items.append(statement("dispute", sent, cue))
            break
    return items


def _separate_clause(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    between = text[lo:hi].lower()
    return any(word in between for word in (" but ", " however", ";", " while ", " although "))
