"""Sides' names that are also given names ("Chad", "Jordan", "Georgia"): a person's where a title
or an honorific stands before and a surname after ("Commissioner Chad McIntosh")."""

from __future__ import annotations

import re

from briefing.language.lexicon import Lexicon
from briefing.text.phrases import alternation


class GivenNames:
    """Sides' names that are also given names (``given_name_sides``): after a title or an
    honorific and before a capitalised surname, a person's ("Commissioner Chad McIntosh")."""

    def __init__(self, lexicon: Lexicon) -> None:
        names = [str(w) for w in lexicon["sides"].get("given_name_sides") or []]
        self.openers = {t.rsplit(" ", 1)[-1] for t in lexicon.words("roles", "titles")}
        self.openers.update(h.rstrip(".") for h in lexicon.words("roles", "honorifics"))
        self.names = frozenset(names)
        self.determiners = frozenset(w.lower() for w in lexicon.words("grammar", "determiners"))
        # A surname: capitalised, maybe after a prefix of roles.yaml's ("McIntosh", "O'Neill")
        prefixes = [str(p) for p in lexicon["roles"].get("name_prefixes") or []]
        surname = rf"(?:{alternation(prefixes)})?[A-Z][a-z'-]+\b"
        self._surname = re.compile(surname)
        self._at = re.compile(rf"(?:{alternation(names)})(?= {surname})") if names else None
        # "Jordan Pell, a spokesperson for Epic Games": an apposition or a verb of saying
        # after the surname makes it a person's name, with no title before it.
        followers = [str(w) for w in lexicon["sides"].get("given_name_followers") or []]
        # (not a day after the name: "Jordan Thursday said")
        days = [str(d).title() for d in [*(lexicon["time"].get("weekdays") or {}),
                                         *(lexicon["time"].get("months") or {})]]
        self._person = re.compile(rf"(?:{alternation(names)}) (?!(?:{alternation(days)})\b)"
                                  rf"{surname},? "
                                  rf"(?:{alternation(followers)})\b") if names and followers else None

    def at(self, text: str, start: int) -> bool:
        """Whether the side named at ``start`` of ``text`` is a person's given name."""
        if self._at is None or not self._at.match(text, start):
            return False
        before = text[max(0, start - 40):start].split()
        if before and before[-1].rstrip(".").lower() in self.openers:
            return True
        return self._person is not None and bool(self._person.match(text, start)) and not (
            before and before[-1].lower() in self.determiners)

    def between(self, before: str, word: str, after: str) -> bool:
        """Whether ``word`` between the words ``before`` and ``after`` is a given name."""
        return (word in self.names and before.rstrip(".").lower() in self.openers
                and bool(self._surname.fullmatch(after)))
