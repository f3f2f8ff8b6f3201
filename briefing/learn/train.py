"""Training the statement model on annotated articles, and cross-validating it.

Labels come from the gold keys the way the scorer matches them: a gold agreed (dispute) key
that occurs in a sentence makes the candidate clause holding it (else the nearest candidate
of that sentence) a positive ``agreed`` (``dispute``) example; every other candidate is a
negative one. The model is two logistic regressions over the same sparse features, fitted
by deterministic AdaGrad passes (a fixed order, no random numbers).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from briefing.core.extract.statement_model import candidates, main_sides, sentence_features
from briefing.core.extract.statement_model.candidates import with_sentence
from briefing.core.pipeline import Parser, build_briefing
from briefing.export import to_dict
from briefing.language.weights import StatementModel
from briefing.learn.goldset import PANELS, GoldArticle, Tally, fold, match
from briefing.model import Article, Sentence

EPOCHS = 12
L2 = 1e-4
# Chosen by 5-fold cross-validation on train among 0.005-0.1 (0.02: agreed 0.604, disputes
# 0.539; 0.05 had 0.591 / 0.520), and it also did better held out on dev (0.77 / 0.67).
RATE = 0.02
MIN_COUNT = 3  # features seen in fewer examples get no weight (less to overfit, to store)


@dataclass
class Example:
    """One candidate clause: its features and whether it is an agreement and a dispute."""

    features: list[str]
    labels: tuple[bool, bool]
    sentence: int = 0  # the sentence's place in its article


@dataclass
class Prepared:
    """One gold article, parsed once: its candidates' examples."""

    gold: GoldArticle
    sentences: list[Sentence]
    examples: list[Example]
    missed: dict[str, int]  # panel -> gold keys whose sentence has no candidate


def _key_span(sentence: str, key: str) -> tuple[int, int] | None:
    """Where a folded key stands in a sentence (offsets approximate when folding moved them)."""
    lowered = sentence.lower()
    at = lowered.find(key)
    if at < 0:
        folded = fold(sentence)
        at = folded.find(key)
        if at < 0:
            return None
    return at, at + len(key)


def read(parser: Parser, gold: GoldArticle) -> Article:
    """The gold file's article, as the parser reads it."""
    article = parser.read_article(gold.path, gold.path.stem)[1]
    assert article is not None  # no known digest was given
    return article


def prepare(parser: Parser, gold: GoldArticle, generic: str = "none") -> Prepared:
    """Parse one gold article and label its candidate clauses (with the whole sentence as a
    candidate too, as the ``generic`` mode says)."""
    article = read(parser, gold)
    parser.sides.on(article.date)  # sides named as on the article's day, as the parse does
    sentences = parser.sentences(article)
    parser.sides_of(sentences)  # as the parse reads them: labour counterparts, firms' arms
    try:
        return _prepare(parser, gold, sentences, generic)
    finally:
        parser.forget_sides()


def _prepare(parser: Parser, gold: GoldArticle, sentences: list[Sentence], generic: str
             ) -> Prepared:
    examples: list[Example] = []
    missed = dict.fromkeys(PANELS, 0)
    keys = {panel: [fold(k) for k in gold.keys.get(panel, [])] for panel in PANELS}
    main = main_sides(sentences, parser.sides, parser.lexicon)
    for sent in sentences:
        cands = with_sentence(candidates(sent.text, parser.lexicon), sent.text, parser.lexicon,
                              generic)
        folded = fold(sent.text)
        labels = [[False, False] for _ in cands]
        for li, panel in enumerate(PANELS):
            for key in keys[panel]:
                if key not in folded:
                    continue
                span = _key_span(sent.text, key)
                if not cands or span is None:
                    missed[panel] += 1
                    continue
                a, b = span
                # The candidate inside the key, else the nearest one to it.
                dist = [0 if c.cue.start < b and a < c.cue.end else
                        min(abs(c.cue.start - b), abs(a - c.cue.end)) for c in cands]
                if SENTENCE_LABELS:
                    for lab in labels:
                        lab[li] = True
                else:
                    labels[dist.index(min(dist))][li] = True
        rows = sentence_features(sent.text, sent.index, cands, parser.lexicon, parser.sides,
                                 main)
        for feats, lab in zip(rows, labels, strict=True):
            examples.append(Example(feats, (lab[0], lab[1]), sent.index))
    return Prepared(gold, sentences, examples, missed)


