"""Grouping articles into storylines: articles that share the parties acting in their
statements and a distinctive topic word, close in time, are one negotiation."""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from briefing.core.extract.sides import SideFinder
from briefing.core.stories.features import Signal, signals
from briefing.core.stories.naming import name_storyline, unique_names
from briefing.core.stories.strays import join_repeats, join_strays
from briefing.language.lexicon import Lexicon
from briefing.model import ArticleResult, Storyline

LINK_AT = 0.25  # the least similarity (parties times terms) that joins a storyline
WINDOW_DAYS = 180  # the longest gap between two linked articles
MIN_SIDES = 2  # a negotiation has two sides at least (one side alone is domestic news)
GENERIC_WEIGHT = 0.3  # how much a generic party (producers, unions) counts against a named one
MERGE_AT = 0.3  # the least similarity of two storylines' centroids that merges them
# The same for one pair's talks: a storyline of the same principal pair, at the same time
# or starting after the other ends (US-South Korea on chips in July, on currency in October;
# the UK and the EU on fish and on carbon in one spring). Pairs at the same time too: today's
# held-out storylines' pairwise recall 0.84 -> 0.86, the train storylines' precision
# 0.78 -> 0.77 (the 1987 wire's concurrent talks of one pair are more often two).
FOLLOW_AT = 0.2
# How long a pair's talks may rest between chapters: today's trade talks are reported every
# few months for a year and more (US-China in April and in October); a year apart, two
# storylines of one pair stay apart.
CHAPTER_DAYS = 270
BLOCK_SHARE = 0.08  # a term in more articles than this share does not start comparisons
BLOCK_MIN = 40
# A folder of fewer articles weighs its words as if it held this many: in a small folder of
# one negotiation every article names its sides and its main topic, and distinctiveness
# measured in it alone would weigh these at nothing and an article's one-off words at most,
# leaving half its articles out of their own storyline.
MIN_COLLECTION = 100
SLACK = 1 + 1e-9  # a cosine may round to a hair above 1: pruning never drops a real best
PARTY = "@"  # marks a party among the keys that start comparisons (a term has none)
PAIR = "+"  # marks an article's principal pair among its parties
JOIN = "\x1f"  # joins the pair's two parties (no side's name holds it; "OPEC+" holds "+")
# How much the principal pair counts against a party of its own: chosen on the storylines of
# the train articles (bench/train-storylines.md) and of the modern sets, where 0.4 to 0.6
# gave the same grouping of both; 0 lets a shared party alone join two negotiations.
PAIR_WEIGHT = 0.5
# Two storylines of one principal pair: the share of their similarity their parties give
# whatever their topic words (a pair's talks range over many subjects at once: the UK and the
# EU on fish, carbon and youth visas in one reset). Chosen on the same storylines: 0.1 joined
# today's split talks (recall 0.86 -> 0.87), no train grouping changed; 0.2 merged the 1987
# wire's concurrent talks of one pair (train precision 0.77 -> 0.60).
PAIR_TOPIC_FLOOR = 0.1


