"""Sides: which party a phrase names, from the config's sides and the packaged world lexicon."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing.lexicon import Lexicon

_SHORT_CAPS = re.compile(r"^(?:[A-Z]\.?){2,4}$")


@dataclass(frozen=True)
class SideMention:
    """A place in a text where a side is named."""

    start: int
    end: int
    side: str


class SideFinder:
    """Finds side names, aliases and demonyms in text. Config sides come first and win."""

    def __init__(self, config_sides: dict[str, list[str]], lexicon: Lexicon) -> None:
        table: dict[str, str] = {}
        groups = [config_sides, *lexicon["sides"].values()]
        for group in groups:
            for canonical, aliases in (group or {}).items():
                for alias in [canonical, *(aliases or [])]:
                    key = alias if _SHORT_CAPS.match(alias) else alias.lower()
                    table.setdefault(key, canonical)
        self.canonical_names = {c for g in groups for c in (g or {})}
        self.config_sides = list(config_sides)
        exact = sorted((a for a in table if _SHORT_CAPS.match(a)), key=len, reverse=True)
        folded = sorted((a for a in table if not _SHORT_CAPS.match(a)), key=len, reverse=True)
        self._table = table
        self._exact = _compile(exact, 0)
        self._folded = _compile(folded, re.IGNORECASE)

    def find(self, text: str) -> list[SideMention]:
        """Every side named in ``text``, left to right, longest names first at one place."""
        hits: list[SideMention] = []
        for regex, fold in ((self._exact, False), (self._folded, True)):
            if regex is None:
                continue
            for m in regex.finditer(text):
                key = m.group(1).lower() if fold else m.group(1)
                hits.append(SideMention(m.start(1), m.end(1), self._table[key]))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[SideMention] = []
        for hit in hits:
            if not out or hit.start >= out[-1].end:
                out.append(hit)
        return out

    def first(self, text: str) -> str | None:
        """The first side named in ``text``, if any."""
        hits = self.find(text)
        return hits[0].side if hits else None

    def dominant(self, texts: list[str]) -> str | None:
        """The side named most often across ``texts``."""
        counts = Counter(h.side for t in texts for h in self.find(t))
        return counts.most_common(1)[0][0] if counts else None


def _compile(words: list[str], flags: int) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    # A side name stands alone: not inside a longer word, and "U.S." keeps its final dot.
    return re.compile(rf"(?<![\w.])({body})(?:'s|’s)?(?![\w])", flags)
