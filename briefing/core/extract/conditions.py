"""A condition one side sets on another: who states a cue that stands inside it."""

from __future__ import annotations

import re

from briefing.core.extract.actor_words import Actor
from briefing.language.lexicon import Lexicon
from briefing.text.phrases import alternation, tokens

SUBJECT_AFTER = 1  # words between a condition's opener and its subject, at most ("if the")


def _words(lexicon: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """The condition's openers (``condition_setters``) and the verbs after which "if" means
    "whether" (``whether_verbs``), from grammar.yaml."""
    def build() -> tuple[re.Pattern[str], frozenset[str]]:
        openers = lexicon.words("grammar", "condition_setters")
        return (re.compile(r"(?<![\w'’-])(?:" + alternation(openers) + r")(?![\w'’-])",
                           re.IGNORECASE) if openers else re.compile("(?!)"),
                frozenset(lexicon.words("grammar", "whether_verbs")))
    return lexicon.cached("condition_setters", build)


def condition_set(text: str, cue: int, actors: list[Actor], lexicon: Lexicon,
                  speaker: str | None) -> tuple[str, str] | None:
    """The side that states a cue inside a condition it sets (its ``speaker``), and the side
    the condition binds (its subject): "Putin said Russia was ready to consider a ceasefire
    only once Ukraine halted mobilisation" is Russia's, aimed at Ukraine (not Ukraine's
    "halted"). None when the cue stands in no condition (``condition_setters``), or no one of
    another side speaks (not "British steel could face a tariff if Washington decides ...")."""
    if not speaker or not cue:
        return None
    openers, whether = _words(lexicon)
    found = list(openers.finditer(text, 0, cue))
    if not found or any(mark in text[found[-1].end():cue] for mark in (",", ";", ". ")):
        return None  # (nor a cue of the main clause after it: "If not, Mercosur will not wait")
    opener = found[-1]
    inside = [a for a in actors if a.agent and opener.end() <= a.start < cue]
    if not inside or inside[0].side == speaker:
        return None
    words = [t for t in tokens(text) if t[3][:1].isalpha()]
    between = sum(1 for t in words if opener.end() <= t[0] < inside[0].start)
    before = [t[3] for t in words if t[1] <= opener.start()][-1:]
    if between > SUBJECT_AFTER or not whether.isdisjoint(before):
        # (the condition's subject opens it: not "collapsed once before when Japan rejected";
        # nor "if" as "whether": "did not know if China would reject")
        return None
    return speaker, inside[0].side
