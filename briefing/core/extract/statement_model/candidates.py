"""Candidates: the clauses the statement model decides on.

Every cue of ``cues.yaml`` (with the modes ``statements.find_cues`` gives it), plus the wider
``candidates:`` words of the same file (deal nouns, decisions, pledges; positions,
preferences, pressure, conditions, complaints) where no cue stands, with negation, modality
and condition read from the words before them. A user's cue added under ``lexicon:`` is a
cue, so it becomes a candidate and a feature by itself.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefing.core.extract.statements import (
    CueMatch,
    _CueTables,
    _has_any,
    _in_condition,
    _tables,
    find_cues,
)
from briefing.language.lexicon import Lexicon
from briefing.language.morphology import inflections
from briefing.text.phrases import PhraseHit, PhraseMatcher, Token, tokens


@dataclass(frozen=True)
class Candidate:
    """A clause that may state an agreement or a dispute: its cue and what the cue is."""

    cue: CueMatch
    lemma: str
    extra: bool  # found by the wider ``candidates:`` words, not a cue of its own


class Wider:
    """The wider candidate words in one trie, each cue form's lemma, and the speech verbs."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = lexicon["cues"]
        self.lemma: dict[str, str] = {}
        for group in (cues["agreed"], cues["disputes"]):
            for verb in group.get("verbs", []):
                for form in inflections(verb, lexicon):
                    self.lemma.setdefault(form.lower(), verb.lower())
        wider = cues.get("candidates") or {}
        self.matcher = PhraseMatcher()
        for kind, found in (("agreed", wider.get("agreed")), ("dispute", wider.get("disputes"))):
            group = found or {}
            for verb in group.get("verbs", []):
                for form in inflections(verb, lexicon):
                    self.matcher.add(form, f"{kind} {verb.lower()}")
            for phrase in group.get("phrases", []):
                self.matcher.add(phrase, f"{kind} {phrase.lower()}")
        self.attribution = frozenset(form.lower() for verb in lexicon["roles"].get("speech_verbs", [])
                                     for form in inflections(verb, lexicon))
        # A candidate noun read as a verb after a modal or "to" ("will issue a bond").
        self.verb_senses = frozenset(w.lower() for w in wider.get("verb_senses", []))
        self.verb_after = frozenset(w.lower() for w in wider.get("verb_after", []))
        self.adjective_senses = frozenset(w.lower() for w in wider.get("adjective_senses", []))
        self.adjective_after = frozenset(w.lower() for w in wider.get("adjective_after", []))
        self.aims = frozenset(w.lower() for w in wider.get("aims", []))
        self.aimed_at = frozenset(w.lower() for w in wider.get("aimed_at", []))
        self.domestic = PhraseMatcher()
        for phrase in cues.get("domestic_actors") or []:
            self.domestic.add(phrase)
        self.non_answers = PhraseMatcher().extend(cues.get("non_answers") or [])
        self.memo: dict[str, list[Candidate]] = {}


def wider(lexicon: Lexicon) -> Wider:
    """The wider candidate words of a lexicon, built once."""
    return lexicon.cached("statement_candidates", lambda: Wider(lexicon))


def candidates(text: str, lexicon: Lexicon) -> list[Candidate]:
    """Every candidate clause of a sentence, left to right (kept for the next caller)."""
    extra = wider(lexicon)
    found = extra.memo.get(text)
    if found is not None:
        return found
    if len(extra.memo) > 4096:
        extra.memo.clear()
    toks = tokens(text)
    cues = [c for c in find_cues(text, lexicon) if not _an_aim(toks, c, extra)]
    out = [Candidate(c, extra.lemma.get(c.cue.lower(), c.cue.lower()), False) for c in cues]
    tables = _tables(lexicon)
    taken = [(c.start, c.end) for c in cues]
    negative: list[tuple[int, int]] | None = None
    added = False
    for hit in extra.matcher.finditer(text, toks):
        if any(a < hit.end and hit.start < b for a, b in taken) or _verb_sense(text, toks, hit,
                                                                                extra):
            continue
        if hit.phrase[0] == "d":  # a dispute word: not in "supply and demand" and the like
            if negative is None:
                negative = [(h.start, h.end) for h in tables.not_disputes.finditer(text, toks)]
            if any(a < hit.end and hit.start < b for a, b in negative):
                continue
        out.append(_wider_candidate(text, toks, hit, tables))
        added = True
    if added:
        out.sort(key=lambda c: c.cue.start)
    extra.memo[text] = out
    return out


SENTENCE = "sentence"  # the kind of the candidate that is a whole sentence


def with_sentence(cands: list[Candidate], text: str, lexicon: Lexicon, mode: str
                  ) -> list[Candidate]:
    """``cands`` and, as the model's ``generic`` mode says, the whole sentence as one more
    candidate: where none stands ("fallback") or always. Its features are the sentence's
    words, so what no cue lists ("were never on the table") is learned from annotations."""
    if mode == "always" or (mode == "fallback" and not cands):
        tables = _tables(lexicon)
        words = [t[3] for t in tokens(text)]
        whole = CueMatch(SENTENCE, 0, 0, "", _has_any(words, tables.negation),
                         _has_any(words, tables.modality))
        return [*cands, Candidate(whole, "", True)]
    return cands


def _verb_sense(text: str, toks: list[Token], hit: PhraseHit, extra: Wider) -> bool:
    """Whether a candidate noun stands right after a modal or "to", as a verb of another
    sense ("will issue a bond"), or a candidate verb right after a determiner, as an
    adjective ("their initial reactions")."""
    word = text[hit.start:hit.end].lower()
    if word in extra.verb_senses:
        after = extra.verb_after
    elif word in extra.adjective_senses:
        after = extra.adjective_after
    else:
        return False
    at = bisect.bisect_left(toks, hit.start, key=lambda t: t[0])
    return at > 0 and toks[at - 1][3] in after


AIM_REACH = 3  # words after "want" in which an agreement makes it an aim ("want a fair deal")


def _an_aim(toks: list[Token], cue: CueMatch, extra: Wider) -> bool:
    """Whether a cue wants an agreement ("we want a deal"): ``aims`` in ``cues.yaml``."""
    if cue.cue.lower() not in extra.aims:
        return False
    at = bisect.bisect_left(toks, cue.end, key=lambda t: t[0])
    return any(t[3] in extra.aimed_at for t in toks[at:at + AIM_REACH])


def _wider_candidate(text: str, toks: list[Token], hit: PhraseHit, tables: _CueTables) -> Candidate:
    kind, lemma = hit.phrase.split(" ", 1)
    at = bisect.bisect_left(toks, hit.start, key=lambda t: t[0])
    before = [t[3] for t in toks[max(0, at - 6):at]]
    match = CueMatch(kind, hit.start, hit.end, text[hit.start:hit.end],
                     _has_any(before[-5:], tables.negation),
                     _has_any(before, tables.modality),
                     in_condition=_in_condition(text, hit.start, tables))
    return Candidate(match, lemma, True)
