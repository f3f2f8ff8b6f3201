"""The Agreed panel: agreements the sides reported reaching, settling or signing."""

from __future__ import annotations

from briefing.core.extract.statements import find_cues, statement
from briefing.core.merge.statements import merge_repeats
from briefing.language.lexicon import Lexicon
from briefing.model import Sentence, Statement


def extract_agreed(sentences: list[Sentence], lexicon: Lexicon) -> list[Statement]:
    """One item per reported agreement, neither negated, hypothetical nor told in passing.

    A lead that restates an agreement reported further down is one item with two evidences.
    """
    items: list[Statement] = []
    for sent in sentences:
        for cue in find_cues(sent.text, lexicon):
            if (cue.kind == "agreed" and not cue.negated and not cue.hypothetical
                    and not cue.historical and not cue.defused):
                items.append(statement("agreed", sent, cue, lexicon))
                break
    return merge_repeats(items, lexicon, scope="object")
