"""One name per party across articles: a body's initials and its full name ("CUPW", "Canadian
Union of Postal Workers") are one side, and within one negotiation a bloc's word ("the union":
Unions) is the one body of that bloc its articles name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from briefing.core.extract.sides import NOT_SIDE_TABLES
from briefing.language.lexicon import packaged_section
from briefing.model import DateItem, Evidence, Participant, Statement

_SIDES = packaged_section("sides")
# Every side sides.yaml names (countries, blocs, bodies): none is a body of a bloc's kind
# ("Soviet Union", "European Union" hold the unions' word).
_KNOWN = frozenset(str(name) for key, table in _SIDES.items() if isinstance(table, dict)
                   and key not in NOT_SIDE_TABLES for name in table)
# A bloc's kind of body, by a word of its name (one_body_blocs), of three words or more
# ("Western Union" is a firm), none of ``union_name_not`` ("Economic and Monetary Union").
_BLOC_WORDS = {str(bloc): frozenset(str(w) for w in words or [])
               for bloc, words in (_SIDES.get("one_body_blocs") or {}).items()}
_NOT_BODIES = frozenset(str(w) for w in _SIDES.get("union_name_not") or [])
# ... or a body known by a name without those words ("SAG-AFTRA"): bodies_of_blocs.
_BODIES = {str(bloc): frozenset(str(n) for n in names or [])
           for bloc, names in (_SIDES.get("bodies_of_blocs") or {}).items()}
BODY_WORDS = 3
# A company's legal form ("CK Hutchison Holdings" and "CK Hutchison" are one firm; not "Bain
# Capital" and Bain, nor "Wall Street Journal" and Wall Street).
_SUFFIXES = frozenset(str(w) for w in packaged_section("roles").get("legal_forms") or [])
INITIALS_MAX = 10


def initials(name: str) -> str:
    """The capitalised words' first letters of a name ("Canadian Union of Postal Workers":
    CUPW; "Screen Actors Guild-American Federation of ...": SAGAF...)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _acronym(name: str) -> str | None:
    """A name written as initials ("CUPW", "SAG-AFTRA"), without its hyphens."""
    bare = name.replace("-", "").replace("&", "")
    return bare if " " not in name and 1 < len(bare) <= INITIALS_MAX and bare.isupper() \
        and bare.isalpha() else None


def party_names(counts: Counter[str], one_negotiation: bool,
                first: dict[str, int] | None = None) -> dict[str, str]:
    """The name each party goes by (those renamed only): a firm's without its suffix when
    it is written so too; within one negotiation, of a full name and its initials the one
    written more often (the initials at a tie), and a bloc named beside exactly one body of
    its kind becomes that body, unless the body is ``first`` named in a later article than
    the bloc (a report names its union, then says "the union": one named only in the last
    articles is not "the union" of the first)."""
    first = first or {}
    renames: dict[str, str] = {}
    for name in counts:
        parts = name.split()
        while len(parts) > 1 and parts[-1] in _SUFFIXES:
            parts.pop()
        if len(parts) < len(name.split()) and " ".join(parts) in counts:
            renames[name] = " ".join(parts)  # "CK Hutchison Holdings": CK Hutchison
    if not one_negotiation:
        return renames  # in a folder of many stories, "CP" may be another body's initials
    acronyms = {a: name for name in counts if (a := _acronym(name))}
    spelled = Counter(initials(name) for name in counts if " " in name)
    for name in counts:
        short = acronyms.get(initials(name)) if " " in name else None
        if short is not None and spelled[short] == 1 and short not in renames \
                and name not in renames:  # (two names with those initials: neither)
            keep, drop = (name, short) if counts[name] > counts[short] else (short, name)
            renames[drop] = keep
    for bloc in _BLOC_WORDS:
        members = {_final(renames, n) for n in counts if body_of(bloc, n)}
        if bloc in counts and len(members) == 1:
            body = members.pop()
            if first.get(body, 0) <= first.get(bloc, 0):
                renames[bloc] = body
    return {name: _final(renames, name) for name in renames}


def body_of(bloc: str, name: str) -> bool:
    """Whether a side's name is one body of a bloc's kind ("SAG-AFTRA", "Canadian Union of
    Postal Workers" of Unions): one of ``bodies_of_blocs``, or a name of three words or more
    that holds a word of the kind (``one_body_blocs``) and is no side of sides.yaml's."""
    words = name.split()
    return name in _BODIES.get(bloc, frozenset()) or (
        name not in _KNOWN and len(words) >= BODY_WORDS
        and not _BLOC_WORDS.get(bloc, frozenset()).isdisjoint(words)
        and _NOT_BODIES.isdisjoint(words))


def _final(renames: dict[str, str], name: str) -> str:
    """The name ``name`` ends as after every rename (a chain followed, a loop stopped)."""
    seen = {name}
    while name in renames and renames[name] not in seen:
        name = renames[name]
        seen.add(name)
    return name


def count_parties(participants: Iterable[Participant], statements: Iterable[Statement],
                  dates: Iterable[DateItem]) -> Counter[str]:
    """How often each side is named as a party: a participant's, a statement's (stating,
    aimed at, named), a date's."""
    counts: Counter[str] = Counter()
    for p in participants:
        if p.side:
            counts[p.side] += 1
    for s in statements:
        counts.update(x for x in (s.by, s.to, *s.sides) if x)
    for d in dates:
        counts.update(d.sides)
    return counts


def first_named(participants: Iterable[Participant], statements: Iterable[Statement],
                dates: Iterable[DateItem], order: dict[str, int]) -> dict[str, int]:
    """The place, in ``order`` (article id -> its place by date), of the first article that
    names each side as a party (as ``count_parties`` counts)."""
    first: dict[str, int] = {}
    named: list[tuple[Iterable[str | None], list[Evidence]]] = [
        *(([p.side], p.evidence) for p in participants),
        *(([s.by, s.to, *s.sides], s.evidence) for s in statements),
        *((d.sides, d.evidence) for d in dates)]
    for parties, evidence in named:
        at = min((order.get(e.article_id, 0) for e in evidence), default=0)
        for party in parties:
            if party and at < first.get(party, at + 1):
                first[party] = at
    return first


def renamed_statement(s: Statement, renames: dict[str, str]) -> Statement:
    """A statement with its parties' names as ``renames`` says (a statement between one
    party and itself is the party's alone)."""
    by, to = renames.get(s.by or "", s.by), renames.get(s.to or "", s.to)
    sides = list(dict.fromkeys(renames.get(x, x) for x in s.sides))
    if (by, to, sides) == (s.by, s.to, s.sides):
        return s
    if to == by:
        return replace(s, by=by, to=None, joint=False, sides=sides)
    return replace(s, by=by, to=to, sides=sides)


def renamed_participant(p: Participant, renames: dict[str, str]) -> Participant:
    """A participant with their side's name as ``renames`` says."""
    side = renames.get(p.side or "", p.side)
    others = [(renames.get(n, n), k) for n, k in p.other_sides]
    if side == p.side and others == p.other_sides:
        return p
    return replace(p, side=side, other_sides=[(n, k) for n, k in others if n != side])


def renamed_date(d: DateItem, renames: dict[str, str]) -> DateItem:
    """A date with its sides' and parties' names as ``renames`` says."""
    sides = list(dict.fromkeys(renames.get(x, x) for x in d.sides))
    parties = list(dict.fromkeys(renames.get(x, x) for x in d.parties))
    return d if sides == d.sides and parties == d.parties else replace(
        d, sides=sides, parties=parties)
