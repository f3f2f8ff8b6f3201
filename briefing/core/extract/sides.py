"""Sides: which party a phrase names, from the config's sides and the packaged world lexicon."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from briefing.core.extract.given_names import GivenNames
from briefing.core.extract.labour import counterparts, labour_words, merged
from briefing.core.extract.side_names import CountryLedNames
from briefing.language.blocs import blocs
from briefing.language.lexicon import Lexicon
from briefing.language.morphology import plural
from briefing.text.phrases import PhraseHit, PhraseMatcher

_SHORT_CAPS = re.compile(r"^(?:[A-Z]\.?){2,4}$")
_ABBREVIATION = re.compile(r"^[A-Z]{2,4}$")  # "US", "EU"; not "U.S." (no shorter than "US")
_SHORT_AFTER = 6  # letters of a side's name beyond which its abbreviation may stand for it


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _abbreviation(canonical: str, aliases: list[str], mine: bool = False) -> str | None:
    """The alias that abbreviates a side's name: the initials of the name or of its first
    alias of several words ("United Kingdom" of Britain: "UK"), not another body's ("PLO"
    among Palestine's aliases); in the user's config (``mine``), the first alias of capitals
    ("FR" of Freedonia)."""
    full = next((a for a in aliases if len(_initials(a)) > 1), "")
    names = {_initials(canonical), _initials(full)}
    return next((a for a in aliases if _ABBREVIATION.match(a) and (mine or a in names)), None)


@dataclass(frozen=True)
class SideMention:
    """A place in a text where a side is named."""

    start: int
    end: int
    side: str


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


def _name_ends(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Words before a side's name that make it the end of another name ("United Steelworkers
    *of* America", "the Gulf *of* Mexico"): a head of ``part_of_a_name_after``, a link word
    ("of"), maybe a determiner; or a word of ``part_of_a_name_before`` ("*Air* Canada")."""
    heads = [str(w) for w in lexicon["sides"].get("part_of_a_name_after") or []]
    links = lexicon.words("roles", "member_links")
    openers = [str(w) for w in lexicon["sides"].get("part_of_a_name_before") or []]
    ends = []
    if heads and links:
        determiners = lexicon.words("grammar", "determiners")
        ends.append(rf"\b(?:{_alternatives(heads)})[ ]+(?:{_alternatives(links)})[ ]+"
                    rf"(?:(?:{_alternatives(determiners)})[ ]+)?$")
    if openers:
        ends.append(rf"\b(?:{_alternatives(openers)})[ ]+$")  # "Air Canada"
    return re.compile("|".join(ends)) if ends else None


