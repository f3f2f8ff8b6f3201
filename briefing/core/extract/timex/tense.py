"""The tense of the sentence around a date expression, which places a year-less date."""

from __future__ import annotations

import itertools
import re

from briefing.core.extract.timex.gone_by import (
    done_in,
    done_on,
    future_phrase,
    missed,
    past_heads_clause,
    past_relative_clause,
    past_verb,
    perfect,
    stretch_gone_by,
)
from briefing.core.extract.timex.own_clause import (
    TENSE_REACH,
    TENSE_WORDS,
    before_apposition,
    holds_present_modal,
    own_clause,
    present_relative,
    without_asides,
)
from briefing.core.extract.timex.plans import (
    decided_for,
    moved_to,
    planned,
    scheduled_for,
    started_from,
)
from briefing.core.extract.timex.vocab import Vocabulary
from briefing.core.extract.timex.window import sentence_window

GOVERNING_REACH = 3  # words before a date in which a past verb governs it
PERFECT_REACH = 6  # ... in which a past perfect's participle does
LEADING_REACH = 2  # words before a date from which "by", "until" and the like govern it
# Words before a date in which a verb of reporting dates the report ("told members in a video
# message on Tuesday")
REPORTING_REACH = 6
OPENING_REACH = 4  # words of the main clause after a date that opens the sentence
OPENING_CHARS = 120  # ... of which the characters as written are read (for its main verb)
# ... after a phrase that opens it ("In a meeting this week, Secretary of Agriculture Richard
# Lyng refused"): its subject is often a title and a name.
FRONTED_REACH = 8
_PARTICIPLE_AFTER = re.compile(r", ([a-z]+)\b")


def _tense_words(v: Vocabulary, text: str) -> list[str]:
    """The lower-case words of a text that can bear on its tense (not the word that joins two
    figures: "voted 108 to 80" has no infinitive "to")."""
    return TENSE_WORDS.findall(v.figure_joins.sub(" ", text.lower()))


def tense(v: Vocabulary, text: str, start: int, end: int) -> int:
    """+1 if the sentence around ``text[start:end]`` speaks of the future, -1 of the past,
    -2 when a past verb governs the expression itself (see ``_governed_by_past``)."""
    return tense_vote(v, text, start, end)[0]


def tense_vote(v: Vocabulary, text: str, start: int, end: int) -> tuple[int, float]:
    """The tense (as ``tense`` gives it) and the votes' sum it was read from (negative: the
    past; a rule that decides alone gives its tense as the sum).

    Every tense marker in the sentence votes, the nearer to the expression the more; only
    the words within TENSE_REACH characters count (a sentence is rarely longer, and the
    cost per date then stays constant however long the text).
    """
    lo, hi = sentence_window(v, text, start, end, TENSE_REACH)
    comma = text.rfind(", ", lo, start)
    lead = _tense_words(v, text[lo:start])
    aside = _tense_words(v, text[comma:start]) if comma >= 0 else []
    if _speaking_then(v, aside if comma >= 0 else lead,
                      text.startswith(("'s", "’s"), end)):
        return -1, -1.0
    if aside[:1] and aside[0] in v.relatives:
        closed = _relative_aside(v, text, aside, end, hi, comma)
        if closed is None:
            return -1, -1.0
        hi = closed
    own = own_clause(v, whole := without_asides(v, lead, text[lo:start]), text[lo:start])
    before = past_relative_clause(v, own)
    after = rest = _tense_words(v, text[end:hi])
    if _participle_after(v, text, end, aside=comma >= 0):
        after = []
    if not v.reported_future.isdisjoint(after):
        before = before[_reported_clause(v, before):]
    while len(after) > 1 and after[0] in v.tense_breaks and after[1] in v.months:
        after = after[2:]  # "November and December halted ...": one date, then its verb
    cut = next((i for i, w in enumerate(after) if w in v.tense_breaks), None)
    if cut is not None:
        after = after[:cut]  # the words of another clause do not say this one's tense
    if text.startswith(("'s", "’s"), end):
        before = _before_owner(v, before)
    elif (len(before) > 1 and before[-1] in v.determiners and before[-2] in v.leading_future
          and text[start:end].split(" ", 1)[0].lower() in v.months
          and v.future_or_modal.isdisjoint(before[:-2]) and v.future_or_modal.isdisjoint(after)):
        # "before the March quake": the month names a noun's time; the preposition is the
        # noun phrase's, and with no future word the clause's verb gives the tense.
        before = before[:-2] + before[-1:]
    if missed(v, aside if comma >= 0 else lead, rest):
        return -1, -1.0  # "missed their goal of agreeing by Dec. 31": a deadline gone by
    head = text[start:end].split(" ", 1)[0].lower()  # the expression's own "on", if any
    if done_on(v, [*before, head] if head in v.done_day_links else before, rest):
        return -2, -2.0  # "the AMPTP proposed on Monday that ...": the proposing's day
    if present_relative(v, lead):
        return 1, 1.0  # "the current one which expires on October 22, was adopted": ahead
    found = _clause_tense(v, text, end, before, after, month=head in v.months)
    if found[0] < 0 and moved_to(v, before, rest):
        return 1, 1.0  # "has been postponed to November": the new date, ahead
    if _whichever_is_near(v, before, before_apposition(v, text, end, hi, rest), found,
                          text[start:end]):
        return 0, 0.0  # "has set a hearing ... for October 13": the day set
    if found[0] == 0 and len(own) < len(whole) and holds_present_modal(v, own, text[lo:start]):
        return 1, 1.0  # "before universities can apply for funding from January": ahead
    return found


