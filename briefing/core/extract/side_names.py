"""Names that open with a country's word but name another party: a firm ("Canada Post", as
``country_led_firms`` finds an article's firms) or a union ("Canadian Union of Postal Workers",
by sides.yaml's ``union_name_words``). ``SideFinder`` reads such a name as a side of its own."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.language.lexicon import Lexicon
from briefing.text.phrases import PhraseHit, alternation

_POSSESSIVE = re.compile(r"['’]s?$")
RUN_BEFORE = 4  # capitalised words between the country's word and the union's, at most


class CountryLedNames:
    """The firms of the article at hand named with a country first, and unions named for one."""

    def __init__(self, lexicon: Lexicon, countries: frozenset[str]) -> None:
        self._countries = countries
        self._firm: re.Pattern[str] | None = None
        self._firms: dict[str, str] = {}
        section = lexicon["sides"]
        words = [str(w) for w in section.get("union_name_words") or []]
        links = alternation(str(w) for w in section.get("union_name_links") or [])
        self._not_unions = frozenset(str(w) for w in section.get("union_name_not") or [])
        word = r"[ ]+[A-Z][\w&-]*"
        # The capitalised run after the country's word holds a union's word, maybe then more
        # capitals ("Trade Union Confederation"), "of" and capitals ("Union of Postal
        # Workers"), maybe a possessive; a bounded run: linear on any line.
        tail = rf"(?:['’]s?)?(?:{word}){{0,2}}(?:[ ]+(?:{links})(?:{word}){{1,4}})?"
        self._union = re.compile(rf"(?:{word}){{0,{RUN_BEFORE}}}?[ ]+(?:{alternation(words)})"
                                 rf"\b(?![\w&-]){tail}") if words else None

    def set_firms(self, names: Mapping[str, str]) -> bool:
        """Read these firms' names (as written -> the firm's whole name); whether that
        changed what is read."""
        firm = re.compile(alternation(sorted(names, key=lambda n: (-len(n), n))) + r"\b") \
            if names else None  # the longest name first: "British Home Stores", "British Home"
        if (firm and firm.pattern) == (self._firm and self._firm.pattern):
            return False
        self._firm, self._firms = firm, dict(names)
        return True

    def is_firm(self, side: str) -> bool:
        """Whether ``side`` is one of the firms ``set_firms`` has."""
        return self._firm is not None and side in self._firms.values()

    def read(self, text: str, hits: list[PhraseHit]) -> list[PhraseHit]:
        """``hits`` with each country's that opens a firm's or a union's name read as that
        party's, and any hit inside that name dropped."""
        out: list[PhraseHit] = []
        past = -1
        for hit in hits:
            if hit.start < past:
                continue  # "Union" of "Canadian Union of Postal Workers"
            found = self._firm.match(text, hit.start) if self._firm is not None else None
            if found is not None:
                hit = PhraseHit(hit.start, found.end(), self._firms[found.group()])
            elif self._union is not None and hit.phrase in self._countries and (
                    union := self._union.match(text, hit.end)) is not None and \
                    self._not_unions.isdisjoint(union.group().split()):
                # ("Korean Workers Party", "South African Customs Union" are no union)
                name = _POSSESSIVE.sub("", text[hit.start:union.end()])
                hit = PhraseHit(hit.start, hit.start + len(name), name)
            past = hit.end
            out.append(hit)
        return out
