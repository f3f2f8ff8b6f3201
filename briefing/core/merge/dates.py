"""Merging dates: the same period for the same event, from several reports, is one entry."""

from __future__ import annotations

import copy
import datetime as dt

from briefing.core.merge.similar import content_words
from briefing.model import DateItem


def merge_dates(items: list[DateItem]) -> list[DateItem]:
    """The same period for the same event, from several reports, is one entry."""
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
        if at is None:
            at = len(out)
            out.append(item)
        else:
            if at not in have:  # copy on the first merge: the article's result stays as is
                entry = out[at] = copy.copy(out[at])
                entry.evidence = list(entry.evidence)
                have[at] = {(e.article_id, e.sentence) for e in entry.evidence}
            entry, known = out[at], have[at]
            if item.called_off and not entry.called_off:  # a later report calls it off
                entry.called_off = item.called_off
            for e in item.evidence:
                if (e.article_id, e.sentence) not in known:
                    known.add((e.article_id, e.sentence))
                    entry.evidence.append(e)
        for w in words:
            period.setdefault(w, at)
    return out
