"""Office holders as data: who held which office, for which side, on a given date.

The table is ``briefing/data/lexicon/offices.yaml`` (its schema is documented at the top of that
file). ``load_offices`` reads and checks a table file; ``OfficeTable`` answers two questions for
an article's date:

- a name ("Šefčovič", "Sefcovic", "Sir Keir Starmer", "President Reagan"): who it is, the side
  they act for and the offices they hold that day;
- a bare title and a side ("the prime minister" of Japan, "U.S. President"): who held it.

Names and titles match without regard to case, diacritics, hyphens or dots. Pure Python: no
Textual here.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from briefing.lexicon import WordLoader, packaged_section

PACKAGED = "data/lexicon/offices.yaml"

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
    t = unicodedata.normalize("NFKD", text.translate(_FOLD))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = _JOINERS.sub(" ", _POSSESSIVE.sub("", t))
    return " ".join(_PUNCT.sub("", t).split())


# --------------------------------------------------------------------------- reading and checking


class OfficeLoader(WordLoader):
    """The lexicon's YAML loader, with dates left as text so that a bad one is our error, not PyYAML's."""


OfficeLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in WordLoader.yaml_implicit_resolvers.items()
}


def _node_lines(text: str) -> tuple[dict[str, int], list[int], list[list[int]]]:
    """Line numbers (1-based) of each office key, each holder and each holder's terms."""
    try:
        root = yaml.compose(text, Loader=OfficeLoader)
    except yaml.YAMLError:
        return {}, [], []
    offices: dict[str, int] = {}
    holders: list[int] = []
    terms: list[list[int]] = []
    if not isinstance(root, yaml.MappingNode):
        return offices, holders, terms
    for key, value in root.value:
        if key.value == "offices" and isinstance(value, yaml.MappingNode):
            offices = {k.value: k.start_mark.line + 1 for k, _ in value.value}
        if key.value == "holders" and isinstance(value, yaml.SequenceNode):
            for item in value.value:
                holders.append(item.start_mark.line + 1)
                lines: list[int] = []
                if isinstance(item, yaml.MappingNode):
                    for k, v in item.value:
                        if k.value == "terms" and isinstance(v, yaml.SequenceNode):
                            lines = [t.start_mark.line + 1 for t in v.value]
                terms.append(lines)
    return offices, holders, terms


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


def _day(value: Any, last: bool) -> tuple[date | None, bool]:
    """A term boundary as a day, and whether it was given only to the month or year.

    ``last``: a partial date means its last day (a term's ``to``) rather than its first.
    """
    if isinstance(value, date):
        return value, False
    text = str(value).strip()
    m = _PARTIAL.match(text)
    if not m:
        try:
            return date.fromisoformat(text), False
        except ValueError:
            return None, False
    year, month = int(m.group(1)), m.group(2)
    if month is None:
        return (date(year, 12, 31) if last else date(year, 1, 1)), True
    mon = int(month)
    if not 1 <= mon <= 12:
        return None, False
    return (date(year, mon, calendar.monthrange(year, mon)[1]) if last else date(year, mon, 1)), True


