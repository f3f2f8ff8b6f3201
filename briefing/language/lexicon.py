"""Knowledge as data: the packaged YAML lexicons, extended by the user's config.

Each file in ``briefing/language/en/`` is one section (``text``, ``roles``, ``sides``, ``cues``,
``time``, ``topics``, ``grammar``). A config's ``lexicon:`` key adds to any list or mapping in any
section.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TypeVar, cast

import yaml

SECTIONS = ("text", "roles", "sides", "cues", "time", "topics", "grammar", "stories")
# Sections a config may add to that are not loaded with the others: the office-holder table
# (``en/offices.yaml``, read by ``briefing.language.offices`` only when a lookup needs it).
ADDED_ONLY = ("offices",)


_T = TypeVar("_T")


class LexiconError(ValueError):
    """A lexicon file or a config addition is malformed."""


# libyaml's parser when it is there (several times faster), with the safe constructors.
_SafeBase: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class WordLoader(_SafeBase):  # type: ignore[misc]
    """YAML 1.2 booleans: only true/false, so lexicon words such as "no" and "on" stay words."""


WordLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WordLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_words(text: str) -> Any:
    """Safe-load YAML in which "no", "on", "yes" and "off" are words, not booleans."""
    return yaml.load(text, Loader=WordLoader)


def packaged_section(section: str) -> dict[str, Any]:
    """One packaged lexicon section, as the files have it (read once)."""
    if section not in _PACKAGED:
        _PACKAGED[section] = _packaged(section)
    return _PACKAGED[section]


_PACKAGED: dict[str, dict[str, Any]] = {}


def _packaged_text(section: str) -> str:
    return resources.files("briefing.language").joinpath(f"en/{section}.yaml").read_text("utf-8")


def _packaged(section: str, text: str | None = None) -> dict[str, Any]:
    data = load_words(_packaged_text(section) if text is None else text) or {}
    if not isinstance(data, dict):
        raise LexiconError(f"packaged lexicon {section}.yaml is not a mapping")
    return data


def _extend(base: Any, extra: Any, where: str) -> Any:
    """Add ``extra`` to ``base``: lists are appended to, mappings merged key by key."""
    if isinstance(base, list):
        if not isinstance(extra, list):
            raise LexiconError(f"{where} must be a list")
        return base + [e for e in extra if e not in base]
    if isinstance(base, dict):
        if not isinstance(extra, dict):
            raise LexiconError(f"{where} must be a mapping")
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _extend(base[key], value, f"{where}.{key}") if key in base else value
        return merged
    return extra


@dataclass
class Lexicon:
    """All lexicon sections, merged with the config's additions."""

    sections: dict[str, dict[str, Any]]
    fingerprint: str = ""
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def __getitem__(self, section: str) -> dict[str, Any]:
        return self.sections[section]

    def cached(self, key: str, build: Callable[[], _T]) -> _T:
        """Build a derived structure (compiled patterns, sets) once per lexicon."""
        if key not in self._cache:
            self._cache[key] = build()
        return cast(_T, self._cache[key])

    def words(self, section: str, key: str) -> list[str]:
        """A list of words of a section, lower-cased ([] when the section lacks the key)."""
        return [str(w).lower() for w in self.sections[section].get(key) or []]


def load_lexicon(additions: dict[str, Any] | None = None) -> Lexicon:
    """Load the packaged lexicons and merge ``additions`` (the config's ``lexicon:`` key)."""
    texts = {name: _packaged_text(name) for name in SECTIONS}
    sections = {name: _packaged(name, text) for name, text in texts.items()}
    for name, extra in (additions or {}).items():
        if name in ADDED_ONLY:
            sections[name] = extra
            continue
        if name not in sections:
            raise LexiconError(f"lexicon.{name} is not a lexicon section ({', '.join(SECTIONS)})")
        sections[name] = _extend(sections[name], extra, f"lexicon.{name}")
    # The packaged files as they are, then the additions: dumping the merged sections as
    # YAML cost a tenth of a second at every start, a warm open's biggest single step.
    digest = hashlib.sha256()
    for name in (*SECTIONS, *ADDED_ONLY):
        digest.update((texts.get(name) or _packaged_text(name)).encode())
    if additions:
        digest.update(yaml.safe_dump(additions, sort_keys=True).encode())
    return Lexicon(sections, digest.hexdigest()[:16])


@functools.cache
def packaged_lexicon() -> Lexicon:
    """The packaged lexicons with no additions, loaded once (for callers given no lexicon)."""
    return load_lexicon()
