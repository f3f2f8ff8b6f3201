"""The Upcoming dates panel: dates and periods ahead, each with what is due then."""

from __future__ import annotations

import datetime as dt
import re

from briefing.extract.timex import Timex, tag_dates
from briefing.lexicon import Lexicon
from briefing.model import DateItem, Evidence, Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def extract_dates(
    sentences: list[Sentence], published: dt.date | None, lexicon: Lexicon
) -> list[DateItem]:
    """Every dated mention in the article, past ones included (the timeline).

    The panel keeps those that end after the as-of date; see ``upcoming``.
    """
    if published is None:
        return []
    time = lexicon["time"]
    vague = [v.lower() for v in time.get("vague", [])]
    events = sorted((e.lower() for e in time.get("events", [])), key=len, reverse=True)
    items: list[DateItem] = []
    for sent in sentences:
        for tx in tag_dates(sent.text, published, lexicon):
            if tx.period_start is None or tx.period_end is None:
                continue
            if any(v == tx.text.lower() for v in vague):
                continue
            items.append(DateItem(
                start=tx.period_start,
                end=tx.period_end,
                expression=tx.text,
                what=_what(sent.text, tx, events),
                value=tx.value,
                evidence=[Evidence(sent.article_id, sent.text, ((tx.start, tx.end),))],
            ))
    return items


def upcoming(items: list[DateItem], published: dt.date | None, as_of: dt.date) -> list[DateItem]:
    """The dates the panel shows: placed after the article's date, ending after as-of."""
    return [d for d in items if (published is None or d.start > published) and d.end > as_of]


def _what(text: str, tx: Timex, events: list[str]) -> str:
    """What is due at a date: the nearest event word and the words that qualify it."""
    lowered = text.lower()
    best: tuple[int, int, int] | None = None
    for event in events:
        for m in re.finditer(rf"\b{re.escape(event)}s?\b", lowered):
            if tx.start <= m.start() < tx.end:
                continue
            distance = abs(m.start() - tx.start) if m.start() < tx.start else m.start() - tx.end
            if best is None or distance < best[0]:
                best = (distance, m.start(), m.end())
    if best is None:
        words = _WORD.findall(text[:tx.start])[-6:]
        return " ".join(words) if words else text[tx.end:].strip()[:60]
    _, start, end = best
    lead = _WORD.findall(text[max(0, start - 40):start])[-3:]
    keep: list[str] = []
    for word in reversed(lead):
        if word.lower() in {"the", "a", "an", "to", "of", "in", "on", "at", "for", "and", "by",
                            "is", "was", "will", "be", "with", "its", "their", "his", "her",
                            "hold", "that", "said", "from", "as", "this", "week's"}:
            break
        keep.insert(0, word)
    return " ".join([*keep, text[start:end]])
