"""The user's config: where articles are, the sides of the negotiation, lexicon additions, keys.

Found at ``--config FILE``, else ``./config.yaml``, else ``$XDG_CONFIG_HOME/briefing/config.yaml``,
else the packaged default. Every key is validated; a problem is one ``ConfigError`` line that
names the file, the key and the fix.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from briefing.config.errors import ConfigError as ConfigError
from briefing.config.lexicon import check_lexicon
from briefing.config.lines import Lines
from briefing.language.lexicon import load_words
from briefing.language.weights import RULES, ModelError, StatementModel

PACKAGE_PREFIX = "package:"
KNOWN_KEYS = ("articles", "sides", "lexicon", "keys", "extensions", "negotiations", "model")
# The file endings read as articles unless the config's ``extensions:`` says otherwise (the
# reader, briefing.core.read.files, has the same default).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".wire")


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
    # Where each binding id of `keys:` stands ("line 12: keys.quit"), for the app's warning
    # about an id it does not have (the ids are the app's, so only it can tell).
    key_places: dict[str, str] = field(default_factory=dict)
    extensions: tuple[str, ...] = ARTICLE_SUFFIXES
    warnings: list[str] = field(default_factory=list)
    negotiations: list[Negotiation] = field(default_factory=list)
    # The statement model: None (packaged), "rules" (the cue rules alone), or a trained file.
    model: Path | str | None = None


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
    lines = Lines(text)
    try:
        return _validate(data, path, lines)
    except ConfigError as exc:
        if exc.line is None and lines.line(exc.key):
            raise ConfigError(path, exc.key, exc.problem, exc.fix, lines.line(exc.key)) from None
        raise


def _validate(data: dict[Any, Any], path: Path, lines: Lines) -> Config:
    config = Config(path=path)
    for key in data:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            config.warnings.append(
                f"{path}: {lines.where(str(key))}: unknown key ignored "
                f"({hint}known: {', '.join(KNOWN_KEYS)})")
    config.articles = _articles(data.get("articles", []), path)
    config.sides = _sides(data.get("sides", {}), path)
    config.lexicon = check_lexicon(data.get("lexicon", {}), path, lines, config.warnings)
    config.keys = _keys(data.get("keys", {}), path)
    config.key_places = {k: lines.where(f"keys.{k}") for k in config.keys}
    config.negotiations = _negotiations(data.get("negotiations", []), path)
    config.model = _model(data.get("model"), path)
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
        try:
            candidate = Path(os.path.expandvars(entry)).expanduser()
        except RuntimeError:  # "~name" of no user on this machine
            raise ConfigError(path, "articles", f"{entry!r} names a home folder of no user",
                              "write the folder's full path") from None
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
            sides=_sides(entry.get("sides", {}), path, f"{where}.sides"),
            folders=_articles(entry.get("folders", []), path) if entry.get("folders") else [],
            keywords=keywords,
        ))
    return out


def _model(value: Any, path: Path) -> Path | str | None:
    """``model:``: packaged (the default), rules, or a model file (relative to the config)."""
    if value is None or value in ("packaged", RULES):
        return None if value is None or value == "packaged" else RULES
    fix = "write model: packaged, model: rules, or the path of a file 'briefing train' wrote"
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(path, "model", "must be packaged, rules or a file name", fix)
    file = Path(value).expanduser()
    if not file.is_absolute():
        file = path.parent / file
    try:
        StatementModel.from_json(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, "model", f"{value} cannot be read "
                          f"({getattr(exc, 'strerror', None) or exc})", fix) from None
    except ModelError as exc:
        raise ConfigError(path, "model", f"{value} is {exc}", fix) from None
    return file


def _sides(value: Any, path: Path, key: str = "sides") -> dict[str, list[str]]:
    """``sides:`` (at ``key``: a negotiation's is "negotiations[0].sides")."""
    if not isinstance(value, dict):
        raise ConfigError(path, key, "must map each side's name to its aliases",
                          "write e.g. sides: {India: [Indian, New Delhi]}")
    sides: dict[str, list[str]] = {}
    for name, aliases in value.items():
        if aliases is None:
            aliases = []
        if not isinstance(name, str) or not isinstance(aliases, list) or not all(
                isinstance(a, str) and a for a in aliases):
            raise ConfigError(path, f"{key}.{name}", "must be a list of names",
                              f"write e.g. {name}: [alias, demonym, capital]")
        sides[name] = aliases
    return sides


def _keys(value: Any, path: Path) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ConfigError(path, "keys", "must map binding ids to keys",
                          "write e.g. keys: {quit: 'q,ctrl+q'}")
    for bid, keys in value.items():
        if isinstance(keys, (int, float, bool)):
            # YAML reads 5 as a number, true as a truth value: a key written bare is no text.
            raise ConfigError(path, f"keys.{bid}", "is read as a number or true/false, not a key",
                              f"write the key in quotes, e.g. keys: {{{bid}: 'q'}}")
        if not isinstance(keys, str) or not keys:
            raise ConfigError(path, f"keys.{bid}", "must be keys in quotes",
                              f"write e.g. keys: {{{bid}: 'q,ctrl+q'}}")
    return dict(value)