def _strings(value: Any) -> tuple[str, ...] | None:
    """A list of non-empty strings (a single string counts as a list of one), else None."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return None
    return tuple(v.strip() for v in value)


def packaged_sides() -> frozenset[str]:
    """The canonical side names of the packaged sides.yaml (countries and blocs)."""
    data = packaged_section("sides")
    return frozenset(name for group in ("countries", "blocs") for name in (data.get(group) or {}))


def parse_offices(text: str, where: str = "offices.yaml",
                  sides: Iterable[str] | None = None) -> tuple[dict[str, Office], list[OfficeHolder]]:
    """Read a table's text: its office kinds and its holders. Raises OfficesError on the first problem."""
    known = frozenset(sides) if sides is not None else packaged_sides()
    office_lines, holder_lines, term_lines = _node_lines(text)
    try:
        data = yaml.load(text, Loader=OfficeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise OfficesError(f"{where}{line}: not valid YAML ({getattr(exc, 'problem', exc)}) "
                           "— check the indentation and the brackets") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise OfficesError(f"{where}:1: the file must be a mapping with `holders:` "
                           "(and optionally `offices:`)")
    unknown = set(data) - {"offices", "holders"}
    if unknown:
        raise OfficesError(f"{where}:1: unknown top-level key {sorted(unknown)[0]!r} "
                           "— the file has only `offices:` and `holders:`")
    offices = _parse_office_kinds(data.get("offices") or {}, where, office_lines)
    raw_holders = data.get("holders") or []
    if not isinstance(raw_holders, list):
        raise OfficesError(f"{where}:1: `holders:` must be a list of entries, each starting with `- name:`")
    holders: list[OfficeHolder] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_holders):
        line = holder_lines[i] if i < len(holder_lines) else 0
        lines = term_lines[i] if i < len(term_lines) else []
        holder = _parse_holder(raw, i, where, line, lines, known)
        key = fold(holder.name)
        if key in seen:
            raise OfficesError(f"{where}:{line}: holder {holder.name!r} is listed twice (first at line "
                               f"{seen[key]}) — put all their terms under one entry")
        seen[key] = line
        holders.append(holder)
    return offices, holders


def _parse_office_kinds(raw: Any, where: str, lines: dict[str, int]) -> dict[str, Office]:
    if not isinstance(raw, dict):
        raise OfficesError(f"{where}:1: `offices:` must map an office to "
                           "{titles: [...], shared: true|false}")
    offices: dict[str, Office] = {}
    for key, spec in raw.items():
        at = f"{where}:{lines.get(str(key), 0)}: office {key!r}"
        if not isinstance(key, str) or not key.strip():
            raise OfficesError(f"{at}: an office key must be a phrase such as 'prime minister'")
        spec = spec or {}
        if not isinstance(spec, dict):
            raise OfficesError(f"{at}: must be a mapping such as {{titles: [premier], shared: false}}")
        unknown = set(spec) - OFFICE_KEYS
        if unknown:
            raise OfficesError(f"{at}: unknown key {sorted(unknown)[0]!r} "
                               "— an office has only `titles` and `shared`")
        titles = _strings(spec.get("titles", []))
        if titles is None:
            raise OfficesError(f"{at}: `titles` must be a list of phrases, e.g. [premier, pm]")
        shared = spec.get("shared", False)
        if not isinstance(shared, bool):
            raise OfficesError(f"{at}: `shared` must be true or false, not {shared!r}")
        offices[fold(key)] = Office(key.strip(), titles, shared)
    return offices


def _parse_holder(raw: Any, index: int, where: str, line: int, term_lines: list[int],
                  known: frozenset[str]) -> OfficeHolder:
    at = f"{where}:{line}: holder #{index + 1}"
    if not isinstance(raw, dict):
        raise OfficesError(f"{at}: must be a mapping starting with `- name:`")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise OfficesError(f"{at}: `name` is missing — give the full name, e.g. `name: Maroš Šefčovič`")
    name = name.strip()
    at = f"{where}:{line}: holder {name!r}"
    unknown = set(raw) - HOLDER_KEYS
    if unknown:
        raise OfficesError(f"{at}: unknown key {sorted(unknown)[0]!r} — use {', '.join(sorted(HOLDER_KEYS))}")
    side = raw.get("side")
    if not isinstance(side, str) or side not in known:
        raise OfficesError(f"{at}: side {side!r} is not a canonical side of sides.yaml — use its canonical "
                           "name (e.g. 'United States', 'European Union') or add the side there")
    surname = raw.get("surname", name.split()[-1])
    if not isinstance(surname, str) or not surname.strip():
        raise OfficesError(f"{at}: `surname` must be the family name as written, e.g. `surname: Xi`")
    aliases = _strings(raw.get("aliases", []))
    if aliases is None:
        raise OfficesError(f"{at}: `aliases` must be a list of names, e.g. [Sefcovic, Maros Sefcovic]")
    note = raw.get("note", "")
    raw_terms = raw.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise OfficesError(f"{at}: `terms` is missing — list the offices held, "
                           "e.g. `- {office: prime minister, from: 2024-10-01}`")
    terms = []
    for j, t in enumerate(raw_terms):
        term_line = term_lines[j] if j < len(term_lines) else line
        at_term = f"{where}:{term_line}: holder {name!r}, term {j + 1}"
        terms.append(_parse_term(t, at_term, term_line, side, known))
    return OfficeHolder(name=name, side=side, terms=tuple(terms), surname=surname.strip(), aliases=aliases,
                        note=str(note or ""), source=where, line=line)


