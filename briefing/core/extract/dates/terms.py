"""The terms a date's label is made of, counted in words (figures ride along)."""

from __future__ import annotations

import re

# What is due keeps its figures ("a 25 pct tariff"): words, and numbers with their decimal
# and thousands marks, and the letters glued to them ("10th", "1980s", "50bn"); only words
# count towards a label's length. "U.S." is one word; a letter is any script's ("Šefčovič").
_L = r"[^\W\d_]"
TERM = re.compile(rf"(?:{_L}\.){{2,}}|{_L}(?:{_L}|['\-])*|\d(?:[\d.,]*\d)?(?:%|{_L}+)?")
LABEL_WORDS = 7


NAME_REACH = 3  # words a cut may move back to keep a name whole


def last_terms(terms: list[str], size: int) -> list[str]:
    """The last terms holding ``size`` words (figures among them ride along), and the rest
    of a name the cut would split ("Prime Minister Sanae Takaichi visits", not "Minister
    Sanae Takaichi visits")."""
    count = 0
    for n in range(len(terms) - 1, -1, -1):
        count += terms[n][0].isalpha()
        if count == size:
            reach = n - NAME_REACH
            while n > max(0, reach) and terms[n][0].isupper() and terms[n - 1][0].isupper():
                n -= 1
            return terms[n:]
    return terms


def first_terms(terms: list[str], size: int) -> list[str]:
    """The first terms holding ``size`` words."""
    count = 0
    for n, term in enumerate(terms):
        count += term[0].isalpha()
        if count == size:
            return terms[:n + 1]
    return terms


def after_joiner(terms: list[str], event: str, joiners: frozenset[str]) -> list[str]:
    """The terms after the last joining word ("12 mln initially and is expected to begin":
    "is expected to begin"), if ``event`` is among them ("his 10th round of talks and to
    return": all); not one inside a name ("Tariffs and Trade")."""
    joined = [n for n, w in enumerate(terms) if w.lower() in joiners and not (
        0 < n < len(terms) - 1 and terms[n - 1][:1].isupper() and terms[n + 1][:1].isupper())]
    rest = terms[joined[-1] + 1:] if joined else terms
    return rest if event in " ".join(rest) else terms
