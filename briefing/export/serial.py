"""The model serialised: records as plain data, and one article's results as compact JSON
for the result cache.

Sentences are stored once per article and referred to by number; every field of every record
is kept, so a decoded result is the one that was encoded.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from briefing.model import (
    Article,
    ArticleResult,
    DateItem,
    Evidence,
    Participant,
    Statement,
    StoryKeys,
)


class RecordForm:
    """How one kind of record is written as plain data: chosen fields, in order, dates in
    ISO form, evidence in the form the caller gives. The cache and the JSON export both
    write records through one of these, each with its own fields."""

    def __init__(self, record: type, names: tuple[str, ...]) -> None:
        self.names = names
        self._get = attrgetter(*names)
        kinds = {f.name: str(f.type) for f in fields(record)}
        self._dates = [i for i, n in enumerate(names) if "dt.date" in kinds.get(n, "")]
        self._evidence = names.index("evidence")

    def values(self, record: Any, evidence: Callable[[list[Evidence]], Any]) -> list[Any]:
        """The record's values for the form's fields."""
        out = list(self._get(record))
        for i in self._dates:
            out[i] = out[i].isoformat() if out[i] else None
        out[self._evidence] = evidence(out[self._evidence])
        return out


# Every field a result needs to be rebuilt (``decode`` reads them in this order).
PARTICIPANT = RecordForm(Participant, ("name", "side", "roles", "mentions", "evidence",
                                       "provisional", "side_basis"))
STATEMENT = RecordForm(Statement, ("text", "cue", "negated", "hypothetical", "historical",
                                   "evidence", "topics", "sides", "by", "to", "settles",
                                   "withdraws", "joint", "speaker", "outsider"))
DATE = RecordForm(DateItem, ("start", "end", "expression", "what", "value", "evidence",
                             "topics", "sides", "called_off", "who", "moves", "parties"))


def encode(result: ArticleResult) -> str:
    """A compact JSON form of one article's results; sentences are stored once."""
    sentences: dict[str, int] = {}

    def ev(items: list[Evidence]) -> list[list[Any]]:
        return [[sentences.setdefault(e.sentence, len(sentences)), [list(s) for s in e.spans]]
                for e in items]

    a = result.article
    data = {
        "a": [a.title, a.date.isoformat() if a.date else None, a.source, a.format, a.warnings,
              a.lead, a.opening],
        "p": [PARTICIPANT.values(p, ev) for p in result.participants],
        "g": [STATEMENT.values(s, ev) for s in result.agreed],
        "d": [STATEMENT.values(s, ev) for s in result.disputes],
        "t": [DATE.values(d, ev) for d in result.dates],
    }
    if result.keys is not None:
        k = result.keys
        data["k"] = [k.parties, k.terms, k.forms]
    data["s"] = list(sentences)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode(data: str, article_id: str, path: Path) -> ArticleResult:
    """Rebuild one article's results; ``article_id`` is the id it has in this run."""
    raw = json.loads(data)
    sentences = raw["s"]

    def ev(items: list[list[Any]]) -> list[Evidence]:
        return [Evidence(article_id, sentences[i], tuple(map(tuple, spans)))
                for i, spans in items]

    title, date, source, fmt, warnings, lead, opening = raw["a"]
    article = Article(article_id, path, title, dt.date.fromisoformat(date) if date else None,
                      source, [], fmt, list(warnings), lead, opening)
    day = dt.date.fromisoformat
    keys = StoryKeys(*raw["k"]) if "k" in raw else None
    return ArticleResult(
        article=article,
        participants=[Participant(n, s, r, m, ev(e), provisional=pv, side_basis=sb)
                      for n, s, r, m, e, pv, sb in raw["p"]],
        agreed=[Statement("agreed", t, ev(e), c, n, h, hi, tp, sides=sd, by=by, to=to,
                          settles=st, withdraws=wd, joint=jt, speaker=sp, outsider=out)
                for t, c, n, h, hi, e, tp, sd, by, to, st, wd, jt, sp, out in raw["g"]],
        disputes=[Statement("dispute", t, ev(e), c, n, h, hi, tp, sides=sd, by=by, to=to,
                            settles=st, withdraws=wd, joint=jt, speaker=sp, outsider=out)
                  for t, c, n, h, hi, e, tp, sd, by, to, st, wd, jt, sp, out in raw["d"]],
        dates=[DateItem(day(a), day(b), x, w, v, ev(e), tp, sd, called_off=co, who=wh, moves=mv,
                        parties=pt)
               for a, b, x, w, v, e, tp, sd, co, wh, mv, pt in raw["t"]],
        keys=keys,
    )
