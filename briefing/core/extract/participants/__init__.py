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

from briefing.core.extract.participants.bodies import named_body, story_body
from briefing.core.extract.participants.firm_arms import (
    a_firms_name,
    after_a_title,
    firm_heads,
    firms_named,
)
from briefing.core.extract.participants.firms import a_company, as_written, role_firms
from briefing.core.extract.participants.mentions import Mention, mentions_in
from briefing.core.extract.participants.neutral import go_between, mediating_body
from briefing.core.extract.participants.people import Person, resolve
from briefing.core.extract.participants.roles import (
    anaphoric_role,
    without_others,
    without_possessive,
)
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.participants.rules import rules as participant_rules
from briefing.core.extract.participants.side import (
    side_by_place,
    side_in_own_words,
    side_of,
    sides_ruled_out,
    travels_to,
)
from briefing.core.extract.participants.story import Story
from briefing.core.extract.participants.titles import held_office
from briefing.core.extract.sides import SideFinder
from briefing.language.lexicon import Lexicon
from briefing.language.offices import OfficeTable, table_of
from briefing.model import SIDE_BASES, Briefing, Evidence, Participant, Sentence
from briefing.text.phrases import contains_run
from briefing.text.regex import first_whole_word

__all__ = ["extract_participants", "side_within"]

_WORD_RUN = re.compile(r"\w+")
_SEARCH_AT_MOST = 2000  # people x sentences searched one by one before an index pays


def extract_participants(
    sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder, on: date | None = None,
    firms: frozenset[str] | None = None) -> list[Participant]:
    """Find the participants of one article (published ``on``), in order of first mention;
    ``firms``: ``firm_heads`` of the article, when already known."""
    rules = participant_rules(lexicon)
    firms = firm_heads(firms_named(sentences, lexicon, owners=False)) if firms is None else firms
    offices = table_of(lexicon) if on is not None else None
    story = Story(sentences, rules, sides)
    known = (lambda n: held_office(n, offices, on, rules.known_by_surname, story.names)
             ) if offices and on else None
    people = resolve(_mentions(sentences, lexicon, sides, known))
    _unjoin(people, rules)
    story.role_firms = role_firms([p.roles for p in people], {
        w for p in people if len(p.tokens) > 1 for w in p.tokens}, rules, sides, sentences)
    out: list[Participant] = []
    holding = _holding(sentences) if len(people) * len(sentences) > _SEARCH_AT_MOST else None
    for person in people:
        if person.roles and all(_former(role, rules) or (
                offices is not None and on is not None
                and offices.held_before(person.name, role, on)) for role in person.roles):
            continue  # "former chancellor X", "President Carter" in 1987: acts for no side now
        # A match of \bSurname\b starts a run of word characters equal to the surname's first.
        first = _WORD_RUN.match(person.tokens[-1])
        candidates = (holding.get(first.group(), []) if holding is not None and first
                      else sentences)
        surname = person.tokens[-1]  # the pattern's words: a plain search rules most out
        mentioned = [s for s in candidates if surname in s.text and first_whole_word(s.text, surname)]
        if len(person.tokens) > 1 and a_firms_name(surname, person.roles, firms,
                                                   rules.government_titles):
            # "Ford" where the article names Ford Motor Co: the firm, not Premier Doug Ford
            # (but "Premier Ford", "Mr. Ford" are he)
            mentioned = [s for s in mentioned if person.name in s.text
                         or after_a_title(s.text, surname, rules)]
        evidence = _evidence(person, mentioned, surname)
        side, basis = _side(person, mentioned, story, offices, on)
        roles = list(dict.fromkeys(filter(None, map(as_written, person.roles))))
        out.append(Participant(person.name, side, roles, len(mentioned), evidence,
                               provisional=person.provisional, side_basis=basis))
    # A name with no role of its own that stands inside another's role is the body that
    # person works for ("chief economist for E.F. Hutton"), not a person of the story.
    held = [role for p in out for role in p.roles]
    return [p for p in out if p.roles or not (any(p.name in role for role in held)
                                              or a_company(p.name, sentences, rules))]


def _unjoin(people: list[Person], rules: Rules) -> None:
    """A role is the person's own: it does not open on another person's surname and "and"
    ("Douglas and Agriculture Minister X said", "Nickles and Sen. Y": X's and Y's titles
    joined to a colleague), nor hold another person's full name (``without_others``)."""
    surnames = {p.tokens[-1] for p in people if len(p.tokens) > 1}
    # Only people with a role of their own: "Laurie Milbank and Co" names a firm.
    full = {p.name for p in people if len(p.tokens) > 1 and p.roles}
    for person in people:
        others = [name for name in full if name != person.name]
        roles: list[str] = []
        for role in person.roles:
            first, _, rest = role.partition(" ")
            link, _, title = rest.partition(" ")
            if (link in rules.words.coordinators and title and first in surnames
                    and first != person.tokens[-1]):
                role = title
            own = without_others(role, others, rules) if others else role
            if own and own not in roles:
                roles.append(own)
        person.roles = roles


