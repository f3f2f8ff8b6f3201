"""Settling disputes: a point that a later article reports as agreed moves to Agreed."""

from __future__ import annotations

import copy
import datetime as dt
from collections import Counter

from briefing.core.extract.participants.roles import without_possessive
from briefing.core.merge.settle_words import SettleWords, settle_words
from briefing.core.merge.similar import POSTINGS, RARE, alike, compounds, content_words
from briefing.language.lexicon import Lexicon, packaged_lexicon
from briefing.model import Evidence, Statement
from briefing.text.phrases import tokens


def _agreeing_verb(cue: str, w: SettleWords) -> str | None:
    """The agreeing verb a cue ends with ("not yet signed": sign), if any."""
    words = cue.lower().split()
    return w.agreeing.get(words[-1]) if words else None


def _agreeing_verb_in(text: str, w: SettleWords) -> str | None:
    """The first agreeing verb of a text (an item the model found with no cue of its own)."""
    return next((v for t in tokens(text) if (v := w.agreeing.get(t[3]))), None)


NOT_YET_REACH = 40  # characters before an agreeing verb in which its negation stands


def _not_made(item: Statement, w: SettleWords) -> bool:
    """Whether a dispute says an agreement is not made: a negation or "yet to" right before
    its agreeing verb ("has not yet signed", "failed to agree on")."""
    text = item.text
    at = text.lower().find(item.cue.lower()) if item.cue else -1
    return at > 0 and w.not_yet.search(text, max(0, at - NOT_YET_REACH), at) is not None


def _ended_subject(sentence: str, w: SettleWords) -> tuple[frozenset[str], frozenset[str], str]:
    """The topics the dispute an agreement ends is said to be over ("ends their dispute over
    brandy": spirits), the stems of its words ("over water deliveries": a subject no topic
    holds) and the stem of its head noun ("the delivery schedule", "the plan for ..."); none
    when it names no subject."""
    found = w.ended_subject.search(sentence)
    if found is None:
        return frozenset(), frozenset(), ""
    words = found.group(1).split()
    cut = next((i for i, x in enumerate(words) if x.lower() in w.subject_ends), len(words))
    subject = " ".join(words[:cut or len(words)])  # (nothing before the cut: all its words)
    text = f" {subject.lower()} "
    # The subject's own words: not a name ("Mexican"), nor a broad topic's ("duties").
    lower = {t[3] for t in tokens(subject) if not t[2][:1].isupper()}
    own = content_words(subject) & lower - w.broad_words
    ahead = subject.split()
    ahead = ahead[:next((i for i, x in enumerate(ahead) if x.lower() in w.prepositions),
                        len(ahead))]
    head = next((x.lower() for x in reversed(ahead) if x.lower() in own), "")
    return (frozenset(topic for word, topic in w.topic_words.items() if f" {word} " in text),
            _stems(own), head[:STEM])


def _main_parties(items: list[Statement]) -> set[str]:
    """A negotiation's own parties: the two that state or are aimed at most."""
    acting = Counter(x for item in items for x in (item.by, item.to) if x)
    return {side for side, _n in acting.most_common(MAIN_PARTIES)}


def _procedural(item: Statement, w: SettleWords) -> bool:
    """Whether an agreement is one to meet or talk again: its cue, "to", one of cues.yaml's
    ``procedural_verbs`` and a gathering ("agreed to resume negotiations next year")."""
    if item.cue:
        at = item.text.lower().find(item.cue.lower())
        end = at + len(item.cue) if at >= 0 else -1
    else:  # a whole sentence the model found: after its first agreeing verb
        end = next((t[1] for t in tokens(item.text) if t[3] in w.agreeing), -1)
    found = w.procedural.match(item.text, end) if end >= 0 else None
    # Not one that also agrees on a thing ("to continue talks on autos and to scrap the
    # tariffs on steel"): another "to" and a verb no procedural one, after it.
    return found is not None and not any(
        m.group(1).lower() not in w.procedural_verbs for m in w.another.finditer(item.text,
                                                                                  found.end()))