def _firm_parts(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Words after a side's name that make it a firm's arm ("the Canadian *division of* GM")
    or part of a place's name ("the Niger *Delta*": ``part_of_a_place_before``)."""
    heads = [str(w) for w in lexicon["sides"].get("part_of_a_firm_before") or []]
    places = [str(w) for w in lexicon["sides"].get("part_of_a_place_before") or []]
    links = lexicon.words("roles", "member_links")
    ends = ([rf"(?:{_alternatives(heads)})[ ]+(?:{_alternatives(links)})"] if heads and links
            else []) + ([_alternatives(places)] if places else [])
    return re.compile(rf"[ ]+(?:{'|'.join(ends)})\b") if ends else None


def _modified(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Words after a side's word of its kind that it modifies ("employer *plans*":
    ``kind_word_modifies``)."""
    words = [str(w) for w in lexicon["sides"].get("kind_word_modifies") or []]
    verbs = [str(w) for w in lexicon["sides"].get("kind_word_modifies_not_before") or []]
    unless = rf"(?![ ]+(?:{_alternatives(verbs)})\b)" if verbs else ""
    return re.compile(rf"[ -]+(?:{_alternatives(words)})\b{unless}") if words else None


NAME_BEFORE = 30  # characters before a word in which the word that ends a name stands
_NEXT_WORD = re.compile(r" ([\w'’-]+)")
_WORD_TAIL = re.compile(r"(.+?)((?:['’]s)?[,.;:]*)")
# "Swiss producers", "Swiss dairy producers", "Switzerland's watch and machinery exporters"
_OWN_GAP = re.compile(r"\s+(?:[a-z][a-z-]*\s+)?|['’]s\s+(?:[a-z][a-z-]*\s+){0,3}")
# sides.yaml's tables of blocs, and of sides named so only in a labour article
NOT_SIDE_TABLES = ("bloc_members", "bloc_joined", "bloc_left", "labour_counterparts",
                   "one_body_blocs", "bodies_of_blocs")


class SideFinder:
    """Finds side names, aliases and demonyms in text. Config sides come first and win."""

    def __init__(self, config_sides: dict[str, list[str]], lexicon: Lexicon) -> None:
        self.matcher = PhraseMatcher()
        self._single_exact: set[str] = set()
        self._single_folded: set[str] = set()
        self._lower: set[str] = set()  # aliases written in lower case: a kind's word
        self._bodies = frozenset(lexicon.words("roles", "named_bodies"))  # "Federation"
        former = lexicon["sides"].get("former_names") or {}
        # (later side, earlier side, the day the earlier name ended); a config's side stays.
        self._former = [(str(f["side"]), str(earlier), f["until"]) for earlier, f in former.items()
                        if str(f["side"]) not in config_sides]
        self._renames: dict[str, str] = {}
        self._blocs = blocs(lexicon)
        self._day: dt.date | None = None
        self._within = _name_ends(lexicon)
        self._firm_part = _firm_parts(lexicon)
        self._modifies = _modified(lexicon)
        self._firms: frozenset[str] = frozenset()
        self._links = frozenset(lexicon.words("roles", "affiliation_links"))  # "Ford *of* Canada"
        self._country_words: dict[str, bool] = {}
        self._countries = frozenset(str(c) for c in lexicon["sides"].get("countries") or {})
        self._country_led = CountryLedNames(lexicon, self._countries)
        self._firm_arm: re.Pattern[str] | None = None
        # Every table of sides.yaml is a group of sides but those of names and blocs over time.
        apart = [former, *(lexicon["sides"].get(k) for k in NOT_SIDE_TABLES)]
        groups = [config_sides, *(g for g in lexicon["sides"].values()
                                  if isinstance(g, dict) and not any(g is t for t in apart))]
        # A long name's abbreviation among its aliases ("United States": "US"), for rows too
        # narrow for the name; the config's first.
        self.short: dict[str, str] = {}
        for group in groups:
            for canonical, aliases in (group or {}).items():
                if len(canonical) > _SHORT_AFTER and canonical not in self.short:
                    short = _abbreviation(canonical, aliases or [],
                                          mine=group is config_sides)
                    if short:
                        self.short[canonical] = short
                for alias in [canonical, *(aliases or [])]:
                    # "Commerce Department" is one country's, "the commerce department" any
                    # country's: a name of capitalised words matches in capitals only.
                    exact = bool(_SHORT_CAPS.match(alias)) or (" " in alias and alias.istitle())
                    self.matcher.add(alias, canonical, exact=exact)
                    if alias.islower():
                        self._lower.add(alias)
                    if " " not in alias:
                        (self._single_exact if exact else self._single_folded).add(
                            alias if exact else alias.lower())
        self._memo: dict[str, list[SideMention]] = {}
        self._counterparts, self._kinds = counterparts(lexicon)
        self._labour_words = labour_words(lexicon)
        self._labour = False
        self._of_a_country = frozenset(str(b) for b in
                                       lexicon["sides"].get("blocs_of_a_country") or [])
        self._verbs = frozenset([*lexicon.words("grammar", "auxiliaries"),
                                 *lexicon.words("roles", "reporting_forms")])
        self._past = tuple(lexicon.words("time", "past_suffixes"))
        self._given = GivenNames(lexicon)
        self._own = re.compile(r"\b(?:" + _alternatives(lexicon.words("sides", "own_possessives"))
                               + r")\s+(?:[a-z][a-z-]*\s+){0,2}$") \
            if lexicon.words("sides", "own_possessives") else None

    def on(self, day: dt.date | None) -> None:
        """Name sides as they were named on ``day`` (an article's date): before 1991-12-26,
        "Moscow" is the Soviet Union (``former_names`` in sides.yaml)."""
        self._day = day
        renames = {later: earlier for later, earlier, until in self._former
                   if day is not None and day < until}
        if renames != self._renames:
            self._renames = renames
            self._memo.clear()

    @property
    def firms(self) -> frozenset[str]:
        """The firms of the article at hand whose national arms ``within_firms`` reads."""
        return self._firms

    def within_firms(self, heads: frozenset[str]) -> None:
        """Read a side's name right after one of ``heads`` (an article's firms, as
        ``subsidiary_heads`` finds them) as part of the firm's name: "GM Canada", "Ford of
        Canada" are the firms' national arms, not Canada."""
        if heads == self._firms:
            return
        self._firms = heads
        self._firm_arm = re.compile(rf"(?<![\w'’.&-])(?:{_alternatives(sorted(heads))})[ ]+"
                                    rf"(?:(?:{_alternatives(sorted(self._links))})[ ]+)?$"
                                    ) if heads else None
        self._memo.clear()

    def led_by_a_country(self, names: Mapping[str, str]) -> None:
        """Read a country's name that opens one of ``names`` (an article's firms, as
        ``country_led_firms`` finds them: "Canada Post") as the firm's, a side of its own
        named as ``names`` says ("British Home": British Home Stores)."""
        if self._country_led.set_firms(names):
            self._memo.clear()

    def country_of_firm(self, side: str) -> str | None:
        """The country whose name opens a firm's that ``led_by_a_country`` has ("Canada Post":
        Canada)."""
        if not self._country_led.is_firm(side):
            return None
        return next((h.phrase for h in self.matcher.finditer(side) if h.start == 0), None)

    def _in_a_name(self, text: str, hit: PhraseHit) -> bool:
        """Whether a bloc's word, written in lower case among its aliases and singular,
        opens a name in capitals here ("Union Pacific", "Union Carbide"): a firm's, not the
        bloc."""
        word = text[hit.start:hit.end].lower()
        if not (text[hit.start].isupper() and text.startswith(" ", hit.end)
                and text[hit.end + 1:hit.end + 2].isupper()
                and word in self._lower and plural(word) in self._lower - {word}):
            return False  # a plural names the bloc: "Employers Gesamtmetall", "Unions UGT"
        # Not inside a name ("Maritime Employers Association"), nor before a title ("Union
        # Secretary") or a body's word ("the Consumer Federation"): those are the bloc's own.
        before = text[max(0, hit.start - NAME_BEFORE):hit.start].split()
        after = _NEXT_WORD.match(text, hit.end)
        return not (before and before[-1][:1].isupper() and not before[-1].endswith(".")) \
            and not (after and after.group(1).lower() in self._given.openers | self._bodies)

    def in_labour(self, sentences: Iterable[str]) -> None:
        """Name a union's counterpart by its kind ("the companies' lead negotiator", "the
        studios": ``labour_counterparts``) when one of ``sentences`` (an article's, or none
        to stop) names a union; in business news at large "companies" is no side."""
        # A union in lower case ("the union said"; not the "Union" of a name or of the EU)
        # in an article with a word of labour talks besides ("strike", "wages"; not a
        # "banking union"). Two plain searches: most articles name no union at all.
        union, words = self._labour_words
        texts = list(sentences)
        labour = union is not None and words is not None and any(
            union.search(t) for t in texts) and any(words.search(t) for t in texts)
        if labour != self._labour:
            self._labour = labour
            self._memo.clear()

    def by_kind(self, text: str, hit: SideMention) -> bool:
        """Whether ``hit`` names a union's counterpart only by its kind ("the companies"):
        who speaks of them need not be theirs."""
        return self._labour and text[hit.start:hit.end].lower() in self._kinds

    def without_arms(self, words: list[str]) -> list[str]:
        """``words`` with the country of a firm's national arm left out ("president of GM
        Canada": "president of GM"; "Ford of Canada's": "Ford's"), for the firms that
        ``within_firms`` has."""
        if not self._firms:
            return words
        out: list[str] = []
        for word in words:
            found = _WORD_TAIL.fullmatch(word)
            core, tail = (found.group(1), found.group(2)) if found else (word, "")
            if tail.startswith(".") and self.is_country(core + "."):
                core, tail = core + ".", tail[1:]  # "Shell U.K. Chairman": the name's period
            linked = len(out) > 1 and out[-1] in self._links
            if out and out[-1 - linked] in self._firms and self.is_country(core):
                del out[len(out) - linked:]
                out[-1] += tail
                continue
            out.append(word)
        return out

    def firm_of(self, name: str) -> str:
        """A firm's name without the country of its national arm ("GM Canada", "Ford of
        Canada": GM, Ford) when ``within_firms`` has the firm."""
        words = name.split()
        if len(words) > 1 and (self.is_country(words[-1]) or self.is_country(words[-1] + ".")):
            rest = words[:-2] if len(words) > 2 and words[-2] in self._links else words[:-1]
            if rest and rest[-1] in self._firms:
                return " ".join(rest)
        return name

    def as_named(self, side: str) -> str:
        """A side's canonical name as it was on the day set by ``on`` (the European Union
        of a 1987 article is the European Community)."""
        return self._renames.get(side, side)

    def bloc_of(self, side: str, among: list[str]) -> str | None:
        """The bloc among ``among`` (sides as named that day) that ``side`` belongs to
        that day (``bloc_members``, ``bloc_joined`` and ``bloc_left`` in sides.yaml)."""
        for bloc in self._blocs.members:
            named = self.as_named(bloc)
            if named in among and side in {self.as_named(m)
                                           for m in self._blocs.members_on(bloc, self._day)}:
                return named
        return None

    def find(self, text: str) -> list[SideMention]:
        """Every side named in ``text``, left to right, longest names first at one place."""
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) > 8192:
                self._memo.clear()  # the extractors ask about one article at a time
            renames, within, arm = self._renames, self._within, self._firm_arm
            part = self._firm_part
            hits = self._country_led.read(text, [h for h in self.matcher.finditer(text)
                                                 if not self._in_a_name(text, h)])
            if self._labour:
                hits = merged(text, hits, self._counterparts.finditer(text))
            found = [SideMention(h.start, h.end, renames.get(h.phrase, h.phrase))
                     for h in hits
                     if (within is None or not within.search(text, max(0, h.start - 40), h.start))
                     and (part is None or not part.match(text, h.end))
                     and not self._modifier(text, h.start, h.end)
                     and (arm is None or h.phrase not in self._countries
                          or not arm.search(text, max(0, h.start - 40), h.start))]
            if self._of_a_country and found:
                found = self._countrys_own(text, found)
            if self._given.names and found:
                found = [h for h in found if not self._given.at(text, h.start)]
            self._memo[text] = found
        return found

    def _modifier(self, text: str, start: int, end: int) -> bool:
        """Whether a side named by a word of its kind in lower case modifies the noun after
        it ("employer plans": ``kind_word_modifies``)."""
        return (self._modifies is not None and text[start:end].islower()
                and self._modifies.match(text, end) is not None)

    def _owner(self, text: str, before: SideMention, start: int) -> bool:
        """Whether a side named right before a bloc's word owns it: a demonym or a short
        name ("Swiss producers", "U.S. dairy exporters"), or a possessive ("Switzerland's
        watch exporters"); not a country's name before a verb ("Brazil said producers ...")."""
        if before.side in self._of_a_country:
            return False
        gap = _OWN_GAP.fullmatch(text, before.end, start)
        if gap is None:
            return False
        if gap.group().startswith(("'", "’")):
            return True
        word = gap.group().strip()
        return text[before.start:before.end] != before.side and not (
            word in self._verbs or word.endswith(self._past))

    def _countrys_own(self, text: str, found: list[SideMention]) -> list[SideMention]:
        """Without a bloc of a kind that a country names right before ("Swiss producers",
        "U.S. dairy exporters": that country's own, not the producers' bloc)."""
        out: list[SideMention] = []
        for hit in found:
            if hit.side in self._of_a_country and (
                    (out and self._owner(text, out[-1], hit.start))
                    or (self._own is not None
                        and self._own.search(text, max(0, hit.start - 40), hit.start))):
                continue
            out.append(hit)
        return out

    @property
    def given_names(self) -> frozenset[str]:
        """The sides' names that are also given names (``given_name_sides``)."""
        return self._given.names

    def is_given_name(self, before: str, word: str, after: str) -> bool:
        """Whether ``word``, a side's name between the words ``before`` and ``after``, is a
        person's given name ("Commissioner *Chad* McIntosh": ``given_name_sides``)."""
        return self._given.between(before, word, after)

    def is_side_word(self, word: str) -> bool:
        """Whether one word on its own names a side ("Japanese", "US")."""
        return word in self._single_exact or word.lower() in self._single_folded

    def is_country(self, word: str) -> bool:
        """Whether one word on its own names a country ("Canada", "Canadian")."""
        known = self._country_words.get(word)
        if known is None:  # asked of every side an article names: worked out once a word
            hits = self.matcher.finditer(word) if self.is_side_word(word) else []
            known = self._country_words[word] = any(
                h.start == 0 and h.end == len(word) and h.phrase in self._countries for h in hits)
        return known

    def first(self, text: str) -> str | None:
        """The first side named in ``text``, if any."""
        found = self.find(text)
        return found[0].side if found else None

    def dominant(self, texts: list[str]) -> str | None:
        """The side named most often across ``texts``."""
        ranked = self.ranked(texts)
        return ranked[0] if ranked else None

    def ranked(self, texts: list[str]) -> list[str]:
        """The sides named across ``texts``, most often named first (not those named only by
        their kind: "the companies" in a union's story names no one's own side)."""
        return [side for side, _ in Counter(h.side for t in texts for h in self.find(t)
                                            if not self.by_kind(t, h)).most_common()]
