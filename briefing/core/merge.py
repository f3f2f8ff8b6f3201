"""Merging what single articles found into one briefing."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from briefing.model import ArticleResult, DateItem, Participant, Statement


@dataclass
class Merged:
    """The panels' items over all articles; dates unmerged, in merge order (``merge_dates``
    merges the ones a caller needs)."""

    participants: list[Participant]
    agreed: list[Statement]
    disputes: list[Statement]
    dated: list[DateItem]


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


@functools.lru_cache(maxsize=1 << 17)
def content_words(text: str) -> frozenset[str]:
    """The words of a text that say what it is about (no function words)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _alike(a: frozenset[str], b: frozenset[str], threshold: float) -> bool:
    """Jaccard(a, b) >= threshold; sets of very different sizes are ruled out at once."""
    la, lb = len(a), len(b)
    if la > lb:
        la, lb = lb, la
    return lb > 0 and la >= threshold * lb and _jaccard(a, b) >= threshold


RARE = 3  # an item is looked up by its rarest words: near-duplicates share those
POSTINGS = 24  # a word on more items than this says little about sameness


def _rare_words(sigs: list[frozenset[str]]) -> tuple[list[list[str]], Counter[str]]:
    """Each item's rarest words that some other item has too (a word no other item has
    cannot lead to a duplicate), and how many items hold each word."""
    frequency: Counter[str] = Counter(w for words in sigs for w in words)
    rare = [sorted((w for w in words if frequency[w] > 1), key=lambda w: (frequency[w], w))[:RARE]
            for words in sigs]
    return rare, frequency


def _clusters(sigs: list[frozenset[str]], threshold: float) -> list[int]:
    """Group items whose word sets overlap by ``threshold`` (Jaccard); returns group leaders.

    Only items that share two of the later item's rarest words are compared, so the cost
    stays near linear in the number of items.
    """
    parent = list(range(len(sigs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rares, frequency = _rare_words(sigs)
    index: dict[str, list[int]] = {}  # word -> earlier items that hold it
    for i, rare in enumerate(rares):
        if not rare:
            continue  # nothing it shares with another item: it cannot have a duplicate
        hits: dict[int, int] = {}
        for word in rare:
            for j in index.get(word, ()):
                hits[j] = hits.get(j, 0) + 1
        need = 2 if len(rare) > 1 else 1
        for j, shared in hits.items():
            if shared >= need and find(i) != find(j) and _alike(sigs[i], sigs[j], threshold):
                parent[find(i)] = find(j)
        for word in sigs[i]:
            if frequency[word] > 1:  # only a shared word can ever be looked up
                postings = index.setdefault(word, [])
                if len(postings) < POSTINGS:
                    postings.append(i)
    return [find(i) for i in range(len(sigs))]


def cluster_statements(items: list[Statement], threshold: float = 0.5) -> list[Statement]:
    """Near-duplicate statements (one event in several reports) become one item.

    The earliest report gives the text; the others add their evidence. ``items`` must be in
    date order. An item that gains evidence is a copy: the articles' own results stay as
    parsed, because the app merges them again after every change.
    """
    sigs = [content_words(s.evidence[0].sentence) for s in items]
    leaders = _clusters(sigs, threshold)
    out: dict[int, Statement] = {}
    copied: set[int] = set()
    for item, leader in zip(items, leaders, strict=True):
        if leader not in out:
            out[leader] = item
            continue
        kept = out[leader]
        if leader not in copied:
            kept = out[leader] = copy.copy(kept)
            kept.evidence, kept.topics, kept.sides = (list(kept.evidence), list(kept.topics),
                                                      list(kept.sides))
            copied.add(leader)
        have = {(e.article_id, e.sentence) for e in kept.evidence}
        kept.evidence.extend(e for e in item.evidence if (e.article_id, e.sentence) not in have)
        kept.topics.extend(t for t in item.topics if t not in kept.topics)
        kept.sides.extend(t for t in item.sides if t not in kept.sides)
    return list(out.values())


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
            for e in item.evidence:
                if (e.article_id, e.sentence) not in known:
                    known.add((e.article_id, e.sentence))
                    entry.evidence.append(e)
        for w in words:
            period.setdefault(w, at)
    return out


def settle_disputes(agreed: list[Statement], disputes: list[Statement],
                    article_dates: dict[str, dt.date | None], threshold: float = 0.3
                    ) -> tuple[list[Statement], list[Statement]]:
    """A dispute that a later article reports as agreed moves to Agreed.

    The agreement keeps the date the point was first disputed, and the dispute's reports as
    evidence. Both must share a topic (when both have one) and enough words; only pairs that
    share one of the dispute's rarer words are compared.
    """
    def first_date(item: Statement) -> dt.date | None:
        days = [d for e in item.evidence if (d := article_dates.get(e.article_id))]
        return min(days) if days else None

    agreed_sigs = [content_words(a.evidence[0].sentence) for a in agreed]
    agreed_dates = [first_date(a) for a in agreed]
    index: dict[str, list[int]] = {}
    for n, words in enumerate(agreed_sigs):
        for word in words:
            index.setdefault(word, []).append(n)
    dispute_sigs = [content_words(d.evidence[0].sentence) for d in disputes]
    frequency: Counter[str] = Counter(w for words in dispute_sigs for w in words)
    for words in agreed_sigs:
        frequency.update(words)
    still_open: list[Statement] = []
    agreed = list(agreed)
    settled: dict[int, Statement] = {}  # copies made so far, by position in ``agreed``
    for dispute, words in zip(disputes, dispute_sigs, strict=True):
        when = first_date(dispute)
        match: int | None = None
        if when is not None:
            rare = sorted((w for w in words if w in index),
                          key=lambda w: (frequency[w], w))[:RARE + 2]
            hits = Counter(n for w in rare for n in index.get(w, [])[:POSTINGS])
            need = 2 if len(rare) > 1 else 1
            for n in sorted(n for n, shared in hits.items() if shared >= need):
                item, agreed_on = agreed[n], agreed_dates[n]
                if agreed_on is None or agreed_on <= when:
                    continue
                if dispute.topics and item.topics and not set(dispute.topics) & set(item.topics):
                    continue
                if _alike(words, agreed_sigs[n], threshold):
                    match = n
                    break
        if match is None:
            still_open.append(dispute)
            continue
        if match not in settled:  # copy on the first settlement: results stay as parsed
            settled[match] = agreed[match] = copy.copy(agreed[match])
            agreed[match].evidence = list(agreed[match].evidence)
        item = settled[match]
        if item.first_disputed is None or when < item.first_disputed:
            item.first_disputed = when
        item.evidence.extend(dispute.evidence)
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
        dated=[d for r in ordered for d in r.dates],
    )
