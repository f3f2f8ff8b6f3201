"""A deal's own deadline met: a later report that the sides agreed takes it out of Upcoming."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from briefing.model import DateItem, Statement

_WORD = re.compile(r"[a-z]+")
DEAL_REACH = 60  # characters before a date in which the deal it is the deadline for is named
DEADLINE_AFTER = 40  # ... and after it ("a March 31 deadline for a deal")
DEADLINE_WORDS = 4  # words on either side of a date in which "deadline" makes it one


@dataclass(frozen=True)
class DealWords:
    """``time.yaml``'s words that make a date a deal's deadline: the word right before the
    date ("by", "before"), the nouns of a deadline ("deadline") and of a deal ("deal",
    "agreement"), the words before a deal still to be made ("a", "reach") and the verbs of
    making one ("reached", "struck")."""

    before: frozenset[str]
    deadlines: frozenset[str]
    deals: frozenset[str]
    pending: frozenset[str]
    made: frozenset[str]


def met_deadlines(dated: list[DateItem], agreed: list[Statement],
                  published: Callable[[str], dt.date | None], words: DealWords
                  ) -> list[DateItem]:
    """The dates, each deadline for a deal ("to reach a deal by March 31", "a March 31
    deadline for an agreement") marked done by the first agreement of a deal that a later
    article reports on or before it ("the two sides reached an agreement on steel"), when
    the two share a topic or either has none. Marked entries are copies."""
    deals = sorted(((day, s) for s in agreed if s.evidence and not s.negated
                    and not s.hypothetical and _made(s, words)
                    and (day := published(s.evidence[0].article_id)) is not None),
                   key=lambda pair: pair[0])
    if not deals:
        return dated
    out: list[DateItem] = []
    for d in dated:
        e = d.evidence[0] if d.evidence else None
        set_on = published(e.article_id) if e else None
        if e and e.spans and set_on and not d.done and not d.called_off \
                and _deadline_for_a_deal(e.sentence, *e.spans[0], words):
            met = next((s for day, s in deals if set_on < day <= d.end
                        and (not s.topics or not d.topics or set(s.topics) & set(d.topics))),
                       None)
            if met is not None:
                d = replace(d, done=met.evidence[0].sentence)
        out.append(d)
    return out


CUE_OBJECT = 4  # words after an agreement's cue in which the deal it made is named


def _made(agreement: Statement, words: DealWords) -> bool:
    """Whether an agreement makes a deal: a verb of making one and a deal's noun in its cue
    or right after it ("reached an agreement", "struck a deal"; not "agreed to continue
    talks on a deal", nor "under the deal announced on Tuesday", its terms)."""
    sentence = agreement.evidence[0].sentence.lower()
    at = sentence.find(agreement.cue.lower()) if agreement.cue else -1
    if at < 0:
        return False
    cue = _WORD.findall(agreement.cue.lower())
    near = [*cue, *_WORD.findall(sentence[at:])[len(cue):len(cue) + CUE_OBJECT]]
    return not words.deals.isdisjoint(near) and not words.made.isdisjoint(near)


def _deadline_for_a_deal(sentence: str, start: int, end: int, words: DealWords) -> bool:
    """Whether the date at ``sentence[start:end]`` is a deadline ("by" right before it, or
    "deadline" next to it) for a deal named near it, in its clause (no semicolon between)."""
    before_text = sentence[max(0, start - DEAL_REACH):start]
    after_text = sentence[end:end + DEADLINE_AFTER]
    before_text = before_text.rsplit(";", 1)[-1]
    after_text = after_text.split(";", 1)[0]
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
    # A deal yet to be made ("a deal", "reach agreement"): not "under the agreement, duties
    # fall by March 1", the terms of one made.
    return any(w in words.deals and n and near[n - 1] in words.pending
               for n, w in enumerate(near))