def _conditional(sentence: str, w: SettleWords) -> bool:
    """Whether a sentence holds a condition ("if", "unless": cues.yaml's ``conditional``)."""
    text = f" {' '.join(sentence.lower().replace(',', ' ').split())} "
    return any(c in text for c in w.conditions)


MAIN_PARTIES = 2  # a negotiation's own parties: two, as most negotiations have
# How alike a dispute and an agreement that says it ends the dispute ("..., ending their
# dispute over the quota") must be, with a topic in common: "demanded a 35 percent share of
# the catch" and "a 30 percent share of the mackerel catch" share four of 24 words.
ENDED_THRESHOLD = 0.1


class _AgreedIndex:
    """The agreed items by their words, with the date each was first reported."""

    def __init__(self, agreed: list[Statement], disputes: list[Statement], article_dates:
                 dict[str, dt.date | None], w: SettleWords, ended_whole: bool = False) -> None:
        self.w, self.article_dates = w, article_dates
        self.whole = ended_whole  # the articles of one negotiation
        self.sigs = [content_words(a.evidence[0].sentence) for a in agreed]
        self.dates = [self.first_date(a) for a in agreed]
        self.topics = [a.topics for a in agreed]
        # Not an end that is denied or only a condition's ("would reach an agreement, ending
        # the dispute, if Tokyo accepted quotas"; "will cut tariffs ..., ending" is one).
        real = [not (a.negated or (a.hypothetical and _conditional(a.evidence[0].sentence, w)))
                for a in agreed]
        self.ends = [(a.settles or a.withdraws) and ok for a, ok in zip(agreed, real, strict=True)]
        # An agreement to meet or talk again settles nothing ("agreed to resume negotiations").
        self.procedural = [not a.settles and _procedural(a, w) for a in agreed]
        # A withdrawn threat is its side's: "Japan will drop its threat" settles no threat of
        # the United States (both sides of a joint one: "the employers and the union reached
        # a deal, calling off the strike" withdraws the union's threat).
        self.withdraws = [a.withdraws and ok for a, ok in zip(agreed, real, strict=True)]
        self.withdrawer = [({a.by, a.to} if a.joint else {a.by}) - {None}
                           if a.withdraws and not a.settles else set() for a in agreed]
        # Who each agreement is between: one that says it ends the sides' dispute settles
        # their disputes on its topic whatever their words (see ``ended``).
        self.sides = [{x for x in (*a.sides, a.by, a.to) if x} for a in agreed]
        self.enders = [n for n, a in enumerate(agreed)
                       if a.settles and real[n] and ended_whole]
        # An end of "the dispute" naming only the negotiation's own parties, or none, ends
        # theirs ("Canada Post ..., settling the dispute"); not a third party's (US-EC).
        main = _main_parties([*agreed, *disputes]) if ended_whole else set()
        for n in self.enders:
            if self.sides[n] <= main:
                self.sides[n] |= main
        over = [_ended_subject(a.evidence[0].sentence, w) if a.settles
                else (frozenset(), frozenset(), "") for a in agreed]
        self.over = [topics for topics, _words, _head in over]
        self.over_words = [words for _topics, words, _head in over]
        self.over_head = [head for _topics, _words, head in over]
        # The agreements made, by their verb: one not yet made ("China has not yet signed")
        # is made when a later report says so (``made_later``).
        self.by_verb: dict[str, list[int]] = {}
        for n, a in enumerate(agreed):
            verb = (_agreeing_verb(a.cue, w) or _agreeing_verb_in(a.text, w)) \
                if real[n] and not a.hypothetical else None
            if verb:
                self.by_verb.setdefault(verb, []).append(n)
        self.index: dict[str, list[int]] = {}
        for n, words in enumerate(self.sigs):
            for word in words:
                self.index.setdefault(word, []).append(n)
        self.index_disputes(disputes)
        self.terms, self.term_counts = _terms(agreed, disputes)
        self.frequency: Counter[str] = Counter(w for words in self.dispute_sigs for w in words)
        for words in self.sigs:
            self.frequency.update(words)

    def index_disputes(self, disputes: list[Statement]) -> None:
        """The disputes by their words and stems, with the day each was last reported."""
        self.dispute_sigs = [content_words(d.evidence[0].sentence) for d in disputes]
        # When each dispute was last reported open: a point restated after an agreement that
        # ends the sides' dispute is still open ("but the two sides still disagree over rice").
        self.last_open = [self.last_date(d) for d in disputes]
        self.stems = [_stems(words) for words in self.dispute_sigs]
        self.by_stem: dict[str, list[int]] = {}
        for i, stems in enumerate(self.stems):
            for stem in stems:
                self.by_stem.setdefault(stem, []).append(i)

    def first_date(self, item: Statement) -> dt.date | None:
        days = [d for e in item.evidence if (d := self.article_dates.get(e.article_id))]
        return min(days) if days else None

    def last_date(self, item: Statement) -> dt.date | None:
        days = [d for e in item.evidence if (d := self.article_dates.get(e.article_id))]
        return max(days) if days else None

    def match(self, dispute: Statement, words: frozenset[str], when: dt.date,
              threshold: float) -> int | None:
        """The first agreement, reported after ``when``, alike enough to settle the dispute;
        only the agreements that share the dispute's rarer words are compared."""
        rare = sorted((w for w in words if w in self.index),
                      key=lambda w: (self.frequency[w], w))[:RARE + 2]
        hits = Counter(n for w in rare for n in self.index.get(w, [])[:POSTINGS])
        need = 2 if len(rare) > 1 else 1
        for n in sorted(n for n, shared in hits.items() if shared >= need):
            agreed_on = self.dates[n]
            if agreed_on is None or agreed_on <= when or self.procedural[n]:
                continue
            shared = set(dispute.topics) & set(self.topics[n])
            if dispute.topics and self.topics[n] and not shared:
                continue
            if self.withdrawer[n] and dispute.by not in self.withdrawer[n]:
                continue  # (nor one of no known side: "nurses will vote on strike action")
            # (A threat its own words withdraw is withdrawn whatever the dispute the deal
            # says it ends: "ends the dispute over water deliveries, and Sylvania dropped its
            # threat of a 5 percent tariff".)
            if alike(words, self.sigs[n], threshold) or (
                    # (an end of no topic of its own ends one of a topic: "participants
                    # will pay a reduced ... surcharge, ending the dispute over fees")
                    self.ends[n] and (shared or not dispute.topics or not self.topics[n])
                    and self.between(n, dispute) and alike(words, self.sigs[n], ENDED_THRESHOLD)
                    and (self.withdrawn(n, dispute) or (
                        self.about(n, dispute, words)
                        and not self.still_open(_stems(words), agreed_on)))):
                return n
        ended = self.ended(dispute, words, when)
        return ended if ended is not None else self.made_later(dispute, words, when)

    def made_later(self, dispute: Statement, words: frozenset[str], when: dt.date
                   ) -> int | None:
        """The first agreement reported after ``when`` that makes one the dispute says is not
        made ("China has not yet signed" and, later, "Ethiopia signed a bilateral agreement
        with China's Export-Import Bank"): the same agreeing verb, the dispute's parties among
        the agreement's, a topic in common (when both have one) and a word besides the
        verb."""
        verb = _agreeing_verb(dispute.cue, self.w)
        parties = {x for x in (dispute.by, dispute.to) if x}
        if verb is None or not parties or not self.whole or not _not_made(dispute, self.w):
            return None
        for n in self.by_verb.get(verb, ()):
            agreed_on = self.dates[n]
            if agreed_on is None or agreed_on <= when or not parties <= self.sides[n]:
                continue  # not another party's deal: "Zambia agreed with China"
            if dispute.topics and self.topics[n] and not set(dispute.topics) & set(
                    self.topics[n]):
                continue
            theirs = {without_possessive(w) for w in self.sigs[n]}
            if any(without_possessive(w) in theirs and self.w.agreeing.get(w) != verb
                   for w in words):
                return n  # a word besides the verb: "China" and "China's Export-Import Bank"
        return None

    def ended(self, dispute: Statement, words: frozenset[str], when: dt.date) -> int | None:
        """The first agreement reported after ``when`` that says it ends the sides' dispute
        ("reached an agreement on salmon quotas, ending a six-week dispute") between the
        dispute's sides (each it names among the agreement's), on the dispute's topics
        (each among the agreement's: not a threat on medicines by a deal on tariffs): "the
        two sides still disagree over the quota" is settled by it in other words; not a
        point reported open again on or after the agreement's day ("but the two sides still
        disagree over rice"). A dispute that names no side is settled only in its own words
        (a reviewer found "resolved a related dispute over citrus" settling 38 disputes of a
        farm trade storyline), one of no topic only by a word of the subject the end names."""
        parties = {x for x in (dispute.by, dispute.to) if x}
        if not parties:
            return None
        stems, own = _stems(words), _stems(content_words(dispute.text))
        for n in self.enders:
            agreed_on = self.dates[n]
            if agreed_on is None or agreed_on <= when or not parties <= self.sides[n]:
                continue
            # A point of no topic, by the head of the subject the end names, in its own
            # words ("ending a months-long dispute over the delivery schedule": "a schedule
            # full of escape clauses"; not "Mexico had delivered more water"); one of topics,
            # by them.
            if (self.over_head[n] in own if not dispute.topics
                    else set(dispute.topics) <= set(self.topics[n])
                    and self.about(n, dispute, words)) \
                    and not self.still_open(stems, agreed_on):
                return n
        return None

    def between(self, n: int, dispute: Statement) -> bool:
        """Whether an agreement that ends a dispute may end this one: a party in common, when
        both name one (Air Canada's deal ending its strike ends none of Canada Post's); in
        one negotiation a generic party will do ("the union" may be the union the deal
        names), in a folder of many only a named one, and a dispute of no party is ended
        only there."""
        parties = {x for x in (dispute.by, dispute.to) if x}
        if not self.whole:
            parties -= self.w.generic
            return bool(parties) and not parties.isdisjoint(self.sides[n])
        return not parties or not self.sides[n] or not parties.isdisjoint(self.sides[n]) \
            or not parties.isdisjoint(self.w.generic)

    def about(self, n: int, dispute: Statement, words: frozenset[str]) -> bool:
        """Whether a dispute is of the topic the agreement ``n`` says its dispute was over,
        if it says; when no topic holds that subject, whether the dispute holds a word of it
        ("their dispute over water deliveries" ends no demand on steel tariffs; "a standoff
        over the format of the undertakings" no threat on cars of the deal's topic, nor a
        refusal of "price commitments" in other words: a stale row misleads less than a
        point wrongly closed); with no subject named, whether it shares a topic with the
        agreement that is not a broad one (a deal ending "their dispute over brandy" ends no
        dispute over duties on cars)."""
        over, subject, broad = self.over[n], self.over_words[n], self.w.broad
        specific = bool((set(dispute.topics) & set(self.topics[n])) - broad)
        # A subject no topic holds ("over water deliveries", "over duties on tomatoes"): a
        # word of it, or the point the agreement names in terms of its own (``terms_shared``).
        if subject and over <= broad:
            return not subject.isdisjoint(_stems(words)) or self.terms_shared(n, dispute)
        if over:  # "over tariffs on electric vehicles": cars, not any tariff (pork's)
            return not (over - broad or over).isdisjoint(dispute.topics) or specific
        # No subject ("ending a dispute that had lasted two years"): a topic in common that
        # is not a broad one (dairy's deal ends no dispute over duties on cars), unless the
        # dispute has no other ("GM rejected the union's demand", ended by the UAW's deal).
        return specific or not set(dispute.topics) - broad

    def terms_shared(self, n: int, dispute: Statement) -> bool:
        """Whether a dispute names the point the agreement ``n`` settles in the agreement's
        own terms: ``TERMS`` pairs of words its text holds that few of the negotiation's
        statements and disputes hold ("pay a reduced immigration health surcharge ...,
        ending the dispute over fees" ends "demanding that participants be exempted from the
        immigration health surcharge": the end's subject is not the dispute's word, but its
        point is)."""
        held, disputed = self.term_counts
        most = max(1.0, TERM_SHARE * len(self.dispute_sigs))
        return sum(1 for c in self.terms[n] & compounds(dispute.evidence[0].sentence)
                   if held[c] <= TERM_HOLDERS and disputed[c] <= most) >= TERMS

    def withdrawn(self, n: int, dispute: Statement) -> bool:
        """Whether the agreement ``n`` withdraws a threat (``threat_enders``) and the dispute
        is a threat by its cue: settled, even if a like point is reported again after it."""
        return (self.withdraws[n] and bool(dispute.cue)
                and dispute.cue.lower().startswith(self.w.threats))

    def still_open(self, stems: frozenset[str], since: dt.date) -> bool:
        """Whether a dispute like one of ``stems`` is reported on or after ``since`` (only
        those that share a stem are compared)."""
        near = {i for stem in stems for i in self.by_stem.get(stem, ())}
        return any((last := self.last_open[i]) is not None and last >= since
                   and alike(stems, self.stems[i], STILL_OPEN) for i in sorted(near))


