"""Merging people: the same person across articles is one participant."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from briefing.core.merge.names import body_of
from briefing.language.lexicon import packaged_section
from briefing.model import SIDE_BASES, Participant

# An article's say on a person's side weighs by what decided it there: a role or an office
# outweighs any number of guesses from the sides named around the person.
_WEIGHT = {basis: 2.0 ** (2 * (len(SIDE_BASES) - i)) for i, basis in enumerate(SIDE_BASES)}


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """A person's name folded for comparison: no case, accents or punctuation but a hyphen;
    a one-letter prefix joined to its name ("O'Rourke" is one word, as "Sinead O'Rourke"
    ends in it)."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name.replace("’", "'"))
        name = "".join(c for c in name if not unicodedata.combining(c))
    name = _LETTER_PREFIX.sub(r"\1", name.lower())
    return tuple("".join(c if c.isalnum() or c == "-" else " " for c in name).split())


_LETTER_PREFIX = re.compile(r"\b([a-z])'(?=[a-z])")  # "o'rourke", "d'amato"


_NICKNAMES = {str(k).lower(): str(v).lower()
              for k, v in (packaged_section("roles").get("nicknames") or {}).items()}
_PARTICLES = frozenset(str(w).lower() for w in packaged_section("roles").get("particles") or [])
_GIVEN_PARTICLES = frozenset(str(w) for w in packaged_section("roles").get(
    "particles_as_given_names") or [])
SPELLED_APART = 5  # letters a given name has at least to be taken as another's misspelling


