"""Matching many phrases at once: one pass over a text's words through a word trie.

A lexicon of thousands of phrases as one big regular-expression alternation is tried
alternative by alternative at every character; a trie of words looks each word up once
(the Aho-Corasick idea at word level), so the cost grows with the text, not the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# Dotted acronyms ("U.S."), words with inner apostrophes, hyphens or dots ("won't", "IG-Metall"),
# then any other single character. Possessives are split off so "Japan's" matches "Japan".
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*|\S")
GAP = "..."
_MAX_GAP = 2


def alternation(words: Iterable[str]) -> str:
    """Phrases as regex alternatives, in their order, a space matching a space (no phrases:
    an alternative that never matches)."""
    return "|".join(re.escape(str(w)).replace(r"\ ", " ") for w in words) or "(?!)"


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    gap: _Node | None = None
    value: str | None = None


@dataclass(frozen=True)
class PhraseHit:
    """A phrase found in a text: character offsets and the phrase as the lexicon has it."""

    start: int
    end: int
    phrase: str


Token = tuple[int, int, str, str]  # start, end, the word, the word in lower case


class Tokens(list[Token]):
    """A text's tokens, and their words in lower case as a list of their own (``lows``),
    which the matchers scan without unpacking a tuple per word."""

    __slots__ = ("lows",)

    def __init__(self, toks: list[Token]) -> None:
        super().__init__(toks)
        self.lows = [t[3] for t in toks]


_SEEN: dict[str, Tokens] = {}
# Sentences whose tokens are kept at most: an article's worth and more. Callers other than
# the pipeline (the side filter over a whole briefing) never call ``forget_tokens``.
KEEP_TOKENS = 4096


def tokens(text: str) -> Tokens:
    """The text's tokens with their offsets; a possessive "'s" is a token of its own.

    Several lexicons read the same sentence, so its tokens are kept until ``forget_tokens``
    (the pipeline calls it after each article) or until too many are kept; callers must not
    change the list.
    """
    found = _SEEN.get(text)
    if found is None:
        if len(_SEEN) >= KEEP_TOKENS:
            _SEEN.clear()
        found = _SEEN[text] = Tokens(_tokens(text))
    return found


def forget_tokens() -> None:
    """Drop the tokens kept by ``tokens``."""
    _SEEN.clear()


def _tokens(text: str) -> list[Token]:
    lower = text.lower()
    if len(lower) == len(text):  # the usual case: offsets hold in both
        # Slicing by spans beats three method calls per match: this runs on every sentence.
        out = [(s, e, text[s:e], lower[s:e]) for s, e in [m.span() for m in TOKEN.finditer(text)]]
    else:  # a few letters ("İ") lower to two characters
        out = [(m.start(), m.end(), m.group(), m.group().lower()) for m in TOKEN.finditer(text)]
    if "'s" in text or "’s" in text:
        split: list[Token] = []
        for start, end, word, low in out:
            if len(word) > 2 and word.endswith(("'s", "’s")):
                split += [(start, end - 2, word[:-2], low[:-2]), (end - 2, end, word[-2:], low[-2:])]
            else:
                split.append((start, end, word, low))
        return split
    return out


class PhraseMatcher:
    """Finds phrases in text, longest first at each place, without overlaps.

    A phrase is a sequence of words; ``...`` in it stands for up to two words (and any
    punctuation) between its neighbours. Phrases match case-insensitively unless added with
    ``exact=True``.
    """

    def __init__(self) -> None:
        self._folded = _Node()
        self._exact = _Node()
        self.size = 0

    def add(self, phrase: str, value: str | None = None, exact: bool = False) -> None:
        """Add a phrase; ``value`` is what a hit reports (the phrase itself by default)."""
        node = self._exact if exact else self._folded
        for word in _phrase_words(phrase):
            if word == GAP:
                node.gap = node.gap or _Node()
                node = node.gap
                continue
            key = word if exact else word.lower()
            node = node.children.setdefault(key, _Node())
        if node.value is None:
            node.value = value if value is not None else phrase
            self.size += 1

    def extend(self, phrases: Iterable[str], exact: bool = False) -> PhraseMatcher:
        """Add many phrases; returns the matcher."""
        for phrase in phrases:
            self.add(phrase, exact=exact)
        return self

    def finditer(self, text: str, toks: list[Token] | None = None) -> Iterator[PhraseHit]:
        """Every phrase in ``text``, left to right, the longest at each place."""
        toks = tokens(text) if toks is None else toks
        lows = toks.lows if isinstance(toks, Tokens) else [t[3] for t in toks]
        folded_first, exact_first = self._folded.children, self._exact.children
        # Most words start no phrase: find the few that do in one comprehension.
        if exact_first:
            starts = [i for i, t in enumerate(toks) if t[3] in folded_first or t[2] in exact_first]
        elif folded_first.keys().isdisjoint(lows):
            return  # most texts start no phrase: a test at C speed says so at once
        else:
            starts = [i for i, w in enumerate(lows) if w in folded_first]
        if not starts:
            return
        after = -1
        size = len(lows)
        for i in starts:
            if i <= after:
                continue
            # Common first words ("a", "the") start long phrases only: when the next word
            # continues none of them (and no exact phrase starts here), none starts here.
            node = folded_first.get(lows[i])
            if (node is not None and node.value is None and node.gap is None
                    and (i + 1 >= size or lows[i + 1] not in node.children)
                    and (not exact_first or toks[i][2] not in exact_first)):
                continue
            best: tuple[int, str] | None = None
            for root, fold in ((self._folded, True), (self._exact, False)):
                if root.children:
                    found = _longest(root, toks, i, fold)
                    if found and (best is None or found[0] > best[0]):
                        best = found
            if best is not None:
                last, value = best
                yield PhraseHit(toks[i][0], toks[last][1], value)
                after = last


def _phrase_words(phrase: str) -> list[str]:
    out: list[str] = []
    for part in phrase.split():
        if part == GAP:
            out.append(GAP)
        else:
            out.extend(t[2] for t in tokens(part))
    return out


def _longest(root: _Node, toks: list[Token], i: int, fold: bool) -> tuple[int, str] | None:
    """The last token index and value of the longest phrase starting at token ``i``."""
    best: tuple[int, str] | None = None
    stack: list[tuple[_Node, int]] = [(root, i)]
    while stack:
        node, j = stack.pop()
        if j < len(toks):
            word = toks[j][3] if fold else toks[j][2]
            child = node.children.get(word)
            if child is not None:
                if child.value is not None and (best is None or j > best[0]):
                    best = (j, child.value)
                stack.append((child, j + 1))
        if node.gap is not None and node is not root:
            # Skip up to two words and any punctuation, then go on from the gap's node.
            words_skipped, k = 0, j
            while k < len(toks) and words_skipped <= _MAX_GAP:
                stack.append((node.gap, k))
                if toks[k][2][0].isalnum():
                    words_skipped += 1
                k += 1
    return best


def contains_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Whether ``run`` occurs in ``words`` as consecutive items ("trade representative" in
    "deputy trade representative")."""
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1))
