"""A person's side: from the role, else a title that implies a country, else the sides named
around the person's mentions."""

from __future__ import annotations

import re

from briefing.core.extract.participants.people import Person
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.model import Sentence

_ORG_TOKEN = re.compile(r"\b([A-Z]{2,6}(?:-[A-Z][A-Za-z]+)?|[A-Z][a-z]+-[A-Z][a-z]+)\b")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def side_of(person: Person, mentioned: list[Sentence], rules: Rules,
            sides: SideFinder) -> str | None:
    """Role first, then a title that implies a country, then the sides around the mentions."""
    side = _side_of_roles(person.roles, rules, sides)
    if side:
        return side
    votes: dict[str, float] = {}  # side -> closeness of its mentions
    for sentence, start, end in person.spans:
        text = sentence.text
        quoted = _quoted_spans(text)
        for hit in sides.find(text):
            if any(a <= hit.start < b for a, b in quoted):
                continue  # what they say, not whom they speak for
            before = text[:hit.start].split()[-1:] if hit.start else []
            if before and before[0].lower() in rules.not_for:
                continue
            gap = start - hit.end if hit.end <= start else hit.start - end
            votes[hit.side] = votes.get(hit.side, 0) + 1.0 / (1 + max(gap, 0) / 30)
    if votes:
        return max(votes, key=votes.__getitem__)  # the first of the closest, as Counter's
    for sentence in mentioned:
        side = sides.first(sentence.text)
        if side:
            return side
    return None


def _side_of_roles(roles: list[str], rules: Rules, sides: SideFinder) -> str | None:
    """The side a role names, an organisation's initials in it, or a title's country."""
    for role in roles:
        side = sides.first(role)
        if side:
            return side
    for role in roles:
        org = _ORG_TOKEN.search(role)
        if org and org.group(1) not in rules.not_bodies:
            return org.group(1)
    for role in roles:
        words = [rules.title_word(w) or w.lower() for w in role.split()]
        for title, country in rules.title_sides.items():
            if tuple(words[-len(title):]) == title:
                return country
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    if text.count('"') % 2 == 1 and text.lstrip().startswith('"') is False:
        # An odd quote: the sentence continues a quotation opened before it.
        spans.append((0, text.find('"')))
    return spans
