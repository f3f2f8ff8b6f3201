"""Exporters: the JSON contract of EXPORT.md and a readable Markdown briefing."""

from __future__ import annotations

import datetime as dt
import hashlib
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


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def md_escape(text: str) -> str:
    """Article text made inert in Markdown: no emphasis, links, HTML or control characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return _MD_SPECIAL.sub(r"\\\1", text)


def _sources(briefing: Briefing, evidence: list[Evidence]) -> list[str]:
    lines = []
    for ev in evidence:
        art = briefing.article(ev.article_id)
        where = md_escape(art.label) if art else md_escape(ev.article_id)
        when = f", {art.date.isoformat()}" if art and art.date else ""
        lines.append(f"    - {where}{when}: “{md_escape(ev.sentence)}”")
    return lines


def to_markdown(briefing: Briefing) -> str:
    """A readable briefing: the four sections, each item with its sources."""
    as_of = briefing.as_of.isoformat() if briefing.as_of else "undated"
    out = [f"# Briefing as of {as_of}", "",
           f"{len(briefing.articles)} articles, {len(briefing.warnings)} warnings.", ""]
    out += ["## Participants", ""]
    for p in briefing.participants:
        role = f", {md_escape(p.main_role)}" if p.main_role else ""
        out.append(f"- **{md_escape(p.name)}** ({md_escape(p.side or 'side unknown')}{role}), "
                   f"{p.mentions} mentions")
        out += _sources(briefing, p.evidence[:1])
    for title, items in (("Agreed", briefing.agreed), ("Open disputes", briefing.disputes)):
        out += ["", f"## {title}", ""]
        for s in items:
            notes = [f"{s.reports} reports"] if s.reports > 1 else []
            if s.first_disputed:
                notes.append(f"disputed since {s.first_disputed.isoformat()}")
            if s.topics:
                notes.append(", ".join(s.topics))
            extra = f" ({md_escape('; '.join(notes))})" if notes else ""
            out.append(f"- {md_escape(s.text)}{extra}")
            out += _sources(briefing, s.evidence)
    out += ["", "## Upcoming dates", ""]
    for d in briefing.dates:
        span = d.start.isoformat() if d.start == d.end else f"{d.start} to {d.end}"
        out.append(f"- **{span}**: {md_escape(d.what)} ({md_escape(d.expression)})")
        out += _sources(briefing, d.evidence)
    if briefing.warnings:
        out += ["", "## Warnings", ""]
        out += [f"- {md_escape(a.path.name)}: {md_escape(w)}" for a, w in briefing.warnings]
    return "\n".join(out) + "\n"


def _ics_text(text: str) -> str:
    """Text for an iCalendar value: escaped, no control characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continued with a leading space (RFC 5545, 3.1)."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def to_ics(briefing: Briefing, now: dt.datetime | None = None) -> str:
    """The upcoming dates as an iCalendar file: all-day events, stable UIDs, the period's end.

    A UID is a hash of the period and what is due, so re-importing updates the same event.
    """
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//briefing//briefing//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for d in briefing.dates:
        uid = hashlib.sha1(f"{d.start}|{d.end}|{d.what}".encode()).hexdigest()[:20]
        sources = "\\n".join(_ics_text(e.sentence) for e in d.evidence[:5])
        lines += ["BEGIN:VEVENT", f"UID:{uid}@briefing", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{d.start:%Y%m%d}",
                  # DTEND is exclusive for all-day events: the day after the period ends.
                  f"DTEND;VALUE=DATE:{d.end + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_ics_text(d.what or d.expression)}",
                  f"DESCRIPTION:{_ics_text(d.expression)}\\n{sources}",
                  "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
