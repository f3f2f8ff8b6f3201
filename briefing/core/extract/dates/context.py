"""One sentence as date extraction reads it: its clauses and event words, found once, and
what its words say of a date's plan (called off, moved, overtaken, conditional)."""

from __future__ import annotations

import bisect
import re

from briefing.core.extract.dates.words import DateWords
from briefing.core.extract.timex import Timex

_WORDS = re.compile(r"[^\W\d_]+")  # a sentence's words, letters only
MOVED_AFTER = 30  # characters after a date "originally due" in which its moving stands
EVENT_AFTER = 3  # words after (or before) a date in which its event stands ("the June 5 OPEC
# meeting", "its planned sanctions on April 17")
WHETHER_REACH = 3  # words before "if" in which a verb makes it "whether"
SUBJECT_WORDS = 2  # words after "if" in which an event is the condition's subject ("if no deal")


class DateContext:
    """A sentence's clause breaks and event words, worked out once for all its dates
    (a sentence can hold hundreds: the cost per date must not grow with its length)."""

    def __init__(self, text: str, words: DateWords) -> None:
        self.text = text
        self.words = words
        breaks = [m.span() for m in words.clause.finditer(text)]
        self.starts = [a for a, _ in breaks]
        self.ends = [b for _, b in breaks]
        self.events = [m.span() for m in words.events.finditer(text.lower())]
        self.event_starts = [a for a, _ in self.events]

    def conditional(self, tx: Timex, ahead: bool = True) -> bool:
        """Whether the date is only due on a condition, or only possible: after an opening
        conditional clause, or after a word of condition in its own clause; with ``ahead``
        (a date still to come), after a condition's opening word (``_opener``) with no event
        between nor right after the date ("unless Britain eases the duties it imposed last
        year": the year is the imposing's, gone by)."""
        opening = self.words.opening_condition.match(self.text)
        if opening and opening.end() <= tx.start:
            return True
        lo, hi = self.clause(tx.start, tx.end)
        if self.words.condition.search(self.text, lo, tx.start) is not None:
            return True
        opener = self._opener(lo, tx.start) if ahead else None
        return opener is not None and not (
            self._event_before(opener, tx.start) or self._event_next(tx.end, hi)
            or self.words.goes_ahead.search(self.text, opener, tx.start))

    def _opener(self, lo: int, start: int) -> int | None:
        """Where the words after the last condition's opening word ("if", "unless") between
        ``lo`` and ``start`` begin: none in a set phrase ("even if", "if necessary"), before
        a past participle ("if approved by"), nor an "if" that means "whether"."""
        for found in reversed(list(self.words.condition_openers.finditer(self.text, lo, start))):
            word = found.group(0).lower()
            before = [w.lower() for w in _WORDS.findall(self.text[lo:found.start()])]
            after = _WORDS.findall(self.text[found.end():start])[:1]
            nxt = after[0].lower() if after else ""
            if (f"{word} {nxt}" in self.words.condition_idioms
                    or (before and before[-1] in self.words.condition_not_after)
                    or self.words.past_form(nxt)
                    or (word in self.words.whether_openers and self._whether(before))):
                continue
            return found.end()
        return None

    def _whether(self, before: list[str]) -> bool:
        """Whether the words before an "if" make it "whether" (``whether_after`` among the
        last ``WHETHER_REACH``; or ``whether_after_saying`` with a negation before it)."""
        base = max(0, len(before) - WHETHER_REACH)
        for at in range(base, len(before)):
            if before[at] in self.words.whether_after:
                return True
            if before[at] in self.words.whether_saying and not self.words.whether_negators.\
                    isdisjoint(before[max(0, at - WHETHER_REACH):at]):
                return True
        return False

    def _event_before(self, lo: int, start: int) -> bool:
        """Whether an event word ends within ``EVENT_AFTER`` words before a date, after the
        condition's opening word at ``lo`` ("if he fails in talks tomorrow", "imposes its
        planned sanctions on April 17"), or is the condition's subject, right after it, with a
        deadline's link before the date: a deal's deadline ("if no deal is reached by March
        31"; not "if Mexico did not grant the exemption by the end of June", the granting's
        time, nor "if sanctions are still in place in 2027")."""
        words = list(_WORDS.finditer(self.text, lo, start))
        near = words[-EVENT_AFTER:]
        if self.events_in(near[0].start() if near else start, start):
            return True
        if not words or words[-1].group().lower() not in self.words.deadline_links:
            return False  # "if sanctions are still in place in 2027": no deadline
        return bool(self.events_in(lo, words[min(len(words), SUBJECT_WORDS) - 1].end()))

    def _event_next(self, end: int, hi: int) -> bool:
        """Whether an event word starts within ``EVENT_AFTER`` words after a date, in its
        clause ("the June 5 OPEC meeting", "the March 18 board meeting")."""
        words = list(_WORDS.finditer(self.text, end, hi))[:EVENT_AFTER]
        limit = words[-1].end() if words else end
        i = bisect.bisect_left(self.event_starts, end)
        return i < len(self.event_starts) and self.event_starts[i] < limit

    def overtaken(self, tx: Timex, before: Timex | None = None) -> bool:
        """Whether the date's clause, before it, says its plan was overtaken ("had been due
        to lapse on March 31"), with no new plan between ("... will instead rise on March
        20"), nor moved to it from the date ``before`` it ("had been set for Aug. 25 was
        postponed to Sept. 3")."""
        lo, hi = self.clause(tx.start, tx.end)
        found = list(self.words.overtaken.finditer(self.text, lo, tx.start))[-1:]
        if (found and before is not None and found[0].end() <= before.start < tx.start
                and self.words.moved.search(self.text, before.end, tx.start)):
            return False  # the plan moved from the date before to this one
        if not found and self.words.overtaken_if_moved.search(self.text, lo, tx.start) \
                and self._moved_soon_after(tx.end):
            return True  # "originally due on April 10, has been pushed back to April 13"
        if not found:
            # "which was due to expire on March 31, will now run until April 30": a plan in
            # the past whose sentence goes on, in its next clause's first words, to replace
            # it (not "..., and exporters are now rushing", "now that the accord is signed").
            return self.words.was_due.search(self.text, lo, tx.start) is not None \
                and self._replaced_next(hi)
        between = {w.lower().strip(".,;:") for w in self.text[found[0].end():tx.start].split()}
        return self.words.overtaken_until.isdisjoint(between)

    def _moved_soon_after(self, end: int) -> bool:
        """Whether the words right after a date move or call off its event, with only
        ``moved_gap_words`` between ("had been planned for Oct. 9 but was moved"; not "...,
        and a second session was postponed", "but the vote was postponed", "may be delayed",
        "was not postponed")."""
        hi = end + MOVED_AFTER
        found = self.words.moved.search(self.text, end, hi) or self.words.called_off.search(
            self.text, end, hi)
        return found is not None and all(
            w in self.words.moved_gap for w in _WORDS.findall(self.text[end:found.start()].lower()))

    def called_off(self, tx: Timex, before: Timex | None = None) -> bool:
        """Whether the date's clause calls its event off or moves it, the date not being the
        new one ("postponed until May 5")."""
        lo, hi = self.clause(tx.start, tx.end)
        if self._off_after_aside(lo, hi, tx.start) or self._replaced_by(lo, tx, before):
            return True
        for found in self.words.called_off.finditer(self.text, lo, hi):
            reach = CALLED_OFF_REACH
            if found.end() <= tx.start:
                gap = self.text[found.end():tx.start]
                if self.words.new_date.search(gap):
                    continue  # "postponed until May 5": the new date
                if self.words.scheduled.isdisjoint(gap.lower().split()):
                    if self.words.action_date.search(gap) or self.words.act_start.fullmatch(
                            self.text, found.start(), tx.start):
                        continue  # "suspended in 1983", "suspended from October 15": the
                        # act's own date (not "postponed from March 3": the date moved from)
                else:
                    # "averts the 30% tariffs that were due to take effect on August 1": the
                    # date is what was scheduled, however many words name it.
                    reach = SCHEDULED_REACH
            else:
                gap = self.text[tx.end:found.start()]
            if len(gap.split()) <= reach:
                return True
        for found in self.words.called_off_before.finditer(self.text, lo, tx.start):
            gap = self.text[found.end():tx.start]
            words = gap.lower().split()
            if (not self.words.scheduled.isdisjoint(words) and len(words) <= SCHEDULED_REACH) \
                    or (0 < len(words) <= 2 and words[0] in self.words.determiners):
                return True  # "averts the tariffs due on August 1", "replaced the April 5"
        return False

    def _replaced_by(self, lo: int, tx: Timex, before: Timex | None) -> bool:
        """Whether the date is the plan another date replaced: "on March 27 rather than March
        20"; "brought forward to March 27 from March 30", the date ``before`` it the new one
        (not "cut the rate to 3 pct from March 10", where the date is when the cut starts)."""
        if self.words.replaced_date.search(self.text, lo, tx.start):
            return True
        return before is not None and self.moved_from(before, tx, lo)

    def moves_to(self, tx: Timex, lo: int) -> bool:
        """Whether the date's clause moves an event to it ("would be delayed until February",
        "was postponed to June 18"), in a sentence that neither denies the move nor makes it
        a condition's (``move_unasserted``)."""
        return (self.words.moved_to.search(self.text, lo, tx.start) is not None
                and self.words.moved_verb.search(self.text, lo, tx.start) is not None
                and self.words.move_unasserted.search(self.text) is None)

    def moved_from(self, before: Timex, tx: Timex, lo: int = 0) -> bool:
        """Whether ``tx`` is the day a plan was moved from, ``before`` the day it was moved to
        ("brought forward to March 27 from March 30"); ``lo``: where to look back from for the
        moving verb, at most (the clause of ``before`` in any case: "forward to Thursday,
        March 12, from March 16", a comma between the two need not part them)."""
        if self.words.moved_from.match(self.text[before.end:tx.start]) is None:
            return False
        lo = min(lo, self.clause(before.start, before.end)[0])
        return (self.words.moved_to.search(self.text, lo, before.start) is not None
                and self.words.moved_verb.search(self.text, lo, before.start) is not None)

    def _off_after_aside(self, lo: int, hi: int, at: int) -> bool:
        """Whether the main verb right after a scheduling aside calls its event off, with only
        auxiliaries before it: "the visit, planned for March 25, had been called off" (not
        "..., went ahead as the strike was called off", nor "were not cancelled")."""
        aside = self._past_aside(lo, hi, at)
        verb = self.words.called_off.search(self.text, hi, aside) if aside != hi else None
        if verb is None:
            return False
        before = _WORDS.findall(self.text[hi:verb.start()].lower())
        return len(before) <= ASIDE_WORDS and all(w in self.words.aside_verbs for w in before)

    def _replaced_next(self, hi: int) -> bool:
        """Whether the clause after ``hi`` opens with a new plan: "will now", "but has now",
        "instead" (one of ``replaced_after``, after at most a joiner and a modal), not "now
        that" nor "instead of"."""
        nxt = _WORDS.findall(self.text[hi:hi + 60].lower())[:6]
        if nxt and nxt[0] in self.words.replace_joiners:
            nxt = nxt[1:]
        # "will now", "but has now", "but Washington has now", "but they will now"; a verb
        # of being is no new plan ("and exporters are now rushing").
        at = next((i for i, w in enumerate(nxt[:3]) if w in self.words.replace_modals), -1)
        if at >= 0:
            nxt = nxt[at + 1:]
        elif nxt[:1] and nxt[0] not in self.words.replaced:
            return False
        return len(nxt) >= 2 and nxt[0] in self.words.replaced \
            and nxt[1] not in self.words.replaced_not_before

    def _past_aside(self, lo: int, hi: int, at: int) -> int:
        """Where the clause a scheduling aside stands in goes on to: "the visit, *planned for
        March 25*, had been called off" calls the date's event off from after the aside."""
        lead = self.text[lo:at].lower().split()
        if not (0 < len(lead) <= ASIDE_WORDS and lead[0] in self.words.scheduled
                and self.text.startswith(",", hi)):
            return hi
        j = bisect.bisect_left(self.starts, hi)
        return self.clause(self.ends[j], self.ends[j])[1] if j < len(self.starts) else hi

    def events_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The event words found between ``lo`` and ``hi`` (events hold no clause break)."""
        i = bisect.bisect_left(self.event_starts, lo)
        j = bisect.bisect_left(self.event_starts, hi)
        return [span for span in self.events[i:j] if span[1] <= hi]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``text[start:end]``: after the last break before it, up to the
        first break after it. (Breaks begin with punctuation or a space, and a date begins
        and ends with a word character, so no break straddles either end.)"""
        i = bisect.bisect_right(self.ends, start)
        j = bisect.bisect_left(self.starts, end)
        return (self.ends[i - 1] if i else 0), (self.starts[j] if j < len(self.starts)
                                                else len(self.text))


ASIDE_WORDS = 3  # words before a date in an aside that schedules it ("originally planned for")
CALLED_OFF_REACH = 8  # words between a date and the word that calls its event off, at most
SCHEDULED_REACH = 12  # ... when a word of `scheduled` between them ties the date to the event
