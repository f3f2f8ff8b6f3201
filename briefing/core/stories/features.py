"""What one article says about the negotiation it reports: the parties acting in its lead
and statements, its topic words, its date. Counted once when the article is parsed
(``story_keys``, kept with its results in the cache), read when storylines are grouped."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.core.extract.participants import side_within
from briefing.core.extract.participants.roles import without_possessive
from briefing.core.extract.participants.rules import rules as participant_rules
from briefing.core.extract.sides import SideFinder
from briefing.core.extract.topics import topic_hits
from briefing.language.lexicon import Lexicon
from briefing.model import ArticleResult, Sentence, StoryKeys
from briefing.text.regex import with_first_chars
from briefing.text.sentences import after_dateline, dateline_end

CATEGORY = "#"  # marks a topic's name among an article's terms (a word's stem has none)
ACRONYM = "="  # marks an acronym among them: it groups articles, it names no storyline
_ACRONYM = with_first_chars(r"(?<![\w.&'’-])[A-Z]{3,7}(?:-[A-Z]{2,7})*(?![\w.&'’-])")
_NEXT = re.compile(r"\s+([\w'’-]+)")


def _sources(lexicon: Lexicon) -> frozenset[str]:
    """The words after an acronym that make it a report's source ("said", "news")."""
    def build() -> frozenset[str]:
        speech = frozenset(w.lower() for w in participant_rules(lexicon).speech)
        return speech | frozenset(lexicon.words("stories", "source_words"))
    return lexicon.cached("story_source_words", build)


LEAD = 2  # the sentences of an article's lead that count besides its statements


@dataclass
class Signal:
    """One article's evidence for grouping: parties and terms with their counts."""

    article_id: str
    date: dt.date | None
    statements: int
    parties: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)  # surface form of each term
    actors: Counter[str] = field(default_factory=Counter)  # sides of its participants


def stem(word: str, lexicon: Lexicon) -> str:
    """A topic word's stem: lower case, a plural's ending dropped."""
    plural = lexicon["stories"]["plural"]
    ending, unless = str(plural["ending"]), tuple(plural["unless"])
    word = word.lower()
    for many, one in (plural.get("endings") or {}).items():
        if len(word) > len(many) + 2 and word.endswith(str(many)):
            return word[:-len(str(many))] + str(one)  # "duties" is "duty"
    if len(word) > len(ending) + 2 and word.endswith(ending) and not word.endswith(unless):
        return word[:-len(ending)]
    return word


def _places(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.cached("stories_places", lambda: frozenset(
        lexicon.words("stories", "places_before")))


def _last_word(text: str, end: int) -> str:
    """The word just before ``end`` in ``text``, lower case, without punctuation."""
    start = end
    while start > 0 and text[start - 1] == " ":
        start -= 1
    stop = start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:stop].lower()


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&'’-]*[ ]+\Z")
_CAPITALISED_AFTER = re.compile(r"[ ]+[A-Z][a-z]")
IN_A_NAME = "^"  # marks a topic word's form written inside a name ("Hanwha Ocean")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word mid-sentence stands in a name beside another ("Hanwha
    Ocean", "Panama Ports Company"): not a sentence's first word."""
    if not text[start:start + 1].isupper() or start == 0 or text[:start].rstrip().endswith(
            (".", "-", '"', "“", ":")):
        return False
    return bool(_CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
                or _CAPITALISED_AFTER.match(text, end))