def _parse_term(raw: Any, at: str, line: int, side: str, known: frozenset[str]) -> Term:
    if not isinstance(raw, dict):
        raise OfficesError(f"{at}: must be a mapping such as {{office: president, from: 2025-01-20}}")
    unknown = set(raw) - TERM_KEYS
    if unknown:
        raise OfficesError(f"{at}: unknown key {sorted(unknown)[0]!r} — use {', '.join(sorted(TERM_KEYS))}")
    office = raw.get("office")
    if not isinstance(office, str) or not office.strip():
        raise OfficesError(f"{at}: `office` is missing — name it as the press does, "
                           "e.g. `office: finance minister`")
    term_side = raw.get("side", side)
    if not isinstance(term_side, str) or term_side not in known:
        raise OfficesError(f"{at}: side {term_side!r} is not a canonical side of sides.yaml — use its "
                           "canonical name or add the side there")
    approx = raw.get("approx", False)
    if not isinstance(approx, bool):
        raise OfficesError(f"{at}: `approx` must be true or false, not {approx!r}")
    if "from" not in raw or raw["from"] is None:
        raise OfficesError(f"{at}: `from` is missing — give the first day in office as YYYY-MM-DD")
    start, start_partial = _day(raw["from"], last=False)
    if start is None:
        raise OfficesError(f"{at}: `from` {raw['from']!r} is not a date — write YYYY-MM-DD, or YYYY-MM "
                           "with `approx: true`")
    end: date | None = None
    end_partial = False
    if raw.get("to") is not None:
        end, end_partial = _day(raw["to"], last=True)
        if end is None:
            raise OfficesError(f"{at}: `to` {raw['to']!r} is not a date — write YYYY-MM-DD, YYYY-MM "
                               "with `approx: true`, or leave it out while in office")
        if end < start:
            raise OfficesError(f"{at}: `to` {end} is before `from` {start} — swap or correct the dates")
    if (start_partial or end_partial) and not approx:
        raise OfficesError(f"{at}: a date given only to the month or year needs `approx: true` "
                           "— add it, or give the full date")
    titles = _strings(raw.get("titles", []))
    if titles is None:
        raise OfficesError(f"{at}: `titles` must be a list of phrases, e.g. [top tariff negotiator]")
    return Term(office=office.strip(), side=term_side, start=start, end=end, titles=titles, approx=approx,
                note=str(raw.get("note") or ""), line=line)


