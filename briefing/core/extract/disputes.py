"""The Open disputes panel: demands, objections, threats, refusals and failures to agree."""

from __future__ import annotations

from briefing.core.extract.statements import CueMatch, find_cues, statement
from briefing.core.merge.statements import merge_repeats
from briefing.language.lexicon import Lexicon
from briefing.model import Sentence, Statement


def extract_disputes(sentences: list[Sentence], lexicon: Lexicon) -> list[Statement]:
    """One item per sentence that states a point of contention.

    A negated agreement ("failed to agree", "no agreement") is a dispute (PETRARCH); a
    sentence that reports an agreement settles the point unless a dispute cue stands in
    another clause of it.
    """
    items: list[Statement] = []
    contrast = contrast_marks(lexicon)
    for sent in sentences:
        cues = find_cues(sent.text, lexicon)
        settled = [c for c in cues if c.kind == "agreed" and not c.negated
                   and not c.hypothetical and not c.historical and not c.defused]
        for cue in cues:
            disputed = cue.kind == "dispute" or (cue.kind == "agreed" and cue.negated
                                                 and not cue.defused)
            if not disputed or cue.defused or cue.historical:
                continue
            if cue.in_condition or any(settles(sent.text, s, cue, contrast) for s in settled):
                continue
            items.append(statement("dispute", sent, cue, lexicon))
            break
    return merge_repeats(items, lexicon)


def contrast_marks(lexicon: Lexicon) -> tuple[str, ...]:
    """What sets a clause against the one before it, as text to look for: the ``grammar``
    section's contrast words between spaces, its contrast openers after one, a semicolon."""
    def build() -> tuple[str, ...]:
        return (*(f" {w} " for w in lexicon.words("grammar", "contrast_words")),
                *(f" {w}" for w in lexicon.words("grammar", "contrast_openers")), ";")
    return lexicon.cached("dispute_contrast", build)


def settles(text: str, settled: CueMatch, cue: CueMatch, contrast: tuple[str, ...]) -> bool:
    """Whether a reported agreement earlier in the same clause settles the point.

    "resolved their dispute" (the dispute is its object) and "under the deal, X would seek ..."
    (terms of the deal, not a demand) do; a clause after "but" or "however" does not.
    """
    if cue.start < settled.end:
        return False
    between = text[settled.end:cue.start].lower()
    return not any(word in between for word in contrast)
