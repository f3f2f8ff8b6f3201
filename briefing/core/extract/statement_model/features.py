"""Features: what the statement model knows about one candidate clause, as sparse strings.

The cue's class and lemma, its modes (negation, modality, condition, history), the rules'
own verdict, the words either side of it, the clause it stands in, quotes and speech verbs,
the sides named before (its subject, often) and after it (its object), the sentence's other
candidates and the sentence's place in the article. What every candidate of a sentence
shares is worked out once per sentence (``View``).
"""

from __future__ import annotations

import bisect

from briefing.core.extract.clauses import clause_breaks
from briefing.core.extract.sides import SideFinder, SideMention
from briefing.core.extract.statement_model.candidates import SENTENCE, Candidate, wider
from briefing.language.lexicon import Lexicon
from briefing.text.phrases import tokens
from briefing.text.quotes import QUOTE_MARKS

WINDOW = 5  # words either side of the cue that become features


class View:
    """What every candidate of one sentence shares: its words, clauses, speech verbs, sides."""

    def __init__(self, text: str, index: int, lexicon: Lexicon, sides: SideFinder | None,
                 main: tuple[str, ...] = ()) -> None:
        self.text = text
        self.main = main
        self.place = "s=0" if index == 0 else "s=1" if index < 3 else "s=2"
        self.words = [(t[0], t[3]) for t in tokens(text) if t[3][0].isalpha()]
        self.starts = [start for start, _w in self.words]
        self.breaks = [m.end() for m in clause_breaks(lexicon).finditer(text)]
        attribution = wider(lexicon).attribution
        self.said = [start for start, low in self.words if low in attribution]
        self.quotes = [m.start() for m in QUOTE_MARKS.finditer(text)]
        self.domestic = [h.start for h in wider(lexicon).domestic.finditer(text)]
        self.sides: list[SideMention] | None = sides.find(text) if sides is not None else None
        # How the sentence opens says what it does: "Under the accord, ...", "Had talks
        # failed, ...", "In Washington, senators ...".
        first = [w for _s, w in self.words[:2]]
        self.opening = [f"s1={first[0]}"] if first else []
        self.question = text.rstrip("\"'”’ ").endswith("?")


def _kind(cand: Candidate) -> str:
    return cand.cue.kind[0] + ("+" if cand.extra else "")  # "a", "d", "a+", "d+"


def _modes(k: str, cand: Candidate) -> list[str]:
    cue = cand.cue
    modes = [name for name, on in (("m=neg", cue.negated), ("m=hyp", cue.hypothetical),
                                   ("m=hist", cue.historical), ("m=def", cue.defused),
                                   ("m=cond", cue.in_condition)) if on]
    if not modes:
        return [f"{k}|m=0"]
    return [f"{k}|{m}" for m in modes] + [f"c={cand.lemma}|{m}" for m in modes]


def _context(k: str, cand: Candidate, v: View) -> list[str]:
    """The clause around the cue and the words either side of it."""
    cue = cand.cue
    lo, breaks = 0, 0
    for end in v.breaks:
        if end > cue.start:
            break
        lo, breaks = end, breaks + 1
    at, past, first = (bisect.bisect_left(v.starts, cue.start), bisect.bisect_left(v.starts, cue.end),
                       bisect.bisect_left(v.starts, lo))
    before = [w for s, w in v.words[max(0, at - WINDOW):at] if s >= cue.start - 80]
    after = [w for _s, w in v.words[past:past + WINDOW]]
    in_clause = at - first
    feats = [f"{k}|ci={min(breaks, 3)}", f"{k}|cb={min(in_clause, 6)}",
             f"{k}|pos={4 * cue.start // max(len(v.text), 1)}"]
    if any(lo <= d < cue.start for d in v.domestic):
        feats.append(f"{k}|dom")  # "opposition lawmakers accused ...": a quarrel at home
    if lo and first < len(v.words):
        feats.append(f"{k}|open={v.words[first][1]}")
    hi = next((end for end in v.breaks if end > cue.end), len(v.text))
    if any(map(str.isdigit, v.text[cue.end:hi])):
        feats.append(f"{k}|num>")
    if before:
        feats += [f"{k}|b1={before[-1]}", f"b1={before[-1]}"]
        if len(before) > 1:
            feats.append(f"{k}|b2={before[-2]} {before[-1]}")
    if after:
        feats += [f"{k}|a1={after[0]}", f"a1={after[0]}"]
        if len(after) > 1:
            feats.append(f"{k}|a2={after[0]} {after[1]}")
    feats += [f"{k}|bw={w}" for w in set(before)]
    feats += [f"{k}|aw={w}" for w in set(after)]
    feats += _sides(k, cand, v, lo)
    return feats


