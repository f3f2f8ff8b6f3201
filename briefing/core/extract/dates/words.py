"""The words of ``time.yaml`` that date extraction reads, compiled once per lexicon (a
sentence's clauses and event words: ``context.DateContext``). Patterns that open on a word
are compiled with ``with_first_chars``: the engine then skips to where one can start, which
a case-folded alternation hides from it (they scan every dated sentence)."""

from __future__ import annotations

import re
from typing import Any

from briefing.core.extract.timex.vocab import span_having
from briefing.text.phrases import alternation
from briefing.text.regex import with_first_chars


class DateWords:
    """The words of ``time.yaml`` that find what is due at a date, compiled once per lexicon."""

    def __init__(self, time: dict[str, Any], grammar: dict[str, Any] | None = None) -> None:
        self.stop = _lower(time.get("what_stop_words", []))
        self.coordinated = _lower(time.get("coordinated_joins", []))
        self.coordinated_days, self.coordinated_months = (int(time.get("coordinated_days", 0)),
                                                          int(time.get("coordinated_months", 0)))
        self.year_from = with_first_chars(r"\b(?:" + alternation(time.get("year_from", []))
                                          + r")(?:\s+on)?\s+$", re.IGNORECASE)
        self.reporting = _lower(time.get("reporting_verbs", []))
        self.given_until, self.given_span, self.infinitive = _given(time, grammar or {})
        self.relatives = frozenset(w.lower() for w in (grammar or {}).get("relative_words", []))
        self.complementizers = frozenset(w.lower() for w in (grammar or {}).get("complementizers", []))
        self.auxiliaries = frozenset(w.lower() for w in (grammar or {}).get("auxiliaries", []))
        # A label does not open with a word that joins it to the clause before ("and").
        self.joiners = _lower([*(grammar or {}).get("coordinators", []),
                               *(grammar or {}).get("contrast_words", [])])
        self.participles = tuple(str(w) for w in (grammar or {}).get("participle_suffixes", []))
        # Only from the start of a run of spaces: tried inside a long run, `\s+` would rescan
        # it from every position (quadratic on a line of blanks).
        self.verb_object = re.compile(
            r"(?<!\s)\s+(?:" + alternation(time.get("determiners", []))
            + r"|[A-Z][a-z]+'s)\b")
        # Every break opens with one of these: the lookahead lets the scan skip the rest.
        self.clause = re.compile(r"(?=[,;:\s])(?:,\s|;\s|\s-\s|:\s|\s(?:"
                                 + alternation(time.get("clause_breaks", [])) + r")\s)")
        self.link = _link(time)
        self.past_suffixes = tuple(str(w).lower() for w in time.get("past_suffixes", []))
        self.past = _lower(time.get("past_markers", []))
        self.link_ends = _lower(time.get("link_ends", []))
        self.label_not_after, self.actions, self.action_blockers = _label_words(time)
        self.vague, self.dangling = _lower(time.get("vague", [])), _lower(time.get("label_dangling", []))
        self.figures_after, self.figures_before = _figures(time)
        self.forecast, self.measures = _forecast(time)
        self.negators = frozenset(w.lower() for w in (grammar or {}).get("verb_negators", []))
        self.prepositions = frozenset(w.lower() for w in (grammar or {}).get("prepositions", []))
        # Where the noun a possessive date qualifies ends ("next year's rebate rate under ...").
        self.noun_ends = (self.stop | self.prepositions | self.relatives | self.auxiliaries
                          | self.joiners)
        self._conditions(time)
        self.overtaken = _any_word(time.get("overtaken", []))
        # With its first letters up front, the engine skips to where an event word can start.
        self.events = with_first_chars(
            r"\b(?:" + "|".join(re.escape(e.lower()) for e in sorted(
                time.get("events", []), key=len, reverse=True)) + r")s?\b")
        self.called_off, self.new_date, self.action_date, self.act_start = _calling_off(time)
        self.called_off_before = _any_word(time.get("called_off_before", []))
        self.overtaken_until = _lower(time.get("overtaken_until", []))
        self._plans_replaced(time)
        self.determiners = _lower(time.get("determiners", []))
        self.list_joiners = _lower(time.get("list_joiners", []))
        self.opens_on = _lower(time.get("opens_on", []))
        self.aside_openers = frozenset(tuple(w.lower().split()[:2])
                                       for w in time.get("aside_openers", []))
        self.scheduled = _lower(time.get("scheduled", []))
        self._hedging(time)
        self._label_ends(time, grammar or {})

    def past_form(self, word: str) -> bool:
        """Whether a lower-case word of five letters or more has a past ending ("approved")."""
        return len(word) > 4 and word.endswith(self.past_suffixes)

    def _conditions(self, time: dict[str, Any]) -> None:
        """Conditions: a clause opening the sentence ("Without the deal, ...", "If talks fail,
        ..."), a word of condition or possibility before the date in its own clause, or a
        condition's opening word ("if", not as "whether") with no event between."""
        self.opening_condition = re.compile(
            r"^\W*(?:" + alternation(time.get("opening_conditions", [])) + r")\b[^,;]*[,;]",
            re.IGNORECASE)
        self.condition = _condition(time)
        self.condition_openers = _any_word(time.get("date_condition_openers", []))
        self.condition_idioms = _lower(time.get("condition_idioms", []))
        self.condition_not_after = _lower(time.get("condition_opener_not_after", []))
        self.deadline_links = _lower(time.get("condition_deadline_links", []))
        self.whether_openers = _lower(time.get("whether_openers", []))
        self.whether_after = _lower(time.get("whether_after", []))
        self.whether_saying = _lower(time.get("whether_after_saying", []))
        self.whether_negators = _lower(time.get("whether_saying_negators", []))
        self.goes_ahead = _any_word(time.get("goes_ahead", []))

    def _plans_replaced(self, time: dict[str, Any]) -> None:
        """The words of a plan in the past that its sentence replaces, and of an aside's
        event called off after it (``overtaken_if_replaced`` and the next keys)."""
        self.was_due = _any_word(time.get("overtaken_if_replaced", []))
        self.overtaken_if_moved = _any_word(time.get("overtaken_if_moved", []))
        self.replaced = _lower(time.get("replaced_after", []))
        self.replace_modals = _lower(time.get("replaced_modals", []))
        self.replace_joiners = _lower(time.get("replaced_joiners", []))
        self.replaced_not_before = _lower(time.get("replaced_not_before", []))
        self.aside_verbs = _lower(time.get("after_aside_auxiliaries", []))
        # The plan a date replaces: right after `replaced_dates` ("on March 27 rather than
        # March 20"), or after `moved_from` in a clause that moves the event ("brought forward
        # to March 27 from March 30").
        self.replaced_date = with_first_chars(
            r"\b(?:" + alternation(time.get("replaced_dates", [])) + r")\s+(?:on\s+)?$",
            re.IGNORECASE)
        self.moved = _any_word(time.get("moved", []))
        self.move_unasserted = _any_word(time.get("move_unasserted", []))
        # (a noun phrase between, not a clause: "to Oct. 24, the last day, from"; no adjective)
        dets = time.get("determiners", [])
        self.moved_verb = re.compile("".join(rf"(?<!\b{re.escape(d)} )" for d in dets)
                                     + self.moved.pattern, self.moved.flags)
        self.moved_from = re.compile(r"^(?:,\s+(?:" + alternation(dets) + r")\s+[^,.;]{1,60}?,)?,?\s+(?:"
                                     + alternation(time.get("moved_from", []))
                                     + r")\s+$", re.IGNORECASE)
        self.moved_to = with_first_chars(r"\b(?:" + alternation(time.get("new_date_links", []))
                                         + r")\s+$", re.IGNORECASE)

    def _label_ends(self, time: dict[str, Any], grammar: dict[str, Any]) -> None:
        """What a label opens and ends with: not a joining word nor a verb's particle the cut
        left ("out stopgap measures"); not before a verb that gives a noun its own period ("the
        forum, which runs from ..."), nor with what a cut leaves of a verb ("has been
        tentatively"); and the words after which an infinitive is what is due ("is expected
        next week to vote")."""
        self.label_openers = self.joiners | _lower(time.get("label_cut_particles", []))
        self.period_verbs = _lower(time.get("period_verbs", []))
        self.verb_rests = self.auxiliaries | _lower(time.get("passive_auxiliaries", []))
        self.adverb_suffixes = tuple(grammar.get("adverb_suffixes", []))
        # "is expected next week to vote on the offer": the infinitive after the date is
        # what is due, not a purpose of something else's
        self.due_then = self.scheduled | _lower(time.get("due_then", []))

    def _hedging(self, time: dict[str, Any]) -> None:
        """The words that make a date a guess (hedges near it, modals further back, and the
        words that end a modal's reach) or no date of a gathering (a negated one)."""
        self.hedges = _lower(time.get("hedges", []))
        self.hedges_as_written = frozenset(str(h) for h in time.get("hedges_as_written", []))
        self.hedge_modals = _lower(time.get("hedge_modals", []))
        self.moved_gap = _lower(time.get("moved_gap_words", []))
        self.modal_breaks = (_lower(time.get("hedge_modal_breaks", [])) | self.scheduled
                             | self.negators | self.relatives | self.complementizers
                             | self.joiners)
        self._none_due = _none_due(time)

    def none_due_before(self, text: str, lo: int, start: int) -> bool:
        """Whether a gathering negated stands between ``lo`` and a date at ``start`` ("No talks
        are scheduled for next week"): none is due."""
        return self._none_due is not None and self._none_due.search(text, lo, start) is not None

    def link_after(self, text: str, end: int, hi: int) -> tuple[str, list[str]] | None:
        """An event word's link right after ``end`` and what it is about ("on", ["the",
        "tariff", "package"]), if it is about something (``linked``)."""
        of = self.link.match(text, end, hi)
        about = self.linked(of.group(2)) if of else []
        return (of.group(1), about) if of and about else None

    def linked(self, after: str) -> list[str]:
        """What an event word's link is about, from the words after the link: up to a stop
        word, a figure or a clause of its own ("tariffs on Canadian canola seed", not "...
        to about 15%"), or a verb ("on a new INRA resolved"; not "the stipulated ...")."""
        about = after.split()
        ends = self.stop | self.relatives | self.auxiliaries | self.link_ends
        cut = next((n for n, w in enumerate(about)
                    if n and (w.lower() in ends or w[0].isdigit()
                              or (w.islower() and self.past_form(w)
                                  and about[n - 1].lower() not in self.stop))), len(about))
        about = about[:cut]
        while about and about[-1].lower() in self.stop:
            about.pop()
        return about


