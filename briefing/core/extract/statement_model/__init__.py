"""The statement model: a linear model, learned from annotations, that decides for each
candidate clause whether it reports an agreement, states a dispute, or neither.

The cue lexicons and their grammar find the candidates (``candidates.py``); each becomes a
set of sparse features (``features.py``); the weights (``briefing.language.weights``, the
packaged ones in ``briefing/data/statement_model.json``) score it for ``agreed`` and for
``dispute``. A sentence is an item of a panel when its best candidate's margin is positive.
Inference is pure Python: a dictionary look-up per feature. Training is ``briefing.learn``.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from pathlib import Path

from briefing.config import Config
from briefing.core.extract.clauses import clause_breaks
from briefing.core.extract.outsiders import outsider_says, outsiders_verb, outsiders_view
from briefing.core.extract.sides import SideFinder
from briefing.core.extract.statement_model.candidates import SENTENCE, wider, with_sentence
from briefing.core.extract.statement_model.candidates import Candidate as Candidate
from briefing.core.extract.statement_model.candidates import candidates as candidates
from briefing.core.extract.statement_model.clause_rules import demanded as _demanded
from briefing.core.extract.statement_model.clause_rules import (
    hoped_for,
    set_against,
    unilateral,
)
from briefing.core.extract.statement_model.clause_rules import over_after as _over_after
from briefing.core.extract.statement_model.features import sentence_features as sentence_features
from briefing.core.extract.statements import (
    CueMatch,
    PhraseSet,
    _CueTables,
    _has_any,
    _tables,
    statement,
    summarise,
)
from briefing.core.merge.statements import merge_repeats
from briefing.language.lexicon import Lexicon
from briefing.language.weights import RULES, StatementModel, load_model, packaged_model_exists
from briefing.model import Sentence, Statement
from briefing.text.phrases import PhraseMatcher, tokens
from briefing.text.sentences import after_dateline

MAIN_SIDES = 2  # the article's most named sides: the parties of its negotiation, mostly
LEAD = 3  # the first sentences count whether or not they hold a candidate


def main_sides(sentences: list[Sentence], sides: SideFinder | None,
               lexicon: Lexicon) -> tuple[str, ...]:
    """The sides an article names most in its lead and the sentences that hold a candidate
    (those whose sides the features look up anyway: counting every sentence cost a tenth of
    a parse)."""
    if sides is None:
        return ()
    texts = [after_dateline(s.text, s.index)
             for s in sentences if s.index < LEAD or candidates(s.text, lexicon)]
    return tuple(sides.ranked(texts)[:MAIN_SIDES])


def classify(text: str, index: int, lexicon: Lexicon, sides: SideFinder | None,
             model: StatementModel, main: tuple[str, ...] = ()
             ) -> tuple[CueMatch | None, CueMatch | None]:
    """The candidate that makes the sentence an agreement, and the one that makes it a
    dispute (the best-scoring candidate for each label), if the sentence's margin for that
    label is positive and, when both labels rest on one candidate, the larger."""
    cands = with_sentence(candidates(text, lexicon), text, lexicon, model.generic)
    if not cands or _counterfactual(text, lexicon):
        return None, None
    rows = sentence_features(text, index, cands, lexicon, sides, main)
    a, d, best_a, best_d = model.sentence_scores(rows)
    if a <= 0 and (voted := _voted_for(text, cands, lexicon)) is not None:
        a, best_a = VOTED_MARGIN, voted  # "members voted on Thursday to ratify a contract"
    if a > 0 and d > 0 and best_a == best_d:
        # One clause is an agreement or a dispute, not both: the stronger label holds. (A
        # sentence with two clauses, "agreed on steel but rejected ...", keeps both.)
        a, d = (a, 0.0) if a >= d else (0.0, d)
    elif a > 0 and d > 0 and _shown_alike(text, cands[best_a].cue, cands[best_d].cue, lexicon):
        # Two candidates whose rows would read the same are one clause too: the stronger
        # label, at a tie the verb that comes first ("refused to sign": a refusal).
        first_a = cands[best_a].cue.start <= cands[best_d].cue.start
        a, d = (a, 0.0) if a > d or (a == d and first_a) else (0.0, d)
    elif a > 0 and d > 0 and _demanded(text, cands[best_a].cue, cands[best_d].cue, lexicon):
        a = 0.0  # "The EU is demanding that Britain ... commit to the target": the demand
    elif a > 0 and d > 0 and _one_point(text, cands[best_a].cue, cands[best_d].cue, lexicon):
        # An agreement and a dispute cue with no contrast between them ("reached a deal,
        # ending a six-day strike"; "ending a six-day strike, dockworkers reached a deal"):
        # the terms or background of what was agreed. The annotations rarely file an agreed
        # sentence under disputes too (7 of 219 in train).
        d = 0.0
    if a > 0:
        # "have yet to agree": not agreed, whatever the model weighs (for the whole sentence
        # as a candidate: when every agreement cue of it is still to come).
        chosen = cands[best_a].cue
        held = [c.cue for c in cands if c.cue.kind == "agreed"] if chosen.kind == SENTENCE \
            else [chosen]
        if held and all(_pending(text, cue, lexicon) for cue in held):
            a = 0.0
        elif _refused_in(text, cands, chosen, lexicon):
            a = 0.0  # "declined on Wednesday to confirm a 16-year extension of the Agreement"
        elif held and all(hoped_for(text, cue, lexicon) for cue in held):
            a = 0.0  # "He said he hoped an accord could be reached by Monday": a hope
        elif unilateral(text, chosen, chosen.kind == SENTENCE, lexicon):
            a = 0.0  # "The Faroe Islands set a unilateral mackerel quota": one side's act
    if d > 0 and (_given_up(text, cands, best_d, lexicon)
                  or _over_after(text, cands[best_d].cue, lexicon)):
        d = 0.0  # "France has withdrawn its objections", "Our dispute ... is behind us"
    if d > 0 and _another_sense(text, cands[best_d].cue, lexicon):
        d = 0.0  # "told a press conference": the press, no pressing
    if d > 0 and _at_home(text, len(text) if cands[best_d].cue.kind == SENTENCE
                          else cands[best_d].cue.start, lexicon):
        d = 0.0  # "The opposition Congress party accused Modi ...": a quarrel within a side
    if a > 0 and _unanswered(text, cands[best_a].cue, lexicon):
        a = 0.0  # "X declined to comment on the deal": nothing agreed said
    if d > 0 and _unanswered(text, cands[best_d].cue, lexicon):
        d = 0.0  # "GM Canada declined to comment on the union's demands": no position
    return (_agreed_cue(cands, best_a) if a > 0 else None), (cands[best_d].cue if d > 0 else None)


def _another_sense(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether a dispute's cue stands in a phrase where its word is a noun of another sense
    (``not_dispute_cues``: "told a press conference")."""
    nouns = lexicon.cached("not_dispute_cues", lambda: PhraseMatcher().extend(
        lexicon.words("cues", "not_dispute_cues")))
    return cue.kind != SENTENCE and any(h.start <= cue.start < h.end
                                        for h in nouns.finditer(text))


