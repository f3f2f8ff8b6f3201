"""The participant rules of one lexicon: titles, name parts and the function words around them,
as sets and compiled patterns (built once per lexicon)."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from briefing.core.extract.participants.executives import Executive, executives
from briefing.core.extract.participants.forums import ForumChairs, forum_chairs
from briefing.core.extract.participants.legislatures import Legislature, read_legislature
from briefing.core.extract.participants.words import Words, function_words
from briefing.core.extract.sides import SideFinder
from briefing.language.lexicon import Lexicon
from briefing.language.morphology import inflections, singular

# Upper- and lower-case letters of names, with the Latin ones that carry diacritics
# ("Šefčovič", "Pöhl", "Løkke").
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
# A capitalised word of a name, with its possessive; name prefixes ("Mc") come from the lexicon,
# also after a hyphen ("Lori Chavez-DeRemer"). Initials may be glued ("A.W. Clausen").
_CAP = (rf"(?:[{UPPER}][{LOWER}]+(?:[-'’](?:[{UPPER}]?[{LOWER}]+{{prefixed}}))*(?:'s|’s)?"
        rf"|[{UPPER}]\.(?:[{UPPER}]\.)*{{prefixed}})")


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation (in their order); one that never matches when empty."""
    escaped = [re.escape(w) for w in words]
    return "|".join(escaped) if escaped else "(?!)"


@dataclass
class Patterns:
    """The patterns that read roles and names around a capitalised run."""

    said_next: re.Pattern[str]  # ``ROLE, NAME`` then a comma, a speech verb or the end
    appositive: re.Pattern[str]  # ``NAME, ROLE,``
    anaphoric: re.Pattern[str]  # "..., the chairman of X, said." at a sentence's end
    and_between: re.Pattern[str]  # between two coordinated names
    of_name: re.Pattern[str]  # ``NAME of Some Firm``
    company_after: re.Pattern[str]  # ``Rockwell Corp``
    body: re.Pattern[str]  # a body's name in capitals, "of (the)" between ("Association of ...")


def _patterns(lexicon: Lexicon, words: Words) -> Patterns:
    roles, grammar = lexicon["roles"], lexicon["grammar"]
    det = _alternation(grammar["determiners"])
    said = _alternation(roles["reporting_forms"])
    suffixes = [*(roles.get("company_suffixes") or []), *(roles.get("partnership_suffixes") or [])]
    links = _alternation(roles["affiliation_links"])
    return Patterns(
        said_next=re.compile(rf"\s*(?:,|(?:{_alternation(roles['reporting_after_name'])})\b|[.\"”]*$)"),
        # A comma inside a figure ("the 20,000 member union") does not end the appositive,
        # nor does a body's acronym between commas ("X, American Soybean Association, ASA,
        # president said").
        appositive=re.compile(rf",\s+(?:(?:{det})\s+)?((?:[^,;\"“”]|(?<=\d),(?=\d{{3}}\b)"
                              rf"|(?<=[a-z]),\s[A-Z]{{2,6}},(?=\s[a-z])){{3,90}}?)"
                              rf"(?=,(?!\d{{3}}\b)(?!\s[A-Z]{{2,6}},\s[a-z])|;|(?<!\.[A-Z])\.\s|\.$"
                              rf"|\s+(?:{said})\b|$)"),
        anaphoric=re.compile(rf",\s+(?:{det})\s+([^,]{{3,80}}?)(?:,\s+[^,]{{1,20}})?,\s+(?:{said})\.?$"),
        and_between=re.compile(rf"(?<!\s),?\s+(?:{_alternation(grammar['coordinators'])})\s+"),
        of_name=re.compile(rf"(?<!\s)\s+(?:{_alternation(roles['affiliation_links'])})\s+"
                           rf"(?:(?P<det>{det})\s+)?(?P<name>(?:[A-Z][\w&'’\-]*\s*)+)"),
        # From where a run of spaces starts (see mentions._WORD_AFTER).
        company_after=re.compile(r"(?<!\s)\s*(?:" + "|".join(re.escape(s) for s in suffixes)
                                 + r")(?![\w-])" if suffixes else r"(?!)"),
        body=_body(links, det, _alternation(grammar["coordinators"]), suffixes),
    )


