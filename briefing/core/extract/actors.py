"""Who states each statement: the side that states, demands or rejects it (``by``), and the
side it is aimed at when the sentence names one (``to``).

The actors of a sentence are the sides it names (countries, blocs, bodies, their demonyms)
and the article's participants (one of no known side states for no side: "Arvelo said the
bondholders must accept" is hers, aimed at them). The stating side is, in this order:
the actor nearest before the cue in the cue's clause (its subject, mostly; two actors joined
there, "Japan and the US agreed", are both parties); the actor next to a verb of speech
("…, Akazawa said", "said the EU"); the actor nearest before the cue in the sentence; and,
for a sentence that names no actor but speaks through a pronoun ("He said …"), the side the
sentence before it names as speaker. The side aimed at is the first actor after the cue that
is not the stating side.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import partial

from briefing.core.extract.actor_words import Actor as Actor
from briefing.core.extract.actor_words import People as People
from briefing.core.extract.actor_words import Words as _Words
from briefing.core.extract.actor_words import honorific_forms, names_a_venue
from briefing.core.extract.actor_words import words_of as words_of
from briefing.core.extract.both_sides import by_both_sides
from briefing.core.extract.clauses import clause_start
from briefing.core.extract.conditions import condition_set
from briefing.core.extract.noun_phrases import heads as _heads
from briefing.core.extract.sides import SideFinder
from briefing.core.extract.speakers import pronoun_speaks as _pronoun_speaks
from briefing.core.extract.speakers import speaker as _speaker
from briefing.core.extract.speakers import speaking as _speaking
from briefing.core.extract.speakers import speaking_through as _speaking_through
from briefing.core.extract.statement_model.candidates import candidates
from briefing.core.extract.targets import outside_the_bloc
from briefing.language.lexicon import Lexicon
from briefing.model import Participant, Sentence, Statement
from briefing.text.phrases import tokens
from briefing.text.quotes import inside_quotes
from briefing.text.sentences import dateline_end

OPENING_WORDS = 4  # tokens before a sentence's subject at most ("Separately, the", "On Monday, the")
POSSESSED_WORDS = 0  # words between a possessive and a cue it judges ("China's retaliation")
CLAUSE_GAP = 2  # words between a subject after "and" and its cue, at most ("Ottawa still insists")


def actors_in(text: str, people: People, sides: SideFinder, words: _Words) -> list[Actor]:
    """The parties a sentence names, left to right; a side word inside a person's name is
    the person. A party named right after a place or target word ("in", "to", "on") is
    marked as no agent: it can be aimed at, not state."""
    persons = people.find(text)
    named = [Actor(h.start, h.end, h.side) for h in sides.find(text)
             if not any(p.start <= h.start and h.end <= p.end for p in persons)]
    found = _heads(text, sorted(persons + named, key=lambda a: a.start), words)
    if not found:
        return found
    toks = tokens(text)
    starts = [t[0] for t in toks]
    out: list[Actor] = []
    for a in found:
        at = bisect.bisect_left(starts, a.start)
        while at > 0 and toks[at - 1][3] in words.determiners:
            at -= 1
        if at > 0 and toks[at - 1][3] in words.not_agent:
            # "in London", "in the Albanian capital": a venue; "invest in Sylvania", a country
            # by its own name, is aimed at
            # (and "comes to Abu Dhabi": where one goes); by its own name too after a
            # gathering ("a press conference in Luxembourg", "talks in Japan").
            before, link = (toks[at - 2][3] if at > 1 else ""), toks[at - 1][3]
            venue = ((link in words.venues or before in words.going) and (
                text[a.start:a.end].lower() != a.side.lower())) or (
                link in words.venues and before in words.met_at
                and not text.startswith(("'s", "’s"), a.end))  # (not "at Sylvania's request")
            a = Actor(a.start, a.end, a.side, agent=False, venue=venue)
        elif (at > 1 and (toks[at - 2][3], toks[at - 1][3]) in words.directions
              and (at < 3 or toks[at - 3][3] not in words.determiners)) \
                or names_a_venue(text, a, toks, at, words):  # (not "the east of Bahrain")
            a = Actor(a.start, a.end, a.side, agent=False, venue=True)
        out.append(a)
    return out


def _pronoun_subject(text: str, cue: int, words: _Words) -> bool:
    return any(t[3] in words.pronouns for t in tokens(text) if t[0] < cue)


def _judged(text: str, cue: tuple[int, int], subject: Actor, words: _Words) -> bool:
    """Whether a cue judges or binds its subject ("the tariffs were regrettable", "Russia
    must show"), or its subject is a possessive ("China's retaliation"): whoever says so
    states it."""
    gap = f" {' '.join(_GAP_WORD.findall(text[subject.end:cue[0]].lower()))} "
    if " ".join(text[cue[0]:cue[1]].lower().split()) in words.judged or any(
            f" {j} " in gap for j in words.judged):
        # "must accept", "the bondholders must accept", "Mexico has to stop": whoever says
        # so states it
        return True
    # "China's retaliation", "Brazil's decision last month to": not "Sarney's government
    # has repeatedly refused", whose possessive names the one who acts.
    return text.startswith(("'s", "’s"), subject.end) and \
        len(text[subject.end + 2:cue[0]].split()) <= POSSESSED_WORDS


_GAP_WORD = re.compile(r"[^\W\d]+(?:['’][a-z]+)?|\S")
_OWNER = re.compile(r"^['’]s(?=\s)")  # "Sylvania's envoy had demanded": the envoy's
# Between a possessor or an adjective of a side and the party it qualifies ("Brazil's
# creditor banks", "the Canadian Union"): nothing, or "'s" and a word or two.
_QUALIFIES = re.compile(r"\s*(?:['’]s(?:\s+[a-z]+){0,2}\s*)?")


def _judge(text: str, lo: int, subject: list[Actor], words: _Words) -> str | None:
    """Where no one speaks, the party that opens the clause judges what a later one does by
    a verb of judging between them ("Washington has criticised the EU's digital rules as
    unfair"); not one that suffers it ("farmers were hit by China's tariffs") nor one that
    only qualifies the next ("Saudi Arabia's commercial banks")."""
    if len(subject) < 2:
        return None
    first = subject[0]
    opens = len(_GAP_WORD.findall(text[lo:first.start])) <= 1  # "The", at most
    between = {t[3] for t in tokens(text[first.end:subject[1].start])}
    return first.side if opens and not words.judging.isdisjoint(between) else None


def _subject(text: str, cue: tuple[int, int], subject: list[Actor], words: _Words) -> Actor:
    """The party that acts in a cue's clause: the one right before a cue in the past
    ("said Sylvania demanded"), or before the cue with only auxiliaries (and one word of its
    own) between ("Putin had agreed", "the Russian side has demanded", "Sylvania's envoy had
    demanded"), else the first the clause names, the one who speaks or acts ("China responded
    with tariffs on U.S. goods and said it would ignore", "U.S. officials say Switzerland's
    surplus must shrink"), or the party that one qualifies."""
    near = subject[-1]
    gap = _GAP_WORD.findall(_OWNER.sub("", text[near.end:cue[0]]).lower())
    if not gap:
        if text[cue[0]:cue[1]].lower().endswith(words.past_suffixes):
            return near  # a verb: its subject ("U.S. tariffs", "an Iranian attack" are nouns)
    elif not words.auxiliaries.isdisjoint(gap) and all(
            w in words.auxiliaries or w in words.adverbs or w.endswith(words.adverb_suffix)
            for w in gap[1:]) and gap[0].isalpha() and gap[0] not in words.speech \
            and gap[0] not in words.pronouns:  # "told Sylvania they would": "they" is another's
        return near
    head = subject[0]
    for nxt in subject[1:]:
        if not _QUALIFIES.fullmatch(text, head.end, nxt.start):
            break
        head = nxt
    return head


def parties(text: str, cue: tuple[int, int], actors: list[Actor], lexicon: Lexicon,
            proper: int = 0, speakers: Callable[[], list[Actor]] | None = None,
            aside: tuple[int, int] | None = None) -> tuple[str | None, str | None, bool]:
    """The side that states the statement whose cue is at ``cue``, the one it is aimed at, and
    whether the two act together ("Japan and the US agreed"); ``proper``: where the sentence
    starts after its dateline; ``aside``: its speaker's (``speaking_through``)."""
    words = words_of(lexicon)
    start, end = cue
    lo = clause_start(text, start, words.breaks)
    before = [a for a in actors if a.end <= start and a.agent]
    subject = [a for a in before if a.start >= lo]
    by: str | None = None
    to: str | None = None
    if subject:
        by = subject[-1].side
        first, second = subject[0], next((a for a in subject if a.side != subject[0].side), None)
        between = tokens(text[first.end:second.start]).lows if second is not None else []
        if second is not None and not words.coordinators.isdisjoint(between):
            # "Japan and the US agreed": both are parties, together when joined as one subject
            # (not "Baker said the pact imposes sacrifices on Japan and praised Japan's").
            joined = _joined(between, words)
            if not joined and _opens_clause(text, between, subject, second, cue, words):
                return second.side, first.side, False  # "... and Ottawa insists on a refund"
            return first.side, second.side, joined
        elif _judged(text, cue, subject[-1], words):
            by, to = _judging(text, lo, subject, actors, speakers, proper, words)
            if by is None:
                return None, to, False  # "He said the EU must stop": the speaker before's
        else:
            by = _subject(text, cue, subject, words).side
            if subject[-1].side != by:
                to = subject[-1].side  # "U.S. officials say Switzerland's surplus must shrink"
    else:
        # Else the speaker, else the sentence's first party ("Producers, led by Ghana, want";
        # of a whole sentence taken as the cue, the first it names).
        agents = [a for a in actors if a.agent]
        opening = before or (agents if start == 0 else [])
        lead = len(_GAP_WORD.findall(text[proper:agents[0].start])) if agents else 0
        if start == 0 and len(agents) > 1 and agents[1].side != agents[0].side \
                and lead <= OPENING_WORDS and _joined(
                    tokens(text[agents[0].end:agents[1].start]).lows, words):
            # A whole sentence as the cue, opening on two sides joined as its subject ("The
            # European Union and Morocco reached agreement ..."): both act.
            return agents[0].side, agents[1].side, True
        if agents and speakers and not words.judged.isdisjoint(
                _GAP_WORD.findall(text[agents[0].end:].lower())[:2]) and (_speaker(
                text, [a for a in speakers() if a.agent], words) == "" or _pronoun_speaks(
                text, proper, words)):
            # "X said the bondholders must": X's, of no side; "He said the EU must": the
            # speaker before's
            return None, agents[0].side, False
        by = _speaker(text, agents, words) or (opening[0].side if opening else None)
    if to is None:
        whole = start == 0 and end >= len(text.rstrip())  # a whole sentence as the cue
        lo, hi = aside or (0, 0)
        if not words.address_aside.isdisjoint(tokens(text[lo:hi]).lows):
            lo = hi = 0  # "Saudi Arabia, responding to Russia, said": aimed at Russia
        to = next((a.side for a in actors if (whole or a.start >= end) and a.side != by
                   and not a.venue and not lo <= a.start < hi), None)
    return by, to, False


def _judging(text: str, lo: int, subject: list[Actor], actors: list[Actor],
             speakers: Callable[[], list[Actor]] | None, proper: int, words: _Words
             ) -> tuple[str | None, str | None]:
    """Who states a cue that judges or binds its subject, and whom it is aimed at: the one
    speaking, at the subject ("Ishiba said Washington's tariffs were regrettable"; anyone
    speaking, one of no known side, "", too); for "He said the EU must stop", no one yet (the
    speaker before, found later); else the subject itself, at no one yet."""
    by = subject[-1].side
    speaker = _speaker(text, [a for a in (speakers() if speakers else actors) if a.agent], words)
    if speaker is None:  # (one of no known side speaks too: "" is a speaker)
        speaker = _judge(text, lo, subject, words)
    if speaker is None and _pronoun_speaks(text, proper, words):
        return None, by
    return (speaker, by) if speaker is not None and speaker != by else (by, None)


def _opens_clause(text: str, between: list[str], subject: list[Actor], second: Actor,
                  cue: tuple[int, int], words: _Words) -> bool:
    """Whether a coordinator right before the second party opens the cue's own clause, that
    party its subject ("Washington offers 70 percent and Ottawa insists": Ottawa insists); not
    after a party or a pronoun ("said Canada and the US had agreed", "he and Trump agreed")."""
    at = len(between)
    while at and between[at - 1] in words.determiners:
        at -= 1
    if not (at > 1 and between[at - 1] in words.coordinators) or between[at - 2] in words.pronouns:
        return False
    joiner = text.lower().rfind(between[at - 1], 0, second.start)
    return not any(not _GAP_WORD.findall(text[a.end:joiner]) for a in subject if a.end <= joiner
                   ) and len(_GAP_WORD.findall(text[second.end:cue[0]])) <= CLAUSE_GAP


def _joined(between: list[str], words: _Words) -> bool:
    """Whether the words between two parties join them as one subject: a coordinator and at
    most determiners ("Japan and the US", "Seoul, and its partners")."""
    rest = [w for w in between if w != ","]
    return bool(rest) and rest[0] in words.coordinators and all(
        w in words.determiners for w in rest[1:])


def attribute(statements: list[Statement], sentences: list[Sentence],
              participants: list[Participant], sides: SideFinder, lexicon: Lexicon,
              firm_surnames: frozenset[str] = frozenset()) -> None:
    """Set ``by`` and ``to`` on one article's statements (``firm_surnames``: surnames that
    alone name a firm of the article, ``firms_not_people``)."""
    if not statements:
        return
    honorifics = honorific_forms(lexicon)
    people = People(participants, firm_surnames=firm_surnames, honorifics=honorifics)
    everyone = People(participants, anyone=True, firm_surnames=firm_surnames,
                      honorifics=honorifics)
    words = words_of(lexicon)
    by_text = {s.text: s for s in sentences}
    parties_at: dict[int, list[tuple[int, str]]] = {}
    for item in statements:
        ev = item.evidence[0]
        cue = ev.spans[0] if ev.spans else (0, 0)
        proper = dateline_end(ev.sentence)  # "RABAT, Feb 9 - ": no party of the lead's
        actors = [a for a in actors_in(ev.sentence, people, sides, words) if a.start >= proper]
        who, aside = _speaking_through(ev.sentence, [a for a in actors if a.agent], words)
        speaker = who.side if who else None
        if speaker is None and _pronoun_speaks(ev.sentence, proper, words):
            # "He warned that if Canada retaliated, Washington would ...": the speaker before
            speaker = _previous_speaker(by_text.get(ev.sentence), sentences, people, sides, words)
        bound = condition_set(ev.sentence, cue[0], actors, lexicon, speaker)
        item.by, item.to, item.joint = (bound[0], bound[1], False) if bound else _pointed(
            ev.sentence, item, cue, actors, lexicon, proper, partial(
                _agents_from, ev.sentence, everyone, sides, words, proper), aside)
        parties_at[id(item)] = [(a.start, a.side) for a in actors if a.agent]
        if item.to in words.forums and not item.joint:
            # A forum a case is brought to is no one it is aimed at, when the sentence names
            # another party ("pledges to the world trade body unless Japan opens its market")
            item.to = next((a.side for a in actors if a.side and a.side != item.by
                            and a.side not in words.forums), item.to)
        if who is not None and who.side and who.side != item.by and _own_stand(
                ev.sentence, proper, cue[0], words):
            item.by, item.to, item.joint = who.side, item.by or item.to, False
        if who is not None and who.side == item.by:
            item.speaker = _person(who, actors)  # the merge may know their side better
        sentence = by_text.get(ev.sentence)
        if who is None and sentence is not None and _left_open(ev.sentence):
            _said_next(item, sentence, sentences, people, sides, words)
        if item.by is None and (not any(a.agent for a in actors) or _pronoun_speaks(
                ev.sentence, proper, words)) and (
                _pronoun_subject(ev.sentence, cue[0], words) or _QUOTED.fullmatch(ev.sentence)):
            # "He said ...", or a quotation of its own after a quoted speaker's sentence
            # ('..." Greer said. "That is not negotiable."'): the speaker before
            item.by = _previous_speaker(by_text.get(ev.sentence), sentences, people, sides, words)
            item.to = None if item.to == item.by else item.to
        item.to = outside_the_bloc(item.by, item.to, ev.sentence, actors, cue[1], sides)
        item.by, item.to = item.by or None, item.to or None  # "": a person of no known side
    by_both_sides(statements, parties_at, words)


_OPENING_QUOTE = re.compile(r"\s*[\"“]\s*([A-Za-z]+)[^\"“”]*[\"”]")


def _pointed(text: str, item: Statement, cue: tuple[int, int], actors: list[Actor],
             lexicon: Lexicon, proper: int, agents: Callable[[], list[Actor]],
             aside: tuple[int, int] | None) -> tuple[str | None, str | None, bool]:
    """``parties`` of an item's cue; for the whole sentence as the candidate, those of its
    one cue of the item's kind, if reported (``_reported``) and stating another party ("Dren
    told reporters that Sylvania had rejected": Sylvania; not sides acting together)."""
    found = parties(text, cue, actors, lexicon, proper, agents, aside)
    if item.cue or cue[1] != len(text) or found[2]:
        return found
    own = [c.cue for c in candidates(text, lexicon) if c.cue.kind == item.kind]
    if len(own) != 1 or not _reported(text, own[0].start, words_of(lexicon)):
        return found
    point = parties(text, (own[0].start, own[0].end), actors, lexicon, proper, agents, aside)
    return point if point[0] and point[0] != found[0] else found


def _reported(text: str, at: int, words: _Words) -> bool:
    """Whether ``text[at:]`` stands in a clause reported after a verb of speech ("told
    reporters that ...") and outside quotation marks."""
    if inside_quotes(text, at):
        return False
    said = [t[3] for t in tokens(text[:at])]
    speech = next((i for i, w in enumerate(said) if w in words.speech), None)
    return speech is not None and not words.reported.isdisjoint(said[speech + 1:])


def _own_stand(text: str, proper: int, cue: int, words: _Words) -> bool:
    """Whether a cue stands in a quotation that opens the sentence on the first person ('"We
    will not accept ...," Rubio said'): the speaker's own stand, whatever side it names."""
    found = _OPENING_QUOTE.match(text, proper)
    return found is not None and found.start(1) <= cue < found.end() \
        and found.group(1).lower() in words.first_person


def _agents_from(text: str, people: People, sides: SideFinder, words: _Words, proper: int
                 ) -> list[Actor]:
    return [a for a in actors_in(text, people, sides, words) if a.start >= proper]


_QUOTED = re.compile(r"\s*[\"“][^\"“”]*[\"”]\s*")  # a sentence that is one quotation


def _left_open(text: str) -> bool:
    """Whether a sentence opens a quotation that goes on into the next one."""
    return text.startswith(('"', "“")) and bool(text.count('"') % 2
                                                 or text.count("“") > text.count("”"))


def _said_next(item: Statement, sentence: Sentence, sentences: list[Sentence], people: People,
               sides: SideFinder, words: _Words) -> None:
    """A quotation that goes on into the next sentence is its speaker's ("Our waters are not
    waiting for Brussels. Other partners have asked for access," said Benjelloun); a side it
    names is the one it is aimed at."""
    if sentence.index + 1 >= len(sentences):
        return
    following = sentences[sentence.index + 1].text
    # The quotation must close there, and its speaker be named after it (not "This would
    # hurt all EU member states as well." nor a sentence that quotes no more).
    close = min((i for i in (following.find('"'), following.find("”")) if i >= 0), default=-1)
    if close < 0:
        return
    text = following[close + 1:]
    actors = [a for a in actors_in(text, people, sides, words) if a.agent]
    who = _speaking(text, actors, words)
    if who is None:
        return
    named = item.by if item.by and item.by != who.side else item.to
    item.by, item.to, item.joint = who.side, (named if named != who.side else None), False
    item.speaker = _person(who, actors)


def _person(who: Actor, actors: list[Actor]) -> str:
    """The person who speaks: the speaker, or the person of their side named before them or
    right after them ("said Sylvanian minister Ola Berg": "Sylvanian" is next to "said";
    "Kato has said Japan cannot ..."; not "..., a day after Akazawa met Lutnick")."""
    return who.person or next((a.person for a in actors if a.person and a.side == who.side
                               and (a.end <= who.start
                                    or 0 <= a.start - who.end <= PERSON_AFTER_SIDE)), "")


PERSON_AFTER_SIDE = 40  # characters of a title between a side's word and its person


def _previous_speaker(sentence: Sentence | None, sentences: list[Sentence], people: People,
                      sides: SideFinder, words: _Words) -> str | None:
    """Who spoke in the sentence before: the speaker, else the first party it names."""
    if sentence is None or sentence.index == 0:
        return None
    text = sentences[sentence.index - 1].text
    actors = [a for a in actors_in(text, people, sides, words) if a.agent]
    return _speaker(text, actors, words) or (actors[0].side if actors else None)