def fit(examples: Sequence[Example], epochs: int = EPOCHS, l2: float = L2,
        rate: float = RATE, meta: dict[str, Any] | None = None) -> StatementModel:
    """Two logistic regressions (agreed, dispute) by AdaGrad, in a fixed order."""
    counts: dict[str, int] = {}
    for ex in examples:
        for f in ex.features:
            counts[f] = counts.get(f, 0) + 1
    kept = [[f for f in ex.features if counts[f] >= MIN_COUNT] for ex in examples]
    weights: dict[str, list[float]] = {}
    grads: dict[str, list[float]] = {}
    bias = [0.0, 0.0]
    bias_g = [1e-8, 1e-8]
    # A fixed, data-derived order that interleaves articles (no random generator involved).
    order = sorted(range(len(examples)),
                   key=lambda i: hashlib.blake2b(str(i).encode(), digest_size=8).digest())
    for _ in range(epochs):
        for i in order:
            ex = examples[i]
            feats = kept[i]
            for li in (0, 1):
                z = bias[li]
                for f in feats:
                    w = weights.get(f)
                    if w is not None:
                        z += w[li]
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                g = p - (1.0 if ex.labels[li] else 0.0)
                bias_g[li] += g * g
                bias[li] -= rate * g / math.sqrt(bias_g[li])
                if g == 0.0:
                    continue
                for f in feats:
                    w = weights.setdefault(f, [0.0, 0.0])
                    acc = grads.setdefault(f, [1e-8, 1e-8])
                    step = g + l2 * w[li]
                    acc[li] += step * step
                    w[li] -= rate * step / math.sqrt(acc[li])
    return StatementModel({f: (w[0], w[1]) for f, w in weights.items()}, (bias[0], bias[1]),
                          (0.0, 0.0), dict(meta or {}))


INNER_FOLDS = 3
# Per label, whether the model scores a sentence's pooled features rather than its best
# candidate. Pooling agreed gains on train cross-validated (0.58 -> 0.59) but loses on the
# held-out sets (dev 0.73 -> 0.59, the modern articles 0.73 -> 0.63); pooling disputes loses
# everywhere (train 0.52 -> 0.47). So neither label is pooled by default.
POOLED = (False, False)
SENTENCE_LABELS = True


def _best_threshold(pairs: list[tuple[float, bool]]) -> float:
    """The margin above which calling a sentence positive gives the best F1 over ``pairs``
    (each sentence's best margin and whether it is positive)."""
    pairs = sorted(pairs, key=lambda p: -p[0])
    positives = sum(1 for _, y in pairs if y)
    if not positives:
        return 0.0
    best, best_t, tp = -1.0, 0.0, 0
    for n, (margin, y) in enumerate(pairs, 1):
        tp += y
        f1 = 2 * tp / (n + positives)
        if f1 > best and (n == len(pairs) or pairs[n][0] < margin):
            nxt = pairs[n][0] if n < len(pairs) else margin - 1.0
            best, best_t = f1, (margin + nxt) / 2
    return best_t


def _sentences(examples: Sequence[Example]) -> dict[int, list[Example]]:
    """An article's examples by sentence."""
    out: dict[int, list[Example]] = {}
    for ex in examples:
        out.setdefault(ex.sentence, []).append(ex)
    return out


def _pool(articles: Sequence[Sequence[Example]]) -> list[Example]:
    """One example per sentence: every candidate's features once, either label if any has it."""
    out: list[Example] = []
    for a in articles:
        for index, exs in _sentences(a).items():
            feats = sorted({f for ex in exs for f in ex.features})
            labels = (any(ex.labels[0] for ex in exs), any(ex.labels[1] for ex in exs))
            out.append(Example(feats, labels, index))
    return out