def _body(links: str, det: str, coordinators: str, suffixes: list[str]) -> re.Pattern[str]:
    """A body's name in capitals, "of (the)" between its words ("Association of Cabin Crew"),
    and "and" too after an "of" ("National Union of Port and Rail Workers"; not "Wagner and
    Brown", "Continental Airlines and Eastern Air"), not next to a company's suffix. Starts
    only at a word's start, words apart: linear on any line."""
    cap = r"(?<![\w'’.&-])[A-Z][\w'’.&-]*"
    word = r"[A-Z][\w'’.&-]*"
    link = rf"(?:{links})\s+(?:(?:{det})\s+)?"
    after = "".join(rf"(?<!\b{re.escape(s)}\s)" for s in suffixes if " " not in s)
    suffix = rf"(?:{_alternation([s for s in suffixes if ' ' not in s])})\b"
    joined = rf"{after}(?:{coordinators})\s+(?!{suffix})"
    with_of = rf"{cap}(?:\s+{word}){{0,5}}?\s+{link}{word}(?:\s+(?:{link}|{joined})?{word}){{0,5}}"
    return re.compile(rf"{with_of}|{cap}(?:\s+(?:{link})?{word}){{1,6}}")


def _bodies_within(lexicon: Lexicon) -> dict[str, Any]:
    """The rules of bodies within a side: legislatures, countries, bloc presidencies, and
    the words of a bloc's kind of body ("Union": Unions)."""
    roles = lexicon["roles"]
    return {
        "legislatures": {str(k): read_legislature(v or {})
                         for k, v in (roles.get("legislatures") or {}).items()},
        "countries": frozenset(str(k) for k in lexicon["sides"].get("countries") or {}),
        "body_words": {str(k): frozenset(str(w) for w in v or [])
                       for k, v in (lexicon["sides"].get("one_body_blocs") or {}).items()},
        "not_union_names": frozenset(lexicon.words("sides", "union_name_not")),
        "known_bodies": frozenset(str(n) for names in (
            lexicon["sides"].get("bodies_of_blocs") or {}).values() for n in names or []),
        "name_links": frozenset(w.lower() for w in [*lexicon.words("sides", "union_name_links"),
                                                    *lexicon["grammar"]["coordinators"],
                                                    *lexicon["grammar"]["determiners"]]),
        "presidencies": {str(bloc): sorted((day, str(m) if m else None)
                                           for day, m in (rows or {}).items())
                         for bloc, rows in (roles.get("presidencies") or {}).items()},
    }


def _word_sets(lexicon: Lexicon, *keys: str) -> dict[str, Any]:
    """Lists of roles.yaml as sets of lower-case words, by key."""
    return {key: frozenset(lexicon.words("roles", key)) for key in keys}