# The terms an agreement ending the dispute names its point by ("a reduced immigration
# health surcharge": two pairs of words) are ones few statements hold, and few of the
# disputes: a scheme's name said of every point ("the youth mobility scheme") names none,
# nor one pair alone ("joint committee").
TERMS = 2
TERM_HOLDERS = 6
TERM_SHARE = 1 / 3
# How alike a dispute must be to one reported after an agreement that ends the sides'
# dispute to stay open with it: one point, restated ("rejects any label" and "have not yet
# agreed on how goods will be labelled"), compared by the words' first letters (``STEM``).
STILL_OPEN = 0.15
STEM = 5


def _terms(agreed: list[Statement], disputes: list[Statement]
           ) -> tuple[list[frozenset[str]], tuple[Counter[str], Counter[str]]]:
    """The terms each agreement that ends a dispute names its point by (its sentence's
    ``compounds``), and how many statements, and how many disputes, hold each term."""
    terms = [compounds(a.evidence[0].sentence) if a.settles else frozenset() for a in agreed]
    if not any(terms):
        return terms, (Counter(), Counter())
    disputed = Counter(c for x in disputes for c in compounds(x.evidence[0].sentence))
    held = disputed + Counter(c for x in agreed for c in compounds(x.evidence[0].sentence))
    return terms, (held, disputed)