def load_offices(path: str | Path, sides: Iterable[str] | None = None) -> list[OfficeHolder]:
    """The holders of one table file, checked (OfficesError names the file, line, entry and fix)."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as exc:
        raise OfficesError(f"{p}: cannot be read ({exc.strerror}) — check the path") from None
    return parse_offices(text, str(p), sides)[1]


def overlaps(holders: Iterable[OfficeHolder], offices: Mapping[str, Office] | None = None) -> list[str]:
    """One line per pair of terms of a one-seat office that overlap in time for one side.

    A term may end on the day its successor's begins. Shared offices (``shared: true``) may
    overlap; terms with approximate dates may overlap by up to a month.
    """
    kinds = offices or {}
    seats: dict[tuple[str, str], list[tuple[Term, OfficeHolder]]] = {}
    for h in holders:
        for t in h.terms:
            kind = kinds.get(fold(t.office))
            if kind is not None and kind.shared:
                continue
            seats.setdefault((t.side, fold(t.office)), []).append((t, h))
    problems: list[str] = []
    for (side, office), held in seats.items():
        held.sort(key=lambda th: th[0].start)
        for i, (a, ha) in enumerate(held):
            for b, hb in held[i + 1:]:
                a_end = a.end or date.max
                if b.start >= a_end:
                    break
                slack = APPROX_SLACK if (a.approx or b.approx) else timedelta(0)
                if a.end is not None and a_end - b.start <= slack:
                    continue
                problems.append(
                    f"{hb.source}:{b.line or hb.line}: {hb.name!r} ({office}, {side}) from {b.start} "
                    "overlaps "
                    f"{ha.name!r} ({a.start} to {a.end or 'now'}) — correct the dates or mark the office "
                    "`shared: true`")
    return problems


# --------------------------------------------------------------------------- lookups


class OfficeTable:
    """Indexes of a list of holders, for lookups by name and by title on a date."""

    def __init__(self, holders: Iterable[OfficeHolder], offices: Mapping[str, Office] | None = None,
                 side_words: Mapping[str, str] | None = None) -> None:
        self.holders: tuple[OfficeHolder, ...] = tuple(holders)
        self.offices: dict[str, Office] = dict(offices or {})
        self._names: dict[str, list[OfficeHolder]] = {}
        self._titles: dict[str, list[tuple[OfficeHolder, Term]]] = {}
        self._sides: dict[str, str] = {fold(k): v for k, v in (side_words or {}).items() if fold(k)}
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
        found = [self._match(h, on, side) for h in self._names.get(" ".join(words), [])]
        found = [m for m in found if m is not None]
        if side is not None and len(found) > 1:
            same = [m for m in found if m.side == side]
            found = same or found
        return found

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


def side_words(sides: Mapping[str, Any] | None = None) -> dict[str, str]:
    """Every way sides.yaml names a side ("U.S.", "Japanese", "Japan") -> its canonical name."""
    data = sides if sides is not None else packaged_section("sides")
    words: dict[str, str] = {}
    for group in ("countries", "blocs"):
        for canonical, aliases in (data.get(group) or {}).items():
            words.setdefault(canonical, canonical)
            for alias in aliases or []:
                words.setdefault(str(alias), canonical)
    return words


def load_table(*paths: str | Path, packaged: bool = True,
               sides: Mapping[str, Any] | None = None) -> OfficeTable:
    """A lookup table of the packaged offices.yaml (unless ``packaged=False``) and more table files.

    Later files add holders and office kinds; a holder listed in two files is an error.
    """
    canonical = frozenset(side_words(sides).values())
    texts: list[tuple[str, str]] = []
    if packaged:
        text = resources.files("briefing").joinpath(PACKAGED).read_text("utf-8")
        texts.append((text, f"briefing/{PACKAGED}"))
    for path in paths:
        p = Path(path)
        try:
            texts.append((p.read_text("utf-8"), str(p)))
        except OSError as exc:
            raise OfficesError(f"{p}: cannot be read ({exc.strerror}) — check the path") from None
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
    return OfficeTable(holders, offices, side_words(sides))


@lru_cache(maxsize=1)
def packaged_table() -> OfficeTable:
    """The packaged table, built once."""
    return load_table()


def holder(title_or_name: str, side_hint: str | None, on_date: date) -> Match | None:
    """Look a name or title up in the packaged table (see ``OfficeTable.holder``)."""
    return packaged_table().holder(title_or_name, side_hint, on_date)