@dataclass
class Rules:
    titles: list[tuple[str, ...]]
    strong: set[tuple[str, ...]]
    title_sides: dict[tuple[str, ...], str]
    title_not_sides: dict[tuple[str, ...], frozenset[str]]
    not_for: frozenset[str]
    destination_after: dict[str, frozenset[str]]  # "for" -> "leaves", "headed": a destination
    place_words: frozenset[str]
    counterpart_links: frozenset[str]  # "talks with Tokyo" in a role: not the person's side
    envoy_titles: frozenset[str]  # "envoy", "ambassador": sent to the side named after ...
    named_bodies: frozenset[str]  # "the delegation's leader": the side named before "delegation"
    named_body_openers: frozenset[str]  # "the", "its": "*the* delegation's leader"
    travel_words: frozenset[str]  # "visit", "flew": where a person goes is not their side
    envoy_links: frozenset[str]  # ... "to": "envoy to the United States"
    outsiders: set[str]
    former: frozenset[str]  # "former", "ex": a role held no more
    government_side: str | None  # the party a government's official is in a dispute at home
    government_titles: frozenset[str]  # "minister", "secretary": a government's titles
    state_heads: frozenset[str]  # "president", "leader": a country's head, bare
    state_body_heads: frozenset[str]  # "Authority", "Ministry": the last word of a state body
    home_parties: frozenset[str]  # "Unions", "Employers": parties of a dispute at home
    home_bodies: frozenset[str]  # their bodies' words, lower case ("union", "corp")
    legislatures: dict[str, Legislature]  # a country's chambers, for stories of its own
    countries: frozenset[str]  # the sides that are countries (and the EC, the EU)
    presidencies: dict[str, list[tuple[dt.date, str | None]]]  # bloc -> (from, member chairing)
    market_staff: frozenset[str]  # "manager", "adviser": with a market firm's word, an outsider
    market_firms: frozenset[str]  # "bank", "securities"
    outsider_phrases: tuple[str, ...]  # "research at": a role holding one is an outsider's
    outsider_links: frozenset[str]  # words after an outsider's role word ("an economist *at*")
    member_links: frozenset[str]  # "X *of* a Swiss group": the body one belongs to
    indefinites: frozenset[str]  # "a", "an": a body named so is none of the parties
    clause_suffixes: tuple[str, ...]  # "X, also talking to reporters": a clause, no role
    not_companies: frozenset[str]  # capitalised words before a title that name no company
    generic_sides: dict[str, frozenset[str]]  # "Unions" -> words of one union's name
    body_words: dict[str, frozenset[str]]  # "Unions" -> its kind's own words (sides.yaml)
    not_union_names: frozenset[str]  # "Pacific", "Carbide": a firm's name holding "Union"
    known_bodies: frozenset[str]  # a bloc's bodies by a short name ("Unifor", "AMPTP")
    name_links: frozenset[str]  # "of", "and", "the": no word a body's name ends on
    company_side: str | None  # the generic party whose bodies are companies ("Employers")
    company_suffixes: frozenset[str]  # "Co", "Inc": dropped from a company's name
    acting_for: list[str]
    honorifics: set[str]
    particles: set[str]
    prefixes: list[str]
    blocked: set[str]
    calendar: frozenset[str]  # month and weekday names, capitalised: never part of a role
    family_words: frozenset[str]
    given_names_that_are_words: frozenset[str]  # lower case: last in a name ("Han Jun")
    outsider_bodies: frozenset[str]  # lower case: "the Brookings Institution" is no party
    outsider_firm_words: frozenset[str]  # lower case: "of Sanwa Research Institute" is none
    neutral_words: frozenset[str]  # lower case: a mediator's, whom no side has
    speech: set[str]
    speech_lemmas: frozenset[str]  # "state", "told": no speaker after them
    not_bodies: frozenset[str]
    words: Words
    patterns: Patterns
    executives: dict[str, Executive] = field(default_factory=dict)  # side -> its executive
    forum_chairs: ForumChairs | None = None  # "Council chairman": the forum's, not a country's
    firm_not_names: frozenset[str] = frozenset()  # lower case ("Texas" of "Texas Air")
    firms_named_like_people: frozenset[str] = frozenset()  # lower case ("bear stearns")
    outsiders_when_introduced: frozenset[str] = frozenset()  # "a trade *lawyer* in Ottawa"
    former_first: frozenset[str] = frozenset()  # "*late* Sen.": former only opening a role
    contractions: tuple[str, ...] = ()  # "'re", "n't": a word ending so is no name
    regions: dict[str, str] = field(default_factory=dict)  # "Texas" -> "United States"
    region_office_words: frozenset[str] = frozenset()  # "agriculture" of "Texas Agriculture ..."
    title_words: set[str] = field(init=False)
    name_run: re.Pattern[str] = field(init=False)
    _canon: dict[str, str | None] = field(default_factory=dict)
    # A title_sides title that other countries give too, and theirs (set by _read_as_titles)
    title_shared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    party_words: frozenset[str] = frozenset()  # "party", "opposition": a party's member
    known_by_surname: frozenset[str] = frozenset()  # offices whose holder a surname names
    executive_titles: frozenset[str] = frozenset()  # titles only a firm gives ("Chief Executive")
    title_parties: dict[str, frozenset[str]] = field(default_factory=dict)  # a country's own

    def __post_init__(self) -> None:
        # Name tails by capitalised run, per side finder: "The", "He", "Net" start thousands
        # of sentences, and a run's tail depends only on its words.
        self.tails: weakref.WeakKeyDictionary[SideFinder, dict[str, tuple[int, list[str]]]] = (
            weakref.WeakKeyDictionary())
        # A title's glue ("of the" in "chancellor of the exchequer") is no title word.
        glue = set(self.words.joiners) | set(self.words.determiners)
        self.title_words = {w for t in self.titles for w in t} - glue
        self.title_heads = {t[-1] for t in self.titles}
        self.by_head: dict[str, list[tuple[str, ...]]] = {}
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:  # longest first, as self.titles is sorted
            self.by_head.setdefault(title[-1], []).append(title)
            self.by_first.setdefault(title[0], []).append(title)
        # Typos keep the first letters ("Represenative"): compare only within that bucket.
        self._by_prefix: dict[str, list[str]] = {}
        for word in self.title_words:
            if len(word) >= 7:
                self._by_prefix.setdefault(word[:2], []).append(word)
        prefixed = "".join(f"|{re.escape(p)}[{UPPER}][{LOWER}]+" for p in self.prefixes)
        cap = _CAP.format(prefixed=prefixed)
        particle = "|".join(sorted(self.particles | {p.capitalize() for p in self.particles},
                                   key=len, reverse=True))
        # A particle stands apart or hyphened to the family name ("Fadhil al-Chalabi").
        # Not from inside a dotted abbreviation: "S. Will" of "the U.S. Will tell" is no name.
        # Every run opens with a capital or a prefix's first letter: a lookahead of those
        # lets most places fail on one character, before the lookbehind (half the scan).
        opens = UPPER + "".join(re.escape(p[0]) for p in self.prefixes if p)
        self.name_run = re.compile(
            rf"(?=[{opens}])(?<![{UPPER}]\.)\b{cap}(?:\s+(?:(?:{particle})(?:\s+|-)){{0,2}}{cap})*\b")

    def chairing(self, bloc: str, on: dt.date) -> str | None:
        """The member that chairs the bloc's councils on a day (``presidencies``)."""
        held: str | None = None
        for start, member in self.presidencies.get(bloc, []):
            if start > on:
                break
            held = member
        return held

    def within(self, name: str) -> str | None:
        """The side (as keyed in roles.yaml) that a body acting within it belongs to: its
        legislature's chambers and committees, its executive ("Reagan administration")."""
        for side, legislature in self.legislatures.items():
            if legislature.holds(name):
                return side
        for side, executive in self.executives.items():
            if executive.is_named(name):
                return side
        return None

    def title_word(self, word: str) -> str | None:
        """The title word that ``word`` is, allowing plurals and wire typos ("Represenative")."""
        low = word.lower().strip(".,")
        if low not in self._canon:
            found: str | None = None
            if low in self.title_words:
                found = low
            elif (one := singular(low)) is not None and one in self.title_words:
                found = one
            elif "-" in low and self._compound(low.split("-")):
                found = self.title_word(low.rsplit("-", 1)[1])  # "Vice-President", "co-chair"
            elif len(low) >= 8 and low.isalpha():
                near = self._by_prefix.get(low[:2], [])
                close = difflib.get_close_matches(low, near, n=1, cutoff=0.9) if near else []
                found = close[0] if close else None
            self._canon[low] = found
        return self._canon[low]

    def _compound(self, parts: list[str]) -> bool:
        """Whether hyphenated parts are a title led by modifiers ("vice", "co", "ex")."""
        return (len(parts) > 1 and all(parts) and self.title_word(parts[-1]) is not None
                and all(p in self.words.role_modifiers or p in self.former for p in parts[:-1]))


