"""A side's executive ("the White House", "the Commission"): the body a government's officials
act for when the story is the side's own business (``executives`` in roles.yaml)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from briefing.text.phrases import contains_run

_CAPITALISED = re.compile(r"([A-Z][\w'’.-]*) $")


@dataclass(frozen=True)
class Executive:
    """An executive's names (as the article may write them) and the titles of its officials."""

    names: re.Pattern[str]
    titles: frozenset[tuple[str, ...]]
    other_body: re.Pattern[str] | None = None  # "of the Federation": a body of its own

    def holds(self, roles: list[str], title_word: Callable[[str], str | None]) -> bool:
        """Whether a role holds one of the executive's titles ("Treasury Secretary"), and
        names no other body ("president of the Federation of ...")."""
        for role in roles:
            if self.other_body and self.other_body.search(role) and not self.names.search(role):
                continue
            words = tuple(title_word(w) or w.lower() for w in role.split())
            if any(contains_run(words, title) for title in self.titles):
                return True
        return False

    def is_named(self, name: str) -> bool:
        """Whether a name is the executive's, maybe after a capitalised word ("Reagan
        administration")."""
        return (self.names.fullmatch(name) is not None
                or self.names.fullmatch(name.split(maxsplit=1)[-1]) is not None)

    def named(self, texts: Iterable[str], title_word: Callable[[str], str | None],
              determiners: frozenset[str]) -> str | None:
        """The executive as the texts name it most apart from titles ("White House said",
        not "White House spokesman"); a lower-case name with the capitalised word before it
        ("Reagan administration", not "The administration")."""
        found: Counter[str] = Counter()
        for text in texts:
            for m in self.names.finditer(text):
                after = text[m.end():].split(maxsplit=1)
                if after and title_word(after[0].strip(",.;:")):
                    continue
                name = m.group()
                before = _CAPITALISED.search(text, 0, m.start())
                if (name.islower() and before and before.start() > 0
                        and before.group(1).lower() not in determiners):
                    name = f"{before.group(1)} {name}"
                found[name] += 1
        if not found:
            return None
        return max(found, key=lambda n: (found[n], len(n)))


def executives(data: dict[str, Any], title_word: Callable[[str], str],
               links: Iterable[str] = (), determiners: Iterable[str] = ()
               ) -> dict[str, Executive]:
    """The ``executives`` table of roles.yaml, by side (``links``: the words before a body of
    a role's own, ``executive_other_body``)."""
    out: dict[str, Executive] = {}
    words = "|".join(map(re.escape, links))
    dets = "(?:" + "|".join(map(re.escape, determiners)) + ") "
    other = re.compile(rf"\b(?:{words}) {dets}[A-Z]") if words else None
    for side, spec in (data or {}).items():
        names = sorted((str(n) for n in (spec or {}).get("names") or []), key=len, reverse=True)
        if not names:
            continue
        alternatives = "|".join(
            f"(?i:{re.escape(n)})" if n.islower() else re.escape(n) for n in names)
        out[str(side)] = Executive(
            re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"),
            frozenset(tuple(title_word(w) for w in str(t).split())
                      for t in (spec or {}).get("titles") or []), other)
    return out
