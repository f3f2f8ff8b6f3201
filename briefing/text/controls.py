"""Control characters made visible, so text from a file can never steer a terminal.

An article or a file name may hold ANSI escape sequences (ESC, or the one-byte CSI U+009B),
bells, backspaces or carriage returns. Shown as they are, they would recolour, rewrite or
hide what is on the screen. Each becomes a visible stand-in instead: the Unicode "control
pictures" (``␛`` for ESC) for C0 and DEL, and ``�`` for the C1 range. Tabs and line breaks
stay: the readers turn them into spaces and paragraphs.
"""

from __future__ import annotations

import re

_KEEP = {"\t", "\n", "\r"}
_TABLE = {c: 0x2400 + c for c in range(0x20) if chr(c) not in _KEEP}
_TABLE[0x7F] = 0x2421  # ␡
_TABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_NAME_TABLE = {**_TABLE, ord("\t"): 0x2409, ord("\n"): 0x240A, ord("\r"): 0x240D}
# Scanning for one is far quicker than translating: nearly every text holds none.
_ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ANY_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` with every control character but tab and line breaks made visible."""
    return text.translate(_TABLE) if _ANY.search(text) else text


def visible_name(text: str) -> str:
    """A file name or path for one line of a screen: every control character made visible,
    tabs and line breaks too."""
    return text.translate(_NAME_TABLE) if _ANY_IN_NAME.search(text) else text


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a character ``visible`` would replace."""
    return _ANY.search(text) is not None
