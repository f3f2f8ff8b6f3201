"""Labour talks: a union's counterpart named by its kind ("the companies", "the studios"),
as sides.yaml's ``labour_counterparts`` says, read by ``SideFinder`` in a union's article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.language.lexicon import Lexicon
from briefing.text.phrases import PhraseHit, PhraseMatcher, alternation
from briefing.text.regex import with_first_chars


def counterparts(lexicon: Lexicon) -> tuple[PhraseMatcher, frozenset[str]]:
    """``labour_counterparts``: a matcher of the words that name a union's counterpart by
    its kind, and those words."""
    labour = lexicon["sides"].get("labour_counterparts") or {}
    matcher = PhraseMatcher()
    kinds: set[str] = set()
    for canonical, aliases in (labour.get("sides") or {}).items():
        for alias in aliases or []:
            matcher.add(str(alias), str(canonical), exact=False)
            kinds.add(str(alias).lower())
    return matcher, frozenset(kinds)


_OWNED = re.compile(r"\s+(?:[a-z][a-z-]*\s+)?")  # "Japanese automakers", "U.S. car companies"


def labour_words(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The union's aliases written in lower case (case matters: "the union", not "Union
    Pacific"), and the words of the topic ``labour_counterparts`` names but those."""
    labour = lexicon["sides"].get("labour_counterparts") or {}
    words = (lexicon["topics"].get("topics") or {}).get(str(labour.get("topic", ""))) or []
    union = sorted({str(a) for a in (lexicon["sides"].get("blocs") or {}).get(
        str(labour.get("when", ""))) or [] if str(a).islower()})
    kept = sorted(str(w) for w in words if str(w).lower() not in union)
    return (with_first_chars(rf"\b(?:{alternation(union)})\b") if union else None,
            with_first_chars(rf"\b(?:{alternation(kept)})\b", re.IGNORECASE) if kept else None)


def merged(text: str, hits: list[PhraseHit], more: Iterable[PhraseHit]) -> list[PhraseHit]:
    """``hits`` and those of ``more`` that overlap none of them and follow none of them as
    its own ("Japanese automakers" are Japan's, not the employers'), left to right."""
    extra = [m for m in more if not any(
        (h.start < m.end and m.start < h.end)
        or (h.end <= m.start and _OWNED.fullmatch(text, h.end, m.start)) for h in hits)]
    return sorted([*hits, *extra], key=lambda h: h.start) if extra else hits
