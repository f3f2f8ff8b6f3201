"""Statements: what a sentence reports about agreement and dispute, with its modes.

Shared by the ``agreed`` and ``disputes`` extractors. Cue verbs come from ``cues.yaml`` as
lemmas with generated inflections (PETRARCH-style). Each cue found gets PLOVER-style modes:
``negated`` (a negation word governs it) and ``hypothetical`` (an aim, hope, plan, proposal,
modal verb or condition governs it). The panels decide what to keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.language.lexicon import Lexicon
from briefing.model import Evidence, Sentence, Statement
from briefing.text.phrases import PhraseMatcher, tokens

_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s|\s-\s|\s(?:but|while|whereas|although|though)\s")
_WORD = re.compile(r"[A-Za-z']+|n't")


def inflections(phrase: str, lexicon: Lexicon) -> list[str]:
    """The phrase with its first word as lemma, -s, -ed and -ing forms."""
    words = phrase.split()
    lemma, rest = words[0], words[1:]
    irregular = lexicon["cues"].get("irregular", {})
    forms = {lemma, *irregular.get(lemma, [])}
    if lemma not in irregular:
        if lemma.endswith("ee"):
            forms |= {lemma + "s", lemma + "d", lemma + "ing"}
        elif lemma.endswith("e"):
            forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        elif re.search(r"[^aeiou]y$", lemma):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        elif re.search(r"(?:s|sh|ch|x|z)$", lemma):
            forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
        elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma) and len(lemma) <= 4:
            forms |= {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        else:
            forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    tail = (" " + " ".join(rest)) if rest else ""
    return sorted(f + tail for f in forms)


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a sentence, with the modes that govern it."""

    kind: str  # "agreed" or "dispute"
    start: int
    end: int
    cue: str
    negated: bool
    hypothetical: bool
    historical: bool = False
    defused: bool = False
    in_condition: bool = False


class _CueTables:
    def __init__(self, lexicon: Lexicon) -> None:
        cues = lexicon["cues"]
        self.matchers = {
            "agreed": self._matcher(cues["agreed"], lexicon),
            "dispute": self._matcher(cues["disputes"], lexicon),
        }
        self.negation = [n.lower() for n in cues["negation"]]
        self.failures_of = [f.lower() for f in cues.get("failures_of", [])]
        self.historical_clause = [h.lower() for h in cues.get("historical_clause", [])]
        self.not_disputes = PhraseMatcher().extend(cues.get("not_disputes", []))
        self.modality = [m.lower() for m in cues["modality"]]
        self.conditional = [c.lower() for c in cues["conditional"]]
        self.defusing = [d.lower() for d in cues.get("defusing", [])]
        self.historical = [h.lower() for h in cues.get("historical", [])]
        self.objects = frozenset(o.lower() for o in cues.get("agreement_objects", []))
        self.memo: dict[str, list[CueMatch]] = {}

    @staticmethod
    def _matcher(group: dict[str, list[str]], lexicon: Lexicon) -> PhraseMatcher:
        phrases: set[str] = set(group.get("phrases", [])) | set(group.get("exact", []))
        for verb in group.get("verbs", []):
            phrases |= set(inflections(verb, lexicon))
        phrases |= set(_refusals(group.get("refusal_modals", []), group.get("refusal_verbs", [])))
        return PhraseMatcher().extend(sorted(phrases - set(group.get("skip_forms", []))))


_CONTRACTED = {"would": ["wouldn't"], "will": ["won't"], "could": ["couldn't"],
               "can": ["can't", "cannot"], "did": ["didn't"], "does": ["doesn't"], "do": ["don't"],
               "is": ["isn't"], "are": ["aren't"], "was": ["wasn't"], "were": ["weren't"],
               "has": ["hasn't"], "have": ["haven't"]}


def _refusals(modals: list[str], verbs: list[str]) -> list[str]:
    """"would not change", "won't accept": a modal, a negation and a concession verb."""
    out: list[str] = []
    for modal in modals:
        negs = [f"{modal} not", *_CONTRACTED.get(modal, [])]
        for verb in verbs:
            out += [f"{neg} {verb}" for neg in negs]
    return out


