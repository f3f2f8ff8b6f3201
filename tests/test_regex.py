"""The first-character lookahead: every date pattern matches exactly what it matched without."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.extract.timex import _tables
from briefing.language.lexicon import load_lexicon
from briefing.text.regex import (
    LiteralFilter,
    first_chars,
    first_whole_word,
    leftmost_longest,
    required_literals,
    with_first_chars,
)

TABLES = _tables(load_lexicon())
PATTERNS = [rx.pattern for rx, *_ in TABLES.rules] + [rx.pattern for rx, _ in TABLES.negatives]
WORDS = ["May", "may", "March", "June", "Sept.", "the", "end", "of", "early", "mid", "next",
         "last", "week", "1987", "2026", "15th", "3", "-", "to", "and", "Monday", "tomorrow",
         "(", ")", ",", "spring", "wheat", "futures", "second", "half", "quarter", "in", "by",
         "ſ", "K", "İ", "\u212a"]


def _plain(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.split("])", 1)[1] if pattern.startswith("(?=[") else pattern,
                      re.IGNORECASE)


def test_the_lookahead_is_added_where_the_first_characters_are_known() -> None:
    assert first_chars(r"\b(?P<m>(?:may|june)\.?)", re.IGNORECASE) == {"m", "M", "j", "J"}
    assert first_chars(r"(?:(?<=in\s))(?P<y>1[89]\d\d)") == {"1"}
    for unknown in (r"\w+", r"a?", r"[^a]b", r"(?:x|)y?"):
        assert first_chars(unknown) is None
    assert sum(p.startswith("(?=[") for p in PATTERNS) >= len(PATTERNS) // 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=30))
def test_patterns_match_the_same_with_the_lookahead(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in PATTERNS:
        plain = _plain(pattern)
        fast = with_first_chars(plain.pattern, re.IGNORECASE)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_required_pieces_of_a_pattern() -> None:
    assert required_literals(r"\b(?P<rel>next|this|last)\s+(?P<u>week|month)s?\b", re.I) == [
        frozenset({"next", "this", "last"}), frozenset({"week", "month"})]
    assert required_literals(r"the\s+(?:end)?\s*Year") == [frozenset({"the"}),
                                                           frozenset({"year"})]
    # Optional parts, classes and an alternative without plain text ask for nothing.
    assert required_literals(r"(?:fiscal\s+)?(?:\d+|a)\s+[a-z]+") == []
    assert required_literals(r"\u212a|K") == []  # not ASCII: case folding would fool it


ASCII_WORDS = [w for w in WORDS if w.isascii()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ASCII_WORDS),
                          st.text(st.characters(max_codepoint=127), max_size=4)), max_size=30))
def test_the_literal_filter_never_skips_a_pattern_that_matches(words: list[str]) -> None:
    text = " ".join(words)  # ASCII: the only texts the filter judges
    patterns = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
    viable = LiteralFilter(patterns).viable(text)
    for n, pattern in enumerate(patterns):
        assert viable(n) or pattern.search(text) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ASCII_WORDS),
                          st.text(st.characters(max_codepoint=127), max_size=4)), max_size=30))
def test_the_date_rules_filter_skips_no_rule_that_matches(words: list[str]) -> None:
    text = " ".join(words)  # the rules' filter also leans on the kinds of date words found
    found = TABLES.kinds_in(text)
    kinds = found[0] if found else set()
    viable = TABLES.filter.viable(text)
    for n, rule in enumerate(TABLES.rules):
        if rule.needs <= kinds and not viable(n):
            assert rule.regex.search(text) is None


@given(st.text(alphabet="ab_é.- ", max_size=24),
       st.lists(st.text(alphabet="ab_é.-", min_size=1, max_size=3), min_size=1, max_size=4))
def test_whole_word_search_finds_what_the_regex_finds(text: str, words: list[str]) -> None:
    names = sorted(set(words), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    assert leftmost_longest(text, names) == [m.span() for m in pattern.finditer(text)]
    one = re.search(r"\b" + re.escape(words[0]) + r"\b", text)
    assert first_whole_word(text, words[0]) == (one.span() if one else None)