def fit_model(articles: Sequence[Sequence[Example]], meta: dict[str, Any] | None = None,
              pooled: tuple[bool, bool] = POOLED) -> StatementModel:
    """The model fitted on every article's examples: each label on the candidates one by
    one, or on each sentence's pooled features, as ``pooled`` says."""
    flat = fit([ex for a in articles for ex in a], meta=meta)
    if not any(pooled):
        return flat
    whole = fit(_pool(articles))
    weights: dict[str, tuple[float, float]] = {}
    for f in sorted(set(flat.weights) | set(whole.weights)):
        w = [whole.weights.get(f, (0.0, 0.0))[li] if pooled[li]
             else flat.weights.get(f, (0.0, 0.0))[li] for li in (0, 1)]
        weights[f] = (w[0], w[1])
    bias = [whole.bias[li] if pooled[li] else flat.bias[li] for li in (0, 1)]
    return StatementModel(weights, (bias[0], bias[1]), (0.0, 0.0), dict(meta or {}), pooled)


def train_articles(articles: Sequence[Sequence[Example]], meta: dict[str, Any] | None = None,
                   inner: int = INNER_FOLDS, repeat: Sequence[int] | None = None
                   ) -> StatementModel:
    """Fit on every article's examples, with each label's threshold chosen by an inner
    cross-validation over the articles (the F1-best cut of held-out sentence margins).
    ``repeat`` says how many times each article counts in fitting (default once); an
    article's copies always stay in one inner fold, and it is scored once."""
    times = list(repeat) if repeat is not None else [1] * len(articles)
    pairs: tuple[list[tuple[float, bool]], list[tuple[float, bool]]] = ([], [])
    if inner > 1 and len(articles) >= inner:
        for f in range(inner):
            model = fit_model([a for i, a in enumerate(articles) if i % inner != f
                               for _ in range(times[i])])
            for i in range(f, len(articles), inner):
                for exs in _sentences(articles[i]).values():
                    margins = model.sentence_scores([ex.features for ex in exs])
                    for li in (0, 1):
                        pairs[li].append((margins[li], any(ex.labels[li] for ex in exs)))
    model = fit_model([a for i, a in enumerate(articles) for _ in range(times[i])], meta=meta)
    model.thresholds = (_best_threshold(pairs[0]), _best_threshold(pairs[1]))
    return model


def evaluate(parser: Parser, golds: Iterable[GoldArticle]) -> dict[str, Tally]:
    """Score ``parser`` (with whatever model it holds) on gold articles, as score.py would."""
    tallies = {panel: Tally() for panel in PANELS}
    for gold in golds:
        result = parser.analyse(read(parser, gold))
        export = to_dict(build_briefing([result], gold.date, lexicon=parser.lexicon))
        for panel in PANELS:
            items = [[e["sentence"] for e in item["evidence"]] for item in export[panel]]
            tallies[panel].add(match(gold.keys.get(panel, []), items))
    return tallies


# --- folds ------------------------------------------------------------------------------------

_WORDS = re.compile(r"[a-z]{3,}")
# Share of the smaller article's words that the larger one holds, above which the two are
# one story (a repeat or an update): every repeat listed in the training index is above it.
SAME_STORY = 0.65


def _words(gold: GoldArticle) -> frozenset[str]:
    return frozenset(_WORDS.findall(gold.path.read_text(encoding="utf-8", errors="replace").lower()))


def story_groups(golds: Sequence[GoldArticle], threshold: float = SAME_STORY) -> list[int]:
    """A group number per article: near-duplicates (a story and its repeat or update, by
    shared words) share one, so cross-validation never tests on a copy of its training."""
    sigs = [_words(g) for g in golds]
    parent = list(range(len(golds)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sigs)):
        for j in range(i):
            a, b = sigs[i], sigs[j]
            if a and b and len(a & b) >= threshold * min(len(a), len(b)):
                parent[find(i)] = find(j)
    return [find(i) for i in range(len(golds))]


