"""A list of one-line rows that shows tens of thousands at the cost of the few in view.

Built on Textual's public Line API (``ScrollView.render_line``): a row is rendered only when
it is on screen, and nothing is measured, because every row is one line. OptionList measures
every option's height first, which costs seconds on a large corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.keys import movement


class RowList(ScrollView, can_focus=True):
    """Rows of text, one line each, with a highlighted row that the keys move."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *movement("cursor_down", "cursor_up", "first", "last"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="page_up",
                tooltip="A screenful of items up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="page_down",
                tooltip="A screenful of items down"),
        Binding("enter", "select", "Open", id="open",
                tooltip="Open the item: every sentence it came from"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--highlight", "row-list--note"}
    DEFAULT_CSS = """
    RowList {
        height: 1fr;
        background: $surface;
    }
    RowList > .row-list--highlight {
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
        text-style: $block-cursor-blurred-text-style;
    }
    RowList:focus > .row-list--highlight {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    RowList > .row-list--note {
        text-style: italic;
    }
    """

    highlighted: reactive[int | None] = reactive[int | None](None)

    class Selected(Message):
        """Enter (or a click) on a row."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            """The list the row belongs to."""
            return self.row_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: Sequence[Text] = []
        self.selectable = True

    # -- content ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Text], selectable: bool = True) -> None:
        """Show these rows; ``selectable=False`` for a note such as "nothing here"."""
        self._rows = rows
        self.selectable = selectable and bool(rows)
        self.virtual_size = Size(self.virtual_size.width, len(rows))
        self.highlighted = (min(self.highlighted or 0, len(rows) - 1) if self.selectable
                            else None)
        self.refresh()

    @property
    def row_count(self) -> int:
        """How many rows the list holds."""
        return len(self._rows)

    def row_at(self, index: int) -> Text:
        """The row at ``index``, as given."""
        return self._rows[index]

    # -- rendering ----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._rows):
            return Strip.blank(width, base)
        text = self._rows[index].copy()
        text.truncate(max(width, 1), overflow="ellipsis", pad=True)
        if not self.selectable:
            text.stylize(self.get_component_rich_style("row-list--note"))
        elif index == self.highlighted:
            text.stylize(self.get_component_rich_style("row-list--highlight"))
        text.stylize_before(base)
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.crop_extend(scroll_x, scroll_x + width, base)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._rows)

    # -- the highlight ------------------------------------------------------------------------
    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self._rows or not self.selectable:
            return None
        return max(0, min(value, len(self._rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if new is not None:
            self.scroll_to_row(new)
        self.refresh()

    def scroll_to_row(self, index: int) -> None:
        """Scroll just enough for the row to be in view."""
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        if height <= 0:
            return
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)

    def on_resize(self) -> None:
        if self.highlighted is not None:
            self.scroll_to_row(self.highlighted)

    def action_cursor_down(self) -> None:
        """The next row."""
        if self.highlighted is not None:
            self.highlighted += 1

    def action_cursor_up(self) -> None:
        """The previous row."""
        if self.highlighted is not None:
            self.highlighted -= 1

    def action_first(self) -> None:
        """The first row."""
        if self.highlighted is not None:
            self.highlighted = 0

    def action_last(self) -> None:
        """The last row."""
        if self.highlighted is not None:
            self.highlighted = len(self._rows) - 1

    def move(self, step: int) -> None:
        """Move the highlight by ``step`` rows, from the first if none is (within the rows:
        ``validate_highlighted``)."""
        self.highlighted = (self.highlighted or 0) + step

    def edge(self, at: int) -> None:
        """Highlight the first (0) or the last (-1) row."""
        self.highlighted = 0 if at == 0 else len(self._rows) - 1

    def action_page(self, direction: int) -> None:
        """A screenful of rows down (1) or up (-1)."""
        if self.highlighted is not None:
            self.highlighted += direction * max(1, self.scrollable_content_region.height - 1)

    def action_select(self) -> None:
        """Say that the highlighted row was chosen."""
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:  # on the border or the scrollbar
            return
        index = self.scroll_offset.y + offset.y
        if self.selectable and 0 <= index < len(self._rows):
            self.highlighted = index
            self.action_select()
