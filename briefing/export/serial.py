"""The model serialised: one article's results as compact JSON, for the result cache.

Sentences are stored once per article and referred to by number; every field of every record
is kept, so a decoded result is the one that was encoded.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from briefing.model import (
    Article,
    ArticleResult,
    DateItem,
    Evidence,
    Participant,
    Statement,
)


def encode(result: ArticleResult) -> str:
    """A compact JSON form of one article's results; sentences are stored once."""
    sentences: dict[str, int] = {}

    def ev(items: list[Evidence]) -> list[list[Any]]:
        return [[sentences.setdefault(e.sentence, len(sentences)), [list(s) for s in e.spans]]
                for e in items]

    a = result.article
    data = {
        "a": [a.title, a.date.isoformat() if a.date else None, a.source, a.format, a.warnings],
        "p": [[p.name, p.side, p.roles, p.mentions, ev(p.evidence), p.provisional]
              for p in result.participants],
        "g": [[s.text, s.cue, s.negated, s.hypothetical, s.historical, ev(s.evidence), s.topics,
               s.sides] for s in result.agreed],
        "d": [[s.text, s.cue, s.negated, s.hypothetical, s.historical, ev(s.evidence), s.topics,
               s.sides] for s in result.disputes],
        "t": [[d.start.isoformat(), d.end.isoformat(), d.expression, d.what, d.value,
               ev(d.evidence), d.topics, d.sides] for d in result.dates],
    }
    data["s"] = list(sentences)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode(data: str, article_id: str, path: Path) -> ArticleResult:
    """Rebuild one article's results; ``article_id`` is the id it has in this run."""
    raw = json.loads(data)
    sentences = raw["s"]

    def ev(items: list[list[Any]]) -> list[Evidence]:
        return [Evidence(article_id, sentences[i], tuple(map(tuple, spans)))
                for i, spans in items]

    title, date, source, fmt, warnings = raw["a"]
    article = Article(article_id, path, title, dt.date.fromisoformat(date) if date else None,
                      source, [], fmt, list(warnings))
    day = dt.date.fromisoformat
    return ArticleResult(
        article=article,
        participants=[Participant(n, s, r, m, ev(e), provisional=pv)
                      for n, s, r, m, e, pv in raw["p"]],
        agreed=[Statement("agreed", t, ev(e), c, n, h, hi, tp, sides=sd)
                for t, c, n, h, hi, e, tp, sd in raw["g"]],
        disputes=[Statement("dispute", t, ev(e), c, n, h, hi, tp, sides=sd)
                  for t, c, n, h, hi, e, tp, sd in raw["d"]],
        dates=[DateItem(day(a), day(b), x, w, v, ev(e), tp, sd)
               for a, b, x, w, v, e, tp, sd in raw["t"]],
    )