def _weights(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    vec = {k: (1.0 + math.log(n)) * idf.get(k, 0.0) for k, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def _idf(counts: Iterable[Iterable[str]], total: int) -> dict[str, float]:
    """How distinctive each key is: the log of the (at least ``MIN_COLLECTION``) articles
    over those that hold it."""
    df: Counter[str] = Counter()
    for keys in counts:
        df.update(set(keys))
    total = max(total, MIN_COLLECTION)
    return {k: math.log((1 + total) / n) for k, n in df.items()}


class _Centroid:
    """A growing storyline: the sum of its members' vectors, and its last date."""

    def __init__(self) -> None:
        self.members: list[int] = []
        self.vecs: tuple[dict[str, float], dict[str, float]] = ({}, {})
        self.sq = [0.0, 0.0]
        self.last: dt.date | None = None
        self.first: dt.date | None = None
        self.version = 0
        self.pairs: Counter[str] = Counter()  # its articles' principal pairs

    def add(self, i: int, pvec: dict[str, float], tvec: dict[str, float],
            day: dt.date | None, pair: str | None = None) -> None:
        self.members.append(i)
        if pair:
            self.pairs[pair] += 1
        for n, vec in enumerate((pvec, tvec)):
            total = self.vecs[n]
            for k, v in vec.items():
                old = total.get(k, 0.0)
                total[k] = old + v
                self.sq[n] += (old + v) ** 2 - old * old
        if day is not None and (self.last is None or day > self.last):
            self.last = day
        if day is not None and (self.first is None or day < self.first):
            self.first = day

    def absorb(self, other: _Centroid) -> None:
        """Take in another storyline's articles and vectors."""
        self.members += other.members
        self.pairs.update(other.pairs)
        for n in (0, 1):
            total = self.vecs[n]
            for k, v in other.vecs[n].items():
                old = total.get(k, 0.0)
                total[k] = old + v
                self.sq[n] += (old + v) ** 2 - old * old
        days = [d for d in (self.first, self.last, other.first, other.last) if d]
        self.first, self.last = (min(days), max(days)) if days else (None, None)
        self.version += 1

    def cosine(self, n: int, vec: dict[str, float]) -> float:
        """The cosine of an article's parties (``n`` 0) or terms (1) with the storyline's."""
        total = self.vecs[n]
        dot = sum(v * total[k] for k, v in vec.items() if k in total)
        return dot / math.sqrt(self.sq[n]) if self.sq[n] else 0.0

    def similarity(self, pvec: dict[str, float], tvec: dict[str, float],
                   least: float = 0.0) -> float:
        """Parties' cosine times terms' cosine; 0 when the parties alone fall short of
        ``least`` (the terms' cosine is at most 1: the product could not reach it)."""
        parties = self.cosine(0, pvec)
        if parties * SLACK < least:
            return 0.0
        return parties * self.cosine(1, tvec)

    def pair_only(self, pvec: dict[str, float], pair: str | None, least: float = 0.0) -> float:
        """The similarity of an article with no topic word: its parties' cosine, if its
        principal pair is this storyline's (it has no words to tell another negotiation of
        the pair apart, nor to disagree with this one's)."""
        if pair is None or pair != _pair_of(self):
            return 0.0
        parties = self.cosine(0, pvec)
        return parties if parties * SLACK >= least else 0.0


def _parties(sig: Signal) -> Counter[str]:
    """An article's parties, and its principal pair (its two most named parties; of parties
    named as often, the first by name) as one more key: two articles on Britain and the US
    share more than Britain with two on Britain and the EU."""
    parties = sig.parties + sig.actors
    top = sorted(parties, key=lambda p: (-parties[p], p))[:2]
    if len(top) == 2:
        parties[PAIR + JOIN.join(sorted(top))] = parties[top[1]]
    return parties


def _named_pair(sig: Signal, generic: set[str]) -> bool:
    """Whether an article's principal pair is two named parties (no bloc of producers or
    unions): an article with no topic word may still join its pair's storyline."""
    pair = next((k for k in _parties(sig) if _is_pair(k)), None)
    return pair is not None and not generic.intersection(_pair_members(pair))


def _is_pair(key: str) -> bool:
    return key.startswith(PAIR) and JOIN in key


def _pair_members(key: str) -> list[str]:
    """The parties of a pair key, or the one party a key names."""
    return key[len(PAIR):].split(JOIN) if _is_pair(key) else [key]


def cluster(sigs: list[Signal], lexicon: Lexicon) -> tuple[list[list[Signal]], dict[str, float]]:
    """Groups of at least two articles that report one negotiation, largest first, and
    how distinctive each term is. One pass in date order: each article joins the most
    similar storyline still active, or starts one (no chaining through weak links)."""
    # A storyline is told over time: of a folder with dates, an undated file (notes, a
    # README) joins none.
    dated = any(s.date for s in sigs)
    generic = set(lexicon["stories"].get("generic_parties") or [])
    # In a small folder the principal pair alone tells its negotiation, so an article with
    # no topic word may join its pair's storyline; among hundreds of articles one pair has
    # many negotiations (the 1987 wire's US and Japan: train precision 0.77 -> 0.60).
    small = sum(1 for s in sigs if s.statements) < MIN_COLLECTION
    cands = sorted((s for s in sigs if s.statements and _parties(s) and (
                        s.terms or (small and _named_pair(s, generic)))
                    and (s.date or not dated)),
                   key=lambda s: (s.date or dt.date.min, s.article_id))
    total = len(cands)
    parties = [_parties(s) for s in cands]
    pidf, tidf = _idf(parties, total), _idf((s.terms for s in cands), total)
    for key in pidf:
        # A pair with a generic party is discounted as that party is: unions and employers
        # are no one negotiation.
        members = _pair_members(key)
        pidf[key] *= (PAIR_WEIGHT if len(members) > 1 else 1.0) * min(
            GENERIC_WEIGHT if m in generic else 1.0 for m in members)
    floor = math.log((1 + total) / max(BLOCK_MIN, total * BLOCK_SHARE))
    stories: list[_Centroid] = []
    by_term: dict[str, list[int]] = defaultdict(list)
    for i, sig in enumerate(cands):
        pvec, tvec = _weights(parties[i], pidf), _weights(sig.terms, tidf)
        keys = _keys(sig.terms, parties[i], tidf, pidf, floor)
        pair = next((k for k in parties[i] if _is_pair(k)), None)
        best, best_sim = None, LINK_AT
        for n in {n for t in keys for n in by_term.get(t, ())}:
            story = stories[n]
            if not _close(story.last, sig.date):
                continue
            sim = (story.similarity(pvec, tvec, best_sim) if sig.terms
                   else story.pair_only(pvec, pair, best_sim))
            if sim >= best_sim:
                best, best_sim = n, sim
        if best is None:
            best = len(stories)
            stories.append(_Centroid())
        stories[best].add(i, pvec, tvec, sig.date, pair)
        for t in keys:
            if not by_term[t] or by_term[t][-1] != best:
                by_term[t].append(best)
    merged = _merged(stories, by_term, small, frozenset(generic))
    groups = [[cands[i] for i in s.members] for s in merged]
    if small:
        join_strays(groups, cands, generic, WINDOW_DAYS)
        _join_quiet(sigs, merged, groups, pidf, tidf, dated)
    return sorted(groups, key=len, reverse=True), tidf


def _join_quiet(sigs: list[Signal], merged: list[_Centroid], groups: list[list[Signal]],
                pidf: dict[str, float], tidf: dict[str, float], dated: bool) -> None:
    """In a small folder, an article with no statement joins the storyline its title and
    lead are most like, as alike as an article that joins one and naming both its parties
    ("Japan's parliament is due to vote on the salmon deal with Norway on April 8"); it
    starts none."""
    for sig in sigs:
        if sig.statements or not sig.terms or not (sig.date or not dated):
            continue
        parties = _parties(sig)
        if not parties:
            continue
        pvec, tvec = _weights(parties, pidf), _weights(sig.terms, tidf)
        best, best_sim = None, LINK_AT
        for n, story in enumerate(merged):
            pair = _pair_of(story)  # both its parties named (not a firm's shares in Tokyo)
            if pair is None or not set(_pair_members(pair)) <= set(parties):
                continue
            if _close(story.last, sig.date) \
                    and (sim := story.similarity(pvec, tvec, best_sim)) >= best_sim:
                best, best_sim = n, sim
        if best is not None:
            groups[best].append(sig)


def _keys(terms: Iterable[str], parties: Iterable[str], tidf: dict[str, float],
          pidf: dict[str, float], floor: float) -> list[str]:
    """The keys that start comparisons: distinctive terms and parties (today's talks are
    often told in every tariff story's words; their parties set them apart), the parties by
    their discounted weight (a pair or a generic party seldom starts one alone)."""
    return [t for t in terms if tidf[t] >= floor] + [
        PARTY + p for p in parties if pidf[p] >= floor]


def _merged(stories: list[_Centroid], by_term: dict[str, list[int]], small: bool = False,
            generic: frozenset[str] = frozenset()) -> list[_Centroid]:
    """Storylines of two or more articles. An article left alone joins the storyline most
    like it (one that formed after it; in a ``small`` folder, the one of its principal
    pair); then the two most similar storylines merge, again and again, while they are as
    similar as an article that joins one (a single pass splits a storyline whose words
    drifted)."""
    groups = {n: s for n, s in enumerate(stories) if len(s.members) > 1}
    for n, story in enumerate(stories):
        if len(story.members) == 1:
            peers = _peers(n, story, by_term, groups)
            best = _best(story, peers, groups, LINK_AT, generic)
            if best is None and small:
                best = _pair_story(story, peers, groups, generic)
            if best is not None:
                groups[best].absorb(story)
    heap: list[tuple[float, int, int, int, int]] = []
    for n, story in groups.items():
        for m in _peers(n, story, by_term, groups):
            if m > n and (bar := _bar(story, groups[m], MERGE_AT, generic)):
                sim = _pair_similarity(story, groups[m], bar)
                if sim >= bar:
                    heapq.heappush(heap, (-sim, n, m, story.version, groups[m].version))
    while heap:
        _, n, m, vn, vm = heapq.heappop(heap)
        if n not in groups or m not in groups or (vn, vm) != (groups[n].version,
                                                              groups[m].version):
            continue
        groups[n].absorb(groups.pop(m))
        for k in _peers(n, groups[n], by_term, groups):
            if k != n and (bar := _bar(groups[n], groups[k], MERGE_AT, generic)):
                sim = _pair_similarity(groups[n], groups[k], bar)
                if sim >= bar:
                    a, b = min(n, k), max(n, k)
                    heapq.heappush(heap, (-sim, a, b, groups[a].version, groups[b].version))
    return list(groups.values())


def _pair_of(story: _Centroid) -> str | None:
    """A storyline's principal pair: the one most of its articles have."""
    if not story.pairs:
        return None
    return min(story.pairs, key=lambda k: (-story.pairs[k], k))


def _bar(a: _Centroid, b: _Centroid, usual: float, generic: frozenset[str] = frozenset()
         ) -> float:
    """The least similarity that merges two storylines: ``usual``, or FOLLOW_AT for one
    pair's talks (the same principal pair, at the same time or one storyline after the other
    within CHAPTER_DAYS, when no party of the pair is ``generic``: a union's strike over video
    games and its film talks seven months on are two); 0 when they are too far apart in time
    to merge."""
    if a.first and a.last and b.first and b.last:
        gap = max((b.first - a.last).days, (a.first - b.last).days)
        pair = _pair_of(a)
        if gap <= CHAPTER_DAYS and pair is not None and pair == _pair_of(b) and (
                gap <= WINDOW_DAYS or generic.isdisjoint(_pair_members(pair))):
            return FOLLOW_AT
    return usual if _close_spans(a, b) else 0.0


def _peers(n: int, story: _Centroid, by_term: dict[str, list[int]],
           groups: dict[int, _Centroid]) -> set[int]:
    keys = [*story.vecs[1], *(PARTY + p for p in story.vecs[0])]
    return {m for t in keys for m in by_term.get(t, ()) if m != n and m in groups}


def _best(story: _Centroid, peers: set[int], groups: dict[int, _Centroid],
          least: float, generic: frozenset[str] = frozenset()) -> int | None:
    """The storyline a lone article joins: the most similar of those at least ``least``
    alike, or FOLLOW_AT when it is the next chapter of that storyline's pair."""
    best, best_sim = None, 0.0
    for m in sorted(peers):
        bar = _bar(story, groups[m], least, generic)
        if not bar:
            continue
        sim = _pair_similarity(story, groups[m], max(bar, best_sim))
        if sim >= bar and sim >= best_sim:
            best, best_sim = m, sim
    return best


def _pair_story(story: _Centroid, peers: set[int], groups: dict[int, _Centroid],
                generic: frozenset[str] = frozenset()) -> int | None:
    """In a small folder, the storyline of a lone article's principal pair near it in time
    (of several, the most alike): a folder of one negotiation, whose article on another of
    its subjects (security in trade talks) names no word the others use."""
    pair = _pair_of(story)
    same = [(-_pair_similarity(story, groups[m]), m) for m in sorted(peers)
            if pair is not None and _pair_of(groups[m]) == pair
            and _bar(story, groups[m], LINK_AT, generic) == FOLLOW_AT]
    return min(same)[1] if same else None


def _close_spans(a: _Centroid, b: _Centroid) -> bool:
    """Whether two storylines overlap in time, or lie within the window of each other."""
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return True
    gap = max((b.first - a.last).days, (a.first - b.last).days)
    return gap <= WINDOW_DAYS


def _pair_similarity(a: _Centroid, b: _Centroid, least: float = 0.0) -> float:
    """Two storylines' similarity, as ``_Centroid.similarity`` (0 when their parties alone
    fall short of ``least``); of one principal pair, their topic words weigh a little less."""
    pair = _pair_of(a)
    floor = PAIR_TOPIC_FLOOR if pair is not None and pair == _pair_of(b) else 0.0
    sims = []
    for n in (0, 1):
        dot = sum(v * b.vecs[n][k] for k, v in a.vecs[n].items() if k in b.vecs[n])
        sims.append(dot / math.sqrt(a.sq[n] * b.sq[n]) if a.sq[n] and b.sq[n] else 0.0)
        if sims[0] * SLACK < least:
            return 0.0
    return sims[0] * (floor + (1 - floor) * sims[1])


def _close(last: dt.date | None, day: dt.date | None) -> bool:
    if last is None or day is None:
        return True
    return abs((day - last).days) <= WINDOW_DAYS


def find_storylines(results: list[ArticleResult], finder: SideFinder, lexicon: Lexicon
                    ) -> list[Storyline]:
    """The storylines of a set of articles, most salient first; articles in none are the
    "other articles"."""
    sigs = signals(results, finder, lexicon)
    groups, idf = cluster(sigs, lexicon)
    join_repeats(groups, sigs, {r.article.id: r.article.title or r.article.lead or ""
                                for r in results})
    stories = [name_storyline(group, idf, lexicon) for group in groups]
    stories = [s for s in stories if len(s.sides) >= MIN_SIDES]
    latest = max((s.end for s in stories if s.end), default=None)
    for story in stories:
        age = (latest - story.end).days if latest and story.end else 0
        story.score = math.log(1 + story.size) + math.log(1 + story.statements) / 2 \
            - age / 90
    unique_names(stories)
    return sorted(stories, key=lambda s: (-s.score, s.name))
