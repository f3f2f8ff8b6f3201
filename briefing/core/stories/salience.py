"""Salience within a briefing: who acts most, and which statements are reported most."""

from __future__ import annotations

import datetime as dt
import re

from briefing.model import Briefing, Participant, Statement

_WORD = re.compile(r"\w+")


def _recency(day: dt.date | None, as_of: dt.date | None) -> float:
    if day is None or as_of is None:
        return 0.0
    return 1.0 / (1.0 + max((as_of - day).days, 0) / 30.0)


def participant_weight(person: Participant, acts: int, as_of: dt.date | None) -> float:
    """How much a person acts: statements they make, mentions, and how recently."""
    return 3.0 * acts + person.mentions + 2.0 * _recency(person.last_seen, as_of)


def statement_weight(item: Statement, dates: dict[str, dt.date], as_of: dt.date | None
                     ) -> float:
    """How salient a statement is: its reports and how recently it was reported."""
    latest = max((dates[e.article_id] for e in item.evidence if e.article_id in dates),
                 default=None)
    return item.reports + 2.0 * _recency(latest, as_of)


def rank_briefing(briefing: Briefing) -> None:
    """Order participants and statements by salience, most salient first (stable)."""
    by_surname: dict[str, list[str]] = {}
    for person in briefing.participants:
        by_surname.setdefault(person.name.split()[-1], []).append(person.name)
    acts: dict[str, int] = {}
    for item in [*briefing.agreed, *briefing.disputes]:
        for ev in item.evidence:
            for word in set(_WORD.findall(ev.sentence)):
                for name in by_surname.get(word, ()):
                    acts[name] = acts.get(name, 0) + 1
    as_of = briefing.as_of
    briefing.participants.sort(
        key=lambda p: -participant_weight(p, acts.get(p.name, 0), as_of))
    dates = {a.id: a.date for a in briefing.articles if a.date}
    for items in (briefing.agreed, briefing.disputes):
        items.sort(key=lambda s: -statement_weight(s, dates, as_of))
