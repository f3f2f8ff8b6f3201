"""The office-holder table's data: offices, terms, holders, lookup answers, and how names fold.

The table itself is ``briefing/language/en/offices.yaml`` (its schema is documented at its top);
``offices_load`` reads and checks it, ``offices`` answers lookups on a date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

HOLDER_KEYS = frozenset({"name", "surname", "aliases", "side", "terms", "note"})
TERM_KEYS = frozenset({"office", "titles", "side", "from", "to", "approx", "note"})
OFFICE_KEYS = frozenset({"titles", "shared"})

# Words before a name that are neither name nor office ("Sir Keir Starmer", "Sheikh Ali").
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "madame",
    "monsieur", "herr", "frau", "sheikh", "shaikh", "prince", "princess", "h", "e", "his", "her",
})

# Surnames that are also everyday words at a sentence start: "He Lifeng" is found by his full
# name, never by "He" alone.
NOT_SURNAMES = frozenset({"he", "it", "we", "i", "a", "an", "the", "so", "to", "do", "no", "on", "in"})

# How long two approximate terms of one seat may seem to overlap (a month-precise handover).
APPROX_SLACK = timedelta(days=31)


class OfficesError(ValueError):
    """The office-holder table is malformed; the message is one line: file, line, entry, fix."""


@dataclass(frozen=True)
class Office:
    """A kind of office: its key, the phrases the press writes for it, and whether it has one seat."""

    key: str
    titles: tuple[str, ...] = ()
    shared: bool = False


@dataclass(frozen=True)
class Term:
    """One office held by one person for one side over one span of days (``end`` None: in office)."""

    office: str
    side: str
    start: date
    end: date | None = None
    titles: tuple[str, ...] = ()
    approx: bool = False
    note: str = ""
    line: int = 0

    def covers(self, on: date) -> bool:
        """Whether the term includes the day ``on`` (first and last day included)."""
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class OfficeHolder:
    """A person and the terms of office they held, oldest first."""

    name: str
    side: str
    terms: tuple[Term, ...]
    surname: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    source: str = ""
    line: int = 0

    def terms_on(self, on: date) -> tuple[Term, ...]:
        """The terms that include ``on``."""
        return tuple(t for t in self.terms if t.covers(on))

    def side_on(self, on: date) -> str | None:
        """The side the person acts for on ``on`` (their latest-begun term), None if out of office."""
        held = self.terms_on(on)
        return max(held, key=lambda t: t.start).side if held else None

    def offices_on(self, on: date) -> tuple[str, ...]:
        """The offices held on ``on``."""
        return tuple(t.office for t in self.terms_on(on))


@dataclass(frozen=True)
class Match:
    """The answer of a lookup: the person, the side they act for that day and the terms that matched."""

    holder: OfficeHolder
    side: str
    terms: tuple[Term, ...]

    @property
    def name(self) -> str:
        return self.holder.name

    @property
    def offices(self) -> tuple[str, ...]:
        return tuple(t.office for t in self.terms)


# --------------------------------------------------------------------------- normalising text

_FOLD = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d",
})
_POSSESSIVE = re.compile(r"['’]s\b")
_JOINERS = re.compile(r"[-‐‑‒–—_/]")
_PUNCT = re.compile(r"[^\w\s]")


def fold(text: str) -> str:
    """Lower case, no diacritics, hyphens as spaces, no dots or apostrophes: "Šefčovič" -> "sefcovic"."""
    if text.isascii():  # no diacritics to take off (most names: the table folds thousands)
        t = text.casefold()
    else:
        t = unicodedata.normalize("NFKD", text.translate(_FOLD))
        t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = _JOINERS.sub(" ", _POSSESSIVE.sub("", t))
    return " ".join(_PUNCT.sub("", t).split())