def _one_person(key: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    """A full name as one person has it however written: the given name for its nickname
    ("bob": "robert"), the middle names, the middle initials, the surname."""
    first = _NICKNAMES.get(key[0], key[0])
    middle = tuple(w for w in key[1:-1] if len(w) > 1)
    initials = tuple(w for w in key[1:-1] if len(w) == 1)
    return first, middle, initials, key[-1]


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two given names differ by one letter added, dropped, changed or two swapped
    ("Jaime" and "Jamie", "Gerard" and "Gerrard"), both long enough to be a misspelling and
    starting alike."""
    if min(len(a), len(b)) < SPELLED_APART or a[0] != b[0] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class _Spellings:
    """The full names seen so far, each person's under the first way it was written."""

    def __init__(self) -> None:
        self.spelled: dict[str, tuple[str, ...]] = {}  # a name without hyphens and spaces
        # Each surname's people (as ``spelled`` has them) with the ways each was written
        # (given name, middle names, initials) and the side it was first seen acting for.
        self.given: dict[str, list[tuple[str, list[tuple[str, tuple[str, ...],
                                                          tuple[str, ...]]], str | None]]] = {}
        self.surnames: dict[str, set[str]] = {}  # each given name's surnames
        self.role_words: dict[str, set[str]] = {}  # each person's words of their roles

    def owner(self, key: tuple[str, ...], side: str | None = None,
              roles: list[str] | None = None) -> tuple[str, ...]:
        """The key of the person a full name is: "Lee Jae-myung" and "Lee Jae Myung" are one
        person, spelled two ways; so are "Bob Dole" and "Robert Dole", "John D. Dingell" and
        "John Dingell", "Jaime" and "Jamie Ongpin" (not "George H.W." and "George W. Bush")."""
        first, middle, initials, last = way = _one_person(key)
        written = "".join((first, *middle, *initials, last)).replace("-", "")
        if written not in self.spelled:
            # One person, when every way it was written agrees with this one (not "George W."
            # after "George Bush" and "George H.W. Bush"; a misspelling only of one side's
            # people: not "Maria Lopez" of Mexico and "Mario Lopez" of the US).
            near = next(((w, ways) for w, ways, s in self.given.get(last, ())
                         if all(_alike(way[:3], other, not side or not s or side == s)
                                for other in ways)), None) or self._misspelled(way, side,
                                                                              _words_of(roles))
            if near is not None:
                written, ways = near
                ways.append(way[:3])
            else:
                self.given.setdefault(last, []).append((written, [way[:3]], side))
                self.surnames.setdefault(first, set()).add(last)
        self.role_words.setdefault(written, set()).update(_words_of(roles))
        return self.spelled.setdefault(written, key)

    def _misspelled(self, way: tuple[str, tuple[str, ...], tuple[str, ...], str],
                    side: str | None, roles: set[str]
                    ) -> tuple[str, list[tuple[str, tuple[str, ...], tuple[str, ...]]]] | None:
        """The person whose surname this one misspells by a letter, written every time with
        this given name and middle names, of the same side, in a role alike if both have one
        ("Roy Denmam" of a wire's typo for Roy Denman; not "Dick Johnston", of no side yet,
        for Richard Johnson, nor the Commerce official James Barker for James Baker)."""
        for last in sorted(self.surnames.get(way[0], ())):
            if _one_letter_apart(way[3], last):
                for w, ways, s in self.given[last]:
                    theirs = self.role_words.get(w, set())
                    if side and side == s and (not roles or not theirs or roles & theirs) \
                            and all(o[0] == way[0] and o[1] == way[1] for o in ways):
                        return w, ways
        return None


def _words_of(roles: list[str] | None) -> set[str]:
    """The longer words of a person's roles, lower-cased: what two roles alike share."""
    return {w for role in roles or [] for w in re.findall(r"[a-z]{4,}", role.lower())}


def _alike(a: tuple[str, tuple[str, ...], tuple[str, ...]],
           b: tuple[str, tuple[str, ...], tuple[str, ...]], same_side: bool) -> bool:
    """Whether two ways of writing a name (given name, middle names, initials) can be one
    person's: the same middle names, initials alike or only in one, the same given name (or
    nickname), or, for one side's people, a given name one letter apart."""
    return a[1] == b[1] and (a[2] == b[2] or not a[2] or not b[2]) and (
        a[0] == b[0] or (same_side and _one_letter_apart(a[0], b[0])))


def _bare(key: tuple[str, ...], name: str) -> bool:
    """Whether a name is a surname alone: one word, or name particles and one ("El Fassi",
    "van Horick"; not "Al Evans", whose particle is a given name as written)."""
    return len(key) == 1 or (all(w in _PARTICLES for w in key[:-1])
                             and name.split()[0] not in _GIVEN_PARTICLES)


def _name_ends(named: list[tuple[tuple[str, ...], str | None]]
               ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Names of two words or more that end exactly one longer name of the same side (or of
    no known side), mapped to it: a double surname written without the given name
    ("Budliger Artieda" is Helene Budliger Artieda, "Lula da Silva" Luiz Inacio Lula da
    Silva; not Mexico's Carlos Martinez and Colombia's Juan Carlos Martinez)."""
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    sides: dict[tuple[str, ...], set[str]] = {}
    for key, side in named:
        if side:
            sides.setdefault(key, set()).add(side)
        for n in range(2, len(key)):
            longer.setdefault(key[-n:], set()).add(key)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in {k for k, _side in named}:
        owners = longer.get(key, set())
        if len(owners) == 1:
            owner = next(iter(owners))
            mine, theirs = sides.get(key, set()), sides.get(owner, set())
            if not mine or not theirs or mine & theirs:
                out[key] = owner
    return out


def merge_participants(groups: list[list[Participant]],
                       article_dates: dict[str, dt.date | None] | None = None,
                       joined: dict[str, tuple[Participant, bool]] | None = None
                       ) -> list[Participant]:
    """The same person across articles is one participant; a bare surname joins a full name.

    With ``article_dates``, each person gets the first and last date they were seen; with
    ``joined``, each bare surname that joined a full name maps to that person, and whether
    its article gave it no role (``provisional``).
    """
    merged: dict[tuple[str, ...], Participant] = {}
    sides: dict[tuple[str, ...], _Votes] = {}
    pending: list[Participant] = []
    latest: dict[tuple[str, ...], dt.date] = {}  # each person's latest article's date

    def fold(key: tuple[str, ...], person: Participant) -> None:
        day = (article_dates or {}).get(person.evidence[0].article_id) if person.evidence \
            else None
        newest = day is not None and (key not in latest or day > latest[key])
        _fold_into(merged, sides, key, person, newest)
        if newest and day is not None:
            latest[key] = day
    spellings = _Spellings()
    full: list[tuple[tuple[str, ...], Participant]] = []
    for group in groups:
        for person in group:
            key = name_key(person.name)
            if _bare(key, person.name):
                pending.append(person)
                continue
            full.append((spellings.owner(key, person.side, person.roles), person))
    ends = _name_ends([(key, person.side) for key, person in full])
    # each person's ways of writing their name, with their articles and mentions
    written: dict[tuple[str, ...], dict[str, tuple[int, int]]] = {}
    for key, person in full:
        fold(ends.get(key, key), person)
        if key not in ends:  # (a name's end, "Lula da Silva", is no way of writing it whole)
            ways = written.setdefault(key, {})
            seen = ways.get(person.name, (0, 0))
            ways[person.name] = (seen[0] + 1, seen[1] + person.mentions)
    by_surname, by_inner = _surnames(merged)
    _spelled_most(merged, written, by_surname, joined)
    spans: dict[tuple[str, ...], tuple[dt.date, dt.date] | None] = {}  # each owner's, once
    for person in pending:
        surname = name_key(person.name)[-1]
        mine = _span(person, article_dates)
        owners = []
        for k in by_surname.get(surname) or by_inner.get(surname, []):
            if k not in spans:
                spans[k] = _span(merged[k], article_dates)
            if _close(mine, spans[k]):
                owners.append(k)
        if len(owners) != 1 and person.provisional:
            continue  # a bare surname no article names in full
        fold(owners[0] if len(owners) == 1 else name_key(person.name), person)
        if joined is not None and len(owners) == 1:
            joined[person.name] = (merged[owners[0]], person.provisional)
    _settle(merged, sides, article_dates)
    return list(merged.values())


def _spelled_most(merged: dict[tuple[str, ...], Participant],
                  written: dict[tuple[str, ...], dict[str, tuple[int, int]]],
                  by_surname: dict[str, list[tuple[str, ...]]],
                  joined: dict[str, tuple[Participant, bool]] | None) -> None:
    """A person whose surname was written two ways (a typo: "Roy Denmam") is named as most
    articles had it, then most mentions, then first; a bare surname as any way had it joins
    them, and so does a speaker as another way wrote them (in ``joined``)."""
    for key, ways in written.items():
        surnames: dict[str, tuple[int, int]] = {}  # articles and mentions of each surname
        for name, (articles, mentions) in ways.items():
            had = surnames.get(last := name_key(name)[-1], (0, 0))
            surnames[last] = (had[0] + articles, had[1] + mentions)
        if len(surnames) > 1:
            most = max(surnames, key=surnames.__getitem__)
            merged[key].name = next(n for n in ways if name_key(n)[-1] == most)
            for last in surnames:
                if key not in by_surname.setdefault(last, []):
                    by_surname[last].append(key)
            if joined is not None:
                joined.update((name, (merged[key], False)) for name in ways
                              if name != merged[key].name)


def _surnames(merged: dict[tuple[str, ...], Participant]
              ) -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """Each full name by its last word, and by each word between its first and last but a
    particle: the name a bare word may be of ("Lula" of Luiz Inacio Lula da Silva, when no
    full name ends in it)."""
    by_surname: dict[str, list[tuple[str, ...]]] = {}
    by_inner: dict[str, list[tuple[str, ...]]] = {}
    for key in merged:
        by_surname.setdefault(key[-1], []).append(key)
        for word in set(key[1:-1]):
            if len(word) > 2 and word not in _PARTICLES:
                by_inner.setdefault(word, []).append(key)
    return by_surname, by_inner


def _settle(merged: dict[tuple[str, ...], Participant], sides: dict[tuple[str, ...], _Votes],
            article_dates: dict[str, dt.date | None] | None) -> None:
    """Each person's side, the strongest evidence's (the others kept), and first and last
    dates seen."""
    for key, person in merged.items():
        votes = sides[key]
        if votes.weight:
            best = _body_over_bloc(max(votes.weight, key=lambda side: (
                votes.weight[side], votes.articles[side])), votes)
            person.side, person.side_basis = best or None, votes.basis[best]
            person.other_sides = [(side, n) for side, n in votes.articles.most_common()
                                  if side != best and side]
        if article_dates:
            seen = sorted(d for e in person.evidence if (d := article_dates.get(e.article_id)))
            person.first_seen, person.last_seen = (seen[0], seen[-1]) if seen else (None, None)


def _body_over_bloc(best: str, votes: _Votes) -> str:
    """A bloc named by its kind ("union's president": Unions) is the body of that kind the
    articles give the person most ("SAG-AFTRA's chief negotiator"); not one a single article
    guessed from around the person (two articles, or a role or title that names it)."""
    bodies = sorted((side for side in votes.weight if side and body_of(best, side)),
                    key=lambda side: (-votes.articles[side], side))
    if bodies and (len(bodies) == 1 or votes.articles[bodies[0]] > votes.articles[bodies[1]]) \
            and (votes.articles[bodies[0]] > 1 or votes.basis[bodies[0]] in SIDE_BASES[:3]):
        return bodies[0]
    return best


SURNAME_YEARS = 10  # a bare surname joins a full name seen at most this long before or after


def _span(person: Participant, article_dates: dict[str, dt.date | None] | None
          ) -> tuple[dt.date, dt.date] | None:
    """The first and last dates of a person's articles, if any are known."""
    seen = [d for e in person.evidence if (d := (article_dates or {}).get(e.article_id))]
    return (min(seen), max(seen)) if seen else None


def _close(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    """Whether a bare surname's articles and a full name's are close enough in time to be
    one person's (a 1987 "Reynolds" is not 2025's Jonathan Reynolds); with no dates, yes."""
    if a is None or b is None:
        return True
    return max((a[0] - b[1]).days, (b[0] - a[1]).days) <= SURNAME_YEARS * 366


@dataclass(slots=True)
class _Votes:
    """What the articles said of one person's side: weight, articles and best basis per side."""

    weight: dict[str, float] = field(default_factory=dict)
    articles: Counter[str] = field(default_factory=Counter)
    basis: dict[str, str] = field(default_factory=dict)

    def add(self, side: str, basis: str) -> None:
        self.weight[side] = self.weight.get(side, 0.0) + _WEIGHT.get(basis, 1.0)
        self.articles[side] += 1
        known = self.basis.get(side)
        if known is None or _WEIGHT.get(basis, 1.0) > _WEIGHT.get(known, 1.0):
            self.basis[side] = basis


def _fold_into(merged: dict[tuple[str, ...], Participant], sides: dict[tuple[str, ...], _Votes],
               key: tuple[str, ...], person: Participant, newest: bool = False) -> None:
    """Add one article's person to the merged one; ``newest``: its article is the latest
    yet, so its roles come first (the role a row shows is the person's current one: not
    "President-elect" a year into a presidency)."""
    votes = sides.setdefault(key, _Votes())
    if person.side or person.side_basis:  # (no side by a role: a mediator's, a vote for none)
        votes.add(person.side or "", person.side_basis)
    if key not in merged:
        merged[key] = Participant(person.name, person.side, list(person.roles), person.mentions,
                                  list(person.evidence), provisional=person.provisional,
                                  side_basis=person.side_basis)
        return
    if merged[key].provisional and not person.provisional:
        merged[key].name, merged[key].provisional = person.name, False
    into = merged[key]
    if newest and person.roles:
        into.roles[:] = [*person.roles, *(r for r in into.roles if r not in person.roles)]
    else:
        into.roles.extend(r for r in person.roles if r not in into.roles)
    into.mentions += person.mentions
    into.evidence.extend(person.evidence)
