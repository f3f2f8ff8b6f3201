"""Firms an article names with a country's name first ("Canada Post", "Japan Tobacco"): the
country there is part of the firm's name, not a party (``SideFinder.led_by_a_country``)."""

from __future__ import annotations

import re

from briefing.core.extract.participants.firm_arms import _company_title_at, _may_be_a_firm
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.participants.rules import rules as participant_rules
from briefing.core.extract.sides import SideFinder
from briefing.language.lexicon import Lexicon
from briefing.model import Sentence


def country_led_firms(sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder,
                       firms: set[tuple[str, ...]]) -> dict[str, str]:
    """The firms an article names with a country's name first ("Canada Post", "Japan
    Tobacco"): there the country is part of the firm's name, not a party. The word after the
    country could name a firm (``_may_be_a_firm``: not "Japan Trade Minister", "Western
    Canada"; the country a name of one plain word: "U.S. Action" is Reuters' capitals) and
    the two are named as a company: with a suffix (``firms``: "Japan Tobacco Inc",
    "American Express Co"), a company title right after them, or, the country's own name
    (not a demonym), twice, once mid-sentence. Each name as
    written, with the firm's whole name ("British Home" and "British Home Stores": the
    latter)."""
    rules = participant_rules(lexicon)
    not_firms = lexicon.cached("participants_not_firms_after_a_country", lambda: frozenset(
        w.lower() for w in (*lexicon.words("sides", "not_firms_before_a_country"),
                            *lexicon.words("time", "months"), *lexicon.words("time", "weekdays"))))
    sure: set[str] = set()  # named as a company: a suffix, a company title
    seen: dict[str, list[bool]] = {}  # named by a country's own name: mid-sentence or not
    whole: dict[str, str] = {}
    for sentence in sentences:
        text = sentence.text
        for hit in sides.find(text):
            name = text[hit.start:hit.end]
            after = _NEXT_CAPITAL.match(text, hit.end)
            if after is None or not name.isalpha() or not sides.is_country(name) or \
                    _INSIDE_A_NAME.search(text, max(0, hit.start - NAME_REACH), hit.start):
                continue  # not inside a longer name: "Teamsters Canada Rail Conference"
            word = after.group(1)
            if not _may_be_a_firm(word, not_firms, rules, sides) \
                    or word in rules.company_suffixes or _a_bodys(text, after.start(), rules):
                continue  # (nor the end of a longer name: "Development Bank of Singapore Ltd")
            firm = f"{name} {word}"
            runs = [run for run in firms if run[:2] == (name, word)]
            if runs:
                longest = max(sorted(list(run) for run in runs), key=len)
                while longest[-1] in rules.company_suffixes:
                    longest.pop()  # "American Resource Corp Ltd"
                whole[firm] = " ".join(longest)
                sure.update((firm, whole[firm]))
            elif _company_title_at(text, hit.start, after.end(), rules):
                sure.add(firm)
            elif name == hit.side:  # named twice suffices for a country's own name only
                # ("Canada Post"), not a demonym's ("Brazilian Coffee Institute" is Brazil's)
                seen.setdefault(firm, []).append(bool(_MID.search(
                    text, max(0, hit.start - NAME_REACH), hit.start)))
    sure.update(firm for firm, where in seen.items() if len(where) > 1 and any(where))
    return {firm: whole.get(firm, firm) for firm in sure}


NAME_REACH = 40  # characters before a country's name in which what precedes it is read


def _a_bodys(text: str, start: int, rules: Rules) -> bool:
    """Whether the capitalised run at ``start`` (after a country's name) holds a state's or a
    body's word, or a title: "Japan Fair Trade Commission", "Japan Trade Minister"."""
    run = _CAPITAL_RUN.match(text, start)
    return run is not None and any(
        w.lower() in rules.not_companies or rules.title_word(w) for w in run.group().split())


_CAPITAL_RUN = re.compile(r"(?:[ ]+[A-Z][\w&-]*){1,6}")
_NEXT_CAPITAL = re.compile(r"[ ]+([A-Z][a-z][\w&-]*)\b(?!\.)")
_MID = re.compile(r"[a-z,][ ]+\Z")
_INSIDE_A_NAME = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][\w&'’-]*(?<![.'’])[ ]+\Z")
