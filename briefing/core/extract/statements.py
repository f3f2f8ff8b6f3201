"""Statements: what a sentence reports about agreement and dispute, with its modes.

Shared by the ``agreed`` and ``disputes`` extractors. Cue verbs come from ``cues.yaml`` as
lemmas with generated inflections (PETRARCH-style). Each cue found gets PLOVER-style modes:
``negated`` (a negation word governs it) and ``hypothetical`` (an aim, hope, plan, proposal,
modal verb or condition governs it). The panels decide what to keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing.core.extract.clauses import (
    WORD,
    clause_breaks,
    clause_end,
    clause_start,
    speaker_start,
)
from briefing.language.lexicon import Lexicon
from briefing.language.morphology import inflections, looks_past
from briefing.model import Evidence, Sentence, Statement
from briefing.text.phrases import PhraseMatcher, alternation, tokens
from briefing.text.quotes import balance_quotes
from briefing.text.sentences import dateline_end

_NEXT_WORD = re.compile(r"(?<!\s)\s+([A-Za-z]+)")  # from a run's start: linear on blanks


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
        self.breaks = clause_breaks(lexicon)
        self.matchers = {"agreed": self._matcher(cues["agreed"], lexicon),
                         "dispute": self._matcher(cues["disputes"], lexicon)}
        self.negation = PhraseSet(cues["negation"])
        # Words of the day between a negation and its verb ("failed *on Thursday* to settle").
        self.negation_asides = frozenset([*lexicon.words("cues", "negation_asides"),
                                          *(str(d) for d in lexicon["time"]["weekdays"])])
        self.failures_of = [f.lower() for f in cues.get("failures_of", [])]
        self.historical_clause = [h.lower() for h in cues.get("historical_clause", [])]
        self.not_disputes = PhraseMatcher().extend(cues.get("not_disputes", []))
        self.modality = PhraseSet(cues["modality"])
        self.pending = PhraseSet(cues.get("pending", []))
        self.refused = PhraseSet(cues.get("refused_agreements", []))
        self.withdrawn = PhraseSet(cues.get("withdrawn", []))
        self.positions = frozenset(w.lower() for w in cues.get("positions_given_up", []))
        self.position_openers = frozenset(
            w.lower() for w in cues.get("positions_given_up_openers", []))
        self.positions_dropped = frozenset(w.lower() for w in cues.get("positions_dropped", []))
        self.dropped_not_after = frozenset(
            w.lower() for w in cues.get("positions_dropped_not_after", []))
        self.conditional = PhraseSet(cues["conditional"])
        self.defusing = PhraseSet(cues.get("defusing", []))
        self.ends_dispute, self.ends_threat = (re.compile(
            r"\b(?:" + alternation(cues.get(enders, [])) + r")\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:" + alternation(cues.get(nouns, [])) + r")\b", re.IGNORECASE)
            for enders, nouns in (("dispute_enders", "dispute_nouns"),
                                  ("threat_enders", "threat_nouns")))
        self.ender_aims = frozenset(lexicon.words("cues", "dispute_ender_aims"))
        self.ender_agreed = frozenset(lexicon.words("cues", "dispute_ender_agreed"))
        self.qualified_by_dispute = frozenset(lexicon.words("cues", "qualified_by_dispute_nouns"))
        # A counterfactual sentence (statement_model._counterfactual).
        self.counterfactual_openers = tuple(
            f"{w} " for w in lexicon.words("cues", "counterfactual_openers"))
        self.counterfactual_modals = [tuple(m.split())
                                      for m in lexicon.words("cues", "counterfactual_modals")]
        self.counterfactual_participles = frozenset(
            lexicon.words("cues", "counterfactual_participles"))
        self.gerund = tuple(lexicon.words("grammar", "participle_suffixes"))
        self.past = tuple(lexicon.words("time", "past_suffixes"))
        self.historical = PhraseSet(cues.get("historical", []))
        self.objects = frozenset(o.lower() for o in cues.get("agreement_objects", []))
        self.after_participle = frozenset(lexicon.words("cues", "after_participle"))
        self.cue_negators = PhraseSet(lexicon.words("cues", "cue_negators"))
        self.dispute_denials = PhraseSet(lexicon.words("cues", "dispute_denials"))
        self.infinitive = frozenset(lexicon.words("grammar", "infinitive_markers"))
        self.complementizers = frozenset(lexicon.words("grammar", "complementizers"))
        # What an item's text is cut to: the words that open an aside before the main clause,
        # the relative words that an aside may hold, and the verbs that make it a clause.
        self.adjunct_openers = frozenset(lexicon.words("grammar", "adjunct_openers"))
        self.aside_openers = self.adjunct_openers | set(lexicon.words("grammar",
                                                                      "condition_openers"))
        self.relatives = frozenset(lexicon.words("grammar", "relative_words"))
        self.dependent = frozenset(lexicon.words("grammar", "dependent_openers"))
        self.clause_verbs = frozenset([*lexicon.words("grammar", "auxiliaries"),
                                       *lexicon.words("roles", "reporting_forms"),
                                       *lexicon.words("roles", "speech_verbs")])
        self.memo: dict[str, list[CueMatch]] = {}

    @staticmethod
    def _matcher(group: dict[str, list[str]], lexicon: Lexicon) -> PhraseMatcher:
        phrases: set[str] = set(group.get("phrases", [])) | set(group.get("exact", []))
        for verb in group.get("verbs", []):
            phrases |= set(inflections(verb, lexicon))
        phrases |= set(_refusals(group.get("refusal_modals", []), group.get("refusal_verbs", []),
                                 lexicon))
        return PhraseMatcher().extend(sorted(phrases - set(group.get("skip_forms", []))))


def _refusals(modals: list[str], verbs: list[str], lexicon: Lexicon) -> list[str]:
    """"would not change", "won't accept": a modal, a negation and a concession verb."""
    grammar = lexicon["grammar"]
    contracted: dict[str, list[str]] = grammar.get("negative_contractions") or {}
    out: list[str] = []
    for modal in modals:
        negs = [*(f"{modal} {n}" for n in grammar["verb_negators"]), *contracted.get(modal, [])]
        for verb in verbs:
            out += [f"{neg} {verb}" for neg in negs]
    return out


def _tables(lexicon: Lexicon) -> _CueTables:
    return lexicon.cached("cue_tables", lambda: _CueTables(lexicon))


class PhraseSet:
    """Phrases to look for among a few words: one-word phrases by set membership, only the
    longer ones as substrings (this runs for every cue, with lists of a hundred phrases)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.all = [p.lower() for p in phrases]
        self.words = frozenset(p for p in self.all if " " not in p)
        self.longer = tuple(p for p in self.all if " " in p)
        self.padded = tuple(f" {p} " for p in self.longer)  # as whole words in a joined text
        self.spaced = tuple(f"{p} " for p in self.all)  # followed by a space

    def __iter__(self) -> Iterator[str]:
        return iter(self.all)

    def __contains__(self, word: object) -> bool:
        return word in self.words or word in self.longer


