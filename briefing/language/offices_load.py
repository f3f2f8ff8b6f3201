"""Reading and checking an office-holder table: a bad row is a one-line error naming the file,
the line, the entry and the fix."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from briefing.language.lexicon import WordLoader, packaged_section
from briefing.language.offices_model import (
    APPROX_SLACK,
    HOLDER_KEYS,
    OFFICE_KEYS,
    TERM_KEYS,
    Office,
    OfficeHolder,
    OfficesError,
    Term,
    fold,
)

# --------------------------------------------------------------------------- reading and checking


class OfficeLoader(WordLoader):
    """The lexicon's YAML loader, with dates left as text so that a bad one is our error, not PyYAML's."""


OfficeLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in WordLoader.yaml_implicit_resolvers.items()
}


def _load(text: str) -> tuple[Any, yaml.Node | None]:
    """The table's data and its node tree (for line numbers), parsed once."""
    loader = OfficeLoader(text)
    try:
        root = loader.get_single_node()
        return (loader.construct_document(root) if root is not None else None), root
    finally:
        loader.dispose()


def _node_lines(root: yaml.Node | None) -> tuple[dict[str, int], list[int], list[list[int]]]:
    """Line numbers (1-based) of each office key, each holder and each holder's terms."""
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
    try:
        data, root = _load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark is not None else ""
        raise OfficesError(f"{where}{at}: not valid YAML ({getattr(exc, 'problem', exc)}) "
                           "— check the indentation and the brackets") from None
    office_lines, holder_lines, term_lines = _node_lines(root)
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

