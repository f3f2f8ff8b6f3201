"""Opening an article in the user's editor or pager, at the line that holds a sentence."""

from __future__ import annotations

import shlex
from pathlib import Path

# Programs that take "+LINE FILE" to open a file at a line (vi and its kin, Emacs, nano,
# less, more, ...): others are given the file alone.
LINE_AWARE = frozenset({"vi", "vim", "nvim", "view", "gvim", "ex", "nano", "pico", "emacs",
                        "emacsclient", "less", "more", "most", "micro", "kak", "joe", "jed",
                        "ne", "mg", "mcedit"})
PROBE = 60  # characters of a sentence looked for in the file: enough to be unique


def line_of(path: Path, sentence: str | None) -> int | None:
    """The line of ``path`` (counted from 1) that holds the start of ``sentence``, if found."""
    if not sentence:
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    at = text.find(sentence[:PROBE])
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def external_command(command: str, path: Path, sentence: str | None = None) -> list[str]:
    """The argv that opens ``path`` with ``command`` (``$EDITOR``, ``$PAGER``), at the line
    of ``sentence`` when the program is known to take "+LINE"."""
    argv = shlex.split(command)
    line = line_of(path, sentence) if argv and Path(argv[0]).name in LINE_AWARE else None
    return [*argv, *([f"+{line}"] if line else []), str(path)]