def _agreed_cue(cands: list[Candidate], best: int) -> CueMatch:
    """The cue an agreement shows: a dispute's word that scored it ("ratified a contract,
    ending a dispute") gives way to the agreement's own cue before it."""
    chosen = cands[best].cue
    if chosen.kind != "dispute":
        return chosen
    before = [c.cue for c in cands if c.cue.kind == "agreed" and c.cue.start < chosen.start]
    return before[-1] if before else chosen


MODAL_REACH = 6  # words before a verb in which a modal makes it only offered ("would drop")


def _given_up(text: str, cands: list[Candidate], best: int, lexicon: Lexicon) -> bool:
    """Whether the dispute a sentence states is given up ("France has withdrawn its
    objections"; of a whole sentence taken as the candidate, when every dispute cue in it is:
    "the union meanwhile dropped its demand for a 35-hour week")."""
    tables = _tables(lexicon)
    withdrawn = tables.withdrawn
    chosen = cands[best].cue
    if chosen.kind != SENTENCE:
        return _before(text, chosen, withdrawn) or _dropped_before(text, chosen.start, tables)
    # Not one only offered ("the EU would drop its case if Indonesia scrapped its duties").
    held = [c.cue for c in cands if c.cue.kind == "dispute"]
    if held:
        return all((_before(text, cue, withdrawn) or _dropped_before(text, cue.start, tables))
                   and not cue.hypothetical for cue in held)
    words = [t[3] for t in tokens(text)]
    return any(words[i] in withdrawn.words
               and not _has_any(words[max(0, i - MODAL_REACH):i], tables.modality)
               and tables.positions.intersection(words[i + 1:i + 3])
               for i in range(len(words)))