def assign_folds(golds: Sequence[GoldArticle], k: int, groups: list[int]) -> list[int]:
    """A fold number per article: whole groups dealt round-robin in a hashed, stable order."""
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    names = {g: min(golds[i].name for i in ix) for g, ix in members.items()}
    order = sorted(members, key=lambda g: hashlib.sha1(names[g].encode()).hexdigest())
    fold_of = [0] * len(golds)
    for n, g in enumerate(order):
        for i in members[g]:
            fold_of[i] = n % k
    return fold_of


@dataclass
class CVResult:
    """Pooled and per-fold tallies of a cross-validation."""

    pooled: dict[str, Tally]
    per_fold: list[dict[str, Tally]]


def cross_validate(parser: Parser, golds: Sequence[GoldArticle], k: int,
                   extra: Sequence[GoldArticle] = (),
                   train: Callable[[list[list[Example]]], StatementModel] | None = None,
                   log: Callable[[str], None] | None = None, generic: str = "none") -> CVResult:
    """K folds over ``golds``: train on the other folds (and ``extra``, minus any article of
    the held-out fold's stories), score the held-out fold, and pool the counts. ``generic``:
    whether whole sentences are candidates too (the model's mode)."""
    everything = [*golds, *extra]
    groups = story_groups(everything)
    folds = assign_folds(golds, k, groups[:len(golds)])
    saved = parser.model
    parser.model = None
    prepared = [prepare(parser, g, generic) for g in everything]
    pooled = {panel: Tally() for panel in PANELS}
    per_fold: list[dict[str, Tally]] = []
    try:
        for f in range(k):
            held = [i for i in range(len(golds)) if folds[i] == f]
            held_groups = {groups[i] for i in held}
            rows = [p.examples for i, p in enumerate(prepared)
                    if (i >= len(golds) or folds[i] != f) and groups[i] not in held_groups]
            parser.model = (train or train_articles)(rows)
            parser.model.generic = generic
            tallies = evaluate(parser, [golds[i] for i in held])
            per_fold.append(tallies)
            for panel in PANELS:
                pooled[panel].add(tallies[panel])
            if log:
                log(f"fold {f + 1}/{k}: {len(held)} articles, " + ", ".join(
                    f"{panel} {tallies[panel].prf()[2]:.2f}" for panel in PANELS))
    finally:
        parser.model = saved
    return CVResult(pooled, per_fold)


def train_model(parser: Parser, golds: Sequence[GoldArticle], meta: dict[str, Any] | None = None,
                repeat: Sequence[int] | None = None, generic: str = "none") -> StatementModel:
    """The model fitted on every gold article (each ``repeat`` times, default once)."""
    saved = parser.model
    parser.model = None
    try:
        rows = [prepare(parser, g, generic).examples for g in golds]
    finally:
        parser.model = saved
    info = {"articles": len(golds), "examples": sum(len(r) for r in rows)}
    model = train_articles(rows, meta={**info, **(meta or {})}, repeat=repeat)
    model.generic = generic
    return model


def before(gold: GoldArticle, until: dt.date) -> bool:
    """Whether an article belongs to the earlier era of a split model."""
    return gold.date < until


def train_split(parser: Parser, golds: Sequence[GoldArticle], until: dt.date,
                meta: dict[str, Any] | None = None, repeat: Sequence[int] | None = None,
                generic: str = "always", earlier: str = "none") -> StatementModel:
    """Two models in one: for articles dated before ``until``, one fitted on those alone
    (``earlier``: the cues' candidates only); from ``until`` on, one fitted on every article,
    whole sentences candidates too (``generic``). Cross-validated, the 1987 wire and today's
    copy each scored better with a model of their own than with one fitted on both."""
    times = list(repeat) if repeat is not None else [1] * len(golds)
    old = [i for i, g in enumerate(golds) if before(g, until)]
    model = train_model(parser, [golds[i] for i in old], meta={**(meta or {}), "until": str(until)},
                        repeat=[times[i] for i in old], generic=earlier)
    model.later = train_model(parser, golds, meta=meta, repeat=times, generic=generic)
    model.until = until.isoformat()
    return model
