"""Merging dates: the same period for the same event, from several reports, is one entry."""

from __future__ import annotations

import bisect
import copy
import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.core.extract.clauses import WORD
from briefing.core.extract.statements import PhraseSet, _has_any
from briefing.core.merge.date_words import (
    EVENTS,
    GATHERINGS,
    common_words,
    events_named,
    gatherings_named,
    gatherings_of,
    label_words,
    lead_of,
    said_words,
    what_words,
)
from briefing.core.merge.similar import content_words
from briefing.language.lexicon import packaged_section
from briefing.model import DateItem, Evidence

SAME_DAY_WORDS = 2  # words two reports of one day share (beyond the date) to be one event
SAME_EVENT_WORDS = 2  # ... that two articles' labels of one period share, across negotiations
SAME_MATTER_WORDS = 3  # ... that a report calling an event off shares with what it supersedes
EVENT_DAYS = 31  # the longest period of one event that a report of one of its days ends
MOVED_DAYS = 92  # the longest period of an event's date that a report moving it supersedes


def merge_dates(items: list[DateItem], one_negotiation: bool = False,
                common: frozenset[str] | None = None,
                published: Callable[[str], dt.date | None] | None = None,
                reports: list[DateItem] | None = None) -> list[DateItem]:
    """The same period for the same event, from several reports, is one entry; a later
    report that calls it off marks it (``called_off``).

    Within ``one_negotiation``'s briefing (a storyline: not across many negotiations, where
    one day holds many events), two more: reports of one day from different articles are
    one entry also when labelled otherwise ("the July 9 deadline", "the higher rate is due
    to return"), if their sentences share ``SAME_DAY_WORDS`` words that are not the whole
    negotiation's (``common``: by default ``common_words`` of the items); and a report that
    calls an event off supersedes earlier entries labelled otherwise (``_supersede``), and
    one that reports it done, among the items and ``reports`` (past ones that take no part in
    the merge), marks the entries it took place within (``_took_place``; the articles'
    publication dates by id, ``published``, tell a report of the past)."""
    if common is None:
        common = common_words(items) if one_negotiation else frozenset()
    merger = _Merger(one_negotiation, common)
    for item in items:
        merger.add(item)
    merger.supersede_moved(published)
    if not one_negotiation:
        return merger.out
    out = _into_days(merger.out, common)
    if published is not None:
        out = _took_place(out, [*items, *(reports or [])], common, published)
    return out


def _into_days(out: list[DateItem], common: frozenset[str]) -> list[DateItem]:
    """A storyline's entry of a month or less that holds an entry of one day, their labels
    sharing ``SAME_DAY_WORDS`` words that are not the whole negotiation's ("joint review of
    the USMCA" in July, "begin a joint review of the pact" on July 1), is that day's: one
    row, at the more precise date."""
    days: dict[dt.date, list[int]] = {}
    for at, entry in enumerate(out):
        if entry.start == entry.end and not entry.called_off:
            days.setdefault(entry.start, []).append(at)
    if not days:
        return out
    gone: set[int] = set()
    ordered = sorted(days)
    labels = {at: label_words(out[at]) - common for ats in days.values() for at in ats}
    for at, entry in enumerate(out):
        if entry.start == entry.end or entry.called_off or (
                entry.end - entry.start).days > EVENT_DAYS:
            continue
        label = label_words(entry) - common
        within = ordered[bisect.bisect_left(ordered, entry.start):
                         bisect.bisect_right(ordered, entry.end)]
        target = next((d for day in within for d in days[day]
                       if d not in gone and len(label & labels[d]) >= SAME_DAY_WORDS), None)
        if target is None:
            continue
        day = out[target] = copy.copy(out[target])
        day.evidence = list(day.evidence)
        _join(day, {(e.article_id, e.sentence) for e in day.evidence}, entry.evidence)
        gone.add(at)
    return [entry for at, entry in enumerate(out) if at not in gone]


def _join(entry: DateItem, known: set[tuple[str, str]], evidence: list[Evidence]) -> None:
    """Add to an entry (a copy of its own) the evidence it does not hold yet (``known``)."""
    for e in evidence:
        if (e.article_id, e.sentence) not in known:
            known.add((e.article_id, e.sentence))
            entry.evidence.append(e)


_GOES_AHEAD = PhraseSet(str(w) for w in packaged_section("time")["goes_ahead"])


