"""Participants: named people with their roles and the side they act for.

Patterns, in the manner of PETRARCH's title dictionaries:
``TITLE NAME`` ("US Treasury Secretary Scott Bessent"), ``ROLE, NAME,`` ("Japan's top
negotiator, Ryosei Akazawa,"), ``NAME, ROLE,`` ("Jorge Cardenas, manager of ..."),
``NAME, negotiating for X,``, ``TITLES NAME and NAME`` and ``NAME said`` / ``said NAME``.
A role said of "the chairman of X" just before a bare ``NAME said`` is that person's. A later
surname (or any tail of the name) is the same person. Outsiders (analysts, reporters) are left
out. The side comes from the role, else the office the person holds on the article's date
(``language/en/offices.yaml``), else a title that implies a country, else the sides named
around the person's mentions (never a dateline, a destination or a venue).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from briefing.core.extract.participants.mentions import Mention, mentions_in
from briefing.core.extract.participants.people import Person, resolve
from briefing.core.extract.participants.roles import anaphoric_role
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.participants.rules import rules as participant_rules
from briefing.core.extract.participants.side import (
    lead_company,
    side_by_place,
    side_of,
    sides_ruled_out,
    story_body,
)
from briefing.core.extract.sides import SideFinder
from briefing.language.lexicon import Lexicon
from briefing.language.offices import table_of
from briefing.model import Evidence, Participant, Sentence
from briefing.text.regex import first_whole_word

__all__ = ["extract_participants"]

_WORD_RUN = re.compile(r"\w+")
MAIN_SIDES = 2  # the article's most named sides, whose names as places count
_SEARCH_AT_MOST = 2000  # people x sentences searched one by one before an index pays


def extract_participants(
    sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder, on: date | None = None
) -> list[Participant]:
    """Find the participants of one article (published ``on``), in order of first mention."""
    rules = participant_rules(lexicon)
    offices = table_of(lexicon) if on is not None else None
    known = ((lambda name: bool(offices.by_name(name, on))) if offices is not None and on
             else None)
    people = resolve(_mentions(sentences, lexicon, sides, known))
    ranked: list[str] | None = None
    lead: list[str | None] = []  # the company the article opens on, once looked for

    def article_sides() -> list[str]:
        """The article's sides, most named first, worked out once and only if needed."""
        nonlocal ranked
        if ranked is None:
            ranked = sides.ranked([s.text for s in sentences])
        return ranked

    bodies: dict[str, list[str]] = {}  # per generic side, the bodies of its kind the story names
    out: list[Participant] = []
    holding = _holding(sentences) if len(people) * len(sentences) > _SEARCH_AT_MOST else None
    for person in people:
        if person.roles and all(_former(role, rules) for role in person.roles):
            continue  # "former chancellor X": acts for no side now (GUIDE: not a participant)
        # A match of \bSurname\b starts a run of word characters equal to the surname's first.
        first = _WORD_RUN.match(person.tokens[-1])
        candidates = (holding.get(first.group(), []) if holding is not None and first
                      else sentences)
        surname = person.tokens[-1]  # the pattern's words: a plain search rules most out
        mentioned = [s for s in candidates if surname in s.text and first_whole_word(s.text, surname)]
        evidence = _evidence(person, mentioned, surname)
        side, basis = side_of(person, mentioned, rules, sides, offices, on, sentences)
        if side is None:
            never = sides_ruled_out(person.roles, rules)
            if person.roles:  # a company's officer in an article that opens on a company
                if not lead:
                    lead.append(lead_company(sentences, rules, sides))
                if lead[0] and _company_roles(person.roles, rules, lead[0]):
                    side, basis = lead[0], "article"
            if side is None:
                # A place where they speak ("said at a briefing in Hanoi") names their side
                # when it is one of the article's own; a venue elsewhere does not.
                side, basis = side_by_place(person, mentioned, rules, sides,
                                            among=article_sides()[:MAIN_SIDES])
            if side is None:
                side = next((s for s in article_sides() if s not in never), None)
                basis = "article" if side else ""
        side = story_body(side, sentences, rules, sides, bodies) or side
        if (side is not None and rules.government_side and _government(person.roles, rules)
                and _at_home(side, article_sides()[:MAIN_SIDES], rules)):
            side, basis = rules.government_side, "title"
        out.append(Participant(person.name, side, person.roles, len(mentioned), evidence,
                               provisional=person.provisional, side_basis=basis))
    return out


