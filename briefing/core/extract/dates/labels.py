"""What is due at a date: the label the Upcoming panel shows beside it, from its grammar."""

from __future__ import annotations

import bisect
import re

from briefing.core.extract.dates.context import DateContext
from briefing.core.extract.dates.given import given_until
from briefing.core.extract.dates.literal import literal, span_of
from briefing.core.extract.dates.subject import of_which, with_subject
from briefing.core.extract.dates.terms import LABEL_WORDS, TERM, after_joiner, first_terms, last_terms
from briefing.core.extract.dates.words import DateWords
from briefing.core.extract.timex import Timex

_OWNED_WORDS = 3  # words of the noun a possessive date qualifies ("next year's rebate rate")
_POSSESSIVE_HEAD = re.compile(r"^['’]s\b")


_LEAD_REACH = 300  # characters looked at for the words next to a date, when that is enough


def _words_before(text: str, lo: int, start: int, vocab: DateWords) -> list[str]:
    """The last seven words before ``start`` in the clause, trailing stop words dropped, and
    a negation right before the first kept ("was not negotiable and would apply to all").

    Looks back one window, then two; a date after more than that of stop words alone has no
    words before it (only in garbage text, where looking further would cost per date what
    the whole clause costs)."""
    for reach in (max(lo, start - _LEAD_REACH), max(lo, start - 2 * _LEAD_REACH)):
        words = TERM.findall(text[reach:start])
        if reach > lo:
            words = words[1:]  # the first may be cut in two by the window
        while words and words[-1].lower() in vocab.stop:
            words.pop()  # "meet in London on" -> "meet in London"
        if sum(w[0].isalpha() for w in words) >= LABEL_WORDS or reach == lo:
            break
    kept = last_terms(words, LABEL_WORDS)
    cut = len(words) - len(kept)
    if cut >= 2 and words[cut - 1].lower() in vocab.joiners and words[cut - 2][:1].isupper() \
            and kept[:1] and kept[0][:1].isupper():
        return words[cut - 2:]  # "Witkoff and Kushner are expected to travel": both names
    return words[cut - 1:] if cut and words[cut - 1].lower() in vocab.negators else kept


def _words_after(text: str, end: int, hi: int) -> list[str]:
    """The first seven words after ``end`` in the clause, a possessive "'s" dropped."""
    reach = min(hi, end + _LEAD_REACH)
    words = TERM.findall(_POSSESSIVE_HEAD.sub("", text[end:reach]))
    if sum(w[0].isalpha() for w in words) <= LABEL_WORDS and reach < hi:
        words = TERM.findall(_POSSESSIVE_HEAD.sub("", text[end:hi]))  # the last may be cut
    return first_terms(words, LABEL_WORDS)


def what_is_due(context: DateContext, tx: Timex, ahead: bool = False) -> str:
    """What is due at a date: the event the clause names, with its modifiers and "of" phrase;
    a clause that only adds to the noun before it ("the talks, starting on April 14", "the
    OECD, which meets next month") names that noun too. Never a preposition at its end
    ("Treasury bills maturing between" is "Treasury bills maturing"). In the sentence's own
    characters (``literal``)."""
    label = literal(context.text, _what_is_due(context, tx, ahead))
    if not ahead and _CLOSING_QUOTE.search(label):
        # 'our workers," Trudeau told reporters in Ottawa on Tuesday': a quotation's tail and
        # its attribution; the day is the report's, and what was reported says more.
        label = literal(context.text, _reported(context, tx, context.clause(tx.start, tx.end)[0])
                        ) or label
    return label


