"""Messages from the workers to the app: dataclasses, posted from threads (``post_message``
is the one thread-safe call), handled on the event loop."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.message import Message

from briefing.model import Article, Briefing, DateItem

if TYPE_CHECKING:
    from briefing.tui.lists import ListScreen


@dataclass
class Parsed(Message):
    """A worker finished: here is the briefing, and what changed if it was a live update."""

    briefing: Briefing
    news: str = ""


@dataclass
class ParseFailed(Message):
    """The worker failed: one line to show."""

    error: str


@dataclass
class LoadProgress(Message):
    """How far a cold parse has got."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        # Only the latest figure matters: fold a burst into one.
        return isinstance(message, LoadProgress)


@dataclass
class FilesChanged(Message):
    """The watcher saw files change under the article folders."""

    changed: set[Path]
    removed: set[Path]


@dataclass
class SidesTagged(Message):
    """The sides each item names are worked out for this briefing (for the side filter)."""

    briefing: Briefing


@dataclass
class ArticleText(Message):
    """An article's paragraphs, read from its file, for the reader."""

    article: Article
    paragraphs: list[str]
    sentence: str | None


@dataclass
class TimelineReady(Message):
    """The timeline is merged: the list screen waiting for it can fill."""

    screen: ListScreen
    briefing: Briefing
    items: list[DateItem]


@dataclass
class Problem(Message):
    """A side task failed (the sides, the reader): one line to show; the rest goes on."""

    error: str


class NotifyHandler(logging.Handler):
    """Log records from the loader and the cache, shown as notifications, not on stderr
    (which would write over the dashboard)."""

    def __init__(self, app: App[None]) -> None:
        super().__init__(logging.WARNING)
        self.app = app

    def emit(self, record: logging.LogRecord) -> None:
        message = self.format(record)
        if threading.current_thread() is threading.main_thread():
            self.app.notify(message, severity="warning", markup=False, timeout=10)
        else:
            self.app.call_from_thread(self.app.notify, message, severity="warning", markup=False,
                                      timeout=10)
