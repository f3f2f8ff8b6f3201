"""Screens over the dashboard: an item's evidence, the keys, the warnings."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

from briefing.model import Briefing
from briefing.tui.panels import Item, item_heading

HIGHLIGHT = "bold reverse"


def evidence_text(sentence: str, spans: tuple[tuple[int, int], ...]) -> Text:
    """The sentence, literally, with the matched words highlighted."""
    text = Text(sentence)
    for start, end in spans:
        if 0 <= start < end <= len(sentence):
            text.stylize(HIGHLIGHT, start, end)
    return text


class DetailScreen(Screen[None]):
    """Every evidence sentence of one item, with its article's title and date."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("c", "app.copy_item", "Copy", id="copy_detail"),
    ]

    def __init__(self, item: Item, briefing: Briefing) -> None:
        super().__init__()
        self.item = item
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static(Text(item_heading(self.item), style="bold"), id="detail-heading")
            for n, ev in enumerate(self.item.evidence, 1):
                art = self.briefing.article(ev.article_id)
                label = art.label if art else ev.article_id
                date = art.date.isoformat() if art and art.date else "undated"
                source = Text(f"{n}. {label} — {date}", style="italic")
                yield Static(source, classes="evidence-source")
                yield Static(evidence_text(ev.sentence, ev.spans), classes="evidence")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#detail").focus()


class HelpScreen(ModalScreen[None]):
    """Every key, as the keymap has it now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "app.pop_screen", "Close", id="close_help"),
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(title="Keys", show_header=True, header_style="bold", expand=True)
        table.add_column("Key", no_wrap=True)
        table.add_column("What it does")
        for keys, description in self.rows:
            table.add_row(Text(keys), Text(description))
        with VerticalScroll(id="help"):
            yield Static(table)
            yield Static(Text("Escape closes this help. The mouse works too: click a panel "
                              "or an item.", style="italic"))


class WarningsScreen(ModalScreen[None]):
    """The articles that could not be read fully, and why."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w,q", "app.pop_screen", "Close", id="close_warnings"),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="warnings"):
            yield Static(Text(f"Warnings ({len(self.briefing.warnings)})", style="bold"))
            if not self.briefing.warnings:
                yield Static(Text("Every article was read without a problem."))
            for article, warning in self.briefing.warnings:
                yield Static(Text(f"{article.path}: {warning}"))
