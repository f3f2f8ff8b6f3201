"""A config's lexicon additions checked against the packaged lexicons: known sections and
keys, the same kinds of values, regular expressions that compile, date rules the tagger can
run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from briefing.config.errors import ConfigError
from briefing.config.lines import Lines
from briefing.language.lexicon import ADDED_ONLY, SECTIONS, packaged_section
from briefing.language.offices_load import parse_offices
from briefing.language.offices_model import OfficesError
from briefing.language.rules import RESOLVERS, pattern_problem, rule_problem


def check_lexicon(value: Any, path: Path, lines: Lines, warnings: list[str]) -> dict[str, Any]:
    """The config's lexicon additions, checked against the shape of the packaged lexicons:
    known sections and keys, the same kinds of values, regular expressions that compile."""
    if not isinstance(value, dict):
        raise ConfigError(path, "lexicon", "must be a mapping of lexicon sections",
                          f"use sections among {', '.join(SECTIONS)}")
    out: dict[str, Any] = {}
    for section, extra in value.items():
        where = f"lexicon.{section}"
        if section in ADDED_ONLY:
            out[section] = _office_rows(extra, path, where)
            continue
        if section not in SECTIONS:
            raise ConfigError(path, where, "is not a lexicon section",
                              f"use one of {', '.join((*SECTIONS, *ADDED_ONLY))}")
        if not isinstance(extra, dict):
            raise ConfigError(path, where, "must be a mapping",
                              "write e.g. lexicon: {roles: {titles: [mediator]}}")
        packaged = packaged_section(section)
        out[section] = {}
        for key, entries in extra.items():
            if key not in packaged:
                warnings.append(f"{path}: {lines.where(f'{where}.{key}')}: unknown lexicon key "
                                f"ignored (known in {section}: {', '.join(packaged)})")
                continue
            _like(entries, packaged[key], f"{where}.{key}", path)
            out[section][key] = entries
    for key, pattern in _patterns(out):
        problem = pattern_problem(pattern, rule=False)
        if problem:
            raise ConfigError(path, key, problem,
                              "correct the pattern (Python regular expression syntax)")
    for n, rule in enumerate(out.get("time", {}).get("rules", [])):
        _time_rule(rule, f"lexicon.time.rules[{n}]", path)
    for earlier, entry in (out.get("sides", {}).get("former_names") or {}).items():
        _former_name(entry, f"lexicon.sides.former_names.{earlier}", path)
    for table in ("bloc_joined", "bloc_left"):
        for bloc, members in (out.get("sides", {}).get(table) or {}).items():
            for member, day in (members or {}).items():
                if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                    raise ConfigError(path, f"lexicon.sides.{table}.{bloc}.{member}",
                                      "must be a date (YYYY-MM-DD)",
                                      f"write e.g. {table}: {{European Union: {{Britain: 2020-01-31}}}}")
    return out


def _former_name(entry: Any, where: str, path: Path) -> None:
    """A former name needs the later side's name and the day the former name ended."""
    fix = "write e.g. Burma: {side: Myanmar, until: 1989-06-18}"
    if not isinstance(entry, dict):
        raise ConfigError(path, where, "must be a mapping of side and until", fix)
    if not isinstance(entry.get("side"), str) or not entry["side"].strip():
        raise ConfigError(path, f"{where}.side", "must name the side's later name", fix)
    if not isinstance(entry.get("until"), dt.date):
        raise ConfigError(path, f"{where}.until", "must be a date (YYYY-MM-DD)", fix)


def _time_rule(rule: dict[str, Any], where: str, path: Path) -> None:
    """Refuse a date rule the tagger could not use: the registry of rule vocabulary decides
    (briefing.language.rules), as it does for the tagger."""
    found = rule_problem(rule)
    if found is None:
        return
    key, problem = found
    if key == "resolve":
        raise ConfigError(path, f"{where}.resolve", problem,
                          f"use one of {', '.join(sorted(RESOLVERS))}")
    raise ConfigError(path, f"{where}.pattern", problem,
                      "correct the pattern (Python regular expression syntax; named groups "
                      "as the resolver reads them, see time.yaml)")