def _government(roles: list[str], rules: Rules) -> bool:
    """Whether a role is a government's ("Labour Minister", "Health Secretary"), not a union's
    or a firm's ("the union's general secretary")."""
    words = {w for r in roles for w in _ROLE_WORD.findall(r.lower())}
    return not rules.government_titles.isdisjoint(words) and rules.home_bodies.isdisjoint(words)


def _company_roles(roles: list[str], rules: Rules, company: str) -> bool:
    """Whether a person's roles are the article's company's: company titles ("chairman",
    "executive vice president"), naming no other body ("president of USAir" is not the
    chairman of the company the article opens on)."""
    if not roles:
        return False
    named = set(company.split())
    for role in roles:
        words = set(_ROLE_WORD.findall(role.lower()))
        if rules.words.company_titles.isdisjoint(words) or not rules.government_titles.isdisjoint(words):
            return False
        if any(w[:1].isupper() and w not in named and not rules.title_word(w)
               for w in _NAME_WORD.findall(role)):
            return False
    return True


_NAME_WORD = re.compile(r"[\w'’&.-]+")


def _at_home(side: str, main: list[str], rules: Rules) -> bool:
    """Whether a country's official acts in a dispute at home: the article's main parties
    are a union or employers and no other country ("Labour Minister X" in a port strike is
    the government, not the country)."""
    return (side not in rules.generic_sides and any(m in rules.home_parties for m in main)
            and all(m == side or m in rules.home_parties for m in main))


def _former(role: str, rules: Rules) -> bool:
    """Whether a role is one held no more ("former chancellor", "ex-minister")."""
    return any(w in rules.former for w in _ROLE_WORD.findall(role.lower()))


_ROLE_WORD = re.compile(r"[a-z]+")


def _mentions(sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder,
              known: Callable[[str], bool] | None = None) -> list[Mention]:
    """Every mention of a candidate person; a role said of "the chairman of X" just before a
    bare ``NAME said`` is that person's."""
    rules = participant_rules(lexicon)
    mentions: list[Mention] = []
    pending: tuple[str, Sentence] | None = None  # "..., the chairman of X, said." then "Y said"
    for sent in sentences:
        found = mentions_in(sent, rules, sides, known)
        if pending:
            for m in found:
                if not m.roles and m.speaks:
                    m.roles.append(pending[0])
                    m.context.append((pending[1], 0, 0))  # its subject is their side
                    break
        role = "" if found else anaphoric_role(sent.text, rules)
        pending = (role, sent) if role else None
        mentions.extend(found)
    return mentions


def _holding(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """The sentences that hold each word. With many people and sentences, a person's
    sentences are looked up here, so an article naming thousands of people costs no more
    than its length; a usual article just searches its few sentences."""
    holding: dict[str, list[Sentence]] = {}
    for sent in sentences:
        for word in set(_WORD_RUN.findall(sent.text)):
            holding.setdefault(word, []).append(sent)
    return holding


def _evidence(person: Person, mentioned: list[Sentence], surname: str) -> list[Evidence]:
    """The person's evidence, one per sentence, and every other sentence that names them."""
    evidence = _dedupe(person.evidence)
    for s in mentioned:
        if not any(e.sentence == s.text for e in evidence):
            span = first_whole_word(s.text, surname)
            assert span is not None
            evidence.append(Evidence(s.article_id, s.text, (span,)))
    return evidence


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: dict[str, Evidence] = {}
    for ev in evidence:
        if ev.sentence in seen:
            merged = tuple(sorted(set(seen[ev.sentence].spans) | set(ev.spans)))
            seen[ev.sentence] = Evidence(ev.article_id, ev.sentence, merged)
        else:
            seen[ev.sentence] = ev
    return list(seen.values())
