"""Office holders as data: who held which office, for which side, on a given date.

The table is ``briefing/language/en/offices.yaml`` (its schema is documented at the top of that
file); a config adds rows under ``lexicon: offices: holders:``. ``OfficeTable`` answers two
questions for an article's date:

- a name ("Šefčovič", "Sefcovic", "Sir Keir Starmer", "President Reagan"): who it is, the side
  they act for and the offices they hold that day;
- a bare title and a side ("the prime minister" of Japan, "U.S. President"): who held it.

Names and titles match without regard to case, diacritics, hyphens or dots.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from briefing.language import table_cache
from briefing.language.lexicon import Lexicon
from briefing.language.offices_load import (
    load_offices,
    overlaps,
    packaged_sides,
    parse_offices,
    side_words,
)
from briefing.language.offices_model import (
    HONORIFICS,
    NOT_SURNAMES,
    Match,
    Office,
    OfficeHolder,
    OfficesError,
    Term,
    fold,
)

__all__ = ["Match", "Office", "OfficeHolder", "OfficeTable", "OfficesError", "Term", "fold",
           "holder", "load_offices", "load_table", "overlaps", "packaged_sides", "packaged_table",
           "parse_offices", "side_words", "table_of"]

PACKAGED = "en/offices.yaml"



class OfficeTable:
    """Indexes of a list of holders, for lookups by name and by title on a date."""

    def __init__(self, holders: Iterable[OfficeHolder], offices: Mapping[str, Office] | None = None,
                 side_words: Mapping[str, str] | None = None) -> None:
        self.holders: tuple[OfficeHolder, ...] = tuple(holders)
        self.offices: dict[str, Office] = dict(offices or {})
        self._names: dict[str, list[OfficeHolder]] = {}
        self._titles: dict[str, list[tuple[OfficeHolder, Term]]] = {}
        self._sides: dict[str, str] = {}
        for word, side in (side_words or {}).items():
            if fold(word):  # the first side a folded word names keeps it ("OPEC+" is "opec")
                self._sides.setdefault(fold(word), side)
        for h in self.holders:
            keys = {fold(h.name), *(fold(a) for a in h.aliases)}
            if fold(h.surname) not in NOT_SURNAMES:
                keys.add(fold(h.surname))
            for key in keys - {""}:
                self._names.setdefault(key, []).append(h)
            for t in h.terms:
                kind = self.offices.get(fold(t.office))
                phrases = {fold(t.office), *(fold(x) for x in t.titles),
                           *(fold(x) for x in (kind.titles if kind else ()))}
                for phrase in phrases - {""}:
                    self._titles.setdefault(phrase, []).append((h, t))
        self._longest_title = max((len(k.split()) for k in self._titles), default=0)
        self._longest_side = max((len(k.split()) for k in self._sides), default=0)

    # -- the two kinds of lookup

    def by_name(self, name: str, on: date, side: str | None = None) -> list[Match]:
        """Everyone the name (full name, alias or surname) can be who held an office on ``on``.

        ``side`` narrows several candidates to those acting for it; it never empties the answer.
        """
        words = _strip_honorifics(fold(name).split())
        matched = (self._match(h, on, side) for h in self._names.get(" ".join(words), []))
        found = [m for m in matched if m is not None]
        if side is not None and len(found) > 1:
            same = [m for m in found if m.side == side]
            found = same or found
        return found

    def held_before(self, name: str, title: str, on: date) -> bool:
        """Whether the person a name stands for held an office the press calls ``title``
        only before ``on`` ("President Carter" in 1987): no one of that name holds an office
        on ``on``, and one of them left such an office by then."""
        holders = self._names.get(" ".join(_strip_honorifics(fold(name).split())), [])
        wanted = " ".join(fold(title).split())
        if not holders or not wanted or any(h.terms_on(on) for h in holders):
            return False
        return any(t.end is not None and t.end < on and (h, t) in self._titles.get(wanted, [])
                   for h in holders for t in h.terms)

    def by_title(self, title: str, side: str, on: date) -> list[Match]:
        """Who held an office the press calls ``title`` for ``side`` on ``on``.

        On a handover day the incoming holder of a one-seat office is the answer.
        """
        hits = [(h, t) for h, t in self._titles.get(" ".join(fold(title).split()), [])
                if t.side == side and t.covers(on)]
        by_seat: dict[str, tuple[OfficeHolder, Term]] = {}
        shared: list[tuple[OfficeHolder, Term]] = []
        for h, t in hits:
            kind = self.offices.get(fold(t.office))
            if kind is not None and kind.shared:
                shared.append((h, t))
                continue
            seat = fold(t.office)
            if seat not in by_seat or t.start > by_seat[seat][1].start:
                by_seat[seat] = (h, t)
        people: dict[str, Match] = {}
        for h, t in [*by_seat.values(), *shared]:
            prior = people.get(h.name)
            people[h.name] = Match(h, t.side, (*(prior.terms if prior else ()), t))
        return list(people.values())

    def holder(self, title_or_name: str, side_hint: str | None, on_date: date) -> Match | None:
        """The one person a name, a titled name or a bare title stands for on a date, or None.

        - a name: "Šefčovič", "Sefcovic", "Sir Keir Starmer", "Lee Jae-myung";
        - a title before a name: "President Reagan", "Oil Minister Hisham Nazer" (when the title
          fits some of the name's holders, only those count);
        - a bare title with the side in the text or given: "the Japanese prime minister",
          "U.S. President", or ("the prime minister", "Japan").

        None when nothing matches or the answer is ambiguous (two Bakers, "President" of the EU).
        A bare surname is taken as given: the caller decides whether "He" in a sentence is a name.
        """
        words = fold(title_or_name).split()
        if words[:1] == ["the"]:
            words = words[1:]
        if not words:
            return None
        found = self.by_name(" ".join(words), on_date, side_hint)
        if found:
            return found[0] if len(found) == 1 else None
        side = side_hint
        text_side, rest = self._side_prefix(words)
        if text_side is not None and rest:
            side, words = text_side, rest
        words = _strip_honorifics(words)
        for n in range(len(words)):
            named = self.by_name(" ".join(words[n:]), on_date, side)
            if not named:
                continue
            title = " ".join(words[:n])
            titled = [m for m in named if title and _has_title(m, title, self)]
            if titled:
                return titled[0] if len(titled) == 1 else None
            return named[0] if len(named) == 1 else None
        if side is None:
            return None
        hits = self.by_title(" ".join(words), side, on_date)
        return hits[0] if len(hits) == 1 else None

    # -- helpers

    def _match(self, h: OfficeHolder, on: date, side: str | None = None) -> Match | None:
        """The holder's terms on ``on``, and the side they act for: ``side`` if one of those terms
        is for it, else the person's own side if a term is for it, else the latest-begun term's."""
        held = h.terms_on(on)
        if not held:
            return None
        sides = {t.side for t in held}
        if side in sides:
            return Match(h, side, held)
        if h.side in sides:
            return Match(h, h.side, held)
        return Match(h, max(held, key=lambda t: t.start).side, held)

    def _side_prefix(self, words: list[str]) -> tuple[str | None, list[str]]:
        for n in range(min(self._longest_side, len(words)), 0, -1):
            side = self._sides.get(" ".join(words[:n]))
            if side is not None:
                return side, words[n:]
        return None, words


def _strip_honorifics(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return words


def _has_title(m: Match, title: str, table: OfficeTable) -> bool:
    for t in m.terms:
        kind = table.offices.get(fold(t.office))
        phrases = {fold(t.office), *(fold(x) for x in t.titles),
                   *(fold(x) for x in (kind.titles if kind else ()))}
        if title in phrases:
            return True
    return False


def load_table(*paths: str | Path, packaged: bool = True,
               sides: Mapping[str, Any] | None = None) -> OfficeTable:
    """A lookup table of the packaged offices.yaml (unless ``packaged=False``) and more table files.

    Later files add holders and office kinds; a holder listed in two files is an error.
    """
    texts: list[tuple[str, str]] = []
    if packaged:
        texts.append((packaged_text(), f"briefing/language/{PACKAGED}"))
    for path in paths:
        p = Path(path)
        try:
            texts.append((p.read_text("utf-8"), str(p)))
        except OSError as exc:
            raise OfficesError(f"{p}: cannot be read ({exc.strerror}) — check the path") from None
    return table_of_texts(texts, sides)


def table_of_texts(texts: list[tuple[str, str]],
                   sides: Mapping[str, Any] | None = None) -> OfficeTable:
    """A lookup table of table texts, each with where it comes from (for errors). Parsing
    and checking thousands of rows takes about a second, so the built table is kept in the
    user cache dir, keyed by the texts, the sides and this code (``table_cache``)."""
    words = side_words(sides)
    return table_cache.get_or_build(
        [t for pair in texts for t in pair] + sorted(f"{k}\t{v}" for k, v in words.items()),
        lambda: _build(texts, words))


def _build(texts: list[tuple[str, str]], words: dict[str, str]) -> OfficeTable:
    canonical = frozenset(words.values())
    offices: dict[str, Office] = {}
    holders: list[OfficeHolder] = []
    seen: dict[str, OfficeHolder] = {}
    for text, where in texts:
        kinds, people = parse_offices(text, where, canonical)
        offices.update(kinds)
        for h in people:
            prior = seen.get(fold(h.name))
            if prior is not None:
                raise OfficesError(f"{where}:{h.line}: holder {h.name!r} is already in {prior.source}:"
                                   f"{prior.line} — add the new terms there, or remove one entry")
            seen[fold(h.name)] = h
            holders.append(h)
    return OfficeTable(holders, offices, words)


@lru_cache(maxsize=1)
def packaged_table() -> OfficeTable:
    """The packaged table, built once."""
    return load_table()


def packaged_text() -> str:
    """The packaged table's YAML text."""
    return resources.files("briefing.language").joinpath(PACKAGED).read_text("utf-8")


def table_of(lexicon: Lexicon) -> OfficeTable:
    """The office table of a lexicon: the packaged one, plus the config's rows under
    ``lexicon: offices:`` (same schema as offices.yaml), built once per lexicon."""
    def build() -> OfficeTable:
        extra = lexicon.sections.get("offices")
        if not extra:
            return packaged_table()
        texts = [(packaged_text(), f"briefing/language/{PACKAGED}"),
                 (yaml.safe_dump(extra, allow_unicode=True), "config lexicon.offices")]
        return table_of_texts(texts, lexicon["sides"])
    return lexicon.cached("offices", build)


def holder(title_or_name: str, side_hint: str | None, on_date: date) -> Match | None:
    """Look a name or title up in the packaged table (see ``OfficeTable.holder``)."""
    return packaged_table().holder(title_or_name, side_hint, on_date)