def _tables(lexicon: Lexicon) -> _CueTables:
    return lexicon.cached("cue_tables", lambda: _CueTables(lexicon))


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = m.end()
    return start


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_BREAK.search(text, pos)
    return m.start() if m else len(text)


def _has_any(words: list[str], phrases: list[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {p} " in joined for p in phrases)


def find_cues(text: str, lexicon: Lexicon) -> list[CueMatch]:
    """Every agreement and dispute cue in a sentence, with its modes marked.

    Both panels ask about the same sentences, so the answer is kept for the next caller.
    """
    tables = _tables(lexicon)
    cached = tables.memo.get(text)
    if cached is None:
        if len(tables.memo) > 4096:
            tables.memo.clear()
        cached = tables.memo[text] = _find_cues(text, tables)
    return cached


def _find_cues(text: str, tables: _CueTables) -> list[CueMatch]:
    found: list[CueMatch] = []
    toks = tokens(text)
    question = text.rstrip("\"'”’ ").endswith("?")
    negative_spans = [(h.start, h.end) for h in tables.not_disputes.finditer(text, toks)]
    for kind, matcher in tables.matchers.items():
        for hit in matcher.finditer(text, toks):
            if kind == "dispute" and any(a <= hit.start < b for a, b in negative_spans):
                continue
            cue = text[hit.start:hit.end]
            clause_from = _clause_start(text, hit.start)
            clause = text[clause_from:_clause_end(text, hit.end)].lower()
            before = [w.lower() for w in _WORD.findall(text[clause_from:hit.start])]
            after = [w.lower() for w in _WORD.findall(text[hit.end:hit.end + 40])][:2]
            cue_words = [w.lower() for w in _WORD.findall(cue)]
            negated = _has_any(before[-5:], tables.negation) or _has_any(
                cue_words, ["no", "not", "without", "n't", "cannot"])
            whole_before = [w.lower() for w in _WORD.findall(text[:hit.start])]
            hypothetical = (
                question
                or _has_any(before[-6:], tables.modality)
                or _has_any(whole_before, tables.conditional)
                or (kind == "agreed" and _has_any(after, tables.modality))
            )
            historical = (_has_any(before[-3:], tables.historical)
                          or any(h in clause for h in tables.historical_clause)
                          or (kind == "agreed"
                              and _reduced_relative(text, hit.start, cue, tables.objects)))
            defused = kind == "dispute" and (
                _has_any(before[-10:], tables.defusing)
                or (len(after) == 2 and after[0] == "to" and after[1] in tables.defusing))
            if kind == "dispute" and _has_any(before[-2:], ["no", "not", "never", "without", "n't"]):
                defused = True  # "no objections were raised", "did not oppose"
            if kind == "agreed" and negated and not any(
                    f in " ".join(cue_words) for f in tables.failures_of):
                negated, defused = False, True  # "did not endorse the report": no failure
            found.append(CueMatch(kind, hit.start, hit.end, cue, negated, hypothetical,
                                  historical, defused, _in_condition(text, hit.start, tables)))
    found.sort(key=lambda c: c.start)
    return found


def _in_condition(text: str, start: int, tables: _CueTables) -> bool:
    """Whether the cue stands inside an "if ..." clause (up to the next comma)."""
    head = text[:start].lower()
    at = max((head.rfind(f"{c} ") for c in tables.conditional), default=-1)
    return at >= 0 and (at == 0 or not head[at - 1].isalpha()) and "," not in head[at:]


_NEXT_WORD = re.compile(r"(?<!\s)\s+([A-Za-z]+)")  # from a run's start: linear on blanks
_AFTER_PARTICIPLE = {"in", "on", "by", "at", "last", "earlier", "during", "under", "between",
                     "after", "before", "out", "with", "for", "since"}


def _reduced_relative(text: str, start: int, cue: str, objects: frozenset[str]) -> bool:
    """"a loan signed in 1985": a participle after a thing agreed names an accord in passing."""
    if not cue.split()[0].lower().endswith("ed") or len(cue.split()) > 2:
        return False
    head = text[:start]
    if not head.endswith((" ", "\t")):
        return False
    before = head.rstrip().rsplit(None, 1)
    after = _NEXT_WORD.match(text, start + len(cue))
    return bool(before and after and before[-1].lower() in objects
                and after.group(1).lower() in _AFTER_PARTICIPLE)


def summarise(text: str, start: int, end: int, max_words: int = 14) -> str:
    """A short text for an item: the clause that holds the cue, cut to ``max_words``."""
    lo, hi = _clause_start(text, start), _clause_end(text, end)
    if len(_WORD.findall(text[lo:hi])) < 4:
        lo = _clause_start(text, max(lo - 2, 0)) if lo else 0
        hi = _clause_end(text, hi + 1) if hi < len(text) else hi
    words = text[lo:hi].strip(" ,;:\"'“”‘’").split()
    if len(words) > max_words:
        cue_at = len(text[lo:start].split())
        first = max(0, min(cue_at - 4, len(words) - max_words))
        words = words[first:first + max_words]
        return ("… " if first else "") + " ".join(words) + " …"
    return " ".join(words)


def statement(kind: str, sentence: Sentence, cue: CueMatch) -> Statement:
    """An item for a panel from one cue of one sentence."""
    return Statement(
        kind=kind,
        text=summarise(sentence.text, cue.start, cue.end),
        evidence=[Evidence(sentence.article_id, sentence.text, ((cue.start, cue.end),))],
        cue=cue.cue,
        negated=cue.negated,
        hypothetical=cue.hypothetical,
        historical=cue.historical,
    )


_CONTENT_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "that", "with",
                 "said", "says", "was", "were", "is", "are", "has", "have", "had", "which", "who",
                 "by", "at", "it", "its", "their", "they", "this", "from", "as", "be", "been",
                 "would", "will", "not", "no", "yesterday", "today", "last", "night"}


def _content(words: str, synonyms: dict[str, str] | None = None) -> set[str]:
    found = {w.lower() for w in _WORD.findall(words) if len(w) > 2} - _CONTENT_STOP
    return {synonyms.get(w, w) for w in found} if synonyms else found


def merge_repeats(items: list[Statement], lexicon: Lexicon, scope: str = "clause") -> list[Statement]:
    """One item per statement: a point restated further down (a lead and its story), with
    the same cue about the same thing, is one item with both sentences as evidence.

    "The same thing" is a shared content word in the cue's clause (``scope="clause"``: "talks
    ... broke down") or in what follows the cue (``scope="object"``: what was agreed).
    """
    synonyms = {k.lower(): v.lower() for k, v in lexicon["cues"].get("cue_synonyms", {}).items()}

    def about(item: Statement) -> set[str]:
        ev = item.evidence[0]
        start, end = ev.spans[0] if ev.spans else (0, 0)
        lo = start if scope == "object" else _clause_start(ev.sentence, start)
        text = ev.sentence[lo:_clause_end(ev.sentence, end)]
        return _content(text, synonyms) - _content(item.cue, synonyms)

    out: list[Statement] = []
    # (cue words, content word) -> the first kept item with both: the earliest item an item
    # repeats is found by lookup, not by comparing it with every item kept so far. What an
    # item is about is worked out only once a second item has its cue (most cues occur once).
    first: dict[tuple[frozenset[str], str], int] = {}
    unindexed: dict[frozenset[str], list[int]] = {}  # kept items whose words are not indexed

    def index(cue_words: frozenset[str], position: int) -> None:
        for word in about(out[position]):
            first.setdefault((cue_words, word), position)

    for item in items:
        cue_words = frozenset(_content(item.cue, synonyms))
        if not cue_words or cue_words not in unindexed:
            out.append(item)
            if cue_words:
                unindexed[cue_words] = [len(out) - 1]
            continue
        for position in unindexed[cue_words]:
            index(cue_words, position)
        unindexed[cue_words] = []
        words = about(item)
        at = min((first[cue_words, w] for w in words if (cue_words, w) in first), default=None)
        if at is None:
            out.append(item)
            index(cue_words, len(out) - 1)
        else:
            out[at].evidence.append(item.evidence[0])
    return out
