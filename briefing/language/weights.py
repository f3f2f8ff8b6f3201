"""The statement model's weights: language knowledge learned from annotations, not written.

A linear model over sparse features scores each candidate clause for ``agreed`` and for
``dispute`` (see ``briefing.core.extract.statement_model``). This module holds only the data
and its file format, so the config can check a ``model:`` file, the parser can score with
it and ``briefing train`` can write one, each from its own layer. The packaged model is
``briefing/data/statement_model.json``; inference is a dictionary look-up per feature.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

FORMAT = "briefing-statement-model/1"
PACKAGED = "data/statement_model.json"
RULES = "rules"  # the config value that turns the model off: the cue rules alone decide
LABELS = ("agreed", "dispute")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


class ModelError(ValueError):
    """A model file that cannot be used; ``str()`` says why in a few words."""


@dataclass
class StatementModel:
    """Weights per feature for each label, a bias and a decision threshold per label."""

    weights: dict[str, tuple[float, float]]
    bias: tuple[float, float] = (0.0, 0.0)
    thresholds: tuple[float, float] = (0.0, 0.0)
    meta: dict[str, Any] = field(default_factory=dict)
    # Per label: whether it scores the sentence's pooled features (every candidate's, once)
    # rather than each candidate on its own (the best one decides).
    pooled: tuple[bool, bool] = (False, False)
    # Whether a whole sentence is a candidate too: "none", "fallback" (where no cue or
    # candidate word stands) or "always" (beside them).
    generic: str = "none"
    # A second model for articles dated on or after ``until`` (ISO): writing changed between
    # the 1987 wire and today's copy, and one model for both fitted each worse.
    until: str | None = None
    later: StatementModel | None = None

    def for_day(self, day: dt.date | None) -> StatementModel:
        """The model for an article of ``day`` (this one, or ``later`` from ``until`` on)."""
        if self.later is not None and self.until and day is not None and \
                day.isoformat() >= self.until:
            return self.later
        return self

    @property
    def fingerprint(self) -> str:
        """A short digest of what the model decides with (for the cache key)."""
        parts: list[Any] = [sorted(self.weights.items()), self.bias, self.thresholds, self.pooled]
        if self.generic != "none" or self.later is not None:  # older models keep their digest
            parts += [self.generic, self.until, self.later and self.later.fingerprint]
        blob = json.dumps(parts)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def scores(self, features: list[str]) -> tuple[float, float]:
        """The margin of each label over its threshold (positive: the label holds).

        Summed exactly (``math.fsum``): a plain sum depends on the features' order, which can
        come from a set, and a margin near zero would then flip from one run to the next."""
        found = list(filter(None, map(self.weights.get, features)))  # a weight is a pair
        a = math.fsum(chain((self.bias[0],), map(_FIRST, found)))
        d = math.fsum(chain((self.bias[1],), map(_SECOND, found)))
        return a - self.thresholds[0], d - self.thresholds[1]

    def sentence_scores(self, rows: list[list[str]]) -> tuple[float, float, int, int]:
        """A sentence's margin for each label, and the candidate (index in ``rows``) that
        scores best on its own for each: the item's cue."""
        per = [self.scores(row) for row in rows]
        best = [0, 0]
        for i, (a, d) in enumerate(per):
            if a > per[best[0]][0]:
                best[0] = i
            if d > per[best[1]][1]:
                best[1] = i
        margins = [per[best[0]][0], per[best[1]][1]]
        if any(self.pooled):
            both = self.scores(sorted({f for row in rows for f in row}))
            margins = [both[li] if self.pooled[li] else margins[li] for li in (0, 1)]
        return margins[0], margins[1], best[0], best[1]

    def to_json(self) -> str:
        """The model as a compact, stable JSON document (weights rounded, zeros dropped)."""
        return json.dumps(self._doc(), sort_keys=True, separators=(",", ":")) + "\n"

    def _doc(self) -> dict[str, Any]:
        weights = {f: [round(w[0], 3), round(w[1], 3)] for f, w in sorted(self.weights.items())
                   if abs(w[0]) >= 1e-3 or abs(w[1]) >= 1e-3}
        doc: dict[str, Any] = {
            "format": FORMAT, "labels": list(LABELS), "bias": [round(b, 4) for b in self.bias],
            "thresholds": [round(t, 4) for t in self.thresholds], "meta": self.meta,
            "pooled": list(self.pooled), "weights": weights}
        if self.generic != "none":
            doc["generic"] = self.generic
        if self.later is not None:
            doc["until"] = self.until
            doc["later"] = self.later._doc()
        return doc

    @classmethod
    def from_json(cls, text: str) -> StatementModel:
        """Read a model written by ``to_json``; ``ModelError`` if it is not one."""
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise ModelError(f"not JSON ({exc})") from None
        return cls._from_doc(doc)

    @classmethod
    def _from_doc(cls, doc: Any) -> StatementModel:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ModelError(f"not a statement model (format {FORMAT!r} expected)")
        try:
            weights = {str(f): (float(w[0]), float(w[1])) for f, w in doc["weights"].items()}
            bias = (float(doc["bias"][0]), float(doc["bias"][1]))
            thresholds = (float(doc["thresholds"][0]), float(doc["thresholds"][1]))
            pooled = (bool(doc.get("pooled", [0, 0])[0]), bool(doc.get("pooled", [0, 0])[1]))
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            raise ModelError("a model whose weights, bias or thresholds are malformed") from None
        generic, until = doc.get("generic", "none"), doc.get("until")
        if generic not in GENERIC_MODES:
            raise ModelError(f"'generic' is {generic!r}: one of {', '.join(GENERIC_MODES)}")
        later = cls._from_doc(doc["later"]) if "later" in doc else None
        if later is not None and not _is_iso_day(until):
            raise ModelError("'until' must be a date (YYYY-MM-DD) when a 'later' model is given")
        meta = doc.get("meta")
        return cls(weights, bias, thresholds, meta if isinstance(meta, dict) else {}, pooled,
                   generic, until, later)


GENERIC_MODES = ("none", "fallback", "always")


def _is_iso_day(value: Any) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


_LOADED: dict[str, StatementModel] = {}


def packaged_model_exists() -> bool:
    """Whether the package holds a trained model."""
    return resources.files("briefing").joinpath(PACKAGED).is_file()


def load_model(path: Path | None = None) -> StatementModel:
    """The model in ``path``, else the packaged one (each read once per process)."""
    key = str(path) if path else ":packaged:"
    if key not in _LOADED:
        if path is None:
            text = resources.files("briefing").joinpath(PACKAGED).read_text("utf-8")
        else:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ModelError(f"cannot be read ({getattr(exc, 'strerror', None) or exc})"
                                 ) from None
        _LOADED[key] = StatementModel.from_json(text)
    return _LOADED[key]


def forget_models() -> None:
    """Read model files again on the next ``load_model`` (after one was rewritten)."""
    _LOADED.clear()
