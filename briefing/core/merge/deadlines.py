"""A deal's own deadline met: a later report that the sides made the deal takes the deadline
out of Upcoming."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from briefing.core.merge.names import body_of
from briefing.language.lexicon import Lexicon
from briefing.model import DateItem, Statement

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
DEAL_REACH = 60  # characters before a date in which the deal it is the deadline for is named
DEADLINE_AFTER = 40  # ... and after it ("a March 31 deadline for a deal")
DEADLINE_WORDS = 4  # words on either side of a date in which "deadline" makes it one
MODIFIERS = 3  # words between "a" and the deal's noun ("a new labour agreement"), at most
MADE_REACH = 3  # words from the verb that made a deal to its noun ("signed the trade pact")
NEGATION_REACH = 5  # words before that verb in which a negation says it was not made
BEATEN_REACH = 4  # words before a deadline in which one of ``beaten`` says the deal beat it


@dataclass(frozen=True)
class DealWords:
    """``time.yaml``'s and ``cues.yaml``'s words that make a date a deal's deadline and an
    agreement the deal: the word right before the date ("by"), the nouns of a deadline
    ("deadline") and of a deal ("agreement"), the words before a deal still to be made ("a",
    "no", "reach"), the verbs of making one ("reached"), the words between those that make it
    another thing ("to": "agreed to negotiate a deal"), those that say a deal is not the one
    due ("extend": a deadline moved, "denied") and the negations."""

    before: frozenset[str]
    deadlines: frozenset[str]
    deals: frozenset[str]
    pending: frozenset[str]
    made: frozenset[str]
    existing: frozenset[str]
    breaks: frozenset[str]
    not_met: frozenset[str]
    negations: frozenset[str]
    beaten: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lexicon: Lexicon) -> DealWords:
        """The words as ``lexicon`` has them (``time.yaml``'s ``deal_*``, ``cues.yaml``'s
        ``negation``)."""
        def words(section: str, key: str) -> frozenset[str]:
            return frozenset(lexicon.words(section, key))
        return cls(words("time", "deal_deadline_before"), words("time", "deal_deadlines"),
                   words("time", "deal_nouns"), words("time", "deal_pending"),
                   words("time", "deal_made"), words("time", "deal_existing"),
                   words("time", "deal_breaks"), words("time", "deal_not_met"),
                   words("cues", "negation"), words("time", "deal_deadline_beaten"))

    def negated(self, word: str) -> bool:
        """Whether a word is a negation ("not", or ends as "hasn't" does)."""
        return word in self.negations or any(
            word.endswith(n) for n in self.negations if "'" in n)


def met_deadlines(dated: list[DateItem], agreed: list[Statement],
                  published: Callable[[str], dt.date | None], words: DealWords
                  ) -> list[DateItem]:
    """The dates, each deadline for a deal ("to reach a deal by March 31", "a March 31
    deadline for a new agreement") marked done by the first report of a later article that
    the sides made a deal ("the two sides reached an agreement on steel"), on or before the
    deadline, on a topic in common (or either has none), between its sides (a deal with a
    third country is another deal), and no deal of the past ("signed an agreement last
    September"). Marked entries are copies."""
    # The days the sentences of the reports name: a deal dated before the deadline was set
    # is an old one.
    named: dict[tuple[str, str], dt.date] = {}
    for d in dated:
        for report in d.evidence:
            key = (report.article_id, report.sentence)
            named[key] = min(named.get(key, d.end), d.end)
    # (A whole sentence taken as the item is hypothetical when any word of it is modal
    # "... concluded the first tranche, under which Washington will cut its tariff": the
    # verb of making, with no negation before it, says more.)
    deals = sorted(((day, s) for s in agreed if s.evidence and not s.negated
                    and not (s.hypothetical and s.cue) and not s.historical and _made(s, words)
                    and (day := published(s.evidence[0].article_id)) is not None),
                   key=lambda pair: pair[0])
    if not deals:
        return dated
    made = {s.evidence[0].sentence for _, s in deals}
    out: list[DateItem] = []
    for d in dated:
        e = d.evidence[0] if d.evidence else None
        if e and e.spans and e.sentence in made and not d.done and not words.beaten.isdisjoint(
                _WORD.findall(e.sentence[:e.spans[0][0]].lower())[-BEATEN_REACH:]):
            out.append(replace(d, done=e.sentence))  # "concluded it days ahead of the deadline"
            continue
        set_on = published(e.article_id) if e else None
        if e and e.spans and set_on and not d.done and not d.called_off \
                and _deadline_for_a_deal(e.sentence, *e.spans[0], words):
            met = next((s for day, s in deals if set_on < day <= d.end
                        and _same_deal(s, d, named, set_on)), None)
            if met is not None:
                d = replace(d, done=met.evidence[0].sentence)
        out.append(d)
    return out


def _same_deal(agreement: Statement, deadline: DateItem,
               named: dict[tuple[str, str], dt.date], set_on: dt.date) -> bool:
    """Whether an agreement can be the deal a deadline was for: a topic in common (or either
    has none), both sides of the deadline's among its sides (or one, when it names only
    one), and no day in its sentence before the deadline was set."""
    e = agreement.evidence[0]
    old = named.get((e.article_id, e.sentence))
    if old is not None and old < set_on:
        return False
    if agreement.topics and deadline.topics and not set(agreement.topics) & set(deadline.topics):
        return False
    sides = {s for s in (*agreement.sides, agreement.by, agreement.to) if s}
    # (``sides`` are tagged only once someone filters by side: ``parties`` always are; a bloc
    # is any body of its kind: "the union wants a deal by March 31" and the UAW's deal.)
    theirs = {_as_body(p, sides) for p in deadline.sides or deadline.parties}
    if sides and theirs:
        return len(sides & theirs) >= min(2, len(sides), len(theirs))
    return True


def _as_body(party: str, sides: set[str]) -> str:
    """A deadline's party as the agreement names it: a bloc as its body among ``sides``."""
    return next((s for s in sorted(sides) if body_of(party, s)), party)


def _made(agreement: Statement, words: DealWords) -> bool:
    """Whether an agreement makes a deal: a verb of making one and, a few words on, a deal's
    noun ("reached an agreement", "signed the trade pact", "reached a final agreement"; not
    "agreed to negotiate a deal", "under the deal announced on Tuesday", "denied that it had
    reached a deal", "agreed to extend the deadline")."""
    tokens = _WORD.findall(agreement.evidence[0].sentence.lower())
    if not words.not_met.isdisjoint(tokens) or any(
            w in words.deadlines and words.beaten.isdisjoint(tokens[max(0, i - BEATEN_REACH):i])
            for i, w in enumerate(tokens)):
        return False  # (a deadline it beat is no deadline it sets: "days ahead of the deadline")
    for i in range(len(tokens)):
        if tokens[i] not in words.made:
            continue
        if any(words.negated(w) for w in tokens[max(0, i - NEGATION_REACH):i]):
            return False  # "has not reached an agreement", "never signed the pact"
        between = tokens[i + 1:i + 1 + MADE_REACH]
        for w in between:
            if w in words.breaks:
                break
            if w in words.deals:
                return True
    return False


def _deadline_for_a_deal(sentence: str, start: int, end: int, words: DealWords) -> bool:
    """Whether the date at ``sentence[start:end]`` is a deadline ("by" right before it, or
    "deadline" next to it) for a deal still to be made, named near it in its clause (no
    semicolon between)."""
    before_text = sentence[max(0, start - DEAL_REACH):start].rsplit(";", 1)[-1]
    after_text = sentence[end:end + DEADLINE_AFTER].split(";", 1)[0]
    before = _WORD.findall(before_text.lower())
    after = _WORD.findall(after_text.lower())
    # "a deadline for a deal on March 31", "a March 31 deadline for a deal": the deal on
    # either side; "to reach a deal by March 31": before it ("debt due by mid-1988, together
    # with an accord" is the debt's).
    if not words.deadlines.isdisjoint([*before[-DEADLINE_WORDS:], *after[:DEADLINE_WORDS]]):
        near = [*before, *after]
    elif before and before[-1] in words.before:
        near = before
    else:
        return False
    return any(w in words.deals and _pending(near, n, words) for n, w in enumerate(near))


def _pending(near: list[str], at: int, words: DealWords) -> bool:
    """Whether the deal named at ``near[at]`` is still to be made: "a", "no" or "reach"
    before it, with a few modifiers between ("a new labour agreement"; not a year, "a 1986
    agreement"), and no verb of making one or "under" before those ("which signed a deal",
    "under a deal": one made)."""
    for k in range(at - 1, max(-1, at - 2 - MODIFIERS), -1):
        w = near[k]
        if w in words.pending:
            return words.made.isdisjoint(near[max(0, k - 2):k]) \
                and words.existing.isdisjoint(near[max(0, k - 2):k])
        if any(c.isdigit() for c in w) or w in words.breaks or w in words.deals:
            return False
    return False
