"""A condition one side sets on another: who states a cue that stands inside it."""

from __future__ import annotations

import re

from briefing.core.extract.actor_words import Actor
from briefing.language.lexicon import Lexicon
from briefing.text.phrases import alternation


def _openers(lexicon: Lexicon) -> re.Pattern[str]:
    return lexicon.cached("condition_setters", lambda: re.compile(
        r"(?<![\w'’-])(?:" + alternation(lexicon.words("grammar", "condition_setters"))
        + r")(?![\w'’-])", re.IGNORECASE) if lexicon.words("grammar", "condition_setters")
        else re.compile("(?!)"))


def condition_set(text: str, cue: int, actors: list[Actor], lexicon: Lexicon,
                  speaker: str | None) -> tuple[str, str] | None:
    """The side that states a cue inside a condition it sets (its ``speaker``), and the side
    the condition binds (its subject): "Putin said Russia was ready to consider a ceasefire
    only once Ukraine halted mobilisation" is Russia's, aimed at Ukraine (not Ukraine's
    "halted"). None when the cue stands in no condition (``condition_setters``), or no one of
    another side speaks (not "British steel could face a tariff if Washington decides ...")."""
    if not speaker or not cue:
        return None
    found = list(_openers(lexicon).finditer(text, 0, cue))
    if not found or any(mark in text[found[-1].end():cue] for mark in (",", ";", ". ")):
        return None  # (nor a cue of the main clause after it: "If not, Mercosur will not wait")
    opener = found[-1]
    inside = [a for a in actors if a.agent and opener.end() <= a.start < cue]
    before = _WORD.findall(text[max(0, opener.start() - 20):opener.start()].lower())[-1:]
    if not inside or inside[0].side == speaker or len(_WORD.findall(
            text[opener.end():inside[0].start])) > SUBJECT_AFTER or not frozenset(
            lexicon.words("grammar", "whether_verbs")).isdisjoint(before):
        # (the condition's subject opens it: not "collapsed once before when Japan rejected";
        # nor "if" as "whether": "did not know if China would reject")
        return None
    return speaker, inside[0].side


SUBJECT_AFTER = 1  # words between a condition's opener and its subject, at most ("if the")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