def _read_as_titles(made: Rules, roles: dict[str, Any]) -> Rules:
    """A role's words are compared as title words ("Commission" reads as "commissioner"):
    the tables' titles are read the same way."""
    made.title_sides = {tuple(made.title_word(w) or w for w in k): v
                        for k, v in made.title_sides.items()}
    made.executives = executives(roles.get("executives") or {},
                                 lambda w: made.title_word(w) or w.lower(),
                                 roles.get("executive_other_body") or [], made.words.determiners)
    made.party_words = frozenset(str(w).lower() for w in roles.get("party_words") or [])
    made.known_by_surname = frozenset(str(w).lower() for w in roles.get("known_by_surname") or [])
    made.executive_titles = frozenset(str(w).lower() for w in roles.get("executive_titles") or [])
    made.title_parties = {str(k): frozenset(str(w).lower() for w in v or [])
                          for k, v in (roles.get("title_parties") or {}).items()}
    made.title_shared = {str(k).lower(): tuple(str(c) for c in v or [])
                         for k, v in (roles.get("title_shared") or {}).items()}
    return made


def _calendar(lexicon: Lexicon) -> frozenset[str]:
    """Month and weekday names, capitalised."""
    time = lexicon["time"]
    return frozenset(w.capitalize() for w in [*time["months"], *time["weekdays"]])


