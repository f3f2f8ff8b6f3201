"""Which side a role or a sentence names as the person's own, and which as the one they deal
with: a counterpart ("talks with Tokyo"), a destination ("envoy to Washington", "envoy for
Ukraine"), a place."""

from __future__ import annotations

import re

from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder, SideMention

WORDS = re.compile(r"[\w'’.-]+")


def own_sides(role: str, rules: Rules, sides: SideFinder) -> list[SideMention]:
    """The sides a role names as the person's own: not a counterpart, nor one joined to a
    counterpart by "and" ("special envoy for Ukraine and Russia")."""
    own: list[SideMention] = []
    other = -1  # where the last counterpart ended
    for hit in sides.find(role):
        between = role[other:hit.start].strip().lower() if other >= 0 else None
        if counterpart(role, hit.start, rules) or between in rules.words.joiners:
            other = hit.end
        else:
            own.append(hit)
    return own


def words_before(text: str, at: int, rules: Rules) -> list[str]:
    """The words before ``at`` (a side's name), determiners right before it left out."""
    before = WORDS.findall(text[max(0, at - 40):at])
    while before and before[-1].lower() in rules.words.determiners:
        before.pop()
    return before


def counterpart(role: str, at: int, rules: Rules) -> bool:
    """Whether the side a role names at ``at`` is the one the person deals with."""
    before = words_before(role, at, rules)
    return bool(before) and (before[-1].lower() in rules.counterpart_links
                             or sent_to(role, at, rules))


def sent_to(role: str, at: int, rules: Rules) -> bool:
    """Whether the side a role names at ``at`` is where an envoy is sent ("special envoy
    to the United States", "ambassador in Washington", "special envoy for Ukraine")."""
    before = words_before(role, at, rules)
    link = before[-1].lower() if before else ""
    return len(before) > 1 and (
        (link in rules.envoy_links and any((rules.title_word(w) or w.lower())
                                           in rules.envoy_titles for w in before[-4:-1]))
        or before[-2].lower() in rules.destination_after.get(link, ()))  # "envoy for Ukraine"


def placed(text: str, at: int, rules: Rules) -> bool | None:
    """What the word before the side named at ``at`` makes it: a target or destination (None:
    no vote), a place (True) or maybe an affiliation (False)."""
    before = words_before(text, at, rules)
    word = before[-1].lower() if before else ""
    if word in rules.not_for or (len(before) > 1 and before[-2].lower()
                                 in rules.destination_after.get(word, ())):
        return None
    return word in rules.place_words
