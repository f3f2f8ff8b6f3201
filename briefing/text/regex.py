"""Faster scanning for patterns that start with a word from a table.

Python's regex engine skips quickly to where a match can begin only when it can see the
pattern's first characters. ``(?P<m>(?:january|february|...))`` behind ``\\b`` hides them, so
every position of a sentence is tried against every alternative. ``with_first_chars`` works
out which characters a match can start with and puts them up front as a lookahead, which the
engine does use: the month rules scan a sentence two to three times faster. The pattern
matches exactly what it matched before.

``LiteralFilter`` goes further for a set of patterns: it reads the plain words a match must
hold ("quarter", one of "next this last") and skips the scan of an ASCII text without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

try:  # the engine's own parser: private, so anything unexpected means "no prefix"
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _c = _p = None

_MAX_CLASS = 200  # a wider first-character set is not worth a lookahead
# Stands for the ``\\d`` category among first characters: a class can hold it as it is, so a
# rule that opens with a figure ("15 March", "90 days") gets its lookahead too.
_DIGIT = "\\d"


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a non-empty match of ``pattern`` can start with, or None when that is
    unknown or unbounded (a category like ``\\w``, a negated set, an empty match)."""
    found = _first_class(pattern, flags)
    return None if found is None or _DIGIT in found else found


def _first_class(pattern: str, flags: int) -> set[str] | None:
    """``first_chars``, with the digits as one member (``_DIGIT``) when a match may start
    with any of them."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        found, nullable = _first(list(parsed))
    except Exception:  # a private API: any surprise just means no prefix
        return None
    if found is None or nullable or not found or len(found) > _MAX_CLASS:
        return None
    if flags & re.IGNORECASE:
        found = {v for c in found - {_DIGIT} for v in (c, c.lower(), c.upper()) if len(v) == 1
                 } | (found & {_DIGIT})
    return found


def with_first_chars(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead of its first characters when known."""
    chars = _first_class(pattern, flags)
    if chars:
        members = "".join(re.escape(c) for c in sorted(chars - {_DIGIT}))
        pattern = "(?=[" + (_DIGIT if _DIGIT in chars else "") + members + "])" + pattern
    return re.compile(pattern, flags)


