"""Dates a clause puts behind, whatever else its tense says: a deadline it says was missed,
the day of a thing done."""

from __future__ import annotations

from briefing.core.extract.timex.vocab import Vocabulary


def done_on(v: Vocabulary, before: list[str]) -> bool:
    """Whether a verb of a thing done stands right before "on" and the day ("proposed on
    Monday that ..."), no auxiliary of the future before it ("will be signed on Monday")."""
    return (len(before) > 1 and before[-1] in v.done_day_links
            and before[-2] in v.done_before_in
            and v.future_auxiliaries.isdisjoint(before[-5:-2]))


MISSED_REACH = 12  # words before a date in which a missing verb says its deadline went by
GONE_BY_REACH = 4  # words after it in which a verb of its passing does


def missed(v: Vocabulary, before: list[str], after: list[str]) -> bool:
    """Whether the clause says the date's deadline went by unmet: a missing verb before it
    ("failed to reach a deal by Dec. 15") or its passing after it ("a target that passed"),
    with no future word nor another clause nearer the date ("failed to agree on Monday and
    (will) meet on Friday", "failed to agree before the duties expire on Friday")."""
    near = before[-MISSED_REACH:]
    at = max((i for i, w in enumerate(near) if w in v.missed), default=-1)
    between = near[at + 1:]  # "by" is the deadline's own; "and" opens another clause
    if at >= 0 and (v.future_after | v.tense_breaks | v.subordinators).isdisjoint(between):
        return True
    follow = after[:GONE_BY_REACH]
    gone = next((i for i, w in enumerate(follow) if w in v.gone_by), -1)
    return gone >= 0 and v.future_or_modal.isdisjoint(follow[:gone])
