"""What ``actors`` reads sentences with: the places that name a party (``Actor``), and the
words (speech verbs, coordinators, determiners, places, judging words), built once per
lexicon."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefing.core.extract.clauses import clause_breaks
from briefing.core.extract.statement_model.candidates import wider
from briefing.language.lexicon import Lexicon
from briefing.language.morphology import inflections
from briefing.model import Participant
from briefing.text.phrases import PhraseMatcher, Token, tokens
from briefing.text.regex import leftmost_longest


@dataclass(frozen=True)
class Actor:
    """A place in a sentence that names a party: a side, or a person acting for one."""

    start: int
    end: int
    side: str
    agent: bool = True  # False for a place or a target: "talks in Bonn", "tariffs on US steel"
    venue: bool = False  # a place only ("told reporters in Vilnius"): no one aimed at either
    person: str = ""  # the person's full name as the article has it, when a person


class Words:
    """The words this reads sentences with, built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.breaks = clause_breaks(lexicon)
        self.speech = wider(lexicon).attribution - frozenset(  # the verbs of speech, every form
            lexicon.words("grammar", "speech_not_verbs"))
        self.to_listener = frozenset(form for verb in lexicon.words("roles", "speech_to_listener")
                                     for form in inflections(verb, lexicon))
        self.agent_markers = frozenset(lexicon.words("time", "agent_markers"))  # "told *by*"
        self.coordinators = frozenset(w.lower() for w in lexicon["grammar"]["coordinators"])
        self.pronouns = frozenset(w.lower() for w in lexicon["grammar"].get("subject_pronouns", []))
        roles = lexicon["roles"]
        self.not_agent = frozenset(w.lower() for w in [*roles["not_acting_for"],
                                                       *roles["place_words"]])
        self.venues = frozenset(w.lower() for w in roles["place_words"])
        self.met_at = frozenset(w.lower() for w in roles.get("venue_gatherings", []))
        # "120 miles east of Bahrain": where something happened
        self.directions = frozenset(tuple(w.lower().split()) for w in lexicon.words(
            "roles", "direction_phrases"))
        self.address_aside = frozenset(w.lower() for w in roles.get("address_aside_words", []))
        # "the London round", "the Paris accord": a place's name before these is where it
        # met or what was made there, not a party
        self.gatherings = frozenset(w.lower() for w in lexicon.words("sides", "named_for_a_place"))
        # "comes to Abu Dhabi", "flew to Riyadh": where one goes (a city's name) is a venue
        self.going = frozenset(w.lower() for w in [*roles.get("travel_words", []),
                                                   *roles.get("going_words", [])])
        self.determiners = frozenset(w.lower() for w in [
            *lexicon["grammar"]["determiners"], *lexicon.words("grammar", "quantifiers")])
        self.judged = frozenset(lexicon.words("cues", "judged_by_the_speaker"))
        self.forums = frozenset(str(f) for f in lexicon["sides"].get("forums") or [])
        self.judging = frozenset(form for verb in lexicon.words("cues", "judging_verbs")
                                 for form in inflections(verb, lexicon))
        self.speaker_stops = frozenset(lexicon.words("grammar", "speaker_stops"))
        self.infinitive = frozenset(lexicon.words("grammar", "infinitive_markers"))
        self.first_person = frozenset(lexicon.words("grammar", "first_person"))
        self.participles = tuple(lexicon.words("grammar", "participle_suffixes"))
        self.auxiliaries = frozenset(lexicon.words("grammar", "auxiliaries"))
        self.past_suffixes = tuple(lexicon.words("time", "past_suffixes"))
        self.reported = frozenset(lexicon.words("time", "reported_clause_openers"))  # "that"
        self.adverbs = frozenset([*lexicon.words("grammar", "verb_negators"),
                                  *lexicon.words("grammar", "verb_adverbs")])
        self.adverb_suffix = tuple(lexicon.words("grammar", "adverb_suffixes"))
        self.relatives = frozenset(lexicon.words("grammar", "relative_words"))
        self.joint = PhraseMatcher().extend(lexicon.words("grammar", "joint_subjects"))
        self.government = str(roles.get("government_side") or "")
        self.countries = frozenset(lexicon["sides"].get("countries") or {})
        self.generic = {str(k): frozenset(str(w) for w in v or [])
                        for k, v in (roles.get("generic_sides") or {}).items()}
        # No word of these stands inside a noun phrase ("Philippine borrowers from creditors").
        self.outside_phrase = self.determiners | self.auxiliaries | frozenset(
            lexicon.words("grammar", "prepositions"))


