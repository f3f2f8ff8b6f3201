"""A rule's match as the resolvers read it, and the resolvers' signature."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from briefing.core.extract.timex.periods import Day, Resolved
from briefing.core.extract.timex.vocab import Unresolvable, Vocabulary


class Groups:
    """A match whose missing named groups read as None, so rules can share handlers."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match
        self.groups = match.groupdict()
        self.string = match.string

    def __getitem__(self, name: str) -> str | None:
        return self.groups.get(name)

    def need(self, name: str) -> str:
        """A group the resolver cannot do without (``Unresolvable`` if it matched nothing)."""
        value = self.groups.get(name)
        if value is None:
            raise Unresolvable(name)
        return value

    def start(self) -> int:
        return self.match.start()

    def end(self) -> int:
        return self.match.end()


class Tense(Protocol):
    """The tense of the sentence around a match (``tense.tense``), asked for only by the
    resolvers that need it: most dates carry their year, or are placed without one."""

    def __call__(self) -> int:
        """+1 future, -1 past, -2 a past verb governs the expression, 0 unknown."""

    def leans_past(self) -> bool:
        """Whether the sentence's tense words, too few to decide, lean to the past."""

    def past_verb_next(self) -> bool:
        """Whether the word right after the expression is a past-tense verb ("the
        Commission on Tuesday proposed ..."): the verb's own day."""

    def set_for(self) -> bool:
        """Whether a word of ``day_ahead_links`` stands right before the expression and it
        is no possessive ("a strike for Wednesday", not "for Friday's attack")."""


Handler = Callable[[Vocabulary, Groups, Day | None, Tense], Resolved | None]
