"""Agreements that "the two sides" make: the article's two parties' together.

"The union said the ballot would close on Friday, and the two sides agreed to meet again" names
one party (the union) and then both: the agreement is not the union's alone. The two parties
are those the article's statements are most often stated by or aimed at.
"""

from __future__ import annotations

from collections import Counter

from briefing.core.extract.actor_words import Words
from briefing.core.extract.clauses import clause_start
from briefing.model import Statement

PARTIES = 2


def by_both_sides(statements: list[Statement], parties_at: dict[int, list[tuple[int, str]]],
                  words: Words) -> None:
    """Make each agreement whose subject names both sides at once (``joint_subjects`` in
    ``grammar.yaml``, in the cue's clause, no party between it and the cue) the joint one of
    the article's two most named parties; ``parties_at``: where each statement's sentence
    names a party and the party's side, by the statement's ``id``."""
    joint = [item for item in statements if item.kind == "agreed" and _both(
        item, parties_at.get(id(item), []), words)]
    if not joint:
        return
    counts = Counter(side for item in statements if item not in joint
                     for side in (item.by, item.to) if side)
    parties = [side for side, _n in counts.most_common(PARTIES)]
    if len(parties) < PARTIES:
        return
    for item in joint:
        # Two parties the sentence itself names come first ("talks led by Rubio and Yermak,
        # the two sides ...").
        named = list(dict.fromkeys(side for _at, side in parties_at.get(id(item), []) if side))
        # ... else the article's two, one the sentence names first ("Freedonian minister X
        # said the two sides agreed").
        pair = named if len(named) == PARTIES else sorted(parties, key=lambda p: p not in named)
        item.by, item.to, item.joint = pair[0], pair[1], True


def _both(item: Statement, parties_at: list[tuple[int, str]], words: Words) -> bool:
    ev = item.evidence[0]
    if not ev.spans:
        return False
    start = ev.spans[0][0]
    lo = clause_start(ev.sentence, start, words.breaks)
    for hit in words.joint.finditer(ev.sentence):
        if lo <= hit.start and hit.end <= start and not any(
                hit.end <= at < start for at, _side in parties_at):
            return True
    return False
