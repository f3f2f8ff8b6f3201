"""Topics: tagging items with what they are about, from the ``topics`` lexicon."""

from __future__ import annotations

from briefing.language.lexicon import Lexicon
from briefing.text.phrases import PhraseHit, PhraseMatcher, Token

NO_TOPIC = ""  # what a phrase of ``not_topics`` stands for


def _matcher(lexicon: Lexicon) -> PhraseMatcher:
    def build() -> PhraseMatcher:
        matcher = PhraseMatcher()
        for topic, words in (lexicon["topics"].get("topics") or {}).items():
            for word in [topic, *(words or [])]:
                matcher.add(str(word), str(topic))
        for phrase in lexicon["topics"].get("not_topics") or []:
            matcher.add(str(phrase), NO_TOPIC)
        return matcher
    return lexicon.cached("topic_matcher", build)


def topics_of(text: str, lexicon: Lexicon, toks: list[Token] | None = None) -> list[str]:
    """The topics a text is about, in the order they first appear."""
    found: list[str] = []
    for hit in topic_hits(text, lexicon, toks):
        if hit.phrase not in found:
            found.append(hit.phrase)
    return found


def topic_hits(text: str, lexicon: Lexicon, toks: list[Token] | None = None) -> list[PhraseHit]:
    """Where a text names a topic (not in a phrase about none, such as "European Union")."""
    return [hit for hit in _matcher(lexicon).finditer(text, toks) if hit.phrase != NO_TOPIC]
