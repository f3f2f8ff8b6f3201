"""Dates a clause puts behind, whatever else its tense says: a deadline it says was missed,
the day or month of a thing done."""

from __future__ import annotations

from briefing.core.extract.timex.vocab import Vocabulary

DONE_ON_AFTER = 3  # words after the day in which a modal of condition makes the doing ahead


def done_on(v: Vocabulary, before: list[str], after: list[str]) -> bool:
    """Whether a verb of a thing done stands right before "on" and the day ("proposed on
    Monday that ..."), no auxiliary of the future before it ("will be signed on Monday") nor
    a modal of condition right after it in its clause ("Any deal reached on Friday would
    need ratification"; not "proposed on Monday that talks would resume")."""
    near = after[:DONE_ON_AFTER]
    near = near[:next((i for i, w in enumerate(near) if w in v.done_day_ends), len(near))]
    return (len(before) > 1 and before[-1] in v.done_day_links
            and before[-2] in v.done_before_in
            and v.future_auxiliaries.isdisjoint(before[-5:-2])
            and v.done_day_conditionals.isdisjoint(near))


MISSED_REACH = 12  # words before a date in which a missing verb says its deadline went by
GONE_BY_REACH = 4  # words after it in which a verb of its passing does
NOT_AFTER_REACH = 3  # words before the missing verb in which a future or condition rules it out


def missed(v: Vocabulary, clause: list[str], after: list[str]) -> bool:
    """Whether the date's clause (its words before the date, from the clause's start) says
    its deadline went by unmet: a missing verb before it ("failed to reach a deal by Dec.
    15", "missed the deadline of Dec. 31"), none of ``missed_not_after`` right before that
    verb ("will have missed") and no future word nor another clause between ("failed to
    agree on Monday and (will) meet on Friday", "... before the duties expire on Friday");
    or its passing right after it ("a target that passed", "the Dec. 31 deadline passed")."""
    near = clause[-MISSED_REACH:]
    at = max((i for i, w in enumerate(near) if w in v.missed), default=-1)
    if at >= 0 and v.missed_blockers.isdisjoint(near[at + 1:]):
        verb = len(clause) - len(near) + at  # the missing verb's place in the clause
        if v.missed_not_after.isdisjoint(clause[max(0, verb - NOT_AFTER_REACH):verb]):
            return True
    follow = after[:GONE_BY_REACH]
    gone = next((i for i, w in enumerate(follow) if w in v.gone_by), -1)
    return gone >= 0 and all(w in v.gone_by_between for w in follow[:gone])


DONE_REACH = 4  # words between a verb of a thing done and the "in" of its date, at most


def done_in(v: Vocabulary, before: list[str]) -> bool:
    """Whether a verb of a thing done (``done_before_in``) stands before "in" and the date,
    with only its object or its place between ("proposed in September a regulation", "was
    signed in May", "concluded negotiations in Montevideo in December"), no auxiliary of
    the future before it ("will be signed in May") and no verb or clause of the future
    between ("agreed to cut tariffs in January", "a deal that takes effect in May", "the deal
    signed this month takes effect in May", "signed at a summit in December")."""
    if len(before) < 2 or before[-1] not in v.subject_month_links:
        return False
    for k in range(2, min(len(before), DONE_REACH + 2) + 1):
        between = before[-k + 1:-1]
        if not (v.future_auxiliaries.isdisjoint(between) and v.relatives.isdisjoint(between)
                and v.future_or_modal.isdisjoint(between) and v.venue_links.isdisjoint(between)
                and not future_phrase(v, between)):
            return False  # not "wants it signed at a summit in December": the summit's month
        if before[-k] in v.done_before_in:
            return v.future_auxiliaries.isdisjoint(before[-k - 3:-k])  # "will be formally ..."
    return False


def future_phrase(v: Vocabulary, words: list[str]) -> bool:
    """Whether a future marker of several words ("ahead of") stands among ``words``."""
    joined = f" {' '.join(words)} "
    return any(f" {m} " in joined for m in v.future_phrases)


