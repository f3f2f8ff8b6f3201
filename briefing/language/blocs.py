"""Blocs and their members on a day: ``bloc_members``, ``bloc_joined`` and ``bloc_left`` in
sides.yaml (Britain was of the European Community in 1987 and is not of the EU in 2025)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefing.language.lexicon import Lexicon


class Blocs:
    """Each bloc's members, and the days some joined or left it."""

    def __init__(self, sides: dict[str, Any]) -> None:
        self.members = {str(bloc): frozenset(str(m) for m in found or [])
                        for bloc, found in (sides.get("bloc_members") or {}).items()}
        self.joined = _days(sides.get("bloc_joined"))
        self.left = _days(sides.get("bloc_left"))
        # A side by a name it went by before (``former_names``): the European Community is
        # the European Union's bloc, West Germany is Germany.
        self.later = {str(earlier): str(entry.get("side")) for earlier, entry in
                      (sides.get("former_names") or {}).items() if isinstance(entry, dict)}

    def members_on(self, bloc: str, day: dt.date | None) -> frozenset[str]:
        """The members of ``bloc`` on ``day`` (every member ever listed when no day is known),
        by their names of today; a bloc may be given by a former name."""
        bloc = self.later.get(bloc, bloc)
        found = self.members.get(bloc, frozenset())
        if day is None:
            return found
        joined, left = self.joined.get(bloc, {}), self.left.get(bloc, {})
        return frozenset(m for m in found
                         if (m not in joined or joined[m] <= day) and (m not in left or day < left[m]))

    def is_member(self, side: str, bloc: str, day: dt.date | None) -> bool:
        """Whether ``side`` (by any name it went by) was of ``bloc`` on ``day``."""
        return self.later.get(side, side) in self.members_on(bloc, day)


def _days(table: Any) -> dict[str, dict[str, dt.date]]:
    """A table of members' days (the config checks a user's are dates)."""
    return {str(bloc): {str(m): day.date() if isinstance(day, dt.datetime) else day
                        for m, day in (found or {}).items() if isinstance(day, dt.date)}
            for bloc, found in (table or {}).items()}


def blocs(lexicon: Lexicon) -> Blocs:
    """The blocs of a lexicon, read once."""
    return lexicon.cached("blocs", lambda: Blocs(lexicon["sides"]))