def _side(person: Person, mentioned: list[Sentence], story: Story,
          offices: OfficeTable | None, on: date | None) -> tuple[str | None, str]:
    """A person's side in the story and what decided it: their own (role, office, title,
    the sides around them), else the company the article opens on for its officers, a place
    where they speak, the article's most named side; then the body within it they act for."""
    rules, sides = story.rules, story.sides
    side, basis = side_of(person, mentioned, rules, sides, offices, on, story.sentences)
    if go_between(person.roles, rules) and basis not in SIDE_BASES[:3]:
        # A mediator acts for the mediating body, else for no side, whatever sides stand
        # around them; not one whose role or title names a side ("CUPW mediator John Kerr").
        body = mediating_body(person.roles, rules)
        return ((sides.first(body) or body) if body else None), "role"
    if side is not None and _government(person.roles, rules):  # "minister for Canada Post"
        side = sides.country_of_firm(side) or side
    if side is None:
        lead = story.firm(person.roles) if person.roles else None
        if lead and _company_roles(person.roles, rules, lead):
            side, basis = lead, "article"
        else:
            # A place where they speak ("said at a briefing in Hanoi") names their side
            # when it is one of the article's own; a venue elsewhere does not.
            side, basis = side_by_place(person, mentioned, rules, sides, among=story.main)
        if side is None:
            # The officer of a body the role names ("director general of the European Steel
            # Association") acts for that body, not for the article's most named side.
            body = named_body(person.roles, rules)
            side, basis = ((sides.first(body) or body), "role") if body else (None, "")
        if side is None:
            never = sides_ruled_out(person.roles, rules, story.sides) | travels_to(
                person, mentioned, rules, sides)
            side = side_in_own_words(person, rules, sides, never) or next(
                (s for s in story.ranked if s not in never), None)
            basis = "article" if side else ""
    side = story_body(side, story.sentences, rules, sides, story.bodies) or side
    legislature = rules.legislatures.get(side or "")
    chamber = legislature.chamber(person.roles) if legislature is not None else None
    if side is not None and chamber and story.legislature_story(side):
        return story.opening_body(side, chamber) or chamber, "title"
    executive = story.executive(side) if side is not None else None
    if executive is not None and executive[0].holds(person.roles, rules.title_word):
        return executive[1], "title"  # "Treasury Secretary" in a Congress story: the administration
    if (side in rules.home_parties and basis != "role" and rules.government_side
            and _state_body(person.roles, rules)):
        # Named beside the strikers, but the head of a state body: the government's.
        return rules.government_side, "title"
    if side is not None and _at_home(side, story.main, rules, sides):
        if rules.government_side and (_government(person.roles, rules)
                                      or _state_head(person.roles, side, story)
                                      or _state_body(person.roles, rules)):
            return rules.government_side, "title"
        body = _national_body(person.roles, side, story)
        if body:  # "Canada Post negotiator" in a postal strike: Canada Post, not Canada
            return body, "role"
    bloc = _chairs(side, person.roles, story, on) if side is not None and on else None
    if bloc is None and side is not None:
        bloc = _bloc_against_outside(side, story)
    return (bloc, "office") if bloc else (side, basis)


def _bloc_against_outside(side: str, story: Story) -> str | None:
    """The bloc a member acts within when the story is the bloc's against a country outside
    it and the member is none of the main sides (Germany's chancellor on the EU's deal with
    the US speaks for the EU)."""
    if side in story.main:
        return None
    bloc = story.sides.bloc_of(side, story.main)
    if bloc is None:
        return None
    outside = [s for s in story.main if s != bloc and s in story.rules.countries
               and story.sides.bloc_of(s, [bloc]) is None]
    return bloc if outside else None


def _chairs(side: str, roles: list[str], story: Story, on: date) -> str | None:
    """The bloc whose councils a member's minister chairs on the day, when the bloc is one
    of the article's main sides ("Belgian Finance Minister X" hosting EC ministers in 1987)."""
    rules = story.rules
    if not _government(roles, rules):
        return None
    for bloc in rules.presidencies:
        if story.sides.as_named(rules.chairing(bloc, on) or "") == side:
            named = story.sides.as_named(bloc)
            if named in story.main:
                return named
    return None


def _national_body(roles: list[str], side: str, story: Story) -> str | None:
    """A body of the country that a role names in capitals with the country's name ("Canada
    Post negotiator", "governor of the Bank of Spain"): in a dispute at home, its side."""
    for role in roles:
        for run in story.rules.patterns.body.finditer(role):  # capitalised words, "of" between
            name = without_possessive(run.group())  # "Air Canada's president": Air Canada
            words = name.split()
            hits = story.sides.find(name)
            # The country's name opens the body's ("Canada Post") or follows "of" ("Bank of
            # Spain"), not the whole of it; one that ends a run is a place before a plain word.
            if (hits and hits[0].side == side and not any(story.rules.title_word(w) for w in words)
                    and (hits[0].start, hits[0].end) != (0, len(name))
                    and (hits[0].end < len(name) or any(w in story.rules.words.joiners
                                                        for w in words))):
                return name
    return None


