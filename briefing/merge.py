"""Merging what single articles found into one briefing."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from dataclasses import dataclass

from briefing.model import ArticleResult, DateItem, Participant, Statement


@dataclass
class Merged:
    """The panels' items over all articles, before the as-of filter on dates."""

    participants: list[Participant]
    agreed: list[Statement]
    disputes: list[Statement]
    dates: list[DateItem]


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """A person's name folded for comparison: no case, accents or punctuation."""
    if name.isascii():
        return tuple("".join(c if c.isalnum() or c == "-" else " " for c in name.lower()).split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return tuple("".join(c if c.isalnum() or c == "-" else " " for c in text).split())


def merge_participants(groups: list[list[Participant]]) -> list[Participant]:
    """The same person across articles is one participant; a bare surname joins a full name."""
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
        key = owners[0] if len(owners) == 1 else name_key(person.name)
        _fold_into(merged, sides, key, person)
    for key, person in merged.items():
        if sides[key]:
            person.side = sides[key].most_common(1)[0][0]
    return list(merged.values())


def _fold_into(merged: dict[tuple[str, ...], Participant],
               sides: dict[tuple[str, ...], Counter[str]],
               key: tuple[str, ...], person: Participant) -> None:
    counts = sides.setdefault(key, Counter())
    if person.side:
        counts[person.side] += 1
    if key not in merged:
        merged[key] = Participant(person.name, person.side, list(person.roles), person.mentions,
                                  list(person.evidence))
        return
    into = merged[key]
    into.roles.extend(r for r in person.roles if r not in into.roles)
    into.mentions += person.mentions
    into.evidence.extend(person.evidence)


def _dedupe_statements(items: list[Statement]) -> list[Statement]:
    seen: set[tuple[str, str]] = set()
    out: list[Statement] = []
    for item in items:
        key = (item.evidence[0].article_id, item.evidence[0].sentence)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def merge_results(results: list[ArticleResult]) -> Merged:
    """Merge every article's findings, oldest article first."""
    ordered = sorted(results, key=lambda r: (r.article.date is None, r.article.date or 0,
                                             r.article.id))
    dates: list[DateItem] = []
    seen: set[tuple[object, ...]] = set()
    for r in ordered:
        for d in r.dates:
            key = (d.start, d.end, d.evidence[0].sentence)
            if key not in seen:
                seen.add(key)
                dates.append(d)
    return Merged(
        participants=merge_participants([r.participants for r in ordered]),
        agreed=_dedupe_statements([s for r in ordered for s in r.agreed]),
        disputes=_dedupe_statements([s for r in ordered for s in r.disputes]),
        dates=dates,
    )