def _headline(text: str) -> bool:
    """Whether most words of a text are capitalised: a headline names nothing by its capitals
    ("US, Japan Agree on Chips")."""
    words = text.split()
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def count_keys(texts: Iterable[str], finder: SideFinder, lexicon: Lexicon) -> StoryKeys:
    """The parties (sides not named as a place) and topic words of some texts."""
    parties: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    places = _places(lexicon)
    # A commodity council's name says its topic ("International Cocoa Organization").
    forums = frozenset(lexicon["stories"].get("forums") or [])
    for text in texts:
        named = finder.find(text)
        for hit in named:
            if _last_word(text, hit.start) not in places:
                parties[hit.side] += 1
        for topic in topic_hits(text, lexicon):
            if any(h.start <= topic.start < h.end and h.side not in forums for h in named):
                continue  # a word of a side's name ("European Union") is no topic
            form = text[topic.start:topic.end].lower()
            terms[stem(form, lexicon)] += 1
            terms[CATEGORY + topic.phrase] += 1
            # A word of a firm's name groups its reports but names no storyline ("China–US ·
            # ocean" was named for "Hanwha Ocean").
            in_name = _in_a_name(text, topic.start, topic.end) and not _headline(text)
            forms[IN_A_NAME + form if in_name else form] += 1
        # A pact's or a body's acronym ("the USMCA joint review") names what the talks are
        # about as a topic word would (not in a headline written in capitals).
        acronyms = list(_ACRONYM.finditer(text, dateline_end(text)))
        if acronyms and sum(map(str.isupper, text)) * 2 < sum(map(str.isalpha, text)):
            for found in acronyms:
                after = _NEXT.match(text, found.end())
                if after and after.group(1).lower() in _sources(lexicon):
                    continue  # "MTI said", "the official MTI news agency": a report's source
                if not any(h.start <= found.start() < h.end for h in named):
                    terms[ACRONYM + found.group().lower()] += 1
                    forms[found.group()] += 1
    for party, counterpart in (lexicon["stories"].get("counterpart_needed") or {}).items():
        if party in parties and counterpart not in parties:
            del parties[party]  # household consumers, not the consuming countries
    return StoryKeys(dict(parties), dict(terms), dict(forms))


def story_keys(result: ArticleResult, sentences: list[Sentence], finder: SideFinder,
               lexicon: Lexicon) -> StoryKeys:
    """The keys of one parsed article: its title, lead and statements (an article with no
    statement starts no storyline, but its title and lead may still join it to one: a
    parliament's vote on the deal)."""
    statements = [*result.agreed, *result.disputes]
    # Not the lead's dateline: where the report was filed from is no party of it ("DUBAI/LONDON,
    # Nov 29 (Reuters) -": a storyline named "OPEC+–UK").
    lead = sentences[0].text if sentences else None
    texts = dict.fromkeys(after_dateline(s.text, s.index) for s in sentences[:LEAD])
    texts.update(dict.fromkeys(after_dateline(e.sentence) if e.sentence == lead else e.sentence
                               for s in statements for e in s.evidence))
    if result.article.title:
        texts[result.article.title] = None
    return count_keys(texts, finder, lexicon)


def _arms_country(firm: str, roles: list[str], finder: SideFinder) -> str | None:
    """The country of the firm's national arm that a role names ("president of GM Canada",
    "Ford of Canada spokesperson"), if any."""
    named = firm.split()
    for role in roles:
        for hit in finder.find(role):
            before = [without_possessive(w) for w in role[:hit.start].split()]
            # right before the country, or a link word between ("Ford of Canada")
            if named in (before[-len(named):], before[-len(named) - 1:-1]):
                return hit.side
    return None


def signal(result: ArticleResult, finder: SideFinder, lexicon: Lexicon) -> Signal:
    """One article's signal, from the keys its parse counted (else from its statements)."""
    statements = [*result.agreed, *result.disputes]
    out = Signal(result.article.id, result.article.date, len(statements))
    finder.on(result.article.date)
    for person in result.participants:
        if person.side and not person.provisional:
            # A House committee acts within the United States, a firm's national arm ("GM
            # Canada President") within its country: one party of a storyline.
            out.actors[side_within(person.side, lexicon, finder)
                       or _arms_country(person.side, person.roles, finder) or person.side] += 1
    keys = result.keys
    if keys is None and not statements:
        return out
    if keys is None:
        texts = dict.fromkeys(e.sentence for s in statements for e in s.evidence)
        keys = count_keys(texts, finder, lexicon)
    out.parties.update(keys.parties)
    out.terms.update(keys.terms)
    out.forms.update(keys.forms)
    return out


def signals(results: list[ArticleResult], finder: SideFinder, lexicon: Lexicon
            ) -> list[Signal]:
    """Every article's signal, in the order given."""
    return [signal(r, finder, lexicon) for r in results]
