"""The side of a body a role names short: by the last word of its full name ("the
Commission"), as "the delegation", or by its head noun ("association chairman")."""

from __future__ import annotations

import re

from briefing.core.extract.participants.counterparts import WORDS
from briefing.core.extract.participants.roles import without_possessive
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.model import Sentence


def body_named_short(roles: list[str], article: list[Sentence], rules: Rules,
                     sides: SideFinder) -> str | None:
    """The side of the body a role names short, if the article says which one it is."""
    return (_side_by_short_name(roles, article, rules, sides)
            or _side_of_the_body(roles, article, rules, sides)
            or _side_by_common_noun(roles, article, rules, sides))


_AFTER_WORD = re.compile(r"\b([a-z]+) ([A-Z][a-z]{3,})\b")


def _side_by_short_name(roles: list[str], article: list[Sentence], rules: Rules,
                        sides: SideFinder) -> str | None:
    """The side a role names by the last word of a name the article gives in full ("a
    spokesperson for the Commission", "Commission digital spokesman", after "the European
    Commission"), when one side's name ends so."""
    heads = {m.group(2) for role in roles for m in _AFTER_WORD.finditer(role)
             if m.group(1) in rules.words.determiners}  # "the Commission": a body's short name
    heads |= {first for role in roles  # "Commission digital spokesman", "Commission's ..."
              if (first := without_possessive((role.split() or [""])[0]))[:1].isupper()
              and first.isalpha() and first.lower() not in rules.title_words}
    if not heads:
        return None
    found = {h.side for sentence in article for h in sides.find(sentence.text)
             if " " in (name := sentence.text[h.start:h.end]) and name.rsplit(" ", 1)[1] in heads}
    return found.pop() if len(found) == 1 else None


_NAME_END = re.compile(r"(?:['’]s?)?\s+([A-Z][a-z]{3,})\b")


def _side_by_common_noun(roles: list[str], article: list[Sentence], rules: Rules,
                         sides: SideFinder) -> str | None:
    """The side of a body a role names by its lower-case head noun ("association chairman",
    "the association's chief negotiator") when the article names it in full with that word
    right after a generic party's ("the Port and Rail Employers' Association")."""
    heads: set[str] = set()
    for role in roles:
        words = [without_possessive(w) for w in _LOWER_WORD.findall(role)]
        heads |= {w for i, w in enumerate(words) if w.isalpha() and w.islower() and (
            i == 0 or words[i - 1] in rules.named_body_openers) and not rules.title_word(w)}
    # Only a party named by what it is ("Employers' Association"), written as a name (not "the
    # union Verdi"); a country's ("U.S. Defence contractors", "Korean Federation") is not the
    # body a role names.
    found = {h.side for sentence in article for h in sides.find(sentence.text)
             if h.side in rules.generic_sides and sentence.text[h.start].isupper()
             and (m := _NAME_END.match(sentence.text, h.end)) and m.group(1).lower() in heads}
    return found.pop() if len(found) == 1 else None


def _side_of_the_body(roles: list[str], article: list[Sentence], rules: Rules,
                      sides: SideFinder) -> str | None:
    """The side of a body a role names only as "the delegation" ("the delegation's leader"),
    when the article names it with one side right before it ("a 15-member Taiwan
    delegation"; ``named_bodies`` in roles.yaml)."""
    heads = {word for role in roles for word in _named_as_the(role, rules)}
    if not heads:
        return None
    found: set[str] = set()
    for sentence in article:
        text = sentence.text
        for hit in sides.find(text):
            after = WORDS.findall(text[hit.end:hit.end + 40])[:3]
            if any(w.lower() in heads for w in after):
                found.add(hit.side)
    return found.pop() if len(found) == 1 else None


def _named_as_the(role: str, rules: Rules) -> list[str]:
    """The words of ``named_bodies`` a role opens with or has after one of
    ``named_body_openers`` ("delegation's leader", "head of the delegation")."""
    words = [without_possessive(w) for w in _LOWER_WORD.findall(role)]
    return [w for i, w in enumerate(words) if w in rules.named_bodies
            and (i == 0 or words[i - 1] in rules.named_body_openers)]


_LOWER_WORD = re.compile(r"[a-z]+(?:['’]s)?|\S+")