def _has_any(words: list[str], phrases: PhraseSet) -> bool:
    if not phrases.words.isdisjoint(words):
        return True
    if not phrases.longer:
        return False
    joined = " " + " ".join(words) + " "
    return any(map(joined.__contains__, phrases.padded))


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
    negative_spans: list[tuple[int, int]] | None = None  # looked for at a dispute cue only
    for kind, matcher in tables.matchers.items():
        for hit in matcher.finditer(text, toks):
            if kind == "dispute":
                if negative_spans is None:
                    negative_spans = [(h.start, h.end)
                                      for h in tables.not_disputes.finditer(text, toks)]
                if any(a <= hit.start < b for a, b in negative_spans):
                    continue
            cue = text[hit.start:hit.end]
            clause_from = clause_start(text, hit.start, tables.breaks)
            clause = text[clause_from:clause_end(text, hit.end, tables.breaks)].lower()
            before = [w.lower() for w in WORD.findall(text[clause_from:hit.start])]
            after = [w.lower() for w in WORD.findall(text[hit.end:hit.end + 40])][:2]
            cue_words = [w.lower() for w in WORD.findall(cue)]
            # Words of the day inside the window do not part a negation from its verb.
            plain = [w for w in before[-5:] if w not in tables.negation_asides]
            negated = _has_any(plain, tables.negation) or _has_any(
                cue_words, tables.cue_negators)
            whole_before = [w.lower() for w in WORD.findall(text[:hit.start])]
            hypothetical = (
                question
                or _has_any(before[-6:], tables.modality)
                or _has_any(whole_before, tables.conditional)
                or (kind == "agreed" and _has_any(after, tables.modality))
            )
            historical = (_has_any(before[-3:], tables.historical)
                          or any(h in clause for h in tables.historical_clause)
                          or (kind == "agreed"
                              and _reduced_relative(text, hit.start, cue, tables)))
            defused = kind == "dispute" and (
                _has_any(before[-10:], tables.defusing)
                or (len(after) == 2 and after[0] in tables.infinitive and after[1] in tables.defusing))
            if kind == "dispute" and _has_any(before[-2:], tables.dispute_denials):
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
    at = max(map(head.rfind, tables.conditional.spaced), default=-1)
    return at >= 0 and (at == 0 or not head[at - 1].isalpha()) and "," not in head[at:]


