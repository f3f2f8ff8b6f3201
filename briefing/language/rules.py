"""The vocabulary of the date rule tables: what a rule in ``time.yaml`` (or in a config's
``lexicon: time: rules:``) may say.

A rule's ``pattern`` may hold the ``{placeholders}`` in ``SLOTS``; its ``resolve:`` names one of
``RESOLVERS``, and the pattern must have the named groups that resolver reads. The temporal
tagger (``briefing.core.extract.timex``) has one handler per resolver name, and both the tagger
and config validation check rules here: a rule the config accepts is one the tagger can use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# The {placeholders} a pattern may hold, each filled with the alternation of a word table.
SLOTS = ("month", "wday", "number", "ordinal", "part", "season", "day", "year")

# The placeholders whose words a sentence must hold for a rule that names one of them first to
# match (a sentence without a month name cannot match "{month} {day}").
WORD_SLOTS = ("month", "wday", "season", "year", "ordinal", "part")

# What a rule's ``resolve:`` may name, and the named groups the pattern must have for it.
RESOLVERS: Mapping[str, tuple[str, ...]] = {
    "exact": ("m", "d"),
    "range_one_month": ("m1", "d1", "d2"),
    "range_two_months": ("m1", "d1", "m2", "d2"),
    "month": ("m",),
    "relative_month": ("rel", "m"),
    "relative_month_day": ("rel", "m", "d"),
    "part_month": ("m",),
    "part_relative": ("part", "unit"),
    "quarter": ("ord",),
    "half": ("ord",),
    "season": ("s",),
    "year": ("y",),
    "week_after_next": (),
    "relative_unit": ("rel", "unit"),
    "within": ("n", "unit"),
    "in_time": ("n", "unit"),
    "in_ahead": ("n", "unit"),
    "given_span": ("n", "unit"),
    "deictic": ("w",),
    "weekday": ("wd",),
    "weekday_of_week": ("wd", "rel"),
    "week_of": ("m", "d"),
    "year_range": ("y", "y2"),
    "part_year": ("part", "y"),
    "weekend": (),
    "fiscal_year": (),
    "duration": ("n", "unit"),
    "reference": ("w",),
    "recurrence": ("w",),
    "ago": ("n", "unit"),
}

_PLACEHOLDER = re.compile(r"\{([a-z]+)\}")
_WORD_SLOT = re.compile(r"\{(" + "|".join(WORD_SLOTS) + r")\}")


def fill(pattern: str, slots: Mapping[str, str]) -> str:
    """Put the word tables into a pattern's {placeholders}; other braces stay regex counts."""
    return _PLACEHOLDER.sub(lambda m: slots[m.group(1)], pattern)


def first_word_slot(pattern: str) -> frozenset[str]:
    """The first kind of word a pattern names: one it cannot match without (or none)."""
    return frozenset(_WORD_SLOT.findall(pattern)[:1])


def pattern_problem(pattern: str, rule: bool = True) -> str | None:
    """Why a date rule's (or, with ``rule=False``, a negative rule's) pattern cannot be used,
    or None: an unknown placeholder or a regular expression that does not compile."""
    unknown = sorted(set(_PLACEHOLDER.findall(pattern)) - set(SLOTS))
    if unknown:
        return (f"unknown placeholder {{{unknown[0]}}} (known: "
                + ", ".join(f"{{{s}}}" for s in SLOTS) + ")")
    try:
        _compile_sample(pattern, rule)
    except re.error as exc:
        return f"bad regular expression ({exc.msg})"
    return None


def rule_problem(rule: Mapping[str, object]) -> tuple[str, str] | None:
    """Why a date rule cannot be used, as (its key at fault, the problem), or None. The rule
    has the shape of a packaged one (``name``, ``pattern``, ``resolve``, maybe ``words``)."""
    pattern, resolver = rule.get("pattern"), rule.get("resolve")
    if not isinstance(pattern, str):
        return "pattern", "must be a regular expression"
    problem = pattern_problem(pattern)
    if problem:
        return "pattern", problem
    if not isinstance(resolver, str) or resolver not in RESOLVERS:
        return "resolve", "names no resolver"
    groups = _compile_sample(pattern, True).groupindex
    missing = [g for g in RESOLVERS[resolver] if g not in groups]
    if missing:
        return "pattern", (f"has no group (?P<{missing[0]}>...), which resolver {resolver} "
                           "reads")
    return None


def _compile_sample(pattern: str, rule: bool) -> re.Pattern[str]:
    filled = fill(pattern, {s: "(?:x)" for s in SLOTS})
    return re.compile(rf"\b{filled}\b" if rule else filled, re.IGNORECASE)
