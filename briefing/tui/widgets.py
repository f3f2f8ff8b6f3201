"""Textual's list and scroller, answering to the same movement keys as the panels."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import OptionList

from briefing.tui.keys import movement


class Choices(OptionList):
    """A short list of multi-line options (an item's sources) with j/k/g/G."""

    BINDINGS: ClassVar[list[BindingType]] = movement(
        "cursor_down", "cursor_up", "first", "last")


class Scroller(VerticalScroll):
    """Scrolled text (the reader, the help) with j/k/g/G."""

    BINDINGS: ClassVar[list[BindingType]] = movement(
        "scroll_down", "scroll_up", "scroll_home", "scroll_end")
