"""Dates an event was set for or moved to: the past tense of the setting or the moving is not
the event's."""

from __future__ import annotations

from briefing.core.extract.timex.vocab import Vocabulary

MOVED_REACH = 4  # words before the link in which the verb that moved the event stands


def scheduled_for(v: Vocabulary, before: list[str]) -> bool:
    """Whether a date is the one a verb of its clause set an event for ("was pencilled in for
    May 20"): a past tense is the setting's, not the event's (a future one stands: "is
    scheduled for November")."""
    return bool(before) and before[-1] in v.schedule_links and not v.schedule_verbs.isdisjoint(
        before)


def moved_to(v: Vocabulary, before: list[str]) -> bool:
    """Whether a date is the one an event was moved to ("has been postponed to November",
    "was pushed back until July"): after the report, whatever tense told the moving."""
    if not before or before[-1] not in v.new_date_links:
        return False
    near = f" {' '.join(before[-1 - MOVED_REACH:-1])} "
    return any(f" {phrase} " in near for phrase in v.moved)
