"""Textual's list and scroller, answering to the same movement keys as the panels."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList

from briefing.tui.keys import movement

# Columns, lines: below this the stacked panels cannot show a row each (under a filter's bar,
# one line high in a terminal shorter than ``SHORT``).
MIN_SIZE, SHORT = (44, 15), 24


class Choices(OptionList):
    """A short list of multi-line options (an item's sources) with j/k/g/G; Enter opens one
    (named here, so the help lists it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *movement("cursor_down", "cursor_up", "first", "last"),
        Binding("enter", "select", "Open", show=False, id="open_source",
                tooltip="Open the article at this source's sentence")]


class Scroller(VerticalScroll):
    """Scrolled text (the reader, the help) with j/k/g/G."""

    BINDINGS: ClassVar[list[BindingType]] = movement(
        "scroll_down", "scroll_up", "scroll_home", "scroll_end", scroll=True)


class SmallTerminal:
    """The panels hide on a terminal too small for them (the screen's ``-too-small`` class),
    and the focus hides with them: it comes back to where it was when the terminal grows."""

    def __init__(self) -> None:
        self.before: Widget | None = None

    def resize(self, base: Screen[object], small: bool, fallback: Callable[[], Widget]) -> None:
        """Show or hide the panels of ``base`` for its new size; ``fallback`` gives the
        widget to focus when the one focused before is gone."""
        was = base.has_class("-too-small")
        if small and not was:
            self.before = base.focused
        base.set_class(small, "-too-small")
        if was and not small and base.focused is None:
            before = self.before
            base.set_focus(before if before is not None and before.is_attached else fallback())
