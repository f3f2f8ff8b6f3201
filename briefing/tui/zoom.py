"""Zooming into one panel: the focused panel fills the screen, its rows the whole width
(at half a terminal's width a row keeps a few words of what was said)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType

from briefing.tui.keys import TypeAheadApp
from briefing.tui.panels import PanelList


class ZoomMixin(TypeAheadApp):
    """The ``zoom`` key: one panel fills the screen, or all four show again; moving to
    another panel (Tab, 1-4) while zoomed zooms into that one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("z", "zoom", "Zoom", show=False, id="zoom",
                tooltip="Fill the screen with the panel you are in, or show all four again"),
    ]
    # What stays beside a zoomed panel: the header (the negotiation, the filters), the filter
    # box and the footer.
    ALLOW_IN_MAXIMIZED_VIEW: ClassVar[str] = "Header, #filter, Footer"

    def action_zoom(self) -> None:
        """Zoom into the focused panel, or out again (Escape zooms out too)."""
        screen = self.screen
        if screen.maximized is not None:
            screen.minimize()
        elif isinstance(screen.focused, PanelList):
            screen.maximize(screen.focused, container=False)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if not self.screen_stack:
            return  # a focus that arrives as the app closes (quit while loading)
        zoomed = self.screen.maximized
        if isinstance(zoomed, PanelList) and isinstance(event.widget, PanelList) \
                and event.widget is not zoomed:
            self.screen.maximize(event.widget, container=False)
