"""A label as the sentence writes it: its words found in order, with the marks between
("12:01 a.m. EST", "S&P 500", "$3,200")."""

from __future__ import annotations


def literal(text: str, label: str) -> str:
    """The label as the sentence writes it: the span from its first word to its last, with
    the marks between ("12:01 a.m. EST", "S&P 500", "$3,200"); the label itself when its
    words do not stand in that order in the sentence."""
    terms = label.split()
    if not terms:
        return label
    found = span_of(text, terms)
    if found is None:
        return label
    start, end = found
    while start > 0 and text[start - 1] in _LEADING_MARKS:
        start -= 1  # "$750 billion", not "750 billion"
    if text.count("(", start, end) > text.count(")", start, end) and text.startswith(")", end):
        end += 1  # "EST (0501 GMT)"
    return text[start:end]


def _alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def span_of(text: str, terms: list[str]) -> tuple[int, int] | None:
    """Where ``terms`` first stand in ``text`` in order, whole, with nothing but marks
    (no ASCII letter or digit) between them. A scan with ``str.find``: a pattern compiled
    per label cost a quarter of the parse (each label is new to the regex cache)."""
    at = text.find(terms[0])
    while at >= 0:
        if at == 0 or not _alnum(text[at - 1]):
            end = _rest(text, at + len(terms[0]), terms)
            if end is not None:
                return at, end
        at = text.find(terms[0], at + 1)
    return None


def _rest(text: str, pos: int, terms: list[str]) -> int | None:
    """The end of ``terms[1:]`` from ``pos`` (marks allowed before each), or None; the
    longest run of marks tried first, as a greedy pattern would, and backtracking with a
    stack of its own (a label can hold a thousand terms: no recursion)."""
    if len(terms) == 1:
        return pos if pos == len(text) or not _alnum(text[pos]) else None
    stack = [(1, iter(_places(text, pos, terms[1])))]
    while stack:
        n, places = stack[-1]
        at = next(places, None)
        if at is None:
            stack.pop()
            continue
        end = at + len(terms[n])
        if n + 1 < len(terms):
            stack.append((n + 1, iter(_places(text, end, terms[n + 1]))))
        elif end == len(text) or not _alnum(text[end]):
            return end
    return None


def _places(text: str, pos: int, term: str) -> list[int]:
    """Where ``term`` may start after ``pos`` with marks only between, the farthest first."""
    gap = pos
    while gap < len(text) and not _alnum(text[gap]):
        gap += 1
    return [at for at in range(gap, pos - 1, -1) if text.startswith(term, at)]


_LEADING_MARKS = "$€£¥"
