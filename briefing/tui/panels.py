"""The four panels: one row list each, one line per item, text shown literally."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rich.text import Text

from briefing.language.morphology import count_of
from briefing.model import (
    JOINT,
    TOWARDS,
    Article,
    Briefing,
    DateItem,
    Item,
    Participant,
    Statement,
)
from briefing.text.controls import visible_name
from briefing.text.windows import around
from briefing.tui.header import clip as _clip
from briefing.tui.rows import RowList


@dataclass(frozen=True)
class PanelSpec:
    """What a panel is called and what it says when it has nothing."""

    key: str
    title: str
    empty: str
    columns: str = ""  # what the row's columns are, under the panel


PANELS = (
    PanelSpec("participants", "Participants",
              "No participants found: no named negotiators, ministers or spokespeople.",
              "name · side · mentions · role"),
    PanelSpec("agreed", "Agreed", "Nothing agreed or settled in these articles yet.",
              "first reported · who ▸ to whom · what"),
    PanelSpec("disputes", "Open disputes", "No open demands, objections or threats found.",
              "first reported · who ▸ to whom · what"),
    PanelSpec("dates", "Upcoming dates", "No meetings or deadlines ahead of the as-of date.",
              "date · how soon · what is due"),
)




_SUFFIX = re.compile(r"^(?:[IVX]+|[JS]r\.?)$")  # "James A. Baker III", "Joseph Kennedy Jr."


def clip_name(name: str, width: int) -> str:
    """A person's name in ``width`` columns: the given names shortened to initials first
    ("M. S. Naess"), so the surname other reports use stays whole, with its suffix ("J. A.
    Baker III", not "J. A. B. III"); clipped only then."""
    words = name.split()
    last = len(words) - 1
    while last > 0 and _SUFFIX.match(words[last]):
        last -= 1
    for n in range(last):
        if len(" ".join(words)) <= width:
            break
        if words[n][:1].isalpha():
            words[n] = words[n][0] + "."
    return _clip(" ".join(words), width)


def _clip_sides(sides: list[str], mark: str, width: int) -> str:
    """"Japan ▸ United States" in ``width`` columns: each side clipped alike, the mark kept."""
    joiner = f" {mark} "
    whole = joiner.join(sides)
    if len(whole) <= width:
        return whole
    room = width - len(joiner) * (len(sides) - 1)
    # A short side keeps its name whole; the longer share what it leaves.
    kept: dict[int, int] = {}
    for i in sorted(range(len(sides)), key=lambda n: len(sides[n])):
        kept[i] = max(4, min(len(sides[i]), room // (len(sides) - len(kept))))
        room -= kept[i]
    return joiner.join(_clip(side, kept[i]) for i, side in enumerate(sides))


def participant_row(p: Participant, name_width: int = 22, side_width: int = 15) -> Text:
    """``Name  Side  N×  Role`` as plain, literal text."""
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(clip_name(p.name, name_width).ljust(name_width), style="bold")
    row.append(" " + _clip(p.side or "side unknown", side_width).ljust(side_width), style="italic")
    row.append(f" {p.mentions:>3}× ", style="dim")
    row.append(" " + p.main_role)
    return row


NARROW_PANEL = 50  # columns under which a statement row clips its sides
HALF_PANEL = 80  # ... under which they have a third of the row (a half-width panel)
WHOLE_SIDES = 60  # the room for a statement row's sides elsewhere: in practice, all of them


def parties_width(width: int) -> int:
    """The room a statement row gives its sides ("Japan ▸ United States:") in a panel
    ``width`` columns wide: in a narrow one, under half, and a third in a half-width one, so
    that what was said keeps room after the date."""
    if 0 < width < NARROW_PANEL:
        return max(12, width // 2 - 7)
    return width // 3 if 0 < width < HALF_PANEL else WHOLE_SIDES


def _short_sides(sides: list[str], short: dict[str, str], width: int) -> list[str]:
    """The sides as abbreviations ("UK ▸ India") in a row with less than ``WHOLE_SIDES``
    columns for them: every row alike, not "United Kingdom" above "UK ▸ India"."""
    if width >= WHOLE_SIDES or not short:
        return sides
    return [short.get(side, side) for side in sides]


def statement_row(s: Statement, briefing: Briefing, parties: int = WHOLE_SIDES) -> Text:
    """``date  (N reports:)  Side ▸ Side:  text`` as plain, literal text; the sides clipped
    to ``parties`` columns."""
    art = briefing.article(s.evidence[0].article_id) if s.evidence else None
    when = art.date.isoformat() if art and art.date else "undated"
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(when, style="dim")
    if s.first_disputed:
        # A short mark: in a half-width panel the long one left no room for what was settled
        # (the heading of the item's detail view tells since when it was disputed).
        row.append("  settled:", style="italic")
    elif s.reports > 1:  # (a settled point's reports are its dispute's too: the detail counts)
        row.append(f"  {s.reports} reports:", style="dim")
    if s.by:
        shown = _short_sides([s.by, s.to] if s.to else [s.by], briefing.side_short, parties)
        mark = JOINT if s.joint else TOWARDS
        row.append(f"  {_clip_sides(shown, mark, parties)}:", style="bold")
    # The item's text is the whole clause: in a row, start a few words before the cue.
    at = s.text.lower().find(s.cue.lower()) if s.cue else -1
    row.append("  " + around(s.text, at))
    return row


def name_width(articles: list[Article]) -> int:
    """The width of the articles list's file-name column: the longest name, 32 at most."""
    return min(32, max((len(a.path.name) for a in articles), default=0))


def article_row(art: Article, names: int) -> Text:
    """``date  file name  headline  (N warnings)`` as plain, literal text. The name comes
    before the headline, which a lead sentence makes long: at its end it was cut to a few
    letters."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append((art.date.isoformat() if art.date else "undated").ljust(12), style="bold")
    # Every row has the column, so the headlines stand in line; blank where the headline is
    # the file's name already (no title, no text).
    name = visible_name(art.path.name) if art.title or art.lead else ""
    line.append(_clip(name, names).ljust(names) + "  ", style="dim")
    line.append(art.headline)
    if art.warnings:
        line.append(f"  ({count_of(len(art.warnings), 'warning')})", style="italic")
    return line


SOON_DAYS = 7


def when_of(d: DateItem) -> str:
    """A date's day or period as a row shows it ("2026-03-02", "2026-03-02…03-06")."""
    if d.start == d.end:
        return d.start.isoformat()
    if d.start.year == d.end.year:
        return f"{d.start:%Y-%m-%d}…{d.end:%m-%d}"
    # A period across the new year: both years, or it reads as running backwards.
    return f"{d.start:%Y-%m-%d}…{d.end:%Y-%m-%d}"


def when_width(dates: list[DateItem]) -> int:
    """The width of the date column of some rows: the widest of them, 16 at least."""
    return max([16, *(len(when_of(d)) for d in dates)])


def how_long(days: int) -> str:
    """A span of days in at most four characters, so "how soon" keeps its column: days up
    to 99 ("45d"), then months to two years ("14mo"), then years ("3y")."""
    if days < 100:
        return f"{days}d"
    if days < 730:
        return f"{round(days / 30.44)}mo"
    return f"{days // 365}y"


def date_row(d: DateItem, as_of: dt.date | None, width: int = 16) -> Text:
    """``date  (in N d)  what`` as plain, literal text; a date due within a week stands out.
    ``width``: the date column's, the same for every row of a list (``when_width``)."""
    when = when_of(d)
    soon = as_of is not None and 0 <= (d.start - as_of).days <= SOON_DAYS
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(when.ljust(width), style="bold reverse" if soon else "bold")
    if as_of:
        days = (d.start - as_of).days
        if days > 0:
            label = f"in {how_long(days)}"
        elif d.end < as_of:
            label = f"{how_long((as_of - d.end).days)} ago"
        else:
            label = "now"
        row.append(f" {label:>8}", style="bold" if soon else "italic")
    if d.called_off:
        label = "called off" if d.end >= (as_of or d.end) else "was called off"
        row.append(f"  {label}:", style="bold red")
    elif d.done:
        row.append("  reported done:", style="bold green")
    row.append("  " + d.label)
    return row


def _most(lengths: list[int], default: int) -> int:
    """The length nine in ten values keep to: a few long names are clipped ("…"), rather
    than every row's role squeezed for them."""
    if not lengths:
        return default
    ordered = sorted(lengths)
    return ordered[(len(ordered) - 1) * 9 // 10]


def column_widths(people: list[Participant], width: int) -> tuple[int, int]:
    """The name and side columns of the Participants panel: as wide as its longest name
    and side (at most 24 and 16) when the role keeps room in a panel ``width`` wide (0
    before it is laid out); else as wide as most names and sides, and then shared out."""
    names = [len(p.name) for p in people]
    sides = [len(p.side or "side unknown") for p in people]
    name, side = min(max(names, default=10), 24), min(max(sides, default=8), 16)
    room = width - 8 - max(12, width // 4)  # less the mentions column and the role's room
    if width <= 0 or name + side <= room:
        return name, side
    name, side = min(name, _most(names, 10)), min(side, _most(sides, 8))
    if name + side <= room:
        return name, side
    share = max(8, room * 3 // 5)
    return min(name, share), min(side, max(6, room - share))


class PanelList(RowList):
    """One panel: a focusable list of items, one row each."""

    def __init__(self, spec: PanelSpec) -> None:
        super().__init__(id=spec.key)
        self.spec = spec
        self.items: list[Item] = []
        self._widths = (22, 15)
        self._parties = parties_width(0)
        self._when = 16
        self._shown: tuple[list[Item], Briefing, int | None, set[int] | None] | None = None
        self._rows_kept: dict[int, tuple[Item, object, Text]] = {}
        self.border_title = spec.title
        self.border_subtitle = spec.columns

    def waiting(self, on: bool = True) -> None:
        """A still note while the articles are read (an animated loading indicator in each
        panel kept the interpreter drawing, and the parse beside it slowed by a sixth), or,
        ``on`` false, the panel's note of having nothing."""
        self.items, self._shown = [], None
        note = Text("Reading the articles…", style="italic dim") if on else Text(self.spec.empty)
        self.set_rows([note], selectable=False)

    def _since_last_report(self, briefing: Briefing, total: int | None) -> str:
        """For an empty Upcoming panel of articles that end before as-of, how many dates
        fell due since their last report, and how to see them."""
        passed = briefing.passed_since_last_report() if self.spec.key == "dates" and not total \
            else None
        if not passed or not passed[1]:
            return ""
        last, count = passed
        return (f" {count} fell due after the last report here ({last.isoformat()}): press l "
                f"for the timeline, or run with --as-of {last.isoformat()} to see them ahead.")

    def show(self, items: list[Item], briefing: Briefing, total: int | None = None,
             new: set[int] | None = None) -> None:
        """Replace the panel's items, keeping the highlight where it was when possible.

        ``total`` is the count before filtering; ``new`` the ids of items new since last time.
        """
        self.items = list(items)
        count = f"{len(items)} of {total}" if total is not None and total != len(items) else (
            f"{len(items)}")
        fresh = sum(1 for i in items if new and id(i) in new)
        self.border_title = f"{self.spec.title} ({count}{f', {fresh} new' if fresh else ''})"
        if not items:
            self._shown = None  # not redrawn from the last items on a resize
            empty = self.spec.empty if not total else "Nothing matches the filter."
            self.set_rows([Text(empty + self._since_last_report(briefing, total))],
                          selectable=False)
            return
        self._shown = (items, briefing, total, new)
        people = [i for i in items if isinstance(i, Participant)]
        self._widths = column_widths(people, self.size.width)
        self._when = when_width([i for i in items if isinstance(i, DateItem)])
        self._parties = parties_width(self.size.width)
        # Rows are kept between refreshes: after a live update most items are the same
        # objects, and building 10,000 rows again is most of the cost of showing them.
        kept, self._rows_kept = self._rows_kept, {}
        context = (briefing.as_of, self._widths, self._when, self._parties, bool(fresh))
        rows = []
        for item in items:
            marked = bool(new and id(item) in new)
            held = kept.get(id(item))
            if held is not None and held[0] is item and held[1] == (context, marked):
                row = held[2]
            else:
                row = self._row(item, briefing)
                if fresh:  # every row keeps the mark's two columns: the columns stay aligned
                    row = Text.assemble(("● " if marked else "  ", "bold"), row, no_wrap=True,
                                        overflow="ellipsis")
            self._rows_kept[id(item)] = (item, (context, marked), row)
            rows.append(row)
        self.set_rows(rows)

    def on_resize(self) -> None:
        """Columns sized for another width: the rows again, sized for this one (a terminal
        resized, the panel shown before it was laid out). (Textual calls RowList's handler
        too: every class's in the MRO.)"""
        if self._shown is not None:
            people = [i for i in self._shown[0] if isinstance(i, Participant)]
            if (people and column_widths(people, self.size.width) != self._widths) or (
                    parties_width(self.size.width) != self._parties):
                self.show(*self._shown)

    def _row(self, item: Item, briefing: Briefing) -> Text:
        if isinstance(item, Participant):
            return participant_row(item, *self._widths)
        if isinstance(item, Statement):
            return statement_row(item, briefing, self._parties)
        return date_row(item, briefing.as_of, self._when)

    @property
    def current(self) -> Item | None:
        """The highlighted item, if the panel has any."""
        if self.items and self.highlighted is not None and self.highlighted < len(self.items):
            return self.items[self.highlighted]
        return None


def item_heading(item: Item) -> str:
    """One line that names an item, for the detail view and the clipboard."""
    if isinstance(item, Participant):
        roles = "; ".join(item.roles) or "no role given"
        seen = ""
        if item.first_seen and item.last_seen:
            seen = (f", seen {item.first_seen}" if item.first_seen == item.last_seen else
                    f", seen {item.first_seen} to {item.last_seen}")
        return (f"{item.name} — {item.side or 'side unknown'} — {roles} "
                f"({count_of(item.mentions, 'mention')}{seen}){_side_note(item)}")
    if isinstance(item, Statement):
        kind = "Agreed" if item.kind == "agreed" else "Dispute"
        parties = ", ".join(x for x in (item.speaker, item.parties) if x)
        who = f" ({parties})" if parties else ""
        since = (f" — settled, disputed since {item.first_disputed:%Y-%m-%d}"
                 if item.first_disputed else "")
        return f"{kind}{who}: {item.text}{since}"
    span = item.start.isoformat() if item.start == item.end else f"{item.start} to {item.end}"
    off = (f" — called off or moved: {item.called_off}" if item.called_off else
           f" — reported done: {item.done}" if item.done else "")
    return f"{span}: {item.label} (“{item.expression}”){off}"


# What decided a person's side, as the detail view says it (``model.SIDE_BASES``).
BASIS_TEXT = {"role": "a role that names it", "office": "an office they held",
              "title": "a title only that side uses", "around": "the sides named around them",
              "place": "the places named around them", "article": "the side the article names most"}


def _side_note(p: Participant) -> str:
    """When articles disagree on a person's side: which side was kept, on what, and the rest."""
    if not p.other_sides:
        return ""
    others = ", ".join(f"{side} in {count_of(n, 'article')}" for side, n in p.other_sides)
    basis = BASIS_TEXT.get(p.side_basis, "most articles")
    return f"; side from {basis}, though some articles say {others}"


def item_as_text(item: Item, briefing: Briefing) -> str:
    """An item with its sources, as plain text for the clipboard."""
    lines = [item_heading(item)]
    for ev in item.evidence:
        art = briefing.article(ev.article_id)
        label = art.label if art else visible_name(ev.article_id)
        date = f", {art.date.isoformat()}" if art and art.date else ""
        lines.append(f"  — {label}{date}: {ev.sentence}")
    return "\n".join(lines)