def _reduced_relative(text: str, start: int, cue: str, tables: _CueTables) -> bool:
    """"a loan signed in 1985": a participle after a thing agreed names an accord in passing."""
    if not looks_past(cue.split()[0]) or len(cue.split()) > 2:
        return False
    head = text[:start]
    if not head.endswith((" ", "\t")):
        return False
    before = head.rstrip().rsplit(None, 1)
    after = _NEXT_WORD.match(text, start + len(cue))
    return bool(before and after and before[-1].lower() in tables.objects
                and after.group(1).lower() in tables.after_participle)


def summarise(text: str, start: int, end: int, lexicon: Lexicon) -> str:
    """The text of an item: the clause that holds the cue, whole (a display cuts it to its
    width, from near the cue: ``text.windows.around``), never the lead's dateline."""
    cut = dateline_end(text)
    whole = start == 0 and end >= len(text.rstrip())
    if cut and (start >= cut or whole):
        return summarise(text[cut:], 0 if whole else start - cut, end - cut, lexicon)
    breaks = clause_breaks(lexicon)
    if start == 0 and end >= len(text.rstrip()):  # a whole sentence: from its main clause
        return balance_quotes(" ".join(_main_clause(text, lexicon).strip(" ,;:\"'“”‘’").split()))
    lo, hi = clause_start(text, start, breaks), clause_end(text, end, breaks)
    opener = WORD.match(text, lo + len(text[lo:]) - len(text[lo:].lstrip(" ,;:")))
    if lo and opener and opener.group().lower() in _tables(lexicon).dependent:
        lo = clause_start(text, max(lo - 2, 0), breaks)  # "..., as Japan had agreed"
    if len(WORD.findall(text[lo:hi])) < 4 or (lo == 0 and hi < len(text) and _opens_aside(
            text, lexicon)):  # "Under the July agreement" / "If talks fail": and what follows
        lo = clause_start(text, max(lo - 2, 0), breaks) if lo else 0
        hi = clause_end(text, hi + 1, breaks) if hi < len(text) else hi
        if lo == 0:
            hi = _past_asides(text, hi, breaks, lexicon)
    lo = speaker_start(text, lo, breaks, lexicon)
    hi = _past_complement_opening(text, lo, hi, breaks, lexicon)
    # A quote cut at its opening mark is opened again ('... for Mexico City," Campos said').
    return balance_quotes(" ".join(text[lo:hi].strip(" ,;:\"'“”‘’").split()))


_ASIDES_AT_MOST = 2  # asides after an opening phrase that an item's text runs past
_COMPLEMENT_OPENING = 5  # words after "that" a break may come before the clause's verb


def _past_complement_opening(text: str, lo: int, hi: int, breaks: re.Pattern[str],
                             lexicon: Lexicon) -> int:
    """Where an item's text ends that a break cut right after "that" and a few words ("have
    charged that the French, British and West German governments have disrupted ...",
    "warned that despite Tornaes' optimism, it may be difficult ..."): past that break, and
    past the asides right after it."""
    words = [w.lower() for w in WORD.findall(text[lo:hi]) if len(w) > 1]  # (not "'s")
    tables = _tables(lexicon)
    tail = words[-_COMPLEMENT_OPENING:]
    at = max((i for i, w in enumerate(tail) if w in tables.complementizers), default=-1)
    if hi >= len(text) or at < 0 or any(
            w in tables.clause_verbs or (len(w) > 4 and w.endswith(tables.past))
            for w in tail[at + 1:]):
        return hi  # (no "that", or its clause's verb has come: "said that talks would resume")
    # An aside: a short phrase, or one a relative word or a participle opens ("that
    # payment-in-kind, or PIK, ...", "that Volcker, who spoke to analysts, ...").
    for _ in range(_ASIDES_AT_MOST + 1):
        end = clause_end(text, hi + 1, breaks)
        added = [w.lower() for w in WORD.findall(text[hi:end])]
        hi = end
        aside = len(added) <= _COMPLEMENT_OPENING or (bool(added) and (
            added[0] in tables.relatives or added[0].endswith(tables.gerund + tables.past)))
        if hi >= len(text) or not aside:
            break
    return hi