def _sides(k: str, cand: Candidate, v: View, lo: int) -> list[str]:
    """Sides named before the cue in its clause (its subject, often) and after it."""
    if v.sides is None:
        return []
    cue = cand.cue
    subj = {h.side for h in v.sides if h.end <= cue.start and h.start >= lo}
    obj = {h.side for h in v.sides if h.start >= cue.end}
    named = min(len({h.side for h in v.sides}), 2)
    feats = [f"{k}|ns={named}", f"c={cand.lemma}|ns={named}"]
    if subj:
        feats.append(f"{k}|subj")
    if obj:
        feats.append(f"{k}|obj")
    if subj and obj and subj != obj:
        feats.append(f"{k}|subj!=obj")
    if v.main:
        # The article's own two sides, against third parties: a dispute is between the sides.
        main = set(v.main)
        feats.append(f"{k}|nm={len(main & {h.side for h in v.sides})}")
        if subj & main:
            feats.append(f"{k}|subjm")
        if obj & main:
            feats.append(f"{k}|objm")
            if subj & main and subj & main != obj & main:
                feats.append(f"{k}|subjm!=objm")
    return feats


def _voice(k: str, cand: Candidate, v: View) -> list[str]:
    """Where the sentence stands, whether it asks, and who is speaking."""
    start, end = cand.cue.start, cand.cue.end
    feats = [f"{k}|{v.place}"]
    if v.question:
        feats.append(f"{k}|q")
    if sum(1 for q in v.quotes if q < start) % 2:
        feats.append(f"{k}|inquote")
    feats.append(f"{k}|len={min(len(v.words) // 12, 3)}")
    if any(s < start for s in v.said):
        feats.append(f"{k}|said<")
    if any(s >= end for s in v.said):
        feats.append(f"{k}|said>")
    return feats


def _rule(cand: Candidate) -> list[str]:
    """What the cue rules would decide for this cue (the hand-written grammar as evidence)."""
    cue = cand.cue
    if cand.extra:
        return []
    if cue.kind == "agreed":
        if not (cue.negated or cue.hypothetical or cue.historical or cue.defused):
            return ["r=a"]
        if cue.negated and not cue.defused and not cue.historical and not cue.in_condition:
            return ["r=fail"]
        return []
    if not (cue.defused or cue.historical or cue.in_condition):
        return ["r=d"]
    return []


def _others(k: str, cand: Candidate, others: list[Candidate]) -> list[str]:
    """The sentence's other candidates: their kind, and whether they come before."""
    feats: list[str] = []
    for o in others:
        if o is cand:
            continue
        ok = _kind(o)
        where = "<" if o.cue.start < cand.cue.start else ">"
        feats.append(f"{k}|o{where}{ok}")
        if not o.extra and not (o.cue.negated or o.cue.hypothetical):
            feats.append(f"{k}|o{where}{ok}=0")
    return feats


def features(cand: Candidate, others: list[Candidate], v: View) -> list[str]:
    """The sparse features of one candidate of the sentence ``v`` shows."""
    k = _kind(cand)
    if cand.cue.kind == SENTENCE:  # the whole sentence: its words stand for a cue
        return [f"k={k}", *(f"{k}|w={w}" for w in sorted({w for _s, w in v.words if len(w) > 2})),
                *_modes(k, cand), *_voice(k, cand, v), *_sides(k, cand, v, 0)]
    feats = [f"k={k}", f"c={cand.lemma}", f"{k}|c={cand.lemma}"]
    feats += _modes(k, cand)
    feats += _context(k, cand, v)
    feats += _voice(k, cand, v)
    feats += _rule(cand)
    feats += _others(k, cand, others)
    feats += [f"{k}|{o}" for o in v.opening]
    return feats


def sentence_features(text: str, index: int, cands: list[Candidate], lexicon: Lexicon,
                      sides: SideFinder | None, main: tuple[str, ...] = ()) -> list[list[str]]:
    """The features of each candidate of one sentence (``index``: its place in the article;
    ``main``: the article's most named sides)."""
    if not cands:
        return []
    view = View(text, index, lexicon, sides, main)
    return [features(c, cands, view) for c in cands]