def _like(value: Any, sample: Any, where: str, path: Path) -> None:
    """Check that ``value`` has the shape of the packaged ``sample``: lists of the same kind
    of entries, tables (mappings) with the same kind of values, and records (the mappings
    that are entries of a list, such as a date rule) with the keys the packaged ones have."""
    if isinstance(sample, list):
        if not isinstance(value, list):
            raise _wrong(where, path, "a list", f"{_last(where)}: [first, second]")
        if sample and all(isinstance(s, dict) for s in sample):
            for n, entry in enumerate(value):
                _record(entry, sample, f"{where}[{n}]", path)
        elif sample:
            for n, entry in enumerate(value):
                _like(entry, sample[0], f"{where}[{n}]", path)
    elif isinstance(sample, dict):
        if not isinstance(value, dict):
            raise _wrong(where, path, "a mapping", f"{_last(where)}: {{key: value}}")
        for key, entry in value.items():
            if key in sample:
                _like(entry, sample[key], f"{where}.{key}", path)
            elif sample:
                _like(entry, next(iter(sample.values())), f"{where}.{key}", path)
    elif isinstance(sample, bool) and not isinstance(value, bool):
        raise _wrong(where, path, "true or false", "true")
    elif isinstance(sample, int) and (isinstance(value, bool) or not isinstance(value, int)):
        raise _wrong(where, path, "a whole number", "3")
    elif isinstance(sample, str) and (not isinstance(value, str) or not value.strip()):
        raise _wrong(where, path, "a word or phrase", "'trade envoy'")


def _record(value: Any, samples: list[dict[str, Any]], where: str, path: Path) -> None:
    """Check one record against the packaged records: its keys are those any of them has
    (each value like theirs), and it needs those all of them have."""
    fields: dict[str, Any] = {}
    for sample in samples:
        for key, entry in sample.items():
            fields.setdefault(key, entry)
    if not isinstance(value, dict):
        raise _wrong(where, path, "a mapping", f"{{{', '.join(f'{k}: ...' for k in fields)}}}")
    for key, entry in value.items():
        if key not in fields:
            raise ConfigError(path, f"{where}.{key}", "is not a known key",
                              f"use {', '.join(fields)}")
        _like(entry, fields[key], f"{where}.{key}", path)
    missing = [k for k in fields if k not in value and all(k in s for s in samples)]
    if missing:
        raise ConfigError(path, where, f"needs {missing[0]!r}",
                          f"give each entry {', '.join(fields)}")


def _wrong(where: str, path: Path, what: str, example: str) -> ConfigError:
    return ConfigError(path, where, f"must be {what}", f"write e.g. {example}")


def _last(where: str) -> str:
    """The last key of a key path ("lexicon.roles.titles" -> "titles")."""
    return where.rsplit(".", 1)[-1]


def _patterns(lexicon: dict[str, Any]) -> list[tuple[str, str]]:
    """Every regular expression among the additions, by its key."""
    text, time = lexicon.get("text", {}), lexicon.get("time", {})
    found = [(f"lexicon.text.boilerplate[{n}]", p) for n, p in enumerate(text.get("boilerplate", []))]
    found += [(f"lexicon.time.not_dates[{n}]", p) for n, p in enumerate(time.get("not_dates", []))]
    return found


def _office_rows(extra: Any, path: Path, where: str) -> Any:
    """Office-holder rows, checked by the table's own loader (same schema as offices.yaml)."""
    try:
        parse_offices(yaml.safe_dump(extra, allow_unicode=True), where)
    except OfficesError as exc:
        raise ConfigError(path, where, str(exc).removeprefix(f"{where}:"),
                          "see the schema at the top of briefing/language/en/offices.yaml"
                          ) from None
    return extra