def _none_due(time: dict[str, Any]) -> re.Pattern[str] | None:
    """A gathering negated ("no talks", "no plans for a meeting"), none of
    ``gathering_negator_breaks`` between."""
    negators = [str(w) for w in time.get("gathering_negators") or []]
    gatherings = [str(w) for w in time.get("gatherings") or []]
    if not negators or not gatherings:
        return None
    breaks = alternation([str(w) for w in time.get("gathering_negator_breaks") or []] or ["(?!)"])
    return with_first_chars(rf"\b(?:{alternation(negators)})\s+(?:(?!(?:{breaks})\b)[\w'’-]+\s+)"
                            rf"{{0,3}}?(?:{alternation(gatherings)})\b", re.IGNORECASE)


def _any_word(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words, in any case (none: a pattern that never matches)."""
    return with_first_chars(r"\b(?:" + alternation(words) + r")\b", re.IGNORECASE)


def _label_words(time: dict[str, Any]
                 ) -> tuple[frozenset[str], dict[str, list[list[str]]], frozenset[str]]:
    """The words after a date that open another event's clause, the actions on a measure
    by their last word ("phase out": "out"), and the words that deny the action."""
    actions: dict[str, list[list[str]]] = {}
    for action in time.get("label_actions", []):
        parts = str(action).lower().split()
        actions.setdefault(parts[-1], []).append(parts)
    return (_lower(time.get("label_not_after", [])), actions,
            _lower(time.get("label_action_blockers", [])))


def _calling_off(time: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    """The words that call a dated event off, the link before a new date ("postponed until
    May 5"), the link before the date of the act itself ("suspended in 1983") and a verb and
    link before the day it starts ("suspended from October 15")."""
    called_off = with_first_chars(r"\b(?:" + alternation(time.get("called_off", [])) + r")\b",
                                  re.IGNORECASE)
    not_scheduled = "".join(f"(?<!{re.escape(w)} )" for w in time.get("scheduled", []))
    new_date = re.compile(
        r"\b(?:" + alternation(time.get("new_date_links", [])) + r")\s+(?:the\s+)?$"
        r"|(?<!\w)" + not_scheduled + r"(?:" + alternation(time.get("new_date_after", []))
        + r")\s+$", re.IGNORECASE)
    # "suspended January 22", "suspended its cover ... in 1983": the date of the act. Not
    # after a word of `scheduled`: "averts the tariffs due on April 5" calls the tariffs
    # off; the date is theirs, not the averting's.
    action_date = re.compile(r"(?:^|\b" + not_scheduled + r"(?:"
                             + alternation(time.get("act_date_links", [])) + r"))\s*$",
                             re.IGNORECASE)
    act_start = re.compile(r"(?:" + alternation(time.get("act_start_verbs", []) or ["(?!)"])
                           + r")\s+(?:" + alternation(time.get("act_start_links", []) or ["(?!)"])
                           + r")\s+", re.IGNORECASE)
    return called_off, new_date, action_date, act_start


def _given(time: dict[str, Any], grammar: dict[str, Any]
           ) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A deadline given right before a date ("has until", or "gives Britain until": the
    one given it in group ``who``), a span given so ("will have 60 days", "gave each side
    30 days": the same verbs without "until") and the infinitive's marker."""
    has = alternation(time.get("given_until", []))
    having = alternation(span_having(time))
    gives = alternation(time.get("giving_until", []))
    if not (has and gives):
        return re.compile("(?!)"), re.compile("(?!)"), _lower(grammar.get("infinitive_markers", []))
    return (re.compile(r"(?<![\w'’-])(?:(?:" + has + r")|(?:" + gives + r")\s+(?P<who>(?:\S+\s+){1,3}?)"
                       + alternation(time.get("until_words", [])) + r")\s+$", re.IGNORECASE),
            re.compile(r"(?<![\w'’-])(?:(?:" + having + r")|(?:" + gives
                       + r")\s+(?P<who>(?:\S+\s+){0,2}?\S+))\s+$", re.IGNORECASE),
            _lower(grammar.get("infinitive_markers", [])))


def _figures(time: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a date that is the period a set of figures covers ("the February data"),
    and what comes before it: the sentence's start, a determiner or a possessive."""
    after = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:"
                       + alternation(time.get("figure_nouns", [])) + r")\b")
    before = re.compile(
        r"(?:^|\b(?:" + alternation(time.get("determiners", [])) + r")\s+|['’]s\s+)\W*$",
        re.IGNORECASE)
    return after, before


def _condition(time: dict[str, Any]) -> re.Pattern[str]:
    """A word of condition or possibility, not as a noun after a determiner ("will review the
    forecast in June"), nor "would have to be accounted for" (a duty, not a counterfactual)."""
    nouns = "".join(f"(?<!{re.escape(w)} )" for w in time.get("determiners", []))
    duties = alternation(time.get("not_conditions", []))
    return re.compile(r"\b" + nouns + (rf"(?!(?:{duties})\b)" if duties else "")
                      + r"(?:" + alternation(time.get("conditions", [])) + r")\b")


def _lower(words: list[Any]) -> frozenset[str]:
    """A word list of ``time.yaml``, lower-cased."""
    return frozenset(str(w).lower() for w in words)


def _forecast(time: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A level moved to a figure ("to drop to 148 yen"), and the measures whose move is an
    event ("tariffs will rise to 25%"): ``forecast_*`` in ``time.yaml``."""
    moves = with_first_chars(
        r"\b(?:" + alternation(time.get("forecast_moves", [])) + r")\s+(?:[a-z]+\s+){0,2}?"
        r"(?:" + alternation(time.get("forecast_links", [])) + r")\s+(?:about\s+)?[$€£]?\d",
        re.IGNORECASE) if time.get("forecast_moves") else re.compile("(?!)")
    measures = with_first_chars(r"\b(?:" + alternation(time.get("forecast_measures", []))
                                + r")\b", re.IGNORECASE)
    return moves, measures


_LINKED = r"(?:(?:[A-Z]\.){2,}|\d+(?:[.,]\d+)+|[\w'’-]+)"  # a word, initials ("U.S."), "1.5"


def _link(time: dict[str, Any]) -> re.Pattern[str]:
    """An event word's link and the words after it, up to five ("talks with U.S. officials":
    not "U"); the label keeps those before a stop word ("tariffs on Canadian canola seed to
    ..."). From the start of a run of spaces only: linear on any line."""
    return re.compile(r"(?<!\s)\s+(" + alternation(time.get("event_links", []))
                      + r")\s+(" + _LINKED + r"(?:\s+" + _LINKED + r"){0,4})(?=[\s,.;]|$)")
