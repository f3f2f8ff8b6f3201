"""The dashboard's header after its title: the negotiation's name, the filters, the as-of
date and the counts, clipped to the terminal's width."""

from __future__ import annotations


def clip(text: str, width: int) -> str:
    """``text`` in ``width`` columns, an ellipsis for what is cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


HEADER_CHROME = 20  # columns of the header that its title cannot use: the icon, the margins
HEADER_NAME = 16  # the fewest columns a negotiation's name keeps in the header


def header_text(name: str, rest: list[str], width: int, title: str) -> str:
    """The header after the title: the negotiation's name, then the filters, the as-of date
    and the counts, the name clipped so that what follows it fits in ``width`` columns (a
    user at 80 columns lost the article count and half the date)."""
    after = " · ".join(p for p in rest if p)
    room = width - HEADER_CHROME - len(title) - len(after) - 6
    if name and width > 0 and len(name) > room:
        name = clip(name, max(HEADER_NAME, room))
    return " · ".join(p for p in (name, after) if p)


class HeaderLine:
    """The header as last drawn, so that a resize clips it again for the new width (and only
    while it is shown: not over "reading the articles again…")."""

    def __init__(self) -> None:
        self.parts: tuple[str, list[str]] | None = None
        self.drawn = ""

    def draw(self, name: str, rest: list[str], width: int, title: str) -> str:
        """The header for ``width`` columns, kept for ``redraw``."""
        self.parts, self.drawn = (name, rest), header_text(name, rest, width, title)
        return self.drawn

    def redraw(self, shown: str, width: int, title: str) -> str | None:
        """The header clipped for a new ``width``, if ``shown`` is still the one drawn."""
        if self.parts is None or shown != self.drawn:
            return None
        return self.draw(*self.parts, width, title)