@dataclass
class _Merger:
    one_negotiation: bool
    common: frozenset[str]
    out: list[DateItem] = field(default_factory=list)
    # period -> word of "what" -> position in ``out`` of the entry it points to
    index: dict[tuple[dt.date, dt.date], dict[str, int]] = field(default_factory=dict)
    have: dict[int, set[tuple[str, str]]] = field(default_factory=dict)  # a copy's evidence
    said: dict[int, frozenset[str]] = field(default_factory=dict)  # an entry's lead words
    seen: dict[str, int] = field(default_factory=dict)  # article id -> the order it came in
    moving: list[DateItem] = field(default_factory=list)  # reports moving an event (``moves``)
    sources: dict[int, set[str]] = field(default_factory=dict)  # entry -> its articles

    def add(self, item: DateItem) -> None:
        words = what_words(item)
        period = self.index.setdefault((item.start, item.end), {})
        # The earliest entry that shares a word: not the first word found, as a set's order
        # changes from run to run and the export must not.
        at = min((period[w] for w in words if w in period), default=None)
        if at is not None and not self.one_negotiation and not item.called_off:
            at = self._same_event(period, words, item)  # (a report calling off names it)
        same_day = False
        if at is None and self.one_negotiation and item.start == item.end \
                and not item.called_off:  # a report calling it off supersedes (below)
            at = self._same_day(sorted(set(period.values())), item)
            same_day = at is not None
        if item.called_off and self.one_negotiation:
            self._supersede(item, at)
        for e in item.evidence:
            self.seen.setdefault(e.article_id, len(self.seen))
        if item.moves and not item.called_off and self.one_negotiation:
            self.moving.append(item)
        if at is None:
            at = len(self.out)
            self.out.append(item)
        else:
            entry = self._own(at)
            # A later report calls it off; not through a merge of one day's reports, which
            # may be two events ("tariffs take effect", "ministers meet").
            if item.called_off and not entry.called_off and not same_day:
                entry.called_off = item.called_off
            _join(entry, self.have[at], item.evidence)
            self.said.pop(at, None)
        for w in words:
            period.setdefault(w, at)
        if not self.one_negotiation:  # (read by ``_same_event`` only)
            self.sources.setdefault(at, set()).update(e.article_id for e in item.evidence)

    def _same_event(self, period: dict[str, int], words: frozenset[str], item: DateItem
                    ) -> int | None:
        """Across many negotiations, the earliest entry of the period whose label shares
        ``SAME_EVENT_WORDS`` words with the item's (all of the shorter label's, if fewer),
        or one word when an article of the item's reported it: another article's "sail into
        the Aegean Sea tomorrow" and "stormy weather in the North Sea" share only the sea."""
        articles = {e.article_id for e in item.evidence}
        shared = Counter(period[w] for w in words if w in period)
        for at in sorted(shared):
            entry = self.out[at]
            need = min(SAME_EVENT_WORDS, len(words), len(what_words(entry)))
            if shared[at] >= need or not articles.isdisjoint(self.sources.get(at, ())):
                return at
        return None

    def _own(self, at: int) -> DateItem:
        """The entry at ``at`` as a copy of its own (made on its first change: the article's
        result stays as it is)."""
        if at not in self.have:
            entry = self.out[at] = copy.copy(self.out[at])
            entry.evidence = list(entry.evidence)
            self.have[at] = {(e.article_id, e.sentence) for e in entry.evidence}
        return self.out[at]

    def _words(self, at: int) -> frozenset[str]:
        if at not in self.said:
            self.said[at] = lead_of(self.out[at]) - self.common
        return self.said[at]

    def _same_day(self, places: list[int], item: DateItem) -> int | None:
        """The first entry of the item's day, reported by other articles, whose sentences'
        first words share ``SAME_DAY_WORDS`` with the item's."""
        articles = {e.article_id for e in item.evidence}
        said = lead_of(item) - self.common
        for at in places:
            if articles.isdisjoint(e.article_id for e in self.out[at].evidence) \
                    and len(self._words(at) & said) >= SAME_DAY_WORDS:
                return at
        return None

    def _supersede(self, item: DateItem, at: int | None) -> None:
        """A report that calls off or replaces what was due ("the deal averts the tariffs due
        on August 1", "a team that had been due in New Delhi this week ... called off its
        visit") supersedes the earlier entries, labelled otherwise, whose label its sentence
        names (not by their dates' words: "April" of "for April shipping" says nothing of
        the event): of its period when they share a topic, and of its period or one that
        holds it ("the next round in New Delhi in August") when their sentences' first words
        share ``SAME_MATTER_WORDS`` that are not the whole negotiation's. They leave
        Upcoming for the timeline, with that report as the reason. (Items come oldest first,
        so every entry there was reported no later.)"""
        topics = set(item.topics)
        said, lead = said_words(item), lead_of(item) - self.common
        events = events_named(" ".join(e.sentence for e in item.evidence))
        # Of a month at most, and not a mixed report ("..., but the technical round will go
        # ahead as planned"): it may call off a gathering on a day within it.
        mixed = any(_has_any(WORD.findall(e.sentence.lower()), _GOES_AHEAD)
                    for e in item.evidence)
        short = (item.end - item.start).days <= EVENT_DAYS and not mixed
        articles = {e.article_id for e in item.evidence}
        # Of a longer period, the entries labelled with the gathering its own label names ("the
        # summit that was due this year has been postponed": the summit planned for later in
        # the year; not "the July meeting", held as planned).
        gathering = gatherings_named(item.what) \
            if (item.end - item.start).days > EVENT_DAYS else frozenset()
        for (start, end), there in self.index.items():
            if not (start <= item.start and item.end <= end):
                if item.start <= start and end <= item.end and (short or gathering):
                    self._supersede_within(item, there, said, events, articles, gathering)
                continue
            same = (start, end) == (item.start, item.end)
            for place in sorted(set(there.values()) - {at}):
                entry = self.out[place]
                # Its label's words in the report; of one day, its event word will do ("resume
                # talks", then "cancelled a round of lumber talks scheduled for May 26").
                if entry.called_off or not (label_words(entry) & said
                                            or (same and events_named(entry.what) & events)):
                    continue
                # Of one day, the topic shared, or none named for the entry ("agreed to
                # resume talks on May 26", then "cancelled a round of lumber talks
                # scheduled for May 26"): its label's words in the report are enough; or none
                # for the report, which then names the label's event ("the summit planned for
                # May 21 has been postponed"; not "ministers meet in Brussels" for "a meeting
                # of ministers in London has been cancelled").
                if (same and (not entry.topics or not topics.isdisjoint(entry.topics)
                              or (not topics and events_named(entry.what) & events))) or len(
                        self._words(place) & lead) >= SAME_MATTER_WORDS:
                    self._own(place).called_off = item.called_off

    def supersede_moved(self, published: Callable[[str], dt.date | None] | None = None
                        ) -> None:
        """Each report that moves an event to its date ("its scientific review ... would be
        delayed until February") supersedes the event's dates of another period, of a quarter
        at most, that only articles come before it reported ("the review ... would report in
        December"; not one its own article reports again: "while the summit remains set for
        April 20"): those whose label names an event (``events``) that the moved event's own
        label names, not the whole negotiation's word, with a topic in common when both name
        one; and the gathering its own sentence names the old date of ("Norway, which was to
        host the talks from Dec. 8 to 10, said the meeting was postponed until Jan. 19"), with
        the same days' gathering an earlier article reported. Only an event not yet held when
        the move is reported (by ``published``), and not after its new date. They leave
        Upcoming for the timeline, with that report as the reason."""
        for item in self.moving:
            events = EVENTS & content_words(item.what) - self.common
            order = min(self.seen[e.article_id] for e in item.evidence)
            topics = set(item.topics)
            told = [d for e in item.evidence if published and (d := published(e.article_id))]
            for (start, end), there in self.index.items():
                if not (end < item.start or start > item.end) or (end - start).days > MOVED_DAYS \
                        or start > item.start or (told and end < min(told)):
                    continue
                old = self._moved_from(item, there)
                # (the same days' gathering of an earlier article: one of the same kind, "talks"
                # and "talks", not a summit or a conference held then too)
                kinds = frozenset().union(*(gatherings_of(self.out[p]) for p in old))
                for place in sorted(set(there.values())):
                    entry = self.out[place]
                    if entry.called_off or (place not in old and any(
                            self.seen[e.article_id] >= order for e in entry.evidence)):
                        continue
                    if place in old or not kinds.isdisjoint(gatherings_of(entry)) or (
                            events & label_words(entry) and (
                                not topics or not entry.topics
                                or not topics.isdisjoint(entry.topics))):
                        self._own(place).called_off = item.evidence[0].sentence

    def _moved_from(self, item: DateItem, there: dict[str, int]) -> set[int]:
        """The entries of a period that the moving report's own sentence gives as the old
        date of a gathering, when its own label names one too."""
        if not gatherings_named(item.what):
            return set()
        sentences = {(e.article_id, e.sentence) for e in item.evidence}
        return {place for place in set(there.values())
                if all((e.article_id, e.sentence) in sentences for e in self.out[place].evidence)
                and gatherings_named(self.out[place].what)}

    def _supersede_within(self, item: DateItem, there: dict[str, int], said: frozenset[str],
                          events: frozenset[str], articles: set[str],
                          gathering: frozenset[str] = frozenset()) -> None:
        """Of a report's period of a month at most, the entries it holds that another
        article reported, when it names their event and every word of their label but a
        gathering's ("the resumed session, planned for September, has been postponed": the
        resumed session of September 14 to 23), one of ``GATHERINGS`` (not the talks of
        March 24 in "averting an increase due at the end of the month"); of a longer one,
        those labelled with the ``gathering`` the report's own label names."""
        for place in sorted(set(there.values())):
            entry = self.out[place]
            label = label_words(entry)  # the negotiation's own words too: every word named
            named = events_named(entry.what) or events_named(" ".join(e.sentence for e in entry.evidence))
            # (a gathering's word may be another of its kind: "a sixth round of
            # negotiations", then "had been due to hold a sixth round of talks"; a label of
            # such words alone, "summit meeting", is named whole)
            own = label - GATHERINGS or label
            ours = events_named(entry.what) & gathering if gathering else (
                own and own <= said and named & events & GATHERINGS)
            if not entry.called_off and ours and articles.isdisjoint(
                    e.article_id for e in entry.evidence):
                self._own(place).called_off = item.called_off


