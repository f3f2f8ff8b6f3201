"""Full-screen lists (the timeline, the articles, the side and topic pickers): they open at
once, fill in when their rows are ready, build a row only when it is shown, and filter as you
type after `/`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import ClassVar, overload

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input

from briefing.model import Article, Briefing
from briefing.tui.filters import Filters
from briefing.tui.keys import TypeAheadApp, keys_past_a_filter
from briefing.tui.rows import RowList


class LazyRows(Sequence[Text]):
    """``count`` rows, each built by ``build(index)`` the first time it is asked for."""

    def __init__(self, count: int, build: Callable[[int], Text]) -> None:
        self._count = count
        self._build = build
        self._built: dict[int, Text] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Text: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Text]: ...

    def __getitem__(self, index: int | slice) -> Text | Sequence[Text]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        index %= self._count
        row = self._built.get(index)
        if row is None:
            row = self._built[index] = self._build(index)
        return row


class ListScreen(Screen[None]):
    """A full-screen list: Enter opens the highlighted entry, `/` filters the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="close_list",
                tooltip="Back (first clears the list's filter)"),
        Binding("slash", "find", "Find", id="find_in_list", tooltip="Filter this list"),
        # (a new user's Down did nothing in the timeline's filter, and Enter then opened the
        # first row)
        *keys_past_a_filter(),
    ]

    def __init__(self, title: str, rows: Sequence[Text] | None,
                 on_open: Callable[[int], None], start: int = 0) -> None:
        super().__init__()
        self.title_text = title
        self.rows = rows
        self.on_open = on_open
        self.start = start
        self._shown: list[int] | None = None  # indices kept by the filter, None: every one
        # More text of an entry's that the filter looks in (a timeline row's sentences).
        self.context: Callable[[int], str] | None = None

    def compose(self) -> ComposeResult:
        entries = RowList(id="entries")
        entries.border_title = self.title_text
        yield entries
        yield Input(placeholder="filter this list: type; Escape clears", id="find")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#find").display = False
        entries = self.query_one("#entries", RowList)
        if self.rows is None:
            entries.loading = True
        else:
            self._show(self.start)
        entries.focus()

    def fill(self, title: str, rows: Sequence[Text], start: int = 0) -> None:
        """The rows, once they are ready (the list opened without them)."""
        self.title_text, self.rows = title, rows
        entries = self.query_one("#entries", RowList)
        entries.border_title = title
        entries.loading = False
        self._show(start)

    def _show(self, start: int = 0) -> None:
        entries = self.query_one("#entries", RowList)
        rows = self.rows or []
        shown: Sequence[Text] = rows if self._shown is None else [rows[i] for i in self._shown]
        entries.border_title = (self.title_text if self._shown is None else
                                f"{self.title_text} · {len(shown):,} of {len(rows):,} shown")
        if shown:
            entries.set_rows(shown)
            entries.highlighted = min(start, len(shown) - 1)
        else:
            note = "Nothing to list." if self._shown is None else "Nothing matches the filter."
            entries.set_rows([Text(note)], selectable=False)

    def action_find(self) -> None:
        """Show the filter box."""
        if self.rows is not None:
            box = self.query_one("#find", Input)
            box.display = True
            if isinstance(self.app, TypeAheadApp):
                self.app.type_into(box)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        needle = event.value.strip().lower()
        rows = self.rows or []
        more = self.context
        self._shown = ([i for i in range(len(rows)) if needle in rows[i].plain.lower()
                        or (more is not None and needle in more(i).lower())]
                       if needle else None)
        self._show()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter picks the highlighted match, as Enter on the list would (the storyline
        list's filter does the same); with nothing matching, the list takes the focus."""
        event.stop()
        picked = self._highlighted_entry()
        if picked is not None:
            self.on_open(picked)
            return
        self.query_one("#entries", RowList).focus()

    def _highlighted_entry(self) -> int | None:
        """The index in ``rows`` of the highlighted entry, if the filter leaves any shown."""
        entries = self.query_one("#entries", RowList)
        shown = len(self.rows or []) if self._shown is None else len(self._shown)
        if not shown or entries.highlighted is None:
            return None
        at = entries.highlighted
        return at if self._shown is None else self._shown[at]

    def _leave(self, entries: RowList) -> None:
        """The list takes the focus from the box at once (the keys typed on are its own)."""
        if isinstance(self.app, TypeAheadApp):
            self.app.leave_box(entries)
        else:
            entries.focus()

    def action_move(self, step: int) -> None:
        """Move the highlight by ``step`` rows, within the rows shown."""
        self.query_one("#entries", RowList).move(step)

    def action_edge(self, at: int) -> None:
        """The first (0) or the last (-1) row shown."""
        self.query_one("#entries", RowList).edge(at)

    def action_close(self) -> None:
        """Clear the list's filter if there is one, else go back."""
        box = self.query_one("#find", Input)
        if box.display:
            box.value = ""
            box.display = False
            self._shown = None
            self._show()
            self._leave(self.query_one("#entries", RowList))
        else:
            self.app.pop_screen()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        index = event.index if self._shown is None else self._shown[event.index]
        self.on_open(index)


class ArticleList(ListScreen):
    """The article list: Enter reads an article, `f` shows only its items on the dashboard
    (an analyst checking one wire could not list its items but through the export)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "only_this", "Only its items", id="only_article",
                tooltip="Show only this article's items on the dashboard"),
    ]

    def __init__(self, title: str, rows: Sequence[Text], on_open: Callable[[int], None],
                 on_only: Callable[[int], None]) -> None:
        super().__init__(title, rows, on_open)
        self.on_only = on_only

    def action_only_this(self) -> None:
        """Back to the dashboard, showing only the highlighted article's items."""
        picked = self._highlighted_entry()
        if picked is not None:
            self.app.pop_screen()
            self.on_only(picked)


def articles_listed(briefing: Briefing, filters: Filters) -> list[Article]:
    """The briefing's articles, newest first, undated last; with a filter in force, those its
    items come from."""
    articles = sorted(briefing.articles, key=lambda a: (a.date is not None,
                                                       a.date or dt.date.min), reverse=True)
    others = replace(filters, article=None)  # (the list offers every article to pick)
    if others.active:
        kept = {e.article_id for items in (briefing.participants, briefing.agreed,
                                           briefing.disputes, briefing.dates)
                for item in items if others.keep(item) for e in item.evidence}
        articles = [a for a in articles if a.id in kept]
    return articles