def _participle_after(v: Vocabulary, text: str, end: int, aside: bool) -> bool:
    """Whether a participle's phrase, no verb, follows the date after a comma ("from October
    1, based on a new system", "from Saturday, ending an investigation it opened"); a past
    one not when the date stands in an aside ("The deadline, postponed to May 1, passed")."""
    phrase = _PARTICIPLE_AFTER.match(text, end)
    return phrase is not None and (phrase.group(1).endswith(v.participle_suffixes) or (
        not aside and phrase.group(1).endswith(v.past_suffixes)))


def _clause_tense(v: Vocabulary, text: str, end: int, before: list[str], after: list[str],
                  month: bool = False) -> tuple[int, float]:
    """The tense the words of a date's clause give it, before it and after it (``month``:
    the date is a month's)."""
    if _reported_then(v, before[-REPORTING_REACH:]):
        return -1, -1.0  # "said on Friday", "told reporters Saturday": when it was said
    if done_in(v, before):
        return -2, -2.0  # "the plan, proposed in October, ...": the month of the proposing
    if text.startswith(", ", end) and _main_clause_past(v, before, after,
                                                         text[end + 2:end + OPENING_CHARS]):
        return -2, -2.0  # "In December, Mercosur secured ...": the main clause's verb is past
    behind = _votes(v, before[::-1], -1, 0.0)
    if behind < -0.2 and after[:1] and after[0] in v.infinitive:
        return -1, -1.0  # "agreed in a call on Tuesday to restart talks": the agreeing's day
    # One running sum, words before then words after (the order of a float sum matters).
    score = _votes(v, after, 1, behind)
    if score < -0.2 and _governed_by_past(v, before, after):
        return -2, -2.0  # "prices rose in April": a past verb right before it, nothing ahead
    if month and -0.2 <= score <= 0.2 and past_heads_clause(v, before, after):
        return -1, -1.0  # "opened an investigation into brandy from the EU in January"
    return (score > 0.2) - (score < -0.2), score