def _what_is_due(context: DateContext, tx: Timex, ahead: bool) -> str:
    text, words = context.text, context.words
    lo, hi = context.clause(tx.start, tx.end)
    if text.startswith(("'s ", "’s "), tx.end):
        owned = _owned(text, tx.end + 3, hi, words)
        if not _weak(owned, words):
            return owned
    given = given_until(context, tx, lo, hi)
    if given:
        return given  # "Britain has until July 9 to satisfy ...": who must do what
    label = _tidy(_what_in_clause(context, tx, lo, hi)
                  or _what_next_to(context, tx, lo, hi), words)
    label = _with_head(context, tx, lo, hi, with_subject(context, tx, lo, hi, label))
    parts = label.lower().split()
    adds = bool(parts) and (parts[0] in words.relatives or (
        len(parts) == 1 and parts[0].endswith(words.participles)
        and not words.events.fullmatch(parts[0])))  # "starting", not "meeting"
    at = lo
    if adds and not span_of(text[lo:], label.split()):
        # Taken from a clause further back ("the conference, which is scheduled for
        # Yaounde, Cameroon, on March 26"): its noun is the one before that clause.
        found = span_of(text[:lo], label.split())
        at = found[0] if found else lo
    which = of_which(context, lo, label, _words_before)
    if which:
        return which  # "a working group on steel that will meet next Tuesday"
    if at >= 2 and text[at - 2:at] == ", " and adds:
        before = last_terms(_words_before(text, 0, at - 2, words), _ANTECEDENT_WORDS)
        if parts[0] in words.relatives and (len(parts) == 1 or " ".join(
                parts[1:]) in words.period_verbs or all(
                w in words.auxiliaries or w in words.scheduled for w in parts[1:])):
            # "an executive order, which is expected", "the forum, which runs", "the Council,
            # which has been set for April 16": the noun, not the preposition before it
            while len(before) > 1 and before[0].lower() in words.prepositions:
                before = before[1:]
            return " ".join(before)
        return " ".join([*before, label])
    # A date wholly after the day of publication (``ahead``) is never the day of a report:
    # "They said by 1990, sales could reach ..." is what reaches what by 1990.
    if _weak(label, words) and (ahead or not _reported_on(context, tx)):
        # One word that names nothing ("despite", "through", "led") or none: what the clause
        # says after the date, then the clause next to it, then the sentence's first clause.
        after = _words_after(text, tx.end, hi)
        if after and after[0].lower() in words.joiners:
            after = []  # "through fiscal 1990 and urged ...": another clause's
        fallbacks = (_tidy(found, words) for found in (
            " ".join(after), _what_next_to(context, tx, lo, hi), _opening(context, tx, lo)))
        label = next((found for found in fallbacks if not _weak(found, words)), label)
    elif not ahead and all(w.lower() in words.stop for w in label.split()):
        # The day of a report ("..., the government said on Thursday"): in the timeline, what
        # was reported that day.
        label = _reported(context, tx, lo)
    return label


_HEAD_WORDS = 4  # words of a noun phrase put before a label that opens on its preposition


def _with_head(context: DateContext, tx: Timex, lo: int, hi: int, label: str) -> str:
    """A label that opens on a preposition with the noun phrase it belongs to, when only that
    phrase stands before it in the clause ("of 50 mln dlrs in bonds" is "Offering of 50 mln
    dlrs in bonds"; "The pace of withdrawals", not "of withdrawals"): words alone, opening
    with a capital or a determiner, no verb, figure or date among them (not "it bought 12
    mln stg of paper", "said today in a statement")."""
    words = context.words
    terms = label.split()
    if not terms or terms[0].lower() not in words.prepositions:
        return label
    found = span_of(context.text[lo:hi], terms)
    if found is None or lo <= tx.start < lo + found[0]:
        return label
    head = context.text[lo:lo + found[0]].split()
    if not 0 < len(head) <= _HEAD_WORDS or not (
            head[0][0].isupper() or head[0].lower() in words.determiners):
        return label
    blocked = (words.stop | words.auxiliaries | words.relatives | words.reporting
               | words.joiners | words.prepositions | words.complementizers | words.past)
    if any(not w.isalpha() or (n and (w.lower() in blocked or w.lower().endswith(
            words.past_suffixes))) for n, w in enumerate(head)):
        return label
    return " ".join([*head, label])


def _owned(text: str, at: int, hi: int, words: DateWords) -> str:
    """What a date in the possessive qualifies ("next year's supply contracts", "Friday's
    vote on the tariff package"): the noun from ``at``, up to a function word, a figure or a
    verb's auxiliary, with what its link is about ("on the tariff package")."""
    noun: list[str] = []
    end = at
    for m in TERM.finditer(text, at, hi):
        if len(noun) == _OWNED_WORDS or m.group().lower() in words.noun_ends \
                or not m.group()[0].isalpha():
            break
        noun.append(m.group())
        end = m.end()
    link = words.link_after(text, end, hi) if noun else None
    return " ".join([*noun, link[0], *link[1]] if link else noun)


