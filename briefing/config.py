"""The user's config: where articles are, the sides of the negotiation, lexicon additions, keys.

Found at ``--config FILE``, else ``./config.yaml``, else ``$XDG_CONFIG_HOME/briefing/config.yaml``,
else the packaged default. Every key is validated; a problem is one ``ConfigError`` line that
names the file, the key and the fix.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from briefing.language.lexicon import ADDED_ONLY, SECTIONS, load_words, packaged_section
from briefing.language.offices_load import parse_offices
from briefing.language.offices_model import OfficesError
from briefing.language.rules import RESOLVERS, pattern_problem, rule_problem
from briefing.text.controls import visible_name

PACKAGE_PREFIX = "package:"
KNOWN_KEYS = ("articles", "sides", "lexicon", "keys", "extensions", "negotiations")
# The file endings read as articles unless the config's ``extensions:`` says otherwise (the
# reader, briefing.core.read.files, has the same default).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".wire")


class ConfigError(Exception):
    """A config that cannot be used; ``str()`` is the one line to show the user."""

    def __init__(self, path: Path | str, key: str, problem: str, fix: str,
                 line: int | None = None) -> None:
        where = f"line {line}: {key}" if line else key
        # One line, whatever a key holds: a YAML key may be "\n" or an escape sequence.
        super().__init__(visible_name(f"{path}: {where}: {problem}; fix: {fix}"))
        self.path, self.key, self.problem, self.fix, self.line = path, key, problem, fix, line


@dataclass
class Negotiation:
    """One negotiation followed in the same articles: its sides and which articles it takes
    (those under its folders, if any, that mention one of its keywords, if any)."""

    name: str
    sides: dict[str, list[str]] = field(default_factory=dict)
    folders: list[Path] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass
class Config:
    """A validated config."""

    path: Path | None
    articles: list[Path] = field(default_factory=list)
    sides: dict[str, list[str]] = field(default_factory=dict)
    lexicon: dict[str, Any] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    extensions: tuple[str, ...] = ARTICLE_SUFFIXES
    warnings: list[str] = field(default_factory=list)
    negotiations: list[Negotiation] = field(default_factory=list)


def packaged_path() -> Path:
    """The packaged default config file."""
    return Path(str(resources.files("briefing").joinpath("data/config.yaml")))


XDG_DEFAULTS = {"config": ".config", "cache": ".cache", "data": ".local/share"}


def user_dir(kind: str) -> Path:
    """The user's own briefing folder of a kind: ``config``, ``cache`` or ``data`` (XDG)."""
    base = os.environ.get(f"XDG_{kind.upper()}_HOME") or str(Path.home() / XDG_DEFAULTS[kind])
    return Path(base) / "briefing"


def user_config_path() -> Path:
    """Where a user's own config lives (XDG)."""
    return user_dir("config") / "config.yaml"


def find_config(explicit: str | None) -> Path:
    """The config file to use, by the lookup order in the module docstring."""
    if explicit:
        return Path(explicit)
    for candidate in (Path("config.yaml"), user_config_path()):
        if candidate.is_file():
            return candidate
    return packaged_path()


