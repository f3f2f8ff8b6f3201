"""The storyline list: a folder holding several negotiations opens on it; Enter opens one's
briefing, `n`/`N` step through them from the dashboard, `S` comes back to the list."""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input

from briefing.language.morphology import count_of
from briefing.model import Briefing, Storyline
from briefing.session.stories import OTHER_ID, listed_matches, straight_into
from briefing.text.controls import visible
from briefing.tui.keys import keys_past_a_filter
from briefing.tui.messages import Problem
from briefing.tui.rows import RowList
from briefing.tui.screens import HelpScreen

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


def story_row(story: Storyline) -> Text:
    """One storyline as a row: name, articles, statements, sides."""
    row = Text(visible(story.name), style="bold" if story.id != OTHER_ID else "dim")
    row.append(f"  {count_of(story.size, 'article')} · {count_of(story.statements, 'statement')}",
               style="dim")
    if story.sides:
        row.append(f"  {visible(', '.join(story.sides))}")
    return row


def folder_line(stories: list[Storyline]) -> str:
    """What the folder holds, under the list: its articles, how many are in no storyline,
    and the months they span ("212 articles · 155 in no storyline · Feb 1987–Jan 2026")."""
    total = sum(s.size for s in stories)
    parts = [count_of(total, "article")]
    stray = sum(s.size for s in stories if s.id == OTHER_ID)
    if stray:
        parts.append(f"{stray} in no storyline")
    starts = [s.start for s in stories if s.start]
    ends = [s.end for s in stories if s.end]
    if starts and ends:
        first, last = min(starts), max(ends)
        parts.append(f"{first:%b %Y}" if (first.year, first.month) == (last.year, last.month)
                     else f"{first:%b %Y}–{last:%b %Y}")
    return " · ".join(parts)


class StoryFilter(Input):
    """The storyline list's filter box: "?" on an empty filter asks for the keys, as it does
    on the list (no storyline's name starts with "?")."""

    async def _on_key(self, event: events.Key) -> None:
        if event.character == "?" and not self.value and isinstance(self.screen, StoryListScreen):
            event.stop()
            event.prevent_default()
            self.screen.action_keys()
            return
        await super()._on_key(event)


