"""Merging people: the same person across articles is one participant."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections import Counter

from briefing.model import Participant


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """A person's name folded for comparison: no case, accents or punctuation."""
    if name.isascii():
        return tuple("".join(c if c.isalnum() or c == "-" else " " for c in name.lower()).split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return tuple("".join(c if c.isalnum() or c == "-" else " " for c in text).split())


def merge_participants(groups: list[list[Participant]],
                       article_dates: dict[str, dt.date | None] | None = None) -> list[Participant]:
    """The same person across articles is one participant; a bare surname joins a full name.

    With ``article_dates``, each person gets the first and last date they were seen.
    """
    merged: dict[tuple[str, ...], Participant] = {}
    sides: dict[tuple[str, ...], Counter[str]] = {}
    pending: list[Participant] = []
    for group in groups:
        for person in group:
            if len(name_key(person.name)) == 1:
                pending.append(person)
                continue
            _fold_into(merged, sides, name_key(person.name), person)
    by_surname: dict[str, list[tuple[str, ...]]] = {}
    for key in merged:
        by_surname.setdefault(key[-1], []).append(key)
    for person in pending:
        surname = name_key(person.name)[0]
        owners = by_surname.get(surname, [])
        if len(owners) != 1 and person.provisional:
            continue  # a bare surname no article names in full
        key = owners[0] if len(owners) == 1 else name_key(person.name)
        _fold_into(merged, sides, key, person)
    for key, person in merged.items():
        if sides[key]:
            person.side = sides[key].most_common(1)[0][0]
        if article_dates:
            seen = sorted(d for e in person.evidence if (d := article_dates.get(e.article_id)))
            person.first_seen, person.last_seen = (seen[0], seen[-1]) if seen else (None, None)
    return list(merged.values())


def _fold_into(merged: dict[tuple[str, ...], Participant],
               sides: dict[tuple[str, ...], Counter[str]],
               key: tuple[str, ...], person: Participant) -> None:
    counts = sides.setdefault(key, Counter())
    if person.side:
        counts[person.side] += 1
    if key not in merged:
        merged[key] = Participant(person.name, person.side, list(person.roles), person.mentions,
                                  list(person.evidence), provisional=person.provisional)
        return
    if merged[key].provisional and not person.provisional:
        merged[key].name, merged[key].provisional = person.name, False
    into = merged[key]
    into.roles.extend(r for r in person.roles if r not in into.roles)
    into.mentions += person.mentions
    into.evidence.extend(person.evidence)
