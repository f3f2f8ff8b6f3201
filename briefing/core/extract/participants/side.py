"""A person's side: from the role, else the office they hold on the article's date, else a
title that implies a country, else the sides named around the person's mentions.

Place words are not affiliation: a side named in the dateline ("TOKYO, March 3 -"), as a
destination or a venue ("arrived in Washington", "met ... at the White House") or as what a
person acts on ("tariffs on Japanese cars") casts no vote. A title a side never uses (the
United States has no ministers) rules that side out.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.core.extract.participants.bodies import (
    bloc_body_in_roles,
    body_in_roles,
    whole_body,
)
from briefing.core.extract.participants.counterparts import (
    counterpart,
    own_sides,
    placed,
    sent_to,
    words_before,
)
from briefing.core.extract.participants.firms import (
    acting_firm,
    firm_after_title,
    without_tickers,
)
from briefing.core.extract.participants.owners import (
    named_for_its_kind,
    one_body_named,
    sides_after_owner,
)
from briefing.core.extract.participants.people import Person
from briefing.core.extract.participants.roles import title_in, without_possessive
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.participants.short_names import body_named_short
from briefing.core.extract.participants.titles import country_title, held_by_another
from briefing.core.extract.sides import SideFinder, SideMention
from briefing.language.offices import OfficeTable
from briefing.model import Sentence
from briefing.text.phrases import contains_run, tokens
from briefing.text.sentences import dateline_end

_ORG_TOKEN = re.compile(r"\b([A-Z]{2,6}(?:-[A-Z][A-Za-z]+)?|[A-Z][a-z]+-[A-Z][a-z]+)\b")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]{2,})\b")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def side_of(person: Person, mentioned: list[Sentence], rules: Rules, sides: SideFinder,
            offices: OfficeTable | None = None, on: date | None = None,
            article: list[Sentence] | None = None) -> tuple[str | None, str]:
    """Role first, then the office held, then a title's country, then the sides around; with
    what decided it (``model.SIDE_BASES``), which the merge weighs when articles disagree. A
    firm's national arm is the firm ("GM Canada": GM)."""
    side, basis = _side_of(person, mentioned, rules, sides, offices, on, article)
    return (sides.firm_of(side) if side else side), basis


def _side_of(person: Person, mentioned: list[Sentence], rules: Rules, sides: SideFinder,
             offices: OfficeTable | None, on: date | None,
             article: list[Sentence] | None) -> tuple[str | None, str]:
    if rules.forum_chairs is not None:
        forum = rules.forum_chairs.chaired(person.roles, sides, article or mentioned,
                                           rules.title_word)
        if forum:
            return forum, "role"
    firm = firm_after_title(person.roles, rules, sides, article or mentioned)
    # "head of Zelenskiy's office": a holder of an office, whose side the staff act for (a
    # possessive only: "president of Ford" is the firm's, whatever Ontario's premier is called)
    held = {m.side for m in offices.by_name(firm, on)} if firm and offices and on and any(
        f"{firm}'s" in r or f"{firm}’s" in r for r in person.roles) else set()
    if len(held) == 1:
        holder = held.pop()
        return sides.first(holder) or holder, "role"
    if firm and not held:
        return firm, "role"
    owner = acting_firm(person.roles, rules, sides, article or mentioned)
    if owner and sides_after_owner(person.roles, owner, sides, rules):
        return owner, "role"  # "Bristol Myers Squibb's head of U.S. market access": the firm's
    side = _side_named_in_roles(person.roles, rules, sides)
    if side and side not in sides_ruled_out(person.roles, rules):  # not a minister's "Unions"
        # A generic party ("Unions") gives way to the body the role names ("official of the
        # National Merchant Marine Union").
        heads = rules.generic_sides.get(side)
        named = (body_in_roles(person.roles, rules, heads)
                 or one_body_named(article or mentioned, rules, heads, person.roles)
                 ) if heads else None
        return (named and whole_body(named, sides)) or side, "role"
    side = _region_in_roles(person.roles, rules)
    if side:
        return sides.first(side) or side, "role"
    if offices is not None and on is not None:
        side = _side_in_office(person, sides, offices, on)
        if side:
            return side, "office"
    side = _side_implied_by_roles(person.roles, rules)
    if side and _of_anothers_party(person, side, rules):
        side = None  # "Senator X of the opposition PAN": not the senator title's country
    if side:
        side = held_by_another(person.name, person.roles, rules, offices, on,
                               lambda: sides.ranked([s.text for s in article or mentioned])
                               ) or side
    if side:
        side = sides.first(side) or sides.as_named(side)
        # One country's title ("Commerce Secretary") in a story that never names that country
        # but titles another's officials ("Bangladesh Commerce Minister") is the other's.
        if side in rules.countries:  # a title's country, not an organisation's initials
            side = _titled_instead(side, article or mentioned, rules, sides) or side
        return side, "title"
    return _side_of_a_body(person, mentioned, rules, sides, article or mentioned, owner)


