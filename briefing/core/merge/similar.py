"""Sameness of statements by their words: content words, Jaccard overlap, near-duplicate groups."""

from __future__ import annotations

import functools
import re
from collections import Counter

from briefing.language.lexicon import packaged_section

# Function words carry no subject matter, so they never make two statements alike. The
# packaged list: a merged briefing compares articles, whatever lexicon each was parsed with.
_STOP = frozenset(str(w) for w in packaged_section("grammar")["similarity_stop"])
_WORD = re.compile(r"[a-z][a-z'-]+")

# An item is looked up by its rarest words: near-duplicates share two of those. Five, not
# three: a later report's few words of its own ("(IADB) here") that other reports hold too
# had been all it was looked up by.
RARE = 5
POSTINGS = 24  # a word on more items than this says little about sameness


def _content_sequence(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2]


@functools.lru_cache(maxsize=1 << 17)
def content_words(text: str) -> frozenset[str]:
    """The words of a text that say what it is about (no function words)."""
    return frozenset(_content_sequence(text))


_CASED_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|[^\sA-Za-z]+")


@functools.lru_cache(maxsize=1 << 16)
def compounds(text: str) -> frozenset[str]:
    """A text's pairs of adjacent content words in lower case ("health surcharge",
    "exchange programme"): the terms a point is named by, not a name ("Los Angeles") nor a
    pair a figure or a stop sign parts."""
    pairs: set[str] = set()
    last = ""
    for w in _CASED_WORD.findall(text):
        low = w.lower()
        word = low if w[0].islower() and low not in _STOP and len(low) > 2 else ""
        if last and word:
            pairs.add(f"{last} {word}")
        last = word
    return frozenset(pairs)


LEAD_WORDS = 10  # a report's first content words: who did what, before the context


@functools.lru_cache(maxsize=1 << 17)
def lead_words(text: str) -> frozenset[str]:
    """A text's first ``LEAD_WORDS`` content words (a news sentence says who did what first,
    and then the background that differs from one report to the next). Kept per sentence,
    as ``content_words`` is: a live update merges the whole folder's items again."""
    return frozenset(_content_sequence(text)[:LEAD_WORDS])


# Two reports that give the same two figures ("rice by 75%", "$8 billion a year") and share
# this share of their words tell one fact, in other words.
SAME_FIGURES = 2
FIGURES_ALIKE = 0.3
_FIGURE = re.compile(r"[$€£¥]?(?:\d[\d.,]*\d|\d)%?")
SMALL = 32  # a whole number below this is a day of the month or a count of a few


def figures(text: str) -> frozenset[str]:
    """The figures of a text that single out a fact: a sum, a share, a decimal, a number of
    thousands or one of ``SMALL`` and more; not a year ("1987", "2025" date a fact), a day
    ("Aug. 1") or a span ("90-day", "30-year")."""
    found = (m.group() for m in _FIGURE.finditer(text)
             if not text.startswith("-", m.end()))
    return frozenset(f for f in found
                     if not f.isdigit() or (int(f) >= SMALL and not (
                         len(f) == 4 and f[:2] in ("19", "20"))))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of their words two sets hold in common."""
    return len(a & b) / len(a | b) if a and b else 0.0


def alike(a: frozenset[str], b: frozenset[str], threshold: float) -> bool:
    """Jaccard(a, b) >= threshold; sets of very different sizes are ruled out at once."""
    la, lb = len(a), len(b)
    if la > lb:
        la, lb = lb, la
    return lb > 0 and la >= threshold * lb and jaccard(a, b) >= threshold


def _rare_words(sigs: list[frozenset[str]]) -> tuple[list[list[str]], Counter[str]]:
    """Each item's rarest words that some other item has too (a word no other item has
    cannot lead to a duplicate), and how many items hold each word."""
    frequency: Counter[str] = Counter(w for words in sigs for w in words)
    rare = [sorted((w for w in words if frequency[w] > 1), key=lambda w: (frequency[w], w))[:RARE]
            for words in sigs]
    return rare, frequency


def clusters(sigs: list[frozenset[str]], threshold: float,
             leads: list[frozenset[str]] | None = None, lead_threshold: float = 1.0,
             figures: list[frozenset[str]] | None = None) -> list[int]:
    """Group items whose word sets overlap by ``threshold`` (Jaccard), or whose ``leads``
    overlap by ``lead_threshold``; returns group leaders.

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
            if shared >= need and find(i) != find(j) and (
                    alike(sigs[i], sigs[j], threshold)
                    or (leads is not None and alike(leads[i], leads[j], lead_threshold))
                    or (figures is not None and len(figures[i] & figures[j]) >= SAME_FIGURES
                        and alike(sigs[i], sigs[j], FIGURES_ALIKE))):
                parent[find(i)] = find(j)
        for word in sigs[i]:
            if frequency[word] > 1:  # only a shared word can ever be looked up
                postings = index.setdefault(word, [])
                if len(postings) < POSTINGS:
                    postings.append(i)
    return [find(i) for i in range(len(sigs))]