def _relative_aside(v: Vocabulary, text: str, aside: list[str], end: int, hi: int, at: int
                    ) -> int | None:
    """Where the words that vote on the tense of a date inside a relative aside end, or None
    when the aside's verb right after its relative word dates it in the past (", who spoke
    to him by phone on Tuesday, said he expected"; not "who had given Kyiv until Thursday":
    a deadline ahead)."""
    ahead = not (v.future_or_modal - v.leading_future).isdisjoint(aside) \
        or future_phrase(v, aside)  # "who was set to meet him on Friday"
    written = _WRITTEN.findall(text, at, end)[1:2]  # not a name: "which Allied expects"
    if not ahead and len(aside) > 1 and (aside[1] in v.past or past_verb(v, aside, 1, 1)) \
            and aside[-1] not in v.leading_future and written and written[0].islower():
        return None
    # An aside that speaks of the future (", who leaves for Moscow on Tuesday, met ...") or
    # whose own words vote for the past (", whose plant the government took over in April,
    # meets ...") ends at its comma: the main clause's verb after it says nothing of its
    # date. One whose verb says no tense ("which hit a record low this month") leaves it to
    # the main clause's.
    close = text.find(", ", end, hi)
    if close >= 0 and (ahead or _votes(v, aside[::-1], -1, 0.0) < -0.2):
        return close
    return hi


def _before_owner(v: Vocabulary, before: list[str]) -> list[str]:
    """The words that vote on a possessive date's tense: no verb of reporting ("said this
    week's talks will fail": the date is the talks', not the saying's), nor the "by" of a
    passive ("was surprised by this week's increase": the increase's agent)."""
    before = [w for w in before if w not in v.reporting]
    # (An adverb may stand between: "was very agreeably surprised by".)
    if len(before) > 2 and before[-1] in v.agent_markers \
            and not v.passive_auxiliaries.isdisjoint(before[-5:-2]) \
            and (before[-2] in v.past or before[-2].endswith(v.past_suffixes)):
        before.pop()
    return before


def past_verb_next(v: Vocabulary, text: str, start: int, end: int) -> bool:
    """Whether the words right after ``text[start:end]`` are a past-tense verb with no
    auxiliary before it ("the Commission on Tuesday proposed ...", not "on Tuesday expected
    to ..." nor a participle after "was")."""
    if not text.startswith(" ", end) or not text[end + 1:end + 2].isalpha():
        return False  # "on Tuesday, met ...": another clause's verb
    after = TENSE_WORDS.findall(text[end:end + 40].lower())[:2]
    if not after or (len(after) > 1 and after[1] in v.infinitive):
        return False
    return after[0] in v.past or past_verb(v, after, 0, 1)


def _speaking_then(v: Vocabulary, opening: list[str], possessive: bool) -> bool:
    """Whether a participle of reporting opens the aside or the sentence that holds a date,
    with no word of the future among its words: ", speaking on Tuesday, said ...",
    "Speaking to reporters on Tuesday, ..." (not "speaking ahead of talks on Tuesday", nor
    "speaking about Friday's vote": the vote's day)."""
    # (a "before" or "by" further back than the date's own is a place's: "testifying before
    # the committee on Wednesday")
    own = [w for i, w in enumerate(opening)
           if w not in v.leading_future or i >= len(opening) - LEADING_REACH]
    return (not possessive and bool(opening) and opening[0] in v.reporting_participles
            and v.future_or_modal.isdisjoint(own) and not future_phrase(v, opening))


def _main_clause_past(v: Vocabulary, before: list[str], after: list[str], raw: str = ""
                      ) -> bool:
    """Whether a date that opens the sentence, alone or in a phrase, is followed by a main
    clause in the past (``raw``: the words after the date's comma, as written)."""
    if len(before) <= 1 or all(w in v.determiners for w in before[1:]):
        return _opens_past(v, after, raw=raw)  # "In December, ...", "In the third quarter, ..."
    return _fronted(v, before) and _opens_past(v, after, FRONTED_REACH, raw)


