"""Merging dates: the same period for the same event, from several reports, is one entry."""

from __future__ import annotations

import copy
import datetime as dt

from briefing.core.merge.similar import content_words
from briefing.model import DateItem

SAME_DAY_WORDS = 2  # words two reports of one day share (beyond the date) to be one event
SAME_MATTER_WORDS = 3  # ... that a report calling an event off shares with its first report


def merge_dates(items: list[DateItem], one_negotiation: bool = False) -> list[DateItem]:
    """The same period for the same event, from several reports, is one entry.

    In ``one_negotiation``'s briefing, reports of one day from different articles are one
    entry also when labelled otherwise ("the July 9 deadline", "the higher rate is due to
    return"), if their sentences share ``SAME_DAY_WORDS`` words beyond the date: a
    negotiation's day ahead is its deadline, meeting or vote, however each report names it.
    (Across negotiations, one day holds many events: not there.)"""
    out: list[DateItem] = []
    # period -> word of "what" -> position in ``out`` of the entry it points to
    index: dict[tuple[dt.date, dt.date], dict[str, int]] = {}
    have: dict[int, set[tuple[str, str]]] = {}  # position -> its evidence, once it is a copy
    for item in items:
        words = content_words(item.what) or frozenset([item.what.lower()])
        period = index.setdefault((item.start, item.end), {})
        # The earliest entry that shares a word: not the first word found, as a set's order
        # changes from run to run and the export must not.
        at = min((period[w] for w in words if w in period), default=None)
        if at is None and one_negotiation and item.start == item.end:
            at = _same_day(out, sorted(set(period.values())), item)
        if item.called_off:
            # Within one negotiation, a period that holds the item's too ("the next round
            # in August", called off "this week"); across many, that would reach too far.
            places = {p for (start, end), there in index.items()
                      if (start, end) == (item.start, item.end) or (
                          one_negotiation and start <= item.start and item.end <= end)
                      for p in there.values()}
            _supersede(out, have, places - {at}, item, one_negotiation)
        if at is None:
            at = len(out)
            out.append(item)
        else:
            entry = _own(out, have, at)
            known = have[at]
            if item.called_off and not entry.called_off:  # a later report calls it off
                entry.called_off = item.called_off
            for e in item.evidence:
                if (e.article_id, e.sentence) not in known:
                    known.add((e.article_id, e.sentence))
                    entry.evidence.append(e)
        for w in words:
            period.setdefault(w, at)
    return out


def _own(out: list[DateItem], have: dict[int, set[tuple[str, str]]], at: int) -> DateItem:
    """The entry at ``at`` as a copy of its own (made on its first change: the article's
    result stays as it is)."""
    if at not in have:
        entry = out[at] = copy.copy(out[at])
        entry.evidence = list(entry.evidence)
        have[at] = {(e.article_id, e.sentence) for e in entry.evidence}
    return out[at]


def _supersede(out: list[DateItem], have: dict[int, set[tuple[str, str]]], places: set[int],
               item: DateItem, one_negotiation: bool) -> None:
    """A report that calls off or replaces what was due ("the deal averts the tariffs due on
    August 1", "a team that had been due in New Delhi this week ... called off its visit")
    supersedes the earlier entries of that period, or within ``one_negotiation`` of one that
    holds it ("the next round in New Delhi in August"), whose label its sentence names, though
    they are labelled otherwise: they leave Upcoming for the timeline, with that report as
    the reason. (Items come oldest first, so every entry already there was reported no
    later.)

    The word named must not be their dates' ("April" of "for April shipping" says nothing
    of the event), and the two must be of one matter: they share a topic, or, within
    ``one_negotiation``, their sentences share ``SAME_MATTER_WORDS`` words."""
    topics = set(item.topics)
    said = _said(item)
    for at in sorted(places):
        entry = out[at]
        if entry.called_off or not (content_words(entry.what)
                                    - content_words(entry.expression)) & said:
            continue
        if not topics.isdisjoint(entry.topics) or (
                one_negotiation and len(_said(entry) & said) >= SAME_MATTER_WORDS):
            _own(out, have, at).called_off = item.called_off


def _said(item: DateItem) -> frozenset[str]:
    """The words of an item's sentences, less its date's."""
    words = frozenset().union(*(content_words(e.sentence) for e in item.evidence))
    return words - content_words(item.expression)


def _same_day(out: list[DateItem], places: list[int], item: DateItem) -> int | None:
    """The first entry of the item's day, reported by other articles, whose sentences share
    ``SAME_DAY_WORDS`` words with the item's."""
    articles = {e.article_id for e in item.evidence}
    said = _said(item)
    for at in places:
        entry = out[at]
        if articles.isdisjoint(e.article_id for e in entry.evidence) \
                and len(_said(entry) & said) >= SAME_DAY_WORDS:
            return at
    return None
