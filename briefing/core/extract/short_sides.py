"""A side's short name ("the Commission", "the Community", "the Fund") that names it in an
article once that article writes one of its full names ("European Commission", "European
Community", "International Monetary Fund"), as sides.yaml's ``short_names`` says. Read by
``SideFinder`` for the article at hand only."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from briefing.language.lexicon import Lexicon
from briefing.text.phrases import PhraseHit, alternation


class ShortNames:
    """The short names an article's full names license, and where a text uses them."""

    def __init__(self, lexicon: Lexicon) -> None:
        table = lexicon["sides"].get("short_names") or {}
        self._fulls = {str(short): [str(f) for f in fulls or []] for short, fulls in table.items()}
        self._sides: dict[str, str] = {}  # a short name licensed here -> its side
        self._pattern: re.Pattern[str] | None = None

    def read(self, texts: Iterable[str], side_of: Callable[[str], str | None]) -> bool:
        """License the short names whose full name one of ``texts`` (an article's, or none to
        stop) writes, each for the side ``side_of`` the full name; whether that changed."""
        whole = "\n".join(texts) if self._fulls else ""
        sides: dict[str, str] = {}
        for short, fulls in self._fulls.items():
            full = next((f for f in fulls if re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])",
                                                       whole)), None)
            side = side_of(full) if full else None
            if side:
                sides[short] = side
        if sides == self._sides:
            return False
        self._sides = sides
        # Alone in capitals: not the end of another body's name ("Federal Trade Commission":
        # a capitalised word before it, "The" aside), nor one "of" follows ("Commission of
        # Inquiry").
        self._pattern = re.compile(
            rf"(?<![\w'’.&-])(?:{alternation(sorted(sides))})(?![\w-])(?! of\b)"
        ) if sides else None
        return True

    def holds(self, name: str) -> bool:
        """Whether ``name`` is a short name licensed here."""
        return name in self._sides

    def finditer(self, text: str) -> list[PhraseHit]:
        """The licensed short names ``text`` uses, as hits of their sides."""
        if self._pattern is None:
            return []
        return [PhraseHit(m.start(), m.end(), self._sides[m.group()])
                for m in self._pattern.finditer(text)
                if not _after_a_name(text, m.start())]


_WORD_BEFORE = re.compile(r"([\w'’.&-]+) $")


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word other than "The" stands right before ``start``."""
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and found.group(1)[:1].isupper() and found.group(1) != "The"
