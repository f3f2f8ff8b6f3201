"""The keys: every binding the dashboard has, and the rows of its help screen."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from textual import events
from textual.app import App
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.keys import KEY_NAME_REPLACEMENTS, Keys, _character_to_key, key_to_character
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from briefing.config import Config, ConfigError


def movement(down: str, up: str, first: str, last: str, scroll: bool = False
             ) -> list[BindingType]:
    """The movement keys every list and scrolled text answers to, on top of the arrows,
    Home and End: j/k, g/G (vi, less), bound to the widget's own actions; in scrolled text
    (``scroll``) they move the text, and PgUp/PgDn a page."""
    said = (("Scroll down", "Scroll up", "Top of the text", "End of the text") if scroll
            else ("Next item", "Previous item", "First item", "Last item"))
    keys: list[BindingType] = [
        Binding("down,j", down, "Down", show=False, id="cursor_down", tooltip=said[0]),
        Binding("up,k", up, "Up", show=False, id="cursor_up", tooltip=said[1]),
        Binding("home,g", first, "First", show=False, id="first", tooltip=said[2]),
        Binding("end,G", last, "Last", show=False, id="last", tooltip=said[3]),
    ]
    if scroll:
        keys += [Binding("pagedown", "page_down", "Page down", show=False, id="page_down",
                         tooltip="A page down"),
                 Binding("pageup", "page_up", "Page up", show=False, id="page_up",
                         tooltip="A page up")]
    return keys


def keys_past_a_filter() -> list[BindingType]:
    """The keys that move a full-screen list's rows even while its filter box has the focus
    (the screen's ``move`` and ``edge`` actions): the arrows, which the box leaves alone, and
    Home/End/PgUp/PgDn ahead of the box's own (an analyst pressed End for the last storyline
    and moved the filter's cursor): a filter is a word or two, the list long."""
    return [Binding("down", "move(1)", show=False), Binding("up", "move(-1)", show=False),
            Binding("home", "edge(0)", show=False, priority=True),
            Binding("end", "edge(-1)", show=False, priority=True),
            Binding("pageup", "move(-10)", show=False, priority=True),
            Binding("pagedown", "move(10)", show=False, priority=True)]


KEY_NAMES = {"question_mark": "?", "slash": "/", "shift+tab": "Shift+Tab", "tab": "Tab",
             "enter": "Enter", "escape": "Escape", "down": "↓", "up": "↑", "home": "Home",
             "end": "End", "pageup": "PgUp", "pagedown": "PgDn"}


MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def is_key(spec: str) -> bool:
    """Whether Textual knows a key as written in a binding ("q", "ctrl+q", "escape", "f5",
    "question_mark"): modifiers, then a key name or a character."""
    *mods, key = spec.strip().split("+")
    if not key or not MODIFIERS.issuperset(mods):
        return False
    if key in _KEY_VALUES or key in KEY_NAME_REPLACEMENTS.values() or len(key) == 1:
        return True
    # A character's name as a key press carries it ("question_mark"), not its Unicode name
    # that Textual replaces ("solidus" is pressed as "slash").
    character = key_to_character(key)
    return character is not None and _character_to_key(character) == key


_KEY_VALUES = frozenset(k.value for k in Keys)


def check_keys(config: Config) -> None:
    """Stop on a key under ``keys:`` that no key press could ever match (a binding bound to
    it alone would be lost: "notakey" for quit left only Ctrl+Q)."""
    for bid, keys in config.keys.items():
        bad = [k for k in keys.split(",") if not is_key(k)]
        if bad:
            raise ConfigError(config.path or "config", config.key_places.get(bid, f"keys.{bid}"),
                              f"{bad[0].strip()!r} is no key",
                              "write key names such as 'q', 'ctrl+q', 'escape', 'f5' or "
                              "'question_mark', several joined by commas")


def unknown_id_hint(bid: str, known: set[str]) -> str:
    """What to say of a binding id under ``keys:`` that no binding has: the nearest one
    ("quitt": did you mean 'quit'?), else where the ids are listed."""
    close = difflib.get_close_matches(bid, sorted(known), n=1)
    return f"did you mean '{close[0]}'?" if close else "the ids are listed in the README"


_PACKAGE = __name__.split(".")[0] + "."  # this package's classes, not Textual's


def bindings_of(*classes: type[DOMNode]) -> list[Binding]:
    """The bindings the classes and their bases of this package declare, in order (not
    Textual's own)."""
    return [b for cls in classes for base in cls.__mro__
            if base.__module__.startswith(_PACKAGE) and "BINDINGS" in vars(base)
            for b in vars(base)["BINDINGS"] if isinstance(b, Binding)]


def display_keys(keys: str) -> str:
    """Keys as a person reads them: "down,j" is "↓ / j"."""
    return " / ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def in_footer(screen: Screen[object], node: DOMNode) -> set[str | None]:
    """The ids of ``node``'s bindings that ``screen``'s footer shows (enabled there)."""
    return {a.binding.id for a in screen.active_bindings.values()
            if a.node is node and a.binding.show and a.enabled}


def help_rows(bindings: list[Binding], keymap: Mapping[str, str]) -> list[tuple[str, str]]:
    """(keys, what they do) for each binding that says what it does (its tooltip), once per
    id, with the keys the keymap gives it instead of its own."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for binding in bindings:
        if binding.id and binding.tooltip and binding.id not in seen:
            seen.add(binding.id)
            rows.append((display_keys(keymap.get(binding.id, binding.key)), binding.tooltip))
    return rows


class TypeAheadApp(App[None]):
    """An app whose text boxes keep the letters typed ahead of their focus."""

    _ahead: Input | None = None  # the box just opened, until it is left

    def type_into(self, box: Input) -> None:
        """Focus ``box`` at once (not after the keys already queued: "/quota" sent in one
        burst is the filter's, not "/" and the dashboard's "q"), and take into it the letters
        typed ahead of that focus."""
        self._ahead = box
        self.screen.set_focus(box)

    def leave_box(self, widget: Widget) -> None:
        """Move the focus from a text box to ``widget`` at once: the keys typed after Enter
        or Escape are ``widget``'s, not the box's."""
        self._ahead = None
        self.screen.set_focus(widget)

    def submitted(self, box: Input) -> None:
        """Enter in ``box``: where the focus goes then, at once (the dashboard's: a panel)."""
        self._ahead = None

    def on_key(self, event: events.Key) -> None:
        """A letter that reaches the app while the box just opened has the focus was typed
        in one burst with the key that opened it: it was sent on to the widget that had the
        focus then, and is the box's. (A box takes its own letters, so none comes this way
        once the focus has settled.)"""
        box = self._ahead
        if (box is not None and self.focused is box and box.display
                and event.is_printable and event.character is not None):
            event.stop()
            box.insert_text_at_cursor(event.character)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if event.widget is self._ahead:
            self._ahead = None


class FilterBox(Input):
    """A filter's text box: Enter hands the focus back at once (``TypeAheadApp.submitted``),
    so a key typed right after it is not one more letter of the filter."""

    opened_with = ""  # the filter in force when the box was last opened

    async def action_submit(self) -> None:
        app = self.app
        if isinstance(app, TypeAheadApp):
            app.submitted(self)
        await super().action_submit()
