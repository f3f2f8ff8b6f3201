"""A small folder's one storyline takes in the articles on its subject that no link joined."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from briefing.core.stories.features import ACRONYM, CATEGORY, Signal

# Named parties a stray shares with the storyline: one is any other negotiation of one of its
# sides (a UK-EU folder's "Britain and Norway agreed on cod quotas").
SHARED_PARTIES = 2
MIN_LEAD = 40  # characters of a lead that tell one report (not a bare headline)


def join_strays(groups: list[list[Signal]], cands: list[Signal], generic: set[str],
                window: int) -> None:
    """When a small folder forms one storyline, an article left out joins it if it holds the
    word most of the storyline's articles hold, shares two of its named parties and falls
    within ``window`` days of it: talks among many parties (a treaty's), whose later rounds
    bring other countries to the fore, stay one negotiation. Articles come in date order."""
    if len(groups) != 1:
        return
    group = groups[0]
    held = Counter(t for s in group for t in set(s.terms)
                   if not t.startswith((CATEGORY, ACRONYM)))
    if not held:
        return
    top, count = min(held.items(), key=lambda kv: (-kv[1], kv[0]))
    if 2 * count <= len(group):
        return  # no word of the whole storyline
    inside = {s.article_id for s in group}
    parties = {p for s in group for p in (*s.parties, *s.actors)} - generic
    # Talks of one pair (most of its articles' two most named parties): an article on one of
    # them and another country is another negotiation of that one (Canada's with China in an
    # EU-China folder); in talks of many parties the pair changes from round to round.
    principals = [_principals(s) for s in group]
    one_pair = 2 * max(Counter(principals).values()) > len(group)
    # ... and of one party with several others (a debtor with its bondholders, then its
    # banks): an article that does not name that party is another debtor's.
    hubs = {p for p, n in Counter(p for pair in principals for p in pair).items()
            if 2 * n > len(group)}
    days = [s.date for s in group if s.date]
    first, last = (min(days), max(days)) if days else (None, None)
    for sig in cands:
        if sig.article_id in inside or not _holds(sig, top) or len(parties.intersection(
                (*sig.parties, *sig.actors))) < SHARED_PARTIES or not _near(
                    sig.date, first, last, window) or (
                        one_pair and not parties.issuperset(set(_principals(sig)) - generic)) or (
                        hubs and hubs.isdisjoint((*sig.parties, *sig.actors))):
            continue
        group.append(sig)
        if sig.date and first and last:
            first, last = min(first, sig.date), max(last, sig.date)


def _principals(sig: Signal) -> tuple[str, ...]:
    """An article's two most named parties (of parties named as often, the first by name)."""
    named = sig.parties + sig.actors
    return tuple(sorted(sorted(named, key=lambda p: (-named[p], p))[:2]))


def _holds(sig: Signal, word: str) -> bool:
    """Whether an article's terms hold a word, alone or in a phrase ("plastic pollution")."""
    return any(word == term or word in term.split() for term in sig.terms)


def _near(day: dt.date | None, first: dt.date | None, last: dt.date | None,
          window: int) -> bool:
    if day is None or first is None or last is None:
        return True
    return (first - day).days <= window and (day - last).days <= window


def join_repeats(groups: list[list[Signal]], sigs: list[Signal], leads: dict[str, str]) -> None:
    """An article left out that repeats the lead of a storyline's article on its day (the
    wire's shorter or corrected version of one report) joins that storyline. ``leads``: each
    article's title, or its lead as the cache keeps it (its first sentence's opening)."""
    grouped = {s.article_id for group in groups for s in group}
    at: dict[tuple[dt.date | None, str], int] = {}
    for n, group in enumerate(groups):
        for sig in group:
            if sig.date is not None and len(leads.get(sig.article_id, "")) >= MIN_LEAD:
                at.setdefault((sig.date, leads[sig.article_id]), n)
    for sig in sigs:
        n = at.get((sig.date, leads.get(sig.article_id, "")), -1)
        if n >= 0 and sig.article_id not in grouped:
            groups[n].append(sig)