def _government(roles: list[str], rules: Rules) -> bool:
    """Whether a role is a government's ("Labour Minister", "Health Secretary"), not a union's
    or a firm's ("the union's general secretary")."""
    for role in roles:
        words = set(_ROLE_WORD.findall(role.lower()))
        if not rules.government_titles.isdisjoint(words) and rules.home_bodies.isdisjoint(words):
            return True
    return False


def _state_head(roles: list[str], side: str, story: Story) -> bool:
    """Whether a country's person is its head: every role a head's title with nothing but
    the country's name beside it ("President", "Polish leader"). A firm's president, or one
    also "chief executive", is not."""
    rules = story.rules
    if not roles or side not in rules.countries:
        return False
    for role in roles:
        words = role.split()
        rest = " ".join(w for w in words if w.lower() not in rules.state_heads
                        and w.lower() not in rules.words.determiners
                        and w.lower() not in rules.words.joiners)
        if len(rest.split()) == len(words):
            return False  # no head's title
        hits = story.sides.find(rest) if rest else []
        if rest and not (len(hits) == 1 and hits[0].side == side
                         and (hits[0].start, hits[0].end) == (0, len(rest))):
            return False
    return True


def _state_body(roles: list[str], rules: Rules) -> bool:
    """Whether a role names a state body in capitals ("head of the National Merchant Marine
    Authority"): its last word one of ``state_body_heads``."""
    return any(run.group().split()[-1] in rules.state_body_heads and " " in run.group()
               for role in roles for run in rules.patterns.body.finditer(role))


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


def _at_home(side: str, main: list[str], rules: Rules, sides: SideFinder) -> bool:
    """Whether a country's official acts in a dispute at home: the article's main parties
    are a union or employers (or a firm named with the country first: "Canada Post") and no
    other country ("Labour Minister X" in a port strike is the government, not the country)."""
    return side not in rules.generic_sides and any(m in rules.home_parties for m in main) \
        and all(m in (side, *rules.home_parties) or sides.country_of_firm(m) for m in main)


def _former(role: str, rules: Rules) -> bool:
    """Whether a role is one held no more ("former chancellor", "ex-minister")."""
    words = _ROLE_WORD.findall(role.lower())
    return any(w in rules.former for w in words) or (bool(words)
                                                      and words[0] in rules.former_first)


_ROLE_WORD = re.compile(r"[a-z]+")


def side_within(name: str, lexicon: Lexicon, sides: SideFinder) -> str | None:
    """The side a body acting within it belongs to, as named on the day ``sides`` is set to
    ("House Agriculture Committee", "Reagan administration": the United States)."""
    side = participant_rules(lexicon).within(name)
    return sides.as_named(side) if side is not None else None


def side_parents(briefing: Briefing, lexicon: Lexicon, sides: SideFinder) -> dict[str, str]:
    """Each body its items name as a side, with the side it acts within (``side_within``),
    as named on the briefing's as-of date."""
    labels = {p.side for p in briefing.participants if p.side}
    labels |= {s for item in [*briefing.agreed, *briefing.disputes] for s in (item.by, item.to)
               if s}
    sides.on(briefing.as_of)
    parents = {label: side_within(label, lexicon, sides) for label in sorted(labels)}
    return {label: parent for label, parent in parents.items() if parent and parent != label}


def _mentions(sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder,
              known: Callable[[str], bool] | None = None) -> list[Mention]:
    """Every mention of a candidate person; a role said of "the chairman of X" just before a
    bare ``NAME said`` is that person's."""
    rules = participant_rules(lexicon)
    mentions: list[Mention] = []
    outsiders: list[tuple[str, ...]] = []
    pending: tuple[str, Sentence] | None = None  # "..., the chairman of X, said." then "Y said"
    for sent in sentences:
        found = mentions_in(sent, rules, sides, known, outsiders)
        if pending:
            for m in found:
                if not m.roles and m.speaks:
                    m.roles.append(pending[0])
                    m.context.append((pending[1], 0, 0))  # its subject is their side
                    break
        role = "" if found else anaphoric_role(sent.text, rules)
        pending = (role, sent) if role else None
        mentions.extend(found)
    # An analyst named in full once is one whenever the article names them by surname alone
    # ("said William O'Neill, director of futures research at Elders", then "O'Neill said"),
    # and a name in an analyst's role is their firm's ("Lewis of Phillips and Drew said").
    firms = firms_named(sentences, lexicon) if mentions else set()
    return [m for m in mentions if (m.roles or not (any(
        len(o) > len(m.tokens) and contains_run(o, m.tokens) for o in outsiders)
        or _by_firm(m.tokens, outsiders)))
        and not any(f[:len(m.tokens)] == m.tokens for f in firms)]


def _by_firm(tokens: tuple[str, ...], outsiders: list[tuple[str, ...]]) -> bool:
    """Whether a name is an outsider's surname after words of the outsiders' names and firms
    ("Elders' O'Neill said" for William O'Neill, an analyst with Elders Futures)."""
    if len(tokens) < 2 or not any(o and o[-1] == tokens[-1] for o in outsiders):
        return False
    words = {w for o in outsiders for w in o}
    return all(t.rstrip("'’") in words for t in tokens[:-1])


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
