"""The compiled grammar of one lexicon: the rules and negative rules of ``time.yaml`` with their
placeholders filled from the word tables, and which of them are worth running on a text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from briefing.core.extract.timex.match import Handler
from briefing.core.extract.timex.resolve import HANDLERS
from briefing.core.extract.timex.vocab import Vocabulary
from briefing.language.lexicon import Lexicon, LexiconError
from briefing.language.rules import RESOLVERS, fill, first_word_slot, pattern_problem, rule_problem
from briefing.text.regex import LiteralFilter, with_first_chars

_WORDS = re.compile(r"[a-z0-9]+")
_YEAR = with_first_chars(r"\b(?:1[89]|2[01])\d\d\b")


class Rule(NamedTuple):
    """A compiled date rule: its regex, its resolver, the kinds of date words it cannot match
    without, and the words of which a sentence must hold one (none: no such condition)."""

    regex: re.Pattern[str]
    handler: Handler
    needs: frozenset[str]
    words: frozenset[str]
    kind: str


def unhandled_resolvers() -> list[str]:
    """The resolver names of the registry that have no handler here (none, or a bug)."""
    return sorted(set(RESOLVERS) - set(HANDLERS))


class Tables:
    """The compiled grammar for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        time = lexicon["time"]
        self.vocab = v = Vocabulary(time, lexicon["grammar"])
        missing = unhandled_resolvers()
        if missing:
            raise LexiconError(f"the date resolvers {', '.join(missing)} have no handler")
        slots = _slots(v)
        self.rules = [_rule(rule, slots, str(time["default_type"])) for rule in time["rules"]]
        # A sentence without any of these words holds no date: skip the rules for it.
        self.trigger_words = frozenset(
            w for t in [*v.months, *v.weekdays, *v.seasons, *v.trigger_words]
            for w in _WORDS.findall(t.lower())[:1])
        self.negatives = [_negative(n, slots) for n in time.get("not_dates", [])]
        # Rules, then negative rules, by the plain words each needs ("quarter", "the"): a
        # sentence without them is not scanned by the rule.
        self.filter = LiteralFilter([r.regex for r in self.rules]
                                    + [rx for rx, _ in self.negatives])
        self.range_joins = re.compile(
            r"(?<!\s)\s*" + _alternation([*v.range_joins, "-", "–"], longest_first=False)
            + r"\s*$", re.IGNORECASE)
        self.range_starts = frozenset(
            form for w in v.range_starts for form in (w, w[:1].upper() + w[1:]))
        self.rule_words: frozenset[str] = frozenset().union(*(r.words for r in self.rules))
        self._selected: dict[tuple[frozenset[str], frozenset[str]],
                             list[tuple[int, re.Pattern[str]]]] = {}
        # Which kinds of date words a sentence holds decides which rules are worth running.
        first_words: dict[str, Iterable[str]] = {
            "month": v.months, "wday": v.weekdays, "season": v.seasons,
            "ordinal": v.ordinals, "part": v.parts}
        # An entry's longest word stands for it ("the end of" -> "end"): a sentence without it
        # cannot hold the entry.
        self.kind_words = {
            kind: frozenset(max(_WORDS.findall(w.lower()), key=len) for w in words)
            for kind, words in first_words.items()}
        for n, rule in enumerate(self.rules):  # a rule runs only where its kinds' words are
            self.filter.known(n, [self.kind_words[k] for k in rule.needs if k in self.kind_words])

    def rules_for(self, kinds: set[str], words: set[str]) -> list[tuple[int, re.Pattern[str]]]:
        """The rules worth running on a text with these kinds of date words and these words
        (in rule order), worked out once per combination: few combinations recur."""
        key = (frozenset(kinds), frozenset(words & self.rule_words))
        selected = self._selected.get(key)
        if selected is None:
            selected = self._selected[key] = [
                (order, rule.regex) for order, rule in enumerate(self.rules)
                if rule.needs <= kinds and (not rule.words or rule.words & words)]
        return selected

    def kinds_in(self, text: str) -> tuple[set[str], set[str]] | None:
        """The kinds of date words ``text`` holds and its words, or None when it holds no
        date word at all."""
        found = _WORDS.findall(text.lower())
        has_year = _YEAR.search(text) is not None
        if not has_year and self.trigger_words.isdisjoint(found):
            return None  # most sentences: no set of their words is built
        words = set(found)
        kinds = {kind for kind, vocab in self.kind_words.items() if not vocab.isdisjoint(words)}
        if has_year:
            kinds.add("year")
        return kinds, words


def _slots(v: Vocabulary) -> dict[str, str]:
    """What each {placeholder} of a pattern stands for."""
    return {
        "month": _alternation(v.months) + r"\.?",
        "wday": _alternation(v.weekdays) + r"\.?",
        "number": r"(?:\d{1,2}|" + _alternation(v.numbers) + ")",
        "ordinal": _alternation(v.ordinals),
        "part": _alternation(v.parts),
        "season": _alternation(v.seasons),
        # Not a figure's first digits ("Mar 25.1" in a table of prices).
        "day": (r"(?:(?:[0-3]?\d)(?![.,]\d)" + _alternation(v.day_suffixes, longest_first=False) + "?"
                + (f"|{_alternation(v.day_words)}\\b" if v.day_words else "") + ")"),
        "year": r"(?:1[89]\d\d|2[01]\d\d)",
    }


def _rule(rule: Mapping[str, Any], slots: Mapping[str, str], default_type: str) -> Rule:
    problem = rule_problem(rule)
    if problem is not None:
        key, why = problem
        if key == "resolve":
            raise LexiconError(f"time.yaml: rule {rule.get('name')!r} names an unknown "
                               f"resolver {rule.get('resolve')!r}")
        raise LexiconError(f"time.yaml: rule {rule.get('name')!r} has a bad pattern ({why})")
    regex = with_first_chars(rf"\b{fill(rule['pattern'], slots)}\b", re.IGNORECASE)
    # The first kind of word a rule names is one it cannot match without.
    return Rule(regex, HANDLERS[rule["resolve"]], first_word_slot(rule["pattern"]),
                frozenset(w.lower() for w in rule.get("words", [])),
                str(rule.get("type") or default_type))


def _negative(pattern: str, slots: Mapping[str, str]) -> tuple[re.Pattern[str], frozenset[str]]:
    problem = pattern_problem(pattern, rule=False)
    if problem is not None:
        raise LexiconError(f"time.yaml: the negative rule {pattern!r} is bad ({problem})")
    return with_first_chars(fill(pattern, slots), re.IGNORECASE), first_word_slot(pattern)


def _alternation(words: Iterable[str], longest_first: bool = True) -> str:
    keys = sorted(words, key=len, reverse=True) if longest_first else list(words)
    return "(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys) + ")"


def tables(lexicon: Lexicon) -> Tables:
    """The compiled grammar of ``lexicon``, built once."""
    built: Tables = lexicon.cached("timex_tables", lambda: Tables(lexicon))
    return built
