"""The upcoming-date policy: which dates the Upcoming panel shows as of a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from briefing.model import DateItem


def is_upcoming(item: DateItem, as_of: dt.date,
                published: Callable[[str], dt.date | None]) -> bool:
    """Whether the Upcoming panel shows a date: it ends after as-of, no report (up to as-of)
    calls it off, moves it or says it took place, and some article that reports it placed it
    after its own publication date (``published`` maps article ids)."""
    return item.end > as_of and not item.called_off and not item.done and any(
        (day := published(e.article_id)) is None or item.start > day for e in item.evidence)


def upcoming(items: list[DateItem], published: dt.date | None, as_of: dt.date) -> list[DateItem]:
    """The dates of one article, published that day, that the panel shows as of a date."""
    return [d for d in items if is_upcoming(d, as_of, lambda _: published)]
