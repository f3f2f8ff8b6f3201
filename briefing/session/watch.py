"""Watching article folders, so new, changed and deleted files show without a restart.

watchfiles uses the operating system's change notification (inotify, FSEvents, ...) through
Rust's notify crate; polling 19,000 files for changes would cost a core. Nothing here knows
about Textual: the app runs ``watch`` in a thread and is handed each batch of changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from watchfiles import Change, watch

# Group a burst of events (an editor's save, a copied folder) into one batch, and still show
# a change well within a second.
DEBOUNCE_MS = 60
STEP_MS = 20


def watch_paths(paths: Iterable[Path], stop: threading.Event,
                on_batch: Callable[[set[Path], set[Path]], None]) -> None:
    """Call ``on_batch(changed, removed)`` for each batch of changes until ``stop`` is set."""
    roots = [p for p in paths if p.exists()]
    if not roots:
        return
    for batch in watch(*roots, debounce=DEBOUNCE_MS, step=STEP_MS, stop_event=stop,
                       raise_interrupt=False, recursive=True):
        changed: set[Path] = set()
        removed: set[Path] = set()
        for change, name in batch:
            path = Path(name)
            if change == Change.deleted or not path.exists():
                removed.add(path)
                changed.discard(path)
            elif path.is_file():
                changed.add(path)
                removed.discard(path)
        if changed or removed:
            on_batch(changed, removed)
