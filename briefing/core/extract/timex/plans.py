"""Dates an event was set for or moved to: the past tense of the setting or the moving is not
the event's."""

from __future__ import annotations

from briefing.core.extract.timex.gone_by import past_verb
from briefing.core.extract.timex.own_clause import TENSE_REACH, TENSE_WORDS
from briefing.core.extract.timex.vocab import Vocabulary

PLAN_REACH = 4  # words between a verb of deciding and its infinitive ("agreed in a call on Tuesday to")
MOVED_REACH = 7  # words before the link in which the verb that moved the event stands ("extended
# its pork investigation by six months, to")


def scheduled_for(v: Vocabulary, before: list[str]) -> bool:
    """Whether a date is the one a verb of its clause set an event for ("was pencilled in for
    May 20"): a past tense is the setting's, not the event's (a future one stands: "is
    scheduled for November")."""
    return bool(before) and before[-1] in v.schedule_links and not v.schedule_verbs.isdisjoint(
        before)


def decided_for(v: Vocabulary, before: list[str]) -> bool:
    """Whether a date stands in the clause of an infinitive that a verb of deciding governs
    past a phrase of time ("agreed last month to sign the agreements in Brussels on"): the
    phrase dates the deciding, the date the event decided on (time.yaml's ``plan_verbs``)."""
    for j in range(len(before) - 2, 0, -1):
        if before[j] not in v.infinitive:
            continue
        if any(w in v.past or w in v.reporting or w in v.modals for w in before[j + 1:]):
            return False  # another verb after the infinitive's own: another clause
        verb = next((k for k in range(j - 1, max(j - 1 - PLAN_REACH, -1), -1)
                     if before[k] in v.plan_verbs), None)
        # The phrase between dates the deciding as recent ("last month", "on Tuesday"): a
        # decision of long ago ("agreed in February", "voted last year") is no guide.
        return verb is not None and verb < j - 1 and (
            " ".join(before[verb + 1:j]) in v.recent_deciding
            or not v.weekdays.keys().isdisjoint(before[verb + 1:j]))
    return False


def moved_to(v: Vocabulary, before: list[str], after: list[str]) -> bool:
    """Whether a date is the one an event was moved to ("has been postponed to November",
    "was pushed back until July"): after the report, whatever tense told the moving; not when
    the sentence goes on in the past ("was postponed to April and ended in deadlock": the
    words ``after`` the date, a verb of reporting aside)."""
    if not before or before[-1] not in v.new_date_links or any(
            w not in v.reporting and (w in v.past or (len(w) > 4 and w.endswith(v.past_suffixes)))
            for w in after):
        return False
    words = before[-1 - MOVED_REACH:-1]
    near = f" {' '.join(words)} "
    # ("the dollar moved sharply lower until": a price's move, not a date's)
    return any(f" {phrase} " in near for phrase in v.moved) and v.price_moves.isdisjoint(words)


def planned(v: Vocabulary, words: list[str], i: int) -> bool:
    """Whether a past verb, in ``words`` read backwards from a date, takes an infinitive
    ("agreed to hold the session in September": the event planned, not the agreeing's past);
    not "to" as a preposition ("agreed to a ceasefire this week") nor a past perfect not
    reported ("had agreed to hold it in March": a plan told as past)."""
    told = not v.past_perfect.isdisjoint(words[i + 1:i + 2]) and v.reporting.isdisjoint(
        words[i + 2:])  # ("said both sides had agreed to resume talks on Monday": a plan)
    return (i > 1 and words[i - 1] in v.not_past_before and words[i] not in v.past_before_to
            and words[i - 2] not in v.not_infinitive and not told)


def set_for(v: Vocabulary, text: str, start: int, end: int) -> bool:
    """Whether a word of ``day_ahead_links`` stands right before ``text[start:end]``, which
    is no possessive ("called a strike for Wednesday", not "in retaliation for Friday's
    attack")."""
    if text.startswith(("'s", "’s"), end):
        return False
    before = TENSE_WORDS.findall(text[max(0, start - 20):start].lower())
    if before and before[-1] in v.day_ahead_determiners and _event_next(v, text, end):
        before = before[:-1]  # "prepared for a Thursday meeting": the day of what is due
    if not before or before[-1] not in v.day_ahead_links:
        return False
    # Not when the clause goes on in the past: "the strike called for Monday paralysed the
    # country", "trading volume for Monday was 150 mln shares".
    stop = min((i for i in (text.find(", ", end), text.find(". ", end), text.find("; ", end))
                if i >= 0), default=len(text))
    after = TENSE_WORDS.findall(text[end:min(stop, end + TENSE_REACH)].lower())
    cut = next((i for i, w in enumerate(after) if w in v.tense_breaks), len(after))
    return not any(_happened(v, after[:cut], i) for i in range(cut))


def _happened(v: Vocabulary, after: list[str], i: int) -> bool:
    """Whether ``after[i]`` is a past main verb that says the event took place ("went ahead",
    "paralysed", "was 150 mln shares"): not an auxiliary before a participle or "to" ("were
    expected to focus", "was postponed"), nor that participle, nor "expected to"."""
    word, nxt = after[i], after[i + 1] if i + 1 < len(after) else ""
    prev = after[i - 1] if i else ""
    if word in v.auxiliaries and (nxt in v.infinitive or nxt in v.past or (
            len(nxt) > 4 and nxt.endswith(v.past_suffixes))):
        return False
    if prev in v.auxiliaries or nxt in v.infinitive:
        return False
    return word in v.past or past_verb(v, after, i, 1)


def started_from(v: Vocabulary, before: list[str]) -> bool:
    """Whether a date stands right after one of ``start_links``, a time of day between
    (``start_link_skips``), in a clause that holds one of ``start_verbs``."""
    at = len(before)
    while at > 0 and (before[at - 1] in v.start_link_skips or before[at - 1].isdigit()):
        at -= 1
    # (not "called for calm from Wednesday", nor "the so-called truce from Wednesday")
    return at > 0 and before[at - 1] in v.start_links and any(
        w in v.start_verbs and (i + 1 == len(before) or before[i + 1] not in v.start_particles)
        and (i == 0 or before[i - 1] not in v.start_not_after) for i, w in enumerate(before))


def _event_next(v: Vocabulary, text: str, end: int) -> bool:
    """Whether the noun right after a date is an event's (``events``: "a Thursday meeting";
    not "a Monday attack")."""
    after = TENSE_WORDS.findall(text[end:end + 30].lower())[:1]
    return text[end:end + 1] == " " and bool(after) and after[0] in v.occasions