def _voted_for(text: str, cands: list[Candidate], lexicon: Lexicon) -> int | None:
    """The agreement candidate a vote carried ("voted on Thursday to ratify a five-year
    contract", "voted 1,314 to 25 to accept the settlement"): an agreement cue right after
    "to", with a past verb of voting (``votes_carried``) in the few words before: the model
    weighs "to ratify" as a plan, which a vote taken is not."""
    votes, marks = lexicon.cached("votes_carried", lambda: (
        frozenset(w.lower() for w in lexicon.words("cues", "votes_carried")),
        frozenset(w.lower() for w in lexicon.words("grammar", "infinitive_markers"))))
    toks = tokens(text)
    for n, cand in enumerate(cands):
        cue = cand.cue
        if cue.kind != "agreed" or cue.negated or cue.hypothetical or cue.in_condition:
            continue
        at = bisect.bisect_left(toks, cue.start, key=lambda t: t[0])
        if at and toks[at - 1][3] in marks and not votes.isdisjoint(
                t[3] for t in toks[max(0, at - 1 - VOTE_REACH):at - 1]):
            return n
    return None


VOTE_REACH = 4  # words between "voted" and the "to" of what it carried ("voted on Thursday to")
VOTED_MARGIN = 0.5  # the margin a carried vote gives an agreement the model weighed below it


def _dropped_before(text: str, at: int, tables: _CueTables) -> bool:
    """Whether a position its holder gave up, in a relative clause right after it ("the
    defined-benefit pension, a demand the union dropped after members rejected two offers"),
    stands at or before ``at``: what follows it in the clause is its background."""
    toks = tokens(text)
    words = [t[3] for t in toks]
    for i, word in enumerate(words):
        if toks[i][0] > at:
            return False
        if word in tables.positions and i and words[i - 1] in tables.position_openers and any(
                w in tables.positions_dropped and words[j - 1] not in tables.dropped_not_after
                for j, w in enumerate(words[i + 1:i + 1 + DROPPED_REACH], start=i + 1)):
            return True  # (not "its demand that sanctions be withdrawn": what it asks)
    return False


DROPPED_REACH = 4  # words after a position in which its dropping stands ("a demand the union
# dropped")


