"""Finding your way round a briefing: filters, the timeline, the articles, the reader.

A mixin of the app's actions, kept apart so that ``app.py`` stays about loading and layout.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual.app import SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import Input

from briefing.language.morphology import count_of
from briefing.model import Article, Briefing, Evidence, Item
from briefing.session.external import external_command
from briefing.tui.filters import Filters, side_choices, topic_choices
from briefing.tui.keys import FilterBox, display_keys
from briefing.tui.lists import ArticleList, LazyRows, ListScreen, articles_listed
from briefing.tui.messages import ArticleText, Problem, SidesTagged, TimelineReady
from briefing.tui.panels import (
    PanelList,
    article_row,
    date_row,
    item_as_text,
    name_width,
    when_width,
)
from briefing.tui.screens import DetailScreen, ReaderScreen
from briefing.tui.stories import StoryListScreen, show_storylines
from briefing.tui.zoom import ZoomMixin

if TYPE_CHECKING:
    from briefing.session.corpus import Corpus

SMALL_HEIGHT = 24  # rows below which a toast covers much of a panel
SMALL_TOAST_SECONDS = 1.5


class NavigationMixin(ZoomMixin):
    """Actions for `/`, `s`, `t`, `l`, `a`, `o` and opening the reader from an evidence: the
    app's base class, apart so that ``app.py`` stays about loading and layout."""

    # Kept by the app (app.py); declared here for the actions that read them.
    filters: Filters
    briefing: Briefing | None
    corpus: Corpus
    _focus_index: int
    _after_tagging: list[Callable[[], None]]
    negotiations: list[str]
    negotiation: str | None

    @property
    def panels(self) -> list[PanelList]:
        """The four panels, in order."""
        raise NotImplementedError

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A toast; on a small terminal, where it covers a panel, an information one stays
        only ``SMALL_TOAST_SECONDS`` ("Cleared filter" over the Upcoming panel at 50x14)."""
        if severity == "information" and self.size.height < SMALL_HEIGHT:
            timeout = min(timeout or SMALL_TOAST_SECONDS, SMALL_TOAST_SECONDS)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def refresh_panels(self) -> None:
        """Show the briefing's items through the filters in force."""
        raise NotImplementedError


    def all_bindings(self) -> list[Binding]:
        """The bindings of the app and of every screen and list it shows."""
        raise NotImplementedError

    def _switch(self) -> None:
        """Build the briefing of ``self.negotiation`` (in a worker) and show it."""
        raise NotImplementedError

    # -- storylines and negotiations --------------------------------------------------------
    def action_storylines(self) -> None:
        """The storyline list."""
        show_storylines(self)  # type: ignore[arg-type]

    def open_negotiation(self, name: str) -> None:
        """Show one storyline's or negotiation's briefing."""
        self.negotiation = name
        self.run_worker(self._switch, thread=True, group="update")

    def action_next_negotiation(self, step: int = 1) -> None:
        """Show the next storyline or negotiation of the config, then the articles that
        match none (``step`` -1: the previous one)."""
        if not self.negotiations:
            self.notify("These articles hold one negotiation: there is no other to move to.",
                        markup=False)
            return
        index = (self.negotiations.index(self.negotiation)
                 if self.negotiation in self.negotiations else -1 if step > 0 else 0)
        self.open_negotiation(self.negotiations[(index + step) % len(self.negotiations)])


    # Actions about the dashboard's panels: on any other screen they would act unseen.
    DASHBOARD_ONLY: ClassVar[frozenset[str]] = frozenset({
        "cycle", "panel", "reload", "warnings", "filter", "close_filter", "side_filter",
        "topic_filter", "clear_filters", "timeline", "articles", "next_negotiation",
        "storylines", "zoom"})

    closing = False  # set once the app is exiting: keys typed after `q` do nothing

    def exit(self, result: None = None, return_code: int = 0,
             message: RenderableType | None = None) -> None:
        """Exit the app; the keys still queued (``q`` then ``s``) open no screen."""
        self.closing = True
        super().exit(result, return_code, message)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide (and refuse) the dashboard's actions while another screen is on top, and
        copying on the storyline list (no item there to copy); every one once exiting."""
        return self._allowed_on(action, self.screen)

    def _allowed_on(self, action: str, screen: Screen[Any]) -> bool:
        """Whether ``action`` runs with ``screen`` on top: the dashboard's only on the
        dashboard, copying not on the storyline list, nothing once exiting."""
        if self.closing:
            return False
        if action == "copy_item" and isinstance(screen, StoryListScreen):
            return False
        return action not in self.DASHBOARD_ONLY or screen is self.screen_stack[0]

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette: Textual's commands but its keys panel (`?` lists this app's
        keys), then every action of the screen it was opened on with its key. The palette is
        a screen of its own, so the actions are judged for the screen under it."""
        yield from (c for c in super().get_system_commands(screen) if c.title != "Keys")
        for binding in self.all_bindings():
            action = binding.action
            if (binding.tooltip and "." not in action and action.split("(")[0] in (
                    self.DASHBOARD_ONLY | {"copy_item", "help", "open_external"})
                    and self._allowed_on(action.split("(")[0], screen)):
                yield SystemCommand(f"{binding.tooltip} ({display_keys(binding.key)})",
                                    binding.description,
                                    partial(self.run_action, action))

    # -- panels and items ------------------------------------------------------------------
    def action_cycle(self, step: int) -> None:
        """Move focus to the next or previous panel."""
        panels = self.panels
        current = self.focused
        index = panels.index(current) if current in panels else -1
        # Focused now, not after the keys already queued (``focus()`` waits its turn): "3"
        # then Enter in one read opens the third panel's item.
        panel = panels[(index + step) % len(panels)]
        panel.screen.set_focus(panel)

    def action_panel(self, index: int) -> None:
        """Focus a panel by its number."""
        self.panels[index].screen.set_focus(self.panels[index])

    def current_item(self) -> Item | None:
        """The item the user is on: the detail view's, else the focused panel's."""
        focused = self.focused
        if isinstance(self.screen, DetailScreen):
            return self.screen.item
        return focused.current if isinstance(focused, PanelList) else None

    def action_copy_item(self) -> None:
        """Copy the highlighted item and its sources to the clipboard (OSC 52)."""
        item = self.current_item()
        if item is None or self.briefing is None:
            self.notify("Nothing to copy here.", severity="warning")
            return
        self.copy_to_clipboard(item_as_text(item, self.briefing))
        self.notify("Copied the item and its sources.")

    # -- filters ----------------------------------------------------------------------------
    def action_filter(self) -> None:
        """Show the filter box; typing filters every panel at once."""
        box = self.query_one("#filter", FilterBox)
        box.display, box.opened_with = True, self.filters.text
        self.clear_notifications()  # a toast stands where the box is typed in
        self.type_into(box)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.filters.text = event.value.strip()
            self.refresh_panels()

    def submitted(self, box: Input) -> None:
        if box.id == "filter":
            self.leave_box(self.panels[self._focus_index])

    def action_close_filter(self) -> None:
        """Clear the text filter and hide its box; a kept filter is cleared only with a
        word that it was."""
        box = self.query_one("#filter", FilterBox)  # reopened on a kept filter: say so too
        kept = self.filters.text if not box.has_focus or box.opened_with else ""
        box.value = ""
        box.display = False
        self.filters.text = ""
        self.refresh_panels()
        self.leave_box(self.panels[self._focus_index])
        if kept:
            self.notify(f"Text filter “{kept}” cleared (x clears every filter).", markup=False)

    def action_side_filter(self) -> None:
        """Pick a side to show (a list to filter by typing), or every side."""
        def pick() -> None:
            if self.briefing is not None:
                others = dataclasses.replace(self.filters, side=None)
                self._pick("side", side_choices(self.briefing, others), self.filters.side)
        self.tag_sides(pick)

    def _pick(self, what: str, choices: list[tuple[str, int]], current: str | None) -> None:
        options: list[str | None] = [None, *(name for name, _ in choices)]
        short = self.briefing.side_short if self.briefing and what == "side" else {}
        rows = [Text(f"Every {what}", style="italic"), *(  # the short name the rows show too
            Text.assemble((name, "bold"), f" ({short[name]})" if short.get(name, name) != name
                          else "", f"  {count_of(n, 'item')}") for name, n in choices)]

        def chosen(index: int) -> None:
            setattr(self.filters, what, options[index])
            self.pop_screen()
            self.refresh_panels()
        start = options.index(current) if current in options else 0
        self.push_screen(ListScreen(f"Show one {what} (/ to filter, Enter picks)", rows,
                                    chosen, start=start))

    def action_clear_filters(self) -> None:
        """Drop every filter: text, side, topic and article."""
        had = self.filters.describe()
        self.filters.text, self.filters.side, self.filters.topic = "", None, None
        self.filters.article, self.filters.article_label = None, ""
        box = self.query_one("#filter", Input)
        box.value, box.display = "", False
        self.refresh_panels()
        self.panels[self._focus_index].focus()
        self.notify(f"Cleared {had}." if had else "No filter to clear.", markup=False)

    def tag_sides(self, then: Callable[[], None]) -> None:
        """Call ``then`` and refresh the panels once the briefing's items know the sides
        they name: at once when they do, else after a worker has worked them out."""
        briefing = self.briefing
        if briefing is None:
            return
        if briefing.sides_tagged:
            then()
            self.refresh_panels()
            return
        self._after_tagging.append(then)
        if len(self._after_tagging) == 1:
            self.run_worker(partial(self._tag_sides, briefing), thread=True, group="sides")

    def _tag_sides(self, briefing: Briefing) -> None:
        # Runs in a thread: a large briefing has tens of thousands of sentences to look at.
        try:
            self.corpus.tag_sides(briefing)
        except Exception as exc:  # the filter is a convenience: say so and carry on
            self.post_message(Problem(f"cannot work out the sides ({exc})"))
            return
        self.post_message(SidesTagged(briefing))

    def on_sides_tagged(self, message: SidesTagged) -> None:
        waiting, self._after_tagging = self._after_tagging, []
        if message.briefing is self.briefing:
            for then in waiting:
                then()
            self.refresh_panels()

    def action_topic_filter(self) -> None:
        """Pick a topic to show (a list to filter by typing), or every topic."""
        if self.briefing is not None:
            others = dataclasses.replace(self.filters, topic=None)
            self._pick("topic", topic_choices(self.briefing, others), self.filters.topic)

    # -- lists and the reader ---------------------------------------------------------------
    def action_timeline(self) -> None:
        """Every dated event, past and upcoming, in order: the list opens at once and fills
        when a worker has merged the timeline (seconds on a large corpus)."""
        briefing = self.briefing
        if briefing is None:
            return
        screen = ListScreen("Timeline", None, lambda n: None)
        self.push_screen(screen)
        self.run_worker(partial(self._merge_timeline, briefing, screen), thread=True,
                        group="lists")

    def _merge_timeline(self, briefing: Briefing, screen: ListScreen) -> None:
        try:
            items = briefing.timeline
        except Exception as exc:  # a list that cannot be built is a message, not a crash
            self.post_message(Problem(f"cannot build the timeline ({exc})"))
            return
        self.post_message(TimelineReady(screen, briefing, items))

    def on_timeline_ready(self, message: TimelineReady) -> None:
        briefing = message.briefing
        items = [d for d in message.items if self.filters.keep(d)] if self.filters.active else (
            message.items)
        as_of = briefing.as_of

        width = when_width(items)
        def row(n: int) -> Text:
            line = date_row(items[n], as_of, width)
            if as_of and items[n].end <= as_of:
                line.stylize("dim")
            return line
        first_ahead = next((n for n, d in enumerate(items) if as_of and d.end > as_of), 0)
        message.screen.on_open = lambda n: self.open_detail(items[n])
        message.screen.context = lambda n: " ".join(e.sentence for e in items[n].evidence)
        message.screen.fill(f"Timeline ({count_of(len(items), 'entry')}; dim: passed"
                            f"{'; ' + self.filters.describe() if self.filters.active else ''})",
                            LazyRows(len(items), row), first_ahead)

    def action_articles(self) -> None:
        """The articles read, newest first (with a filter in force, those its items come
        from); Enter opens one."""
        briefing = self.briefing
        if briefing is None:
            return
        articles = articles_listed(briefing, self.filters)
        names = name_width(articles)

        def row(n: int) -> Text:
            return article_row(articles[n], names)
        title = f"Articles ({count_of(len(articles), 'article')}" + (
            f"; {self.filters.describe()})" if self.filters.active else ")")
        self.push_screen(ArticleList(title, LazyRows(len(articles), row),
                                     lambda n: self.open_reader_for(articles[n], None),
                                     lambda n: self.only_article(articles[n])))

    def only_article(self, article: Article) -> None:
        """Show only the items of one article (``x`` clears it with the other filters)."""
        self.filters.article, self.filters.article_label = article.id, article.label
        self.refresh_panels()
        self.notify(f"Showing only the items of {article.label}; x clears it.", markup=False)

    def open_detail(self, item: Item) -> None:
        """Every sentence an item came from; Enter on one opens its article."""
        if self.briefing is not None:
            self.push_screen(DetailScreen(item, self.briefing, self.open_reader))

    def open_reader(self, evidence: Evidence) -> None:
        """The article an evidence sentence came from, with the sentence in view."""
        article = self.briefing.article(evidence.article_id) if self.briefing else None
        if article is not None:
            self.open_reader_for(article, evidence.sentence)

    def open_reader_for(self, article: Article, sentence: str | None) -> None:
        """Read an article; from disk, in a worker, when the cache holds only its results
        (a file can be 20 MB)."""
        if article.paragraphs:
            self.push_screen(ReaderScreen(article, article.paragraphs, sentence))
        else:
            self.run_worker(partial(self._read_article, article, sentence), thread=True,
                            exclusive=True, group="reader")

    def _read_article(self, article: Article, sentence: str | None) -> None:
        try:
            paragraphs = self.corpus.read_paragraphs(article)
        except Exception as exc:  # a file that cannot be read is a message, not a crash
            self.post_message(Problem(f"cannot read {article.path.name} ({exc})"))
            return
        self.post_message(ArticleText(article, paragraphs, sentence))

    def on_article_text(self, message: ArticleText) -> None:
        self.push_screen(ReaderScreen(message.article, message.paragraphs, message.sentence))

    def action_open_external(self) -> None:
        """Open the article in the reader (or the highlighted item's first article) in
        $EDITOR, else $PAGER, else less."""
        article, sentence = self._article_in_view()
        if article is None:
            self.notify("No article here to open.", severity="warning")
            return
        command = os.environ.get("EDITOR") or os.environ.get("PAGER") or "less"
        argv = external_command(command, article.path, sentence)  # at the sentence's line
        try:
            with self.suspend():
                subprocess.run(argv, check=False)
        except SuspendNotSupported:
            subprocess.run(argv, check=False, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            self.notify(f"Could not run {command!r}: {exc}", severity="error", markup=False)

    def _article_in_view(self) -> tuple[Article | None, str | None]:
        if isinstance(self.screen, ReaderScreen):
            return self.screen.article, self.screen.sentence
        evidence = getattr(self.current_item(), "evidence", None)
        if evidence and self.briefing is not None:
            return self.briefing.article(evidence[0].article_id), evidence[0].sentence
        return None, None