def required_literals(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Pieces of plain text that a match of ``pattern`` holds, in lower case: of each set,
    one string at least. An ASCII text whose lower case holds no string of one of the sets
    has no match, so its scan can be skipped (only for ASCII: Unicode case folding lets
    "K", the kelvin sign, match "k"). Only ASCII pieces are given."""
    if _p is None:
        return []
    try:
        needs: list[frozenset[str]] = []
        _required(list(_p.parse(pattern, flags)), needs)
    except Exception:  # a private API: any surprise just means nothing is known
        return []
    out = []
    for need in needs:
        lowered = frozenset(n.lower() for n in need)
        if lowered and all(n and n.isascii() for n in lowered) and lowered not in out:
            out.append(lowered)
    return out


class LiteralFilter:
    """Which of several patterns can match a text, judged by the plain pieces each needs
    (``required_literals``), each distinct set of pieces looked for once per text: far
    cheaper than a scan by a pattern that cannot match."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        ids: dict[frozenset[str], int] = {}
        self.needs = [[ids.setdefault(need, len(ids))
                       for need in required_literals(p.pattern, p.flags)] for p in patterns]
        self.sets = list(ids)
        self.tests = [_holds(need) for need in ids]

    def known(self, i: int, held: list[frozenset[str]]) -> None:
        """Pattern ``i`` is only tried on texts known to hold one string of each of ``held``
        (lower case): its needs that any of those vouches for are not looked for again."""
        self.needs[i] = [n for n in self.needs[i]
                         if not any(strings <= self.sets[n] for strings in held)]

    def viable(self, text: str) -> Callable[[int], bool]:
        """Whether pattern ``i`` may match ``text`` (always, for a text that is not ASCII)."""
        if not text.isascii():
            return _always
        low = text.lower()
        seen: dict[int, bool] = {}

        def test(i: int) -> bool:
            for n in self.needs[i]:
                held = seen.get(n)
                if held is None:
                    held = seen[n] = self.tests[n](low)
                if not held:
                    return False
            return True
        return test


def _always(i: int) -> bool:
    return True


def _holds(need: frozenset[str]) -> Callable[[str], bool]:
    """A test of whether a lower-case text holds one of the pieces."""
    if len(need) == 1:  # most needs are one word ("quarter"): no any() and map() per text
        (piece,) = need
        return lambda low: piece in low
    if len(need) <= _FEW:
        pieces = tuple(sorted(need))
        return lambda low: any(map(low.__contains__, pieces))
    alternatives = re.compile("|".join(re.escape(p) for p in sorted(need)))
    return lambda low: alternatives.search(low) is not None


_FEW = 8  # pieces looked for one by one; more, as one alternation


def _runs(items: list) -> list[str]:  # type: ignore[type-arg]
    """The runs of literal characters of a sequence (any other item ends a run)."""
    runs, run = [], ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
        elif run:
            runs.append(run)
            run = ""
    return [*runs, run] if run else runs


def _required(items: list, needs: list[frozenset[str]]) -> None:  # type: ignore[type-arg]
    """Add the literal pieces that every match of the sequence ``items`` holds."""
    needs.extend(frozenset([run]) for run in _runs(items))
    for op, av in items:
        if op is _c.SUBPATTERN:
            _required(list(av[3]), needs)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            _required(list(av[2]), needs)
        elif op is _c.BRANCH:
            # Each alternative's longest run stands for it; an alternative without one
            # ("\d+") means the branch asks for nothing.
            picks = [max(_runs(list(alt)), key=len, default="") for alt in av[1]]
            if all(picks):
                needs.append(frozenset(picks))


def _first(items: list) -> tuple[set[str] | None, bool]:  # type: ignore[type-arg]
    """First characters of a sequence and whether the whole sequence can match empty."""
    out: set[str] = set()
    for op, av in items:
        found, nullable = _first_item(op, av)
        if found is None:
            return None, False
        out |= found
        if not nullable:
            return out, False
    return out, True


def _first_item(op, av) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                chars.add(_DIGIT)
            else:  # NEGATE, another CATEGORY, a wide range
                return None, False
        return chars, False
    if op is _c.BRANCH:
        out: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            found, nullable = _first(list(branch))
            if found is None:
                return None, False
            out |= found
            any_nullable = any_nullable or nullable
        return out, any_nullable
    if op is _c.SUBPATTERN:
        return _first(list(av[3]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        found, nullable = _first(list(av[2]))
        return found, nullable or av[0] == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    return None, False


def is_word_char(c: str) -> bool:
    """Whether a character is one ``\\w`` matches (exactly so for ASCII)."""
    return c.isalnum() or c == "_"


def whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Every place where ``word`` stands as a whole word in ``text``, as ``\\bword\\b``
    would find it, without compiling a pattern (a pattern per name costs more than the
    search when there are thousands of names)."""
    first, last = is_word_char(word[0]), is_word_char(word[-1])
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = at > 0 and is_word_char(text[at - 1])
        after = end < len(text) and is_word_char(text[end])
        if before != first and after != last:
            yield at, end
        at = text.find(word, at + 1)


def first_whole_word(text: str, word: str) -> tuple[int, int] | None:
    """The first place where ``word`` stands as a whole word in ``text``, if any."""
    return next(whole_words(text, word), None)


def leftmost_longest(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the words stand as whole words, left to right, never overlapping; at one place
    the longest wins (what ``\\b(?:longest|...|shortest)\\b`` finds)."""
    found = sorted(((a, -len(w)) for w in words for a, _ in whole_words(text, w)))
    out: list[tuple[int, int]] = []
    last = 0
    for start, negative in found:
        if start >= last:
            out.append((start, start - negative))
            last = start - negative
    return out
