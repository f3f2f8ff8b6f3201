"""Opening an article in the user's editor or pager, at the line that holds a sentence."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

# Programs that take "+LINE FILE" to open a file at a line (vi and its kin, Emacs, nano,
# less, more, ...): others are given the file alone.
LINE_AWARE = frozenset({"vi", "vim", "nvim", "view", "gvim", "ex", "nano", "pico", "emacs",
                        "emacsclient", "less", "more", "most", "micro", "kak", "joe", "jed",
                        "ne", "mg", "mcedit"})
PROBE = 12  # words of a sentence looked for in the file: enough to be unique


def line_of(path: Path, sentence: str | None) -> int | None:
    """The line of ``path`` (counted from 1) where ``sentence`` starts, if found: its first
    words with any spacing between them (a Markdown paragraph may be wrapped mid-sentence)."""
    words = (sentence or "").split()[:PROBE]
    if not words:
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def external_command(command: str, path: Path, sentence: str | None = None) -> list[str]:
    """The argv that opens ``path`` with ``command`` (``$EDITOR``, ``$PAGER``), at the line
    of ``sentence`` when the program is known to take "+LINE"."""
    argv = shlex.split(command)
    # "vim.basic", "vim.tiny": Debian's names for vim
    program = Path(argv[0]).name.split(".")[0] if argv else ""
    line = line_of(path, sentence) if program in LINE_AWARE else None
    return [*argv, *([f"+{line}"] if line else []), str(path)]
