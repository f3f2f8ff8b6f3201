"""Merging statements: a point restated in one article, and one event reported by several."""

from __future__ import annotations

import copy

from briefing.core.extract.clauses import WORD, clause_breaks, clause_end, clause_start
from briefing.core.merge.similar import clusters, content_words, figures, lead_words
from briefing.language.lexicon import Lexicon
from briefing.model import Statement

TOPIC_MARK = "#"  # marks a topic among a statement's words
FACT_MARK = "\x1f"  # joins the side stating a figure to the figure
LEAD_ALIKE = 0.7  # how alike two reports' first content words are when they tell one event


class _Repeats:
    """What one article's items are about, in the words of the lexicon (built once per lexicon)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.breaks = clause_breaks(lexicon)
        self.stop = frozenset(lexicon.words("grammar", "content_stop"))
        self.synonyms = {str(k).lower(): str(v).lower()
                         for k, v in lexicon["cues"].get("cue_synonyms", {}).items()}
        self.memo: dict[str, frozenset[str]] = {}  # cues recur ("agreed"): words once each

    def content(self, words: str) -> frozenset[str]:
        found = self.memo.get(words)
        if found is None:
            if len(self.memo) > 4096:
                self.memo.clear()
            found = frozenset({w.lower() for w in WORD.findall(words) if len(w) > 2} - self.stop)
            if self.synonyms:
                found = frozenset({self.synonyms.get(w, w) for w in found})
            self.memo[words] = found
        return found

    def about(self, item: Statement, scope: str) -> frozenset[str]:
        ev = item.evidence[0]
        start, end = ev.spans[0] if ev.spans else (0, 0)
        lo = start if scope == "object" else clause_start(ev.sentence, start, self.breaks)
        text = ev.sentence[lo:clause_end(ev.sentence, end, self.breaks)]
        return self.content(text) - self.content(item.cue)


def merge_repeats(items: list[Statement], lexicon: Lexicon, scope: str = "clause") -> list[Statement]:
    """One item per statement: a point restated further down (a lead and its story), with
    the same cue about the same thing, is one item with both sentences as evidence.

    "The same thing" is a shared content word in the cue's clause (``scope="clause"``: "talks
    ... broke down") or in what follows the cue (``scope="object"``: what was agreed).
    """
    repeats = lexicon.cached("merge_repeats", lambda: _Repeats(lexicon))
    out: list[Statement] = []
    # (cue words, content word) -> the first kept item with both: the earliest item an item
    # repeats is found by lookup, not by comparing it with every item kept so far. What an
    # item is about is worked out only once a second item has its cue (most cues occur once).
    first: dict[tuple[frozenset[str], str], int] = {}
    unindexed: dict[frozenset[str], list[int]] = {}  # kept items whose words are not indexed

    def index(cue_words: frozenset[str], position: int) -> None:
        for word in repeats.about(out[position], scope):
            first.setdefault((cue_words, word), position)

    for item in items:
        cue_words = frozenset(repeats.content(item.cue))
        if not cue_words or cue_words not in unindexed:
            out.append(item)
            if cue_words:
                unindexed[cue_words] = [len(out) - 1]
            continue
        for position in unindexed[cue_words]:
            index(cue_words, position)
        unindexed[cue_words] = []
        words = repeats.about(item, scope)
        at = min((first[cue_words, w] for w in words if (cue_words, w) in first), default=None)
        if at is None:
            out.append(item)
            index(cue_words, len(out) - 1)
        else:
            out[at].evidence.append(item.evidence[0])
    return out


def _topic_marks(item: Statement) -> frozenset[str]:
    """An item's topics as marks among its words (no word looks like one): two reports
    that share their sides, cue and speaker but are about other things ("lower textile
    duties", "lower dairy quotas") differ in their topics too."""
    return frozenset(TOPIC_MARK + t for t in item.topics)


def cluster_statements(items: list[Statement], threshold: float = 0.5) -> list[Statement]:
    """Near-duplicate statements (one event in several reports) become one item.

    The earliest report gives the text; the others add their evidence. ``items`` must be in
    date order. An item that gains evidence is a copy: the articles' own results stay as
    parsed, because the app merges them again after every change.
    """
    sigs = [content_words(s.evidence[0].sentence) | _topic_marks(s) for s in items]
    # Two reports of one event open alike and differ in the background they add ("agreed on
    # Monday to slash the tariffs they imposed on each other's goods, a bigger-than-expected
    # step back ..." / "..., a truce that rattled markets").
    leads = [lead_words(s.evidence[0].sentence) for s in items]
    # Figures tell one fact only as stated by one side: "a 90-day pause ... 10%" of China
    # and the US is not Trump's pause for the others at a 10% baseline.
    facts = [frozenset(f"{s.by}{FACT_MARK}{f}" for f in figures(s.evidence[0].sentence))
             for s in items]
    leaders = clusters(sigs, threshold, leads, LEAD_ALIKE, facts)
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
        if kept.by is None:  # the earliest report did not say who: a later one may
            kept.by, kept.to, kept.joint, kept.speaker = item.by, item.to, item.joint, item.speaker
    return list(out.values())
