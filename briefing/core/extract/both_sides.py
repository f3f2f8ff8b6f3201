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
    the two parties its sentence names before that subject, else of the article's two most
    named parties (a government and its own country are one); ``parties_at``: where each
    statement's sentence names a party and the party's side, by the statement's ``id``."""
    joint = {id(item): at for item in statements if item.kind == "agreed"
             and (at := _both(item, parties_at.get(id(item), []), words)) is not None}
    if not joint:
        return
    counts = Counter(side for item in statements if id(item) not in joint
                     for side in (item.by, item.to) if side)
    ranked = [side for side, _n in counts.most_common()]
    if words.government in ranked:  # "Britain" beside its government is no other party
        ranked = [s for s in ranked if s == words.government or s not in words.countries]
    # Nor "Unions" beside a union named ("Brotherhood of Locomotive Engineers").
    ranked = [s for s in ranked if not any(
        o != s and not words.generic.get(s, frozenset()).isdisjoint(o.split()) for o in ranked)]
    parties = ranked[:PARTIES]
    for item in statements:
        if id(item) not in joint:
            continue
        # Two parties the sentence names before the subject ("talks led by Rubio and Yermak,
        # the two sides ..."; not "..., matching the rate Japanese carmakers pay").
        named = list(dict.fromkeys(side for at, side in parties_at.get(id(item), [])
                                   if side and at < joint[id(item)]))
        if len(named) == PARTIES:
            pair = named
        elif len(parties) == PARTIES:  # the article's two, one the sentence names first
            pair = sorted(parties, key=lambda p: p not in named)
        else:
            continue
        item.by, item.to, item.joint = pair[0], pair[1], True


def _both(item: Statement, parties_at: list[tuple[int, str]], words: Words) -> int | None:
    """Where a subject naming both sides opens the agreement's clause, if one does."""
    ev = item.evidence[0]
    if not ev.spans:
        return None
    start = ev.spans[0][0]
    lo = clause_start(ev.sentence, start, words.breaks)
    for hit in words.joint.finditer(ev.sentence):
        if lo <= hit.start and hit.end <= start and not any(
                hit.end <= at < start for at, _side in parties_at):
            return hit.start
    return None
