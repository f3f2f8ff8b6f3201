"""The words settling reads, from one lexicon: the packaged files and a config's additions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.language.lexicon import Lexicon
from briefing.language.morphology import inflections
from briefing.text.phrases import alternation


@dataclass(frozen=True)
class SettleWords:
    """The words settling reads, from one lexicon (the packaged files and a config's
    additions): cues.yaml's, topics.yaml's, stories.yaml's generic parties."""

    conditions: tuple[str, ...]  # " if ", " unless ": a condition's words, spaced
    ended_subject: re.Pattern[str]  # "dispute over X": what an ended dispute was over
    subject_ends: frozenset[str]  # the words that end that subject
    procedural: re.Pattern[str]  # "to resume negotiations": an agreement to meet again
    procedural_verbs: frozenset[str]
    another: re.Pattern[str]  # "to VERB": another thing agreed after a procedural one
    broad: frozenset[str]  # topics too broad to tell two points apart
    threats: tuple[str, ...]  # threat nouns a withdrawn threat's cue opens with
    topic_words: dict[str, str]  # a topic's word -> the topic
    generic: frozenset[str]  # parties of no one name ("Unions", "Employers")
    broad_words: frozenset[str]  # the broad topics' words
    agreeing: dict[str, str]  # a form of an agreeing verb -> its lemma
    not_yet: re.Pattern[str]  # a negation or "yet to" right before an agreeing verb
    prepositions: frozenset[str]  # what ends an ended subject's head ("the plan *for* ...")

    @classmethod
    def of(cls, lexicon: Lexicon) -> SettleWords:
        """The tables of ``lexicon``."""
        cues, topics = lexicon["cues"], lexicon["topics"]
        to = alternation(lexicon["grammar"].get("infinitive_markers") or ["(?!)"])
        procedural = [str(w).lower() for w in cues.get("procedural_verbs") or []]
        broad = frozenset(str(t) for t in topics.get("broad_topics") or [])
        topic_words = {str(w).lower(): str(topic)
                       for topic, words in (topics.get("topics") or {}).items()
                       for w in [topic, *(words or [])]}
        return cls(
            conditions=tuple(f" {w} " for w in cues.get("conditional") or []),
            ended_subject=re.compile(
                r"\b(?:" + alternation(cues.get("dispute_nouns") or []) + r")\s+(?:"
                + alternation(cues.get("dispute_subject_links") or []) + r")\s+([^,;.]+)",
                re.IGNORECASE),
            subject_ends=frozenset(str(w).lower() for w in cues.get("dispute_subject_ends") or []),
            procedural=re.compile(
                r"\s+(?:\S+\s+){0,3}?(?:" + to + r")\s+(?:[a-z]+(?:" + alternation(
                    lexicon.words("grammar", "adverb_suffixes") or ["(?!)"]) + r")\s+)?(?:"
                + alternation(cues.get("procedural_verbs") or ["(?!)"])
                + r")\s+(?:\S+\s+){0,3}?(?:"
                + alternation(lexicon["time"].get("gatherings") or ["(?!)"]) + r")\b",
                re.IGNORECASE),
            procedural_verbs=frozenset(procedural),
            # (not "to" before a noun phrase: "as an alternative to the EU's tariffs")
            another=re.compile(r"\b(?:" + to + r")\s+(?!(?:" + alternation(
                [*lexicon.words("grammar", "determiners"), *lexicon.words("sides", "own_possessives")]
                or ["(?!)"]) + r")\b)([a-z]+)", re.IGNORECASE),
            broad=broad,
            threats=tuple(str(w).lower() for w in cues.get("threat_nouns") or []),
            topic_words=topic_words,
            generic=frozenset(str(p) for p in lexicon["stories"].get("generic_parties") or []),
            broad_words=frozenset(w for w, topic in topic_words.items() if topic in broad),
            agreeing={form: str(verb).lower() for verb in cues["agreed"]["verbs"]
                      for form in inflections(str(verb).lower(), lexicon) if " " not in form},
            not_yet=re.compile(r"\b(?:" + alternation(
                [str(w) for w in [*(cues.get("negation") or []), *(cues.get("pending") or [])]
                 if isinstance(w, str)]) + r")\s+(?:\S+\s+){0,2}$", re.IGNORECASE),
            prepositions=frozenset(lexicon.words("grammar", "prepositions")),
        )


def settle_words(lexicon: Lexicon) -> SettleWords:
    """``SettleWords`` of a lexicon, built once per lexicon."""
    return lexicon.cached("settle_words", lambda: SettleWords.of(lexicon))
