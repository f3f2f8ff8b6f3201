"""The iCalendar export, parsed back by a real iCalendar parser."""

from __future__ import annotations

import datetime as dt
import subprocess

import icalendar

from tests.test_cli import BIN, WIRE


def test_ics_is_valid_with_all_day_events_and_stable_uids(write_articles, tmp_path) -> None:
    folder = write_articles({"talks.txt": WIRE + "A summit is planned for June 15-17.\n"})
    runs = [subprocess.run([BIN, "export", "--format", "ics", str(folder)], capture_output=True,
                           cwd=tmp_path, timeout=60) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs)
    cal = icalendar.Calendar.from_ical(runs[0].stdout)
    events = [c for c in cal.walk("VEVENT")]
    assert {e["DTSTART"].dt for e in events} == {dt.date(2026, 3, 20), dt.date(2026, 6, 15)}
    summit = next(e for e in events if e["DTSTART"].dt == dt.date(2026, 6, 15))
    assert summit["DTEND"].dt == dt.date(2026, 6, 18)  # exclusive end: the 17th is included
    assert "summit" in str(summit["SUMMARY"])
    talks = next(e for e in events if e["DTSTART"].dt == dt.date(2026, 3, 20))
    assert str(talks["SUMMARY"]) == "next round · Olga Brandt"  # who is named with it
    again = icalendar.Calendar.from_ical(runs[1].stdout)
    assert sorted(str(e["UID"]) for e in events) == sorted(
        str(e["UID"]) for e in again.walk("VEVENT"))
    assert all(len(line) <= 75 for line in runs[0].stdout.split(b"\r\n"))


def test_ics_escapes_text(write_articles, tmp_path) -> None:
    folder = write_articles({"t.txt": " date 2026-03-02 Ministers will meet on March 20; a "
                                      "deadline, they said, stands.\n"})
    run = subprocess.run([BIN, "export", "--format", "ics", str(folder)], capture_output=True,
                         cwd=tmp_path, timeout=60)
    event = next(iter(icalendar.Calendar.from_ical(run.stdout).walk("VEVENT")))
    assert "deadline, they said, stands" in str(event["DESCRIPTION"])