def _past_asides(text: str, hi: int, breaks: re.Pattern[str], lexicon: Lexicon) -> int:
    """Where an item's text ends that opens with a phrase and an aside on it ("Under the
    agreement, announced by Trump late on Tuesday,"): past the aside, through the clause
    that says what the phrase introduces ("..., Washington will impose a 15% tariff")."""
    tables = _tables(lexicon)
    past = tables.past
    for _ in range(_ASIDES_AT_MOST):
        last = text[clause_start(text, max(hi - 1, 0), breaks):hi]
        first = WORD.match(last.lstrip(" ,"))
        if hi >= len(text) or first is None or not (
                first.group().lower() in tables.relatives or first.group().endswith(past)):
            break
        hi = clause_end(text, hi + 1, breaks)
    return hi


def _opens_aside(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence opens with a condition or a phrase of time, place or manner
    before its main clause."""
    first = WORD.match(text)
    return first is not None and first.group().lower() in _tables(lexicon).aside_openers


_ADJUNCT_WORDS = 12  # words of an opening phrase before its comma, at most


def _main_clause(text: str, lexicon: Lexicon) -> str:
    """A sentence from its main clause: without an opening phrase of time, place or manner
    ("Under a joint statement released after talks in Geneva, the two sides cut ...")."""
    tables = _tables(lexicon)
    first = WORD.match(text)  # not in a quotation: what is quoted stays whole
    if first is None or first.group().lower() not in tables.adjunct_openers:
        return text
    comma = text.find(", ")
    while comma >= 0 and len(WORD.findall(text[:comma])) <= _ADJUNCT_WORDS:
        # A phrase, not a clause: no verb of its own ("On Monday Sylvania said ..., a claim").
        if not tables.clause_verbs.isdisjoint(w.lower() for w in WORD.findall(text[:comma])):
            return text
        rest = text[comma + 2:]
        opener = WORD.match(rest)
        if opener is not None and opener.group().lower() not in tables.relatives:
            return rest if len(WORD.findall(rest)) >= 4 else text
        # "Under the deal, which X reached, Seoul ...", "Under the first, 42-day phase, ..."
        comma = text.find(", ", comma + 2)
    return text


def statement(kind: str, sentence: Sentence, cue: CueMatch, lexicon: Lexicon) -> Statement:
    """An item for a panel from one cue of one sentence."""
    return Statement(
        kind=kind,
        text=summarise(sentence.text, cue.start, cue.end, lexicon),
        evidence=[Evidence(sentence.article_id, sentence.text, ((cue.start, cue.end),))],
        cue=cue.cue,
        negated=cue.negated,
        hypothetical=cue.hypothetical,
        historical=cue.historical,
        settles=kind == "agreed" and _ends_dispute(sentence.text, lexicon),
        withdraws=kind == "agreed" and _ends_dispute(sentence.text, lexicon, threat=True),
    )


ENDER_NEGATION_REACH = 3  # words before "settled ... dispute" in which a negation undoes it


def _ends_dispute(text: str, lexicon: Lexicon, threat: bool = False) -> bool:
    """Whether an agreement's sentence says it ends the sides' dispute ("..., ending their
    dispute over the quota"): ``dispute_enders`` and ``dispute_nouns`` in ``cues.yaml``; with
    ``threat``, that it withdraws a threat ("will drop its threat of a 25 percent tariff"):
    ``threat_enders`` and ``threat_nouns``."""
    tables = _tables(lexicon)
    for hit in (tables.ends_threat if threat else tables.ends_dispute).finditer(text):
        inside = hit.group().split()
        if len(inside) > 1 and inside[1].lower() in tables.ender_aims:
            continue  # "resolved to strike": a resolve to act, no end of anything
        nxt = _NEXT_WORD.match(text, hit.end())
        if nxt and nxt.group(1).lower() in tables.qualified_by_dispute:
            continue  # "resolving strike pay claims": the noun qualifies another
        before = [t[3] for t in tokens(text[max(0, hit.start() - 60):hit.start()])]
        if before and before[-1] in tables.ender_aims and not (
                len(before) > 1 and before[-2] in tables.ender_agreed):
            continue  # "talks aimed at ending their dispute": an aim ("agreed to end": done)
        if not _has_any(before[-ENDER_NEGATION_REACH:], tables.negation):
            return True
    return False
