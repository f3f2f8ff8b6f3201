"""Rules on the clauses of a sentence the statement model reads: a contrast between two cues,
an agreement's cue inside what a demand asks for or a hope looks to, a dispute its own clause
says is over."""

from __future__ import annotations

from briefing.core.extract.clauses import clause_breaks
from briefing.core.extract.disputes import contrast_marks
from briefing.core.extract.statement_model.candidates import SENTENCE
from briefing.core.extract.statements import CueMatch, PhraseSet, _has_any
from briefing.language.lexicon import Lexicon
from briefing.language.morphology import inflections
from briefing.text.phrases import PhraseMatcher, tokens


def set_against(text: str, first: CueMatch, second: CueMatch, lexicon: Lexicon) -> bool:
    """Whether a contrast mark ("but", "however", a semicolon) stands between two cues, or a
    concessive word opens the sentence ("While Sylvania rejected ..., it agreed ...")."""
    lo, hi = sorted((first, second), key=lambda cue: cue.start)
    between = text[lo.end:hi.start].lower()
    if any(mark in between for mark in contrast_marks(lexicon)):
        return True
    opener = text[:lo.start].split(maxsplit=1)
    return bool(opener) and opener[0].lower() in lexicon.words("grammar", "concessive_openers")


class _ClauseWords:
    """The words the rules on a demand's and an ended dispute's clauses read, as sets (built
    once per lexicon: they are asked about every sentence the model calls a dispute)."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.words
        self.timed = frozenset([*words("time", "time_subordinators"), *words("cues", "conditional")])
        self.over = PhraseSet(words("cues", "defused_after"))
        self.demands = frozenset(form for verb in words("cues", "demand_verbs")
                                 for form in inflections(verb, lexicon))
        self.joins = frozenset(words("grammar", "coordinators"))
        self.that = frozenset(words("grammar", "complementizers"))
        self.opens = (frozenset(words("time", "tense_clause_breaks")) - self.joins) | frozenset(
            [*words("time", "time_subordinators"), *words("grammar", "relative_words")])
        self.claims = frozenset(words("cues", "demand_claim_auxiliaries"))
        self.infinitive = frozenset(words("grammar", "infinitive_markers"))


def _clause_words(lexicon: Lexicon) -> _ClauseWords:
    return lexicon.cached("statement_clause_words", lambda: _ClauseWords(lexicon))


def over_after(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether the words after a dispute's cue in its clause say it is over (``defused_after``
    in cues.yaml: "Our dispute over the southern fields is behind us")."""
    w = _clause_words(lexicon)
    if cue.kind == SENTENCE or not w.timed.isdisjoint(t[3] for t in tokens(text[:cue.start])):
        return False  # "unless the dispute was settled by Friday"
    hi = clause_breaks(lexicon).search(text, cue.end)
    return _has_any([t[3] for t in tokens(text[cue.end:hi.start() if hi else len(text)])],
                    w.over)


DEMAND_OBJECT_REACH = 4  # words between a verb of demanding and the "to" of its object's verb


def demanded(text: str, agreed: CueMatch, dispute: CueMatch, lexicon: Lexicon) -> bool:
    """Whether an agreement's cue stands in the clause a verb of demanding governs, with no
    contrast between: after its "that" ("is demanding that Britain set a cap ... and that it
    commit to the target") or right after its object's "to" ("urged Japan to sign")."""
    w = _clause_words(lexicon)
    if dispute.start > agreed.start or dispute.cue.lower() not in w.demands or set_against(
            text, agreed, dispute, lexicon):
        return False
    between = [t[3] for t in tokens(text[dispute.end:agreed.start])]
    if not w.opens.isdisjoint(between) or not w.opens.isdisjoint(
            t[3] for t in tokens(text[:dispute.start])):
        return False  # "pressed India ..., a day after they announced that"; "After the union
        # demanded that ..., the two sides agreed": the demand in a clause of its own
    if between[-1:] and between[-1] in w.claims:
        return False  # "insisted that the EU had agreed": a claim
    if any(word in w.joins and between[i + 1:i + 2] != [] and between[i + 1] not in w.that
           and text[dispute.end:agreed.start].find(", " + word) >= 0
           for i, word in enumerate(between)):
        return False  # "dropped its demand that ..., and Britain agreed": a clause of its own
    if not w.that.isdisjoint(between[:DEMAND_OBJECT_REACH + 1]):
        return True
    return 0 < len(between) <= DEMAND_OBJECT_REACH + 1 and between[-1] in w.infinitive


HOPE_REACH = 4  # words before an agreement's cue, in its clause, in which a hope governs it


def hoped_for(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether a word of hope or aim (cues.yaml ``hoped_for``) stands among the few words of
    the clause right before an agreement's cue, after no subordinate clause's opening and
    not after ``hoped_for_not_after`` ("hoped an accord could be reached", "expects a deal to
    be signed"; not "as expected, the two sides agreed", "optimistic after Freedonia
    agreed")."""
    hopes, not_after = lexicon.cached("hoped_for", lambda: tuple(
        frozenset(w.lower() for w in lexicon.words("cues", key))
        for key in ("hoped_for", "hoped_for_not_after")))
    lo = _clause_of(text, cue, lexicon)[0]
    words = [tok[3] for tok in tokens(text[lo:cue.start]) if tok[3][:1].isalpha()]
    # (not across a subordinate clause's opening: "optimistic after Freedonia agreed")
    opens = _clause_words(lexicon).opens
    words = words[max((i + 1 for i, w in enumerate(words) if w in opens), default=0):]
    first = max(0, len(words) - HOPE_REACH)
    return any(words[i] in hopes and (i == 0 or words[i - 1] not in not_after)
               for i in range(first, len(words)))


UNILATERAL_REACH = 3  # words before "unilateral" in which ending or forbidding it undoes it


def unilateral(text: str, cue: CueMatch, whole: bool, lexicon: Lexicon) -> bool:
    """Whether a word of one side's own act (cues.yaml ``unilateral``) stands in the clause of
    an agreement's cue, or with ``whole`` (the sentence as the candidate) in its first clause:
    "set a unilateral quota"."""
    words = lexicon.cached("unilateral", lambda: PhraseMatcher().extend(
        lexicon.words("cues", "unilateral")))
    if whole:  # the main clause, first ("..., ending a dispute over its unilateral quota")
        first = clause_breaks(lexicon).search(text)
        lo, hi = 0, first.start() if first else len(text)
    else:
        lo, hi = _clause_of(text, cue, lexicon)
    enders = lexicon.cached("unilateral_enders", lambda: frozenset(
        lexicon.words("cues", "unilateral_enders")))
    return any(lo <= hit.start < hi and enders.isdisjoint(
        t[3] for t in tokens(text[lo:hit.start])[-UNILATERAL_REACH:])
        for hit in words.finditer(text))


def _clause_of(text: str, cue: CueMatch, lexicon: Lexicon) -> tuple[int, int]:
    """Where the clause of a cue starts and ends (at the clause breaks either side)."""
    breaks = clause_breaks(lexicon)
    lo = max((m.end() for m in breaks.finditer(text, 0, cue.start)), default=0)
    after = breaks.search(text, cue.end)
    return lo, after.start() if after else len(text)