def words_of(lexicon: Lexicon) -> Words:
    """The words this module reads sentences with, built once per lexicon."""
    return lexicon.cached("statement_actors", lambda: Words(lexicon))


def honorific_forms(lexicon: Lexicon) -> tuple[str, ...]:
    """The honorifics as written before a name, with and without their dot ("Mr", "Mr.")."""
    return lexicon.cached("honorific_forms", lambda: tuple(
        form for h in lexicon["roles"].get("honorifics") or [] for form in (str(h), f"{h}.")))


class People:
    """The article's participants with a side (``anyone``: all of them, a side or "" each),
    found by full name or surname; a surname that alone names a firm of the article
    (``firm_surnames``: "Ford" beside Ford Motor Co) only after a title of the person's or one
    of ``honorifics`` ("Premier Ford", "Mr. Ford")."""

    def __init__(self, participants: list[Participant], anyone: bool = False,
                 firm_surnames: frozenset[str] = frozenset(),
                 honorifics: tuple[str, ...] = ()) -> None:
        self.side: dict[str, str] = {}
        self.full: dict[str, str] = {}  # a name as written -> the person's full name
        for p in participants:
            if p.side or anyone:
                surname = p.name.split()[-1]
                names = [p.name, surname]
                if surname in firm_surnames:
                    titles = {r.split()[-1] for r in p.roles if r.split()[-1][:1].isupper()}
                    names = [p.name, *(f"{t} {surname}" for t in sorted(titles)),
                             *(f"{h} {surname}" for h in honorifics)]
                for name in names:
                    self.side.setdefault(name, p.side or "")
                    self.full.setdefault(name, p.name)
        self.names = list(self.side)

    def find(self, text: str) -> list[Actor]:
        """Every participant named in ``text``."""
        return [Actor(a, b, self.side[text[a:b]], person=self.full[text[a:b]])
                for a, b in leftmost_longest(text, self.names)]


def apposed(text: str, at: int, actors: list[Actor]) -> Actor | None:
    """The person named right before an apposition that ends with a comma right before
    ``at`` (a verb of speech): ", Kestrel Bay's managing partner, said" is the person's."""
    close = text.rfind(",", 0, at)
    if close < 0 or text[close + 1:at].strip():
        return None
    opening = text.rfind(",", 0, close)
    return next((a for a in actors if a.person and a.agent and a.end == opening), None) \
        if opening >= 0 else None


def names_a_venue(text: str, a: Actor, toks: list[Token], at: int, words: Words) -> bool:
    """Whether a side named by a place of its own (not its name: "London", "Geneva") stands
    between a determiner and a gathering ("The London round ... failed": the venue) or a
    thing named for where it was made ("the Paris accord")."""
    written = text[a.start:a.end]
    if a.person or written.lower() == a.side.lower() or not written.isalpha() or \
            written.isupper() or (at > 0 and toks[at - 1][3] not in words.determiners):
        return False
    after = bisect.bisect_left(toks, a.end, key=lambda t: t[0])
    return after < len(toks) and toks[after][3] in words.gatherings


def aside_before(text: str, at: int, words: Words) -> tuple[int, int] | None:
    """The aside that ends with a comma right before ``at`` (a verb of speech), opened by a
    comma and a participle or relative word (", attending a summit in Tirana,"), if any."""
    close = text.rfind(",", 0, at)
    if close < 0 or text[close + 1:at].strip():
        return None
    toks = tokens(text)
    opening = close
    # The comma that opens it may come before those of a list inside it ("Saudi Arabia,
    # speaking for a group that includes Russia, Iran and Kuwait, said").
    for _ in range(ASIDE_COMMAS):
        opening = text.rfind(", ", 0, opening)
        if opening < 0:
            return None
        at = bisect.bisect_left(toks, opening + 2, key=lambda t: t[0])
        first = toks[at][3] if at < len(toks) and toks[at][0] < close else ""
        if first.endswith(words.participles) or first in words.relatives:
            return opening, close
    return None


ASIDE_COMMAS = 4  # the commas back to an aside's opening one (a list of three inside it)
