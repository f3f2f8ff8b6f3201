"""Dates an event was set for or moved to, or placed after a verb ("ahead of Wednesday's
meeting"): the past tense of the setting, the moving or the verb is not the event's."""

from __future__ import annotations

import re

from briefing.core.extract.timex.vocab import Vocabulary

_WORDS = re.compile(r"[a-z']+")

MOVED_REACH = 4  # words before the link in which the verb that moved the event stands


def scheduled_for(v: Vocabulary, before: list[str]) -> bool:
    """Whether a date is the one a verb of its clause set an event for ("was pencilled in for
    May 20"): a past tense is the setting's, not the event's (a future one stands: "is
    scheduled for November")."""
    return bool(before) and before[-1] in v.schedule_links and not v.schedule_verbs.isdisjoint(
        before)


def moved_to(v: Vocabulary, before: list[str], after: list[str]) -> bool:
    """Whether a date is the one an event was moved to ("has been postponed to November",
    "was pushed back until July"): after the report, whatever tense told the moving; not when
    the sentence goes on in the past ("was postponed to April and ended in deadlock": the
    words ``after`` the date, a verb of reporting aside)."""
    if not before or before[-1] not in v.new_date_links or any(
            w not in v.reporting and (w in v.past or (len(w) > 4 and w.endswith(v.past_suffixes)))
            for w in after):
        return False
    near = f" {' '.join(before[-1 - MOVED_REACH:-1])} "
    return any(f" {phrase} " in near for phrase in v.moved)


def planned(v: Vocabulary, words: list[str], i: int) -> bool:
    """Whether a past verb, in ``words`` read backwards from a date, takes an infinitive
    ("agreed to hold the session in September": the event planned, not the agreeing's past);
    not "to" as a preposition ("agreed to a ceasefire this week") nor a past perfect not
    reported ("had agreed to hold it in March": a plan told as past)."""
    told = not v.past_perfect.isdisjoint(words[i + 1:i + 2]) and v.reporting.isdisjoint(
        words[i + 2:])  # ("said both sides had agreed to resume talks on Monday": a plan)
    return (i > 1 and words[i - 1] in v.not_past_before and words[i] not in v.past_before_to
            and words[i - 2] not in v.not_infinitive and not told)


RELATIVE_REACH = 4  # words before a date in which "ahead of", "by" relate it to the verb


def a_weekday(v: Vocabulary, expression: str) -> bool:
    """Whether a date expression names a weekday."""
    return any(w in v.weekdays for w in _WORDS.findall(expression.lower()))


def without_relative(v: Vocabulary, before: list[str]) -> list[str]:
    """The words before a date without a word of ``verb_relative_markers`` (one word or two)
    among the last RELATIVE_REACH of them, when no verb stands between it and the date (not
    "before talks broke down this week": a clause of its own)."""
    for i in range(len(before) - 1, max(-1, len(before) - 1 - RELATIVE_REACH), -1):
        w = before[i]
        if w in v.tense_words or (len(w) > 4 and w.endswith(v.past_suffixes)):
            one, two = w in v.verb_relative, i and f"{before[i - 1]} {w}" in v.verb_relative
            if not (one or two):
                return before
            return before[:i - 1 if two else i] + before[i + 1:]
    return before