def _side_of_a_body(person: Person, mentioned: list[Sentence], rules: Rules,
                    sides: SideFinder, article: list[Sentence], firm: str | None
                    ) -> tuple[str | None, str]:
    """With no side, office or title of a country: a body or firm the roles name (``firm``:
    the one named before a title, ``acting_firm``), else the sides around."""
    side = body_named_short(person.roles, article, rules, sides)
    if side:
        return side, "role"
    if firm:
        return firm, "title"
    side = bloc_body_in_roles(person.roles, rules, sides)  # "president of Unifor"
    if side:
        return side, "role"
    side = named_for_its_kind(person.roles, rules, article)
    if side:
        return whole_body(side, sides), "role"  # "the university's chief operating officer"
    return _side_around(person, mentioned, rules, sides, places=False)


_OF_THE = re.compile(r",?\s+of\s+the\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def _of_anothers_party(person: Person, country: str, rules: Rules) -> bool:
    """Whether a mention names the person a member of a party (``party_words`` in the words
    after "of the") that is none of ``country``'s own (``title_parties``)."""
    own = rules.title_parties.get(country, frozenset())
    for sentence, _start, end in person.spans:
        after = _OF_THE.match(sentence.text, end)
        if after is None:
            continue
        words = {w.lower() for w in after.group(1).split()}
        if not rules.party_words.isdisjoint(words) and own.isdisjoint(words):
            return True
    return False


def _titled_instead(side: str, sentences: list[Sentence], rules: Rules,
                    sides: SideFinder) -> str | None:
    """The country the story names most, when it never names ``side`` and puts that
    country's name before a title ("Bangladesh Commerce Minister"); else None."""
    titled: set[str] = set()
    for sentence in sentences:
        text = sentence.text
        for hit in sides.find(text):
            if hit.side == side:
                return None
            if hit.side in rules.countries and _title_follows(text, hit.end, rules):
                titled.add(hit.side)
    if not titled:
        return None
    most = next((s for s in sides.ranked([s.text for s in sentences]) if s in rules.countries),
                None)  # not "former Philippine President Marcos" in a Swiss story
    return most if most in titled else None


_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,4}")


def _title_follows(text: str, at: int, rules: Rules) -> bool:
    """Whether capitalised words right after ``at`` hold a title ("Commerce Minister")."""
    run = _CAPITALISED_AFTER.match(text, at)
    return run is not None and any(rules.title_word(w) for w in run.group().split())


def _side_around(person: Person, mentioned: list[Sentence], rules: Rules, sides: SideFinder,
                 places: bool, among: list[str] | None = None) -> tuple[str | None, str]:
    """The side named around the person's mentions: as affiliations, or (``places``) only
    as places; with ``among``, only those sides count."""
    never = sides_ruled_out(person.roles, rules, sides) | rules.words.venues

    def counts(side: str) -> bool:
        return side not in never and (among is None or side in among)

    basis = "place" if places else "around"
    votes = {side: v for side, v in _votes(person, rules, sides, places).items() if counts(side)}
    if votes:
        return max(votes, key=votes.__getitem__), basis  # the first of the closest
    for sentence in mentioned:
        for hit in _affiliations(sentence, rules, sides, places):
            if counts(hit.side):
                return hit.side, basis
    return None, ""