def _counterfactual(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence opens on what did not happen and says what would have followed:
    ``counterfactual_*`` in ``cues.yaml`` ("Without the extension, the rate would have
    risen"; not "Without naming Japan, ...", nor "would have no choice", a threat)."""
    tables = _tables(lexicon)
    opening = text.lstrip("\"'“‘ ").lower()
    opener = next((w for w in tables.counterfactual_openers if opening.startswith(w)), None)
    rest = opening[len(opener):].split(maxsplit=1) if opener is not None else []
    if not rest or rest[0].endswith(tables.gerund):
        return False
    words = [t[3] for t in tokens(text)]
    for modal in tables.counterfactual_modals:
        n = len(modal)
        for i in range(len(words) - n):
            verb = words[i + n]  # "would have risen": a participle after the modal
            if tuple(words[i:i + n]) == modal and (
                    verb in tables.counterfactual_participles or verb.endswith(tables.past)):
                return True
    return False


SUBJECT_REACH = 5  # words before a party at home that still make it the sentence's subject


def _unanswered(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether the cue is in a non-answer's clause (``non_answers``: "declined to comment on
    the union's demands"), up to its next comma: what follows may say something ("...,
    noting the dispute remained under arbitration"); for the whole sentence as a candidate,
    when the non-answer's clause ends the sentence."""
    hit = next(iter(wider(lexicon).non_answers.finditer(text)), None)
    if hit is None:
        return False
    ends = [i for i in (text.find(", ", hit.end), text.find("; ", hit.end)) if i >= 0]
    end = min(ends) if ends else len(text)
    return end == len(text) if cue.kind == SENTENCE else hit.start <= cue.start < end


def _at_home(text: str, cue: int, lexicon: Lexicon) -> bool:
    """Whether the sentence's subject, before the cue at ``cue``, is a party at home
    (``domestic_actors``: the opposition, lawmakers, farm unions): it opens the sentence, or
    its clause after an opening adjunct ("In Seoul, opposition lawmakers demanded ..."),
    with no preposition or verb of speech before it ("told lawmakers" is whom one speaks to)."""
    hit = next(iter(wider(lexicon).domestic.finditer(text)), None)
    if hit is None or hit.start > cue:
        return False
    after = text[hit.end:].split(maxsplit=1)
    if after and after[0].lower() in lexicon.words("cues", "domestic_not_before"):
        return False
    words = [(t[0], t[3]) for t in tokens(text) if t[3][0].isalpha()]
    if words and words[0][1] in lexicon.words("grammar", "adjunct_openers"):
        comma = text.find(",")
        words = [w for w in words if w[0] > comma] if 0 < comma < hit.start else words
    before = [low for start, low in words if start < hit.start]
    stops = {*lexicon.words("grammar", "prepositions"), *wider(lexicon).attribution}
    past = tuple(lexicon.words("time", "past_suffixes"))
    if len(before) > SUBJECT_REACH or stops.intersection(before) or any(
            w.endswith(past) for w in before):
        return False  # not the subject: "told lawmakers", "Brandt briefed lawmakers and ..."
    # Nor when another clause stands between it and the cue: a clause break, or a
    # coordinator after a comma ("Lawmakers criticised the budget, but ...", "Critics say X
    # is dumping steel, and Freedonia rejected ...").
    breaks = set(lexicon.words("grammar", "clause_breaks"))
    coordinators = set(lexicon.words("grammar", "coordinators"))
    return ";" not in text[hit.end:cue] and not any(
        w in breaks or (w in coordinators and text[:start].rstrip().endswith(","))
        for start, w in words if hit.end <= start < cue)


PENDING_REACH = 3  # words before an agreement cue in which "yet to" makes it pending


def _pending(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether the words right before an agreement cue say it is still to come ("have yet
    to agree", "are still to sign"): ``pending`` in ``cues.yaml``."""
    return _before(text, cue, _tables(lexicon).pending)


def _refused_in(text: str, cands: list[Candidate], chosen: CueMatch, lexicon: Lexicon) -> bool:
    """Whether the agreement a sentence reports is one a side refuses to make: the agreeing
    verb that governs the chosen candidate refused (``_refused``): the candidate itself; for a
    thing agreed, the last agreeing verb before it, no contrast between ("declined to confirm
    an extension of the Agreement ..., putting the trade pact on a path of annual reviews");
    for the whole sentence, every agreeing verb of it (not "After declining to sign in May,
    Freedonia signed the pact")."""
    objects = _tables(lexicon).objects
    verbs = [c.cue for c in cands if c.cue.kind == "agreed" and c.cue.cue.lower() not in objects]
    if chosen.kind == SENTENCE:
        return bool(verbs) and all(_refused(text, verb, lexicon) for verb in verbs)
    if chosen.cue.lower() not in objects:
        return _refused(text, chosen, lexicon)
    governs = [verb for verb in verbs if verb.start < chosen.start]
    return bool(governs) and _refused(text, governs[-1], lexicon) \
        and not set_against(text, governs[-1], chosen, lexicon)


def _refused(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether the words right before an agreement cue, besides the words of the day, refuse
    it ("declined on Wednesday to confirm"), no negation with them ("did not refuse to
    sign"): ``refused_agreements`` in ``cues.yaml``."""
    tables = _tables(lexicon)
    near = _words_before(text, cue, PENDING_REACH + 1, tables.negation_asides)
    return _has_any(near[1:], tables.refused) and not _has_any(near, tables.cue_negators)


def _before(text: str, cue: CueMatch, words: PhraseSet) -> bool:
    """Whether one of ``words`` stands in the few words right before a cue."""
    return _has_any(_words_before(text, cue, PENDING_REACH), words)


def _words_before(text: str, cue: CueMatch, reach: int, skip: frozenset[str] = frozenset()
                  ) -> list[str]:
    """The ``reach`` words right before a cue, in order, ``skip`` not counted (the sentence's
    own tokens, kept for every reader of it)."""
    toks = tokens(text)
    at = bisect.bisect_left(toks, cue.start, key=lambda t: t[0])
    near: list[str] = []
    while at > 0 and len(near) < reach:
        at -= 1
        if toks[at][3] not in skip:
            near.append(toks[at][3])
    return near[::-1]


def _shown_alike(text: str, first: CueMatch, second: CueMatch, lexicon: Lexicon) -> bool:
    """Whether two candidates' rows would show the same words with no contrast mark between
    the two ("rejected the steel demand but agreed to cut grain duties" is both)."""
    def shown(cue: CueMatch) -> str:
        return summarise(text, cue.start, len(text) if cue.kind == SENTENCE else cue.end, lexicon)
    return shown(first) == shown(second) and not set_against(text, first, second, lexicon)


def _one_point(text: str, agreed: CueMatch, dispute: CueMatch, lexicon: Lexicon) -> bool:
    """Whether an agreement and a dispute cue of one sentence make one point: no contrast
    mark ("but", "however", a semicolon) stands between them and, when the dispute comes
    first, a clause break does ("Ending a strike, dockworkers reached a deal"; not "failed
    again to settle", one verb chain); of the whole sentence as the dispute, no contrast in
    it."""
    if dispute.kind == SENTENCE:
        # The whole sentence as the dispute: no contrast before the agreement's cue or after
        # it ("The agreement settles their dispute over staffing: Starbucks will guarantee
        # ..."; not "will impose duties on brandy, but will exempt the houses that agreed to
        # ...", nor "signed their farm trade agreement ..., but made no progress on ...").
        return not (set_against(text, dispute, agreed, lexicon) or set_against(
            text, agreed, replace(dispute, start=len(text), end=len(text)), lexicon))
    if set_against(text, agreed, dispute, lexicon):
        return False
    first, second = sorted((agreed, dispute), key=lambda cue: cue.start)
    return first is agreed or clause_breaks(lexicon).search(
        text[first.end:second.start]) is not None


def extract_statements(sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder | None,
                       model: StatementModel) -> tuple[list[Statement], list[Statement]]:
    """The Agreed and Open-disputes items of one article, as the model decides them: at most
    one of each per sentence, a point restated further down merged into one item."""
    agreed: list[Statement] = []
    disputes: list[Statement] = []
    main = main_sides(sentences, sides, lexicon)
    for at, sent in enumerate(sentences):
        a, d = classify(sent.text, sent.index, lexicon, sides, model, main)
        if (a or d) and sides is not None and outsider_says(sentences, at, lexicon, sides):
            continue
        if a is not None and not outsiders_verb(sent.text, a.start, lexicon, sides):
            agreed.append(statement("agreed", sent, _shown(a, sent), lexicon))
        if d is not None:
            disputes.append(statement("dispute", sent, _shown(d, sent), lexicon))
            # "Legal experts said a court challenge was unlikely": no side's point
            disputes[-1].outsider = outsiders_view(sent.text, lexicon, sides) \
                or outsiders_verb(sent.text, d.start, lexicon, sides)
    views = [d for d in disputes if d.outsider]  # (never merged into a side's own point)
    return merge_repeats(agreed, lexicon, scope="object"), [
        *merge_repeats([d for d in disputes if not d.outsider], lexicon), *views]


def _shown(cue: CueMatch, sent: Sentence) -> CueMatch:
    """The cue an item shows: a whole-sentence candidate spans its sentence."""
    if cue.kind != SENTENCE:
        return cue
    return replace(cue, end=len(sent.text))


def config_model(config: Config) -> StatementModel | None:
    """The model a config selects (its ``model:`` key): a file, None for ``rules`` (the cue
    rules alone), by default the packaged model (None if the package holds none)."""
    choice = config.model
    if choice == RULES:
        return None
    if choice is None:
        return load_model() if packaged_model_exists() else None
    return load_model(Path(choice))
