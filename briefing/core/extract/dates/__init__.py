"""The Upcoming dates panel: dates and periods ahead, each with what is due then."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefing.core.extract.dates.context import DateContext
from briefing.core.extract.dates.labels import what_is_due
from briefing.core.extract.dates.words import DateWords
from briefing.core.extract.outsiders import outsider_says
from briefing.core.extract.sides import SideFinder
from briefing.core.extract.timex import Timex, tag_dates
from briefing.core.extract.timex.periods import join_adjacent, span_end
from briefing.language.lexicon import Lexicon
from briefing.model import DateItem, Evidence, Sentence
from briefing.text.sentences import dateline_end

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\-])*")


def extract_dates(
    sentences: list[Sentence], published: dt.date | None, lexicon: Lexicon,
    sides: SideFinder | None = None,
) -> list[DateItem]:
    """Every dated mention in the article, past ones included (the timeline: the panel keeps
    those that end after the as-of date, ``core.merge.upcoming``); with ``sides``, none an
    outsider says (an economist's "other unions start talks in September")."""
    if published is None:
        return []
    words: DateWords = lexicon.cached("date_words", lambda: DateWords(lexicon["time"],
                                                                   lexicon["grammar"]))
    items: list[DateItem] = []
    named: dict[tuple[str, int, int], Timex] = {}  # the periods ahead named with their year
    for at, sent in enumerate(sentences):
        context: DateContext | None = None
        prev: tuple[Timex, str] | None = None  # the sentence's last date kept, and its label
        # "LONDON, Feb 6 (Wire) - ": the day the report was filed, no event of its own nor words
        # of a label; read after it (the evidence keeps the whole sentence).
        text = sent.text[(skip := dateline_end(sent.text, sent.index)):]
        found = tag_dates(text, published, lexicon)
        if found and sides is not None and outsider_says(sentences, at, lexicon, sides):
            continue
        listed = _coordinated(text, [_named_before(_year_from(text, tx, words), named, published)
                                     for tx in found], words)
        for n, tx in enumerate(listed):
            if tx.period_start is None or tx.period_end is None or _opens_on_a_day(
                    text, tx, listed[n + 1:n + 2], words):
                continue  # "the autumn session starting Sept. 7": the day, not the season
            if tx.text.lower() in words.vague:
                continue
            context = context or DateContext(text, words)
            # The hedge words of the date's own clause ("The talks could fail, but ministers
            # meet on Friday" is no guess), as written for "may" (the month is "May").
            lo, _hi = context.clause(tx.start, tx.end)
            if _hedged(text, lo, tx, words, far=tx.period_end > published) or (
                    tx.period_end > published and words.none_due_before(text, lo, tx.start)):
                continue  # "maybe not tomorrow"; "No talks are scheduled for next week"
            overtaken = context.overtaken(tx, listed[n - 1] if n else None)  # "had been due"
            if not overtaken and context.conditional(tx, ahead=tx.period_end > published):
                continue  # "if talks fail, tariffs rise on August 1": not due
            if words.forecast.search(text, lo, tx.start) and not (
                    words.measures.search(text) or context.events_in(0, len(text))):
                continue  # "the dollar to drop to 148 yen this week": a forecast
            if (words.figures_after.match(text, tx.end)
                    and words.figures_before.search(text, max(0, tx.start - 20), tx.start)):
                continue  # "the February data": the month the figures cover
            items.append(DateItem(
                tx.period_start, tx.period_end, tx.text,
                what=(what := _label(context, tx, prev, ahead=tx.period_start > published)),
                value=tx.value,
                evidence=[Evidence(sent.article_id, sent.text, ((skip + tx.start, skip + tx.end),))],
                # Only a date still ahead is an event called off ("suspended ... last month"
                # dates the act itself).
                called_off=(sent.text if overtaken or (
                    tx.period_end > published
                    and context.called_off(tx, listed[n - 1] if n else None)) else ""),
                moves=tx.period_start > published and context.moves_to(tx, lo),
            ))
            prev = (tx, what)
    return items


def _label(context: DateContext, tx: Timex, prev: tuple[Timex, str] | None, ahead: bool
           ) -> str:
    """What is due at a date; a date listed after another ("negotiations due in May, June
    and August") is due for the same (its own words would be the list's or the next
    clause's: "August before these loans are finalised")."""
    if prev is not None:
        between = context.text[prev[0].end:tx.start].strip(" ,").lower()
        if not between or between in context.words.list_joiners or context.moved_from(
                prev[0], tx):  # "moved to May 12 from May 16": one event's
            return prev[1]
    return what_is_due(context, tx, ahead=ahead)


OPENS_REACH = 8  # words between a season's event and the day it opens on


def _opens_on_a_day(text: str, tx: Timex, after: list[Timex], words: DateWords) -> bool:
    """Whether a season or a month names an event whose opening day the next date gives
    ("the summer session, which opens on June 1")."""
    if tx.grain not in ("season", "month") or not after or after[0].grain != "day":
        return False
    between = [w.lower() for w in _WORD.findall(text[tx.end:after[0].start])]
    return len(between) <= OPENS_REACH and not words.opens_on.isdisjoint(between)


HEDGE_REACH = 7  # words before a date in which any hedge makes it a guess
MODAL_REACH = 14  # ... and in which a modal hedge does, when nothing scheduled stands between


def _hedged(text: str, lo: int, tx: Timex, words: DateWords, far: bool) -> bool:
    """Whether a hedge in the date's clause makes it a guess: any hedge among the words right
    before it ("a possible cut from next year"); with ``far`` (a date ahead), a modal further
    back ("could vote on the signature as early as next month") unless the date is a noun's
    ("might face next year's election") or a word between opens another clause or
    scheduled it: a schedule ("could retaliate if it imposes its planned sanctions on April
    17"), a negation ("could not agree on Friday and will meet on March 20"), a relative or
    joining word, or a verb of the future (``modal_breaks``)."""
    owned = text.startswith(("'s", "’s"), tx.end) or not far
    reach = HEDGE_REACH if owned else MODAL_REACH
    lead = _WORD.findall(text[max(lo, tx.start - 12 * reach):tx.start])[-reach:]
    for i, word in enumerate(lead):
        low = word.lower()
        if len(lead) - i <= HEDGE_REACH and (low in words.hedges
                                             or word in words.hedges_as_written):
            return True  # "maybe not tomorrow", "a possible cut from next year"
        if (low in words.hedge_modals or word in words.hedges_as_written) and not owned \
                and words.modal_breaks.isdisjoint(w.lower() for w in lead[i + 1:]):
            return True
    return False


def _coordinated(text: str, found: list[Timex], words: DateWords) -> list[Timex]:
    """Two days or two months joined by "and" or "or" ("on Thursday and Friday", "in May or
    June"), the second soon after the first: one period from the first to the last."""
    return join_adjacent(text, found, lambda prev, tx: _joinable(
        prev, tx, text[prev.end:tx.start], words))


_YEAR = re.compile(r"\b\d{4}\b")
_NAMED_AGAIN = ("quarter", "half", "season")  # what an article names again without a year


def _named_before(tx: Timex, named: dict[tuple[str, int, int], Timex], published: dt.date
                  ) -> Timex:
    """A quarter, half or season named again without its year ("OPEC+ paused its
    increases for the first quarter of 2026. Freezing increments in the first quarter is
    ..."): the year the article named it with, when that period was ahead; a period named
    with its year is kept for those after it."""
    if tx.grain not in _NAMED_AGAIN or tx.period_start is None or tx.period_end is None:
        return tx
    key = (tx.grain, tx.period_start.month, tx.period_end.month)
    if _YEAR.search(tx.text):
        if tx.period_end > published:
            named[key] = tx
        return tx
    before = named.get(key)
    if before is None or before.period_start == tx.period_start:
        return tx
    return replace(tx, value=before.value, period_start=before.period_start,
                   period_end=before.period_end)


def _year_from(text: str, tx: Timex, words: DateWords) -> Timex:
    """A day that opens a year ("the fiscal year starting April 1"): the year from it."""
    if tx.grain != "day" or tx.period_start is None or not words.year_from.search(
            text, max(0, tx.start - 40), tx.start):
        return tx
    first = tx.period_start
    last = span_end(first, 1, "year") - dt.timedelta(days=1)
    return replace(tx, value=f"{first.isoformat()}/{last.isoformat()}", period_end=last,
                   grain="range")


def _joinable(prev: Timex, tx: Timex, between: str, words: DateWords) -> bool:
    if (prev.grain != tx.grain or prev.grain not in ("day", "month")
            or prev.period_end is None or tx.period_start is None
            or between.strip().lower() not in words.coordinated):
        return False
    gap = (tx.period_start - prev.period_end).days
    limit = words.coordinated_days if prev.grain == "day" else 31 * words.coordinated_months
    return 0 < gap <= limit