def side_by_place(person: Person, mentioned: list[Sentence], rules: Rules,
                  sides: SideFinder, among: list[str]) -> tuple[str | None, str]:
    """A side named as a place around the person ("said at a briefing in Hanoi"), if it is
    one of ``among`` (the article's own sides): a venue elsewhere names no one's side."""
    return _side_around(person, mentioned, rules, sides, places=True, among=among)


def _side_named_in_roles(roles: list[str], rules: Rules, sides: SideFinder) -> str | None:
    """The first side the roles name, not as a counterpart ("officials handling the talks
    with Tokyo") or a destination; a bloc over its own member when both are named ("Nigerian
    oil minister" and "OPEC president": a bloc's officer speaks for the bloc)."""
    named = [hits[0].side for role in roles if (hits := own_sides(role, rules, sides))]
    if not named:
        return None
    for side in named:
        bloc = sides.bloc_of(side, named)
        if bloc is not None:
            return bloc
    return named[0]


def _region_in_roles(roles: list[str], rules: Rules) -> str | None:
    """The country of a state or province (``regions``) whose official a role names before
    the title, with ``region_office_words`` at most between ("Texas Agriculture
    Commissioner", "Ontario Premier"; not "Texas Air chairman")."""
    for role in roles:
        words = without_tickers(role).split()
        at = title_in(words, rules)
        if not at:
            continue
        before = [without_possessive(w).strip(".,") for w in words[:at]]
        for n in range(min(3, len(before)), 0, -1):
            country = rules.regions.get(" ".join(before[:n]))
            if country and all(w.lower() in rules.region_office_words for w in before[n:]):
                return country
    return None


def _side_in_office(person: Person, sides: SideFinder, offices: OfficeTable,
                    on: date) -> str | None:
    """The side of the office the person holds that day, when the name is one holder's."""
    found = {m.side for m in offices.by_name(person.name, on)}
    if len(found) != 1:
        return None
    side = found.pop()
    return sides.first(side) or side


def _side_implied_by_roles(roles: list[str], rules: Rules) -> str | None:
    """An organisation's initials in a role, or a title that names one country's office."""
    for role in roles:
        bare = without_tickers(role)
        org = _ORG_TOKEN.search(bare)
        if org and counterpart(bare, org.start(1), rules):
            continue  # "minister responsible for relations with the EU"
        if (org and org.group(1) not in rules.not_bodies and org.group(1) not in rules.company_suffixes
                and not rules.title_word(org.group(1))):  # "Vice-President" is a title
            # The initials with the name's next word ("IG Metall chairman"), when a title or
            # nothing follows it: "LDP Policy Research Council chairman" is the LDP's.
            after = _NEXT_WORD.match(bare, org.end())
            rest = bare[after.end():].split(maxsplit=1) if after else []
            if (after and not rules.title_word(after.group(1)) and after.group(1) not in rules.blocked
                    and (not rest or rules.title_word(rest[0]) or not rest[0][:1].isalpha())):
                # (with its number: "UFCW Local 7", "IAM District 751" are one local each)
                number = rest[0].rstrip(",.;:") if rest else ""
                return " ".join([org.group(1), after.group(1), *([number] if number.isdigit()
                                                                 else [])])
            return org.group(1)
    found = country_title(roles, rules)
    return found[1] if found else None


