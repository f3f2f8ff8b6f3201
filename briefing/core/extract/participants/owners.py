"""The body a person acts for when the role names it by its owner or its kind: a firm whose
title covers a place ("Bristol Myers Squibb's head of U.S. market access"), the one union an
article names ("the union's branch president"), the one university ("the university's chief
operating officer")."""

from __future__ import annotations

import re

from briefing.core.extract.participants.bodies import bodies_in
from briefing.core.extract.participants.roles import title_in, without_possessive
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.model import Sentence


def named_for_its_kind(roles: list[str], rules: Rules, sentences: list[Sentence]) -> str | None:
    """The one name in the article that ends with the word a role calls its holder's body
    by, in the possessive before a title ("the university's chief operating officer" in an
    article that names Harbour City University and no other university), if one."""
    for role in roles:
        words = role.split()
        at = title_in(words, rules)
        if not at:
            continue
        owner = without_possessive(words[at - 1])
        if owner == words[at - 1] or not owner.isalpha() or not owner.islower():
            continue  # a possessive common noun: "university's"
        kind = re.escape(owner.capitalize())
        named = {m.group(0) for s in sentences
                 for m in re.finditer(rf"(?:[A-Z][\w&'’.-]*\s+){{1,4}}{kind}\b", s.text)}
        if len(named) == 1:
            return named.pop()
    return None


def one_body_named(sentences: list[Sentence], rules: Rules, heads: frozenset[str],
                   roles: list[str]) -> str | None:
    """The one body of a kind an article names, none of another's ("the union's branch
    president" in an article that names the National Tertiary Education Union and, of
    bodies of its kind, only "the university's Students' Representative Council"), if one
    and named by the word the roles call it by (not "union president" beside a dockworkers'
    union and a pilots' association, nor the Port Employers Association)."""
    named = set()
    for s in sentences:
        for body in bodies_in(s.text, rules, heads):
            at = s.text.find(body)
            before = s.text[:at].split()[-1:] if at > 0 else []
            if not before or without_possessive(before[0]) == before[0]:
                named.add(body)  # (not "the university's Students' Representative Council")
    if len(named) != 1:
        return None
    body = named.pop()
    said = {without_possessive(w).lower() for role in roles for w in role.split()}
    return body if body.split()[-1].lower() in said else None


def sides_after_owner(roles: list[str], owner: str, sides: SideFinder, rules: Rules) -> bool:
    """Whether a role that names the firm before its title names sides only after it, in
    what the title is of ("head of U.S. market access", "president for Asia"): the holder
    acts for the firm, whatever place the title covers; not when a second role follows a
    coordinator ("Acme Motors chairman and Canada's ambassador to Japan")."""
    for role in roles:
        at = role.find(owner)
        if at < 0:
            continue
        words = role[at:].split()
        cut = next((i for i, w in enumerate(words) if w.lower() in rules.words.coordinators),
                   None)
        if cut is not None and sides.find(" ".join(words[cut:])):
            continue
        hits = sides.find(role)
        if hits and all(h.start >= at + len(owner) for h in hits):
            return True
    return False
