"""Topics: tagging items with what they are about, from the ``topics`` lexicon."""

from __future__ import annotations

from briefing.language.lexicon import Lexicon
from briefing.text.phrases import PhraseMatcher, Token


def _matcher(lexicon: Lexicon) -> PhraseMatcher:
    def build() -> PhraseMatcher:
        matcher = PhraseMatcher()
        for topic, words in (lexicon["topics"].get("topics") or {}).items():
            for word in [topic, *(words or [])]:
                matcher.add(str(word), str(topic))
        return matcher
    return lexicon.cached("topic_matcher", build)


def topics_of(text: str, lexicon: Lexicon, toks: list[Token] | None = None) -> list[str]:
    """The topics a text is about, in the order they first appear."""
    found: list[str] = []
    for hit in _matcher(lexicon).finditer(text, toks):
        if hit.phrase not in found:
            found.append(hit.phrase)
    return found
