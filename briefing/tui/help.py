"""The help: every key of the dashboard and of the screens it opens, as the keymap has it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.dom import DOMNode

from briefing.tui.keys import bindings_of, help_rows, in_footer
from briefing.tui.lists import ListScreen
from briefing.tui.rows import RowList
from briefing.tui.screens import DetailScreen, HelpScreen, ReaderScreen, WarningsScreen, keys_of

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


# The screens the dashboard opens, each with its own keys: what the help names them.
HELP_SECTIONS: list[tuple[str, type[DOMNode]]] = [
    ("An item's sources (Enter on an item)", DetailScreen),
    ("An article (Enter on a source, a in the articles)", ReaderScreen),
    ("A list: the timeline, the articles, the sides, the topics", ListScreen),
    ("The warnings (w)", WarningsScreen),
]


def dashboard_help(dashboard: list[Binding], keymap: Mapping[str, str]
                   ) -> list[tuple[str, str]]:
    """The dashboard's keys, then each screen's own under its name (a key listed already,
    such as the list movements every screen shares, not again): rows for ``HelpScreen``,
    a heading as a row with no keys."""
    rows = help_rows(dashboard, keymap)
    listed = set(rows)
    for title, screen in HELP_SECTIONS:
        own = [r for r in help_rows(keys_of(screen), keymap) if r not in listed]
        listed.update(own)
        if own:
            rows += [("", title), *own]
    return rows


def show_help(app: BriefingApp) -> None:
    """The keys as the keymap has them: on the dashboard all of them, by screen; on a screen
    on top, its own and those of the dashboard its footer shows."""
    top = app.screen if len(app.screen_stack) > 1 else None
    dashboard = bindings_of(type(app))
    if top is None:
        rows = dashboard_help([*dashboard, *bindings_of(RowList)], app.config.keys)
    else:
        shown = {*in_footer(top, app), "help", "quit"}
        rows = help_rows([*keys_of(type(top)), *(b for b in dashboard if b.id in shown)],
                         app.config.keys)
    app.push_screen(HelpScreen(rows))