def _reported(context: DateContext, tx: Timex, lo: int) -> str:
    """What a report dated by ``tx`` reported: the sentence's first clause that is no
    attribution, without the stop words a cut at seven words leaves at its end."""
    terms = _opening(context, tx, lo, report=True).split()
    while terms and terms[-1].lower() in context.words.stop:
        terms.pop()  # "set December 15 as the"
    return " ".join(terms)


def _reported_on(context: DateContext, tx: Timex) -> bool:
    """Whether the date is the day of a report ("Marsh said on Friday, after ..."), which has
    nothing due. ("said" breaks a clause: the words looked at reach across the break.)"""
    words = context.words
    for term in reversed(TERM.findall(context.text[max(0, tx.start - 40):tx.start])):
        low = term.lower()
        if low in words.complementizers:
            return False  # "said that from January ...": the date is of what was said
        if low in words.reporting or low not in words.stop:
            return low in words.reporting
    return False


def _tidy(label: str, words: DateWords) -> str:
    """The label without a joining word or a cut verb's particle before it ("and a decision
    is expected", "out stopgap measures"), nor the prepositions at its end (their object was
    the date: "bills maturing between" -> "bills maturing")."""
    head, _, rest = label.partition(" ")
    terms = (rest if rest and head.lower() in words.label_openers else label).split(" ")
    while len(terms) > 1 and (terms[-1].lower() in words.dangling or _verb_rest(terms, words)):
        terms.pop()
    return " ".join(terms)


def _verb_rest(terms: list[str], words: DateWords) -> bool:
    """Whether the label's last word is what a cut left of its verb: an auxiliary, or an
    adverb right after one ("has been tentatively")."""
    if len(terms) <= 2:
        return False
    last, before = terms[-1], terms[-2].lower()
    if before in words.coordinated:
        return False  # "for April and may": a list's last item, whatever it looks like
    return last in words.verb_rests or (
        last.endswith(words.adverb_suffixes) and before in words.verb_rests)


def _weak(label: str, words: DateWords) -> bool:
    """Whether a label says nothing of what is due: no word but stop words, or a lone word
    that is no event ("talks" is one; "despite", "through" and "10 cargoes" are not; "the
    package" has a determiner, so it is a noun)."""
    alpha = [w for w in label.split() if w[0].isalpha()]
    if all(w.lower() in words.stop for w in alpha):
        return True
    return len(alpha) == 1 and not words.events.fullmatch(alpha[0].lower())


def _opening(context: DateContext, tx: Timex, lo: int, report: bool = False) -> str:
    """The first words of the first clause that holds neither the date nor an attribution:
    after the date's clause when the date opens it ("From September 1, the United States
    will charge ..."; "said: "Within 18 months, we think ..."), else, or when the date is
    the day of a ``report`` ("..., the minister said on Thursday"), from the sentence's
    start."""
    text, words = context.text, context.words
    clauses = list(zip([0, *context.ends], [*context.starts, len(text)], strict=True))
    if not report and all(w.lower() in words.stop for w in TERM.findall(text[lo:tx.start])):
        clauses.sort(key=lambda c: c[0] < tx.start)  # stable: those after the date first
    for a, b in clauses:
        if a <= tx.start < b or b - a < 2:
            continue
        # What a quotation says, without the attribution after its closing mark
        # ("we will overtake Shanghai," he added).
        found = first_terms(TERM.findall(_CLOSING_QUOTE.split(text[a:b], 1)[0]), LABEL_WORDS)
        if sum(w[0].isalpha() for w in found) >= 2 and words.reporting.isdisjoint(
                w.lower() for w in found):
            return " ".join(found)
    return ""