def _fronted(v: Vocabulary, before: list[str]) -> bool:
    """Whether the words before a date are an occasion that opens the sentence with no verb
    of its own ("In a meeting with exporters this week, Lyng refused"): the main clause
    after the comma gives the tense (not a purpose's: "For the summit in November, officials
    drafted", "In anticipation of the increase on March 4, importers rushed")."""
    head = next((w for w in before[1:3] if w not in v.determiners), "")
    return (bool(before) and before[0] in v.occasion_openers and head in v.occasions
            and not any((w in v.tense_words and w not in v.occasion_openers)
                        or past_verb(v, before, i, 1) for i, w in enumerate(before)))


def _opens_past(v: Vocabulary, after: list[str], reach: int = OPENING_REACH, raw: str = ""
                ) -> bool:
    """Whether the clause after a date that opens the sentence has a past verb among its
    first ``reach`` words, no word of the future or a modal before it and none after it; or
    a past verb of reporting that is its main verb, whatever the words it reports say
    ("On February 20, Brazil said it would suspend ...": the saying's day)."""
    head = after[:reach]
    for i, word in enumerate(head):
        if word in v.future_or_modal:
            return False
        if word in v.reporting_past and _reports_then(v, raw, word):
            return True
        if word in v.past or past_verb(v, head, i, 1):
            return v.future_after.isdisjoint(after)
    return False


_RAW_WORDS = re.compile(r"[\w'’]+|,")


def _reports_then(v: Vocabulary, raw: str, verb: str) -> bool:
    """Whether a verb of reporting is the main verb of the clause ``raw`` opens: not in an
    aside ("On Monday, he said, talks will open"), after "as" or a relative word ("as
    announced last year", "ministers who added their names"), nor a participle before "by"
    or a word of time ("details disclosed this week will be published")."""
    words = [w.lower() for w in _RAW_WORDS.findall(raw)]
    at = words.index(verb) if verb in words else -1
    if at <= 0 or "," in words[:at]:
        return False
    after = words[at + 1:at + 2]
    return words[at - 1] not in v.reporting_not_main_after and not (
        after and (after[0] == "," or after[0] in v.reporting_not_main_before))


def _reported_then(v: Vocabulary, near: list[str]) -> bool:
    """Whether a verb of reporting among the words right before a date dates it: no word of
    the future stands between ("told members in a video message on Tuesday", but not "said
    he plans a July trip")."""
    for i in range(len(near) - 1, -1, -1):
        if near[i] in v.reporting:
            return not (i and near[i - 1] in v.reporting_not_after)  # "will have to be told"
        if near[i] in v.future_or_modal:
            return False
    return False


def _reported_clause(v: Vocabulary, before: list[str]) -> int:
    """Where the clause a verb of reporting reports opens among the words before a date
    ("said that on Friday the minister would travel": after "that"), or 0. Asked only when
    the clause speaks of the future: then the saying's own tense says nothing of the date."""
    for i in range(len(before) - 1, 0, -1):
        if before[i] in v.reported_clause and before[i - 1] in v.reporting:
            return i + 1
    return 0


_WRITTEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _governed_by_past(v: Vocabulary, before: list[str], after: list[str]) -> bool:
    """Whether a past-tense verb stands in the three words before the expression and no
    future word anywhere in the sentence: a month after the article's date is then last
    year's ("exports rose in May" in a March paper)."""
    if before and before[-1] in v.new_date_links:
        return False  # "the talks were moved to this month": where they went, still ahead
    near = before[-GOVERNING_REACH:]
    past = any(w in v.past or past_verb(v, near[::-1], i, -1)
               for i, w in enumerate(near[::-1]))
    return past and v.future_or_modal.isdisjoint(before) and v.future_after.isdisjoint(after)