# Words that make a report of a day no report of a thing done: negations ("failed to sign"),
# aims and modals ("are due to sign", "will sign today"), the future ("set", "planned").
_NOT_DONE = PhraseSet(str(w) for w in [
    *packaged_section("cues")["negation"], *packaged_section("cues")["modality"],
    *packaged_section("time")["future_modals"], *packaged_section("time")["scheduled"]])


def _done(item: DateItem, published: Callable[[str], dt.date | None]) -> bool:
    """Whether an item reports a thing done on its day: every report dates it no later than
    its own day, in a sentence with no negation, aim, modal or plan."""
    for e in item.evidence:
        day = published(e.article_id)
        if day is None or item.end > day or _has_any(WORD.findall(e.sentence.lower()),
                                                      _NOT_DONE):
            return False
    return bool(item.evidence)


def _took_place(out: list[DateItem], reports: list[DateItem], common: frozenset[str],
                published: Callable[[str], dt.date | None]) -> list[DateItem]:
    """A report that an event took place ("signed the agreement in Brussels on Wednesday")
    marks the entries it falls within, of a month at most, announced by other articles
    before that day, whose label its sentence names in ``SAME_DAY_WORDS`` words that are not
    the whole negotiation's ("ministers will sign the agreement in Brussels next week"):
    they leave Upcoming for the timeline, with that report. Marked entries are copies."""
    # An event's day or week, at most its month: within a longer period ("buy $750 billion
    # of energy through 2028") one report of the past is no end of it.
    open_ = [n for n, e in enumerate(out) if not e.called_off and not e.done
             and (e.end - e.start).days <= EVENT_DAYS]
    if not open_:
        return out
    out = list(out)
    for item in reports:
        if not _done(item, published):
            continue
        said = said_words(item)
        articles = {e.article_id for e in item.evidence}
        for n in open_:
            entry = out[n]
            if entry.done or not (entry.start <= item.start and item.end <= entry.end) \
                    or not articles.isdisjoint(e.article_id for e in entry.evidence):
                continue
            ahead = any((day := published(e.article_id)) is not None and day < item.start
                        for e in entry.evidence)
            if ahead and len((label_words(entry) - common) & said) >= SAME_DAY_WORDS:
                entry = out[n] = copy.copy(entry)
                entry.done = item.evidence[0].sentence
    return out