def sides_ruled_out(roles: list[str], rules: Rules, sides: SideFinder | None = None
                    ) -> frozenset[str]:
    """The sides whose people never hold a title the roles give ("Vice Minister of ..."),
    and (with ``sides``) those an envoy is sent to ("special envoy to the United States")."""
    out: set[str] = set()
    for role in roles:
        if sides is not None:
            out.update(h.side for h in sides.find(role) if sent_to(role, h.start, rules))
        words = tuple(rules.title_word(w) or without_possessive(w).lower() for w in role.split())
        for title, never in rules.title_not_sides.items():
            if contains_run(words, title):
                out |= never
    return frozenset(out)


def travels_to(person: Person, mentioned: list[Sentence], rules: Rules,
               sides: SideFinder) -> frozenset[str]:
    """The sides a person is said to go to ("X will visit Mumbai", "X flew to Tokyo"): a
    visitor's side is another (``travel_words`` in roles.yaml)."""
    out: set[str] = set()
    surname = person.tokens[-1]
    for sentence in mentioned:
        text = sentence.text
        at = text.find(surname)
        if at < 0:
            continue
        for hit in sides.find(text):
            if hit.start < at:
                continue  # named before the person: not where they go
            before = words_before(text, hit.start, rules)
            if before and (before[-1].lower() in rules.travel_words or (
                    len(before) > 1 and before[-2].lower() in rules.travel_words
                    and (before[-1].lower() in rules.not_for
                         or before[-1].lower() in rules.place_words))):
                out.add(hit.side)
    return frozenset(out)


def _votes(person: Person, rules: Rules, sides: SideFinder, places: bool) -> dict[str, float]:
    """The sides named around the person's mentions, closer ones weighing more: those that
    may be affiliations, or (``places``) those named as places."""
    votes: dict[str, float] = {}
    for sentence, start, end in person.spans:
        for hit in _affiliations(sentence, rules, sides, places):
            gap = start - hit.end if hit.end <= start else hit.start - end
            votes[hit.side] = votes.get(hit.side, 0) + 1.0 / (1 + max(gap, 0) / 30)
    return votes


def _affiliations(sentence: Sentence, rules: Rules, sides: SideFinder,
                  places: bool = False) -> list[SideMention]:
    """The sides a sentence names that may be whom someone acts for: not what they say
    (quotations), not the dateline, not a place or a target (or, with ``places``, only
    those named as places)."""
    text = sentence.text
    quoted = _quoted_spans(text)
    proper = dateline_end(text, sentence.index)
    return [hit for hit in sides.find(text)
            if not any(a <= hit.start < b for a, b in quoted)
            and hit.end > proper
            and not _names_a_company(text, hit.end, rules)
            and not sides.by_kind(text, hit)
            and placed(text, hit.start, rules) == places]


_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][\w'’&-]*){1,3}")


def _names_a_company(text: str, end: int, rules: Rules) -> bool:
    """Whether the side named up to ``end`` opens a company's name ("the British
    Broadcasting Corporation"): a firm of that country, whom no one else acts for."""
    run = _CAPITALISED_RUN.match(text, end)
    return run is not None and run.group().split()[-1] in rules.company_suffixes


def side_in_own_words(person: Person, rules: Rules, sides: SideFinder,
                      never: frozenset[str] | set[str]) -> str | None:
    """The one side a person's own quotations name as their own, in the first person ('"This
    number does not reflect our capacity, and Kazakhstan cannot accept it," Energy Minister X
    said'), when their title names no country; none when they name two."""
    named: set[str] = set()
    for sentence, _start, _end in person.spans:
        text = sentence.text
        for lo, hi in _quoted_spans(text):
            if not rules.words.first_person.isdisjoint(tokens(text[lo:hi]).lows):
                named |= {h.side for h in sides.find(text[lo:hi]) if h.side not in never}
    return named.pop() if len(named) == 1 else None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    if text.count('"') % 2 == 1 and not text.lstrip().startswith('"'):
        # An odd quote: the sentence continues a quotation opened before it, which its first
        # quote mark closes ('It is debt," said X of Malawi'); quotations open after it.
        close = text.find('"') + 1
        return [(0, close - 1), *((close + m.start(), close + m.end())
                                  for m in _QUOTED.finditer(text[close:]))]
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
