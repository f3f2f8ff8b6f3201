"""The JSON export: the contract of EXPORT.md, for programs."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from briefing.model import Briefing, DateItem, Evidence, Participant, Statement


def _evidence(items: list[Evidence]) -> list[dict[str, str]]:
    return [{"article": e.article_id, "sentence": e.sentence} for e in items]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _participant(p: Participant) -> dict[str, Any]:
    return {"name": p.name, "side": p.side, "roles": p.roles, "mentions": p.mentions,
            "first_seen": _iso(p.first_seen), "last_seen": _iso(p.last_seen),
            "evidence": _evidence(p.evidence)}


def _statement(s: Statement) -> dict[str, Any]:
    return {"text": s.text, "cue": s.cue, "negated": s.negated, "hypothetical": s.hypothetical,
            "historical": s.historical, "topics": s.topics, "reports": s.reports,
            "first_disputed": _iso(s.first_disputed), "evidence": _evidence(s.evidence)}


def _date(d: DateItem) -> dict[str, Any]:
    return {"start": d.start.isoformat(), "end": d.end.isoformat(), "expression": d.expression,
            "what": d.what, "value": d.value, "topics": d.topics,
            "evidence": _evidence(d.evidence)}


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The export as plain data, per EXPORT.md, with a ``timeline`` of every dated mention."""
    return {
        "as_of": briefing.as_of.isoformat() if briefing.as_of else None,
        "articles": [
            {"id": a.id, "path": str(a.path), "title": a.title,
             "date": a.date.isoformat() if a.date else None, "warnings": a.warnings}
            for a in briefing.articles
        ],
        "participants": [_participant(p) for p in briefing.participants],
        "agreed": [_statement(s) for s in briefing.agreed],
        "disputes": [_statement(s) for s in briefing.disputes],
        "dates": [_date(d) for d in briefing.dates],
        "timeline": [_date(d) for d in briefing.timeline],
    }


_C1 = re.compile("[\x7f-\x9f]")


def to_json(briefing: Briefing) -> str:
    """The JSON export, compact: it is for programs (Markdown is the one for people).

    JSON escapes C0 control characters itself; DEL and the C1 range (a file name may hold
    U+009B, a one-character escape sequence) are escaped too, so printing it is safe."""
    text = json.dumps(to_dict(briefing), ensure_ascii=False, separators=(",", ":"))
    if _C1.search(text):
        text = _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text