_CLOSING_QUOTE = re.compile(r"(?<=\w)[,.][\"”]")  # not a word in scare quotes ("sold")
_ANTECEDENT_WORDS = 4  # words of the noun before a clause that adds to it
_OPENING_MARKS = " \"'“‘("  # what may stand before a date that opens a sentence


def _what_next_to(context: DateContext, tx: Timex, lo: int, hi: int) -> str:
    """For a date that is a clause of its own, what the clause next to it says: the one
    after a date that opens the sentence ("Tomorrow, X is to meet Y"), else the one before
    ("plans to reopen the plant, the largest in the state, on March 16")."""
    text, words = context.text, context.words
    found: list[str] = []
    if not text[:tx.start].strip(_OPENING_MARKS) and hi < len(text):
        j = bisect.bisect_left(context.starts, hi)  # the break that ends the date's clause
        end = context.starts[j + 1] if j + 1 < len(context.starts) else len(text)
        found = _words_after(text, context.ends[j], end)
    elif lo > 0:
        i = bisect.bisect_right(context.ends, lo) - 1  # the break that opens it
        if not words.reporting.isdisjoint(text[context.starts[i]:lo].lower().split()):
            return ""  # "X said on Friday": the day of a report, not of an event
        j, end = i, context.starts[i]
        if j > 0 and _aside(text[context.ends[j - 1]:context.starts[j]], words):
            j -= 1  # "reopen the plant, one of the largest in the nation, on March 16"
            end = context.starts[j]
        while j > 0 and _place_tail(text[context.ends[j - 1]:context.starts[j]]):
            j -= 1  # "the summit in Kananaskis, Canada, on June 15": the summit's clause
        found = _words_before(text, context.ends[j - 1] if j > 0 else 0, end, words)
        if j < i and not any(w.islower() and w not in words.stop for w in found):
            # Only a place before the place ("in Paris, France, on March 20"): as before.
            found = _words_before(text, context.ends[i - 1], context.starts[i], words)
    # What was said, not who said it ("..., said it planned to reopen the plant, ...").
    said = [n for n, w in enumerate(found) if w.lower() in words.reporting]
    if said and sum(w.isalpha() for w in found[said[-1] + 1:]) >= 2:
        found = found[said[-1] + 1:]
    # Not an attribution ("Later this year, an official said"), nor another date of a list
    # or a lone word ("March, May and June"; "however").
    if (sum(w.isalpha() for w in found) < 2
            or not words.reporting.isdisjoint(w.lower() for w in found)):
        return ""
    return " ".join(found)


_PLACE_WORDS = 2  # words of a place set off by commas ("Kananaskis, Alberta,"), at most


def _place_tail(clause: str) -> bool:
    """Whether a clause is only a place's name after a comma (capitalised words, two at
    most: "Canada" of "Kananaskis, Canada"), which a date's label looks past."""
    terms = TERM.findall(clause)
    return 0 < len(terms) <= _PLACE_WORDS and all(t[0].isupper() for t in terms) \
        and len(clause.strip().split()) == len(terms)


_ASIDE_WORDS = 10  # words of a noun phrase set off by commas, at most


def _aside(clause: str, words: DateWords) -> bool:
    """Whether a clause is a noun phrase set off by commas, which a date's label looks past
    ("reopen the plant, one of the largest in the nation, on March 16"): it opens with a
    determiner or a word of ``aside_openers`` ("one of") and holds no verb (an auxiliary, a
    past tense) and no relative word ("the talks failed" is a clause)."""
    terms = [t.lower() for t in TERM.findall(clause)]
    if not terms or len(terms) > _ASIDE_WORDS or not (
            terms[0] in words.determiners or tuple(terms[:2]) in words.aside_openers):
        return False
    return (words.auxiliaries.isdisjoint(terms) and words.relatives.isdisjoint(terms)
            and not any(words.past_form(t) for t in terms))


def _said_before(before: list[str], words: DateWords) -> list[str]:
    """The words before a date, none when they end in a verb of saying and "that" ("the board
    stated that through March 31 it will act": the label is what was said, after the date)."""
    bare = [w.lower() for w in before]
    while bare and bare[-1] in words.dangling:
        bare.pop()  # "stated that through March 31"
    last = bare[-2:]
    if len(last) == 2 and last[0] in words.reporting and last[1] in words.complementizers:
        return []
    return before


