"""Sentences an outsider says: an analyst's or an economist's view on the talks, neither a
side's statement nor a date the talks set ("Rail unions start their own talks in September,"
said X, an economist)."""

from __future__ import annotations

from collections.abc import Callable

from briefing.core.extract.participants.mentions import said_by_outsider
from briefing.core.extract.participants.rules import rules as participant_rules
from briefing.core.extract.sides import SideFinder
from briefing.language.lexicon import Lexicon
from briefing.model import Sentence
from briefing.text.phrases import Token, tokens

QUOTES = ('"', "“")


def outsider_says(sentences: list[Sentence], at: int, lexicon: Lexicon, sides: SideFinder
                  ) -> bool:
    """Whether an outsider (an analyst, an economist) says the sentence at ``at``. A quote
    that goes on from the sentence before, or that a pronoun says ("..., she said."), is the
    speaker's of the sentence it goes on from or into."""
    rules = participant_rules(lexicon)
    if said_by_outsider(sentences[at], rules, sides):
        return True
    text = sentences[at].text
    if not _goes_on(text, lexicon, rules.speech):
        return False
    # A quote left open goes on into the next sentence, whose speaker it is ("Tokyo got the
    # meeting it wanted. Being first ...," said X, an economist); else it went on from the last.
    left_open = text.count('"') % 2 or text.count("“") > text.count("”")
    speaker = at + 1 if left_open else at - 1
    return 0 <= speaker < len(sentences) and said_by_outsider(sentences[speaker], rules, sides)


GROUP_BEFORE = 2  # words before an unnamed group of outsiders ("Some legal experts said")


def outsiders_view(text: str, lexicon: Lexicon, sides: SideFinder | None = None) -> bool:
    """Whether an unnamed group of outsiders opens the sentence with their view ("Legal
    experts said ...", "Some analysts believe ..."): roles.yaml's ``outsider_groups`` before a
    verb of speech or of ``opinion_verbs``, no possessive and no side named before them ("the
    union's lawyers", "U.S. trade experts" are a side's). Their view is no side's dispute;
    what they report of the sides ("Japan rejected the demand, analysts said") still may be,
    and may be agreed or dated."""
    speech = participant_rules(lexicon).speech
    opinion = lexicon.cached("outsider_opinion_verbs", lambda: frozenset(
        lexicon.words("roles", "opinion_verbs")))
    return _group_opens(text, lexicon, sides, lambda tok: tok[3] in speech or tok[3] in opinion)


def outsiders_verb(text: str, cue: int, lexicon: Lexicon, sides: SideFinder | None = None
                   ) -> bool:
    """Whether the cue at ``cue`` is an unnamed group of outsiders' own verb, of a view
    ("Private analysts generally agreed that ...", "Traders rejected the idea that ..."):
    no agreement or dispute of the sides."""
    complementizers = lexicon.cached("complementizers", lambda: frozenset(
        lexicon.words("grammar", "complementizers")))
    after = [t[3] for t in tokens(text) if t[0] > cue][:OPINION_REACH]
    # A view ("agreed that ...", "rejected the idea that ..."), not a party's own act
    # ("Dealers rejected Toyota's proposal", "Traders agreed to drop their lawsuit").
    return not complementizers.isdisjoint(after) and _group_opens(
        text, lexicon, sides, lambda tok: tok[0] == cue)


OPINION_REACH = 4  # words after a group's verb in which "that" opens what they think


def _group_opens(text: str, lexicon: Lexicon, sides: SideFinder | None,
                 verb: Callable[[Token], bool]) -> bool:
    """Whether one of roles.yaml's ``outsider_groups`` opens the sentence, its ``verb`` next
    (an adverb may stand between: "analysts generally agreed"), with no possessive and no
    side named before the group."""
    groups = lexicon.cached("outsider_groups", lambda: frozenset(
        lexicon.words("roles", "outsider_groups")))
    adverbs = lexicon.cached("adverb_suffixes", lambda: tuple(
        lexicon.words("grammar", "adverb_suffixes")))
    toks = [t for t in tokens(text) if t[3][0].isalpha() or t[3] in ("'s", "’s")]
    for i, tok in enumerate(toks[:GROUP_BEFORE + 1]):
        nxt = i + 2 if i + 2 < len(toks) and toks[i + 1][3].endswith(adverbs) else i + 1
        if tok[3] not in groups or nxt >= len(toks) or not verb(toks[nxt]):
            continue
        before = [t[3] for t in toks[:i]]
        return not any(w in ("'s", "’s") for w in before) and not (
            sides is not None and sides.find(text[:tok[0]]))
    return False


def _goes_on(text: str, lexicon: Lexicon, speech: set[str]) -> bool:
    """Whether a sentence is a quote with no speaker of its own named: it opens with a
    quotation mark and its verb of speech, if any, has a pronoun for subject."""
    if not text.startswith(QUOTES):
        return False
    pronouns = set(lexicon.words("grammar", "subject_pronouns"))
    words = [t[3] for t in tokens(text)]
    return all(pronouns & {*words[max(0, i - 1):i], *words[i + 1:i + 2]}
               for i, w in enumerate(words) if w in speech)