def past_heads_clause(v: Vocabulary, before: list[str], after: list[str]) -> bool:
    """Whether the nearest verb before a date right after "in" or "during"
    (``past_clause_links``) is in the past, however many words of its object stand between
    ("opened talks on the tariffs in January"), with no word that opens another clause, no
    "for" that introduces an event ("approved a plan for a new round of talks in January":
    the talks are ahead), and no word of the future in the sentence."""
    near = before[::-1]
    if not near or near[0] not in v.past_clause_links:
        return False  # "raised the duty from January": when it starts
    for i, word in enumerate(near):
        if word in v.relatives or word in v.infinitive or word in v.subordinators \
                or word in v.tense_breaks or word in v.future_or_modal or (
                    word in v.schedule_links and not v.occasions.isdisjoint(near[:i])):
            return False
        if word in v.past or past_verb(v, near, i, -1):
            return v.future_or_modal.isdisjoint(before) and v.future_after.isdisjoint(after)
    return False


def perfect(v: Vocabulary, words: list[str], i: int, direction: int) -> bool:
    """Whether ``words[i]`` comes right after a past perfect's auxiliary ("had tendered")."""
    return direction < 0 and i + 1 < len(words) and words[i + 1] in v.past_perfect


def past_verb(v: Vocabulary, words: list[str], i: int, direction: int) -> bool:
    """Whether ``words[i]`` reads as a past-tense verb: a past ending, not followed by a word
    such as "to" ("expected to") nor after an auxiliary ("is expected")."""
    word = words[i]
    before = i + 1 if direction < 0 else i - 1  # the word before it in the sentence
    return (len(word) > 4 and word.endswith(v.past_suffixes)
            and not (direction < 0 and i > 0 and words[i - 1] in v.not_past_before
                     and word not in v.past_before_to)
            and not (direction < 0 and v.auxiliaries.intersection(words[i + 1:i + 3])
                     and not perfect(v, words, i, direction))
            # "the resumed session", "a revised draft": an adjective, no verb
            and not (0 <= before < len(words) and words[before] in v.determiners))


def past_relative_clause(v: Vocabulary, before: list[str]) -> list[str]:
    """The words of a relative clause the date stands in, when its verb is past and no word
    of the future stands in it ("the fighter that the Air Force awarded to Boeing in": a main
    clause's "will build" is not the date's); else ``before`` as it is."""
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in v.past_relatives), None)
    if at is None:
        return before
    rest = before[at + 1:]
    # (not past an infinitive of the main verb's: "will ask the workers who walked out to
    # return in March")
    if v.future_or_modal.isdisjoint(rest) and not any(
            w in v.infinitive and (n == 0 or rest[n - 1] not in v.past_before_to)
            for n, w in enumerate(rest)) and holds_past_verb(v, rest):
        return rest
    return before


def holds_past_verb(v: Vocabulary, words: list[str]) -> bool:
    """Whether some of ``words`` (a clause's, before a date) is a past-tense verb."""
    back = words[::-1]
    return any(w in v.past or past_verb(v, back, n, -1) for n, w in enumerate(back))


MARKER_REACH = 3  # words before "until" in which a past verb governs it
CONDITION_REACH = 9  # ... and in which "if" or "unless" makes that verb a condition's


def stretch_gone_by(v: Vocabulary, words: list[str]) -> bool:
    """Whether a past verb, within MARKER_REACH words before the "until" that leads a date
    (``words[0]``, the sentence read backwards), tells a stretch gone by (not "by" or
    "before": "the collapse came two days before Sunday's deadline" is ahead):
    one of ``stretch_until_verbs`` ("fell", "continued"; not "cancelled all flights until
    Thursday", a state lasting to the date), no verb of the future nearer, not one that
    moves a date ("postponed until"; not "moved sharply lower until": ``price_move_words``),
    nor "had until"."""
    if not v.condition_openers.isdisjoint(words[1:CONDITION_REACH]):
        return False  # "If talks failed by Friday, the union would strike": a condition
    for j in range(1, min(len(words), MARKER_REACH + 1)):
        word = words[j]
        if word in v.modals or word in v.future or word in v.span_having:
            return False
        if word in v.auxiliaries or word in v.passive_auxiliaries:
            return False  # "a deal was unlikely before Saturday": no act, no stretch told
        if word in v.past or past_verb(v, words, j, -1):
            return word in v.stretch_until and (
                word not in v.moved or not v.price_moves.isdisjoint(words[1:j]))
    return False
