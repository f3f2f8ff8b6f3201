"""Finding your way round a briefing: filters, the timeline, the articles, the reader.

A mixin of the app's actions, kept apart so that ``app.py`` stays about loading and layout.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App, SuspendNotSupported
from textual.widgets import Input

from briefing.language.morphology import count_of
from briefing.model import Article, Briefing, DateItem, Evidence, Item
from briefing.tui.filters import Filters, cycle, side_choices, topic_choices
from briefing.tui.messages import ArticleText, Problem, SidesTagged
from briefing.tui.panels import date_row
from briefing.tui.screens import DetailScreen, ListScreen, ReaderScreen

if TYPE_CHECKING:
    from briefing.session.corpus import Corpus
    from briefing.tui.panels import PanelList


class NavigationMixin(App[None]):
    """Actions for `/`, `s`, `t`, `l`, `a`, `o` and opening the reader from an evidence: the
    app's base class, apart so that ``app.py`` stays about loading and layout."""

    # Kept by the app (app.py); declared here for the actions that read them.
    filters: Filters
    briefing: Briefing | None
    corpus: Corpus
    _focus_index: int
    _after_tagging: list[Callable[[], None]]

    @property
    def panels(self) -> list[PanelList]:
        """The four panels, in order."""
        raise NotImplementedError

    def refresh_panels(self) -> None:
        """Show the briefing's items through the filters in force."""
        raise NotImplementedError

    def current_item(self) -> Item | None:
        """The item the user is on: the detail view's, else the focused panel's."""
        raise NotImplementedError

    # -- filters ----------------------------------------------------------------------------
    def action_filter(self) -> None:
        """Show the filter box; typing filters every panel at once."""
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.filters.text = event.value.strip()
            self.refresh_panels()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.panels[self._focus_index].focus()

    def action_close_filter(self) -> None:
        """Clear the text filter and hide its box."""
        box = self.query_one("#filter", Input)
        box.value = ""
        box.display = False
        self.filters.text = ""
        self.refresh_panels()
        self.panels[self._focus_index].focus()

    def action_side_filter(self) -> None:
        """Show one side after another, then every side again."""
        def next_side() -> None:
            if self.briefing is not None:
                self.filters.side = cycle(side_choices(self.briefing), self.filters.side)
        self.tag_sides(next_side)

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
        """Show one topic after another, then every topic again."""
        if self.briefing is not None:
            self.filters.topic = cycle(topic_choices(self.briefing), self.filters.topic)
            self.refresh_panels()

    # -- lists and the reader ---------------------------------------------------------------
    def action_timeline(self) -> None:
        """Every dated event, past and upcoming, in order."""
        briefing = self.briefing
        if briefing is None:
            return
        items: list[DateItem] = briefing.timeline
        rows = []
        for item in items:
            row = date_row(item, briefing.as_of)
            if briefing.as_of and item.end <= briefing.as_of:
                row.stylize("dim")
            rows.append(row)
        first_ahead = next((n for n, d in enumerate(items)
                            if briefing.as_of and d.end > briefing.as_of), 0)
        self.push_screen(ListScreen(f"Timeline ({len(items)}; dim: passed)", rows,
                                    lambda n: self.open_detail(items[n]),
                                    start=first_ahead))

    def action_articles(self) -> None:
        """The articles read, newest first; Enter opens one."""
        briefing = self.briefing
        if briefing is None:
            return
        articles = sorted(briefing.articles, key=lambda a: (a.date is None, a.date), reverse=True)
        rows = []
        for art in articles:
            row = Text(no_wrap=True, overflow="ellipsis")
            row.append((art.date.isoformat() if art.date else "undated").ljust(12), style="bold")
            row.append(art.label)
            if art.warnings:
                row.append(f"  ({count_of(len(art.warnings), 'warning')})",
                           style="italic")
            rows.append(row)
        self.push_screen(ListScreen(f"Articles ({len(articles)})", rows,
                                    lambda n: self.open_reader_for(articles[n], None)))

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
        article = self._article_in_view()
        if article is None:
            self.notify("No article here to open.", severity="warning")
            return
        command = os.environ.get("EDITOR") or os.environ.get("PAGER") or "less"
        argv = [*shlex.split(command), str(article.path)]
        try:
            with self.suspend():
                subprocess.run(argv, check=False)
        except SuspendNotSupported:
            subprocess.run(argv, check=False, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            self.notify(f"Could not run {command!r}: {exc}", severity="error", markup=False)

    def _article_in_view(self) -> Article | None:
        if isinstance(self.screen, ReaderScreen):
            return self.screen.article
        item = self.current_item()
        evidence = getattr(item, "evidence", None)
        if evidence and self.briefing is not None:
            return self.briefing.article(evidence[0].article_id)
        return None
