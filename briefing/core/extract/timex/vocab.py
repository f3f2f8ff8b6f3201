"""The word tables of ``time.yaml``, read once per lexicon, and lookups in them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, TypeVar

from briefing.language.morphology import plural

K = TypeVar("K")
T = TypeVar("T")

_DIGITS = re.compile(r"\d+")


class Unresolvable(LookupError):
    """A matched word that the tables cannot resolve (a rule from the config matched a word
    missing from its table): the match is no date."""


def find(table: Mapping[K, T], token: K | None) -> T:
    """``table[token]``, or ``Unresolvable``."""
    if token is None or token not in table:
        raise Unresolvable(token)
    return table[token]


def phrase(words: str) -> str:
    """A table key as the tables hold it: lower case, single spaces ("the  Following")."""
    return " ".join(words.lower().split())


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(phrase(str(v)) for v in values)


def _ints(table: Mapping[str, Any]) -> dict[str, int]:
    return {phrase(k): int(v) for k, v in table.items()}


# The word sets read as time.yaml lists them: attribute -> key.
_WORD_SETS = {
    "ambiguous": "ambiguous_months", "verb_seasons": "verb_seasons",
    "verb_season_openers": "verb_season_openers", "verb_season_nouns": "verb_season_nouns",
    "span_giving": "giving_until", "span_sequels": "span_sequels",
    "verb_season_agents": "verb_season_agents",
    "verb_season_agent_auxiliaries": "verb_season_agent_auxiliaries",
    "naming_participles": "naming_participles", "not_infinitive": "to_not_infinitive",
    "past_perfect": "past_perfect",
    "word_weekdays": "word_weekdays", "month_cues": "month_cues",
    "relative_ahead": "relative_ahead", "relative_behind": "relative_behind",
    "range_starts": "range_starts", "list_joins": "list_joins", "future": "future_markers",
    "leading_future": "leading_future_markers", "past": "past_markers",
    "stretch_until": "stretch_until_verbs", "price_moves": "price_move_words",
    "condition_openers": "date_condition_openers", "until": "until_words",
    "weekday_appositions": "weekday_appositions",
    "future_before_only": "future_markers_before_only",
    "reporting_not_after": "reporting_not_after",
    "agent_markers": "agent_markers", "new_date_links": "new_date_links",
    "passive_auxiliaries": "passive_auxiliaries",
    "reporting": "reporting_verbs", "reporting_participles": "reporting_participles",
    "reporting_past": "reporting_past", "reporting_not_main_after": "reporting_not_main_after",
    "reporting_not_main_before": "reporting_not_main_before",
    "modals": "future_modals", "not_past_before": "not_past_before",
    "past_before_to": "past_verbs_before_to", "subordinators": "time_subordinators",
    "subordinator_idioms": "time_subordinator_idioms",
    "present_modals": "time_clause_present_modals",
    "subject_month_links": "subject_month_links", "done_before_in": "done_before_in",
    "future_auxiliaries": "future_auxiliaries", "venue_links": "venue_links",
    "not_past_after": "not_past_after",
    "schedule_verbs": "schedule_verbs", "schedule_links": "schedule_links",
    "plan_verbs": "plan_verbs", "anaphoric": "anaphoric_relatives",
    "recent_deciding": "plan_recent",
    "occasion_openers": "occasion_openers", "future_nouns": "future_nouns",
    "tense_breaks": "tense_clause_breaks", "reported_clause": "reported_clause_openers",
    "reported_future": "reported_clause_future", "day_ahead_links": "day_ahead_links",
    "day_ahead_determiners": "day_ahead_determiners", "start_link_skips": "start_link_skips",
    "appositive_openers": "appositive_openers", "present_relative_links": "present_relative_links",
    "present_relative_verbs": "present_relative_verbs", "start_particles": "start_particles",
    "start_not_after": "start_not_after", "future_not_after": "future_not_after",
    "missed": "deadline_missed", "gone_by": "deadline_gone_by", "done_day_links": "done_day_links",
    "missed_not_after": "deadline_missed_not_after", "gone_by_between": "deadline_gone_by_between",
    "done_day_conditionals": "done_day_conditionals", "done_day_ends": "done_day_clause_ends",
    "future_in_past": "future_in_past", "past_relatives": "past_relative_openers",
    "start_verbs": "start_verbs", "start_links": "start_links",
    "past_clause_links": "past_clause_links",
}


class FiscalYear(NamedTuple):
    """A country's fiscal year: the month it starts, whether "fiscal 1988" names the year it
    starts in or the year it ends in, and the words that say a text speaks of that country."""

    start_month: int
    named_by_end: bool  # "fiscal 1988" ends in 1988 (U.S.), not begins (Japan)
    words: frozenset[str]


def _int_pairs(table: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """A table of phrases to two numbers each ("mid": [5, 8])."""
    return {phrase(k): (int(v[0]), int(v[1])) for k, v in table.items()}


def _short_forms(names: dict[str, int]) -> frozenset[str]:
    """The short forms among names of one number each ("oct", "sept"; not "may"): all but
    the longest of each number."""
    longest = {n: max((m for m in names if names[m] == n), key=len) for n in set(names.values())}
    return frozenset(m for m, n in names.items() if m != longest[n])


class Vocabulary:
    """The word tables of one lexicon's ``time`` section (see ``time.yaml`` for each key)."""

    ambiguous: frozenset[str]
    verb_seasons: frozenset[str]
    verb_season_openers: frozenset[str]
    verb_season_nouns: frozenset[str]
    verb_season_agents: frozenset[str]
    verb_season_agent_auxiliaries: frozenset[str]
    span_giving: frozenset[str]
    span_sequels: frozenset[str]
    naming_participles: frozenset[str]
    not_infinitive: frozenset[str]
    past_perfect: frozenset[str]
    missed: frozenset[str]
    missed_not_after: frozenset[str]
    done_day_conditionals: frozenset[str]
    done_day_ends: frozenset[str]
    gone_by_between: frozenset[str]
    done_day_links: frozenset[str]
    future_in_past: frozenset[str]
    start_verbs: frozenset[str]
    start_links: frozenset[str]
    past_relatives: frozenset[str]
    past_clause_links: frozenset[str]
    gone_by: frozenset[str]
    word_weekdays: frozenset[str]
    month_cues: frozenset[str]
    relative_ahead: frozenset[str]
    relative_behind: frozenset[str]
    range_starts: frozenset[str]
    list_joins: frozenset[str]
    future: frozenset[str]
    leading_future: frozenset[str]
    stretch_until: frozenset[str]
    price_moves: frozenset[str]
    condition_openers: frozenset[str]
    until: frozenset[str]
    weekday_appositions: frozenset[str]
    future_before_only: frozenset[str]
    reporting_not_after: frozenset[str]
    future_nouns: frozenset[str]
    agent_markers: frozenset[str]
    new_date_links: frozenset[str]
    passive_auxiliaries: frozenset[str]
    past: frozenset[str]
    reporting: frozenset[str]
    reporting_past: frozenset[str]
    reporting_not_main_after: frozenset[str]
    reporting_not_main_before: frozenset[str]
    reporting_participles: frozenset[str]
    reported_clause: frozenset[str]
    reported_future: frozenset[str]
    modals: frozenset[str]
    not_past_before: frozenset[str]
    past_before_to: frozenset[str]
    subordinators: frozenset[str]
    subordinator_idioms: frozenset[str]
    present_modals: frozenset[str]
    subject_month_links: frozenset[str]
    done_before_in: frozenset[str]
    future_auxiliaries: frozenset[str]
    venue_links: frozenset[str]
    not_past_after: frozenset[str]
    schedule_verbs: frozenset[str]
    schedule_links: frozenset[str]
    plan_verbs: frozenset[str]
    recent_deciding: frozenset[str]
    anaphoric: frozenset[str]
    occasion_openers: frozenset[str]
    tense_breaks: frozenset[str]
    day_ahead_links: frozenset[str]
    day_ahead_determiners: frozenset[str]
    start_link_skips: frozenset[str]
    appositive_openers: frozenset[str]
    present_relative_links: frozenset[str]
    present_relative_verbs: frozenset[str]
    start_particles: frozenset[str]
    start_not_after: frozenset[str]
    future_not_after: frozenset[str]

    def __init__(self, time: Mapping[str, Any], grammar: Mapping[str, Any] | None = None) -> None:
        for attr, key in _WORD_SETS.items():
            setattr(self, attr, _words(time.get(key, [])))
        self.auxiliaries = _words(time.get("auxiliaries", []))
        self.months = _ints(time["months"])
        self.month_abbreviations = _short_forms(self.months)
        self.weekdays = _ints(time["weekdays"])
        self.numbers = _ints(time["numbers"])
        self.day_words = _ints(time.get("day_words", {}))
        self.ordinals = _ints(time["ordinals"])
        self.parts: dict[str, tuple[int, int | str]] = {
            phrase(k): (int(v[0]), v[1]) for k, v in time["parts"].items()}
        self.year_parts = _int_pairs(time.get("year_parts", {}))
        self.year_weeks = _int_pairs(time.get("year_weeks", {}))
        self.fiscal_years = [FiscalYear(int(f["start_month"]), bool(f["named_by_end"]),
                                        _words(f.get("words", [])))
                             for f in time.get("fiscal_years", [])]
        self.fiscal_prefix = str(time.get("fiscal_prefix", ""))
        self.seasons = _int_pairs(time["seasons"])
        self.season_codes = {phrase(k): str(v) for k, v in time.get("season_codes", {}).items()}
        self.relative = _ints(time.get("relative", {}))
        # The relative word of the article's own period, when a rule names none ("by the end
        # of the week": this week's).
        self.own_period = phrase(str(time["own_period"]))
        self.units = {phrase(k): str(v) for k, v in time.get("units", {}).items()}
        self.deictic = _ints(time.get("deictic", {}))
        self.day_suffixes = [str(s) for s in time.get("day_suffixes", [])]
        self.range_joins = [str(w) for w in time.get("range_joins", [])]
        self.past_suffixes = tuple(str(s).lower() for s in time.get("past_suffixes", []))
        g = grammar or {}
        self.infinitive = _words(g.get("infinitive_markers", []))
        self.relatives = _words(g.get("relative_words", []))
        self.determiners = _words(g.get("determiners", []))
        self.prepositions = _words(g.get("prepositions", []))
        self.participle_suffixes = tuple(str(w).lower() for w in g.get("participle_suffixes", []))
        # The head nouns of events ("ministerial meeting": meeting), for an occasion that
        # opens a sentence ("In a meeting with exporters this week, ...").
        # The words that join two figures ("voted 108 to 80"): no word of the sentence's tense.
        self.figure_joins = re.compile(r"(?<=\d) (?:" + "|".join(
            re.escape(str(w)) for w in time.get("figure_joins", [])) + r") (?=\d)")
        heads = [str(e).lower().split()[-1] for e in time.get("events", [])]
        # ... and their plurals: "At meetings here this week, ..."
        self.occasions = frozenset([*heads, *map(plural, heads)])
        # The words that can vote on a sentence's tense, alone or as one of a pair ("is to"):
        # every other word is skipped without building its pair.
        self.tense_words = frozenset(
            w for table in (self.future, self.past, self.reporting, self.modals)
            for entry in table for w in (entry, *entry.split()))
        self.future_or_modal = self.future | self.modals
        self.future_phrases = tuple(m for m in self.future_or_modal if " " in m)  # "ahead of"
        # After a date, "by", "before" and "until" lead another phrase ("in February by
        # suspending payments"), not the date: they say nothing of its tense there.
        self.future_after = self.future_or_modal - self.leading_future
        self.duration_prefix = str(time.get("duration_prefix", ""))
        self.unit_codes = {phrase(k): str(v) for k, v in time.get("unit_codes", {}).items()}
        self.references = {phrase(k): str(v) for k, v in time.get("references", {}).items()}
        self.sets = {phrase(k): str(v) for k, v in time.get("sets", {}).items()}
        self.day_parts = {phrase(k): str(v) for k, v in time.get("day_parts", {}).items()}
        self.trigger_words = [str(w) for w in time.get("trigger_words", [])]
        self.span_having, self.moved = _plans(time)

    @functools.cached_property
    def missed_blockers(self) -> frozenset[str]:
        """What may not stand between a missing verb and its deadline: a future word,
        another clause (a deadline's own words may: "missed the deadline of Dec. 31")."""
        return (self.future_after | self.tense_breaks | self.subordinators) - self.gone_by_between

    def year_part_of(self, token: str | None) -> tuple[int, int]:
        """The first and last month of a part of a year ("mid" -> May..August)."""
        return find(self.year_parts, phrase(token) if token else None)

    def year_week_of(self, token: str | None) -> tuple[int, int] | None:
        """The days of a week of a year counted from either end ("the last week of" ->
        -7..-1), if the part is one."""
        return self.year_weeks.get(phrase(token)) if token else None

    def month_of(self, token: str | None) -> int:
        return find(self.months, token.lower().rstrip(".") if token else None)

    def number_of(self, token: str | None) -> int:
        if token is not None and token.isdigit():
            return int(token)
        return find(self.numbers, phrase(token) if token else None)

    def unit_of(self, token: str | None) -> str:
        return find(self.units, phrase(token) if token else None)

    def relative_of(self, token: str | None) -> int:
        return find(self.relative, phrase(token) if token else None)

    def part_of(self, token: str | None) -> tuple[int, int | str]:
        return find(self.parts, phrase(token) if token else None)


def span_having(time: Mapping[str, Any]) -> list[str]:
    """The verbs right before a span given ("has 60 days"): ``given_until`` without its
    ``until_words``."""
    until = {str(w).lower() for w in time.get("until_words", [])}
    return [" ".join(w for w in str(p).lower().split() if w not in until)
            for p in time.get("given_until", [])]


def _plans(time: Mapping[str, Any]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The verbs right before a span given, and the words that move an event to a new date
    (``moved``)."""
    return frozenset(span_having(time)), tuple(phrase(str(w)) for w in time.get("moved", []))


def day_of(token: str | None, words: Mapping[str, int] | None = None) -> int:
    """The day number of "15", "15th" (or of a word of ``words``: "six")."""
    found = _DIGITS.match(token or "")
    if found is None:
        day = (words or {}).get((token or "").lower())
        if day is None:
            raise Unresolvable(token)
        return day
    return int(found.group())


def year_of(token: str) -> int:
    """The year of a matched year group (digits), or ``Unresolvable``."""
    if not token.isdigit():
        raise Unresolvable(token)
    return int(token)
