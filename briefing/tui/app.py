"""The dashboard: four panels filled by the parser, which runs in a thread worker."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.widgets import Footer, Header, Input, ProgressBar, Static

from briefing.config import Config
from briefing.language.morphology import count_of
from briefing.model import Briefing, Item, Storyline
from briefing.session.corpus import Corpus
from briefing.session.negotiations import UNMATCHED
from briefing.session.seen import all_keys, item_key, load_seen, save_seen, state_path
from briefing.session.stories import straight_into
from briefing.session.watch import watch_paths
from briefing.text.controls import visible_name
from briefing.tui.filters import Filters
from briefing.tui.header import HeaderLine
from briefing.tui.help import show_help
from briefing.tui.keys import FilterBox, bindings_of, unknown_id_hint
from briefing.tui.lists import ArticleList
from briefing.tui.messages import FilesChanged, LoadProgress, NotifyHandler, Parsed, ParseFailed, Problem
from briefing.tui.navigation import NavigationMixin
from briefing.tui.panels import PANELS, PanelList
from briefing.tui.rows import RowList
from briefing.tui.screens import DetailScreen, HelpScreen, ReaderScreen, WarningsScreen
from briefing.tui.stories import article_count, follow_changes, offer_storylines, will_list
from briefing.tui.widgets import MIN_SIZE, SHORT, SmallTerminal


class BriefingApp(NavigationMixin):
    """Participants, agreements, disputes and dates from a folder of articles."""

    TITLE = "briefing"
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # First in the footer: on a narrow terminal the footer keeps the first keys.
        Binding("question_mark", "help", "Keys", id="help",
                tooltip="Show this help"),
        Binding("q", "quit", "Quit", id="quit",
                tooltip="Quit"),
        Binding("tab", "cycle(1)", "Next panel", show=False, id="next_panel", priority=True,
                tooltip="Next panel"),  # ahead of the screen's Tab, kept to a zoomed panel
        Binding("shift+tab", "cycle(-1)", "Previous panel", show=False, id="previous_panel",
                tooltip="Previous panel", priority=True),
        Binding("1", "panel(0)", "Participants", show=False, id="panel_1",
                tooltip="Participants panel"),
        Binding("2", "panel(1)", "Agreed", show=False, id="panel_2",
                tooltip="Agreed panel"),
        Binding("3", "panel(2)", "Disputes", show=False, id="panel_3",
                tooltip="Open disputes panel"),
        Binding("4", "panel(3)", "Dates", show=False, id="panel_4",
                tooltip="Upcoming dates panel"),
        Binding("c", "copy_item", "Copy", id="copy",
                tooltip="Copy the item and its sources to the clipboard"),
        Binding("r", "reload", "Reload", id="reload",
                tooltip="Read the articles again from disk"),
        Binding("w", "warnings", "Warnings", show=False, id="warnings",
                tooltip="Show the articles' warnings"),
        Binding("slash", "filter", "Filter", id="filter",
                tooltip="Filter every panel by text (Escape clears)"),
        Binding("escape", "close_filter", "Clear filter", show=False, id="clear_filter"),
        Binding("s", "side_filter", "Side", show=False, id="side_filter",
                tooltip="Pick a side to show (a list you can filter), or every side"),
        Binding("t", "topic_filter", "Topic", show=False, id="topic_filter",
                tooltip="Pick a topic to show (a list you can filter), or every topic"),
        Binding("x", "clear_filters", "Clear filters", show=False, id="clear_filters",
                tooltip="Clear every filter: text, side, topic and article"),
        Binding("l", "timeline", "Timeline", id="timeline",
                tooltip="Timeline of every dated event, past and upcoming"),
        Binding("a", "articles", "Articles", show=False, id="articles",
                tooltip="List the articles; Enter reads one"),
        Binding("o", "open_external", "Open", show=False, id="open_external",
                tooltip="Open the article in $EDITOR or $PAGER"),
        Binding("n", "next_negotiation", "Negotiation", show=False, id="next_negotiation",
                tooltip="Next storyline, or negotiation of the config, then the unmatched"),
        Binding("N", "next_negotiation(-1)", "Previous", show=False, id="previous_negotiation",
                tooltip="Previous storyline or negotiation"),
        Binding("S", "storylines", "Storylines", show=False, id="storylines",
                tooltip="The storylines found in the articles; Enter opens one"),
    ]
    def __init__(self, config: Config, paths: list[Path] | None = None,
                 as_of: dt.date | None = None, use_cache: bool = True,
                 watch_files: bool = True) -> None:
        super().__init__()
        self.HORIZONTAL_BREAKPOINTS, self.VERTICAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")], [
            (0, "-short"), (SHORT, "-tall")]
        self.config = config
        self.use_cache, self.watch_files = use_cache, watch_files
        self.corpus = Corpus(config, paths, use_cache)
        self._lock = threading.Lock()  # one load or update at a time
        self._stop = threading.Event()
        self.as_of = as_of
        self.briefing: Briefing | None = None
        self._focus_index = 0
        self._small = SmallTerminal()
        self.filters = Filters(parents_of=lambda: self.briefing.side_parents if self.briefing else {})
        names = [n.name for n in config.negotiations]
        self.negotiations: list[str] = [*names, UNMATCHED] if names else []
        self.negotiation: str | None = names[0] if names else None
        self._seen_path = state_path(self.corpus.paths)
        # A replay (--as-of) marks nothing new and records nothing seen.
        self._seen: set[str] | None = load_seen(self._seen_path) if as_of is None else None
        self._viewed: set[str] = set()  # every briefing shown this session (storylines too)
        self._new: set[int] = set()
        self._after_tagging: list[Callable[[], None]] = []
        self._reloading = False
        self._warned: set[tuple[str, str]] = set()  # the warnings a toast last told of
        self.stories_offered = False  # the storyline list is offered once, after loading
        self.story_list: list[Storyline] = []
        self._header = HeaderLine()

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield ProgressBar(id="progress", show_eta=False)
        yield Static(id="notice")
        yield Static(Text(f"The terminal is too small: make it at least {MIN_SIZE[0]} columns "
                          f"by {MIN_SIZE[1]} lines."), id="too-small")
        with Grid(id="panels"):
            for spec in PANELS:
                yield PanelList(spec)
        yield FilterBox(placeholder="filter every panel: type, Enter to keep, Escape to clear",
                    id="filter")
        yield Footer()

    def on_resize(self, event: events.Resize) -> None:
        small = event.size.width < MIN_SIZE[0] or event.size.height < MIN_SIZE[1]
        self._small.resize(self.screen_stack[0], small, lambda: self.query_one(PanelList))
        if header := self._header.redraw(str(self.sub_title), event.size.width, self.title):
            self.sub_title = header  # a wider terminal shows it whole

    def on_mount(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            # Closing the terminal window hangs up: leave as with q, keeping what was seen.
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.exit)
        self._log_handler = NotifyHandler(self)
        logging.getLogger("briefing").addHandler(self._log_handler)
        logging.getLogger("briefing").propagate = False
        if self.config.keys:
            known = {b.id for b in self.all_bindings() if b.id}
            unknown = sorted(set(self.config.keys) - known)
            for bid in unknown:
                place = self.config.key_places.get(bid, f"keys.{bid}")
                self.notify(f"{visible_name(str(self.config.path))}: {place}: unknown binding "
                            f"id ignored; {unknown_id_hint(bid, known)}", severity="warning",
                            markup=False, timeout=10)
            self.set_keymap({k: v for k, v in self.config.keys.items() if k in known})
        for warning in self.config.warnings:
            self.notify(visible_name(warning), severity="warning", markup=False, timeout=10)
        self.sub_title = "reading articles…"
        self.query_one("#notice").display = False
        self.query_one("#progress").display = False
        self.query_one("#filter").display = False
        self.query_one(PanelList).focus()
        self.action_reload()
        if self.watch_files:
            self.run_worker(self._watch, thread=True, group="watch")

    def on_unmount(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        self._stop.set()
        if self.briefing is not None and self.as_of is None:
            with contextlib.suppress(OSError):
                save_seen(self._seen_path, all_keys(self.briefing) | self._viewed | (self._seen or set()))
        logging.getLogger("briefing").removeHandler(self._log_handler)
        logging.getLogger("briefing").propagate = True

    async def settled(self) -> None:
        """Wait until no load or update is running (for tests and benchmarks)."""
        busy = [w for w in self.workers if w.group in ("parse", "update", "sides", "lists", "reader")]
        if busy:
            await self.workers.wait_for_complete(busy)

    @property
    def panels(self) -> list[PanelList]:
        """The four panels, in order."""
        return list(self.query(PanelList))

    # -- parsing in a worker ------------------------------------------------------------------
    def action_reload(self) -> None:
        """Parse the articles again, off the event loop; the rows on screen stay until the
        new ones are ready."""
        focused = self.focused
        if isinstance(focused, PanelList):
            self._focus_index = self.panels.index(focused)
        if self.briefing is None:
            for panel in self.panels:
                panel.waiting()
        else:
            self._reloading = True
            self.sub_title = "reading the articles again…"
        self.run_worker(self._parse, thread=True, exclusive=True, group="parse")

    def _parse(self) -> None:
        # Runs in a thread: only post_message is safe here.
        try:
            with self._lock:
                briefing = self.corpus.open(self.as_of, self.negotiation, progress=self._progress)
        except Exception as exc:  # shown to the user, never raised into the app
            self.post_message(ParseFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.corpus.store_pending()  # for the next open; before the screen reads it (a race)
        self.post_message(Parsed(briefing))
        if not self.corpus.loaded and self.watch_files:
            # Opened from a stored briefing: read the results now, so a live change is one parse.
            try:
                with self._lock:
                    self.corpus.load()
                    self.corpus.briefing(self.as_of, self.negotiation)  # warms the merge
            except Exception as exc:  # live updates will load on demand instead
                logging.getLogger("briefing.tui").warning(
                    "could not prepare live updates (%s: %s)", type(exc).__name__, exc)

    def _progress(self, done: int, total: int) -> None:
        self.post_message(LoadProgress(done, total))

    def on_load_progress(self, message: LoadProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.display = message.done < message.total
        bar.update(total=message.total, progress=message.done)
        self.sub_title = (f"reading articles… {message.done:,} of {message.total:,}"
                          if message.done < message.total else
                          f"building the briefing from {message.total:,} articles…")

    # -- live updates -------------------------------------------------------------------------
    def _watch(self) -> None:
        # Runs in a thread until the app stops; hands each batch of changes to the app.
        try:
            def changed(changed: set[Path], removed: set[Path]) -> None:
                self.post_message(FilesChanged(changed, removed))
            watch_paths(self.corpus.paths, self._stop, changed)
        except Exception as exc:  # watching is a convenience: say so and carry on without it
            self.post_message(ParseFailed(f"cannot watch the folders ({exc}); press r to reload"))

    def on_files_changed(self, message: FilesChanged) -> None:
        changed = {p for p in message.changed if self.corpus.wants(p)}
        removed = {p for p in message.removed if self.corpus.wants(p)}
        if changed or removed:
            self.run_worker(partial(self._update, changed, removed), thread=True, group="update")

    def _update(self, changed: set[Path], removed: set[Path]) -> None:
        try:
            with self._lock:
                added, updated, gone = self.corpus.apply(changed, removed)
                briefing = self.corpus.briefing(self.as_of, self.negotiation)
        except Exception as exc:
            self.post_message(ParseFailed(f"{type(exc).__name__}: {exc}"))
            return
        parts = [f"{label}: {', '.join(map(visible_name, names[:3]))}"
                 f"{' …' if len(names) > 3 else ''}"
                 for label, names in (("New", added), ("Changed", updated), ("Removed", gone))
                 if names]
        if parts:
            self.post_message(Parsed(briefing, news="; ".join(parts)))

    def on_parsed(self, message: Parsed) -> None:
        briefing = self.briefing = message.briefing
        follow_changes(self)
        self.query_one("#progress").display = False
        if message.news:
            self.notify(message.news, title="Articles updated", markup=False)
        if self.filters.side and not briefing.sides_tagged:
            self.tag_sides(lambda: None)  # the panels refresh again once the sides are known
        items: list[Item] = [*briefing.participants, *briefing.agreed, *briefing.disputes,
                             *briefing.dates]
        self._new = ({id(i) for i in items if item_key(i) not in self._seen}
                     if self._seen is not None else set())
        # There this time, in a storyline opened or not: "new" next time is what was not.
        self._viewed |= all_keys(briefing)
        if will_list(self, briefing):  # the list first; the panels behind it fill after
            self.call_after_refresh(self.refresh_panels)
        else:
            self.refresh_panels()
        typing = isinstance(self.focused, Input) and self.focused.display
        if not typing:  # not from a filter being typed
            self.panels[self._focus_index].focus()
        self.refresh_bindings()  # focused all along, no focus event lists the panel's keys
        self._show_notice(briefing)
        if self._reloading:
            self._reloading = False
            self.notify(f"Read again: {count_of(len(briefing.articles), 'article')}.",
                        markup=False)
        told, self._warned = self._warned, {(a.id, w) for a, w in briefing.folder_warnings}
        warnings = len(self._warned)
        if warnings and not message.news and self._warned != told:
            # Once per set of warnings: opening straight into a storyline is a second load,
            # of the same folder's warnings.
            where = " on the dashboard (Escape)" if will_list(self, briefing) else ""
            self.notify(f"{count_of(warnings, 'warning')}: press w{where} to see them",
                        severity="warning", markup=False)
        offer_storylines(self, briefing)

    def _switch(self) -> None:
        try:
            with self._lock:
                briefing = self.corpus.briefing(self.as_of, self.negotiation)
        except Exception as exc:
            self.post_message(ParseFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(Parsed(briefing))

    def refresh_panels(self) -> None:
        """Show the briefing's items through the filters in force."""
        briefing = self.briefing
        if briefing is None:
            return
        lists: tuple[list[Item], ...] = (briefing.participants, briefing.agreed,  # type: ignore[assignment]
                                         briefing.disputes, briefing.dates)
        for panel, items in zip(self.panels, lists, strict=True):
            shown = [i for i in items if self.filters.keep(i)] if self.filters.active else items
            panel.show(list(shown), briefing, total=len(items), new=self._new)
        as_of = briefing.as_of.isoformat() if briefing.as_of else "undated"
        warnings = len(briefing.folder_warnings)
        # No "0 warnings"; the storyline (the only one, if none was picked) and the filters
        # first, then the when and how many: a narrow terminal cuts the header's end.
        only = straight_into(briefing.storylines) if self.negotiation is None else None
        self.sub_title = self._header.draw(self.negotiation or (only.name if only else ""), [
            self.filters.describe(), f"as of {as_of}", article_count(briefing, self.story_list),
            count_of(warnings, "warning") if warnings else ""], self.size.width, self.title)

    def on_parse_failed(self, message: ParseFailed) -> None:
        reloading, self._reloading = self._reloading, False
        for panel in self.panels:
            if self.briefing is None:
                panel.waiting(False)
        self.panels[self._focus_index].focus()
        # The panel may have had focus all along (so no focus event refreshes the footer),
        # while loading hid its keys: list them now.
        self.refresh_bindings()
        self.query_one("#progress").display = False
        if self.briefing is None:
            self.sub_title = "could not read the articles"
        elif reloading:  # the briefing shown stays; so does its header, not "again…"
            self.refresh_panels()
        # Stays on screen until the next briefing arrives: a toast would be gone before
        # it is read, leaving empty panels that say nothing.
        notice = self.query_one("#notice", Static)
        notice.update(Text(
            f"Could not read the articles: {message.error}\n"
            "Press r to try again. If it fails again, `briefing export --no-cache FOLDER` "
            "shows the same error outside the dashboard; please report it."))
        notice.add_class("-error")
        notice.display = True

    def on_problem(self, message: Problem) -> None:
        self.notify(message.error, severity="error", markup=False, timeout=10)

    def _show_notice(self, briefing: Briefing) -> None:
        notice = self.query_one("#notice", Static)
        notice.remove_class("-error")
        if briefing.articles:
            notice.display = False
            return
        where = ", ".join(visible_name(str(p)) for p in self.corpus.paths) or "(nowhere)"
        config = visible_name(str(self.config.path or "the config"))
        notice.update(Text(
            f"No articles found. Looked in: {where}\n"
            f"Run `briefing FOLDER` to read another folder, or list folders under "
            f"'articles:' in {config}."))
        notice.display = True

    # -- actions ------------------------------------------------------------------------------
    def action_help(self) -> None:
        """Show the keys as the keymap has them: all, or a screen on top's and its footer's."""
        show_help(self)

    def all_bindings(self) -> list[Binding]:
        """The bindings of the app and of every screen and list it shows."""
        return bindings_of(BriefingApp, RowList, DetailScreen, ReaderScreen, ArticleList,
                           HelpScreen, WarningsScreen)

    def action_warnings(self) -> None:
        """List the articles' warnings."""
        if self.briefing is not None:
            self.push_screen(WarningsScreen(self.briefing))

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        panel = event.row_list
        if isinstance(panel, PanelList) and self.briefing is not None:
            item = panel.current
            if item is not None:
                self.open_detail(item)