def _votes(v: Vocabulary, words: list[str], direction: int, score: float) -> float:
    """``score`` plus the tense markers' votes among ``words``, nearest the expression first
    (``direction`` -1: the words before it, read backwards; +1: the words after it)."""
    # Only a tense word, or a word with a past ending, can vote: the rest add nothing.
    relevant, suffixes = v.tense_words, v.past_suffixes
    last = len(words) - 1
    ahead = False  # a verb of the future stands nearer: a past perfect further back is another
    # clause's ("had warned that a strike would start on Monday")
    for i, word in enumerate(words):
        if word not in relevant and not (len(word) > 4 and word.endswith(suffixes)):
            continue
        pair = (f"{words[i + 1]} {word}" if direction < 0 else f"{word} {words[i + 1]}"
                ) if i < last else ""
        if (direction > 0 or i >= LEADING_REACH or (i and words[0] not in v.determiners)) \
                and (word in v.leading_future or pair in v.leading_future):
            continue  # "in February by suspending payments", "announced by Carney on
            # Wednesday": another phrase's word ("before the March 31 deadline" is the date's)
        if direction < 0 and i == 0 and word in v.until and stretch_gone_by(v, words):
            continue  # "the dollar moved sharply lower until the end of January": gone by
        if direction > 0 and score < 0 and (word in v.future_before_only
                                            or pair in v.future_before_only):
            continue  # "fell on Friday ahead of the meeting" (not "open on Monday ahead of")
        behind = words[i + 1] if direction < 0 and i < last else words[i - 1] if i else ""
        if behind in v.reporting_not_after and (
                word in v.reporting or word in v.past
                or (len(word) > 4 and word.endswith(suffixes))):
            continue  # "will be announced in November": a passive to come, no past
        if behind in v.future_not_after and (word in v.future or pair in v.future):
            continue  # "settled on September 11, as scheduled": what was due, done
        weight = 1.0 / (1 + i / 3) * (1.0 if direction < 0 or i == 0 else 0.6)
        if word in v.modals and direction < 0:
            score += max(weight, 0.5)  # "will draw up ... and present it Tuesday"
            ahead = True
        elif word in v.future or pair in v.future:
            score += weight
            ahead = ahead or word not in v.future_nouns
        elif (word in v.past or pair in v.past) and not (direction < 0 and (
                v.not_past_after.intersection(words[i + 1:i + 3])
                or planned(v, words, i))):
            score -= weight  # not "will be (formally) signed", nor "agreed to hold it in May"
        elif word in v.reporting:
            score -= weight / 2 if direction < 0 else 0.0
        elif past_verb(v, words, i, direction):
            # "had tendered by the early deadline on Tuesday": a past perfect near the date
            # governs it
            score -= weight if i < PERFECT_REACH and not ahead and perfect(
                v, words, i, direction) else weight / 2
    return score


def _whichever_is_near(v: Vocabulary, before: list[str], after: list[str],
                       found: tuple[int, float], expression: str) -> bool:
    """Whether a date read as past or leaning so is rather the nearer one: the day a verb
    of its clause set an event for ("has set a hearing ... for October 13"), or a weekday of
    a future told in the past ("was expected to issue a text on Thursday"; not with a past
    word after it: "..., but it was announced on Wednesday instead"), or the start of what
    was announced ("announced a tariff from Friday"; not "..., which were lifted on
    Tuesday")."""
    weekday = not v.weekdays.keys().isdisjoint(expression.lower().split())
    return (found[0] < 0 and (scheduled_for(v, before) or decided_for(v, before))) or (
        found[1] < 0 and weekday and v.past.isdisjoint(after) and (
            _future_in_past(v, before) or started_from(v, before)))


def _future_in_past(v: Vocabulary, before: list[str]) -> bool:
    """Whether the words before a date, within ``FUTURE_IN_PAST_REACH``, hold a future told
    in the past: a past auxiliary, then one of time.yaml's ``future_in_past``. (Read of a
    weekday only: "a payment that was due in early January", in March, is the January gone
    by.)"""
    near = before[-FUTURE_IN_PAST_REACH:]
    return any(w in v.passive_auxiliaries and w in v.past and nxt in v.future_in_past
               for w, nxt in itertools.pairwise(near))


FUTURE_IN_PAST_REACH = 6  # words before a date: "was expected to issue another text on"