def load_config(explicit: str | None = None) -> Config:
    """Find, read and validate the config; raise ``ConfigError`` on any problem."""
    path = find_config(explicit)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, "(file)", "no such file",
                          "give an existing file to --config, or drop the option") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, "(file)", f"cannot be read ({exc})",
                          "make it a readable UTF-8 text file") from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    """Validate config text read from ``path``."""
    try:
        data = load_words(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ConfigError(path, where, f"not valid YAML ({problem})",
                          "correct the YAML syntax at that line") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(path, "(top level)", "must be a mapping of keys",
                          "start with keys such as 'articles:' and 'sides:'")
    lines = _Lines(text)
    try:
        return _validate(data, path, lines)
    except ConfigError as exc:
        if exc.line is None and lines.line(exc.key):
            raise ConfigError(path, exc.key, exc.problem, exc.fix, lines.line(exc.key)) from None
        raise


def _validate(data: dict[Any, Any], path: Path, lines: _Lines) -> Config:
    config = Config(path=path)
    for key in data:
        if key not in KNOWN_KEYS:
            config.warnings.append(
                f"{path}: {lines.where(str(key))}: unknown key ignored "
                f"(known: {', '.join(KNOWN_KEYS)})")
    config.articles = _articles(data.get("articles", []), path)
    config.sides = _sides(data.get("sides", {}), path)
    config.lexicon = _lexicon(data.get("lexicon", {}), path, lines, config.warnings)
    config.keys = _keys(data.get("keys", {}), path)
    config.negotiations = _negotiations(data.get("negotiations", []), path)
    for negotiation in config.negotiations:
        # One parse serves every negotiation, so it knows every negotiation's sides.
        for side, aliases in negotiation.sides.items():
            config.sides.setdefault(side, [])
            config.sides[side] += [a for a in aliases if a not in config.sides[side]]
        config.articles += [f for f in negotiation.folders if f not in config.articles]
    if "extensions" in data:
        exts = data["extensions"]
        if not isinstance(exts, list) or not all(isinstance(e, str) and e for e in exts):
            raise ConfigError(path, "extensions", "must be a list of file endings",
                              "write e.g. extensions: [.txt, .md]")
        config.extensions = tuple(e.lower() if e.startswith(".") else "." + e.lower()
                                  for e in exts)
    return config


def _articles(value: Any, path: Path) -> list[Path]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(path, "articles", "must be a list of folders or files",
                          "write e.g. articles: [~/news/trade-talks]")
    out: list[Path] = []
    for entry in value:
        if entry.startswith(PACKAGE_PREFIX):
            out.append(Path(str(resources.files("briefing").joinpath(
                "data/" + entry[len(PACKAGE_PREFIX):]))))
            continue
        candidate = Path(os.path.expandvars(entry)).expanduser()
        out.append(candidate if candidate.is_absolute() else path.parent / candidate)
    return out


def _negotiations(value: Any, path: Path) -> list[Negotiation]:
    example = "write e.g. negotiations: [{name: Steel talks, keywords: [steel]}]"
    if not isinstance(value, list):
        raise ConfigError(path, "negotiations", "must be a list of negotiations", example)
    out: list[Negotiation] = []
    for n, entry in enumerate(value):
        where = f"negotiations[{n}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"]:
            raise ConfigError(path, where, "needs a name", example)
        unknown = set(entry) - {"name", "sides", "folders", "keywords"}
        if unknown:
            raise ConfigError(path, f"{where}.{sorted(unknown)[0]}", "is not a negotiation key",
                              "use name, sides, folders and keywords")
        keywords = entry.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
            raise ConfigError(path, f"{where}.keywords", "must be a list of words",
                              "write e.g. keywords: [steel, whisky]")
        out.append(Negotiation(
            name=entry["name"],
            sides=_sides(entry.get("sides", {}), path),
            folders=_articles(entry.get("folders", []), path) if entry.get("folders") else [],
            keywords=keywords,
        ))
    return out


def _sides(value: Any, path: Path) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ConfigError(path, "sides", "must map each side's name to its aliases",
                          "write e.g. sides: {India: [Indian, New Delhi]}")
    sides: dict[str, list[str]] = {}
    for name, aliases in value.items():
        if aliases is None:
            aliases = []
        if not isinstance(name, str) or not isinstance(aliases, list) or not all(
                isinstance(a, str) and a for a in aliases):
            raise ConfigError(path, f"sides.{name}", "must be a list of names",
                              f"write e.g. {name}: [alias, demonym, capital]")
        sides[name] = aliases
    return sides


def _lexicon(value: Any, path: Path, lines: _Lines, warnings: list[str]) -> dict[str, Any]:
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
    return out


def _office_rows(extra: Any, path: Path, where: str) -> Any:
    """Office-holder rows, checked by the table's own loader (same schema as offices.yaml)."""
    try:
        parse_offices(yaml.safe_dump(extra, allow_unicode=True), where)
    except OfficesError as exc:
        raise ConfigError(path, where, str(exc).removeprefix(f"{where}:"),
                          "see the schema at the top of briefing/language/en/offices.yaml") from None
    return extra


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


class _Lines:
    """Where each key of the config file is, to name its line in a message. The file is
    composed again only when a message needs a line: a good config is parsed once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def root(self) -> yaml.Node | None:
        try:
            return yaml.compose(self.text, Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            return None

    def where(self, key: str) -> str:
        """``key`` with its line, as "line 7: lexicon.text.boilerplate[0]"."""
        line = self.line(key)
        return f"line {line}: {key}" if line else key

    def line(self, key: str) -> int | None:
        """The line of ``key`` ("sides.India", "negotiations[0].name"), if the file has it."""
        node = self.root
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", key):
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if k.value == part), None)
            elif isinstance(node, yaml.SequenceNode) and part.startswith("["):
                index = int(part[1:-1])
                node = node.value[index] if index < len(node.value) else None
            else:
                node = None
            if node is None:
                return None
        return node.start_mark.line + 1 if node is not None else None


def _keys(value: Any, path: Path) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()):
        raise ConfigError(path, "keys", "must map binding ids to keys",
                          "write e.g. keys: {quit: 'q,ctrl+q'}")
    return dict(value)
