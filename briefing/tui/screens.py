"""Screens over the dashboard: an item's evidence, the keys, the warnings."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from briefing.export.markdown import DISPUTED_SOURCE
from briefing.model import Article, Briefing, Evidence, Item, Statement
from briefing.text.controls import visible, visible_name
from briefing.tui.keys import bindings_of
from briefing.tui.panels import item_heading
from briefing.tui.rows import RowList
from briefing.tui.widgets import Choices, Scroller

HIGHLIGHT = "bold reverse"


def evidence_text(sentence: str, spans: tuple[tuple[int, int], ...]) -> Text:
    """The sentence, literally, with the matched words highlighted."""
    text = Text(sentence)
    for start, end in spans:
        if 0 <= start < end <= len(sentence):
            text.stylize(HIGHLIGHT, start, end)
    return text


class DetailScreen(Screen[None]):
    """Every evidence sentence of one item, with its article's title and date.

    Enter on a sentence opens the article with that sentence highlighted.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="back",
                tooltip="Back from the item"),
        Binding("c", "app.copy_item", "Copy", id="copy_detail",
                tooltip="Copy the item and its sources to the clipboard"),
    ]

    def __init__(self, item: Item, briefing: Briefing,
                 open_reader: Callable[[Evidence], None] | None = None) -> None:
        super().__init__()
        self.item = item
        self.briefing = briefing
        self.open_reader = open_reader

    def compose(self) -> ComposeResult:
        yield Static(Text(item_heading(self.item), style="bold"), id="detail-heading")
        evidence = Choices(id="evidence", markup=False)
        evidence.border_title = f"Sources ({len(self.item.evidence)}) — Enter opens the article"
        yield evidence
        yield Footer()

    def on_mount(self) -> None:
        options = []
        settled = self.item.settled_reports if isinstance(self.item, Statement) else 0
        for n, ev in enumerate(self.item.evidence, 1):
            art = self.briefing.article(ev.article_id)
            label = art.label if art else visible_name(ev.article_id)
            date = art.date.isoformat() if art and art.date else "undated"
            disputed = DISPUTED_SOURCE if n > len(self.item.evidence) - settled else ""
            source = Text(f"{n}. {disputed}{label} — {date}\n", style="italic")
            options.append(Option(Text.assemble(source, evidence_text(ev.sentence, ev.spans))))
        evidence = self.query_one("#evidence", Choices)
        evidence.add_options(options)
        evidence.highlighted = 0
        evidence.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.open_reader is not None:
            self.open_reader(self.item.evidence[event.option_index])


class ReaderScreen(Screen[None]):
    """An article, paragraph by paragraph, with one sentence highlighted and in view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="close_reader",
                tooltip="Back from the article"),
        Binding("o", "app.open_external", "Open in editor", id="open_external",
                tooltip="Open the article in $EDITOR or $PAGER"),
    ]

    def __init__(self, article: Article, paragraphs: list[str], sentence: str | None) -> None:
        super().__init__()
        self.article = article
        self.paragraphs = paragraphs
        self.sentence = sentence

    def compose(self) -> ComposeResult:
        date = self.article.date.isoformat() if self.article.date else "undated"
        name = visible_name(self.article.path.name)
        heading = (f"{self.article.title} — {date} — {name}" if self.article.title
                   else f"{name} — {date}")
        with Scroller(id="reader"):
            yield Static(Text(heading, style="bold"), id="reader-heading")
            for n, paragraph in enumerate(self.paragraphs):
                text = Text(paragraph)
                at = paragraph.find(self.sentence) if self.sentence else -1
                if at >= 0 and self.sentence:
                    text.stylize(HIGHLIGHT, at, at + len(self.sentence))
                yield Static(text, classes="paragraph" + (" hit" if at >= 0 else ""),
                             id=f"p{n}")
            if not self.paragraphs:
                yield Static(Text("This article has no readable text.", style="italic"))
        yield Footer()

    def on_mount(self) -> None:
        reader = self.query_one("#reader")
        reader.focus()
        hits = self.query(".hit")
        # The sentence at the top, unless it opens the article: then the heading stays in
        # view above it (which article this is).
        if hits and hits.first().id != "p0":
            self.call_after_refresh(reader.scroll_to_widget, hits.first(), top=True)


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
            if keys:
                table.add_row(Text(keys), Text(description))
            else:  # a heading: the screen whose keys follow
                table.add_section()
                table.add_row(Text(""), Text(description, style="bold"))
        with Scroller(id="help"):
            yield Static(table)
            yield Static(Text("Escape closes this help. The mouse works too: click a panel "
                              "or an item.", style="italic"))


class WarningsScreen(ModalScreen[None]):
    """The articles that could not be read fully, and why."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w,q", "app.pop_screen", "Close", id="close_warnings",
                tooltip="Close the warnings"),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        with Scroller(id="warnings"):
            found = self.briefing.folder_warnings  # the folder's, whatever storyline is open
            yield Static(Text(f"Warnings ({len(found)})", style="bold"))
            if not found:
                yield Static(Text("Every article was read without a problem."))
            for article, warning in found:
                yield Static(Text(f"{visible_name(str(article.path))}: {visible(warning)}"))


def keys_of(screen: type[DOMNode]) -> list[Binding]:
    """A screen's own bindings and those of the list or the text it shows (an item's sources,
    an article, the rows of a list)."""
    shown: dict[type[DOMNode], type[Widget]] = {
        DetailScreen: Choices, ReaderScreen: Scroller, HelpScreen: Scroller,
        WarningsScreen: Scroller}
    return bindings_of(screen, shown.get(screen, RowList))

