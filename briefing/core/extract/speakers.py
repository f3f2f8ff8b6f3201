"""Who speaks in a sentence: the actor next to its verb of speech ("..., Akazawa said", "said
the EU"), past an aside ("Zelenskiy, attending a summit in Tirana, said") or an apposition
("Richard Hale, Kestrel Bay's managing partner, said")."""

from __future__ import annotations

import bisect

from briefing.core.extract.actor_words import Actor, apposed, aside_before
from briefing.core.extract.actor_words import Words as _Words
from briefing.text.phrases import tokens

BEFORE_SPEECH = 3  # words between a speaker and "said" at most ("Japan's Akazawa said")
AFTER_SPEECH = 5  # ... and between "said" and a speaker ("said Japan's economy minister X")


def speaker(text: str, actors: list[Actor], words: _Words) -> str | None:
    """The side of the actor next to a verb of speech, if the sentence has one."""
    found = speaking(text, actors, words)
    return found.side if found is not None else None


def speaking(text: str, actors: list[Actor], words: _Words) -> Actor | None:
    """The actor next to a verb of speech, if the sentence has one."""
    return speaking_through(text, actors, words)[0]


def speaking_through(text: str, actors: list[Actor], words: _Words
                     ) -> tuple[Actor | None, tuple[int, int] | None]:
    """The actor next to a verb of speech, and the aside between the two if there is one
    ("Saudi Arabia, speaking for a group that includes Russia, said": its parties are the
    speaker's company, no one the statement is aimed at)."""
    toks = [t for t in tokens(text) if t[3][0].isalnum()]
    starts = [t[0] for t in toks]
    where = [bisect.bisect_left(starts, a.start) for a in actors]
    last = [bisect.bisect_left(starts, a.end) - 1 for a in actors]  # "Ola *Berg* said"
    for i, tok in enumerate(toks):
        if tok[3] not in words.speech or (i and toks[i - 1][3] in words.infinitive) \
                or (i and toks[i - 1][3] in words.determiners) \
                or any(a.start <= tok[0] < a.end for a in actors):
            continue  # "to add two dozen Chinese companies", "a say over ports", "United
            # States": no report
        aside = aside_before(text, tok[0], words)
        person = apposed(text, tok[0], actors)
        if person is not None:
            return person, None  # "Richard Hale, Kestrel Bay's managing partner, said"
        if aside is not None:
            # "Zelenskiy, attending a summit in the Albanian capital, said": the aside's
            # parties do not speak; the one it follows does (right before its comma: not
            # "Santiago" of "Santiago Pena, whose country ...").
            opening = bisect.bisect_left(starts, aside[0])
            before = [a for w, a in zip(last, actors, strict=True)
                      if a.end <= aside[0] and opening - w == 1]
            if before:
                return before[-1], aside
        near = [(i - w, a) for w, a in zip(last, actors, strict=True) if 0 < i - w <= BEFORE_SPEECH]
        # "..., saying Y": the speaker is before; "told Tokyo": Tokyo is the listener, but
        # "was told by Washington": the agent speaks.
        listener = tok[3] in words.to_listener and not (
            i + 1 < len(toks) and toks[i + 1][3] in words.agent_markers)
        if not tok[3].endswith(words.participles) and not listener and not (
                i and toks[i - 1][3] in words.pronouns
                and not text[toks[i - 1][1]:tok[0]].strip()):  # "He said the EU must": his
            # (not '... manage it," said Sigrid Haugland': a quotation's last word)
            near += [(w - i, a) for w, a in zip(where, actors, strict=True)
                     if 0 < w - i <= AFTER_SPEECH
                     and words.speaker_stops.isdisjoint(t[3] for t in toks[i + 1:w])]
        if near:
            return min(near, key=lambda pair: pair[0])[1], None
    return None, None


def pronoun_speaks(text: str, proper: int, words: _Words) -> bool:
    """Whether the sentence opens on a pronoun and a verb of speech ("He said ...")."""
    lows = [t[3] for t in tokens(text) if t[0] >= proper and t[3][0].isalnum()][:2]
    return len(lows) == 2 and lows[0] in words.pronouns and lows[1] in words.speech