class StoryListScreen(Screen[str | None]):
    """The folder's storylines, most salient first, the other articles last; type to filter,
    Enter opens the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Dashboard", id="close_storylines"),
        Binding("slash", "find", "Filter", id="filter", tooltip="Filter the storylines"),
        # Not q: a storyline may be "UK–US · quota", and typing its name must not quit (and
        # the footer must not offer the dashboard's q).
        # Priority, as the app's own ctrl+q is: else that one (hidden) is the footer's.
        Binding("ctrl+q", "app.quit", "Quit", id="quit_from_list", priority=True),
        Binding("q", "letter('q')", show=False),
        Binding("question_mark", "keys", "Keys", id="help"),
        *keys_past_a_filter(),
    ]

    def __init__(self, stories: list[Storyline], current: str | None = None,
                 sides_named: Callable[[str], list[str]] = lambda _text: []) -> None:
        super().__init__()
        self.stories = stories
        self.sides_named = sides_named  # "swiss": [Switzerland], to filter by any side's name
        self.shown = list(stories)
        self.current = current  # the storyline on the dashboard: the cursor starts there

    def compose(self) -> ComposeResult:
        # Not selecting on focus: the letter that moved the focus there is the filter's first.
        yield StoryFilter(placeholder="filter storylines: type a side, a topic, a month",
                          id="story_filter", select_on_focus=False)
        entries = RowList(id="stories")
        entries.border_subtitle = folder_line(self.stories)
        yield entries
        yield Footer()

    def on_mount(self) -> None:
        self._show()
        entries = self.query_one("#stories", RowList)
        entries.highlighted = next((n for n, s in enumerate(self.shown)
                                    if s.name == self.current), 0)
        entries.focus()

    async def on_key(self, event: events.Key) -> None:
        """A printable key the list does not answer to starts the filter ("c" of "cocoa"),
        rather than reaching the dashboard's keys behind the list; ctrl+q quits."""
        box = self.query_one("#story_filter", Input)
        if box.has_focus:
            return
        if box.value and event.key in ("backspace", "enter"):
            # Typed in one burst with the letters before it, ahead of the focus: the filter's.
            event.stop()
            event.prevent_default()
            if event.key == "enter":
                await box.action_submit()
            else:
                box.action_delete_left()
            return
        if not event.is_printable or event.character is None:
            return
        # The screen's own shown key (?) acts on an empty filter; every other letter is the
        # filter's, the list's j/k/g and the dashboard's w too ("japan", "korea", "world"):
        # the arrows move.
        if not box.value and any(b.show for b in self._bindings.key_to_bindings.get(event.key, ())):
            return
        event.stop()
        event.prevent_default()
        box.focus()
        box.insert_text_at_cursor(event.character)

    def action_letter(self, letter: str) -> None:
        """A letter this screen's bindings hold that is the filter's all the same."""
        box = self.query_one("#story_filter", Input)
        box.focus()
        box.insert_text_at_cursor(letter)

    def action_find(self) -> None:
        self.query_one("#story_filter", Input).focus()

    def _show(self) -> None:
        entries = self.query_one("#stories", RowList)
        # As the panels count a filter's rows: "Storylines (3 of 15)"; the other articles'
        # row is no storyline.
        total = sum(1 for s in self.stories if s.id != OTHER_ID)
        shown = sum(1 for s in self.shown if s.id != OTHER_ID)
        entries.border_title = (f"Storylines ({total})" if len(self.shown) == len(self.stories)
                                else f"Storylines ({shown} of {total})")
        if self.shown:
            entries.set_rows([story_row(s) for s in self.shown])
            entries.highlighted = 0
        else:
            entries.set_rows([Text("No storyline matches.")], selectable=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._filter(event.value)

    def _filter(self, wanted: str) -> None:
        self.shown = listed_matches(self.stories, wanted, self.sides_named(wanted))
        self._show()

    def show_stories(self, stories: list[Storyline]) -> None:
        """Show the storylines as found again after files came or went, through the filter
        typed, the cursor on the storyline it was on (by its first article)."""
        entries = self.query_one("#stories", RowList)
        at = entries.highlighted
        was = self.shown[at].article_ids[:1] if self.shown and at is not None else []
        self.stories = stories
        entries.border_subtitle = folder_line(stories)
        self._filter(self.query_one("#story_filter", Input).value)
        entries.highlighted = next((n for n, s in enumerate(self.shown)
                                    if was and was[0] in s.article_ids), 0)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.shown:
            self.dismiss(self.shown[self.query_one("#stories", RowList).highlighted or 0].name)

    def action_move(self, step: int) -> None:
        """Move the highlight by ``step`` storylines, within those shown."""
        self.query_one("#stories", RowList).move(step)

    def action_edge(self, at: int) -> None:
        """The first (0) or the last (-1) storyline shown."""
        self.query_one("#stories", RowList).edge(at)

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        if self.shown:
            self.dismiss(self.shown[event.index].name)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_keys(self) -> None:
        """This list's keys: letters are the filter's here, not the dashboard's."""
        self.app.push_screen(HelpScreen([
            ("a letter, a digit", "Filter the storylines (by the start of a word: "
                                  "\"us\" finds US–China, \"coc\" cocoa)"),
            ("↑ / ↓, PgUp / PgDn", "Move the cursor"),
            ("Home / End", "The first / the last storyline"),
            ("Enter", "Open the storyline's briefing"),
            ("Backspace", "Take a letter off the filter"),
            ("Escape", "The dashboard (of the storyline open, else of every article)"),
            ("Ctrl+Q", "Quit"), ("?", "These keys (on an empty filter)"),
        ]))


def will_list(app: BriefingApp, briefing: Briefing) -> bool:
    """Whether ``offer_storylines`` is about to open on the storyline list (the dashboard
    fills its panels behind it after the list is painted)."""
    if app.config.negotiations or app.negotiation is not None or app.stories_offered:
        return False
    stories = briefing.storylines
    return (len(stories) > 1 and straight_into(stories) is None
            and any(s.id != OTHER_ID for s in stories))


def offer_storylines(app: BriefingApp, briefing: Briefing) -> None:
    """After the first whole-folder load: a folder that is one storyline stays on its
    briefing (the whole folder's); one storyline with a few strays (company news, market
    reports) opens straight into the storyline, the strays a key away (n); several
    storylines, or one among many other articles, open on their list; none, on the whole
    folder."""
    if app.config.negotiations or app.negotiation is not None or app.stories_offered:
        return
    listing = will_list(app, briefing)
    app.stories_offered = True
    stories = briefing.storylines
    keep_storylines(app, stories)
    if listing:
        show_storylines(app)
    elif len(stories) > 1 and (only := straight_into(stories)) is not None:
        app.open_negotiation(only.name)


def follow_changes(app: BriefingApp) -> None:
    """After files came or went: the storyline on screen under the name the change gave it
    ("Apr–Dec 2025" became "Apr 2025–Feb 2026" when an article joined), in the title and
    for ``n``/``N``; an open storyline list found again; an article filter dropped when the
    briefing no longer holds its article (another storyline, another as-of date)."""
    if app.briefing is not None:
        app.filters.fit(app.briefing)
    renamed = app.corpus.renamed(app.negotiation)
    if renamed is not None and renamed != app.negotiation:
        app.negotiations = [renamed if n == app.negotiation else n for n in app.negotiations]
        app.negotiation = renamed
    screen = app.screen
    if isinstance(screen, StoryListScreen):
        now = app.corpus.storylines_now()  # found again already, for the storyline open
        if now is not None and now is not screen.stories:
            keep_storylines(app, now)
            screen.show_stories(now)
        elif app.corpus.storylines_changed:
            _find_in_worker(app, push=False)


def keep_storylines(app: BriefingApp, stories: list[Storyline]) -> None:
    """The storylines the list shows and ``n``/``N`` step through."""
    app.story_list = stories
    app.negotiations = [s.name for s in stories] if len(stories) > 1 else []


# Apps finding them again, and whether the list opens then (S was pressed meanwhile).
_FINDING: weakref.WeakKeyDictionary[BriefingApp, bool] = weakref.WeakKeyDictionary()


def show_storylines(app: BriefingApp) -> None:
    """Push the storyline list, as the folder is now (files may have come and gone since it
    was last shown: then found again in a worker, once however often S is pressed); the one
    chosen opens on the dashboard."""
    if app.story_list and app.corpus.storylines_changed:
        _find_in_worker(app, push=True)
        return
    if app.story_list and (now := app.corpus.storylines_now()) is not None:
        keep_storylines(app, now)
    _push_list(app)


def _find_in_worker(app: BriefingApp, push: bool) -> None:
    """Find the storylines again in a worker, once however often asked; then show them on
    the list (``push``: opening it)."""
    if push and not _FINDING.get(app, False):
        app.notify("Finding the storylines of the articles as they are now…", timeout=2,
                   markup=False)
    if app in _FINDING:
        _FINDING[app] = _FINDING[app] or push
        return
    _FINDING[app] = push
    app.run_worker(partial(_find_again, app), thread=True, group="stories")


def _find_again(app: BriefingApp) -> None:
    stories: list[Storyline] | None = None
    try:
        stories = app.corpus.storylines()
    except Exception as exc:  # as every side task does: one line, and the rest goes on
        app.post_message(Problem(f"Could not find the storylines: {type(exc).__name__}: {exc}"))

    def show() -> None:
        push = _FINDING.pop(app, False)
        if stories is not None:
            keep_storylines(app, stories)
            if isinstance(app.screen, StoryListScreen):
                app.screen.show_stories(stories)
                if app.corpus.storylines_changed:  # files changed again meanwhile
                    _find_in_worker(app, push=False)
            elif push:
                _push_list(app)
    with contextlib.suppress(RuntimeError):  # the app closed meanwhile
        app.call_from_thread(show)


def _push_list(app: BriefingApp) -> None:
    if len(app.story_list) < 2:
        none = all(s.id == OTHER_ID for s in app.story_list)
        app.notify("These articles hold no negotiation found without a config, so all are "
                   "shown here (the README's config names one)." if none else
                   "These articles hold one storyline, shown here: no list to choose from.",
                   markup=False)
        return

    def chosen(name: str | None) -> None:
        if name is not None:
            app.open_negotiation(name)
    app.push_screen(StoryListScreen(app.story_list, app.negotiation, app.corpus.sides_named),
                    chosen)


def article_count(briefing: Briefing, stories: list[Storyline]) -> str:
    """How many articles a briefing holds, and of how many in the folder when it is one of
    the folder's ``stories`` ("7 of 8 articles": the eighth joined no storyline, and the
    header says so)."""
    shown = len(briefing.articles)
    folder = sum(s.size for s in stories or briefing.storylines)
    return f"{shown} of {count_of(folder, 'article')}" if folder > shown else count_of(
        shown, "article")
