"""The side a statement is aimed at, when the one first read is a member of the stating bloc:
"[Mercosur's] Milei told the summit that Argentine beef should be exempt from the EU's
checks" is aimed at the EU, not at Argentina; "OPEC accused Ecuador" at Ecuador."""

from __future__ import annotations

from briefing.core.extract.actor_words import Actor
from briefing.core.extract.sides import SideFinder
from briefing.text.phrases import tokens

OBJECT_GAP = 1  # words between a cue and the party that is its object ("criticised Ecuador")


def outside_the_bloc(by: str | None, to: str | None, text: str, actors: list[Actor], cue: int,
                     sides: SideFinder) -> str | None:
    """``to``, unless it is a member of the bloc ``by`` and not the object right after the
    cue (which ends at ``cue``): then the first party after the cue outside that bloc, else
    none."""
    if not by or not to or sides.bloc_of(to, [by]) is None or _object_of(text, to, actors, cue):
        return to
    return next((a.side for a in actors if a.start >= cue and not a.venue and a.side != by
                 and sides.bloc_of(a.side, [by]) is None), None)


def _object_of(text: str, side: str, actors: list[Actor], cue: int) -> bool:
    """Whether ``side`` is named right after the cue, as its object ("OPEC accused Ecuador",
    "the EU warned France", "rejected Argentina's demand")."""
    toks = tokens(text)  # the sentence's, shared with the other readers of it
    return any(a.side == side and a.start >= cue
               and sum(1 for t in toks if cue <= t[0] < a.start) <= OBJECT_GAP for a in actors)
