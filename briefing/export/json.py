"""The JSON export, for programs: the contract in the README's "Export" section."""

from __future__ import annotations

import json
import re
from typing import Any

from briefing.export.serial import RecordForm
from briefing.export.stories import story_dict
from briefing.model import Briefing, DateItem, Evidence, Participant, Statement


def _evidence(items: list[Evidence]) -> list[dict[str, str]]:
    return [{"article": e.article_id, "sentence": e.sentence} for e in items]


# The fields of the contract, in its order.
PARTICIPANT = RecordForm(Participant, ("name", "side", "side_basis", "other_sides", "roles",
                                       "mentions", "first_seen", "last_seen", "evidence"))
STATEMENT = RecordForm(Statement, ("text", "by", "to", "joint", "speaker", "cue", "negated",
                                   "hypothetical", "historical", "topics", "reports",
                                   "first_disputed", "evidence"))
DATE = RecordForm(DateItem, ("start", "end", "expression", "what", "who", "value", "topics",
                             "called_off", "done", "evidence"))


def _plain(form: RecordForm, record: Any) -> dict[str, Any]:
    return dict(zip(form.names, form.values(record, _evidence), strict=True))


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The export as plain data, per the contract, with a ``timeline`` of every dated mention."""
    return {
        "as_of": briefing.as_of.isoformat() if briefing.as_of else None,
        "articles": [
            {"id": a.id, "path": str(a.path), "title": a.title,
             "date": a.date.isoformat() if a.date else None, "warnings": a.warnings}
            for a in briefing.articles
        ],
        "participants": [_plain(PARTICIPANT, p) for p in briefing.participants],
        "agreed": [_plain(STATEMENT, s) for s in briefing.agreed],
        "disputes": [_plain(STATEMENT, s) for s in briefing.disputes],
        "dates": [_plain(DATE, d) for d in briefing.dates],
        "timeline": [_plain(DATE, d) for d in briefing.timeline],
        "storylines": [story_dict(s) for s in briefing.storylines],
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