def _what_in_clause(context: DateContext, tx: Timex, lo: int, hi: int) -> str:
    """What the date's own clause (``lo`` to ``hi``) says is due then."""
    text, words = context.text, context.words
    best: tuple[int, int, int] | None = None
    found = context.events_in(lo, hi)
    # "meet next week in Juarez to work out a delivery schedule": not the purpose's event;
    # but "is expected next week to vote on the offer": the vote is what is due
    lead = [w.lower() for w in TERM.findall(text[max(lo, tx.start - 30):tx.start])][-1:]
    skip = words.label_not_after | (words.infinitive if words.due_then.isdisjoint(lead)
                                    else frozenset())
    for a, b in found:
        if tx.start <= a < tx.end or words.verb_object.match(text, b):
            continue  # inside the date, or a verb ("meeting India's demand")
        if a >= tx.end and not skip.isdisjoint(text[tx.end:a].lower().split()):
            continue  # "rise on August 1 unless a deal is reached": the condition's event
        distance = tx.start - b if a < tx.start else (a - tx.end) * 2
        if best is None or distance < best[0]:
            best = (distance, a, b)
    if best is None:
        after = _words_after(text, tx.end, hi)
        ahead = _words_before(text, lo, tx.start, words)
        return " ".join((_said_before(ahead, words) if after else ahead) or after)
    _, start, end = best
    lead = last_terms(TERM.findall(text[max(lo, start - 40):start]), 3)
    keep: list[str] = []
    for word in reversed(lead):
        if word.lower() in words.stop:
            if keep and word.lower() in words.auxiliaries:
                keep.insert(0, word)  # "will also visit": the subject is added before it
            break
        keep.insert(0, word)
    tail = ""  # what the event is of, unless the date's own words ("Oct" of "Oct. 20")
    link = words.link_after(text, end, hi)
    if link and not {w.rstrip(".") for w in link[1]} & {w.rstrip(".") for w in tx.text.split()}:
        tail = f" {link[0]} {' '.join(link[1])}"
    if not keep and not tail and end <= tx.start:
        # A bare event word ("visit", "meets"): the words before the date, when they hold
        # it, also say who holds it and where ("Armacost will visit Tokyo").
        before = " ".join(after_joiner(_words_before(text, lo, tx.start, words),
                                       text[start:end], words.joiners))
        if text[start:end] in before and len(before.split()) > 2:
            return before
    keep = _acted_on(text, lo, start, keep, words)
    return " ".join([*keep, text[start:end]]) + tail


_ACTION_REACH = 4  # words between an action verb and the event word it acts on, at most
_BLOCKER_REACH = 3  # words before it in which a refusal or "never" leaves it out


def _acted_on(text: str, lo: int, start: int, keep: list[str], words: DateWords) -> list[str]:
    """The words kept before an event word, from the action verb that acts on it when one
    stands close before it ("remove many of its retaliatory" tariffs), with the auxiliaries
    and negations before the verb ("will remove", "would not cut": its subject is added
    after)."""
    terms = TERM.findall(text[max(lo, start - 120):start])
    if max(lo, start - 120) > lo:
        terms = terms[1:]  # the first may be cut in two by the window
    low = [t.lower() for t in terms]
    if any(w in words.actions for w in low[len(terms) - len(keep):]):
        return keep  # the words kept hold it already, with what stood before it
    for i in range(len(terms) - len(keep) - 1, max(-1, len(terms) - len(keep) - _ACTION_REACH - 2),
                   -1):
        action = next((a for a in words.actions.get(low[i], ())
                       if low[max(0, i - len(a) + 1):i + 1] == a), None)
        if action is None:
            continue
        first = i - len(action) + 1
        while first > 0 and (low[first - 1] in words.auxiliaries
                             or low[first - 1] in words.negators):
            first -= 1  # "would not cut": the negation too
        if not words.action_blockers.isdisjoint(low[max(0, first - _BLOCKER_REACH):first + 1]):
            return keep  # "refused to lift", "will never lift": the label says no act
        return terms[first:]
    return keep