def rules(lexicon: Lexicon) -> Rules:
    """The participant rules of a lexicon (built once)."""
    def build() -> Rules:
        roles = lexicon["roles"]
        calendar = _calendar(lexicon)
        speech: set[str] = set()
        for verb in roles["speech_verbs"]:
            speech |= set(inflections(verb, lexicon))
        words = function_words(lexicon)
        home = [str(w) for w in roles.get("home_parties") or []]
        made = Rules(
            titles=sorted({tuple(t.lower().split()) for t in roles["titles"]}, key=len, reverse=True),
            strong={tuple(t.lower().split()) for t in roles["strong_titles"]},
            title_sides={tuple(k.lower().split()): v for k, v in roles.get("title_sides", {}).items()},
            title_not_sides={tuple(k.lower().split()): frozenset(v)
                             for k, v in (roles.get("title_not_sides") or {}).items()},
            not_for=frozenset(w.lower() for w in roles.get("not_acting_for", [])),
            destination_after={str(k).lower(): frozenset(str(w).lower() for w in v or [])
                               for k, v in (roles.get("destination_after") or {}).items()},
            **_word_sets(lexicon, "counterpart_links", "envoy_titles", "envoy_links", "named_bodies",
                         "named_body_openers", "travel_words", "firm_not_names",
                         "firms_named_like_people", "market_staff", "market_firms", "outsider_links",
                         "member_links", "not_companies", "former", "government_titles", "state_heads",
                         "outsiders_when_introduced", "former_first", "region_office_words",
                         "given_names_that_are_words", "outsider_bodies", "outsider_firm_words",
                         "place_words", "neutral_words"),
            outsiders={w.lower() for w in roles["outsider_roles"]},
            government_side=str(roles["government_side"]) if roles.get("government_side") else None,
            state_body_heads=frozenset(str(w) for w in roles.get("state_body_heads") or []),
            home_parties=frozenset(home),
            home_bodies=frozenset(str(w).lower() for party in home
                                  for w in (roles.get("generic_sides") or {}).get(party) or []),
            **_bodies_within(lexicon),
            outsider_phrases=tuple(f" {w.lower()} " for w in roles.get("outsider_phrases") or []),
            indefinites=frozenset(w.lower() for w in roles.get("indefinite_articles") or []),
            clause_suffixes=tuple(lexicon.words("grammar", "participle_suffixes")),
            generic_sides={str(k): frozenset(str(w) for w in v or [])
                           for k, v in (roles.get("generic_sides") or {}).items()},
            company_side=str(roles["company_side"]) if roles.get("company_side") else None,
            company_suffixes=frozenset(str(w) for w in roles.get("company_suffixes") or []),
            acting_for=[a.lower() for a in roles["acting_for"]],
            honorifics={h.lower() for h in roles["honorifics"]},
            particles=set(roles["particles"]),
            prefixes=[str(p) for p in roles.get("name_prefixes") or []],
            blocked=set(roles["not_names"]) | calendar,
            contractions=tuple(str(w) for w in roles.get("contraction_endings") or []),
            regions={str(r): str(country) for country, rs in (roles.get("regions") or {}).items()
                     for r in rs or []},
            calendar=calendar,
            family_words=frozenset(str(w) for w in roles.get("family_names_that_are_words") or []),
            speech=speech,
            speech_lemmas=frozenset(str(v) for v in roles["speech_verbs"]),
            not_bodies=frozenset(roles.get("not_bodies", [])),
            words=words,
            patterns=_patterns(lexicon, words),
            forum_chairs=forum_chairs(roles.get("forum_chairs") or {}, words.determiners
                                      | words.relatives | set(lexicon.words("roles", "member_links"))),
        )
        return _read_as_titles(made, roles)
    return lexicon.cached("participant_rules", build)
