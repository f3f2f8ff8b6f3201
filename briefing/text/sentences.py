"""Sentence splitting that survives newswire abbreviations ("U.S.", "Jan.", "Corp.", "Mr.")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.language.lexicon import Lexicon
from briefing.text.regex import with_first_chars

# A candidate end: terminal punctuation, closing quotes or brackets, then white space.
# Patterns here start only where a run of their characters starts (the lookbehinds): tried
# from inside a long run ("......", a 1 MB word) they would rescan it from every position.
_CANDIDATE = with_first_chars(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])([A-Za-z][A-Za-z'’]*)\.$")
_ACRONYM_BEFORE = re.compile(r"(?:\b[A-Za-z]\.){2,8}$")  # bounded: constant work per start
_INITIAL_BEFORE = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_NEXT_WORD = re.compile(r"(?<!\s)\s+([\"'“‘(]*)(\S*)")
# A dateline: a place in capitals, maybe a region, a date and the agency, then a dash
# ("TOKYO, March 3 -", "BRUSSELS, March 12 (Reuters) - ", "ALGECIRAS, Spain, March 17 -",
# "NEW YORK, March 3, 1987 -"); with neither date nor agency the place is a word of three
# capitals or more, without dots, and a capital follows ("WASHINGTON — The ..."; not "U.S. -
# Japan talks", nor "OPEC - the oil cartel -").
_CAPS = "A-ZÀ-ÖØ-Þ"  # capitals, with those of Latin-1's accented letters ("BRASÍLIA", "SÃO PAULO")
_PLACE = rf"[{_CAPS}][{_CAPS}.'’ /-]*[{_CAPS}.]"
_DATED = (r"(?:,\s*[A-Z][A-Za-z.'’]*(?:\s[A-Z][A-Za-z.'’]*)?(?=,\s*[A-Z][a-z]+\.?\s+\d))?"
          r"\s*,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^)]{1,20}\))?")
_DASH = r"\s*(?:--|[-—–])\s"
DATELINE = re.compile(rf"^\W*(?:{_PLACE}(?:{_DATED}|\s*\([^)]{{1,20}}\)){_DASH}"
                      rf"|[{_CAPS}]{{3,}}(?:[ '’/-][{_CAPS}]{{2,}})*{_DASH}(?=[A-Z]))")


def dateline_end(text: str, index: int = 0) -> int:
    """Where the dateline of a lead (the sentence at ``index`` 0) ends; 0 for any other
    sentence, or a lead without one."""
    found = DATELINE.match(text) if index == 0 else None
    return found.end() if found else 0


def after_dateline(text: str, index: int = 0) -> str:
    """A sentence without its dateline ("LONDON, Feb 6 (Wire) - "): where the article was
    filed from is no side it names."""
    return text[dateline_end(text, index):]


@dataclass(frozen=True)
class SplitRules:
    """The lexicon's word lists, as sets."""

    abbreviations: frozenset[str]
    never_final: frozenset[str]
    starters: frozenset[str]
    numbered: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> SplitRules:
        """Build the rules from the ``text`` section, once per lexicon."""
        def build() -> SplitRules:
            text = lexicon["text"]
            return cls(
                frozenset(a.lower() for a in text.get("abbreviations", [])),
                frozenset(a.lower() for a in text.get("never_final", [])),
                frozenset(text.get("sentence_starters", [])),
                frozenset(a.lower() for a in text.get("number_abbreviations", [])),
            )
        return lexicon.cached("split_rules", build)


# Longer "sentences" are tables, lists or garbage; cut into pieces, each extractor's work per
# sentence stays bounded, so a megabyte on one line costs a megabyte's time, not its square.
MAX_SENTENCE = 2000
_LOOK_BACK = 80  # how far back the abbreviation checks look: longer than any abbreviation


def split_sentences(paragraph: str, rules: SplitRules) -> list[tuple[int, int]]:
    """Split a paragraph into sentences; return (start, end) offsets into the paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        end = match.end()
        if _is_boundary(paragraph, match.start(), end, rules):
            spans.append((start, end))
            following = _NEXT_WORD.match(paragraph, end) if end < len(paragraph) else None
            start = following.start(1) if following else end
    if start < len(paragraph) and paragraph[start:].strip():
        spans.append((start, len(paragraph.rstrip())))
    if any(e - s > MAX_SENTENCE for s, e in spans):
        spans = [piece for s, e in spans for piece in _pieces(paragraph, s, e)]
    return spans


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an overlong span at spaces into pieces of at most MAX_SENTENCE characters."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if start < end:
        out.append((start, end))
    return out


def _is_boundary(text: str, punct: int, end: int, rules: SplitRules) -> bool:
    following = _NEXT_WORD.match(text, end)
    if not following:
        return False
    opener, word = following.group(1), following.group(2)
    if not word:
        return bool(opener)
    first = word[0]
    if first.islower() or first in ",;:-–—":
        return False
    # Each check looks at a few words before the full stop, never the whole paragraph again.
    back = max(0, punct - _LOOK_BACK)
    abbrev = _WORD_BEFORE.search(text, back, punct + 1) if text[punct] == "." else None
    if abbrev and abbrev.group(1).lower() in rules.numbered:
        return not first.isdigit()
    if first.isdigit():
        return False
    if text[punct] != ".":
        return True
    if _ACRONYM_BEFORE.search(text, back, punct + 1):
        return opener != "" or word.strip("\"'“‘") in rules.starters
    if _INITIAL_BEFORE.search(text, back, punct + 1):
        return False
    if abbrev and abbrev.group(1).lower() in rules.abbreviations:
        if abbrev.group(1).lower() in rules.never_final:
            return False
        return word.strip("\"'“‘") in rules.starters
    return True
