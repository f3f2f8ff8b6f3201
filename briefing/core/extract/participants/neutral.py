"""Go-betweens: a mediator or an arbitrator acts for no side but the body they serve."""

from __future__ import annotations

import functools
import re

from briefing.core.extract.participants.rules import Rules


@functools.cache
def _name(joiners: frozenset[str]) -> re.Pattern[str]:
    """A capitalised name of several words, a coordinator or a link word allowed between
    them ("Federal Mediation and Conciliation Service")."""
    links = "|".join(sorted(map(re.escape, joiners)))
    return re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:(?:{links})\s+)?[A-Z][\w'’-]*)*")


def go_between(roles: list[str], rules: Rules) -> bool:
    """Whether a role makes its holder a go-between (``neutral_words``)."""
    return any(w.strip(",.'’").lower() in rules.neutral_words for r in roles for w in r.split())


def mediating_body(roles: list[str], rules: Rules) -> str | None:
    """The mediating body a go-between's role names ("commissioner of the Federal Mediation
    and Conciliation Service"), if any: the side the GUIDE gives such a person."""
    for role in roles:
        for found in _name(rules.words.coordinators | rules.words.affiliation).finditer(role):
            name = found.group()
            if " " in name and any(w.lower() in rules.neutral_words for w in name.split()):
                return name
    return None
