"""Merging what single articles found into one briefing."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

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


# Function words carry no subject matter, so they never make two statements alike.
_STOP = frozenset([
    "a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "that", "with", "said", "says",
    "was", "were", "is", "are", "has", "have", "had", "which", "who", "by", "at", "it", "its",
    "their", "they", "this", "from", "as", "be", "been", "would", "will", "not", "no", "but",
    "also", "than", "more", "after", "before", "over", "into", "about", "under", "up", "out",
    "new", "last", "next", "week", "month", "year", "years", "its", "his", "her", "he", "she",
    "we", "our", "officials", "official", "sources", "source", "delegates", "talks",
])
_WORD = re.compile(r"[a-z][a-z'-]+")


def content_words(text: str) -> frozenset[str]:
    """The words of a text that say what it is about (no function words)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _clusters(sigs: list[frozenset[str]], threshold: float, common: int = 200) -> list[int]:
    """Group items whose word sets overlap by ``threshold`` (Jaccard); returns group leaders.

    Candidates come from an index of the rarer words, so the cost stays near linear.
    """
    parent = list(range(len(sigs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = {}
    for i, words in enumerate(sigs):
        seen: set[int] = set()
        for word in words:
            postings = index.setdefault(word, [])
            if len(postings) <= common:
                seen.update(postings)
        for j in seen:
            if find(i) != find(j) and _jaccard(words, sigs[j]) >= threshold:
                parent[find(i)] = find(j) if j < i else find(i)
        for word in words:
            index[word].append(i)
    return [find(i) for i in range(len(sigs))]


def cluster_statements(items: list[Statement], threshold: float = 0.5) -> list[Statement]:
    """Near-duplicate statements (one event in several reports) become one item.

    The earliest report gives the text; the others add their evidence. ``items`` must be in
    date order.
    """
    sigs = [content_words(" ".join(e.sentence for e in s.evidence[:1])) for s in items]
    leaders = _clusters(sigs, threshold)
    out: dict[int, Statement] = {}
    for item, leader in zip(items, leaders, strict=True):
        if leader not in out:
            # A copy: the article's own result stays as parsed (the app merges it again).
            out[leader] = replace(item, evidence=list(item.evidence), topics=list(item.topics),
                                  sides=list(item.sides))
            continue
        kept = out[leader]
        have = {(e.article_id, e.sentence) for e in kept.evidence}
        kept.evidence.extend(e for e in item.evidence if (e.article_id, e.sentence) not in have)
        kept.topics.extend(t for t in item.topics if t not in kept.topics)
        kept.sides.extend(t for t in item.sides if t not in kept.sides)
    return list(out.values())


def merge_dates(items: list[DateItem]) -> list[DateItem]:
    """The same period for the same event, from several reports, is one entry."""
    out: list[DateItem] = []
    by_period: dict[tuple[dt.date, dt.date], list[DateItem]] = {}
    for item in items:
        words = content_words(item.what)
        same = next((d for d in by_period.get((item.start, item.end), [])
                     if (words & content_words(d.what)) or item.what == d.what), None)
        if same is None:
            item = replace(item, evidence=list(item.evidence))
            by_period.setdefault((item.start, item.end), []).append(item)
            out.append(item)
            continue
        have = {(e.article_id, e.sentence) for e in same.evidence}
        same.evidence.extend(e for e in item.evidence if (e.article_id, e.sentence) not in have)
    return out


def settle_disputes(agreed: list[Statement], disputes: list[Statement],
                    article_dates: dict[str, dt.date | None], threshold: float = 0.3
                    ) -> tuple[list[Statement], list[Statement]]:
    """A dispute that a later article reports as agreed moves to Agreed.

    The agreement keeps the date the point was first disputed, and the dispute's reports as
    evidence. Both must share a topic (when both have one) and enough words.
    """
    def first_date(item: Statement) -> dt.date | None:
        days = [d for e in item.evidence if (d := article_dates.get(e.article_id))]
        return min(days) if days else None

    agreed_sigs = [(a, content_words(a.evidence[0].sentence), first_date(a)) for a in agreed]
    still_open: list[Statement] = []
    for dispute in disputes:
        when = first_date(dispute)
        words = content_words(dispute.evidence[0].sentence)
        match = None
        if when is not None:
            for item, sig, agreed_on in agreed_sigs:
                if agreed_on is None or agreed_on <= when:
                    continue
                if dispute.topics and item.topics and not set(dispute.topics) & set(item.topics):
                    continue
                if _jaccard(words, sig) >= threshold:
                    match = item
                    break
        if match is None:
            still_open.append(dispute)
            continue
        if match.first_disputed is None or when < match.first_disputed:
            match.first_disputed = when
        match.evidence.extend(dispute.evidence)
    return agreed, still_open


def merge_results(results: list[ArticleResult]) -> Merged:
    """Merge every article's findings, oldest article first."""
    ordered = sorted(results, key=lambda r: (r.article.date is None, r.article.date or 0,
                                             r.article.id))
    article_dates = {r.article.id: r.article.date for r in ordered}
    agreed = cluster_statements([s for r in ordered for s in r.agreed])
    disputes = cluster_statements([s for r in ordered for s in r.disputes])
    agreed, disputes = settle_disputes(agreed, disputes, article_dates)
    return Merged(
        participants=merge_participants([r.participants for r in ordered], article_dates),
        agreed=agreed,
        disputes=disputes,
        dates=merge_dates([d for r in ordered for d in r.dates]),
    )
