"""The upcoming-date policy: which dates the Upcoming panel shows as of a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from briefing.core.merge.date_words import gatherings_named
from briefing.model import DateItem

# A period longer than this that more than ``GONE_SHARE`` of has passed, which every report
# gave before it began, is no longer ahead: a year's plan said the year before ("next year")
# is, in that year's December, the year under way, not a date to come; a gathering still is
# ("a summit in the second half of 2026" stays until the half ends).
LONG_DAYS = 92
GONE_SHARE = 0.75


def is_upcoming(item: DateItem, as_of: dt.date,
                published: Callable[[str], dt.date | None]) -> bool:
    """Whether the Upcoming panel shows a date: it ends after as-of, no report (up to as-of)
    calls it off, moves it or says it took place, some article that reports it placed it
    after its own publication date (``published`` maps article ids), and it is not a long
    period mostly gone that was only reported before it began."""
    days = [published(e.article_id) for e in item.evidence]
    if item.end <= as_of or item.called_off or item.done or not any(
            day is None or item.start > day for day in days):
        return False
    length = (item.end - item.start).days
    return not (length > LONG_DAYS and (as_of - item.start).days > GONE_SHARE * length
                and all(day is not None and day < item.start for day in days)
                and not gatherings_named(item.what))


def upcoming(items: list[DateItem], published: dt.date | None, as_of: dt.date) -> list[DateItem]:
    """The dates of one article, published that day, that the panel shows as of a date."""
    return [d for d in items if is_upcoming(d, as_of, lambda _: published)]