def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:STEM] for w in words)


def settle_disputes(agreed: list[Statement], disputes: list[Statement],
                    article_dates: dict[str, dt.date | None], threshold: float = 0.3,
                    settled_by: dict[tuple[str, str], tuple[int, Evidence]] | None = None,
                    ended_whole: bool = False, lexicon: Lexicon | None = None
                    ) -> tuple[list[Statement], list[Statement]]:
    """A dispute that a later article reports as agreed moves to Agreed.

    The agreement keeps the date the point was first disputed, and the dispute's reports as
    evidence. Both must share a topic (when both have one) and enough words; only pairs that
    share one of the dispute's rarer words are compared. With ``ended_whole`` (the articles
    of one negotiation), an agreement that ends the sides' dispute settles their disputes on
    its topic whatever their words (``_AgreedIndex.ended``). ``lexicon``: whose words to
    read (the packaged ones when none is given).
    """
    tables = settle_words(lexicon if lexicon is not None else packaged_lexicon())
    found = _AgreedIndex(agreed, disputes, article_dates, tables, ended_whole)
    still_open: list[Statement] = []
    agreed = list(agreed)
    settled: dict[int, Statement] = {}  # copies made so far, by position in ``agreed``
    for dispute, words in zip(disputes, found.dispute_sigs, strict=True):
        when = found.first_date(dispute)
        match = None if when is None else found.match(dispute, words, when, threshold)
        if match is None or when is None:
            still_open.append(dispute)
            continue
        if match not in settled:  # copy on the first settlement: results stay as parsed
            settled[match] = agreed[match] = copy.copy(agreed[match])
            agreed[match].evidence = list(agreed[match].evidence)
        item = settled[match]
        if item.first_disputed is None or when < item.first_disputed:
            item.first_disputed = when
        if settled_by is not None:
            for e in dispute.evidence:
                cue_end = e.spans[0][1] if e.spans else len(e.sentence)
                settled_by[(e.article_id, e.sentence)] = (cue_end, item.evidence[0])
        item.evidence.extend(dispute.evidence)
        item.settled_reports += len(dispute.evidence)
    return agreed, still_open
