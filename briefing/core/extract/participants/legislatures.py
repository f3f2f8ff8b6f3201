"""A country's legislature as the participant rules read it: the chamber a role names, its
named bodies ("House Agriculture Committee"), and the words that name it or refer back to it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefing.text.phrases import PhraseMatcher


@dataclass
class Legislature:
    """A country's legislature: the chamber a role names, and whether a sentence names it."""

    chambers: PhraseMatcher  # "Rep." -> "House"; "White House" -> "" (no chamber)
    words: PhraseMatcher  # "Congress", "lawmakers" -> "+"; "White House" -> ""
    body: re.Pattern[str]  # a chamber's named body: "House Agriculture Committee"
    references: PhraseMatcher  # "the committee": the legislature's, once a body is named
    names: frozenset[str] = frozenset()  # its chambers' names: "House", "Senate"

    def holds(self, name: str) -> bool:
        """Whether a name is one of the legislature's chambers or their bodies."""
        return name in self.names or self.body.fullmatch(name) is not None

    def chamber(self, roles: list[str]) -> str | None:
        """The chamber that every role names ("House Speaker", "Sen."), if one does: a
        legislator's; someone with a role of another kind as well is not only that."""
        found: set[str] = set()
        for role in roles:
            named = next((hit.phrase for hit in self.chambers.finditer(role) if hit.phrase), None)
            if named is None:
                return None
            found.add(named)
        return found.pop() if len(found) == 1 else None

    def itself_in(self, text: str) -> bool:
        """Whether a sentence names the legislature itself ("Congress", "the Senate",
        "lawmakers")."""
        return any(hit.phrase for hit in self.words.finditer(text))

    def member_in(self, text: str) -> bool:
        """Whether a sentence names one of its members ("Rep. Smith", "Senator Jones")."""
        return any(hit.phrase for hit in self.chambers.finditer(text))

    def refers_in(self, text: str) -> bool:
        """Whether a sentence refers back to a body ("the committee", "the panel")."""
        return any(True for _ in self.references.finditer(text))


def read_legislature(data: dict[str, Any]) -> Legislature:
    """The legislature roles.yaml describes (``legislatures``: chambers, bodies, words)."""
    chambers, words, references = PhraseMatcher(), PhraseMatcher(), PhraseMatcher()
    names = "|".join(re.escape(str(c)) for c in data.get("chambers") or {})
    kinds = "|".join(re.escape(str(b)) for b in data.get("bodies") or [])
    links = "".join(f"|{re.escape(str(w))}" for w in data.get("body_links") or [])
    # A chamber's name, capitalised words (and `body_links`), a kind of body; words apart.
    body = (re.compile(rf"(?<![\w-])(?:{names})(?:\s+(?:[A-Z][\w'’&-]*{links}))*?"
                       rf"\s+(?:{kinds})(?![\w-])") if names and kinds else re.compile("(?!)"))
    references.extend(str(r) for r in data.get("references") or [])
    for chamber, phrases in (data.get("chambers") or {}).items():
        for phrase in phrases or []:
            chambers.add(str(phrase), str(chamber), exact=True)
    for word in data.get("words") or []:
        for form in {str(word), str(word)[:1].upper() + str(word)[1:]}:
            words.add(form, "+", exact=True)
    for phrase in data.get("not") or []:
        chambers.add(str(phrase), "", exact=True)
        words.add(str(phrase), "", exact=True)
    return Legislature(chambers, words, body, references,
                       frozenset(str(c) for c in data.get("chambers") or {}))
