"""The iCalendar export: the upcoming dates, for calendar apps (RFC 5545)."""

from __future__ import annotations

import datetime as dt
import hashlib

from briefing.model import Briefing, DateItem


def _ics_text(text: str) -> str:
    """Text for an iCalendar value: escaped, no control characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continued with a leading space (RFC 5545, 3.1)."""
    out: list[str] = []
    current = ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def summary(d: DateItem) -> str:
    """An event's title that says what is due: a one-word label ("review") keeps the
    article's own words for the date beside it; the parties named with it follow."""
    what = d.what if len(d.what.split()) >= 2 else (
        f"{d.what}: {d.expression}" if d.what else d.expression)
    return d.with_parties(what)


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
                  f"SUMMARY:{_ics_text(summary(d))}",
                  f"DESCRIPTION:{_ics_text(d.expression)}\\n{sources}",
                  "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
